"""Files in the window: open, save, prompts, recent files, autosave and recovery, the command line.

The window is driven the way a user drives it (DESIGN.md §2, §5, §7; STYLE.md pattern 11): every
test builds a MainWindow on the shipped sample catalog (or a copy of it in tmp_path), with settings
in a temporary ini file, recovery files below tmp_path and the language "zh". Every modal question
goes through a DialogGuard (tests/gui_helpers.py): a question the test did not prepare an answer
for fails the test. Assertions are on the document (solution, evaluation, undo stack), never on
pixels, except for the `--screenshot` check.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from gui_helpers import (
    SCENARIO,
    add_from_catalog,
    click_node,
    open_file,
    retype,
    snapshot,
)
from PySide6.QtGui import QCloseEvent

from configurator.core.resolve import add_item, from_scenario
from configurator.core.solution_file import load_solution, parse_solution, to_text
from configurator.ui.launch import offer_recovery
from configurator.ui.recovery import RecoveryStore

ROOT = Path(__file__).resolve().parents[2]
TIMEOUT = 60  # seconds; a hang guard for the crash subprocess, not a performance assertion

# The offscreen platform plugin warns when a shown window with docks propagates size hints;
# that is the headless test platform speaking, not the app.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")


# --------------------------------------------------------------------------- files


def test_save_and_reopen_give_the_same_solution(scenario_window, make_window, qtbot, dialogs, sample, tmp_path):
    window = scenario_window
    add_from_catalog(qtbot, window.catalog_panel, "ai-digital-human")
    click_node(qtbot, window, "esign")
    retype(qtbot, window.inspector.quantity, "20000")
    assert window.isWindowModified() and "[*]" in window.windowTitle()

    target = tmp_path / "saved.yaml"
    dialogs.answer("ask_save_path", target)
    window.a_save.trigger()
    assert target.is_file()
    assert not window.isWindowModified()
    assert "saved.yaml" in window.windowTitle()
    saved = snapshot(window.document.solution)

    retype(qtbot, window.inspector.quantity, "30000")
    assert window.isWindowModified()
    window.a_save.trigger()  # the file has a name now: saved there without asking again
    assert len(dialogs.called("ask_save_path")) == 1
    assert not window.isWindowModified()
    saved = snapshot(window.document.solution)

    other = make_window(sample)
    open_file(other, dialogs, target)
    assert snapshot(other.document.solution) == saved
    assert other.document.path == target and not other.isWindowModified()


@pytest.mark.parametrize("fmt", ["yaml", "json", "csv"])
def test_the_bom_exports_from_the_file_menu_as_the_cli_writes_it(scenario_window, dialogs, tmp_path, fmt):
    import importlib

    window = scenario_window
    dialogs.answer("ask_save_path", tmp_path / "bom")  # the suffix is added when left out
    window.a_exports[fmt].trigger()
    written = tmp_path / f"bom.{fmt}"
    writer = importlib.import_module(f"configurator.export.{fmt}_bom")
    assert written.read_bytes() == writer.render(window.document.evaluation, window.lang)
    assert window.statusBar().currentMessage() == f"Exported {written}"
    assert sorted(p.name for p in tmp_path.iterdir()) == [written.name]


def test_a_bom_export_to_a_missing_folder_shows_an_error(scenario_window, dialogs, tmp_path):
    out = tmp_path / "missing" / "bom.csv"
    dialogs.answer("ask_save_path", out)
    dialogs.answer("show_error", None)
    scenario_window.a_exports["csv"].trigger()
    [(_, _, message)] = dialogs.called("show_error")
    assert str(out) in message and not out.parent.exists()


def test_closing_with_unsaved_changes_asks_first(scenario_window, qtbot, dialogs):
    window = scenario_window
    add_from_catalog(qtbot, window.catalog_panel, "comm-trtc")
    edited = snapshot(window.document.solution)

    dialogs.answer("ask_unsaved", "cancel")
    assert not window.close()
    assert window.isVisible()
    event = QCloseEvent()
    window.closeEvent(event)
    assert not event.isAccepted()
    assert len(dialogs.called("ask_unsaved")) == 2
    assert snapshot(window.document.solution) == edited and window.isWindowModified()

    dialogs.answer("ask_unsaved", "discard")
    assert window.close()
    assert not window.isVisible()


def test_a_solution_from_a_template_is_unsaved_work(scenario_window, dialogs):
    window = scenario_window
    assert window.files.modified and window.isWindowModified() and not window.a_undo.isEnabled()
    dialogs.answer("ask_unsaved", "cancel")
    window.a_quit.trigger()  # Ctrl+Q
    assert window.isVisible() and len(dialogs.called("ask_unsaved")) == 1


def test_closing_without_changes_does_not_ask(window, dialogs):
    assert window.close()
    assert not dialogs.called("ask_unsaved")


def test_opening_a_broken_file_shows_findings_and_keeps_the_solution(scenario_window, dialogs, tmp_path):
    window = scenario_window
    broken = tmp_path / "broken.yaml"
    broken.write_text("format: solution/1\nname: [unclosed\nitems:\n", encoding="utf-8")
    before, count = snapshot(window.document.solution), window.undo_stack.count()
    dialogs.answer("show_findings", None)
    dialogs.answer("ask_unsaved", "discard")  # the template is unsaved work

    open_file(window, dialogs, broken)

    [(parent, title, intro, shown)] = dialogs.called("show_findings")
    assert parent is window and shown
    assert all(f.severity.value == "error" for f in shown)
    assert snapshot(window.document.solution) == before
    assert window.document.path is None and window.undo_stack.count() == count


def test_autosave_writes_a_recovery_file_that_a_clean_save_removes(scenario_window, qtbot, dialogs, tmp_path):
    window = scenario_window
    recovery = window.files.recovery
    add_from_catalog(qtbot, window.catalog_panel, "comm-trtc")
    window.files.autosave()
    assert recovery.file.is_file()
    recovered = parse_solution(recovery.file.read_text(encoding="utf-8"), "r")[0]
    assert recovered == window.document.solution
    assert json.loads(recovery.meta.read_text(encoding="utf-8"))["pid"] == os.getpid()

    dialogs.answer("ask_save_path", tmp_path / "clean.yaml")
    window.a_save.trigger()
    assert not recovery.file.exists() and not recovery.meta.exists()
    window.files.autosave()  # nothing unsaved: nothing to recover
    assert not recovery.file.exists()


CRASH_SCRIPT = textwrap.dedent("""\
    import os, sys
    from PySide6.QtWidgets import QApplication
    from configurator.core.catalog_load import load_catalog
    from configurator.core.solution_file import to_text
    from configurator.paths import catalog_dir
    from configurator.drawing.fonts import install_app_font
    from configurator.ui.main_window import MainWindow
    from configurator.ui.recovery import RecoveryStore
    from configurator.ui.settings import Settings, app_home

    scenario, capability = sys.argv[1:3]
    app = QApplication(sys.argv[:1])
    install_app_font(app)
    window = MainWindow(load_catalog(catalog_dir()).catalog, Settings(),
                        RecoveryStore(app_home() / "recovery"), "zh")
    window.files.new(scenario, "zh")
    window.editor.add(capability)
    window.selection.select("sol-scf-platform")
    window.inspector.quantity.setValue(4)
    window.files.autosave()
    sys.stdout.write(to_text(window.document.solution))
    sys.stdout.flush()
    os._exit(1)  # a crash: no clean close, the recovery file stays behind
""")


def test_a_crashed_session_is_offered_back_at_the_next_start(window, dialogs, sample, tmp_path):
    home = tmp_path / "home"
    env = {
        **os.environ,
        "CONFIGURATOR_HOME": str(home),
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONIOENCODING": "utf-8",
        "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
    }
    run = subprocess.run(
        [sys.executable, "-c", CRASH_SCRIPT, SCENARIO, "ai-digital-human"],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=TIMEOUT,
    )
    assert run.returncode == 1, run.stderr
    edited = parse_solution(run.stdout, "edited.yaml")[0]
    template = from_scenario(sample, SCENARIO, sample.scenarios[SCENARIO].name.zh).solution
    expected = add_item(sample, template, "ai-digital-human").solution
    expected = expected.replace_item("sol-scf-platform", quantity=4)
    assert edited == expected

    store = RecoveryStore(home / "recovery")
    [orphan] = store.orphans()
    assert orphan.original is None

    dialogs.answer("ask_restore", True)
    offer_recovery(window, store)

    assert [args[1] for args in dialogs.called("ask_restore")] == [None]
    assert window.document.solution == edited
    assert window.files.modified and window.isWindowModified()
    assert store.orphans() == []  # offered once, then forgotten


def crashed_store(folder: Path, text: str, original: Path | None) -> RecoveryStore:
    """The recovery files a crashed session left: its process is gone."""
    store = RecoveryStore(folder)
    store.save(text, original)
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    store.meta.write_text(json.dumps({"pid": gone.pid, "original": str(original) if original else None}), "utf-8")
    return store


def test_recovered_work_that_cannot_be_read_is_kept_and_the_reason_shown(window, dialogs, tmp_path):
    store = crashed_store(tmp_path / "crashed", "items: [\n  - {capability: ai-asr\n", None)
    before = snapshot(window.document.solution)
    dialogs.answer("ask_restore", True)
    dialogs.answer("show_findings", None)

    offer_recovery(window, store)

    [(_, title, intro, shown)] = dialogs.called("show_findings")
    assert str(store.file) in intro and [f.code for f in shown] == ["YAML-SYNTAX-001"]
    assert [o.file for o in store.orphans()] == [store.file]  # kept, to be offered again
    assert snapshot(window.document.solution) == before and not window.files.modified


def test_recovered_work_is_an_unsaved_document_that_never_replaces_the_original(
    window, qtbot, dialogs, sample, tmp_path
):
    original = tmp_path / "十三项.yaml"
    full = to_text(from_scenario(sample, SCENARIO, "十三项").solution)
    original.write_text(full, encoding="utf-8")
    kept = original.read_bytes()
    cut = full[: full.index("bc-receivables-circulation") + 40]  # a recovery file cut short by the crash
    cut_solution, cut_findings = parse_solution(cut, "cut.yaml")
    assert cut_findings and len(cut_solution.items) == 2
    store = crashed_store(tmp_path / "crashed", cut, original)
    dialogs.answer("ask_restore", True)

    offer_recovery(window, store)

    assert window.document.path is None and window.files.modified and window.isWindowModified()
    assert window.document.solution == cut_solution
    shown = [(f.code, f.message) for f in window.findings_panel.model.findings]
    assert all((f.code, f.message) in shown for f in cut_findings)  # its findings are not hidden
    assert original.name in window.windowTitle() and str(original) in window.statusBar().currentMessage()
    dialogs.answer("ask_save_path", None)  # Save asks where; the user cancels
    window.a_save.trigger()
    assert [args[1] for args in dialogs.called("ask_save_path")] == [str(original)]
    assert original.read_bytes() == kept and window.files.modified
    dialogs.answer("ask_save_path", tmp_path / "recovered.yaml")
    window.a_save.trigger()
    assert original.read_bytes() == kept
    assert load_solution(tmp_path / "recovered.yaml")[0] == cut_solution and not window.files.modified
    assert original.name not in window.windowTitle()


def test_recovered_work_priced_on_another_catalog_gets_the_drift_report(window, dialogs, sample, tmp_path):
    text = to_text(from_scenario(sample, SCENARIO, "旧目录").solution)
    assert text.count("version: '2026.11'") == 1
    older = re.sub(r"\n  digest: .*", "", text.replace("version: '2026.11'", "version: '2026.05'"))  # as before digests
    store = crashed_store(tmp_path / "crashed", older, None)
    dialogs.answer("ask_restore", True)
    dialogs.answer("drift", "later")
    offer_recovery(window, store)
    [(_, report, _, _)] = dialogs.called("drift")
    assert report.old.version == "2026.05" and report.baseline is None  # no revision: prices cannot be kept
    assert window.document.deal.first.catalog_version == "2026.05" and window.files.modified  # nothing changed


def test_restored_work_keeps_its_old_recovery_file_until_this_session_has_saved_its_own(
    window, dialogs, sample, tmp_path, monkeypatch
):
    store = crashed_store(tmp_path / "crashed", to_text(from_scenario(sample, SCENARIO, "x").solution), None)
    [orphan] = store.orphans()
    # Patched on the class: an instance attribute holding the store's own bound method would be
    # a reference cycle, and a window freed later by the garbage collector in a worker thread
    # disables its file watcher's socket notifier from the wrong thread.
    disk = {"full": True}
    real_save = RecoveryStore.save
    monkeypatch.setattr(
        RecoveryStore, "save", lambda self, text, original: not disk["full"] and real_save(self, text, original)
    )
    dialogs.answer("ask_restore", True)

    offer_recovery(window, store)

    assert window.files.modified and orphan.file.exists()  # the only copy on disk is still there
    disk["full"] = False  # the disk has room again
    assert window.files.autosave() and window.files.recovery.file.exists()


def test_stale_temporary_files_of_crashed_autosaves_are_removed(tmp_path):
    folder = tmp_path / "recovery"
    folder.mkdir()
    an_hour_ago = time.time() - 3600
    stale = folder / ".recovery-0123456789ab.yaml.abcd1234.tmp"
    fresh = folder / ".recovery-ba9876543210.json.efgh5678.tmp"
    for path in (stale, fresh):
        path.write_bytes(b"half an autosave")
    os.utime(stale, (an_hour_ago, an_hour_ago))

    RecoveryStore(folder).orphans()

    assert not stale.exists() and fresh.exists()  # a fresh one may be a running session's


def test_a_save_removes_the_temporary_files_killed_saves_left(scenario_window, dialogs, tmp_path):
    target = tmp_path / "s.yaml"
    an_hour_ago = time.time() - 3600

    def temp(name: str, old: bool = True) -> Path:
        path = tmp_path / name
        path.write_bytes(b"half a save")
        if old:
            os.utime(path, (an_hour_ago, an_hour_ago))
        return path

    stale = [temp(".s.yaml.abcd1234.tmp"), temp(".s.yaml.zz_9x0yq.tmp")]
    kept = [
        temp(".s.yaml.k3j4h5g6.tmp", old=False),  # a save in another window, writing right now
        temp(".other.yaml.abcd1234.tmp"),  # another file's
        temp(".s.yaml.my notes.tmp"),  # not a name our saves give
    ]
    dialogs.answer("ask_save_path", target)
    scenario_window.a_save.trigger()
    assert load_solution(target)[0] == scenario_window.document.solution
    assert not any(p.exists() for p in stale) and all(p.exists() for p in kept)


def test_the_workbook_exports_from_the_file_menu_with_the_bom_s_figures(scenario_window, dialogs, tmp_path):
    from openpyxl import load_workbook

    window = scenario_window
    dialogs.answer("ask_save_path", tmp_path / "quote")
    window.a_exports["xlsx"].trigger()
    book = load_workbook(tmp_path / "quote.xlsx", data_only=True)  # the cached values, as a viewer shows them
    values = [cell for row in book.worksheets[1].iter_rows(values_only=True) for cell in row]
    assert window.document.evaluation.bom.totals.first_year in values
    assert sorted(p.name for p in tmp_path.iterdir()) == ["quote.xlsx"]


def test_the_briefing_deck_exports_in_the_background(scenario_window, dialogs, qtbot, tmp_path):
    from pptx import Presentation

    window = scenario_window
    dialogs.answer("ask_author", "Ann")
    dialogs.answer("ask_save_path", tmp_path / "brief")
    job = window.exports.deck()
    with qtbot.waitSignal(job.sig_finished, timeout=60_000):
        pass
    deck = Presentation(str(tmp_path / "brief.pptx"))
    texts = [shape.text_frame.text for slide in deck.slides for shape in slide.shapes if shape.has_text_frame]
    assert len(deck.slides) >= 6 and any(window.document.solution.name in t for t in texts)
    assert any("Ann" in t for t in texts)
