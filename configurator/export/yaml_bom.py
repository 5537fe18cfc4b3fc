"""The BOM as YAML (DESIGN.md §6)."""

from __future__ import annotations

from configurator.core.bom import Bom
from configurator.core.yamlio import dump


def render(bom: Bom, lang: str = "zh") -> bytes:
    return dump(bom.to_dict()).encode("utf-8")
