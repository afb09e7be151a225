"""The Deadlines view, the monitor's inbox: every complaint step whose answer is late
(overdue first, most late first) or due this week, each row opening its case at that step."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QLabel, QTreeWidgetItem, QWidget

from monitor_app.queries.timeline import DeadlineCounts
from ui.context import AppContext
from ui.list_models import DeadlinesModel, display, tone_colour
from ui.list_view import RecordListView


def deadline_nav_counts(counts: DeadlineCounts) -> dict[str, int]:
    """The navigation's entries for Deadlines: the list's rows (the number shown, the one
    the status bar says too) and how many of them are overdue (its colour and tooltip)."""
    return {"deadlines": counts.total, "deadlines_overdue": counts.overdue}


def show_deadline_count(item: QTreeWidgetItem, counts: dict[str, int]) -> None:
    """Colour and explain the number beside Deadlines: red while an answer is overdue."""
    late = counts.get("deadlines_overdue", 0)
    soon = counts.get("deadlines", 0) - late
    item.setToolTip(1, QCoreApplication.translate(
        "Deadlines", "%1 overdue, %2 due within 7 days").replace(
            "%1", display(late, "")).replace("%2", display(soon, "")))
    if late:
        item.setForeground(1, tone_colour("overdue"))
    else:
        item.setData(1, Qt.ItemDataRole.ForegroundRole, None)


class DeadlinesView(RecordListView):
    """A list of deadline rows; ``step_opened(case_id, step_id, full_width)``."""

    step_selected = Signal(str, str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        model = DeadlinesModel(ctx)
        super().__init__(ctx, "deadlines", parent, model=model, filters=False)
        model.setParent(self)
        self.deadlines_model = model
        self.note = QLabel(self)
        self.note.setObjectName("deadlines_note")
        self.note.setWordWrap(True)
        self.note.setContentsMargins(6, 4, 6, 4)
        self.layout().insertWidget(0, self.note)
        widths = (80, 85, 60, 115, 240, 200, 200)
        for i, w in enumerate(widths):
            self.table.setColumnWidth(i, w)
        self.retranslate()

    def current_step(self) -> tuple[str, str] | None:
        index = self.table.currentIndex()
        rows = self.deadlines_model.rows
        if not index.isValid() or not 0 <= index.row() < len(rows):
            return None
        r = rows[index.row()]
        return r.case_id, r.step_id

    def retranslate(self) -> None:
        self.note.setText(self.tr(
            "Complaint steps still waiting for an answer: overdue first, then due within "
            "7 days. Open a row to see the case at that step."))

    def changeEvent(self, event: object) -> None:  # noqa: N802
        from PySide6.QtCore import QEvent

        if getattr(event, "type", lambda: None)() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)  # type: ignore[arg-type]
