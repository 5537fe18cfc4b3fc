"""`configurator validate --format sarif`: a SARIF 2.1.0 log that the official schema accepts
(tests/data/sarif-schema-2.1.0.json, OASIS), one result per finding on its file, line and
column, relative to the working directory as code-review tools resolve it."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from cli_helpers import cli
from tiny_catalog import TINY_CAPABILITIES, TINY_META, write_tree

SCHEMA = json.loads((Path(__file__).parents[1] / "data" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))


@pytest.fixture
def broken(tmp_path, monkeypatch):
    """A catalog with an unknown reference (error), a missing Chinese description (warning) and
    an unused partner type (info), checked from the folder above it, as CI does."""
    content = TINY_CAPABILITIES.replace("requires: [rdb]", "requires: [rdbs]")
    content = content.replace(
        "    category: app\n    kind: service", "    description: {en: Work}\n    category: app\n    kind: service"
    )
    delivery = "  - {id: delivery, name: {en: Delivery partner, zh: 交付合作伙伴}, role: delivery}\n"
    content = content.replace(delivery, delivery + "  - {id: agent, name: {en: Agent, zh: 代理}, role: agent}\n")
    root = write_tree(tmp_path / "catalog", {"catalog.yaml": TINY_META, "content.yaml": content})
    monkeypatch.chdir(tmp_path)
    return root


def sarif(*argv) -> tuple[int, dict]:
    run = cli("validate", *argv, "--format", "sarif")
    return run.code, json.loads(run.out)


def test_the_log_is_valid_sarif_2_1_0(broken):
    code, log = sarif("catalog", "--lang", "en")
    assert code == 1
    jsonschema.Draft7Validator(SCHEMA).validate(log)
    assert log["version"] == "2.1.0"


def test_each_finding_is_a_result_on_its_line_with_its_rule(broken):
    _, log = sarif("catalog", "--lang", "en")
    text = cli("validate", "catalog", "--format", "json", "--lang", "en").out
    findings = json.loads(text)["findings"]
    run = log["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == sorted({f["code"] for f in findings})
    assert len(run["results"]) == len(findings)
    levels = {"error": "error", "warning": "warning", "info": "note"}
    for result, finding in zip(run["results"], findings, strict=True):
        assert result["ruleId"] == finding["code"] and rules[result["ruleIndex"]]["id"] == finding["code"]
        assert result["level"] == levels[finding["severity"]]
        assert result["message"]["text"].startswith(finding["message"])
        location = result["locations"][0]["physicalLocation"]
        assert location["artifactLocation"]["uri"] == "catalog/" + finding["file"]
        assert location["region"] == {"startLine": finding["line"], "startColumn": finding["column"]}
    assert "error" in {r["level"] for r in run["results"]}


def test_rules_describe_themselves_in_the_language_asked_for(broken):
    _, log = sarif("catalog", "--lang", "zh")
    rules = log["runs"][0]["tool"]["driver"]["rules"]
    assert any(any("\u4e00" <= ch <= "\u9fff" for ch in r["shortDescription"]["text"]) for r in rules)
    jsonschema.Draft7Validator(SCHEMA).validate(log)


def test_a_clean_catalog_is_an_empty_valid_log_and_a_missing_one_exit_2(tmp_path, monkeypatch):
    code, log = sarif()
    assert code == 0 and log["runs"][0]["results"] == []
    jsonschema.Draft7Validator(SCHEMA).validate(log)
    monkeypatch.chdir(tmp_path)
    code, log = sarif(tmp_path / "nowhere")
    assert code == 2
    [result] = log["runs"][0]["results"]
    assert result["ruleId"] == "CAT-DIR-010"
    jsonschema.Draft7Validator(SCHEMA).validate(log)
