"""Printing findings as text lines or JSON (DESIGN.md §7), shared by every subcommand."""

from __future__ import annotations

import json
import sys
from typing import TextIO

from configurator.core.findings import Finding, has_errors, summarize


def exit_code(findings: list[Finding]) -> int:
    return 1 if has_errors(findings) else 0


def format_line(finding: Finding) -> str:
    line = f"{finding.location}: {finding.severity.value} {finding.code} {finding.message}"
    if finding.hint:
        line += f" (hint: {finding.hint})"
    return line


def summary_line(findings: list[Finding], subject: str) -> str:
    counts = summarize(findings)
    words = []
    for key, singular in (("errors", "error"), ("warnings", "warning"), ("infos", "info")):
        n = counts[key]
        words.append(f"{n} {singular if n == 1 else key}")
    return f"{subject}: " + ", ".join(words)


def print_findings(findings: list[Finding], fmt: str, subject: str, out: TextIO | None = None,
                   extra: dict | None = None) -> None:
    out = out or sys.stdout
    if fmt == "json":
        document = {"findings": [f.to_dict() for f in findings], "summary": summarize(findings)}
        document.update(extra or {})
        json.dump(document, out, ensure_ascii=False, indent=2)
        out.write("\n")
        return
    for finding in findings:
        out.write(format_line(finding) + "\n")
    out.write(summary_line(findings, subject) + "\n")
