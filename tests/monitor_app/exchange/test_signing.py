"""Signed dossiers and visit reports: the .sig beside the PDF, the fingerprint on the cover,
and the check a court runs (monitor_app.exchange.signing)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from monitor_app.documents.dossier import write_dossier
from monitor_app.documents.visit_report import write_visit_report
from monitor_app.exchange import keys, signing
from monitor_app.store import Store
from tests.builders import build_everything
from tests.monitor_app.exchange.test_keys import make_identity, other_identity


def cover_text(pdf: Path) -> str:
    return " ".join((PdfReader(pdf).pages[0].extract_text() or "").split())


def test_a_dossier_of_a_store_with_an_identity_is_signed(store: Store, tmp_path: Path) -> None:
    ids = build_everything(store)
    me = make_identity(store)
    pdf = tmp_path / "dossier.pdf"
    write_dossier(store, ids["cases"], pdf)
    sig = tmp_path / "dossier.pdf.sig"
    assert sig.is_file() and signing.sig_path(pdf) == sig
    assert me.public.fingerprint in cover_text(pdf)
    meta = PdfReader(pdf).metadata or {}
    assert not any(me.public.fingerprint.split()[0] in str(v) for v in meta.values())
    assert not any(me.public.name in str(v) for v in meta.values())
    with store.read() as s:
        v = signing.verify_file(pdf, session=s)
    assert v.good and v.unchanged and v.mine and v.signer == me.public
    assert v.fingerprint == me.public.fingerprint
    # one changed byte anywhere is seen
    data = bytearray(pdf.read_bytes())
    data[len(data) // 2] ^= 1
    pdf.write_bytes(bytes(data))
    v = signing.verify_file(pdf)
    assert not v.good and not v.unchanged and v.signer == me.public and v.problem


def test_a_visit_report_is_signed_too(store: Store, tmp_path: Path) -> None:
    ids = build_everything(store)
    me = make_identity(store)
    pdf = tmp_path / "visit.pdf"
    write_visit_report(store, ids["visits"], pdf)
    assert signing.verify_file(pdf).good
    assert me.public.fingerprint in cover_text(pdf)


def test_without_an_identity_nothing_is_signed(store: Store, tmp_path: Path) -> None:
    ids = build_everything(store)
    pdf = tmp_path / "plain.pdf"
    stale = signing.sig_path(pdf)
    stale.write_text("a signature of what the file held before")
    write_dossier(store, ids["cases"], pdf)
    assert not stale.exists()
    v = signing.verify_file(pdf)
    assert not v.good and "not signed" in (v.problem or "")


def test_signer_as_the_store_knows_them(store: Store, tmp_path: Path) -> None:
    make_identity(store)
    author = other_identity("Dossier Author")
    pdf = tmp_path / "x.pdf"
    pdf.write_bytes(b"%PDF-1.4 not much of a pdf")
    signing.sign_file(author, pdf)
    with store.read() as s:
        v = signing.verify_file(pdf, session=s)
    assert v.good and v.contact is None and not v.verified and not v.mine
    with store.write() as w:
        c = keys.add_contact(w, keys.export_identity(author.public), "Author")
    with store.read() as s:
        v = signing.verify_file(pdf, session=s)
    assert (v.contact, v.verified) == ("Author", False)
    with store.write() as w:
        keys.set_verified(w, c.id)
    with store.read() as s:
        assert signing.verify_file(pdf, session=s).verified


@pytest.mark.parametrize("edit", ["signer", "time", "signature", "junk", "empty", "twice"])
def test_an_altered_signature_file_is_refused(tmp_path: Path, edit: str) -> None:
    author, other = other_identity("A"), other_identity("B")
    pdf = tmp_path / "x.pdf"
    pdf.write_bytes(b"%PDF-1.4 content")
    sig = signing.sign_file(author, pdf)
    lines = sig.read_text().splitlines()
    fields = {ln.split(": ")[0]: i for i, ln in enumerate(lines)}
    if edit == "signer":  # someone else's identity with the author's signature
        lines[fields["identity"]] = f"identity: {keys.short_form(other.public)}"
    elif edit == "time":
        lines[fields["signed-at"]] = "signed-at: 12345"
    elif edit == "signature":
        lines[fields["signature"]] = "signature: " + "A" * 86 + "=="
    elif edit == "junk":
        lines = ["nothing here"]
    elif edit == "empty":
        lines = []
    else:
        lines.append(lines[fields["identity"]])
    sig.write_text("\n".join(lines))
    v = signing.verify_file(pdf)
    assert not v.good and v.problem
