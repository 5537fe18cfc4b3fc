"""Load a catalog directory into the model, reporting every problem as a located finding.

Each file is parsed and schema-checked on its own, so one bad file never hides another's
findings; entries with schema errors are left out of the model but their ids still count
as declared, so references to them do not cascade into "unknown id" noise.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from types import MappingProxyType
from typing import Any, TypeGuard, TypeVar

from configurator.core import catalog_checks
from configurator.core.catalog import (
    MODE_ORDER,
    Capability,
    Catalog,
    Category,
    Interface,
    Maintenance,
    Mode,
    Origin,
    Partner,
    PartnerType,
    Scenario,
    SuggestedPolicy,
    Term,
    Text,
    Thresholds,
    ValueDriver,
    ValueInput,
    Xinchuang,
)
from configurator.core.codes import Phrase, make, phrase
from configurator.core.collector import collector_paused
from configurator.core.findings import Finding, Location, sort_key
from configurator.core.formula import FormulaError
from configurator.core.formula import parse as parse_formula
from configurator.core.progress import Progress, report
from configurator.core.schema import check
from configurator.core.vocabulary import N_
from configurator.core.yamlio import Mapping, read_file
from configurator.paths import schema_path

T = TypeVar("T")

ROOT_FILE = "catalog.yaml"
SECTIONS = ("capabilities", "interfaces", "partner_types", "partners", "scenarios")
META_KEYS = (
    "format",
    "id",
    "version",
    "name",
    "description",
    "currency",
    "vendor",
    "categories",
    "units",
    "price_models",
    "defaults",
)
META_SECTIONS = ("categories", "units", "price_models")  # lists of records that only catalog.yaml holds
REQUIRED_META = ("format", "id", "version", "name", "currency", "categories")
# Capabilities and interfaces share one id space (DESIGN.md §3); the others have their own.
NAMESPACES = {
    "capabilities": "items",
    "interfaces": "items",
    "partner_types": "partner_types",
    "partners": "partners",
    "scenarios": "scenarios",
    "categories": "categories",
    "units": "units",
    "price_models": "price_models",
}


@dataclass
class LoadResult:
    catalog: Catalog | None
    findings: list[Finding]
    unreadable: bool = False  # the directory itself could not be read (exit code 2)


@dataclass
class _Collected:
    # section → id → (file, entry, whether the entry passed the schema)
    records: dict[str, dict[str, tuple[str, Mapping, bool]]] = field(
        default_factory=lambda: {name: {} for name in (*SECTIONS, *META_SECTIONS)}
    )
    declared: dict[str, dict[str, Location]] = field(
        default_factory=lambda: {name: {} for name in set(NAMESPACES.values())}
    )
    meta: dict[str, Any] = field(default_factory=dict)
    meta_file: Mapping | None = None


@collector_paused
def load_catalog(root: Path, progress: Progress | None = None) -> LoadResult:
    """Load and check a catalog directory; `progress` hears of each file read, then of the
    content checks, and may cancel (Cancelled). The cyclic garbage collector is paused
    meanwhile: loading makes millions of objects and no reference cycles, and its full
    collections would otherwise grow with the square of the catalog's size."""
    root = Path(root)
    try:
        problem = None if root.is_dir() else phrase(N_("is not a directory") if root.exists() else N_("does not exist"))
    except OSError as error:  # e.g. a folder on the way that may not be read
        problem = phrase(N_("cannot be read: {reason}"), reason=error.strerror or str(error))
    if problem is not None:
        return LoadResult(None, [make("CAT-DIR-010", path=str(root), problem=problem)], True)
    findings: list[Finding] = []
    collected = _Collected()
    names = _yaml_files(root, findings)
    if ROOT_FILE not in names:
        findings.append(make("CAT-DIR-011", hint="add_catalog_yaml"))
    steps = len(names) + 1  # every file, then the model and its content checks
    inside = root.resolve()
    for done, name in enumerate(names):
        report(progress, done, steps)
        outside = _outside(root / name, inside)
        if outside is not None:
            findings.append(make("YAML-READ-010", Location(name), reason=outside))
            continue
        _load_file(root / name, name, collected, findings)
    report(progress, len(names), steps)
    catalog, everything = _build(root, collected, content_digest(root, names))
    findings.extend(catalog_checks.check_catalog(everything, collected.declared))
    report(progress, steps, steps)
    findings.sort(key=sort_key)
    return LoadResult(catalog, findings)


def _yaml_files(root: Path, findings: list[Finding]) -> list[str]:
    """Relative posix paths of every *.yaml below root, catalog.yaml first, then sorted."""
    names: list[str] = []

    def on_error(error: OSError) -> None:
        rel = Path(error.filename).relative_to(root).as_posix() if error.filename else "."
        findings.append(make("YAML-READ-010", Location(rel), reason=error.strerror or str(error)))

    for folder, dirs, files in os.walk(root, onerror=on_error):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        base = Path(folder)
        for entry in [*files, *dirs]:
            if entry.startswith("."):
                continue
            rel = (base / entry).relative_to(root).as_posix()
            if entry.endswith(".yaml"):
                names.append(rel)
            elif entry.endswith(".yml") and entry in files:
                findings.append(
                    make("YAML-EXT-012", Location(rel), hint="rename_yaml", name=rel, suggestion=rel[:-4] + ".yaml")
                )
    return sorted(names, key=lambda n: (n != ROOT_FILE, n))


def _outside(path: Path, inside: Path) -> Phrase | None:
    """Why a file is not read although it is below the catalog directory: a link out of the
    catalog (to ~/.ssh, a credentials file) is not opened at all, so that no finding can quote
    what it points to; a loop of links leads nowhere."""
    try:
        target = path.resolve()
    except (OSError, RuntimeError):  # RuntimeError: a symlink loop before Python 3.13
        return phrase(N_("it is a loop of symbolic links"))
    return None if target.is_relative_to(inside) else phrase(N_("it links outside the catalog"))


def _load_file(path: Path, name: str, collected: _Collected, findings: list[Finding]) -> None:
    if path.is_dir():
        findings.append(make("YAML-READ-010", Location(name), reason=phrase(N_("it is a directory, not a file"))))
        return
    data, problems = read_file(path, name)
    findings.extend(problems)
    if data is None:
        return
    invalid_entries: set[tuple[str, int]] = set()
    invalid_keys: set[str] = set()
    for err_path, finding in check(data, schema_path("catalog.schema.json"), name, "CAT"):
        findings.append(finding)
        if len(err_path) >= 2 and isinstance(err_path[1], int):
            invalid_entries.add((err_path[0], err_path[1]))
        elif err_path:
            invalid_keys.add(err_path[0])
        else:
            invalid_keys.add("*")
    if not isinstance(data, Mapping) or "*" in invalid_keys and not data:
        return
    if name == ROOT_FILE:
        collected.meta = {k: v for k, v in data.items() if k in META_KEYS and k not in invalid_keys}
        collected.meta_file = data
        for key in REQUIRED_META:
            if key not in data:
                findings.append(make("CAT-KEY-020", Location(name, 1, 1), path="catalog.yaml", key=key))
    else:
        for key in data:
            if key in META_KEYS:
                where = Location(name, *data.key_pos[key])
                findings.append(
                    make("CAT-SECTION-026", where, hint="move_to_catalog_yaml", key=key, root_file=ROOT_FILE)
                )
    for section in (*SECTIONS, *META_SECTIONS):
        if section in META_SECTIONS and name != ROOT_FILE:
            continue
        entries = data.get(section)
        if section in invalid_keys or not isinstance(entries, list):
            continue
        for index, entry in enumerate(entries):
            _collect(section, entry, name, (section, index) not in invalid_entries, collected, findings)


def _collect(section: str, entry: Any, file: str, valid: bool, collected: _Collected, findings: list[Finding]) -> None:
    if not isinstance(entry, Mapping) or not isinstance(entry.get("id"), str):
        return
    ident = entry["id"]
    namespace = collected.declared[NAMESPACES[section]]
    where = Location(file, *entry.value_pos.get("id", entry.pos))
    if ident in namespace:
        findings.append(make("CAT-DUP-008", where, subject=ident, id=ident, first=str(namespace[ident])))
        return
    namespace[ident] = where
    collected.records[section][ident] = (file, entry, valid)


def _text(value: Any) -> Text:
    if not isinstance(value, dict):
        return Text()
    return Text(en=_str(value.get("en")), zh=_str(value.get("zh")))


def _str(value: Any, default: str = "") -> str:
    return value if isinstance(value, str) else default


def _dict(value: Any) -> dict:
    return value if isinstance(value, dict) else {}


def _ids(entry: dict, key: str) -> tuple[str, ...]:
    value = entry.get(key)
    return tuple(v for v in value if isinstance(v, str)) if isinstance(value, list) else ()


# Builders are tolerant of wrong types: entries that failed the schema are built too, so the
# content rules can still check their references, but only valid entries enter the model.
def capability_of(file: str, e: dict) -> Capability:
    """A capability from its catalog entry (as written; checked by the schema first)."""
    modes = _dict(e.get("modes"))
    xc = _dict(e.get("xinchuang"))
    return Capability(
        id=e["id"],
        name=_text(e.get("name")),
        description=_text(e.get("description")),
        category=_str(e.get("category")),
        kind=_str(e.get("kind")),
        provider=_str(e.get("provider")),
        requires=_ids(e, "requires"),
        recommends=_ids(e, "recommends"),
        conflicts=_ids(e, "conflicts"),
        provides=_ids(e, "provides"),
        modes=MappingProxyType(
            {code: _mode(code, m) for code, m in modes.items() if code in MODE_ORDER and isinstance(m, dict)}
        ),
        xinchuang=Xinchuang(_str(xc.get("level"), "none"), _ids(xc, "architectures")),
        data_class=e.get("data_class") if isinstance(e.get("data_class"), str) else None,
        customizable=e.get("customizable") is True,
        tags=_ids(e, "tags"),
        origin=Origin(file, e),
        roles=_ids(e, "roles"),
        value_drivers=_drivers(file, e),
    )


def _drivers(file: str, entry: dict) -> tuple[ValueDriver, ...]:
    drivers = entry.get("value_drivers")
    if not isinstance(drivers, list):
        return ()
    return tuple(_driver(file, d) for d in drivers if isinstance(d, dict) and isinstance(d.get("id"), str))


def _number(value: Any) -> float:
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else 0.0


def _driver(file: str, d: dict) -> ValueDriver:
    raw_inputs = d.get("inputs")
    inputs = tuple(
        ValueInput(
            i["id"],
            _text(i.get("label")),
            _str(i.get("unit")),
            _number(i.get("default")),
            _number(i.get("low")),
            _number(i.get("high")),
        )
        for i in (raw_inputs if isinstance(raw_inputs, list) else ())
        if isinstance(i, dict) and isinstance(i.get("id"), str)
    )
    text = _str(d.get("formula"))
    formula, problem = None, None
    try:
        formula = parse_formula(text, {i.id for i in inputs})
    except FormulaError as error:
        problem = error
    return ValueDriver(
        d["id"],
        _text(d.get("name")),
        _str(d.get("kind")),
        _str(d.get("unit")),
        text,
        formula,
        problem,
        inputs,
        _text(d.get("source")),
        Origin(file, d),
    )


def _mode(code: str, m: dict) -> Mode:
    return Mode(
        code,
        _str(m.get("price_model")),
        _str(m.get("unit")),
        _str(m.get("billing")),
        m.get("list_price", 0),
        m.get("lead_weeks", 0),
        m.get("maintenance") if _fraction(m.get("maintenance")) else None,
    )


def _scenario(file: str, e: dict) -> Scenario:
    policy = _dict(e.get("policy"))
    suggested = SuggestedPolicy()
    return Scenario(
        e["id"],
        _text(e.get("name")),
        _text(e.get("description")),
        _ids(e, "required"),
        _ids(e, "optional"),
        SuggestedPolicy(
            _str(policy.get("deployment"), suggested.deployment),
            _str(policy.get("xinchuang"), suggested.xinchuang),
            _str(policy.get("network"), suggested.network),
            _str(policy.get("public_data_class"), suggested.public_data_class),
            policy.get("cii_operator") is True,
        ),
        Origin(file, e),
        _thresholds(policy.get("partner_share")),
        _drivers(file, e),
        _quantities(e.get("quantities")),
    )


def _quantities(value: Any) -> dict[str, dict[str, float]]:
    """The well-formed quantities; the schema reports the others."""
    if not isinstance(value, dict):
        return {}
    return {
        capability: {m: q for m, q in modes.items() if _is_number(q) and 0 < q <= 1e9}
        for capability, modes in value.items()
        if isinstance(capability, str) and isinstance(modes, dict)
    }


def _is_number(value: Any) -> TypeGuard[float]:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _thresholds(value: Any) -> Thresholds | None:
    """Thresholds as written when both are fractions; the schema reports any other value."""
    if not isinstance(value, dict):
        return None
    warn, error = value.get("warn"), value.get("error")
    return Thresholds(warn, error) if _fraction(warn) and _fraction(error) else None


def _maintenance(value: Any) -> Maintenance:
    """The default maintenance as written when it is well-formed; the schema reports any other."""
    if not isinstance(value, dict) or not _fraction(value.get("rate")):
        return Maintenance()
    models = value.get("price_models")
    listed = tuple(m for m in models if isinstance(m, str)) if isinstance(models, list) else ()
    return Maintenance(value["rate"], listed)


def _fraction(value: Any) -> TypeGuard[float]:
    return _is_number(value) and 0 <= value <= 1


def _interface(file: str, e: dict) -> Interface:
    default = e.get("default")
    return Interface(
        e["id"],
        _text(e.get("name")),
        _text(e.get("description")),
        default if isinstance(default, str) else None,
        Origin(file, e),
    )


def _partner_type(file: str, e: dict) -> PartnerType:
    return PartnerType(e["id"], _text(e.get("name")), _text(e.get("description")), _str(e.get("role")), Origin(file, e))


def _partner(file: str, e: dict) -> Partner:
    return Partner(e["id"], _text(e.get("name")), _ids(e, "types"), Origin(file, e))


def _category(file: str, e: dict) -> Category:
    return Category(e["id"], _text(e.get("name")), Origin(file, e), _str(e.get("xinchuang_scope"), "general"))


def _term(file: str, e: dict) -> Term:
    return Term(e["id"], _text(e.get("name")), Origin(file, e))


def _section(
    records: dict[str, tuple[str, Mapping, bool]], build: Callable[[str, Mapping], T]
) -> tuple[MappingProxyType[str, T], MappingProxyType[str, T]]:
    """One section's records built once: those of valid entries, and all of them."""
    every = {ident: build(file, entry) for ident, (file, entry, _) in records.items()}
    valid = {ident: every[ident] for ident, (_, _, ok) in records.items() if ok}
    return MappingProxyType(valid), MappingProxyType(every)


def content_digest(root: Path, names: list[str]) -> str:
    """What a solution records as the catalog it was priced on: a SHA-256 over each file's
    path and bytes, in load order; a file that cannot be read counts by its path alone."""
    digest = hashlib.sha256()
    for name in names:
        digest.update(name.encode("utf-8", "surrogatepass") + b"\0")
        try:
            data = (root / name).read_bytes() if (root / name).is_file() else b""
        except OSError:
            data = b""
        digest.update(len(data).to_bytes(8, "big") + data)
    return "sha256:" + digest.hexdigest()


def _build(root: Path, collected: _Collected, digest: str) -> tuple[Catalog, Catalog]:
    """The model of valid entries, and the same with invalid entries for the content rules."""
    records = collected.records
    capabilities = _section(records["capabilities"], capability_of)
    interfaces = _section(records["interfaces"], _interface)
    partner_types = _section(records["partner_types"], _partner_type)
    partners = _section(records["partners"], _partner)
    scenarios = _section(records["scenarios"], _scenario)
    categories = _section(records["categories"], _category)
    units = _section(records["units"], _term)
    price_models = _section(records["price_models"], _term)
    meta = collected.meta
    defaults = meta.get("defaults")
    catalog = partial(
        Catalog,
        root=root,
        id=meta.get("id", ""),
        version=meta.get("version", ""),
        name=_text(meta.get("name")),
        description=_text(meta.get("description")),
        currency=meta.get("currency", "CNY"),
        vendor_name=_text((meta.get("vendor") or {}).get("name")),
        partner_share=_thresholds(defaults.get("partner_share") if isinstance(defaults, dict) else None)
        or Thresholds(),
        maintenance=_maintenance(defaults.get("maintenance") if isinstance(defaults, dict) else None),
        meta_origin=Origin(ROOT_FILE, collected.meta_file) if collected.meta_file is not None else None,
        digest=digest,
    )
    strict, lenient = (
        catalog(
            capabilities=capabilities[i],
            interfaces=interfaces[i],
            partner_types=partner_types[i],
            partners=partners[i],
            scenarios=scenarios[i],
            categories=categories[i],
            units=units[i],
            price_models=price_models[i],
        )
        for i in (0, 1)
    )
    return strict, lenient
