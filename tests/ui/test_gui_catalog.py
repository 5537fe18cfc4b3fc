"""The catalog in the window: loading, reloading after a change on disk, and the catalog panel.

The window is driven the way a user drives it (DESIGN.md §2, §5, §7; STYLE.md pattern 11): every
test builds a MainWindow on the shipped sample catalog (or a copy of it in tmp_path), with settings
in a temporary ini file, recovery files below tmp_path and the language "zh". Every modal question
goes through a DialogGuard (tests/gui_helpers.py): a question the test did not prepare an answer
for fails the test. Assertions are on the document (solution, evaluation, undo stack), never on
pixels, except for the `--screenshot` check.
"""

from __future__ import annotations

import gc
import json
import subprocess
import sys

import pytest
from gui_helpers import (
    SCENARIO,
    add_from_catalog,
    catalog_rows,
    choose,
    ids,
    refuse_writes_in,
    shown_capabilities,
    type_text,
    write_solution,
)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from configurator.core.catalog_load import load_catalog
from configurator.core.catalog_search import CapabilityQuery, search
from configurator.core.resolve import add_item, from_scenario
from configurator.core.solution_file import to_text
from configurator.paths import catalog_dir
from configurator.ui.launch import parse, start
from configurator.ui.main_window import MainWindow
from configurator.ui.recovery import RecoveryStore

CTRL = Qt.KeyboardModifier.ControlModifier

# The offscreen platform plugin warns when a shown window with docks propagates size hints;
# that is the headless test platform speaking, not the app.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")


# --------------------------------------------------------------------------- catalog reload


def test_reloading_a_broken_catalog_keeps_the_old_one(make_window, catalog_copy, dialogs, qtbot):
    window = make_window(load_catalog(catalog_copy).catalog)
    old = window.document.catalog
    (catalog_copy / "capabilities" / "ai.yaml").write_text("capabilities:\n  - id: [ai-asr\n", encoding="utf-8")
    dialogs.answer("show_findings", None)

    with qtbot.waitSignal(window.catalogs.sig_catalog_loaded, timeout=30_000):
        window.a_reload.trigger()

    [(_, _, _, shown)] = dialogs.called("show_findings")
    assert any(f.severity.value == "error" and f.file and "ai.yaml" in f.file for f in shown)
    assert window.document.catalog is old
    assert "ai-digital-human" in shown_capabilities(window.catalog_panel)


def test_a_catalog_change_on_disk_is_noticed_and_reloaded(make_window, catalog_copy, qtbot, dialogs):
    window = make_window(load_catalog(catalog_copy).catalog)
    dialogs.answer("drift", "later")  # a capability of the solution is renamed: the drift report tells it
    add_from_catalog(qtbot, window.catalog_panel, "ai-asr")
    ai = catalog_copy / "capabilities" / "ai.yaml"
    text = ai.read_text(encoding="utf-8")
    assert text.count("zh: 语音识别 ASR}") == 1

    with qtbot.waitSignal(window.catalogs.watcher.sig_changed_on_disk, timeout=5000):
        ai.write_text(text.replace("zh: 语音识别 ASR}", "zh: 智能语音识别}"), encoding="utf-8")
    assert window.catalogs.banner.isVisible()

    with qtbot.waitSignal(window.catalogs.sig_catalog_loaded, timeout=30_000):
        qtbot.mouseClick(window.catalogs.banner.reload_button, Qt.MouseButton.LeftButton)  # "Reload catalog"

    assert window.document.catalog.capabilities["ai-asr"].name.zh == "智能语音识别"
    [(_, report, _, _)] = dialogs.called("drift")
    assert [(c.capability, [f.field for f in c.fields]) for c in report.capabilities] == [("ai-asr", ["name"])]
    assert report.baseline is not None and not report.options[0].lines  # the catalog before the reload: no price moved
    assert not window.catalogs.banner.isVisible()
    assert window.scene.nodes["ai-asr"].look.title == "智能语音识别"
    assert window.document.solution.item("ai-asr").explicit
    type_text(qtbot, window.catalog_panel.search, "智能语音识别")
    assert shown_capabilities(window.catalog_panel) == {"ai-asr"}


def test_a_reload_shows_its_progress_and_keeps_the_window_usable(window, qtbot, monkeypatch, tmp_path):
    monkeypatch.setenv("CONFIGURATOR_HOME", str(tmp_path / "home"))  # a cold cache: the load runs, with progress
    edits = window.undo_stack.count()
    progress: list[tuple[int, int]] = []
    job = window.catalogs.reload()
    job.sig_progress.connect(lambda done, total: progress.append((done, total)))
    assert window.catalogs.load_bar.isVisible() and not window.a_reload.isEnabled()
    assert window.menuBar().isEnabled() and window.centralWidget().isEnabled() and window.docks["bom"].isEnabled()
    assert window.catalogs.reload() is job  # the banner asking again joins the running load
    window.editor.add("ai-asr")  # editing goes on meanwhile
    with qtbot.waitSignal(window.catalogs.sig_catalog_loaded, timeout=30_000) as loaded:
        pass
    [result] = loaded.args
    assert window.document.catalog is result.catalog
    assert window.document.solution.item("ai-asr").explicit and window.undo_stack.count() == edits + 1
    assert not window.catalogs.load_bar.isVisible() and window.a_reload.isEnabled()
    files = len(list(catalog_dir().rglob("*.yaml")))
    assert progress and progress[-1] == (files + 1, files + 1)
    assert [done for done, _ in progress] == sorted(done for done, _ in progress)


def _unreadable_catalog(*args, **kwargs):
    raise PermissionError(13, "Permission denied")


def test_a_reload_that_cannot_read_the_catalog_says_so_and_keeps_the_old_one(window, qtbot, dialogs, monkeypatch):
    old = window.document.catalog
    monkeypatch.setattr("configurator.ui.catalog_controller.load_catalog", _unreadable_catalog)
    monkeypatch.setattr("configurator.ui.catalog_controller.from_cache", lambda root: None)  # files unreadable: no key
    dialogs.answer("show_error", None)
    job = window.catalogs.reload()
    with qtbot.waitSignal(job.sig_failed, timeout=30_000) as failed:
        pass
    assert failed.args == ["Permission denied"]
    [(_, title, message)] = dialogs.called("show_error")
    assert "Permission denied" in message
    assert window.document.catalog is old
    assert window.a_reload.isEnabled() and not window.catalogs.load_bar.isVisible()


@pytest.fixture
def launched(settings, qtbot, monkeypatch, tmp_path):
    """Start the app as `configurator` does (without entering the event loop)."""
    monkeypatch.setenv("CONFIGURATOR_HOME", str(tmp_path / "home"))

    def launch_with(*argv: str) -> tuple[MainWindow, object]:
        _, window, job = start(parse(["--lang", "zh", *argv]), settings)
        qtbot.addWidget(window)
        return window, job

    yield launch_with
    gc.unfreeze()  # the launcher exempts what is alive once the catalog is in; give it back


def test_the_window_shows_at_once_and_the_catalog_loads_behind_it(launched, qtbot):
    exempt = gc.get_freeze_count()
    window, job = launched()
    assert window.isVisible() and not window.menuBar().isEnabled() and not window.docks["catalog"].isEnabled()
    triggered = []
    for action in (window.a_reload, window.a_find, window.a_open):
        action.triggered.connect(lambda *_, a=action: triggered.append(a))
    for key, modifier in ((Qt.Key.Key_F5, Qt.KeyboardModifier.NoModifier), (Qt.Key.Key_F, CTRL), (Qt.Key.Key_O, CTRL)):
        qtbot.keyClick(window, key, modifier)
    assert triggered == []  # no shortcut acts on the stand-in catalog
    assert window.document.catalog.capabilities == {}
    with qtbot.waitSignal(job.sig_finished, timeout=30_000):
        pass
    assert window.menuBar().isEnabled() and window.docks["catalog"].isEnabled()
    catalog = window.document.catalog
    assert catalog.root == catalog_dir() and len(catalog.capabilities) == len(
        load_catalog(catalog_dir()).catalog.capabilities
    )
    assert window.document.solution.catalog_id == catalog.id and window.document.solution.items == ()
    assert window.document.evaluation.findings == () and not window.files.modified
    assert "ai-asr" in shown_capabilities(window.catalog_panel)
    assert gc.get_freeze_count() > exempt + len(catalog.capabilities)  # the catalog is left out of full collections
    qtbot.keyClick(window, Qt.Key.Key_F, CTRL)
    assert triggered == [window.a_find]  # and the shortcuts work once the catalog is in


def test_a_solution_named_at_start_opens_once_the_catalog_is_in(launched, tmp_path, qtbot, sample):
    path = tmp_path / "方案.yaml"
    path.write_text(to_text(from_scenario(sample, SCENARIO, "供应链金融").solution), encoding="utf-8")
    window, job = launched(str(path))
    with qtbot.waitSignal(job.sig_finished, timeout=30_000):
        pass
    assert window.document.path == path and window.document.solution.name == "供应链金融"
    assert window.scene.nodes.keys() == ids(window.document.solution)


def test_work_left_by_a_crashed_session_is_offered_once_the_catalog_is_in(launched, qtbot, sample, dialogs, tmp_path):
    edited = add_item(sample, from_scenario(sample, SCENARIO, "崩溃前的方案").solution, "ai-digital-human").solution
    orphan = RecoveryStore(tmp_path / "home" / "recovery")
    orphan.save(to_text(edited), None)
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    orphan.meta.write_text(json.dumps({"pid": int(gone.stdout), "original": None}), encoding="utf-8")
    dialogs.answer("ask_restore", True)
    window, job = launched()
    assert dialogs.called("ask_restore") == []  # not over the stand-in catalog
    with qtbot.waitSignal(job.sig_finished, timeout=30_000):
        pass
    assert [args[1] for args in dialogs.called("ask_restore")] == [None]
    assert window.document.solution == edited and window.files.modified
    assert not orphan.file.exists()
    dialogs.answer("ask_unsaved", "discard")  # pytest-qt closes the window after the test


@pytest.mark.parametrize("blocked", ["a regular file", "not writable"])
def test_the_app_works_without_recovery_when_its_folder_cannot_be_used(
    launched, qtbot, dialogs, sample, tmp_path, monkeypatch, blocked
):
    folder = tmp_path / "home" / "recovery"
    folder.parent.mkdir()
    if blocked == "a regular file":
        folder.write_text("not a folder", encoding="utf-8")
    else:
        folder.mkdir()
        refuse_writes_in(monkeypatch, folder)
    path = write_solution(
        tmp_path / "s.yaml", sample, "  - {capability: comm-trtc, mode: PUB, quantity: 1, origin: explicit}\n"
    )
    window, job = launched(str(path))
    messages: list[str] = []
    window.statusBar().messageChanged.connect(messages.append)
    with qtbot.waitSignal(job.sig_finished, timeout=30_000):
        pass
    assert window.menuBar().isEnabled() and window.docks["catalog"].isEnabled()
    assert window.document.path == path
    window.editor.add("ai-asr")
    window.files.autosave()
    assert window.files.modified
    warnings = [m for m in messages if str(folder) in m]
    assert len(warnings) == 1, messages  # said once, however often recovery failed

    dialogs.answer("ask_unsaved", "discard")
    assert window.close() and not window.isVisible()


def test_a_broken_catalog_at_start_is_explained_and_the_app_exits(
    launched, qtbot, monkeypatch, catalog_copy, dialogs, capsys
):
    (catalog_copy / "capabilities" / "ai.yaml").write_text("capabilities:\n  - id: [ai-asr\n", encoding="utf-8")
    exits: list[int] = []
    monkeypatch.setattr(QApplication, "exit", staticmethod(lambda code=0: exits.append(code)))
    dialogs.answer("show_findings", None)
    window, job = launched("--catalog", str(catalog_copy))
    with qtbot.waitSignal(job.sig_finished, timeout=30_000):
        pass
    assert exits == [1]
    [(_, title, message, shown)] = dialogs.called("show_findings")
    [syntax] = [f for f in shown if f.code == "YAML-SYNTAX-001"]
    assert (syntax.file, syntax.line) == ("capabilities/ai.yaml", 2)  # the end, where the parser gave up
    assert "capabilities/ai.yaml:2:16: error YAML-SYNTAX-001" in capsys.readouterr().err


def test_a_catalog_that_cannot_be_read_at_start_is_explained_and_the_app_exits(
    launched, qtbot, monkeypatch, dialogs, capsys
):
    monkeypatch.setattr("configurator.ui.catalog_controller.load_catalog", _unreadable_catalog)
    exits: list[int] = []
    monkeypatch.setattr(QApplication, "exit", staticmethod(lambda code=0: exits.append(code)))
    dialogs.answer("show_error", None)
    window, job = launched()
    with qtbot.waitSignal(job.sig_failed, timeout=30_000):
        pass
    assert exits == [2]
    [(_, title, message)] = dialogs.called("show_error")
    assert "Permission denied" in message
    assert "the catalog could not be read: Permission denied" in capsys.readouterr().err


def test_closing_the_window_while_the_catalog_loads_cancels_the_load(launched, qtbot):
    window, job = launched()
    with qtbot.waitSignal(job.sig_cancelled, timeout=30_000):
        window.close()
    assert not job.running() and not window.isVisible()


# --------------------------------------------------------------------------- catalog panel


@pytest.mark.parametrize(
    "text, expected",
    [
        ("数智人", {"ai-digital-human"}),  # Chinese name
        ("cloud data warehouse", {"data-warehouse-olap"}),  # English name, any case
        ("ai-digital-human", {"ai-digital-human"}),  # id
        ("biometrics", {"ai-faceid-ekyc"}),  # tag
    ],
)
def test_catalog_search_by_name_id_and_tag(window, qtbot, text, expected):
    type_text(qtbot, window.catalog_panel.search, text)
    assert shown_capabilities(window.catalog_panel) == expected


def test_catalog_filters_narrow_the_rows(window, qtbot, sample):
    panel, caps = window.catalog_panel, sample.capabilities.values()
    assert shown_capabilities(panel) == set(sample.capabilities)
    facets = [
        (panel.category, "ai", {c.id for c in caps if c.category == "ai"}),
        (panel.deliverer, True, {c.id for c in caps if c.partner_delivered}),
        (panel.xinchuang, "certified", {c.id for c in caps if c.xinchuang.level == "certified"}),
        (panel.mode, "HYB", {c.id for c in caps if "HYB" in c.modes}),
    ]
    for combo, value, expected in facets:
        choose(qtbot, combo, value)
        assert expected and shown_capabilities(panel) == expected < set(sample.capabilities)
        choose(qtbot, combo, None)
        assert shown_capabilities(panel) == set(sample.capabilities)

    choose(qtbot, panel.category, "iaas")
    choose(qtbot, panel.mode, "HYB")
    both = {c.id for c in caps if c.category == "iaas" and "HYB" in c.modes}
    assert shown_capabilities(panel) == both
    assert both < {c.id for c in caps if c.category == "iaas"}
    qtbot.keyClicks(panel.search, "network")
    assert shown_capabilities(panel) == {
        c
        for c in both
        if "network" in " ".join([c, sample.capabilities[c].name.en, *sample.capabilities[c].tags]).lower()
    }
    assert catalog_rows(panel)  # still something to add


@pytest.mark.parametrize("text", ["数据库", "cloud storage", "(.*", ""])
def test_the_catalog_panel_shows_what_configurator_search_finds(window, qtbot, sample, text):
    panel = window.catalog_panel
    choose(qtbot, panel.mode, "PRV")
    type_text(qtbot, panel.search, text)
    assert shown_capabilities(panel) == {c.id for c in search(sample, CapabilityQuery(text, mode="PRV"))}


def test_the_catalog_panel_follows_the_documents_catalog(window, make_catalog):
    window.document.set_catalog(load_catalog(make_catalog()).catalog)
    assert shown_capabilities(window.catalog_panel) == {"net", "db", "app", "impl"}


def test_a_catalog_the_cache_holds_comes_in_without_a_worker_thread(window, qtbot, monkeypatch, tmp_path):
    monkeypatch.setenv("CONFIGURATOR_HOME", str(tmp_path / "home"))  # an empty cache of this test's own
    cold = window.catalogs.reload()
    assert not cold.paints  # nothing cached yet: the loader runs in a worker thread
    with qtbot.waitSignal(cold.sig_finished, timeout=30_000) as loaded:
        pass
    [first] = loaded.args
    warm = window.catalogs.reload()
    assert warm.paints  # a hit is in already: delivered from the GUI thread, no worker to poll
    with qtbot.waitSignal(warm.sig_finished, timeout=30_000) as loaded:
        pass
    [second] = loaded.args
    assert window.document.catalog is second.catalog and second.catalog is not first.catalog
    assert second.catalog.digest == first.catalog.digest and second.findings == first.findings
