"""The JSON interchange commands: export-json and import-json (see monitor_app.interchange)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TextIO

from monitor_app import outputs
from monitor_app.cli.base import (
    EXIT_OK,
    BadInput,
    CliError,
    Command,
    Passphrases,
    open_store,
    store_options,
)


def _export_arguments(p: argparse.ArgumentParser) -> None:
    store_options(p)
    p.add_argument("--out", required=True, metavar="FILE", help="the JSON file to write")
    p.add_argument("--case", action="append", metavar="ID",
                   help="only this case and what belongs to it (repeatable)")
    p.add_argument("--with-history", action="store_true",
                   help="also the history rows of the exported records")
    p.add_argument("--with-files", action="store_true",
                   help="also the bytes of evidence files (base64)")


def cmd_export_json(args: argparse.Namespace, pw: Passphrases, out: TextIO) -> int:
    from monitor_app.interchange import UnknownCase, export_file

    with open_store(args, pw) as store:
        try:
            summary = export_file(store, Path(args.out), cases=args.case or None,
                                  with_history=args.with_history, with_files=args.with_files)
        except UnknownCase as exc:
            raise CliError(str(exc)) from None
        except OSError as exc:
            raise CliError(f"Cannot write {args.out}: {outputs.describe(exc)}.") from None
    # on stderr, so that it is seen even when the output goes to a pipe or a log
    sys.stderr.write(f"monitor-app: warning: {args.out} is not encrypted; anyone who gets it "
                     "can read every name in it.\n")
    extra = "".join(f", {n} {what}" for n, what in ((summary.history, "history rows"),
                                                   (summary.files, "files")) if n)
    out.write(f"Exported {summary.total} records{extra} to {args.out}.\n")
    return EXIT_OK


def _import_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", metavar="FILE", help="the JSON file to read")
    store_options(p)


def cmd_import_json(args: argparse.Namespace, pw: Passphrases, out: TextIO) -> int:
    from monitor_app.interchange import InterchangeError, import_document, read_document

    try:  # a bad file is refused before the store is even unlocked
        doc = read_document(Path(args.file))
    except InterchangeError as exc:
        raise BadInput(f"{args.file}: {exc}") from None
    except OSError as exc:
        raise CliError(f"Cannot read {args.file}: {exc.strerror or exc}.") from None
    with open_store(args, pw) as store:
        try:
            s = import_document(store, doc, validated=True)
        except InterchangeError as exc:
            raise BadInput(f"{args.file}: {exc}; nothing was imported") from None
    out.write(f"Imported {args.file}: {s.created} created, {s.updated} updated, "
              f"{s.restored} restored, {s.unchanged} unchanged; {s.history} history rows "
              f"and {s.files} files added"
              + (f"; {s.purged} purged records skipped" if s.purged else "") + ".\n")
    return EXIT_OK


COMMANDS: tuple[Command, ...] = (
    Command("export-json", "write records to a JSON interchange file (not encrypted)",
            _export_arguments, cmd_export_json),
    Command("import-json", "add or update records from a JSON interchange file",
            _import_arguments, cmd_import_json),
)
