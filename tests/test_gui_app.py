"""The desktop app driven the way a user drives it (DESIGN.md §2, §5, §7; STYLE.md pattern 11).

Every test builds a MainWindow on the shipped sample catalog (or a copy of it in tmp_path),
with settings in a temporary ini file, recovery files below tmp_path and the language "zh".
Every modal question goes through a DialogGuard: a question the test did not prepare an
answer for fails the test instead of opening a dialog. Widgets are driven with keys and mouse
clicks; assertions are on the document (solution, evaluation, undo stack), never on pixels,
except for the `--screenshot` check at the end.
"""

from __future__ import annotations

import gc
import json
import os
import shutil
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from gui_helpers import (
    SCENARIO,
    DialogGuard,
    add_from_catalog,
    catalog_rows,
    choose,
    click_node,
    click_row,
    fix_from_the_panel,
    refuse_writes_in,
    retype,
    shown_capabilities,
    snapshot,
    type_text,
    write_solution,
)
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtGui import QCloseEvent, QFont, QFontMetrics, QGuiApplication, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from configurator.cli import main as cli_main
from configurator.core.catalog import Catalog, Thresholds
from configurator.core.catalog_load import load_catalog
from configurator.core.codes import translated
from configurator.core.resolve import add_item, allowed_modes, dependency_graph, from_scenario
from configurator.core.solution import Solution
from configurator.core.solution_file import load_solution, parse_solution, to_text
from configurator.export.fonts import cjk_family
from configurator.paths import catalog_dir
from configurator.translations import tr
from configurator.ui.commands import EditItemCommand
from configurator.ui.launch import launch, offer_recovery, parse, start
from configurator.ui.main_window import MainWindow
from configurator.ui.recovery import RecoveryStore
from configurator.ui.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
CTRL = Qt.KeyboardModifier.ControlModifier
TIMEOUT = 60  # seconds; a hang guard for the crash subprocess, not a performance assertion

# The offscreen platform plugin warns when a shown window with docks propagates size hints;
# that is the headless test platform speaking, not the app.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")


# --------------------------------------------------------------------------- fixtures


@pytest.fixture
def scenario_window(window, dialogs) -> MainWindow:
    """File → New with the supply-chain-finance scenario chosen in the gallery."""
    dialogs.answer("scenario", SCENARIO)
    window.new()
    return window


@pytest.fixture
def catalog_copy(tmp_path: Path) -> Path:
    return Path(shutil.copytree(catalog_dir(), tmp_path / "catalog"))


# --------------------------------------------------------------------------- helpers


def ids(solution: Solution) -> set[str]:
    return {i.capability for i in solution.items if i.valid}


def explicit_ids(solution: Solution) -> set[str]:
    return {i.capability for i in solution.items if i.valid and i.explicit}


def requires_closure(catalog: Catalog, capability: str) -> set[str]:
    """The capability and everything it transitively requires (interfaces by their default)."""
    seen, stack = set(), [capability]
    while stack:
        ident = stack.pop()
        if ident in catalog.interfaces:
            ident = catalog.interfaces[ident].default
        if ident in seen:
            continue
        seen.add(ident)
        stack.extend(catalog.capabilities[ident].requires)
    return seen


def one_undo_step(window: MainWindow, act) -> Solution:
    """Run a user action; it must be exactly one undo step that undoes and redoes exactly."""
    before = snapshot(window.document.solution)
    count = window.undo_stack.count()
    act()
    after = snapshot(window.document.solution)
    assert after != before, "the action changed nothing"
    assert window.undo_stack.count() == count + 1
    window.a_undo.trigger()
    assert snapshot(window.document.solution) == before
    window.a_redo.trigger()
    assert snapshot(window.document.solution) == after
    return after[0]


def findings(window: MainWindow, code: str) -> list:
    return [f for f in window.document.evaluation.findings if f.code == code]


def finding_keys(window: MainWindow) -> list[tuple]:
    return [(f.code, f.subject, f.message) for f in window.document.evaluation.findings]


def bom_line(window: MainWindow, capability: str):
    lines = window.document.evaluation.bom.lines
    return next(line for line in lines if line.capability == capability)


def open_file(window: MainWindow, dialogs: DialogGuard, path: Path) -> None:
    """File → Open, answering the file dialog with `path`."""
    dialogs.answer("ask_open_path", path)
    window.a_open.trigger()


# --------------------------------------------------------------------------- new, add, remove


def test_new_from_a_scenario_draws_one_node_per_item_and_every_dependency(window, dialogs, sample):
    dialogs.answer("scenario", SCENARIO)
    window.new()
    solution = window.document.solution
    assert dialogs.called("scenario")
    assert solution == from_scenario(sample, SCENARIO, sample.scenarios[SCENARIO].name.zh).solution
    assert set(window.scene.nodes) == ids(solution)
    assert len(window.scene.nodes) == len(solution.items)
    expected_edges = set(dependency_graph(sample, solution).edges)
    assert expected_edges and set(window.scene.edges) == expected_edges
    assert window.undo_stack.count() == 0 and not window.isWindowModified()


def hover(window, ident: str) -> str:
    """Move the pointer onto the node of `ident` (from elsewhere) and give the tooltip it then has."""
    view, node = window.view, window.scene.nodes[ident]
    view.centerOn(node)
    QTest.mouseMove(view.viewport(), QPoint(1, 1))
    QTest.mouseMove(view.viewport(), view.mapFromScene(node.sceneBoundingRect().center()))
    assert node.hovered
    return node.toolTip()


def test_hovering_a_node_tells_why_it_is_there_and_what_is_wrong_with_it(scenario_window, sample):
    window = scenario_window
    window.show()
    window.add("sol-virtual-branch")  # pulls in a chain of requires
    evaluation = window.document.evaluation
    chains = {
        item.capability: evaluation.why[item.capability] for item in window.document.solution.items if not item.explicit
    }
    assert any(len(chain) > 2 for chain in chains.values())  # a transitive one among them
    assert not any(node.toolTip() for node in window.scene.nodes.values())  # made on hover, not per edit
    for ident, chain in chains.items():
        tip = hover(window, ident)
        assert chain[0] in explicit_ids(window.document.solution) and chain[-1] == ident
        assert " → ".join(chain) in tip and tip.startswith(f"{sample.capabilities[ident].name.zh} ({ident})")
    for ident in explicit_ids(window.document.solution):
        assert "→" not in hover(window, ident)
    noted = {f.subject for f in evaluation.findings if f.subject in window.scene.nodes}
    assert noted  # the scenario has findings on its items (recommendations)
    for ident in noted:
        tip = hover(window, ident)
        for finding in evaluation.findings:
            if finding.subject == ident:
                assert translated(finding, tr).message in tip


def test_a_hovered_node_keeps_its_tooltip_true_across_an_edit(scenario_window):
    window = scenario_window
    window.show()
    ident = next(i.capability for i in window.document.solution.items if not i.explicit)
    assert "→" in hover(window, ident)
    window.add(ident)  # chosen explicitly now, while the pointer stays on its node
    assert window.scene.nodes[ident].hovered
    tip = window.scene.nodes[ident].toolTip()
    assert "→" not in tip and tr("Chosen explicitly") in tip


def test_adding_from_the_catalog_pulls_in_dependencies_in_one_undo_step(window, qtbot, sample):
    wanted = requires_closure(sample, "ai-digital-human")
    assert len(wanted) > 4  # direct and transitive dependencies: the point of the test

    def add() -> None:
        add_from_catalog(qtbot, window.catalog_panel, "ai-digital-human")
        assert window.selection.current == "ai-digital-human"  # the new item is selected

    after = one_undo_step(window, add)

    assert ids(after) == wanted
    assert explicit_ids(after) == {"ai-digital-human"}
    assert set(window.scene.nodes) == wanted
    assert set(window.scene.edges) == set(dependency_graph(sample, after).edges)


def test_double_clicking_a_catalog_row_adds_it(window, qtbot, sample):
    after = one_undo_step(window, lambda: add_from_catalog(qtbot, window.catalog_panel, "db-redis", how="double-click"))
    assert ids(after) == requires_closure(sample, "db-redis")
    assert explicit_ids(after) == {"db-redis"}


def test_removing_a_node_drops_only_the_auto_items_it_alone_needed(window, qtbot, sample):
    panel = window.catalog_panel
    for capability in ("db-redis", "ai-asr", "ai-digital-human"):
        add_from_catalog(qtbot, panel, capability)
    solution = window.document.solution
    assert explicit_ids(solution) == {"db-redis", "ai-asr", "ai-digital-human"}
    assert {"ai-tts", "ai-nlp-knowledge-engine", "compute-cvm"} <= ids(solution)

    def delete_node() -> None:
        click_node(qtbot, window, "ai-digital-human")
        assert window.selection.current == "ai-digital-human"
        qtbot.keyClick(window.view, Qt.Key.Key_Delete)

    after = one_undo_step(window, delete_node)
    # ai-tts and the knowledge engine were there only for the digital human; the explicit
    # ai-asr stays, and so does compute-cvm, which db-redis still needs.
    assert ids(after) == requires_closure(sample, "db-redis") | {"ai-asr"}
    assert explicit_ids(after) == {"db-redis", "ai-asr"}
    assert set(window.scene.nodes) == ids(after)
    assert set(window.scene.edges) == set(dependency_graph(sample, after).edges)


# --------------------------------------------------------------------------- undoable edits


def test_each_mode_names_its_price_model_on_hover(scenario_window, qtbot):
    window = scenario_window
    click_node(qtbot, window, "db-tdsql-distributed")
    mode = window.inspector.mode
    tips = {mode.itemData(i): mode.itemData(i, Qt.ItemDataRole.ToolTipRole) for i in range(mode.count())}
    assert tips == {"PUB": "按实例月", "PRV": "软件许可", "HYB": "按实例月"}  # IM, LIC and IM, in Chinese


def test_changing_the_mode_in_the_inspector_is_one_undo_step(scenario_window, qtbot):
    window = scenario_window
    click_node(qtbot, window, "db-tdsql-distributed")
    assert window.document.solution.item("db-tdsql-distributed").mode == "PUB"
    quantity, mode = window.inspector.quantity, window.inspector.mode
    assert quantity.suffix() == " 实例" and mode.currentText() == "PUB · 实例"  # the catalog's units, in Chinese
    after = one_undo_step(window, lambda: choose(qtbot, window.inspector.mode, "PRV"))
    assert after.item("db-tdsql-distributed").mode == "PRV"
    assert window.inspector.mode.currentData() == "PRV"
    assert quantity.suffix() == " CPU 核" and mode.currentText() == "PRV · CPU 核"  # the quantity now counts cores


def _type_notes(qtbot, window, text: str) -> None:
    type_text(qtbot, window.inspector.notes, text)
    # The notes are committed after a pause in typing.
    qtbot.waitUntil(lambda: window.document.solution.item("sol-scf-platform").notes == text, timeout=3000)


def test_selecting_items_never_edits_their_notes(scenario_window, qtbot):
    window = scenario_window
    for ident, note in (("sol-scf-platform", "平台备注"), ("esign", "签章备注")):
        window.push(EditItemCommand(window.document, ident, notes=note))
    steps = window.undo_stack.count()
    for ident in ("sol-scf-platform", "esign", "sol-scf-platform", None, "esign"):
        window.selection.select(ident)
        assert not window.inspector._notes_timer.isActive()  # no commit of notes is pending
    solution = window.document.solution
    assert (solution.item("sol-scf-platform").notes, solution.item("esign").notes) == ("平台备注", "签章备注")
    assert window.undo_stack.count() == steps


def test_notes_go_to_the_item_they_were_typed_for(scenario_window, qtbot):
    window = scenario_window
    click_node(qtbot, window, "sol-scf-platform")
    type_text(qtbot, window.inspector.notes, "两地三中心")
    click_node(qtbot, window, "esign")  # at once, before the pause commits them
    solution = window.document.solution
    assert (solution.item("sol-scf-platform").notes, solution.item("esign").notes) == ("两地三中心", "")
    assert window.inspector.notes.toPlainText() == ""  # the box shows esign's own notes


def test_notes_typed_just_before_saving_are_saved(scenario_window, qtbot, dialogs, tmp_path):
    window = scenario_window
    click_node(qtbot, window, "sol-scf-platform")
    type_text(qtbot, window.inspector.notes, "two data centres")
    dialogs.answer("ask_save_path", tmp_path / "saved.yaml")
    window.a_save.trigger()  # within the pause
    saved, _ = load_solution(tmp_path / "saved.yaml")
    assert saved.item("sol-scf-platform").notes == "two data centres"
    assert not window.isWindowModified()


INSPECTOR_EDITS = {
    "quantity": (lambda qtbot, w: retype(qtbot, w.inspector.quantity, "12"), lambda item: item.quantity == 12),
    "discount": (
        lambda qtbot, w: retype(qtbot, w.inspector.discount, "15"),
        lambda item: item.discount == pytest.approx(0.15),
    ),
    "delivered_by": (
        lambda qtbot, w: choose(qtbot, w.inspector.delivered_by, "delivery"),
        lambda item: item.delivered_by == "delivery",
    ),
    "customized": (
        lambda qtbot, w: qtbot.keyClick(w.inspector.customized, Qt.Key.Key_Space),
        lambda item: item.customized is True,
    ),
    "notes": (
        lambda qtbot, w: _type_notes(qtbot, w, "客户要求两地三中心"),
        lambda item: item.notes == "客户要求两地三中心",
    ),
}


@pytest.mark.parametrize("field", list(INSPECTOR_EDITS))
def test_an_inspector_edit_is_one_undo_step(scenario_window, qtbot, field):
    window = scenario_window
    click_node(qtbot, window, "sol-scf-platform")
    edit, check = INSPECTOR_EDITS[field]
    before = window.document.solution
    after = one_undo_step(window, lambda: edit(qtbot, window))
    assert check(after.item("sol-scf-platform"))
    # Nothing else changed: the edit touched one field of one item.
    assert after.policy == before.policy
    assert [i for i in after.items if i.capability != "sol-scf-platform"] == [
        i for i in before.items if i.capability != "sol-scf-platform"
    ]


def test_fifty_merged_quantity_edits_keep_two_evaluations_and_undo_at_once(scenario_window):
    window = scenario_window
    before = window.document.solution
    for quantity in range(2, 52):
        window.push(EditItemCommand(window.document, "sol-scf-platform", quantity=quantity))
    stack = window.undo_stack
    command = stack.command(stack.count() - 1)
    assert len(command._evaluations) == 2  # the ends only, not one per spin
    assert window.document.solution.item("sol-scf-platform").quantity == 51
    stack.undo()
    assert window.document.solution == before
    assert window.document.evaluation is command._evaluations[id(before)]  # shown without re-evaluating
    stack.redo()
    assert window.document.solution.item("sol-scf-platform").quantity == 51


def test_inspector_edits_change_the_bom_totals(scenario_window, qtbot):
    window = scenario_window
    click_node(qtbot, window, "sol-scf-platform")
    start = window.document.evaluation.bom.totals
    line = bom_line(window, "sol-scf-platform")
    assert line.quantity == 1 and line.discount == 0 and not line.partner and line.first_year > 0

    retype(qtbot, window.inspector.quantity, "3")
    totals = window.document.evaluation.bom.totals
    assert bom_line(window, "sol-scf-platform").first_year == pytest.approx(3 * line.first_year)
    assert totals.first_year == pytest.approx(start.first_year + 2 * line.first_year)
    assert totals.one_time == pytest.approx(start.one_time + 2 * line.one_time)
    assert totals.monthly == pytest.approx(start.monthly + 2 * line.monthly)

    retype(qtbot, window.inspector.discount, "25")
    totals = window.document.evaluation.bom.totals
    edited = 3 * 0.75 * line.first_year
    assert bom_line(window, "sol-scf-platform").first_year == pytest.approx(edited)
    assert totals.first_year == pytest.approx(start.first_year - line.first_year + edited)

    choose(qtbot, window.inspector.delivered_by, "delivery")
    totals = window.document.evaluation.bom.totals
    assert bom_line(window, "sol-scf-platform").partner
    assert totals.first_year == pytest.approx(start.first_year - line.first_year + edited)
    assert totals.partner_first_year == pytest.approx(start.partner_first_year + edited)
    assert totals.vendor_first_year == pytest.approx(start.vendor_first_year - line.first_year)
    assert totals.partner_share == pytest.approx(totals.partner_first_year / totals.first_year)
    assert window.undo_stack.count() == 3


POLICY_EDITS = {
    "deployment": (
        lambda qtbot, bar: choose(qtbot, bar.deployment, "private"),
        lambda policy: policy.deployment == "private",
    ),
    "xinchuang": (lambda qtbot, bar: choose(qtbot, bar.xinchuang, "core"), lambda policy: policy.xinchuang == "core"),
    "network": (
        lambda qtbot, bar: choose(qtbot, bar.network, "air_gapped"),
        lambda policy: policy.network == "air_gapped",
    ),
    "partner_share": (
        lambda qtbot, bar: (retype(qtbot, bar.warn, "30"), qtbot.keyClick(bar.warn, Qt.Key.Key_Return)),
        lambda policy: policy.partner_share == Thresholds(0.30, 0.60),
    ),
}


@pytest.mark.parametrize("field", list(POLICY_EDITS))
def test_a_policy_change_is_one_undo_step(scenario_window, qtbot, sample, field):
    window = scenario_window
    edit, check = POLICY_EDITS[field]
    after = one_undo_step(window, lambda: edit(qtbot, window.policy_bar))
    assert check(after.policy)
    if field == "deployment":  # pulled-in items moved to modes a private cloud allows, same step
        moved = 0
        for item in after.items:
            allowed = allowed_modes(sample.capabilities[item.capability], after.policy)
            if not item.explicit and allowed:  # (an item with no allowed mode keeps its own)
                assert item.mode in allowed
                moved += 1
        assert moved


# --------------------------------------------------------------------------- one-click fixes


def test_the_fix_for_a_missing_dependency_adds_it(window, dialogs, tmp_path):
    path = write_solution(
        tmp_path / "missing.yaml",
        window.document.catalog,
        "  - {capability: esign, mode: SAAS, quantity: 1, origin: explicit}\n",
    )
    open_file(window, dialogs, path)
    [finding] = findings(window, "DEP-REQ-001")
    assert finding.subject == "esign"
    before = finding_keys(window)
    fixes = window.findings_panel.fixes(finding)
    assert [(f.kind, f.target) for f in fixes] == [("add_auto", "comm-sms")]

    after = one_undo_step(window, lambda: window.findings_panel.apply(fixes[0]))

    assert not findings(window, "DEP-REQ-001")
    assert not after.item("comm-sms").explicit
    assert "comm-sms" in window.scene.nodes
    window.a_undo.trigger()
    assert finding_keys(window) == before


def test_the_fix_for_a_conflict_removes_one_of_the_pair(window, qtbot):
    panel = window.catalog_panel
    add_from_catalog(qtbot, panel, "hw-domestic-servers-arm")
    add_from_catalog(qtbot, panel, "hw-domestic-servers-c86", how="double-click")
    assert explicit_ids(window.document.solution) == {"hw-domestic-servers-arm", "hw-domestic-servers-c86"}
    [finding] = findings(window, "CON-EXCL-005")
    before = finding_keys(window)
    fixes = window.findings_panel.fixes(finding)
    assert {(f.kind, f.target) for f in fixes} == {
        ("remove", "hw-domestic-servers-arm"),
        ("remove", "hw-domestic-servers-c86"),
    }
    remove_arm = next(f for f in fixes if f.target == "hw-domestic-servers-arm")

    after = one_undo_step(window, lambda: window.findings_panel.apply(remove_arm))

    assert not findings(window, "CON-EXCL-005")
    assert ids(after) == {"hw-domestic-servers-c86"}
    assert set(window.scene.nodes) == {"hw-domestic-servers-c86"}
    window.a_undo.trigger()
    assert finding_keys(window) == before


def test_the_fix_for_a_mode_not_offered_switches_mode(window, qtbot, dialogs, tmp_path):
    path = write_solution(
        tmp_path / "mode.yaml",
        window.document.catalog,
        "  - {capability: ai-invoice-verification, mode: PRV, quantity: 1, origin: explicit}\n",
    )
    open_file(window, dialogs, path)
    [finding] = findings(window, "MODE-AVAIL-010")
    before = finding_keys(window)
    panel = window.findings_panel
    fixes = panel.fixes(finding)
    assert [(f.kind, f.target, f.value) for f in fixes] == [("mode", "ai-invoice-verification", "PUB")]

    after = one_undo_step(window, lambda: fix_from_the_panel(qtbot, window, finding))

    assert after.item("ai-invoice-verification").mode == "PUB"
    assert not findings(window, "MODE-AVAIL-010")
    window.a_undo.trigger()
    assert finding_keys(window) == before


# --------------------------------------------------------------------------- selection


def test_selecting_a_node_selects_its_bom_row_and_fills_the_inspector(scenario_window, qtbot, sample):
    window = scenario_window
    click_node(qtbot, window, "esign")
    assert window.selection.current == "esign"
    bom = window.bom_panel
    rows = bom.table.selectionModel().selectedRows()
    assert [bom.model.lines[bom.proxy.mapToSource(r).row()].capability for r in rows] == ["esign"]
    item = window.document.solution.item("esign")
    inspector = window.inspector
    assert inspector.title.text() == sample.capabilities["esign"].name.zh
    assert "esign" in inspector.details.text()
    assert inspector.mode.isEnabled() and inspector.mode.currentData() == item.mode
    assert inspector.quantity.value() == item.quantity


def test_selecting_a_bom_row_selects_its_node(scenario_window, qtbot, sample):
    window = scenario_window
    bom = window.bom_panel
    row = next(r for r, line in enumerate(bom.model.lines) if line.capability == "api-gateway")
    click_row(qtbot, bom.table, bom.proxy.mapFromSource(bom.model.index(row, 0)))
    assert window.selection.current == "api-gateway"
    assert [n for n, node in window.scene.nodes.items() if node.isSelected()] == ["api-gateway"]
    assert window.inspector.title.text() == sample.capabilities["api-gateway"].name.zh


# --------------------------------------------------------------------------- files


def test_save_and_reopen_give_the_same_solution(scenario_window, make_window, qtbot, dialogs, sample, tmp_path):
    window = scenario_window
    add_from_catalog(qtbot, window.catalog_panel, "ai-digital-human")
    click_node(qtbot, window, "esign")
    retype(qtbot, window.inspector.quantity, "20000")
    assert window.isWindowModified() and "[*]" in window.windowTitle()

    target = tmp_path / "saved.yaml"
    dialogs.answer("ask_save_path", target)
    window.a_save.trigger()
    assert target.is_file()
    assert not window.isWindowModified()
    assert "saved.yaml" in window.windowTitle()
    saved = snapshot(window.document.solution)

    retype(qtbot, window.inspector.quantity, "30000")
    assert window.isWindowModified()
    window.a_save.trigger()  # the file has a name now: saved there without asking again
    assert len(dialogs.called("ask_save_path")) == 1
    assert not window.isWindowModified()
    saved = snapshot(window.document.solution)

    other = make_window(sample)
    open_file(other, dialogs, target)
    assert snapshot(other.document.solution) == saved
    assert other.document.path == target and not other.isWindowModified()


@pytest.mark.parametrize("fmt", ["yaml", "json", "csv"])
def test_the_bom_exports_from_the_file_menu_as_the_cli_writes_it(scenario_window, dialogs, tmp_path, fmt):
    import importlib

    window = scenario_window
    dialogs.answer("ask_save_path", tmp_path / "bom")  # the suffix is added when left out
    window.a_exports[fmt].trigger()
    written = tmp_path / f"bom.{fmt}"
    writer = importlib.import_module(f"configurator.export.{fmt}_bom")
    assert written.read_bytes() == writer.render(window.document.evaluation.bom, window.lang)
    assert window.statusBar().currentMessage() == f"Exported {written}"
    assert sorted(p.name for p in tmp_path.iterdir()) == [written.name]


def test_a_bom_export_to_a_missing_folder_shows_an_error(scenario_window, dialogs, tmp_path):
    out = tmp_path / "missing" / "bom.csv"
    dialogs.answer("ask_save_path", out)
    dialogs.answer("show_error", None)
    scenario_window.a_exports["csv"].trigger()
    [(_, _, message)] = dialogs.called("show_error")
    assert str(out) in message and not out.parent.exists()


def test_closing_with_unsaved_changes_asks_first(scenario_window, qtbot, dialogs):
    window = scenario_window
    add_from_catalog(qtbot, window.catalog_panel, "comm-trtc")
    edited = snapshot(window.document.solution)

    dialogs.answer("ask_unsaved", "cancel")
    assert not window.close()
    assert window.isVisible()
    event = QCloseEvent()
    window.closeEvent(event)
    assert not event.isAccepted()
    assert len(dialogs.called("ask_unsaved")) == 2
    assert snapshot(window.document.solution) == edited and window.isWindowModified()

    dialogs.answer("ask_unsaved", "discard")
    assert window.close()
    assert not window.isVisible()


def test_closing_without_changes_does_not_ask(scenario_window, dialogs):
    assert scenario_window.close()
    assert not dialogs.called("ask_unsaved")


def test_opening_a_broken_file_shows_findings_and_keeps_the_solution(scenario_window, dialogs, tmp_path):
    window = scenario_window
    broken = tmp_path / "broken.yaml"
    broken.write_text("format: solution/1\nname: [unclosed\nitems:\n", encoding="utf-8")
    before, count = snapshot(window.document.solution), window.undo_stack.count()
    dialogs.answer("show_findings", None)

    open_file(window, dialogs, broken)

    [(parent, title, intro, shown)] = dialogs.called("show_findings")
    assert parent is window and shown
    assert all(f.severity.value == "error" for f in shown)
    assert snapshot(window.document.solution) == before
    assert window.document.path is None and window.undo_stack.count() == count


def test_autosave_writes_a_recovery_file_that_a_clean_save_removes(scenario_window, qtbot, dialogs, tmp_path):
    window = scenario_window
    recovery = window.files.recovery
    add_from_catalog(qtbot, window.catalog_panel, "comm-trtc")
    window.files.autosave()
    assert recovery.file.is_file()
    recovered = parse_solution(recovery.file.read_text(encoding="utf-8"), "r")[0]
    assert recovered == window.document.solution
    assert json.loads(recovery.meta.read_text(encoding="utf-8"))["pid"] == os.getpid()

    dialogs.answer("ask_save_path", tmp_path / "clean.yaml")
    window.a_save.trigger()
    assert not recovery.file.exists() and not recovery.meta.exists()
    window.files.autosave()  # nothing unsaved: nothing to recover
    assert not recovery.file.exists()


CRASH_SCRIPT = textwrap.dedent("""\
    import os, sys
    from PySide6.QtWidgets import QApplication
    from configurator.core.catalog_load import load_catalog
    from configurator.core.solution_file import to_text
    from configurator.paths import catalog_dir
    from configurator.export.fonts import install_app_font
    from configurator.ui.main_window import MainWindow
    from configurator.ui.recovery import RecoveryStore
    from configurator.ui.settings import Settings, app_home

    scenario, capability = sys.argv[1:3]
    app = QApplication(sys.argv[:1])
    install_app_font(app)
    window = MainWindow(load_catalog(catalog_dir()).catalog, Settings(),
                        RecoveryStore(app_home() / "recovery"), "zh")
    window.files.new(scenario, "zh")
    window.add(capability)
    window.selection.select("sol-scf-platform")
    window.inspector.quantity.setValue(4)
    window.files.autosave()
    sys.stdout.write(to_text(window.document.solution))
    sys.stdout.flush()
    os._exit(1)  # a crash: no clean close, the recovery file stays behind
""")


def test_a_crashed_session_is_offered_back_at_the_next_start(window, dialogs, sample, tmp_path):
    home = tmp_path / "home"
    env = {
        **os.environ,
        "CONFIGURATOR_HOME": str(home),
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONIOENCODING": "utf-8",
        "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
    }
    run = subprocess.run(
        [sys.executable, "-c", CRASH_SCRIPT, SCENARIO, "ai-digital-human"],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=TIMEOUT,
    )
    assert run.returncode == 1, run.stderr
    edited = parse_solution(run.stdout, "edited.yaml")[0]
    template = from_scenario(sample, SCENARIO, sample.scenarios[SCENARIO].name.zh).solution
    expected = add_item(sample, template, "ai-digital-human").solution
    expected = expected.replace_item("sol-scf-platform", quantity=4)
    assert edited == expected

    store = RecoveryStore(home / "recovery")
    [orphan] = store.orphans()
    assert orphan.original is None

    dialogs.answer("ask_restore", True)
    offer_recovery(window, store)

    assert [args[1] for args in dialogs.called("ask_restore")] == [None]
    assert window.document.solution == edited
    assert window.files.modified and window.isWindowModified()
    assert store.orphans() == []  # offered once, then forgotten


def crashed_store(folder: Path, text: str, original: Path | None) -> RecoveryStore:
    """The recovery files a crashed session left: its process is gone."""
    store = RecoveryStore(folder)
    store.save(text, original)
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    store.meta.write_text(json.dumps({"pid": gone.pid, "original": str(original) if original else None}), "utf-8")
    return store


def test_recovered_work_that_cannot_be_read_is_kept_and_the_reason_shown(window, dialogs, tmp_path):
    store = crashed_store(tmp_path / "crashed", "items: [\n  - {capability: ai-asr\n", None)
    before = snapshot(window.document.solution)
    dialogs.answer("ask_restore", True)
    dialogs.answer("show_findings", None)

    offer_recovery(window, store)

    [(_, title, intro, shown)] = dialogs.called("show_findings")
    assert str(store.file) in intro and [f.code for f in shown] == ["YAML-SYNTAX-001"]
    assert [o.file for o in store.orphans()] == [store.file]  # kept, to be offered again
    assert snapshot(window.document.solution) == before and not window.files.modified


def test_recovered_work_is_an_unsaved_document_that_never_replaces_the_original(
    window, qtbot, dialogs, sample, tmp_path
):
    original = tmp_path / "十三项.yaml"
    full = to_text(from_scenario(sample, SCENARIO, "十三项").solution)
    original.write_text(full, encoding="utf-8")
    kept = original.read_bytes()
    cut = full[: full.index("bc-receivables-circulation") + 40]  # a recovery file cut short by the crash
    cut_solution, cut_findings = parse_solution(cut, "cut.yaml")
    assert cut_findings and len(cut_solution.items) == 2
    store = crashed_store(tmp_path / "crashed", cut, original)
    dialogs.answer("ask_restore", True)

    offer_recovery(window, store)

    assert window.document.path is None and window.files.modified and window.isWindowModified()
    assert window.document.solution == cut_solution
    shown = [(f.code, f.message) for f in window.findings_panel.model.findings]
    assert all((f.code, f.message) in shown for f in cut_findings)  # its findings are not hidden
    assert original.name in window.windowTitle() and str(original) in window.statusBar().currentMessage()
    dialogs.answer("ask_save_path", None)  # Save asks where; the user cancels
    window.a_save.trigger()
    assert [args[1] for args in dialogs.called("ask_save_path")] == [str(original)]
    assert original.read_bytes() == kept and window.files.modified
    dialogs.answer("ask_save_path", tmp_path / "recovered.yaml")
    window.a_save.trigger()
    assert original.read_bytes() == kept
    assert load_solution(tmp_path / "recovered.yaml")[0] == cut_solution and not window.files.modified
    assert original.name not in window.windowTitle()


def test_restored_work_keeps_its_old_recovery_file_until_this_session_has_saved_its_own(
    window, dialogs, sample, tmp_path, monkeypatch
):
    store = crashed_store(tmp_path / "crashed", to_text(from_scenario(sample, SCENARIO, "x").solution), None)
    [orphan] = store.orphans()
    # Patched on the class: an instance attribute holding the store's own bound method would be
    # a reference cycle, and a window freed later by the garbage collector in a worker thread
    # disables its file watcher's socket notifier from the wrong thread.
    disk = {"full": True}
    real_save = RecoveryStore.save
    monkeypatch.setattr(
        RecoveryStore, "save", lambda self, text, original: not disk["full"] and real_save(self, text, original)
    )
    dialogs.answer("ask_restore", True)

    offer_recovery(window, store)

    assert window.files.modified and orphan.file.exists()  # the only copy on disk is still there
    disk["full"] = False  # the disk has room again
    assert window.files.autosave() and window.files.recovery.file.exists()


def test_stale_temporary_files_of_crashed_autosaves_are_removed(tmp_path):
    folder = tmp_path / "recovery"
    folder.mkdir()
    an_hour_ago = time.time() - 3600
    stale = folder / ".recovery-0123456789ab.yaml.abcd1234.tmp"
    fresh = folder / ".recovery-ba9876543210.json.efgh5678.tmp"
    for path in (stale, fresh):
        path.write_bytes(b"half an autosave")
    os.utime(stale, (an_hour_ago, an_hour_ago))

    RecoveryStore(folder).orphans()

    assert not stale.exists() and fresh.exists()  # a fresh one may be a running session's


def test_a_save_removes_the_temporary_files_killed_saves_left(scenario_window, dialogs, tmp_path):
    target = tmp_path / "s.yaml"
    an_hour_ago = time.time() - 3600

    def temp(name: str, old: bool = True) -> Path:
        path = tmp_path / name
        path.write_bytes(b"half a save")
        if old:
            os.utime(path, (an_hour_ago, an_hour_ago))
        return path

    stale = [temp(".s.yaml.abcd1234.tmp"), temp(".s.yaml.zz_9x0yq.tmp")]
    kept = [
        temp(".s.yaml.k3j4h5g6.tmp", old=False),  # a save in another window, writing right now
        temp(".other.yaml.abcd1234.tmp"),  # another file's
        temp(".s.yaml.my notes.tmp"),  # not a name our saves give
    ]
    dialogs.answer("ask_save_path", target)
    scenario_window.a_save.trigger()
    assert load_solution(target)[0] == scenario_window.document.solution
    assert not any(p.exists() for p in stale) and all(p.exists() for p in kept)


# --------------------------------------------------------------------------- catalog reload


def test_reloading_a_broken_catalog_keeps_the_old_one(make_window, catalog_copy, dialogs, qtbot):
    window = make_window(load_catalog(catalog_copy).catalog)
    old = window.document.catalog
    (catalog_copy / "capabilities" / "ai.yaml").write_text("capabilities:\n  - id: [ai-asr\n", encoding="utf-8")
    dialogs.answer("show_findings", None)

    with qtbot.waitSignal(window.sig_catalog_loaded, timeout=30_000):
        window.a_reload.trigger()

    [(_, _, _, shown)] = dialogs.called("show_findings")
    assert any(f.severity.value == "error" and f.file and "ai.yaml" in f.file for f in shown)
    assert window.document.catalog is old
    assert "ai-digital-human" in shown_capabilities(window.catalog_panel)


def test_a_catalog_change_on_disk_is_noticed_and_reloaded(make_window, catalog_copy, qtbot):
    window = make_window(load_catalog(catalog_copy).catalog)
    add_from_catalog(qtbot, window.catalog_panel, "ai-asr")
    ai = catalog_copy / "capabilities" / "ai.yaml"
    text = ai.read_text(encoding="utf-8")
    assert text.count("zh: 语音识别 ASR}") == 1

    with qtbot.waitSignal(window.watcher.sig_changed_on_disk, timeout=5000):
        ai.write_text(text.replace("zh: 语音识别 ASR}", "zh: 智能语音识别}"), encoding="utf-8")
    assert window.banner.isVisible()

    with qtbot.waitSignal(window.sig_catalog_loaded, timeout=30_000):
        qtbot.mouseClick(window.banner.reload_button, Qt.MouseButton.LeftButton)  # "Reload catalog"

    assert window.document.catalog.capabilities["ai-asr"].name.zh == "智能语音识别"
    assert not window.banner.isVisible()
    assert window.scene.nodes["ai-asr"].look.title == "智能语音识别"
    assert window.document.solution.item("ai-asr").explicit
    type_text(qtbot, window.catalog_panel.search, "智能语音识别")
    assert shown_capabilities(window.catalog_panel) == {"ai-asr"}


def test_a_reload_shows_its_progress_and_keeps_the_window_usable(window, qtbot):
    edits = window.undo_stack.count()
    progress: list[tuple[int, int]] = []
    job = window.reload_catalog()
    job.sig_progress.connect(lambda done, total: progress.append((done, total)))
    assert window.load_bar.isVisible() and not window.a_reload.isEnabled()
    assert window.menuBar().isEnabled() and window.centralWidget().isEnabled() and window.docks["bom"].isEnabled()
    assert window.reload_catalog() is job  # the banner asking again joins the running load
    window.add("ai-asr")  # editing goes on meanwhile
    with qtbot.waitSignal(window.sig_catalog_loaded, timeout=30_000) as loaded:
        pass
    [result] = loaded.args
    assert window.document.catalog is result.catalog
    assert window.document.solution.item("ai-asr").explicit and window.undo_stack.count() == edits + 1
    assert not window.load_bar.isVisible() and window.a_reload.isEnabled()
    files = len(list(catalog_dir().rglob("*.yaml")))
    assert progress and progress[-1] == (files + 1, files + 1)
    assert [done for done, _ in progress] == sorted(done for done, _ in progress)


def _unreadable_catalog(*args, **kwargs):
    raise PermissionError(13, "Permission denied")


def test_a_reload_that_cannot_read_the_catalog_says_so_and_keeps_the_old_one(window, qtbot, dialogs, monkeypatch):
    old = window.document.catalog
    monkeypatch.setattr("configurator.ui.main_window.load_catalog", _unreadable_catalog)
    dialogs.answer("show_error", None)
    job = window.reload_catalog()
    with qtbot.waitSignal(job.sig_failed, timeout=30_000) as failed:
        pass
    assert failed.args == ["Permission denied"]
    [(_, title, message)] = dialogs.called("show_error")
    assert "Permission denied" in message
    assert window.document.catalog is old
    assert window.a_reload.isEnabled() and not window.load_bar.isVisible()


@pytest.fixture
def launched(settings, qtbot, monkeypatch, tmp_path):
    """Start the app as `configurator` does (without entering the event loop)."""
    monkeypatch.setenv("CONFIGURATOR_HOME", str(tmp_path / "home"))

    def launch_with(*argv: str) -> tuple[MainWindow, object]:
        _, window, job = start(parse(["--lang", "zh", *argv]), settings)
        qtbot.addWidget(window)
        return window, job

    yield launch_with
    gc.unfreeze()  # the launcher exempts what is alive once the catalog is in; give it back


def test_the_window_shows_at_once_and_the_catalog_loads_behind_it(launched, qtbot):
    exempt = gc.get_freeze_count()
    window, job = launched()
    assert window.isVisible() and not window.menuBar().isEnabled() and not window.docks["catalog"].isEnabled()
    triggered = []
    for action in (window.a_reload, window.a_find, window.a_open):
        action.triggered.connect(lambda *_, a=action: triggered.append(a))
    for key, modifier in ((Qt.Key.Key_F5, Qt.KeyboardModifier.NoModifier), (Qt.Key.Key_F, CTRL), (Qt.Key.Key_O, CTRL)):
        qtbot.keyClick(window, key, modifier)
    assert triggered == []  # no shortcut acts on the stand-in catalog
    assert window.document.catalog.capabilities == {}
    with qtbot.waitSignal(job.sig_finished, timeout=30_000):
        pass
    assert window.menuBar().isEnabled() and window.docks["catalog"].isEnabled()
    catalog = window.document.catalog
    assert catalog.root == catalog_dir() and len(catalog.capabilities) == len(
        load_catalog(catalog_dir()).catalog.capabilities
    )
    assert window.document.solution.catalog_id == catalog.id and window.document.solution.items == ()
    assert window.document.evaluation.findings == () and not window.files.modified
    assert "ai-asr" in shown_capabilities(window.catalog_panel)
    assert gc.get_freeze_count() > exempt + len(catalog.capabilities)  # the catalog is left out of full collections
    qtbot.keyClick(window, Qt.Key.Key_F, CTRL)
    assert triggered == [window.a_find]  # and the shortcuts work once the catalog is in


def test_a_solution_named_at_start_opens_once_the_catalog_is_in(launched, tmp_path, qtbot, sample):
    path = tmp_path / "方案.yaml"
    path.write_text(to_text(from_scenario(sample, SCENARIO, "供应链金融").solution), encoding="utf-8")
    window, job = launched(str(path))
    with qtbot.waitSignal(job.sig_finished, timeout=30_000):
        pass
    assert window.document.path == path and window.document.solution.name == "供应链金融"
    assert window.scene.nodes.keys() == ids(window.document.solution)


def test_work_left_by_a_crashed_session_is_offered_once_the_catalog_is_in(launched, qtbot, sample, dialogs, tmp_path):
    edited = add_item(sample, from_scenario(sample, SCENARIO, "崩溃前的方案").solution, "ai-digital-human").solution
    orphan = RecoveryStore(tmp_path / "home" / "recovery")
    orphan.save(to_text(edited), None)
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    orphan.meta.write_text(json.dumps({"pid": int(gone.stdout), "original": None}), encoding="utf-8")
    dialogs.answer("ask_restore", True)
    window, job = launched()
    assert dialogs.called("ask_restore") == []  # not over the stand-in catalog
    with qtbot.waitSignal(job.sig_finished, timeout=30_000):
        pass
    assert [args[1] for args in dialogs.called("ask_restore")] == [None]
    assert window.document.solution == edited and window.files.modified
    assert not orphan.file.exists()
    dialogs.answer("ask_unsaved", "discard")  # pytest-qt closes the window after the test


@pytest.mark.parametrize("blocked", ["a regular file", "not writable"])
def test_the_app_works_without_recovery_when_its_folder_cannot_be_used(
    launched, qtbot, dialogs, sample, tmp_path, monkeypatch, blocked
):
    folder = tmp_path / "home" / "recovery"
    folder.parent.mkdir()
    if blocked == "a regular file":
        folder.write_text("not a folder", encoding="utf-8")
    else:
        folder.mkdir()
        refuse_writes_in(monkeypatch, folder)
    path = write_solution(
        tmp_path / "s.yaml", sample, "  - {capability: comm-trtc, mode: PUB, quantity: 1, origin: explicit}\n"
    )
    window, job = launched(str(path))
    messages: list[str] = []
    window.statusBar().messageChanged.connect(messages.append)
    with qtbot.waitSignal(job.sig_finished, timeout=30_000):
        pass
    assert window.menuBar().isEnabled() and window.docks["catalog"].isEnabled()
    assert window.document.path == path
    window.add("ai-asr")
    window.files.autosave()
    assert window.files.modified
    warnings = [m for m in messages if str(folder) in m]
    assert len(warnings) == 1, messages  # said once, however often recovery failed

    dialogs.answer("ask_unsaved", "discard")
    assert window.close() and not window.isVisible()


def test_a_broken_catalog_at_start_is_explained_and_the_app_exits(
    launched, qtbot, monkeypatch, catalog_copy, dialogs, capsys
):
    (catalog_copy / "capabilities" / "ai.yaml").write_text("capabilities:\n  - id: [ai-asr\n", encoding="utf-8")
    exits: list[int] = []
    monkeypatch.setattr(QApplication, "exit", staticmethod(lambda code=0: exits.append(code)))
    dialogs.answer("show_findings", None)
    window, job = launched("--catalog", str(catalog_copy))
    with qtbot.waitSignal(job.sig_finished, timeout=30_000):
        pass
    assert exits == [1]
    [(_, title, message, shown)] = dialogs.called("show_findings")
    [syntax] = [f for f in shown if f.code == "YAML-SYNTAX-001"]
    assert (syntax.file, syntax.line) == ("capabilities/ai.yaml", 2)  # the end, where the parser gave up
    assert "capabilities/ai.yaml:2:16: error YAML-SYNTAX-001" in capsys.readouterr().err


def test_a_catalog_that_cannot_be_read_at_start_is_explained_and_the_app_exits(
    launched, qtbot, monkeypatch, dialogs, capsys
):
    monkeypatch.setattr("configurator.ui.main_window.load_catalog", _unreadable_catalog)
    exits: list[int] = []
    monkeypatch.setattr(QApplication, "exit", staticmethod(lambda code=0: exits.append(code)))
    dialogs.answer("show_error", None)
    window, job = launched()
    with qtbot.waitSignal(job.sig_failed, timeout=30_000):
        pass
    assert exits == [2]
    [(_, title, message)] = dialogs.called("show_error")
    assert "Permission denied" in message
    assert "the catalog could not be read: Permission denied" in capsys.readouterr().err


def test_closing_the_window_while_the_catalog_loads_cancels_the_load(launched, qtbot):
    window, job = launched()
    with qtbot.waitSignal(job.sig_cancelled, timeout=30_000):
        window.close()
    assert not job.running() and not window.isVisible()


# --------------------------------------------------------------------------- catalog panel


@pytest.mark.parametrize(
    "text, expected",
    [
        ("数智人", {"ai-digital-human"}),  # Chinese name
        ("cloud data warehouse", {"data-warehouse-olap"}),  # English name, any case
        ("ai-digital-human", {"ai-digital-human"}),  # id
        ("biometrics", {"ai-faceid-ekyc"}),  # tag
    ],
)
def test_catalog_search_by_name_id_and_tag(window, qtbot, text, expected):
    type_text(qtbot, window.catalog_panel.search, text)
    assert shown_capabilities(window.catalog_panel) == expected


def test_catalog_filters_narrow_the_rows(window, qtbot, sample):
    panel, caps = window.catalog_panel, sample.capabilities.values()
    assert shown_capabilities(panel) == set(sample.capabilities)
    facets = [
        (panel.category, "ai", {c.id for c in caps if c.category == "ai"}),
        (panel.deliverer, True, {c.id for c in caps if c.partner_delivered}),
        (panel.xinchuang, "certified", {c.id for c in caps if c.xinchuang.level == "certified"}),
        (panel.mode, "HYB", {c.id for c in caps if "HYB" in c.modes}),
    ]
    for combo, value, expected in facets:
        choose(qtbot, combo, value)
        assert expected and shown_capabilities(panel) == expected < set(sample.capabilities)
        choose(qtbot, combo, None)
        assert shown_capabilities(panel) == set(sample.capabilities)

    choose(qtbot, panel.category, "iaas")
    choose(qtbot, panel.mode, "HYB")
    both = {c.id for c in caps if c.category == "iaas" and "HYB" in c.modes}
    assert shown_capabilities(panel) == both
    assert both < {c.id for c in caps if c.category == "iaas"}
    qtbot.keyClicks(panel.search, "network")
    assert shown_capabilities(panel) == {
        c
        for c in both
        if "network" in " ".join([c, sample.capabilities[c].name.en, *sample.capabilities[c].tags]).lower()
    }
    assert catalog_rows(panel)  # still something to add


# --------------------------------------------------------------------------- BOM


def test_bom_copy_puts_a_tab_separated_table_on_the_clipboard(scenario_window, qtbot):
    window = scenario_window
    bom = window.document.evaluation.bom
    panel = window.bom_panel
    qtbot.mouseClick(panel.copy_button, Qt.MouseButton.LeftButton)
    rows = [row.split("\t") for row in QGuiApplication.clipboard().text().splitlines()]

    keys = list(panel.model.KEYS)
    assert rows[0] == panel.model.headers
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
