"""The dossier's reprisals: each chain in order (prosecution, conviction, appeal), with the
outcome and sentence, whom the pressure was aimed at, where a transfer went and the
complaint a counter-charge answers; dates at their precision.

Names go through the builder (the person registry, redacted as the level demands); the
texts were redacted with the case file (``monitor_app.documents.redaction``).
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import cm
from reportlab.platypus import Flowable, Paragraph

from monitor_app.documents import document as d
from monitor_app.queries.casefile import ReprisalInfo
from monitor_app.queries.reprisal_chains import in_chains

# ``b`` below is the dossier's DossierBuilder (not imported: the dossier imports this module)
DossierBuilder = Any

INDENT = "\u00a0\u00a0\u00a0"  # per step down a chain
FOLLOWS = "\u21b3 "


def _follows(b: DossierBuilder, r: ReprisalInfo) -> str:
    return ", ".join(x for x in (r.kind, b.date(r.occurred_on)) if x)


def reprisal_lines(b: DossierBuilder, r: ReprisalInfo, depth: int = 0,
                   follows: ReprisalInfo | None = None) -> list[str]:
    """The cell of one reprisal, as escaped lines of a table paragraph."""
    t = b.t
    head = f"<b>{d.esc(r.kind)}</b>" if r.kind else ""
    if depth:
        head = INDENT * (depth - 1) + FOLLOWS + head
    lines = [head] if head else []
    if follows is not None:
        lines.append(d.esc(t("reprisal_follows", what=_follows(b, follows))))
    target, aimed = b.name(r.target_id), b.name(r.aimed_at_id)
    if target and aimed and aimed != target:
        who = f"{target} ({r.target_role})" if r.target_role else target
        lines.append(d.esc(t("reprisal_aimed_at", target=who, aimed=aimed)))
    elif target or r.target_role:
        lines.append(d.esc(f"{t('target')}: " + ", ".join(x for x in (target, r.target_role)
                                                          if x)))
    if aimed and not target:
        lines.append(d.esc(t("reprisal_pressure_on", aimed=aimed)))
    if r.destination:
        lines.append(d.esc(t("reprisal_destination", place=r.destination)))
    if r.complaint_step_id and r.complaint_body:
        if r.complaint_filed_on is not None:
            line = t("reprisal_counter_charge", body=r.complaint_body,
                     date=b.date(r.complaint_filed_on))
        else:
            line = t("reprisal_counter_charge_undated", body=r.complaint_body)
        lines.append(d.esc(line))
    if r.outcome:
        lines.append(d.esc(f"{t('reprisal_outcome')}: {r.outcome}"))
    if r.sentence:
        lines.append(d.esc(f"{t('reprisal_sentence')}: {r.sentence}"))
    if r.perpetrator:
        lines.append(d.esc(f"{t('perpetrator')}: {r.perpetrator}"))
    if r.description:
        lines.append(d.esc(r.description))
    if r.risk:
        lines.append(d.esc(f"{t('risk')}: {r.risk}"))
    return lines


def reprisals_section(b: DossierBuilder) -> list[Flowable]:
    """The reprisals section, or nothing when the case has none."""
    cf, st = b.cf, b.st
    if not cf.reprisals:
        return []
    rows: list[list[Any]] = []
    for c in in_chains(cf.reprisals):
        r = c.reprisal
        provoked = "\n".join(f"{b.t('provoked_' + k)}: {v}" for k, v in r.provoked_by)
        responses = "\n".join(
            " · ".join(x for x in (x.kind, b.date(x.taken_on), x.notes) if x)
            for x in r.responses)
        rows.append([b.when(r.occurred_on),
                     Paragraph("<br/>".join(reprisal_lines(b, r, c.depth, c.follows)), st.cell),
                     provoked, responses])
    return [b.sec.h1(b.t("sec_reprisals")),
            d.data_table(st, [b.t("date"), b.t("reprisal"), b.t("provoked_by"),
                              b.t("response")], rows,
                         [2.2 * cm, 6.6 * cm, 3.8 * cm, 3.4 * cm], plain=(0,))]
