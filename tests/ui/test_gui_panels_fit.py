"""The panels fit a 1366×768 laptop and read as a user expects: long catalog texts elide or
wrap instead of widening the window; the scenario gallery speaks the user's language; the
inspector forgets the item it showed and shows its title."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

from configurator.core.catalog_load import load_catalog
from configurator.paths import catalog_dir
from configurator.translations import install
from configurator.ui.catalog_panel import ID_ROLE
from configurator.ui.scenario_gallery import ScenarioGallery

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")

WIDTH, HEIGHT = 1366, 768
LONG = 200  # characters in every name of the long-named catalog
DIGITAL_HUMAN = "scn-digital-human-service"  # value drivers, partners, pulled-in items
VIRTUAL_BRANCH = "scn-virtual-branch"  # suggests hybrid · none · internet_allowed


def _long(text: dict) -> dict:
    return {
        "en": (text["en"] + " with a name far longer than any column" * 10)[:LONG],
        "zh": (text["zh"] + "名称很长很长的目录条目" * 30)[:LONG],
    }


def _lengthened(node):
    """Every name and label of a catalog file's data, 200 characters long."""
    if isinstance(node, dict):
        return {
            key: _long(value) if key in ("name", "label") and isinstance(value, dict) else _lengthened(value)
            for key, value in node.items()
        }
    if isinstance(node, list):
        return [_lengthened(value) for value in node]
    return node


@pytest.fixture(scope="module")
def long_catalog(tmp_path_factory):
    """The sample catalog with every name and label 200 characters long."""
    root = Path(shutil.copytree(catalog_dir(), tmp_path_factory.mktemp("long") / "catalog"))
    for path in root.rglob("*.yaml"):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        path.write_text(yaml.safe_dump(_lengthened(data), allow_unicode=True, sort_keys=False), encoding="utf-8")
    result = load_catalog(root)
    assert result.catalog is not None, [str(f) for f in result.findings]
    return result.catalog


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def scroll_area_of(widget: QWidget) -> QScrollArea:
    parent = widget.parentWidget()
    while not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    return parent


# --------------------------------------------------------------------------- long names


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_long_catalog_names_never_widen_the_window(make_window, dialogs, long_catalog, lang):
    window = make_window(long_catalog)
    window.set_language(lang)
    dialogs.answer("scenario", DIGITAL_HUMAN)
    window.new()
    pulled_in = next(i.capability for i in window.document.solution.items if not i.explicit)
    window.selection.select(pulled_in)
    window.docks["value"].raise_()
    window.resize(WIDTH, HEIGHT)
    settle()

    assert window.minimumSizeHint().width() <= WIDTH
    assert window.width() == WIDTH
    for panel in (window.inspector, window.value_panel):  # in a scroll area without a horizontal bar
        viewport = scroll_area_of(panel).viewport()
        assert panel.width() <= viewport.width(), f"{type(panel).__name__} is cut at its right edge"
    catalog = window.catalog_panel
    assert catalog.minimumSizeHint().width() <= window.docks["catalog"].width()
    bom = window.bom_panel.table
    widths = [bom.columnWidth(c) for c in range(bom.model().columnCount())]
    assert max(widths) <= bom.viewport().width() / 2, widths


def test_the_catalog_tree_elides_names_in_the_middle_with_the_full_name_on_hover(make_window, long_catalog):
    window = make_window(long_catalog)
    tree = window.catalog_panel.tree
    assert tree.textElideMode() == Qt.TextElideMode.ElideMiddle  # "Cloud se…(CVM)" keeps the abbreviation
    category = tree.model().index(0, 0)
    capability = tree.model().index(0, 0, category)
    cap = long_catalog.capabilities[capability.data(ID_ROLE)]
    assert capability.data(Qt.ItemDataRole.ToolTipRole).startswith(cap.name.zh)
    assert category.data(Qt.ItemDataRole.ToolTipRole) == category.data()


def test_bom_cells_show_their_whole_text_on_hover(make_window, dialogs, long_catalog):
    window = make_window(long_catalog)
    dialogs.answer("scenario", DIGITAL_HUMAN)
    window.new()
    model = window.bom_panel.model
    line = model.lines[0]
    name = model.index(0, [c.key for c in model.COLUMNS].index("name"))
    assert name.data(Qt.ItemDataRole.ToolTipRole) == f"{name.data()} ({line.capability})"
    unit = model.index(0, [c.key for c in model.COLUMNS].index("unit"))
    assert unit.data(Qt.ItemDataRole.ToolTipRole) == unit.data()


# --------------------------------------------------------------------------- the scenario gallery


def gallery_for(qtbot, catalog, lang: str, scenario: str) -> ScenarioGallery:
    install(lang)
    gallery = ScenarioGallery(catalog, lang)
    qtbot.addWidget(gallery)
    gallery.list.setCurrentRow(
        next(r for r in range(gallery.list.count()) if gallery.list.item(r).data(Qt.ItemDataRole.UserRole) == scenario)
    )
    return gallery


def test_the_gallery_words_the_suggested_policy_in_chinese(qtbot, sample):
    text = gallery_for(qtbot, sample, "zh", VIRTUAL_BRANCH).details.toPlainText()
    assert "建议策略：混合云 · 无要求 · 允许互联网" in text, text
    assert "internet_allowed" not in text and "hybrid" not in text
    optional = [sample.capabilities[c].name.zh for c in sample.scenarios[VIRTUAL_BRANCH].optional]
    assert "、".join(optional) in text


def test_the_gallery_words_the_suggested_policy_in_english(qtbot, sample):
    text = gallery_for(qtbot, sample, "en", VIRTUAL_BRANCH).details.toPlainText()
    assert "Suggested policy: Hybrid cloud · No requirement · Internet allowed" in text
    optional = [sample.capabilities[c].name.en for c in sample.scenarios[VIRTUAL_BRANCH].optional]
    assert ", ".join(optional) in text


def test_long_scenario_names_wrap_in_the_gallery(qtbot, long_catalog):
    gallery = gallery_for(qtbot, long_catalog, "en", VIRTUAL_BRANCH)
    gallery.show()
    qtbot.waitExposed(gallery)
    names = gallery.list
    assert names.wordWrap()
    assert names.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    rect = names.visualItemRect(names.item(1))
    assert rect.width() <= names.viewport().width()
    assert rect.height() > 2 * names.fontMetrics().height()  # on several lines, not clipped


# --------------------------------------------------------------------------- the inspector


def test_the_inspector_forgets_the_item_after_a_deselect_or_a_removal(scenario_window, qtbot):
    window = scenario_window
    inspector = window.inspector
    explicit = [i.capability for i in window.document.solution.items if i.explicit]
    for leave in (
        lambda: window.selection.select(""),
        lambda: qtbot.mouseClick(inspector.remove, Qt.MouseButton.LeftButton),
    ):
        window.selection.select(explicit.pop())
        assert inspector.mode.count() and inspector.quantity.text()
        leave()
        assert inspector.mode.count() == 0 and inspector.mode.currentText() == ""
        assert inspector.quantity.text() == "" and inspector.discount.text() == ""
        assert inspector.delivered_by.count() == 0 and inspector.partner.count() == 0
        assert not inspector.customized.isChecked() and inspector.notes.toPlainText() == ""
        assert not inspector.mode.isEnabled()


def test_the_inspector_scrolls_back_to_its_title_when_the_selection_changes(scenario_window):
    window = scenario_window
    window.resize(WIDTH, 500)
    items = [i.capability for i in window.document.solution.items]
    window.selection.select(items[0])
    settle()
    bar = scroll_area_of(window.inspector).verticalScrollBar()
    assert bar.maximum() > 0, "the inspector should be taller than its dock here"
    bar.setValue(bar.maximum())
    window.selection.select(items[1])
    assert bar.value() == 0
    bar.setValue(bar.maximum())
    window.selection.select("")
    assert bar.value() == 0


def test_editing_a_field_does_not_scroll_the_inspector(scenario_window):
    window = scenario_window
    window.resize(WIDTH, 500)
    window.selection.select(window.document.solution.items[0].capability)
    settle()
    bar = scroll_area_of(window.inspector).verticalScrollBar()
    bar.setValue(bar.maximum())
    window.inspector.quantity.setValue(3)
    assert bar.value() == bar.maximum()


def test_the_inspector_quantity_shows_thousands_separators(scenario_window):
    window = scenario_window
    window.selection.select(window.document.solution.items[0].capability)
    window.inspector.quantity.setValue(12000)
    assert window.inspector.quantity.text().startswith("12,000.00")
