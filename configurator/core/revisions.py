"""Revisions of a solution: frozen snapshots of the whole deal with the catalog it was priced on.

They live in a sidecar beside the solution file (`deal.yaml` → `deal.revisions.yaml`), which the
app writes and never rewrites otherwise: the solution file stays what presales staff and catalog
reviewers read, and an older app that knows no revisions reads it as before. Each revision holds
its number, when it was saved, by whom, a one-line note, the catalog's id, version and digest,
the deal as its file would hold it, and the catalog entries of every capability the deal uses
(with the catalog's currency and maintenance default): enough to price the revision as it was
priced, even after the catalog has changed or is gone (`priced_on`).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from types import MappingProxyType
from typing import Any

from configurator.core.atomic import write_atomic
from configurator.core.catalog import Catalog, Maintenance
from configurator.core.catalog_load import capability_of
from configurator.core.codes import make
from configurator.core.deal import Deal
from configurator.core.diff import DealDiff, diff_deals
from configurator.core.evaluate import Evaluation, evaluate
from configurator.core.findings import Finding, Location
from configurator.core.jsonable import plain
from configurator.core.pricing import Pin
from configurator.core.schema import check
from configurator.core.solution_file import SolutionUnreadable, deal_from_data, to_data
from configurator.core.yamlio import dump, read_file
from configurator.paths import schema_path

FORMAT = "revisions/1"
SUFFIX = ".revisions.yaml"


@dataclass(frozen=True)
class Revision:
    number: int
    saved: str  # ISO date and time with its offset
    author: str
    note: str
    pin: Pin
    currency: str
    maintenance: Maintenance
    entries: tuple[dict[str, Any], ...]  # catalog entries of the capabilities it uses
    deal: Deal

    def priced_on(self, current: Catalog) -> Catalog:
        """The catalog this revision was priced on: `current` with the revision's capabilities
        as they were (removed ones back), its currency and its maintenance default."""
        capabilities = dict(current.capabilities)
        for entry in self.entries:
            capabilities[entry["id"]] = capability_of(f"revision {self.number}", entry)
        return dataclasses.replace(
            current,
            id=self.pin.id,
            version=self.pin.version,
            digest=self.pin.digest,
            currency=self.currency,
            maintenance=self.maintenance,
            capabilities=MappingProxyType(capabilities),
        )

    def evaluations(self, current: Catalog) -> tuple[Evaluation, ...]:
        """Every option of the revision, priced as it was."""
        catalog = self.priced_on(current)
        return tuple(evaluate(catalog, option) for option in self.deal.options)

    def changes_to(self, deal: Deal, current: Catalog, default_name: str = "{}") -> DealDiff:
        """What changed from this revision, priced as it was, to `deal` priced on `current`."""
        return diff_deals(current, self.deal, deal, default_name, self.priced_on(current))


@dataclass(frozen=True)
class History:
    """The revisions of one solution file, oldest first, and what was wrong with its sidecar."""

    path: Path  # the sidecar
    revisions: tuple[Revision, ...] = ()
    findings: tuple[Finding, ...] = ()
    raw: tuple[Any, ...] = ()  # every revision as written, for appending without losing any

    def get(self, number: int) -> Revision | None:
        return next((r for r in self.revisions if r.number == number), None)

    @property
    def latest(self) -> Revision | None:
        return self.revisions[-1] if self.revisions else None

    def priced_with(self, pin: Pin) -> Revision | None:
        """The latest revision priced on the catalog `pin` names (by digest when it has one)."""
        for revision in reversed(self.revisions):
            if (revision.pin.digest == pin.digest) if pin.digest else (revision.pin.label == pin.label):
                return revision
        return None


def sidecar(solution_path: Path) -> Path:
    name = solution_path.name
    stem = name[: -len(solution_path.suffix)] if solution_path.suffix in (".yaml", ".yml") else name
    return solution_path.with_name(stem + SUFFIX)


def load_history(solution_path: Path) -> History:
    """The solution's revisions; an empty history when it has none. A sidecar that cannot be
    read gives its findings (and no revisions); a bad revision is left out with its findings."""
    path = sidecar(solution_path)
    if not path.exists():
        return History(path)
    name = str(path)
    data, findings = read_file(path, name)
    if data is None:
        return History(path, findings=tuple(findings))
    problems = check(data, schema_path("revisions.schema.json"), name, "SOL")
    findings += [finding for _, finding in problems]
    bad = {p[1] for p, _ in problems if len(p) >= 2 and p[0] == "revisions"}
    if any(len(p) < 2 or p[0] != "revisions" for p, _ in problems):
        return History(path, findings=tuple(findings))
    revisions: list[Revision] = []
    for index, entry in enumerate(data["revisions"]):
        if index in bad:
            continue
        if any(r.number == entry["number"] for r in revisions):
            line, column = entry.key_pos.get("number", (None, None))
            findings.append(make("SOL-REVISION-015", Location(name, line, column), number=entry["number"]))
            continue
        revision = _revision(entry, name, findings)
        if revision is not None:
            revisions.append(revision)
    return History(path, tuple(revisions), tuple(findings), tuple(data["revisions"]))


def _revision(entry: Any, name: str, findings: list[Finding]) -> Revision | None:
    """The revision, or None when it cannot be priced as it was: a catalog entry it keeps fails
    the catalog's schema (pricing it on the loaded catalog instead would pass for the revision)."""
    entries = [dict(e) for e in entry["capabilities"]]
    problems = check({"capabilities": entries}, schema_path("catalog.schema.json"), name, "CAT")
    findings += [finding for _, finding in problems]
    if problems:
        return None
    try:  # the deal's own findings are those its evaluation gives, as for a solution file
        deal, _ = deal_from_data(entry["deal"], name)
    except SolutionUnreadable as unreadable:
        findings += unreadable.findings
        return None
    pin = entry["catalog"]
    maintenance = entry["maintenance"]
    return Revision(
        number=int(entry["number"]),  # 1.0 is revision 1 (the schema's integers include it)
        saved=entry["saved"],
        author=entry.get("author", ""),
        note=entry.get("note", ""),
        pin=Pin(pin["id"], pin["version"], pin.get("digest", "")),
        currency=entry["currency"],
        maintenance=Maintenance(maintenance["rate"], tuple(maintenance["price_models"])),
        entries=tuple(entries),
        deal=deal,
    )


def used(deal: Deal) -> list[str]:
    """Every capability an option of the deal lists, in order, once."""
    return list(dict.fromkeys(i.capability for option in deal.options for i in option.items if i.valid))


def snapshot(deal: Deal, catalog: Catalog, number: int, author: str, note: str, saved: datetime) -> dict[str, Any]:
    """A revision as the sidecar holds it."""
    entries = [plain(catalog.capabilities[c].origin.node) for c in used(deal) if c in catalog.capabilities]
    return {
        "number": number,
        "saved": saved.isoformat(timespec="seconds"),
        "author": author,
        "note": note,
        "catalog": Pin.of(catalog).to_dict(),
        "currency": catalog.currency,
        "maintenance": dataclasses.asdict(catalog.maintenance),
        "capabilities": entries,
        "deal": to_data(deal),
    }


def save_revision(
    solution_path: Path, deal: Deal, catalog: Catalog, author: str, note: str, saved: datetime
) -> Revision:
    """Append a revision of `deal` to the solution's sidecar (atomically) and return it.
    Raises ValueError when the sidecar has problems: it is never overwritten then."""
    history = load_history(solution_path)
    if history.findings:
        raise ValueError(history.findings[0].message)
    number = max((r.number for r in history.revisions), default=0) + 1
    entry = snapshot(deal, catalog, number, author, " ".join(note.split()), saved)
    document = {"format": FORMAT, "solution": solution_path.name, "revisions": [*map(plain, history.raw), entry]}
    write_atomic(history.path, dump(document).encode("utf-8"))
    revision = load_history(solution_path).get(number)
    assert revision is not None, "a revision just written reads back"
    return revision
