"""Commands that copy a store whole: backup and restore."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TextIO

from monitor_app.cli.base import EXIT_OK, Command, Passphrases, store_options


def _backup_arguments(p: argparse.ArgumentParser) -> None:
    store_options(p)
    p.add_argument("--out", required=True, metavar="FILE", help="the backup file (new)")


def cmd_backup(args: argparse.Namespace, pw: Passphrases, out: TextIO) -> int:
    from monitor_app.store import backup_store

    target = Path(args.out)
    backup_store(args.store, pw.next("Passphrase: "), target)
    out.write(f"Backed up to {target}: encrypted under the same passphrase, verified.\n")
    return EXIT_OK


def _restore_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--from", dest="source", required=True, metavar="FILE",
                   help="the backup file")
    store_options(p)


def cmd_restore(args: argparse.Namespace, pw: Passphrases, out: TextIO) -> int:
    from monitor_app.store import restore_store

    restore_store(args.source, pw.next("Passphrase of the backup: "), args.store)
    out.write(f"Restored into a new store at {args.store}; it opens with the backup's "
              "passphrase.\n")
    return EXIT_OK


COMMANDS: tuple[Command, ...] = (
    Command("backup", "copy the store into an encrypted, verified backup file",
            _backup_arguments, cmd_backup),
    Command("restore", "make a new store from a backup file (verified first)",
            _restore_arguments, cmd_restore),
)
