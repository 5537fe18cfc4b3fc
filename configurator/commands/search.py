"""`configurator search [QUERY]`: the catalog's capabilities that match words and filters."""

from __future__ import annotations

import argparse
import json
import sys

from configurator.commands.common import Stop, add_catalog_option, catalog_for, lang_of
from configurator.commands.output import language_option
from configurator.core.catalog import MODE_ORDER, Capability
from configurator.core.catalog_search import CapabilityQuery, search
from configurator.core.vocabulary import N_
from configurator.language import translator

XINCHUANG_LEVELS = ("certified", "adapted", "none")
_BREAKS = str.maketrans("\t\r\n", "   ")


def add_parser(subparsers) -> None:
    parser = subparsers.add_parser(
        "search",
        help="find capabilities in the catalog",
        description="List the catalog's capabilities whose id, Chinese or English name or tags contain every "
        "word of QUERY (any case), narrowed by the filters given.",
    )
    parser.add_argument("query", nargs="*", metavar="QUERY", help="words to look for (none: every capability)")
    add_catalog_option(parser)
    parser.add_argument("--category", metavar="ID", help="only capabilities of this category")
    delivery = parser.add_mutually_exclusive_group()
    delivery.add_argument("--partner", dest="partner", action="store_const", const=True, help="only partner-delivered")
    delivery.add_argument("--vendor", dest="partner", action="store_const", const=False, help="only vendor-delivered")
    parser.add_argument("--xinchuang", choices=XINCHUANG_LEVELS, metavar="LEVEL", help="certified, adapted or none")
    parser.add_argument("--mode", choices=MODE_ORDER, help="only capabilities offered in this mode")
    parser.add_argument("--format", choices=("text", "json"), default="text")
    language_option(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    try:
        catalog = catalog_for(args, args.format).catalog
    except Stop as stop:
        return stop.code
    if args.category is not None and args.category not in catalog.categories:
        known = ", ".join(catalog.categories) or "none"
        print(f"configurator search: unknown category '{args.category}' (known: {known})", file=sys.stderr)
        return 2
    query = CapabilityQuery(" ".join(args.query), args.category, args.partner, args.xinchuang, args.mode)
    found = search(catalog, query)
    if args.format == "json":
        json.dump([_record(c) for c in found], sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    lang, tr = lang_of(args), translator(args.lang)
    for capability in found:
        fields = [capability.id, capability.name.get(lang), capability.category, " ".join(capability.modes)]
        if capability.partner_delivered:
            fields.append(tr(N_("partner")))
        print("\t".join(_one_line(field) for field in fields))
    if not found:
        print(tr(N_("no capability matches")), file=sys.stderr)
    return 0


def _record(capability: Capability) -> dict:
    return {
        "id": capability.id,
        "name": capability.name.to_dict(),
        "category": capability.category,
        "modes": list(capability.modes),
        "partner_delivered": capability.partner_delivered,
        "provider": capability.provider,
        "xinchuang": capability.xinchuang.level,
        "tags": list(capability.tags),
    }


def _one_line(text: str) -> str:
    """A name from a catalog file keeps to its line and its column."""
    return text.translate(_BREAKS)
