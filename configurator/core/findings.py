"""The finding record shared by catalog checks, solution checks, the CLI and the GUI."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from configurator.core.vocabulary import N_


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return _RANK[self]


_RANK = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}


@dataclass(frozen=True, slots=True)
class Location:
    """A 1-based position in a file; `file` is relative to the catalog or solution root."""

    file: str
    line: int | None = None
    column: int | None = None

    def __str__(self) -> str:
        return f"{self.file}:{self.line or 0}:{self.column or 0}"


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem or piece of advice. `params` keep the data the message was made from,
    so a front end can render the message again in another language."""

    severity: Severity
    code: str
    message: str
    file: str | None = None
    line: int | None = None
    column: int | None = None
    subject: str | None = None
    hint: str | None = None
    params: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    @property
    def location(self) -> str:
        if self.file is None:
            return "-:0:0"
        return f"{self.file}:{self.line or 0}:{self.column or 0}"

    def to_dict(self) -> dict[str, Any]:
        """The contract form (DESIGN.md §4), plus `alternatives` where the rule found any."""
        record = {
            "severity": self.severity.value,
            "code": self.code,
            "message": self.message,
            "file": self.file,
            "line": self.line,
            "column": self.column,
            "subject": self.subject,
            "hint": self.hint,
        }
        if self.params.get("alternatives"):
            record["alternatives"] = self.params["alternatives"]
        return record


def sort_key(finding: Finding) -> tuple:
    return (finding.file or "\uffff", finding.line or 0, finding.column or 0, finding.code)


def summarize(findings: list[Finding]) -> dict[str, int]:
    counts = {"errors": 0, "warnings": 0, "infos": 0}
    for f in findings:
        counts[f.severity.value + "s"] += 1
    return counts


def has_errors(findings: list[Finding]) -> bool:
    return any(f.severity is Severity.ERROR for f in findings)


def format_line(finding: Finding, tr: Callable[[str], str] = str) -> str:
    """FILE:LINE:COL: SEVERITY CODE message (the severity word stays English: tools parse it)."""
    line = f"{finding.location}: {finding.severity.value} {finding.code} {finding.message}"
    if finding.hint:
        line += " " + tr(N_("(hint: {hint})")).format(hint=finding.hint)
    return line.replace("\r", "\\r").replace("\n", "\\n")  # an id with a line break stays on one line
