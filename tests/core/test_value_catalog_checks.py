"""The catalog checks of value drivers: a bad formula (CAT-VALUE-040), a name that is no input
(CAT-VALUE-041) and a default outside its range (CAT-VALUE-042), each located at its node; a
refused formula is left out of the value case and never run.
"""

from __future__ import annotations

from pathlib import Path

from value_support import AB_INPUTS, codes, driver_yaml

from configurator.core.catalog_load import load_catalog
from configurator.core.evaluate import evaluate
from configurator.core.resolve import from_scenario

# (driver id, YAML literal of the formula, reason, CAT code)
BAD_DRIVERS = [
    ("d-import", "\"__import__('os')\"", "construct", "CAT-VALUE-040"),
    ("d-attribute", '"a.b"', "construct", "CAT-VALUE-040"),
    ("d-power", '"a ** 99999999"', "construct", "CAT-VALUE-040"),
    ("d-lambda", '"lambda: 1"', "construct", "CAT-VALUE-040"),
    ("d-subscript", '"a[0]"', "construct", "CAT-VALUE-040"),
    ("d-call", '"f(1)"', "construct", "CAT-VALUE-040"),
    ("d-conditional", '"a if b else c"', "construct", "CAT-VALUE-040"),
    ("d-text", "'\"text\"'", "construct", "CAT-VALUE-040"),
    ("d-true", '"True"', "construct", "CAT-VALUE-040"),
    ("d-syntax", '"a * (b +"', "syntax", "CAT-VALUE-040"),
    ("d-long", '"' + "a + " * 2500 + 'a"', "length", "CAT-VALUE-040"),
    ("d-nested", '"' + "(" * 300 + "a" + ")" * 300 + '"', "length", "CAT-VALUE-040"),
    ("d-unknown", '"a * missing_input"', "unknown", "CAT-VALUE-041"),
]

PROBLEM_WORDS = {"construct": "only numbers, inputs", "syntax": "cannot be parsed", "length": "is too long"}


def _bad_catalog_text() -> str:
    drivers = "".join(driver_yaml(ident, literal, AB_INPUTS) for ident, literal, _, _ in BAD_DRIVERS)
    return (
        "scenarios:\n"
        "  - id: scn-bad-value\n"
        "    name: {en: Bad value, zh: 有问题的价值}\n"
        "    required: [app]\n"
        "    policy: {deployment: private, xinchuang: none, network: internet_allowed}\n"
        "    value_drivers:\n" + drivers
    )


def _formula_position(text: str, ident: str) -> tuple[int, int]:
    """Line and column (1-based) of the formula value of driver `ident`, found in the text."""
    lines = text.splitlines()
    start = lines.index(f"      - id: {ident}")
    for number in range(start, len(lines)):
        if lines[number].startswith("        formula: "):
            return number + 1, len("        formula: ") + 1
    raise AssertionError(ident)


def test_each_kind_of_bad_formula_is_reported_at_the_formula(make_catalog) -> None:
    text = _bad_catalog_text()
    root = make_catalog({"value.yaml": text})
    result = load_catalog(root)
    assert result.catalog is not None
    found = {f.subject: f for f in result.findings if f.code.startswith("CAT-VALUE-04")}
    for ident, _, reason, code in BAD_DRIVERS:
        finding = found.get(ident)
        assert finding is not None, f"no finding for {ident}: {codes(result.findings)}"
        assert finding.code == code, (ident, finding.message)
        assert (finding.file, finding.line, finding.column) == ("value.yaml", *_formula_position(text, ident))
        if code == "CAT-VALUE-040":
            assert PROBLEM_WORDS[reason] in finding.message, (ident, finding.message)
        else:
            assert "missing_input" in finding.message and "a, b, c" in finding.message
    drivers = {d.id: d for d in result.catalog.scenarios["scn-bad-value"].value_drivers}
    for ident, _, reason, _ in BAD_DRIVERS:
        assert drivers[ident].formula is None
        assert drivers[ident].problem.reason == reason
    assert len([f for f in result.findings if f.code in ("CAT-VALUE-040", "CAT-VALUE-041")]) == len(BAD_DRIVERS)


def test_loading_a_catalog_with_malicious_formulas_runs_nothing(make_catalog, tmp_path: Path) -> None:
    target = tmp_path / "pwned"
    literal = f"\"__import__('os').system('touch {target}')\""
    root = make_catalog(
        {
            "value.yaml": (
                "scenarios:\n"
                "  - id: scn-bad-value\n"
                "    name: {en: Bad value, zh: 有问题的价值}\n"
                "    required: [app]\n"
                "    value_drivers:\n" + driver_yaml("d-evil", literal, AB_INPUTS)
            )
        }
    )
    result = load_catalog(root)
    assert "CAT-VALUE-040" in codes(result.findings)
    catalog = result.catalog
    solution = from_scenario(catalog, "scn-bad-value", "x").solution
    evaluation = evaluate(catalog, solution)
    assert evaluation.value.drivers == ()  # a refused driver is left out of the case
    assert not target.exists()


def test_a_catalog_formula_without_findings_never_crashes_the_evaluation(make_catalog) -> None:
    """A 400-digit literal: either the catalog check refuses it (CAT-VALUE-040), or every
    solution of the scenario evaluates (`check`, `bom`, `value` and the GUI all evaluate)."""
    root = make_catalog(
        {
            "value.yaml": (
                "scenarios:\n"
                "  - id: scn-big\n"
                "    name: {en: Big, zh: 大}\n"
                "    required: [app]\n"
                "    value_drivers:\n" + driver_yaml("d-big", "a * 1" + "0" * 400, AB_INPUTS)
            )
        }
    )
    result = load_catalog(root)
    if "CAT-VALUE-040" in codes(result.findings):
        return
    solution = from_scenario(result.catalog, "scn-big", "x").solution
    evaluation = evaluate(result.catalog, solution)  # OverflowError here is a bug
    assert evaluation.value is not None


def test_a_default_outside_its_range_gives_cat_value_042(make_catalog) -> None:
    inputs = (
        "          - {id: a, label: {en: A, zh: 甲}, unit: x, default: 5, low: 0, high: 2}\n"
        "          - {id: b, label: {en: B, zh: 乙}, unit: x, default: -1, low: 0, high: 2}\n"
        "          - {id: c, label: {en: C, zh: 丙}, unit: x, default: 2, low: 0, high: 2}\n"
    )
    text = (
        "scenarios:\n"
        "  - id: scn-range\n"
        "    name: {en: Range, zh: 范围}\n"
        "    required: [app]\n"
        "    value_drivers:\n" + driver_yaml("d-range", "a * b * c", inputs)
    )
    result = load_catalog(make_catalog({"value.yaml": text}))
    found = [f for f in result.findings if f.code == "CAT-VALUE-042"]
    assert sorted(f.params["input"] for f in found) == ["a", "b"]  # c = 2 is on the edge: fine
    by_input = {f.params["input"]: f for f in found}
    assert "default 5 outside its range 0 to 2" in by_input["a"].message
    assert "default -1 outside its range 0 to 2" in by_input["b"].message
    lines = text.splitlines()
    for name, finding in by_input.items():
        assert finding.file == "value.yaml" and finding.subject == "d-range"
        assert lines[finding.line - 1].lstrip().startswith(f"- {{id: {name},"), finding.location
    assert not [f for f in result.findings if f.code in ("CAT-VALUE-040", "CAT-VALUE-041")]
