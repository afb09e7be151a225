"""Photos and PDFs are shown inside the app from memory: pixels on screen, nothing on disk."""

from __future__ import annotations

import io
import tempfile
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import update

from db.models import EvidenceChunk
from ui import evidence_panel
from ui.context import AppContext
from ui.evidence_panel import EvidencePanel
from ui.evidence_viewer import EvidenceViewer

# the widgets' reads and writes are done when their call returns
pytestmark = pytest.mark.synchronous_runner


@pytest.fixture
def private_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def _jpeg() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (60, 40), (220, 20, 20)).save(out, format="JPEG")
    return out.getvalue()


def _pdf(pages: int = 2) -> bytes:
    from reportlab.lib.pagesizes import A6
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=A6)
    colours = [(0, 0.2, 0.9), (0.1, 0.7, 0.1)]
    for n in range(pages):
        c.setFillColorRGB(*colours[n % 2])
        c.rect(0, 0, A6[0], A6[1], fill=1, stroke=0)
        c.showPage()
    c.save()
    return out.getvalue()


def _add(ctx: AppContext, data: bytes, name: str) -> str:
    out: list[str] = []
    ctx.write(lambda w: w.add_evidence(data, file_name=name), out.append)
    return out[0]


def _no_warning(monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(*_a: object, **_k: object) -> None:
        raise AssertionError("an image or PDF must not be offered to another program")

    monkeypatch.setattr(QMessageBox, "warning", fail)
    monkeypatch.setattr(evidence_panel, "open_local_file", fail)


def _centre(viewer: EvidenceViewer) -> QColor:
    image = viewer.picture.pixmap().toImage()
    assert not image.isNull() and image.width() > 50
    return image.pixelColor(image.width() // 2, image.height() // 2)


def test_a_photo_is_shown_from_memory(qtbot, ctx: AppContext, private_tmp: Path,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    _no_warning(monkeypatch)
    panel = EvidencePanel(ctx, {})
    qtbot.addWidget(panel)
    evidence_id = _add(ctx, _jpeg(), "bruise of Sergei Ivanov.bin")  # typed by its bytes
    panel.open_evidence(evidence_id)
    viewer = panel.viewer
    assert viewer is not None and viewer.isVisible()
    colour = _centre(viewer)
    assert colour.red() > 180 and colour.green() < 70 and colour.blue() < 70
    assert not viewer.next_button.isVisible()
    assert list(private_tmp.iterdir()) == []
    ctx.store_closed.emit()  # lock: the viewer and its decrypted bytes go
    assert not viewer.isVisible()


def test_a_pdf_is_shown_page_by_page_from_memory(qtbot, ctx: AppContext, private_tmp: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    _no_warning(monkeypatch)
    panel = EvidencePanel(ctx, {})
    qtbot.addWidget(panel)
    evidence_id = _add(ctx, _pdf(), "medical report.pdf")
    panel.open_evidence(evidence_id)
    viewer = panel.viewer
    assert viewer is not None and viewer.isVisible()
    assert viewer.pages == 2 and viewer.page_label.text() == "Page 1 of 2"
    first = _centre(viewer)
    assert first.blue() > 180 and first.red() < 60
    assert not viewer.prev_button.isEnabled() and viewer.next_button.isEnabled()
    viewer.next_button.click()
    second = _centre(viewer)
    assert second.green() > 140 and second.blue() < 80
    assert viewer.page_label.text() == "Page 2 of 2"
    assert list(private_tmp.iterdir()) == []
    viewer.close()


def test_damaged_evidence_is_not_shown(qtbot, ctx: AppContext, private_tmp: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    _no_warning(monkeypatch)
    panel = EvidencePanel(ctx, {})
    qtbot.addWidget(panel)
    evidence_id = _add(ctx, _pdf(), "report.pdf")
    ctx.write(lambda w: w.session.execute(update(EvidenceChunk).where(
        EvidenceChunk.evidence_id == evidence_id).values(data=_pdf(1))))
    panel.open_evidence(evidence_id)
    assert panel.viewer is None
    assert "no longer matches the SHA-256" in panel.status.text()
    assert list(private_tmp.iterdir()) == []
