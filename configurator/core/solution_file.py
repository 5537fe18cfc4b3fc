"""Reading and writing solution files (format solution/1) with located findings.

Saving is atomic and canonical: a file the app wrote, loaded and saved unchanged, comes out
byte-identical. Items the schema rejects are kept verbatim and written back as they were.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from configurator.core.atomic import write_atomic
from configurator.core.catalog import Thresholds
from configurator.core.codes import make, phrase
from configurator.core.findings import Finding, Location
from configurator.core.schema import TOP_LEVEL, check, describe
from configurator.core.solution import AUTO, EXPLICIT, NULL_ENTRY, Customer, Item, Solution, SolutionPolicy
from configurator.core.vocabulary import N_
from configurator.core.yamlio import Mapping, dump, parse_text, read_file
from configurator.paths import schema_path

FORMAT = "solution/1"
TOP_KEYS = ("format", "name", "customer", "catalog", "scenario", "policy", "items", "value")


class SolutionUnreadable(Exception):
    """The file cannot be read at all (missing, a directory, not YAML data): exit code 2."""

    def __init__(self, findings: list[Finding]) -> None:
        super().__init__(findings[0].message)
        self.findings = findings


def load_solution(path: Path, name: str | None = None) -> tuple[Solution, list[Finding]]:
    """Load a solution; raises SolutionUnreadable when there is nothing to work with."""
    name = name or str(path)
    if path.is_dir():
        raise SolutionUnreadable([make("YAML-READ-010", Location(name), reason=phrase(N_("it is a directory")))])
    if not path.exists():
        raise SolutionUnreadable([make("YAML-READ-010", Location(name), reason=phrase(N_("no such file")))])
    data, findings = read_file(path, name)
    return _from_data(data, findings, name)


def parse_solution(text: str, name: str) -> tuple[Solution, list[Finding]]:
    data, findings = parse_text(text, name)
    return _from_data(data, findings, name)


def _from_data(data: Any, findings: list[Finding], name: str) -> tuple[Solution, list[Finding]]:
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
    bad_items: set[int] = set()
    bad_keys: set[str] = set()
    _dates_as_text(data)
    for err_path, finding in check(data, schema_path("solution.schema.json"), name, "SOL"):
        findings.append(finding)
        if len(err_path) >= 2 and err_path[0] == "items" and isinstance(err_path[1], int):
            bad_items.add(err_path[1])
        elif err_path:
            bad_keys.add(err_path[0])
    bad_date = "policy" not in bad_keys and not _valid_go_live(data, name, findings)
    solution = _build(data, bad_items, bad_keys, bad_date)
    return solution, findings


def _dates_as_text(data: Mapping) -> None:
    """An unquoted `go_live: 2027-06-30` is a YAML date: take it as the text it was."""
    policy = data.get("policy")
    if isinstance(policy, dict) and isinstance(policy.get("go_live"), date):
        policy["go_live"] = policy["go_live"].isoformat()


def _valid_go_live(data: Mapping, name: str, findings: list[Finding]) -> bool:
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
                path="policy.go_live",
                problem=phrase(N_("'{value}' is not a calendar date"), value=value),
            )
        )
        return False
    return True


def _build(data: Mapping, bad_items: set[int], bad_keys: set[str], bad_date: bool = False) -> Solution:
    """`bad_date`: the policy's go-live is no calendar date; the rest of the policy still
    applies, and the policy is saved back as written."""

    def good(key: str, kind: type) -> Any:
        value = data.get(key)
        return value if key not in bad_keys and isinstance(value, kind) else None

    catalog = good("catalog", dict) or {}
    items: list[Item] = []
    raw_items = data.get("items")
    for index, raw in enumerate(raw_items if isinstance(raw_items, list) else ()):
        line, column = data["items"].item_pos[index]
        if index in bad_items or "items" in bad_keys or not isinstance(raw, dict):
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
                line=line,
                column=column,
            )
        )
    policy_data = good("policy", dict)
    raw = {k: _plain(v) for k, v in data.items() if k in bad_keys and k != "items" or k not in TOP_KEYS}
    if bad_date:
        raw["policy"] = _plain(policy_data)
        policy_data = {k: v for k, v in policy_data.items() if k != "go_live"}
    return Solution(
        name=good("name", str) or "",
        catalog_id=catalog.get("id", "") if isinstance(catalog.get("id"), str) else "",
        catalog_version=catalog.get("version", "") if isinstance(catalog.get("version"), str) else "",
        customer=Customer(**(good("customer", dict) or {})),
        scenario=good("scenario", str),
        policy=_policy(policy_data) if policy_data is not None else SolutionPolicy(),
        policy_given=policy_data is not None,
        items=tuple(items),
        value=_plain(good("value", dict) or {}),
        raw=raw,
        positions=dict(data.value_pos),
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


def to_data(solution: Solution) -> dict[str, Any]:
    """The canonical file content: keys in contract order, optional fields only when set."""
    data: dict[str, Any] = {"format": FORMAT, "name": solution.name}
    if solution.customer.to_dict():
        data["customer"] = solution.customer.to_dict()
    data["catalog"] = {"id": solution.catalog_id, "version": solution.catalog_version}
    if solution.scenario:
        data["scenario"] = solution.scenario
    if solution.policy_given:
        policy = solution.policy
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
        _item_data(item) if item.valid else None if item.raw is NULL_ENTRY else item.raw for item in solution.items
    ]
    if solution.value:
        data["value"] = {driver: dict(inputs) for driver, inputs in solution.value.items()}
    if solution.raw:  # values kept as written: in their usual place, unknown keys at the end
        merged = {key: solution.raw.get(key, data.get(key)) for key in TOP_KEYS if key in solution.raw or key in data}
        merged.update((key, value) for key, value in solution.raw.items() if key not in merged)
        data = merged
    return data


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
    return data


def to_text(solution: Solution) -> str:
    return dump(to_data(solution))


def save_solution(solution: Solution, path: Path) -> None:
    """Write atomically: a temporary file in the same folder, flushed, then renamed over."""
    write_atomic(path, to_text(solution).encode("utf-8"))


__all__ = [
    "AUTO",
    "EXPLICIT",
    "SolutionUnreadable",
    "load_solution",
    "parse_solution",
    "save_solution",
    "to_data",
    "to_text",
]
