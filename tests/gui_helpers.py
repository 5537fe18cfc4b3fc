"""Helpers for the GUI tests: a guard on modal questions and user-like ways to drive panels."""

from __future__ import annotations

import errno
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication, QComboBox

from configurator.core.catalog import Catalog
from configurator.core.solution import Solution
from configurator.core.solution_file import to_text
from configurator.ui.catalog_panel import ID_ROLE, CatalogPanel
from configurator.ui.deal_dialog import DealDialog
from configurator.ui.dialogs import Dialogs
from configurator.ui.main_window import MainWindow
from configurator.ui.options_bar import OptionsBar
from configurator.ui.revision_dialogs import DriftDialog
from configurator.ui.scenario_gallery import ScenarioGallery

SCENARIO = "scn-supply-chain-finance"
DIALOG_NAMES = (
    "ask_unsaved",
    "ask_restore",
    "ask_apply_policy",
    "ask_author",
    "ask_revision",
    "ask_open_path",
    "ask_save_path",
    "show_findings",
    "show_error",
)


@dataclass
class DialogGuard:
    """Stands in for every modal question (Dialogs.*, ScenarioGallery.ask, DealDialog.ask,
    OptionsBar.ask_delete and DriftDialog.ask).

    A question is answered only when the test prepared an answer with `answer(name, value)`;
    any other call is recorded as unexpected and raises, so the test fails instead of a real
    modal dialog blocking the run.
    """

    calls: list[tuple[str, tuple]] = field(default_factory=list)
    unexpected: list[str] = field(default_factory=list)
    answers: dict[str, Any] = field(default_factory=dict)

    def install(self, monkeypatch) -> DialogGuard:
        for name in DIALOG_NAMES:
            monkeypatch.setattr(Dialogs, name, classmethod(self._stand_in(name)))
        monkeypatch.setattr(ScenarioGallery, "ask", classmethod(self._stand_in("scenario")))
        monkeypatch.setattr(DealDialog, "ask", classmethod(self._stand_in("deal")))
        monkeypatch.setattr(OptionsBar, "ask_delete", classmethod(self._stand_in("delete_option")))
        monkeypatch.setattr(DriftDialog, "ask", classmethod(self._stand_in("drift")))
        return self

    def answer(self, name: str, value: Any) -> None:
        self.answers[name] = value

    def called(self, name: str) -> list[tuple]:
        return [args for called, args in self.calls if called == name]

    def _stand_in(self, name: str) -> Callable[..., Any]:
        def stand_in(cls, *args: Any, **kwargs: Any) -> Any:
            self.calls.append((name, args))
            if name not in self.answers:
                self.unexpected.append(name)
                raise AssertionError(f"unexpected modal question: {name}{args!r}")
            return self.answers[name]

        return stand_in


# -- the catalog panel


def catalog_rows(panel: CatalogPanel) -> dict[str, QModelIndex]:
    """Capability id → its index in the tree (the filter proxy), for the rows shown."""
    proxy, rows = panel.proxy, {}
    for group in range(proxy.rowCount()):
        parent = proxy.index(group, 0)
        for row in range(proxy.rowCount(parent)):
            index = proxy.index(row, 0, parent)
            rows[index.data(ID_ROLE)] = index
    return rows


def shown_capabilities(panel: CatalogPanel) -> set[str]:
    return set(catalog_rows(panel))


def add_from_catalog(qtbot, panel: CatalogPanel, capability: str, how: str = "enter") -> None:
    """Select the capability's row in the catalog tree and press Enter, or double-click it."""
    tree = panel.tree
    index = catalog_rows(panel)[capability]
    tree.setCurrentIndex(index)
    if how == "enter":
        qtbot.keyClick(tree, Qt.Key.Key_Return)
    else:
        tree.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        centre = tree.visualRect(index).center()
        # A double click is a press/release pair followed by a double-click event.
        qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=centre)
        qtbot.mouseDClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=centre)


# -- the graph and the tables


def click_node(qtbot, window, capability: str) -> None:
    node = window.scene.nodes[capability]
    window.view.ensureVisible(node, 10, 10)
    centre = window.view.mapFromScene(node.sceneBoundingRect().center())
    qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=centre)


def click_row(qtbot, view: QAbstractItemView, index: QModelIndex) -> None:
    view.scrollTo(index)
    rect = view.visualRect(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(rect.center()))


def fix_from_the_panel(qtbot, window, finding) -> None:
    """Pick the finding's row in the findings panel and press Fix."""
    panel = window.findings_panel
    window.docks["findings"].raise_()
    row = next(r for r, shown in enumerate(panel.model.findings) if shown.params is finding.params)  # as rendered
    click_row(qtbot, panel.table, panel.proxy.mapFromSource(panel.model.index(row, 0)))
    assert panel.fix_button.isEnabled()
    qtbot.mouseClick(panel.fix_button, Qt.MouseButton.LeftButton)


def choose(qtbot, combo: QComboBox, value: Any) -> None:
    """Move a closed combo box to the entry holding `value` with the arrow keys, as a user does."""
    target = combo.findData(value)
    assert target >= 0, f"{value!r} is not offered by the combo box"
    for _ in range(combo.count()):
        if combo.currentIndex() == target:
            return
        key = Qt.Key.Key_Down if combo.currentIndex() < target else Qt.Key.Key_Up
        qtbot.keyClick(combo, key)
        target = combo.findData(value)  # combos refill themselves when the document changes
    assert combo.currentIndex() == target, f"could not reach {value!r}"


def type_text(qtbot, widget, text: str) -> None:
    """Type text: ASCII key by key; Chinese the way an input method commits it."""
    if text.isascii():
        qtbot.keyClicks(widget, text)
        return
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def retype(qtbot, widget, text: str) -> None:
    """Select everything in a spin box or line edit and type `text` over it."""
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(widget, text)


# -- solutions


def snapshot(solution: Solution) -> tuple[Solution, str]:
    """A solution and its file text: equal snapshots mean the identical state."""
    return solution, to_text(solution)


def write_solution(path: Path, catalog, items: str, policy: str = "") -> Path:
    """A hand-written solution file for the given catalog; `items` is the YAML list body."""
    text = (
        f"format: solution/1\nname: 手写方案\ncatalog: {{id: {catalog.id}, "
        f'version: "{catalog.version}"}}\n{policy}items:\n{items}'
    )
    path.write_text(text, encoding="utf-8")
    return path


# -- the file system


def refuse_writes_in(monkeypatch, folder: Path) -> None:
    """A folder of another user (an earlier `sudo` run). The tests run as root, which ignores
    permissions, so besides the mode the folder refuses new and removed entries as such a
    folder does (EACCES); reading stays allowed."""
    folder.chmod(0o500)
    denied = os.path.realpath(folder)

    def refusing(real, writes):
        def call(path, *args, **kwargs):
            if os.path.dirname(os.path.realpath(path)) == denied and writes(*args):
                raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), os.fspath(path))
            return real(path, *args, **kwargs)

        return call

    monkeypatch.setattr(os, "open", refusing(os.open, lambda flags, *_: flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT)))
    monkeypatch.setattr(os, "unlink", refusing(os.unlink, lambda *_: True))


# -- reading the window's state


def ids(solution: Solution) -> set[str]:
    return {i.capability for i in solution.items if i.valid}


def explicit_ids(solution: Solution) -> set[str]:
    return {i.capability for i in solution.items if i.valid and i.explicit}


def requires_closure(catalog: Catalog, capability: str) -> set[str]:
    """The capability and everything it transitively requires (interfaces by their default)."""
    seen, stack = set(), [capability]
    while stack:
        ident = stack.pop()
        if ident in catalog.interfaces:
            ident = catalog.interfaces[ident].default
        if ident in seen:
            continue
        seen.add(ident)
        stack.extend(catalog.capabilities[ident].requires)
    return seen


def one_undo_step(window: MainWindow, act) -> Solution:
    """Run a user action; it must be exactly one undo step that undoes and redoes exactly."""
    before = snapshot(window.document.solution)
    count = window.undo_stack.count()
    act()
    after = snapshot(window.document.solution)
    assert after != before, "the action changed nothing"
    assert window.undo_stack.count() == count + 1
    window.a_undo.trigger()
    assert snapshot(window.document.solution) == before
    window.a_redo.trigger()
    assert snapshot(window.document.solution) == after
    return after[0]


def findings(window: MainWindow, code: str) -> list:
    return [f for f in window.document.evaluation.findings if f.code == code]


def finding_keys(window: MainWindow) -> list[tuple]:
    return [(f.code, f.subject, f.message) for f in window.document.evaluation.findings]


def bom_line(window: MainWindow, capability: str):
    lines = window.document.evaluation.bom.lines
    return next(line for line in lines if line.capability == capability)


def open_file(window: MainWindow, dialogs: DialogGuard, path: Path) -> None:
    """File → Open, answering the file dialog with `path`."""
    dialogs.answer("ask_open_path", path)
    window.a_open.trigger()
