"""Every file the app writes for the user (PDFs, JSON exports, screenshots) goes through here.

The rules, in one place so that no writer forgets one:

- the target must be absent or a regular file: a symbolic link, a device (``/dev/full``), a
  FIFO, a socket or a directory is refused with :class:`UnsafeOutput`, before anything is
  rendered; it is checked again just before the file is moved into place;
- the bytes go to a new file beside the target, created with ``O_CREAT|O_EXCL`` and mode
  0600 (``tempfile.mkstemp``), flushed to disk, then renamed over the target with
  ``os.replace``: a failure never leaves half a file, and the file that appears is readable
  by its owner only, whatever the umask or the mode of the file it replaces;
- a failure removes the temporary file.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import IO, TypeVar

T = TypeVar("T")


class UnsafeOutput(OSError):
    """The output path names something that is not (or not only) a regular file."""

    def __init__(self, path: str | os.PathLike[str], what: str) -> None:
        self.path = os.fspath(path)
        self.what = what
        super().__init__(f"{self.path} is {what}; give the path of a new or regular file")


def _kind(mode: int) -> str | None:
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISLNK(mode):
        return "a symbolic link"
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def check_target(path: str | os.PathLike[str]) -> Path:
    """``path`` as a Path when it is absent or a regular file (not a link to one); raises
    :class:`UnsafeOutput` otherwise."""
    p = Path(path)
    try:
        st = os.lstat(p)
    except FileNotFoundError:
        return p
    what = _kind(st.st_mode)
    if what is not None:
        raise UnsafeOutput(p, what)
    return p


def write_atomically(path: str | os.PathLike[str], render: Callable[[IO[bytes]], T]) -> T:
    """Call ``render`` with a binary file open on a fresh 0600 file beside ``path``; when it
    returns, move that file over ``path`` (see the module's rules). Returns what ``render``
    returned."""
    target = check_target(path)
    folder = os.path.dirname(os.path.abspath(target))
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
    try:
        with os.fdopen(fd, "wb") as fh:
            result = render(fh)
            fh.flush()
            os.fsync(fh.fileno())
        check_target(target)  # nothing swapped in a link or a device while we wrote
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    return result


def write_bytes(path: str | os.PathLike[str], data: bytes) -> None:
    """Write ``data`` as the whole of ``path``, by :func:`write_atomically`."""
    write_atomically(path, lambda fh: fh.write(data))


def write_text(path: str | os.PathLike[str], text: str) -> None:
    """Write ``text`` (UTF-8) as the whole of ``path``, by :func:`write_atomically`."""
    write_bytes(path, text.encode("utf-8"))


def describe(exc: BaseException) -> str:
    """One line for a failed write (no traceback, no file contents)."""
    if isinstance(exc, UnsafeOutput):
        return str(exc)
    if isinstance(exc, OSError):
        return exc.strerror or type(exc).__name__
    return type(exc).__name__


__all__ = ["UnsafeOutput", "check_target", "describe", "write_atomically", "write_bytes",
           "write_text"]
