"""Reading and writing solution files (format solution/1) with located findings.

Saving is atomic and canonical: a file the app wrote, loaded and saved unchanged, comes out
byte-identical. Items the schema rejects are kept verbatim and written back as they were.

A file is a deal (core/deal.py): its top-level scenario, policy, items and value are the first
option (named by `option`), `options` lists the others, `recommended` names one, and `deal`
holds the cost-of-ownership settings. A file without these keys reads and writes as before.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path
from types import MappingProxyType
from typing import Any

from configurator.core.atomic import write_atomic
from configurator.core.catalog import Thresholds
from configurator.core.codes import make, phrase
from configurator.core.deal import Deal
from configurator.core.findings import Finding, Location
from configurator.core.pricing import TERMS, KeptPrices, Pin, Terms
from configurator.core.schema import TOP_LEVEL, check, describe
from configurator.core.solution import (
    AUTO,
    EXPLICIT,
    NULL_ENTRY,
    Customer,
    DealSettings,
    Item,
    Solution,
    SolutionPolicy,
)
from configurator.core.vocabulary import N_
from configurator.core.yamlio import Mapping, dump, parse_text, read_file
from configurator.paths import schema_path

FORMAT = "solution/1"
TOP_KEYS = (
    "format",
    "name",
    "customer",
    "catalog",
    "scenario",
    "policy",
    "items",
    "value",
    "option",
    "options",
    "recommended",
    "deal",
    "kept_prices",
)
OPTION_KEYS = ("name", "scenario", "policy", "items", "value")


class SolutionUnreadable(Exception):
    """The file cannot be read at all (missing, a directory, not YAML data): exit code 2."""

    def __init__(self, findings: list[Finding]) -> None:
        super().__init__(findings[0].message)
        self.findings = findings


def load_deal(path: Path, name: str | None = None) -> tuple[Deal, list[Finding]]:
    """Load a solution file with all its options; raises SolutionUnreadable when there is
    nothing to work with."""
    name = name or str(path)
    if path.is_dir():
        raise SolutionUnreadable([make("YAML-READ-010", Location(name), reason=phrase(N_("it is a directory")))])
    if not path.exists():
        raise SolutionUnreadable([make("YAML-READ-010", Location(name), reason=phrase(N_("no such file")))])
    data, findings = read_file(path, name)
    return deal_from_data(data, name, findings)


def load_solution(path: Path, name: str | None = None) -> tuple[Solution, list[Finding]]:
    """The first option of a solution file (the whole solution when it has no options)."""
    deal, findings = load_deal(path, name)
    return deal.first, findings


def parse_deal(text: str, name: str) -> tuple[Deal, list[Finding]]:
    data, findings = parse_text(text, name)
    return deal_from_data(data, name, findings)


def parse_solution(text: str, name: str) -> tuple[Solution, list[Finding]]:
    deal, findings = parse_deal(text, name)
    return deal.first, findings


def deal_from_data(data: Any, name: str, findings: list[Finding] | None = None) -> tuple[Deal, list[Finding]]:
    """A deal from a solution file's data (parsed YAML keeping positions); `findings` are the
    parser's, to which the file's own are added."""
    findings = [] if findings is None else findings
    if not isinstance(data, Mapping):
        if not findings:
            findings.append(
                make(
                    "SOL-TYPE-022",
                    Location(name, 1, 1),
                    path=TOP_LEVEL,
                    expected=phrase(N_("a mapping")),
                    found=describe(data),
                )
            )
        raise SolutionUnreadable(findings)
    problems = _Problems()
    options = data.get("options")
    for option in options if isinstance(options, list) else ():
        _dates_as_text(option)
    _dates_as_text(data)
    for err_path, finding in check(data, schema_path("solution.schema.json"), name, "SOL"):
        findings.append(finding)
        problems.add(err_path, finding.code)
    if isinstance(options, list) and any(
        not isinstance(o, Mapping) or problems.of(i).whole for i, o in enumerate(options)
    ):
        problems.top.add("options")  # an option without a name or items: all of them kept as written
    first = problems.of(None)
    first.bad_date = "policy" not in first.keys and not _valid_go_live(data, "policy", name, findings)
    solution = _build(data, first)
    more: list[Solution] = []
    if "options" not in problems.top and isinstance(options, list):
        for index, option in enumerate(options):
            found = problems.of(index)
            found.bad_date = "policy" not in found.keys and not _valid_go_live(
                option, f"options[{index}].policy", name, findings
            )
            more.append(_option(option, found, solution))
    recommended = data.get("recommended") if "recommended" not in problems.top else None
    deal = Deal((solution, *more), recommended if isinstance(recommended, str) else None)
    findings += _option_names(deal, data, name)
    return deal, findings


def _option_names(deal: Deal, data: Mapping, name: str) -> list[Finding]:
    """Option names must be unique, and `recommended` must name one of them."""
    found, seen = [], set()
    for option in deal.options:
        key = "option" if option is deal.first else "name"
        if option.option and option.option in seen and key in option.positions:
            line, column = option.positions[key]
            found.append(make("SOL-OPTION-013", Location(name, line, column), name=option.option))
        seen.add(option.option)
    if deal.recommended and deal.recommended_at is None:
        line, column = data.value_pos["recommended"]
        found.append(make("SOL-OPTION-014", Location(name, line, column), name=deal.recommended))
    return found


class _Found:
    """What the schema refused in one option: whole items, top-level keys, the go-live."""

    def __init__(self) -> None:
        self.items: set[int] = set()
        self.keys: set[str] = set()
        self.whole = False
        self.bad_date = False


class _Problems:
    def __init__(self) -> None:
        self._options: dict[int | None, _Found] = {}

    @property
    def top(self) -> set[str]:
        """Top-level keys refused: kept as written."""
        return self.of(None).keys

    def of(self, option: int | None) -> _Found:
        return self._options.setdefault(option, _Found())

    def add(self, path: Sequence[Any], code: str) -> None:
        """A schema error at `path` (SOL-KEY-021: an unknown key, kept as written by its mapping)."""
        path = list(path)
        if len(path) >= 2 and path[0] == "options" and isinstance(path[1], int):
            found, rest = self.of(path[1]), path[2:]
            if (not rest and code != "SOL-KEY-021") or rest[:1] == ["name"] or rest == ["items"]:
                found.whole = True  # not an option to speak of: every option is kept as written
        elif path[:1] == ["options"]:
            self.top.add("options")
            return
        else:
            found, rest = self.of(None), path
        if len(rest) >= 2 and rest[0] == "items" and isinstance(rest[1], int):
            found.items.add(rest[1])
        elif rest:
            found.keys.add(rest[0])


OWN_TOP_KEYS = ("scenario", "policy", "items", "value", "option")  # the first option's, at the top


def findings_by_option(deal: Deal, findings: list[Finding]) -> list[list[Finding]]:
    """The findings of loading the file, per option: one inside an entry of `options` to that
    option (an entry runs from its first key to the next entry, the last to the top-level key
    after `options`), one in the first option's own top-level keys to it, and any other (a
    shared key such as `deal` or `customer`, an unknown key, no line) to every option."""
    if len(deal.options) == 1:
        return [list(findings)]
    starts = [min((line for line, _ in option.positions.values()), default=sys.maxsize) for option in deal.options[1:]]
    after = [line for line, _ in deal.first.positions.values() if line > starts[-1]]
    ends = [*starts[1:], min(after, default=sys.maxsize)]
    top = sorted((line, key) for key, (line, _) in deal.first.positions.items() if key != "options")
    owned: list[list[Finding]] = [[] for _ in deal.options]
    for finding in findings:
        line = finding.line or 0
        entry = next((i + 1 for i, (a, b) in enumerate(zip(starts, ends, strict=True)) if a <= line < b), None)
        key = next((k for start, k in reversed(top) if start <= line), None) if line else None
        owners = [entry] if entry is not None else [0] if key in OWN_TOP_KEYS else range(len(deal.options))
        for owner in owners:
            owned[owner].append(finding)
    return owned


def _dates_as_text(data: Any) -> None:
    """An unquoted `go_live: 2027-06-30` is a YAML date: take it as the text it was."""
    policy = data.get("policy") if isinstance(data, dict) else None
    if isinstance(policy, dict) and isinstance(policy.get("go_live"), date):
        policy["go_live"] = policy["go_live"].isoformat()


def _valid_go_live(data: Mapping, path: str, name: str, findings: list[Finding]) -> bool:
    policy = data.get("policy")
    if not isinstance(policy, Mapping) or not isinstance(value := policy.get("go_live"), str):
        return True
    try:
        date.fromisoformat(value)
    except ValueError:
        line, column = policy.value_pos["go_live"]
        findings.append(
            make(
                "SOL-SCHEMA-025",
                Location(name, line, column),
                path=f"{path}.go_live",
                problem=phrase(N_("'{value}' is not a calendar date"), value=value),
            )
        )
        return False
    return True


def _items(data: Mapping, found: _Found) -> tuple[Item, ...]:
    items: list[Item] = []
    raw_items = data.get("items")
    for index, raw in enumerate(raw_items if isinstance(raw_items, list) else ()):
        line, column = data["items"].item_pos[index]
        if index in found.items or "items" in found.keys or not isinstance(raw, dict):
            items.append(
                Item(
                    capability=str(raw.get("capability", "")) if isinstance(raw, dict) else "",
                    mode="",
                    raw=_plain(raw) if raw is not None else NULL_ENTRY,
                    line=line,
                    column=column,
                )
            )
            continue
        ramp = raw.get("ramp")
        items.append(
            Item(
                capability=raw["capability"],
                mode=raw["mode"],
                quantity=raw["quantity"],
                origin=raw["origin"],
                delivered_by=raw.get("delivered_by"),
                partner=raw.get("partner"),
                customized=raw.get("customized", False),
                discount=raw.get("discount", 0.0),
                notes=raw.get("notes", ""),
                ramp=tuple(ramp) if isinstance(ramp, list) else ramp,
                line=line,
                column=column,
            )
        )
    return tuple(items)


def _option_policy(data: Mapping, found: _Found, raw: dict[str, Any]) -> dict | None:
    policy = data.get("policy")
    policy_data = policy if "policy" not in found.keys and isinstance(policy, dict) else None
    if found.bad_date and policy_data is not None:  # the rest applies; saved back as written
        raw["policy"] = _plain(policy_data)
        policy_data = {k: v for k, v in policy_data.items() if k != "go_live"}
    return policy_data


def _option(data: Mapping, found: _Found, first: Solution) -> Solution:
    """One entry of `options`: what it does not say, it shares with the first option."""
    raw = {k: _plain(v) for k, v in data.items() if k in found.keys and k != "items" or k not in OPTION_KEYS}
    policy_data = _option_policy(data, found, raw)
    value = data.get("value")
    scenario = data.get("scenario")
    return replace(
        first,
        option=data["name"],
        scenario=scenario if "scenario" not in found.keys and isinstance(scenario, str) else None,
        policy=_policy(policy_data) if policy_data is not None else SolutionPolicy(),
        policy_given=policy_data is not None,
        items=_items(data, found),
        value=_plain(value) if "value" not in found.keys and isinstance(value, dict) else {},
        raw=raw,
        positions=dict(data.value_pos),
    )


def _build(data: Mapping, found: _Found) -> Solution:
    """The top level: the shared fields and the first option. When the policy's go-live is
    no calendar date, the rest of the policy still applies and it is saved back as written."""
    bad_keys = found.keys

    def good(key: str, kind: type) -> Any:
        value = data.get(key)
        return value if key not in bad_keys and isinstance(value, kind) else None

    catalog = good("catalog", dict) or {}
    raw = {k: _plain(v) for k, v in data.items() if k in bad_keys and k != "items" or k not in TOP_KEYS}
    policy_data = _option_policy(data, found, raw)
    deal = good("deal", dict)
    option = good("option", str)
    kept = good("kept_prices", dict)
    return Solution(
        name=good("name", str) or "",
        catalog_id=_text_of(catalog, "id"),
        catalog_version=_text_of(catalog, "version"),
        catalog_digest=_text_of(catalog, "digest"),
        kept_prices=_kept(kept) if kept is not None else None,
        customer=Customer(**(good("customer", dict) or {})),
        scenario=good("scenario", str),
        policy=_policy(policy_data) if policy_data is not None else SolutionPolicy(),
        policy_given=policy_data is not None,
        items=_items(data, found),
        value=_plain(good("value", dict) or {}),
        deal=_deal(deal) if deal is not None else DealSettings(),
        option=option or "",
        raw=raw,
        positions=dict(data.value_pos),
    )


def _text_of(data: dict, key: str) -> str:
    return data.get(key, "") if isinstance(data.get(key), str) else ""


def _kept(data: dict) -> KeptPrices:
    def pin(found: dict) -> Pin:
        return Pin(found["id"], found["version"], found.get("digest", ""))

    keys = [(line["capability"], line["mode"]) for line in data["lines"]]
    lines = {key: Terms(*(line.get(name) for name in TERMS)) for key, line in zip(keys, data["lines"], strict=True)}
    origins = {key: pin(line["catalog"]) for key, line in zip(keys, data["lines"], strict=True) if "catalog" in line}
    return KeptPrices(pin(data["catalog"]), MappingProxyType(lines), MappingProxyType(origins))


def _deal(data: dict) -> DealSettings:
    ramp = data.get("benefit_ramp")
    changes = data.get("price_changes")
    return DealSettings(
        horizon_years=data.get("horizon_years"),
        discount_rate=data.get("discount_rate"),
        price_changes=dict(changes) if changes is not None else None,
        one_time_in=data.get("one_time_in"),
        benefit_ramp=tuple(ramp) if ramp is not None else None,
    )


def _policy(data: dict) -> SolutionPolicy:
    share = data.get("partner_share")
    go_live = data.get("go_live")
    return SolutionPolicy(
        deployment=data.get("deployment", "hybrid"),
        xinchuang=data.get("xinchuang", "none"),
        network=data.get("network", "internet_allowed"),
        partner_share=Thresholds(share["warn"], share["error"]) if share else None,
        cii_operator=data.get("cii_operator", False),
        public_data_class=data.get("public_data_class", "C1"),
        go_live=date.fromisoformat(go_live) if go_live else None,
    )


def _plain(value: Any) -> Any:
    """Position-aware containers back to plain dicts and lists (for verbatim saving)."""
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def to_data(solution: Solution | Deal) -> dict[str, Any]:
    """The canonical file content: keys in contract order, optional fields only when set."""
    deal = solution if isinstance(solution, Deal) else Deal.of(solution)
    first = deal.first
    data: dict[str, Any] = {"format": FORMAT, "name": first.name}
    if first.customer.to_dict():
        data["customer"] = first.customer.to_dict()
    data["catalog"] = first.pin.to_dict()
    data.update(_option_data(first))
    if first.option:
        data["option"] = first.option
    entries = [_with_raw({"name": o.option, **_option_data(o)}, o.raw, OPTION_KEYS) for o in deal.options[1:]]
    raw = dict(first.raw)
    if "options" in raw:  # kept as written (not evaluated): options added since follow them
        kept = raw.pop("options")
        data["options"] = [*(kept if isinstance(kept, list) else [kept]), *entries] if entries else kept
    elif entries:
        data["options"] = entries
    if deal.recommended:
        data["recommended"] = deal.recommended
    if first.deal.to_dict():
        data["deal"] = first.deal.to_dict()
    if first.kept_prices is not None:
        data["kept_prices"] = first.kept_prices.to_dict()
    return _with_raw(data, raw, TOP_KEYS)


def _option_data(option: Solution) -> dict[str, Any]:
    """An option's own keys: scenario, policy, items, value."""
    data: dict[str, Any] = {}
    if option.scenario:
        data["scenario"] = option.scenario
    if option.policy_given:
        policy = option.policy
        data["policy"] = {"deployment": policy.deployment, "xinchuang": policy.xinchuang, "network": policy.network}
        if policy.partner_share is not None:
            data["policy"]["partner_share"] = {"warn": policy.partner_share.warn, "error": policy.partner_share.error}
        if policy.cii_operator:
            data["policy"]["cii_operator"] = True
        if policy.public_data_class != "C1":
            data["policy"]["public_data_class"] = policy.public_data_class
        if policy.go_live is not None:
            data["policy"]["go_live"] = policy.go_live.isoformat()
    data["items"] = [
        _item_data(item) if item.valid else None if item.raw is NULL_ENTRY else item.raw for item in option.items
    ]
    if option.value:
        data["value"] = {driver: dict(inputs) for driver, inputs in option.value.items()}
    return data


def _with_raw(data: dict[str, Any], raw: dict[str, Any], keys: tuple[str, ...]) -> dict[str, Any]:
    """Values kept as written: in their usual place, unknown keys at the end."""
    if not raw:
        return data
    merged = {key: raw.get(key, data.get(key)) for key in keys if key in raw or key in data}
    merged.update((key, value) for key, value in raw.items() if key not in merged)
    return merged


def _item_data(item: Item) -> dict[str, Any]:
    data: dict[str, Any] = {
        "capability": item.capability,
        "mode": item.mode,
        "quantity": item.quantity,
        "origin": item.origin,
    }
    if item.delivered_by is not None:
        data["delivered_by"] = item.delivered_by
    if item.partner is not None:
        data["partner"] = item.partner
    data["customized"] = item.customized
    data["discount"] = item.discount
    data["notes"] = item.notes
    if item.ramp is not None:
        data["ramp"] = list(item.ramp) if isinstance(item.ramp, tuple) else item.ramp
    return data


def to_text(solution: Solution | Deal) -> str:
    return dump(to_data(solution))


def save_solution(solution: Solution | Deal, path: Path) -> None:
    """Write atomically: a temporary file in the same folder, flushed, then renamed over."""
    write_atomic(path, to_text(solution).encode("utf-8"))


__all__ = [
    "AUTO",
    "EXPLICIT",
    "SolutionUnreadable",
    "deal_from_data",
    "findings_by_option",
    "load_deal",
    "load_solution",
    "parse_deal",
    "parse_solution",
    "save_solution",
    "to_data",
    "to_text",
]
