"""Bounded fuzzing of the sample catalog and a sample solution (issue 13): whatever a file
holds, every command exits 0, 1 or 2 without a traceback, locates its findings, and writes
exports a reader cannot be tricked by (strict JSON, CSV without formulas, finite numbers).

The mutations and properties live in fuzzing.py; `python bench/fuzz.py --minutes N` runs
the same ones with random seeds for as long as wanted.
"""

from __future__ import annotations

import json

import pytest
from cli_helpers import Run
from fuzzing import (
    CATALOG_COMMANDS,
    CATALOG_FILES,
    SOLUTION,
    SOLUTION_COMMANDS,
    Case,
    edited,
    make_case,
    original,
    problems,
    report,
    run_case,
)
from hypothesis import HealthCheck, Phase, example, given, settings
from hypothesis import strategies as st

# A few seconds in CI: each example runs one command in-process (~0.15-0.3 s). No shrinking
# (it took over a minute per failure): a failure is reported as drawn, with its mutations.
FUZZ = settings(
    max_examples=10,
    phases=[Phase.explicit, Phase.generate],
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@st.composite
def cases(draw, on_catalog: bool) -> Case:
    return make_case(lambda n: draw(st.integers(0, n - 1)) if n > 1 else 0, on_catalog)


@pytest.mark.parametrize(
    ("target", "argv"),
    [(SOLUTION, argv) for argv in SOLUTION_COMMANDS] + [(CATALOG_FILES[0], argv) for argv in CATALOG_COMMANDS[:2]],
)
def test_the_unmutated_files_keep_every_property(target: str, argv: tuple[str, ...]) -> None:
    case = Case(target, original(target), (*argv, "--lang", "en"))
    assert run_case(case) == []


# The @examples are failures the fuzzing found (issue 13), minimised: on main at 9d578aa, and the
# last one on the working tree of its fixes.


@FUZZ
@given(cases(on_catalog=True))
@example(edited("capabilities/risk.yaml", "    modes:", "    modez:", ("validate", "{catalog}", "--format", "json")))
def test_a_mutated_catalog_file_ends_in_located_findings(case: Case) -> None:
    found = run_case(case)
    assert not found, report(case, found)


@FUZZ
@given(cases(on_catalog=False))
@example(edited(SOLUTION, "quantity: 3", "quantity: !!int ''", ("check", "{solution}", "--format", "json")))
@example(edited(SOLUTION, "discount: 0.15", "discount: !!float '_'", ("value", "{solution}", "--format", "json")))
@example(edited(SOLUTION, "quantity: 3", "quantity: -1.0e+308", ("bom", "{solution}", "--format", "json")))
@example(edited(SOLUTION, "quantity: 3", "quantity: -1.0e+308", ("value", "{solution}")))
@example(edited(SOLUTION, "quantity: 3", "quantity: -1" + "0" * 308, ("bom", "{solution}", "--format", "csv")))
@example(edited(SOLUTION, "delivered_by: delivery", 'delivered_by: "=cmd|x"', ("bom", "{solution}", "--format", "csv")))
@example(Case(SOLUTION, b"format: solution/1\nname", ("check", "{solution}", "--lang", "en"), ("ends inside a key",)))
def test_a_mutated_solution_ends_in_located_findings(case: Case) -> None:
    found = run_case(case)
    assert not found, report(case, found)


LINES = {"s.yaml": 10}
ONE_ERROR = json.dumps(
    {
        "findings": [{"severity": "error", "code": "SOL-KEY-020", "message": "m", "file": "s.yaml", "line": 2}],
        "summary": {"errors": 1, "warnings": 0, "infos": 0},
    }
)


@pytest.mark.parametrize(
    ("argv", "run", "broken"),
    [
        (["check", "s.yaml"], Run(3, "", "configurator check: internal error"), "exit code 3"),
        (["check", "s.yaml"], Run(1, "Traceback (most recent call last):\nKeyError: 'modes'", ""), "traceback"),
        (["value", "s.yaml", "--format", "json"], Run(0, '{"value": {"roi": NaN}}', ""), "not strict JSON"),
        (["bom", "s.yaml", "--format", "csv"], Run(0, "\ufeffa,b\n=HYPERLINK(1),-1.5\n", ""), "as a formula"),
        (["bom", "s.yaml", "--format", "csv"], Run(0, "\ufeffa,b\nx,-inf\n", ""), "not a finite number"),
        (["bom", "s.yaml", "--format", "yaml"], Run(0, "total: -.inf\n", ""), "non-finite number"),
        (["value", "s.yaml"], Run(0, "Annual benefit: CNY inf\n", ""), "non-finite number"),
        (["check", "s.yaml"], Run(1, "-:0:0: error YAML-SYNTAX-001 m\n", ""), "no file"),
        (["check", "s.yaml"], Run(1, "s.yaml:0:0: error SOL-KEY-020 m\n", ""), "no line"),
        (["check", "s.yaml"], Run(1, "s.yaml:11:1: error YAML-SYNTAX-001 m\n", ""), "outside s.yaml"),
        (["check", "s.yaml"], Run(1, "other.yaml:1:1: error SOL-KEY-020 m\n", ""), "unknown file"),
        (["check", "s.yaml", "--format", "json"], Run(0, ONE_ERROR, ""), "exit code 0 with 1 error"),
    ],
)
def test_the_properties_catch_what_they_are_for(argv: list[str], run: Run, broken: str) -> None:
    found = problems(argv, run, LINES)
    assert any(broken in problem for problem in found), found
