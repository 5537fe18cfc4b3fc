"""The windows of revisions and drift: the list of revisions with a read-only view of each,
what changed since one, and the drift report a solution priced on another catalog gets.

Each shows its report as HTML tables in a text browser: the same tables the PDF's changes page
draws (`pdf_changes.change_tables`), selectable and copyable."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from configurator.core.catalog import Catalog
from configurator.core.codes import catalog_names, translated
from configurator.core.diff import TOTAL_WORDS
from configurator.core.drift import Drift, OptionDrift
from configurator.core.numbers import money
from configurator.core.revisions import History, Revision
from configurator.core.vocabulary import N_
from configurator.export.compare_table import DEFAULT_NAME
from configurator.export.formats import Changes
from configurator.export.pdf_changes import ChangeTable, about, change_tables, delta_cell
from configurator.export.pdf_table import Cell
from configurator.translations import tr

Groups = list[tuple[str, list[ChangeTable]]]
STYLE = (
    "<style>table{border-collapse:collapse;margin:4px 0 10px 0}"
    "th{background:#e8edf3;text-align:left;padding:3px 8px}td{padding:3px 8px;border-bottom:1px solid #e1e6ec}"
    "td.r,th.r{text-align:right}p.muted{color:#5b6675}</style>"
)


def report_html(title: str, paragraphs: list[str], groups: Groups) -> str:
    """A report as HTML: its title, paragraphs of plain text, then its tables under their headings."""
    out = [STYLE, f"<h2>{escape(title)}</h2>", *(f"<p class='muted'>{escape(p)}</p>" for p in paragraphs)]
    for heading, tables in groups:
        if heading:
            out.append(f"<h3>{escape(heading)}</h3>")
        for table in tables:
            out.append("<table width='100%'><tr>")
            out += [f"<th{_align(right)}>{escape(h)}</th>" for h, right in zip(table.head, table.right, strict=True)]
            out.append("</tr>")
            for row in table.rows:
                out.append("<tr>" + "".join(_cell(v, r) for v, r in zip(row, table.right, strict=True)) + "</tr>")
            out.append("</table>")
    return "".join(out)


def _align(right: bool) -> str:
    return " class='r'" if right else ""


def _cell(value: str | Cell, right: bool) -> str:
    cell = value if isinstance(value, Cell) else Cell(value)
    text = escape(cell.text)
    if cell.colour is not None:
        text = f"<span style='color:{cell.colour.name()}'>{text}</span>"
    return f"<td{_align(right)}>{text}</td>"


def _browser(html: str) -> QTextBrowser:
    browser = QTextBrowser()
    browser.setOpenLinks(False)
    browser.setHtml(html)
    return browser


# --------------------------------------------------------------------------- drift


def drift_groups(report: Drift, catalog: Catalog, lang: str) -> Groups:
    """The drift report as tables: capabilities removed, renamed or changed, then per option
    the lines whose price moved, the totals, what resolving would add or drop, new findings."""
    names = catalog_names(catalog, lang)
    groups: Groups = []
    rows: list[list[str | Cell]] = []
    for change in report.capabilities:
        name = change.name.get(lang) or names.get(change.capability, change.capability)
        if change.status == "removed":
            rows.append([name, tr("no longer in the catalog")])
        elif change.status == "renamed":
            new = change.renamed_to or ""
            rows.append([name, tr("in the catalog as %s") % f"{names.get(new, new)} ({new})"])
        else:
            rows.append([name, "; ".join(f.text for f in change.fields)])
    if rows:
        groups.append(("", [ChangeTable([tr("Capability"), tr("What changed")], rows, [False, False], 1)]))
    several = len(report.options) > 1
    for option in report.options:
        tables = _option_tables(option, catalog, names, lang)
        if tables:
            groups.append((option.name if several else "", tables))  # already "Option 1" or its name
    return groups


def _option_tables(option: OptionDrift, catalog: Catalog, names: dict[str, str], lang: str) -> list[ChangeTable]:
    currency = catalog.currency

    def price(value: float | None) -> str:
        return "—" if value is None else money(value, currency, lang)

    tables = []
    rows: list[list[str | Cell]] = []
    for line in option.lines:
        label = names.get(line.capability, line.capability)
        if line.priced_by:
            label += " · " + tr("kept from %s") % line.priced_by
        before, after = line.old_first_year, line.new_first_year
        rows.append(
            [
                label,
                line.mode,
                price(line.old_price),
                price(line.new_price),
                price(before),
                price(after),
                delta_cell(after - before, currency, lang),
            ]
        )
    if rows:
        head = [
            tr("Capability"),
            tr("Mode"),
            tr("List price before"),
            tr("List price now"),
            tr("First year before"),
            tr("First year now"),
            tr("Difference"),
        ]
        tables.append(ChangeTable(head, rows, [False, False, True, True, True, True, True], 0))
    totals: list[list[str | Cell]] = [
        [tr(TOTAL_WORDS[key]), price(old), price(new), delta_cell(new - old, currency, lang)]
        for key, (old, new) in option.totals.items()
        if old != new
    ]
    if totals:
        tables.append(
            ChangeTable([tr("Total"), tr("Before"), tr("Now"), tr("Difference")], totals, [False, *[True] * 3], None)
        )
    checks: list[list[str | Cell]] = []
    for word, ids in ((tr("Resolving would add"), option.added), (tr("Resolving would drop"), option.dropped)):
        if ids:
            checks.append([word, ", ".join(f"{names.get(i, i)} ({i})" for i in ids)])
    for finding in option.findings_new:
        shown = translated(finding, tr, names=names)
        checks.append([tr("New finding"), f"{shown.code} {shown.message}"])
    if checks:
        tables.append(ChangeTable([tr("Checks"), ""], checks, [False, False], 1))
    return tables


def drift_html(report: Drift, catalog: Catalog, lang: str) -> str:
    old, new = report.old, report.new
    lines = [
        tr("This solution was priced on catalog %s (%s); the loaded catalog is %s (%s). Nothing has changed yet.")
        % (old.label, old.short_digest, new.label, new.short_digest)
    ]
    if report.baseline is None:
        lines.append(
            tr(
                "No revision keeps the catalog it was priced on, so its old prices cannot be shown or kept; "
                "re-pricing takes the loaded catalog's prices."
            )
        )
    elif report.revision is not None:
        lines.append(tr("The old prices are those revision %d kept.") % report.revision)
    else:
        lines.append(tr("The old prices are those of the catalog before it was reloaded."))
    groups = drift_groups(report, catalog, lang)
    if not groups:
        lines.append(tr("For this solution nothing in the catalog's prices, capabilities or rules has changed."))
    return report_html(tr("Catalog drift"), lines, groups)


class DriftDialog(QDialog):
    """The drift report with the choice: re-price on the loaded catalog, keep the old prices,
    or decide later (the solution stays as it is)."""

    def __init__(self, parent: QWidget | None, report: Drift, catalog: Catalog, lang: str) -> None:
        super().__init__(parent)
        self.choice = "later"
        self.setWindowTitle(tr("Catalog drift"))
        self.resize(900, 560)
        self.browser = _browser(drift_html(report, catalog, lang))
        buttons = QDialogButtonBox()
        self.reprice = buttons.addButton(
            tr("Re-price on catalog %s") % report.labels[1], QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.keep = buttons.addButton(tr("Keep the old prices"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.later = buttons.addButton(tr("Decide later"), QDialogButtonBox.ButtonRole.RejectRole)
        self.keep.setEnabled(report.baseline is not None)
        self.keep.setToolTip(
            tr("The lines stay priced as they were, marked with the catalog that priced them")
            if report.baseline is not None
            else tr("No revision keeps the old prices")
        )
        self.later.setDefault(True)
        self.reprice.clicked.connect(lambda: self._choose("reprice"))
        self.keep.clicked.connect(lambda: self._choose("keep"))
        self.later.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, report: Drift, catalog: Catalog, lang: str) -> str:
        """'reprice', 'keep' or 'later'."""
        dialog = cls(parent, report, catalog, lang)
        dialog.exec()
        return dialog.choice


# --------------------------------------------------------------------------- revisions


def revision_html(revision: Revision, catalog: Catalog, lang: str) -> str:
    """Revision `revision` read-only: each option's lines and totals as it was priced."""
    evaluations = revision.evaluations(catalog)
    names = catalog_names(evaluations[0].catalog, lang)
    currency = evaluations[0].catalog.currency
    deal = revision.deal
    intro = [
        tr("Saved on %s by %s: “%s”. Priced on catalog %s.")
        % (revision.saved[:16].replace("T", " "), revision.author or "—", revision.note or "—", revision.pin.label)
    ]
    groups: Groups = []
    for index, evaluation in enumerate(evaluations):
        rows: list[list[str | Cell]] = [
            [
                names.get(line.capability, line.capability),
                line.mode,
                f"{line.quantity:g}",
                money(line.first_year, currency, lang),
            ]
            for line in evaluation.bom.lines
        ]
        rows.append([tr("Total first year"), "", "", money(evaluation.bom.totals.first_year, currency, lang)])
        rows.append([tr(TOTAL_WORDS["tco"]), "", "", money(evaluation.years.tco, currency, lang)])
        head = [tr("Capability"), tr("Mode"), tr("Quantity"), tr("First year")]
        heading = deal.label(index, tr(DEFAULT_NAME)) if len(deal.options) > 1 else ""
        groups.append((heading, [ChangeTable(head, rows, [False, False, True, True], 0)]))
    return report_html(tr("Revision %d") % revision.number, intro, groups)


def changes_html(changes: Changes, catalog: Catalog, lang: str) -> str:
    title = tr("Changes since revision %d") % changes.revision.number
    groups = change_tables(changes.diff, catalog, lang, changes.revision.priced_on(catalog))
    paragraphs = [about(changes, catalog)]
    if changes.diff.empty:
        paragraphs.append(tr("Nothing has changed since this revision."))
    return report_html(title, paragraphs, groups)


def revision_label(revision: Revision) -> str:
    saved = revision.saved[:16].replace("T", " ")
    return f"{tr('Revision %d') % revision.number} · {saved} · {revision.note or '—'}"


class RevisionsDialog(QDialog):
    """The solution's revisions, newest first, each shown read-only beside the list; the
    chosen one can be restored as the current state (undoable), compared with the current
    state or exported as the PDF it was."""

    COLUMNS = (N_("No."), N_("Saved"), N_("Prepared by"), N_("Catalog"), N_("Note"))

    def __init__(
        self,
        parent: QWidget | None,
        history: History,
        catalog: Catalog,
        lang: str,
        actions: dict[str, Callable[[Revision], None]],
    ) -> None:
        super().__init__(parent)
        self.catalog, self.lang, self.actions = catalog, lang, actions
        self.revisions = list(reversed(history.revisions))
        self.setWindowTitle(tr("Revisions of %s") % history.path.name.removesuffix(".revisions.yaml"))
        self.resize(1000, 580)
        self.table = QTableWidget(len(self.revisions), len(self.COLUMNS))
        self.table.setHorizontalHeaderLabels([tr(c) for c in self.COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        for row, revision in enumerate(self.revisions):
            texts = (
                str(revision.number),
                revision.saved[:16].replace("T", " "),
                revision.author or "—",
                revision.pin.label,
                revision.note,
            )
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.preview = _browser("")
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.table)
        split.addWidget(self.preview)
        split.setSizes([420, 580])
        buttons = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, text in (
            ("restore", tr("Restore as current")),
            ("compare", tr("Compare with current…")),
            ("pdf", tr("Export PDF…")),
        ):
            button = self.buttons[key] = QPushButton(text)
            button.clicked.connect(lambda _=False, k=key: self._act(k))
            buttons.addWidget(button)
        buttons.addStretch()
        close = QPushButton(tr("Close"))
        close.clicked.connect(self.reject)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        layout.addLayout(buttons)
        self.table.itemSelectionChanged.connect(self._show)
        if self.revisions:
            self.table.selectRow(0)

    @property
    def chosen(self) -> Revision | None:
        rows = self.table.selectionModel().selectedRows()
        return self.revisions[rows[0].row()] if rows else None

    def _show(self) -> None:
        revision = self.chosen
        self.preview.setHtml(revision_html(revision, self.catalog, self.lang) if revision else "")
        for button in self.buttons.values():
            button.setEnabled(revision is not None)

    def _act(self, key: str) -> None:
        revision = self.chosen
        if revision is None:
            return
        if key == "restore":
            self.accept()  # the window shows the restored state at once
        self.actions[key](revision)


class ChangesDialog(QDialog):
    """What changed since a revision (the latest at first; another can be picked), with the
    PDF that carries this page."""

    def __init__(
        self,
        parent: QWidget | None,
        history: History,
        chosen: Revision,
        changes: Callable[[Revision], Changes],
        export: Callable[[Changes], None],
        catalog: Catalog,
        lang: str,
    ) -> None:
        super().__init__(parent)
        self.revisions, self.changes_of, self.catalog, self.lang = (
            list(reversed(history.revisions)),
            changes,
            catalog,
            lang,
        )
        self.setWindowTitle(tr("Compare with revision"))
        self.resize(1000, 600)
        self.pick = QComboBox()
        self.pick.addItems([revision_label(r) for r in self.revisions])
        self.browser = _browser("")
        pdf = QPushButton(tr("Export PDF with these changes…"))
        pdf.clicked.connect(lambda: export(self.changes))
        close = QPushButton(tr("Close"))
        close.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.pick, 1)
        row.addWidget(pdf)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.browser)
        self.pick.currentIndexChanged.connect(self._show)
        numbers = [r.number for r in self.revisions]  # the file may have changed since `chosen` was read
        self.pick.setCurrentIndex(numbers.index(chosen.number) if chosen.number in numbers else 0)
        self._show()

    def _show(self) -> None:
        self.changes = self.changes_of(self.revisions[self.pick.currentIndex()])
        self.browser.setHtml(changes_html(self.changes, self.catalog, self.lang))
