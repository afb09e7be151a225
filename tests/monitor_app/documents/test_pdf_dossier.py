"""The printed dossier and visit report, read back with pypdf."""

from __future__ import annotations

import io
import re

import pytest
from pypdf import PdfReader

from monitor_app import cli
from monitor_app.documents.dossier import Cancelled, render_dossier, write_dossier
from monitor_app.documents.visit_report import render_visit_report, write_visit_report
from monitor_app.queries.casefile import load_case_file, load_visit_file
from tests.monitor_app.documents import test_pdf_support as F  # noqa: E402

STANDARD_14 = ("Helvetica", "Times", "Courier", "Symbol", "ZapfDingbats")


@pytest.fixture
def built(store):
    return F.build(store)


def dossier(store, built, lang: str, level: str, case_id: str | None = None) -> PdfReader:
    with store.read() as s:
        cf = load_case_file(s, case_id or built.case_id, lang, today=F.TODAY)
        out = io.BytesIO()
        render_dossier(cf, level, out)
    return PdfReader(io.BytesIO(out.getvalue()))


def all_text(r: PdfReader) -> str:
    return "\n".join(p.extract_text() or "" for p in r.pages)


def outline_titles(r: PdfReader) -> list[str]:
    out: list[str] = []

    def walk(items):
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                out.append(item.title)

    walk(r.outline)
    return out


def fonts(r: PdfReader) -> list[dict]:
    found = []
    for page in r.pages:
        for f in ((page.get("/Resources") or {}).get("/Font") or {}).values():
            found.append(f.get_object())
    return found


def test_sections_in_english(store, built):
    r = dossier(store, built, "en", "none")
    text = all_text(r)
    for heading in ("Contents", "1. Summary", "2. People and their roles", "3. Chronology",
                    "4. Allegations", "5. Complaints and procedural steps", "6. Reprisals",
                    "7. Visits where the person was seen", "8. Evidence",
                    "9. History of changes"):
        assert heading in text, heading
    assert "10 days late" in text  # the late step, in the table and the chronology
    assert "Istanbul Protocol" in text
    assert re.search(r"Page 2 of\s*\d", text)
    assert "KZ-2023-017" in text and "CONFIDENTIAL" in text
    assert "None" not in text
    titles = outline_titles(r)
    assert titles[0] == "1. Summary" and "4.1. Избиение в ШИЗО" in titles


def test_russian_and_kazakh_text_extracts(store, built):
    ru = all_text(dossier(store, built, "ru", "none"))
    assert "Досье по делу" in ru and "Хронология" in ru and "Прокуратура" in ru
    assert "просрочка 10 дней" in ru
    assert F.VICTIM in ru.replace("\n", " ")
    kk = all_text(dossier(store, built, "kk", "none"))
    assert "Іс бойынша досье" in kk and "Оқиғалар хронологиясы" in kk
    assert "10 күнге кешікті" in kk
    assert re.search("[әғқңөұүһі]", kk)


@pytest.mark.parametrize("level", ["pseudonymous", "public"])
def test_no_names_in_redacted_dossier(store, built, level):
    r = dossier(store, built, "ru", level)
    text = all_text(r)
    meta = " ".join(str(v) for v in (r.metadata or {}).values())
    outline = " ".join(outline_titles(r))
    for name in F.NAMES:
        for part in name.split():
            if len(part) > 3:
                assert part not in text, part
                assert part not in meta and part not in outline, part
    if level == "pseudonymous":
        assert F.PSEUDONYMS[0] in text and "1990" in text
        assert "17.05.1990" not in text and "+7 701" not in text
        assert "Конфиденциально".upper() in text
    else:
        assert "Фотографии" not in text and "Темиртау" not in text
        assert "КОНФИДЕНЦИАЛЬНО" not in text


def test_metadata_is_neutral(store, built):
    r = dossier(store, built, "en", "none")
    meta = r.metadata
    assert meta.title == "Case dossier KZ-2023-017"
    assert meta.subject == "KZ-2023-017"
    assert meta.producer.startswith("Monitor ")
    assert meta.creation_date is not None
    assert not any(part in str(meta) for name in F.NAMES for part in name.split()
                   if len(part) > 3)


def test_every_font_is_embedded_dejavu(store, built):
    for r in (dossier(store, built, "ru", "none"), dossier(store, built, "kk", "public")):
        found = fonts(r)
        assert found
        for f in found:
            base = str(f.get("/BaseFont"))
            assert not any(s in base for s in STANDARD_14), base
            assert "DejaVu" in base
            assert f.get("/Subtype") in ("/TrueType", "/Type0")
            desc = f.get("/FontDescriptor") or f["/DescendantFonts"][0].get_object().get(
                "/FontDescriptor")
            assert "/FontFile2" in desc.get_object()


def test_empty_sections_are_left_out(store, built):
    text = all_text(dossier(store, built, "en", "none", case_id=built.empty_case_id))
    assert "1. Summary" in text
    for heading in ("People and their roles", "Allegations", "Complaints", "Reprisals",
                    "Evidence", "Visits where"):
        assert heading not in text
    assert "None" not in text


def test_photos_only_where_allowed(store, built):
    def images(r: PdfReader) -> int:
        return sum(len(p.images) for p in r.pages)

    assert images(dossier(store, built, "en", "none")) == 2
    assert images(dossier(store, built, "en", "pseudonymous")) == 1  # not the sensitive one
    assert images(dossier(store, built, "en", "public")) == 0


def test_cancel_stops_rendering(store, built):
    def stop() -> None:
        raise Cancelled()

    with store.read() as s:
        cf = load_case_file(s, built.case_id, "en")
    with pytest.raises(Cancelled):
        render_dossier(cf, "none", io.BytesIO(), check=stop)


def test_write_dossier_is_atomic(store, built, tmp_path):
    out = tmp_path / "d.pdf"
    assert write_dossier(store, built.case_id, out, lang="ru") >= 3
    assert PdfReader(out).pages
    with pytest.raises(Cancelled):
        write_dossier(store, built.case_id, tmp_path / "x.pdf",
                      check=lambda: (_ for _ in ()).throw(Cancelled()))
    assert sorted(p.name for p in tmp_path.iterdir() if ".pdf" in p.name) == ["d.pdf"]


def test_visit_report_kazakh_and_public(store, built, tmp_path):
    with store.read() as s:
        vf = load_visit_file(s, built.visit2_id, "kk")
        first = load_visit_file(s, built.visit_id, "kk")
    out = io.BytesIO()
    render_visit_report(vf, "none", out)
    text = all_text(PdfReader(io.BytesIO(out.getvalue())))
    assert "Бару туралы есеп" in text
    assert "Алдыңғы барудағы" in text and "Ішінара орындалды" in text.replace("\n", " ") \
        or "Алдыңғы барудағы" in text
    out = io.BytesIO()
    render_visit_report(first, "public", out)
    r = PdfReader(io.BytesIO(out.getvalue()))
    text = all_text(r)
    assert "Gulnara" not in text and "Иванов" not in text and "Серикбаев" not in text
    assert "Кедергі" in text  # obstruction table
    assert write_visit_report(store, built.visit_id, tmp_path / "v.pdf", lang="ru") >= 1


def test_cli_commands(store, built, store_path, tmp_path, passphrase):
    store.close()
    out = tmp_path / "cli.pdf"
    stdout, stderr = io.StringIO(), io.StringIO()
    code = cli.main(["dossier", "--store", str(store_path), "--case", built.case_id, "--out",
                     str(out), "--redaction", "pseudonymous", "--lang", "ru",
                     "--passphrase-stdin"], stdin=io.StringIO(passphrase + "\n"), stdout=stdout,
                    stderr=stderr)
    assert code == 0, stderr.getvalue()
    assert out.exists() and "pages" in stdout.getvalue()
    stderr = io.StringIO()
    code = cli.main(["dossier", "--store", str(store_path), "--case", "nope", "--out",
                     str(tmp_path / "n.pdf"), "--passphrase-stdin"],
                    stdin=io.StringIO(passphrase + "\n"), stdout=io.StringIO(), stderr=stderr)
    assert code == 1 and stderr.getvalue().count("\n") == 1 and "nope" in stderr.getvalue()
    assert not (tmp_path / "n.pdf").exists()
    code = cli.main(["visit-report", "--store", str(store_path), "--visit", built.visit_id,
                     "--out", str(tmp_path / "v.pdf"), "--lang", "kk", "--passphrase-stdin"],
                    stdin=io.StringIO(passphrase + "\n"), stdout=io.StringIO(),
                    stderr=io.StringIO())
    assert code == 0
    code = cli.main(["visit-report", "--store", str(store_path), "--visit", "nope", "--out",
                     str(tmp_path / "v2.pdf"), "--passphrase-stdin"],
                    stdin=io.StringIO(passphrase + "\n"), stdout=io.StringIO(),
                    stderr=io.StringIO())
    assert code == 1
    assert sorted(p.name for p in tmp_path.iterdir() if ".pdf" in p.name) == ["cli.pdf",
                                                                                "v.pdf"]
