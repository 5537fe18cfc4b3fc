"""Fuzz the commands for N minutes with the mutations and properties of tests/core/test_fuzz.py.

Run from the repository root:

    python bench/fuzz.py --minutes 15              # random seeds for 15 minutes
    python bench/fuzz.py --minutes 2 --out DIR     # reproducers into DIR
    python bench/fuzz.py --replay 1234567          # one case again, by its seed

Each case draws, from its own seed, a target (the sample solution, or one file of the
sample catalog), one to three mutations of that file, and one command (`check`,
`validate`, `bom` as YAML, JSON or CSV, `value` as text or JSON, in English or Chinese);
it runs the command in-process and checks the properties of `tests/fuzzing.py`: exit code
0, 1 or 2, no traceback, every finding located in a file it names, strict JSON, CSV cells
that cannot run as formulas, finite numbers. A case that takes longer than `--timeout`
seconds fails too. The test suite runs the same properties on a dozen cases per target
that hypothesis draws deterministically; this script runs them at random for as long as
asked.

A failing case is written as a folder (solution.yaml and, for a catalog case, a copy of
the catalog with the mutated file) with a README.txt holding its seed, its mutations, the
command to run in that folder and what broke; the first `--keep` cases of each distinct
failure are kept. At the end it prints the cases run, cases per second, the failing cases
and each distinct failure with its count and first folder.
"""

from __future__ import annotations

import argparse
import random
import re
import signal
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(REPO), str(REPO / "tests")]

from fuzzing import Case, make_case, materialize, report, run_case  # noqa: E402


class Hang(BaseException):
    """Raised by the alarm in a case that runs too long (not an Exception: nothing catches it)."""


def case_of(seed: int) -> Case:
    rng = random.Random(seed)
    return make_case(rng.randrange, on_catalog=bool(rng.randrange(2)))


def run_timed(case: Case, timeout: float) -> tuple[list[str], float]:
    """The case's broken properties and its duration; the alarm stops a case stuck in Python
    code, the duration check catches one stuck in C (which the alarm cannot interrupt)."""

    def alarm(signum, frame):
        raise Hang

    previous = signal.signal(signal.SIGALRM, alarm)
    signal.setitimer(signal.ITIMER_REAL, timeout)
    start = time.perf_counter()
    try:
        found = run_case(case)
    except Hang:
        found = [f"no result within {timeout:g} s"]
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    took = time.perf_counter() - start
    if took > timeout and not found:
        found = [f"took {took:.0f} s, more than {timeout:g} s"]
    return found, took


def signature(problem: str) -> str:
    """The failure without what varies between cases: files, numbers, quoted values."""
    problem = re.sub(r"[\w./-]+\.(yaml|txt)", "FILE", problem)
    problem = re.sub(r"'[^']*'|\"[^\"]*\"", "'…'", problem)
    return re.sub(r"\d+", "N", problem)[:160]


def keep(case: Case, seed: int, found: list[str], folder: Path) -> None:
    materialize(case, folder)
    (folder / "README.txt").write_text(f"seed {seed}\n{report(case, found)}\n", encoding="utf-8")


def seeds(args: argparse.Namespace) -> Iterator[int]:
    """The replayed seed, or random ones until the time is up."""
    if args.replay is not None:
        yield args.replay
        return
    rng = random.Random(args.seed)
    deadline = time.monotonic() + args.minutes * 60
    while time.monotonic() < deadline:
        yield rng.randrange(2**63)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--minutes", type=float, default=1.0, help="how long to run (default: %(default)s)")
    parser.add_argument("--seed", type=int, help="seed of the seeds, to repeat a whole run (default: random)")
    parser.add_argument("--replay", type=int, metavar="SEED", help="run only the case of this seed")
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds a case may take (default: %(default)s)")
    parser.add_argument("--keep", type=int, default=3, help="reproducers kept per distinct failure (default: 3)")
    parser.add_argument("--out", type=Path, help="folder for reproducers (default: a new temporary folder)")
    args = parser.parse_args(argv)
    out = args.out or Path(tempfile.mkdtemp(prefix="configurator-fuzz-"))
    out.mkdir(parents=True, exist_ok=True)
    cases = failing = 0
    failures: Counter[str] = Counter()
    first: dict[str, Path] = {}  # each distinct failure's first reproducer, numbered in order
    started = time.perf_counter()
    for seed in seeds(args):
        case = case_of(seed)
        found, took = run_timed(case, args.timeout)
        cases += 1
        if found:
            failing += 1
            for kind in sorted({signature(problem) for problem in found}):
                failures[kind] += 1
                if failures[kind] <= args.keep:
                    number = list(first).index(kind) if kind in first else len(first)
                    folder = out / f"{number:03d}-{seed}"
                    first.setdefault(kind, folder)
                    keep(case, seed, found, folder)
            print(f"FAIL seed {seed} ({took:.1f} s): {found[0][:200]}", flush=True)
        if cases % 100 == 0:
            rate = cases / (time.perf_counter() - started)
            print(f"... {cases} cases, {rate:.2f}/s, {failing} failing", file=sys.stderr, flush=True)
    elapsed = time.perf_counter() - started
    print(f"\n{cases} cases in {elapsed:.0f} s: {cases / elapsed:.2f} cases/s; {failing} failing")
    for kind, count in failures.most_common():
        print(f"{count:6d} × {kind}\n         first: {first[kind]}")
    print(f"reproducers: {out}" if failures else f"no failures; reproducer folder {out} is empty")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
