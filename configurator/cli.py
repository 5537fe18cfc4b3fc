"""Command-line entry points: the headless subcommands and the desktop-app launcher."""

from __future__ import annotations

import argparse
import contextlib
import importlib
import os
import sys
import tempfile
import traceback
from collections.abc import Sequence

from configurator import __version__

# Commands, each a module of configurator.commands (a hyphen in the name is an underscore in the
# module's), imported only for the command line: the desktop app, started by the same entry
# point, does not pay for them.
SUBCOMMANDS = (
    "validate",
    "check",
    "bom",
    "compare",
    "new",
    "graph",
    "deck",
    "value",
    "search",
    "diff",
    "drift",
    "revisions",
    "catalog-diff",
)


def _command_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="configurator",
        description="Financial-cloud solution configurator. Without a subcommand it starts the "
        "desktop app: configurator [SOLUTION] [--catalog DIR] [--lang zh|en] [--no-cache] "
        "[--screenshot PNG [--size WxH]]",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    subparsers = parser.add_subparsers(title="commands", metavar="COMMAND", dest="command")
    for name in SUBCOMMANDS:
        importlib.import_module(f"configurator.commands.{name.replace('-', '_')}").add_parser(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or argv[0] not in SUBCOMMANDS and argv[0] not in ("-h", "--help", "--version"):
        return gui_main(argv)
    for stream in (sys.stdout, sys.stderr):  # never die on a console that lacks a character
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")
    command = f"configurator {argv[0]}" if argv[0] in SUBCOMMANDS else "configurator"
    stdout = sys.stdout
    sys.stdout = _Guarded(stdout)
    try:
        args = _command_parser().parse_args(argv)
        code = args.run(args)
        sys.stdout.flush()
        return code
    except SystemExit as stop:  # argparse: usage errors exit 2, --help exits 0
        return stop.code if isinstance(stop.code, int) else 2
    except KeyboardInterrupt:
        return 130
    except OutputFailed as failed:
        _silence(stdout)
        if isinstance(failed.error, BrokenPipeError):  # output piped into `head` and the like
            return 0
        _say(f"{command}: cannot write to standard output: {_reason(failed.error)}")
        return 2
    except Exception:  # a bug, not bad input: exit 3 tells CI a crash from error findings
        _say(f"{command}: internal error, please report it; {_save_traceback()}")
        return 3
    finally:
        sys.stdout = stdout


class OutputFailed(Exception):
    """Standard output could not be written (a full disk, a closed pipe)."""

    def __init__(self, error: OSError) -> None:
        super().__init__(error)
        self.error = error


class _Guarded:
    """Standard output whose failures are told apart from errors inside the command."""

    def __init__(self, stream) -> None:
        self._stream = stream

    def write(self, data):
        try:
            return self._stream.write(data)
        except OSError as error:
            raise OutputFailed(error) from error

    def flush(self) -> None:
        try:
            self._stream.flush()
        except OSError as error:
            raise OutputFailed(error) from error

    @property
    def buffer(self) -> _Guarded:
        return _Guarded(self._stream.buffer)

    def __getattr__(self, name: str):
        return getattr(self._stream, name)


def _say(line: str) -> None:
    """A last word on stderr, which may be as full as stdout: the exit code must still tell."""
    with contextlib.suppress(OSError, ValueError):
        print(line, file=sys.stderr)


def _reason(error: OSError) -> str:
    return error.strerror or str(error) or type(error).__name__


def _silence(stream) -> None:
    """Point the failed output at the null device, so that the interpreter's final flush of
    what is still buffered neither fails nor prints a traceback."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, stream.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):  # no real file descriptor (a test's buffer)
        pass


def _save_traceback() -> str:
    """Write the current exception's traceback to a file and say where it is."""
    report = f"configurator {__version__}, Python {sys.version.split()[0]}, {sys.platform}\n"
    report += traceback.format_exc()
    try:
        handle, name = tempfile.mkstemp(prefix="configurator-crash-", suffix=".txt")
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(report)
    except OSError:
        return "the traceback follows:\n" + report.rstrip()
    return f"the traceback is in {name}"


def gui_main(argv: Sequence[str] | None = None) -> int:
    """Start the desktop app (also the `configurator-gui` entry point)."""
    from configurator.ui.launch import launch

    return launch(list(sys.argv[1:] if argv is None else argv))
