"""The policy-test catalog and the helpers shared by the compliance tests: a small hand-written
catalog with foreign and domestic providers, public-only and private services, core systems
and the roles the rules look for (fixture `cat`), the sample catalog loaded
without warnings (fixture `sample`), and solutions written as files so that findings carry
locations.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml

from configurator.core.catalog import Catalog
from configurator.core.catalog_load import load_catalog
from configurator.core.evaluate import Evaluation, evaluate
from configurator.core.findings import Finding, Severity
from configurator.core.placement import LOCAL_MODES
from configurator.core.solution import Solution
from configurator.core.solution_file import parse_solution
from configurator.paths import catalog_dir

FILE = "policy-test.yaml"

META = """\
format: catalog/1
id: policy-test
version: "1.0"
name: {en: Policy test catalog, zh: 策略测试目录}
currency: CNY
vendor: {name: {en: Financial Cloud, zh: 金融云}}
categories:
  - {id: infra, name: {en: Infrastructure, zh: 基础设施}, xinchuang_scope: office}
  - {id: base, name: {en: Base software, zh: 基础软件}}
  - {id: app, name: {en: Applications, zh: 应用}}
  - {id: core, name: {en: Core systems, zh: 核心系统}, xinchuang_scope: core}
  - {id: service, name: {en: Services, zh: 服务}}
defaults:
  partner_share: {warn: 0.40, error: 0.60}
"""

# (price model, unit, billing, list price) per mode; lead weeks come from the capability
PRICES = {
    "PUB": ("IM", "instance", "monthly", 100),
    "SAAS": ("SUB", "seat", "yearly", 1200),
    "PRV": ("LIC", "licence", "once", 50000),
    "HYB": ("IM", "instance", "monthly", 700),
}
ARM_X86 = ("aarch64", "x86_64")


def cap(
    ident: str,
    modes: str,
    *,
    category: str = "base",
    kind: str = "atomic",
    level: str = "none",
    archs: tuple[str, ...] = (),
    roles: tuple[str, ...] = (),
    data_class: str | None = None,
    requires: tuple[str, ...] = (),
    provides: tuple[str, ...] = (),
    lead: float = 1,
    price: float | None = None,
) -> dict:
    entry: dict[str, Any] = {
        "id": ident,
        "name": {"en": ident, "zh": ident},
        "category": category,
        "kind": kind,
        "provider": "vendor",
    }
    if requires:
        entry["requires"] = list(requires)
    if provides:
        entry["provides"] = list(provides)
    entry["modes"] = {}
    for mode in modes.split():
        model, unit, billing, list_price = PRICES[mode]
        entry["modes"][mode] = {
            "price_model": model,
            "unit": unit,
            "billing": billing,
            "list_price": price if price is not None else list_price,
            "lead_weeks": lead if mode in LOCAL_MODES else 1,
        }
    entry["xinchuang"] = {"level": level, **({"architectures": list(archs)} if archs else {})}
    if data_class:
        entry["data_class"] = data_class
    if roles:
        entry["roles"] = list(roles)
    return entry


CAPABILITIES = [
    cap("net", "PUB PRV HYB", category="infra", level="certified", archs=("aarch64", "x86_64", "loongarch64")),
    # three providers of one database interface, the foreign one its default
    cap("db-foreign", "PRV", roles=("foreign",), provides=("rdb",), price=80000),
    cap("db-adapted", "PUB PRV", level="adapted", archs=ARM_X86, provides=("rdb",)),
    cap("db-cert", "PUB PRV HYB", level="certified", archs=ARM_X86, provides=("rdb",), lead=8),
    # server hardware: foreign x86 (the default) and domestic ARM
    cap("hw-x86", "PRV", category="infra", kind="third-party", roles=("foreign",), provides=("servers",), price=30000),
    cap(
        "hw-arm",
        "PRV",
        category="infra",
        kind="third-party",
        level="certified",
        archs=("aarch64",),
        provides=("servers",),
        price=40000,
    ),
    # middleware builds for one architecture each
    cap("mw-x86", "PRV", level="certified", archs=("x86_64",), provides=("appserver",)),
    cap("mw-arm", "PRV", level="certified", archs=("aarch64",), provides=("appserver",)),
    # OCR as a public-only service or a private install (the public one the default)
    cap("ocr-cloud", "PUB", category="app", data_class="C1", provides=("ocr",)),
    cap("ocr-local", "PRV", category="app", level="adapted", archs=ARM_X86, provides=("ocr",), lead=4),
    cap("kyc", "PUB PRV", category="app", level="adapted", archs=ARM_X86, data_class="C3"),
    cap("portal", "PUB SAAS PRV", category="app", level="adapted", archs=ARM_X86),
    cap("cache", "HYB PRV", level="certified", archs=ARM_X86),
    cap("campaign", "PUB PRV", category="app", level="adapted", archs=ARM_X86, requires=("cache",)),
    cap("teller", "PRV", category="app", level="adapted", archs=ARM_X86, requires=("ocr",), lead=6),
    cap("front", "PUB PRV", category="app", level="adapted", archs=ARM_X86, requires=("kyc",)),
    cap(
        "core-sys",
        "PUB PRV",
        category="core",
        level="certified",
        archs=ARM_X86,
        roles=("core-banking",),
        data_class="C3",
        lead=12,
    ),
    cap("legacy-core", "PRV", category="core"),
    cap("line", "PUB HYB", category="infra", roles=("dedicated-line",)),
    cap("gw", "PUB PRV HYB", level="certified", archs=ARM_X86, roles=("api-gateway",)),
    cap("waf", "PUB PRV HYB", level="certified", archs=ARM_X86, roles=("waf",)),
    cap("hsm", "PRV HYB PUB", level="certified", archs=ARM_X86, roles=("sm-crypto",)),
    cap("crypto-audit", "PRV PUB", category="service", kind="service", roles=("crypto-assessment",)),
    cap("app-stack", "PRV", category="app", level="certified", archs=ARM_X86, requires=("rdb", "servers")),
]

INTERFACES = [
    {"id": "rdb", "name": {"en": "Relational database", "zh": "关系数据库"}, "default": "db-foreign"},
    {"id": "servers", "name": {"en": "Servers", "zh": "服务器"}, "default": "hw-x86"},
    {"id": "appserver", "name": {"en": "Application server", "zh": "应用服务器"}, "default": "mw-arm"},
    {"id": "ocr", "name": {"en": "OCR", "zh": "文字识别"}, "default": "ocr-cloud"},
]


def catalog_files(capabilities: list[dict] = CAPABILITIES, interfaces: list[dict] = INTERFACES) -> dict[str, str]:
    content = yaml.safe_dump(
        {"capabilities": capabilities, "interfaces": interfaces}, sort_keys=False, allow_unicode=True
    )
    return {"catalog.yaml": META, "content.yaml": content}


def load_ok(root: Path) -> Catalog:
    result = load_catalog(root)
    assert result.catalog is not None
    assert [f for f in result.findings if f.severity is not Severity.INFO] == [], [f.message for f in result.findings]
    return result.catalog


@pytest.fixture(name="cat")
def policy_catalog(make_catalog) -> Catalog:
    """The policy-test catalog, written to a folder (`cat.root`) and loaded without warnings or errors."""
    return load_ok(make_catalog(catalog_files(), base=False))


@pytest.fixture(name="sample", scope="module")
def clean_sample_catalog() -> Catalog:
    """The shipped sample catalog, loaded without warnings or errors."""
    return load_ok(catalog_dir())


def solution_text(catalog: Catalog, items: list[tuple], policy: dict[str, Any]) -> str:
    lines = ["format: solution/1", "name: 策略测试", f'catalog: {{id: {catalog.id}, version: "{catalog.version}"}}']
    if policy:
        values = ", ".join(f"{k}: {v!s}".replace("True", "true").replace("False", "false") for k, v in policy.items())
        lines.append(f"policy: {{{values}}}")
    lines.append("items:" if items else "items: []")
    for ident, mode, *origin in items:
        lines.append(
            f"  - {{capability: {ident}, mode: {mode}, quantity: 1, origin: {origin[0] if origin else 'explicit'}}}"
        )
    return "\n".join(lines) + "\n"


def solution_of(catalog: Catalog, items: list[tuple], **policy: Any) -> Solution:
    """A solution parsed from a written file, so items and the policy carry positions."""
    if "go_live" in policy:
        policy["go_live"] = f"'{policy['go_live']}'"
    solution, findings = parse_solution(solution_text(catalog, items, policy), FILE)
    assert findings == []
    return solution


def check(catalog: Catalog, solution: Solution, today: date | None = None) -> Evaluation:
    return evaluate(catalog, solution, FILE, today=today)


def of_code(evaluation: Evaluation, code: str) -> list[Finding]:
    return [f for f in evaluation.findings if f.code == code]


def text(value: Any) -> str:
    """A param as English text: lists joined with ", ", phrases and the rest by str()."""
    if isinstance(value, (list, tuple)):
        return ", ".join(text(v) for v in value)
    return str(value)


def one(evaluation: Evaluation, code: str) -> Finding:
    """The one finding of `code`; fails listing every finding when there is not exactly one."""
    found = of_code(evaluation, code)
    assert len(found) == 1, (code, [(f.code, f.subject) for f in evaluation.findings])
    return found[0]


def status(evaluation: Evaluation, requirement: str) -> str:
    return {r.id: r.status for r in evaluation.compliance.requirements}[requirement]
