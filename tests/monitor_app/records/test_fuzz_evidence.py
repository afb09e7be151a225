"""Hostile input: whatever the bytes of an evidence file, intake never crashes and never
leaves GPS: random, truncated and mutated images and PDFs, polyglots, a file named like
a photo that is none, and decompression bombs (one huge frame, or many frames) are
either stored clean or refused with a plain reason (:class:`ValidationError`), and a
refusal leaves the store as it was."""

from __future__ import annotations

import io
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PIL import ExifTags, Image

from monitor_app import records
from monitor_app.store import Store, create_store
from tests.conftest import CHEAP_KDF, PASSPHRASE
from tests.fuzzing import fuzz_settings
from tests.monitor_app.records.test_evidence_intake import (
    _gif,
    _gps_exif,
    _jpeg,
    _png,
    _tiff,
    _webp,
)

FUZZ = fuzz_settings(60)

PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids"
       b"[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 9 9]>>endobj"
       b"\ntrailer<</Root 1 0 R>>\n%%EOF\n")
SOURCES: dict[str, Callable[[], bytes]] = {
    "jpeg": _jpeg, "png": _png, "tiff": _tiff, "webp": _webp, "gif": _gif, "pdf": lambda: PDF}
NAMES = ["bruise.jpg", "photo", "scan.tiff", "cell.webp", "wall.png", "report.pdf",
         "note.txt", "clip.bin"]
EXIF_BLOCKS = (b"Exif\0\0II*\0", b"Exif\0\0MM\0*")


class Target:
    def __init__(self, folder: Path) -> None:
        self.store: Store = create_store(folder / "store.db", PASSPHRASE, kdf=CHEAP_KDF)
        with self.store.write() as w:
            self.case_id = w.create("cases", reference="F-1", title="Fuzzed evidence")

    def attempt(self, data: bytes, name: str) -> bytes | None:
        """Add ``data`` as evidence named ``name``: the bytes stored, or None if refused."""
        with self.store.read() as s:
            before = records.list_ids(s, "evidence")
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("error")  # a warning would be a second line, or worse
                with self.store.write() as w:
                    eid = w.add_evidence(data, file_name=name, case_id=self.case_id)
        except records.ValidationError as exc:
            message = str(exc)
            assert message and "\n" not in message and "Traceback" not in message, message
            with self.store.read() as s:
                assert records.list_ids(s, "evidence") == before
            return None
        with self.store.read() as s:
            rec = records.get(s, "evidence", eid)
            stored = b"".join(records.evidence_chunks(s, eid))
        assert_no_gps(stored)
        if rec["media_type"].startswith("image/"):
            assert rec["metadata_stripped"] is True, rec
        return stored

    def close(self) -> None:
        self.store.close()


def assert_no_gps(stored: bytes) -> None:
    assert not any(block in stored for block in EXIF_BLOCKS), "an EXIF block was stored"
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            with Image.open(io.BytesIO(stored)) as img:
                exif = img.getexif()
                assert not exif.get_ifd(ExifTags.IFD.GPSInfo)
                assert ExifTags.Base.Make not in exif
    except (OSError, ValueError, SyntaxError, EOFError, Image.DecompressionBombError):
        pass  # not an image Pillow reads: then no reader finds its EXIF either


@pytest.fixture
def target(tmp_path: Path) -> Iterator[Target]:
    t = Target(tmp_path)
    yield t
    t.close()


@FUZZ
@given(data=st.binary(max_size=4096), name=st.sampled_from(NAMES))
def test_random_bytes(target: Target, data: bytes, name: str) -> None:
    target.attempt(data, name)


@FUZZ
@given(data=st.data(), source=st.sampled_from(sorted(SOURCES)), name=st.sampled_from(NAMES))
def test_truncated_and_mutated_images_and_pdfs(target: Target, data: st.DataObject,
                                               source: str, name: str) -> None:
    raw = bytearray(SOURCES[source]())
    for _ in range(data.draw(st.integers(1, 4))):
        op = data.draw(st.sampled_from(["truncate", "flip", "delete", "insert", "splice"]))
        at = data.draw(st.integers(0, max(0, len(raw) - 1)))
        if op == "truncate":
            raw = raw[:at]
        elif op == "flip":
            if raw:
                raw[at] ^= 1 << data.draw(st.integers(0, 7))
        elif op == "delete":
            del raw[at:at + data.draw(st.integers(1, 64))]
        elif op == "insert":
            raw[at:at] = data.draw(st.binary(min_size=1, max_size=32))
        else:  # a piece of another format's file in the middle
            other = SOURCES[data.draw(st.sampled_from(sorted(SOURCES)))]()
            raw[at:at] = other[: data.draw(st.integers(1, len(other)))]
    target.attempt(bytes(raw), name)


@pytest.mark.parametrize("parts", [
    ("jpeg", "pdf"), ("pdf", "jpeg"), ("png", "jpeg"), ("gif", "pdf"), ("pdf", "tiff"),
    ("webp", "png"),
], ids="+".join)
def test_polyglots_are_stored_clean_or_refused(target: Target, parts: tuple[str, str]) -> None:
    data = b"".join(SOURCES[p]() for p in parts)
    for name in ("bruise.jpg", "report.pdf", "clip.bin"):
        target.attempt(data, name)
    if parts == ("pdf", "jpeg"):  # a PDF holding a camera's JPEG as it came: GPS inside
        assert target.attempt(data, "report.pdf") is None


def _exif_behind(head: bytes) -> bytes:
    return head + b"\xff\xe1\x00\x80" + _gps_exif().tobytes()[:120].ljust(120, b"\0")


@pytest.mark.parametrize(("name", "data"), [
    ("bruise.jpg", b"not a photo at all " * 20),
    ("bruise.jpg", _exif_behind(b"\x00\x00garbage")),   # EXIF with GPS in unknown bytes
    ("bruise.jpg", _exif_behind(b"\xfe\xd8")),          # a JPEG whose first byte is damaged
    ("photo", b"\xff\xd8\xff\xe0" + b"\0" * 64),        # the signature and nothing else
    ("wall.png", b"\x89PNG\r\n\x1a\n"),
], ids=["text", "exif-in-unknown-bytes", "damaged-jpeg-start", "bare-jpeg-signature",
        "bare-png-signature"])
def test_a_file_claiming_to_be_an_image_is_refused_or_holds_no_gps(
        target: Target, name: str, data: bytes) -> None:
    stored = target.attempt(data, name)
    if b"Exif\0\0" in data:
        assert stored is None  # unknown bytes that carry EXIF are refused, not kept with it


def _png_bomb(width: int, height: int) -> bytes:
    out = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        Image.new("1", (width, height)).save(out, format="PNG", optimize=True)
    return out.getvalue()


def _gif_frames(frames: int, size: int) -> bytes:
    out = io.BytesIO()
    images = [Image.new("P", (size, size), i % 2) for i in range(frames)]
    images[0].save(out, format="GIF", save_all=True, append_images=images[1:], duration=10)
    return out.getvalue()


@pytest.mark.parametrize(("what", "make"), [
    ("over Pillow's warning limit", lambda: _png_bomb(10_000, 10_000)),   # 100 Mpx
    ("over Pillow's error limit", lambda: _png_bomb(15_000, 15_000)),     # 225 Mpx
    ("many frames", lambda: _gif_frames(60, 2_000)),                     # 60 x 4 Mpx
])
def test_decompression_bombs_are_refused_with_a_reason(target: Target, what: str,
                                                       make: Callable[[], bytes]) -> None:
    data = make()
    assert len(data) < 2_000_000, len(data)  # small on disk, huge in memory
    with target.store.write() as w, pytest.raises(records.ValidationError) as err:
        w.add_evidence(data, file_name="photo.png", case_id=target.case_id)
    assert "too large" in str(err.value), str(err.value)
    with target.store.read() as s:
        assert records.list_ids(s, "evidence") == []
