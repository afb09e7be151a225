"""Commands on the store itself and its records: init, demo, list, show, passwd, check."""

from __future__ import annotations

import argparse
import getpass
import json
import sys
import time
from typing import TextIO

from monitor_app.cli import exchange_commands
from monitor_app.cli.base import (
    EXIT_OK,
    CliError,
    Command,
    Passphrases,
    damaged_pages,
    open_store,
    store_options,
)
from monitor_app.records import MAIN_KINDS


def _no_arguments(p: argparse.ArgumentParser) -> None:
    store_options(p)


def cmd_init(args: argparse.Namespace, pw: Passphrases, out: TextIO) -> int:
    from db import crypto
    from monitor_app.store import create_store

    passphrase = pw.next_new("New passphrase: ")
    start = time.perf_counter()
    params = crypto.calibrate()
    with create_store(args.store, passphrase, kdf=params):
        pass
    out.write(
        f"Created an encrypted store at {args.store} (Argon2id: {params.time_cost} passes, "
        f"{params.memory_kib // 1024} MiB, {params.parallelism} lanes; "
        f"{time.perf_counter() - start:.1f} s).\n")
    return EXIT_OK


def _demo_arguments(p: argparse.ArgumentParser) -> None:
    store_options(p)
    p.add_argument("--cases", type=int, default=60, metavar="N", help="number of cases (60)")
    p.add_argument("--seed", type=int, default=1, metavar="S", help="random seed (1)")


def cmd_demo(args: argparse.Namespace, pw: Passphrases, out: TextIO) -> int:
    from monitor_app import demo
    from monitor_app.store import DiskFull, StoreError

    saved = [0]

    def progress(done: int, _total: int) -> None:
        saved[0] = done

    def so_far() -> str:
        if saved[0] == 0:
            return "no demo case was saved"
        return (f"{saved[0]:,} of {args.cases:,} cases (with their visits and records) were "
                "saved and stay in the store")

    with open_store(args, pw) as store:
        try:
            counts = demo.generate(store, cases=args.cases, seed=args.seed, progress=progress)
        except KeyboardInterrupt:
            raise CliError(f"Interrupted: {so_far()}; the batch under way was not.") from None
        except DiskFull as exc:
            then = "run demo again for the rest"
            advice = exc.space.advice(then) if exc.space else f"free some space and {then}"
            raise DiskFull(f"The disk is full: {so_far()}; {advice}.", exc.space) from None
        except StoreError as exc:
            raise type(exc)(f"{str(exc).rstrip('.')}; {so_far()}.") from None
    out.write("Demo data added: " + ", ".join(f"{v} {k}" for k, v in counts.items()) + ".\n")
    return EXIT_OK


def _kind_argument(p: argparse.ArgumentParser) -> None:
    p.add_argument("kind", choices=MAIN_KINDS, metavar="KIND", help=", ".join(MAIN_KINDS))


def _list_arguments(p: argparse.ArgumentParser) -> None:
    kinds = (*MAIN_KINDS, *exchange_commands.LISTS)
    p.add_argument("kind", choices=kinds, metavar="KIND", help=", ".join(kinds))
    store_options(p)
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("--search", metavar="TEXT",
                   help="full-text search; '-' reads the text from standard input (the line "
                        "after the passphrase with --passphrase-stdin), so that a name is "
                        "not shown to other users in the process list")


def _search_text(args: argparse.Namespace, pw: Passphrases) -> str | None:
    if args.search != "-":
        return args.search
    if getattr(args, "passphrase_stdin", False):
        return pw.next("")
    if sys.stdin.isatty():
        return getpass.getpass("Search for: ")
    return sys.stdin.readline().rstrip("\r\n")


def cmd_list(args: argparse.Namespace, pw: Passphrases, out: TextIO) -> int:
    from monitor_app.queries import inspect_records

    if args.kind in exchange_commands.LISTS:
        return exchange_commands.list_exchange(args, pw, out)
    with open_store(args, pw) as store:
        rows = inspect_records.list_records(store, args.kind, search_text=_search_text(args, pw))
    if args.json:
        out.write(json.dumps(rows, ensure_ascii=False, indent=1) + "\n")
    else:
        for row in rows:
            out.write(f"{row['id']}  {row['label']}\n")
        out.write(f"{len(rows)} {args.kind}\n")
    return EXIT_OK


def _show_arguments(p: argparse.ArgumentParser) -> None:
    _kind_argument(p)
    p.add_argument("id", metavar="ID")
    store_options(p)
    p.add_argument("--json", action="store_true", help="print JSON")


def cmd_show(args: argparse.Namespace, pw: Passphrases, out: TextIO) -> int:
    from monitor_app.queries import inspect_records
    from monitor_app.records import RecordNotFound

    with open_store(args, pw) as store:
        try:
            data = inspect_records.show_record(store, args.kind, args.id)
        except RecordNotFound:
            raise CliError(f"No {args.kind} record with id {args.id}.") from None
    if args.json:
        out.write(json.dumps(data, ensure_ascii=False, indent=1) + "\n")
    else:
        out.write(inspect_records.as_text(data))
    return EXIT_OK


def cmd_passwd(args: argparse.Namespace, pw: Passphrases, out: TextIO) -> int:
    from monitor_app.store import change_passphrase

    old = pw.next("Current passphrase: ")
    new = pw.next_new("New passphrase: ")
    change_passphrase(args.store, old, new)
    out.write("Passphrase changed; the store was re-encrypted under the new key, and the "
              "copies kept from before schema updates were deleted.\n")
    return EXIT_OK


def cmd_check(args: argparse.Namespace, pw: Passphrases, out: TextIO) -> int:
    from db import engine as dbengine

    with open_store(args, pw, verify=False) as store:
        pages = damaged_pages(store)
        if pages:
            # the same exit code as every command on a damaged store (3), naming the pages
            raise dbengine.StoreDamaged(
                f"The store file is damaged (pages {dbengine.page_ranges(pages)} fail their "
                "check); restore it from a backup.")
        problems = store.integrity_problems()
    if problems:
        for p in problems[:20]:
            out.write(f"problem: {p}\n")
        raise CliError(f"The store failed its integrity check ({len(problems)} problems).")
    out.write("The store is sound: encryption (HMAC of every page) and database checks passed.\n")
    return EXIT_OK


COMMANDS: tuple[Command, ...] = (
    Command("init", "create a new encrypted store", _no_arguments, cmd_init),
    Command("demo", "fill a store with synthetic demo data", _demo_arguments, cmd_demo),
    Command("list", "list records of a kind", _list_arguments, cmd_list),
    Command("show", "show one record with its linked records", _show_arguments, cmd_show),
    Command("passwd", "change the passphrase (re-encrypts the store)", _no_arguments,
            cmd_passwd),
    Command("check", "verify encryption and database integrity", _no_arguments, cmd_check),
)
