"""`python -m configurator` runs the same entry point as the `configurator` command."""

import sys

from configurator.cli import main

sys.exit(main())
