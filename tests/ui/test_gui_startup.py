"""What the start does once the catalog is in: only the solution the window shows is evaluated
and shown on it, not the stand-in the window held while the catalog loaded (issue 19: "ready")."""

from __future__ import annotations

import gc

import pytest

import configurator.ui.document
from configurator.ui.launch import parse, start

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")


@pytest.fixture
def started(settings, qtbot, monkeypatch, tmp_path):
    """The app started as `configurator` starts it, and each (catalog, solution) evaluated."""
    monkeypatch.setenv("CONFIGURATOR_HOME", str(tmp_path / "home"))
    evaluated = []
    evaluate = configurator.ui.document.evaluate

    def recorded(catalog, solution, *args):
        evaluated.append((catalog, solution))
        return evaluate(catalog, solution, *args)

    monkeypatch.setattr(configurator.ui.document, "evaluate", recorded)
    _, window, job = start(parse(["--lang", "zh"]), settings)
    qtbot.addWidget(window)
    yield window, job, evaluated
    gc.unfreeze()  # the launcher exempts what is alive once the catalog is in; give it back


def test_only_the_shown_solution_is_evaluated_and_shown_on_the_loaded_catalog(started, qtbot):
    window, job, evaluated = started
    refreshes = []
    window.document.sig_solution_changed.connect(lambda: refreshes.append(window.document.solution))
    with qtbot.waitSignal(job.sig_finished, timeout=30_000):
        pass
    catalog, shown = window.document.catalog, window.document.solution
    assert shown.catalog_id == catalog.id and not window.files.modified
    assert [solution for on, solution in evaluated if on is catalog] == [shown]
    assert refreshes == [shown]  # the views refresh once, for it


def test_a_reloaded_catalog_still_reevaluates_the_solution(started, qtbot):
    window, job, evaluated = started
    with qtbot.waitSignal(job.sig_finished, timeout=30_000):
        pass
    solution, refreshes = window.document.solution, []
    window.document.sig_solution_changed.connect(lambda: refreshes.append(window.document.solution))
    with qtbot.waitSignal(window.catalogs.reload().sig_finished, timeout=30_000):
        pass
    assert window.document.solution is solution and refreshes == [solution]
    assert evaluated[-1] == (window.document.catalog, solution)
