"""The bundle's `configurator-gui` executable: the desktop app, without a console window."""

import sys

from configurator.cli import gui_main

sys.exit(gui_main())
