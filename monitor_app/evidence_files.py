"""Evidence files opened for viewing: decrypted into a private temporary folder, wiped later.

The folder is created with mode 0700 and every file with 0600. :func:`wipe_all`
overwrites each file with zeros before deleting it; it runs at exit (``atexit``) and the
main window calls it on lock. Overwriting cannot defeat copy-on-write or SSD wear
levelling, but it removes the plain copy from every ordinary view of the disk.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import re
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

from sqlalchemy.orm import Session

from db.models import Evidence
from monitor_app import records

_lock = threading.Lock()
_folders: list[Path] = []
_UNSAFE = re.compile(r"[^\w.\- ]+", re.UNICODE)


def _safe_name(name: str) -> str:
    cleaned = _UNSAFE.sub("_", Path(name).name).strip(" .")
    return cleaned[:120] or "evidence"


def _new_folder() -> Path:
    folder = Path(tempfile.mkdtemp(prefix="monitor-evidence-"))
    os.chmod(folder, 0o700)
    with _lock:
        _folders.append(folder)
    return folder


def decrypt_to_temp(session: Session, evidence_id: str) -> Path:
    """Write the stored bytes of an evidence file to a fresh private file; returns its path."""
    record = session.get(Evidence, evidence_id)
    if record is None or record.deleted:
        raise records.RecordNotFound(f"no evidence record {evidence_id}")
    folder = _new_folder()
    path = folder / _safe_name(record.file_name)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as out:
        for chunk in records.evidence_chunks(session, evidence_id):
            out.write(chunk)
    return path


def open_with_system(path: Path) -> None:
    """Open a file in the system's default viewer (the GUI uses QDesktopServices instead)."""
    if sys.platform.startswith("win"):
        os.startfile(path)  # type: ignore[attr-defined]  # noqa: S606
    elif sys.platform == "darwin":
        subprocess.Popen(["open", str(path)])  # noqa: S603, S607
    else:
        subprocess.Popen(["xdg-open", str(path)])  # noqa: S603, S607


def open_files() -> list[Path]:
    """Every decrypted file still on disk."""
    with _lock:
        folders = list(_folders)
    return [p for f in folders if f.exists() for p in f.iterdir() if p.is_file()]


def _overwrite(path: Path) -> None:
    with contextlib.suppress(OSError):
        size = path.stat().st_size
        with open(path, "r+b", buffering=0) as f:
            block = b"\0" * 65536
            left = size
            while left > 0:
                n = min(left, len(block))
                f.write(block[:n])
                left -= n
            os.fsync(f.fileno())


def wipe_all() -> int:
    """Overwrite and delete every decrypted file and its folder; returns how many files."""
    with _lock:
        folders, _folders[:] = list(_folders), []
    count = 0
    for folder in folders:
        if not folder.exists():
            continue
        for path in folder.iterdir():
            if path.is_file():
                _overwrite(path)
                with contextlib.suppress(OSError):
                    path.unlink()
                    count += 1
        with contextlib.suppress(OSError):
            folder.rmdir()
    return count


atexit.register(wipe_all)
