"""JSON Schema checking that reports violations as located findings with id-based paths."""

from __future__ import annotations

import difflib
import json
from collections.abc import Iterable
from dataclasses import replace
from datetime import date
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from configurator.core.codes import Hint, Listing, Phrase, make, phrase
from configurator.core.findings import Finding, Location
from configurator.core.vocabulary import N_
from configurator.core.yamlio import position_of

if TYPE_CHECKING:
    import jsonschema


@cache
def validator_for(path: Path) -> jsonschema.protocols.Validator:
    # jsonschema is imported at the first check, not at start-up: the desktop app shows its
    # window first and loads the catalog (the first check) in a worker thread.
    import jsonschema

    schema = json.loads(path.read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    return cls(schema)


TOP_LEVEL = phrase(N_("(top level)"))


def describe(value: Any) -> Phrase:
    """How a found value is named in messages."""
    if value is None:
        return phrase(N_("an empty value"))
    if isinstance(value, bool):
        return phrase(N_("boolean {value}"), value=str(value).lower())
    if isinstance(value, (int, float)):
        return phrase(N_("number {value}"), value=value)
    if isinstance(value, str):
        shown = value if len(value) <= 40 else value[:37] + "..."
        return phrase(N_("text '{value}'"), value=shown)
    if isinstance(value, dict):
        return phrase(N_("a mapping"))
    if isinstance(value, list):
        return phrase(N_("a list"))
    if isinstance(value, date):
        return phrase(N_("date {value}"), value=value.isoformat())
    return phrase(N_("a value of type {value}"), value=type(value).__name__)


KEBAB_ID = "^[a-z0-9]+(-[a-z0-9]+)*$"  # the pattern of `$defs/id` in both schemas: CAT-ID-001 says what it means

_TYPE_WORDS = {
    "object": N_("a mapping"),
    "array": N_("a list"),
    "string": N_("text"),
    "number": N_("a number"),
    "integer": N_("a whole number"),
    "boolean": N_("true or false"),
    "null": N_("an empty value"),
}


def _expected(types: list[str]) -> Phrase:
    words = [phrase(_TYPE_WORDS.get(t, t)) for t in types]
    result = words[0]
    for word in words[1:]:
        result = phrase(N_("{first} or {second}"), first=result, second=word)
    return result


def id_path(data: Any, path: Iterable[Any]) -> str | Phrase:
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
    return text or TOP_LEVEL


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
            hint: Hint = (
                {"hint": "did_you_mean", "suggestion": suggestion}
                if suggestion
                else {"hint": "allowed_keys", "allowed": Listing(", ".join(allowed))}
            )
            out.append(
                make(f"{area}-KEY-021", _where(file, instance, key, of_key=True), path=where_path, key=key, **hint)
            )
        return out
    parent = _container(data, path[:-1]) if path else None
    where = _where(file, parent, path[-1]) if path else _where(file, data)
    if keyword == "type":
        expected = error.validator_value
        expected = [expected] if isinstance(expected, str) else expected
        extra: Hint = {}
        if "string" in expected and isinstance(instance, (int, float, date)) and not isinstance(instance, bool):
            extra = {"hint": "quote_it"}
        return [
            make(
                f"{area}-TYPE-022",
                where,
                path=where_path,
                expected=_expected(expected),
                found=describe(instance),
                **extra,
            )
        ]
    if keyword in ("enum", "const"):
        allowed = error.validator_value if keyword == "enum" else [error.validator_value]
        suggestion = _close(instance, allowed)
        extra = {"hint": "did_you_mean", "suggestion": suggestion} if suggestion else {}
        return [
            make(
                f"{area}-ENUM-023",
                where,
                path=where_path,
                found=describe(instance),
                allowed=Listing(", ".join(str(a) for a in allowed)),
                **extra,
            )
        ]
    if keyword in ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"):
        words = {
            "minimum": N_("below the minimum {bound}"),
            "maximum": N_("above the maximum {bound}"),
            "exclusiveMinimum": N_("not above {bound}"),
            "exclusiveMaximum": N_("not below {bound}"),
        }[keyword]
        return [
            make(
                f"{area}-RANGE-024",
                where,
                path=where_path,
                found=describe(instance),
                problem=phrase(words, bound=error.validator_value),
            )
        ]
    if keyword == "pattern" and error.validator_value == KEBAB_ID and area == "CAT":
        return [make("CAT-ID-001", where, path=where_path, id=instance)]
    return [make(f"{area}-SCHEMA-025", where, path=where_path, problem=_problem(keyword, error))]


def _problem(keyword: str, error: jsonschema.ValidationError) -> Phrase | str:
    instance = error.instance
    if keyword in ("minProperties", "minItems", "minLength"):
        return phrase(N_("must not be empty"))
    if keyword == "uniqueItems" and isinstance(instance, list):
        seen: set[str] = set()
        dupes: list[str] = []
        for item in instance:
            key = json.dumps(item, sort_keys=True, default=str)
            if key in seen:
                dupes.append(str(item))
            seen.add(key)
        return phrase(N_("lists {values} more than once"), values=[f"'{d}'" for d in dupes])
    if keyword == "pattern":
        return phrase(
            N_("{found} does not match the pattern {pattern}"), found=describe(instance), pattern=error.validator_value
        )
    return error.message
