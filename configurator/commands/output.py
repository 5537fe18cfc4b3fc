"""Printing findings as text lines or JSON (DESIGN.md §7), shared by every subcommand."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable
from typing import TextIO
from xml.etree import ElementTree

from configurator.core.codes import N_, translated
from configurator.core.findings import Finding, has_errors, summarize
from configurator.paths import translation_path


def exit_code(findings: list[Finding]) -> int:
    return 1 if has_errors(findings) else 0


def format_line(finding: Finding, tr: Callable[[str], str] = str) -> str:
    """FILE:LINE:COL: SEVERITY CODE message (the severity word stays English: tools parse it)."""
    line = f"{finding.location}: {finding.severity.value} {finding.code} {finding.message}"
    if finding.hint:
        line += " " + tr(N_("(hint: {hint})")).format(hint=finding.hint)
    return line.replace("\r", "\\r").replace("\n", "\\n")  # an id with a line break stays on one line


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


def translator(lang: str | None) -> Callable[[str], str]:
    """English needs nothing; Chinese loads the Qt translation (QtCore only) when it can."""
    if lang is None:
        lang = default_language()
    if lang == "en":
        return str
    try:
        from configurator.translations import translator_for
    except ImportError:  # PySide6 missing (a CI image without Qt): read the translation's source
        return _source_translator(lang)
    return translator_for(lang)


def _source_translator(lang: str) -> Callable[[str], str]:
    """The module-level texts (the .ts file's unnamed context) read from the shipped .ts XML,
    so that `--lang zh` speaks Chinese where PySide6 cannot be imported."""
    table: dict[str, str] = {}
    try:
        root = ElementTree.parse(translation_path(lang, ".ts")).getroot()
    except (OSError, ElementTree.ParseError):
        return str
    for context in root.iter("context"):
        if not (context.findtext("name") or ""):
            for message in context.iter("message"):
                source, translation = message.findtext("source"), message.findtext("translation")
                if source and translation:
                    table[source] = translation
    return lambda text: table.get(text, text)


def default_language() -> str:
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable)
        if value:
            return "zh" if value.lower().startswith("zh") else "en"
    return "en"


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
