"""The inspector: edit the selected item's mode, quantity, ramp, discount, delivery and notes."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from configurator.core.catalog import VENDOR
from configurator.core.codes import catalog_names, named_chain
from configurator.core.numbers import money, number
from configurator.core.solution import INSTITUTION_TYPES, Customer
from configurator.paths import LOCALES
from configurator.ui.deal_dialog import ERROR_STYLE, numbers_text, parse_numbers
from configurator.ui.editing import Editor
from configurator.ui.fitting import ElidingComboBox, elided
from configurator.ui.plain import literal, plain_label

NOTES_PAUSE_MS = 600
RAMP_NONE, RAMP_GROWTH, RAMP_YEARS = "none", "growth", "years"
UNIT_WIDTH = 90  # px of a unit after the quantity; a longer catalog unit elides


class Inspector(QWidget):
    def __init__(self, editor: Editor, lang: str) -> None:
        super().__init__()
        self.editor, self.document, self.selection = editor, editor.document, editor.selection
        self.title = plain_label()
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)
        self.details = plain_label()
        self.details.setWordWrap(True)
        self.mode = ElidingComboBox()
        self.quantity = QDoubleSpinBox()
        self.quantity.setRange(0, 1e9)
        self.quantity.setDecimals(2)
        self.quantity.setAccelerated(True)
        self.quantity.setGroupSeparatorShown(True)
        self.ramp_kind = ElidingComboBox()
        self.ramp_growth = QDoubleSpinBox()
        self.ramp_growth.setRange(-100, 1000)
        self.ramp_growth.setDecimals(1)
        self.ramp_growth.setKeyboardTracking(False)  # one edit when the user is done typing
        self.ramp_years = QLineEdit()
        self.ramp_years.setPlaceholderText("100, 130, 170")
        self.ramp_shown = plain_label()  # the quantity of each year the ramp gives
        self.ramp_shown.setWordWrap(True)
        self.ramp = QWidget()
        ramp = QVBoxLayout(self.ramp)
        ramp.setContentsMargins(0, 0, 0, 0)
        for widget in (self.ramp_kind, self.ramp_growth, self.ramp_years, self.ramp_shown):
            ramp.addWidget(widget)
        self.discount = QDoubleSpinBox()
        self.discount.setRange(0, 99.9)
        self.discount.setDecimals(1)
        self.delivered_by = ElidingComboBox()
        self.partner = ElidingComboBox()
        self.customized = QCheckBox()
        self.notes = QPlainTextEdit()
        self.notes.setMaximumHeight(90)
        self.cost = plain_label()
        self.remove = QPushButton()
        self.details_box = QGroupBox()
        self.solution_name, self.customer_name = QLineEdit(), QLineEdit()
        self.institution = ElidingComboBox()
        self.details_labels = [QLabel() for _ in range(3)]
        details = QFormLayout(self.details_box)
        for label, field in zip(
            self.details_labels, (self.solution_name, self.customer_name, self.institution), strict=True
        ):
            details.addRow(label, field)
        self.solution_name.editingFinished.connect(self._solution_edited)
        self.customer_name.editingFinished.connect(self._solution_edited)
        self.institution.activated.connect(self._solution_edited)
        for field in (self.quantity, self.discount):
            field.setMinimumWidth(80)
        self.form = QFormLayout()
        # The item's fields, in form order: enabled only while an item is selected.
        self.fields = (
            self.mode,
            self.quantity,
            self.ramp,
            self.discount,
            self.delivered_by,
            self.partner,
            self.customized,
            self.notes,
        )
        self.labels = [QLabel() for _ in self.fields]
        for label, field in zip(self.labels, self.fields, strict=True):
            self.form.addRow(label, field)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.details)
        layout.addLayout(self.form)
        layout.addWidget(self.cost)
        layout.addWidget(self.remove)
        layout.addWidget(self.details_box)
        layout.addStretch(1)
        self._notes_timer = QTimer(self, singleShot=True, interval=NOTES_PAUSE_MS)
        self._notes_timer.timeout.connect(self.commit_notes)
        self._loading = False
        self._notes_owner: str | None = None  # the item the notes box shows
        self._notes_typed = False  # typed since they were last committed
        self.mode.activated.connect(self._mode_chosen)
        self.quantity.valueChanged.connect(lambda v: self._edit(quantity=_plain_number(v)))
        self.ramp_kind.activated.connect(self._ramp_kind_chosen)
        self.ramp_growth.valueChanged.connect(lambda v: self._edit_ramp(round(v / 100, 4)))
        self.ramp_years.editingFinished.connect(self._ramp_years_typed)
        self.discount.valueChanged.connect(lambda v: self._edit(discount=round(v / 100, 4)))
        self.delivered_by.activated.connect(lambda _: self._edit(delivered_by=self.delivered_by.currentData()))
        self.partner.activated.connect(lambda _: self._edit(partner=self.partner.currentData()))
        self.customized.toggled.connect(lambda on: self._edit(customized=on))
        self.notes.textChanged.connect(self._notes_changed)
        self.notes.installEventFilter(self)  # leaving the notes box commits them
        editor.sig_flush_requested.connect(self.commit_notes)
        editor.sig_flush_requested.connect(self._ramp_years_typed)
        editor.sig_flush_requested.connect(self._solution_edited)  # a name still being typed
        self.remove.clicked.connect(lambda: editor.remove(self.selection.current))
        self.document.sig_solution_changed.connect(self.refresh)
        self.selection.sig_selection_changed.connect(self._selected)
        self.set_language(lang)

    def set_language(self, lang: str) -> None:
        self.lang = lang
        self.quantity.setLocale(QLocale(LOCALES[lang]))
        for label, text in zip(
            self.labels,
            (
                self.tr("Mode"),
                self.tr("Quantity"),
                self.tr("Quantity ramp"),
                self.tr("Discount"),
                self.tr("Delivered by"),
                self.tr("Named partner"),
                self.tr("Customised"),
                self.tr("Notes"),
            ),
            strict=True,
        ):
            label.setText(text)
        self.remove.setText(self.tr("Remove from solution"))
        self.ramp_kind.clear()
        for text, kind in (
            (self.tr("None"), RAMP_NONE),
            (self.tr("Yearly growth"), RAMP_GROWTH),
            (self.tr("Quantities per year"), RAMP_YEARS),
        ):
            self.ramp_kind.addItem(text, kind)
        self.ramp_growth.setToolTip(self.tr("The quantity grows by this share each year after the first"))
        self.ramp_years.setToolTip(self._ramp_years_hint())
        self.details_box.setTitle(self.tr("Solution"))
        for label, text in zip(
            self.details_labels, (self.tr("Name"), self.tr("Customer"), self.tr("Institution type")), strict=True
        ):
            label.setText(text)
        kinds = {
            "state_bank": self.tr("State-owned bank"),
            "joint_stock": self.tr("Joint-stock bank"),
            "city_commercial": self.tr("City commercial bank"),
            "rural": self.tr("Rural bank"),
            "insurer": self.tr("Insurer"),
            "securities": self.tr("Securities firm"),
            "consumer_finance": self.tr("Consumer finance company"),
            "government": self.tr("Government"),
            "other": self.tr("Other"),
        }
        self.institution.clear()
        self.institution.addItem("—", None)
        for kind in INSTITUTION_TYPES:
            self.institution.addItem(kinds[kind], kind)
        self.refresh()

    def _selected(self, capability: str) -> None:
        self.commit_notes()
        self.refresh()
        self._scroll_to_title()

    def _scroll_to_title(self) -> None:
        """A new selection is shown from the top (the window puts the inspector in a scroll area)."""
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        if parent is not None:
            parent.verticalScrollBar().setValue(0)

    def refresh(self) -> None:
        ident = self.selection.current
        item = self.document.solution.item(ident) if ident else None
        cap = self.document.catalog.capabilities.get(ident) if item else None
        for widget in (*self.fields, self.remove):
            widget.setEnabled(item is not None)
        self._show_solution()
        self._loading = True
        try:
            if item is None:
                self._clear()
            else:
                self._fill(item, cap)
        finally:
            self._loading = False

    def _clear(self) -> None:
        """Nothing selected: no field keeps the last item's values, greyed."""
        self._notes_owner = None
        self.title.setText(self.tr("Nothing selected"))
        self.details.setText(self.tr("Select an item in the graph or the bill of materials."))
        for widget in (self.mode, self.delivered_by, self.partner, self.notes, self.cost):
            widget.clear()
        self.quantity.setSuffix("")
        self.quantity.setToolTip("")
        self.quantity.clear()
        self.discount.setSuffix("")
        self.discount.clear()
        self.customized.setChecked(False)
        self.ramp_kind.setCurrentIndex(-1)
        self.ramp_growth.setSuffix("")
        self.ramp_growth.clear()
        self.ramp_years.clear()
        self.ramp_shown.clear()
        self._show_ramp_kind(RAMP_NONE)

    def _fill(self, item, cap) -> None:
        catalog, lang = self.document.catalog, self.lang
        self.title.setText(cap.name.get(lang) if cap else item.capability)
        if item.explicit:
            origin = self.tr("Chosen explicitly")
        else:
            chain = self.document.evaluation.why.get(item.capability)
            names = catalog_names(catalog, lang)
            origin = self.tr("Pulled in: %s") % named_chain(chain, names) if chain else self.tr("Pulled in")
        self.details.setText(f"{item.capability}\n{origin}")
        self.mode.clear()
        offered = cap.modes if cap else {}
        for code, mode in offered.items():  # what one unit is differs by mode: licence, instance, ...
            self.mode.addItem(f"{code} · {catalog.unit_name(mode.unit, lang)}", code)
            price_model = catalog.price_model_name(mode.price_model, lang)  # how it is priced, on hover
            self.mode.setItemData(self.mode.count() - 1, literal(price_model), Qt.ItemDataRole.ToolTipRole)
        if item.mode not in offered:
            self.mode.addItem(item.mode + " ✗", item.mode)
        self.mode.setCurrentIndex(self.mode.findData(item.mode))
        unit = catalog.unit_name(offered[item.mode].unit, lang) if item.mode in offered else ""
        self.quantity.setSuffix(f" {elided(self.quantity, unit, UNIT_WIDTH)}" if unit else "")
        self.quantity.setToolTip(literal(unit))
        self.discount.setSuffix(" %")
        self.quantity.setValue(float(item.quantity))
        self.discount.setValue(item.discount * 100)
        self._fill_ramp(item)
        self.delivered_by.clear()
        default = cap.provider if cap else VENDOR
        self.delivered_by.addItem(self.tr("As in the catalog (%s)") % catalog.deliverer_name(default, lang), None)
        self.delivered_by.addItem(catalog.deliverer_name(VENDOR, lang), VENDOR)
        for ptype in catalog.partner_types.values():
            self.delivered_by.addItem(ptype.name.get(lang), ptype.id)
        self.delivered_by.setCurrentIndex(max(0, self.delivered_by.findData(item.delivered_by)))
        self.partner.clear()
        self.partner.addItem(self.tr("None"), None)
        for partner in catalog.partners.values():
            self.partner.addItem(partner.name.get(lang), partner.id)
        self.partner.setCurrentIndex(max(0, self.partner.findData(item.partner)))
        self.customized.setChecked(item.customized)
        self.customized.setToolTip(
            "" if cap is None or cap.customizable else self.tr("The catalog does not offer this capability customised")
        )
        if self.notes.toPlainText() != item.notes:
            self.notes.setPlainText(item.notes)
        self._notes_owner = item.capability
        line = next((b for b in self.document.evaluation.bom.lines if b.capability == item.capability), None)
        currency = catalog.currency
        self.cost.setText(self.tr("First year: %s") % money(line.first_year, currency, self.lang) if line else "")

    def _show_solution(self) -> None:
        solution = self.document.solution
        for field, text in ((self.solution_name, solution.name), (self.customer_name, solution.customer.name)):
            if not field.hasFocus() and field.text() != text:
                field.setText(text)
        self.institution.setCurrentIndex(max(0, self.institution.findData(solution.customer.institution_type)))

    def _solution_edited(self) -> None:
        solution = self.document.solution
        customer = Customer(self.customer_name.text().strip(), self.institution.currentData() or None)
        changes = {}
        if self.solution_name.text().strip() and self.solution_name.text().strip() != solution.name:
            changes["name"] = self.solution_name.text().strip()
        if customer != solution.customer:
            changes["customer"] = customer
        self.editor.edit_solution(**changes)

    def _fill_ramp(self, item) -> None:
        kind = RAMP_NONE if item.ramp is None else RAMP_YEARS if isinstance(item.ramp, tuple) else RAMP_GROWTH
        self.ramp_kind.setCurrentIndex(self.ramp_kind.findData(kind))
        self.ramp_growth.setSuffix(" %")
        self.ramp_growth.setValue(item.ramp * 100 if kind == RAMP_GROWTH else 0)
        self.ramp_years.setText(numbers_text(item.ramp) if kind == RAMP_YEARS else "")
        self.ramp_years.setStyleSheet("")
        self.ramp_years.setToolTip(self._ramp_years_hint())
        horizon = self.document.solution.deal.horizon
        self.ramp_shown.setText(
            ""
            if kind == RAMP_NONE
            else " → ".join(number(round(item.quantity_in(y), 2)) for y in range(1, horizon + 1))
        )
        self._show_ramp_kind(kind)

    def _show_ramp_kind(self, kind: str) -> None:
        self.ramp_growth.setVisible(kind == RAMP_GROWTH)
        self.ramp_years.setVisible(kind == RAMP_YEARS)
        self.ramp_shown.setVisible(kind != RAMP_NONE)  # no empty line under the kind

    def _ramp_kind_chosen(self, index: int) -> None:
        """The ramp turned into another kind: the quantities stay as they were where it can."""
        item = self.document.solution.item(self.selection.current)
        kind = self.ramp_kind.itemData(index)
        if item is None:
            return
        if kind == RAMP_YEARS:
            horizon = self.document.solution.deal.horizon
            self._edit_ramp(tuple(_plain_number(round(item.quantity_in(y), 4)) for y in range(1, horizon + 1)))
        else:
            self._edit_ramp(None if kind == RAMP_NONE else 0.0)

    def _ramp_years_typed(self) -> None:
        item = self.document.solution.item(self.selection.current) if self.selection.current else None
        if item is None or not self.ramp_years.isVisibleTo(self):
            return
        quantities = parse_numbers(self.ramp_years.text(), 0, 1e9)
        self.ramp_years.setStyleSheet("" if quantities is not None else ERROR_STYLE)
        self.ramp_years.setToolTip(
            self._ramp_years_hint()
            if quantities is not None
            else self.tr("Write 1 to 10 quantities separated by commas (e.g. 100, 130, 170).")
        )
        if quantities is not None:
            self._edit_ramp(tuple(_plain_number(q) for q in quantities))

    def _ramp_years_hint(self) -> str:
        return self.tr("The quantity of years 1, 2, …, separated by commas; the last holds after")

    def _mode_chosen(self, index: int) -> None:
        self.editor.set_mode(self.selection.current, self.mode.itemData(index))

    def _edit_ramp(self, ramp: float | tuple[float, ...] | None) -> None:
        """A ramp, with the quantity it starts from (year 1's of a list): choosing the kind and
        typing its figures change the same fields, so they merge into one step."""
        item = self.document.solution.item(self.selection.current) if self.selection.current else None
        if item is not None:
            self._edit(ramp=ramp, quantity=ramp[0] if isinstance(ramp, tuple) else item.quantity)

    def _edit(self, **changes) -> None:
        if not self._loading:
            self.editor.edit_item(self.selection.current, **changes)

    def _notes_changed(self) -> None:
        if not self._loading:  # typed, not filled in for the selected item
            self._notes_typed = True
            self._notes_timer.start()

    def commit_notes(self) -> None:
        """Notes go to the item they were typed for, even once another one is selected."""
        self._notes_timer.stop()
        typed, self._notes_typed = self._notes_typed, False
        if typed and self._notes_owner:
            self.editor.edit_item(self._notes_owner, notes=self.notes.toPlainText())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.notes and event.type() == QEvent.Type.FocusOut:
            self.commit_notes()
        return super().eventFilter(watched, event)


def _plain_number(value: float) -> float | int:
    return int(value) if float(value).is_integer() else value
