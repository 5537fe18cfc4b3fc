"""The BOM panel, `--screenshot`, and known bugs kept as tests.

The window is driven the way a user drives it (DESIGN.md §2, §5, §7; STYLE.md pattern 11): every
test builds a MainWindow on the shipped sample catalog (or a copy of it in tmp_path), with settings
in a temporary ini file, recovery files below tmp_path and the language "zh". Every modal question
goes through a DialogGuard (tests/gui_helpers.py): a question the test did not prepare an answer
for fails the test. Assertions are on the document (solution, evaluation, undo stack), never on
pixels, except for the `--screenshot` check.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from gui_helpers import (
    SCENARIO,
)
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication, QImage
from PySide6.QtWidgets import QApplication

from configurator.cli import main as cli_main
from configurator.core.resolve import from_scenario
from configurator.core.solution_file import load_solution, parse_solution, to_text
from configurator.drawing.fonts import cjk_family
from configurator.ui.launch import launch, offer_recovery
from configurator.ui.main_window import MainWindow
from configurator.ui.recovery import RecoveryStore
from configurator.ui.settings import Settings

# The offscreen platform plugin warns when a shown window with docks propagates size hints;
# that is the headless test platform speaking, not the app.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")


# --------------------------------------------------------------------------- BOM


def test_bom_copy_puts_a_tab_separated_table_on_the_clipboard(scenario_window, qtbot):
    window = scenario_window
    bom = window.document.evaluation.bom
    panel = window.bom_panel
    qtbot.mouseClick(panel.copy_button, Qt.MouseButton.LeftButton)
    rows = [row.split("\t") for row in QGuiApplication.clipboard().text().splitlines()]

    keys = [column.key for column in panel.model.COLUMNS]
    assert rows[0] == [panel.model.headerData(c, Qt.Orientation.Horizontal) for c in range(len(keys))]
    assert len(rows) == len(bom.lines) + 2
    assert all(len(row) == len(keys) for row in rows)
    body = rows[1:-1]
    assert [row[0] for row in body] == [line.name.zh for line in panel.model.lines]
    for row, line in zip(body, panel.model.lines, strict=True):
        assert float(row[keys.index("first_year")]) == pytest.approx(line.first_year)
    totals = rows[-1]
    assert totals[0]  # the totals label
    for key in ("one_time", "monthly", "first_year"):
        assert float(totals[keys.index(key)]) == pytest.approx(getattr(bom.totals, key), abs=0.005)
    column = keys.index("first_year")
    assert sum(float(row[column]) for row in body) == pytest.approx(bom.totals.first_year)


# --------------------------------------------------------------------------- --screenshot


def test_screenshot_renders_the_window_with_a_font_covering_every_name(qtbot, dialogs, monkeypatch, sample, tmp_path):
    monkeypatch.setenv("CONFIGURATOR_HOME", str(tmp_path / "home"))
    solution = tmp_path / "scf.yaml"
    assert cli_main(["new", "--scenario", SCENARIO, "-o", str(solution)]) == 0
    png = tmp_path / "shot.png"
    settings = Settings(QSettings(str(tmp_path / "shot.ini"), QSettings.Format.IniFormat))
    before = set(QApplication.topLevelWidgets())

    code = launch([str(solution), "--screenshot", str(png), "--lang", "zh"], settings=settings)

    for widget in set(QApplication.topLevelWidgets()) - before:
        if isinstance(widget, MainWindow):
            qtbot.addWidget(widget)
    assert code == 0
    image = QImage(str(png))
    assert not image.isNull() and (image.width(), image.height()) == (1440, 900)
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    colours = {image.pixel(x, y) for x in range(0, image.width(), 4) for y in range(0, image.height(), 4)}
    assert len(colours) > 16, "the screenshot is (nearly) blank"
    assert colours != {0xFFFFFFFF}

    metrics = QFontMetrics(QFont(cjk_family()))
    names = [
        name
        for item in load_solution(solution)[0].items
        for name in (sample.capabilities[item.capability].name.zh, sample.capabilities[item.capability].name.en)
    ]
    missing = sorted({ch for name in names for ch in name if not metrics.inFontUcs4(ord(ch))})
    assert not missing, f"{cjk_family()} has no glyph for {missing}"


def test_screenshot_of_an_unreadable_solution_exits_2_without_a_dialog(dialogs, monkeypatch, tmp_path, capsys):
    monkeypatch.setenv("CONFIGURATOR_HOME", str(tmp_path / "home"))
    solution, png = tmp_path / "empty.yaml", tmp_path / "shot.png"
    solution.write_text("", encoding="utf-8")
    settings = Settings(QSettings(str(tmp_path / "shot.ini"), QSettings.Format.IniFormat))

    code = launch([str(solution), "--screenshot", str(png)], settings=settings)

    assert code == 2 and not png.exists()
    assert capsys.readouterr().err == f"{solution}:1:1: error YAML-EMPTY-008 file holds no data\n"
    assert dialogs.called("show_findings") == []  # nobody is there to close one


# --------------------------------------------------------------------------- known bugs
# Kept last so that a run with -x reaches every other test first.


def test_restored_work_is_protected_by_a_recovery_file_again(window, dialogs, sample, tmp_path):
    """offer_recovery forgets the orphan and autosaves: the restored work must not be left
    without a recovery file until the next edit (a second crash would lose it)."""
    store = RecoveryStore(tmp_path / "crashed")
    solution = from_scenario(sample, SCENARIO, sample.scenarios[SCENARIO].name.zh).solution
    store.save(to_text(solution), None)
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    store.meta.write_text(json.dumps({"pid": gone.pid, "original": None}), encoding="utf-8")
    [_] = store.orphans()

    dialogs.answer("ask_restore", True)
    offer_recovery(window, store)

    assert window.document.solution == solution and window.files.modified
    assert store.orphans() == []
    recovery = window.files.recovery
    assert recovery.file.is_file(), "the restored work has no recovery file"
    assert parse_solution(recovery.file.read_text(encoding="utf-8"), "r")[0] == solution
