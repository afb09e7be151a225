"""The filter bar above a list: search as you type (debounced), region, place, period,
status and type. Filters become SQL WHERE clauses in :mod:`monitor_app.queries.listing`."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from monitor_app.queries import listing
from ui import i18n
from ui.context import AppContext
from ui.flow_layout import FlowLayout
from ui.keyboard import tab_leaves

SEARCH_DELAY_MS = 250
NO_DATE = QDate(1900, 1, 1)


class FilterBar(QWidget):
    """Emits ``changed`` with the filter values (a dict of ListQuery fields)."""

    changed = Signal(dict)

    def __init__(self, ctx: AppContext, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.kind = ctx, kind
        spec = listing.SPECS[kind]
        self.available = spec.filters
        self._places_loaded = False
        self._forgotten = False

        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(140)
        self.search.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self._emit)
        self.search.textEdited.connect(lambda _t: self._debounce.start())
        self.search.returnPressed.connect(self._emit_now)

        self.region = self._combo("region")
        self.place = self._combo("place")
        self.place.setMaximumWidth(220)
        self.status = self._combo("status")
        self.type = self._combo("type")
        self.date_from = self._date("date_from")
        self.date_to = self._date("date_to")
        self.clear_button = QToolButton(self)
        self.clear_button.setObjectName("clear_filters")
        self.clear_button.clicked.connect(self.clear)

        top = QHBoxLayout()
        top.setSpacing(4)
        top.addWidget(self.search, 1)
        top.addWidget(self.clear_button)
        chips = FlowLayout(spacing=4)  # the filters wrap onto a second line on a small screen
        for name, widget in (("period", self.date_from), ("period", self.date_to),
                             ("region", self.region), ("place", self.place),
                             ("status", self.status), ("type", self.type)):
            widget.setVisible(name in self.available)
            chips.add_widget(widget, stretch=name != "period")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addLayout(chips)
        # Tab in the order shown: the search, the period and Clear above, the chips below
        for first, second in zip(
                (self.search, self.date_from, self.date_to, self.clear_button, self.region,
                 self.place, self.status),
                (self.date_from, self.date_to, self.clear_button, self.region, self.place,
                 self.status, self.type), strict=True):
            QWidget.setTabOrder(first, second)
        for edit in (self.date_from, self.date_to):
            tab_leaves(edit)
        self.retranslate()
        ctx.store_closed.connect(self.forget)
        ctx.language_changed.connect(self.on_language_changed)

    def on_language_changed(self, _lang: str) -> None:
        self.fill_vocab()
        for edit in (self.date_from, self.date_to):
            i18n.show_days(edit, self.ctx.lang)
        if self._places_loaded:  # the places in the new language's alphabet
            self.load_places()

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(f"filter_{name}")
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(8)
        combo.activated.connect(lambda _i: self._emit_now())
        return combo

    def _date(self, name: str) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        i18n.show_days(edit, self.ctx.lang)
        edit.setMinimumDate(NO_DATE)
        edit.setDate(NO_DATE)
        edit.dateChanged.connect(lambda _d: self._emit_now())
        return edit

    # -- contents ---------------------------------------------------------------
    def fill_vocab(self) -> None:
        """(Re)fill the vocabulary combos in the interface language, keeping the choice."""
        spec = listing.SPECS[self.kind]
        for combo, vocabulary, everything in (
                (self.region, "region", self.tr("All regions")),
                (self.status, spec.status_vocabulary, self._status_all()),
                (self.type, spec.type_vocabulary, self._type_all())):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            if vocabulary and self.ctx.vocab is not None:
                for term in self.ctx.vocab.terms(vocabulary):
                    combo.addItem(term.label(self.ctx.lang), term.code)
            combo.setCurrentIndex(max(0, combo.findData(current)) if current else 0)
            combo.blockSignals(False)

    def _status_all(self) -> str:
        return {"cases": self.tr("Any status"), "visits": self.tr("Any access"),
                "facilities": self.tr("Any authority")}.get(self.kind, self.tr("Any risk"))

    def _type_all(self) -> str:
        return {"cases": self.tr("Any allegation"), "visits": self.tr("Any type of visit"),
                "facilities": self.tr("Any kind of place"),
                "people": self.tr("Any category")}.get(self.kind, self.tr("Any reprisal"))

    def load_places(self) -> None:
        """Fill the place filter from the store (on the db lane)."""
        if "place" not in self.available or self.ctx.store is None:
            return

        def done(rows: list[tuple[str, str]]) -> None:
            if self._forgotten:  # locked meanwhile: the widget may be gone
                return
            current = self.place.currentData()
            self.place.blockSignals(True)
            self.place.clear()
            self.place.addItem(self.tr("All places"), None)
            for record_id, label in rows:
                self.place.addItem(label, record_id)
            self.place.setCurrentIndex(max(0, self.place.findData(current)) if current else 0)
            self.place.blockSignals(False)
            self._places_loaded = True

        lang = self.ctx.lang
        self.ctx.read(lambda s: listing.places(s, lang=lang), done)

    def forget(self) -> None:
        """Drop everything drawn from the store (lock): names of places, the search text."""
        self._forgotten = True
        self._debounce.stop()
        for w in (self.search, self.region, self.place, self.status, self.type,
                  self.date_from, self.date_to):
            w.blockSignals(True)
        self.search.clear()
        for combo in (self.region, self.place, self.status, self.type):
            combo.clear()
        self.date_from.setDate(NO_DATE)
        self.date_to.setDate(NO_DATE)
        for w in (self.search, self.region, self.place, self.status, self.type,
                  self.date_from, self.date_to):
            w.blockSignals(False)

    # -- values -----------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        def day(edit: QDateEdit) -> date | None:
            d = edit.date()
            return None if d <= NO_DATE else date(d.year(), d.month(), d.day())

        return {"text": self.search.text(), "region": self.region.currentData(),
                "facility_id": self.place.currentData(), "date_from": day(self.date_from),
                "date_to": day(self.date_to), "status": self.status.currentData(),
                "type": self.type.currentData()}

    def set_values(self, values: dict[str, Any]) -> None:
        """Restore filters (after unlocking) without emitting one change per widget."""
        widgets = (self.search, self.region, self.place, self.status, self.type,
                   self.date_from, self.date_to)
        for w in widgets:
            w.blockSignals(True)
        self.search.setText(values.get("text") or "")
        for combo, key in ((self.region, "region"), (self.place, "facility_id"),
                           (self.status, "status"), (self.type, "type")):
            value = values.get(key)
            if value is not None and combo.findData(value) < 0 and key == "facility_id":
                combo.addItem("…", value)  # the places list is still loading
            combo.setCurrentIndex(max(0, combo.findData(value)) if value else 0)
        for edit, key in ((self.date_from, "date_from"), (self.date_to, "date_to")):
            d = values.get(key)
            edit.setDate(QDate(d.year, d.month, d.day) if d else NO_DATE)
        for w in widgets:
            w.blockSignals(False)

    def clear(self) -> None:
        self.set_values({})
        self._emit_now()

    def _emit_now(self) -> None:
        self._debounce.stop()
        self._emit()

    def _emit(self) -> None:
        self.changed.emit(self.values())

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search names, titles, notes… (Ctrl+F)"))
        self.date_from.setSpecialValueText(self.tr("From"))
        self.date_to.setSpecialValueText(self.tr("To"))
        self.date_from.setToolTip(self.tr("Period: from"))
        self.date_to.setToolTip(self.tr("Period: to"))
        self.clear_button.setText(self.tr("Clear"))
        self.clear_button.setToolTip(self.tr("Clear search and filters"))
        if self.region.count():
            self.region.setItemText(0, self.tr("All regions"))
        if self.place.count():
            self.place.setItemText(0, self.tr("All places"))
        if self.status.count():
            self.status.setItemText(0, self._status_all())
        if self.type.count():
            self.type.setItemText(0, self._type_all())

    def changeEvent(self, event: Any) -> None:  # noqa: N802
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
