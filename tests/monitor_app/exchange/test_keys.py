"""Identities, identity files, fingerprints and contacts (monitor_app.exchange.keys)."""

from __future__ import annotations

import base64
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from db.models import ExchangeContact, ExchangeIdentity, HistoryEntry
from monitor_app.exchange import keys
from monitor_app.store import Store


def make_identity(store: Store, name: str = "Aigerim", org: str = "NPM") -> keys.MyIdentity:
    with store.write() as w:
        keys.create_identity(w, name, org)
    with store.read() as s:
        me = keys.my_identity(s)
    assert me is not None
    return me


def other_identity(name: str = "Coordinator") -> keys.MyIdentity:
    """An identity of another store, made with the same pieces ``create_identity`` uses."""
    from nacl.public import PrivateKey
    from nacl.signing import SigningKey

    sign, box = SigningKey.generate(), PrivateKey.generate()
    expires = (datetime.now(UTC) + keys.BOX_KEY_LIFETIME).replace(microsecond=0)
    public = keys._certify(sign, box, name, "", expires)
    return keys.MyIdentity(public, bytes(sign), bytes(box))


def test_identity_is_made_once_and_kept_in_the_store(store: Store) -> None:
    me = make_identity(store)
    assert me.public.name == "Aigerim" and me.public.org == "NPM"
    assert len(me.public.sign_public) == 32 and len(me.public.box_public) == 32
    assert me.public.sign_public != me.public.box_public
    assert me.public.box_expires > datetime.now(UTC) + timedelta(days=700)
    with pytest.raises(keys.IdentityExists), store.write() as w:
        keys.create_identity(w, "Another")
    with store.read() as s:
        assert keys.my_identity(s) == me
        assert len(s.scalars(select(ExchangeIdentity)).all()) == 1
        # not a record: no history row names it
        assert not s.scalars(select(HistoryEntry).where(
            HistoryEntry.record_kind.like("exchange%"))).all()


def test_no_identity_before_create(store: Store) -> None:
    with store.read() as s:
        assert keys.my_identity(s) is None


def test_repr_of_my_identity_shows_no_secret(store: Store) -> None:
    me = make_identity(store)
    text = repr(me)
    assert me.sign_secret.hex() not in text and repr(me.sign_secret) not in text
    assert repr(me.box_secret) not in text and "secret" not in text


def test_fingerprint_is_stable_and_twelve_groups_of_five_digits() -> None:
    a = other_identity()
    fp = a.public.fingerprint
    assert len(fp.split()) == 12 and all(len(g) == 5 and g.isdigit() for g in fp.split())
    assert keys.fingerprint_of(a.public.sign_public) == fp
    assert keys.fingerprint_of(bytes(32)) != keys.fingerprint_of(bytes(31) + b"\1")
    # renewing the encryption key keeps the fingerprint
    b = other_identity()
    assert replace(a.public, box_public=b.public.box_public).fingerprint == fp


def test_fingerprint_known_answer() -> None:
    # the same key gives the same digits in every store and every version of Monitor
    assert keys.fingerprint_of(bytes(32)) == FP_ZERO


FP_ZERO = "93324 77308 83970 60743 58799 28854 87201 18579 97658 26220 54954 38563"


def test_identity_file_round_trip_and_short_form() -> None:
    a = other_identity("Ерлан Қасымов")
    data = keys.export_identity(a.public)
    assert a.public.fingerprint.encode() in data
    assert keys.parse_identity(data) == a.public
    short = keys.short_form(a.public)
    assert "\n" not in short and len(short) < 400
    assert keys.parse_identity(short.encode()) == a.public


def test_identity_file_tampering_is_refused() -> None:
    a, b = other_identity("Alice"), other_identity("Mallory")
    raw = keys.encode_public(a.public)
    for i in range(len(raw)):  # every byte
        bad = bytearray(raw)
        bad[i] ^= 0x01
        text = keys.SHORT_PREFIX + base64.urlsafe_b64encode(bytes(bad)).decode()
        with pytest.raises(keys.BadIdentityFile):
            keys.parse_identity(text.encode())
    # someone else's encryption key under Alice's signing key
    swapped = replace(a.public, box_public=b.public.box_public)
    with pytest.raises(keys.BadIdentityFile):
        keys.parse_identity(keys.export_identity(swapped))
    # the readable lines are not trusted: only the signed short form counts
    edited = keys.export_identity(a.public).replace(b"Name: Alice", b"Name: Bob")
    assert keys.parse_identity(edited).name == "Alice"
    for junk in (b"", b"hello", b"\xff\xfe", b"monitor1:!!!", b"monitor1:", b"x" * 70000,
                 keys.export_identity(a.public) + keys.short_form(b.public).encode()):
        with pytest.raises(keys.BadIdentityFile):
            keys.parse_identity(junk)


def test_expired_identity_is_refused() -> None:
    from nacl.public import PrivateKey
    from nacl.signing import SigningKey

    old = keys._certify(SigningKey.generate(), PrivateKey.generate(), "Old", "",
                        datetime(2020, 1, 1, tzinfo=UTC))
    with pytest.raises(keys.BadIdentityFile, match="expired"):
        keys.parse_identity(keys.export_identity(old))


def test_contacts_add_find_verify(store: Store) -> None:
    make_identity(store)
    a, b = other_identity("Coordinator"), other_identity("Stranger")
    with store.write() as w:
        c = keys.add_contact(w, keys.export_identity(a.public), "Coord")
    assert (c.name, c.verified, c.public) == ("Coord", False, a.public)
    with store.read() as s:
        assert keys.find_contact(s, "coord") == c
        assert keys.find_contact(s, c.id) == c
        assert keys.find_contact(s, a.public.fingerprint) == c
        assert keys.find_contact(s, a.public.fingerprint.replace(" ", "")) == c
        assert keys.contact_by_sign_key(s, a.public.sign_public) == c
        assert keys.contact_by_sign_key(s, b.public.sign_public) is None
        with pytest.raises(keys.UnknownContact):
            keys.find_contact(s, "nobody")
    with store.write() as w:
        keys.set_verified(w, c.id)
    with store.write() as w:  # the same key again: renamed, still verified, one row
        again = keys.add_contact(w, keys.short_form(a.public).encode(), "Coordinator")
    assert again.id == c.id and again.name == "Coordinator" and again.verified
    with pytest.raises(keys.ContactNameTaken), store.write() as w:
        keys.add_contact(w, keys.export_identity(b.public), "coordinator")
    with store.read() as s:
        assert [x.name for x in keys.contacts(s)] == ["Coordinator"]
        assert len(s.scalars(select(ExchangeContact)).all()) == 1
    with store.write() as w:
        keys.set_verified(w, c.id, False)
        with pytest.raises(keys.UnknownContact):
            keys.set_verified(w, "nope")
    with store.read() as s:
        assert not keys.find_contact(s, c.id).verified


def test_own_identity_is_not_a_contact(store: Store) -> None:
    me = make_identity(store)
    with pytest.raises(ValueError, match="own"), store.write() as w:
        keys.add_contact(w, keys.export_identity(me.public), "Me")


def test_renewed_encryption_key_keeps_the_fingerprint(store: Store) -> None:
    me = make_identity(store)
    with store.write() as w:
        new = keys.renew_identity(w)
    assert new.fingerprint == me.public.fingerprint and new.box_public != me.public.box_public
    with store.read() as s:
        assert keys.my_identity(s).public == new  # type: ignore[union-attr]
