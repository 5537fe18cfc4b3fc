"""`configurator diff A B` (core/diff.py): hand-made pairs on the tiny catalog — a discount
(a price change on the same catalog), a removed item, a policy change, an option added, two
options of one file — reported exactly as JSON, and as text."""

from __future__ import annotations

import json

import pytest
from cli_helpers import cli
from tiny_catalog import TINY_CAPABILITIES, TINY_META, write_tree

HEAD = "format: solution/1\nname: Deal\ncatalog: {id: tiny, version: '1.0'}\n"
POLICY = "policy: {deployment: private, xinchuang: none, network: internet_allowed}\n"
NET = "  - {capability: net, mode: PRV, quantity: 1, origin: auto}\n"
DB = "  - {capability: db, mode: PRV, quantity: 1, origin: explicit}\n"
IMPL = "  - {capability: impl, mode: PRV, quantity: 1, origin: explicit}\n"


@pytest.fixture
def files(tmp_path):
    catalog = write_tree(tmp_path / "catalog", {"catalog.yaml": TINY_META, "content.yaml": TINY_CAPABILITIES})

    def write(name: str, text: str):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        return path

    return catalog, write


def diff_json(catalog, a, b) -> dict:
    run = cli("diff", a, b, "--catalog", catalog, "--format", "json")
    assert run.code == 0, run.err
    return json.loads(run.out)


def test_a_discount_and_a_removed_item_are_priced(files):
    catalog, write = files
    a = write("a.yaml", HEAD + POLICY + "items:\n" + NET + DB + IMPL)
    b = write(
        "b.yaml", HEAD + POLICY + "items:\n" + NET + DB.replace("origin: explicit", "origin: explicit, discount: 0.1")
    )
    result = diff_json(catalog, a, b)
    assert result["format"] == "diff/1" and result["deal"] == [] and result["options_added"] == []
    [option] = result["options"]
    assert option["name"] == "Option 1"
    db, impl = option["items"]
    assert db == {
        "capability": "db",
        "status": "changed",
        "changes": [{"field": "discount", "old": 0.0, "new": 0.1}],
        "first_year": {"old": 200000, "new": 180000, "delta": -20000},
        "tco": {"old": 200000, "new": 180000, "delta": -20000},
    }
    assert impl["status"] == "removed" and impl["first_year"] == {"old": 150000, "new": 0.0, "delta": -150000}
    assert option["totals"]["first_year"] == {"old": 355000, "new": 185000, "delta": -170000}
    assert option["totals"]["partner_share"]["new"] == 0.0
    assert {"code": "DEP-REC-002", "subject": "app"} not in option["findings"]["resolved"]
    shown = cli("diff", a, b, "--catalog", catalog, "--lang", "en").out
    assert "~ db (Database): discount: 0.0% → 10.0%" in shown  # as people read a discount; JSON keeps 0.1


def test_a_policy_change_names_the_field_findings_and_compliance(files):
    catalog, write = files
    a = write("a.yaml", HEAD + POLICY + "items:\n" + NET + DB)
    b = write(
        "b.yaml",
        HEAD + POLICY.replace("internet_allowed", "air_gapped").replace("private", "public") + "items:\n" + NET + DB,
    )
    [option] = diff_json(catalog, a, b)["options"]
    assert {"field": "deployment", "old": "private", "new": "public"} in option["policy"]
    assert {"field": "network", "old": "internet_allowed", "new": "air_gapped"} in option["policy"]
    assert {
        "code": "MODE-POLICY-011",
        "subject": "db",
        "message": "'db' runs in mode PRV, which a public deployment does not allow",
    } in option["findings"]["new"]
    assert {"field": "passed", "old": True, "new": False} in option["compliance"]


def test_an_option_added_and_the_recommendation(files):
    catalog, write = files
    a = write("a.yaml", HEAD + POLICY + "items:\n" + NET + DB + "option: A\n")
    b = write(
        "b.yaml",
        HEAD + POLICY + "items:\n" + NET + DB + "option: A\noptions:\n  - name: B\n    items: []\nrecommended: B\n",
    )
    result = diff_json(catalog, a, b)
    assert result["options_added"] == ["B"] and result["options_removed"] == []
    assert result["deal"] == [{"field": "recommended", "old": None, "new": "B"}]
    assert [o["name"] for o in result["options"]] == ["A"] and result["options"][0]["items"] == []
    text = cli("diff", a, b, "--catalog", catalog, "--lang", "en").out
    assert "recommended: — → B" in text and "option added: B" in text


def test_two_options_of_one_file(files):
    catalog, write = files
    deal = write(
        "d.yaml",
        HEAD
        + POLICY
        + "items:\n"
        + NET
        + DB
        + "option: A\noptions:\n  - name: B\n    items:\n"
        + NET.replace("  -", "      -")
        + "\n",
    )
    [option] = diff_json(catalog, f"{deal}#A", f"{deal}#2")["options"]
    assert option["name"] == "A → B"
    assert [(i["capability"], i["status"]) for i in option["items"]] == [("db", "removed")]


def test_the_same_file_twice_has_no_differences_and_bad_input_is_exit_2(files, tmp_path):
    catalog, write = files
    a = write("a.yaml", HEAD + "items:\n" + NET)
    assert cli("diff", a, a, "--catalog", catalog, "--lang", "en").out == "no differences\n"
    missing = cli("diff", a, tmp_path / "nowhere.yaml", "--catalog", catalog, "--lang", "en")
    assert missing.code == 2 and "Traceback" not in missing.err + missing.out
    unknown = cli("diff", f"{a}#Z", a, "--catalog", catalog, "--lang", "en")
    assert unknown.code == 2 and "no option 'Z'" in unknown.err
