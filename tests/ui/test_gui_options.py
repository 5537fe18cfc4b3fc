"""The options of a deal in the window: the options bar, undoable option edits, switching, and
files of several options (issue 16). Driven as a user drives the window; modal questions go
through the DialogGuard."""

from __future__ import annotations

import pytest
from gui_helpers import SCENARIO, choose, click_node, open_file, retype, snapshot
from PySide6.QtCore import QPoint, Qt

from configurator.core.resolve import from_scenario
from configurator.core.solution_file import load_deal, to_text
from configurator.translations import tr

OPTION = tr("Option %d")
COPY = tr("%s (copy)") % (OPTION % 1)

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")


def names(window) -> list[str]:
    return [option.option for option in window.document.deal.options]


def tab_texts(window) -> list[str]:
    tabs = window.options_bar.tabs
    return [tabs.tabText(i) for i in range(tabs.count())]


def state(window):
    return window.document.deal, to_text(window.document.deal), window.document.current


def one_step(window, act):
    """`act` is one undo step that undoes and redoes exactly, the current option included."""
    before, count = state(window), window.undo_stack.count()
    act()
    after = state(window)
    assert after != before and window.undo_stack.count() == count + 1
    window.a_undo.trigger()
    assert state(window) == before
    window.a_redo.trigger()
    assert state(window) == after


def test_a_copy_of_the_current_option_then_a_policy_change_undo_one_at_a_time(scenario_window, qtbot):
    window = scenario_window
    original = snapshot(window.document.solution)
    assert tab_texts(window) == [OPTION % 1] and window.options_bar.add_button.isVisible()

    window.options_bar.a_duplicate.trigger()
    assert names(window) == [OPTION % 1, COPY]  # the first is named once there are two
    assert window.document.current == 1 and tab_texts(window) == names(window)
    copy = window.document.solution
    assert copy.items == original[0].items and copy.policy == original[0].policy

    choose(qtbot, window.policy_bar.deployment, "private")
    assert window.document.solution.policy.deployment == "private"
    assert window.document.deal.options[0].policy == original[0].policy
    assert window.undo_stack.count() == 2

    window.a_undo.trigger()  # the policy change
    assert window.document.solution == copy and len(window.document.deal.options) == 2
    assert window.policy_bar.deployment.currentData() == copy.policy.deployment
    window.a_undo.trigger()  # the copy
    assert len(window.document.deal.options) == 1 and snapshot(window.document.solution) == original
    assert tab_texts(window) == [OPTION % 1]


def test_an_edit_is_undone_on_the_option_it_was_made_on(scenario_window, qtbot):
    window = scenario_window
    window.options_bar.a_duplicate.trigger()
    window.options_bar.tabs.setCurrentIndex(0)  # back to the first option: no undo step
    assert window.document.current == 0 and window.undo_stack.count() == 1
    first_before = window.document.solution
    click_node(qtbot, window, "esign")
    retype(qtbot, window.inspector.quantity, "20000")
    qtbot.keyClick(window.inspector.quantity, Qt.Key.Key_Return)
    assert window.document.solution.item("esign").quantity == 20000
    second = window.document.deal.options[1]

    qtbot.keyClick(window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)  # Ctrl+PgDown: next option
    assert window.document.current == 1 and window.document.solution is second
    window.a_undo.trigger()
    assert window.document.current == 0, "undo shows the option the edit was made on"
    assert window.document.solution == first_before and window.document.deal.options[1] == second
    window.a_redo.trigger()
    assert window.document.current == 0 and window.document.solution.item("esign").quantity == 20000
    assert window.document.deal.options[1] == second


def test_switching_options_is_no_undo_step_and_shows_the_option_everywhere(scenario_window, qtbot, dialogs):
    window = scenario_window
    dialogs.answer("scenario", "scn-virtual-branch")
    window.options_bar.a_scenario.trigger()  # + → from a scenario
    assert names(window)[1] == window.document.catalog.scenarios["scn-virtual-branch"].name.zh
    assert window.document.solution.scenario == "scn-virtual-branch"
    assert set(window.scene.nodes) == {i.capability for i in window.document.solution.items if i.valid}
    count = window.undo_stack.count()
    qtbot.keyClick(window, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert window.document.current == 0 and window.undo_stack.count() == count
    assert window.document.solution.scenario == SCENARIO and "sol-scf-platform" in window.scene.nodes
    assert window.options_bar.tabs.currentIndex() == 0


def test_rename_move_recommend_and_delete_are_each_one_undo_step(scenario_window, qtbot, dialogs):
    window = scenario_window
    bar = window.options_bar
    bar.a_empty.trigger()
    assert names(window) == [OPTION % 1, OPTION % 2] and not window.document.solution.items
    assert window.document.current == 1

    bar.tabs.setCurrentIndex(0)

    def rename() -> None:
        rect = bar.tabs.tabRect(0)
        qtbot.mouseDClick(bar.tabs, Qt.MouseButton.LeftButton, pos=rect.center())
        assert bar.name_editor is not None and bar.name_editor.isVisible()
        qtbot.keyClicks(bar.name_editor, "Cloud")
        qtbot.keyClick(bar.name_editor, Qt.Key.Key_Return)

    one_step(window, rename)
    assert names(window) == ["Cloud", OPTION % 2]

    one_step(window, bar.a_right.trigger)
    assert names(window) == [OPTION % 2, "Cloud"] and window.document.current == 1  # the moved option stays current

    one_step(window, bar.a_recommend.trigger)
    assert window.document.deal.recommended == "Cloud" and tab_texts(window) == [OPTION % 2, "★ Cloud"]
    assert not bar.a_recommend.isEnabled()

    window.options_bar.tabs.setCurrentIndex(0)  # the empty option: deleted without asking
    one_step(window, bar.a_delete.trigger)
    assert names(window) == ["Cloud"] and not dialogs.called("delete_option")
    assert not bar.a_delete.isEnabled()  # never the last option
    bar.a_delete.trigger()
    assert names(window) == ["Cloud"]


def test_deleting_an_option_with_items_asks_first(scenario_window, dialogs):
    window = scenario_window
    window.options_bar.a_duplicate.trigger()
    dialogs.answer("delete_option", False)
    window.options_bar.a_delete.trigger()
    assert len(window.document.deal.options) == 2 and dialogs.called("delete_option")[-1][1] == COPY
    dialogs.answer("delete_option", True)
    window.options_bar.a_delete.trigger()
    assert names(window) == [OPTION % 1] and window.document.current == 0


def test_a_renamed_option_keeps_a_unique_name(scenario_window):
    window = scenario_window
    window.options_bar.a_empty.trigger()
    window.editor.rename_option(1, OPTION % 1)
    assert names(window) == [OPTION % 1, OPTION % 1 + " (2)"]


def test_the_tab_context_menu_acts_on_the_tab_clicked(scenario_window, qtbot, monkeypatch):
    window = scenario_window
    bar = window.options_bar
    bar.a_empty.trigger()
    shown = []
    monkeypatch.setattr(bar.menu, "exec", lambda at: shown.append(at))
    bar._context_menu(bar.tabs.tabRect(0).center())
    assert shown and window.document.current == 0


def test_dragging_a_tab_is_one_move(scenario_window, qtbot):
    window = scenario_window
    bar = window.options_bar
    bar.a_empty.trigger()
    bar.a_empty.trigger()
    assert names(window) == [OPTION % 1, OPTION % 2, OPTION % 3]
    tabs = bar.tabs
    start, end = tabs.tabRect(0).center(), tabs.tabRect(2).center() + QPoint(tabs.tabRect(2).width() // 2, 0)
    count = window.undo_stack.count()
    qtbot.mousePress(tabs, Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 11):
        qtbot.mouseMove(tabs, start + (end - start) * step / 10)
    qtbot.mouseRelease(tabs, Qt.MouseButton.LeftButton, pos=end)
    assert names(window)[-1] == OPTION % 1 and window.undo_stack.count() == count + 1
    window.a_undo.trigger()
    assert names(window) == [OPTION % 1, OPTION % 2, OPTION % 3] and tab_texts(window) == names(window)


def test_a_two_option_deal_saves_and_reopens_the_same(scenario_window, make_window, qtbot, dialogs, sample, tmp_path):
    window = scenario_window
    window.options_bar.a_duplicate.trigger()
    choose(qtbot, window.policy_bar.deployment, "private")
    window.options_bar.a_recommend.trigger()
    target = tmp_path / "two.yaml"
    dialogs.answer("ask_save_path", target)
    window.a_save.trigger()
    assert not window.isWindowModified()
    deal, _ = load_deal(target)
    assert deal == window.document.deal and len(deal.options) == 2

    other = make_window(sample)
    open_file(other, dialogs, target)
    assert to_text(other.document.deal) == to_text(window.document.deal)
    assert other.document.current == 1  # opened at the recommended option
    assert tab_texts(other) == [OPTION % 1, "★ " + COPY]
    other.a_save.trigger()
    assert target.read_text(encoding="utf-8") == to_text(deal)


def test_a_one_option_file_opened_and_saved_is_unchanged(window, dialogs, sample, tmp_path):
    target = tmp_path / "one.yaml"
    written = to_text(from_scenario(sample, SCENARIO, "一个方案").solution).encode("utf-8")
    target.write_bytes(written)
    open_file(window, dialogs, target)
    assert len(window.document.deal.options) == 1 and window.options_bar.tabs.count() == 1
    window.editor.edit_solution(customer=window.document.solution.customer)  # a step, so Save writes
    window.a_save.trigger()
    assert target.read_bytes() == written


def test_autosave_and_recovery_keep_every_option(scenario_window, make_window, sample, dialogs):
    window = scenario_window
    window.options_bar.a_duplicate.trigger()
    assert window.files.autosave()
    text = window.files.recovery.file.read_text(encoding="utf-8")
    assert text == to_text(window.document.deal)
