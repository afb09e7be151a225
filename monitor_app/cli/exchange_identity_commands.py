"""The ``identity``, ``contacts`` and ``verify`` commands (see monitor_app.exchange.keys and
monitor_app.exchange.signing)."""

from __future__ import annotations

import argparse
import json
import os
import stat
from pathlib import Path
from typing import TextIO

from monitor_app import outputs
from monitor_app.cli.base import (
    EXIT_OK,
    EXIT_USAGE,
    BadInput,
    CliError,
    Command,
    Passphrases,
    open_store,
    store_options,
)


def _read_small(path: str, limit: int) -> bytes:
    """A regular file of at most ``limit`` bytes (never followed through a link)."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    except OSError as exc:
        raise CliError(f"Cannot read {path}: {exc.strerror}.", EXIT_USAGE) from None
    with os.fdopen(fd, "rb") as fh:
        if not stat.S_ISREG(os.fstat(fh.fileno()).st_mode):
            raise BadInput(f"{path}: not a regular file.")
        data = fh.read(limit + 1)
    if len(data) > limit:
        raise BadInput(f"{path}: too large for an identity file.")
    return data


# -- identity ----------------------------------------------------------------------

def _identity_arguments(p: argparse.ArgumentParser) -> None:
    sub = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    create = sub.add_parser("create", help="make this store's identity (its keys)")
    store_options(create)
    create.add_argument("--name", required=True, help="your name, as contacts will see it")
    create.add_argument("--org", default="", help="your organisation")
    export = sub.add_parser("export", help="write the public identity file for contacts")
    store_options(export)
    export.add_argument("--out", metavar="FILE", help="the identity file to write")
    export.add_argument("--short", action="store_true",
                        help="print the one-line short form (for a QR code or a message)")
    show = sub.add_parser("show", help="this store's name, organisation and fingerprint")
    store_options(show)
    show.add_argument("--json", action="store_true")


def _mine(store: object) -> object:
    from monitor_app.exchange.keys import my_identity

    with store.read() as session:  # type: ignore[attr-defined]
        me = my_identity(session)
    if me is None:
        raise CliError("This store has no identity yet: run 'monitor-app identity create'.")
    return me


def cmd_identity(args: argparse.Namespace, pw: Passphrases, out: TextIO) -> int:
    from monitor_app.exchange import keys

    if args.action == "export" and not (args.out or args.short):
        raise CliError("identity export: give --out FILE or --short.", EXIT_USAGE)
    with open_store(args, pw) as store:
        if args.action == "create":
            try:
                with store.write("identity create") as w:
                    public = keys.create_identity(w, args.name, args.org)
            except keys.IdentityExists:
                raise CliError("This store already has its identity; nothing was "
                               "changed.") from None
            except ValueError as exc:
                raise CliError(f"Cannot make the identity: {exc}.", EXIT_USAGE) from None
            out.write(f"Identity created for {public.name}.\n"
                      f"Fingerprint: {public.fingerprint}\n")
            return EXIT_OK
        me = _mine(store)
    public = me.public  # type: ignore[attr-defined]
    if args.action == "export":
        if args.out:
            try:
                outputs.write_bytes(args.out, keys.export_identity(public))
            except OSError as exc:
                raise CliError(f"Cannot write {args.out}: {outputs.describe(exc)}.") from None
            out.write(f"Public identity written to {args.out}.\n")
        if args.short:
            out.write(keys.short_form(public) + "\n")
        out.write(f"Fingerprint: {public.fingerprint}\n")
        return EXIT_OK
    shown = {"name": public.name, "org": public.org, "fingerprint": public.fingerprint,
             "encryption_key_expires": public.box_expires.isoformat(),
             "short_form": keys.short_form(public)}
    if args.json:
        json.dump(shown, out, ensure_ascii=False, indent=2)
        out.write("\n")
    else:
        out.write(f"Name: {public.name}\n" + (f"Organisation: {public.org}\n" if public.org
                                               else "")
                  + f"Fingerprint: {public.fingerprint}\n"
                  f"Encryption key valid until: {public.box_expires:%Y-%m-%d}\n")
    return EXIT_OK


# -- contacts ----------------------------------------------------------------------

def _contacts_arguments(p: argparse.ArgumentParser) -> None:
    sub = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = sub.add_parser("add", help="add a contact from their public identity file")
    store_options(add)
    add.add_argument("--key", required=True, metavar="FILE",
                     help="their identity file (or a file holding the short form)")
    add.add_argument("--name", required=True, help="the name you know them by")
    listing = sub.add_parser("list", help="the contacts, with fingerprints")
    store_options(listing)
    listing.add_argument("--json", action="store_true")
    verify = sub.add_parser("verify", help="record that you compared a contact's "
                                           "fingerprint with them (by phone, in person)")
    store_options(verify)
    verify.add_argument("contact", metavar="CONTACT", help="name, id or fingerprint")
    verify.add_argument("--undo", action="store_true", help="mark as not verified")


def cmd_contacts(args: argparse.Namespace, pw: Passphrases, out: TextIO) -> int:
    from monitor_app.exchange import keys

    data = _read_small(args.key, keys.MAX_FILE_BYTES) if args.action == "add" else b""
    if args.action == "add":
        try:  # a bad file is refused before the store is unlocked
            keys.parse_identity(data)
        except keys.BadIdentityFile as exc:
            raise BadInput(f"{args.key}: not a valid identity file: {exc}.") from None
    with open_store(args, pw) as store:
        if args.action == "add":
            try:
                with store.write("contacts add") as w:
                    c = keys.add_contact(w, data, args.name)
            except keys.BadIdentityFile as exc:
                raise BadInput(f"{args.key}: not a valid identity file: {exc}.") from None
            except ValueError as exc:
                raise CliError(f"Contact not added: {exc}.") from None
            out.write(f"Contact {c.name} added (not verified).\n"
                      f"Fingerprint: {c.public.fingerprint}\n"
                      "Compare it with them by phone or in person, then run "
                      f"'monitor-app contacts verify {c.name}'.\n")
            return EXIT_OK
        if args.action == "verify":
            try:
                with store.write("contacts verify") as w:
                    c = keys.find_contact(w.session, args.contact)
                    keys.set_verified(w, c.id, not args.undo)
            except keys.UnknownContact:
                raise CliError(f"No contact {args.contact!r}.") from None
            state = "not verified" if args.undo else "verified"
            out.write(f"Contact {c.name} marked {state} (fingerprint "
                      f"{c.public.fingerprint}).\n")
            return EXIT_OK
        with store.read() as session:
            found = keys.contacts(session)
    items = [{"id": c.id, "name": c.name, "fingerprint": c.public.fingerprint,
              "verified": c.verified, "their_name": c.public.name, "org": c.public.org,
              "encryption_key_expires": c.public.box_expires.isoformat()} for c in found]
    if args.json:
        json.dump(items, out, ensure_ascii=False, indent=2)
        out.write("\n")
    else:
        for i in items:
            mark = "verified" if i["verified"] else "NOT verified"
            out.write(f"{i['name']}\t{i['fingerprint']}\t{mark}\t{i['id']}\n")
    return EXIT_OK


# -- verify ------------------------------------------------------------------------

def _verify_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", metavar="FILE.pdf", help="the signed document")
    p.add_argument("--sig", metavar="FILE", help="its signature (default: FILE.pdf.sig)")
    store_options(p, store_required=False)


def cmd_verify(args: argparse.Namespace, pw: Passphrases, out: TextIO) -> int:
    from monitor_app.exchange.signing import verify_file

    pdf = Path(args.file)
    if not pdf.is_file():
        raise CliError(f"Cannot read {pdf}: no such file.", EXIT_USAGE)
    sig = Path(args.sig) if args.sig else None
    if args.store:
        with open_store(args, pw) as store, store.read() as session:
            v = verify_file(pdf, sig, session)
    else:
        v = verify_file(pdf, sig)
    if v.signer is not None:
        org = f" ({v.signer.org})" if v.signer.org else ""
        out.write(f"Signed by: {v.signer.name}{org}\nFingerprint: {v.fingerprint}\n")
        if v.mine:
            out.write("Signer: this store's own identity.\n")
        elif v.contact is not None:
            out.write(f"Signer: your contact {v.contact}, "
                      + ("fingerprint verified.\n" if v.verified else
                         "NOT verified: compare the fingerprint with them.\n"))
        else:
            out.write("Signer: not one of your contacts; compare the fingerprint with the "
                      "one the signer's organisation gave you.\n")
    if not v.good:
        out.flush()
        raise BadInput(f"{pdf}: {v.problem}.")
    assert v.signed_at is not None
    out.write(f"Unchanged since it was signed on {v.signed_at:%Y-%m-%d %H:%M} UTC.\n")
    return EXIT_OK


COMMANDS: tuple[Command, ...] = (
    Command("identity", "this store's identity for exchanging files: create, export, show",
            _identity_arguments, cmd_identity),
    Command("contacts", "the people this store exchanges files with: add, list, verify",
            _contacts_arguments, cmd_contacts),
    Command("verify", "check a signed dossier or report against its .sig file",
            _verify_arguments, cmd_verify),
)
