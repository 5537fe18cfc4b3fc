"""Benchmark the value case on a catalog at the edge of the limits: many drivers, ten inputs,
formulas of almost 500 characters.

Run from the repository root:

    python bench/value_drivers.py                 # 1,000 drivers
    python bench/value_drivers.py --drivers 200   # a quicker run

A temporary copy of the sample catalog gets a scenario with N value drivers of ten inputs and
a formula of ~490 characters each (`a * b / (c + 1) + ...`, inputs repeated, as a careless
or hostile catalog would write them). A solution of that scenario is evaluated three ways,
each timed with `time.perf_counter` (best of 3):

- first: `evaluate` when no driver was seen before (the memo of core/value.py cleared);
- edit: `evaluate` after changing an item's quantity (the value inputs unchanged);
- input: `evaluate` after changing one value input of one driver.

Before the bound on corner work, one evaluation of 1,000 such drivers took ~58 s (2^10
corners of each formula); since issue 16 the drivers are sampled (P10/P90 of seeded draws)
within a work budget. Goal: an edit within a frame (~16 ms) on top of the rest of the
evaluation, and a first evaluation within a second.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from configurator.core import value  # noqa: E402
from configurator.core.catalog_load import load_catalog  # noqa: E402
from configurator.core.evaluate import evaluate  # noqa: E402
from configurator.core.resolve import from_scenario  # noqa: E402

INPUTS = [f"in_{n}" for n in range(10)]


def _formula(rnd: random.Random) -> str:
    parts: list[str] = []
    while True:
        term = f"{rnd.choice(INPUTS)} * {rnd.choice(INPUTS)} / ({rnd.choice(INPUTS)} + 1)"
        if len(" + ".join([*parts, term])) > 490:
            return " + ".join(parts)
        parts.append(term)


def write_catalog(folder: Path, drivers: int) -> Path:
    root = folder / "catalog"
    shutil.copytree(REPO / "catalog", root)
    rnd = random.Random(20261206)
    lines = [
        "scenarios:",
        "  - id: scn-heavy",
        "    name: {en: Heavy value case, zh: 大量价值驱动}",
        "    required: [api-gateway]",
        "    value_drivers:",
    ]
    for d in range(drivers):
        lines += [
            f"      - id: driver-{d}",
            f"        name: {{en: Driver {d}, zh: 驱动 {d}}}",
            "        kind: cost_saving",
            "        unit: CNY/year",
            f"        formula: {_formula(rnd)}",
            "        inputs:",
        ]
        lines += [
            f"          - {{id: {name}, label: {{en: {name}, zh: {name}}}, unit: CNY, default: 5, low: 1, high: 10}}"
            for name in INPUTS
        ]
    (root / "heavy.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return root


def best(run, repeats: int = 3) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--drivers", type=int, default=1000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        result = load_catalog(write_catalog(Path(scratch), args.drivers))
        assert result.catalog is not None and not [f for f in result.findings if f.severity.value == "error"]
        catalog = result.catalog
        solution = from_scenario(catalog, "scn-heavy", "heavy").solution
        drivers = len(catalog.scenarios["scn-heavy"].value_drivers)

        def first() -> None:
            value._MEMOS.clear()
            evaluate(catalog, solution)

        edited = solution.replace_item(solution.items[0].capability, quantity=3)
        changed = solution.edited(value={"driver-0": {"in_0": 7.0}})
        t_first = best(first)
        evaluate(catalog, solution)
        t_edit = best(lambda: evaluate(catalog, edited))
        t_input = best(lambda: evaluate(catalog, changed))
        t_plain = best(lambda: evaluate(catalog, solution.edited(scenario=None)))
    print(f"{drivers} drivers of 10 inputs, {len(solution.items)} items")
    print(f"first evaluation   {t_first * 1000:8.1f} ms")
    print(f"edit (quantity)    {t_edit * 1000:8.1f} ms")
    print(f"edit (one input)   {t_input * 1000:8.1f} ms")
    print(f"without drivers    {t_plain * 1000:8.1f} ms   (the same solution, no scenario)")
    print(f"edit / without     {t_edit / t_plain:8.2f} x")


if __name__ == "__main__":
    main()
