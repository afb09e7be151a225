"""The ``dossier`` and ``visit-report`` commands: a case or a visit printed to PDF."""

from __future__ import annotations

import argparse
import os
import stat
from pathlib import Path
from typing import Any, TextIO

from monitor_app import outputs
from monitor_app.cli.base import (
    EXIT_NAMES,
    EXIT_OK,
    EXIT_USAGE,
    LANGS,
    BadInput,
    CliError,
    Command,
    Passphrases,
    open_store,
    store_options,
)
from monitor_app.queries.casefile import CaseFileNotFound

REDACTIONS = ("none", "pseudonymous", "public")


def _printing_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--out", required=True, metavar="FILE.pdf")
    p.add_argument("--redaction", choices=REDACTIONS, default="none")
    p.add_argument("--lang", choices=LANGS, default="en")
    p.add_argument("--confirm-names", metavar="FILE", type=Path,
                   help="decisions about possible names in the texts: lines 'name: TEXT' "
                        "or 'not: TEXT' (kept in the store for later PDFs)")


_MAX_CONFIRMATIONS = 1 << 20


def _confirmations(path: Path) -> tuple[list[str], list[str]]:
    from monitor_app.documents.redaction import parse_confirmations

    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    except OSError as exc:
        raise CliError(f"Cannot read {path}: {exc.strerror}.", EXIT_USAGE) from None
    with os.fdopen(fd, "rb") as fh:
        info = os.fstat(fh.fileno())
        if not stat.S_ISREG(info.st_mode) or info.st_size > _MAX_CONFIRMATIONS:
            raise BadInput(f"{path}: not a regular file of at most 1 MiB.")
        data = fh.read(_MAX_CONFIRMATIONS + 1)
    try:
        return parse_confirmations(data.decode("utf-8"))
    except UnicodeDecodeError:
        raise BadInput(f"{path}: not UTF-8 text.") from None
    except ValueError as exc:
        raise BadInput(f"{path}: {exc}.") from None


def _print_checked(args: argparse.Namespace, pw: Passphrases, out: TextIO, write: Any,
                   what: str) -> int:
    """Run ``write()`` after recording ``--confirm-names``; a refusal for names nobody has
    decided about lists them on stdout, ready to be marked and given back."""
    from monitor_app.documents.redaction import UnconfirmedNames, record_decisions

    decided = _confirmations(args.confirm_names) if args.confirm_names else None
    with open_store(args, pw) as store:
        if decided is not None:
            with store.write("--confirm-names") as writer:
                record_decisions(writer, *decided)
        try:
            pages = write(store)
            _say_signed(store, Path(args.out), out)
        except UnconfirmedNames as exc:
            out.write("".join(f"name: {c}\n" for c in exc.candidates))
            out.flush()
            raise CliError(
                f"{len(exc.candidates)} possible names in the {what} are not people of the "
                "file and not yet decided; nothing was written. Mark each line printed "
                "'name:' (replaced by a code) or 'not:' and give the file with "
                "--confirm-names FILE.", EXIT_NAMES) from None
    return pages


def _say_signed(store: Any, pdf: Path, out: TextIO) -> None:
    """Say where the signature went when the store has an identity (it signs every PDF)."""
    from monitor_app.exchange.keys import my_identity
    from monitor_app.exchange.signing import sig_path

    with store.read() as session:
        me = my_identity(session)
    if me is not None:
        out.write(f"Signed: {sig_path(pdf)} (fingerprint {me.public.fingerprint}).\n")


def _dossier_arguments(p: argparse.ArgumentParser) -> None:
    store_options(p)
    p.add_argument("--case", required=True, metavar="ID")
    _printing_options(p)


def cmd_dossier(args: argparse.Namespace, pw: Passphrases, out: TextIO) -> int:
    # reportlab loads only when a PDF is wanted, not for every command
    from monitor_app.documents.dossier import write_dossier

    try:
        pages = _print_checked(args, pw, out, lambda store: write_dossier(
            store, args.case, args.out, lang=args.lang, level=args.redaction), "case's texts")
    except CaseFileNotFound:
        raise CliError(f"No case with id {args.case}.") from None
    except OSError as exc:
        raise CliError(f"Cannot write {args.out}: {outputs.describe(exc)}.") from None
    out.write(f"Dossier written to {args.out} ({pages} pages, redaction: {args.redaction}).\n")
    return EXIT_OK


def _visit_report_arguments(p: argparse.ArgumentParser) -> None:
    store_options(p)
    p.add_argument("--visit", required=True, metavar="ID")
    _printing_options(p)


def cmd_visit_report(args: argparse.Namespace, pw: Passphrases, out: TextIO) -> int:
    from monitor_app.documents.visit_report import write_visit_report

    try:
        pages = _print_checked(args, pw, out, lambda store: write_visit_report(
            store, args.visit, args.out, lang=args.lang, level=args.redaction),
            "visit's texts")
    except CaseFileNotFound:
        raise CliError(f"No visit with id {args.visit}.") from None
    except OSError as exc:
        raise CliError(f"Cannot write {args.out}: {outputs.describe(exc)}.") from None
    out.write(f"Visit report written to {args.out} ({pages} pages, "
              f"redaction: {args.redaction}).\n")
    return EXIT_OK


COMMANDS: tuple[Command, ...] = (
    Command("dossier", "print a case dossier to PDF", _dossier_arguments, cmd_dossier),
    Command("visit-report", "print a visit report to PDF", _visit_report_arguments,
            cmd_visit_report),
)
