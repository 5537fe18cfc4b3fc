"""The bundle's `configurator` executable: the command line (PyInstaller needs a script)."""

import sys

from configurator.cli import main

sys.exit(main())
