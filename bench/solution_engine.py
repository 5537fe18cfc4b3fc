"""Benchmark the Qt-free solution engine: resolve, evaluate, and one edit as the GUI does it.

Run from the repository root:

    python bench/solution_engine.py                  # solutions of 50, 500 and 5,000 items
    python bench/solution_engine.py --sizes 50 500   # a quicker run
    python bench/solution_engine.py --profile        # also cProfile the 500-item edits
    python bench/solution_engine.py --sizes 500 --deal   # and a deal of 3 options over 10 years

The 5,000-item case takes a few minutes (mostly loading its 10,000-capability catalog and
the slow evaluations); each measurement stops repeating after a `TIME_BUDGET` of 20 s.

For each solution size N a synthetic catalog of 2·N capabilities is written to a temporary
directory and loaded with `load_catalog` (checked to load with zero findings). Its
capabilities sit in layers (infrastructure → platform → services → solutions); each
requires ~3 capabilities of lower layers, a quarter of them through an interface that two
or three capabilities provide. A solution is then grown by adding explicit capabilities
in random order, letting `resolve` pull in their dependencies as auto items, until it
holds exactly N items. Measured with `time.perf_counter`:

- evaluate: one full `evaluate(catalog, solution)` (graph, why-chains, all rules, BOM),
  best of several runs;
- resolve:  one full `resolve(catalog, solution)`, best of several runs;
- edit add: `add_item` of one capability not yet in the solution, then `evaluate` — what
  `AddItemCommand` plus `SolutionDocument.set_solution` do — mean over `EDITS` edits, each
  applied to the same N-item solution and timed as its shortest in `EDIT_REPEATS` rounds over
  all the edits (load from elsewhere on a shared machine comes in spells and only ever adds
  time); CPU time
  (`time.process_time`) is shown beside it, since a busy machine inflates wall time;
- edit mode: `set_mode` of one explicit item to its other mode, then `evaluate`, likewise;
- work: Python function calls per add edit (counted by cProfile over the same edits): how the
  work grows, which the machine's speed of the moment does not change;
- plain pass: the least any evaluation does per item (`plain_pass`: look up each item's
  capability and mode, build one priced row), best of runs, with the CPU caches warm and
  again cold (a 64 MB buffer written just before each run). Its growth is this machine's own
  penalty for a larger working set, which no per-item algorithm escapes.

With `--deal`, a deal of `DEAL_OPTIONS` options of 500 items each (the second with a quarter of
its explicit items in another mode, the third with yearly growth ramps on every other item) over
a 10-year horizon with price changes, measured as the GUI works on it:

- deal edit: an add on the current option, then `evaluate` of that option only (the others'
  evaluations are kept), as `edit add` above;
- compare: `compare()` of the options' evaluations, what the compare view redraws from;
- years: `plan_years` alone, the share of an evaluation the horizon costs;
- diff: `diff_deals` of the first two options as two versions of a one-option deal, both
  evaluated, as `configurator diff` does (issue 17's goal: under 1 s);
- value sampling: a fresh value case (P10/P90 from 10,000 draws per input and the sensitivity)
  of every shipped scenario, the driver memo cleared before each run; and the same after an
  edit that leaves the value inputs alone (memo kept).

Goals: close to linear growth (×10 items → ~×10 work, ≤ ×12; time is shown beside it with the
plain pass's growth), and one edit on a 500-item solution within a frame (~16 ms), so the GUI
can redraw without a visible lag.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from configurator.core import value  # noqa: E402
from configurator.core.bom import build_bom  # noqa: E402
from configurator.core.catalog import Catalog  # noqa: E402
from configurator.core.catalog_load import load_catalog  # noqa: E402
from configurator.core.compare import compare  # noqa: E402
from configurator.core.deal import Deal  # noqa: E402
from configurator.core.diff import diff_deals  # noqa: E402
from configurator.core.evaluate import evaluate  # noqa: E402
from configurator.core.resolve import (  # noqa: E402
    add_item,
    choose_mode,
    dependency_graph,
    from_scenario,
    resolve,
    set_mode,
)
from configurator.core.solution import EXPLICIT, DealSettings, Item, Solution  # noqa: E402
from configurator.core.years import plan_years  # noqa: E402

sys.path.insert(0, str(REPO / "bench"))
from catalog_load import links_and_modes  # noqa: E402  (the same capability lines)

SIZES = (50, 500, 5_000)
CAPS_PER_ITEM = 2  # catalog size = 2 × solution size
PROFILE_SIZE = 500
EDITS = 20
EDIT_REPEATS = 5  # rounds over the edits; each edit's shortest time counts
REPEATS = 5
MAX_REPEATS = 100
MIN_SPENT = 1.0  # seconds: small cases repeat until this much time is spent
TIME_BUDGET = 20.0  # seconds; fewer repeats/edits of a slow measurement once it is spent
PASS_REPEATS = 30
EVICT_BYTES = 64 << 20  # more than any CPU cache of the machines we run on
FRAME_MS = 16.0
DEAL_OPTIONS = 3
DEAL_SIZE = 500
DEAL_YEARS = 10
COMPARE_MS = 100.0
SAMPLING_MS = 100.0
DIFF_MS = 1000.0  # issue 17
GOAL_GROWTH = 12.0  # ×10 items: ≤ ×12 time counts as near-linear
SEED = 2026

# Cumulative share of the catalog taken by each layer, bottom (infrastructure) first.
LAYERS = (0.03, 0.08, 0.18, 0.35, 0.60, 1.0)
PER_FILE = 200
CAPS_PER_INTERFACE = 20
CATEGORIES = (
    "iaas",
    "paas",
    "database",
    "bigdata",
    "ai",
    "security",
    "communication",
    "marketing",
    "risk",
    "solutions",
    "services",
)
PARTNER_TYPES = ("solution", "delivery", "agent", "consulting")


# -- synthetic catalog


def cap_id(index: int) -> str:
    return f"{CATEGORIES[index % len(CATEGORIES)]}-cap-{index:05d}"


def layer_bounds(size: int) -> list[int]:
    """End index (exclusive) of each layer."""
    bounds = [max(1, int(share * size)) for share in LAYERS]
    bounds[-1] = size
    return bounds


def _requirements(
    index: int, bounds: list[int], eligible_ifaces: Callable[[int], int], rng: random.Random
) -> list[str]:
    """~3 requires: two on the layer just below, one on any lower layer, a quarter of them
    replaced by an interface whose providers all sit below the requiring layer."""
    layer = next(n for n, end in enumerate(bounds) if index < end)
    if layer == 0:  # base layer: a shallow chain among infrastructure
        return [cap_id(rng.randrange(index))] if index and index % 3 else []
    below_start = bounds[layer - 2] if layer >= 2 else 0
    below_end = bounds[layer - 1]
    picks = set(rng.sample(range(below_start, below_end), min(2, below_end - below_start)))
    picks.add(rng.randrange(below_end))
    requires = [cap_id(j) for j in sorted(picks)]
    ready = eligible_ifaces(below_end)
    if index % 4 == 0 and ready > 0:
        requires[-1] = f"iface-{rng.randrange(ready):04d}"
    return requires


def _capability(
    index: int, requires: list[str], recommends: list[str], conflicts: list[str], provides: list[str]
) -> str:
    category = CATEGORIES[index % len(CATEGORIES)]
    provider = PARTNER_TYPES[index % len(PARTNER_TYPES)] if index % 7 == 0 else "vendor"
    lines = [
        f"  - id: {cap_id(index)}",
        f"    name: {{en: Synthetic {category} {index}, zh: 合成能力第{index}号}}",
        f"    category: {category}",
        f"    kind: {('atomic', 'atomic', 'solution-module', 'service')[index % 4]}",
        f"    provider: {provider}",
    ]
    lines += links_and_modes(index, requires=requires, recommends=recommends, conflicts=conflicts, provides=provides)
    if index % 3:
        level = "certified" if index % 3 == 1 else "adapted"
        lines.append(f"    xinchuang: {{level: {level}, architectures: [aarch64, x86_64]}}")
    if index % 4 == 0:
        lines.append(f"    data_class: C{1 + index % 3}")
    if index % 5 == 0:
        lines.append("    customizable: true")
    return "\n".join(lines) + "\n"


def _chunks(entries: list[str], size: int) -> Iterator[list[str]]:
    for start in range(0, len(entries), size):
        yield entries[start : start + size]


def generate_catalog(root: Path, size: int, seed: int = SEED) -> None:
    """Write a valid layered catalog of `size` capabilities below `root` (created if missing,
    else empty)."""
    root.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    bounds = layer_bounds(size)
    iface_count = max(1, size // CAPS_PER_INTERFACE)
    providers = {
        k: sorted(
            rng.sample(
                range(k * CAPS_PER_INTERFACE, min(size, (k + 1) * CAPS_PER_INTERFACE)),
                min(rng.choice((2, 3)), size - k * CAPS_PER_INTERFACE),
            )
        )
        for k in range(iface_count)
    }
    provided_by: dict[int, list[str]] = {}
    for k, caps in providers.items():
        for i in caps:
            provided_by.setdefault(i, []).append(f"iface-{k:04d}")

    def eligible(end: int) -> int:
        """Interfaces whose block lies wholly below index `end`."""
        return min(iface_count, end // CAPS_PER_INTERFACE)

    conflict_of = {i: i + 1 for i in range(bounds[-2] + 7, size - 1, 97)}  # top-layer pairs
    capabilities = []
    for i in range(size):
        requires = _requirements(i, bounds, eligible, rng)
        recommends = [cap_id(rng.randrange(i))] if i % 6 == 0 and i else []
        recommends = [r for r in recommends if r not in requires]
        capabilities.append(
            _capability(
                i, requires, recommends, [cap_id(conflict_of[i])] if i in conflict_of else [], provided_by.get(i, [])
            )
        )
    interfaces = [
        f"  - {{id: iface-{k:04d}, name: {{en: Interface {k}, zh: 接口{k}}}, default: {cap_id(caps[0])}}}"
        for k, caps in providers.items()
    ]
    categories = "\n".join(f"  - {{id: {c}, name: {{en: {c}, zh: 类别{c}}}}}" for c in CATEGORIES)
    (root / "catalog.yaml").write_text(
        'format: catalog/1\nid: bench-engine\nversion: "1.0"\n'
        "name: {en: Engine benchmark catalog, zh: 引擎基准目录}\ncurrency: CNY\n"
        "vendor: {name: {en: Financial Cloud, zh: 金融云}}\n"
        f"categories:\n{categories}\n"
        "defaults:\n  partner_share: {warn: 0.40, error: 0.60}\n",
        encoding="utf-8",
    )
    (root / "capabilities").mkdir()
    for number, chunk in enumerate(_chunks(capabilities, PER_FILE), start=1):
        (root / "capabilities" / f"part-{number:04d}.yaml").write_text(
            "capabilities:\n" + "".join(chunk), encoding="utf-8"
        )
    top = range(bounds[-2], size)
    required = [cap_id(j) for j in rng.sample(top, min(3, len(top)))]
    (root / "other.yaml").write_text(
        "interfaces:\n"
        + "\n".join(interfaces)
        + "\n\npartner_types:\n"
        + "\n".join(f"  - {{id: {p}, name: {{en: {p} partner, zh: {p}合作伙伴}}, role: {p}}}" for p in PARTNER_TYPES)
        + "\n\npartners:\n  - {id: partner-0001, name: {en: Partner Co., zh: 合作伙伴公司}, "
        "types: [delivery, solution]}\n"
        + "\nscenarios:\n  - id: scn-bench\n    name: {en: Bench scenario, zh: 基准场景}\n"
        f"    required: [{', '.join(required)}]\n",
        encoding="utf-8",
    )


def load_synthetic(root: Path, size: int) -> Catalog:
    """Generate and load a catalog of `size` capabilities; it must load without findings."""
    generate_catalog(root, size)
    result = load_catalog(root)
    assert result.catalog is not None and not result.findings, [str(f) for f in result.findings[:5]]
    assert len(result.catalog.capabilities) == size
    return result.catalog


# -- synthetic solution


def _explicit(catalog: Catalog, solution: Solution, ident: str) -> Item:
    return Item(ident, choose_mode(catalog.capabilities[ident], solution.policy), origin=EXPLICIT)


def _ready(catalog: Catalog, ident: str, present: set[str]) -> bool:
    """Whether adding `ident` adds exactly one item: every requirement is already met."""
    for req in catalog.capabilities[ident].requires:
        if req in catalog.interfaces:
            if not any(p in present for p in catalog.providers_of(req)):
                return False
        elif req not in present:
            return False
    return True


def build_solution(catalog: Catalog, size: int, seed: int = SEED) -> Solution:
    """A resolved solution of exactly `size` items: explicit capabilities added in random
    order, in shrinking batches, each batch resolved at once; auto items are what they pull."""
    rng = random.Random(seed)
    candidates = list(catalog.capabilities)
    rng.shuffle(candidates)
    solution = Solution(
        name="bench",
        catalog_id=catalog.id,
        catalog_version=catalog.version,
        scenario=next(iter(catalog.scenarios), None),
    )
    batch, position, filled = max(1, size // 8), 0, False
    while len(solution.items) < size and position < len(candidates):
        present = {i.capability for i in solution.items}
        fill = batch == 1 and not filled
        if fill:  # once close, first add every capability whose needs are all present
            filled = True
            ready = [c for c in candidates[position:] if c not in present and _ready(catalog, c, present)]
            chunk = ready[: size - len(solution.items)]
        else:
            chunk = [c for c in candidates[position : position + batch] if c not in present]
        trial = resolve(
            catalog, solution.with_items([*solution.items, *(_explicit(catalog, solution, c) for c in chunk)])
        ).solution
        if len(trial.items) <= size:
            solution = trial
            position += 0 if fill else batch
        elif batch > 1:
            batch = max(1, batch // 2)
        elif not fill:
            position += 1  # this one alone pulls in too much: skip it
    assert len(solution.items) == size, (len(solution.items), size)
    return solution


# -- measurement


@dataclass(frozen=True)
class Timing:
    items: int
    capabilities: int
    explicit: int
    evaluate: float
    resolve: float
    edit_add: float
    edit_mode: float
    edit_add_cpu: float
    edit_mode_cpu: float
    added_per_edit: float
    calls_per_add: float  # Python function calls per add edit: the work, free of machine noise
    plain_pass: float
    plain_pass_cold: float
    findings: int
    edits: int


def best_of(action: Callable[[], object], repeats: int = REPEATS, budget: float = TIME_BUDGET) -> float:
    """The shortest wall time of at least `repeats` calls, more while they take under
    `MIN_SPENT` seconds in all (up to `MAX_REPEATS`), fewer once `budget` is spent."""
    best, spent, runs = float("inf"), 0.0, 0
    while runs < MAX_REPEATS and (runs < repeats or spent < MIN_SPENT) and spent <= budget:
        start = time.perf_counter()
        action()
        elapsed = time.perf_counter() - start
        best, spent, runs = min(best, elapsed), spent + elapsed, runs + 1
    return best


def mean_of(
    actions: list[Callable[[], object]], repeats: int = EDIT_REPEATS, budget: float = TIME_BUDGET
) -> tuple[float, float, int]:
    """Mean wall time and mean CPU time (`process_time`, which waiting for a busy CPU does not
    inflate) per action, and how many actions ran (fewer once over budget). The actions run
    round-robin `repeats` times and each counts with its shortest run: other load on a shared
    machine comes in spells and only ever adds time."""
    walls = [float("inf")] * len(actions)
    cpus = [float("inf")] * len(actions)
    spent, ran = 0.0, len(actions)
    for round_ in range(repeats):
        for index in range(ran):
            start, start_cpu = time.perf_counter(), time.process_time()
            actions[index]()
            wall, cpu = time.perf_counter() - start, time.process_time() - start_cpu
            walls[index], cpus[index] = min(walls[index], wall), min(cpus[index], cpu)
            spent += wall
            if spent > budget:  # stop; in the first round, only the actions that ran count
                ran = index + 1 if round_ == 0 else ran
                return statistics.fmean(walls[:ran]), statistics.fmean(cpus[:ran]), ran
    return statistics.fmean(walls), statistics.fmean(cpus), ran


_evict_buffer = bytearray(EVICT_BYTES)


def evict_caches() -> None:
    """Write one byte per 64-byte cache line of a buffer larger than the caches, pushing
    everything else out of them (and out of the TLB)."""
    _evict_buffer[::64] = b"\1" * (EVICT_BYTES // 64)


def plain_pass(catalog: Catalog, solution: Solution) -> list[tuple]:
    """The least any evaluation does per item: find its capability and mode, build a row."""
    capabilities = catalog.capabilities
    rows = []
    for item in solution.items:
        cap = capabilities[item.capability]
        rows.append((item.capability, cap.modes[item.mode].list_price * item.quantity, cap.provider, cap.requires))
    return rows


def best_cold(action: Callable[[], object], repeats: int = PASS_REPEATS) -> float:
    """The shortest wall time of `repeats` calls, each after evicting the CPU caches."""
    best = float("inf")
    for _ in range(repeats):
        evict_caches()
        start = time.perf_counter()
        action()
        best = min(best, time.perf_counter() - start)
    return best


def calls_of(actions: list[Callable[[], object]]) -> float:
    """Mean number of Python function calls per action (cProfile's count): how the work grows,
    whatever the machine's speed of the moment."""
    profiler = cProfile.Profile()
    profiler.enable()
    for action in actions:
        action()
    profiler.disable()
    return pstats.Stats(profiler).total_calls / len(actions)


def edit_targets(
    catalog: Catalog, solution: Solution, count: int, seed: int = SEED
) -> tuple[list[str], list[tuple[str, str]]]:
    """`count` capabilities not in the solution, and `count` (explicit item, other mode) pairs."""
    rng = random.Random(seed + 1)
    present = {i.capability for i in solution.items}
    absent = [c for c in catalog.capabilities if c not in present]
    adds = rng.sample(absent, min(count, len(absent)))
    switchable = [
        (i.capability, m)
        for i in solution.items
        if i.explicit
        for m in catalog.capabilities[i.capability].modes
        if m != i.mode
    ]
    modes = rng.sample(switchable, min(count, len(switchable)))
    return adds, modes


def edit_add(catalog: Catalog, solution: Solution, capability: str) -> Solution:
    """One GUI add: resolve the edit, then evaluate the result for the views."""
    after = add_item(catalog, solution, capability).solution
    evaluate(catalog, after)
    return after


def edit_mode(catalog: Catalog, solution: Solution, capability: str, mode: str) -> Solution:
    after = set_mode(catalog, solution, capability, mode).solution
    evaluate(catalog, after)
    return after


def measure(size: int, edits: int) -> Timing:
    with tempfile.TemporaryDirectory(prefix=f"bench-engine-{size}-") as tmp:
        catalog = load_synthetic(Path(tmp), size * CAPS_PER_ITEM)
    solution = build_solution(catalog, size)
    evaluation = evaluate(catalog, solution)  # warm-up, and the findings count
    adds, modes = edit_targets(catalog, solution, edits)
    added = [len(add_item(catalog, solution, c).solution.items) - size for c in adds]
    t_evaluate = best_of(lambda: evaluate(catalog, solution))
    t_resolve = best_of(lambda: resolve(catalog, solution))
    t_add, cpu_add, n_add = mean_of([lambda c=c: edit_add(catalog, solution, c) for c in adds])
    calls = calls_of([lambda c=c: edit_add(catalog, solution, c) for c in adds[:n_add]])
    t_mode, cpu_mode, n_mode = mean_of([lambda c=c, m=m: edit_mode(catalog, solution, c, m) for c, m in modes])
    t_pass = best_of(lambda: plain_pass(catalog, solution), repeats=PASS_REPEATS)
    t_pass_cold = best_cold(lambda: plain_pass(catalog, solution))
    return Timing(
        size,
        len(catalog.capabilities),
        sum(i.explicit for i in solution.items),
        t_evaluate,
        t_resolve,
        t_add,
        t_mode,
        cpu_add,
        cpu_mode,
        statistics.fmean(added[:n_add]),
        calls,
        t_pass,
        t_pass_cold,
        len(evaluation.findings),
        min(n_add, n_mode),
    )


def profile(size: int, edits: int, top: int = 25) -> None:
    """cProfile `edits` add edits on a `size`-item solution; print the top entries."""
    with tempfile.TemporaryDirectory(prefix=f"bench-engine-{size}-") as tmp:
        catalog = load_synthetic(Path(tmp), size * CAPS_PER_ITEM)
    solution = build_solution(catalog, size)
    adds, _ = edit_targets(catalog, solution, edits)
    edit_add(catalog, solution, adds[0])  # warm up
    profiler = cProfile.Profile()
    profiler.enable()
    for capability in adds:
        edit_add(catalog, solution, capability)
    profiler.disable()
    print(
        f"\ncProfile of {len(adds)} add edits (add_item + evaluate) on a {size:,}-item solution "
        f"(top {top} by cumulative time):"
    )
    stats = pstats.Stats(profiler, stream=sys.stdout)
    stats.sort_stats("cumulative").print_stats(top)
    print(f"Same run, top {top} by own (tottime) time:")
    stats.sort_stats("tottime").print_stats(top)


# -- report


def _ms(seconds: float) -> str:
    return f"{seconds * 1e3:9.2f}"


def _us(seconds: float, items: int) -> str:
    return f"{seconds * 1e6 / items:7.1f}"


def report(timings: list[Timing], edits: int) -> None:
    print(
        f"{'items':>6} {'caps':>6} {'expl':>5} {'find':>5} | {'evaluate':>9} {'µs/item':>7} | "
        f"{'resolve':>9} {'µs/item':>7} | {'edit add':>9} {'cpu':>9} {'µs/item':>7} "
        f"{'+items':>6} | "
        f"{'edit mode':>9} {'cpu':>9} {'µs/item':>7}"
    )
    print(
        f"{'':>6} {'':>6} {'':>5} {'':>5} | {'ms':>9} {'':>7} | {'ms':>9} {'':>7} | "
        f"{'ms':>9} {'ms':>9} {'':>7} {'':>6} | {'ms':>9} {'ms':>9}"
    )
    for t in timings:
        print(
            f"{t.items:>6,} {t.capabilities:>6,} {t.explicit:>5} {t.findings:>5} | "
            f"{_ms(t.evaluate)} {_us(t.evaluate, t.items)} | "
            f"{_ms(t.resolve)} {_us(t.resolve, t.items)} | "
            f"{_ms(t.edit_add)} {_ms(t.edit_add_cpu)} {_us(t.edit_add, t.items)} "
            f"{t.added_per_edit:>6.1f} | "
            f"{_ms(t.edit_mode)} {_ms(t.edit_mode_cpu)} {_us(t.edit_mode, t.items)}"
        )
    print(
        f"  evaluate, resolve: best of runs; edits: mean over edits of each one's best in {EDIT_REPEATS} rounds, "
        "wall and CPU; expl: explicit items; find: findings; +items: items one add brings"
    )
    print("  Python function calls per add edit: " + ", ".join(f"{t.items:,}: {t.calls_per_add:,.0f}" for t in timings))
    print(
        "  plain pass, µs per item (caches warm / cold): "
        + ", ".join(
            f"{t.items:,}: {_us(t.plain_pass, t.items).strip()} / {_us(t.plain_pass_cold, t.items).strip()}"
            for t in timings
        )
    )
    for t in timings:
        if t.edits < edits:
            print(f"  (at {t.items:,} items only {t.edits} of {edits} edits fitted the {TIME_BUDGET:.0f} s budget)")
    if len(timings) > 1:
        print("\nGrowth (evaluate and resolve by best wall time, edits by CPU time; near-linear ≈ the item ratio):")
        for small, large in zip(timings, timings[1:], strict=False):
            factor = large.items / small.items
            limit = GOAL_GROWTH * factor / 10
            work = large.calls_per_add / small.calls_per_add
            times = {
                "evaluate": large.evaluate / small.evaluate,
                "resolve": large.resolve / small.resolve,
                "edit add": large.edit_add_cpu / small.edit_add_cpu,
                "edit mode": large.edit_mode_cpu / small.edit_mode_cpu,
            }
            verdict = "near-linear" if work <= limit else "SUPER-LINEAR"
            span = f"{small.items:,} → {large.items:,} (×{factor:g})"
            pad = " " * len(span)
            print(f"  {span}: work (Python calls per add) ×{work:.1f}  [{verdict}, goal ≤ ×{limit:g}]")
            print(f"  {pad}  time: " + ", ".join(f"{name} ×{ratio:.1f}" for name, ratio in times.items()))
            print(
                f"  {pad}  plain pass: ×{large.plain_pass / small.plain_pass:.1f} warm, "
                f"×{large.plain_pass_cold / small.plain_pass_cold:.1f} cold caches "
                "(this machine's growth for the least work per item)"
            )
    for t in timings:
        if t.items == PROFILE_SIZE:
            worst = max(t.edit_add, t.edit_mode) * 1e3
            verdict = "met" if worst <= FRAME_MS else "MISSED"
            print(
                f"\nOne edit at {t.items} items: add {t.edit_add * 1e3:.2f} ms, mode "
                f"{t.edit_mode * 1e3:.2f} ms (goal ≤ {FRAME_MS:g} ms, one frame: {verdict})"
            )


# -- a deal of several options over ten years


def build_deal(catalog: Catalog, size: int) -> Deal:
    base = build_solution(catalog, size)
    changes = {model: -0.05 for model in ("IM", "SUB", "CAP", "CALL")} | {"PROJ": 0.03}
    base = base.edited(deal=DealSettings(horizon_years=DEAL_YEARS, price_changes=changes), option="A")
    rng = random.Random(SEED + 2)
    switched = base
    explicit = [i for i in base.items if i.explicit]
    for item in rng.sample(explicit, len(explicit) // 4):
        modes = [m for m in catalog.capabilities[item.capability].modes if m != item.mode]
        if modes:
            switched = set_mode(catalog, switched, item.capability, modes[0]).solution
    ramped = base.with_items([replace(i, ramp=0.3) if n % 2 else i for n, i in enumerate(base.items)])
    return Deal((base, switched.edited(option="B"), ramped.edited(option="C")))


@dataclass
class DealTiming:
    edit: float
    edit_cpu: float
    compare: float
    years: float
    evaluate: float
    sampling_fresh: float
    sampling_kept: float
    scenario: str
    diff: float


def measure_deal(edits: int) -> DealTiming:
    with tempfile.TemporaryDirectory(prefix="bench-deal-") as tmp:
        catalog = load_synthetic(Path(tmp), DEAL_SIZE * CAPS_PER_ITEM)
    deal = build_deal(catalog, DEAL_SIZE)
    evaluations = [evaluate(catalog, option) for option in deal.options]
    current = deal.options[0]
    adds, _ = edit_targets(catalog, current, edits)
    t_edit, cpu_edit, _ = mean_of([lambda c=c: edit_add(catalog, current, c) for c in adds])
    t_compare = best_of(lambda: compare(deal, evaluations))
    bom = evaluations[2].bom
    t_years = best_of(lambda: plan_years(catalog, deal.options[2], bom))
    t_evaluate = best_of(lambda: evaluate(catalog, deal.options[2]))
    before, after = (Deal.of(o.edited(option="")) for o in deal.options[:2])  # matched as one option
    t_diff = best_of(lambda: diff_deals(catalog, before, after))
    sample = load_catalog(REPO / "catalog").catalog
    worst, worst_kept, name = 0.0, 0.0, ""
    for scenario in sample.scenarios:
        solution = from_scenario(sample, scenario, scenario).solution
        graph = dependency_graph(sample, solution)
        s_bom = build_bom(sample, solution, graph)
        s_years = plan_years(sample, solution, s_bom)

        case = (sample, solution, s_bom, s_years)

        def fresh(case=case) -> None:
            value._MEMOS.clear()
            value.value_case(*case)

        t_fresh = best_of(fresh)
        t_kept = best_of(lambda case=case: value.value_case(*case))
        if t_fresh > worst:
            worst, worst_kept, name = t_fresh, t_kept, scenario
    return DealTiming(t_edit, cpu_edit, t_compare, t_years, t_evaluate, worst, worst_kept, name, t_diff)


def report_deal(t: DealTiming) -> None:
    print(f"\nDeal of {DEAL_OPTIONS} options × {DEAL_SIZE} items, {DEAL_YEARS}-year horizon, price changes and ramps:")
    verdict = "met" if t.edit <= FRAME_MS / 1e3 else "MISSED"
    print(
        f"  edit add on the current option: {t.edit * 1e3:.2f} ms (cpu {t.edit_cpu * 1e3:.2f}; "
        f"goal ≤ {FRAME_MS:g}: {verdict})"
    )
    print(f"  evaluate of the ramped option: {t.evaluate * 1e3:.2f} ms, of which plan_years {t.years * 1e3:.2f} ms")
    verdict = "met" if t.compare <= COMPARE_MS / 1e3 else "MISSED"
    print(f"  compare of the {DEAL_OPTIONS} evaluations: {t.compare * 1e3:.2f} ms (goal ≤ {COMPARE_MS:g}: {verdict})")
    verdict = "met" if t.diff <= DIFF_MS / 1e3 else "MISSED"
    print(f"  diff of two 500-item options (both evaluated): {t.diff * 1e3:.2f} ms (goal ≤ {DIFF_MS:g}: {verdict})")
    verdict = "met" if t.sampling_fresh <= SAMPLING_MS / 1e3 else "MISSED"
    print(
        f"  value sampling, slowest shipped scenario ({t.scenario}): fresh {t.sampling_fresh * 1e3:.2f} ms "
        f"(goal ≤ {SAMPLING_MS:g}: {verdict}), inputs unchanged {t.sampling_kept * 1e3:.2f} ms"
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument(
        "--sizes", type=int, nargs="+", default=list(SIZES), help="solution sizes in items (default: %(default)s)"
    )
    parser.add_argument("--edits", type=int, default=EDITS, help="edits averaged per size (default: %(default)s)")
    parser.add_argument(
        "--profile", action="store_true", help=f"also cProfile add edits on a {PROFILE_SIZE}-item solution"
    )
    parser.add_argument(
        "--deal", action="store_true", help="also measure a deal of 3 options × 500 items over 10 years"
    )
    args = parser.parse_args(argv)
    load = os.getloadavg()[0]
    if load > (os.cpu_count() or 1) * 0.5:
        print(f"note: load average {load:.1f} on {os.cpu_count()} CPUs; figures may be inflated\n")
    timings = []
    for size in args.sizes:
        start = time.perf_counter()
        timings.append(measure(size, args.edits))
        print(f"measured {size:,} items ({time.perf_counter() - start:.1f} s)", file=sys.stderr)
    report(timings, args.edits)
    if args.deal:
        report_deal(measure_deal(args.edits))
    if args.profile:
        profile(PROFILE_SIZE, args.edits)


if __name__ == "__main__":
    main()
