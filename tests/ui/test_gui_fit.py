"""The first look: the window fits the screen, the empty start says where to begin, and a
machine that cannot show a window is told why in one line.

The laptop test builds one window per language (building one takes most of the time) at the
size `--screenshot --size 1366x768` gives it; for every shipped scenario every visible dock,
each control of the policy bar (none behind the toolbar's extension), the BOM totals line and
the status bar lie inside it.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QPoint, QRect, QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QToolButton, QWidget

from configurator.core.catalog_load import load_catalog
from configurator.paths import catalog_dir
from configurator.translations import install, uninstall
from configurator.ui.compliance_panel import indicator
from configurator.ui.launch import launch, settle
from configurator.ui.main_window import MainWindow
from configurator.ui.recovery import RecoveryStore
from configurator.ui.settings import Settings

WIDTH, HEIGHT = 1366, 768
SCENARIOS = list(load_catalog(catalog_dir()).catalog.scenarios)

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")


@pytest.fixture(scope="module", params=["zh", "en"])
def laptop(request, qapp, app_font, sample, tmp_path_factory):
    """A shown window of 1366×768 in one language, reused by every scenario."""
    folder = tmp_path_factory.mktemp(f"fit-{request.param}")
    install(request.param)
    settings = Settings(QSettings(str(folder / "t.ini"), QSettings.Format.IniFormat))
    window = MainWindow(sample, settings, RecoveryStore(folder / "recovery"), request.param)
    window.resize(WIDTH, HEIGHT)
    window.show()
    yield window
    window.undo_stack.setClean()
    window.close()
    window.deleteLater()
    uninstall()


def inside(window: MainWindow, widget: QWidget) -> bool:
    rect = QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())
    return window.rect().contains(rect)


@pytest.mark.parametrize("scenario", SCENARIOS)
def test_every_panel_lies_inside_a_laptop_window(laptop, scenario):
    window = laptop
    window.files.new(scenario, window.lang)
    settle()
    assert (window.width(), window.height()) == (WIDTH, HEIGHT), "the window's minimum size is larger"

    outside = []
    for name, dock in window.docks.items():  # each tab of the bottom area in turn
        dock.raise_()
        settle()
        if not (dock.isVisible() and inside(window, dock)):
            outside.append(name)
    window.docks["bom"].raise_()
    settle()
    assert not outside, f"docks not shown inside the window: {outside}"

    bar = window.policy_bar
    [extension] = bar.findChildren(QToolButton, "qt_toolbar_ext_button")
    assert not extension.isVisible(), "policy controls are hidden behind the toolbar's extension"
    controls = [w for w in bar.fields if not inside(window, w) or not w.isVisible()]
    assert not controls, f"policy controls not shown in full: {[w.accessibleName() for w in controls]}"

    assert window.bom_panel.totals.isVisible() and inside(window, window.bom_panel.totals)
    status = window.statusBar()
    assert inside(window, status)
    for label in (window.status_compliance, window.status_findings, window.status_share, window.status_totals):
        assert label.isVisible() and inside(window, label), label.text()
        assert label.width() >= label.sizeHint().width(), f"cut in the status bar: {label.text()}"


# --------------------------------------------------------------------------- the screen


def test_a_first_start_opens_within_the_screen(window):
    area = window.screen().availableGeometry()
    assert area.contains(window.frameGeometry())
    assert window.width() <= 1440 and window.height() <= 900


def test_a_saved_geometry_larger_than_the_screen_is_brought_within_it(window, make_window, sample, settings):
    screen = QGuiApplication.primaryScreen().availableGeometry()
    window.setGeometry(QRect(screen.topLeft() + QPoint(50, 50), screen.size() * 1.5))
    settings.set("window/geometry", window.saveGeometry())
    again = make_window(sample)
    assert screen.contains(again.geometry())


def test_a_saved_geometry_that_fits_is_restored(window, make_window, sample, settings):
    screen = QGuiApplication.primaryScreen().availableGeometry()
    wanted = QRect(screen.topLeft() + QPoint(20, 30), screen.size() * 0.7)
    window.setGeometry(wanted)
    settings.set("window/geometry", window.saveGeometry())
    assert make_window(sample).geometry() == wanted


@pytest.mark.parametrize("size", ["0x0", "abc", "100000x5", "1366", "1366x-768"])
def test_a_bad_screenshot_size_is_a_usage_error(size, tmp_path, capsys):
    png = tmp_path / "shot.png"
    assert launch(["--screenshot", str(png), "--size", size]) == 2
    assert "--size" in capsys.readouterr().err and not png.exists()


# --------------------------------------------------------------------------- the empty start


def test_the_empty_start_points_to_file_new_and_claims_no_compliance(window, dialogs):
    hint = window.view.hint
    assert hint.isVisible() and "Ctrl+N" in hint.text()
    assert window.status_compliance.text() != indicator(window.document)  # nothing has passed
    dialogs.answer("scenario", "scn-virtual-branch")
    window.new()
    assert not hint.isVisible() and window.status_compliance.text() == indicator(window.document)


@pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints\(\)|raise\(\)|grabbing)")
def test_the_go_live_calendar_opens_at_today_while_no_date_is_set(window, qtbot):
    field = window.policy_bar.go_live
    assert window.document.solution.policy.go_live is None
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton, pos=QPoint(field.width() - 6, field.height() // 2))
    calendar = field.calendarWidget()
    qtbot.waitUntil(calendar.isVisible)
    today = QDate.currentDate()
    assert (calendar.yearShown(), calendar.monthShown()) == (today.year(), today.month())
    calendar.window().close()
    assert window.document.solution.policy.go_live is None and field.text() == "—"


# --------------------------------------------------------------------------- no platform plugin


def test_without_a_platform_plugin_the_app_says_so_in_one_line(tmp_path):
    root = Path(__file__).resolve().parents[2]
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "nonexistent",
        "CONFIGURATOR_HOME": str(tmp_path),
        "PYTHONPATH": os.pathsep.join(filter(None, [str(root), os.environ.get("PYTHONPATH")])),
    }
    run = subprocess.run(
        [sys.executable, "-m", "configurator", "--lang", "en"], env=env, capture_output=True, text=True, timeout=60
    )
    assert run.returncode == 2
    [line] = run.stderr.splitlines()
    assert line.startswith("configurator: the desktop app cannot open a window: ")
    assert "nonexistent" in line and "command-line tools work" in line


def test_the_catalog_shows_most_names_whole_on_a_laptop(laptop):
    """The catalog dock opens wide enough that most names read whole beside their badges (at
    300 px most English names were cut in the middle)."""
    window = laptop
    tree, model = window.catalog_panel.tree, window.catalog_panel.proxy
    metrics = tree.fontMetrics()
    room = tree.columnWidth(0) - 2 * tree.indentation() - tree.iconSize().width() - 8
    names = [
        model.index(row, 0, model.index(category, 0)).data()
        for category in range(model.rowCount())
        for row in range(model.rowCount(model.index(category, 0)))
    ]
    whole = [name for name in names if metrics.horizontalAdvance(name) <= room]
    assert len(names) > 50 and len(whole) >= 0.8 * len(names), (len(whole), len(names), room)
