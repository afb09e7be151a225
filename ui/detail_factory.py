"""Which widget shows a record of each kind: the one entry point the main window uses.

It sits above every detail widget (the case view, the visit form, the editors), so
that ``ui.detail``, which they all build on, imports none of them.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ui import exchange_view
from ui.case_view import CaseView
from ui.context import AppContext
from ui.detail import DetailWidget, SummaryDetail
from ui.editors import editor_class
from ui.visit_form import VisitForm


def make_detail(ctx: AppContext, kind: str, record_id: str | None,
                parent: QWidget | None = None) -> DetailWidget:
    """The widget that shows (``record_id``) or creates (None) a record of ``kind``, saying
    so above it while the record has an open conflict from a merge."""
    widget = _make(ctx, kind, record_id, parent)
    exchange_view.mark_if_disputed(ctx, widget, record_id)
    return widget


def _make(ctx: AppContext, kind: str, record_id: str | None,
          parent: QWidget | None) -> DetailWidget:
    if ctx.store is not None and ctx.store.read_only:
        # a view beside another program's writer (ui.read_only): text, never an editor
        return SummaryDetail(ctx, kind, record_id, parent)
    if kind == "cases" and record_id:
        return CaseView(ctx, record_id, parent)
    if kind == "visits":
        return VisitForm(ctx, record_id, parent)
    cls = editor_class(kind)
    if cls is not None:
        return cls(ctx, record_id, parent)
    return SummaryDetail(ctx, kind, record_id, parent)
