"""The built-in procedure: answer deadlines per stage and body, and the usual order of stages.

Every deadline is in calendar days, because that is what the app counts. Where the law gives
working days, the span is rounded up (15 working days are 21 calendar days, two months are
62 days), so a deadline is never shown as missed before it really is. ``source`` says where
each figure comes from; where an article number or a figure could not be checked against the
text of the law it says "unverified" rather than guess. A user edits the stored copy of a
rule (``deadline_rules``) when they know better; seeding then leaves it alone.

A rule with ``days=None`` and ``uses_body_term=False`` means the law gives this step no
deadline: the step runs no clock and can never be late (a counter-charge, a verdict, a
hearing). ``uses_body_term=True`` means the step is answered in the general term of the body
it went to (a filing, a transfer, an appeal): the rules with ``stage=None``.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

STAGE = "complaint_stage."
BODY = "complaint_body."

# the Law on appeals was replaced by the Administrative Procedural Code on 1 July 2021
APPEALS_LAW_UNTIL = "2021-06-30"
APPK_IN_FORCE = "2021-07-01"

_NAMESPACE = uuid.UUID("6b1d8a52-3f0e-4c6e-9a51-0d6f2b7c9e10")


@dataclass(frozen=True)
class RuleSpec:
    stage: str | None  # a complaint_stage code; None: the body's general term
    body: str | None  # a complaint_body code; None: any body
    days: int | None  # calendar days; None: no deadline (or the body's, see uses_body_term)
    source: str
    uses_body_term: bool = False
    in_force_from: str | None = None
    in_force_until: str | None = None

    @property
    def rule_id(self) -> str:
        """The same id in every store, so a built-in rule is one record everywhere."""
        key = f"{self.stage or '*'}|{self.body or '*'}|{self.in_force_from or ''}"
        return str(uuid.uuid5(_NAMESPACE, key))


def _s(slug: str) -> str:
    return STAGE + slug


def _b(slug: str) -> str:
    return BODY + slug


ENDS = ("Ends the procedure: no answer is awaited. An appeal against it is a new step with "
        "its own term.")
BODY_TERM = "Answered in the general term of the body it went to (see that body's rule)."

APPEALS_LAW = ("Law of the RK of 12 January 2007 No. 221 \"On the procedure for considering "
               "appeals of individuals and legal entities\", Art. 8: 15 days, extendable to 30 "
               "when a check is needed (whether working or calendar days: unverified); "
               "counted as 21 calendar days. For a report of a crime the Code of Criminal "
               "Procedure applies instead and is shorter (registration at once).")
APPK = ("Administrative Procedural Code of the RK of 29 June 2020 No. 350-VI, in force "
        "1 July 2021: 15 working days for an appeal (article number unverified), counted "
        "as 21 calendar days. For a report of a crime the Code of Criminal Procedure "
        "applies instead and is shorter (registration at once).")
UN_NONE = "UN procedures set no binding term for a State's answer to a communication."

_STATE_BODIES = ("prosecutor", "special_prosecutor", "police_internal_security", "police",
                 "anti_corruption_agency", "penal_administration", "penal_department",
                 "financial_police")
_UN_BODIES = ("un_treaty_body", "un_special_procedure", "un_cat", "un_hrc", "un_wgad",
              "un_sr_torture", "un_sr_assembly")

_ENDING = ("refusal_to_open", "erdr_registration_refused", "terminated_no_evidence",
           "terminated_no_corpus_delicti", "verdict", "acquittal", "compensation_decision",
           "compensation_refused", "withdrawn_under_pressure")

RULES: tuple[RuleSpec, ...] = (
    # -- stages answered in the body's own term
    RuleSpec(_s("complaint_filed"), None, None, BODY_TERM, uses_body_term=True),
    RuleSpec(_s("transferred"), None, None,
             "Answered by the body it was sent to, in that body's general term.",
             uses_body_term=True),
    RuleSpec(_s("appeal"), None, None,
             BODY_TERM + " Complaints against procedural decisions to the prosecutor and "
             "the investigating judge have shorter terms of their own (CPC 2014 Art. 105-106; "
             "the days are unverified): edit the rule or the step when they apply.",
             uses_body_term=True),
    # -- stages with a term of their own
    RuleSpec(_s("preliminary_check"), None, 10,
             "CPC 1997 Art. 184: a decision on a report within 3 days, extendable to 10 "
             "(extension unverified). A stage of the 1997 Code only."),
    RuleSpec(_s("erdr_registration"), None, 62,
             "CPC 2014 Art. 179: registration in the ERDR starts the pre-trial investigation; "
             "its term is two months (CPC 2014 Art. 192, article unverified), counted as "
             "62 days. Extensions are decided case by case: edit the step's date."),
    RuleSpec(_s("case_opened"), None, 62,
             "The investigation's term: two months (CPC 2014 Art. 192; CPC 1997 Art. 196; "
             "both article numbers unverified), counted as 62 days."),
    RuleSpec(_s("indictment_to_court"), None, 30,
             "Unverified: the court's term to take up a case sent to it; 30 days kept "
             "as a reminder."),
    RuleSpec(_s("compensation_claim"), None, 62,
             "Unverified: a civil claim is heard within two months (Civil Procedure Code "
             "2015), counted as 62 days."),
    RuleSpec(_s("un_views"), _b("un_cat"), 90,
             "CAT Rules of procedure (CAT/C/3/Rev.6), rule 118: the State reports within "
             "90 days on the action taken on the Committee's decision (rule paragraph "
             "unverified)."),
    RuleSpec(_s("un_views"), _b("un_hrc"), 180,
             "The Human Rights Committee's Views ask the State for information on the "
             "measures taken within 180 days."),
    RuleSpec(_s("un_views"), _b("un_treaty_body"), 180,
             "A treaty body's follow-up term: 180 days (Human Rights Committee; the "
             "Committee against Torture asks for 90: choose it as the body for its term)."),
    # -- steps the law gives no deadline
    RuleSpec(_s("un_views"), None, None,
             "No follow-up term is known for this body's views or opinions."),
    RuleSpec(_s("counter_charge"), None, None,
             "A prosecution of the complainant (CC 2014 Art. 419, false reporting), not an "
             "answer to the complaint: nothing is awaited from it, so no clock runs."),
    RuleSpec(_s("suspended"), None, None,
             "A suspended investigation has no term until it is resumed (CPC 2014 Art. 45, "
             "unverified); resumption is a new step."),
    RuleSpec(_s("hearing"), None, None,
             "Hearings follow the court's schedule: no answer is awaited."),
    RuleSpec(_s("answer_received"), None, None, "The answer itself: nothing more is awaited."),
    RuleSpec(_s("reopened"), None, None,
             "The resumed investigation's term is set in the decision to resume or annul "
             "(unverified): enter it as the step's answer due when it is known."),
    RuleSpec(_s("other"), None, None, "No term is known for an unnamed step."),
    *(RuleSpec(_s(slug), None, None, ENDS) for slug in _ENDING),
    # -- the bodies' general terms (for the stages above that say so)
    *(RuleSpec(None, _b(slug), 21, APPEALS_LAW, in_force_until=APPEALS_LAW_UNTIL)
      for slug in _STATE_BODIES),
    *(RuleSpec(None, _b(slug), 21, APPK, in_force_from=APPK_IN_FORCE)
      for slug in _STATE_BODIES),
    RuleSpec(None, _b("ombudsman"), 30,
             "Unverified: the Commissioner for Human Rights' own regulations; 30 days kept."),
    RuleSpec(None, _b("public_monitoring_commission"), 30,
             "Unverified: no statutory term is known; 30 days kept as a reminder."),
    RuleSpec(None, _b("court"), 30,
             "Unverified: the investigating judge's or civil court's term; 30 days kept."),
    RuleSpec(None, _b("appeal_court"), 60,
             "Unverified: the appeal or cassation court's term; 60 days kept."),
    *(RuleSpec(None, _b(slug), None, UN_NONE) for slug in _UN_BODIES),
    RuleSpec(None, _b("other"), None, "No term is known for an unnamed body."),
)


# -- the usual order ---------------------------------------------------------------------
#
# For each stage, the stages that usually come next. A step out of this order gets a warning
# in the form, never a refusal: the record says what happened, however irregular.

_INVESTIGATION = ("suspended", "terminated_no_evidence", "terminated_no_corpus_delicti",
                  "indictment_to_court", "case_opened")
_AFTER_CLOSING = ("reopened", "compensation_claim", "un_views", "complaint_filed")

# After these anything may come (an appeal may lead anywhere; a transfer starts again at
# another body; a counter-charge or an answer runs beside the procedure).
FREE_AFTER = frozenset(_s(x) for x in (
    "appeal", "transferred", "counter_charge", "answer_received", "other",
    "withdrawn_under_pressure"))
# These may come after any stage.
FREE_BEFORE = frozenset(_s(x) for x in (
    "appeal", "transferred", "counter_charge", "answer_received", "other",
    "withdrawn_under_pressure", "complaint_filed"))

NEXT: dict[str, frozenset[str]] = {_s(k): frozenset(_s(x) for x in v) for k, v in {
    "complaint_filed": ("preliminary_check", "erdr_registration", "erdr_registration_refused",
                        "refusal_to_open", "case_opened", "hearing", "un_views",
                        "compensation_decision", "compensation_refused"),
    "preliminary_check": ("refusal_to_open", "case_opened"),
    "erdr_registration": _INVESTIGATION,
    "case_opened": _INVESTIGATION,
    "suspended": ("reopened", "terminated_no_evidence", "terminated_no_corpus_delicti"),
    "refusal_to_open": _AFTER_CLOSING,
    "erdr_registration_refused": (*_AFTER_CLOSING, "erdr_registration"),
    "terminated_no_evidence": _AFTER_CLOSING,
    "terminated_no_corpus_delicti": _AFTER_CLOSING,
    "reopened": ("preliminary_check", "erdr_registration", "case_opened",
                 "refusal_to_open", "erdr_registration_refused", *_INVESTIGATION),
    "indictment_to_court": ("hearing", "verdict", "acquittal"),
    "hearing": ("hearing", "verdict", "acquittal", "compensation_decision",
                "compensation_refused"),
    "verdict": ("compensation_claim", "un_views"),
    "acquittal": ("reopened", "un_views"),
    "compensation_claim": ("hearing", "compensation_decision", "compensation_refused"),
    "compensation_decision": (),
    "compensation_refused": ("un_views",),
    "un_views": (),
}.items()}

# The bodies that act at a stage; a stage not named here may be taken by any body.
_INVESTIGATORS = ("prosecutor", "special_prosecutor", "police_internal_security", "police",
                  "anti_corruption_agency", "financial_police")
_COURTS = ("court", "appeal_court")
BODIES: dict[str, frozenset[str]] = {_s(k): frozenset(_b(x) for x in v) for k, v in {
    "preliminary_check": (*_INVESTIGATORS, "penal_administration", "penal_department"),
    "erdr_registration": _INVESTIGATORS,
    "erdr_registration_refused": _INVESTIGATORS,
    "refusal_to_open": _INVESTIGATORS,
    "case_opened": _INVESTIGATORS,
    "suspended": _INVESTIGATORS,
    "terminated_no_evidence": _INVESTIGATORS,
    "terminated_no_corpus_delicti": _INVESTIGATORS,
    "reopened": (*_INVESTIGATORS, *_COURTS),
    "indictment_to_court": _INVESTIGATORS,
    "hearing": _COURTS,
    "verdict": _COURTS,
    "acquittal": _COURTS,
    "compensation_decision": _COURTS,
    "compensation_refused": _COURTS,
    "un_views": _UN_BODIES,
}.items()}
