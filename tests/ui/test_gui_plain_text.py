"""Text from solution and catalog files shows as written: Qt never takes it for markup
(issue 13, point 15: an item id with an <img> made the inspector load a local image).

Qt renders a label or a tooltip as rich text when its format says so, or, left to guess
(AutoText, every tooltip), when the text looks like markup. `as_shown` gives what the user
then reads; hostile markup must come out literally.
"""

from __future__ import annotations

import html
from pathlib import Path

import pytest
from gui_helpers import write_solution
from PySide6.QtCore import QModelIndex, QTimer
from PySide6.QtGui import Qt, QTextDocument  # QtGui's Qt adds mightBeRichText
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLabel, QMessageBox, QWidget

from configurator.core.catalog_load import load_catalog
from configurator.core.findings import Finding, Severity
from configurator.ui.dialogs import Dialogs

# The offscreen platform plugin's own warning when a window with docks is shown (as in test_gui_app).
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")

HOSTILE = "<img src=x><h1>big</h1><a href=y>l</a>"


def as_shown(text: str, text_format: Qt.TextFormat = Qt.TextFormat.AutoText) -> str:
    rich = text_format == Qt.TextFormat.RichText or (text_format == Qt.TextFormat.AutoText and Qt.mightBeRichText(text))
    if not rich:
        return text
    document = QTextDocument()
    document.setHtml(text)
    return document.toPlainText().replace("\xa0", " ")  # escaped text keeps its spaces as no-break ones


def carries(text: str) -> bool:
    """Whether `text` holds the hostile markup, as written or escaped."""
    return HOSTILE in html.unescape(text).replace("\xa0", " ")


def model_tooltips(model, parent: QModelIndex | None = None):
    parent = parent or QModelIndex()
    for row in range(model.rowCount(parent)):
        for column in range(model.columnCount(parent)):
            index = model.index(row, column, parent)
            yield index.data(Qt.ItemDataRole.ToolTipRole)
        yield from model_tooltips(model, model.index(row, 0, parent))


def texts_on_screen(window) -> list[tuple[str, Qt.TextFormat]]:
    """Every label and tooltip of the window, its graph and its item views, with its format."""
    auto = Qt.TextFormat.AutoText
    shown = [(label.text(), label.textFormat()) for label in window.findChildren(QLabel)]
    shown += [(widget.toolTip(), auto) for widget in window.findChildren(QWidget)]
    shown += [(item.toolTip(), auto) for item in window.scene.items()]
    for view in window.findChildren(QAbstractItemView):
        shown += [(tip, auto) for tip in model_tooltips(view.model()) if isinstance(tip, str)]
    return shown


def assert_literal_everywhere(window) -> None:
    for text, text_format in texts_on_screen(window):
        if carries(text):
            assert HOSTILE in as_shown(text, text_format), (text, text_format)


def test_an_item_id_from_the_solution_file_shows_as_written(make_window, sample, tmp_path):
    items = f"  - {{capability: '{HOSTILE}', mode: PUB, quantity: 1, origin: explicit}}\n"
    window = make_window(sample, write_solution(tmp_path / "s.yaml", sample, items))
    window.selection.select(HOSTILE)

    details = window.inspector.details
    assert HOSTILE in as_shown(details.text(), details.textFormat())
    assert HOSTILE in as_shown(window.scene.tooltip(HOSTILE))
    window.scene.nodes[HOSTILE].setToolTip(window.scene.tooltip(HOSTILE))  # as hovering sets it
    findings = window.findings_panel.model
    tips = [t for t in model_tooltips(findings) if isinstance(t, str) and carries(t)]
    assert tips  # the finding about the unknown id quotes it
    window.findings_panel.table.selectRow(0)
    assert_literal_everywhere(window)


def test_names_from_the_catalog_show_as_written(make_window, make_catalog):
    root = make_catalog()
    content = (root / "content.yaml").read_text(encoding="utf-8")
    content = content.replace("name: {en: Network, zh: 网络}", f"name: {{en: '{HOSTILE}', zh: '{HOSTILE}'}}")
    content = content.replace("name: {en: Delivery partner, zh: 交付合作伙伴}", f"name: {{en: x, zh: '{HOSTILE}'}}")
    (root / "content.yaml").write_text(content, encoding="utf-8")
    catalog = load_catalog(root).catalog
    window = make_window(catalog)
    window.editor.add("net")
    window.selection.select("net")

    title = window.inspector.title
    assert HOSTILE in as_shown(title.text(), title.textFormat())
    assert any(carries(t) for t in model_tooltips(window.catalog_panel.model) if t)
    window.scene.nodes["net"].setToolTip(window.scene.tooltip("net"))
    assert_literal_everywhere(window)


FINDING = Finding(Severity.ERROR, "SOL-UNKNOWN-001", HOSTILE, file=HOSTILE, line=1, column=1)


@pytest.mark.parametrize(
    "ask",
    [
        lambda parent: Dialogs.ask_unsaved(parent, HOSTILE),
        lambda parent: Dialogs.ask_restore(parent, Path(HOSTILE)),
        lambda parent: Dialogs.show_error(parent, "title", HOSTILE),
        lambda parent: Dialogs.show_findings(parent, "title", HOSTILE, [FINDING]),
    ],
    ids=["ask_unsaved", "ask_restore", "show_error", "show_findings"],
)
def test_questions_quote_file_text_as_written(qtbot, ask):
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: list[str] = []

    def read_and_close() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):  # once the question is up
            poll.stop()
            try:
                seen.extend(as_shown(label.text(), label.textFormat()) for label in box.findChildren(QLabel))
            finally:
                box.done(0)

    poll = QTimer(interval=10)
    poll.timeout.connect(read_and_close)
    poll.start()
    ask(parent)
    assert any(HOSTILE in text for text in seen), seen
