"""Issue 9: a proceeding's dossier stays readable with 37 defendants, in en, ru and kk:
every defendant is in the table with verdict and sentence, "not recorded" is printed where
nothing was recorded (never "no"), the table repeats its header and stays inside the page,
and a pseudonymised dossier names the defendants by pseudonym and code only."""

from __future__ import annotations

import io
import re

import pytest
from pypdf import PdfReader
from reportlab.pdfbase.pdfmetrics import stringWidth

from monitor_app.documents import document as d
from monitor_app.documents.dossier import render_dossier
from monitor_app.documents.fonts import SANS, register_fonts
from monitor_app.documents.strings import text as t
from monitor_app.queries.casefile import load_case_file
from monitor_app.vocab_data import VOCABULARIES
from tests.proceedings_builders import FIRST, LAST, build_trial, prison_sentence

LANGS = ["en", "ru", "kk"]


def bare(phrase: str) -> str:
    return "".join(phrase.split())


def label(vocabulary: str, slug: str, lang: str) -> str:
    term = next(x for x in VOCABULARIES[vocabulary].terms if x.slug == slug)
    return {"en": term.en, "ru": term.ru, "kk": term.kk}[lang]


def render(store, case_id: str, lang: str, level: str = "none") -> tuple[bytes, int]:
    with store.read() as s:
        cf = load_case_file(s, case_id, lang)
    out = io.BytesIO()
    pages = render_dossier(cf, level, out)
    return out.getvalue(), pages


def page_texts(pdf: bytes) -> list[str]:
    return [bare(p.extract_text() or "") for p in PdfReader(io.BytesIO(pdf)).pages]


def table_pages(texts: list[str], lang: str) -> list[str]:
    """The text of the defendants table on each page that shows it (its header is repeated
    on each; what comes before the header on its first page is left out)."""
    head = bare("№" + "".join(t(lang, k) for k in (
        "defendant", "verdict_sentence", "torture_complaint", "in_record_head",
        "court_finding")))
    return [x[x.index(head):] for x in texts if head in x]


@pytest.fixture
def trial(store) -> dict:
    return build_trial(store)


@pytest.mark.parametrize("lang", LANGS)
def test_every_defendant_is_in_the_table_with_verdict_and_sentence(store, trial, lang) -> None:
    pdf, pages = render(store, trial["case"], lang)
    texts = page_texts(pdf)
    assert pages == len(texts) <= 14  # 37 defendants: a few pages, not dozens
    tables = table_pages(texts, lang)
    assert 2 <= len(tables) <= 4  # the header row is repeated on every page of the table
    body = "".join(tables)
    assert bare(t(lang, "sec_proceedings")) in "".join(texts)
    # every row, in the order entered: name and code of each of the 37
    at = 0
    for name, code in zip(trial["names"], trial["codes"], strict=True):
        at = body.index(bare(code), at)
        assert bare(name) in body, name
    assert body.count(bare(label("defendant_verdict", "conditional", lang))) == 21
    for i in range(13):
        assert body.count(bare(prison_sentence(i))) == sum(
            1 for j in range(13) if prison_sentence(j) == prison_sentence(i))
    assert body.count(bare(label("torture_complaint", "written", lang))) == 18
    assert body.count(bare(label("torture_complaint", "oral", lang))) == 6
    # the charges every defendant shares are printed once, above the table
    assert "".join(texts).count(bare("Организация массовых беспорядков")) == 1


@pytest.mark.parametrize("lang", LANGS)
def test_not_recorded_is_printed_and_never_as_no(store, trial, lang) -> None:
    texts = page_texts(render(store, trial["case"], lang)[0])
    body = "".join(table_pages(texts, lang))
    unknown = bare(t(lang, "not_recorded"))
    # six whose complaint is unknown (complaint, record, finding), two written complaints
    # and six oral ones with no record or finding said
    assert body.count(unknown) >= 6 * 3 + 2 * 2 + 6 * 2
    summary = t(lang, "complaints_summary", made=24, n=37, unknown=6, yes=2, no=14,
                record_unknown=8)
    assert bare(summary) in "".join(texts)


def _segments(pdf: bytes) -> list[tuple[int, float, float, str]]:
    """(page, left x, right x, text) of every piece of text drawn, right x measured with
    the font the dossier uses (bold runs a little wider: a small tolerance below)."""
    register_fonts()
    found: list[tuple[int, float, float, str]] = []
    for number, page in enumerate(PdfReader(io.BytesIO(pdf)).pages, start=1):
        def visit(text, cm, tm, _font, size, number=number) -> None:
            if not text.strip():
                return
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            scale = abs(tm[0] * cm[0]) or 1.0
            width = stringWidth(text.rstrip(), SANS, size * scale)
            found.append((number, x, x + width, text))

        page.extract_text(visitor_text=visit)
    return found


@pytest.mark.parametrize("lang", LANGS)
def test_the_table_stays_inside_the_page(store, trial, lang) -> None:
    pdf, _ = render(store, trial["case"], lang)
    texts = page_texts(pdf)
    head = table_pages(texts, lang)[0][:40]
    pages = {n for n, x in enumerate(texts, start=1) if head in x}
    right = d.PAGE_W - d.MARGIN
    # the footer's page total is a form drawn at its own origin: not part of the table
    segments = [x for x in _segments(pdf) if x[0] in pages
                and not (x[1] < 1 and x[3].strip().isdigit())]
    assert len(segments) > 37 * 5
    over = [(p, round(x0), round(x1), s) for p, x0, x1, s in segments
            if x1 > right + 4 or x0 < d.MARGIN - 4]
    assert not over, over[:5]


@pytest.mark.parametrize("lang", LANGS)
def test_the_pseudonymised_dossier_names_no_defendant(store, trial, lang) -> None:
    pdf, _ = render(store, trial["case"], lang, "pseudonymous")
    texts = page_texts(pdf)
    words = " ".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(pdf)).pages)
    for part in {*LAST, *FIRST}:  # a name part at the start of a word ("Ержан", not "Содержание")
        assert not re.search(rf"(?<!\w){re.escape(part)}", words, re.IGNORECASE), part
    body = "".join(table_pages(texts, lang))
    for i, code in enumerate(trial["codes"], start=1):
        assert bare(f"Подсудимый {i:02d}") in body and bare(code) in body
