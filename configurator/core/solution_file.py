"""Reading and writing solution files (format solution/1) with located findings.

Saving is atomic and canonical: a file the app wrote, loaded and saved unchanged, comes out
byte-identical. Items the schema rejects are kept verbatim and written back as they were.
"""

from __future__ import annotations

import os
import re
import stat
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from configurator.core.catalog import Thresholds
from configurator.core.codes import N_, make, phrase
from configurator.core.findings import Finding, Location
from configurator.core.schema import TOP_LEVEL, check, describe
from configurator.core.solution import AUTO, EXPLICIT, NULL_ENTRY, Item, Solution, SolutionPolicy
from configurator.core.yamlio import dump, parse_text, read_file
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
    if not isinstance(data, dict):
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


def _dates_as_text(data: dict) -> None:
    """An unquoted `go_live: 2027-06-30` is a YAML date: take it as the text it was."""
    policy = data.get("policy")
    if isinstance(policy, dict) and isinstance(policy.get("go_live"), date):
        policy["go_live"] = policy["go_live"].isoformat()


def _valid_go_live(data: dict, name: str, findings: list[Finding]) -> bool:
    policy = data.get("policy")
    value = policy.get("go_live") if isinstance(policy, dict) else None
    if not isinstance(value, str):
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


def _build(data: dict, bad_items: set[int], bad_keys: set[str], bad_date: bool = False) -> Solution:
    """`bad_date`: the policy's go-live is no calendar date; the rest of the policy still
    applies, and the policy is saved back as written."""

    def good(key: str, kind: type) -> Any:
        value = data.get(key)
        return value if key not in bad_keys and isinstance(value, kind) else None

    catalog = good("catalog", dict) or {}
    items = []
    raw_items = data.get("items") if isinstance(data.get("items"), list) else []
    for index, raw in enumerate(raw_items):
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
        customer=_plain(good("customer", dict) or {}),
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
    if solution.customer:
        data["customer"] = dict(solution.customer)
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


def write_atomic(path: Path, content: bytes) -> None:
    """Write a temporary file beside `path`, then rename it over: readers see the old or the
    new content, never a half-written file. The file keeps its permissions. A symbolic link
    is followed, so the file it points to is written and the link stays; a device or a pipe
    (`/dev/stdout`) is written directly, since it cannot be replaced."""
    path = Path(os.path.realpath(path))
    if path.exists() and not path.is_file():
        with open(path, "wb") as stream:
            stream.write(content)
        return
    handle, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent or ".")
    try:
        os.chmod(temp, _mode_for(path))
        with os.fdopen(handle, "wb") as stream:
            stream.write(content)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    remove_stale_temps(path.parent, lambda name: name == path.name)


STALE_AFTER_S = 600  # no save takes minutes: an older temporary file is what a killed one left
_TEMP_NAME = re.compile(r"\.(?P<name>.+)\.[a-z0-9_]{8}\.tmp")  # mkstemp's 8 random characters


def remove_stale_temps(folder: Path, owned: Callable[[str], bool]) -> None:
    """Remove the temporary files killed saves left in `folder`, of the targets whose names
    `owned` accepts. A younger one may belong to a save still running in another process, and
    is left to a later save."""
    stale_before = time.time() - STALE_AFTER_S
    try:
        with os.scandir(folder) as entries:
            for entry in entries:
                match = _TEMP_NAME.fullmatch(entry.name)
                if (
                    match
                    and owned(match["name"])
                    and entry.is_file(follow_symlinks=False)
                    and entry.stat(follow_symlinks=False).st_mtime < stale_before
                ):
                    os.unlink(entry.path)
    except OSError:
        pass  # tidying up is no reason to fail a save that succeeded


def _mode_for(path: Path) -> int:
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except OSError:  # a new file: what the user's umask gives any new file
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


__all__ = [
    "AUTO",
    "EXPLICIT",
    "SolutionUnreadable",
    "load_solution",
    "parse_solution",
    "save_solution",
    "to_data",
    "to_text",
    "write_atomic",
]
