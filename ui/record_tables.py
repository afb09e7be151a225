"""The tables of record rows a case view shows (people, allegations, reprisals, custody,
proceedings...): one way to build them, fill them and know which record is selected."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from monitor_app.queries import readmodels as queries

__all__ = ["fill_table", "make_table", "select_id", "selected_id"]


def make_table(headers: Sequence[str], parent: QWidget | None = None,
               stretch: int | None = None) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(list(headers))
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(stretch is None)
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


def fill_table(table: QTableWidget, rows: Sequence[queries.Row],
               tone: Callable[[queries.Row, int], QColor | None] | None = None) -> None:
    selected = selected_id(table)
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row.cells):
            item = QTableWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            if len(text) > 40:
                item.setToolTip(text)
            colour = tone(row, c) if tone else None
            if colour is not None:
                item.setForeground(colour)
            table.setItem(r, c, item)
    if selected:
        select_id(table, selected)


def selected_id(table: QTableWidget) -> str | None:
    items = table.selectedItems()
    return items[0].data(Qt.ItemDataRole.UserRole) if items else None


def select_id(table: QTableWidget, record_id: str) -> bool:
    for r in range(table.rowCount()):
        item = table.item(r, 0)
        if item is not None and item.data(Qt.ItemDataRole.UserRole) == record_id:
            table.blockSignals(True)
            table.selectRow(r)
            table.blockSignals(False)
            table.scrollToItem(item)
            return True
    return False
