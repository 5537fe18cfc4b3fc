"""Command-line entry points: the headless subcommands and the desktop-app launcher."""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

from configurator import __version__

# Modules in configurator.commands, imported only for the command line: the desktop app,
# started by the same entry point, does not pay for them.
SUBCOMMANDS = ("validate", "check", "bom", "new", "graph", "value")


def _command_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="configurator",
        description="Financial-cloud solution configurator. Without a subcommand it starts the "
        "desktop app: configurator [SOLUTION] [--catalog DIR] [--lang zh|en] "
        "[--screenshot PNG]",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    subparsers = parser.add_subparsers(title="commands", metavar="COMMAND")
    for name in SUBCOMMANDS:
        importlib.import_module(f"configurator.commands.{name}").add_parser(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or argv[0] not in SUBCOMMANDS and argv[0] not in ("-h", "--help", "--version"):
        return gui_main(argv)
    for stream in (sys.stdout, sys.stderr):  # never die on a console that lacks a character
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")
    parser = _command_parser()
    try:
        args = parser.parse_args(argv)
        return args.run(args)
    except SystemExit as stop:  # argparse: usage errors exit 2, --help exits 0
        return stop.code if isinstance(stop.code, int) else 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # output piped into `head` and the like
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - keeps the interpreter's flush quiet
        return 0


def gui_main(argv: Sequence[str] | None = None) -> int:
    """Start the desktop app (also the `configurator-gui` entry point)."""
    from configurator.ui.launch import launch

    return launch(list(sys.argv[1:] if argv is None else argv))
