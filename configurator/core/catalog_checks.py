"""Catalog content rules: references, cycles, interfaces, scenarios, partner types, languages."""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Iterator

from configurator.core.catalog import (
    PRICE_MODELS,
    VENDOR,
    Capability,
    Catalog,
    Origin,
    Scenario,
    Text,
    ValueDriver,
    ValueInput,
)
from configurator.core.codes import Hint, Listing, make, phrase
from configurator.core.digraph import Digraph
from configurator.core.findings import Finding, Location
from configurator.core.vocabulary import N_
from configurator.core.yamlio import Mapping, location_of

Refs = Iterable[tuple[Location, str]]
Declared = dict[str, dict[str, Location]]  # id space → every id written in it, valid entry or not


def check_catalog(catalog: Catalog, declared: Declared) -> list[Finding]:
    """Run every content rule; `declared` holds all ids written, valid entries or not."""
    findings: list[Finding] = []
    for rule in (
        _references,
        _cycles,
        _interfaces,
        _scenarios,
        _partner_types,
        _xinchuang,
        _languages,
        _thresholds,
        _value_drivers,
        _units,
        _price_models,
    ):
        findings.extend(rule(catalog, declared))
    return findings


def _listed(origin: Origin, field: str, values: Iterable[str]) -> Refs:
    return ((origin.at(field, index), value) for index, value in enumerate(values))


def _single(origin: Origin, field: str, value: str | None) -> Refs:
    return [(origin.at(field), value)] if value else []  # a missing value is a schema finding


class _Spaces:
    """The id spaces a reference may point into, with what each is called in messages."""

    def __init__(self, catalog: Catalog, declared: Declared) -> None:
        items = set(declared["items"])
        interfaces = set(catalog.interfaces)
        self.items = items
        self.spaces = {
            "item": (items, phrase(N_("a capability or interface"))),
            "capability": (items - interfaces, phrase(N_("a capability"))),
            "interface": (interfaces, phrase(N_("an interface"))),
            "provider": ({VENDOR, *declared["partner_types"]}, phrase(N_("'vendor' or a partner type"))),
            "partner_type": (set(declared["partner_types"]), phrase(N_("a partner type"))),
            "category": (set(declared["categories"]), phrase(N_("a category"))),
        }

    def check(self, kind: str, subject: str, field: str, space: str, refs: Refs) -> Iterator[Finding]:
        valid, expected = self.spaces[space]
        kind_word, field_words = phrase(KIND_WORDS[kind]), phrase(field)
        for where, ref in refs:
            if ref in valid:
                continue
            if space in ("capability", "interface") and ref in self.items:
                actual = phrase(N_("a capability") if space == "interface" else N_("an interface"))
                yield make(
                    "CAT-KIND-009",
                    where,
                    subject=subject,
                    kind=kind_word,
                    field=field_words,
                    ref=ref,
                    actual=actual,
                    expected=expected,
                )
                continue
            yield make(
                "CAT-REF-002",
                where,
                subject=subject,
                kind=kind_word,
                field=field_words,
                ref=ref,
                **_closest(ref, valid),
            )


def _closest(word: str, known: Iterable[str]) -> Hint:
    """A did-you-mean hint naming the known word closest to `word`, if one is close."""
    match = difflib.get_close_matches(word, list(known), n=1, cutoff=0.75)
    return {"hint": "did_you_mean", "suggestion": match[0]} if match else {}


KIND_WORDS = {
    "capability": N_("capability"),
    "driver": N_("value driver"),
    "interface": N_("interface"),
    "partner": N_("partner"),
    "scenario": N_("scenario"),
}


def _references(catalog: Catalog, declared: Declared) -> Iterator[Finding]:
    spaces = _Spaces(catalog, declared)
    for cap in catalog.capabilities.values():
        o, check = cap.origin, spaces.check
        yield from check("capability", cap.id, N_("names category"), "category", _single(o, "category", cap.category))
        yield from check("capability", cap.id, N_("names provider"), "provider", _single(o, "provider", cap.provider))
        yield from check("capability", cap.id, N_("requires"), "item", _listed(o, "requires", cap.requires))
        yield from check("capability", cap.id, N_("recommends"), "item", _listed(o, "recommends", cap.recommends))
        yield from check(
            "capability", cap.id, N_("conflicts with"), "capability", _listed(o, "conflicts", cap.conflicts)
        )
        yield from check("capability", cap.id, N_("provides"), "interface", _listed(o, "provides", cap.provides))
    for iface in catalog.interfaces.values():
        yield from spaces.check(
            "interface", iface.id, N_("names default"), "capability", _single(iface.origin, "default", iface.default)
        )
    for partner in catalog.partners.values():
        yield from spaces.check(
            "partner",
            partner.id,
            N_("names partner type"),
            "partner_type",
            _listed(partner.origin, "types", partner.types),
        )
    for scn in catalog.scenarios.values():
        yield from spaces.check(
            "scenario", scn.id, N_("requires"), "item", _listed(scn.origin, "required", scn.required)
        )
        yield from spaces.check("scenario", scn.id, N_("lists"), "item", _listed(scn.origin, "optional", scn.optional))


def _requires_edges(catalog: Catalog) -> dict[tuple[str, str], Location]:
    """Capability → required capability/interface, and interface → each of its providers,
    each edge with where it is first declared."""
    where: dict[tuple[str, str], Location] = {}
    for cap in catalog.capabilities.values():
        for index, ref in enumerate(cap.requires):
            if ref in catalog.capabilities or ref in catalog.interfaces:
                where.setdefault((cap.id, ref), cap.origin.at("requires", index))
        for index, iface in enumerate(cap.provides):
            if iface in catalog.interfaces:
                where.setdefault((iface, cap.id), cap.origin.at("provides", index))
    return where


def _cycles(catalog: Catalog, declared: Declared) -> Iterator[Finding]:
    """One finding per strongly connected component, naming one whole cycle in it."""
    where = _requires_edges(catalog)
    for edges in Digraph(edges=where).cycles():
        nodes = [u for u, _ in edges] + [edges[0][0]]
        places = [f"{u} → {v} {where[u, v]}" for u, v in edges]
        yield make(
            "CAT-CYCLE-003",
            where[edges[0]],
            subject=edges[0][0],
            cycle=Listing(" → ".join(nodes)),
            edges=Listing("; ".join(places)),
        )


def _interfaces(catalog: Catalog, declared: Declared) -> Iterator[Finding]:
    for iface in catalog.interfaces.values():
        providers = catalog.providers_of(iface.id)
        if not providers:
            yield make("CAT-IFACE-010", iface.origin.at("id"), subject=iface.id, hint="declare_provider")
        elif iface.default in catalog.capabilities and iface.default not in providers:
            yield make("CAT-IFACE-011", iface.origin.at("default"), subject=iface.id, default=iface.default)


def _scenarios(catalog: Catalog, declared: Declared) -> Iterator[Finding]:
    conflicts = catalog.conflicts
    for scn in catalog.scenarios.values():
        for index, ref in enumerate(scn.required):
            for earlier in scn.required[:index]:
                if earlier in conflicts.get(ref, ()):
                    yield make(
                        "CAT-SCN-012",
                        scn.origin.at("required", index),
                        subject=scn.id,
                        hint="drop_one",
                        a=earlier,
                        b=ref,
                    )
        required = set(scn.required)
        for index, ref in enumerate(scn.optional):
            if ref in required:
                yield make("CAT-SCN-015", scn.origin.at("optional", index), subject=scn.id, ref=ref)
        for ref, modes in scn.quantities.items():
            cap = catalog.capabilities.get(ref)
            for mode in modes:
                if ref not in required or cap is None or mode not in cap.modes:
                    where = location_of(scn.origin.file, scn.origin.node.get("quantities"), ref)
                    yield make("CAT-SCN-019", where, subject=scn.id, ref=ref, mode=mode)


def _partner_types(catalog: Catalog, declared: Declared) -> Iterator[Finding]:
    used = {cap.provider for cap in catalog.capabilities.values()}
    used.update(t for partner in catalog.partners.values() for t in partner.types)
    for ptype in catalog.partner_types.values():
        if ptype.id not in used:
            yield make("CAT-PTN-013", ptype.origin.at("id"), subject=ptype.id)


def _xinchuang(catalog: Catalog, declared: Declared) -> Iterator[Finding]:
    for cap in catalog.capabilities.values():
        if cap.xinchuang.level != "none" and not cap.xinchuang.architectures:
            yield make("CAT-XC-007", cap.origin.at("xinchuang"), subject=cap.id, level=cap.xinchuang.level)


def _texts(catalog: Catalog) -> Iterator[tuple[str, str, Origin, str, Text]]:
    for section in (
        "capabilities",
        "interfaces",
        "partner_types",
        "partners",
        "scenarios",
        "categories",
        "units",
        "price_models",
    ):
        for record in getattr(catalog, section).values():
            for field in ("name", "description"):
                text = getattr(record, field, None)
                if text is not None and field in record.origin.node:
                    yield section, record.id, record.origin, field, text


_LANGUAGES = (("en", N_("English")), ("zh", N_("Chinese")))


def _languages(catalog: Catalog, declared: Declared) -> Iterator[Finding]:
    """A name is required in both languages (documents in either language show it); a
    description missing one is a warning, as the app can fall back on the other."""
    for section, ident, origin, field, text in _texts(catalog):
        for code, language in _LANGUAGES:
            if not getattr(text, code):
                yield make(
                    "CAT-LANG-018" if field == "name" else "CAT-LANG-014",
                    origin.at(field),
                    subject=ident,
                    path=f"{section}[{ident}].{field}",
                    language=phrase(language),
                )


def _thresholds(catalog: Catalog, declared: Declared) -> Iterator[Finding]:
    share = catalog.partner_share
    if share.warn > share.error and catalog.meta_origin is not None:
        defaults = catalog.meta_origin.node.get("defaults", {})
        where = Location(catalog.meta_origin.file, *defaults.get("partner_share", defaults).pos)
        yield make("CAT-SHARE-016", where, warn=share.warn, error=share.error)
    for scenario in catalog.scenarios.values():
        limits = scenario.partner_share
        if limits is not None and limits.warn > limits.error:
            policy = scenario.origin.node.get("policy", {})
            where = location_of(scenario.origin.file, policy, "partner_share")
            yield make("CAT-SHARE-016", where, subject=scenario.id, warn=limits.warn, error=limits.error)


FORMULA_PROBLEMS = {
    "syntax": N_("cannot be parsed: {detail}"),
    "construct": N_("uses '{detail}'; only numbers, inputs, + - * /, parentheses, min and max are allowed"),
    "length": N_("is too long: {detail}"),
}


def _value_drivers(catalog: Catalog, declared: Declared) -> Iterator[Finding]:
    for owner in _driver_owners(catalog):
        yield from _duplicates((driver.origin.file, driver.origin.node, driver.id) for driver in owner.value_drivers)
        for driver in owner.value_drivers:
            yield from _formula(driver)
            inputs = _input_nodes(driver)
            yield from _duplicates((driver.origin.file, node, value_input.id) for node, value_input in inputs)
            for node, value_input in inputs:
                numbers = [node.get(key) for key in ("default", "low", "high")]
                if not all(isinstance(n, (int, float)) and not isinstance(n, bool) for n in numbers):
                    continue  # a schema finding already
                if not value_input.low <= value_input.default <= value_input.high:
                    yield make(
                        "CAT-VALUE-042",
                        Location(driver.origin.file, *node.pos),
                        subject=driver.id,
                        input=value_input.id,
                        default=f"{value_input.default:g}",
                        low=f"{value_input.low:g}",
                        high=f"{value_input.high:g}",
                    )


def _driver_owners(catalog: Catalog) -> Iterator[Scenario | Capability]:
    yield from catalog.scenarios.values()
    yield from catalog.capabilities.values()


def _formula(driver: ValueDriver) -> Iterator[Finding]:
    if not isinstance(driver.origin.node.get("formula"), str):
        return  # missing or not text: a schema finding already
    where, problem = driver.origin.at("formula"), driver.problem
    if problem is not None and problem.reason == "unknown":
        yield make("CAT-VALUE-041", where, subject=driver.id, name=problem.detail, inputs=[i.id for i in driver.inputs])
    elif problem is not None:
        yield make(
            "CAT-VALUE-040",
            where,
            subject=driver.id,
            problem=phrase(FORMULA_PROBLEMS[problem.reason], detail=problem.detail),
        )


def _duplicates(records: Iterable[tuple[str, Mapping, str]]) -> Iterator[Finding]:
    """CAT-DUP-008 for each (file, mapping, id) whose id an earlier one of `records` has: the
    drivers of one scenario or capability, or the inputs of one driver."""
    first: dict[str, Location] = {}
    for file, node, ident in records:
        where = location_of(file, node, "id")
        if ident in first:
            yield make("CAT-DUP-008", where, subject=ident, id=ident, first=str(first[ident]))
        else:
            first[ident] = where


def _input_nodes(driver: ValueDriver) -> list[tuple[Mapping, ValueInput]]:
    """Each input the model holds, with the mapping it was written as."""
    written = driver.origin.node.get("inputs")
    nodes = [i for i in written if isinstance(i, Mapping) and isinstance(i.get("id"), str)] if written else []
    return list(zip(nodes, driver.inputs, strict=True))


def _unit_uses(catalog: Catalog) -> Iterator[tuple[str, str, Location, str]]:
    """(kind, subject, where, unit) of every unit word a mode or a value driver writes."""
    for cap in catalog.capabilities.values():
        modes = cap.origin.node.get("modes")  # the model holds only modes written as mappings
        for code, mode in cap.modes.items():
            yield "capability", cap.id, location_of(cap.origin.file, modes[code], "unit"), mode.unit
    for owner in _driver_owners(catalog):
        for driver in owner.value_drivers:
            yield "driver", driver.id, driver.origin.at("unit"), driver.unit
            for node, value_input in _input_nodes(driver):
                yield "driver", driver.id, location_of(driver.origin.file, node, "unit"), value_input.unit


def _units(catalog: Catalog, declared: Declared) -> Iterator[Finding]:
    """Once catalog.yaml declares `units`, every unit word used is one of them: any other would
    show untranslated in Chinese documents, and is most likely a typo."""
    known = declared["units"]
    if not known:
        return
    for kind, subject, where, unit in _unit_uses(catalog):
        if not unit or unit in known:
            continue
        yield make(
            "CAT-UNIT-017", where, subject=subject, kind=phrase(KIND_WORDS[kind]), unit=unit, **_closest(unit, known)
        )


def _price_models(catalog: Catalog, declared: Declared) -> Iterator[Finding]:
    """Every mode's price model is built in or declared in catalog.yaml: documents name it in
    both languages, and an unknown code is most likely a typo (`LCI`, `hw`); so is every price
    model the default maintenance names. Maintenance belongs to once-billed modes only."""
    known = {*PRICE_MODELS, *declared["price_models"]}
    for cap in catalog.capabilities.values():
        modes = cap.origin.node.get("modes")
        for code, mode in cap.modes.items():
            if mode.price_model and mode.price_model not in known:  # a missing one is a schema finding
                yield make(
                    "CAT-PRICE-019",
                    location_of(cap.origin.file, modes[code], "price_model"),
                    subject=cap.id,
                    mode=code,
                    price_model=mode.price_model,
                    **_closest(mode.price_model.upper(), known),
                )
            if mode.maintenance is not None and mode.billing != "once":
                where = location_of(cap.origin.file, modes[code], "maintenance")
                yield make("CAT-MAINT-027", where, subject=cap.id, mode=code, billing=mode.billing)
    meta = catalog.meta_origin
    if meta is None or not isinstance(meta.node, dict):
        return
    defaults = meta.node.get("defaults")
    maintenance = defaults.get("maintenance") if isinstance(defaults, dict) else None
    for index, code in enumerate(catalog.maintenance.price_models):
        if code not in known and isinstance(maintenance, dict):
            where = location_of(meta.file, maintenance.get("price_models"), index)
            yield make("CAT-MAINT-028", where, price_model=code, **_closest(code.upper(), known))
