"""The exchange commands: export, merge, resolve, and the conflict and duplicate lists
(see monitor_app.exchange.merge)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TextIO

from monitor_app.cli.base import (
    EXIT_BAD_INPUT,
    EXIT_OK,
    BadInput,
    CliError,
    Command,
    Passphrases,
    open_store,
    store_options,
)

LISTS = ("conflicts", "duplicates")  # what `list` shows besides records


def _export_arguments(p: argparse.ArgumentParser) -> None:
    store_options(p)
    p.add_argument("--to", required=True, metavar="CONTACT", help="the contact it is for")
    p.add_argument("--out", required=True, metavar="FILE", help="the file to write")
    p.add_argument("--all", action="store_true",
                   help="all history, not only what changed since the last file to them")
    p.add_argument("--case", action="append", metavar="ID",
                   help="only this case and what belongs to it (repeatable)")


def cmd_export(args: argparse.Namespace, pw: Passphrases, out: TextIO) -> int:
    from monitor_app import outputs
    from monitor_app.exchange.keys import UnknownContact
    from monitor_app.exchange.merge import MergeRefused, export_file
    from monitor_app.interchange import UnknownCase

    with open_store(args, pw) as store:
        try:
            r = export_file(store, args.to, Path(args.out), everything=args.all,
                            cases=args.case or None)
        except UnknownContact:
            raise BadInput("No such contact; see 'monitor-app contacts list'.") from None
        except (MergeRefused, UnknownCase) as exc:
            raise BadInput(str(exc)) from None
        except OSError as exc:
            raise CliError(f"Cannot write {args.out}: {outputs.describe(exc)}.") from None
    out.write(f"Wrote {args.out}: {r.changes} changes, {r.evidence} evidence files "
              f"(file {r.seq}).\n")
    return EXIT_OK


def _merge_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("files", nargs="+", metavar="FILE", help="exchange files to merge")
    store_options(p)
    p.add_argument("--dry-run", action="store_true",
                   help="say what merging would do, and write nothing")
    p.add_argument("--json", action="store_true", help="print the report as JSON")


_TOTALS = ("added", "updated", "unchanged", "conflicts", "duplicates", "changes", "evidence")


def cmd_merge(args: argparse.Namespace, pw: Passphrases, out: TextIO) -> int:
    from monitor_app.exchange.merge import MergeRefused, merge_file

    reports = []
    refused = 0
    with open_store(args, pw) as store:
        for name in args.files:
            try:
                r = merge_file(store, Path(name), dry_run=args.dry_run)
            except MergeRefused as exc:
                sys.stderr.write(f"monitor-app: {name}: refused: {exc}; nothing was merged "
                                 "from it.\n")
                refused += 1
                continue
            if not r.verified:
                sys.stderr.write(f"monitor-app: warning: {name}: the sender's key has not "
                                 "been verified (compare fingerprints, then 'contacts "
                                 "verify').\n")
            if r.replayed:
                sys.stderr.write(f"monitor-app: {name}: {r.replayed}; not applied again.\n")
            if r.older_sequence:
                sys.stderr.write(f"monitor-app: {name}: older than a file already merged "
                                 "from this sender; merged by record history.\n")
            reports.append(r)
    if args.json:
        docs = [r.as_json() for r in reports]
        if len(args.files) == 1 and len(docs) == 1:
            doc = docs[0]
        else:
            doc = {"files": docs, **{k: sum(d[k] for d in docs) for k in _TOTALS}}
        out.write(json.dumps(doc, ensure_ascii=False, indent=1, default=str) + "\n")
    else:
        for r in reports:
            what = "would merge" if r.dry_run else "merged"
            out.write(f"{r.file}: {what} from {r.sender}: {r.added} added, {r.updated} "
                      f"updated, {r.unchanged} unchanged, {r.conflicts} conflicts, "
                      f"{r.duplicates} likely duplicates, {r.evidence} evidence files.\n")
    return EXIT_BAD_INPUT if refused else EXIT_OK


def list_exchange(args: argparse.Namespace, pw: Passphrases, out: TextIO) -> int:
    """``list conflicts`` / ``list duplicates``."""
    from monitor_app.exchange import duplicates
    from monitor_app.exchange.merge import open_conflicts

    with open_store(args, pw) as store, store.read() as s:
        rows = open_conflicts(s) if args.kind == "conflicts" else duplicates.list_pairs(s)
    if args.json:
        out.write(json.dumps(rows, ensure_ascii=False, indent=1, default=str) + "\n")
        return EXIT_OK
    for row in rows:
        if args.kind == "conflicts":
            out.write(f"{row['id']}  {row['kind']} {row['record']} {row['field']}: mine "
                      f"{json.dumps(row['mine'], ensure_ascii=False)} ({row['mine_by']}), "
                      f"theirs {json.dumps(row['theirs'], ensure_ascii=False)} "
                      f"({row['theirs_by']})\n")
        else:
            out.write(f"{row['id']}  {row['kind']} {row['a_label']} ~ {row['b_label']} "
                      f"({row['score']})\n")
    out.write(f"{len(rows)} {args.kind}\n")
    return EXIT_OK


def _resolve_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("conflict", type=int, metavar="CONFLICT_ID", help="from 'list conflicts'")
    store_options(p)
    p.add_argument("--take", required=True, choices=("mine", "theirs"),
                   help="the value to keep")


def cmd_resolve(args: argparse.Namespace, pw: Passphrases, out: TextIO) -> int:
    from monitor_app.exchange.merge import UnknownConflict, resolve

    with open_store(args, pw) as store:
        try:
            with store.write(source="resolve") as w:
                resolve(w, args.conflict, args.take)
        except UnknownConflict as exc:
            raise BadInput(str(exc)) from None
    out.write(f"Conflict {args.conflict} resolved: {args.take} kept.\n")
    return EXIT_OK


COMMANDS: tuple[Command, ...] = (
    Command("export", "write an encrypted, signed exchange file for a contact",
            _export_arguments, cmd_export),
    Command("merge", "merge exchange files into the store", _merge_arguments, cmd_merge),
    Command("resolve", "settle a merge conflict", _resolve_arguments, cmd_resolve),
)
