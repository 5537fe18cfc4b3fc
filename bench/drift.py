"""Benchmark issue 17's semantic diff and catalog drift report against their 1 s budget.

Run from the repository root:

    python bench/drift.py              # 10 runs of each
    python bench/drift.py --runs 20
    python bench/drift.py --profile    # also cProfile one run of each

The 5,000-capability synthetic catalog of bench/solution_engine.py is written to a temporary
directory and loaded (zero findings); a resolved solution of 500 items is grown on it as that
benchmark grows its solutions. Measured with `time.perf_counter`, median and best of the runs:

- diff: `diff_deals` of that solution and a later version of it with ~10% of its lines
  changed (a third in quantity, a third in discount, a third in mode where the capability has
  another), `CHURN` items removed and `CHURN` explicit ones added, both sides evaluated, as
  `configurator diff A B` does once the files are read;
- drift: `core.drift.drift` of the solution, priced on that catalog and saved as revision 1
  (the sidecar as `configurator revisions --save` writes it, read back with `load_history`),
  against a copy of the catalog with ~5% of the capabilities' list prices raised by 10%,
  `REMOVED` capabilities the solution uses removed (ones nothing else references) and `CHURN`
  of its capabilities given one more `requires` (a capability outside the solution, of a
  lower layer), loaded with no error findings: what `configurator drift` and the app's
  drift report compute once the files are read.

Goal (issue 17): each under 1 s on the 500-item solution.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import random
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from solution_engine import build_solution, load_synthetic  # noqa: E402  (the same catalog and solution)

from configurator.core.catalog import Catalog  # noqa: E402
from configurator.core.catalog_load import load_catalog  # noqa: E402
from configurator.core.deal import Deal  # noqa: E402
from configurator.core.diff import diff_deals  # noqa: E402
from configurator.core.drift import drift  # noqa: E402
from configurator.core.findings import Severity  # noqa: E402
from configurator.core.revisions import load_history, save_revision  # noqa: E402
from configurator.core.solution import EXPLICIT, Item, Solution  # noqa: E402

CAPABILITIES = 5_000
ITEMS = 500
CHANGED = 0.10  # share of the solution's lines changed in the later version
PRICED = 0.05  # share of the catalog's capabilities whose list prices change
CHURN = 10  # items removed and added; capabilities given a new requirement
REMOVED = 5  # capabilities removed (of the few the layered catalog lets go: 8 at this seed)
RUNS = 10
BUDGET = 1.0  # seconds
SEED = 2026
SAVED = datetime(2026, 12, 7, 10, 30, tzinfo=timezone.utc)


# -- the later version of the solution


def later_version(catalog: Catalog, solution: Solution, rng: random.Random) -> Solution:
    items = list(solution.items)
    changed = rng.sample(range(len(items)), int(len(items) * CHANGED))
    for n, index in enumerate(changed):
        item = items[index]
        other = [m for m in catalog.capabilities[item.capability].modes if m != item.mode]
        if n % 3 == 0:
            items[index] = replace(item, quantity=item.quantity + 2)
        elif n % 3 == 1 or not other:
            items[index] = replace(item, discount=0.15)
        else:
            items[index] = replace(item, mode=other[0])
    kept = set(changed)
    removed = set(rng.sample([i for i in range(len(items)) if i not in kept], CHURN))
    present = {i.capability for i in items}
    added = rng.sample([c for c in catalog.capabilities if c not in present], CHURN)
    mode = next(iter(solution.items)).mode
    new_items = [
        Item(c, mode if mode in catalog.capabilities[c].modes else next(iter(catalog.capabilities[c].modes)))
        for c in added
    ]
    return solution.with_items(
        [i for n, i in enumerate(items) if n not in removed] + [replace(i, origin=EXPLICIT) for i in new_items]
    )


# -- the next release of the catalog


def referenced(catalog: Catalog) -> set[str]:
    """Capabilities something in the catalog names: removing them would break it."""
    names = {d for i in catalog.interfaces.values() if (d := i.default)}
    for capability in catalog.capabilities.values():
        names.update(capability.requires, capability.recommends, capability.conflicts)
    for scenario in catalog.scenarios.values():
        names.update(scenario.required, scenario.optional)
    return names


@dataclass(frozen=True)
class Release:
    repriced: frozenset[str]
    removed: frozenset[str]
    requiring: dict[str, str]  # capability → the capability it now requires too


def plan_release(catalog: Catalog, solution: Solution, rng: random.Random) -> Release:
    used = [i.capability for i in solution.items]
    named = referenced(catalog)
    removable = [c for c in used if c not in named and not catalog.capabilities[c].provides]
    removed = set(rng.sample(removable, REMOVED))
    free = [c for c in catalog.capabilities if c not in set(used)]
    requiring = {}  # each on a capability below it, as every requirement of the layered catalog is: no cycle
    lowest = min(map(_index, free))
    for requirer in rng.sample([c for c in used if c not in removed and _index(c) > lowest], CHURN):
        requiring[requirer] = rng.choice([c for c in free if _index(c) < _index(requirer)])
    repriced = set(rng.sample(sorted(catalog.capabilities), int(len(catalog.capabilities) * PRICED)))
    return Release(frozenset(repriced), frozenset(removed), requiring)


def _index(ident: str) -> int:
    return int(ident.rsplit("-", 1)[1])


def write_release(old: Path, new: Path, release: Release) -> None:
    """Copy the catalog at `old` to `new` with `release` applied, as version 2.0."""
    shutil.copytree(old, new)
    meta = new / "catalog.yaml"
    meta.write_text(meta.read_text(encoding="utf-8").replace('version: "1.0"', 'version: "2.0"'), encoding="utf-8")
    for part in sorted((new / "capabilities").glob("*.yaml")):
        data = yaml.safe_load(part.read_text(encoding="utf-8"))
        kept = []
        for entry in data["capabilities"]:
            ident = entry["id"]
            if ident in release.removed:
                continue
            if ident in release.repriced:
                for mode in entry["modes"].values():
                    mode["list_price"] = round(mode["list_price"] * 1.1)
            if ident in release.requiring:
                entry["requires"] = [*entry.get("requires", []), release.requiring[ident]]
            kept.append(entry)
        data["capabilities"] = kept
        part.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


# -- measurement


def timed(action: Callable[[], object], runs: int) -> tuple[float, float]:
    """Median and best wall time of `runs` calls."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times), min(times)


def profile(name: str, action: Callable[[], object], top: int = 20) -> None:
    profiler = cProfile.Profile()
    profiler.runcall(action)
    print(f"\nprofile of one {name} (cumulative):")
    pstats.Stats(profiler).sort_stats("cumulative").print_stats(top)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--runs", type=int, default=RUNS, help="runs of each measurement (default: %(default)s)")
    parser.add_argument("--profile", action="store_true", help="also cProfile one run of each")
    args = parser.parse_args(argv)
    load = os.getloadavg()[0]
    if load > (os.cpu_count() or 1) * 0.5:
        print(f"note: load average {load:.1f} on {os.cpu_count()} CPUs; figures may be inflated\n")
    rng = random.Random(SEED)
    with tempfile.TemporaryDirectory(prefix="bench-drift-") as tmp:
        root = Path(tmp)
        old = load_synthetic(root / "v1", CAPABILITIES)
        solution = replace(build_solution(old, ITEMS), catalog_digest=old.digest)
        before, after = Deal.of(solution), Deal.of(later_version(old, solution, rng))
        release = plan_release(old, solution, rng)
        write_release(root / "v1", root / "v2", release)
        result = load_catalog(root / "v2")
        assert result.catalog is not None
        assert not [f for f in result.findings if f.severity is Severity.ERROR], result.findings[:5]
        new = result.catalog
        save_revision(root / "deal.yaml", before, old, "bench", "revision 1", SAVED)
        history = load_history(root / "deal.yaml")
        assert history.revisions and not history.findings

    diff = diff_deals(old, before, after)
    (option,) = diff.options
    report = drift(before, new, history)
    assert report is not None and report.revision == 1
    (drifted,) = report.options
    print(
        f"{ITEMS} items on a {CAPABILITIES:,}-capability catalog, {args.runs} runs each (median / best; budget "
        f"{BUDGET:g} s):"
    )
    for name, action, what in (
        (
            "diff",
            lambda: diff_deals(old, before, after),
            f"{len(option.items)} lines differ, {len(option.findings_new)} findings new",
        ),
        (
            "drift",
            lambda: drift(before, new, history),
            f"{len(drifted.lines)} lines repriced, {len(report.removed)} capabilities removed, "
            f"resolving adds {len(drifted.added)}",
        ),
    ):
        median, best = timed(action, args.runs)
        verdict = "met" if median <= BUDGET else "MISSED"
        print(
            f"  {name:<5}  {median * 1e3:7.1f} ms / {best * 1e3:7.1f} ms  = {median / BUDGET:.2f} of the budget "
            f"({verdict}); {what}"
        )
    if args.profile:
        profile("diff", lambda: diff_deals(old, before, after))
        profile("drift", lambda: drift(before, new, history))


if __name__ == "__main__":
    main()
