"""The business-value case: safe formulas, catalog value drivers, the value case of each
sample scenario (computed by hand from catalog/scenarios.yaml), the VAL rules, the solution
file's `value` section, `configurator value` and the BOM's `value` key.

Expected numbers are written out as arithmetic on the literal figures of the catalog (the
formula text with the defaults, or every input at the low or the high end of its plausible
range), never by calling the code under test. ROI and payback are computed here from the BOM
totals with the definitions:

    three_year_cost = one_time + 36 × monthly + 3 × yearly
    net             = 3 × annual − three_year_cost
    roi_pct         = net / three_year_cost × 100
    payback_months  = first month m in 0..120 with annual / 12 × m ≥ one_time + monthly × m
                      + yearly × max(1, ceil(m / 12)) (month 0 only if that cost is 0), else None
"""

from __future__ import annotations

import builtins
import contextlib
import json
import math
from pathlib import Path

import pytest
import yaml
from cli_helpers import cli

from configurator.core.catalog import Catalog
from configurator.core.catalog_load import load_catalog
from configurator.core.evaluate import evaluate
from configurator.core.formula import MAX_LENGTH, Formula, FormulaError, parse
from configurator.core.resolve import from_scenario
from configurator.core.solution import Solution
from configurator.core.solution_file import load_solution, parse_solution, save_solution, to_text
from configurator.paths import catalog_dir

CNY = "CNY"


# --------------------------------------------------------------------------- helpers


def three_year_cost(totals) -> float:
    return totals.one_time + 36 * totals.monthly + 3 * totals.yearly


def cost_by_month(totals, month: int) -> float:
    return totals.one_time + totals.monthly * month + totals.yearly * max(1, math.ceil(month / 12))


def payback_by_hand(annual: float, totals) -> int | None:
    for month in range(0, 121):
        cost = cost_by_month(totals, month)
        if annual / 12 * month >= cost and (month > 0 or cost == 0):
            return month
    return None


def money_en(amount: float) -> str:
    return f"-CNY {abs(amount):,.2f}" if amount < 0 else f"CNY {amount:,.2f}"


def money_zh(amount: float) -> str:
    return f"-¥{abs(amount):,.2f}" if amount < 0 else f"¥{amount:,.2f}"


def codes(findings) -> list[str]:
    return [f.code for f in findings]


@contextlib.contextmanager
def nothing_may_run():
    """Fail loudly if anything imports, evals, execs, compiles code objects or opens a file."""
    called: list[str] = []

    def guard(name):
        def refuse(*args, **kwargs):
            called.append(name)
            raise AssertionError(f"{name} was called while a formula was only parsed: {args!r}")

        return refuse

    saved = {name: getattr(builtins, name) for name in ("__import__", "eval", "exec", "open")}
    for name in saved:
        setattr(builtins, name, guard(name))
    try:
        yield called
    finally:
        for name, original in saved.items():
            setattr(builtins, name, original)


# --------------------------------------------------------------------------- formulas


INPUTS = frozenset({"a", "b", "c", "x"})


@pytest.mark.parametrize(
    ("text", "values", "expected"),
    [
        ("a + b * c", {"a": 1, "b": 2, "c": 3}, 1 + 2 * 3),
        ("(a + b) * c", {"a": 1, "b": 2, "c": 3}, (1 + 2) * 3),
        ("a - b - c", {"a": 10, "b": 3, "c": 2}, 10 - 3 - 2),
        ("a / b / c", {"a": 24, "b": 3, "c": 2}, 24 / 3 / 2),
        ("-a + +b", {"a": 4, "b": 9}, -4 + 9),
        ("a * 12 * 6 / 60 * 120", {"a": 12000}, 12000 * 12 * 6 / 60 * 120),
        ("0.5 * a", {"a": 3}, 1.5),
        ("min(a, b)", {"a": 7, "b": 3}, 3),
        ("max(a, b, c)", {"a": 7, "b": 3, "c": 11}, 11),
        ("min(a)", {"a": 7}, 7),
        ("max(0, a - b) * c", {"a": 2, "b": 5, "c": 100}, 0),
        ("min(max(a, 10), 20)", {"a": 25}, 20),
        (
            "(a * b - (a + b)) * 3.5 * c / x",
            {"a": 5, "b": 4, "c": 100000, "x": 3},
            (5 * 4 - (5 + 4)) * 3.5 * 100000 / 3,
        ),
    ],
)
def test_arithmetic_and_min_max_evaluate(text: str, values: dict, expected: float) -> None:
    formula = parse(text, INPUTS)
    assert isinstance(formula, Formula)
    assert formula.evaluate(values) == pytest.approx(expected)
    assert formula.names <= INPUTS


@pytest.mark.parametrize("text", ["a / 0", "a / (b - b)", "a / b", "c * a / (b * 0)", "1 / 0.0"])
def test_division_by_zero_gives_zero(text: str) -> None:
    assert parse(text, INPUTS).evaluate({"a": 5, "b": 0, "c": 2, "x": 1}) == 0


def test_division_by_zero_gives_zero_inside_a_larger_formula() -> None:
    # 100 + 5 / 0 → 100 + 0
    assert parse("100 + a / b", INPUTS).evaluate({"a": 5, "b": 0}) == 100


def test_a_result_too_large_for_any_benefit_gives_zero() -> None:
    assert parse("a * a", INPUTS).evaluate({"a": 1e9}) == 1e18  # the largest result that counts
    assert parse("a * a", INPUTS).evaluate({"a": 2e9}) == 0
    assert parse("-a * a", INPUTS).evaluate({"a": 2e9}) == 0
    power = " * ".join(["a"] * 21)  # 1e315: beyond a float; minus itself it is not a number at all
    assert parse(f"{power} - {power}", INPUTS).evaluate({"a": 1e15}) == 0


def test_the_names_a_formula_uses_are_reported() -> None:
    assert parse("a * (b + 2)", INPUTS).names == {"a", "b"}


REFUSED = [
    ("__import__('os')", "construct"),
    ("__import__('os').system('echo hacked')", "construct"),
    ("a.b", "construct"),
    ("x ** 99999999", "construct"),
    ("lambda: 1", "construct"),
    ("a[0]", "construct"),
    ("f(1)", "construct"),
    ("a if b else c", "construct"),
    ('"text"', "construct"),
    ("True", "construct"),
    ("min()", "construct"),
    ("min(a, key=b)", "construct"),
    ("a // b", "construct"),
    ("a % b", "construct"),
    ("a == b", "construct"),
    ("(a := 1)", "construct"),
    ("a +", "syntax"),
    ("(a", "syntax"),
    ("", "syntax"),
    ("   ", "syntax"),
    ("a + " * 2500 + "a", "length"),  # 10,001 characters
    ("1" + "+1" * 4999 + "9", "length"),  # 10,000 characters
    ("(" * 300 + "a" + ")" * 300, "length"),  # 300 nested parentheses: 601 characters
]


@pytest.mark.parametrize(("text", "reason"), REFUSED, ids=[t[:30] + f"…({len(t)})" for t, _ in REFUSED])
def test_refused_formulas_give_the_reason_without_running_anything(text: str, reason: str) -> None:
    with nothing_may_run() as called, pytest.raises(FormulaError) as refused:
        parse(text, INPUTS)
    assert called == []
    assert refused.value.reason == reason, refused.value.detail
    assert refused.value.detail


def test_the_10000_character_expression_is_refused_for_its_length() -> None:
    text = "1" + "+1" * 4999 + "9"
    assert len(text) == 10_000 > MAX_LENGTH
    with pytest.raises(FormulaError) as refused:
        parse(text, INPUTS)
    assert refused.value.reason == "length"
    assert str(refused.value.detail) == "10000 characters, more than 500"


def test_deep_nesting_within_the_length_limit_is_a_syntax_error_not_a_crash() -> None:
    # 249 nested parentheses fit in 499 characters; the parser refuses them as too deep.
    text = "(" * 249 + "a" + ")" * 249
    assert len(text) <= MAX_LENGTH
    with nothing_may_run() as called, pytest.raises(FormulaError) as refused:
        parse(text, INPUTS)
    assert called == []
    assert refused.value.reason == "syntax"


def test_a_refused_call_has_no_side_effect(tmp_path: Path) -> None:
    """Without any guard on builtins: if the formula were run, the file would appear."""
    target = tmp_path / "pwned"
    for text in (
        f"__import__('pathlib').Path({str(target)!r}).touch()",
        f"open({str(target)!r}, 'w')",
        f"__import__('os').system('touch {target}')",
    ):
        with pytest.raises(FormulaError) as refused:
            parse(text, INPUTS)
        assert refused.value.reason == "construct"
        assert not target.exists()


def test_a_refused_import_never_reaches_import() -> None:
    imported: list[str] = []
    original = builtins.__import__

    def spy(name, *args, **kwargs):
        imported.append(name)
        return original(name, *args, **kwargs)

    builtins.__import__ = spy
    try:
        with pytest.raises(FormulaError):
            parse("__import__('os').system('echo hacked')", INPUTS)
    finally:
        builtins.__import__ = original
    assert "os" not in imported


@pytest.mark.parametrize(
    ("text", "unknown"),
    [
        ("zz", "zz"),
        ("a + zz", "zz"),
        ("min(a, undefined_input)", "undefined_input"),
        ("os * 2", "os"),
        ("min + 1", "min"),
    ],
)
def test_names_that_are_not_inputs_give_reason_unknown(text: str, unknown: str) -> None:
    with pytest.raises(FormulaError) as refused:
        parse(text, INPUTS)
    assert refused.value.reason == "unknown"
    assert refused.value.detail == unknown


def test_a_formula_that_parses_evaluates_without_crashing() -> None:
    """A 400-digit integer literal fits in the length limit; it must be refused at parse time
    or evaluate to a number, never raise an unexpected exception while the value case runs."""
    text = "1" + "0" * 400
    assert len(text) <= MAX_LENGTH
    try:
        formula = parse(text, INPUTS)
    except FormulaError:
        return  # refused up front: fine
    result = formula.evaluate({})  # must not raise (OverflowError is a bug)
    assert isinstance(result, float)


# --------------------------------------------------------------------------- catalog checks


def _driver_yaml(ident: str, formula_literal: str, inputs: str) -> str:
    return (
        f"      - id: {ident}\n"
        f"        name: {{en: Driver {ident}, zh: 驱动 {ident}}}\n"
        f"        kind: cost_saving\n"
        f"        unit: CNY/year\n"
        f"        formula: {formula_literal}\n"
        f"        inputs:\n{inputs}"
    )


AB_INPUTS = (
    "          - {id: a, label: {en: A, zh: 甲}, unit: x, default: 1, low: 0, high: 2}\n"
    "          - {id: b, label: {en: B, zh: 乙}, unit: x, default: 1, low: 0, high: 2}\n"
    "          - {id: c, label: {en: C, zh: 丙}, unit: x, default: 1, low: 0, high: 2}\n"
)

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
    drivers = "".join(_driver_yaml(ident, literal, AB_INPUTS) for ident, literal, _, _ in BAD_DRIVERS)
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
                "    value_drivers:\n" + _driver_yaml("d-evil", literal, AB_INPUTS)
            )
        }
    )
    result = load_catalog(root)
    assert "CAT-VALUE-040" in codes(result.findings)
    catalog = result.catalog
    solution = from_scenario(catalog, "scn-bad-value", "x").solution
    evaluation = evaluate(catalog, solution)
    assert evaluation.bom.value.drivers == ()  # a refused driver is left out of the case
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
                "    value_drivers:\n" + _driver_yaml("d-big", "a * 1" + "0" * 400, AB_INPUTS)
            )
        }
    )
    result = load_catalog(root)
    if "CAT-VALUE-040" in codes(result.findings):
        return
    solution = from_scenario(result.catalog, "scn-big", "x").solution
    evaluation = evaluate(result.catalog, solution)  # OverflowError here is a bug
    assert evaluation.bom.value is not None


def _scenario_with_driver(formula: str, inputs: str) -> str:
    return (
        "scenarios:\n"
        "  - id: scn-v\n"
        "    name: {en: V, zh: 五}\n"
        "    required: [app]\n"
        "    value_drivers:\n" + _driver_yaml("d", f'"{formula}"', inputs)
    )


def _one_driver_case(make_catalog, formula: str, inputs: str):
    result = load_catalog(make_catalog({"value.yaml": _scenario_with_driver(formula, inputs)}))
    assert not [f for f in result.findings if f.code.startswith("CAT-VALUE")]
    (driver_result,) = evaluate(result.catalog, from_scenario(result.catalog, "scn-v", "v").solution).bom.value.drivers
    return driver_result


def test_low_and_high_take_each_input_at_the_end_that_lowers_or_raises_the_benefit(make_catalog) -> None:
    # a, b, c in [0, 2], default 1. The benefit falls with b; c shrinks it towards 0 either way,
    # so with a - b negative the low case takes c at its low end, not its high one.
    result = _one_driver_case(make_catalog, "(a - b) * 10 / (1 + c)", AB_INPUTS)
    assert (result.low, result.expected, result.high) == ((0 - 2) * 10 / (1 + 0), 0, (2 - 0) * 10 / (1 + 0))


def _inputs(count: int) -> str:
    return "".join(
        f"          - {{id: i{n}, label: {{en: I{n}, zh: 输入{n}}}, unit: x, default: 1, low: 0, high: 2}}\n"
        for n in range(count)
    )


def test_a_driver_whose_inputs_appear_once_gets_its_exact_range_whatever_their_number(make_catalog) -> None:
    formula = " + ".join(f"i{n}" for n in range(19)) + " - 19 * i19"  # 2^20 corners: never enumerated
    result = _one_driver_case(make_catalog, formula, _inputs(20))
    assert (result.low, result.expected, result.high) == (-38, 0, 38)


def test_a_divisor_whose_range_reaches_zero_is_varied_over_the_corners(make_catalog) -> None:
    result = _one_driver_case(make_catalog, "i0 / (i1 - 1)", _inputs(2))  # i1 - 1 runs from -1 to 1
    assert (result.low, result.expected, result.high) == (-2, 0, 2)  # x / 0 is 0, as in the expected case


def test_a_formula_that_repeats_inputs_beyond_the_corner_work_is_bounded_by_intervals(
    make_catalog, monkeypatch
) -> None:
    """Ten inputs each used twice in 100 nodes: 2^10 corners would be 100,000 node evaluations.
    Interval arithmetic bounds it in one pass: each i·i in [0, 4], the sum in [0, 40], 10·i0·i1
    in [0, 40]; wider than the true range, never narrower."""
    formula = " + ".join(f"i{n} * i{n}" for n in range(10)) + " - 10 * i0 * i1"
    calls = []
    real = Formula.evaluate
    monkeypatch.setattr(Formula, "evaluate", lambda self, values: calls.append(1) or real(self, values))
    result = _one_driver_case(make_catalog, formula, _inputs(10))
    assert (result.low, result.expected, result.high) == (-40, 0, 40)
    assert len(calls) == 1  # the expected case only


def test_a_divisor_reaching_zero_beyond_the_corner_work_varies_the_inputs_all_together(make_catalog) -> None:
    formula = " + ".join(f"i{n} * i{n}" for n in range(9)) + " + i9 / (i9 - 1)"
    result = _one_driver_case(make_catalog, formula, _inputs(10))
    # all at 0: 0 + 0 / -1 = 0; at the default 1: 9 + 1 / 0 = 9; all at 2: 36 + 2 / 1 = 38
    assert (result.low, result.expected, result.high) == (0, 9, 38)


def test_the_value_memo_lets_a_reloaded_catalog_go(make_catalog) -> None:
    import gc
    import weakref

    from configurator.core import value

    catalog = load_catalog(make_catalog({"value.yaml": _scenario_with_driver("a * b", AB_INPUTS)})).catalog
    evaluate(catalog, from_scenario(catalog, "scn-v", "v").solution)
    [driver] = catalog.scenarios["scn-v"].value_drivers
    gone, remembered = weakref.ref(driver), id(driver)
    assert remembered in value._MEMOS
    del catalog, driver
    gc.collect()
    assert gone() is None and remembered not in value._MEMOS


def test_a_small_formula_that_repeats_an_input_takes_every_corner(make_catalog) -> None:
    result = _one_driver_case(make_catalog, "i0 * i1 - i0 * i2", _inputs(3))  # interval arithmetic: -4 to 4
    assert (result.low, result.expected, result.high) == (-4, 0, 4)
    result = _one_driver_case(make_catalog, "i0 * (i1 - i2) + i0 - i0", _inputs(3))
    assert (result.low, result.expected, result.high) == (-4, 0, 4)


def test_an_edit_that_leaves_the_value_inputs_alone_evaluates_no_formula(sample, monkeypatch) -> None:
    catalog = sample
    solution = from_scenario(catalog, "scn-digital-human-service", "dh").solution
    first = evaluate(catalog, solution).bom.value
    calls = []
    real = Formula.evaluate
    monkeypatch.setattr(Formula, "evaluate", lambda self, values: calls.append(1) or real(self, values))
    edited = solution.replace_item(solution.items[0].capability, quantity=3)
    again = evaluate(catalog, edited).bom.value
    assert calls == [] and [d.expected for d in again.drivers] == [d.expected for d in first.drivers]
    changed = edited.edited(value={first.drivers[0].driver.id: {first.drivers[0].inputs[0].input.id: 7.0}})
    evaluate(catalog, changed)
    assert len(calls) == 1  # only the driver whose input changed


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
        "    value_drivers:\n" + _driver_yaml("d-range", "a * b * c", inputs)
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


# --------------------------------------------------------------------------- the sample catalog


@pytest.fixture(scope="module")
def sample() -> Catalog:
    result = load_catalog(catalog_dir())
    assert result.catalog is not None
    return result.catalog


def test_the_sample_catalog_has_no_value_findings() -> None:
    result = load_catalog(catalog_dir())
    assert not [f for f in result.findings if f.code.startswith("CAT-VALUE")]


# Per scenario, per driver: (low, expected, high), each the formula of catalog/scenarios.yaml
# at its defaults for expected; for low and high, each input at whichever end of its range gives
# the smaller or the larger result (an input that is subtracted or divides counts the other way).
SAMPLE_EXPECTED: dict[str, dict[str, tuple[float, float, float]]] = {
    "scn-virtual-branch": {
        # txn_shifted_per_year * (cost_counter - cost_remote)
        "counter-transactions-moved-online": (30_000 * (15 - 15), 100_000 * (25 - 10), 300_000 * (40 - 5)),
        # fte_redeployed * loaded_cost_per_fte_year
        "agent-pooling-redeployment": (2 * 120_000, 5 * 150_000, 15 * 220_000),
    },
    "scn-digital-human-service": {
        # agents_on_simple_queries * reduction_pct * loaded_cost_per_agent_year
        "staff-reduction-simple-queries": (5 * 0.20 * 120_000, 15 * 0.40 * 180_000, 60 * 0.60 * 250_000),
        # after_hours_contacts_per_year * containment_rate * cost_per_agent_contact
        "after-hours-containment": (30_000 * 0.30 * 3, 100_000 * 0.50 * 6, 400_000 * 0.70 * 10),
    },
    "scn-precision-marketing": {
        # (reward_high - reward_low) * bindings_per_year
        "incentive-waste-avoided": ((8 - 8) * 20_000, (10 - 5) * 100_000, (20 - 3) * 500_000),
        # target_customers * conversion_uplift * margin_per_conversion
        "conversion-uplift": (50_000 * 0.001 * 100, 200_000 * 0.005 * 300, 1_000_000 * 0.02 * 800),
    },
    "scn-supply-chain-finance": {
        # docs_per_month * 12 * minutes_saved_per_doc / 60 * cost_per_hour
        "document-review-hours-saved": (
            3_000 * 12 * 3 / 60 * 80,
            12_000 * 12 * 6 / 60 * 120,
            50_000 * 12 * 12 / 60 * 200,
        ),
        # financing_volume_per_year * loss_rate_reduction
        "forged-invoice-losses-avoided": (500_000_000 * 0.0001, 2_000_000_000 * 0.0005, 10_000_000_000 * 0.002),
    },
    "scn-inclusive-lending": {
        # loans_online_per_year * (cost_per_loan_manual - cost_per_loan_online)
        "processing-cost-per-loan": (2_000 * (300 - 200), 8_000 * (500 - 80), 50_000 * (1000 - 30)),
        # loan_volume_per_year * fraud_loss_rate_reduction
        "identity-fraud-losses-avoided": (300_000_000 * 0.0002, 1_500_000_000 * 0.0005, 5_000_000_000 * 0.002),
    },
    "scn-gov-industry-finance": {
        # smes_financed_per_year * avg_financing_per_sme * financing_cost_reduction
        "sme-financing-cost-saved": (100 * 300_000 * 0.003, 400 * 1_000_000 * 0.008, 3_000 * 3_000_000 * 0.02),
        # requests_per_year * hours_saved_per_request * cost_per_hour
        "manual-matching-work-avoided": (1_000 * 1 * 60, 3_000 * 3 * 100, 10_000 * 6 * 150),
    },
    "scn-open-finance-gateway": {
        # (n_fi * m_platforms - (n_fi + m_platforms)) * months_per_integration
        #     * cost_per_integration_month / years
        "integrations-avoided-vs-point-to-point": (
            (3 * 3 - (3 + 3)) * 3 * 60_000 / 5,
            (5 * 4 - (5 + 4)) * 3.5 * 100_000 / 3,
            (20 * 20 - (20 + 20)) * 4 * 150_000 / 2,
        ),
    },
    "scn-core-distributed-xinchuang": {
        # ioe_expansion_cost / expansion_cycle_years * (1 - distributed_cost_ratio)
        "ioe-expansion-avoided": (8_000_000 / 6 * (1 - 0.6), 20_000_000 / 4 * (1 - 0.4), 100_000_000 / 3 * (1 - 0.25)),
        # legacy_maintenance_per_year - new_stack_maintenance_per_year
        "legacy-maintenance-avoided": (1_500_000 - 2_500_000, 3_000_000 - 1_200_000, 8_000_000 - 600_000),
    },
    "scn-digital-collaboration": {
        # trips_avoided_per_year * cost_per_trip
        "travel-meeting-cost-avoided": (20 * 800, 100 * 1500, 500 * 3000),
        # staff * hours_saved_per_week * 48 * cost_per_hour
        "document-cycle-time-saved": (10 * 0.5 * 48 * 60, 50 * 1 * 48 * 100, 1000 * 3 * 48 * 200),
    },
    "scn-joint-risk-privacy": {
        # new_loans_per_year * loss_rate_reduction
        "credit-losses-avoided": (500_000_000 * 0.0003, 1_500_000_000 * 0.0008, 10_000_000_000 * 0.002),
        # applications_per_year * approval_rate_uplift * avg_loan * net_margin
        "approvals-at-constant-risk": (
            10_000 * 0.005 * 30_000 * 0.01,
            40_000 * 0.015 * 80_000 * 0.02,
            200_000 * 0.04 * 300_000 * 0.03,
        ),
    },
}


def test_every_sample_scenario_has_hand_computed_expectations(sample) -> None:
    assert set(SAMPLE_EXPECTED) == set(sample.scenarios)


@pytest.fixture(scope="module")
def sample_cases(sample) -> dict:
    cases = {}
    for scenario in sample.scenarios:
        solution = from_scenario(sample, scenario, scenario).solution
        cases[scenario] = evaluate(sample, solution)
    return cases


@pytest.mark.parametrize("scenario", list(SAMPLE_EXPECTED))
def test_sample_scenario_defaults_give_the_hand_computed_value_case(sample_cases, scenario: str) -> None:
    evaluation = sample_cases[scenario]
    case = evaluation.bom.value
    expected = SAMPLE_EXPECTED[scenario]
    assert [r.driver.id for r in case.drivers] == list(expected)
    for result in case.drivers:
        low, mid, high = expected[result.driver.id]
        assert (result.low, result.expected, result.high) == (
            pytest.approx(low, rel=1e-12),
            pytest.approx(mid, rel=1e-12),
            pytest.approx(high, rel=1e-12),
        ), result.driver.id
        assert all(not v.given for v in result.inputs)
        assert [v.value for v in result.inputs] == [v.input.default for v in result.inputs]
    annual = {
        "low": sum(v[0] for v in expected.values()),
        "expected": sum(v[1] for v in expected.values()),
        "high": sum(v[2] for v in expected.values()),
    }
    assert case.annual == pytest.approx(annual, rel=1e-12)

    totals = evaluation.bom.totals
    cost3 = three_year_cost(totals)
    assert case.three_year_cost == pytest.approx(cost3)
    assert case.first_year_cost == pytest.approx(totals.one_time + 12 * totals.monthly + totals.yearly)
    for which in ("low", "expected", "high"):
        net = 3 * annual[which] - cost3
        assert case.net[which] == pytest.approx(net)
        assert case.roi_pct[which] == pytest.approx(net / cost3 * 100)
        assert case.payback_months[which] == payback_by_hand(annual[which], totals), which
    assert case.cumulative_cost == pytest.approx([cost_by_month(totals, m) for m in range(37)])
    assert case.cumulative_benefit == pytest.approx([annual["expected"] / 12 * m for m in range(37)])
    # the sample scenarios all have drivers and the defaults are in range
    assert not [f for f in evaluation.findings if f.code in ("VAL-MISSING-050", "VAL-RANGE-051", "VAL-UNKNOWN-053")]
    payback = case.payback_months["expected"]
    assert ("VAL-PAYBACK-052" in codes(evaluation.findings)) == (payback is None or payback > 36)


def test_digital_human_uses_the_40_percent_reduction_and_pays_back_in_9_months(sample, sample_cases) -> None:
    driver = next(
        d
        for d in sample.scenarios["scn-digital-human-service"].value_drivers
        if d.id == "staff-reduction-simple-queries"
    )
    share = driver.input("reduction_pct")
    assert (share.default, share.low, share.high) == (0.40, 0.20, 0.60)
    evaluation = sample_cases["scn-digital-human-service"]
    case = evaluation.bom.value
    staff = next(r for r in case.drivers if r.driver.id == "staff-reduction-simple-queries")
    assert {v.input.id: v.value for v in staff.inputs}["reduction_pct"] == 0.40
    assert staff.expected == pytest.approx(15 * 0.40 * 180_000)  # 1,080,000
    assert case.annual["expected"] == pytest.approx(1_380_000)  # + 100,000 × 0.50 × 6
    totals = evaluation.bom.totals
    # 1,380,000 / 12 = 115,000 a month against the monthly fees: the one-time cost is
    # recovered after one_time / (115,000 − monthly) months, rounded up.
    assert totals.yearly == 0
    months = math.ceil(totals.one_time / (1_380_000 / 12 - totals.monthly))
    assert case.payback_months["expected"] == months == payback_by_hand(1_380_000, totals)
    assert case.payback_months["expected"] == 9
    cost3 = three_year_cost(totals)
    assert case.roi_pct["expected"] == pytest.approx((3 * 1_380_000 - cost3) / cost3 * 100)


def test_open_finance_gateway_compares_point_to_point_with_the_gateway(sample, sample_cases) -> None:
    (driver,) = sample.scenarios["scn-open-finance-gateway"].value_drivers
    assert driver.id == "integrations-avoided-vs-point-to-point"
    names = {i.id for i in driver.inputs}
    assert {"n_fi", "m_platforms", "months_per_integration"} <= names
    assert driver.formula.names >= {"n_fi", "m_platforms", "months_per_integration"}
    text = driver.formula_text.replace(" ", "")
    assert "n_fi*m_platforms" in text and "(n_fi+m_platforms)" in text  # N × M links against N + M
    months = driver.input("months_per_integration")
    assert months.default == 3.5 and (months.low, months.high) == (3, 4)
    institutions, platforms = driver.input("n_fi"), driver.input("m_platforms")
    assert "institution" in institutions.label.en.lower() and "platform" in platforms.label.en.lower()
    case = sample_cases["scn-open-finance-gateway"].bom.value
    # 5 institutions × 4 platforms = 20 links point to point, 5 + 4 = 9 through the gateway:
    # 11 integrations avoided × 3.5 months × 100,000 CNY, spread over 3 years
    assert case.drivers[0].expected == pytest.approx(11 * 3.5 * 100_000 / 3)
    assert case.annual["expected"] == pytest.approx(1_283_333.333333, rel=1e-9)


# --------------------------------------------------------------------------- VAL rules on a tiny catalog

VALUE_SCENARIO = """\
scenarios:
  - id: scn-value
    name: {en: Value scenario, zh: 价值场景}
    required: [app]
    policy: {deployment: private, xinchuang: none, network: internet_allowed}
    value_drivers:
      - id: hours-saved
        name: {en: Hours saved, zh: 节省的工时}
        kind: cost_saving
        unit: CNY/year
        formula: hours * rate
        inputs:
          - id: hours
            label: {en: Hours saved per year, zh: 每年节省的工时}
            unit: hours/year
            default: 1000
            low: 100
            high: 1000000
          - {id: rate, label: {en: Cost per hour, zh: 每小时成本}, unit: CNY/hour, default: 120, low: 50, high: 200}
        source: {en: Test figures., zh: 测试数据。}
"""
# The tiny catalog on premises: app 300,000 + db 200,000 + net 5,000, all one-time licences.
TINY_ONE_TIME = 300_000 + 200_000 + 5_000


@pytest.fixture
def tiny(make_catalog) -> Catalog:
    result = load_catalog(make_catalog({"value.yaml": VALUE_SCENARIO}))
    assert not [f for f in result.findings if f.code.startswith("CAT-")], codes(result.findings)
    return result.catalog


def tiny_solution(catalog: Catalog, value: dict | None = None, scenario: str = "scn-value") -> Solution:
    solution = from_scenario(catalog, scenario, "价值测试").solution
    return solution.edited(value=value) if value is not None else solution


def evaluate_file(catalog: Catalog, solution: Solution, tmp_path: Path, name: str = "value.yaml"):
    """Save, load and evaluate, so that findings carry the file's locations."""
    path = tmp_path / name
    save_solution(solution, path)
    loaded, findings = load_solution(path, name)
    return evaluate(catalog, loaded, name, findings), path


def test_the_tiny_value_scenario_by_hand(tiny) -> None:
    evaluation = evaluate(tiny, tiny_solution(tiny))
    case = evaluation.bom.value
    assert evaluation.bom.totals.one_time == TINY_ONE_TIME
    (result,) = case.drivers
    assert (result.low, result.expected, result.high) == (100 * 50, 1000 * 120, 1_000_000 * 200)
    # 120,000 a year is 10,000 a month against 505,000: 50.5 → month 51
    assert case.payback_months["expected"] == 51
    assert case.roi_pct["expected"] == pytest.approx((3 * 120_000 - TINY_ONE_TIME) / TINY_ONE_TIME * 100)


def test_val_missing_050_for_a_scenario_without_drivers(tiny, tmp_path: Path) -> None:
    evaluation, _ = evaluate_file(tiny, tiny_solution(tiny, scenario="scn-app"), tmp_path)
    found = [f for f in evaluation.findings if f.code == "VAL-MISSING-050"]
    assert len(found) == 1
    assert found[0].subject == "scn-app" and "scn-app" in found[0].message
    assert found[0].file == "value.yaml"
    assert evaluation.bom.value.drivers == ()
    assert "VAL-PAYBACK-052" not in codes(evaluation.findings)  # nothing to pay back
    # a scenario with drivers has no such finding
    evaluation, _ = evaluate_file(tiny, tiny_solution(tiny), tmp_path, "other.yaml")
    assert "VAL-MISSING-050" not in codes(evaluation.findings)


@pytest.mark.parametrize(
    ("name", "value", "low", "high"),
    [("rate", 500, 50, 200), ("rate", 49.5, 50, 200), ("hours", 10, 100, 1_000_000), ("hours", -1, 100, 1_000_000)],
)
def test_val_range_051_names_the_range(tiny, tmp_path: Path, name: str, value: float, low: float, high: float) -> None:
    evaluation, path = evaluate_file(tiny, tiny_solution(tiny, {"hours-saved": {name: value}}), tmp_path)
    found = [f for f in evaluation.findings if f.code == "VAL-RANGE-051"]
    assert len(found) == 1
    finding = found[0]
    assert finding.subject == "hours-saved" and "hours-saved" in finding.message
    assert finding.params["input"] == name and f"'{name}'" in finding.message

    def number(text: str) -> float:  # messages group thousands: "1,000,000"
        return float(text.replace(",", ""))

    assert number(finding.params["value"]) == value
    assert (number(finding.params["low"]), number(finding.params["high"])) == (low, high)
    assert f"is {finding.params['value']}, outside its plausible range" in finding.message
    assert f"range {finding.params['low']} to {finding.params['high']}" in finding.message
    value_line = path.read_text(encoding="utf-8").splitlines().index("value:") + 1
    assert finding.file == "value.yaml" and finding.line in (value_line, value_line + 1)
    # the value is used as given
    (result,) = evaluation.bom.value.drivers
    given = {"hours": 1000, "rate": 120, name: value}
    assert result.expected == pytest.approx(given["hours"] * given["rate"])


def test_val_range_051_not_for_values_in_range_or_on_the_edges(tiny, tmp_path: Path) -> None:
    for value in ({"hours-saved": {"hours": 100, "rate": 200}}, {"hours-saved": {"hours": 1_000_000, "rate": 50}}):
        evaluation, _ = evaluate_file(tiny, tiny_solution(tiny, value), tmp_path)
        assert "VAL-RANGE-051" not in codes(evaluation.findings), value


@pytest.mark.parametrize(
    ("hours", "rate", "months"),
    [
        (1000, 120, 51),  # defaults: 505,000 / (120,000 / 12) = 50.5 → 51
        (0, 120, None),  # no benefit at all: never
        (1010, 10, None),  # 10,100 a year: 505,000 needs 600 months, beyond the 120 searched
        (84167, 2, 36),  # 168,334 a year: 14,027.83 × 36 = 505,002 ≥ 505,000 → 36, fine
        (168333, 1, 37),  # 168,333 a year: 14,027.75 × 36 = 504,999 < 505,000 → 37
    ],
)
def test_val_payback_052_beyond_36_months_or_never(tiny, tmp_path: Path, hours, rate, months) -> None:
    solution = tiny_solution(tiny, {"hours-saved": {"hours": hours, "rate": rate}})
    evaluation, _ = evaluate_file(tiny, solution, tmp_path)
    case = evaluation.bom.value
    assert case.payback_months["expected"] == months
    found = [f for f in evaluation.findings if f.code == "VAL-PAYBACK-052"]
    if months is not None and months <= 36:
        assert found == []
    else:
        assert len(found) == 1
        shown = str(months) if months is not None else "> 120"
        assert f"payback is {shown} months" in found[0].message
        assert found[0].file == "value.yaml"


def test_val_unknown_053_for_entries_the_catalog_does_not_define_and_they_are_kept(tiny, tmp_path: Path) -> None:
    value = {"hours-saved": {"hours": 2000, "minutes": 5}, "ghost-driver": {"x": 1.5}}
    evaluation, path = evaluate_file(tiny, tiny_solution(tiny, value), tmp_path)
    found = sorted((f.subject, f.params["input"]) for f in evaluation.findings if f.code == "VAL-UNKNOWN-053")
    assert found == [("ghost-driver", "x"), ("hours-saved", "minutes")]
    # the known input is used; the unknown ones change nothing
    (result,) = evaluation.bom.value.drivers
    assert result.expected == 2000 * 120
    # kept when loaded and saved again
    loaded, _ = load_solution(path, "value.yaml")
    assert loaded.value == value
    again = tmp_path / "again.yaml"
    save_solution(loaded, again)
    assert again.read_bytes() == path.read_bytes()
    assert yaml.safe_load(again.read_text(encoding="utf-8"))["value"] == value


ROUND_TRIP_TEXT = """\
format: solution/1
name: 价值测试
catalog:
  id: tiny
  version: '1.0'
scenario: scn-value
policy:
  deployment: private
  xinchuang: none
  network: internet_allowed
items:
  - capability: app
    mode: PRV
    quantity: 1
    origin: explicit
    customized: false
    discount: 0.0
    notes: ''
  - capability: db
    mode: PRV
    quantity: 1
    origin: auto
    customized: false
    discount: 0.0
    notes: ''
  - capability: net
    mode: PRV
    quantity: 1
    origin: auto
    customized: false
    discount: 0.0
    notes: ''
value:
  hours-saved:
    rate: 137.5
    hours: 2400
  ghost-driver:
    x: -3
    y: 0.001
"""


def test_the_value_section_round_trips_byte_identically(tiny, tmp_path: Path) -> None:
    path = tmp_path / "round.yaml"
    path.write_bytes(ROUND_TRIP_TEXT.encode("utf-8"))
    solution, findings = load_solution(path, "round.yaml")
    assert not [f for f in findings if f.severity.value == "error"], codes(findings)
    assert solution.value == {"hours-saved": {"rate": 137.5, "hours": 2400}, "ghost-driver": {"x": -3, "y": 0.001}}
    assert to_text(solution) == ROUND_TRIP_TEXT
    copy = tmp_path / "copy.yaml"
    save_solution(solution, copy)
    assert copy.read_bytes() == path.read_bytes()
    # and once more through a fresh parse
    again, _ = parse_solution(copy.read_text(encoding="utf-8"), "copy.yaml")
    assert to_text(again) == ROUND_TRIP_TEXT
    # the numbers are used: 2,400 × 137.5
    assert evaluate(tiny, solution).bom.value.annual["expected"] == 2400 * 137.5


def test_a_solution_without_value_section_saves_none(tiny) -> None:
    assert "value:" not in to_text(tiny_solution(tiny))


# --------------------------------------------------------------------------- the CLI


@pytest.fixture
def tiny_file(make_catalog, tiny, tmp_path: Path) -> tuple[Path, Path]:
    root = tmp_path / "catalog"
    path = tmp_path / "tiny.yaml"
    save_solution(tiny_solution(tiny, {"hours-saved": {"hours": 2000}}), path)
    return root, path


def test_value_json_has_the_value_document(tiny_file) -> None:
    root, path = tiny_file
    run = cli("value", path, "--catalog", root, "--format", "json")
    assert run.code == 0, run.err  # only warnings and infos
    data = json.loads(run.out)
    value = data["value"]
    (driver,) = value["drivers"]
    assert driver["id"] == "hours-saved" and driver["formula"] == "hours * rate"
    # 2,000 hours given × 120 default; low 100 × 50; high 1,000,000 × 200
    assert (driver["low"], driver["expected"], driver["high"]) == (100 * 50, 2000 * 120, 1_000_000 * 200)
    inputs = {i["id"]: i for i in driver["inputs"]}
    assert set(inputs) == {"hours", "rate"}
    assert inputs["hours"]["value"] == 2000 and inputs["hours"]["default"] == 1000
    assert (inputs["rate"]["value"], inputs["rate"]["low"], inputs["rate"]["high"]) == (120, 50, 200)
    assert value["annual_benefit"] == {"low": 5000, "expected": 240_000, "high": 200_000_000}
    assert value["three_year_cost"] == TINY_ONE_TIME
    assert value["roi_pct"]["expected"] == pytest.approx((3 * 240_000 - TINY_ONE_TIME) / TINY_ONE_TIME * 100)
    # 240,000 a year = 20,000 a month: 505,000 / 20,000 = 25.25 → 26
    assert value["payback_months"] == {"low": None, "expected": 26, "high": 1}
    assert all(f["code"].startswith("VAL-") for f in data["findings"])


def test_value_exit_code_follows_the_findings(tiny_file, tmp_path: Path) -> None:
    root, path = tiny_file
    # a warning (VAL-RANGE-051) and an info (VAL-PAYBACK-052) only: exit 0
    text = path.read_text(encoding="utf-8").replace("hours: 2000", "hours: 10")
    path.write_text(text, encoding="utf-8")
    run = cli("value", path, "--catalog", root, "--format", "json")
    assert run.code == 0
    assert {"VAL-RANGE-051", "VAL-PAYBACK-052"} <= {f["code"] for f in json.loads(run.out)["findings"]}
    # an error in the solution (db missing, which app requires): exit 1, value still shown
    broken = tmp_path / "broken.yaml"
    lines = text.split("  - capability: db\n")
    rest = lines[1].split("  - capability: net\n", 1)[1]
    broken.write_text(lines[0] + "  - capability: net\n" + rest, encoding="utf-8")
    run = cli("value", broken, "--catalog", root, "--format", "json")
    assert run.code == 1
    assert json.loads(run.out)["value"]["three_year_cost"] == 300_000 + 5_000
    assert run.err == "errors elsewhere in the solution: 1; `configurator check` lists them\n"
    # a file that cannot be read: exit 2
    assert cli("value", tmp_path / "missing.yaml", "--catalog", root).code == 2


def test_value_text_lists_drivers_and_results(sample, tmp_path: Path) -> None:
    path = tmp_path / "dh.yaml"
    save_solution(from_scenario(sample, "scn-digital-human-service", "Digital human").solution, path)
    run = cli("value", path, "--lang", "en")
    assert run.code == 0, run.err
    out = run.out
    assert "Agents freed from repetitive simple queries [staff-reduction-simple-queries]" in out
    assert "[after-hours-containment]" in out
    assert (
        f"{money_en(15 * 0.40 * 180_000)} per year (low {money_en(5 * 0.20 * 120_000)}, "
        f"high {money_en(60 * 0.60 * 250_000)})"
    ) in out
    assert "Share of those agents no longer needed = 0.40 fraction (default)  [0.20 – 0.60]" in out
    assert (
        f"Annual benefit (low / expected / high): {money_en(147_000)} / {money_en(1_380_000)} / {money_en(11_800_000)}"
    ) in out
    for label in ("First-year cost:", "Three-year cost:", "Net benefit over three years:", "Return on investment:"):
        assert label in out
    assert "Payback: — / 9 months / " in out


def test_value_text_shows_small_fractions_with_their_digits(sample, tmp_path: Path) -> None:
    path = tmp_path / "scf.yaml"
    save_solution(from_scenario(sample, "scn-supply-chain-finance", "SCF").solution, path)
    run = cli("value", path, "--lang", "en")
    assert "Loss rate avoided by invoice verification and on-chain receivables = 0.0005 fraction (default)" in run.out
    assert "[0.0001 – 0.002]" in run.out


def test_value_text_in_chinese(sample, tmp_path: Path) -> None:
    path = tmp_path / "dh.yaml"
    save_solution(from_scenario(sample, "scn-digital-human-service", "数字人客服").solution, path)
    run = cli("value", path, "--lang", "zh")
    assert run.code == 0, run.err
    out = run.out
    assert "重复性简单咨询释放的坐席人力 [staff-reduction-simple-queries]" in out
    assert "可减少的坐席比例 = 0.40 比例 (默认值)" in out  # the catalog's name of the unit 'fraction'
    assert "目前处理重复性简单咨询的坐席数 = 15 名坐席 (默认值)" in out
    assert f"年收益 (保守 / 预期 / 乐观): {money_zh(147_000)} / {money_zh(1_380_000)} / {money_zh(11_800_000)}" in out
    assert "回收期: — / 9 个月 / " in out
    assert "投资回报率" in out and "三年成本" in out
    for english in ("Annual benefit", "Payback", "per year", "(default)", "Return on investment", "fraction", "agents"):
        assert english not in out


def test_value_findings_in_chinese(tiny_file) -> None:
    root, path = tiny_file
    text = path.read_text(encoding="utf-8").replace("hours: 2000", "hours: 10")
    path.write_text(text, encoding="utf-8")
    run = cli("value", path, "--catalog", root, "--lang", "zh")
    lines = [line for line in run.out.splitlines() if "VAL-RANGE-051" in line]
    assert len(lines) == 1 and "hours-saved" in lines[0]
    assert any("\u4e00" <= ch <= "\u9fff" for ch in lines[0].split("VAL-RANGE-051", 1)[1])


# --------------------------------------------------------------------------- the BOM


def test_bom_yaml_has_the_same_value_numbers(sample, tmp_path: Path) -> None:
    path = tmp_path / "dh.yaml"
    save_solution(from_scenario(sample, "scn-digital-human-service", "Digital human").solution, path)
    out = tmp_path / "bom.yaml"
    run = cli("bom", path, "--format", "yaml", "-o", out)
    assert run.code == 0, run.err
    bom = yaml.safe_load(out.read_text(encoding="utf-8"))
    value = bom["value"]
    assert value is not None
    shown = json.loads(cli("value", path, "--format", "json").out)["value"]
    assert value == shown
    drivers = {d["id"]: d for d in value["drivers"]}
    assert (
        drivers["staff-reduction-simple-queries"]["low"],
        drivers["staff-reduction-simple-queries"]["expected"],
        drivers["staff-reduction-simple-queries"]["high"],
    ) == pytest.approx((5 * 0.20 * 120_000, 15 * 0.40 * 180_000, 60 * 0.60 * 250_000))
    assert value["annual_benefit"] == pytest.approx({"low": 147_000, "expected": 1_380_000, "high": 11_800_000})
    totals = bom["totals"]
    cost3 = totals["one_time"] + 36 * totals["monthly"] + 3 * totals["yearly"]
    assert value["three_year_cost"] == pytest.approx(cost3)
    assert value["roi_pct"]["expected"] == pytest.approx((3 * 1_380_000 - cost3) / cost3 * 100)
    assert value["payback_months"]["expected"] == 9


def test_bom_yaml_value_for_a_solution_with_user_inputs(tiny_file, tmp_path: Path) -> None:
    root, path = tiny_file
    out = tmp_path / "bom.yaml"
    assert cli("bom", path, "--catalog", root, "--format", "yaml", "-o", out).code == 0
    value = yaml.safe_load(out.read_text(encoding="utf-8"))["value"]
    assert value["annual_benefit"] == {"low": 5000, "expected": 240_000, "high": 200_000_000}
    assert value["payback_months"] == {"low": None, "expected": 26, "high": 1}
    assert value["drivers"][0]["inputs"][0]["value"] == 2000
