"""The memo of the value case: a driver's formula is evaluated (its expected value, the tornado
points and the draws, in one pass over columns) only when its inputs change, and a reloaded
catalog is let go. The low and high cases themselves: test_value_sampling.py.
"""

from __future__ import annotations

from value_support import AB_INPUTS, driver_yaml

from configurator.core import value
from configurator.core.catalog_load import load_catalog
from configurator.core.evaluate import evaluate
from configurator.core.resolve import from_scenario


def _scenario_with_driver(formula: str, inputs: str) -> str:
    return (
        "scenarios:\n"
        "  - id: scn-v\n"
        "    name: {en: V, zh: 五}\n"
        "    required: [app]\n"
        "    value_drivers:\n" + driver_yaml("d", f'"{formula}"', inputs)
    )


def test_the_value_memo_lets_a_reloaded_catalog_go(make_catalog) -> None:
    import gc
    import weakref

    catalog = load_catalog(make_catalog({"value.yaml": _scenario_with_driver("a * b", AB_INPUTS)})).catalog
    evaluate(catalog, from_scenario(catalog, "scn-v", "v").solution)
    [driver] = catalog.scenarios["scn-v"].value_drivers
    gone, remembered = weakref.ref(driver), id(driver)
    assert remembered in value._MEMOS
    del catalog, driver
    gc.collect()
    assert gone() is None and remembered not in value._MEMOS


def test_an_edit_that_leaves_the_value_inputs_alone_evaluates_no_formula(sample, monkeypatch) -> None:
    catalog = sample
    solution = from_scenario(catalog, "scn-digital-human-service", "dh").solution
    first = evaluate(catalog, solution).value
    calls = []
    real = value.evaluate_columns
    monkeypatch.setattr(value, "evaluate_columns", lambda *args: calls.append(1) or real(*args))
    edited = solution.replace_item(solution.items[0].capability, quantity=3)
    again = evaluate(catalog, edited).value
    assert calls == [] and [d.expected for d in again.drivers] == [d.expected for d in first.drivers]
    changed = edited.edited(value={first.drivers[0].driver.id: {first.drivers[0].inputs[0].input.id: 7.0}})
    evaluate(catalog, changed)
    assert len(calls) == 1  # only the driver whose input changed
