"""Records as JSON data: what a diff's old and new values are written as."""

from __future__ import annotations

from datetime import date
from typing import Any

from configurator.core.catalog import Text


def plain(value: Any) -> Any:
    """Tuples as lists, bilingual texts and other records (dataclasses) as mappings, dates as
    ISO text; anything else as it is."""
    if isinstance(value, Text):  # only the languages it has
        return value.to_dict()
    if isinstance(value, (tuple, list)):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if hasattr(value, "__dataclass_fields__"):
        return {k: plain(getattr(value, k)) for k in value.__dataclass_fields__}
    if isinstance(value, date):
        return value.isoformat()
    return value
