"""The BOM as JSON (the same document as the YAML form)."""

from __future__ import annotations

import json

from configurator.core.evaluate import Evaluation


def render(evaluation: Evaluation, lang: str = "zh") -> bytes:
    # allow_nan=False: a non-finite number (a bug: inputs are bounded) fails, never writes invalid JSON
    return (json.dumps(evaluation.to_dict(), ensure_ascii=False, indent=2, allow_nan=False) + "\n").encode("utf-8")
