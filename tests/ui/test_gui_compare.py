"""The compare view (issue 16): the options side by side, a Recommend button per option, the
cumulative-cost chart, and only changed options evaluated again."""

from __future__ import annotations

import pytest
from gui_helpers import choose
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QPainter

from configurator.core.evaluate import evaluate
from configurator.core.numbers import money
from configurator.drawing.compare_chart import option_colour, paint_compare_chart
from configurator.translations import tr
from configurator.ui.compare_view import DIFFERS
from configurator.ui.launch import settle

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")


@pytest.fixture
def two_options(scenario_window, qtbot):
    """The scenario and a private copy of it, the compare view raised."""
    window = scenario_window
    window.options_bar.a_duplicate.trigger()
    choose(qtbot, window.policy_bar.deployment, "private")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # shortcuts reach the active window only
    qtbot.keyClick(window, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    settle()
    assert window.compare_view.shown
    return window


def row_of(table, label: str) -> int:
    return next(r for r in range(table.rowCount()) if table.verticalHeaderItem(r).text() == label)


def test_the_compare_view_shows_each_option_with_its_cost_of_ownership(two_options, sample):
    window = two_options
    view, table = window.compare_view, window.compare_view.table
    deal = window.document.deal
    assert table.columnCount() == 2
    assert [table.horizontalHeaderItem(c).text() for c in range(2)] == [o.option for o in deal.options]
    tco = row_of(table, view.tr("%d-year cost of ownership") % deal.first.deal.horizon)
    for column, option in enumerate(deal.options):
        expected = evaluate(sample, option).years.tco
        assert view.comparison.options[column].tco == pytest.approx(expected)
        assert table.item(tco, column).text() == money(expected, sample.currency, "zh")


def test_a_row_where_the_options_differ_is_highlighted(two_options, sample):
    window = two_options
    view, table = window.compare_view, window.compare_view.table
    first, second = window.document.deal.options
    window.editor.remove("esign")  # the copy no longer holds it
    differing = {row.capability for row in view.comparison.rows if row.differs}
    assert "esign" in differing
    row = row_of(table, sample.capabilities["esign"].name.zh)
    assert table.item(row, 0).background().color() == DIFFERS and table.item(row, 1).text() == "—"
    same = next(r for r in view.comparison.rows if not r.differs)
    row = row_of(table, same.name.zh)
    assert table.item(row, 0).background().color() != DIFFERS


def test_recommend_is_one_click_and_one_undo_step(two_options):
    window = two_options
    table = window.compare_view.table
    button = table.cellWidget(0, 0)
    assert button.isEnabled()
    button.click()
    deal = window.document.deal
    assert deal.recommended == deal.options[0].option
    assert table.horizontalHeaderItem(0).text().startswith("★") and not table.cellWidget(0, 0).isEnabled()
    assert window.options_bar.tabs.tabText(0).startswith("★")
    window.a_undo.trigger()
    assert window.document.deal.recommended is None
    assert not table.horizontalHeaderItem(0).text().startswith("★")
    window.a_redo.trigger()
    assert window.document.deal.recommended == deal.options[0].option


def test_an_edit_evaluates_only_its_option_again(two_options):
    window = two_options
    document = window.document
    other = document.evaluation_of(0)
    window.editor.edit_item("esign", quantity=5)
    assert document.evaluation_of(0) is other  # the other option's evaluation stays
    assert window.compare_view.comparison.rows  # refreshed while shown
    quantity = next(r for r in window.compare_view.comparison.rows if r.capability == "esign").held[1].quantity
    assert quantity == 5


def test_a_hidden_compare_view_waits_until_it_is_shown(two_options):
    window = two_options
    window.docks["bom"].raise_()
    settle()
    assert not window.compare_view.shown
    shown = window.compare_view.comparison
    window.editor.edit_item("esign", quantity=7)
    assert window.compare_view.comparison is shown
    window.show_compare()
    settle()
    assert window.compare_view.comparison is not shown


def test_clicking_a_column_header_shows_that_option(two_options, qtbot):
    window = two_options
    header = window.compare_view.table.horizontalHeader()
    header.sectionClicked.emit(0)
    assert window.document.current == 0


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_chart_draws_every_option(two_options, lang):
    window = two_options
    window.set_language(lang)
    image = QImage(480, 260, QImage.Format.Format_RGB32)
    image.fill(0xFFFFFFFF)
    painter = QPainter(image)
    paint_compare_chart(painter, QRectF(0, 0, 480, 260), window.compare_view.comparison, lang, tr)
    painter.end()
    colours = {image.pixel(x, y) for x in range(480) for y in range(260)}
    assert all(option_colour(i).rgb() in colours for i in range(2))
