"""Revisions and catalog drift in the window (issue 17): File → Save revision…, the revisions
list with its read-only view, restoring one (undoable), comparing with one and its PDF page,
and the drift report when a solution priced on another catalog is opened: re-price or keep
the old prices, each one undo step, nothing lost either way."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

from configurator.core.catalog_load import load_catalog
from configurator.core.revisions import load_history
from configurator.core.solution_file import load_deal, to_data
from configurator.ui.launch import launch
from configurator.ui.revision_dialogs import DriftDialog

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")

PRICE = "PRV: {price_model: LIC, unit: licence, billing: once, list_price: 3000000, lead_weeks: 24}"
REQUIRES = "requires: [bc-receivables-circulation, api-gateway, db-tdsql-distributed]"


@pytest.fixture
def saved(scenario_window, dialogs, tmp_path):
    """The supply-chain-finance scenario saved as deal.yaml with revision 1."""
    window = scenario_window
    path = tmp_path / "deal.yaml"
    dialogs.answer("ask_save_path", path)
    dialogs.answer("ask_revision", ("张三", "首轮报价"))
    revision = window.revisions.save_revision()
    assert revision is not None and revision.number == 1
    return window, path


@pytest.fixture
def next_release(catalog_copy):
    """The next catalog: the platform dearer (3,000,000 → 3,300,000) and needing IM."""
    meta, solutions = catalog_copy / "catalog.yaml", catalog_copy / "capabilities" / "solutions.yaml"
    meta.write_text(meta.read_text(encoding="utf-8").replace('"2026.11"', '"2026.12"'), encoding="utf-8")
    text = solutions.read_text(encoding="utf-8")
    assert text.count(PRICE) == 1 and text.count(REQUIRES) == 1
    text = text.replace(PRICE, PRICE.replace("3000000", "3300000")).replace(REQUIRES, REQUIRES[:-1] + ", comm-im]")
    solutions.write_text(text, encoding="utf-8")
    result = load_catalog(catalog_copy)
    assert result.catalog is not None and result.catalog.version == "2026.12"
    return result.catalog


def test_save_revision_saves_the_file_first_and_remembers_the_author(saved, settings):
    window, path = saved
    assert path.is_file() and not window.isWindowModified()
    [revision] = load_history(path).revisions
    assert (revision.number, revision.author, revision.note) == (1, "张三", "首轮报价")
    assert to_data(revision.deal) == to_data(window.document.deal)
    assert revision.pin.digest == window.document.catalog.digest
    assert settings.get("document/author") == "张三"
    assert window.a_revisions.isEnabled() and window.a_compare_revision.isEnabled()
    assert "1" in window.statusBar().currentMessage()


def test_a_cancelled_revision_writes_nothing(scenario_window, dialogs, tmp_path):
    path = tmp_path / "deal.yaml"
    dialogs.answer("ask_save_path", path)
    dialogs.answer("ask_revision", None)
    assert scenario_window.revisions.save_revision() is None
    assert path.is_file() and not (tmp_path / "deal.revisions.yaml").exists()


def test_a_broken_revisions_file_is_never_overwritten(saved, dialogs):
    window, path = saved
    side = path.with_name("deal.revisions.yaml")
    side.write_text("format: revisions/1\nrevisions: [oops\n", encoding="utf-8")
    before = side.read_bytes()
    dialogs.answer("show_findings", None)
    assert window.revisions.save_revision() is None
    [(_, title, intro, findings)] = dialogs.called("show_findings")
    assert "deal.revisions.yaml" in intro and findings and findings[0].file == str(side)
    assert side.read_bytes() == before


def test_the_revisions_list_shows_each_read_only_and_restores_one_as_one_undo_step(saved, qtbot):
    window, path = saved
    before = to_data(window.document.deal)
    window.editor.add("comm-im")
    edited = to_data(window.document.deal)
    assert edited != before
    window.a_revisions.trigger()
    dialog = window.revisions.dialog
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 2).text() == "张三"
    shown = dialog.preview.toPlainText()
    assert "修订 1" in shown or "Revision 1" in shown
    assert "供应链金融平台" in shown and "comm-im" not in shown and "即时通信" not in shown  # as it was saved
    steps = window.undo_stack.count()
    dialog.buttons["restore"].click()
    assert to_data(window.document.deal) == before and window.undo_stack.count() == steps + 1
    window.undo_stack.undo()
    assert to_data(window.document.deal) == edited
    window.undo_stack.redo()
    assert to_data(window.document.deal) == before


def test_compare_with_revision_lists_the_changes_and_exports_them_in_the_pdf(saved, qtbot, dialogs, tmp_path):
    window, _ = saved
    window.editor.add("comm-im")
    window.a_compare_revision.trigger()
    dialog = window.revisions.changes_dialog
    [option] = dialog.changes.diff.options
    assert [(i.capability, i.status) for i in option.items] == [("comm-im", "added")]
    assert "即时通信" in dialog.browser.toPlainText()
    dialogs.answer("ask_author", "李四")
    dialogs.answer("ask_save_path", tmp_path / "changes.pdf")
    job = window.exports.pdf(changes=dialog.changes)
    with qtbot.waitSignal(job.sig_finished, timeout=60_000):
        pass
    text = "".join("".join((page.extract_text() or "").split()) for page in PdfReader(tmp_path / "changes.pdf").pages)
    assert "首轮报价" in text and "即时通信" in text  # the revision's note and the added line on the changes page


def test_a_revision_exports_as_the_pdf_it_was(saved, qtbot, dialogs, tmp_path):
    window, _ = saved
    window.editor.add("comm-im")
    window.a_revisions.trigger()
    dialogs.answer("ask_author", "李四")
    dialogs.answer("ask_save_path", tmp_path / "r1.pdf")
    window.revisions.dialog.buttons["pdf"].click()
    qtbot.waitUntil(lambda: (tmp_path / "r1.pdf").exists(), timeout=60_000)
    text = "".join("".join((page.extract_text() or "").split()) for page in PdfReader(tmp_path / "r1.pdf").pages)
    assert "即时通信" not in text and "供应链金融平台" in text


def test_opening_a_solution_priced_on_an_earlier_catalog_shows_the_drift_and_re_prices_in_one_step(
    saved, next_release, make_window, dialogs
):
    _, path = saved
    dialogs.answer("drift", "reprice")
    window = make_window(next_release, path)
    [(_, report, catalog, lang)] = dialogs.called("drift")
    assert catalog is next_release and lang == "zh"
    [line] = [line for line in report.options[0].lines if line.capability == "sol-scf-platform"]
    assert (line.old_price, line.new_price) == (3_000_000, 3_300_000)
    assert report.options[0].added == ("comm-im",)
    deal = window.document.deal
    assert deal.first.catalog_digest == next_release.digest and deal.first.item("comm-im") is not None
    assert window.undo_stack.count() == 1 and window.isWindowModified()
    platform = next(li for li in window.document.evaluation.bom.lines if li.capability == "sol-scf-platform")
    assert platform.list_price == 3_300_000 and not platform.priced_by
    window.undo_stack.undo()
    assert to_data(window.document.deal) == to_data(load_deal(path)[0])  # nothing lost


def test_keeping_the_old_prices_marks_the_lines_and_survives_a_save(saved, next_release, make_window, dialogs):
    _, path = saved
    dialogs.answer("drift", "keep")
    window = make_window(next_release, path)
    platform = next(li for li in window.document.evaluation.bom.lines if li.capability == "sol-scf-platform")
    assert platform.list_price == 3_000_000 and platform.priced_by == "fincloud-sample 2026.11"
    assert window.document.deal.first.item("comm-im") is None  # kept as it was
    assert window.undo_stack.count() == 1
    window.a_save.trigger()
    dialogs.calls.clear()
    again = make_window(next_release, path)  # priced on the new catalog now, with kept prices: no question
    assert dialogs.called("drift") == []
    line = next(li for li in again.document.evaluation.bom.lines if li.capability == "sol-scf-platform")
    assert (line.list_price, line.priced_by) == (3_000_000, "fincloud-sample 2026.11")
    window.undo_stack.undo()
    assert window.document.deal.first.kept_prices is None


def test_deciding_later_changes_nothing_and_catalog_drift_asks_again(saved, next_release, make_window, dialogs):
    _, path = saved
    dialogs.answer("drift", "later")
    window = make_window(next_release, path)
    assert window.undo_stack.count() == 0 and not window.isWindowModified()
    assert window.document.deal.first.catalog_version == "2026.11"
    window.a_drift.trigger()
    assert len(dialogs.called("drift")) == 2


def test_the_drift_dialog_without_a_revision_cannot_keep_prices(saved, next_release, qtbot):
    window, path = saved
    path.with_name("deal.revisions.yaml").unlink()
    from configurator.core.drift import drift

    report = drift(load_deal(path)[0], next_release)
    dialog = DriftDialog(None, report, next_release, "zh")
    qtbot.addWidget(dialog)
    assert not dialog.keep.isEnabled() and dialog.reprice.isEnabled()
    assert "comm-im" in dialog.browser.toPlainText()  # what resolving would add is known without prices


def test_the_screenshot_of_a_drifted_solution_asks_nothing(saved, next_release, tmp_path, settings, dialogs):
    _, path = saved
    shot = tmp_path / "shot.png"
    assert launch([str(path), "--catalog", str(next_release.root), "--screenshot", str(shot)], settings) == 0
    assert shot.is_file() and dialogs.called("drift") == []
