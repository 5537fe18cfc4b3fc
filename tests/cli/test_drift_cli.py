"""Revisions and catalog drift from the command line (issue 17): `revisions`, `drift`, `check`
on a drifted catalog, `diff FILE@N FILE`, `bom FILE@N` and `bom --changes-since N`, and a
broken revisions sidecar — exact where the output is the user's, never a traceback.

The drifted catalog is the tiny one's next release: the database dearer (200,000 → 240,000),
the implementation service gone, the application needing a new cache."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest
import yaml
from cli_helpers import cli
from tiny_catalog import TINY_CAPABILITIES, TINY_META, write_tree

from configurator.core.catalog_load import load_catalog
from tests.core.test_drift import NEXT_CAPABILITIES

IMPL = "  - {capability: impl, mode: PRV, quantity: 1, origin: explicit}\n"


def digest_of(root: Path) -> str:
    catalog = load_catalog(root).catalog
    assert catalog is not None
    return catalog.digest


@pytest.fixture
def v1(tmp_path) -> Path:
    return write_tree(tmp_path / "v1", {"catalog.yaml": TINY_META, "capabilities.yaml": TINY_CAPABILITIES})


@pytest.fixture
def v2(tmp_path) -> Path:
    meta = TINY_META.replace('version: "1.0"', 'version: "1.1"')
    return write_tree(tmp_path / "v2", {"catalog.yaml": meta, "capabilities.yaml": NEXT_CAPABILITIES})


@pytest.fixture
def deal(tmp_path, v1) -> Path:
    """A solution made on v1 with the implementation chosen too, and its revision 1."""
    path = tmp_path / "deal.yaml"
    assert cli("new", "--scenario", "scn-app", "--catalog", v1, "-o", path).code == 0
    path.write_text(path.read_text(encoding="utf-8") + IMPL, encoding="utf-8")
    saved = cli("revisions", path, "--catalog", v1, "--save", "first round", "--author", "Zhang San", "--lang", "en")
    assert saved.code == 0 and saved.out == f"saved revision 1 in {tmp_path / 'deal.revisions.yaml'}\n", saved.err
    return path


def no_traceback(*runs) -> bool:
    return all("Traceback" not in run.out + run.err for run in runs)


# --------------------------------------------------------------------------- revisions


def test_a_saved_revision_is_listed_with_its_author_note_and_catalog(deal, v1):
    listed = cli("revisions", deal, "--catalog", v1, "--lang", "en")
    assert listed.code == 0
    number, day, time, rest = listed.out.split(maxsplit=3)
    assert number == "1" and rest == "Zhang San  tiny 1.0  first round\n"
    (revision,) = json.loads(cli("revisions", deal, "--catalog", v1, "--format", "json").out)["revisions"]
    saved = datetime.fromisoformat(revision.pop("saved"))
    assert saved.utcoffset() is not None and f"{day} {time}" == saved.isoformat(sep=" ")[:16]
    assert revision == {
        "number": 1,
        "author": "Zhang San",
        "note": "first round",
        "catalog": {"id": "tiny", "version": "1.0", "digest": digest_of(v1)},
        "options": 1,
    }
    second = cli("revisions", deal, "--catalog", v1, "--save", "second\n  round", "--lang", "en")
    assert second.code == 0 and "saved revision 2" in second.out
    (_, two) = json.loads(cli("revisions", deal, "--catalog", v1, "--format", "json").out)["revisions"]
    assert (two["number"], two["author"], two["note"]) == (2, "", "second round")


def test_a_solution_without_revisions_says_how_to_save_one(tmp_path, v1):
    path = tmp_path / "fresh.yaml"
    cli("new", "--scenario", "scn-app", "--catalog", v1, "-o", path)
    listed = cli("revisions", path, "--catalog", v1, "--lang", "en")
    assert (listed.code, listed.out) == (0, "no revisions yet (save one with --save NOTE)\n")
    assert json.loads(cli("revisions", path, "--catalog", v1, "--format", "json").out) == {"revisions": []}


# --------------------------------------------------------------------------- drift


def test_drift_tells_prices_removals_and_what_resolving_would_add(deal, v1, v2):
    report = cli("drift", deal, "--catalog", v2, "--lang", "en")
    assert report.code == 1  # the cache the application now requires is missing: an error
    old, new = digest_of(v1).removeprefix("sha256:")[:12], digest_of(v2).removeprefix("sha256:")[:12]
    assert report.out == (
        f"priced on catalog tiny 1.0 ({old}); loaded: tiny 1.1 ({new})\n"
        "the old catalog as revision 1 kept it\n"
        "app (Application):\n"
        "    requires: [rdb] → [rdb, cache]\n"
        "    recommends: [impl] → []\n"
        "db (Database):\n"
        "    modes.PRV.list_price: 200,000 → 240,000 (+20.0%)\n"
        "impl (Implementation): no longer in the catalog\n"
        "  db (Database) PRV: list price CNY 200,000.00 → CNY 240,000.00; "
        "first-year cost CNY 200,000.00 → CNY 240,000.00 (+CNY 40,000.00)\n"
        "  impl (Implementation) PRV: list price CNY 150,000.00 → —; "
        "first-year cost CNY 150,000.00 → CNY 0.00 (-CNY 150,000.00)\n"
        "  first-year cost: CNY 655,000.00 → CNY 545,000.00 (-CNY 110,000.00)\n"
        "  cost of ownership: CNY 655,000.00 → CNY 545,000.00 (-CNY 110,000.00)\n"
        "  resolving would add: cache (Cache)\n"
        "  new finding: error DEP-REQ-001 'Application' requires 'Cache', which is not in the solution\n"
        "  new finding: error SOL-UNKNOWN-001 capability 'Implementation' is not in catalog tiny 1.1; "
        "the item is kept as written\n"
    )


def test_drift_as_json_has_the_figures(deal, v1, v2):
    run = cli("drift", deal, "--catalog", v2, "--format", "json")
    assert run.code == 1
    report = json.loads(run.out)
    assert (report["format"], report["revision"]) == ("drift/1", 1)
    assert report["old"] == {"id": "tiny", "version": "1.0", "digest": digest_of(v1)}
    assert report["new"] == {"id": "tiny", "version": "1.1", "digest": digest_of(v2)}
    capabilities = {c["capability"]: c for c in report["capabilities"]}
    assert capabilities["impl"]["status"] == "removed" and capabilities["impl"]["name"]["en"] == "Implementation"
    assert {"field": "requires", "old": ["rdb"], "new": ["rdb", "cache"]} in capabilities["app"]["fields"]
    (option,) = report["options"]
    assert option["lines"] == [
        {
            "capability": "db",
            "mode": "PRV",
            "list_price": {"old": 200000, "new": 240000},
            "first_year": {"old": 200000, "new": 240000, "delta": 40000},
            "tco": {"old": 200000, "new": 240000, "delta": 40000},
            "priced_by": None,
        },
        {
            "capability": "impl",
            "mode": "PRV",
            "list_price": {"old": 150000, "new": None},
            "first_year": {"old": 150000, "new": 0, "delta": -150000},
            "tco": {"old": 150000, "new": 0, "delta": -150000},
            "priced_by": None,
        },
    ]
    assert option["totals"]["first_year"] == {"old": 655000, "new": 545000, "delta": -110000}
    assert option["resolution"] == {"adds": ["cache"], "drops": []}
    assert [(f["code"], f["subject"]) for f in option["findings"]["new"]] == [
        ("DEP-REQ-001", "app"),
        ("SOL-UNKNOWN-001", "impl"),
    ]


def test_drift_exits_0_when_nothing_drifted_or_no_error_appears(tmp_path, deal, v1):
    same = cli("drift", deal, "--catalog", v1, "--lang", "en")
    assert (same.code, same.out) == (0, "the solution is priced on the loaded catalog: nothing drifted\n")
    assert json.loads(cli("drift", deal, "--catalog", v1, "--format", "json").out) == {
        "format": "drift/1",
        "drifted": False,
    }
    dearer = write_tree(  # same version, other content: only the network is dearer
        tmp_path / "v1b",
        {
            "catalog.yaml": TINY_META,
            "capabilities.yaml": TINY_CAPABILITIES.replace("list_price: 5000", "list_price: 5500"),
        },
    )
    run = cli("drift", deal, "--catalog", dearer, "--lang", "en")
    assert run.code == 0
    assert "  net (Network) PRV: list price CNY 5,000.00 → CNY 5,500.00" in run.out


def test_drift_exits_2_when_the_solution_or_catalog_cannot_be_read(tmp_path, deal, v1):
    missing = cli("drift", tmp_path / "nowhere.yaml", "--catalog", v1, "--lang", "en")
    broken = tmp_path / "broken.yaml"
    broken.write_text("format: solution/1\nitems: [\n", encoding="utf-8")
    unreadable = cli("drift", broken, "--catalog", v1, "--lang", "en")
    no_catalog = cli("drift", deal, "--catalog", tmp_path / "no-catalog", "--lang", "en")
    assert [missing.code, unreadable.code, no_catalog.code] == [2, 2, 2]
    assert f"{broken}:2:" in unreadable.out + unreadable.err
    assert no_traceback(missing, unreadable, no_catalog)


def test_check_reports_drift_as_findings_at_the_files_catalog(deal, v2):
    run = cli("check", deal, "--catalog", v2, "--lang", "en")
    assert run.code == 1
    at = f"{deal}:4:3: warning"  # the `catalog` the file names
    for line in (
        f"{at} SOL-DRIFT-017 'db' (PRV) was priced at 200,000 on catalog tiny 1.0; "
        "the loaded catalog asks 240,000 (+20.0%)",
        f"{at} SOL-DRIFT-018 'impl' was in catalog tiny 1.0; the loaded catalog no longer has it",
        f"{at} SOL-DRIFT-026 'app': requires was [rdb] on catalog tiny 1.0; the loaded catalog says [rdb, cache]",
        f"{at} SOL-DRIFT-028 on the loaded catalog, resolving the dependencies would add (+) or drop (−): +cache",
    ):
        assert line in run.out.splitlines(), run.out
    codes = [f["code"] for f in json.loads(cli("check", deal, "--catalog", v2, "--format", "json").out)["findings"]]
    assert [c for c in codes if c.startswith("SOL-DRIFT")] == [
        "SOL-DRIFT-017",
        "SOL-DRIFT-018",
        "SOL-DRIFT-026",
        "SOL-DRIFT-026",
        "SOL-DRIFT-028",
    ]


def test_a_file_without_a_digest_finds_its_revision_by_version(tmp_path, v1, v2):
    """Files written before catalogs had digests name only id and version: the revision saved
    on that version still tells the old prices."""
    path = tmp_path / "legacy.yaml"
    assert cli("new", "--scenario", "scn-app", "--catalog", v1, "-o", path).code == 0
    text = path.read_text(encoding="utf-8")
    path.write_text("\n".join(line for line in text.splitlines() if "digest:" not in line) + "\n", encoding="utf-8")
    assert cli("revisions", path, "--catalog", v1, "--save", "legacy").code == 0
    report = json.loads(cli("drift", path, "--catalog", v2, "--format", "json").out)
    assert report["revision"] == 1 and report["old"] == {"id": "tiny", "version": "1.0"}
    assert [line["capability"] for line in report["options"][0]["lines"]] == ["db"]


# --------------------------------------------------------------------------- FILE@N


def test_diff_of_a_revision_and_the_file_is_exact(deal, v2):
    """Since revision 1: the network doubled, the implementation removed, the network policy
    air-gapped and an option B added, all on the next catalog (the database dearer)."""
    text = deal.read_text(encoding="utf-8").replace(IMPL, "").replace("internet_allowed", "air_gapped")
    text = text.replace(
        "capability: net\n    mode: PRV\n    quantity: 1", "capability: net\n    mode: PRV\n    quantity: 2"
    )
    deal.write_text(text + "options:\n  - name: B\n    items: []\n", encoding="utf-8")
    run = cli("diff", f"{deal}@1", deal, "--catalog", v2, "--format", "json")
    assert run.code == 0, run.err
    result = json.loads(run.out)
    (option,) = result.pop("options")
    assert result == {"format": "diff/1", "deal": [], "options_added": ["B"], "options_removed": []}
    assert option["name"] == "Option 1"
    assert option["policy"] == [{"field": "network", "old": "internet_allowed", "new": "air_gapped"}]

    def money(old: float, new: float) -> dict:
        return {"old": old, "new": new, "delta": new - old}

    assert option["items"] == [
        {"capability": "db", "status": "changed", "changes": [], "first_year": money(200000, 240000)}
        | {"tco": money(200000, 240000)},
        {
            "capability": "net",
            "status": "changed",
            "changes": [{"field": "quantity", "old": 1, "new": 2}],
            "first_year": money(5000, 10000),
            "tco": money(5000, 10000),
        },
        {"capability": "impl", "status": "removed", "changes": [], "first_year": money(150000, 0)}
        | {"tco": money(150000, 0)},
    ]
    totals = option["totals"]
    assert [totals[k] for k in ("one_time", "first_year", "tco")] == [money(655000, 550000)] * 3
    assert totals["partner_share"]["old"] == pytest.approx(150000 / 655000) and totals["partner_share"]["new"] == 0
    assert option["findings"] == {
        "new": [
            {
                "code": "DEP-REQ-001",
                "subject": "app",
                "message": "'app' requires 'cache', which is not in the solution",
            },
            {
                "code": "SOL-CATALOG-006",
                "subject": None,
                "message": "solution was made for catalog tiny 1.0, but catalog tiny 1.1 is loaded",
            },
        ],
        "resolved": [],
    }
    assert option["compliance"] == []


def test_a_revisions_bom_is_the_same_after_the_catalog_changed(tmp_path, deal, v1, v2):
    then = yaml.safe_load(cli("bom", deal, "--catalog", v1, "--format", "yaml").out)
    run = cli("bom", f"{deal}@1", "--catalog", v2, "--format", "yaml")
    assert run.code == 0, run.err
    now = yaml.safe_load(run.out)
    for key in ("catalog", "currency", "policy", "lines", "totals", "critical_path"):
        assert now[key] == then[key], key
    assert [(f["code"], f["message"]) for f in now["findings"]] == [(f["code"], f["message"]) for f in then["findings"]]
    # the revision's findings are at the revision's lines, in the sidecar
    assert {f["file"] for f in now["findings"]} == {str(tmp_path / "deal.revisions.yaml")}


def test_a_missing_revision_is_exit_2_naming_the_file_and_its_revisions(deal, v1):
    for run in (
        cli("bom", f"{deal}@7", "--catalog", v1),
        cli("diff", f"{deal}@7", deal, "--catalog", v1),
        cli("bom", deal, "--catalog", v1, "--format", "pdf", "--changes-since", "7", "-o", deal.with_suffix(".pdf")),
    ):
        assert run.code == 2 and no_traceback(run)
        assert f"{deal} has no revision 7; its revisions: 1" in run.err
    assert not deal.with_suffix(".pdf").exists()


def test_a_pdf_with_the_changes_since_a_revision(qapp, tmp_path, deal, v2):  # a QApplication, as the window tests need
    pdf = tmp_path / "deal.pdf"
    run = cli("bom", deal, "--catalog", v2, "--format", "pdf", "--changes-since", "1", "-o", pdf, "--lang", "en")
    assert run.code == 1 and no_traceback(run)  # errors: on v2 the application lacks its cache
    assert pdf.read_bytes().startswith(b"%PDF")
    wrong = cli("bom", deal, "--catalog", v2, "--format", "yaml", "--changes-since", "1")
    assert wrong.code == 2 and "--changes-since is for --format pdf" in wrong.err


# --------------------------------------------------------------------------- a broken sidecar

BROKEN = {
    "bad YAML": ("format: revisions/1\nrevisions: [\n  {number: 1\n", 3),
    "wrong types": ("format: revisions/1\nsolution: deal.yaml\nrevisions:\n  - {number: one, saved: 7}\n", 4),
}


@pytest.mark.parametrize("case", BROKEN)
def test_a_broken_sidecar_is_reported_at_its_line_and_never_overwritten(deal, v1, case):
    text, line = BROKEN[case]
    sidecar = deal.with_name("deal.revisions.yaml")
    sidecar.write_text(text, encoding="utf-8")
    before = sidecar.read_bytes()
    check = cli("check", deal, "--catalog", v1, "--lang", "en")
    assert check.code == 1
    assert any(row.startswith(f"{sidecar}:{line}:") and " error " in row for row in check.out.splitlines()), check.out
    listed = cli("revisions", deal, "--catalog", v1, "--lang", "en")
    assert listed.code == 1 and f"{sidecar}:{line}:" in listed.err
    save = cli("revisions", deal, "--catalog", v1, "--save", "again", "--lang", "en")
    assert save.code == 1 and f"{sidecar}:{line}:" in save.err and "saved revision" not in save.out
    as_json = cli("revisions", deal, "--catalog", v1, "--format", "json")
    document = json.loads(as_json.out)
    assert as_json.code == 1 and document["revisions"] == [] and document["summary"]["errors"] >= 1
    assert [f["line"] for f in document["findings"] if f["file"] == str(sidecar)][0] == line
    assert sidecar.read_bytes() == before
    assert no_traceback(check, listed, save, as_json)


def test_a_revision_whose_catalog_entries_fail_the_schema_is_left_out_not_repriced(deal, v1, v2):
    sidecar = deal.with_name("deal.revisions.yaml")
    data = yaml.safe_load(sidecar.read_text(encoding="utf-8"))
    [db] = [e for e in data["revisions"][0]["capabilities"] if e["id"] == "db"]
    db["modes"]["PRV"]["list_price"] = "abc"
    sidecar.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    bom = cli("bom", f"{deal}@1", "--catalog", v2, "--lang", "en")
    assert bom.code == 2 and f"{deal} has no revision 1" in bom.err  # never priced on the loaded catalog instead
    checked = cli("check", deal, "--catalog", v1, "--lang", "en")
    assert checked.code == 1 and f"{sidecar}:" in checked.out and "CAT-TYPE-022" in checked.out


def test_drift_reports_a_broken_revisions_file(deal, v2):
    sidecar = deal.with_name("deal.revisions.yaml")
    sidecar.write_bytes(sidecar.read_bytes() + b"\xff\xfe")
    run = cli("drift", deal, "--catalog", v2, "--lang", "en")
    assert run.code == 1 and f"{sidecar}:" in run.err and "YAML-ENCODING-006" in run.err
    assert "no revision keeps that catalog" in run.out and no_traceback(run)


def test_revision_numbers_are_whole_numbers_of_sane_size(deal, v1):
    sidecar = deal.with_name("deal.revisions.yaml")
    text = sidecar.read_text(encoding="utf-8")
    assert text.count("- number: 1\n") == 1
    sidecar.write_text(text.replace("- number: 1\n", "- number: 1.0\n"), encoding="utf-8")
    saved = cli("revisions", deal, "--catalog", v1, "--save", "second", "--lang", "en")
    assert saved.code == 0 and "saved revision 2 in" in saved.out  # 1.0 is revision 1; the next is 2, not 2.0
    listed = json.loads(cli("revisions", deal, "--catalog", v1, "--format", "json").out)["revisions"]
    assert [r["number"] for r in listed] == [1, 2] and all(type(r["number"]) is int for r in listed)
    sidecar.write_text(text.replace("- number: 1\n", "- number: 1000000000000000000000000000000\n"), encoding="utf-8")
    huge = cli("revisions", deal, "--catalog", v1, "--lang", "en")
    assert huge.code == 1 and f"{sidecar}:4:" in huge.err and "SOL-RANGE-024" in huge.err
