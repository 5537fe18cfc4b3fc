"""What start-up imports: only what the first window needs (measured in bench/gui.py)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

LATER = ("networkx", "jsonschema", "configurator.export.pdf_bom", "configurator.commands.bom", "PySide6.QtSvg")


def _modules_after(code: str) -> set[str]:
    script = f"import sys\n{code}\nprint('\\n'.join(sorted(sys.modules)))\n"
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    return set(result.stdout.split())


def test_the_entry_point_and_the_window_import_no_loader_exporter_or_graph_library():
    loaded = _modules_after("import configurator.cli, configurator.ui.launch, configurator.ui.main_window")
    assert "configurator.ui.main_window" in loaded
    assert not loaded.intersection(LATER)


def test_loading_and_evaluating_without_cycles_leaves_networkx_unimported():
    """networkx costs a third of a second; only a graph with a cycle needs it."""
    loaded = _modules_after(
        "from configurator.core.catalog_load import load_catalog\n"
        "from configurator.core.evaluate import evaluate\n"
        "from configurator.core.resolve import from_scenario\n"
        "from configurator.paths import catalog_dir\n"
        "catalog = load_catalog(catalog_dir()).catalog\n"
        "for scenario in catalog.scenarios:\n"
        "    evaluate(catalog, from_scenario(catalog, scenario, 'x').solution)\n"
    )
    assert "jsonschema" in loaded and "configurator.core.digraph" in loaded
    assert "networkx" not in loaded
