"""Deadline rules as a store holds them, and the one lookup of a step's answer deadline.

The built-in rules (:mod:`monitor_app.procedure.data`) are seeded into every store at open
(:func:`seed`), through a Writer so each has a history; a user's edit of one
(``edited``) is never overwritten. :func:`answer_days` is the one rule for which deadline a
step gets: the rule for its stage and body, else for its stage and any body; when that rule
says the body's term applies, the body's general rule. A stage without any rule gets no
deadline (never the body's by default): a counter-charge, a verdict or a hearing has none.
Rules have in-force periods (the Law on appeals until mid-2021, the Administrative
Procedural Code after): a rule applies to a step dated inside its period.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import DeadlineRule
from monitor_app.procedure.data import RULES, RuleSpec

if TYPE_CHECKING:
    from monitor_app.records import Writer

__all__ = ["DeadlineRules", "Rule", "answer_days", "builtin_rules", "load", "rule_for", "seed"]

KIND = "deadline_rules"


@dataclass(frozen=True)
class Rule:
    """One deadline rule (a plain copy of a ``deadline_rules`` row or of built-in data)."""

    id: str
    stage: str | None
    body: str | None
    days: int | None
    uses_body_term: bool
    legal_source: str
    in_force_from: str | None = None
    in_force_until: str | None = None
    builtin: bool = True
    edited: bool = False
    version: str = ""

    def in_force(self, day: date | None) -> bool:
        """The rule applies at ``day`` (a rule with a period never applies to no date)."""
        if self.in_force_from is None and self.in_force_until is None:
            return True
        if day is None:
            return False
        return ((self.in_force_from is None or day >= date.fromisoformat(self.in_force_from))
                and (self.in_force_until is None
                     or day <= date.fromisoformat(self.in_force_until)))


@dataclass(frozen=True)
class DeadlineRules:
    """A snapshot of every live rule of a store (or the built-in ones)."""

    rules: tuple[Rule, ...]

    def find(self, stage: str | None, body: str | None, day: date | None) -> Rule | None:
        """The live rule for exactly this stage and body (None = any) in force at ``day``."""
        for r in self.rules:
            if r.stage == stage and r.body == body and r.in_force(day):
                return r
        return None


def _from_spec(spec: RuleSpec) -> Rule:
    return Rule(spec.rule_id, spec.stage, spec.body, spec.days, spec.uses_body_term,
                spec.source, spec.in_force_from, spec.in_force_until)


def builtin_rules() -> DeadlineRules:
    """The rules the app ships (for code without a store: the demo's plans)."""
    return _BUILTIN


_BUILTIN = DeadlineRules(tuple(_from_spec(s) for s in RULES))


def load(session: Session, stages: Iterable[str] | None = None) -> DeadlineRules:
    """The store's live rules; only those of ``stages`` and the bodies' general rules when
    given (a bulk import needs one stage's)."""
    stmt = select(DeadlineRule).where(DeadlineRule.deleted.is_(False))
    if stages is not None:
        wanted = [s for s in stages if s]
        stmt = stmt.where(DeadlineRule.stage.in_(wanted) | DeadlineRule.stage.is_(None))
    rows = session.scalars(stmt.order_by(DeadlineRule.stage, DeadlineRule.body,
                                         DeadlineRule.in_force_from, DeadlineRule.id))
    return DeadlineRules(tuple(
        Rule(r.id, r.stage, r.body, r.days, bool(r.uses_body_term), r.legal_source or "",
             r.in_force_from, r.in_force_until, bool(r.builtin), bool(r.edited),
             r.version or "")
        for r in rows))


def rule_for(rules: DeadlineRules, stage: str | None, body: str | None,
             day: date | None) -> Rule | None:
    """The rule that decides a step's deadline: stage and body, else stage and any body;
    when it says the body's term applies, the body's general rule (None without a body).
    None when no rule applies: then the step has no deadline."""
    if not stage:
        return None
    rule = (rules.find(stage, body, day) if body else None) or rules.find(stage, None, day)
    if rule is None or not rule.uses_body_term:
        return rule
    if not body:
        return None
    return rules.find(None, body, day)


def answer_days(rules: DeadlineRules, stage: str | None, body: str | None,
                day: date | None) -> int | None:
    """Calendar days the body has to answer a step at ``stage`` to ``body`` dated ``day``;
    None when the law gives none (no clock runs)."""
    rule = rule_for(rules, stage, body, day)
    days = rule.days if rule is not None else None
    if not isinstance(days, int) or isinstance(days, bool) or days < 0:
        return None
    return days


_FIELDS = ("stage", "body", "days", "uses_body_term", "legal_source", "in_force_from",
           "in_force_until")


def _values(spec: RuleSpec) -> dict[str, object]:
    return {"stage": spec.stage, "body": spec.body, "days": spec.days,
            "uses_body_term": spec.uses_body_term, "legal_source": spec.source,
            "in_force_from": spec.in_force_from, "in_force_until": spec.in_force_until}


def seed(writer: Writer) -> int:
    """Write built-in rules missing from the store and refresh built-in rules nobody edited;
    returns how many were added. A user's edit (``edited``) and a user's own rule are left
    alone. Runs at open, after the vocabularies are seeded."""
    session = writer.session
    existing = {r.id: r for r in session.scalars(select(DeadlineRule))}
    added = 0
    for spec in RULES:
        row = existing.get(spec.rule_id)
        values = _values(spec)
        if row is None:
            writer.create(KIND, id=spec.rule_id, builtin=True, edited=False, **values)
            added += 1
        elif row.builtin and not row.edited and not row.deleted and any(
                getattr(row, k) != v for k, v in values.items()):
            writer.update(KIND, row.id, **values)
    return added
