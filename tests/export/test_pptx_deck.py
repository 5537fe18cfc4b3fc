"""The briefing deck (export/pptx_deck.py), read back with python-pptx: slides and titles in
each language, the cost slide's totals as the BOM's, the pictures, editable text in the
deck's fonts, the options compared for a deal of several, hostile names, and the CLI."""

from __future__ import annotations

import dataclasses
import io
from datetime import date
from pathlib import Path

import pytest
from cli_helpers import cli
from deal_support import MAINTAINED_META, deal_file
from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE_TYPE
from pptx.oxml.ns import qn

from configurator.core.evaluate import Evaluation, evaluate
from configurator.core.numbers import money
from configurator.core.resolve import from_scenario
from configurator.export import pptx_deck

TODAY = date(2026, 12, 7)
TITLES = {
    "zh": ["Core banking", "架构", "成本", "客户策略合规性", "交付计划", "业务价值"],
    "en": [
        "Core banking",
        "Architecture",
        "Cost",
        "Compliance with the customer policy",
        "Delivery plan",
        "Business value",
    ],
}


@pytest.fixture(scope="module", autouse=True)
def gui(app_font):
    """The deck paints the graph and the chart: a GUI application with the app's fonts."""
    return app_font


@pytest.fixture(scope="module")
def evaluation(sample) -> Evaluation:
    solution = from_scenario(sample, "scn-core-distributed-xinchuang", "Core banking").solution
    return evaluate(sample, solution, today=TODAY)


def deck(content: bytes):
    return Presentation(io.BytesIO(content))


def texts(slide) -> list[str]:
    """Every text of the slide's text frames and table cells."""
    found = []
    for shape in slide.shapes:
        if shape.has_text_frame:
            found += [p.text for p in shape.text_frame.paragraphs if p.text]
        if shape.has_table:
            found += [cell.text for row in shape.table.rows for cell in row.cells if cell.text]
    return found


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_slides_and_titles_in_the_export_language(evaluation, lang: str) -> None:
    presentation = deck(pptx_deck.render(evaluation, lang, "张三"))
    assert (presentation.slide_width, presentation.slide_height) == (pptx_deck.WIDTH, pptx_deck.HEIGHT)
    assert abs(presentation.slide_width / presentation.slide_height - 16 / 9) < 0.01
    assert [slide.shapes.title.text for slide in presentation.slides] == TITLES[lang]
    cover = texts(presentation.slides[0])
    assert any("张三" in t for t in cover)
    assert presentation.core_properties.author == "张三" and presentation.core_properties.title == "Core banking"


def test_the_cost_slide_shows_the_bom_totals(evaluation) -> None:
    data = evaluation.to_dict()
    for lang in ("zh", "en"):
        shown = texts(deck(pptx_deck.render(evaluation, lang)).slides[2])
        for key in ("one_time", "monthly", "yearly", "first_year", "vendor_first_year", "partner_first_year"):
            assert money(data["totals"][key], "CNY", lang) in shown, (lang, key)
        assert money(data["years"]["tco"], "CNY", lang) in shown
        assert money(data["years"]["npv"], "CNY", lang) in shown


def test_the_architecture_and_the_value_chart_are_pictures_and_text_is_editable(evaluation) -> None:
    slides = deck(pptx_deck.render(evaluation, "zh")).slides
    for index in (1, 5):  # the graph, the value chart
        pictures = [s for s in slides[index].shapes if s.shape_type == MSO_SHAPE_TYPE.PICTURE]
        assert len(pictures) == 1 and pictures[0].image.content_type == "image/png"
        assert pictures[0].left >= 0 and pictures[0].left + pictures[0].width <= pptx_deck.WIDTH
        assert pictures[0].top + pictures[0].height <= pptx_deck.HEIGHT
    for index, slide in enumerate(slides):
        assert index == 1 or texts(slide)[1:], "every slide but the architecture has text besides its title"
    plan = slides[4].shapes
    assert sum(1 for s in plan if s.shape_type == MSO_SHAPE_TYPE.AUTO_SHAPE) >= len(evaluation.bom.critical_path)
    runs = [
        r for slide in slides for s in slide.shapes if s.has_text_frame for p in s.text_frame.paragraphs for r in p.runs
    ]
    assert runs and all(r.font.name == "Calibri" for r in runs)
    assert all(r._r.rPr.find(qn("a:ea")).get("typeface") == "Microsoft YaHei" for r in runs)


def test_a_deal_of_two_options_compares_them_and_one_option_does_not(make_catalog, tmp_path: Path) -> None:
    catalog = make_catalog({"catalog.yaml": MAINTAINED_META})
    out = tmp_path / "deal.pptx"
    run = cli("deck", deal_file(tmp_path), "--catalog", catalog, "--lang", "en", "-o", out)
    assert run.code == 0, run.err
    slides = Presentation(out).slides
    titles = [slide.shapes.title.text for slide in slides]
    assert titles[:5] == [
        "Tiny deal",
        "Architecture",
        "Cost",
        "Options compared",
        "Compliance with the customer policy",
    ]
    table = next(s.table for s in slides[3].shapes if s.has_table)
    assert [c.text for c in table.rows[0].cells] == ["", "Private", "Cloud ★"]
    rows = {row.cells[0].text: [c.text for c in list(row.cells)[1:]] for row in table.rows}
    assert rows["TCO over 3 years"] == ["CNY 686,800.00", "CNY 483,600.00"]
    assert texts(slides[0])[1:] and "Option: Cloud" in texts(slides[0])  # the recommended one, by default
    single = tmp_path / "single.pptx"
    assert cli("deck", deal_file(tmp_path), "--catalog", catalog, "--option", "Private", "-o", single).code == 0
    one = tmp_path / "one.yaml"
    one.write_text(deal_file(tmp_path).read_text(encoding="utf-8").split("options:")[0], encoding="utf-8")
    assert cli("deck", one, "--catalog", catalog, "--lang", "en", "-o", single).code == 0
    assert "Options compared" not in [slide.shapes.title.text for slide in Presentation(single).slides]


def test_hostile_names_do_not_break_the_file(evaluation) -> None:
    hostile = "=1+1\x00\x07\x1b\ufffe" + "长" * 5000
    solution = dataclasses.replace(
        evaluation.solution,
        name=hostile,
        customer=dataclasses.replace(evaluation.solution.customer, name="@SUM(1)\x0b"),
    )
    content = pptx_deck.render(evaluate(evaluation.catalog, solution, today=TODAY), "zh", author="\x01=cmd|")
    presentation = deck(content)
    title = presentation.slides[0].shapes.title.text
    assert title.startswith("=1+1长") and len(title) == pptx_deck.LONGEST and title.endswith("…")
    assert any("@SUM(1)" in t for t in texts(presentation.slides[0]))
    assert any("=cmd|" in t for t in texts(presentation.slides[0]))


def test_the_cli_exit_codes(make_catalog, tmp_path: Path) -> None:
    catalog = make_catalog({"catalog.yaml": MAINTAINED_META})
    path = deal_file(tmp_path)
    missing_output = cli("deck", path, "--catalog", catalog)
    assert missing_output.code == 2 and "-o/--output" in missing_output.err
    unreadable = cli("deck", tmp_path / "none.yaml", "--catalog", catalog, "-o", tmp_path / "x.pptx")
    assert unreadable.code == 2 and not (tmp_path / "x.pptx").exists()
    unknown = cli("deck", path, "--catalog", catalog, "--option", "Nope", "-o", tmp_path / "x.pptx")
    assert unknown.code == 2 and "has no option 'Nope'" in unknown.err
    unwritable = cli("deck", path, "--catalog", catalog, "-o", tmp_path / "no" / "such" / "x.pptx")
    assert unwritable.code == 2 and "cannot write" in unwritable.err
    errors = deal_file(tmp_path, net_mode="NOPE")
    assert cli("deck", errors, "--catalog", catalog, "--option", "Cloud", "-o", tmp_path / "e.pptx").code == 1


@pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")  # the offscreen window
def test_the_window_exports_the_deck_in_the_background(make_window, make_catalog, dialogs, qtbot, tmp_path) -> None:
    from configurator.core.catalog_load import load_catalog

    catalog = load_catalog(make_catalog({"catalog.yaml": MAINTAINED_META})).catalog
    window = make_window(catalog, deal_file(tmp_path))
    assert window.a_export_deck in window.m_export.actions()
    dialogs.answer("ask_author", "李四")
    dialogs.answer("ask_save_path", tmp_path / "briefing")
    job = window.exports.deck()
    with qtbot.waitSignal(job.sig_finished, timeout=60_000):
        pass
    presentation = Presentation(tmp_path / "briefing.pptx")
    assert "方案对比" in [slide.shapes.title.text for slide in presentation.slides]
    assert presentation.core_properties.author == "李四"
    assert window.settings.get("document/author") == "李四"
