"""The solution graph as a picture (export/graph_picture.py): `configurator graph` to PNG, SVG
and DOT, and the GUI's File → Export → graph picture.

PNG: a real, non-blank image. SVG: well-formed XML whose text holds the capability names and
the legend. DOT: one node line per item (fill colour, dashed border for items pulled in as
dependencies, "name\\nsubtitle" labels with quotes and backslashes escaped) and one edge line
per dependency edge.
"""

from __future__ import annotations

import re
import textwrap
import xml.etree.ElementTree as ET
from dataclasses import dataclass, replace
from pathlib import Path

import pytest
from cli_helpers import cli
from PySide6.QtGui import QColor, QImage
from tiny_catalog import TINY_CAPABILITIES, TINY_META, write_tree

from configurator import translations
from configurator.core.catalog import VENDOR, Catalog, Text
from configurator.core.catalog_load import load_catalog
from configurator.core.evaluate import Evaluation, evaluate
from configurator.core.solution_file import load_solution
from configurator.drawing.fonts import BUNDLED_FAMILY
from configurator.drawing.graph_picture import build_picture, legend_entries, svg_bytes
from configurator.language import translator
from configurator.ui.main_window import MainWindow

SCENARIO = "scn-core-distributed-xinchuang"  # vendor and partner items, chosen and pulled in
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")


def evaluate_path(catalog: Catalog, path: Path) -> Evaluation:
    solution, findings = load_solution(path, str(path))
    return evaluate(catalog, solution, str(path), findings)


def items_of(evaluation: Evaluation) -> dict:
    """capability → item, for the items the graph shows (valid, first of duplicates)."""
    items: dict = {}
    for item in evaluation.solution.items:
        if item.valid:
            items.setdefault(item.capability, item)
    return items


def name_of(evaluation: Evaluation, capability: str, lang: str) -> str:
    return evaluation.catalog.capabilities[capability].name.get(lang)


# --------------------------------------------------------------------------- fixtures


@pytest.fixture(scope="module", autouse=True)
def source_language(app_font):
    """No translator installed, as in the CLI (a MainWindow installs its language for the whole
    application, and earlier test modules leave theirs behind)."""
    translations.uninstall()
    yield
    translations.uninstall()


@pytest.fixture(scope="module")
def scenario(sample, tmp_path_factory) -> tuple[Path, Evaluation]:
    path = tmp_path_factory.mktemp("graph") / "solution.yaml"
    made = cli("new", "--scenario", SCENARIO, "-o", path)
    assert made.code == 0, made.err
    evaluation = evaluate_path(sample, path)
    items = items_of(evaluation).values()
    assert any(item.explicit for item in items) and not all(item.explicit for item in items)
    assert any(line.partner for line in evaluation.bom.lines)
    return path, evaluation


# --------------------------------------------------------------------------- PNG


def assert_png(data: bytes) -> QImage:
    assert data.startswith(PNG_MAGIC)
    image = QImage()
    assert image.loadFromData(data, "PNG"), "not a readable PNG"
    assert image.width() >= 400 and image.height() >= 200, image.size()
    assert len(data) > 10_000
    # not blank: a fair share of non-white pixels in several colours (fills, borders, text)
    colours, inked, samples = set(), 0, 0
    for y in range(0, image.height(), 7):
        for x in range(0, image.width(), 7):
            colour = image.pixelColor(x, y)
            samples += 1
            colours.add(colour.name())
            inked += colour != QColor("white")
    assert inked / samples > 0.05, f"only {inked}/{samples} sampled pixels are not white"
    assert len(colours) >= 6, colours
    return image


def test_graph_to_png(scenario, tmp_path):
    path, _ = scenario
    out = tmp_path / "graph.png"
    run = cli("graph", path, "-o", out)
    assert run.code == 0, run.err
    assert "Traceback" not in run.err
    assert_png(out.read_bytes())
    assert [p.name for p in tmp_path.iterdir()] == ["graph.png"]  # no temporary file left


# --------------------------------------------------------------------------- SVG


def svg_texts(data: bytes) -> tuple[ET.Element, list[str]]:
    root = ET.fromstring(data)
    assert root.tag.endswith("svg")
    return root, ["".join(el.itertext()) for el in root.iter() if el.tag.rsplit("}", 1)[-1] == "text"]


def shown(name: str, texts: list[str]) -> bool:
    """The name is in the SVG's text, whole (a long one wrapped over two lines).

    Qt writes one <text> element per line and font run, so a wrapped name, or one mixing
    Chinese and Latin letters, is split over adjacent elements: the texts are joined in
    document order first, without the spaces where lines broke."""
    return "".join(name.split()) in "".join("".join(texts).split())


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_graph_to_svg(scenario, tmp_path, lang):
    path, evaluation = scenario
    out = tmp_path / "graph.svg"
    run = cli("graph", path, "-o", out, "--lang", lang)
    assert run.code == 0, run.err
    root, texts = svg_texts(out.read_bytes())
    missing = [
        name_of(evaluation, c, lang) for c in items_of(evaluation) if not shown(name_of(evaluation, c, lang), texts)
    ]
    assert not missing, f"names not in the SVG text: {missing}"
    # the legend in the language asked for: its title, the deliverers in use, the line styles
    legend = legend_entries(evaluation, lang, translator(lang))
    assert evaluation.catalog.deliverer_name(VENDOR, lang) in texts
    labels = [label for _, label, _ in legend]
    assert all(label in texts for label in labels), (labels, texts[:20])
    assert {"zh": "图例", "en": "Legend"}[lang] in texts
    if lang == "zh":
        assert "有错误" in labels and "Has errors" not in texts
    titles = ["".join(el.itertext()) for el in root.iter() if el.tag.rsplit("}", 1)[-1] == "title"]
    assert evaluation.solution.name in titles


def test_characters_xml_forbids_in_names_leave_the_svg_well_formed(scenario):
    _, evaluation = scenario
    ident = next(iter(items_of(evaluation)))
    cap = evaluation.catalog.capabilities[ident]
    # a bell, an escape, a form feed and the two non-characters U+FFFE and U+FFFF
    name = Text(en="Digi\x07tal \x1b[31mhuman\ufffe", zh="数\uffff智\x0c人\ufffe")
    catalog = replace(
        evaluation.catalog, capabilities={**evaluation.catalog.capabilities, ident: replace(cap, name=name)}
    )
    picture = build_picture(evaluate(catalog, evaluation.solution), "zh", lambda text: text)
    _, texts = svg_texts(svg_bytes(picture, "Bank\x07 proposal\uffff"))  # parses: no control character left
    assert "数智人" in "".join(texts)


# --------------------------------------------------------------------------- DOT

QUOTED = r'"((?:[^"\\]|\\.)*)"'
NODE = re.compile(rf"^\s*{QUOTED} \[(.*)\];$")
EDGE = re.compile(rf"^\s*{QUOTED} -> {QUOTED};$")
ATTRIBUTE = re.compile(rf"(\w+)={QUOTED}")


def unquote(text: str) -> str:
    """DOT's escapes inside a quoted string: \\" and \\\\; \\n is a line break in a label."""
    return re.sub(r"\\(.)", lambda m: "\n" if m.group(1) == "n" else m.group(1), text)


@dataclass
class Dot:
    title: str
    nodes: dict[str, dict[str, str]]  # id → attributes (unquoted)
    node_lines: int
    edges: list[tuple[str, str]]


def parse_dot(text: str) -> Dot:
    lines = text.rstrip("\n").split("\n")
    header = re.fullmatch(rf"digraph {QUOTED} \{{", lines[0])
    assert header, lines[0]
    assert lines[-1] == "}"
    nodes, node_lines, edges = {}, 0, []
    for line in lines[1:-1]:
        if edge := EDGE.match(line):
            edges.append((unquote(edge[1]), unquote(edge[2])))
        elif node := NODE.match(line):
            node_lines += 1
            nodes[unquote(node[1])] = {key: unquote(value) for key, value in ATTRIBUTE.findall(node[2])}
    return Dot(unquote(header[1]), nodes, node_lines, edges)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_graph_to_dot(scenario, tmp_path, lang):
    path, evaluation = scenario
    out = tmp_path / "graph.dot"
    run = cli("graph", path, "-o", out, "--lang", lang)
    assert run.code == 0, run.err
    dot = parse_dot(out.read_text(encoding="utf-8"))
    items = items_of(evaluation)
    assert dot.title == evaluation.solution.name
    assert set(dot.nodes) == set(items) and dot.node_lines == len(items)
    for capability, item in items.items():
        attributes = dot.nodes[capability]
        assert re.fullmatch(r"#[0-9a-f]{6}", attributes.get("fillcolor", "")), attributes
        dashed = "dashed" in attributes["style"].split(",")
        assert dashed == (not item.explicit), (capability, attributes)
        title, subtitle = attributes["label"].split("\n")
        assert title == name_of(evaluation, capability, lang)
        assert subtitle.startswith(item.mode)
    # deliverers by colour: every vendor node one fill, every partner node another
    partner = {line.capability for line in evaluation.bom.lines if line.partner}
    vendor_fills = {dot.nodes[c]["fillcolor"] for c in items if c not in partner}
    assert len(vendor_fills) == 1
    assert all(dot.nodes[c]["fillcolor"] not in vendor_fills for c in partner)
    expected = {(u, v) for u, v in evaluation.graph.edges if u in items and v in items}
    assert set(dot.edges) == expected and len(dot.edges) == len(expected)


def test_dot_and_svg_name_the_same_bundled_font(scenario, tmp_path):
    path, _ = scenario
    assert cli("graph", path, "-o", tmp_path / "graph.dot").code == 0
    assert cli("graph", path, "-o", tmp_path / "graph.svg").code == 0
    [dot_font] = re.findall(r'fontname="([^"]*)"', (tmp_path / "graph.dot").read_text(encoding="utf-8"))
    root = ET.fromstring((tmp_path / "graph.svg").read_bytes())
    svg_fonts = {el.get("font-family") for el in root.iter() if el.get("font-family")}
    assert svg_fonts == {dot_font} == {BUNDLED_FAMILY}


QUOTING_CAPABILITY = r"""
capabilities:
  - id: quoted
    name: {en: 'Say "hi" \ bye \n not a break', zh: '引号"测试"\反斜杠'}
    category: app
    kind: atomic
    provider: vendor
    modes:
      PRV: {price_model: LIC, unit: licence, billing: once, list_price: 10, lead_weeks: 1}
"""


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_dot_labels_escape_quotes_and_backslashes(tmp_path, lang):
    root = write_tree(
        tmp_path / "catalog",
        {"catalog.yaml": TINY_META, "content.yaml": TINY_CAPABILITIES, "quoted.yaml": QUOTING_CAPABILITY},
    )
    catalog = load_catalog(root).catalog
    assert catalog is not None
    path = tmp_path / "quoted.yaml"
    path.write_text(
        textwrap.dedent("""\
        format: solution/1
        name: 'A "quoted" \\ solution'
        catalog: {id: tiny, version: "1.0"}
        items:
          - {capability: quoted, mode: PRV, quantity: 1, origin: explicit}
          - {capability: db, mode: PRV, quantity: 1, origin: explicit}
          - {capability: net, mode: PRV, quantity: 1, origin: auto}
        """),
        encoding="utf-8",
    )
    out = tmp_path / "graph.dot"
    run = cli("graph", path, "--catalog", root, "-o", out, "--lang", lang)
    assert run.code == 0, run.err
    dot = parse_dot(out.read_text(encoding="utf-8"))
    assert dot.title == 'A "quoted" \\ solution'
    name = catalog.capabilities["quoted"].name.get(lang)
    title, subtitle = dot.nodes["quoted"]["label"].split("\n")
    assert title == name
    assert "dashed" in dot.nodes["net"]["style"] and "dashed" not in dot.nodes["db"]["style"]
    assert dot.edges == [("db", "net")]


# --------------------------------------------------------------------------- usage errors


@pytest.mark.parametrize("name", ["graph.jpg", "graph", "graph.png.txt"])
def test_graph_to_an_unknown_suffix_is_a_usage_error(scenario, tmp_path, name):
    path, _ = scenario
    out = tmp_path / name
    run = cli("graph", path, "-o", out)
    assert run.code == 2
    assert ".png" in run.err and ".svg" in run.err and ".dot" in run.err, run.err
    assert "Traceback" not in run.err
    assert not out.exists()


def test_graph_to_a_missing_folder_fails_cleanly(scenario, tmp_path):
    path, _ = scenario
    out = tmp_path / "missing" / "graph.svg"
    run = cli("graph", path, "-o", out)
    assert run.code == 2
    assert "cannot write" in run.err and str(out) in run.err, run.err
    assert not out.parent.exists()


# --------------------------------------------------------------------------- GUI


@pytest.fixture
def window(make_window, sample, scenario) -> MainWindow:
    return make_window(sample, scenario[0])


def test_gui_exports_the_graph_as_png_and_svg(window, dialogs, tmp_path, scenario):
    _, evaluation = scenario
    folder = tmp_path / "exports"
    folder.mkdir()
    dialogs.answer("ask_save_path", folder / "graph.png")
    window.exports.picture("png")
    assert_png((folder / "graph.png").read_bytes())

    dialogs.answer("ask_save_path", folder / "graph")  # the suffix is added when left out
    window.exports.picture("svg")
    _, texts = svg_texts((folder / "graph.svg").read_bytes())
    names = [name_of(evaluation, c, "zh") for c in items_of(evaluation)]
    assert all(shown(name, texts) for name in names), [n for n in names if not shown(n, texts)]
    assert sorted(p.name for p in folder.iterdir()) == ["graph.png", "graph.svg"]
    assert len(dialogs.called("ask_save_path")) == 2


def test_gui_graph_export_to_a_missing_folder_shows_an_error(window, dialogs, tmp_path):
    out = tmp_path / "missing" / "graph.png"
    dialogs.answer("ask_save_path", out)
    dialogs.answer("show_error", None)
    window.exports.picture("png")
    [(_, _, message)] = dialogs.called("show_error")
    assert str(out) in message
    assert not out.parent.exists()
