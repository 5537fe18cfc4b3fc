"""Findings as a SARIF 2.1.0 log, so that code-review tools show them on the lines they concern
(`configurator validate --format sarif`)."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from configurator import __version__
from configurator.core.codes import RULES
from configurator.core.findings import Finding, Severity

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def log(findings: list[Finding], base: Path, tr: Callable[[str], str] = str) -> dict[str, Any]:
    """One run of the configurator: its rules (each code found, with its template and default
    level), and a result per finding. A finding's file is relative to `base`; the log names it
    relative to the working directory when it lies below it (a repository's root in CI, where
    code-review tools resolve it), else as an absolute file URI."""
    codes = sorted({f.code for f in findings})
    index = {code: i for i, code in enumerate(codes)}
    rules = [_rule(code, tr) for code in codes]
    results = [_result(f, index[f.code], base) for f in findings]
    driver = {"name": "configurator", "version": __version__, "rules": rules}
    return {"$schema": SCHEMA, "version": "2.1.0", "runs": [{"tool": {"driver": driver}, "results": results}]}


def _rule(code: str, tr: Callable[[str], str]) -> dict[str, Any]:
    rule = RULES.get(code)
    record: dict[str, Any] = {"id": code, "help": {"text": "docs/rules.md"}}
    if rule is not None:
        record["shortDescription"] = {"text": tr(rule.template)}
        record["defaultConfiguration"] = {"level": LEVELS[rule.severity]}
    return record


def _result(finding: Finding, rule_index: int, base: Path) -> dict[str, Any]:
    text = finding.message + (f" ({finding.hint})" if finding.hint else "")
    result: dict[str, Any] = {
        "ruleId": finding.code,
        "ruleIndex": rule_index,
        "level": LEVELS[finding.severity],
        "message": {"text": text},
    }
    if finding.file:
        physical: dict[str, Any] = {"artifactLocation": {"uri": _uri(base / finding.file)}}
        if finding.line:
            physical["region"] = {"startLine": finding.line, "startColumn": max(1, finding.column or 1)}
        result["locations"] = [{"physicalLocation": physical}]
    return result


def _uri(path: Path) -> str:
    absolute = path.absolute()
    try:
        return absolute.relative_to(Path(os.getcwd()).absolute()).as_posix()
    except ValueError:
        return absolute.as_uri()
