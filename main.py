"""Run the configurator from a source checkout: `python main.py ...` equals `configurator ...`."""

import sys

from configurator.cli import main

if __name__ == "__main__":
    sys.exit(main())
