"""Start the desktop app: arguments, fonts, catalog, window, crash recovery, screenshots."""

from __future__ import annotations

import argparse
import os
import re
import sys
from pathlib import Path

from PySide6.QtCore import QMessageLogContext, Qt, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

from configurator import __version__
from configurator.core.catalog import Catalog
from configurator.core.catalog_cache import load_catalog
from configurator.core.catalog_load import LoadResult
from configurator.core.collector import exempt_survivors
from configurator.core.findings import has_errors
from configurator.core.solution_file import SolutionUnreadable, load_solution
from configurator.drawing.fonts import install_app_font
from configurator.paths import catalog_dir
from configurator.translations import install, system_language, tr
from configurator.ui.dialogs import Dialogs
from configurator.ui.jobs import Job
from configurator.ui.main_window import MainWindow
from configurator.ui.recovery import RecoveryStore
from configurator.ui.settings import Settings, app_home

MIN_SIZE, MAX_SIDE = (640, 480), 8192  # of a --screenshot

# The X11 libraries Qt's xcb plugin needs beyond a minimal desktop (the README lists them too).
XCB_PACKAGES = (
    "libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 "
    "libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libxkbcommon-x11-0 libegl1"
)


def parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="configurator", description="Financial-cloud solution configurator")
    parser.add_argument("solution", nargs="?", type=Path, metavar="SOLUTION", help="solution file to open")
    parser.add_argument("--catalog", type=Path, metavar="DIR", help="catalog directory")
    parser.add_argument("--lang", choices=("zh", "en"), help="interface language")
    parser.add_argument("--no-cache", action="store_true", help="load the catalog afresh, not from its cache")
    parser.add_argument("--screenshot", type=Path, metavar="PNG", help="render the main window to PNG and exit")
    parser.add_argument("--size", type=size, default="1440x900", metavar="WxH", help="window size for --screenshot")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser.parse_args(argv)


def size(text: str) -> tuple[int, int]:
    """A window size `WxH` for --screenshot, within what a screen can show."""
    match = re.fullmatch(r"(\d{1,5})[xX](\d{1,5})", text.strip())
    if match is None:
        raise argparse.ArgumentTypeError(f"'{text}' is not WIDTHxHEIGHT, e.g. 1366x768")
    width, height = int(match[1]), int(match[2])
    if not (MIN_SIZE[0] <= width <= MAX_SIDE and MIN_SIZE[1] <= height <= MAX_SIDE):
        raise argparse.ArgumentTypeError(f"{text} is outside {MIN_SIZE[0]}x{MIN_SIZE[1]} to {MAX_SIDE}x{MAX_SIDE}")
    return width, height


def launch(argv: list[str], settings: Settings | None = None) -> int:
    try:
        args = parse(argv)
    except SystemExit as stop:
        return stop.code if isinstance(stop.code, int) else 2
    root = args.catalog or catalog_dir()
    if args.screenshot:  # headless and one-shot: load first, then draw the window once
        result = load_catalog(root, cached=not args.no_cache)
        if not usable(result):
            return _refuse(result)
        if args.solution is not None and not _readable(args.solution):
            return 2  # said on stderr: with no one to close a dialog, it must not open one
        app, window, _ = _window(args, settings, result.catalog)
        window.revisions.ask_on_drift = False  # nobody to answer the drift report
        if args.solution is not None and not window.files.open(args.solution):
            return 2
        return screenshot(app, window, args.screenshot, args.size)
    app, window, job = start(args, settings)  # the references keep them alive while the app runs
    return app.exec()


def start(args: argparse.Namespace, settings: Settings | None = None) -> tuple[QApplication, MainWindow, Job]:
    """Show the window at once and load the catalog behind its progress bar; a large catalog
    takes seconds, and the window is what tells the user the app has started."""
    app, window, recovery = _window(args, settings, Catalog.empty(args.catalog or catalog_dir()))
    window.catalogs.sig_catalog_loaded.connect(lambda result: exempt_survivors() if usable(result) else None)
    window.document.sig_catalog_changed.connect(  # the first catalog in: the stand-in's solution gives way
        lambda: window.files.new(None, window.lang), Qt.ConnectionType.SingleShotConnection
    )
    window.set_busy(True)
    window.catalogs.cached = not args.no_cache
    window.show()
    app.processEvents()  # paint the window before the load takes the interpreter
    job = window.catalogs.load()
    job.sig_finished.connect(lambda result: _loaded(app, window, recovery, args.solution, result))
    job.sig_failed.connect(lambda problem: _unreadable(app, window, problem))
    return app, window, job


def usable(result: LoadResult) -> bool:
    return result.catalog is not None and not has_errors(result.findings)


def _readable(path: Path) -> bool:
    """Whether the solution file can be opened; if not, its findings go to stderr."""
    from configurator.core.findings import format_line

    try:
        load_solution(path, str(path))
    except SolutionUnreadable as unreadable:
        for finding in unreadable.findings:
            print(format_line(finding), file=sys.stderr)
        return False
    return True


def _refuse(result: LoadResult, window: MainWindow | None = None) -> int:
    """Say why the catalog cannot be used (stderr, and a dialog over the window); the exit code."""
    from configurator.core.findings import format_line

    for finding in result.findings:
        print(format_line(finding), file=sys.stderr)
    print("configurator: the catalog has errors; run `configurator validate` for details", file=sys.stderr)
    if window is not None:
        message = tr("The catalog has errors; the app cannot start. Fix them and start it again.")
        Dialogs.show_findings(window, tr("Catalog has errors"), message, result.findings)
    return 2 if result.unreadable else 1


def _window(args: argparse.Namespace, settings: Settings | None, catalog: Catalog):
    app = QApplication.instance() or application()
    app.setApplicationName("Solution configurator")
    app.setOrganizationName("FinCloud")
    app.setDesktopFileName("configurator")  # packaging/configurator.desktop: its icon on Wayland
    install_app_font(app)
    settings = settings or Settings()
    lang = args.lang or settings.get("ui/language") or system_language()
    install(lang)
    recovery = RecoveryStore(app_home() / "recovery")
    return app, MainWindow(catalog, settings, recovery, lang), recovery


def _loaded(app: QApplication, window: MainWindow, recovery: RecoveryStore, solution: Path | None, result) -> None:
    """The first catalog is in, with a new solution on it (see `start`): open the one asked for,
    offer recovery."""
    if not window.isVisible():  # closed meanwhile: the app is on its way out
        return
    if not usable(result):
        app.exit(_refuse(result, window))
        return
    window.set_busy(False)
    if solution is not None:
        window.files.open(solution)
    window.view.fit()
    offer_recovery(window, recovery)


def _unreadable(app: QApplication, window: MainWindow, problem: str) -> None:
    """Reading the catalog failed outright (not with findings): say so and exit with 2."""
    print(f"configurator: the catalog could not be read: {problem}", file=sys.stderr)
    if window.isVisible():
        message = tr("The catalog could not be read (%s); the app cannot start.") % problem
        Dialogs.show_error(window, tr("Catalog could not be read"), message)
    app.exit(2)


def offer_recovery(window: MainWindow, recovery: RecoveryStore) -> None:
    """Offer back the work crashed sessions left, newest first, until one is restored. Work
    the user declines is deleted; work that cannot be read is kept (restore says why)."""
    for orphan in recovery.orphans():
        if not Dialogs.ask_restore(window, orphan.original):
            RecoveryStore.forget(orphan)
        elif window.files.restore(orphan):
            window.view.fit()
            if window.files.autosave():  # the work is in this session's recovery file now
                RecoveryStore.forget(orphan)
            return


def application() -> QApplication:
    """The QApplication; when Qt cannot load its platform plugin (missing system libraries,
    no display), one line says what is missing and the process exits with 2, instead of
    Qt's wall of text and an abort."""
    said: list[str] = []

    def handler(kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
        if kind != QtMsgType.QtFatalMsg:
            said.append(message)  # held back: only a failed start explains itself
            return
        print(
            f"configurator: the desktop app cannot open a window: {_missing(said)}; "
            "the command-line tools work without it",
            file=sys.stderr,
        )
        sys.stderr.flush()
        os._exit(2)

    previous = qInstallMessageHandler(handler)
    try:
        return QApplication(sys.argv[:1])
    finally:
        qInstallMessageHandler(previous)
        for message in said:  # warnings of a start that worked after all
            print(message, file=sys.stderr)


def _missing(messages: list[str]) -> str:
    """What Qt's messages before a failed start say is missing, in a few words."""
    text = "\n".join(messages)
    found = re.search(r'platform plugin "([^"]*)"', text)
    plugin = found[1] if found else os.environ.get("QT_QPA_PLATFORM", "")
    if "could not connect to display" in text:
        display = os.environ.get("DISPLAY")
        return f"no X display could be opened ({f'DISPLAY={display}' if display else 'DISPLAY is not set'})"
    if plugin == "xcb":
        return f"Qt's xcb platform plugin could not be loaded (on Debian/Ubuntu: sudo apt install {XCB_PACKAGES})"
    return f"Qt has no platform plugin {plugin!r} (check QT_QPA_PLATFORM)"


def settle() -> None:
    """Let docks and the central widget take their sizes (a few rounds of layout events)."""
    for _ in range(3):
        QApplication.processEvents()


def screenshot(app: QApplication, window: MainWindow, path: Path, size: tuple[int, int]) -> int:
    window.resize(*size)
    window.show()
    settle()  # before fitting the graph
    window.view.fit()
    app.processEvents()
    if not window.grab().save(str(path)):
        print(f"configurator: cannot write {path}", file=sys.stderr)
        return 2
    window.files.recovery.discard()
    window.setWindowModified(False)
    window.undo_stack.setClean()
    window.close()
    return 0
