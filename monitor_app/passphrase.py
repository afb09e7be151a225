"""The passphrase rules, in one place for the command line and the desktop app.

- Every passphrase is NFC-normalised before key derivation (``db.crypto``).
- Passphrase lines (standard input, a passphrase file) are split on "\\n" only, and
  one "\\r" ending a line is dropped (Windows writes "\\r\\n"); every other character
  (U+2028, "\\x1c", "\\x85", a lone "\\r" inside) is part of the passphrase, never a
  line break that silently cuts it short. A UTF-8 byte-order mark at the very start
  is dropped.
- A passphrase source is read with a size limit and a file must be a regular file.
- A NEW passphrase (a new store, a passphrase change) must have at least
  :data:`MIN_LENGTH` characters, not all blank, and score at least :data:`MIN_SCORE`
  with zxcvbn; existing stores still open with whatever they were made with.
"""

from __future__ import annotations

import os
import secrets
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from db.crypto import normalize_passphrase
from db.engine import StoreError

MIN_LENGTH = 10
MIN_SCORE = 3  # zxcvbn: 0 too guessable ... 4 very unguessable
MAX_SOURCE_BYTES = 64 * 1024
BOM = "\ufeff"

__all__ = ["MAX_SOURCE_BYTES", "MIN_LENGTH", "MIN_SCORE", "Assessment", "PassphraseSourceError",
           "WeakPassphrase", "assess", "check_new", "generate", "normalize_passphrase",
           "problem", "read_file", "read_stream", "split_lines"]


class WeakPassphrase(StoreError):
    """A new passphrase that breaks the rules; the message says which and why."""


class PassphraseSourceError(Exception):
    """A passphrase file or stream that cannot be used (too big, not a regular file)."""


def split_lines(text: str) -> list[str]:
    """The passphrases in ``text``: one per "\\n"-ended line (see the module rules)."""
    if text.startswith(BOM):
        text = text[1:]
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()  # the newline that ends the last line does not start another
    return [line[:-1] if line.endswith("\r") else line for line in lines]


def _decode(data: bytes) -> str:
    if len(data) > MAX_SOURCE_BYTES:
        raise PassphraseSourceError(
            f"more than {MAX_SOURCE_BYTES // 1024} KiB; a passphrase file holds a few lines")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise PassphraseSourceError("not UTF-8 text") from None


def read_stream(stream: BinaryIO) -> list[str]:
    """The passphrase lines of a byte stream (standard input), read with the size limit."""
    return split_lines(_decode(stream.read(MAX_SOURCE_BYTES + 1)))


def read_file(path: str | os.PathLike[str]) -> list[str]:
    """The passphrase lines of a regular file; a FIFO, a device or a folder is refused
    before anything is read from it (a FIFO would hang, /dev/zero never ends)."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0)
    fd = os.open(path, flags)
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise PassphraseSourceError("not a regular file")
        with os.fdopen(fd, "rb", closefd=False) as fh:
            data = fh.read(MAX_SOURCE_BYTES + 1)
    finally:
        os.close(fd)
    return split_lines(_decode(data))


@dataclass(frozen=True)
class Assessment:
    """What the rules say about a new passphrase: ``fault`` is None when it may be used,
    else "empty", "short" or "weak"; ``score`` is zxcvbn's 0..4; ``warning`` its English
    reason (the desktop app says the fault in its own language)."""

    fault: str | None
    score: int
    warning: str = ""


def assess(passphrase: str) -> Assessment:
    """The rules for a new passphrase applied to ``passphrase``."""
    text = normalize_passphrase(passphrase)
    if not text.strip():
        return Assessment("empty", 0)
    from zxcvbn import zxcvbn

    result = zxcvbn(text[:100])  # zxcvbn is slow on very long input; 100 is plenty
    feedback = result.get("feedback") or {}
    warning = feedback.get("warning") or " ".join(feedback.get("suggestions") or [])
    score = int(result["score"])
    if len(text) < MIN_LENGTH:
        return Assessment("short", score, warning)
    if score < MIN_SCORE:
        return Assessment("weak", score, warning)
    return Assessment(None, score, warning)


def problem(passphrase: str) -> str | None:
    """Why ``passphrase`` may not protect a new store, in one sentence; None when it may."""
    found = assess(passphrase)
    if found.fault == "empty":
        return "The passphrase must not be empty or only spaces."
    if found.fault == "short":
        return (f"The passphrase is too short: use at least {MIN_LENGTH} characters "
                "(several words are best).")
    if found.fault == "weak":
        why = found.warning.rstrip(".")
        return ("The passphrase is too easy to guess"
                + (f": {why}." if why else ".")
                + " Add words, or use a generated one.")
    return None


def check_new(passphrase: str) -> str:
    """``passphrase`` NFC-normalised, or :class:`WeakPassphrase` saying what is wrong."""
    why = problem(passphrase)
    if why is not None:
        raise WeakPassphrase(why)
    return normalize_passphrase(passphrase)


def generate(words: int = 6) -> str:
    """A random passphrase of ``words`` words from the EFF long word list (7,776 English
    words, about 12.9 bits each: 6 words are about 77 bits). No Russian or Kazakh
    word list ships in a maintained package, so the words are English."""
    from xkcdpass import xkcd_password

    wordfile = Path(xkcd_password.__file__).parent / "static" / "eff-long"
    wordlist = xkcd_password.generate_wordlist(wordfile=str(wordfile), min_length=3,
                                               max_length=9)
    return " ".join(secrets.choice(wordlist) for _ in range(words))
