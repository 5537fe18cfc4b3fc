"""JSON Schema checking that reports violations as located findings with id-based paths."""

from __future__ import annotations

import difflib
import json
from dataclasses import replace
from collections.abc import Iterable
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema

from configurator.core.codes import make
from configurator.core.findings import Finding, Location
from configurator.core.yamlio import position_of


@cache
def validator_for(path: Path) -> jsonschema.protocols.Validator:
    schema = json.loads(path.read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    return cls(schema)


def describe(value: Any) -> str:
    """How a found value is named in messages."""
    if value is None:
        return "an empty value"
    if isinstance(value, bool):
        return f"boolean {str(value).lower()}"
    if isinstance(value, (int, float)):
        return f"number {value}"
    if isinstance(value, str):
        shown = value if len(value) <= 40 else value[:37] + "..."
        return f"text '{shown}'"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, date):
        return f"date {value.isoformat()}"
    return type(value).__name__


_TYPE_WORDS = {
    "object": "a mapping",
    "array": "a list",
    "string": "text",
    "number": "a number",
    "integer": "a whole number",
    "boolean": "true or false",
    "null": "an empty value",
}


def id_path(data: Any, path: Iterable[Any]) -> str:
    """`capabilities[ai-ocr-general].modes.PUB.list_price` for a path of keys and indexes."""
    text = ""
    node = data
    for part in path:
        if isinstance(part, int) and isinstance(node, list) and part < len(node):
            item = node[part]
            ident = item.get("id") if isinstance(item, dict) else None
            text += f"[{ident}]" if isinstance(ident, str) and ident else f"[{part}]"
            node = item
        else:
            text += f".{part}" if text else str(part)
            node = node.get(part) if isinstance(node, dict) else None
    return text or "(top level)"


def _container(data: Any, path: list[Any]) -> Any:
    node = data
    for part in path:
        node = node[part]
    return node


def _where(file: str, container: Any, *key: Any, of_key: bool = False) -> Location:
    pos = position_of(container, *key, of_key=of_key) or (1, 1)
    return Location(file, pos[0], pos[1])


def _subject(data: Any, path: list[Any]) -> str | None:
    """The id of the list entry (capability, scenario, ...) or item an error is in."""
    if len(path) >= 2 and isinstance(path[1], int) and isinstance(data, dict):
        entries = data.get(path[0])
        entry = entries[path[1]] if isinstance(entries, list) and path[1] < len(entries) else None
        if isinstance(entry, dict):
            for key in ("id", "capability"):
                if isinstance(entry.get(key), str):
                    return entry[key]
    return None


def _close(word: Any, choices: Iterable[Any]) -> str | None:
    if not isinstance(word, str):
        return None
    options = [c for c in choices if isinstance(c, str)]
    for option in options:
        if option.lower() == word.lower():
            return option
    matches = difflib.get_close_matches(word, options, n=1, cutoff=0.6)
    return matches[0] if matches else None


def check(data: Any, schema: Path, file: str, area: str) -> list[tuple[tuple, Finding]]:
    """Validate `data`; return (path, finding) pairs so callers can tell which entry failed.

    `area` is the code prefix: CAT for catalog files, SOL for solution files.
    """
    results: list[tuple[tuple, Finding]] = []
    seen_missing: set[tuple] = set()
    for error in validator_for(schema).iter_errors(data):
        path = list(error.absolute_path)
        subject = _subject(data, path)
        for finding in _translate(error, data, path, file, area, seen_missing):
            results.append((tuple(path), replace(finding, subject=subject) if subject else finding))
    return results


def _translate(error, data, path, file, area, seen_missing) -> list[Finding]:
    keyword = error.validator
    instance = error.instance
    where_path = id_path(data, path)
    if keyword == "required":
        missing = [k for k in error.validator_value if not (isinstance(instance, dict) and k in instance)]
        out = []
        for key in missing:
            if (tuple(path), key) in seen_missing:
                continue
            seen_missing.add((tuple(path), key))
            parent = _container(data, path[:-1]) if path else data
            where = _where(file, parent, path[-1]) if path else _where(file, data)
            out.append(make(f"{area}-KEY-020", where, path=where_path, key=key))
        return out
    if keyword == "additionalProperties":
        allowed = list(error.schema.get("properties", {}))
        out = []
        for key in instance:
            if key in allowed:
                continue
            suggestion = _close(key, allowed)
            hint = {"hint": "did_you_mean", "suggestion": suggestion} if suggestion else {
                "hint": "allowed_keys", "allowed": ", ".join(allowed)}
            out.append(make(f"{area}-KEY-021", _where(file, instance, key, of_key=True),
                            path=where_path, key=key, **hint))
        return out
    parent = _container(data, path[:-1]) if path else None
    where = _where(file, parent, path[-1]) if path else _where(file, data)
    if keyword == "type":
        expected = error.validator_value
        expected = [expected] if isinstance(expected, str) else expected
        words = " or ".join(_TYPE_WORDS.get(t, t) for t in expected)
        extra = {}
        if "string" in expected and isinstance(instance, (int, float, date)) and not isinstance(instance, bool):
            extra = {"hint": "quote_it"}
        return [make(f"{area}-TYPE-022", where, path=where_path, expected=words,
                     found=describe(instance), **extra)]
    if keyword in ("enum", "const"):
        allowed = error.validator_value if keyword == "enum" else [error.validator_value]
        suggestion = _close(instance, allowed)
        extra = {"hint": "did_you_mean", "suggestion": suggestion} if suggestion else {}
        return [make(f"{area}-ENUM-023", where, path=where_path, found=describe(instance),
                     allowed=", ".join(str(a) for a in allowed), **extra)]
    if keyword in ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"):
        words = {"minimum": "below the minimum", "maximum": "above the maximum",
                 "exclusiveMinimum": "not above", "exclusiveMaximum": "not below"}[keyword]
        return [make(f"{area}-RANGE-024", where, path=where_path, found=describe(instance),
                     problem=f"{words} {error.validator_value}")]
    if keyword == "pattern" and path and (path[-1] == "id" or isinstance(path[-1], int)) and area == "CAT":
        return [make("CAT-ID-001", where, path=where_path, id=instance)]
    return [make(f"{area}-SCHEMA-025", where, path=where_path, problem=_problem(keyword, error))]


def _problem(keyword: str, error: jsonschema.ValidationError) -> str:
    instance = error.instance
    if keyword in ("minProperties", "minItems", "minLength"):
        return "must not be empty"
    if keyword == "uniqueItems":
        seen, dupes = set(), []
        for item in instance:
            key = json.dumps(item, sort_keys=True, default=str)
            if key in seen:
                dupes.append(str(item))
            seen.add(key)
        return "lists " + ", ".join(f"'{d}'" for d in dupes) + " more than once"
    if keyword == "pattern":
        return f"{describe(instance)} does not match the pattern {error.validator_value}"
    return error.message
