"""Benchmark `load_catalog` on synthetic catalogs against a parse-and-validate floor.

Run from the repository root:

    python bench/catalog_load.py                 # 500, 5,000 and 20,000 capabilities
    python bench/catalog_load.py --sizes 500     # a quick run
    python bench/catalog_load.py --profile       # also cProfile the 5,000 case once

For each size a catalog is generated into a temporary directory (a DAG of `requires`,
interfaces with providers and a default, scenarios, partner types and partners, bilingual
texts, ~100 capabilities per file) and checked to load with zero findings. Then, best of
`REPEATS` runs each:

- load:  `load_catalog(dir)` end to end;
- floor: the same files read and parsed with `yaml.CSafeLoader`, each file's data then
  validated once against the catalog schema by one precompiled `Draft202012Validator`.

Each is timed with `time.perf_counter` (wall clock) and, beside it, `time.process_time`
(this process's CPU), since a busy machine inflates wall time far more than CPU time.

The floor is what any loader that parses with libyaml and validates with jsonschema must
pay; the ratio load/floor is the loader's own overhead (positions, duplicate-key and size
guards, model building, content rules). Goals: load ≤ 2× floor at 5,000 capabilities, and
20,000 capabilities cost ≤ ~4.5× of 5,000 (close to linear).
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import random
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import jsonschema
import yaml

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from configurator.core.catalog_load import load_catalog  # noqa: E402

SCHEMA = REPO / "resources" / "schema" / "catalog.schema.json"
SIZES = (500, 5_000, 20_000)
PROFILE_SIZE = 5_000
REPEATS = 3
PER_FILE = 100  # capabilities (and interfaces, scenarios) per file
CAPS_PER_INTERFACE = 20
CAPS_PER_SCENARIO = 50
CAPS_PER_PARTNER = 100
REQUIRES = 3
GOAL_RATIO = 2.0
GOAL_GROWTH = 4.5

CATEGORIES = [
    ("iaas", "Infrastructure", "基础设施"),
    ("paas", "Platform services", "平台服务"),
    ("database", "Databases", "数据库"),
    ("bigdata", "Big data", "大数据"),
    ("ai", "Artificial intelligence", "人工智能"),
    ("security", "Security", "安全"),
    ("communication", "Communication", "通信"),
    ("collaboration", "Collaboration", "协同办公"),
    ("marketing", "Marketing", "营销"),
    ("risk", "Risk control", "风控"),
    ("blockchain", "Blockchain", "区块链"),
    ("solutions", "Solutions", "解决方案"),
    ("services", "Services", "服务"),
    ("third-party", "Third-party products", "第三方产品"),
]
PARTNER_TYPES = [
    ("solution", "Solution partner", "解决方案合作伙伴"),
    ("delivery", "Delivery partner", "交付合作伙伴"),
    ("agent", "Agent partner", "代理合作伙伴"),
    ("opportunity", "Business-opportunity partner", "商机合作伙伴"),
    ("consulting", "Consulting partner", "咨询合作伙伴"),
    ("other", "Other partner", "其他合作伙伴"),
]
KINDS = ("atomic", "atomic", "atomic", "solution-module", "third-party", "service")
MODE_PAIRS = (("PUB", "PRV"), ("SAAS", "PRV"), ("PUB", "HYB"), ("PRV", "HYB"))
MODE_TERMS = {
    "PUB": ("IM", "instance", "monthly", 1_000),
    "SAAS": ("SEAT", "seat", "yearly", 2_400),
    "PRV": ("LIC", "licence", "once", 300_000),
    "HYB": ("SUB", "rack", "monthly", 50_000),
}
ARCHITECTURES = ("aarch64", "x86_64", "loongarch64", "sw64", "mips64el")
NOUNS = [
    ("gateway", "网关"),
    ("engine", "引擎"),
    ("platform", "平台"),
    ("service", "服务"),
    ("store", "存储"),
    ("console", "控制台"),
    ("analyser", "分析器"),
    ("connector", "连接器"),
]


@dataclass(frozen=True)
class Seconds:
    """Best wall-clock (perf_counter) and best process CPU (process_time) time of some runs."""

    wall: float
    cpu: float


@dataclass(frozen=True)
class Timing:
    """The measurements for one catalog size."""

    capabilities: int
    files: int
    floor: Seconds
    load: Seconds


def _chunks(items: list[str], size: int) -> Iterator[list[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _write_parts(root: Path, folder: str, section: str, entries: list[str]) -> None:
    (root / folder).mkdir()
    for number, chunk in enumerate(_chunks(entries, PER_FILE), start=1):
        text = f"# Synthetic {section}, part {number}.\n\n{section}:\n" + "\n".join(chunk)
        (root / folder / f"part-{number:04d}.yaml").write_text(text, encoding="utf-8")


def _meta() -> str:
    categories = "\n".join(f"  - {{id: {c}, name: {{en: {en}, zh: {zh}}}}}" for c, en, zh in CATEGORIES)
    return (
        "format: catalog/1\n"
        "id: bench-synthetic\n"
        'version: "2026.11"\n'
        "name: {en: Synthetic benchmark catalog, zh: 基准测试合成目录}\n"
        "currency: CNY\n"
        "vendor: {name: {en: Financial Cloud, zh: 金融云}}\n"
        f"categories:\n{categories}\n"
        "defaults:\n"
        "  partner_share: {warn: 0.40, error: 0.60}\n"
    )


def links_and_modes(index: int, **links: list[str]) -> list[str]:
    """The YAML lines of a synthetic capability's links (requires, provides, ...) and its two
    modes, as the engine benchmark writes them too."""
    lines = [f"    {key}: [{', '.join(ids)}]" for key, ids in links.items() if ids]
    lines.append("    modes:")
    for code in MODE_PAIRS[index % len(MODE_PAIRS)]:
        model, unit, billing, price = MODE_TERMS[code]
        lines.append(
            f"      {code}: {{price_model: {model}, unit: {unit}, billing: {billing}, "
            f"list_price: {price + index % 97}, lead_weeks: {1 + index % 12}}}"
        )
    return lines


def _capability(
    index: int,
    ident: str,
    category: str,
    rng: random.Random,
    *,
    provider: str,
    requires: list[str],
    recommends: list[str],
    conflicts: list[str],
    provides: list[str],
) -> str:
    noun_en, noun_zh = NOUNS[index % len(NOUNS)]
    lines = [
        f"  - id: {ident}",
        f"    name: {{en: Synthetic {category} {noun_en} {index}, zh: 合成{noun_zh}第{index}号}}",
        "    description:",
        f"      en: Synthetic {noun_en} number {index} for the {category} category, used to measure catalog loading.",
        f"      zh: 用于测量目录加载性能的第{index}号合成{noun_zh}，属于{category}类别。",
        f"    category: {category}",
        f"    kind: {KINDS[index % len(KINDS)]}",
        f"    provider: {provider}",
    ]
    lines += links_and_modes(index, requires=requires, recommends=recommends, conflicts=conflicts, provides=provides)
    if index % 3:
        level = "certified" if index % 3 == 1 else "adapted"
        archs = ", ".join(rng.sample(ARCHITECTURES, 2))
        lines.append(f"    xinchuang: {{level: {level}, architectures: [{archs}]}}")
    if index % 4 == 0:
        lines.append(f"    data_class: C{1 + index % 3}")
    if index % 5 == 0:
        lines.append("    customizable: true")
    lines.append(f"    tags: [{category}, synthetic]")
    return "\n".join(lines) + "\n"


def generate(root: Path, size: int, seed: int = 2026) -> None:
    """Write a valid catalog of `size` capabilities below `root` (an empty directory).

    Capability i requires only capabilities j < i, or interfaces whose providers all have
    indexes below i, so the `requires` graph (with interface → provider edges) is a DAG.
    """
    rng = random.Random(seed)
    cap_ids = [f"{CATEGORIES[i % len(CATEGORIES)][0]}-cap-{i:05d}" for i in range(size)]
    iface_count = max(1, size // CAPS_PER_INTERFACE)
    # Interface k is provided by two or three capabilities of block k.
    providers = {
        k: sorted(rng.sample(range(k * CAPS_PER_INTERFACE, (k + 1) * CAPS_PER_INTERFACE), rng.choice((2, 3))))
        for k in range(iface_count)
    }
    provided_by: dict[int, list[str]] = {}
    for k, caps in providers.items():
        for i in caps:
            provided_by.setdefault(i, []).append(f"iface-{k:04d}")
    conflict_of = {i: i + 1 for i in range(7, size - 1, 50)}  # a few symmetric conflicts
    conflicting = {cap_ids[i] for pair in conflict_of.items() for i in pair}
    partner_ids = [pt[0] for pt in PARTNER_TYPES]
    kinds = len(partner_ids)

    capabilities = []
    for i in range(size):
        requires = [cap_ids[j] for j in rng.sample(range(i), min(REQUIRES, i))]
        ready = (i - CAPS_PER_INTERFACE) // CAPS_PER_INTERFACE  # interfaces fully below i
        if ready >= 0 and i % 4 == 0:
            requires[-1:] = [f"iface-{rng.randrange(min(ready + 1, iface_count)):04d}"]
        recommends = [cap_ids[rng.randrange(size)]] if i % 6 == 0 else []
        recommends = [r for r in recommends if r != cap_ids[i] and r not in requires]
        provider = partner_ids[i % kinds] if i % 7 == 0 else "vendor"
        capabilities.append(
            _capability(
                i,
                cap_ids[i],
                CATEGORIES[i % len(CATEGORIES)][0],
                rng,
                provider=provider,
                requires=requires,
                recommends=recommends,
                conflicts=[cap_ids[conflict_of[i]]] if i in conflict_of else [],
                provides=provided_by.get(i, []),
            )
        )

    interfaces = [
        f"  - id: iface-{k:04d}\n"
        f"    name: {{en: Synthetic interface {k}, zh: 合成接口第{k}号}}\n"
        "    description:\n"
        f"      en: An abstract need number {k} that several synthetic capabilities satisfy.\n"
        f"      zh: 由多个合成能力满足的第{k}号抽象需求。\n"
        f"    default: {cap_ids[caps[0]]}\n"
        for k, caps in providers.items()
    ]

    candidates = [c for c in cap_ids if c not in conflicting]
    scenarios = []
    for s in range(max(1, size // CAPS_PER_SCENARIO)):
        picked = rng.sample(candidates, min(8, len(candidates)))
        required = [*picked[:4], f"iface-{rng.randrange(iface_count):04d}"]
        scenarios.append(
            f"  - id: scn-synthetic-{s:04d}\n"
            f"    name: {{en: Synthetic scenario {s}, zh: 合成场景第{s}号}}\n"
            "    description:\n"
            f"      en: Synthetic scenario template number {s} for the loading benchmark.\n"
            f"      zh: 用于加载基准测试的第{s}号合成场景模板。\n"
            f"    required: [{', '.join(required)}]\n"
            f"    optional: [{', '.join(picked[4:])}]\n"
            "    policy: {deployment: hybrid, xinchuang: general, network: dedicated_line_only}\n"
        )

    partner_types = [f"  - {{id: {p}, name: {{en: {en}, zh: {zh}}}, role: {p}}}" for p, en, zh in PARTNER_TYPES]
    partners = [
        f"  - id: partner-{p:04d}\n"
        f"    name: {{en: Synthetic Partner Co. {p}, zh: 合成合作伙伴公司{p}}}\n"
        f"    types: [{partner_ids[p % kinds]}, {partner_ids[(p + 1) % kinds]}]"
        for p in range(max(kinds, size // CAPS_PER_PARTNER))
    ]

    (root / "catalog.yaml").write_text(_meta(), encoding="utf-8")
    _write_parts(root, "capabilities", "capabilities", capabilities)
    _write_parts(root, "interfaces", "interfaces", interfaces)
    _write_parts(root, "scenarios", "scenarios", scenarios)
    sections = {"partner_types": partner_types, "partners": partners}
    (root / "partners.yaml").write_text(
        "\n".join(f"{key}:\n" + "\n".join(entries) + "\n" for key, entries in sections.items()), encoding="utf-8"
    )


def best_of(action: Callable[[], object], repeats: int = REPEATS) -> Seconds:
    """The shortest wall and CPU times of `repeats` calls (CPU is robust to a busy machine)."""
    wall = cpu = float("inf")
    for _ in range(repeats):
        start_wall, start_cpu = time.perf_counter(), time.process_time()
        action()
        wall = min(wall, time.perf_counter() - start_wall)
        cpu = min(cpu, time.process_time() - start_cpu)
    return Seconds(wall, cpu)


def floor_pass(paths: list[Path], validator: jsonschema.Draft202012Validator) -> None:
    """Parse every file with libyaml and validate its data once: the unavoidable work."""
    for path in paths:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
        for _ in validator.iter_errors(data):
            pass


def measure(size: int, validator: jsonschema.Draft202012Validator) -> Timing:
    with tempfile.TemporaryDirectory(prefix=f"bench-catalog-{size}-") as tmp:
        root = Path(tmp)
        generate(root, size)
        paths = sorted(root.rglob("*.yaml"))
        result = load_catalog(root)  # also warms the loader's schema cache and the page cache
        assert not result.findings, [str(f) for f in result.findings[:5]]
        assert result.catalog is not None and len(result.catalog.capabilities) == size
        floor = best_of(lambda: floor_pass(paths, validator))
        load = best_of(lambda: load_catalog(root))
    return Timing(size, len(paths), floor, load)


def profile(size: int, top: int = 25) -> None:
    """cProfile one load of a catalog of `size` capabilities; print the top cumulative entries."""
    with tempfile.TemporaryDirectory(prefix=f"bench-catalog-{size}-") as tmp:
        root = Path(tmp)
        generate(root, size)
        load_catalog(root)  # warm the schema cache and the page cache
        profiler = cProfile.Profile()
        profiler.runcall(load_catalog, root)
    print(f"\ncProfile of load_catalog, {size:,} capabilities (top {top} by cumulative time):")
    pstats.Stats(profiler, stream=sys.stdout).sort_stats("cumulative").print_stats(top)


def _verdict(value: float, goal: float) -> str:
    return "met" if value <= goal else "MISSED"


def report(timings: list[Timing]) -> None:
    """Print the table and, when the sizes are there, the goals (on wall time, CPU beside)."""
    print(f"{'':>19} {'wall clock (perf_counter)':^31} {'process CPU (process_time)':^31}")
    columns = f" {'floor s':>9} {'load s':>9} {'load/floor':>11}"
    print(f"{'capabilities':>12} {'files':>6}{columns * 2}")
    for t in timings:
        print(f"{t.capabilities:>12,} {t.files:>6}", end="")
        for floor, load in ((t.floor.wall, t.load.wall), (t.floor.cpu, t.load.cpu)):
            print(f" {floor:>9.3f} {load:>9.3f} {load / floor:>11.2f}", end="")
        print()
    by_size = {t.capabilities: t for t in timings}
    if 5_000 in by_size:
        t = by_size[5_000]
        wall, cpu = t.load.wall / t.floor.wall, t.load.cpu / t.floor.cpu
        print(
            f"\nload/floor at 5,000: wall {wall:.2f} (goal ≤ {GOAL_RATIO}: {_verdict(wall, GOAL_RATIO)}), CPU {cpu:.2f}"
        )
    if 5_000 in by_size and 20_000 in by_size:
        small, large = by_size[5_000], by_size[20_000]
        for label, pick in (("wall", lambda s: s.wall), ("CPU ", lambda s: s.cpu)):
            floor = pick(large.floor) / pick(small.floor)
            load = pick(large.load) / pick(small.load)
            print(
                f"growth 5,000 → 20,000, {label}: floor ×{floor:.2f}, load ×{load:.2f} "
                f"(goal load ≤ ×{GOAL_GROWTH}: {_verdict(load, GOAL_GROWTH)})"
            )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument(
        "--sizes", type=int, nargs="+", default=list(SIZES), help="catalog sizes in capabilities (default: %(default)s)"
    )
    parser.add_argument(
        "--profile", action="store_true", help=f"also cProfile one load of {PROFILE_SIZE:,} capabilities"
    )
    args = parser.parse_args(argv)
    validator = jsonschema.Draft202012Validator(json.loads(SCHEMA.read_text(encoding="utf-8")))
    timings = []
    for size in args.sizes:
        timings.append(measure(size, validator))
        print(f"measured {size:,} capabilities", file=sys.stderr)
    report(timings)
    if args.profile:
        profile(PROFILE_SIZE)


if __name__ == "__main__":
    main()
