"""The policy bar and the compliance views of the desktop app, driven like a user.

Changing the deployment, Xinchuang level, network policy, public data class or CII flag in
the policy bar is one undoable step that re-resolves the solution; the findings panel, the
graph nodes' zone strips, bom.zones, the compliance panel and the status-bar indicator all
follow. Applying a compliant alternative from the findings panel is one undo step, and undo
brings the finding back.

The window fixtures come from conftest.py, the user-like drivers from gui_helpers.py and
test_gui_app.py.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from gui_helpers import add_from_catalog, choose, finding_keys, findings, fix_from_the_panel, one_undo_step, snapshot
from PySide6.QtCore import Qt

from configurator.core.fixes import fixes_for
from configurator.core.placement import (
    PUBLIC_MODES,
    ZONE_OF_MODE,
    ZONES,
    in_xinchuang_scope,
    required_levels,
)
from configurator.core.resolve import allowed_modes
from configurator.core.vocabulary import STATUS, word
from configurator.translations import tr
from configurator.ui.compliance_panel import indicator
from configurator.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")


# --------------------------------------------------------------------------- helpers


def start(window: MainWindow, dialogs, scenario: str) -> MainWindow:
    """File → New with `scenario` chosen in the gallery."""
    dialogs.answer("scenario", scenario)
    window.new()
    assert window.document.solution.scenario == scenario
    return window


def statuses(window: MainWindow) -> dict[str, str]:
    return {r.id: r.status for r in window.document.evaluation.compliance.requirements}


def failed(window: MainWindow) -> int:
    return sum(1 for s in statuses(window).values() if s == "fail")


def subjects(window: MainWindow, code: str) -> set[str]:
    return {f.subject for f in findings(window, code)}


def assert_views_follow_the_document(window: MainWindow) -> None:
    """Every view shows the document's current evaluation."""
    evaluation = window.document.evaluation
    solution = window.document.solution
    # findings panel
    in_order = sorted(evaluation.findings, key=lambda f: f.severity.rank)
    assert [f.params for f in window.findings_panel.model.findings] == [f.params for f in in_order]
    # graph: one node per item, its zone strip from the item's mode
    items = {i.capability: i for i in solution.items if i.valid}
    assert set(window.scene.nodes) == set(items)
    for ident, node in window.scene.nodes.items():
        assert node.look.zone == ZONE_OF_MODE[items[ident].mode], ident
    # bom.zones: each line in the zone of its mode
    zones = evaluation.bom.zones
    assert list(zones) == list(ZONES)
    for zone in ZONES:
        assert zones[zone]["capabilities"] == [
            line.capability for line in evaluation.bom.lines if ZONE_OF_MODE[line.mode] == zone
        ]
    # compliance panel and status-bar indicator
    panel = window.compliance_panel
    requirements = evaluation.compliance.requirements
    assert panel.table.rowCount() == len(requirements)
    for row, requirement in enumerate(requirements):
        assert panel.table.item(row, 1).text() == word(STATUS, requirement.status, tr), requirement.id
    assert window.status_compliance.text() == indicator(window.document)
    count = failed(window)
    assert (str(count) in indicator(window.document)) is (count > 0)


# --------------------------------------------------------------------------- policy bar


def test_deployment_change_re_resolves_and_updates_findings_nodes_zones_and_indicator(window, dialogs, qtbot, sample):
    start(window, dialogs, "scn-virtual-branch")
    assert_views_follow_the_document(window)
    indicator_before = window.status_compliance.text()
    assert failed(window) == 0
    auto_public = {i.capability for i in window.document.solution.items if not i.explicit and i.mode in PUBLIC_MODES}
    assert auto_public  # some pulled-in items start on public cloud

    choose(qtbot, window.policy_bar.deployment, "private")

    solution = window.document.solution
    assert solution.policy.deployment == "private"
    assert window.undo_stack.count() == 1
    # re-resolved: pulled-in items moved to modes a private cloud allows
    for item in solution.items:
        allowed = allowed_modes(sample.capabilities[item.capability], solution.policy)
        if not item.explicit and allowed:
            assert item.mode in allowed, item.capability
    # explicit items keep their modes and are reported, one finding each
    explicit_public = {i.capability for i in solution.items if i.explicit and i.mode in PUBLIC_MODES}
    assert explicit_public
    assert subjects(window, "MODE-POLICY-011") == explicit_public
    assert statuses(window)["deployment"] == "fail"
    # views follow
    for ident in auto_public:
        assert window.scene.nodes[ident].look.zone in ("private", "hybrid"), ident
    assert not set(window.document.evaluation.bom.zones["public"]["capabilities"]) & auto_public
    assert window.status_compliance.text() != indicator_before
    assert_views_follow_the_document(window)


def test_xinchuang_level_change_flags_what_is_not_domestic_enough(window, dialogs, qtbot, sample):
    start(window, dialogs, "scn-virtual-branch")
    assert statuses(window)["xinchuang-variants"] == "n/a"

    choose(qtbot, window.policy_bar.xinchuang, "core")

    solution = window.document.solution
    policy = solution.policy
    assert policy.xinchuang == "core"
    caps = sample.capabilities
    expected = {
        i.capability
        for i in solution.items
        if in_xinchuang_scope(sample, caps[i.capability], i.mode, policy)
        and caps[i.capability].xinchuang.level not in required_levels(policy)
    }
    assert expected  # adapted items on premises are not enough for core systems
    assert subjects(window, "XC-VARIANT-020") == expected
    assert statuses(window)["xinchuang-variants"] == "fail"
    assert statuses(window)["cryptography"] in ("pass", "warn")
    assert_views_follow_the_document(window)


def test_air_gapped_network_flags_everything_not_private(window, dialogs, qtbot):
    start(window, dialogs, "scn-core-distributed-xinchuang")
    assert failed(window) == 0
    indicator_before = window.status_compliance.text()
    add_from_catalog(qtbot, window.catalog_panel, "dedicated-cluster-cdc")
    assert window.document.solution.item("dedicated-cluster-cdc").mode == "HYB"
    assert window.scene.nodes["dedicated-cluster-cdc"].look.zone == "hybrid"

    choose(qtbot, window.policy_bar.network, "air_gapped")

    solution = window.document.solution
    assert solution.policy.network == "air_gapped"
    assert "dedicated-cluster-cdc" in subjects(window, "MODE-AIRGAP-012")
    assert statuses(window)["network"] == "fail"
    assert window.status_compliance.text() != indicator_before
    assert_views_follow_the_document(window)


def test_public_data_class_change_flags_and_undo_clears(window, dialogs, qtbot, sample):
    start(window, dialogs, "scn-precision-marketing")  # public cloud, C2 allowed there
    assert window.document.solution.policy.public_data_class == "C2"
    assert findings(window, "DR-CLASS-030") == []
    before = snapshot(window.document.solution)
    indicator_before = window.status_compliance.text()

    choose(qtbot, window.policy_bar.data_class, "C1")

    solution = window.document.solution
    assert solution.policy.public_data_class == "C1"
    c2_public = {
        i.capability
        for i in solution.items
        if i.mode in PUBLIC_MODES and sample.capabilities[i.capability].data_class in ("C2", "C3")
    }
    assert c2_public
    assert subjects(window, "DR-CLASS-030") == c2_public
    assert statuses(window)["data-class"] == "fail"
    assert window.status_compliance.text() != indicator_before
    assert_views_follow_the_document(window)

    window.a_undo.trigger()
    assert snapshot(window.document.solution) == before
    assert findings(window, "DR-CLASS-030") == []
    assert window.policy_bar.data_class.currentData() == "C2"
    assert window.status_compliance.text() == indicator_before
    assert_views_follow_the_document(window)


def test_cii_checkbox_flags_public_components_for_review(window, dialogs, qtbot):
    start(window, dialogs, "scn-virtual-branch")
    assert statuses(window)["cybersecurity-review"] == "n/a"
    bar = window.policy_bar
    bar.cii.setFocus()
    qtbot.keyClick(bar.cii, Qt.Key.Key_Space)
    assert window.document.solution.policy.cii_operator is True
    assert window.undo_stack.count() == 1
    [finding] = findings(window, "XC-CII-025")
    public = [i.capability for i in window.document.solution.items if i.mode in PUBLIC_MODES]
    assert public and all(ident in finding.message for ident in public)
    assert statuses(window)["cybersecurity-review"] == "warn"
    assert failed(window) == 0  # a review to consider, not a failure
    assert_views_follow_the_document(window)


@pytest.mark.parametrize("day", [date(1999, 12, 31), date(2000, 1, 1), date(1900, 1, 1)])
def test_a_go_live_the_date_field_cannot_show_survives_other_policy_edits(window, dialogs, qtbot, day):
    start(window, dialogs, "scn-virtual-branch")
    window.editor.set_policy(replace(window.document.solution.policy, go_live=day))
    bar = window.policy_bar
    bar.cii.setFocus()
    qtbot.keyClick(bar.cii, Qt.Key.Key_Space)  # an unrelated edit re-reads the whole bar
    assert window.document.solution.policy.cii_operator is True
    assert window.document.solution.policy.go_live == day


# --------------------------------------------------------------------------- alternatives


def to_private(window: MainWindow, dialogs, qtbot) -> MainWindow:
    start(window, dialogs, "scn-virtual-branch")
    choose(qtbot, window.policy_bar.deployment, "private")
    return window


def finding_of(window: MainWindow, code: str, subject: str):
    return next(f for f in window.document.evaluation.findings if f.code == code and f.subject == subject)


def test_applying_the_one_alternative_with_the_fix_button_is_one_undo_step(window, dialogs, qtbot):
    to_private(window, dialogs, qtbot)
    finding = finding_of(window, "MODE-POLICY-011", "comm-trtc")
    panel = window.findings_panel
    fixes = panel.fixes(finding)
    assert [(f.kind, f.target, f.value) for f in fixes] == [("mode", "comm-trtc", "PRV")]
    before_keys = finding_keys(window)
    indicator_before = window.status_compliance.text()

    after = one_undo_step(window, lambda: fix_from_the_panel(qtbot, window, finding))

    assert after.item("comm-trtc").mode == "PRV"
    assert "comm-trtc" not in subjects(window, "MODE-POLICY-011")
    assert window.scene.nodes["comm-trtc"].look.zone == "private"
    assert_views_follow_the_document(window)
    window.a_undo.trigger()
    assert finding_keys(window) == before_keys
    assert "comm-trtc" in subjects(window, "MODE-POLICY-011")
    assert window.scene.nodes["comm-trtc"].look.zone == "public"
    assert window.status_compliance.text() == indicator_before
    assert_views_follow_the_document(window)


def test_choosing_one_of_several_alternatives_from_the_menu_is_one_undo_step(window, dialogs, qtbot):
    to_private(window, dialogs, qtbot)
    finding = finding_of(window, "MODE-POLICY-011", "storage-object")
    panel = window.findings_panel
    fixes = panel.fixes(finding)
    assert [(f.kind, f.value) for f in fixes] == [("mode", "PRV"), ("mode", "HYB")]
    assert [(f.kind, f.target, f.value) for f in fixes] == [
        (a["kind"], a["target"], a["value"]) for a in finding.params["alternatives"]
    ]
    before_keys = finding_keys(window)
    menu = panel._fix_menu(fixes)  # what the Fix button and the context menu pop up
    assert len(menu.actions()) == len(fixes)

    after = one_undo_step(window, lambda: menu.actions()[1].trigger())

    assert after.item("storage-object").mode == "HYB"
    assert "storage-object" not in subjects(window, "MODE-POLICY-011")
    assert window.scene.nodes["storage-object"].look.zone == "hybrid"
    assert "storage-object" in window.document.evaluation.bom.zones["hybrid"]["capabilities"]
    window.a_undo.trigger()
    assert finding_keys(window) == before_keys
    assert "storage-object" in window.document.evaluation.bom.zones["public"]["capabilities"]
    assert_views_follow_the_document(window)


def test_applying_every_single_alternative_clears_the_deployment_failure(window, dialogs, qtbot):
    to_private(window, dialogs, qtbot)
    steps = 0
    while findings(window, "MODE-POLICY-011"):
        finding = findings(window, "MODE-POLICY-011")[0]
        fixes = fixes_for(window.document.catalog, finding)
        assert fixes, finding.subject
        window.editor.apply_fix(fixes[0])
        steps += 1
        assert finding.subject not in subjects(window, "MODE-POLICY-011")
    assert statuses(window)["deployment"] == "pass"
    assert window.undo_stack.count() == 1 + steps
    assert_views_follow_the_document(window)
    for _ in range(steps):
        window.a_undo.trigger()
    assert statuses(window)["deployment"] == "fail"
    assert_views_follow_the_document(window)
