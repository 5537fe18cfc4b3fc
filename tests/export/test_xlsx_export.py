"""The BOM as an Excel workbook (export/xlsx_bom.py), read back with openpyxl: the sheets in
each language, cost cells as formulas whose cached values are the JSON BOM's figures exactly,
number formats, Chinese text, inert catalog text, the Options sheet of a deal, and the CLI."""

from __future__ import annotations

import contextlib
import dataclasses
import io
from datetime import date
from pathlib import Path

import pytest
from cli_helpers import cli
from deal_support import MAINTAINED_META, deal_file
from openpyxl import load_workbook
from tiny_catalog import TINY_CAPABILITIES

from configurator.cli import main
from configurator.core.evaluate import Evaluation, evaluate
from configurator.core.resolve import from_scenario
from configurator.export import xlsx_bom

TODAY = date(2026, 12, 7)
SHEETS = {
    "zh": ["概要", "物料清单", "部署区域", "逐年成本", "检查结果", "假设"],
    "en": ["Summary", "BOM", "Zones", "Years", "Findings", "Assumptions"],
}
COSTS = ("one_time", "monthly", "yearly", "first_year")


@pytest.fixture(scope="module")
def evaluation(sample) -> Evaluation:
    """A scenario with partner lines, given odd discounts and quantities so that the figures
    are not round."""
    solution = from_scenario(sample, "scn-core-distributed-xinchuang", "Core banking").solution
    items = tuple(
        dataclasses.replace(item, quantity=item.quantity * (1 + i % 3 / 2), discount=(i % 4) * 0.0713)
        for i, item in enumerate(solution.items)
    )
    return evaluate(sample, dataclasses.replace(solution, items=items), today=TODAY)


def books(content: bytes):
    """The workbook with its formulas, and as a viewer that does not calculate reads it."""
    return load_workbook(io.BytesIO(content)), load_workbook(io.BytesIO(content), data_only=True)


def bom_rows(sheet) -> dict[str, dict[str, object]]:
    """The BOM sheet's rows by their first cell, each cell by its column's position in the CSV."""
    header = [c.value for c in sheet[1]]
    keys = list(xlsx_bom.CSV)
    assert len(header) == len(keys)
    return {row[0].value: {k: c for k, c in zip(keys, row, strict=True)} for row in sheet.iter_rows(min_row=2)}


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_sheets_are_named_in_the_export_language(evaluation, lang: str) -> None:
    formulas, _ = books(xlsx_bom.render(evaluation, lang))
    assert formulas.sheetnames == SHEETS[lang]
    assert formulas.properties.language == ("zh-CN" if lang == "zh" else "en")


def test_cost_cells_are_formulas_whose_cached_values_are_the_json_figures(evaluation) -> None:
    data = evaluation.to_dict()
    assert any(line["partner"] for line in data["lines"]) and any(line["discount"] for line in data["lines"])
    formulas, values = books(xlsx_bom.render(evaluation, "en"))
    rows, cached = bom_rows(formulas["BOM"]), bom_rows(values["BOM"])
    for line in data["lines"]:
        row, value = rows[line["capability"]], cached[line["capability"]]
        r = row["quantity"].row
        billed = xlsx_bom.BILLED_IN[line["billing"]]
        assert row[billed].value == f"=H{r}*E{r}*(1-I{r})"
        assert row["first_year"].value == f"=J{r}+12*K{r}+L{r}"
        for key in ("quantity", "list_price", "discount", *COSTS):
            assert value[key].value == line[key], (line["capability"], key)
    total = rows["Total"]
    for key in COSTS:
        assert total[key].value.startswith("=SUM(")
        assert cached["Total"][key].value == data["totals"][key]
    summary = {row[0].value: row[1] for row in formulas["Summary"].iter_rows() if row[0].value}
    shown = {row[0].value: row[1].value for row in values["Summary"].iter_rows() if row[0].value}
    assert summary["One-time (CNY)"].value == f"='BOM'!$J${total['one_time'].row}"
    assert shown["One-time (CNY)"] == data["totals"]["one_time"]
    assert shown["First year (CNY)"] == data["totals"]["first_year"]
    assert shown["Partners, first year (CNY)"] == data["totals"]["partner_first_year"]
    assert shown["Partner share"] == data["totals"]["partner_share"] > 0
    assert shown[f"TCO over {data['years']['horizon']} years (CNY)"] == data["years"]["tco"]


def test_every_deliverer_has_a_subtotal_and_the_total_sums_them(evaluation) -> None:
    sheet = load_workbook(io.BytesIO(xlsx_bom.render(evaluation, "en")))["BOM"]
    subtotal_rows = [row[0].row for row in sheet.iter_rows(min_row=2) if row[0].value == "Subtotal"]
    deliverers = {line.delivered_by for line in evaluation.bom.lines}
    assert len(subtotal_rows) == len(deliverers) > 1
    total = next(row for row in sheet.iter_rows(min_row=2) if row[0].value == "Total")
    assert total[9].value == "=SUM(" + ",".join(f"J{r}" for r in subtotal_rows) + ")"


def test_money_percentages_and_quantities_have_number_formats(evaluation) -> None:
    sheet = load_workbook(io.BytesIO(xlsx_bom.render(evaluation, "zh"))).worksheets[1]  # the BOM
    header = {c.value: c.column for c in sheet[1]}
    assert "目录价（¥）" in header and "首年费用（¥）" in header
    line = sheet[2]
    assert line[header["目录价（¥）"] - 1].number_format == "#,##0.00"
    assert line[header["首年费用（¥）"] - 1].number_format == "#,##0.00"
    assert line[header["折扣"] - 1].number_format == "0.0%"
    assert isinstance(line[header["数量"] - 1].value, (int, float))
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref.startswith("A1:")
    assert sheet.page_setup.orientation == "landscape" and sheet.print_title_rows == "$1:$1"


def test_chinese_names_and_document_properties(evaluation) -> None:
    book = load_workbook(io.BytesIO(xlsx_bom.render(evaluation, "zh", author="张三")))
    names = [row[1].value for row in book.worksheets[1].iter_rows(min_row=2)]
    assert evaluation.bom.lines[0].name.get("zh") in names
    assert book.properties.creator == "张三" and book.properties.title == "Core banking"
    assert book.worksheets[0]["A1"].value == "Core banking"


def test_company_is_the_catalog_vendor_and_the_bytes_are_reproducible(evaluation) -> None:
    import zipfile

    content = xlsx_bom.render(evaluation, "zh")
    assert content == xlsx_bom.render(evaluation, "zh")
    app = zipfile.ZipFile(io.BytesIO(content)).read("docProps/app.xml").decode()
    assert f"<Company>{evaluation.catalog.vendor_name.get('zh')}</Company>" in app


HOSTILE = '=HYPERLINK("http://evil.invalid","click")'


def test_catalog_text_never_becomes_a_formula(make_catalog, tmp_path: Path) -> None:
    capabilities = TINY_CAPABILITIES.replace("{en: Network, zh: 网络}", '{en: "=HYPERLINK(1)", zh: "@SUM(1)"}')
    catalog = make_catalog({"catalog.yaml": MAINTAINED_META, "content.yaml": capabilities})
    path = deal_file(tmp_path, first=HOSTILE, second="+1", recommended=None)
    out = tmp_path / "deal.xlsx"
    assert cli("bom", path, "--catalog", catalog, "--format", "xlsx", "--lang", "en", "-o", out).code == 0
    book = load_workbook(out)
    texts = [c.value for sheet in book for row in sheet.iter_rows() for c in row if isinstance(c.value, str)]
    assert "'=HYPERLINK(1)" in texts and "'" + HOSTILE in texts and "'+1" in texts
    formulas = [
        (sheet.title, c.column_letter) for sheet in book for row in sheet.iter_rows() for c in row if c.data_type == "f"
    ]
    assert formulas and set(formulas) <= {
        *(("BOM", column) for column in "JKLM"),
        ("Summary", "B"),
        *(("Zones", column) for column in "CDEF"),
    }


def test_a_deal_of_two_options_has_the_options_sheet(make_catalog, tmp_path: Path) -> None:
    catalog = make_catalog({"catalog.yaml": MAINTAINED_META})
    out = tmp_path / "deal.xlsx"
    run = cli("bom", deal_file(tmp_path), "--catalog", catalog, "--format", "xlsx", "--lang", "en", "-o", out)
    assert run.code == 0, run.err
    formulas, values = load_workbook(out), load_workbook(out, data_only=True)
    assert formulas.sheetnames == ["Summary", "BOM", "Zones", "Years", "Options", "Findings", "Assumptions"]
    options = {row[0].value: [c.value for c in row[1:]] for row in values["Options"].iter_rows()}
    assert [c.value for c in values["Options"][1]] == [None, "Private", "Cloud ★"]
    assert options["TCO over 3 years"] == [686800.0, 483600.0]
    assert values["Options"]["B4"].number_format == "#,##0.00"
    assert values["Summary"]["B3"].value is not None


def test_a_one_option_file_has_no_options_sheet(evaluation) -> None:
    assert "Options" not in load_workbook(io.BytesIO(xlsx_bom.render(evaluation, "en"))).sheetnames


def test_the_cli_writes_a_workbook_and_refuses_a_terminal(make_catalog, tmp_path: Path) -> None:
    catalog = make_catalog({"catalog.yaml": MAINTAINED_META})
    path, out = deal_file(tmp_path), tmp_path / "bom.xlsx"
    run = cli("bom", path, "--catalog", catalog, "--format", "xlsx", "--option", "Cloud", "-o", out, "--author", "A")
    assert run.code == 0, run.err
    assert load_workbook(out).properties.creator == "A"
    terminal, err = Terminal(io.BytesIO(), encoding="utf-8"), io.StringIO()
    with contextlib.redirect_stdout(terminal), contextlib.redirect_stderr(err):
        code = main(["bom", str(path), "--catalog", str(catalog), "--format", "xlsx"])
    assert code == 2 and terminal.buffer.getvalue() == b""
    assert err.getvalue() == "configurator bom: --format xlsx is not printed to a terminal: add -o FILE.xlsx\n"


class Terminal(io.TextIOWrapper):
    def isatty(self) -> bool:
        return True
