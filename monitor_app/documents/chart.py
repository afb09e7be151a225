"""The drawn complaint timeline: one row per complaint, a coloured segment per procedural
step, red marks where an answer came late (or has not come and is overdue), a line for today
and a legend. The same horizontal view as the app's timeline widget, fitted to the page."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, timedelta

from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from monitor_app.documents.fonts import SANS, SANS_BOLD
from monitor_app.queries.timeline import ComplaintTimeline

# Muted, distinguishable, never red or amber (those mean late / due soon).
PALETTE = ("#4E79A7", "#59A14F", "#B07AA1", "#9C755F", "#76B7B2", "#6B6ECF", "#D4A6C8",
           "#8CD17D", "#A0CBE8", "#499894", "#BAB0AC", "#79706E", "#86BCB6", "#D7B5A6")
LATE = colors.HexColor("#C0261C")
MUTED = colors.HexColor("#5B636E")
GRID = colors.HexColor("#D5D9DE")
TEXT = colors.HexColor("#1F2328")


def stage_colours(stage_order: Sequence[str]) -> dict[str, colors.Color]:
    """A stable colour per stage code (by the vocabulary's order)."""
    return {code: colors.HexColor(PALETTE[i % len(PALETTE)]) for i, code in
            enumerate(stage_order)}


def _fit(text: str, font: str, size: float, width: float) -> str:
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


class TimelineChart(Flowable):
    """A flowable of complaint rows; splits between rows when it does not fit a page."""

    ROW_H = 16.0
    BAR_H = 8.0
    AXIS_H = 14.0
    LEGEND_ROW = 11.0

    def __init__(self, timelines: Sequence[ComplaintTimeline], row_labels: Sequence[str],
                 label: Callable[[str | None], str], stage_order: Sequence[str], today: date,
                 *, late_label: str, today_label: str, lang: str,
                 span: tuple[date, date] | None = None, legend: bool = True,
                 colours: dict[str, colors.Color] | None = None) -> None:
        super().__init__()
        self.timelines = list(timelines)
        self.row_labels = list(row_labels)
        self.label = label
        self.stage_order = list(stage_order)
        # distinct colours for the stages this chart shows, in the vocabulary's order
        self.colours = colours or stage_colours(self._stages_used())
        self.today = today
        self.late_label = late_label
        self.today_label = today_label
        self.lang = lang
        self.legend = legend
        self.span = span or self._span()
        self._legend_lines: list[list[tuple[colors.Color | None, str]]] = []
        self.width = 0.0
        self.height = 0.0

    # -- geometry ------------------------------------------------------------------------
    def _span(self) -> tuple[date, date]:
        starts = [s.start for t in self.timelines for s in t.steps]
        ends = [s.end or s.start for t in self.timelines for s in t.steps]
        ends += [s.answered_on for t in self.timelines for s in t.steps if s.answered_on]
        if any(not t.closed for t in self.timelines):
            ends.append(self.today)
        if not starts:
            return self.today - timedelta(days=30), self.today
        lo, hi = min(starts), max(ends + starts)
        if (hi - lo).days < 30:
            hi = lo + timedelta(days=30)
        pad = timedelta(days=max(2, (hi - lo).days // 60))
        return lo - pad, hi + pad

    def _stages_used(self) -> list[str]:
        used = {s.stage for t in self.timelines for s in t.steps if s.stage}
        return [c for c in self.stage_order if c in used] + sorted(used - set(self.stage_order))

    def _layout_legend(self, width: float) -> None:
        items: list[tuple[colors.Color | None, str]] = [
            (self.colours.get(c, colors.grey), self.label(c)) for c in self._stages_used()]
        if any(s.days_late > 0 for t in self.timelines for s in t.steps):
            items.append((None, self.late_label))
        lines: list[list[tuple[colors.Color | None, str]]] = [[]]
        x = 0.0
        for colour, text in items:
            text = _fit(text, SANS, 7, width * 0.45)
            w = 14 + stringWidth(text, SANS, 7) + 12
            if x + w > width and lines[-1]:
                lines.append([])
                x = 0.0
            lines[-1].append((colour, text))
            x += w
        self._legend_lines = lines if lines[0] else []

    @staticmethod
    def _label_width(width: float) -> float:
        return min(3.4 * 72 / 2.54, width * 0.24)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        if self.legend:
            self._layout_legend(avail_width - self._label_width(avail_width) - 4)
        legend_h = (len(self._legend_lines) * self.LEGEND_ROW + 6) if self._legend_lines else 0
        self.height = self.AXIS_H + len(self.timelines) * self.ROW_H + 4 + legend_h
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        fixed = self.AXIS_H + 4
        rows = int((avail_height - fixed - 30) // self.ROW_H)
        if rows < 2 or rows >= len(self.timelines):
            return []

        def part(ts: Sequence[ComplaintTimeline], labels: Sequence[str], legend: bool
                 ) -> TimelineChart:
            return TimelineChart(ts, labels, self.label, self.stage_order, self.today,
                                 late_label=self.late_label, today_label=self.today_label,
                                 lang=self.lang, span=self.span, legend=legend,
                                 colours=self.colours)

        return [part(self.timelines[:rows], self.row_labels[:rows], False),
                part(self.timelines[rows:], self.row_labels[rows:], True)]

    # -- drawing -------------------------------------------------------------------------
    def draw(self) -> None:
        c = self.canv
        lo, hi = self.span
        label_w = self._label_width(self.width)
        x0, x1 = label_w + 4, self.width
        days = max(1, (hi - lo).days)

        def x_of(d: date) -> float:
            return x0 + (x1 - x0) * (d - lo).days / days

        legend_h = (len(self._legend_lines) * self.LEGEND_ROW + 6) if self._legend_lines else 0
        top = self.height
        plot_top = top - self.AXIS_H
        plot_bottom = plot_top - len(self.timelines) * self.ROW_H

        # axis ticks: years, quarters or months depending on the span
        c.setFont(SANS, 6.5)
        c.setLineWidth(0.3)
        step_months = 1 if days <= 200 else 3 if days <= 900 else 6 if days <= 1800 else 12
        d = date(lo.year, lo.month, 1)
        while d <= hi:
            if d >= lo and (d.month - 1) % step_months == 0:
                x = x_of(d)
                c.setStrokeColor(GRID)
                c.line(x, plot_bottom, x, plot_top + 2)
                c.setFillColor(MUTED)
                text = (str(d.year) if d.month == 1 or step_months == 12
                        else f"{d.month:02d}.{d.year % 100:02d}")
                c.drawCentredString(x, plot_top + 4, text)
            d = date(d.year + (d.month // 12), d.month % 12 + 1, 1)

        # rows
        for i, (t, row_label) in enumerate(zip(self.timelines, self.row_labels, strict=True)):
            y_mid = plot_top - (i + 0.5) * self.ROW_H
            c.setFont(SANS, 7)
            c.setFillColor(TEXT)
            c.drawString(0, y_mid - 2.5, _fit(row_label, SANS, 7, label_w - 2))
            y_bar = y_mid - self.BAR_H / 2 + 1
            for s in t.steps:
                end = s.end or (s.start + timedelta(days=max(1, days // 150)) if t.closed
                                else self.today)
                xa, xb = x_of(s.start), max(x_of(end), x_of(s.start) + 1.2)
                c.setFillColor(self.colours.get(s.stage or "", colors.grey))
                c.setStrokeColor(colors.white)
                c.setLineWidth(0.4)
                c.rect(xa, y_bar, xb - xa, self.BAR_H, stroke=1, fill=1)
                if s.days_late > 0 and s.answer_due:
                    late_end = s.answered_on or self.today
                    la, lb = x_of(s.answer_due), max(x_of(late_end), x_of(s.answer_due) + 1.5)
                    c.setFillColor(LATE)
                    c.rect(la, y_bar - 3.2, lb - la, 2.4, stroke=0, fill=1)
                    p = c.beginPath()
                    p.moveTo(la, y_bar + self.BAR_H + 3)
                    p.lineTo(la - 2.4, y_bar + self.BAR_H + 6.5)
                    p.lineTo(la + 2.4, y_bar + self.BAR_H + 6.5)
                    p.close()
                    c.drawPath(p, stroke=0, fill=1)

        # today
        if lo <= self.today <= hi:
            x = x_of(self.today)
            c.setStrokeColor(MUTED)
            c.setLineWidth(0.6)
            c.setDash(2, 2)
            c.line(x, plot_bottom - 2, x, plot_top + 1)
            c.setDash()
            c.setFont(SANS_BOLD, 6)
            c.setFillColor(MUTED)
            c.drawCentredString(x, plot_bottom - 9, self.today_label)

        # legend
        y = legend_h - self.LEGEND_ROW + 2
        for line in self._legend_lines:
            x = x0
            for colour, text in line:
                if colour is None:
                    c.setFillColor(LATE)
                    c.rect(x, y + 1, 10, 2.4, stroke=0, fill=1)
                else:
                    c.setFillColor(colour)
                    c.rect(x, y, 10, 6, stroke=0, fill=1)
                c.setFillColor(TEXT)
                c.setFont(SANS, 7)
                c.drawString(x + 14, y, text)
                x += 14 + stringWidth(text, SANS, 7) + 12
            y -= self.LEGEND_ROW
