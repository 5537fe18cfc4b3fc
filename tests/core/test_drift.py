"""Catalog pinning, revisions and drift (issue 17): a quote never re-prices silently."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
import yaml

from configurator.core import drift as drift_module
from configurator.core.catalog_load import load_catalog
from configurator.core.deal import Deal
from configurator.core.evaluate import evaluate
from configurator.core.resolve import from_scenario
from configurator.core.revisions import load_history, save_revision, sidecar
from configurator.core.solution import DealSettings
from configurator.core.solution_file import load_deal, save_solution, to_text
from tests.tiny_catalog import TINY_CAPABILITIES, TINY_META, write_tree

SAVED = datetime(2026, 12, 7, 10, 30, tzinfo=timezone(timedelta(hours=8)))

# the next release: the database dearer, the implementation service gone, the application
# needing a cache it did not need before
NEXT_CAPABILITIES = (
    TINY_CAPABILITIES.replace("list_price: 200000", "list_price: 240000")
    .replace(
        """  - id: impl
    name: {en: Implementation, zh: 实施}
    category: app
    kind: service
    provider: delivery
    customizable: true
    modes:
      PRV: {price_model: PROJ, unit: project, billing: once, list_price: 150000, lead_weeks: 6}
""",
        """  - id: cache
    name: {en: Cache, zh: 缓存}
    category: base
    kind: atomic
    provider: vendor
    modes:
      PRV: {price_model: LIC, unit: licence, billing: once, list_price: 8000, lead_weeks: 1}
""",
    )
    .replace("    requires: [rdb]\n    recommends: [impl]", "    requires: [rdb, cache]")
    .replace("optional: [impl]", "optional: []")
)


def catalog_at(root: Path, meta: str = TINY_META, capabilities: str = TINY_CAPABILITIES):
    write_tree(root, {"catalog.yaml": meta, "capabilities.yaml": capabilities})
    result = load_catalog(root)
    assert not [f for f in result.findings if f.severity.value == "error"], result.findings
    return result.catalog


@pytest.fixture
def old(tmp_path):
    return catalog_at(tmp_path / "v1")


@pytest.fixture
def new(tmp_path):
    assert NEXT_CAPABILITIES.count("cache") == 2 and "id: impl" not in NEXT_CAPABILITIES
    return catalog_at(tmp_path / "v2", TINY_META.replace('version: "1.0"', 'version: "1.1"'), NEXT_CAPABILITIES)


@pytest.fixture
def deal_file(tmp_path, old):
    """A solution priced on the old catalog, with the implementation chosen too, and its
    first revision."""
    solution = from_scenario(old, "scn-app", "核心方案").solution
    solution = solution.with_items([*solution.items, *_impl(solution)])
    path = tmp_path / "deal.yaml"
    save_solution(solution, path)
    save_revision(path, Deal.of(solution), old, "张三", "首轮报价", SAVED)
    return path


def _impl(solution):
    from configurator.core.solution import Item

    return [Item("impl", "PRV", 1, origin="explicit")]


# --------------------------------------------------------------------------- the pin


def test_a_solution_records_the_digest_of_the_catalog_files_it_was_priced_on(tmp_path, old, deal_file):
    text = deal_file.read_text(encoding="utf-8")
    assert f"digest: {old.digest}" in text
    again = catalog_at(tmp_path / "copy")  # the same files elsewhere: the same content
    assert again.digest == old.digest
    write_tree(tmp_path / "copy", {"capabilities.yaml": TINY_CAPABILITIES + "# a comment\n"})
    assert load_catalog(tmp_path / "copy").catalog.digest != old.digest


def test_a_file_without_a_digest_loads_and_saves_as_before(tmp_path, old):
    text = "format: solution/1\nname: x\ncatalog:\n  id: tiny\n  version: '1.0'\nitems: []\n"
    path = tmp_path / "legacy.yaml"
    path.write_text(text, encoding="utf-8")
    deal, findings = load_deal(path)
    assert findings == [] and deal.first.catalog_digest == ""
    assert to_text(deal) == text
    assert drift_module.drift(deal, old) is None  # same id and version: nothing to tell


def test_same_version_other_content_is_drift(tmp_path, old, deal_file):
    changed = catalog_at(
        tmp_path / "v1b", capabilities=TINY_CAPABILITIES.replace("list_price: 5000", "list_price: 5500")
    )
    deal, _ = load_deal(deal_file)
    report = drift_module.drift(deal, changed, load_history(deal_file))
    assert report is not None and report.same_version and report.revision == 1
    codes = [f.code for _, f in drift_module.findings(report, "deal.yaml", deal.first)]
    assert codes[0] == "SOL-DRIFT-016"
    assert "SOL-DRIFT-017" in codes  # net's private licence 5000 → 5500
    short = (old.digest[7:19], changed.digest[7:19])
    assert report.labels == (f"tiny 1.0 ({short[0]})", f"tiny 1.0 ({short[1]})")  # told apart by content


# --------------------------------------------------------------------------- revisions


def test_a_revision_round_trips_with_its_catalog_entries(deal_file, old):
    history = load_history(deal_file)
    assert history.findings == () and sidecar(deal_file).name == "deal.revisions.yaml"
    (revision,) = history.revisions
    assert (revision.number, revision.author, revision.note) == (1, "张三", "首轮报价")
    assert revision.saved == "2026-12-07T10:30:00+08:00"
    assert revision.pin.digest == old.digest and revision.pin.version == "1.0"
    assert [e["id"] for e in revision.entries] == ["app", "db", "net", "impl"]
    deal, _ = load_deal(deal_file)
    assert revision.deal == deal  # the snapshot is the deal as saved
    second = save_revision(deal_file, deal, old, "李四", "  第二轮\n 降价 ", SAVED)
    assert second.number == 2 and second.note == "第二轮 降价"  # one line
    assert [r.number for r in load_history(deal_file).revisions] == [1, 2]


def test_a_revisions_bom_is_reproducible_after_the_catalog_changed_or_lost_a_capability(deal_file, old, new):
    revision = load_history(deal_file).get(1)
    at_the_time = evaluate(old, revision.deal.first).to_dict()
    again = evaluate(revision.priced_on(new), revision.deal.first).to_dict()
    assert again["lines"] == at_the_time["lines"] and again["totals"] == at_the_time["totals"]
    assert again["catalog"] == at_the_time["catalog"]  # it names the catalog it was priced on


def test_a_broken_sidecar_is_reported_and_never_overwritten(deal_file, old):
    path = sidecar(deal_file)
    path.write_text("format: revisions/1\nrevisions: [{number: one}]\n", encoding="utf-8")
    history = load_history(deal_file)
    assert history.revisions == () and history.findings
    assert all(f.file == str(path) and f.line for f in history.findings)
    deal, _ = load_deal(deal_file)
    with pytest.raises(ValueError):
        save_revision(deal_file, deal, old, "", "", SAVED)
    assert path.read_text(encoding="utf-8") == "format: revisions/1\nrevisions: [{number: one}]\n"


def test_a_repeated_revision_number_is_an_error_and_the_first_counts(deal_file, old):
    path = sidecar(deal_file)
    text = path.read_text(encoding="utf-8")
    body = text.split("revisions:\n", 1)[1]
    path.write_text(text + body, encoding="utf-8")
    history = load_history(deal_file)
    assert [f.code for f in history.findings] == ["SOL-REVISION-015"]
    assert [r.number for r in history.revisions] == [1]


# --------------------------------------------------------------------------- drift


def test_the_drift_report_tells_prices_removals_dependencies_and_findings(deal_file, new):
    deal, _ = load_deal(deal_file)
    report = drift_module.drift(deal, new, load_history(deal_file))
    assert report is not None and report.revision == 1 and not report.same_version
    by_id = {c.capability: c for c in report.capabilities}
    assert by_id["impl"].status == "removed" and by_id["impl"].name.en == "Implementation"
    assert {f.field: (f.old, f.new) for f in by_id["app"].fields}["requires"] == (("rdb",), ("rdb", "cache"))
    assert {f.field for f in by_id["db"].fields} == {"modes.PRV.list_price"}
    (option,) = report.options
    lines = {line.capability: line for line in option.lines}
    assert (lines["db"].old_price, lines["db"].new_price, lines["db"].delta) == (200000, 240000, 40000)
    assert (lines["impl"].old_price, lines["impl"].new_price, lines["impl"].delta) == (150000, None, -150000)
    assert set(lines) == {"db", "impl"}
    assert option.totals["first_year"] == (655000, 545000)
    assert option.added == ("cache",) and option.dropped == ()
    assert {(f.code, f.subject) for f in option.findings_new} >= {("DEP-REQ-001", "app"), ("SOL-UNKNOWN-001", "impl")}
    codes = sorted(f.code for _, f in drift_module.findings(report, "deal.yaml", deal.first))
    assert codes == ["SOL-DRIFT-017", "SOL-DRIFT-018", "SOL-DRIFT-026", "SOL-DRIFT-026", "SOL-DRIFT-028"]
    messages = [f.message for _, f in drift_module.findings(report, "deal.yaml", deal.first)]
    assert "'app': requires was [rdb] on catalog tiny 1.0; the loaded catalog says [rdb, cache]" in messages
    assert "'db' (PRV) was priced at 200,000 on catalog tiny 1.0; the loaded catalog asks 240,000 (+20.0%)" in messages
    assert report.to_dict()["options"][0]["resolution"] == {"adds": ["cache"], "drops": []}


def test_re_pricing_takes_the_new_catalog_and_drops_nothing_the_user_entered(tmp_path, deal_file, new):
    deal, _ = load_deal(deal_file)
    repriced = drift_module.repriced(deal, new)
    items = [(i.capability, i.origin) for i in repriced.first.items]
    assert ("impl", "explicit") in items and ("cache", "auto") in items  # kept (flagged), and added
    assert repriced.first.pin.digest == new.digest and repriced.first.kept_prices is None
    bom = evaluate(new, repriced.first).bom
    assert {line.capability: line.list_price for line in bom.lines}["db"] == 240000
    path = tmp_path / "repriced.yaml"
    save_solution(repriced, path)
    assert drift_module.drift(load_deal(path)[0], new) is None


def test_keeping_the_old_prices_marks_the_lines_and_survives_a_save(tmp_path, deal_file, new):
    deal, _ = load_deal(deal_file)
    report = drift_module.drift(deal, new, load_history(deal_file))
    kept = drift_module.kept(deal, report, new)
    assert [i.capability for i in kept.first.items] == [i.capability for i in deal.first.items]  # as it was
    path = tmp_path / "kept.yaml"
    save_solution(kept, path)
    again, findings = load_deal(path)
    assert findings == [] and again == kept
    assert "kept_prices:" in path.read_text(encoding="utf-8")
    evaluation = evaluate(new, again.first, "kept.yaml")
    lines = {line.capability: line for line in evaluation.bom.lines}
    assert (lines["db"].list_price, lines["db"].priced_by) == (200000, "tiny 1.0")
    assert lines["net"].priced_by == ""  # priced alike by both: not kept
    assert evaluation.to_dict()["lines"][1]["priced_by"] == "tiny 1.0"
    info = [f for f in evaluation.findings if f.code == "SOL-DRIFT-029"]
    assert [f.message for f in info] == [
        "'db' (PRV) keeps list price 200,000 of catalog tiny 1.0; the loaded catalog asks 240,000"
    ]
    assert drift_module.drift(again, new) is None  # told once; the prices stay kept
    assert drift_module.repriced(again, new).first.kept_prices is None  # and re-pricing still can


def test_without_a_revision_the_report_says_prices_cannot_be_told(tmp_path, deal_file, new):
    sidecar(deal_file).unlink()
    deal, _ = load_deal(deal_file)
    report = drift_module.drift(deal, new, load_history(deal_file))
    assert report is not None and report.revision is None
    assert [c.capability for c in report.capabilities] == ["impl"]
    assert report.options[0].added == ("cache",) and report.options[0].lines == ()
    codes = [f.code for _, f in drift_module.findings(report, "deal.yaml", deal.first)]
    assert codes == ["SOL-DRIFT-030", "SOL-DRIFT-018", "SOL-DRIFT-028"]
    assert drift_module.kept(deal, report, new).first.kept_prices is None  # nothing to keep


def test_the_catalog_a_reload_replaced_tells_the_old_prices_without_a_revision(deal_file, old, new):
    sidecar(deal_file).unlink()
    deal, _ = load_deal(deal_file)
    report = drift_module.drift(deal, new, earlier=old)
    assert report is not None and report.revision is None and report.baseline is old and not report.empty
    lines = {line.capability: (line.old_price, line.new_price) for line in report.options[0].lines}
    assert lines == {"db": (200000, 240000), "impl": (150000, None)}
    assert "SOL-DRIFT-030" not in [f.code for _, f in drift_module.findings(report, "deal.yaml", deal.first)]
    assert drift_module.drift(deal, new, earlier=new).revision is None  # not the one it was priced on: no baseline
    assert drift_module.drift(deal, new, earlier=new).baseline is None


def test_a_reload_that_changes_nothing_the_deal_uses_is_an_empty_drift(tmp_path, deal_file, old):
    other = catalog_at(tmp_path / "v1b", TINY_META, TINY_CAPABILITIES + "\n# a comment, other bytes\n")
    deal, _ = load_deal(deal_file)
    report = drift_module.drift(deal, other, earlier=old)
    assert report is not None and report.same_version and report.empty


def test_keeping_old_prices_keeps_the_old_default_maintenance_too(tmp_path):
    """The next release raises the default maintenance of licences: a kept line keeps the
    rate it was priced with, as its own, while the list prices stay alike."""

    def meta(rate):
        return TINY_META + f"  maintenance: {{rate: {rate}, price_models: [LIC]}}\n"

    before = catalog_at(tmp_path / "m1", meta(0.18))
    after = catalog_at(tmp_path / "m2", meta(0.25).replace('version: "1.0"', 'version: "1.1"'))
    solution = from_scenario(before, "scn-app", "x").solution
    solution = solution.with_items([*solution.items, *_impl(solution)]).edited(deal=DealSettings(horizon_years=3))
    deal = Deal.of(solution)
    report = drift_module.drift(deal, after, earlier=before)
    kept = drift_module.kept(deal, report, after)
    modes = {(i.capability, i.mode): before.capabilities[i.capability].modes[i.mode] for i in deal.first.items}
    licences = {key for key, mode in modes.items() if mode.price_model == "LIC"}
    assert licences and len(licences) < len(modes)  # the project is not maintained: alike on both, not kept
    assert set(kept.first.kept_prices.lines) == licences
    assert {t.maintenance for t in kept.first.kept_prices.lines.values()} == {0.18}  # not the new 25 %
    assert evaluate(after, kept.first).years.tco == evaluate(before, deal.first).years.tco


def test_prices_kept_twice_stay_priced_by_the_catalog_that_priced_them(tmp_path, deal_file, new):
    """1.0 → 1.1 keeps the database's 1.0 price; 1.1 → 1.2 raises the application: the database
    is still priced by 1.0, the application by 1.1, and both survive a save."""
    deal, _ = load_deal(deal_file)
    once = drift_module.kept(deal, drift_module.drift(deal, new, load_history(deal_file)), new)
    later = catalog_at(
        tmp_path / "v3",
        TINY_META.replace('version: "1.0"', 'version: "1.2"'),
        NEXT_CAPABILITIES.replace("list_price: 300000", "list_price: 330000"),
    )
    twice = drift_module.kept(once, drift_module.drift(once, later, earlier=new), later)
    path = tmp_path / "twice.yaml"
    save_solution(twice, path)
    again, findings = load_deal(path)
    assert findings == [] and again == twice
    lines = {line.capability: (line.list_price, line.priced_by) for line in evaluate(later, again.first).bom.lines}
    assert lines["db"] == (200000, "tiny 1.0") and lines["app"] == (300000, "tiny 1.1")


def test_a_hand_made_kept_prices_section_that_fails_the_schema_is_kept_as_written(tmp_path, old):
    text = (
        "format: solution/1\nname: x\ncatalog:\n  id: tiny\n  version: '1.0'\nitems: []\n"
        "kept_prices:\n  catalog: {id: tiny}\n  lines: [{capability: db, mode: PRV, list_price: -1}]\n"
    )
    path = tmp_path / "bad.yaml"
    path.write_text(text, encoding="utf-8")
    deal, findings = load_deal(path)
    assert findings and all(f.line for f in findings) and deal.first.kept_prices is None
    assert yaml.safe_load(to_text(deal)) == yaml.safe_load(text)  # saved back as written
