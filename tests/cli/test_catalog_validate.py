"""`configurator validate` (text and JSON output, exit codes), the shipped sample catalog, and
the rule list: every finding code documented in docs/rules.md and every YAML-*/CAT-* code
tested by one of the tests/*/test_catalog_*.py files.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from catalog_support import AGENT, EXTRA, PROJECT_ROOT

from configurator.cli import main
from configurator.core.catalog_load import load_catalog
from configurator.core.codes import RULES
from configurator.paths import catalog_dir

FINDING_LINE = re.compile(r"^(-|[^:\s]+):(\d+):(\d+): (error|warning|info) ([A-Z]+-[A-Z]+-\d{3}) \S.*$")
FINDING_KEYS = {"severity", "code", "message", "file", "line", "column", "subject", "hint"}
MIXED = {  # one error (with a hint), one warning, one info
    "extra.yaml": EXTRA + "    requires: [nett]\n    xinchuang: {level: adapted}\n",
    "p.yaml": AGENT,
}


def test_validate_text_lists_findings_then_a_summary(make_catalog, capsys):
    code = main(["validate", str(make_catalog(MIXED))])

    out, err = capsys.readouterr()
    lines = out.splitlines()
    assert lines[:-1] == [
        "extra.yaml:9:16: error CAT-REF-002 capability 'extra' requires unknown id 'nett' (hint: did you mean 'net'?)",
        "extra.yaml:10:16: warning CAT-XC-007 capability 'extra' has Xinchuang level 'adapted' "
        "but lists no CPU architectures",
        "p.yaml:2:10: info CAT-PTN-013 partner type 'agent' is used by no capability and no partner",
    ]
    assert all(FINDING_LINE.match(line) for line in lines[:-1])
    assert not FINDING_LINE.match(lines[-1])
    assert re.search(r"\b1 error\b.*\b1 warning\b.*\b1 info\b", lines[-1])
    assert err == ""
    assert code == 1


def test_validate_text_without_a_file_uses_dash_location(make_catalog, capsys):
    root = make_catalog({"catalog.yaml": None, "content.yaml": "partner_types: []\n"})

    code = main(["validate", str(root)])

    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith("-:0:0: error CAT-DIR-011 catalog has no catalog.yaml at its root")
    assert FINDING_LINE.match(lines[0])
    assert code == 1


def test_validate_json_matches_the_contract(make_catalog, capsys):
    code = main(["validate", str(make_catalog(MIXED)), "--format", "json"])

    document = json.loads(capsys.readouterr().out)
    assert set(document) == {"findings", "summary"}
    assert document["summary"] == {"errors": 1, "warnings": 1, "infos": 1}
    assert all(set(finding) == FINDING_KEYS for finding in document["findings"])
    assert document["findings"][0] == {
        "severity": "error",
        "code": "CAT-REF-002",
        "message": "capability 'extra' requires unknown id 'nett'",
        "file": "extra.yaml",
        "line": 9,
        "column": 16,
        "subject": "extra",
        "hint": "did you mean 'net'?",
    }
    assert [f["code"] for f in document["findings"]] == ["CAT-REF-002", "CAT-XC-007", "CAT-PTN-013"]
    assert code == 1


def test_validate_json_uses_forward_slashes_and_nulls(make_catalog, capsys):
    root = make_catalog({"catalog.yaml": None, "content.yaml": None, "deep/er/x.yaml": "capability: []\n"})

    main(["validate", str(root), "--format", "json"])

    findings = json.loads(capsys.readouterr().out)["findings"]
    assert [(f["code"], f["file"], f["line"], f["column"]) for f in findings] == [
        ("CAT-KEY-021", "deep/er/x.yaml", 1, 1),
        ("CAT-DIR-011", None, None, None),
    ]


@pytest.mark.parametrize("fmt", ["text", "json"])
@pytest.mark.parametrize(
    ("files", "expected"),
    [
        pytest.param({}, 0, id="clean"),
        pytest.param(
            {"extra.yaml": EXTRA + "    xinchuang: {level: adapted}\n", "p.yaml": AGENT},
            0,
            id="warnings-and-infos-only",
        ),
        pytest.param({"extra.yaml": EXTRA.replace("kind: atomic", "kind: atomc")}, 1, id="error"),
        pytest.param({"broken.yaml": "capabilities: [\n"}, 1, id="syntax-error"),
    ],
)
def test_validate_exit_code(make_catalog, capsys, files, expected, fmt):
    assert main(["validate", str(make_catalog(files)), "--format", fmt]) == expected
    assert capsys.readouterr().err == ""


@pytest.mark.parametrize("fmt", ["text", "json"])
@pytest.mark.parametrize("target", ["missing", "file"])
def test_validate_exits_2_when_the_directory_cannot_be_read(make_catalog, capsys, target, fmt):
    root = make_catalog()
    path = root / "missing" if target == "missing" else root / "catalog.yaml"

    code = main(["validate", str(path), "--format", fmt])

    out, err = capsys.readouterr()
    assert code == 2
    assert "CAT-DIR-010" in out
    assert "Traceback" not in out + err
    if fmt == "json":
        assert json.loads(out)["summary"] == {"errors": 1, "warnings": 0, "infos": 0}


def test_validate_rejects_an_unknown_format(make_catalog, capsys):
    assert main(["validate", str(make_catalog()), "--format", "xml"]) == 2
    assert "invalid choice" in capsys.readouterr().err


# ---------------------------------------------------------------------------------------------
# The shipped sample catalog


def test_sample_catalog_is_clean():
    result = load_catalog(catalog_dir())

    assert [f.to_dict() for f in result.findings] == []
    catalog = result.catalog
    assert len(catalog.capabilities) >= 50
    assert len(catalog.categories) >= 10
    assert len(catalog.scenarios) >= 8
    roles = {ptype.role for ptype in catalog.partner_types.values()}
    assert {"solution", "delivery", "agent", "opportunity", "consulting"} <= roles


def test_validate_defaults_to_the_sample_catalog(capsys):
    assert main(["validate"]) == 0
    assert capsys.readouterr().out.splitlines()[-1].startswith("catalog ")


def test_every_finding_code_is_documented_in_rules_md():
    rules = (PROJECT_ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    assert [code for code in RULES if f"| `{code}` |" not in rules] == []


def test_every_yaml_and_cat_code_has_a_test():
    sources = [path.read_text(encoding="utf-8") for path in Path(__file__).parents[1].rglob("test_catalog_*.py")]
    tested = set(re.findall(r'"((?:YAML|CAT)-[A-Z]+-\d{3})"', "".join(sources)))
    documented = {code for code in RULES if code.startswith(("YAML-", "CAT-"))}
    assert documented - tested == set()
