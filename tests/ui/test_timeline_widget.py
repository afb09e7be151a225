"""The drawn complaint timeline: segments per stage, late, overdue and due-soon marks, dark mode."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette

from monitor_app.queries.timeline import ComplaintTimeline, StepSpan
from ui.timeline_widget import TimelineWidget

TODAY = date(2024, 6, 1)


def span(step_id: str, start: date, end: date | None, *, due: date | None = None,
         answered: date | None = None, late: int = 0, overdue: bool = False,
         stage: str = "complaint_stage.complaint_filed") -> StepSpan:
    return StepSpan(step_id=step_id, complaint_id="c1", stage=stage,
                    body="complaint_body.prosecutor", start=start, end=end,
                    days_in_stage=((end or TODAY) - start).days, reference_no="R-1",
                    outcome="refused", answer_due=due, answered_on=answered, days_late=late,
                    overdue=overdue, is_current=end is None,
                    awaiting=answered is None and end is None)


def timeline(cid: str, steps: list[StepSpan], closed: bool = False) -> ComplaintTimeline:
    return ComplaintTimeline(complaint_id=cid, case_id="k", body="complaint_body.prosecutor",
                             subject="Beating", filed_on=steps[0].start, steps=tuple(steps),
                             total_days=100, current_stage=steps[-1].stage,
                             days_in_current_stage=steps[-1].days_in_stage,
                             late_answers=sum(1 for s in steps if s.days_late), closed=closed)


def label(code: str | None) -> str:
    return {"complaint_body.prosecutor": "Prosecutor's office"}.get(code or "", code or "")


def test_rows_segments_and_marks(qtbot) -> None:
    widget = TimelineWidget()
    qtbot.addWidget(widget)
    first = timeline("c1", [
        span("s1", date(2024, 1, 1), date(2024, 2, 10), due=date(2024, 1, 22),
             answered=date(2024, 2, 10), late=19),
        span("s2", date(2024, 2, 10), None, due=date(2024, 3, 1), late=92, overdue=True),
    ])
    second = timeline("c2", [
        span("s3", date(2024, 5, 1), None, due=date(2024, 6, 5)),
    ])
    closed = timeline("c3", [
        span("s4", date(2023, 3, 1), date(2023, 4, 1)),
        span("s5", date(2023, 4, 1), None, stage="complaint_stage.refusal_to_open"),
    ], closed=True)
    widget.set_timelines([first, second, closed], label, TODAY)
    assert [len(r.segments) for r in widget.rows] == [2, 1, 2]
    assert widget.segment_count() == 5
    assert [(m.kind, m.days) for m in widget.marks()] == [("late", 19), ("overdue", 92),
                                                          ("due_soon", 4)]
    assert [s.tone for s in widget.rows[0].segments] == ["past", "current"]
    assert {s.tone for s in widget.rows[2].segments} == {"closed"}
    assert widget.rows[0].title == "Prosecutor's office"
    assert "92 days overdue" in widget.rows[0].segments[1].tooltip
    assert "Reference: R-1" in widget.rows[0].segments[0].tooltip
    assert widget.first <= date(2023, 3, 1) and widget.last >= TODAY

    widget.resize(900, widget.sizeHint().height())
    image = widget.grab().toImage()
    assert not image.isNull()
    # a click on a drawn segment picks its step
    rect, seg = widget._hits[0]
    clicked: list[str] = []
    widget.step_clicked.connect(clicked.append)
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    assert clicked == [seg.step_id] and widget.selected_step == seg.step_id


def test_empty_and_dark_palette(qtbot) -> None:
    widget = TimelineWidget()
    qtbot.addWidget(widget)
    dark = QPalette()
    for role, colour in ((QPalette.ColorRole.Window, "#202020"),
                         (QPalette.ColorRole.WindowText, "#eeeeee"),
                         (QPalette.ColorRole.Base, "#181818"),
                         (QPalette.ColorRole.AlternateBase, "#262626")):
        dark.setColor(role, QColor(colour))
    widget.setPalette(dark)
    widget.set_timelines([], label, TODAY)
    assert widget.rows == [] and widget.segment_count() == 0
    widget.resize(600, widget.sizeHint().height())
    assert not widget.grab().isNull()
