"""The tiny catalog that most tests start from, and writing a catalog's files on the fly."""

from __future__ import annotations

import textwrap
from pathlib import Path

TINY_META = """\
format: catalog/1
id: tiny
version: "1.0"
name: {en: Tiny catalog, zh: 微型目录}
currency: CNY
vendor: {name: {en: Financial Cloud, zh: 金融云}}
categories:
  - {id: base, name: {en: Base, zh: 基础}}
  - {id: app, name: {en: Applications, zh: 应用}}
defaults:
  partner_share: {warn: 0.40, error: 0.60}
"""

TINY_CAPABILITIES = """\
capabilities:
  - id: net
    name: {en: Network, zh: 网络}
    category: base
    kind: atomic
    provider: vendor
    modes:
      PUB: {price_model: IM, unit: instance, billing: monthly, list_price: 100, lead_weeks: 1}
      PRV: {price_model: LIC, unit: licence, billing: once, list_price: 5000, lead_weeks: 4}
  - id: db
    name: {en: Database, zh: 数据库}
    category: base
    kind: atomic
    provider: vendor
    requires: [net]
    provides: [rdb]
    modes:
      PUB: {price_model: IM, unit: instance, billing: monthly, list_price: 1000, lead_weeks: 2}
      PRV: {price_model: LIC, unit: licence, billing: once, list_price: 200000, lead_weeks: 8}
    xinchuang: {level: certified, architectures: [aarch64, x86_64]}
  - id: app
    name: {en: Application, zh: 应用}
    category: app
    kind: solution-module
    provider: vendor
    requires: [rdb]
    recommends: [impl]
    modes:
      PRV: {price_model: LIC, unit: licence, billing: once, list_price: 300000, lead_weeks: 10}
  - id: impl
    name: {en: Implementation, zh: 实施}
    category: app
    kind: service
    provider: delivery
    customizable: true
    modes:
      PRV: {price_model: PROJ, unit: project, billing: once, list_price: 150000, lead_weeks: 6}
interfaces:
  - id: rdb
    name: {en: Relational database, zh: 关系数据库}
    default: db
partner_types:
  - {id: delivery, name: {en: Delivery partner, zh: 交付合作伙伴}, role: delivery}
partners:
  - {id: sample-delivery, name: {en: Sample Delivery Co., zh: 示例交付公司}, types: [delivery]}
scenarios:
  - id: scn-app
    name: {en: App scenario, zh: 应用场景}
    required: [app]
    optional: [impl]
    policy: {deployment: private, xinchuang: none, network: internet_allowed}
"""


def write_tree(root: Path, files: dict[str, str | bytes]) -> Path:
    """Write files below root; text is dedented so tests can indent their YAML."""
    for name, content in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(textwrap.dedent(content), encoding="utf-8")
    return root
