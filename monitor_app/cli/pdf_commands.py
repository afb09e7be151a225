"""The ``dossier`` and ``visit-report`` commands: a case or a visit printed to PDF."""

from __future__ import annotations

import argparse
from typing import TextIO

from monitor_app import outputs
from monitor_app.cli.base import (
    EXIT_OK,
    LANGS,
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


def _dossier_arguments(p: argparse.ArgumentParser) -> None:
    store_options(p)
    p.add_argument("--case", required=True, metavar="ID")
    _printing_options(p)


def cmd_dossier(args: argparse.Namespace, pw: Passphrases, out: TextIO) -> int:
    # reportlab loads only when a PDF is wanted, not for every command
    from monitor_app.documents.dossier import write_dossier

    with open_store(args, pw) as store:
        try:
            pages = write_dossier(store, args.case, args.out, lang=args.lang,
                                  level=args.redaction)
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

    with open_store(args, pw) as store:
        try:
            pages = write_visit_report(store, args.visit, args.out, lang=args.lang,
                                       level=args.redaction)
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
