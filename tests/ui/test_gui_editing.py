"""Composing a solution in the window: new, add, remove, undoable edits, one-click fixes and the selection.

The window is driven the way a user drives it (DESIGN.md §2, §5, §7; STYLE.md pattern 11): every
test builds a MainWindow on the shipped sample catalog (or a copy of it in tmp_path), with settings
in a temporary ini file, recovery files below tmp_path and the language "zh". Every modal question
goes through a DialogGuard (tests/gui_helpers.py): a question the test did not prepare an answer
for fails the test. Assertions are on the document (solution, evaluation, undo stack), never on
pixels, except for the `--screenshot` check.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from gui_helpers import (
    SCENARIO,
    add_from_catalog,
    bom_line,
    catalog_rows,
    choose,
    click_node,
    click_row,
    explicit_ids,
    finding_keys,
    findings,
    fix_from_the_panel,
    ids,
    one_undo_step,
    open_file,
    requires_closure,
    retype,
    type_text,
    write_solution,
)
from pypdf import PdfReader
from PySide6.QtCore import QMimeData, QPoint, Qt
from PySide6.QtTest import QTest

from configurator.core.catalog import Thresholds
from configurator.core.codes import catalog_names, translated
from configurator.core.resolve import allowed_modes, dependency_graph, from_scenario
from configurator.core.solution_file import load_solution
from configurator.translations import tr
from configurator.ui.graph.scene import CAPABILITY_MIME

# The offscreen platform plugin warns when a shown window with docks propagates size hints;
# that is the headless test platform speaking, not the app.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")


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
    assert window.undo_stack.count() == 0 and window.isWindowModified()  # not saved anywhere yet


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
    window.editor.add("sol-virtual-branch")  # pulls in a chain of requires
    evaluation = window.document.evaluation
    chains = {
        item.capability: evaluation.why[item.capability] for item in window.document.solution.items if not item.explicit
    }
    assert any(len(chain) > 2 for chain in chains.values())  # a transitive one among them
    assert not any(node.toolTip() for node in window.scene.nodes.values())  # made on hover, not per edit
    for ident, chain in chains.items():
        tip = hover(window, ident)
        assert chain[0] in explicit_ids(window.document.solution) and chain[-1] == ident
        names = [sample.capabilities[c].name.zh for c in chain]
        assert " → ".join(names) in tip and tip.startswith(f"{sample.capabilities[ident].name.zh} ({ident})")
    for ident in explicit_ids(window.document.solution):
        assert "→" not in hover(window, ident)
    noted = {f.subject for f in evaluation.findings if f.subject in window.scene.nodes}
    assert noted  # the scenario has findings on its items (recommendations)
    for ident in noted:
        tip = hover(window, ident)
        for finding in evaluation.findings:
            if finding.subject == ident:
                assert translated(finding, tr, catalog_names(sample, "zh")).message in tip


def test_a_hovered_node_keeps_its_tooltip_true_across_an_edit(scenario_window):
    window = scenario_window
    window.show()
    ident = next(i.capability for i in window.document.solution.items if not i.explicit)
    assert "→" in hover(window, ident)
    window.editor.add(ident)  # chosen explicitly now, while the pointer stays on its node
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


def test_the_catalog_context_menu_and_a_drop_on_the_graph_add_the_inspector_removes(window, qtbot):
    panel = window.catalog_panel
    panel.tree.setCurrentIndex(catalog_rows(panel)["db-redis"])
    panel.add_action.trigger()  # the row's context menu: "Add to solution"
    assert explicit_ids(window.document.solution) == {"db-redis"} and window.selection.current == "db-redis"
    data = QMimeData()
    data.setData(CAPABILITY_MIME, b"ai-asr")
    window.scene.dropEvent(SimpleNamespace(mimeData=lambda: data, acceptProposedAction=lambda: None))
    assert explicit_ids(window.document.solution) == {"db-redis", "ai-asr"} and window.selection.current == "ai-asr"
    qtbot.mouseClick(window.inspector.remove, Qt.MouseButton.LeftButton)  # "Remove from solution"
    assert explicit_ids(window.document.solution) == {"db-redis"} and window.selection.current == ""
    assert window.undo_stack.count() == 3


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
        window.editor.edit_item(ident, notes=note)
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


def test_notes_are_committed_when_the_focus_leaves_them(scenario_window, qtbot):
    window = scenario_window
    click_node(qtbot, window, "sol-scf-platform")
    notes = window.inspector.notes
    window.activateWindow()
    notes.setFocus()
    qtbot.waitUntil(notes.hasFocus)
    qtbot.keyClicks(notes, "two data centres")
    assert window.document.solution.item("sol-scf-platform").notes == ""  # within the pause
    window.inspector.quantity.setFocus()
    assert window.document.solution.item("sol-scf-platform").notes == "two data centres"
    assert not window.inspector._notes_timer.isActive() and window.undo_stack.count() == 1


def test_a_customer_name_still_being_typed_is_in_the_saved_file_and_the_pdf(scenario_window, qtbot, dialogs, tmp_path):
    window = scenario_window
    window.selection.select(None)
    field = window.inspector.customer_name
    window.activateWindow()
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    field.selectAll()
    qtbot.keyClicks(field, "Rural Bank")
    dialogs.answer("ask_save_path", tmp_path / "saved.yaml")
    window.a_save.trigger()  # the field still has the focus: no editingFinished yet
    saved, _ = load_solution(tmp_path / "saved.yaml")
    assert saved.customer.name == "Rural Bank"
    qtbot.keyClicks(field, " II")
    dialogs.answer("ask_author", "")
    dialogs.answer("ask_save_path", tmp_path / "proposal.pdf")
    job = window.exports.pdf()
    with qtbot.waitSignal(job.sig_finished, timeout=60_000):
        pass
    assert window.document.solution.customer.name == "Rural Bank II"
    text = "".join(page.extract_text() or "" for page in PdfReader(tmp_path / "proposal.pdf").pages)
    assert "RuralBankII" in "".join(text.split())  # on the cover, not only in the cut page header


def test_remove_item_follows_the_selection(scenario_window, qtbot):
    window = scenario_window
    window.selection.select(None)
    assert not window.a_remove.isEnabled()
    click_node(qtbot, window, "esign")
    assert window.a_remove.isEnabled()
    window.selection.select(None)
    assert not window.a_remove.isEnabled()


def test_notes_typed_just_before_closing_are_asked_about(scenario_window, qtbot, dialogs):
    window = scenario_window
    click_node(qtbot, window, "sol-scf-platform")
    type_text(qtbot, window.inspector.notes, "两地三中心")
    dialogs.answer("ask_unsaved", "cancel")
    assert not window.close()  # within the pause: the question knows of the notes
    assert window.document.solution.item("sol-scf-platform").notes == "两地三中心"
    assert len(dialogs.called("ask_unsaved")) == 1


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
        window.editor.edit_item("sol-scf-platform", quantity=quantity)
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

    after = one_undo_step(window, lambda: window.editor.apply_fix(fixes[0]))

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

    after = one_undo_step(window, lambda: window.editor.apply_fix(remove_arm))

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
