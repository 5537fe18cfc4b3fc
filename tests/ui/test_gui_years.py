"""The deal's cost-of-ownership settings (Edit → Deal settings…), an item's quantity ramp in the
inspector and the Years panel, driven the way a user drives them (pytest-qt).

The dialog is the real one, run modally: a timer fills its fields by typing and presses OK. The
panel's cells are compared with the figures of a fresh `evaluate` of the document's solution.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from gui_helpers import choose, one_undo_step, retype
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialogButtonBox

from configurator.core.evaluate import evaluate
from configurator.core.numbers import money
from configurator.core.solution import DealSettings
from configurator.core.solution_file import load_solution
from configurator.translations import tr
from configurator.ui.deal_dialog import DealDialog, parse_numbers

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")

REAL_ASK = DealDialog.__dict__["ask"]  # the DialogGuard stands in for it; these tests run it
COMPUTE = "compute-cvm"  # PUB, price model IM, billed monthly


def run_dialog(window, monkeypatch, qtbot, fill: Callable[[DealDialog], None], ok: bool = True) -> None:
    """Edit → Deal settings…: `fill` types into the open dialog, then OK (or Cancel) is pressed."""
    monkeypatch.setattr(DealDialog, "ask", REAL_ASK)

    def answer() -> None:
        dialog = window.findChild(DealDialog)
        fill(dialog)
        button = QDialogButtonBox.StandardButton.Ok if ok else QDialogButtonBox.StandardButton.Cancel
        qtbot.mouseClick(dialog.buttons.button(button), Qt.MouseButton.LeftButton)
        dialog.deleteLater()

    QTimer.singleShot(0, answer)
    window.a_deal.trigger()


@pytest.fixture
def fill_three_years(qtbot):
    def fill(dialog: DealDialog) -> None:
        retype(qtbot, dialog.horizon, "3")
        retype(qtbot, dialog.changes["IM"], "-5")

    return fill


def panel_cells(model) -> list[list[str]]:
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def test_horizon_and_price_change_from_the_dialog_show_in_the_years_panel(
    scenario_window, monkeypatch, qtbot, fill_three_years
):
    window = scenario_window
    window.docks["years"].raise_()

    solution = one_undo_step(window, lambda: run_dialog(window, monkeypatch, qtbot, fill_three_years))

    assert solution.deal == DealSettings(horizon_years=3, price_changes={"IM": -0.05})
    assert window.undo_stack.undoText() == tr("Edit deal settings")
    years = evaluate(window.document.catalog, solution).years
    assert years.horizon == 3
    compute = next(line for line in years.lines if line.capability == COMPUTE)
    assert compute.recurring[1] == pytest.approx(compute.recurring[0] * 0.95)
    currency, lang = window.document.catalog.currency, window.lang
    cells = panel_cells(window.years_panel.by_year)
    assert len(cells) == 3 + 2  # the years, the TCO and the NPV
    total = 4  # the year, one-time, maintenance, recurring, total
    assert [row[total] for row in cells] == [money(v, currency, lang) for v in (*years.total, years.tco, years.npv)]
    lines = panel_cells(window.years_panel.by_line)
    assert len(lines) == len(years.lines) + 1
    assert lines[-1][1:] == [money(v, currency, lang) for v in (*years.total, years.tco)]

    window.a_undo.trigger()
    assert window.document.solution.deal == DealSettings()
    assert window.years_panel.by_year.rowCount() == 5 + 2


def test_the_dialog_offers_the_price_models_of_the_deal_and_shows_the_settings(scenario_window, monkeypatch, qtbot):
    window = scenario_window
    seen = {}

    def look(dialog: DealDialog) -> None:
        seen.update(
            models=set(dialog.changes),
            horizon=dialog.horizon.value(),
            rate=dialog.rate.value(),
            ramp=dialog.ramp.text(),
        )

    count = window.undo_stack.count()
    run_dialog(window, monkeypatch, qtbot, look, ok=False)
    assert seen == {"models": {"CALL", "CAP", "IM", "LIC"}, "horizon": 5, "rate": 8.0, "ramp": "50, 100"}
    assert window.undo_stack.count() == count  # Cancel is no step


def test_settings_equal_to_the_defaults_write_nothing(scenario_window, monkeypatch, qtbot, dialogs, tmp_path):
    window = scenario_window
    count = window.undo_stack.count()

    def retype_defaults(dialog: DealDialog) -> None:
        retype(qtbot, dialog.horizon, "5")
        retype(qtbot, dialog.rate, "8")
        retype(qtbot, dialog.ramp, "50, 100")

    run_dialog(window, monkeypatch, qtbot, retype_defaults)
    assert window.undo_stack.count() == count and window.document.solution.deal == DealSettings()
    dialogs.answer("ask_save_path", tmp_path / "saved.yaml")
    window.a_save.trigger()
    assert "deal:" not in (tmp_path / "saved.yaml").read_text(encoding="utf-8")


def test_a_written_setting_stays_written_when_set_back_to_the_default(sample, qtbot):
    written = DealSettings(horizon_years=3, price_changes={"IM": -0.05}, one_time_in="plan")
    dialog = DealDialog(sample, written, ["IM", "PROJ"], "en")
    qtbot.addWidget(dialog)
    retype(qtbot, dialog.horizon, "5")
    retype(qtbot, dialog.changes["IM"], "0")
    retype(qtbot, dialog.changes["PROJ"], "3")
    choose(qtbot, dialog.one_time, "order")
    assert dialog.settings() == DealSettings(
        horizon_years=5, price_changes={"IM": 0.0, "PROJ": 0.03}, one_time_in="order"
    )


def test_a_benefit_ramp_that_is_no_list_of_percentages_cannot_be_accepted(sample, qtbot):
    dialog = DealDialog(sample, DealSettings(), ["IM"], "en")
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    for text in ("50, x", "", "50, 300", ", ".join(["50"] * 11)):
        retype(qtbot, dialog.ramp, text) if text else dialog.ramp.clear()
        assert not ok.isEnabled() and "Benefit ramp" in dialog.message.text(), text
    retype(qtbot, dialog.ramp, "30 60 100%")
    assert ok.isEnabled() and dialog.message.text() == ""
    assert dialog.settings().benefit_ramp == (0.3, 0.6, 1.0)


def test_numbers_are_read_with_any_comma(qtbot):
    assert parse_numbers("100，130; 170", 0, 1e9) == (100, 130, 170)
    assert parse_numbers("-1", 0, 10) is None


# -- the quantity ramp in the inspector


def test_a_yearly_growth_of_an_item_raises_its_later_years(scenario_window, qtbot, dialogs, tmp_path):
    window = scenario_window
    inspector = window.inspector
    window.selection.select(COMPUTE)
    before = next(line for line in window.document.evaluation.years.lines if line.capability == COMPUTE)

    def grow() -> None:
        choose(qtbot, inspector.ramp_kind, "growth")
        assert inspector.ramp_growth.isVisibleTo(inspector) and not inspector.ramp_years.isVisibleTo(inspector)
        retype(qtbot, inspector.ramp_growth, "30")
        qtbot.keyClick(inspector.ramp_growth, Qt.Key.Key_Return)

    solution = one_undo_step(window, grow)  # choosing the kind and typing the growth: one step

    assert solution.item(COMPUTE).ramp == 0.3
    after = next(line for line in window.document.evaluation.years.lines if line.capability == COMPUTE)
    assert after.recurring[0] == before.recurring[0]
    assert after.recurring[2] == pytest.approx(before.recurring[2] * 1.3**2)
    assert inspector.ramp_shown.text().startswith("1 → 1.30 → 1.69 → 2.20")
    dialogs.answer("ask_save_path", tmp_path / "saved.yaml")
    window.a_save.trigger()
    assert "ramp: 0.3" in (tmp_path / "saved.yaml").read_text(encoding="utf-8")


def test_quantities_per_year_typed_in_the_inspector(scenario_window, qtbot):
    window = scenario_window
    inspector = window.inspector
    window.selection.select(COMPUTE)

    def per_year() -> None:
        choose(qtbot, inspector.ramp_kind, "years")
        assert inspector.ramp_years.text() == "1, 1, 1, 1, 1"  # the quantities as they were
        retype(qtbot, inspector.ramp_years, "100, 130, 170")
        qtbot.keyClick(inspector.ramp_years, Qt.Key.Key_Return)

    solution = one_undo_step(window, per_year)
    assert solution.item(COMPUTE).ramp == (100, 130, 170)
    line = next(line for line in window.document.evaluation.years.lines if line.capability == COMPUTE)
    assert line.quantity == (100, 130, 170, 170, 170)

    retype(qtbot, inspector.ramp_years, "100, lots")
    qtbot.keyClick(inspector.ramp_years, Qt.Key.Key_Return)
    assert window.document.solution.item(COMPUTE).ramp == (100, 130, 170)
    assert "quantities" in inspector.ramp_years.toolTip()

    choose(qtbot, inspector.ramp_kind, "none")
    assert window.document.solution.item(COMPUTE).ramp is None


def test_the_ramp_is_cleared_when_nothing_is_selected(scenario_window, qtbot):
    window = scenario_window
    inspector = window.inspector
    window.selection.select(COMPUTE)
    window.editor.edit_item(COMPUTE, ramp=(1, 2, 4))
    assert inspector.ramp_years.text() == "1, 2, 4" and inspector.ramp_shown.text()
    window.selection.select(None)
    assert inspector.ramp_kind.currentIndex() == -1 and not inspector.ramp_kind.isEnabled()
    assert (inspector.ramp_years.text(), inspector.ramp_shown.text()) == ("", "")
    assert not inspector.ramp_years.isVisibleTo(inspector)


# -- the panel


def test_the_years_panel_follows_the_language(scenario_window):
    window = scenario_window
    window.set_language("en")
    assert window.docks["years"].windowTitle() == "Years"
    assert window.years_panel.by_year.index(0, 0).data() == "Year 1"
    assert window.years_panel.by_year.index(0, 1).data().startswith("CNY ")
    first = window.document.evaluation.years.lines[0].capability
    name = window.document.catalog.capabilities[first].name.get("en")
    assert window.years_panel.by_line.index(0, 0).data() == name
    assert window.years_panel.by_line.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) == f"{name} ({first})"


def test_a_solution_saved_with_deal_settings_loads_them(
    scenario_window, monkeypatch, qtbot, dialogs, fill_three_years, tmp_path: Path
):
    window = scenario_window
    run_dialog(window, monkeypatch, qtbot, fill_three_years)
    dialogs.answer("ask_save_path", tmp_path / "saved.yaml")
    window.a_save.trigger()
    text = (tmp_path / "saved.yaml").read_text(encoding="utf-8")
    assert "deal:\n  horizon_years: 3\n  price_changes:\n    IM: -0.05\n" in text
    assert load_solution(tmp_path / "saved.yaml")[0].deal == window.document.solution.deal


def test_the_years_models(scenario_window, qtmodeltester):
    for model in (scenario_window.years_panel.by_year, scenario_window.years_panel.by_line):
        qtmodeltester.check(model, force_py=True)


def test_the_edit_menu_offers_the_deal_settings(scenario_window):
    assert scenario_window.a_deal in scenario_window.m_edit.actions()


def test_ok_without_changes_keeps_values_the_spins_round(qapp, sample):
    """8.25 % shows as 8.3 %: pressing OK must not write 8.3 % (nor a third as 33.3 %)."""
    from configurator.core.solution import DealSettings
    from configurator.ui.deal_dialog import DealDialog

    written = DealSettings(discount_rate=0.0825, price_changes={"IM": -0.0125}, benefit_ramp=(1 / 3, 1))
    dialog = DealDialog(sample, written, ["IM"], "en")
    assert dialog.settings() == written
    dialog.rate.setValue(9.0)
    assert dialog.settings().discount_rate == 0.09
