"""A PDF proposal states its revision (issue 17), read back with pypdf: the cover's "Revision"
row and every page's footer say "revision N" (N+ once the deal changed since), and
`--changes-since N` adds a "Changes since revision N" page after the summary that lists each
changed line with its difference, in both languages."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from cli_helpers import cli
from pypdf import PdfReader
from tiny_catalog import TINY_CAPABILITIES, TINY_META, write_tree

from configurator import translations
from configurator.core.numbers import money

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")

DB_LINE = "  - capability: db\n    mode: PRV\n    quantity: 1\n    origin: auto\n    customized: false\n"


@pytest.fixture(autouse=True)
def source_language(app_font):
    translations.uninstall()
    yield
    translations.uninstall()


@pytest.fixture
def catalog(tmp_path) -> Path:
    return write_tree(tmp_path / "catalog", {"catalog.yaml": TINY_META, "capabilities.yaml": TINY_CAPABILITIES})


@pytest.fixture
def deal(tmp_path, catalog) -> Path:
    """The app scenario saved as revision 1, then the database given a 10% discount."""
    path = tmp_path / "deal.yaml"
    assert cli("new", "--scenario", "scn-app", "--catalog", catalog, "-o", path).code == 0
    assert cli("revisions", path, "--catalog", catalog, "--save", "首轮报价", "--author", "张三").code == 0
    return path


def discounted(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.count(DB_LINE + "    discount: 0.0\n") == 1
    path.write_text(text.replace(DB_LINE + "    discount: 0.0\n", DB_LINE + "    discount: 0.1\n"), encoding="utf-8")


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def render(path: str | Path, catalog: Path, out: Path, lang: str, *extra: str) -> list[str]:
    run = cli("bom", path, "--catalog", catalog, "--format", "pdf", "--lang", lang, "-o", out, *extra)
    assert run.code == 0, run.err
    return [squeeze(page.extract_text() or "") for page in PdfReader(out).pages]


def words(lang: str, *source: str) -> list[str]:
    with translations.using(lang):
        return [squeeze(translations.tr(s)) for s in source]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_cover_and_every_footer_state_the_revision(tmp_path, deal, catalog, lang):
    revision, row = words(lang, "revision %d", "Revision")
    pages = render(deal, catalog, tmp_path / "exact.pdf", lang)
    assert all(revision % 1 in page and revision % 1 + "+" not in page for page in pages)
    assert row + "1·" in pages[0] and "张三·首轮报价" in pages[0]
    discounted(deal)
    pages = render(deal, catalog, tmp_path / "since.pdf", lang)
    assert all(revision % 1 + "+" in page for page in pages)  # changed since revision 1
    (changed,) = words(lang, "%d, changed since (%s)")
    saved = yaml.safe_load(deal.with_name("deal.revisions.yaml").read_text(encoding="utf-8"))["revisions"][0]["saved"]
    assert changed % (1, f"{saved[:10]}·张三·首轮报价") in pages[0]
    pages = render(f"{deal}@1", catalog, tmp_path / "one.pdf", lang)  # the revision itself
    assert all(revision % 1 in page and revision % 1 + "+" not in page for page in pages)


def test_a_solution_without_revisions_states_none(tmp_path, catalog):
    path = tmp_path / "fresh.yaml"
    cli("new", "--scenario", "scn-app", "--catalog", catalog, "-o", path)
    pages = render(path, catalog, tmp_path / "fresh.pdf", "en")
    assert not any("revision" in page.lower() for page in pages)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_changes_page_lists_the_changed_line_and_its_difference(tmp_path, deal, catalog, lang):
    discounted(deal)
    title, name = words(lang, "Changes since revision %d", "Database" if lang == "en" else "数据库")
    pages = render(deal, catalog, tmp_path / "changes.pdf", lang, "--changes-since", "1")
    (index,) = [i for i, page in enumerate(pages) if title % 1 in page]
    assert words(lang, "Summary")[0] in pages[index - 1]  # right after the summary
    page = pages[index]
    row = page[page.index("~" + name) :]
    before, now, delta = (squeeze(money(v, "CNY", lang)) for v in (200000, 180000, 20000))
    assert row.index(before) < row.index(now) < row.index("-" + delta)
    assert "首轮报价" in page and "张三" in page  # who saved the revision, and why
    without = render(deal, catalog, tmp_path / "plain.pdf", lang)
    assert not any(title % 1 in p for p in without) and len(without) == len(pages) - 1


def test_an_unchanged_deal_on_another_catalog_is_no_longer_exactly_its_revision(tmp_path, deal):
    dearer = write_tree(
        tmp_path / "next",
        {
            "catalog.yaml": TINY_META.replace('version: "1.0"', 'version: "1.1"'),
            "capabilities.yaml": TINY_CAPABILITIES.replace("list_price: 200000", "list_price: 240000"),
        },
    )
    run = cli("bom", deal, "--catalog", dearer, "--format", "pdf", "--lang", "en", "-o", tmp_path / "x.pdf")
    assert run.code == 0, run.err
    pages = [squeeze(page.extract_text() or "") for page in PdfReader(tmp_path / "x.pdf").pages]
    assert "revision1+" in pages[0] and "1,changedsince" in pages[0]  # its prices are not revision 1's


def test_the_changes_tables_word_policy_values_and_name_a_removed_capability(tmp_path, deal, catalog):
    from configurator.core.catalog_load import load_catalog
    from configurator.core.diff import diff_deals
    from configurator.core.revisions import load_history
    from configurator.core.solution_file import load_deal
    from configurator.export.pdf_changes import change_tables
    from tests.core.test_drift import NEXT_CAPABILITIES

    impl = "  - {capability: impl, mode: PRV, quantity: 1, origin: explicit}\n"
    deal.write_text(deal.read_text(encoding="utf-8") + impl, encoding="utf-8")
    assert cli("revisions", deal, "--catalog", catalog, "--save", "with implementation").code == 0
    revision = load_history(deal).latest
    text = deal.read_text(encoding="utf-8")
    assert text.count("network: internet_allowed") == 1
    deal.write_text(text.replace("network: internet_allowed", "network: air_gapped"), encoding="utf-8")
    meta = TINY_META.replace('version: "1.0"', 'version: "1.1"')  # 1.1 has no implementation service
    later = load_catalog(write_tree(tmp_path / "next", {"catalog.yaml": meta, "capabilities.yaml": NEXT_CAPABILITIES}))
    now, _ = load_deal(deal)
    before = revision.priced_on(later.catalog)
    diff = diff_deals(later.catalog, revision.deal, now, "Option {}", before)
    tables = [t for _, group in change_tables(diff, later.catalog, "en", before) for t in group]
    rows = [" | ".join(getattr(cell, "text", cell) for cell in row) for table in tables for row in table.rows]
    assert any(r.startswith("network | ") and "Air-gapped" in r and "air_gapped" not in r for r in rows), rows
    assert any(r.startswith("~ Implementation | price") for r in rows), rows  # named as the revision named it
