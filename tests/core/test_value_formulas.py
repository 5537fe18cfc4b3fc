"""Safe formulas (configurator.core.formula): arithmetic with min and max, division by zero and
overflow giving no benefit, and every refused construct refused at parse time with its reason,
without running, importing or opening anything.
"""

from __future__ import annotations

import builtins
import contextlib
from pathlib import Path

import pytest

from configurator.core.formula import MAX_LENGTH, Formula, FormulaError, parse


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
