"""What the solution subcommands share: options, and loading the catalog and a solution."""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path

from configurator.commands.output import print_findings
from configurator.core.atomic import write_atomic
from configurator.core.catalog import Catalog
from configurator.core.catalog_load import load_catalog
from configurator.core.evaluate import Evaluation, evaluate
from configurator.core.findings import Finding, Severity
from configurator.core.solution_file import SolutionUnreadable, load_solution
from configurator.core.vocabulary import N_
from configurator.language import default_language, translator
from configurator.paths import catalog_dir


class Stop(Exception):
    """Ends a subcommand with an exit code after its findings were printed."""

    def __init__(self, code: int) -> None:
        super().__init__(code)
        self.code = code


def add_catalog_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--catalog", type=Path, metavar="DIR", help="catalog directory (default: the shipped sample catalog)"
    )


@dataclass
class Loaded:
    catalog: Catalog
    catalog_findings: list[Finding]


def lang_of(args: argparse.Namespace) -> str:
    return args.lang or default_language()


def catalog_for(args: argparse.Namespace, fmt: str = "text") -> Loaded:
    """Load the catalog; print its findings and stop with 2 when it cannot be read at all.

    Only the catalog's errors are passed on: its warnings are the maintainers' business
    (`configurator validate`), not the presales user's.
    """
    result = load_catalog(args.catalog or catalog_dir())
    if result.unreadable or result.catalog is None:
        print_findings(
            result.findings,
            fmt,
            "catalog",
            out=sys.stdout if fmt == "json" else sys.stderr,
            tr=translator(getattr(args, "lang", None)),
        )
        raise Stop(2)
    errors = [f for f in result.findings if f.severity is Severity.ERROR]
    return Loaded(result.catalog, errors)


def evaluate_file(args: argparse.Namespace, fmt: str) -> Evaluation:
    loaded = catalog_for(args, fmt)
    path: Path = args.solution
    try:
        solution, findings = load_solution(path, str(path))
    except SolutionUnreadable as unreadable:
        tr = translator(getattr(args, "lang", None))
        print_findings(unreadable.findings, fmt, tr(N_("solution {name}")).format(name=path), tr=tr)
        raise Stop(2) from None
    return evaluate(loaded.catalog, solution, str(path), loaded.catalog_findings + findings)


def write_output(content: bytes, output: Path | None) -> None:
    """Write to the file atomically, or to standard output."""
    if output is None:
        sys.stdout.flush()
        sys.stdout.buffer.write(content)
        sys.stdout.buffer.flush()
    else:
        write_atomic(output, content)
