"""The Value panel driven the way a user drives it (pytest-qt).

A sample scenario solution is opened in the main window (File → New through the scenario
gallery, or File → Open of a saved file); an input is edited in its spin box by selecting
the text, typing and pressing Enter (or by `setValue`, as the arrow keys and the mouse
wheel do). The panel's results text, the document's `bom.value` and the chart follow; the
expected change of the annual benefit is computed by hand from the formula in
catalog/scenarios.yaml. Undo restores the previous value and results, and consecutive edits
of one input are one undo step.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from gui_helpers import retype
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import QApplication

from configurator.core.resolve import from_scenario
from configurator.core.solution_file import load_solution, save_solution
from configurator.translations import tr
from configurator.ui.commands import SetValueInputCommand

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")

DIGITAL_HUMAN = "scn-digital-human-service"
STAFF = "staff-reduction-simple-queries"
AGENTS = "agents_on_simple_queries"
SHARE = "reduction_pct"

# catalog/scenarios.yaml, scn-digital-human-service:
#   staff-reduction-simple-queries = agents_on_simple_queries * reduction_pct * loaded_cost_per_agent_year
#       defaults 15 agents, 0.40, 180,000 CNY  → 15 × 0.40 × 180,000 = 1,080,000
#   after-hours-containment = after_hours_contacts_per_year * containment_rate * cost_per_agent_contact
#       defaults 100,000 contacts, 0.50, 6 CNY → 100,000 × 0.50 × 6 = 300,000
STAFF_DEFAULT = 15 * 0.40 * 180_000
AFTER_HOURS_DEFAULT = 100_000 * 0.50 * 6
ANNUAL_DEFAULT = STAFF_DEFAULT + AFTER_HOURS_DEFAULT  # 1,380,000
# Typing 25 agents instead of 15: 10 more agents × 0.40 × 180,000 = +720,000 a year.
AGENTS_EDITED = 25
ANNUAL_EDITED = ANNUAL_DEFAULT + (AGENTS_EDITED - 15) * 0.40 * 180_000  # 2,100,000


class PaintCounter(QObject):
    """Counts the paint events a widget receives."""

    def __init__(self, widget) -> None:
        super().__init__(widget)
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def chart_image(win) -> QImage:
    QApplication.processEvents()
    return win.value_panel.chart.grab().toImage()


def results_text(win) -> str:
    return win.value_panel.results.text()


def expected_annual(win) -> float:
    return win.document.evaluation.value.annual["expected"]


def show_value_panel(win) -> None:
    win.docks["value"].show()
    win.docks["value"].raise_()
    QApplication.processEvents()


@pytest.fixture
def dh_window(window, dialogs):  # noqa: F811
    """File → New with the digital-human scenario chosen in the gallery; Value panel shown."""
    dialogs.answer("scenario", DIGITAL_HUMAN)
    window.new()
    show_value_panel(window)
    assert window.document.solution.scenario == DIGITAL_HUMAN
    return window


def payback_by_hand(annual: float, years) -> int | None:
    """Over the default five years, half the benefit in year 1, against the money spent."""
    for month in range(61):
        benefit = annual * (0.5 * min(month, 12) / 12 + max(0, month - 12) / 12)
        cost = years.spent_by(month)
        if benefit >= cost and (month or cost == 0):
            return month
    return None


# --------------------------------------------------------------------------- opening


def test_a_scenario_solution_shows_its_drivers_inputs_and_results(dh_window) -> None:
    win = dh_window
    panel = win.value_panel
    assert set(panel.spins) == {
        (STAFF, AGENTS),
        (STAFF, SHARE),
        (STAFF, "loaded_cost_per_agent_year"),
        ("after-hours-containment", "after_hours_contacts_per_year"),
        ("after-hours-containment", "containment_rate"),
        ("after-hours-containment", "cost_per_agent_contact"),
    }
    assert panel.spins[(STAFF, AGENTS)].value() == 15
    assert panel.spins[(STAFF, AGENTS)].suffix() == " 名坐席"  # the catalog's Chinese name of 'agents'
    assert panel.spins[(STAFF, SHARE)].value() == pytest.approx(0.40)
    assert expected_annual(win) == pytest.approx(ANNUAL_DEFAULT)
    assert "1,380,000" in results_text(win)


def test_opening_a_saved_scenario_file_shows_its_value_inputs(window, sample, tmp_path: Path) -> None:  # noqa: F811
    solution = from_scenario(sample, DIGITAL_HUMAN, "数字人客服").solution
    solution = solution.edited(value={STAFF: {SHARE: 0.5}})
    path = tmp_path / "dh.yaml"
    save_solution(solution, path)
    window.open(path)
    show_value_panel(window)
    assert window.value_panel.spins[(STAFF, SHARE)].value() == pytest.approx(0.5)
    # 15 × 0.50 × 180,000 + 300,000 = 1,650,000
    assert expected_annual(window) == pytest.approx(15 * 0.5 * 180_000 + 300_000)
    assert "1,650,000" in results_text(window)


# --------------------------------------------------------------------------- editing


def test_typing_a_value_updates_results_bom_value_and_chart(dh_window, qtbot) -> None:
    win = dh_window
    spin = win.value_panel.spins[(STAFF, AGENTS)]
    text_before, image_before = results_text(win), chart_image(win)
    assert "1,380,000" in text_before

    chart = win.value_panel.chart
    assert chart.isVisible()
    painted = PaintCounter(chart)

    spin.setFocus()
    retype(qtbot, spin, str(AGENTS_EDITED))
    qtbot.keyClick(spin, Qt.Key.Key_Return)

    assert spin.value() == AGENTS_EDITED
    assert win.document.solution.value == {STAFF: {AGENTS: AGENTS_EDITED}}
    qtbot.waitUntil(lambda: painted.count > 0, timeout=2000)  # the chart was asked to repaint
    case = win.document.evaluation.value
    assert case.annual["expected"] - ANNUAL_DEFAULT == pytest.approx(720_000)
    assert case.annual["expected"] == pytest.approx(ANNUAL_EDITED)
    staff = next(r for r in case.drivers if r.driver.id == STAFF)
    assert staff.expected == pytest.approx(25 * 0.40 * 180_000)  # 1,800,000
    text_after = results_text(win)
    assert text_after != text_before
    assert "2,100,000" in text_after and "1,380,000" not in text_after
    # payback from the yearly costs, by hand: the results show the new month
    months = payback_by_hand(ANNUAL_EDITED, win.document.evaluation.years)
    # 900,000 at order and 7,541.20 a month; 87,500 a month in year 1: 11.3 months → 12
    assert case.payback_months["expected"] == months == 12
    assert f"<b>{months}</b>" in text_after
    # the chart repainted with the new benefit line
    assert chart_image(win) != image_before


def test_set_value_on_the_spin_box_is_an_edit_too(dh_window) -> None:
    win = dh_window
    spin = win.value_panel.spins[(STAFF, SHARE)]
    image_before = chart_image(win)
    spin.setValue(0.60)  # as the arrow keys or the mouse wheel do
    # 15 × (0.60 − 0.40) × 180,000 = +540,000 a year
    assert expected_annual(win) - ANNUAL_DEFAULT == pytest.approx(15 * (0.60 - 0.40) * 180_000)
    assert win.document.solution.value == {STAFF: {SHARE: pytest.approx(0.60)}}
    assert "1,920,000" in results_text(win)
    assert chart_image(win) != image_before


def test_typing_a_fraction_into_its_spin_box(dh_window, qtbot) -> None:
    """Select the share 0.40, type 0.55 and press Enter, as a user does."""
    win = dh_window
    spin = win.value_panel.spins[(STAFF, SHARE)]
    depth = win.undo_stack.count()
    spin.setFocus()
    retype(qtbot, spin, "0.55")
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    assert spin.value() == pytest.approx(0.55)
    assert win.document.solution.value == {STAFF: {SHARE: pytest.approx(0.55)}}
    # 15 × (0.55 − 0.40) × 180,000 = +405,000 a year
    assert expected_annual(win) - ANNUAL_DEFAULT == pytest.approx(405_000)
    assert "1,785,000" in results_text(win)
    assert win.undo_stack.count() == depth + 1


@pytest.mark.parametrize(
    ("scenario", "driver", "name", "default"),
    [
        ("scn-supply-chain-finance", "forged-invoice-losses-avoided", "loss_rate_reduction", 0.0005),
        ("scn-precision-marketing", "conversion-uplift", "conversion_uplift", 0.005),
        ("scn-joint-risk-privacy", "credit-losses-avoided", "loss_rate_reduction", 0.0008),
    ],
)
def test_small_fractions_are_shown_as_they_are(window, dialogs, scenario, driver, name, default) -> None:  # noqa: F811
    """The spin box shows the value the case uses (catalog/scenarios.yaml defaults in basis
    points), not a rounded one."""
    dialogs.answer("scenario", scenario)
    window.new()
    show_value_panel(window)
    case = window.document.evaluation.value
    used = {(r.driver.id, v.input.id): v.value for r in case.drivers for v in r.inputs}
    assert used[(driver, name)] == default
    spin = window.value_panel.spins[(driver, name)]
    assert spin.value() == pytest.approx(default, rel=1e-9), spin.text()


# --------------------------------------------------------------------------- undo


def test_undo_restores_the_previous_value_and_results(dh_window, qtbot) -> None:
    win = dh_window
    spin = win.value_panel.spins[(STAFF, AGENTS)]
    text_before, image_before = results_text(win), chart_image(win)
    solution_before = win.document.solution
    depth = win.undo_stack.count()

    spin.setFocus()
    retype(qtbot, spin, str(AGENTS_EDITED))
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    assert expected_annual(win) == pytest.approx(ANNUAL_EDITED)
    assert win.undo_stack.count() == depth + 1  # typing "2", then "25": one step

    win.undo_stack.undo()
    assert win.document.solution == solution_before
    assert win.document.solution.value == {}
    assert spin.value() == 15
    assert expected_annual(win) == pytest.approx(ANNUAL_DEFAULT)
    assert results_text(win) == text_before
    assert chart_image(win) == image_before

    win.undo_stack.redo()
    assert spin.value() == AGENTS_EDITED
    assert expected_annual(win) == pytest.approx(ANNUAL_EDITED)


def test_consecutive_edits_of_one_input_merge_into_one_undo_step(dh_window) -> None:
    win = dh_window
    spin = win.value_panel.spins[(STAFF, AGENTS)]
    depth = win.undo_stack.count()
    for agents in (16, 17, 18, 20):
        spin.setValue(agents)
    assert win.undo_stack.count() == depth + 1
    assert isinstance(win.undo_stack.command(depth), SetValueInputCommand)
    # 20 agents: (20 − 15) × 0.40 × 180,000 = +360,000
    assert expected_annual(win) == pytest.approx(ANNUAL_DEFAULT + 360_000)

    win.undo_stack.undo()  # one undo goes back past all four edits
    assert spin.value() == 15
    assert win.document.solution.value == {}
    assert expected_annual(win) == pytest.approx(ANNUAL_DEFAULT)


def test_edits_of_different_inputs_are_separate_undo_steps(dh_window) -> None:
    win = dh_window
    spins = win.value_panel.spins
    depth = win.undo_stack.count()
    spins[(STAFF, AGENTS)].setValue(20)
    spins[(STAFF, SHARE)].setValue(0.5)
    assert win.undo_stack.count() == depth + 2
    # 20 × 0.50 × 180,000 + 300,000 = 2,100,000
    assert expected_annual(win) == pytest.approx(20 * 0.5 * 180_000 + 300_000)
    win.undo_stack.undo()
    assert win.document.solution.value == {STAFF: {AGENTS: 20}}
    assert spins[(STAFF, SHARE)].value() == pytest.approx(0.40)
    # 20 × 0.40 × 180,000 + 300,000 = 1,740,000
    assert expected_annual(win) == pytest.approx(20 * 0.4 * 180_000 + 300_000)


def test_an_edited_value_is_saved_in_the_value_section(dh_window, tmp_path: Path) -> None:
    win = dh_window
    win.value_panel.spins[(STAFF, AGENTS)].setValue(AGENTS_EDITED)
    path = tmp_path / "saved.yaml"
    save_solution(win.document.solution, path)
    solution, findings = load_solution(path)
    assert solution.value == {STAFF: {AGENTS: AGENTS_EDITED}}
    assert not [f for f in findings if f.code.startswith("VAL-")]


# --------------------------------------------------------------------------- fitting a laptop


def unwrapped(label) -> bool:
    """Every cell of a rich-text label laid out on one line at the label's width."""
    document = QTextDocument()
    document.setDefaultFont(label.font())
    document.setHtml(label.text())
    document.setTextWidth(label.contentsRect().width())
    document.size()  # lays the document out
    block = document.begin()
    while block.isValid():
        if block.text() and block.layout().lineCount() > 1:
            return False
        block = block.next()
    return True


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_money_and_words_never_wrap_at_a_laptop_width(dh_window, lang) -> None:
    """Not "CNY / 2,728,000.00" nor "乐/观": amounts and the case words stay on one line."""
    win = dh_window
    win.set_language(lang)
    win.resize(1366, 768)
    show_value_panel(win)
    panel = win.value_panel
    assert panel.results.isVisible() and unwrapped(panel.results), panel.results.text()
    assert panel.results.width() >= panel.results.sizeHint().width()
    assert tr("high (P90)") in panel.results.text()  # the cases head their columns
    for heading in panel.headings.values():
        assert "\u00a0" in heading.text()  # between the currency and the amount
    assert panel.chart.width() >= panel.chart.minimumWidth() >= 300


def test_value_inputs_show_thousands_separators(dh_window) -> None:
    spins = dh_window.value_panel.spins
    assert spins[(STAFF, "loaded_cost_per_agent_year")].text().startswith("180,000 ")
    assert spins[("after-hours-containment", "after_hours_contacts_per_year")].text().startswith("100,000 ")


def test_the_tornado_shows_the_inputs_that_move_roi_most(dh_window) -> None:
    win = dh_window
    panel = win.value_panel
    case = win.document.evaluation.value
    assert panel.tornado.isVisible() and panel.tornado.height() >= panel.tornado.minimumHeight()
    swings = [s.swing for s in case.sensitivity]
    assert swings == sorted(swings, reverse=True) and len(swings) == 6
    blank = QImage(panel.tornado.size(), QImage.Format.Format_ARGB32)
    blank.fill(panel.tornado.palette().window().color())
    assert panel.tornado.grab().toImage().convertToFormat(QImage.Format.Format_ARGB32) != blank
    text = results_text(win)
    assert panel.tr("Net present value at %s") % "8%" in text
    assert panel.tr("Expected case by year") in text
