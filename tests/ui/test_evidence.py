"""The evidence panel: add files, open a decrypted private copy, wipe it, remove a file."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QMessageBox

from monitor_app import evidence_files, records
from monitor_app.operations.evidence import guess_kind
from ui import evidence_panel
from ui.context import AppContext
from ui.evidence_panel import EvidencePanel

# the widgets' reads and writes are done when their call returns
pytestmark = pytest.mark.synchronous_runner


@pytest.fixture
def case_id(ctx: AppContext) -> str:
    out: list[str] = []
    ctx.write(lambda w: w.create("cases", reference="E-1", title="Evidence case"), out.append)
    return out[0]


def test_add_open_and_wipe(qtbot, ctx: AppContext, case_id: str, tmp_path: Path,
                           monkeypatch: pytest.MonkeyPatch) -> None:
    panel = EvidencePanel(ctx, {"case_id": case_id})
    qtbot.addWidget(panel)
    scan = tmp_path / "medical report.docx"
    scan.write_bytes(b"forensic findings, not a format Monitor shows itself")
    panel.add_files([scan, tmp_path / "missing.txt"])
    assert panel.table.rowCount() == 1
    assert panel.table.item(0, 1).text() == "Other document"
    assert panel.progress.isHidden() and panel.status.text() == "Added."

    opened: list[Path] = []
    warned: list[str] = []
    answer = [QMessageBox.StandardButton.Cancel]

    def warning(_parent, _title, text, *_a, **_k):
        warned.append(text)
        return answer[0]

    monkeypatch.setattr(evidence_panel, "open_local_file", lambda p: opened.append(p) or True)
    monkeypatch.setattr(QMessageBox, "warning", warning)
    panel.table.selectRow(0)
    assert panel.open_button.isEnabled()
    qtbot.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)
    assert len(warned) == 1 and "decrypted copy is written to disk" in warned[0]
    assert opened == [] and evidence_files.open_files() == []  # cancelled: nothing written
    answer[0] = QMessageBox.StandardButton.Open
    qtbot.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)
    assert len(opened) == 1
    copy = opened[0]
    assert copy.read_bytes() == b"forensic findings, not a format Monitor shows itself"
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    assert stat.S_IMODE(copy.parent.stat().st_mode) == 0o700
    assert copy.suffix == ".docx" and "medical" not in str(copy)  # a random name
    assert copy.parent.name.startswith("mtmp-")
    assert evidence_files.wipe_all() == 1
    assert not copy.exists() and not copy.parent.exists()


def test_drop_files_and_remove(qtbot, ctx: AppContext, case_id: str, tmp_path: Path,
                               monkeypatch: pytest.MonkeyPatch) -> None:
    panel = EvidencePanel(ctx, {"case_id": case_id})
    qtbot.addWidget(panel)
    files = []
    for name in ("a.jpg", "b.mp3"):
        path = tmp_path / name
        path.write_bytes(name.encode() * 100)
        files.append(path)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in files])
    drop = QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier, QEvent.Type.Drop)
    panel.dropEvent(drop)
    assert panel.table.rowCount() == 2
    kinds = {panel.table.item(r, 1).text() for r in range(2)}
    assert kinds == {"Photo", "Audio recording"}

    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    panel.table.selectRow(0)
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    assert panel.table.rowCount() == 1
    with ctx.require_store().read() as s:
        assert len(records.list_ids(s, "evidence")) == 1


def test_kind_is_guessed_from_the_name() -> None:
    assert guess_kind("x.png") == "evidence_kind.photo"
    assert guess_kind("x.wav") == "evidence_kind.audio"
    assert guess_kind("x.mp4") == "evidence_kind.video"
    assert guess_kind("x.bin") == "evidence_kind.other"
