"""The exchange file: encrypted to one recipient, signed by its sender, streamed.

Layout (docs/exchange.md, "The file"), nothing in the clear but what a recipient needs to
find its key:

1. ``SLOTS`` recipient slots of ``SLOT_BYTES`` each: a sealed box (X25519) of
   ``version || file_key`` to the recipient in one slot chosen at random, random bytes in
   the others;
2. the secretstream (XChaCha20-Poly1305) header, 24 bytes, under the fresh ``file_key``;
3. the inner header, one message of ``HEADER_PLAIN`` bytes, its additional data the SHA-256
   of the slots;
4. the body: messages of ``CHUNK`` bytes (``TAG_MESSAGE``), each a 4-byte length, that many
   payload bytes and zeros; the count padded (Padmé) with empty chunks;
5. one last ``CHUNK``-byte message, ``TAG_FINAL``: the sender's Ed25519 signature over
   :func:`signed_bytes` (recipient, slots, header and payload hashes...), then zeros.

Every message has a fixed size, so a reader needs no length in the clear and knows the end
by the final tag alone: end of file before it, or any byte after it, is refused.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import secrets
import struct
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

from nacl import bindings as nb
from nacl.exceptions import CryptoError
from nacl.public import PrivateKey, PublicKey, SealedBox
from nacl.signing import SigningKey, VerifyKey

from monitor_app import outputs
from monitor_app.exchange import (
    DAMAGED_CODE,
    NEWER_VERSION,
    OTHER_RECIPIENT,
    TRAILING_DATA,
    TRUNCATED,
    UNKNOWN_SENDER,
)
from monitor_app.exchange.keys import (
    NEVER,
    BadIdentityFile,
    MyIdentity,
    PublicIdentity,
    decode_public,
    encode_public,
)

VERSION = 1
SLOTS = 4
KEY_BYTES = nb.crypto_secretstream_xchacha20poly1305_KEYBYTES
SLOT_PLAIN = 1 + KEY_BYTES
SLOT_BYTES = SLOT_PLAIN + 48  # a sealed box adds an ephemeral key (32) and a tag (16)
STREAM_HEADER = nb.crypto_secretstream_xchacha20poly1305_HEADERBYTES
ABYTES = nb.crypto_secretstream_xchacha20poly1305_ABYTES
HEADER_PLAIN = 4096
CHUNK = 64 * 1024
CHUNK_DATA = CHUNK - 4
ZEROS = bytes(CHUNK)  # padding chunks, and what padding must be (compared at memcmp speed)
MIN_CHUNKS = 16  # the smallest file's body: 1 MiB
TAG_MESSAGE = nb.crypto_secretstream_xchacha20poly1305_TAG_MESSAGE
TAG_FINAL = nb.crypto_secretstream_xchacha20poly1305_TAG_FINAL
INNER_DOMAIN = b"monitor-export-header-v1\0"
SIGN_DOMAIN = b"monitor-export-v1\0"
PREFIX_BYTES = SLOTS * SLOT_BYTES + STREAM_HEADER


class BundleRefused(Exception):
    """The file is refused; ``reason`` is one line without case data (English, what the
    CLI prints); ``code`` a stable word for the common reasons
    (``monitor_app.exchange.REFUSAL_CODES``), by which the window says it in the user's
    language, else None."""

    def __init__(self, reason: str, *, code: str | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.code = code


@dataclass(frozen=True)
class BundleHeader:
    """What the inner header says: which file, from whom, to whom."""

    bundle_id: str  # 32 hex digits, random
    seq: int
    created: datetime  # UTC, aware, whole seconds
    version: int
    sender: PublicIdentity
    recipient: PublicIdentity


def default_file_name() -> str:
    """A name that says nothing about sender, recipient, date or content."""
    return secrets.token_hex(12) + ".monitor"


def padded_chunks(n: int) -> int:
    """The body's chunk count for ``n`` chunks of payload: Padmé (Nikitin et al., PURBs,
    2019) over at least ``MIN_CHUNKS``: at most about 12 % more, and the size says only
    O(log log n) bits."""
    n = max(n, MIN_CHUNKS)
    e = n.bit_length() - 1
    s = e.bit_length()
    mask = (1 << (e - s)) - 1
    return (n + mask) & ~mask


# -- the canonical bytes ---------------------------------------------------------

def _lp(data: bytes) -> bytes:
    return struct.pack(">H", len(data)) + data


def encode_header(h: BundleHeader) -> bytes:
    """The inner header's plaintext, zero-padded to ``HEADER_PLAIN`` bytes."""
    body = (INNER_DOMAIN + struct.pack(">HI", h.version, CHUNK) + bytes.fromhex(h.bundle_id)
            + struct.pack(">Qq", h.seq, int(h.created.timestamp()))
            + _lp(encode_public(h.sender)) + _lp(encode_public(h.recipient)))
    if len(body) > HEADER_PLAIN:
        raise ValueError("the names are too long for the file's header")
    return body + bytes(HEADER_PLAIN - len(body))


def decode_header(plain: bytes) -> BundleHeader:
    """The header in ``plain`` (already authenticated by the stream)."""
    try:
        if not plain.startswith(INNER_DOMAIN):
            raise BundleRefused("the file's header is not one Monitor writes")
        pos = len(INNER_DOMAIN)
        version, chunk = struct.unpack_from(">HI", plain, pos)
        if version > VERSION:
            raise BundleRefused("made by a newer version of Monitor", code=NEWER_VERSION)
        if version != VERSION or chunk != CHUNK:
            raise BundleRefused("the file's header is not one Monitor writes")
        pos += 6
        bundle_id = plain[pos:pos + 16].hex()
        pos += 16
        seq, created = struct.unpack_from(">Qq", plain, pos)
        pos += 16
        identities = []
        for _ in range(2):
            (n,) = struct.unpack_from(">H", plain, pos)
            pos += 2
            # expiry is not checked here: a file written before a key expired stays readable
            identities.append(decode_public(plain[pos:pos + n], now=NEVER))
            pos += n
        if any(plain[pos:]):
            raise BundleRefused("the file's header is not one Monitor writes")
        return BundleHeader(bundle_id, seq, datetime.fromtimestamp(created, UTC), version,
                            identities[0], identities[1])
    except (struct.error, BadIdentityFile, ValueError, OverflowError, OSError) as exc:
        if isinstance(exc, BundleRefused):
            raise
        raise BundleRefused("the file's header is not one Monitor writes") from None


def signed_bytes(h: BundleHeader, slots_hash: bytes, header_hash: bytes,
                 payload_hash: bytes, length: int, data_chunks: int,
                 body_chunks: int) -> bytes:
    """What the sender signs: domain, version, bundle id, sequence, time, both identities'
    keys, the hashes of the slots, of the inner header and of the payload, the payload's
    length and the chunk counts. Fixed-width fields only: canonical by construction."""
    return (SIGN_DOMAIN + struct.pack(">H", h.version) + bytes.fromhex(h.bundle_id)
            + struct.pack(">Qq", h.seq, int(h.created.timestamp()))
            + h.sender.sign_public + h.sender.box_public
            + h.recipient.sign_public + h.recipient.box_public
            + slots_hash + header_hash + payload_hash
            + struct.pack(">QQQ", length, data_chunks, body_chunks))


# -- writing -----------------------------------------------------------------------

def make_slots(to: PublicIdentity, file_key: bytes) -> bytes:
    """``SLOTS`` slots: the sealed ``version || file_key`` in a random one, noise elsewhere."""
    sealed = SealedBox(PublicKey(to.box_public)).encrypt(bytes([VERSION]) + file_key)
    assert len(sealed) == SLOT_BYTES
    mine = secrets.randbelow(SLOTS)
    return b"".join(sealed if i == mine else secrets.token_bytes(SLOT_BYTES)
                    for i in range(SLOTS))


def _chunks_of(payload: Iterable[bytes]) -> Iterator[bytes]:
    """``payload`` re-cut into pieces of ``CHUNK_DATA`` bytes (the last may be shorter)."""
    buf = bytearray()
    for piece in payload:
        buf += piece
        while len(buf) >= CHUNK_DATA:
            yield bytes(buf[:CHUNK_DATA])
            del buf[:CHUNK_DATA]
    if buf:
        yield bytes(buf)


def write_stream(fh: IO[bytes], slots: bytes, file_key: bytes, header: BundleHeader,
                 payload: Iterable[bytes], sign: Callable[[bytes, bytes, bytes, int, int, int],
                                                          bytes]) -> None:
    """Write a file from its parts: ``sign(slots_hash, header_hash, payload_hash, length,
    data_chunks, body_chunks)`` gives the final message's signature. The pieces
    :func:`write_bundle` uses; tests assemble altered files with them."""
    state = nb.crypto_secretstream_xchacha20poly1305_state()
    fh.write(slots)
    fh.write(nb.crypto_secretstream_xchacha20poly1305_init_push(state, file_key))
    slots_hash = hashlib.sha256(slots).digest()
    inner = encode_header(header)
    fh.write(nb.crypto_secretstream_xchacha20poly1305_push(state, inner, slots_hash,
                                                           TAG_MESSAGE))
    digest, length, data_chunks = hashlib.sha256(), 0, 0
    for piece in _chunks_of(payload):
        digest.update(piece)
        length += len(piece)
        data_chunks += 1
        plain = struct.pack(">I", len(piece)) + piece + bytes(CHUNK_DATA - len(piece))
        fh.write(nb.crypto_secretstream_xchacha20poly1305_push(state, plain, None,
                                                               TAG_MESSAGE))
    body_chunks = padded_chunks(data_chunks)
    for _ in range(body_chunks - data_chunks):
        fh.write(nb.crypto_secretstream_xchacha20poly1305_push(state, ZEROS, None,
                                                               TAG_MESSAGE))
    signature = sign(slots_hash, hashlib.sha256(inner).digest(), digest.digest(), length,
                     data_chunks, body_chunks)
    final = signature + bytes(CHUNK - len(signature))
    fh.write(nb.crypto_secretstream_xchacha20poly1305_push(state, final, None, TAG_FINAL))


def write_bundle(out: Path, me: MyIdentity, to: PublicIdentity, seq: int,
                 payload: Iterable[bytes]) -> BundleHeader:
    """Write ``payload`` (streamed, never held whole) to ``out`` for ``to``, signed by ``me``:
    atomically (a 0600 temporary file beside ``out``, fsync, rename; never through a link).
    Returns the header written. ValueError when ``to``'s encryption key has expired (they
    must send their renewed identity file)."""
    if to.box_expires <= datetime.now(UTC):
        raise ValueError(f"the recipient's encryption key expired on {to.box_expires:%Y-%m-%d}"
                         "; ask them for their new identity file")
    header = BundleHeader(secrets.token_hex(16), seq,
                          datetime.now(UTC).replace(microsecond=0), VERSION, me.public, to)
    signer = SigningKey(me.sign_secret)

    def sign(*parts: Any) -> bytes:
        return signer.sign(signed_bytes(header, *parts)).signature

    def render(fh: IO[bytes]) -> None:
        file_key = nb.crypto_secretstream_xchacha20poly1305_keygen()
        write_stream(fh, make_slots(to, file_key), file_key, header, payload, sign)

    outputs.write_atomically(out, render)
    return header


# -- reading -----------------------------------------------------------------------

DAMAGED = "the file was changed or damaged"


class BundleReader:
    """An open file: ``header`` once :func:`read_bundle` returned, then :meth:`chunks`."""

    def __init__(self, fh: IO[bytes], me: MyIdentity,
                 sender_of: Callable[[bytes], PublicIdentity | None]) -> None:
        self._fh = fh
        self._state: Any = None
        self._used = False
        self.header = self._open(me, sender_of)

    def _read(self, n: int) -> bytes:
        data = self._fh.read(n)
        if len(data) < n:
            raise BundleRefused("the file ends before its signature", code=TRUNCATED)
        return data

    def _open(self, me: MyIdentity,
              sender_of: Callable[[bytes], PublicIdentity | None]) -> BundleHeader:
        prefix = self._fh.read(PREFIX_BYTES)
        if len(prefix) < PREFIX_BYTES:
            raise BundleRefused("too short to be a Monitor file")
        slots, stream_header = prefix[:SLOTS * SLOT_BYTES], prefix[SLOTS * SLOT_BYTES:]
        opener = SealedBox(PrivateKey(me.box_secret))
        found = None
        for i in range(SLOTS):
            with contextlib.suppress(CryptoError, ValueError, TypeError):
                found = opener.decrypt(slots[i * SLOT_BYTES:(i + 1) * SLOT_BYTES])
                break
        if found is None or len(found) != SLOT_PLAIN:
            raise BundleRefused("the file is for another recipient (or its start was damaged)",
                                code=OTHER_RECIPIENT)
        if found[0] != VERSION:
            newer = found[0] > VERSION
            raise BundleRefused("made by a newer version of Monitor" if newer else DAMAGED,
                                code=NEWER_VERSION if newer else DAMAGED_CODE)
        self._slots_hash = hashlib.sha256(slots).digest()
        self._state = nb.crypto_secretstream_xchacha20poly1305_state()
        try:
            nb.crypto_secretstream_xchacha20poly1305_init_pull(self._state, stream_header,
                                                               found[1:])
        except (CryptoError, ValueError, TypeError):
            raise BundleRefused(DAMAGED, code=DAMAGED_CODE) from None
        inner = self._pull(HEADER_PLAIN, self._slots_hash, "its header")
        if inner[1] != TAG_MESSAGE:
            raise BundleRefused(f"{DAMAGED} (its header has an unknown tag)", code=DAMAGED_CODE)
        self._header_hash = hashlib.sha256(inner[0]).digest()
        header = decode_header(inner[0])
        r = header.recipient
        if (r.sign_public, r.box_public) != (me.public.sign_public, me.public.box_public):
            raise BundleRefused("the file is for another recipient", code=OTHER_RECIPIENT)
        known = sender_of(header.sender.sign_public)
        if known is None or known.sign_public != header.sender.sign_public:
            raise BundleRefused("unknown sender", code=UNKNOWN_SENDER)
        self._sender_key = known.sign_public
        return header

    def _pull(self, size: int, ad: bytes | None, what: str) -> tuple[bytes, int]:
        cipher = self._read(size + ABYTES)
        try:
            plain, tag = nb.crypto_secretstream_xchacha20poly1305_pull(self._state, cipher, ad)
        except (CryptoError, ValueError, TypeError):
            raise BundleRefused(f"{DAMAGED} ({what} fails its check)",
                                code=DAMAGED_CODE) from None
        return plain, tag

    def chunks(self) -> Iterator[bytes]:
        """The payload, piece by piece. Ends normally only once the final message came, its
        signature verified and nothing follows; raises :class:`BundleRefused` otherwise
        (so a caller applies what it staged only after the loop ended)."""
        if self._used:
            raise RuntimeError("a file's chunks are read once")
        self._used = True
        digest, length, data_chunks, body_chunks, ended = hashlib.sha256(), 0, 0, 0, False
        while True:
            plain, tag = self._pull(CHUNK, None, f"chunk {body_chunks + 1}")
            if tag == TAG_FINAL:
                break
            if tag != TAG_MESSAGE:
                raise BundleRefused(f"{DAMAGED} (chunk {body_chunks + 1} has an unknown tag)",
                                    code=DAMAGED_CODE)
            body_chunks += 1
            (n,) = struct.unpack_from(">I", plain)
            if n > CHUNK_DATA or plain[4 + n:] != ZEROS[4 + n:] or (ended and n):
                raise BundleRefused(f"{DAMAGED} (chunk {body_chunks} is malformed)",
                                    code=DAMAGED_CODE)
            if n:
                piece = plain[4:4 + n]
                digest.update(piece)
                length += n
                data_chunks += 1
                yield piece
            ended = ended or n < CHUNK_DATA
        signature = plain[:64]
        if plain[64:] != ZEROS[64:]:
            raise BundleRefused(f"{DAMAGED} (its final message is malformed)",
                                code=DAMAGED_CODE)
        if self._fh.read(1):
            raise BundleRefused("data follows the file's end", code=TRAILING_DATA)
        if body_chunks != padded_chunks(data_chunks):
            raise BundleRefused(f"{DAMAGED} (wrong number of chunks)", code=DAMAGED_CODE)
        message = signed_bytes(self.header, self._slots_hash, self._header_hash,
                               digest.digest(), length, data_chunks, body_chunks)
        try:
            VerifyKey(self._sender_key).verify(message, signature)
        except (CryptoError, ValueError, TypeError):
            raise BundleRefused("the sender's signature does not match the file",
                                code=DAMAGED_CODE) from None

    def close(self) -> None:
        self._fh.close()

    def __enter__(self) -> BundleReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def read_bundle(path: Path, me: MyIdentity,
                sender_of: Callable[[bytes], PublicIdentity | None]) -> BundleReader:
    """Open ``path`` as a file for ``me``: find the slot, decrypt and check the inner header
    (the recipient must be ``me``; ``sender_of(sign_public)`` gives the sender's identity or
    None for an unknown sender). Raises :class:`BundleRefused`; OSError when it cannot be
    opened at all."""
    fh = open(os.fspath(path), "rb")  # noqa: SIM115 - the reader owns and closes it
    try:
        return BundleReader(fh, me, sender_of)
    except BaseException:
        fh.close()
        raise


__all__ = ["BundleHeader", "BundleReader", "BundleRefused", "default_file_name",
           "read_bundle", "write_bundle"]
