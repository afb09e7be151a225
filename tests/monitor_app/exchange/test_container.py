"""The exchange file (monitor_app.exchange.container): round trips, and every refusal."""

from __future__ import annotations

import hashlib
import os
import stat
import struct
import tracemalloc
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from nacl import bindings as nb
from nacl.public import PrivateKey, PublicKey, SealedBox
from nacl.signing import SigningKey

from monitor_app.exchange import container as c
from monitor_app.exchange import keys
from tests.fuzzing import fuzz_settings
from tests.monitor_app.exchange.test_keys import other_identity

A, B, X = (other_identity("Aigerim Sadykova", "NPM Pavlodar"),
           other_identity("Coordinator", "Bureau"), other_identity("X"))
KNOWN = {A.public.sign_public: A.public, B.public.sign_public: B.public,
         X.public.sign_public: X.public}
BODY_START = c.PREFIX_BYTES + c.HEADER_PLAIN + c.ABYTES
MSG = c.CHUNK + c.ABYTES


def knows(sign_public: bytes) -> keys.PublicIdentity | None:
    return KNOWN.get(sign_public)


def read_all(path: Path, me: keys.MyIdentity = B, sender_of=knows) -> tuple[c.BundleHeader,
                                                                           bytes]:
    with c.read_bundle(path, me, sender_of) as r:
        return r.header, b"".join(r.chunks())


def refused(path: Path, me: keys.MyIdentity = B, sender_of=knows) -> str:
    with pytest.raises(c.BundleRefused) as info:
        read_all(path, me, sender_of)
    assert "\n" not in info.value.reason and info.value.reason == str(info.value)
    return info.value.reason


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, bytes]:
    """A file from A to B with a payload of a little more than two chunks, given in odd
    pieces."""
    payload = os.urandom(2 * c.CHUNK_DATA + 1234)
    pieces = [payload[:10], payload[10:70000], b"", payload[70000:]]
    out = tmp_path_factory.mktemp("bundle") / c.default_file_name()
    c.write_bundle(out, A, B.public, 7, pieces)
    return out, payload


def altered(tmp_path: Path, data: bytes | bytearray, name: str = "bad.monitor") -> Path:
    p = tmp_path / name
    p.write_bytes(bytes(data))
    return p


def test_round_trip_of_a_multi_chunk_payload(sample: tuple[Path, bytes]) -> None:
    path, payload = sample
    header, got = read_all(path)
    assert got == payload
    assert header.seq == 7 and header.version == 1 and len(header.bundle_id) == 32
    assert header.sender == A.public and header.recipient == B.public
    assert int(header.bundle_id, 16) >= 0
    size = path.stat().st_size
    assert size == BODY_START + (c.padded_chunks(3) + 1) * MSG
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_empty_payload_round_trip(tmp_path: Path) -> None:
    out = tmp_path / "e.monitor"
    header = c.write_bundle(out, A, B.public, 1, [])
    got_header, got = read_all(out)
    assert got == b"" and got_header == header
    assert out.stat().st_size == BODY_START + (c.MIN_CHUNKS + 1) * MSG


def test_a_payload_of_exactly_one_chunk(tmp_path: Path) -> None:
    payload = os.urandom(c.CHUNK_DATA)
    out = tmp_path / "one.monitor"
    c.write_bundle(out, A, B.public, 1, [payload])
    assert read_all(out)[1] == payload


def test_size_buckets_say_little() -> None:
    assert c.padded_chunks(0) == c.padded_chunks(16) == 16
    for n in range(1, 20000, 37):
        p = c.padded_chunks(n)
        assert n <= p <= max(16, n * 1.13)
    assert len({c.padded_chunks(n) for n in range(1000, 1200)}) < 10


def test_file_reveals_no_name_fingerprint_or_key(sample: tuple[Path, bytes]) -> None:
    data = sample[0].read_bytes()
    for who in (A.public, B.public):
        for needle in (who.name.encode(), who.name.split()[0].encode(), who.org.encode(),
                       who.name.encode("utf-16-le"), who.sign_public,
                       who.box_public, who.box_cert, who.fingerprint.encode(),
                       who.fingerprint.split()[0].encode(), keys.short_form(who).encode()[:20]):
            assert needle not in data
    assert not data.startswith(b"monitor") and b"monitor" not in data[:4096]
    assert c.default_file_name().endswith(".monitor")
    assert c.default_file_name() != c.default_file_name()


def test_bit_flips_in_every_region_are_refused(sample: tuple[Path, bytes],
                                               tmp_path: Path) -> None:
    data = sample[0].read_bytes()
    regions = {
        "every slot": [i * c.SLOT_BYTES + 5 for i in range(c.SLOTS)],
        "stream header": [c.SLOTS * c.SLOT_BYTES, c.PREFIX_BYTES - 1],
        "inner header": [c.PREFIX_BYTES, c.PREFIX_BYTES + 2000, BODY_START - 1],
        "body": [BODY_START, BODY_START + MSG + 17, BODY_START + 3 * MSG - 1,
                 BODY_START + 10 * MSG],
        "final": [len(data) - MSG, len(data) - MSG + 30, len(data) - 1],
    }
    for where in (i for spots in regions.values() for i in spots):
        bad = bytearray(data)
        bad[where] ^= 0x04
        reason = refused(altered(tmp_path, bad))
        assert reason, where


def test_a_flipped_body_chunk_is_named(sample: tuple[Path, bytes], tmp_path: Path) -> None:
    bad = bytearray(sample[0].read_bytes())
    bad[BODY_START + 2 * MSG + 100] ^= 1
    assert refused(altered(tmp_path, bad)) == "the file was changed or damaged (chunk 3 " \
                                             "fails its check)"


def test_nothing_is_given_out_of_a_file_altered_after_the_first_chunk(
        sample: tuple[Path, bytes], tmp_path: Path) -> None:
    bad = bytearray(sample[0].read_bytes())
    bad[-5] ^= 1
    got = []
    with pytest.raises(c.BundleRefused), c.read_bundle(altered(tmp_path, bad), B, knows) as r:
        got.extend(r.chunks())
    # pieces came (the caller stages them) but the loop never ended normally


def test_truncation_anywhere_is_refused(sample: tuple[Path, bytes], tmp_path: Path) -> None:
    data = sample[0].read_bytes()
    for cut in (0, 1, c.SLOT_BYTES, c.PREFIX_BYTES - 1, c.PREFIX_BYTES, BODY_START - 1,
                BODY_START, BODY_START + MSG, len(data) - MSG, len(data) - MSG + 64,
                len(data) - 1):
        reason = refused(altered(tmp_path, data[:cut]))
        if cut >= BODY_START:
            assert reason == "the file ends before its signature", cut


def test_data_after_the_end_is_refused(sample: tuple[Path, bytes], tmp_path: Path) -> None:
    data = sample[0].read_bytes()
    for extra in (b"\0", os.urandom(100), os.urandom(MSG)):
        assert refused(altered(tmp_path, data + extra)) == "data follows the file's end"


def test_wrong_recipient_and_unknown_sender_are_refused(sample: tuple[Path, bytes]) -> None:
    path = sample[0]
    assert "another recipient" in refused(path, X)
    assert "another recipient" in refused(path, A)  # not even the sender reads it
    assert refused(path, B, lambda key: None) == "unknown sender"
    assert refused(path, B, lambda key: X.public) == "unknown sender"


def test_the_common_refusals_carry_a_stable_code(sample: tuple[Path, bytes],
                                                 tmp_path: Path) -> None:
    """The window says a refusal in the user's language by its code; the English reason
    (what the command line prints) is the same as before."""
    from monitor_app import exchange as ex

    def code(path: Path, me: keys.MyIdentity = B, sender_of=knows) -> str | None:
        with pytest.raises(c.BundleRefused) as info:
            read_all(path, me, sender_of)
        return info.value.code

    path, data = sample[0], sample[0].read_bytes()
    assert code(path, X) == code(path, A) == ex.OTHER_RECIPIENT
    assert code(path, B, lambda key: None) == ex.UNKNOWN_SENDER
    assert code(altered(tmp_path, data[:len(data) - 1])) == ex.TRUNCATED
    assert code(altered(tmp_path, data + b"\0")) == ex.TRAILING_DATA
    for at in (BODY_START + 10, len(data) - 10):
        flipped = bytearray(data)
        flipped[at] ^= 1
        assert code(altered(tmp_path, flipped)) == ex.DAMAGED_CODE, at
    assert set(ex.REFUSAL_CODES) >= {ex.NEWER_VERSION, ex.NO_IDENTITY,
                                     ex.EARLIER_FILE_NEEDED}
    assert c.BundleRefused("anything else").code is None  # the rare ones: no code


def test_random_bytes_are_refused(tmp_path: Path) -> None:
    for size in (0, 10, c.PREFIX_BYTES, 2 * 1024 * 1024):
        refused(altered(tmp_path, os.urandom(size)))


# -- files assembled from the lower-level pieces ------------------------------------

def _push_all(fh, slots: bytes, key: bytes, messages: list[tuple[bytes, bytes | None, int]]
              ) -> None:
    state = nb.crypto_secretstream_xchacha20poly1305_state()
    fh.write(slots)
    fh.write(nb.crypto_secretstream_xchacha20poly1305_init_push(state, key))
    for plain, ad, tag in messages:
        fh.write(nb.crypto_secretstream_xchacha20poly1305_push(state, plain, ad, tag))


def decrypt_all(path: Path, me: keys.MyIdentity) -> tuple[bytes, list[bytes], bytes]:
    """What a recipient can see inside: the inner header, the body chunks, the final message."""
    data = path.read_bytes()
    opener = SealedBox(PrivateKey(me.box_secret))
    key = None
    for i in range(c.SLOTS):
        try:
            key = opener.decrypt(data[i * c.SLOT_BYTES:(i + 1) * c.SLOT_BYTES])[1:]
        except Exception:  # noqa: BLE001, S112 - the other slots are noise
            continue
    assert key is not None
    state = nb.crypto_secretstream_xchacha20poly1305_state()
    nb.crypto_secretstream_xchacha20poly1305_init_pull(
        state, data[c.SLOTS * c.SLOT_BYTES:c.PREFIX_BYTES], key)
    slots_hash = hashlib.sha256(data[:c.SLOTS * c.SLOT_BYTES]).digest()
    pos = c.PREFIX_BYTES
    inner, _ = nb.crypto_secretstream_xchacha20poly1305_pull(
        state, data[pos:BODY_START], slots_hash)
    pos, body = BODY_START, []
    while True:
        plain, tag = nb.crypto_secretstream_xchacha20poly1305_pull(state, data[pos:pos + MSG])
        pos += MSG
        if tag == c.TAG_FINAL:
            return inner, body, plain
        body.append(plain)


def test_re_encrypting_a_file_to_someone_else_is_refused(sample: tuple[Path, bytes],
                                                         tmp_path: Path) -> None:
    """B decrypts A's file and re-encrypts it to X, keeping A's signature: X refuses it
    because B, not X, is the recipient inside what A signed."""
    path, payload = sample
    inner, _, final = decrypt_all(path, B)
    signature = final[:64]
    original = c.decode_header(inner)
    for recipient in (B.public, X.public):  # the header as it was, or claiming X
        header = c.BundleHeader(original.bundle_id, original.seq, original.created,
                                original.version, A.public, recipient)
        key = nb.crypto_secretstream_xchacha20poly1305_keygen()
        out = tmp_path / f"re-{recipient.name}.monitor"
        with out.open("wb") as fh:
            c.write_stream(fh, c.make_slots(X.public, key), key, header, [payload],
                           lambda *parts: signature)
        reason = refused(out, X)
        assert reason == ("the file is for another recipient" if recipient is B.public
                          else "the sender's signature does not match the file")


def test_the_signature_covers_the_payload_hash(tmp_path: Path) -> None:
    """A file whose signed payload hash is not the payload's is refused."""
    header = c.BundleHeader("ab" * 16, 1, c.datetime.now(c.UTC).replace(microsecond=0), 1,
                            A.public, B.public)
    signer = SigningKey(A.sign_secret)

    def sign_other_hash(slots_hash, header_hash, payload_hash, *rest):
        return signer.sign(c.signed_bytes(header, slots_hash, header_hash,
                                          hashlib.sha256(b"other").digest(), *rest)).signature

    key = nb.crypto_secretstream_xchacha20poly1305_keygen()
    out = tmp_path / "hash.monitor"
    with out.open("wb") as fh:
        c.write_stream(fh, c.make_slots(B.public, key), key, header, [b"payload"],
                       sign_other_hash)
    assert refused(out) == "the sender's signature does not match the file"
    # and signed by someone else than the sender the header names
    with out.open("wb") as fh:
        c.write_stream(fh, c.make_slots(B.public, key), key, header, [b"payload"],
                       lambda *p: SigningKey(X.sign_secret).sign(
                           c.signed_bytes(header, *p)).signature)
    assert refused(out) == "the sender's signature does not match the file"


def test_future_versions_are_refused(tmp_path: Path) -> None:
    key = nb.crypto_secretstream_xchacha20poly1305_keygen()
    header = c.BundleHeader("cd" * 16, 1, c.datetime.now(c.UTC).replace(microsecond=0), 2,
                            A.public, B.public)
    out = tmp_path / "v2.monitor"
    with out.open("wb") as fh:  # a version 2 inner header
        c.write_stream(fh, c.make_slots(B.public, key), key, header, [b"x"], lambda *p: b"")
    assert refused(out) == "made by a newer version of Monitor"
    slot = SealedBox(PublicKey(B.public.box_public)).encrypt(b"\x02" + key)
    with out.open("wb") as fh:  # a version 2 slot
        c.write_stream(fh, slot + os.urandom(3 * c.SLOT_BYTES), key,
                       header, [b"x"], lambda *p: b"")
    assert refused(out) == "made by a newer version of Monitor"
    with pytest.raises(c.BundleRefused) as info:
        read_all(out)
    assert info.value.code == "newer_version"


def test_unknown_tags_and_malformed_chunks_are_refused(sample: tuple[Path, bytes],
                                                       tmp_path: Path) -> None:
    path, payload = sample
    inner, body, _ = decrypt_all(path, B)
    key = nb.crypto_secretstream_xchacha20poly1305_keygen()
    slots = c.make_slots(B.public, key)
    ad = hashlib.sha256(slots).digest()
    signed = c.signed_bytes(c.decode_header(inner), ad, hashlib.sha256(inner).digest(),
                            hashlib.sha256(payload).digest(), len(payload), 3, len(body))
    final = SigningKey(A.sign_secret).sign(signed).signature
    final += bytes(c.CHUNK - len(final))
    push = nb.crypto_secretstream_xchacha20poly1305_TAG_PUSH
    rekey = nb.crypto_secretstream_xchacha20poly1305_TAG_REKEY
    head = [(inner, ad, c.TAG_MESSAGE)]
    msgs = [(b, None, c.TAG_MESSAGE) for b in body]
    end = [(final, None, c.TAG_FINAL)]
    cases = {
        "chunk 1 has an unknown tag": [*head, (body[0], None, push), *msgs[1:], *end],
        "its header has an unknown tag": [(inner, ad, rekey), *msgs, *end],
        "its header has an unknown tag ": [(inner, ad, c.TAG_FINAL)],
        "its header fails its check": [(inner, None, c.TAG_MESSAGE), *msgs, *end],
        "chunk 1 is malformed": [
            *head, (struct.pack(">I", c.CHUNK_DATA + 1) + bytes(c.CHUNK_DATA), None,
                    c.TAG_MESSAGE), *msgs[1:], *end],
        "chunk 3 is malformed": [
            *msgs[:0], *head, *msgs[:2],
            (struct.pack(">I", 1) + b"a" + b"\1" * (c.CHUNK_DATA - 1), None, c.TAG_MESSAGE),
            *msgs[3:], *end],
        "chunk 4 is malformed": [*head, *msgs[:3], (body[0], None, c.TAG_MESSAGE),
                                 *msgs[4:], *end],
        "its final message is malformed": [*head, *msgs,
                                           (final[:-1] + b"\1", None, c.TAG_FINAL)],
        "wrong number of chunks": [*head, *msgs[:-1], *end],
    }
    out = tmp_path / "tags.monitor"
    for why, messages in cases.items():
        with out.open("wb") as fh:
            _push_all(fh, slots, key, messages)
        assert refused(out) == f"the file was changed or damaged ({why.strip()})"
    # the same pieces in order are accepted: each refusal above comes from its change alone
    with out.open("wb") as fh:
        _push_all(fh, slots, key, [*head, *msgs, *end])
    assert read_all(out)[1] == payload


# -- fuzz ------------------------------------------------------------------------------

FUZZ = fuzz_settings(40)


def _must_refuse(path: Path) -> None:
    try:
        read_all(path)
    except c.BundleRefused:
        return
    raise AssertionError("accepted")


@FUZZ
@given(st.binary(max_size=6000))
def test_fuzz_random_bytes_are_refused(tmp_path: Path, data: bytes) -> None:
    _must_refuse(altered(tmp_path, data))


@FUZZ
@given(cut=st.integers(min_value=0), flips=st.lists(
    st.tuples(st.integers(min_value=0), st.integers(min_value=1, max_value=255)),
    max_size=4), tail=st.binary(max_size=50))
def test_fuzz_truncated_and_mutated_files_are_refused(
        sample: tuple[Path, bytes], tmp_path: Path, cut: int,
        flips: list[tuple[int, int]], tail: bytes) -> None:
    original = sample[0].read_bytes()
    data = bytearray(original)
    for where, mask in flips:
        data[where % len(data)] ^= mask
    cut %= len(data) + 1
    changed = bytes(data[:cut]) + tail
    if changed == original:
        return  # flips that undid each other: the file itself
    _must_refuse(altered(tmp_path, changed))


# -- streaming -------------------------------------------------------------------------

def _pieces(total: int, size: int = 100_000) -> Iterator[bytes]:
    block = os.urandom(size)
    for _ in range(total // size):
        yield block


def test_writing_and_reading_use_constant_memory(tmp_path: Path) -> None:
    out = tmp_path / "big.monitor"
    total = 24 * 1024 * 1024
    tracemalloc.start()
    try:
        c.write_bundle(out, A, B.public, 1, _pieces(total))
        _, write_peak = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        n = 0
        with c.read_bundle(out, B, knows) as r:
            for piece in r.chunks():
                n += len(piece)
        _, read_peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert n == total // 100_000 * 100_000
    assert write_peak < 2 * 1024 * 1024 and read_peak < 2 * 1024 * 1024, (write_peak,
                                                                          read_peak)


def test_write_is_atomic_and_never_through_a_link(tmp_path: Path) -> None:
    target = tmp_path / "real"
    target.write_bytes(b"keep")
    link = tmp_path / "link.monitor"
    link.symlink_to(target)
    with pytest.raises(OSError):
        c.write_bundle(link, A, B.public, 1, [b"x"])
    assert target.read_bytes() == b"keep"

    def failing() -> Iterator[bytes]:
        yield b"a" * 100
        raise RuntimeError("the payload broke")

    out = tmp_path / "half.monitor"
    with pytest.raises(RuntimeError):
        c.write_bundle(out, A, B.public, 1, failing())
    assert not out.exists() and sorted(os.listdir(tmp_path)) == ["link.monitor", "real"]


def test_no_file_is_written_to_an_expired_key(tmp_path: Path) -> None:
    from dataclasses import replace

    expired = replace(B.public, box_expires=c.datetime(2020, 1, 1, tzinfo=c.UTC))
    out = tmp_path / "late.monitor"
    with pytest.raises(ValueError, match="expired"):
        c.write_bundle(out, A, expired, 1, [b"x"])
    assert not out.exists()
