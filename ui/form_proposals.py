"""Forms that use what the app knows (issue 10): a new record's first field has the focus,
a case's region follows its place, a new case is offered the next free reference and a new
person the next free code, and the question before a deletion names what it deletes.

What is proposed comes from :mod:`monitor_app.proposals` and :mod:`monitor_app.identifiers`,
read on the db lane (``ctx.read``); nothing here writes. A proposal never replaces what the
user typed.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox, QWidget

from monitor_app import proposals
from monitor_app.identifiers import reference_example
from ui import errors
from ui.context import AppContext


def focus_first_field(widget: QWidget | None) -> bool:
    """Put the cursor in the first field of a new record's form (after Ctrl+N the first
    letters typed go there, not into the list's search box); False when ``widget`` is not
    a new record's form (an edited record kept open when the user chose to stay)."""
    if widget is None or getattr(widget, "record_id", "") is not None:
        return False
    form = getattr(widget, "form", None)
    first = form.first_focus() if form is not None else None
    if first is None:
        return False
    first.setFocus(Qt.FocusReason.OtherFocusReason)
    return True


def _store_tag(ctx: AppContext) -> str:
    return ctx.store.identity.tag if ctx.store is not None else ""


def reference_placeholder(ctx: AppContext, today: date | None = None) -> str:
    """"e.g. KZ-2026-00017-7QF2K": an example in the store's own reference scheme."""
    year = (today or date.today()).year
    return QCoreApplication.translate("FormProposals", "e.g. {reference}").format(
        reference=reference_example(_store_tag(ctx), year))


def _offer(field: QLineEdit, text: str) -> None:
    """Fill an empty field with a proposal, selected when the cursor is in it, so that typing
    replaces it and Tab keeps it."""
    if field.text().strip() or not text:
        return
    field.setText(text)
    if field.hasFocus():
        field.selectAll()


def propose(editor: Any, name: str, ask: Callable[[Any], str]) -> None:
    """Offer ``ask(session)`` (run on the db lane) in the editor's empty field ``name``."""
    field = editor.form.field(name)
    if field.text().strip() or editor.ctx.store is None:
        return
    editor.ctx.read(ask, lambda text: _offer(field, text), errors.quiet(f"proposing a {name}"))


def propose_case_reference(editor: Any, today: date | None = None) -> None:
    """A new case is offered the next free reference of the year (the store's count and
    tag: :func:`monitor_app.identifiers.next_case_reference`)."""
    tag, year = _store_tag(editor.ctx), (today or date.today()).year
    propose(editor, "reference", lambda s: proposals.next_case_reference(s, tag, year))


def propose_person_code(editor: Any) -> None:
    """A new person is offered the next free code of the store (never made from the name)."""
    tag = _store_tag(editor.ctx)
    propose(editor, "code", lambda s: proposals.next_person_code(s, tag))


class RegionFromPlace(QObject):
    """Choosing a place of detention fills the region with the place's own, when the region
    is empty or still holds what an earlier choice filled in; a region the user picked is
    kept."""

    def __init__(self, editor: Any, place: str = "facility_id", region: str = "region") -> None:
        super().__init__(editor)
        self.place, self.region = place, region
        self.filled: str | None = None  # what this filled in last
        editor.form.edited.connect(self.on_edited)

    @property
    def editor(self) -> Any:
        """The editor this belongs to: its Qt parent, never held by a Python reference (a
        cycle through this child kept a closed editor's wrapper alive after Qt deleted it)."""
        return self.parent()

    def on_edited(self, name: str) -> None:
        if name != self.place:
            return
        picker = self.editor.form.field(self.place)
        facility_id = picker.value()
        if not facility_id or picker.problem():
            return

        def answer(region: str | None) -> None:
            field = self.editor.form.field(self.region)
            if picker.value() != facility_id or not region:
                return  # another place was chosen meanwhile, or this one has no region
            if field.value() not in (None, self.filled):
                return  # the user's own choice
            field.set_value(region)
            self.filled = region
            self.editor.mark_edited()

        self.editor.ctx.read(lambda s: proposals.place_region(s, facility_id), answer,
                             errors.quiet("reading a place's region"))


# -- the question before a deletion --------------------------------------------------------

def _question(kind: str, label: str) -> str:
    questions = {
        "cases": QCoreApplication.translate("FormProposals", "Delete the case “{label}”?"),
        "visits": QCoreApplication.translate("FormProposals", "Delete the visit “{label}”?"),
        "facilities": QCoreApplication.translate(
            "FormProposals", "Delete the place of detention “{label}”?"),
        "people": QCoreApplication.translate("FormProposals", "Delete the person “{label}”?"),
        "reprisals": QCoreApplication.translate(
            "FormProposals", "Delete the reprisal “{label}”?"),
    }
    text = questions.get(kind) or QCoreApplication.translate("FormProposals",
                                                             "Delete “{label}”?")
    return text.format(label=label)


def delete_texts(d: proposals.Deletion) -> tuple[str, str]:
    """The question and its explanation: what is deleted, what goes with it, and Undo."""
    details = []
    if d.parts:
        details.append(QCoreApplication.translate(
            "FormProposals", "The %n record(s) that belong to it go with it.", "", d.parts))
    details.append(QCoreApplication.translate(
        "FormProposals", "You can undo this right after (Ctrl+Z)."))
    return _question(d.kind, d.label), " ".join(details)


def ask_delete(parent: QWidget, ctx: AppContext, kind: str, record_id: str,
               on_yes: Callable[[], None]) -> None:
    """Read what deleting the record means (db lane), ask, and call ``on_yes`` on Yes."""
    vocab, lang = ctx.vocab, ctx.lang
    if vocab is None:
        return

    def ask(d: proposals.Deletion) -> None:
        text, info = delete_texts(d)
        box = QMessageBox(QMessageBox.Icon.Question,
                          QCoreApplication.translate("FormProposals", "Delete"), text,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
        box.setObjectName("deleteQuestion")
        box.setInformativeText(info)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        if box.exec() == QMessageBox.StandardButton.Yes:
            on_yes()

    def failed(exc: BaseException) -> None:
        errors.show_user_error(parent, exc, QCoreApplication.translate(
            "FormProposals", "Not deleted"), context="reading a record to delete")

    ctx.read(lambda s: proposals.deletion(s, vocab, kind, record_id, lang), ask, failed)


# -- a new allegation of a case --------------------------------------------------------------

CASE_VICTIM = "victim_id"  # a new allegation's default: linked to it as a victim when saved


def new_allegation_defaults(case_id: str, case: Any) -> dict[str, Any]:
    """Where a new allegation opened from its case starts: in the case, at the case's place
    of detention, with the case's victim (``case``: the case file's
    :class:`~monitor_app.queries.casefile.CaseInfo`)."""
    defaults: dict[str, Any] = {"case_id": case_id}
    if case.facility_id:
        defaults["facility_id"] = case.facility_id
    if case.primary_victim_id:
        defaults[CASE_VICTIM] = case.primary_victim_id
    return defaults
