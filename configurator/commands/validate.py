"""`configurator validate [CATALOG_DIR]`: check a catalog directory and report every finding."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from configurator.commands import sarif
from configurator.commands.output import exit_code, language_option, print_findings
from configurator.core.catalog_load import load_catalog
from configurator.core.vocabulary import N_
from configurator.language import translator
from configurator.paths import catalog_dir


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        "validate", help="check a catalog directory", description="Check a catalog directory and report every finding."
    )
    parser.add_argument(
        "catalog",
        nargs="?",
        type=Path,
        metavar="CATALOG_DIR",
        help="catalog directory (default: the shipped sample catalog)",
    )
    parser.add_argument(
        "--format",
        choices=("text", "json", "sarif"),
        default="text",
        help="text lines, JSON, or a SARIF 2.1.0 log for code-review tools",
    )
    language_option(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    root = args.catalog or catalog_dir()
    result = load_catalog(root)
    catalog = result.catalog
    tr = translator(args.lang)
    name = f"{catalog.id} {catalog.version}" if catalog and catalog.id else str(root)
    if args.format == "sarif":
        json.dump(sarif.log(result.findings, Path(root), tr), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 2 if result.unreadable else exit_code(result.findings)
    print_findings(result.findings, args.format, tr(N_("catalog {name}")).format(name=name), tr=tr)
    return 2 if result.unreadable else exit_code(result.findings)
