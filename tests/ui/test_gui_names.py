"""Capabilities by name wherever a person reads them: findings rendered with the catalog's names
(codes.translated with `names`), the findings and compliance panels, the graph's tooltip, the
inspector's "pulled in" chain and the PDF's findings and compliance rows. Ids stay in the data
(`subject`, params), in the CLI's text output and in tooltips."""

from __future__ import annotations

import io
import re
from dataclasses import replace

import pytest
from pypdf import PdfReader

from configurator.core.alternatives import alternative_label
from configurator.core.codes import MAX_ECHO, Chain, Listing, catalog_names, make, phrase, translated
from configurator.core.evaluate import evaluate
from configurator.core.findings import format_line
from configurator.core.resolve import from_scenario, set_policy
from configurator.core.vocabulary import N_
from configurator.export import pdf_bom
from configurator.translations import tr

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")

SCENARIO = "scn-supply-chain-finance"
NAMES = {"sol-scf-platform": "供应链金融平台", "sol-remote-due-diligence": "远程尽调", "relational-db": "关系数据库"}


def _same(text: str) -> str:
    return text


# -- rendering for people


def test_ids_of_items_read_as_names_and_the_data_keeps_the_ids():
    finding = make(
        "DEP-REC-002",
        subject="sol-scf-platform",
        hint="add_item",
        requirement="sol-remote-due-diligence",
        suggestion="sol-remote-due-diligence",
    )
    shown = translated(finding, _same, NAMES)
    assert shown.message == "'供应链金融平台' recommends '远程尽调', which is not in the solution"
    assert shown.hint == "add '远程尽调'"
    assert shown.subject == "sol-scf-platform" and shown.params == finding.params
    assert translated(finding, _same).message == finding.message  # no names: the ids (the CLI)
    assert "'sol-scf-platform' recommends 'sol-remote-due-diligence'" in format_line(finding)


def test_only_params_that_hold_item_ids_are_named():
    mode = make(
        "MODE-AVAIL-010",
        subject="sol-scf-platform",
        hint="switch_mode",
        mode="PUB",
        offered=Listing("PRV"),
        suggestion="sol-remote-due-diligence",  # a mode in this hint: never a name, whatever it says
    )
    assert translated(mode, _same, NAMES).hint == "switch to mode sol-remote-due-diligence"
    catalog_finding = make("CAT-IFACE-010", subject="relational-db")  # catalog findings keep their ids
    assert "'relational-db'" in translated(catalog_finding, _same, NAMES).message


def test_nested_phrases_name_their_items_and_names_are_cut_like_ids():
    assert alternative_label("replace", "sol-scf-platform", "sol-remote-due-diligence").render(_same, NAMES) == (
        "replace '供应链金融平台' with '远程尽调'"
    )
    assert alternative_label("mode", "sol-scf-platform", "PRV").render(_same, NAMES) == "switch '供应链金融平台' to PRV"
    long = {"sol-scf-platform": "名" * (MAX_ECHO + 10)}
    text = phrase(N_("remove '{target}'"), target="sol-scf-platform").render(_same, long)
    assert text == f"remove '{'名' * (MAX_ECHO - 1)}…'"


def test_a_chain_of_items_reads_as_names():
    finding = make("DEP-CYCLE-004", subject="a", cycle=Chain(("a", "b", "a")))
    assert finding.message == "items require each other in a cycle: a → b → a"
    assert (
        translated(finding, _same, {"a": "甲", "b": "乙"}).message
        == "items require each other in a cycle: 甲 → 乙 → 甲"
    )


# -- the window


@pytest.fixture
def chinese(scenario_window):
    """The supply-chain scenario, air-gapped (so that requirements fail), in Chinese."""
    policy = scenario_window.document.solution.policy
    scenario_window.editor.set_policy(replace(policy, network="air_gapped"))
    scenario_window.set_language("zh")
    return scenario_window


def test_findings_panel_shows_names_in_the_language_and_ids_in_the_tooltip(chinese, sample):
    names = catalog_names(sample, "zh")
    model = chinese.findings_panel.model
    row = next(r for r, f in enumerate(model.findings) if f.code == "DEP-REC-002")
    finding = model.findings[row]
    message = model.data(model.index(row, 2))
    assert names[finding.subject] in message and f"'{finding.subject}'" not in message
    assert finding.subject in model.data(model.index(row, 2), role=0x0003)  # ToolTipRole


def test_compliance_panel_names_items(chinese, sample):
    names = catalog_names(sample, "zh")
    table = chinese.compliance_panel.table
    requirements = chinese.document.evaluation.compliance.requirements
    row, requirement = next((r, q) for r, q in enumerate(requirements) if q.items)
    cell = table.item(row, 2)
    assert cell.text() == tr(", ").join(names[i] for i in requirement.items)
    assert all(i in cell.toolTip() for i in requirement.items)


def test_graph_tooltip_and_inspector_name_the_chain(chinese, sample):
    names = catalog_names(sample, "zh")
    evaluation = chinese.document.evaluation
    ident, chain = next((i, c) for i, c in evaluation.why.items() if len(c) > 1)
    tooltip = chinese.scene.tooltip(ident)
    assert " → ".join(names[c] for c in chain) in tooltip
    chinese.selection.select(ident)
    assert " → ".join(names[c] for c in chain) in chinese.inspector.details.text()


def test_pdf_rows_name_items(sample):
    start = from_scenario(sample, SCENARIO, "scf").solution
    evaluation = evaluate(sample, set_policy(sample, start, replace(start.policy, network="air_gapped")).solution)
    names = catalog_names(sample, "en")
    reader = PdfReader(io.BytesIO(pdf_bom.render(evaluation, "en")))
    starts = {mark.title: reader.get_destination_page_number(mark) for mark in reader.outline}
    text = "".join((page.extract_text() or "") for page in reader.pages[starts["Zones and compliance"] :])
    text = re.sub(r"\s+", "", text)
    shown = [f for f in evaluation.findings if f.subject and f.severity.value != "info"]
    assert shown and all(re.sub(r"\s+", "", f"'{names[f.subject]}'") in text for f in shown)
    assert not any(f"'{f.subject}'" in text for f in shown)
    concerned = [i for r in evaluation.compliance.requirements for i in r.items]
    assert concerned and all(re.sub(r"\s+", "", names[i]) in text for i in concerned)
