"""The ``dossier`` and ``visit-report`` commands (importing this module registers them)."""

from __future__ import annotations

import argparse
from typing import TextIO

from monitor_app import cli
from monitor_app.casefile import CaseFileNotFound


def cmd_dossier(args: argparse.Namespace, pw: cli.Passphrases, out: TextIO) -> int:
    from monitor_app.pdf.dossier import write_dossier

    with cli._open(args, pw) as store:
        try:
            pages = write_dossier(store, args.case, args.out, lang=args.lang,
                                  level=args.redaction)
        except CaseFileNotFound:
            raise cli.CliError(f"No case with id {args.case}.") from None
        except OSError as exc:
            raise cli.CliError(f"Cannot write {args.out}: {exc.strerror or exc}.") from None
    out.write(f"Dossier written to {args.out} ({pages} pages, redaction: {args.redaction}).\n")
    return cli.EXIT_OK


def cmd_visit_report(args: argparse.Namespace, pw: cli.Passphrases, out: TextIO) -> int:
    from monitor_app.pdf.visit_report import write_visit_report

    with cli._open(args, pw) as store:
        try:
            pages = write_visit_report(store, args.visit, args.out, lang=args.lang,
                                       level=args.redaction)
        except CaseFileNotFound:
            raise cli.CliError(f"No visit with id {args.visit}.") from None
        except OSError as exc:
            raise cli.CliError(f"Cannot write {args.out}: {exc.strerror or exc}.") from None
    out.write(f"Visit report written to {args.out} ({pages} pages, "
              f"redaction: {args.redaction}).\n")
    return cli.EXIT_OK


cli.register("dossier", cmd_dossier)
cli.register("visit-report", cmd_visit_report)
