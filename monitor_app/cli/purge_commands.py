"""``purge``: erase deleted records for good (see monitor_app.operations.purge)."""

from __future__ import annotations

import argparse
import sys
from typing import TextIO

from monitor_app.cli.base import (
    EXIT_OK,
    CliError,
    Command,
    Passphrases,
    open_store,
    store_options,
)


def _purge_arguments(p: argparse.ArgumentParser) -> None:
    from monitor_app import schema

    p.add_argument("kind", choices=sorted(schema.KINDS), metavar="KIND",
                   help="the kind of the records (people, cases, evidence, ...)")
    p.add_argument("ids", nargs="+", metavar="ID", help="the ids of deleted records")
    store_options(p)
    p.add_argument("--yes", action="store_true",
                   help="do not ask for confirmation (the erasure cannot be undone)")


def _confirm(args: argparse.Namespace, pw: Passphrases, question: str) -> bool:
    if args.yes:
        return True
    sys.stderr.write(question)
    sys.stderr.flush()
    if getattr(args, "passphrase_stdin", False):  # the line after the passphrase
        try:
            answer = pw.next("")
        except CliError:
            answer = ""
    else:
        answer = sys.stdin.readline()
    return answer.strip().lower() in ("yes", "y")


def cmd_purge(args: argparse.Namespace, pw: Passphrases, out: TextIO) -> int:
    from monitor_app.operations import purge as purging
    from monitor_app.records import RecordNotFound

    items = [(args.kind, i) for i in dict.fromkeys(args.ids)]
    with open_store(args, pw) as store:
        with store.read() as session:  # refuse before asking: every id deleted, none live
            try:
                for kind, record_id in items:
                    purging.check_purgeable(session, kind, record_id)
            except RecordNotFound:
                raise CliError(f"No deleted {args.kind} record with id {record_id}; "
                               "nothing was purged.") from None
            except purging.NotDeleted as exc:
                raise CliError(f"{str(exc).capitalize()}; nothing was purged.") from None
        if not _confirm(args, pw, f"Erase {len(items)} deleted {args.kind} record(s) and "
                                  "their parts for good? Their text and the old values in "
                                  "their history cannot be recovered. Type yes: "):
            raise CliError("Not confirmed; nothing was purged.")
        summary = purging.purge_records(store, items)
    compacted = ("the store was compacted" if summary.compacted else
                 "the store could not be compacted now because another program has it "
                 "open: the records are erased, but old copies of their pages may remain "
                 "inside the encrypted file until you run the same purge again with the "
                 "store closed elsewhere")
    out.write(f"Purged {summary.total} record{'s' if summary.total != 1 else ''} "
              f"({summary.history} history rows blanked, {summary.chunks} file chunks and "
              f"{summary.drafts} drafts removed); {compacted}.\n")
    return EXIT_OK


COMMANDS: tuple[Command, ...] = (
    Command("purge", "erase deleted records for good (their text and history values)",
            _purge_arguments, cmd_purge),
)
