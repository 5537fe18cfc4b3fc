"""Benchmark the validated-catalog cache: a cold load against a cached one, side by side.

Run from the repository root:

    python bench/catalog_cache.py                # 500, 5,000 and 20,000 capabilities
    python bench/catalog_cache.py --sizes 500    # a quick run

For each size the synthetic catalog of bench/catalog_load.py is generated into a temporary
directory, with the cache in a temporary $CONFIGURATOR_HOME (the user's is never touched), and
checked to load with zero findings. Then, measured with `time.perf_counter` (wall clock) and
`time.process_time` (CPU):

- cold:   `load_catalog(dir, cached=False)`, the full parse and check (best of `COLD_REPEATS`);
- miss:   the first start: the cache is deleted, then `load_catalog(dir)` loads in full and
          writes the cache (once); miss − cold is the cost of writing it;
- cached: `load_catalog(dir)` with the cache in place and the files unchanged (best of
          `CACHED_REPEATS`); of it, `key` is the part spent walking, stating and hashing the
          catalog files to check that they are unchanged.

Goal: cached ≤ 10 % of cold at 5,000 capabilities.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from catalog_load import Seconds, best_of, generate  # noqa: E402  (the same synthetic catalogs)

from configurator.core import catalog_cache  # noqa: E402
from configurator.core.catalog_cache import cache_file, load_catalog  # noqa: E402

SIZES = (500, 5_000, 20_000)
COLD_REPEATS = 2
CACHED_REPEATS = 5
GOAL_SHARE = 0.10


@dataclass(frozen=True)
class Timing:
    capabilities: int
    files: int
    cache_mb: float
    cold: Seconds
    miss: Seconds
    cached: Seconds
    key: Seconds


def once(action: Callable[[], object]) -> Seconds:
    return best_of(action, 1)


def measure(size: int) -> Timing:
    with tempfile.TemporaryDirectory(prefix=f"bench-cache-{size}-") as tmp:
        root = Path(tmp) / "catalog"
        root.mkdir()
        os.environ["CONFIGURATOR_HOME"] = str(Path(tmp) / "home")
        generate(root, size)
        result = load_catalog(root, cached=False)  # also warms the schema cache and the page cache
        assert not result.findings, [str(f) for f in result.findings[:5]]
        assert result.catalog is not None and len(result.catalog.capabilities) == size
        cold = best_of(lambda: load_catalog(root, cached=False), COLD_REPEATS)
        miss = once(lambda: load_catalog(root))
        file = cache_file(root)
        assert file.is_file(), "the cache was not written"
        cached = best_of(lambda: load_catalog(root), CACHED_REPEATS)
        assert load_catalog(root).catalog == result.catalog
        key = best_of(lambda: catalog_cache._key(root), CACHED_REPEATS)
        files = len(list(root.rglob("*.yaml")))
        return Timing(size, files, file.stat().st_size / 1e6, cold, miss, cached, key)


def report(timings: list[Timing]) -> None:
    print(f"{'capabilities':>12} {'files':>6} {'cache MB':>9}  {'':>6}", end="")
    print(f"{'cold s':>9} {'miss s':>9} {'cached s':>9} {'key s':>8} {'cached/cold':>12} {'cold/cached':>12}")
    for t in timings:
        for label, pick in (("wall", lambda s: s.wall), ("CPU", lambda s: s.cpu)):
            head = f"{t.capabilities:>12,} {t.files:>6} {t.cache_mb:>9.1f}" if label == "wall" else " " * 29
            cold, cached = pick(t.cold), pick(t.cached)
            print(
                f"{head}  {label:>6}{cold:>9.3f} {pick(t.miss):>9.3f} {cached:>9.3f} {pick(t.key):>8.4f}"
                f" {cached / cold:>11.1%} {cold / cached:>11.1f}×"
            )
    by_size = {t.capabilities: t for t in timings}
    if 5_000 in by_size:
        t = by_size[5_000]
        share = t.cached.wall / t.cold.wall
        verdict = "met" if share <= GOAL_SHARE else "MISSED"
        cpu = t.cached.cpu / t.cold.cpu
        print(f"\ncached/cold at 5,000: wall {share:.1%} (goal ≤ {GOAL_SHARE:.0%}: {verdict}), CPU {cpu:.1%}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument(
        "--sizes", type=int, nargs="+", default=list(SIZES), help="catalog sizes in capabilities (default: %(default)s)"
    )
    args = parser.parse_args(argv)
    timings = []
    for size in args.sizes:
        timings.append(measure(size))
        print(f"measured {size:,} capabilities", file=sys.stderr)
    report(timings)


if __name__ == "__main__":
    main()
