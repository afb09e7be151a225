"""Redaction of case and visit files before they are printed.

Three levels:

- ``none``: everything.
- ``pseudonymous``: every person's name is replaced by their pseudonym or a stable code,
  also inside free text (whole names, their parts, and the usual Russian and Kazakh case
  forms: Ивановым, Ивановой, Асхатқа, Нұрланұлы...); birth dates are cut to the year;
  what the models declare "identity" (contacts, private persons' addresses), examiners'
  names and who typed what are removed.
- ``public``: as pseudonymous, and also no photographs, no notes and no item marked
  sensitive.

Redaction works on the plain data of :mod:`monitor_app.queries.casefile`, before rendering, so no
name can reach the text, the bookmarks or the metadata of the PDF.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal, TypeVar

from monitor_app.dates import ApproxDate
from monitor_app.queries.casefile import (
    AllegationInfo,
    CaseFile,
    ChronologyEntry,
    ComplaintInfo,
    EvidenceInfo,
    HistoryRow,
    MedicalExamInfo,
    PersonInfo,
    RecommendationInfo,
    ReprisalInfo,
    VisitFile,
    VisitSeen,
)
from monitor_app.queries.timeline import ComplaintTimeline

Level = Literal["none", "pseudonymous", "public"]
LEVELS: tuple[Level, ...] = ("none", "pseudonymous", "public")
WITHHELD = "[…]"  # a name that cannot be told apart from another person's

T = TypeVar("T")

# Endings that make a surname or patronymic out of a stem (Russian, Kazakh, transliterated).
_FORMATIVES = (
    "ович", "евич", "овна", "евна", "ична", "инична", "ич",
    "ова", "ева", "ёва", "ина", "ына", "ов", "ев", "ёв", "ин", "ын", "ский", "ская", "цкий",
    "цкая", "ұлы", "улы", "қызы", "кызы",
    "ovich", "evich", "ovna", "evna", "ova", "eva", "ina", "ov", "ev", "in", "uly", "kyzy",
)
# Case and number endings that may follow (Russian declension, Kazakh suffixes, English).
_ENDINGS = (
    # Russian
    "а", "я", "у", "ю", "е", "и", "ы", "о", "ой", "ей", "ою", "ею", "ом", "ем", "ём", "ым", "им",
    "ых", "их", "ыми", "ими", "ами", "ями", "ам", "ям", "ах", "ях", "ую", "юю", "ая", "яя", "ое",
    "ее", "ого", "его", "ому", "ему", "ь", "й", "ий", "ый", "ия", "ии", "ию", "ией", "ье",
    "ьи", "ью", "ьей", "ым",
    # Kazakh
    "ға", "ге", "қа", "ке", "на", "не", "ның", "нің", "дың", "дің", "тың", "тің", "ны", "ні",
    "ды", "ді", "ты", "ті", "н", "да", "де", "та", "те", "нда", "нде", "дан", "ден", "тан",
    "тен", "нан", "нен", "ндан", "нден", "мен", "бен", "пен", "дар", "дер", "тар", "тер",
    "лар", "лер", "ның", "ға", "ке", "ы", "і", "сы", "сі", "ым", "ім", "ың", "ің",
    # English and transliterations
    "'s", "’s", "s", "a", "u", "om", "oy", "oi", "y", "e", "i", "ym", "ykh",
)
# What is cut off a name part to find its stem (longest first).
_STRIP = tuple(sorted(set(_FORMATIVES) | {"а", "я", "ь", "й", "ий", "ый", "ой", "ая", "a",
                                          "ы", "і"}, key=len, reverse=True))
_SPLIT = re.compile(r"[\s\-‐–—,;/()\"«»]+")
_INITIAL = r"[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]\.\s?"


def _alt(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


_FORMATIVE_RE = _alt(_FORMATIVES)
_ENDING_RE = _alt(_ENDINGS)


def name_parts(name: str) -> list[str]:
    """The words of a name that identify someone (initials and one-letter words dropped)."""
    return [p.strip(".'’") for p in _SPLIT.split(name or "") if len(p.strip(".'’")) >= 2]


def stem(part: str) -> str:
    """The part of a name that stays the same across its case forms (at least 3 letters)."""
    low = part.casefold()
    for ending in _STRIP:
        if low.endswith(ending) and len(low) - len(ending) >= 3:
            return part[: len(part) - len(ending)]
    return part


def part_pattern(part: str) -> str:
    """A regex (no anchors) for a name part in any of its usual case forms."""
    base = stem(part)
    body = f"{re.escape(base)}(?:{_FORMATIVE_RE})?(?:{_ENDING_RE}){{0,2}}"
    if len(part) <= 3:  # short names ("Ли", "Ким") only when capitalised, not inside words
        first = re.escape(base[0])
        upper = re.escape(base[0].upper())
        rest = f"{re.escape(base[1:])}(?:{_FORMATIVE_RE})?(?:{_ENDING_RE}){{0,2}}"
        return f"(?-i:{first}|{upper})(?i:{rest})" if base[0] != base[0].upper() else \
            f"(?-i:{upper})(?i:{rest})"
    return f"(?i:{body})"


def stable_code(person_id: str) -> str:
    """A code derived from the record id: the same in every dossier, reveals nothing."""
    return "P-" + hashlib.sha256(person_id.encode()).hexdigest()[:6].upper()


def replacement_for(person: PersonInfo) -> str:
    """The pseudonym, else the person's code, else a stable code; never one that contains a
    part of the real name."""
    parts = {p.casefold() for p in name_parts(person.name) if len(p) >= 3}
    for candidate in (person.pseudonym, person.code):
        candidate = (candidate or "").strip()
        if candidate and not any(p in candidate.casefold() for p in parts):
            return candidate
    return stable_code(person.id)


@dataclass(frozen=True)
class _Person:
    id: str
    replacement: str
    parts: tuple[str, ...]
    part_res: tuple[re.Pattern[str], ...]


class NameScrubber:
    """Replaces every known person's name in free text by their pseudonym.

    Three passes: (1) whole names as written; (2) runs of name parts in any case form,
    with initials ("Иванову А.К.", "Асхатқа", "Нұрланұлы Асхат"); a run that fits one person
    becomes their pseudonym, one that fits several becomes ``[…]``; (3) a last guard that
    withholds any remaining word containing a name part of four letters or more.
    """

    def __init__(self, people: Iterable[PersonInfo]) -> None:
        self.people: list[_Person] = []
        whole: list[tuple[str, _Person]] = []
        for p in people:
            parts = tuple(dict.fromkeys(name_parts(p.name)))
            if not parts:
                continue
            pp = _Person(p.id, replacement_for(p), parts,
                         tuple(re.compile(part_pattern(x)) for x in parts))
            self.people.append(pp)
            whole.append((p.name.strip(), pp))
        self._placeholders: list[str] = []
        whole.sort(key=lambda x: -len(x[0]))
        self._whole = [(re.compile(r"(?<!\w)" + r"[\s\u00a0]+".join(re.escape(w) for w in n.split())
                                   + r"(?!\w)", re.IGNORECASE), pp) for n, pp in whole]
        all_parts = [part_pattern(x) for pp in self.people for x in pp.parts]
        if all_parts:
            any_part = "(?:" + "|".join(sorted(set(all_parts), key=len, reverse=True)) + ")"
            self._run = re.compile(
                rf"(?<!\w)(?:{_INITIAL}){{0,2}}{any_part}"
                rf"(?:[\s\u00a0]+(?:{any_part}|{_INITIAL}(?:{_INITIAL})?))*(?!\w)")
        else:
            self._run = None
        guard = sorted({x for pp in self.people for x in pp.parts if len(x) >= 4}, key=len,
                       reverse=True)
        guard_words = set(guard) | {g.upper() for g in guard} | {g.capitalize() for g in guard}
        self._guard = (re.compile(r"\w*(?:" + _alt(guard_words) + r")\w*") if guard else None)

    def _hold(self, replacement: str) -> str:
        self._placeholders.append(replacement)
        return f"\ue000{len(self._placeholders) - 1}\ue001"

    def _who(self, token: str) -> set[str]:
        return {pp.id for pp in self.people for r in pp.part_res if r.fullmatch(token)}

    def _on_run(self, match: re.Match[str]) -> str:
        run = match.group(0)
        initials = [i.upper() for i in re.findall(r"([^\W\d_])\.", run)]
        tokens = [t for t in re.split(r"[\s\u00a0]+", re.sub(_INITIAL, " ", run)) if t]
        owners: set[str] | None = None
        for token in tokens:
            who = self._who(token.strip())
            owners = who if owners is None else (owners & who or owners | who)
        if owners and len(owners) > 1 and initials:
            # "Иванову А.Н.": keep whoever has parts starting with those initials
            fits = {pp.id for pp in self.people if pp.id in owners
                    and all(any(x[0].upper() == i for x in pp.parts) for i in initials)}
            owners = fits or owners
        if owners and len(owners) == 1:
            (pid,) = owners
            return self._hold(next(pp.replacement for pp in self.people if pp.id == pid))
        return self._hold(WITHHELD)

    def scrub(self, text: str) -> str:
        """``text`` with every name replaced; empty stays empty."""
        if not text or not self.people:
            return text
        self._placeholders = []
        out = text
        for regex, pp in self._whole:
            out = regex.sub(lambda _m, pp=pp: self._hold(pp.replacement), out)
        if self._run is not None:
            out = self._run.sub(self._on_run, out)
        if self._guard is not None:
            out = self._guard.sub(lambda _m: self._hold(WITHHELD), out)
        return re.sub(r"\ue000(\d+)\ue001(\.?)", self._expand, out)

    def _expand(self, m: re.Match[str]) -> str:
        value = self._placeholders[int(m.group(1))]
        return value if value.endswith(".") else value + m.group(2)


# -- whole files -----------------------------------------------------------------------------

class _Redactor:
    def __init__(self, persons: dict[str, PersonInfo], level: Level) -> None:
        self.level = level
        self.public = level == "public"
        self.scrubber = NameScrubber(persons.values())

    def s(self, text: str) -> str:
        return self.scrubber.scrub(text)

    def private(self, text: str) -> str:
        """Notes and the like: left out of public files."""
        return "" if self.public else self.s(text)

    def person(self, p: PersonInfo) -> PersonInfo:
        # the fields declared "identity" (db.models): gone, but an official's work address and
        # a birth year, which say little about who a private person is
        year = ApproxDate(p.birth_date.year) if p.birth_date else None
        return dataclasses.replace(
            p, name="", pseudonym=replacement_for(p), code=p.code if p.pseudonym else "",
            birth_date=year, contact="", address=self.s(p.address) if p.is_official else "",
            unit=self.s(p.unit), position=self.s(p.position), rank=self.s(p.rank),
            notes=self.private(p.notes))

    def allegation(self, a: AllegationInfo) -> AllegationInfo:
        return dataclasses.replace(
            a, summary=self.s(a.summary), narrative=self.s(a.narrative), place=self.s(a.place),
            injuries=self.s(a.injuries),
            medical_exams=tuple(self.exam(m) for m in a.medical_exams))

    def exam(self, m: MedicalExamInfo) -> MedicalExamInfo:
        return dataclasses.replace(m, examiner="", findings=self.s(m.findings))

    def complaint(self, c: ComplaintInfo) -> ComplaintInfo:
        t = c.timeline
        steps = tuple(dataclasses.replace(s, reference_no=self.s(s.reference_no),
                                          outcome=self.s(s.outcome), notes=self.private(s.notes))
                      for s in t.steps)
        timeline: ComplaintTimeline = dataclasses.replace(t, subject=self.s(t.subject),
                                                          steps=steps)
        return dataclasses.replace(c, timeline=timeline, subject=self.s(c.subject),
                                   notes=self.private(c.notes))

    def reprisal(self, r: ReprisalInfo) -> ReprisalInfo:
        return dataclasses.replace(
            r, perpetrator=self.s(r.perpetrator), description=self.s(r.description),
            provoked_by=tuple((k, self.s(v)) for k, v in r.provoked_by),
            responses=tuple(dataclasses.replace(x, notes=self.private(x.notes))
                            for x in r.responses))

    def visit(self, v: VisitSeen) -> VisitSeen:
        return dataclasses.replace(v, allegations=tuple(self.s(a) for a in v.allegations),
                                   summary=self.s(v.summary), place=self.s(v.place))

    def evidence(self, e: EvidenceInfo) -> EvidenceInfo:
        return dataclasses.replace(e, file_name=self.s(e.file_name), added_by="",
                                   description=self.s(e.description))

    def history(self, h: HistoryRow) -> HistoryRow:
        # labels and stored values may name anyone, also people no longer in the file
        return dataclasses.replace(h, actor="", source="", label="", changes=())

    def recommendation(self, r: RecommendationInfo) -> RecommendationInfo:
        return dataclasses.replace(r, text=self.s(r.text), addressee=self.s(r.addressee),
                                   follow_up_notes=self.s(r.follow_up_notes))


def redact_case_file(cf: CaseFile, level: Level) -> CaseFile:
    """A copy of the case file fit for ``level`` (the same object for ``none``)."""
    if level == "none":
        return cf
    if level not in LEVELS:
        raise ValueError(f"unknown redaction level: {level}")
    r = _Redactor(cf.persons, level)
    evidence = tuple(r.evidence(e) for e in cf.evidence if not (r.public and e.sensitive))
    kept_evidence = {e.id for e in evidence}
    chronology = tuple(dataclasses.replace(c, what=r.s(c.what)) for c in cf.chronology
                       if c.kind != "evidence" or c.record_id in kept_evidence)
    case = dataclasses.replace(cf.case, title=r.s(cf.case.title), summary=r.s(cf.case.summary),
                               notes=r.private(cf.case.notes))
    return dataclasses.replace(
        cf, case=case, persons={k: r.person(p) for k, p in cf.persons.items()},
        allegations=tuple(r.allegation(a) for a in cf.allegations),
        complaints=tuple(r.complaint(c) for c in cf.complaints),
        reprisals=tuple(r.reprisal(x) for x in cf.reprisals),
        visits=tuple(r.visit(v) for v in cf.visits), evidence=evidence, chronology=chronology,
        history=tuple(r.history(h) for h in cf.history), organisation=cf.organisation,
    )


def withheld_sensitive(cf: CaseFile, level: Level) -> int:
    """How many evidence items a ``level`` file leaves out as sensitive."""
    return sum(1 for e in cf.evidence if e.sensitive) if level == "public" else 0


def redact_visit_file(vf: VisitFile, level: Level) -> VisitFile:
    """A copy of the visit file fit for ``level`` (the same object for ``none``)."""
    if level == "none":
        return vf
    if level not in LEVELS:
        raise ValueError(f"unknown redaction level: {level}")
    r = _Redactor(vf.persons, level)
    return dataclasses.replace(
        vf, persons={k: r.person(p) for k, p in vf.persons.items()},
        summary=r.s(vf.summary), notes=r.private(vf.notes),
        obstructions=tuple((k, r.s(d)) for k, d in vf.obstructions),
        findings=tuple((a, r.s(t)) for a, t in vf.findings),
        interviews=tuple((pid, private, r.private(n)) for pid, private, n in vf.interviews),
        allegations=tuple(r.allegation(a) for a in vf.allegations),
        recommendations=tuple(r.recommendation(x) for x in vf.recommendations),
        follow_up=tuple(r.recommendation(x) for x in vf.follow_up),
    )


def scrub_entries(entries: Iterable[ChronologyEntry], scrubber: NameScrubber
                  ) -> tuple[ChronologyEntry, ...]:
    return tuple(dataclasses.replace(e, what=scrubber.scrub(e.what)) for e in entries)
