"""Every item model of the UI passes the model tester (STYLE.md pattern 11, as in qutebrowser).

Each model is checked populated, with Qt's C++ QAbstractItemModelTester and with pytest-qt's
Python port (which also checks the types returned for the standard roles). The tester stays
attached while the test then changes the model (repopulate, refilter, re-sort), so the
signals those changes emit are checked too.
"""

from __future__ import annotations

import pytest
from gui_helpers import SCENARIO
from PySide6.QtCore import QModelIndex, Qt

from configurator.core.catalog_search import CapabilityQuery
from configurator.core.evaluate import Evaluation, evaluate
from configurator.core.findings import Severity
from configurator.core.resolve import add_item, from_scenario
from configurator.ui.bom_panel import BomModel, BomPanel
from configurator.ui.catalog_panel import CapabilityFilter, CatalogModel
from configurator.ui.document import Selection, SolutionDocument
from configurator.ui.findings_panel import FindingsModel, SeverityFilter

TESTERS = pytest.mark.parametrize("force_py", [False, True], ids=["qt-tester", "py-tester"])
HEADERS = ["Capability", "Badges"]
KEYS = [column.key for column in BomModel.COLUMNS]
XC_WORDS = {"certified": "Xinchuang certified", "adapted": "Xinchuang adapted", "none": ""}


@pytest.fixture(autouse=True)
def _app(qapp):
    """The models make icons and fonts: they need the application object."""
    return qapp


@pytest.fixture(scope="module")
def evaluation(sample) -> Evaluation:
    """A scenario solution with a conflicting pair (an error), a non-customisable line marked
    customised (a warning) and a partner-delivered line: findings of every severity."""
    solution = from_scenario(sample, SCENARIO, "供应链金融").solution
    for capability in ("hw-domestic-servers-arm", "hw-domestic-servers-c86", "svc-customization"):
        solution = add_item(sample, solution, capability).solution
    result = evaluate(sample, solution.replace_item("esign", customized=True))
    assert {f.severity for f in result.findings} == set(Severity)
    assert any(line.partner for line in result.bom.lines)
    return result


def rows(model, parent: QModelIndex | None = None) -> int:
    """Rows below `parent` (the root by default), counted through the whole tree."""
    parent = QModelIndex() if parent is None else parent
    return sum(1 + rows(model, model.index(r, 0, parent)) for r in range(model.rowCount(parent)))


@TESTERS
def test_catalog_model(qtmodeltester, sample, force_py):
    model = CatalogModel()
    model.populate(sample, "zh", HEADERS, XC_WORDS, "Partner")
    assert rows(model) == len(sample.capabilities) + len(sample.categories)
    qtmodeltester.check(model, force_py=force_py)
    model.populate(sample, "en", HEADERS, XC_WORDS, "Partner")  # a reset, watched by the tester
    assert model.rowCount() == len(sample.categories)


@TESTERS
def test_capability_filter(qtmodeltester, sample, force_py):
    model = CatalogModel()
    model.populate(sample, "zh", HEADERS, XC_WORDS, "Partner")
    proxy = CapabilityFilter()
    proxy.setSourceModel(model)
    proxy.set_query(CapabilityQuery("supply-chain-finance", category="ai"))
    assert 0 < rows(proxy) < rows(model)
    qtmodeltester.check(proxy, force_py=force_py)
    for query in (
        CapabilityQuery(partner=True),
        CapabilityQuery(mode="HYB"),
        CapabilityQuery("cvm"),
        CapabilityQuery("no such capability"),
        CapabilityQuery(),
    ):
        proxy.set_query(query)
    assert rows(proxy) == rows(model)


@TESTERS
def test_findings_model(qtmodeltester, evaluation, force_py):
    model = FindingsModel()
    model.set_findings(list(evaluation.findings))
    assert model.rowCount() == len(evaluation.findings) > 0
    qtmodeltester.check(model, force_py=force_py)
    model.set_findings(list(evaluation.findings)[:1])
    model.set_findings([])
    model.set_findings(list(evaluation.findings))


@TESTERS
def test_severity_filter(qtmodeltester, evaluation, force_py):
    model = FindingsModel()
    model.set_findings(list(evaluation.findings))
    proxy = SeverityFilter()
    proxy.setSourceModel(model)
    proxy.show_severity("info", False)
    infos = sum(1 for f in evaluation.findings if f.severity is Severity.INFO)
    assert proxy.rowCount() == model.rowCount() - infos > 0
    qtmodeltester.check(proxy, force_py=force_py)
    proxy.show_severity("error", False)
    proxy.show_severity("warning", False)
    assert proxy.rowCount() == 0
    for severity in ("error", "warning", "info"):
        proxy.show_severity(severity, True)
    assert proxy.rowCount() == model.rowCount()


@TESTERS
def test_bom_model(qtmodeltester, evaluation, force_py):
    model = BomModel()
    model.set_bom(evaluation.bom, evaluation.catalog, "zh")
    assert model.rowCount() == len(evaluation.bom.lines) > 0
    qtmodeltester.check(model, force_py=force_py)
    declared = evaluation.catalog.units
    for lang in ("zh", "en"):  # units as the catalog names them in the language shown
        model.set_bom(evaluation.bom, evaluation.catalog, lang)
        shown = [model.index(row, KEYS.index("unit")).data() for row in range(model.rowCount())]
        assert shown == [getattr(declared[line.unit].name, lang) for line in evaluation.bom.lines]
    assert "套许可" in [declared[line.unit].name.zh for line in evaluation.bom.lines]


@TESTERS
def test_bom_sort_proxy(qtbot, qtmodeltester, sample, evaluation, force_py):
    document = SolutionDocument(sample, evaluation.solution)
    panel = BomPanel(document, Selection(), "zh")
    qtbot.addWidget(panel)
    proxy = panel.proxy
    proxy.sort(KEYS.index("first_year"), Qt.SortOrder.DescendingOrder)
    assert proxy.rowCount() == len(evaluation.bom.lines)
    qtmodeltester.check(proxy, force_py=force_py)
    column = KEYS.index("first_year")
    values = [proxy.index(r, column).data(panel.proxy.sortRole()) for r in range(proxy.rowCount())]
    assert values == sorted(values, reverse=True)
    for column in range(len(KEYS)):  # every column sorts, both ways
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            proxy.sort(column, order)
    document.set_solution(from_scenario(sample, SCENARIO, "供应链金融").solution)  # panel refresh
    assert proxy.rowCount() == len(document.evaluation.bom.lines)
