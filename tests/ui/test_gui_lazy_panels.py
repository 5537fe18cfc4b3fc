"""The panels whose docks start tabbed away (compliance, value, years, compare) are built when
first shown, and then show the current solution, also after edits made while they were hidden."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from configurator.ui.main_window import LAZY_PANELS

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")

ROOT = Path(__file__).resolve().parents[2]


def shows_current_solution(window, name: str) -> bool:
    """Whether the panel in dock `name` shows what the document's evaluation says now."""
    evaluation, catalog = window.document.evaluation, window.document.catalog
    items = {item.capability for item in window.document.solution.items}
    if name == "compliance":
        table = window.compliance_panel.table
        return table.rowCount() == len(evaluation.compliance.requirements) and all(
            table.item(row, 0).text() for row in range(table.rowCount())
        )
    if name == "years":
        model = window.years_panel.by_line
        shown = [model.index(row, 0).data() for row in range(model.rowCount() - 1)]  # the last: the total
        return shown == [catalog.capabilities[line.capability].name.get("zh") for line in evaluation.years.lines]
    if name == "value":
        drivers = {(r.driver.id, v.input.id) for r in evaluation.value.drivers for v in r.inputs}
        return set(window.value_panel.spins) == drivers
    view = window.compare_view
    return view.shown and {row.capability for row in view.comparison.rows} == items


def absent_capability(window) -> str:
    present = {item.capability for item in window.document.solution.items}
    return next(ident for ident in window.document.catalog.capabilities if ident not in present)


def test_the_tabbed_away_panels_are_not_built_at_start(scenario_window):
    assert all(scenario_window.docks[name].widget() is None for name in LAZY_PANELS)
    assert scenario_window.status_compliance.text()  # the status bar's indicator needs no panel


@pytest.mark.parametrize("name", LAZY_PANELS)
def test_a_panel_shows_the_current_solution_when_first_raised(scenario_window, name):
    scenario_window.docks[name].raise_()
    assert scenario_window.docks[name].widget() is not None
    assert shows_current_solution(scenario_window, name)


@pytest.mark.parametrize("name", LAZY_PANELS)
def test_a_panel_first_raised_after_an_edit_shows_the_edited_solution(scenario_window, name):
    scenario_window.editor.add(absent_capability(scenario_window))
    scenario_window.docks[name].raise_()
    assert shows_current_solution(scenario_window, name)


@pytest.mark.parametrize("name", LAZY_PANELS)
def test_a_built_panel_shows_an_edit_made_while_it_was_hidden(scenario_window, name):
    scenario_window.docks[name].raise_()
    scenario_window.docks["bom"].raise_()
    scenario_window.editor.add(absent_capability(scenario_window))
    scenario_window.undo_stack.undo()
    scenario_window.editor.add(absent_capability(scenario_window))
    scenario_window.docks[name].raise_()
    assert shows_current_solution(scenario_window, name)


def test_a_panel_built_after_a_language_switch_speaks_that_language(scenario_window):
    scenario_window.set_language("en")
    scenario_window.docks["years"].raise_()
    assert scenario_window.years_panel.by_year.index(0, 0).data() == "Year 1"


def test_the_window_module_imports_no_lazy_panel():
    modules = [f"configurator.ui.{module}" for module, _, _ in LAZY_PANELS.values() if module != "compliance_panel"]
    code = "import sys, configurator.ui.main_window\nprint('\\n'.join(sys.modules))"
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert not set(result.stdout.split()).intersection(modules)
