"""Redaction of case and visit files before they are printed.

Three levels:

- ``none``: everything.
- ``pseudonymous``: every person's name and recorded alias is replaced by their pseudonym
  or a stable code, also inside free text (whole names, their parts alone, initials in
  either order, Russian case forms found by pymorphy3, Kazakh suffixes: Ивановым,
  Ивановой, Асхатқа, Нұрланұлы...); birth dates are cut to the year; what the models
  declare "identity" (contacts, private persons' addresses), examiners' names and who typed
  what are removed; items marked sensitive are left out (:func:`leaves_out_sensitive`).
- ``public``: as pseudonymous, and also no photographs and no notes.

Names in the narratives of people who are not records are found before such a file is
written (:func:`unconfirmed_names`: natasha's Russian named-entity recogniser plus a rule
for capitalised Kazakh and Latin words); the lawyer marks each as a name (replaced by a
stable code ``N-001``...) or not, and the decisions are kept in the store
(:class:`NameDecisions`), so the next file does not ask again.

Redaction works on the plain data of :mod:`monitor_app.queries.casefile`, before rendering, so no
name can reach the text, the bookmarks or the metadata of the PDF.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import json
import re
import threading
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Literal, TypeVar

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
    ProceedingInfo,
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

_SPLIT = re.compile(r"[\s\-‐–—,;/()\"«»]+")
_UPPER = "A-ZА-ЯЁӘҒҚҢӨҰҮҺІ"
# A word, or an initial: one capital (or a Latin digraph for one Cyrillic letter) and a dot.
_TOKEN = re.compile(rf"(?P<init>(?<!\w)(?:Zh|Sh|Ch|Kh|Ts|Ya|Yu|Ye|[{_UPPER}])\.)"
                    r"|(?P<word>(?<!\w)[^\W\d_]+(?:['’][^\W\d_]+)*)")
_CYRILLIC = re.compile(r"[а-яёәғқңөұүһі]", re.IGNORECASE)
# How the first letters of a Cyrillic name are written in Latin (for initials: "Zh." is Ж.).
_TRANSLIT = {"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh",
             "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
             "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
             "ч": "ch", "ш": "sh", "щ": "shch", "ы": "y", "э": "e", "ю": "yu", "я": "ya",
             "ә": "a", "ғ": "g", "қ": "k", "ң": "n", "ө": "o", "ұ": "u", "ү": "u", "һ": "h",
             "і": "i", "ь": "", "ъ": ""}
# Agglutinated Kazakh case suffixes and the English "'s" (Асхатқа, Нұрланұлының, Petrov's)
# are recognised by length, not by a list: a word that begins with the whole name part and
# goes on for at most this many letters. Russian inflection is pymorphy3's.
_SUFFIX_LETTERS = 4


def name_parts(name: str) -> list[str]:
    """The words of a name that identify someone (initials and one-letter words dropped)."""
    return [p.strip(".'’") for p in _SPLIT.split(name or "") if len(p.strip(".'’")) >= 2]


_MORPH_LOCK = threading.Lock()


@functools.cache
def _morph() -> Any:
    """pymorphy3's Russian analyser (its dictionaries ship in pymorphy3-dicts-ru; ~0.05 s)."""
    with _MORPH_LOCK:
        import pymorphy3

        return pymorphy3.MorphAnalyzer()


@functools.lru_cache(maxsize=200_000)
def _parses(low: str) -> tuple[tuple[str, bool], ...]:
    """(normal form, whether pymorphy3 reads it as a name, surname or patronymic)."""
    return tuple((p.normal_form.replace("ё", "е"), bool({"Name", "Surn", "Patr"} & p.tag.grammemes))
                 for p in _morph().parse(low))


def lemmas(word: str, *, as_name: bool = False) -> frozenset[str]:
    """The word, casefolded, and the normal forms pymorphy3 gives it (Russian words and
    names, also surnames it does not know: it guesses their paradigm). ``as_name``: only
    the readings as a name where there are some, so "Ким" is not read as "кто"."""
    low = word.casefold().replace("ё", "е")
    if not _CYRILLIC.search(low):
        return frozenset({low})
    parses = _parses(low)
    if as_name and any(named for _, named in parses):
        parses = tuple(p for p in parses if p[1])
    return frozenset({low} | {form for form, _ in parses})


def _latin(text: str) -> str:
    low = text.casefold()
    return "".join(_TRANSLIT.get(ch, ch) for ch in low)


def latin_spelling(name: str) -> str:
    """A Latin spelling of a Cyrillic name ("Бесмаганбетов Жанболат" -> "Besmaganbetov
    Zhanbolat"), as documents in English write it."""
    return " ".join(_latin(w).capitalize() for w in name.split())


def initial_fits(initial: str, part: str) -> bool:
    """Whether ``part`` of a name can be abbreviated ``initial`` ("Zh" or "Ж" for Жанболат,
    "Ж" for Zhanbolat)."""
    i = initial.strip(".").casefold()
    p = part.casefold()
    return p.startswith(i) or _latin(p).startswith(_latin(i))


class _Part:
    """One word of a person's name, with what makes another word one of its forms."""

    def __init__(self, part: str) -> None:
        self.text = part
        self.key = part.casefold().replace("ё", "е")
        self.lemmas = lemmas(part, as_name=True)
        self.short = len(part) <= 3

    def matches(self, word: str) -> bool:
        low = word.casefold().replace("ё", "е")
        if self.short and not word[:1].isupper():
            return False  # "Ли", "Ким", "Пак" only capitalised: not "ким" (whom)
        if low == self.key:
            return True
        found = lemmas(word)
        if self.key in found or (found & self.lemmas):
            return True
        return (not self.short and low.startswith(self.key)
                and len(low) - len(self.key) <= _SUFFIX_LETTERS)


def stable_code(person_id: str) -> str:
    """A code derived from the record id: the same in every dossier, reveals nothing."""
    return "P-" + hashlib.sha256(person_id.encode()).hexdigest()[:6].upper()


def all_names(person: PersonInfo) -> tuple[str, ...]:
    """The name and every other spelling or alias recorded for the person."""
    return tuple(n for n in (person.name, *person.aliases) if n.strip())


def replacement_for(person: PersonInfo) -> str:
    """The pseudonym, else the person's code, else a stable code; never one that contains a
    part of the real name or of an alias."""
    parts = {p.casefold() for n in all_names(person) for p in name_parts(n) if len(p) >= 3}
    for candidate in (person.pseudonym, person.code):
        candidate = (candidate or "").strip()
        if candidate and not any(p in candidate.casefold() for p in parts):
            return candidate
    return stable_code(person.id)


@dataclass(frozen=True)
class _Person:
    id: str
    replacement: str
    parts: tuple[_Part, ...]


class NameScrubber:
    """Replaces every known person's name in free text by their pseudonym.

    Three passes: (1) whole names and aliases as written; (2) runs of words that are forms
    of name parts (pymorphy3 for Russian inflection, a short tail for Kazakh suffixes),
    with initials in either order ("Иванову А.К.", "Zh. B.", "Асхатқа"); a run that fits
    one person becomes their replacement, one that fits several, or whose initials fit no
    one it could be, becomes ``[…]``, never another person's code; (3) a last guard that
    withholds any remaining word containing a name part of four letters or more.
    """

    def __init__(self, people: Iterable[PersonInfo]) -> None:
        self.people: list[_Person] = []
        whole: list[tuple[str, _Person]] = []
        for p in people:
            names = all_names(p)
            parts = tuple(dict.fromkeys(x for n in names for x in name_parts(n)))
            if not parts:
                continue
            pp = _Person(p.id, replacement_for(p), tuple(_Part(x) for x in parts))
            self.people.append(pp)
            whole.extend((n.strip(), pp) for n in names)
        self._placeholders: list[str] = []
        whole.sort(key=lambda x: -len(x[0]))
        self._whole = [(re.compile(r"(?<!\w)" + r"[\s\u00a0]+".join(re.escape(w) for w in n.split())
                                   + r"(?!\w)", re.IGNORECASE), pp) for n, pp in whole]
        self._first = {x.key[:1] for pp in self.people for x in pp.parts} | {"л"}
        guard = sorted({x.text for pp in self.people for x in pp.parts if len(x.text) >= 4},
                       key=len, reverse=True)
        guard_words = set(guard) | {g.upper() for g in guard} | {g.capitalize() for g in guard}
        self._guard = (re.compile(r"\w*(?:" + _alt(guard_words) + r")\w*") if guard else None)

    def who(self, word: str) -> set[str]:
        """The ids of the people one of whose name parts ``word`` is a form of."""
        if word[:1].casefold() not in self._first:
            return set()
        return {pp.id for pp in self.people if any(x.matches(word) for x in pp.parts)}

    def covers(self, word: str) -> bool:
        return bool(self.who(word))

    def _hold(self, replacement: str) -> str:
        self._placeholders.append(replacement)
        return f"\ue000{len(self._placeholders) - 1}\ue001"

    def _decide(self, words: list[str], initials: list[str]) -> str:
        owners: set[str] | None = None
        for word in words:
            who = self.who(word)
            owners = who if owners is None else (owners & who or owners | who)
        owners = owners or set()
        if initials:
            # "Besmaganbetov Zh.": only someone whose other parts start with those letters;
            # if nobody recorded fits, the name is someone else's and is withheld
            owners = {pp.id for pp in self.people if pp.id in owners and all(
                any(initial_fits(i, x.text) for x in pp.parts) for i in initials)}
        if len(owners) == 1:
            (pid,) = owners
            return next(pp.replacement for pp in self.people if pp.id == pid)
        return WITHHELD

    def _by_initials(self, initials: list[str]) -> str:
        """The replacement of the one person whose name parts begin with ``initials`` (in
        any order), ``[…]`` if several fit, "" if none does."""
        fits = [pp for pp in self.people if len(pp.parts) >= len(initials) and all(
            sum(initial_fits(i, x.text) for x in pp.parts) >= initials.count(i)
            for i in initials)]
        if len(fits) == 1:
            return fits[0].replacement
        return WITHHELD if fits else ""

    def _runs(self, text: str) -> str:
        out: list[str] = []
        pos = 0
        tokens = list(_TOKEN.finditer(text))
        i = 0
        while i < len(tokens):
            # a run: initials and name words, separated only by spaces (or nothing)
            j, words, initials, named = i, [], [], False
            while j < len(tokens):
                t = tokens[j]
                if j > i and text[tokens[j - 1].end():t.start()].strip(" \u00a0"):
                    break
                if t.group("init"):
                    initials.append(t.group("init"))
                elif self.who(t.group("word")):
                    words.append(t.group("word"))
                    named = True
                else:
                    break
                j += 1
            if not named:
                who = self._by_initials(initials) if len(initials) >= 2 else ""
                if who:  # "Zh. B.": initials alone that fit one recorded person only
                    out.append(text[pos:tokens[i].start()])
                    out.append(self._hold(who))
                    pos = tokens[j - 1].end()
                    i = j
                else:
                    i += 1
                continue
            # leading initials that belong to nobody's run stay; trailing ones are part of it
            start, end = tokens[i].start(), tokens[j - 1].end()
            out.append(text[pos:start])
            out.append(self._hold(self._decide(words, initials)))
            pos = end
            i = j
        out.append(text[pos:])
        return "".join(out)

    def scrub(self, text: str) -> str:
        """``text`` with every name replaced; empty stays empty."""
        if not text or not self.people:
            return text
        self._placeholders = []
        out = text
        for regex, pp in self._whole:
            out = regex.sub(lambda _m, pp=pp: self._hold(pp.replacement), out)
        out = self._runs(out)
        if self._guard is not None:
            out = self._guard.sub(lambda _m: self._hold(WITHHELD), out)
        return re.sub(r"\ue000(\d+)\ue001(\.?)", self._expand, out)

    def _expand(self, m: re.Match[str]) -> str:
        value = self._placeholders[int(m.group(1))]
        return value if value.endswith(".") else value + m.group(2)


def _alt(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


# -- whole files -----------------------------------------------------------------------------

def leaves_out_sensitive(level: Level) -> bool:
    """The one policy for items marked "Sensitive" ("leave out of pseudonymised dossiers"):
    left out of every file that leaves the lawyer's hands, pseudonymous and public alike;
    only the full file (``none``) shows them. Every renderer asks this."""
    if level not in LEVELS:
        raise ValueError(f"unknown redaction level: {level}")
    return level != "none"


def named_people(persons: Iterable[PersonInfo]) -> list[PersonInfo]:
    """The people whose names are personal names: everyone but groups of unidentified people,
    whose "name" is a description ("masked OMON officers"). A group's description is kept in
    a redacted file like an official's unit, scrubbed of the names it holds; its words are
    never taken for a name (the guard would withhold every "officers" in the narratives)."""
    return [p for p in persons if not p.is_group]


class _Redactor:
    def __init__(self, persons: dict[str, PersonInfo], level: Level,
                 decisions: NameDecisions | None = None, *,
                 seen: list[str] | None = None) -> None:
        self.level = level
        self.public = level == "public"
        self.scrubber = NameScrubber([*named_people(persons.values()),
                                      *(decisions.people() if decisions else ())])
        self.seen = seen

    def g(self, text: str) -> str:
        """Text the app generated around the user's (a chronology line): scrubbed, but not
        searched for names, since the user's texts are searched where they are kept."""
        return text if self.seen is not None else self.scrubber.scrub(text)

    def s(self, text: str) -> str:
        if self.seen is not None:
            if text:
                self.seen.append(text)
            return text
        return self.scrubber.scrub(text)

    def private(self, text: str) -> str:
        """Notes and the like: left out of public files."""
        return "" if self.public else self.s(text)

    def person(self, p: PersonInfo) -> PersonInfo:
        # the fields declared "identity" (db.models): gone, but an official's work address and
        # a birth year, which say little about who a private person is
        year = ApproxDate(p.birth_date.year) if p.birth_date else None
        if p.is_group:  # its name describes it and is kept, scrubbed of the names it holds
            return dataclasses.replace(
                p, name="", pseudonym=self.s(p.name) or replacement_for(p), aliases=(),
                birth_date=None, contact="", address="", unit=self.s(p.unit),
                position=self.s(p.position), rank=self.s(p.rank), notes=self.private(p.notes))
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
            sentence=self.s(r.sentence), destination=self.s(r.destination),
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

    def proceeding(self, p: ProceedingInfo) -> ProceedingInfo:
        # the defendants are people of the file: their names go through the registry
        return dataclasses.replace(
            p, court=self.s(p.court), reference_no=self.s(p.reference_no),
            outcome=self.s(p.outcome), notes=self.private(p.notes),
            defendants=tuple(dataclasses.replace(
                x, charges=self.s(x.charges), sentence=self.s(x.sentence),
                finding_notes=self.s(x.finding_notes)) for x in p.defendants))

    def recommendation(self, r: RecommendationInfo) -> RecommendationInfo:
        return dataclasses.replace(r, text=self.s(r.text), addressee=self.s(r.addressee),
                                   follow_up_notes=self.s(r.follow_up_notes))


def redact_case_file(cf: CaseFile, level: Level, decisions: NameDecisions | None = None
                     ) -> CaseFile:
    """A copy of the case file fit for ``level`` (the same object for ``none``); names the
    lawyer confirmed (``decisions``) are replaced too."""
    if level == "none":
        return cf
    if level not in LEVELS:
        raise ValueError(f"unknown redaction level: {level}")
    return _redact_case(cf, _Redactor(cf.persons, level, decisions))


def _redact_case(cf: CaseFile, r: _Redactor) -> CaseFile:
    drop = leaves_out_sensitive(r.level)
    evidence = tuple(r.evidence(e) for e in cf.evidence if not (drop and e.sensitive))
    kept_evidence = {e.id for e in evidence}
    # a line's detail and note are the user's texts of its record, redacted as they are there
    chronology = tuple(dataclasses.replace(c, what=r.g(c.what), detail=r.g(c.detail),
                                           note="" if r.public else r.g(c.note))
                       for c in cf.chronology
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
        custody=tuple(x.redacted(r.s, r.private) for x in cf.custody),
        proceedings=tuple(r.proceeding(p) for p in cf.proceedings),
    )


def withheld_sensitive(cf: CaseFile, level: Level) -> int:
    """How many evidence items a ``level`` file leaves out as sensitive."""
    return sum(1 for e in cf.evidence if e.sensitive) if leaves_out_sensitive(level) else 0


def redact_visit_file(vf: VisitFile, level: Level, decisions: NameDecisions | None = None
                      ) -> VisitFile:
    """A copy of the visit file fit for ``level`` (the same object for ``none``). A visit
    file holds no item that can be marked sensitive; its narratives are scrubbed like a
    case's."""
    if level == "none":
        return vf
    if level not in LEVELS:
        raise ValueError(f"unknown redaction level: {level}")
    return _redact_visit(vf, _Redactor(vf.persons, level, decisions))


def _redact_visit(vf: VisitFile, r: _Redactor) -> VisitFile:
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


# -- names that are not records ---------------------------------------------------------

DECISIONS_OPTION = "redaction_names"  # a store option: kept inside the encrypted store


class UnconfirmedNames(Exception):
    """A pseudonymous or public file was asked for while its narratives hold possible names
    of people who are not records and that nobody has marked as a name or not."""

    def __init__(self, candidates: list[str]) -> None:
        super().__init__(f"{len(candidates)} possible names to confirm")
        self.candidates = candidates


@dataclass(frozen=True)
class NameDecisions:
    """What the lawyer decided about candidate names: ``names`` (as written) with the
    stable code each is replaced by, and ``not_names``."""

    names: dict[str, str] = dataclasses.field(default_factory=dict)
    not_names: tuple[str, ...] = ()
    last_code: int = 0  # codes are never given twice, also after a name is unmarked

    def people(self) -> list[PersonInfo]:
        """Each confirmed name as a person of its own, replaced by its code."""
        return [PersonInfo(id=f"name:{code}", name=name, pseudonym=code, code="")
                for name, code in self.names.items()]

    def decide(self, names: Iterable[str] = (), not_names: Iterable[str] = ()
               ) -> NameDecisions:
        """These decisions and the new ones; a new name gets the next free code, a
        decision given again replaces the earlier one."""
        names = [n.strip() for n in names if n.strip()]
        not_names = [n.strip() for n in not_names if n.strip()]
        keep_names = {n: c for n, c in self.names.items()
                      if n.casefold() not in {x.casefold() for x in not_names}}
        last = max([self.last_code, *(int(c[2:]) for c in self.names.values()
                                       if c[2:].isdigit())])
        known = {n.casefold() for n in keep_names}
        for n in names:
            if n.casefold() not in known:
                last += 1
                keep_names[n] = f"N-{last:03d}"
                known.add(n.casefold())
        drop = {n.casefold() for n in names}
        keep_not = tuple(dict.fromkeys(
            [n for n in self.not_names if n.casefold() not in drop] + not_names))
        return NameDecisions(keep_names, keep_not, last)

    def dumps(self) -> str:
        return json.dumps({"names": self.names, "not": list(self.not_names),
                           "last_code": self.last_code}, ensure_ascii=False, sort_keys=True)

    @classmethod
    def loads(cls, text: str | None) -> NameDecisions:
        if not text:
            return cls()
        data = json.loads(text)
        return cls(dict(data.get("names", {})), tuple(data.get("not", ())),
                   int(data.get("last_code", 0)))


def read_decisions(store: Any) -> NameDecisions:
    """The decisions kept in ``store`` (a :class:`monitor_app.store.Store`)."""
    return NameDecisions.loads(store.option(DECISIONS_OPTION))


def record_decisions(writer: Any, names: Iterable[str] = (), not_names: Iterable[str] = ()
                     ) -> NameDecisions:
    """Add decisions to those kept in the store, in ``writer``'s transaction (a
    :class:`monitor_app.records.Writer`), with history like any store option."""
    from db.models import StoreMeta
    from monitor_app.store import option_key

    key = option_key(DECISIONS_OPTION)
    row = writer.session.get(StoreMeta, key)
    decisions = NameDecisions.loads(row.value if row is not None else None).decide(
        names, not_names)
    writer.set_option(key, decisions.dumps())
    return decisions


def parse_confirmations(text: str) -> tuple[list[str], list[str]]:
    """A ``--confirm-names`` file: one candidate a line, ``name: TEXT`` or ``not: TEXT``;
    blank lines and lines starting with ``#`` are ignored. ``ValueError`` names the first
    line that is neither."""
    names: list[str] = []
    nots: list[str] = []
    for n, line in enumerate(text.splitlines(), 1):
        line = line.strip().lstrip("\ufeff")
        if not line or line.startswith("#"):
            continue
        head, sep, rest = line.partition(":")
        what = head.strip().casefold()
        if not sep or what not in ("name", "not") or not rest.strip():
            raise ValueError(f"line {n}: expected 'name: TEXT' or 'not: TEXT'")
        (names if what == "name" else nots).append(unicodedata.normalize("NFC", rest.strip()))
    return names, nots


_NER_LOCK = threading.Lock()


@functools.cache
def _ner() -> tuple[Any, Any]:
    """natasha's segmenter and news NER tagger (its model ships in the package; loading
    takes about 0.6 s, so it happens on first use, on a worker thread in the app)."""
    with _NER_LOCK:
        from natasha import NewsEmbedding, NewsNERTagger, Segmenter

        return Segmenter(), NewsNERTagger(NewsEmbedding())


def person_spans(text: str) -> list[tuple[int, int]]:
    """Where natasha's recogniser reads a person's name in ``text`` (start, end)."""
    from natasha import Doc

    segmenter, tagger = _ner()
    with _NER_LOCK:  # the tagger is not known to be thread-safe
        doc = Doc(text)
        doc.segment(segmenter)
        doc.tag_ner(tagger)
    return [(span.start, span.stop) for span in doc.spans
            if span.type == "PER" and not _plain_words(span.text)]


def _plain_words(text: str) -> bool:
    """Every word is in pymorphy3's dictionary and none can be read as a name: the
    recogniser's false positives ("Кровоподтёки" opening a text)."""
    words = [w for t in _TOKEN.finditer(text) if (w := t.group("word")) and len(w) > 1]
    morph = _morph()
    return bool(words) and all(
        _CYRILLIC.search(w) and morph.word_is_known(w.casefold())
        and not any(named for _, named in _parses(w.casefold().replace("ё", "е")))
        for w in words)


_KAZAKH = re.compile(r"[әғқңөұүһі]", re.IGNORECASE)
_LATIN_WORD = re.compile(r"^[A-Za-z]+(?:['’][A-Za-z]+)*$")
_SENTENCE_END = ".!?…\n"
_OPENERS = " \t\u00a0«»\"“”„‘’'([{-–—"
# Latin words that are capitalised mid-sentence in English without naming anyone.
_ENGLISH = frozenset((
    "i", "mr", "mrs", "ms", "dr", "un", "january", "february", "march", "april", "may",
    "june", "july", "august", "september", "october", "november", "december", "monday",
    "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "jan", "feb", "mar",
    "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"))


def _mid_sentence(text: str, start: int) -> bool:
    before = text[:start].rstrip(_OPENERS)
    return bool(before) and before[-1] not in _SENTENCE_END and "\n" not in text[
        len(before):start]


def capitalised_candidates(text: str, vocabulary: frozenset[str]) -> list[tuple[int, int]]:
    """The rule for names the recogniser (trained on Russian news) misses: a capitalised
    word, not all capitals, of three letters or more, not at the start of a sentence, that
    is Kazakh (has a letter of Kazakh's own: ә ғ қ ң ө ұ ү һ і) or Latin, and is not a
    vocabulary word (a term's label, a place's name) nor, in Latin, an English month, day
    or title. Its false positives: place and institution names outside the vocabularies
    ("Қарағанды облысы" when the region is not a term, "Human Rights Watch"), words
    capitalised after a colon or in a heading; the lawyer marks them "not a name" once."""
    out = []
    for m in _TOKEN.finditer(text):
        word = m.group("word")
        if not word or len(word) < 3 or not word[0].isupper() or word.isupper():
            continue
        if not (_KAZAKH.search(word) or _LATIN_WORD.match(word)):
            continue
        low = word.casefold()
        if low in vocabulary or low in _ENGLISH or any(
                low.startswith(v) and len(low) - len(v) <= _SUFFIX_LETTERS
                for v in vocabulary if len(v) >= 4 and v[:1] == low[:1]):
            continue
        if not _mid_sentence(text, m.start()):
            continue
        if out and not text[out[-1][1]:m.start()].strip(" \u00a0"):
            out[-1] = (out[-1][0], m.end())  # "Marat Ospanov": one name
        else:
            out.append((m.start(), m.end()))
    return out


def vocabulary_words(session: Any) -> frozenset[str]:
    """Words that are not names: those of every term's labels, of places' names and of the
    documents' own sentences."""
    from sqlalchemy import select

    from db.models import Facility, VocabTerm
    from monitor_app.documents.strings import STRINGS

    words: set[str] = {w.casefold() for table in STRINGS.values() for value in table.values()
                       for w in re.findall(r"[^\W\d_]{3,}", value)}
    rows = session.execute(select(VocabTerm.label_en, VocabTerm.label_ru, VocabTerm.label_kk))
    for row in [*rows, *session.execute(select(Facility.name, Facility.designation))]:
        for value in row:
            words.update(w.casefold() for w in re.findall(r"[^\W\d_]{3,}", value or ""))
    return frozenset(words)


def _covered(candidate: str, matchers: list[NameScrubber]) -> bool:
    # initials left over ("Бесмаганбетова Ж") are withheld by the scrubber if nobody fits
    words = [w for t in _TOKEN.finditer(candidate) if (w := t.group("word")) and len(w) > 1]
    return all(any(m.covers(w) for m in matchers) for w in words)


def find_candidates(texts: Iterable[str], persons: Iterable[PersonInfo],
                    decisions: NameDecisions | None = None,
                    vocabulary: frozenset[str] = frozenset()) -> list[str]:
    """Possible names in ``texts`` of people who are neither ``persons`` nor decided: each
    once, as first written, in the order found."""
    decisions = decisions or NameDecisions()
    matchers = [NameScrubber([*named_people(persons), *decisions.people()]),
                NameScrubber([PersonInfo(id=f"not{i}", name=n, pseudonym="-", code="")
                              for i, n in enumerate(decisions.not_names)])]
    found: dict[str, str] = {}
    for text in texts:
        spans = person_spans(text) if _CYRILLIC.search(text) else []
        for a, b in capitalised_candidates(text, vocabulary):
            if not any(x <= a < y for x, y in spans):
                spans.append((a, b))
        for a, b in sorted(spans):
            candidate = re.sub(r"\s+", " ", text[a:b]).strip(" .,;:")
            if candidate and not _covered(candidate, matchers):
                found.setdefault(candidate.casefold(), candidate)
    return list(found.values())


def _texts(redact: Any) -> list[str]:
    seen: list[str] = []
    redact(seen)
    return seen


def case_file_names(cf: CaseFile, decisions: NameDecisions | None = None,
                    vocabulary: frozenset[str] = frozenset()) -> list[str]:
    """The candidate names in every text a redacted dossier of ``cf`` prints, not yet
    covered by a person record, an alias or a decision."""
    texts = _texts(lambda seen: _redact_case(cf, _Redactor(cf.persons, "pseudonymous",
                                                             seen=seen)))
    return find_candidates(texts, cf.persons.values(), decisions, vocabulary)


def visit_file_names(vf: VisitFile, decisions: NameDecisions | None = None,
                     vocabulary: frozenset[str] = frozenset()) -> list[str]:
    """As :func:`case_file_names`, for a visit report."""
    texts = _texts(lambda seen: _redact_visit(vf, _Redactor(vf.persons, "pseudonymous",
                                                              seen=seen)))
    return find_candidates(texts, vf.persons.values(), decisions, vocabulary)
