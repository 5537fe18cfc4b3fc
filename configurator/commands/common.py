"""What the solution subcommands share: options, and loading the catalog and a solution."""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, replace
from pathlib import Path

from configurator.commands.output import print_findings
from configurator.core.atomic import write_atomic
from configurator.core.catalog import Catalog
from configurator.core.catalog_cache import load_catalog
from configurator.core.deal import Deal
from configurator.core.drift import drift
from configurator.core.drift import findings as drift_findings
from configurator.core.evaluate import Evaluation, evaluate
from configurator.core.findings import Finding, Severity
from configurator.core.revisions import History, Revision, load_history
from configurator.core.solution_file import SolutionUnreadable, findings_by_option, load_deal
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
    parser.add_argument("--no-cache", action="store_true", help="load the catalog afresh, not from its cache")


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
    result = load_catalog(args.catalog or catalog_dir(), cached=not args.no_cache)
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


def add_option_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--option",
        metavar="NAME",
        help="the option of the deal, by name or 1-based number (default: the recommended option, else the first)",
    )


@dataclass
class DealFile:
    """A solution file's options with the findings of loading it, each given to the option
    it lies in (the rest, the shared top level, to the first), and the catalog's drift since
    the file was priced as findings too. FILE@N is revision N of the file: its deal, priced
    on the catalog it was priced on."""

    path: Path
    loaded: Loaded
    deal: Deal
    findings: list[list[Finding]]
    history: History
    revision: Revision | None = None

    @property
    def catalog(self) -> Catalog:
        """What the file is priced on: the loaded catalog, or a revision's own."""
        return self.revision.priced_on(self.loaded.catalog) if self.revision else self.loaded.catalog

    def evaluate(self, index: int) -> Evaluation:
        option = self.deal.options[index]
        findings = self.loaded.catalog_findings + self.findings[index]
        where = self.history.path if self.revision else self.path  # a revision's lines are in the sidecar
        return evaluate(self.catalog, option, str(where), findings)

    def evaluate_all(self) -> list[Evaluation]:
        return [self.evaluate(index) for index in range(len(self.deal.options))]

    def chosen(self, wanted: str | None, command: str) -> int:
        """The option `wanted` (name or number; None: the recommended, else the first), or a
        one-line usage error naming the options."""
        found = self.deal.recommended_index if wanted is None else self.deal.index(wanted)
        if found is None:
            names = ", ".join(f"{i + 1}. {self.deal.label(i, '(unnamed)')}" for i in range(len(self.deal.options)))
            print(
                f"configurator {command}: {self.path} has no option {wanted!r}; its options: {names}", file=sys.stderr
            )
            raise Stop(2)
        return found


def read_deal(
    args: argparse.Namespace, fmt: str, years: int | None = None, path: Path | None = None, loaded: Loaded | None = None
) -> DealFile:
    """The catalog (unless `loaded` already) and every option of the solution file (`path`,
    else `args.solution`); `years` overrides the deal's horizon."""
    loaded = loaded or catalog_for(args, fmt)
    path, number = split_revision(path or args.solution)
    tr = translator(getattr(args, "lang", None))
    try:
        deal, findings = load_deal(path, str(path))
    except SolutionUnreadable as unreadable:
        print_findings(unreadable.findings, fmt, tr(N_("solution {name}")).format(name=path), tr=tr)
        raise Stop(2) from None
    history = load_history(path)
    revision = None
    if number is not None:
        revision = history.get(number)
        if revision is None:
            if history.findings:
                subject = tr(N_("revisions {name}")).format(name=history.path)
                print_findings(list(history.findings), fmt, subject, out=sys.stderr, tr=tr)
            raise missing_revision(args.command, path, history, number)
        deal, findings = revision.deal, []
    if years is not None:  # shared by every option: Deal.replaced hands it to all
        deal = deal.replaced(0, replace(deal.first, deal=replace(deal.first.deal, horizon_years=years)))
    by_option = findings_by_option(deal, findings)
    by_option[0] += history.findings  # a broken revisions file is the file's problem too
    report = drift(deal, loaded.catalog, history) if revision is None else None
    for option, finding in drift_findings(report, str(path), deal.first) if report else ():
        by_option[(deal.index(option) if option else None) or 0].append(finding)
    return DealFile(path, loaded, deal, by_option, history, revision)


def missing_revision(command: str, path: Path, history: History, number: int) -> Stop:
    """Say that `path` has no revision `number` (and which it has); the Stop to raise."""
    have = ", ".join(str(r.number) for r in history.revisions) or "none"
    print(f"configurator {command}: {path} has no revision {number}; its revisions: {have}", file=sys.stderr)
    return Stop(2)


def split_revision(path: Path) -> tuple[Path, int | None]:
    """FILE@N: revision N of FILE, unless a file of that very name exists."""
    text = str(path)
    name, mark, number = text.rpartition("@")
    if not mark or not number.isdigit() or path.exists():
        return path, None
    return Path(name), int(number)


def evaluate_file(args: argparse.Namespace, fmt: str) -> Evaluation:
    """The option `args.option` names (when the command has --option), else the recommended one."""
    file = read_deal(args, fmt)
    return file.evaluate(file.chosen(getattr(args, "option", None), args.command))


def write_output(content: bytes, output: Path | None) -> None:
    """Write to the file atomically, or to standard output."""
    if output is None:
        sys.stdout.flush()
        sys.stdout.buffer.write(content)
        sys.stdout.buffer.flush()
    else:
        write_atomic(output, content)
