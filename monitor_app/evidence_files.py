"""Evidence files opened in another program: decrypted into a private temporary folder, wiped later.

Only files the app cannot show itself come here (images and PDFs are shown from memory).
Each copy gets a folder ``mtmp-<random>`` (mode 0700; the prefix says nothing about the
app or the case) and a random file name that keeps only the extension, so neither the
person nor the original name is ever written to disk. :func:`wipe_all` overwrites each
file with zeros before deleting it; it runs at exit (``atexit``), on lock, and when the
app is ended by a signal. :func:`sweep_leftovers` removes what a crashed or killed
session left, at the next start. Overwriting cannot defeat copy-on-write or SSD wear
levelling, but it removes the plain copy from every ordinary view of the disk.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import re
import secrets
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

from sqlalchemy.orm import Session

from db.models import Evidence
from monitor_app import records

PREFIX = "mtmp-"
LEGACY_PREFIX = "monitor-evidence-"  # folders of older versions, named files after people
OWNER_FILE = ".owner"  # the pid of the process whose copies these are
_lock = threading.Lock()
_folders: list[Path] = []
_EXTENSION = re.compile(r"^\.[A-Za-z0-9]{1,10}$")


def copy_name(file_name: str) -> str:
    """A random name for a decrypted copy, with the original's extension when it is plain."""
    suffix = Path(file_name).suffix
    return secrets.token_hex(8) + (suffix.lower() if _EXTENSION.match(suffix) else "")


def _new_folder() -> Path:
    folder = Path(tempfile.mkdtemp(prefix=PREFIX))
    os.chmod(folder, 0o700)
    (folder / OWNER_FILE).write_text(str(os.getpid()), encoding="ascii")
    with _lock:
        _folders.append(folder)
    return folder


def decrypt_to_temp(session: Session, evidence_id: str) -> Path:
    """Write the stored bytes of an evidence file, checked against its SHA-256, to a fresh
    private file with a random name; returns its path."""
    record = session.get(Evidence, evidence_id)
    if record is None or record.deleted:
        raise records.RecordNotFound(f"no evidence record {evidence_id}")
    folder = _new_folder()
    path = folder / copy_name(record.file_name)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "wb") as out:
            for chunk in records.evidence_chunks(session, evidence_id):
                out.write(chunk)
    except BaseException:  # damaged on the way (or interrupted): nothing half-true stays
        _wipe_folder(folder)
        raise
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
    return [p for f in folders if f.exists() for p in f.iterdir()
            if p.is_file() and p.name != OWNER_FILE]


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


def _wipe_folder(folder: Path) -> int:
    """Overwrite and delete every file in a folder, then the folder; returns how many copies."""
    count = 0
    if not folder.is_dir() or folder.is_symlink():
        return 0
    for path in folder.iterdir():
        if path.is_file() and not path.is_symlink():
            if path.name != OWNER_FILE:
                _overwrite(path)
            with contextlib.suppress(OSError):
                path.unlink()
                count += path.name != OWNER_FILE
        elif path.is_symlink():
            with contextlib.suppress(OSError):
                path.unlink()
    with contextlib.suppress(OSError):
        folder.rmdir()
    return count


def wipe_all() -> int:
    """Overwrite and delete every decrypted file of this process and its folder (those made
    here and any other marked with this process's id); returns how many files."""
    with _lock:
        folders, _folders[:] = list(_folders), []
    return sum(_wipe_folder(folder) for folder in folders) + _sweep(None, own_only=True)


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True
    return True


def sweep_leftovers(temp_dir: Path | None = None) -> int:
    """Wipe the copies that an earlier session (killed, crashed) left in the temporary
    folder; copies of a Monitor still running are left to it. Returns how many files."""
    return _sweep(temp_dir, own_only=False)


def _owner(folder: Path) -> int | None:
    with contextlib.suppress(OSError, ValueError):
        return int((folder / OWNER_FILE).read_text(encoding="ascii").strip())
    return None


def _sweep(temp_dir: Path | None, *, own_only: bool) -> int:
    base = Path(temp_dir or tempfile.gettempdir())
    count = 0
    uid = os.getuid() if hasattr(os, "getuid") else None
    with contextlib.suppress(OSError):
        for folder in base.iterdir():
            if not folder.name.startswith((PREFIX, LEGACY_PREFIX)) or folder.is_symlink() \
                    or not folder.is_dir():
                continue
            with contextlib.suppress(OSError):
                if uid is not None and folder.stat().st_uid != uid:
                    continue
                owner = _owner(folder)
                if own_only and owner != os.getpid():
                    continue
                if owner is not None and _alive(owner):
                    continue
                with _lock:
                    if folder in _folders:
                        continue
                count += _wipe_folder(folder)
    return count


atexit.register(wipe_all)
