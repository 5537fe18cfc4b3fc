"""The BOM as YAML (DESIGN.md §6)."""

from __future__ import annotations

from configurator.core.evaluate import Evaluation
from configurator.core.yamlio import dump


def render(evaluation: Evaluation, lang: str = "zh") -> bytes:
    return dump(evaluation.to_dict()).encode("utf-8")
