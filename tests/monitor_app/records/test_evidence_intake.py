"""Evidence intake decides by content: every image format loses its metadata or is refused."""

from __future__ import annotations

import hashlib
import io
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import ExifTags, Image, PngImagePlugin

from monitor_app import records
from monitor_app.store import Store

XMP = (b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF><rdf:Description '
       b'xmlns:exif="http://ns.adobe.com/exif/1.0/" exif:GPSLatitude="43,15.0N"/>'
       b'</rdf:RDF></x:xmpmeta>')


def _gps_exif() -> Image.Exif:
    exif = Image.Exif()
    exif[ExifTags.Base.Make] = "SecretPhoneMaker"
    exif[ExifTags.Base.Orientation] = 1
    gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
    gps[ExifTags.GPS.GPSLatitudeRef] = "N"
    gps[ExifTags.GPS.GPSLatitude] = (43.0, 15.0, 7.5)
    gps[ExifTags.GPS.GPSLongitudeRef] = "E"
    gps[ExifTags.GPS.GPSLongitude] = (76.0, 57.0, 3.25)
    return exif


def _photo() -> Image.Image:
    img = Image.new("RGB", (32, 24), (200, 30, 40))
    img.paste((10, 200, 30), (0, 0, 16, 12))
    return img


def _jpeg() -> bytes:
    out = io.BytesIO()
    _photo().save(out, format="JPEG", exif=_gps_exif(), xmp=XMP, comment=b"SecretComment")
    return out.getvalue()


def _tiff() -> bytes:
    out = io.BytesIO()
    _photo().save(out, format="TIFF", exif=_gps_exif(), description="SecretDescription")
    return out.getvalue()


def _webp() -> bytes:
    out = io.BytesIO()
    _photo().save(out, format="WEBP", exif=_gps_exif(), xmp=XMP)
    return out.getvalue()


def _png() -> bytes:
    text = PngImagePlugin.PngInfo()
    text.add_text("Location", "SecretPlace tEXt")
    text.add_itxt("Comment", "SecretPlace iTXt", lang="en", tkey="Comment")
    out = io.BytesIO()
    _photo().save(out, format="PNG", pnginfo=text, exif=_gps_exif())
    return out.getvalue()


def _gif() -> bytes:
    out = io.BytesIO()
    _photo().convert("P").save(out, format="GIF", comment=b"SecretComment",
                               exif=_gps_exif())
    return out.getvalue()


CASES = [  # (name it arrives with, bytes, the media type its content is)
    ("bruise.jpg", _jpeg, "image/jpeg"),
    ("bruise.bin", _jpeg, "image/jpeg"),
    ("scan.tiff", _tiff, "image/tiff"),
    ("cell.webp", _webp, "image/webp"),
    ("wall.png", _png, "image/png"),
    ("wall.txt", _png, "image/png"),
    ("door.gif", _gif, "image/gif"),
]


def _assert_clean(data: bytes) -> None:
    with Image.open(io.BytesIO(data)) as img:
        img.load()
        exif = img.getexif()  # a TIFF's own tags (size, strips) are read as EXIF too
        assert not {ExifTags.Base.Make, ExifTags.Base.ImageDescription, ExifTags.Base.Software,
                    ExifTags.Base.Orientation, ExifTags.Base.DateTime,
                    ExifTags.IFD.Exif, ExifTags.IFD.GPSInfo} & set(exif), dict(exif)
        if img.format != "TIFF":
            assert not exif, dict(exif)
        assert not exif.get_ifd(ExifTags.IFD.GPSInfo)
        assert not {k for k in img.info if k.lower() in (
            "exif", "xmp", "xml:com.adobe.xmp", "comment", "icc_profile", "photoshop")}
        assert not getattr(img, "text", None)
        if hasattr(img, "tag_v2"):  # TIFF: no description, maker or EXIF/GPS pointers
            assert not {270, 271, 34665, 34853} & set(img.tag_v2)
    for secret in (b"Secret", b"GPS", b"43,15", b"xmpmeta", b"Exif\0\0"):
        assert secret not in data, secret


@pytest.mark.parametrize(("name", "make", "media_type"), CASES,
                         ids=[c[0] for c in CASES])
def test_every_image_loses_gps_and_text_whatever_its_name(
        store: Store, tmp_path: Path, name: str, make, media_type: str) -> None:
    raw = make()
    assert b"Secret" in raw  # the metadata really is there before intake
    path = tmp_path / name
    path.write_bytes(raw)
    with store.write() as w:
        eid = w.add_evidence(path, kind="evidence_kind.photo")
    with store.read() as s:
        rec = records.get(s, "evidence", eid)
        stored = b"".join(records.evidence_chunks(s, eid))
    _assert_clean(stored)
    assert rec["media_type"] == media_type
    assert rec["metadata_stripped"] is True
    assert rec["file_name"] == name
    assert rec["sha256"] == hashlib.sha256(stored).hexdigest()
    assert rec["original_metadata"]["received_sha256"] == hashlib.sha256(raw).hexdigest()
    assert rec["original_metadata"]["received_size"] == len(raw)
    with Image.open(io.BytesIO(stored)) as img:  # the picture itself is kept
        assert img.size == (32, 24)
        r, g, b = img.convert("RGB").getpixel((28, 20))
        assert r > 150 and g < 90 and b < 90


def test_the_same_from_bytes_and_a_stream(store: Store) -> None:
    with store.write() as w:
        a = w.add_evidence(_webp(), file_name="photo")
        b = w.add_evidence(io.BytesIO(_tiff()), file_name="photo.dat")
    with store.read() as s:
        for eid in (a, b):
            _assert_clean(b"".join(records.evidence_chunks(s, eid)))


def test_an_image_that_cannot_be_cleaned_is_refused(store: Store, tmp_path: Path) -> None:
    truncated = _jpeg()[:300]  # the header and EXIF, no picture
    heic = b"\0\0\0\x18ftypheic\0\0\0\0mif1heic" + b"\0" * 64
    for name, data in (("bruise.bin", truncated), ("photo.heic", heic)):
        path = tmp_path / name
        path.write_bytes(data)
        with store.write() as w, pytest.raises(records.ValidationError) as err:
            w.add_evidence(path)
        message = str(err.value)
        assert "metadata" in message and message.endswith("."), message
    with store.read() as s:
        assert records.list_ids(s, "evidence") == []


def test_other_files_are_typed_by_content_and_kept_byte_for_byte(store: Store,
                                                                  tmp_path: Path) -> None:
    pdf = b"%PDF-1.4\n% a medical report\n"
    fake_photo = b"not really a photo" * 10
    with store.write() as w:
        p = w.add_evidence(pdf, file_name="report.jpg")
        q = w.add_evidence(fake_photo, file_name="bruise.jpg")
        t = w.add_evidence(b"statement", file_name="statement.txt")
    with store.read() as s:
        assert records.get(s, "evidence", p)["media_type"] == "application/pdf"
        assert records.get(s, "evidence", q)["media_type"] == "application/octet-stream"
        assert records.get(s, "evidence", t)["media_type"] == "text/plain"
        assert b"".join(records.evidence_chunks(s, q)) == fake_photo
        assert records.get(s, "evidence", q)["metadata_stripped"] is False


# -- the stored hash is checked on every read ---------------------------------------------

ROOT = Path(__file__).resolve().parents[3]


def _run(*argv: str, stdin: str) -> subprocess.CompletedProcess[str]:
    found = shutil.which("monitor-app", path=str(Path(sys.executable).parent))
    assert found is not None, "install the project (pip install -e .[test])"
    env = {**os.environ, "PYTHONWARNINGS": "error",
           "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
    return subprocess.run([found, *argv], input=stdin, capture_output=True, text=True,
                          env=env, timeout=120, cwd=ROOT, check=False)


def test_damaged_evidence_stops_a_dossier_and_an_export_with_exit_3(
        store: Store, store_path: Path, passphrase: str, tmp_path: Path) -> None:
    from sqlalchemy import update

    from db.models import EvidenceChunk

    with store.write() as w:
        case_id = w.create("cases", reference="D-1", title="Damaged photo")
        eid = w.add_evidence(_jpeg(), file_name="bruise.jpg", case_id=case_id,
                             kind="evidence_kind.photo")
    out = tmp_path / "dossier.pdf"
    args = ("--store", str(store_path), "--passphrase-stdin")
    store.close()
    done = _run("dossier", *args, "--case", case_id, "--out", str(out), stdin=passphrase)
    assert done.returncode == 0, done.stderr  # intact: the photo is printed
    out.unlink()
    from monitor_app.store import open_store

    again = open_store(store_path, passphrase)
    with again.write() as w:  # one byte of the stored photo changes
        chunk = w.session.get(EvidenceChunk, (eid, 0))
        assert chunk is not None
        data = bytearray(chunk.data)
        data[len(data) // 2] ^= 0x01
        w.session.execute(update(EvidenceChunk).where(EvidenceChunk.evidence_id == eid)
                          .values(data=bytes(data)))
    again.close()
    for argv in (("dossier", *args, "--case", case_id, "--out", str(out)),
                 ("export-json", *args, "--with-files", "--out", str(tmp_path / "x.json"))):
        done = _run(*argv, stdin=passphrase)
        assert done.returncode == 3, (argv[0], done.stderr)
        assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
        assert eid in done.stderr and "SHA-256" in done.stderr
    assert not out.exists()
