"""The BOM as JSON (the same document as the YAML form)."""

from __future__ import annotations

import json

from configurator.core.bom import Bom


def render(bom: Bom, lang: str = "zh") -> bytes:
    return (json.dumps(bom.to_dict(), ensure_ascii=False, indent=2) + "\n").encode("utf-8")
