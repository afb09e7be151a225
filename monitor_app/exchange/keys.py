"""This store's identity, public identity files, fingerprints and contacts.

An identity is two keys (docs/exchange.md, "Identities and contacts"): an Ed25519 key that
signs, and a separate X25519 key that files are encrypted to. The signing key certifies the
X25519 key together with the name, the organisation and an expiry (``box_cert``): that
certificate is also the identity file's self-signature, so a public identity can be written
out again without the secret key. The fingerprint is over the signing key alone, so that
renewing the X25519 key does not change what people compared by phone.

Secret keys live only in the encrypted store (``exchange_identity``); contacts in
``exchange_contacts``. Neither is a record: they never travel and never appear in
``export-json``.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import struct
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from nacl.exceptions import CryptoError
from nacl.public import PrivateKey
from nacl.signing import SigningKey, VerifyKey
from sqlalchemy import select

from db.base import new_uuid, utcnow
from db.models import ExchangeContact, ExchangeIdentity

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from monitor_app.records import Writer

FORMAT_VERSION = 1
CERT_DOMAIN = b"monitor-identity-v1\0"
FINGERPRINT_DOMAIN = b"monitor-fingerprint-v1\0"
FINGERPRINT_ITERATIONS = 5200  # as Signal's safety numbers: slows a search for a look-alike
SHORT_PREFIX = "monitor1:"
BOX_KEY_LIFETIME = timedelta(days=2 * 365)
MAX_TEXT_BYTES = 400  # name and organisation, each, in UTF-8
MAX_FILE_BYTES = 64 * 1024
KEY_BYTES = 32
SIG_BYTES = 64


class IdentityExists(Exception):
    """The store already has its identity (one per store)."""


class BadIdentityFile(ValueError):
    """Not a valid public identity file (damaged, altered, expired or not one at all)."""


class UnknownContact(LookupError):
    """No contact with that name, id or fingerprint."""


class ContactNameTaken(ValueError):
    """Another key is already a contact under that name."""


@dataclass(frozen=True)
class PublicIdentity:
    """Someone's public keys, with the name and organisation they gave themselves."""

    name: str
    org: str
    sign_public: bytes
    box_public: bytes
    box_cert: bytes
    box_expires: datetime  # UTC, aware, whole seconds

    @property
    def fingerprint(self) -> str:
        """Twelve groups of five digits over the signing key: the same in every store."""
        return fingerprint_of(self.sign_public)


@dataclass(frozen=True)
class MyIdentity:
    """This store's identity with its secret keys (never shown by ``repr``)."""

    public: PublicIdentity
    sign_secret: bytes = field(repr=False)
    box_secret: bytes = field(repr=False)


@dataclass(frozen=True)
class ContactInfo:
    """A contact: the name this store gave them, their keys, whether the fingerprint was
    compared out of band."""

    id: str
    name: str
    public: PublicIdentity
    verified: bool


# -- fingerprints and the canonical bytes ------------------------------------------

def fingerprint_of(sign_public: bytes) -> str:
    """The fingerprint of an Ed25519 public key (see :attr:`PublicIdentity.fingerprint`)."""
    digest = FINGERPRINT_DOMAIN + sign_public
    for _ in range(FINGERPRINT_ITERATIONS):
        digest = hashlib.sha512(digest + sign_public).digest()
    groups = [int.from_bytes(digest[i:i + 5], "big") % 100000 for i in range(0, 60, 5)]
    return " ".join(f"{g:05d}" for g in groups)


def normalise_fingerprint(text: str) -> str:
    """Digits only: a fingerprint typed with or without spaces compares equal."""
    return "".join(ch for ch in text if ch.isdigit())


def _text(value: str) -> bytes:
    data = value.encode("utf-8")
    if len(data) > MAX_TEXT_BYTES:
        raise ValueError(f"longer than {MAX_TEXT_BYTES} bytes")
    return struct.pack(">H", len(data)) + data


def _expiry_seconds(when: datetime) -> int:
    return int(when.timestamp())


def certified_bytes(name: str, org: str, sign_public: bytes, box_public: bytes,
                    box_expires: datetime) -> bytes:
    """What ``box_cert`` signs: domain, version, name, organisation, both keys, expiry."""
    return (CERT_DOMAIN + bytes([FORMAT_VERSION]) + _text(name) + _text(org) + sign_public
            + box_public + struct.pack(">Q", _expiry_seconds(box_expires)))


def encode_public(public: PublicIdentity) -> bytes:
    """The canonical binary form of a public identity (the short form and the file carry
    it, the file's inner header too): version, name, org, keys, expiry, certificate."""
    return (bytes([FORMAT_VERSION]) + _text(public.name) + _text(public.org)
            + public.sign_public + public.box_public
            + struct.pack(">Q", _expiry_seconds(public.box_expires)) + public.box_cert)


def decode_public(data: bytes, *, now: datetime | None = None) -> PublicIdentity:
    """The identity in :func:`encode_public`'s bytes, its certificate checked and its
    expiry compared with ``now`` (default: the clock). Raises :class:`BadIdentityFile`."""
    try:
        if not data or data[0] != FORMAT_VERSION:
            if data and data[0] > FORMAT_VERSION:
                raise BadIdentityFile("made by a newer version of Monitor")
            raise BadIdentityFile("not a Monitor identity")
        pos = 1
        texts = []
        for _ in range(2):
            (n,) = struct.unpack_from(">H", data, pos)
            pos += 2
            if n > MAX_TEXT_BYTES or pos + n > len(data):
                raise BadIdentityFile("damaged")
            texts.append(data[pos:pos + n].decode("utf-8"))
            pos += n
        rest = data[pos:]
        if len(rest) != 2 * KEY_BYTES + 8 + SIG_BYTES:
            raise BadIdentityFile("damaged")
        sign_public, box_public = rest[:32], rest[32:64]
        (expires_s,) = struct.unpack(">Q", rest[64:72])
        cert = rest[72:]
        expires = datetime.fromtimestamp(expires_s, UTC)
    except (struct.error, UnicodeDecodeError, ValueError, OverflowError, OSError) as exc:
        if isinstance(exc, BadIdentityFile):
            raise
        raise BadIdentityFile("damaged") from None
    public = PublicIdentity(texts[0], texts[1], sign_public, box_public, cert, expires)
    try:
        VerifyKey(sign_public).verify(
            certified_bytes(public.name, public.org, sign_public, box_public, expires), cert)
    except (CryptoError, ValueError, TypeError):
        raise BadIdentityFile("its signature does not match (altered or damaged)") from None
    if expires <= (now or datetime.now(UTC)):
        raise BadIdentityFile(f"its encryption key expired on {expires:%Y-%m-%d}")
    return public


# -- identity files ----------------------------------------------------------------

def short_form(public: PublicIdentity) -> str:
    """One line (``monitor1:`` and base64url), small enough for a QR code."""
    return SHORT_PREFIX + base64.urlsafe_b64encode(encode_public(public)).decode("ascii")


def export_identity(public: PublicIdentity) -> bytes:
    """The public identity file: a few lines for people to read, then the short form,
    which alone counts (the lines above it are not trusted when the file is read)."""
    lines = ["Monitor public identity (version 1)", f"Name: {public.name}"]
    if public.org:
        lines.append(f"Organisation: {public.org}")
    lines += [f"Fingerprint: {public.fingerprint}",
              f"Encryption key valid until: {public.box_expires:%Y-%m-%d}",
              short_form(public), ""]
    return "\n".join(lines).encode("utf-8")


def parse_identity(data: bytes) -> PublicIdentity:
    """The identity in a file made by :func:`export_identity` or in a short form; its
    self-signature and expiry checked. Raises :class:`BadIdentityFile`."""
    if len(data) > MAX_FILE_BYTES:
        raise BadIdentityFile("too large for an identity file")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise BadIdentityFile("not a Monitor identity") from None
    found = [w for w in text.split() if w.startswith(SHORT_PREFIX)]
    if len(found) != 1:
        raise BadIdentityFile("not a Monitor identity")
    try:
        raw = base64.urlsafe_b64decode(found[0][len(SHORT_PREFIX):].encode("ascii"))
    except (binascii.Error, ValueError):
        raise BadIdentityFile("damaged") from None
    return decode_public(raw)


# -- this store's identity ---------------------------------------------------------

def _aware(when: datetime) -> datetime:
    return when.replace(tzinfo=UTC) if when.tzinfo is None else when.astimezone(UTC)


def _naive(when: datetime) -> datetime:
    return when.astimezone(UTC).replace(tzinfo=None)


def create_identity(w: Writer, name: str, org: str = "") -> PublicIdentity:
    """Make this store's identity (fresh keys); :class:`IdentityExists` when it has one."""
    name, org = name.strip(), org.strip()
    if not name:
        raise ValueError("an identity needs a name")
    _text(name), _text(org)  # refuse before making keys
    if w.session.scalar(select(ExchangeIdentity.id)) is not None:
        raise IdentityExists("this store already has its identity")
    sign, box = SigningKey.generate(), PrivateKey.generate()
    expires = (datetime.now(UTC) + BOX_KEY_LIFETIME).replace(microsecond=0)
    public = _certify(sign, box, name, org, expires)
    w.session.add(ExchangeIdentity(
        id=1, name=name, org=org, sign_secret=bytes(sign), box_secret=bytes(box),
        box_cert=public.box_cert, box_expires=_naive(expires), created_at=utcnow()))
    w.session.flush()
    return public


def _certify(sign: SigningKey, box: PrivateKey, name: str, org: str,
             expires: datetime) -> PublicIdentity:
    sign_public, box_public = bytes(sign.verify_key), bytes(box.public_key)
    cert = sign.sign(certified_bytes(name, org, sign_public, box_public, expires)).signature
    return PublicIdentity(name, org, sign_public, box_public, cert, expires)


def renew_identity(w: Writer) -> PublicIdentity:
    """A new X25519 key with a new expiry, certified by the same signing key: the
    fingerprint stays; contacts need the new identity file to write to this store."""
    row = w.session.scalar(select(ExchangeIdentity))
    if row is None:
        raise LookupError("this store has no identity")
    sign, box = SigningKey(row.sign_secret), PrivateKey.generate()
    expires = (datetime.now(UTC) + BOX_KEY_LIFETIME).replace(microsecond=0)
    public = _certify(sign, box, row.name, row.org, expires)
    row.box_secret, row.box_cert, row.box_expires = bytes(box), public.box_cert, _naive(expires)
    w.session.flush()
    return public


def my_identity(session: Session) -> MyIdentity | None:
    """This store's identity with its secret keys, or None before ``create_identity``."""
    row = session.scalar(select(ExchangeIdentity))
    if row is None:
        return None
    sign, box = SigningKey(row.sign_secret), PrivateKey(row.box_secret)
    public = PublicIdentity(row.name, row.org, bytes(sign.verify_key), bytes(box.public_key),
                            row.box_cert, _aware(row.box_expires))
    return MyIdentity(public, bytes(row.sign_secret), bytes(row.box_secret))


# -- contacts ----------------------------------------------------------------------

def _info(row: ExchangeContact) -> ContactInfo:
    public = PublicIdentity(row.claimed_name, row.org, bytes(row.sign_public),
                            bytes(row.box_public), bytes(row.box_cert),
                            _aware(row.box_expires))
    return ContactInfo(row.id, row.name, public, bool(row.verified))


def _by_name(session: Session, name: str) -> ExchangeContact | None:
    folded = name.casefold()
    return next((r for r in session.scalars(select(ExchangeContact))
                 if r.name.casefold() == folded), None)


def add_contact(w: Writer, data: bytes, name: str) -> ContactInfo:
    """Add the identity in ``data`` (a file or a short form) under ``name``.

    Re-adding a known key updates its name and, when newer, its encryption key (the
    contact stays verified: the fingerprint is the same). A different key under a name
    already taken is refused (:class:`ContactNameTaken`), as is this store's own key.
    """
    public = parse_identity(data)
    name = name.strip()
    if not name:
        raise ValueError("a contact needs a name")
    _text(name)
    s = w.session
    own = s.scalar(select(ExchangeIdentity))
    if own is not None and bytes(SigningKey(own.sign_secret).verify_key) == public.sign_public:
        raise ValueError("this is this store's own identity")
    row = s.scalar(select(ExchangeContact).where(
        ExchangeContact.sign_public == public.sign_public))
    taken = _by_name(s, name)
    if taken is not None and (row is None or taken.id != row.id):
        raise ContactNameTaken(f"another key is already a contact named {name!r}")
    if row is None:
        row = ExchangeContact(id=new_uuid(), name=name, sign_public=public.sign_public,
                              verified=False, verified_at=None, added_at=utcnow())
        s.add(row)
        _set_public(row, public)
    else:
        row.name = name
        if _aware(row.box_expires) < public.box_expires:
            _set_public(row, public)
    s.flush()
    return _info(row)


def _set_public(row: ExchangeContact, public: PublicIdentity) -> None:
    row.claimed_name, row.org = public.name, public.org
    row.box_public, row.box_cert = public.box_public, public.box_cert
    row.box_expires = _naive(public.box_expires)


def contacts(session: Session) -> list[ContactInfo]:
    """Every contact, by name."""
    rows = session.scalars(select(ExchangeContact)).all()
    return sorted((_info(r) for r in rows), key=lambda c: (c.name.casefold(), c.id))


def find_contact(session: Session, ref: str) -> ContactInfo:
    """The contact named ``ref`` (any case), with that id, or with that fingerprint
    (spaces ignored). Raises :class:`UnknownContact`."""
    ref = ref.strip()
    row = session.get(ExchangeContact, ref) or _by_name(session, ref)
    if row is None and len(normalise_fingerprint(ref)) == 60:
        digits = normalise_fingerprint(ref)
        row = next((r for r in session.scalars(select(ExchangeContact))
                    if normalise_fingerprint(fingerprint_of(bytes(r.sign_public))) == digits),
                   None)
    if row is None:
        raise UnknownContact(f"no contact {ref!r}")
    return _info(row)


def contact_by_sign_key(session: Session, sign_public: bytes) -> ContactInfo | None:
    """The contact whose signing key this is, or None."""
    row = session.scalar(select(ExchangeContact).where(
        ExchangeContact.sign_public == bytes(sign_public)))
    return None if row is None else _info(row)


def set_verified(w: Writer, contact_id: str, verified: bool = True) -> None:
    """Record that the contact's fingerprint was (or was not) compared out of band."""
    row = w.session.get(ExchangeContact, contact_id)
    if row is None:
        raise UnknownContact(f"no contact {contact_id!r}")
    row.verified = verified
    row.verified_at = utcnow() if verified else None
    w.session.flush()


__all__ = ["BadIdentityFile", "ContactInfo", "ContactNameTaken", "IdentityExists",
           "MyIdentity", "PublicIdentity", "UnknownContact", "add_contact",
           "contact_by_sign_key", "contacts", "create_identity", "decode_public",
           "encode_public", "export_identity", "find_contact", "fingerprint_of",
           "my_identity", "parse_identity", "renew_identity", "set_verified", "short_form"]
