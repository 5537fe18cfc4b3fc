"""The low and high cases of a value driver: each input at the end of its range that lowers or
raises the benefit, found exactly over the corners or bounded by interval arithmetic when
that is too much work; and the memo that evaluates a driver's formula only when its inputs
change and lets a reloaded catalog go.
"""

from __future__ import annotations

from value_support import AB_INPUTS, driver_yaml

from configurator.core.catalog_load import load_catalog
from configurator.core.evaluate import evaluate
from configurator.core.formula import Formula
from configurator.core.resolve import from_scenario


def _scenario_with_driver(formula: str, inputs: str) -> str:
    return (
        "scenarios:\n"
        "  - id: scn-v\n"
        "    name: {en: V, zh: 五}\n"
        "    required: [app]\n"
        "    value_drivers:\n" + driver_yaml("d", f'"{formula}"', inputs)
    )


def _one_driver_case(make_catalog, formula: str, inputs: str):
    result = load_catalog(make_catalog({"value.yaml": _scenario_with_driver(formula, inputs)}))
    assert not [f for f in result.findings if f.code.startswith("CAT-VALUE")]
    (driver_result,) = evaluate(result.catalog, from_scenario(result.catalog, "scn-v", "v").solution).value.drivers
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
    first = evaluate(catalog, solution).value
    calls = []
    real = Formula.evaluate
    monkeypatch.setattr(Formula, "evaluate", lambda self, values: calls.append(1) or real(self, values))
    edited = solution.replace_item(solution.items[0].capability, quantity=3)
    again = evaluate(catalog, edited).value
    assert calls == [] and [d.expected for d in again.drivers] == [d.expected for d in first.drivers]
    changed = edited.edited(value={first.drivers[0].driver.id: {first.drivers[0].inputs[0].input.id: 7.0}})
    evaluate(catalog, changed)
    assert len(calls) == 1  # only the driver whose input changed
