"""The compliance report: pass/fail per policy requirement with its evidence, the common
CPU architecture and the domestic-technology share. The rules that find the problems are
in `compliance_rules`; the report only reads their findings.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass
from typing import Any

from configurator.core.codes import Names, translated
from configurator.core.compliance_rules import local_architectures
from configurator.core.context import Context
from configurator.core.findings import Finding, Severity
from configurator.core.placement import ZONE_OF_MODE, best_architecture, in_xinchuang_scope

REQUIREMENTS = (
    ("deployment", ("MODE-POLICY-011",)),
    ("network", ("MODE-AIRGAP-012", "MODE-LINE-013")),
    ("data-class", ("DR-CLASS-030",)),
    ("core-banking-placement", ("DR-CORE-031",)),
    ("xinchuang-variants", ("XC-VARIANT-020",)),
    ("architecture", ("XC-ARCH-021",)),
    ("foreign-technology", ("XC-FOREIGN-023",)),
    ("cryptography", ("XC-CRYPTO-024",)),
    ("cybersecurity-review", ("XC-CII-025",)),
    ("go-live", ("PLAN-LEAD-060",)),
)
XINCHUANG_REQUIREMENTS = ("xinchuang-variants", "architecture", "foreign-technology")


@dataclass(frozen=True)
class Requirement:
    id: str
    status: str  # pass | warn | fail | n/a
    codes: tuple[str, ...]  # the finding codes that test it
    items: tuple[str, ...]  # the capabilities its findings concern

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "status": self.status, "codes": list(self.codes), "items": list(self.items)}

    def concerned(self, findings: Iterable[Finding], tr: Callable[[str], str], names: Names | None = None) -> str:
        """What the requirement's row names: its items, or the findings' messages when they
        concern the whole solution (cryptography, cybersecurity review, go-live); with
        `names` (codes.catalog_names), items by name."""
        if self.items:
            return tr(", ").join((names or {}).get(ident, ident) for ident in self.items)
        return tr("; ").join(translated(f, tr, names).message for f in findings if f.code in self.codes)


@dataclass(frozen=True)
class Evidence:
    """How one item stands against the Xinchuang policy."""

    capability: str
    mode: str
    zone: str | None
    xinchuang: str
    architectures: tuple[str, ...]
    in_scope: bool

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "architectures": list(self.architectures)}


@dataclass(frozen=True)
class ComplianceReport:
    passed: bool  # no requirement failed (a warning passes)
    architecture: str | None  # the CPU architecture every private-zone build shares
    domestic_ratio: float  # share of first-year value from certified items
    requirements: tuple[Requirement, ...]
    evidence: tuple[Evidence, ...]

    @property
    def failed(self) -> int:
        return sum(1 for r in self.requirements if r.status == "fail")

    def to_dict(self) -> dict[str, Any]:
        return {
            "passed": self.passed,
            "architecture": self.architecture,
            "domestic_ratio": self.domestic_ratio,
            "requirements": [r.to_dict() for r in self.requirements],
            "evidence": [e.to_dict() for e in self.evidence],
        }


def _applies(requirement: str, ctx: Context) -> bool:
    policy = ctx.solution.policy
    if requirement in XINCHUANG_REQUIREMENTS:
        return policy.xinchuang != "none"
    return {
        "cryptography": policy.xinchuang == "core",
        "cybersecurity-review": policy.cii_operator,
        "go-live": policy.go_live is not None,
        "core-banking-placement": "core-banking" in ctx.roles,
    }.get(requirement, True)


def _status(requirement: str, hits: list[Finding], ctx: Context) -> str:
    if not _applies(requirement, ctx):
        return "n/a"
    if any(f.severity is Severity.ERROR for f in hits):
        return "fail"
    return "warn" if hits else "pass"


def compliance_report(ctx: Context, findings: Iterable[Finding]) -> ComplianceReport:
    findings = list(findings)
    requirements = []
    for requirement, codes in REQUIREMENTS:
        hits = [f for f in findings if f.code in codes]
        items = tuple(sorted({f.subject for f in hits if f.subject}))
        requirements.append(Requirement(requirement, _status(requirement, hits, ctx), codes, items))
    evidence = tuple(
        Evidence(
            capability=cap.id,
            mode=item.mode,
            zone=ZONE_OF_MODE.get(item.mode),
            xinchuang=cap.xinchuang.level,
            architectures=tuple(cap.xinchuang.architectures),
            in_scope=in_xinchuang_scope(ctx.catalog, cap, item.mode, ctx.solution.policy),
        )
        for item, cap in ctx.known
    )
    lines = ctx.bom.lines
    total = sum(line.first_year for line in lines)
    certified = sum(
        line.first_year for line in lines if ctx.catalog.capabilities[line.capability].xinchuang.level == "certified"
    )
    return ComplianceReport(
        passed=all(r.status != "fail" for r in requirements),
        architecture=best_architecture(list(local_architectures(ctx).values())),
        domestic_ratio=certified / total if total else 0.0,
        requirements=tuple(requirements),
        evidence=evidence,
    )
