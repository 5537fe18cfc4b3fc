"""Printing findings as text lines or JSON (DESIGN.md §7), shared by every subcommand."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from typing import TextIO

from configurator.core.codes import translated
from configurator.core.findings import Finding, format_line, has_errors, summarize
from configurator.core.vocabulary import N_


def exit_code(findings: list[Finding]) -> int:
    return 1 if has_errors(findings) else 0


def summary_line(findings: list[Finding], subject: str, tr: Callable[[str], str] = str) -> str:
    counts = summarize(findings)
    words = []
    for key, singular, plural in (
        ("errors", N_("error"), N_("errors")),
        ("warnings", N_("warning"), N_("warnings")),
        ("infos", N_("info"), N_("infos")),
    ):
        n = counts[key]
        words.append(f"{n} {tr(singular) if n == 1 else tr(plural)}")
    return f"{subject}: " + tr(", ").join(words)


def language_option(parser) -> None:
    parser.add_argument(
        "--lang", choices=("zh", "en"), default=None, help="language of messages and names (default: the system's)"
    )


def print_findings(
    findings: list[Finding],
    fmt: str,
    subject: str,
    out: TextIO | None = None,
    extra: dict | None = None,
    tr: Callable[[str], str] = str,
) -> None:
    out = out or sys.stdout
    findings = [translated(f, tr) for f in findings]
    if fmt == "json":
        document = {"findings": [f.to_dict() for f in findings], "summary": summarize(findings)}
        document.update(extra or {})
        json.dump(document, out, ensure_ascii=False, indent=2)
        out.write("\n")
        return
    for finding in findings:
        out.write(format_line(finding, tr) + "\n")
    out.write(summary_line(findings, subject, tr) + "\n")
