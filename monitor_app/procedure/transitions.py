"""Which stage may follow which, and which bodies act at a stage: a warning, never a refusal.

The record says what happened, however irregular (a case sent to court straight after a
refusal, a verdict from the prosecutor): the step editor shows :func:`transition_warning`
beside the period notice and saves the step as entered. The order and the bodies are
built-in data (:data:`monitor_app.procedure.data.NEXT`, :data:`~monitor_app.procedure.data.
BODIES`); a stage a user added has no usual order, so it gets no warning.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import ComplaintStep
from monitor_app.dates import ApproxDate, approx_or_none
from monitor_app.procedure.data import BODIES, FREE_AFTER, FREE_BEFORE, NEXT
from monitor_app.queries.timeline import step_order
from monitor_app.vocabulary import LANGS, Vocab

__all__ = ["body_acts_at", "may_follow", "other_steps", "previous_stage",
           "transition_warning"]

StepStage = tuple[str | None, str | None]  # (stored date, stage)

_ORDER = {
    "en": "“{stage}” does not usually follow “{previous}”.",
    "ru": "Этап «{stage}» обычно не следует за этапом «{previous}».",
    "kk": "«{stage}» кезеңі әдетте «{previous}» кезеңінен кейін келмейді.",
}
_FIRST = {
    "en": "“{stage}” does not usually come first: record the complaint's filing before it.",
    "ru": "Этап «{stage}» обычно не бывает первым: сначала отметьте подачу жалобы.",
    "kk": "«{stage}» кезеңі әдетте бірінші болмайды: алдымен шағымның берілгенін белгілеңіз.",
}
_BODY = {
    "en": "{body} does not usually act at the stage “{stage}”.",
    "ru": "{body} обычно не действует на этапе «{stage}».",
    "kk": "{body} әдетте «{stage}» кезеңінде әрекет етпейді.",
}
_FIRST_STAGES = frozenset({"complaint_stage.complaint_filed", "complaint_stage.other",
                           "complaint_stage.counter_charge",
                           "complaint_stage.withdrawn_under_pressure"})


def may_follow(previous: str | None, stage: str) -> bool:
    """``stage`` is a usual next step after ``previous`` (None: it comes first)."""
    if previous is None:
        return stage in _FIRST_STAGES or stage not in NEXT
    if previous in FREE_AFTER or stage in FREE_BEFORE:
        return True
    if previous not in NEXT or stage not in NEXT:
        return True  # a user's own stage: no usual order to check against
    return stage in NEXT[previous]


def body_acts_at(stage: str, body: str | None) -> bool:
    """``body`` is one of the bodies that act at ``stage`` (any body when none are named)."""
    return not body or stage not in BODIES or body in BODIES[stage]


def transition_warning(vocab: Vocab, previous_stage: str | None, stage: str | None,
                       body: str | None, lang: str = "en", *, first: bool = False
                       ) -> str | None:
    """A warning in ``lang`` when ``stage`` does not usually follow ``previous_stage`` (or
    come first: ``first``) or ``body`` does not act at it; None when the step is usual."""
    if not stage:
        return None
    lang = lang if lang in LANGS else "en"
    label = vocab.label(stage, lang)
    if first and not may_follow(None, stage):
        return _FIRST[lang].format(stage=label)
    if not first and previous_stage and not may_follow(previous_stage, stage):
        return _ORDER[lang].format(stage=label, previous=vocab.label(previous_stage, lang))
    if not body_acts_at(stage, body):
        return _BODY[lang].format(body=vocab.label(body, lang), stage=label)
    return None


def other_steps(session: Session, complaint_id: str, exclude_id: str | None = None
                ) -> tuple[StepStage, ...]:
    """The complaint's other live steps as (stored date, stage), in timeline order: what
    the step editor needs to find the step before the one being entered."""
    stmt = (select(ComplaintStep.occurred_on, ComplaintStep.stage)
            .where(ComplaintStep.complaint_id == complaint_id,
                   ComplaintStep.deleted.is_(False))
            .order_by(*step_order()))
    if exclude_id:
        stmt = stmt.where(ComplaintStep.id != exclude_id)
    return tuple((when, stage) for when, stage in session.execute(stmt))


def previous_stage(steps: Sequence[StepStage], when: ApproxDate | None
                   ) -> tuple[str | None, bool]:
    """The stage of the step before a step dated ``when`` among ``steps`` (timeline order),
    and whether the step comes first. An undated step comes after every other step (it
    keeps the place it is entered in)."""
    before = list(steps)
    if when is not None:
        key = when.sort_key()
        before = [s for s in steps
                  if (d := approx_or_none(s[0])) is None or d.sort_key() <= key]
        # an undated step sorts where it was entered: keep it only when a dated one
        # after it is still before ``when`` (it then comes before too)
        while before and approx_or_none(before[-1][0]) is None:
            before.pop()
    if not before:
        return None, True
    return before[-1][1], False
