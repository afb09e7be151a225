"""The complaint timeline drawn as a time axis: one row per complaint, a segment per stage.

Colour carries meaning only: the stages are drawn in the palette's neutral highlight
(alternating shades so neighbours stay apart, the current stage the strongest); red marks
a late or overdue answer, amber an answer due within a week, grey a closed complaint.
The rows and marks the widget draws are kept in :attr:`TimelineWidget.rows` (plain data),
so tests and the dossier can check what is shown.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from monitor_app.dates import format_day, format_days

RED = QColor("#d32f2f")
AMBER = QColor("#f2a900")
DUE_SOON_DAYS = 7


@dataclass(frozen=True)
class Segment:
    step_id: str
    start: date
    end: date
    stage: str
    tone: str  # "past" | "current" | "closed"
    tooltip: str


@dataclass(frozen=True)
class Mark:
    step_id: str
    kind: str  # "late" | "overdue" | "due_soon"
    due: date
    until: date  # the answer date, or today while none came
    days: int


@dataclass
class TimelineRow:
    complaint_id: str
    title: str
    subtitle: str
    closed: bool
    segments: list[Segment] = field(default_factory=list)
    marks: list[Mark] = field(default_factory=list)


class TimelineWidget(QWidget):
    """Draws a case's complaint timelines; click a segment to pick its step."""

    step_clicked = Signal(str)

    LABEL_WIDTH = 200
    AXIS_HEIGHT = 30
    ROW_HEIGHT = 40
    BAR_HEIGHT = 18
    LEGEND_HEIGHT = 28

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[TimelineRow] = []
        self.today = date.today()
        self.lang = "en"
        self.first = self.today
        self.last = self.today
        self.selected_step: str | None = None
        self._hits: list[tuple[QRectF, Segment]] = []
        self._mark_hits: list[tuple[QRectF, Mark]] = []
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(self.AXIS_HEIGHT + self.ROW_HEIGHT + self.LEGEND_HEIGHT)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Complaint timeline"))

    # -- data ---------------------------------------------------------------------------
    def set_timelines(self, timelines: Sequence[Any], label: Callable[[str | None], str],
                      today: date | None = None, lang: str = "en") -> None:
        """Show ``monitor_app.queries.timeline.ComplaintTimeline`` objects; ``label`` names a term,
        dates in the tooltips are written in ``lang``."""
        self.today = today or date.today()
        self.lang = lang
        rows = []
        for t in timelines:
            title = label(t.body) or self.tr("Complaint")
            sub = t.subject or ""
            closed = bool(getattr(t, "closed", False))
            row = TimelineRow(t.complaint_id, title, sub, closed)
            for i, s in enumerate(t.steps):
                following = t.steps[i + 1] if i + 1 < len(t.steps) else None
                end = s.end or (s.start if closed and s.is_current else self.today)
                if end < s.start:
                    end = s.start
                tone = "closed" if closed else ("current" if s.is_current else "past")
                row.segments.append(Segment(s.step_id, s.start, end, label(s.stage), tone,
                                            self._tooltip(t, s, label, following)))
                if s.answer_due is not None:
                    if s.days_late > 0:
                        until = s.answered_on or self.today
                        row.marks.append(Mark(s.step_id, "overdue" if s.overdue else "late",
                                              s.answer_due, until, s.days_late))
                    elif s.awaiting \
                            and 0 <= (s.answer_due - self.today).days <= DUE_SOON_DAYS:
                        row.marks.append(Mark(s.step_id, "due_soon", s.answer_due,
                                              s.answer_due, (s.answer_due - self.today).days))
            rows.append(row)
        self.rows = rows
        dates = [d for r in rows for s in r.segments for d in (s.start, s.end)]
        dates += [m.due for r in rows for m in r.marks]
        if dates:
            self.first, self.last = min(dates), max(max(dates), self.today)
        else:
            self.first = self.last = self.today
        if (self.last - self.first).days < 30:
            self.first -= timedelta(days=7)
            self.last += timedelta(days=7)
        span = (self.last - self.first).days
        self.last += timedelta(days=max(3, span // 30))
        self.setMinimumHeight(self._height())
        self.updateGeometry()
        self.update()

    def _day(self, day: date | None) -> str:
        return format_day(day, self.lang) if day else ""

    def _when(self, when: Any) -> str:
        """A step's date at its precision ("January 2018"), or that it is unknown."""
        if when is None:
            return QCoreApplication.translate("TimelineWidget", "date unknown")
        return when.format(self.lang)

    def _tooltip(self, t: Any, s: Any, label: Callable[[str | None], str],
                 following: Any = None) -> str:
        lines = [f"<b>{label(s.stage)}</b>"]
        lines.append(self.tr("Body: {body}").format(body=label(s.body)) if s.body else "")
        lines.append(self.tr("From {start} to {end}").format(
            start=self._when(s.when),
            end=self._when(following.when) if following is not None else self.tr("today")))
        if s.days_in_stage is not None:
            lines.append(self.tr("Days in this stage: {days}").format(days=s.days_in_stage))
        if s.reference_no:
            lines.append(self.tr("Reference: {ref}").format(ref=s.reference_no))
        if s.answer_due:
            lines.append(self.tr("Answer due: {due}").format(due=self._day(s.answer_due)))
        if s.days_late:
            if s.answered_on is None:
                late = self.tr("No answer, %n day(s) overdue", "", s.days_late)
            else:
                late = self.tr("Answered %n day(s) late", "", s.days_late)
            lines.append(f"<span style='color:#d32f2f'>{late}</span>")
        elif getattr(s, "lateness", None) == "possibly_late":
            late = QCoreApplication.translate(
                "TimelineWidget", "Possibly late: the dates allow {days} past the deadline"
            ).format(days=format_days(s.late_days, self.lang))
            lines.append(f"<span style='color:#d32f2f'>{late}</span>")
        if s.outcome:
            lines.append(self.tr("Outcome: {outcome}").format(outcome=s.outcome))
        return "<br>".join(line for line in lines if line)

    def segment_count(self) -> int:
        return sum(len(r.segments) for r in self.rows)

    def marks(self, kind: str | None = None) -> list[Mark]:
        return [m for r in self.rows for m in r.marks if kind is None or m.kind == kind]

    def select_step(self, step_id: str | None) -> None:
        self.selected_step = step_id
        self.update()

    # -- geometry -----------------------------------------------------------------------
    def _height(self) -> int:
        return self.AXIS_HEIGHT + max(1, len(self.rows)) * self.ROW_HEIGHT + self.LEGEND_HEIGHT + 8

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(800, self._height())

    def _x(self, d: date, left: float, width: float) -> float:
        span = max(1, (self.last - self.first).days)
        return left + width * (d - self.first).days / span

    # -- painting -----------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        text = pal.color(QPalette.ColorRole.WindowText)
        mid = pal.color(QPalette.ColorRole.Mid)
        quiet = pal.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
        base_font = QFont(self.font())
        small = QFont(base_font)
        small.setPointSizeF(base_font.pointSizeF() * 0.85)
        left = float(self.LABEL_WIDTH)
        width = max(50.0, self.width() - left - 16)
        top = float(self.AXIS_HEIGHT)
        self._hits, self._mark_hits = [], []

        if not self.rows:
            p.setPen(quiet)
            p.drawText(self.rect().adjusted(12, 0, -12, -self.LEGEND_HEIGHT),
                       Qt.AlignmentFlag.AlignCenter,
                       self.tr("No complaints yet. Add a complaint to start its timeline."))
            self._draw_legend(p, left)
            return

        # axis with month or year ticks
        p.setFont(small)
        p.setPen(QPen(mid, 1))
        bottom = top + len(self.rows) * self.ROW_HEIGHT
        p.drawLine(QPointF(left, top - 4), QPointF(left + width, top - 4))
        for tick, text_label in self._ticks(width):
            x = self._x(tick, left, width)
            p.setPen(QPen(mid, 1, Qt.PenStyle.DotLine))
            p.drawLine(QPointF(x, top - 4), QPointF(x, bottom))
            p.setPen(quiet)
            p.drawText(QRectF(x + 3, 2, 90, top - 8),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text_label)
        # today
        tx = self._x(self.today, left, width)
        p.setPen(QPen(text, 1, Qt.PenStyle.DashLine))
        p.drawLine(QPointF(tx, top - 4), QPointF(tx, bottom))
        p.setPen(text)
        p.drawText(QRectF(tx - 40, bottom, 80, 14), Qt.AlignmentFlag.AlignHCenter,
                   self.tr("today"))

        highlight = pal.color(QPalette.ColorRole.Highlight)
        for i, row in enumerate(self.rows):
            y = top + i * self.ROW_HEIGHT
            if i % 2:
                p.fillRect(QRectF(0, y, self.width(), self.ROW_HEIGHT),
                           pal.color(QPalette.ColorRole.AlternateBase))
            # label
            p.setFont(base_font)
            p.setPen(quiet if row.closed else text)
            fm = QFontMetrics(base_font)
            p.drawText(QRectF(8, y + 3, left - 16, 18),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                       fm.elidedText(row.title, Qt.TextElideMode.ElideRight, int(left - 16)))
            p.setFont(small)
            p.setPen(quiet)
            sub = row.subtitle or (self.tr("closed") if row.closed else "")
            if row.closed and row.subtitle:
                sub = self.tr("closed") + " · " + row.subtitle
            p.drawText(QRectF(8, y + 20, left - 16, 16),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                       QFontMetrics(small).elidedText(sub, Qt.TextElideMode.ElideRight,
                                                      int(left - 16)))
            bar_top = y + (self.ROW_HEIGHT - self.BAR_HEIGHT) / 2 - 3
            for j, seg in enumerate(row.segments):
                x1 = self._x(seg.start, left, width)
                x2 = max(x1 + 3, self._x(seg.end, left, width))
                rect = QRectF(x1, bar_top, x2 - x1, self.BAR_HEIGHT)
                if seg.tone == "closed":
                    fill = QColor(mid)
                else:
                    fill = QColor(highlight)
                    fill.setAlphaF(0.95 if seg.tone == "current" else (0.45 if j % 2 else 0.65))
                p.setPen(QPen(pal.color(QPalette.ColorRole.Base), 1))
                p.setBrush(fill)
                p.drawRoundedRect(rect, 3, 3)
                if seg.step_id == self.selected_step:
                    p.setPen(QPen(text, 2))
                    p.setBrush(Qt.BrushStyle.NoBrush)
                    p.drawRoundedRect(rect.adjusted(-1, -1, 1, 1), 3, 3)
                p.setFont(small)
                fm_small = QFontMetrics(small)
                if rect.width() > 40:
                    p.setPen(pal.color(QPalette.ColorRole.HighlightedText)
                             if seg.tone == "current" else text)
                    p.drawText(rect.adjusted(4, 0, -3, 0),
                               Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                               fm_small.elidedText(seg.stage, Qt.TextElideMode.ElideRight,
                                                   int(rect.width() - 7)))
                self._hits.append((rect, seg))
            # late and due-soon marks under the bar
            for mark in row.marks:
                colour = AMBER if mark.kind == "due_soon" else RED
                x1 = self._x(mark.due, left, width)
                x2 = max(x1 + 2, self._x(mark.until, left, width))
                my = bar_top + self.BAR_HEIGHT + 3
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(colour)
                p.drawRect(QRectF(x1, my, x2 - x1, 3))
                tri = QPolygonF([QPointF(x1, my - 1), QPointF(x1 - 5, my + 8),
                                 QPointF(x1 + 5, my + 8)])
                p.drawPolygon(tri)
                if mark.kind != "due_soon":
                    p.setFont(small)
                    p.setPen(colour)
                    p.drawText(QRectF(x2 + 3, my - 4, 90, 14),
                               Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                               self.tr("+{days} d").format(days=mark.days))
                self._mark_hits.append((QRectF(x1 - 6, my - 2, x2 - x1 + 12, 12), mark))
        self._draw_legend(p, left)

    def _draw_legend(self, p: QPainter, left: float) -> None:
        pal = self.palette()
        small = QFont(self.font())
        small.setPointSizeF(self.font().pointSizeF() * 0.85)
        p.setFont(small)
        fm = QFontMetrics(small)
        y = self.height() - self.LEGEND_HEIGHT + 8
        x = left
        highlight = QColor(pal.color(QPalette.ColorRole.Highlight))
        items = [
            (highlight, self.tr("stage (current one darkest)")),
            (RED, self.tr("answer late or overdue")),
            (AMBER, self.tr("answer due within a week")),
            (pal.color(QPalette.ColorRole.Mid), self.tr("closed")),
        ]
        for colour, text_label in items:
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(colour)
            p.drawRoundedRect(QRectF(x, y + 2, 12, 10), 2, 2)
            p.setPen(pal.color(QPalette.ColorRole.WindowText))
            p.drawText(QPointF(x + 16, y + 11), text_label)
            x += 16 + fm.horizontalAdvance(text_label) + 18

    def _ticks(self, width: float) -> list[tuple[date, str]]:
        span = max(1, (self.last - self.first).days)
        months_per_px = span / 30.4 / max(width, 1)
        step = 1
        for candidate in (1, 2, 3, 6, 12, 24, 60):
            step = candidate
            if candidate / months_per_px >= 70:
                break
        ticks = []
        year, month = self.first.year, self.first.month
        month_index = year * 12 + (month - 1) + 1
        while True:
            y, m = divmod(month_index, 12)
            d = date(y, m + 1, 1)
            if d > self.last:
                break
            if (m % step == 0) if step < 12 else (m == 0 and y % (step // 12) == 0):
                text_label = str(y) if m == 0 or step >= 12 else \
                    f"{calendar.month_abbr[m + 1]} {y}"
                ticks.append((d, text_label))
            month_index += 1
        return ticks

    # -- interaction ---------------------------------------------------------------------
    def segment_at(self, pos: QPointF) -> Segment | None:
        for rect, seg in self._hits:
            if rect.contains(pos):
                return seg
        return None

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            pos = QPointF(event.pos())
            seg = self.segment_at(pos)
            if seg is None:
                for rect, mark in self._mark_hits:
                    if rect.contains(pos):
                        seg = next((s for _r, s in self._hits if s.step_id == mark.step_id),
                                   None)
                        break
            if seg is not None:
                QToolTip.showText(event.globalPos(), seg.tooltip, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        seg = self.segment_at(event.position())
        if seg is not None:
            self.select_step(seg.step_id)
            self.step_clicked.emit(seg.step_id)
        super().mousePressEvent(event)
