"""After a policy change: the findings panel lists errors first and its dock tab counts them,
and it offers "Apply the policy to all items", which lists its changes, asks, and makes them
one undo step (undo gives back the exact previous solution)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from gui_helpers import findings, one_undo_step, snapshot

from configurator.core.codes import catalog_names
from configurator.core.findings import summarize

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")


def change_policy(window, **changes) -> None:
    window.editor.set_policy(replace(window.document.solution.policy, **changes))


def test_errors_come_first_and_the_tab_counts_them(scenario_window):
    change_policy(scenario_window, xinchuang="core")
    shown = scenario_window.findings_panel.model.findings
    ranks = [f.severity.rank for f in shown]
    assert ranks == sorted(ranks) and ranks[0] == 0
    counts = summarize(shown)
    title = scenario_window.docks["findings"].windowTitle()
    assert title == f"Findings (errors: {counts['errors']} · warnings: {counts['warnings']})"


def test_the_tab_title_follows_the_language(scenario_window):
    change_policy(scenario_window, xinchuang="core")
    scenario_window.set_language("zh")  # the Chinese text comes with the translations: "检查结果（错误 5 · 警告 2）"
    title = scenario_window.docks["findings"].windowTitle()
    errors = summarize(scenario_window.findings_panel.model.findings)["errors"]
    assert title == scenario_window.findings_panel.title() and str(errors) in title


def test_the_step_is_offered_only_while_an_item_does_not_follow_the_policy(scenario_window):
    button = scenario_window.findings_panel.policy_button
    assert button.isHidden()
    change_policy(scenario_window, network="air_gapped")
    assert not button.isHidden()


def test_applying_the_policy_lists_the_changes_and_is_one_undo_step(scenario_window, dialogs, sample):
    window = scenario_window
    change_policy(window, network="air_gapped")
    assert findings(window, "MODE-AIRGAP-012")
    before = window.document.solution
    dialogs.answer("ask_apply_policy", True)

    after = one_undo_step(window, window.findings_panel.policy_button.click)

    ((_, lines),) = dialogs.called("ask_apply_policy")
    name = catalog_names(sample, window.lang)["api-gateway"]
    assert f"switch '{name}' to PRV" in lines
    assert after.item("api-gateway").mode == "PRV" and after.item("api-gateway").explicit
    for finding in findings(window, "MODE-AIRGAP-012"):  # only where no private mode exists
        assert "PRV" not in sample.capabilities[finding.subject].modes
    assert window.findings_panel.policy_button.isHidden()
    window.a_undo.trigger()
    assert window.document.solution is before and snapshot(window.document.solution) == snapshot(before)


def test_declining_changes_nothing(scenario_window, dialogs):
    window = scenario_window
    change_policy(window, network="air_gapped")
    before, steps = window.document.solution, window.undo_stack.count()
    dialogs.answer("ask_apply_policy", False)
    window.findings_panel.policy_button.click()
    assert window.document.solution is before and window.undo_stack.count() == steps


def test_core_xinchuang_brings_in_domestic_servers(window, dialogs, sample):
    change_policy(window, deployment="private")
    window.editor.add("private-cloud-tce")  # with no Xinchuang level, the default x86 servers
    change_policy(window, xinchuang="core")
    assert window.document.solution.item("hw-x86-servers") is not None
    dialogs.answer("ask_apply_policy", True)
    window.findings_panel.policy_button.click()
    solution = window.document.solution
    assert solution.item("hw-x86-servers") is None and solution.item("hw-domestic-servers-arm") is not None
    assert not findings(window, "XC-FOREIGN-023")
