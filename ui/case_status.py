"""A case's status history under its details: every status it had, oldest first, dated at
the precision it was given (``monitor_app.queries.case_status``)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from monitor_app.queries.case_status import StatusChange, status_history
from monitor_app.vocabulary import Vocab
from ui.forms import ApproxDateField, Form

COL_DATE, COL_STATUS, COL_REASON, COL_NOTES = range(4)
STATUS_DATE = "status_changed_on"  # the case editor's field for a new status's date


def add_status_date(form: Form, lang: str) -> None:
    """The case editor's "Status changed on" field (not a field of the case)."""
    form.add(STATUS_DATE, QCoreApplication.translate("CaseStatusHistory", "Status changed on"),
             ApproxDateField(lang=lang),
             hint=QCoreApplication.translate(
                 "CaseStatusHistory", "When the new status took effect (\"March 2014\" will "
                                      "do); empty: the closing day for a closure, else today. "
                                      "The earlier statuses stay in the history below."))


def status_history_reader(case_id: str | None, lang: str, vocab: Vocab | None
                          ) -> Callable[[Any, dict[str, Any]], Any] | None:
    """The editor's extra read (db lane): the case's status changes."""
    if case_id is None:
        return None
    return lambda session, _data: status_history(session, case_id, lang, vocab)


def _headers() -> list[str]:
    return [QCoreApplication.translate("CaseStatusHistory", "Date"),
            QCoreApplication.translate("CaseStatusHistory", "Status"),
            QCoreApplication.translate("CaseStatusHistory", "Reason"),
            QCoreApplication.translate("CaseStatusHistory", "Notes")]


class CaseStatusHistory(QWidget):
    """The list of a case's status changes; a reopening and an undated entry say so."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseStatusHistory")
        self.heading = QLabel(QCoreApplication.translate("CaseStatusHistory", "Status history"),
                              self)
        font = QFont(self.heading.font())
        font.setBold(True)
        self.heading.setFont(font)
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels(_headers())
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.empty = QLabel(QCoreApplication.translate(
            "CaseStatusHistory", "No status recorded yet."), self)
        self.empty.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.table)
        layout.addWidget(self.empty)
        self.changes: tuple[StatusChange, ...] = ()
        self.set_changes(())

    def set_changes(self, changes: Sequence[StatusChange], lang: str = "en") -> None:
        self.changes = tuple(changes)
        self.table.setRowCount(len(self.changes))
        for r, c in enumerate(self.changes):
            when = c.changed_on.format(lang) if c.changed_on else \
                QCoreApplication.translate("CaseStatusHistory", "date unknown")
            status = c.status or "—"
            if c.reopening and c.status_code != "case_status.reopened":
                status = QCoreApplication.translate(
                    "CaseStatusHistory", "{status} (reopened)").format(status=status)
            cells = (when, status, c.reason, c.notes.replace("\n", " "))
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, c.id)
                if text:
                    item.setToolTip(text)
                if col == COL_DATE and c.undated:
                    italic = QFont(item.font())
                    italic.setItalic(True)
                    item.setFont(italic)
                self.table.setItem(r, col, item)
        self.table.setVisible(bool(self.changes))
        self.empty.setVisible(not self.changes)
        rows = max(len(self.changes), 1)
        self.table.setFixedHeight(self.table.horizontalHeader().height() + 4
                                  + rows * self.table.verticalHeader().defaultSectionSize())

    def rows(self) -> list[list[str]]:
        """The cells as shown, row by row (what a reader sees)."""
        return [[(self.table.item(r, c).text() if self.table.item(r, c) else "")
                 for c in range(self.table.columnCount())] for r in range(self.table.rowCount())]
