"""A two-option deal of the tiny catalog whose multi-year figures are computed by hand, for
the compare CLI and the PDF's comparison.

The tiny catalog with an 18 % maintenance rate on licences, a 3-year horizon:
- "Private": app, db, net as licences: 300,000 + 200,000 + 5,000 = 505,000 in year 1, then
  18 % of it (90,900) in years 2 and 3: TCO 686,800.
- "Cloud" (recommended): the app licence (300,000, then 54,000 a year), db and net monthly in
  the public cloud (2 × 1,000 and 100 a month: 25,200 a year): TCO 354,000 + 2 × 79,200 = 483,600.
"""

from __future__ import annotations

import json
from pathlib import Path

from tiny_catalog import TINY_META

MAINTAINED_META = TINY_META.replace("defaults:\n", "defaults:\n  maintenance: {rate: 0.18, price_models: [LIC]}\n")

RATE = 0.08
PRIVATE = [505000.0, 90900.0, 90900.0]
CLOUD = [325200.0, 79200.0, 79200.0]

DEAL = """\
format: solution/1
name: Tiny deal
catalog: {{id: tiny, version: "1.0"}}
option: {first}
items:
  - {{capability: app, mode: PRV, quantity: 1, origin: explicit}}
  - {{capability: db, mode: PRV, quantity: 1, origin: auto}}
  - {{capability: net, mode: PRV, quantity: 1, origin: auto}}
options:
  - name: {second}
    items:
      - {{capability: app, mode: PRV, quantity: 1, origin: explicit}}
      - {{capability: db, mode: PUB, quantity: 2, origin: auto}}
      - {{capability: net, mode: {net_mode}, quantity: 1, origin: auto}}
{recommended}deal: {{horizon_years: 3}}
"""


def deal_file(
    tmp_path: Path, first="Private", second="Cloud", recommended: str | None = "Cloud", net_mode="PUB"
) -> Path:
    path = tmp_path / "deal.yaml"
    chosen = f"recommended: {json.dumps(recommended)}\n" if recommended else ""
    text = DEAL.format(first=json.dumps(first), second=json.dumps(second), recommended=chosen, net_mode=net_mode)
    path.write_text(text, encoding="utf-8")
    return path
