"""`configurator new --scenario ID`: a solution file from a scenario template."""

from __future__ import annotations

import argparse
import sys
import textwrap
from pathlib import Path

from configurator.commands.common import (
    add_catalog_option,
    catalog_for,
    lang_of,
    write_output,
)
from configurator.commands.output import language_option
from configurator.core.catalog import Catalog
from configurator.core.catalog_load import load_catalog
from configurator.core.resolve import from_scenario
from configurator.core.solution_file import to_text
from configurator.paths import catalog_dir


class _ScenarioHelp(argparse.HelpFormatter):
    """Help that ends with the sample catalog's scenario ids, read only when help is printed."""

    def format_help(self) -> str:
        catalog = load_catalog(catalog_dir()).catalog
        known = _known(catalog) if catalog else "none"
        line = f"scenarios of the sample catalog: {known}"
        return f"{super().format_help()}\n{textwrap.fill(line, self._width, break_on_hyphens=False)}\n"


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        "new",
        help="create a solution from a scenario template",
        description="Create a solution from a scenario template: its required items, their "
        "dependencies and its suggested policy.",
        formatter_class=_ScenarioHelp,
    )
    parser.add_argument("--scenario", metavar="ID", help="scenario id (required; without it the known ids are listed)")
    add_catalog_option(parser)
    language_option(parser)
    parser.add_argument(
        "-o", "--output", type=Path, metavar="FILE", help="solution file to write (default: standard output)"
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    catalog = catalog_for(args).catalog
    scenario = catalog.scenarios.get(args.scenario or "")
    if scenario is None:
        reason = f"unknown scenario '{args.scenario}'" if args.scenario else "--scenario ID is required"
        print(f"configurator new: {reason} (known: {_known(catalog)})", file=sys.stderr)
        return 2
    resolution = from_scenario(catalog, scenario.id, scenario.name.get(lang_of(args)))
    for problem in resolution.unresolved:
        print(f"configurator new: nothing provides '{problem.requirement}' for '{problem.capability}'", file=sys.stderr)
    try:
        write_output(to_text(resolution.solution).encode("utf-8"), args.output)
    except OSError as error:
        print(f"configurator new: cannot write {args.output}: {error.strerror or error}", file=sys.stderr)
        return 2
    if args.output:
        print(f"wrote {args.output} ({len(resolution.solution.items)} items)", file=sys.stderr)
    return 1 if resolution.unresolved else 0


def _known(catalog: Catalog) -> str:
    return ", ".join(catalog.scenarios) or "none"
