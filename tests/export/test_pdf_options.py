"""The PDF proposal of a deal of several options (export/pdf_options.py): the comparison section
with every option's name and TCO as numbers.money writes them, the recommended option's BOM
(every option's with --all-options), and the multi-year cost section of every PDF."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from cli_helpers import cli
from deal_support import CLOUD, MAINTAINED_META, PRIVATE, deal_file
from pypdf import PdfReader

from configurator import translations
from configurator.core.numbers import money

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")


TITLES = ("Options compared", "Bill of materials", "Cost over %d years", "Capabilities that differ")


@pytest.fixture(autouse=True)
def source_language(app_font):
    translations.uninstall()
    yield
    translations.uninstall()


@pytest.fixture
def catalog(make_catalog) -> Path:
    return make_catalog({"catalog.yaml": MAINTAINED_META})


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def words(lang: str) -> dict[str, str]:
    with translations.using(lang):
        return {title: translations.tr(title) for title in TITLES}


def render(path: Path, catalog: Path, out: Path, lang: str, *extra: str) -> PdfReader:
    run = cli("bom", path, "--catalog", catalog, "--format", "pdf", "--lang", lang, "-o", out, *extra)
    assert run.code == 0, run.err
    return PdfReader(out)


def pages_with(reader: PdfReader, text: str) -> list[int]:
    return [i for i, page in enumerate(reader.pages) if squeeze(text) in squeeze(page.extract_text() or "")]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_two_option_pdf_compares_the_options_and_has_the_recommended_bom(catalog, tmp_path: Path, lang: str) -> None:
    w = words(lang)
    colon = "：" if lang == "zh" else ": "
    reader = render(deal_file(tmp_path), catalog, tmp_path / f"deal-{lang}.pdf", lang)
    compared = pages_with(reader, w["Options compared"])
    assert compared, "no comparison section"
    text = squeeze(reader.pages[compared[0]].extract_text())
    for name, flows in (("Private", PRIVATE), ("Cloud★", CLOUD)):
        assert name in text
        assert squeeze(money(sum(flows), "CNY", lang)) in text
    marks = {mark.title: reader.get_destination_page_number(mark) for mark in reader.outline}
    assert w["Bill of materials"] + colon + "Cloud" in marks
    assert w["Bill of materials"] + colon + "Private" not in marks
    assert marks[w["Options compared"]] < marks[w["Bill of materials"] + colon + "Cloud"]
    years = w["Cost over %d years"] % 3 + colon + "Cloud"
    assert years in marks and pages_with(reader, squeeze(money(sum(CLOUD), "CNY", lang)))


def test_all_options_gives_every_option_its_bom(catalog, tmp_path: Path) -> None:
    reader = render(deal_file(tmp_path), catalog, tmp_path / "all.pdf", "en", "--all-options")
    titles = [mark.title for mark in reader.outline]
    assert [t for t in titles if t.startswith("Bill of materials")] == [
        "Bill of materials: Private",
        "Bill of materials: Cloud",
    ]


def test_the_chosen_option_is_the_documents_subject(catalog, tmp_path: Path) -> None:
    reader = render(deal_file(tmp_path), catalog, tmp_path / "private.pdf", "en", "--option", "Private")
    titles = [mark.title for mark in reader.outline]
    assert "Bill of materials: Private" in titles and "Cost over 3 years: Private" in titles
    assert "Private" in squeeze(reader.pages[0].extract_text())  # the cover names the option


def test_a_one_option_pdf_has_years_but_no_comparison(catalog, tmp_path: Path) -> None:
    path = tmp_path / "one.yaml"
    text = deal_file(tmp_path).read_text(encoding="utf-8")
    path.write_text(text[: text.index("options:")] + "deal: {horizon_years: 3}\n", encoding="utf-8")
    reader = render(path, catalog, tmp_path / "one.pdf", "en")
    titles = [mark.title for mark in reader.outline]
    assert "Options compared" not in titles and "Bill of materials" in titles
    years = pages_with(reader, "Cost over 3 years")
    assert years
    page = squeeze(reader.pages[years[0]].extract_text())
    assert squeeze(money(sum(PRIVATE), "CNY", "en")) in page  # the TCO
    for total in PRIVATE:
        assert f"{total:,.2f}" in page
