"""Detached signatures of printed documents (dossiers, visit reports) and their check.

``FILE.pdf.sig`` is a short text file: lines for people to read, then three lines that
alone count: ``identity:`` (the signer's public identity, short form), ``signed-at:``
(seconds since 1970, UTC) and ``signature:`` (Ed25519, base64, over
``"monitor-signed-file-v1\\0" || SHA-256 of the PDF || signed-at``). A court checks it with
``monitor-app verify FILE.pdf`` and compares the fingerprint printed on the cover and by
``verify`` with the one the organisation gave it (docs/exchange.md, "Signed dossiers").
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import hashlib
import os
import stat
import struct
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from nacl.exceptions import CryptoError
from nacl.signing import SigningKey, VerifyKey

from monitor_app import outputs
from monitor_app.exchange.keys import (
    BadIdentityFile,
    MyIdentity,
    PublicIdentity,
    contact_by_sign_key,
    decode_short,
    my_identity,
    short_form,
)

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

DOMAIN = b"monitor-signed-file-v1\0"
MAX_SIG_BYTES = 64 * 1024
READ_BLOCK = 1024 * 1024


@dataclass(frozen=True)
class Verdict:
    """What a signature says about a file. ``good``: signed, and unchanged since."""

    signer: PublicIdentity | None
    fingerprint: str  # "" when there is no readable signature
    unchanged: bool
    signed_at: datetime | None
    contact: str | None  # the store's name for the signer, when it knows them
    verified: bool  # the store compared the signer's fingerprint out of band
    mine: bool  # signed by the store's own identity
    problem: str | None  # one line, when not good

    @property
    def good(self) -> bool:
        return self.unchanged and self.problem is None


def sig_path(pdf: Path) -> Path:
    """Where the signature of ``pdf`` lives: beside it, ``.sig`` added."""
    return pdf.with_name(pdf.name + ".sig")


def _digest(path: Path) -> bytes:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        while block := fh.read(READ_BLOCK):
            h.update(block)
    return h.digest()


def _message(digest: bytes, signed_at: int) -> bytes:
    return DOMAIN + digest + struct.pack(">q", signed_at)


def sign_file(me: MyIdentity, pdf: Path) -> Path:
    """Write ``pdf``'s detached signature beside it (atomically, 0600); returns its path."""
    pdf = Path(pdf)
    digest = _digest(pdf)
    now = datetime.now(UTC).replace(microsecond=0)
    at = int(now.timestamp())
    signature = SigningKey(me.sign_secret).sign(_message(digest, at)).signature
    lines = ["Monitor signature (version 1)",
             f"Signed file's SHA-256: {digest.hex()}",
             f"Signed at: {now:%Y-%m-%d %H:%M} UTC",
             f"Signer: {me.public.name}" + (f", {me.public.org}" if me.public.org else ""),
             f"Signer's fingerprint: {me.public.fingerprint}",
             "Check it with: monitor-app verify FILE.pdf",
             f"identity: {short_form(me.public)}",
             f"signed-at: {at}",
             f"signature: {base64.b64encode(signature).decode('ascii')}", ""]
    out = sig_path(pdf)
    outputs.write_text(out, "\n".join(lines))
    return out


def _fields(data: bytes) -> dict[str, str]:
    fields: dict[str, str] = {}
    for line in data.decode("utf-8").splitlines():
        key, sep, value = line.partition(": ")
        if sep and key in ("identity", "signed-at", "signature"):
            if key in fields:
                raise ValueError("twice")
            fields[key] = value.strip()
    if len(fields) != 3:
        raise ValueError("missing")
    return fields


def verify_file(pdf: Path, sig: Path | None = None, session: Session | None = None
                ) -> Verdict:
    """Check ``pdf`` against its signature (``sig``, default ``FILE.pdf.sig``); with a
    ``session`` the verdict also says whether the signer is a contact and verified."""
    pdf = Path(pdf)
    sig = sig_path(pdf) if sig is None else Path(sig)

    def refused(problem: str) -> Verdict:
        return Verdict(None, "", False, None, None, False, False, problem)

    try:
        with open(sig, "rb") as fh:
            data = fh.read(MAX_SIG_BYTES + 1)
    except FileNotFoundError:
        return refused("the file is not signed (no signature file beside it)")
    if len(data) > MAX_SIG_BYTES:
        return refused("the signature file is damaged")
    try:
        fields = _fields(data)
        signer = decode_short(fields["identity"], check_expiry=False)
        at = int(fields["signed-at"])
        signature = base64.b64decode(fields["signature"], validate=True)
        signed_at = datetime.fromtimestamp(at, UTC)
    except (BadIdentityFile, ValueError, UnicodeDecodeError, binascii.Error, OverflowError,
            OSError):
        return refused("the signature file is damaged")
    try:
        VerifyKey(signer.sign_public).verify(_message(_digest(pdf), at), signature)
        unchanged = True
    except (CryptoError, ValueError, TypeError):
        unchanged = False
    contact, verified, mine = None, False, False
    if session is not None:
        own = my_identity(session)
        if own is not None and own.public.sign_public == signer.sign_public:
            contact, verified, mine = own.public.name, True, True
        else:
            known = contact_by_sign_key(session, signer.sign_public)
            if known is not None:
                contact, verified = known.name, known.verified
    problem = None if unchanged else "the file was changed after it was signed (or the " \
                                     "signature is not this file's)"
    return Verdict(signer, signer.fingerprint, unchanged, signed_at, contact, verified, mine,
                   problem)


def write_signed(store: Any, path: str | Any, render: Callable[[IO[bytes], str | None], Any]
                 ) -> Any:
    """The one place a printed document is written: ``render(fh, fingerprint)`` into
    ``path`` atomically, the fingerprint (for the cover) None when the store has no
    identity; with one, ``FILE.pdf.sig`` is written beside it, without one an older
    ``FILE.pdf.sig`` is removed. Returns what ``render`` returned."""
    with store.read() as session:
        me = my_identity(session)
    fingerprint = None if me is None else me.public.fingerprint
    result = outputs.write_atomically(path, lambda fh: render(fh, fingerprint))
    if me is not None:
        sign_file(me, Path(path))
    else:  # a signature of what the file held before would only mislead
        _remove_stale(sig_path(Path(path)))
    return result


def _remove_stale(sig: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        if stat.S_ISREG(os.lstat(sig).st_mode):
            sig.unlink()


__all__ = ["Verdict", "sig_path", "sign_file", "verify_file", "write_signed"]
