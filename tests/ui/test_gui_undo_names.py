"""The Edit menu names each step as the panels name things: the capability's name (or the
value input's label) in the interface language, never its id."""

from __future__ import annotations

import pytest
from gui_helpers import findings, open_file, write_solution

from configurator.core.codes import catalog_names
from configurator.core.value import drivers_for

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_item_steps_name_the_capability_in_the_language(scenario_window, sample, lang):
    window = scenario_window
    window.set_language(lang)
    name = sample.capabilities["esign"].name.get(lang)
    window.editor.add("esign")
    assert name in window.undo_stack.undoText() and "esign" not in window.undo_stack.undoText()
    window.editor.edit_item("esign", quantity=3)
    assert window.undo_stack.undoText().endswith(name)
    other = next(m for m in sample.capabilities["esign"].modes if m != window.document.solution.item("esign").mode)
    window.editor.set_mode("esign", other)
    assert name in window.undo_stack.undoText() and other in window.undo_stack.undoText()
    window.editor.remove("esign")
    assert window.undo_stack.undoText().endswith(name)
    window.a_undo.trigger()
    assert window.undo_stack.redoText().endswith(name)


def test_a_fix_is_named_with_names(window, dialogs, tmp_path, sample):
    path = write_solution(
        tmp_path / "missing.yaml", sample, "  - {capability: esign, mode: SAAS, quantity: 1, origin: explicit}\n"
    )
    open_file(window, dialogs, path)
    window.set_language("zh")
    [finding] = findings(window, "DEP-REQ-001")
    window.editor.apply_fix(window.findings_panel.fixes(finding)[0])
    text = window.undo_stack.undoText()
    assert catalog_names(sample, "zh")["comm-sms"] in text and "comm-sms" not in text


def test_a_value_input_step_is_named_by_its_label(scenario_window, sample):
    window = scenario_window
    window.set_language("zh")
    driver = drivers_for(sample, window.document.solution)[0]
    value_input = driver.inputs[0]
    window.editor.set_value_input(driver.id, value_input.id, value_input.default + 1.0)
    text = window.undo_stack.undoText()
    assert value_input.label.get("zh") in text and value_input.id not in text
