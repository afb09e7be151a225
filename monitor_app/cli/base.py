"""What every command shares: exit codes, one-line errors, passphrases, the declaration.

A leaf of the ``cli`` package: command modules import it, it imports no command.
"""

from __future__ import annotations

import argparse
import getpass
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from monitor_app.store import Store

EXIT_OK, EXIT_FAIL, EXIT_USAGE, EXIT_LOCKED, EXIT_BAD_INPUT = 0, 1, 2, 3, 4
LANGS = ("en", "ru", "kk")


class CliError(Exception):
    """A failure reported as one line with an exit code."""

    def __init__(self, message: str, code: int = EXIT_FAIL) -> None:
        super().__init__(message)
        self.code = code


class BadInput(CliError):
    """The input file is invalid or was tampered with (exit code 4)."""

    def __init__(self, message: str) -> None:
        super().__init__(message, EXIT_BAD_INPUT)


class Passphrases:
    """Where passphrases come from: stdin lines, a file's lines, or a prompt without echo."""

    def __init__(self, args: argparse.Namespace, stdin: TextIO) -> None:
        self._lines: list[str] | None = None
        if getattr(args, "passphrase_stdin", False):
            self._lines = stdin.read().splitlines()
        elif getattr(args, "passphrase_file", None):
            try:
                self._lines = Path(args.passphrase_file).read_text(encoding="utf-8").splitlines()
            except OSError as exc:
                raise CliError(f"Cannot read the passphrase file: {exc.strerror}.") from None

    def next(self, prompt: str, *, confirm: bool = False) -> str:
        """The next passphrase: the next line given, or asked (twice with ``confirm``)."""
        if self._lines is not None:
            if not self._lines:
                raise CliError("Not enough passphrase lines on standard input.", EXIT_USAGE)
            return self._lines.pop(0)
        first = getpass.getpass(prompt)
        if confirm and getpass.getpass("Repeat: ") != first:
            raise CliError("The two passphrases differ; nothing was changed.")
        return first


Handler = Callable[[argparse.Namespace, Passphrases, TextIO], int]


@dataclass(frozen=True)
class Command:
    """One subcommand: its name and help, its own arguments, and what it runs.

    ``run`` returns the exit code, or raises :class:`CliError` (or a store error) for a
    failure that ``monitor_app.cli.entry.run`` turns into one line and an exit code.
    """

    name: str
    help: str
    arguments: Callable[[argparse.ArgumentParser], None]
    run: Handler


def store_options(p: argparse.ArgumentParser, *, store_required: bool = True) -> None:
    """``--store`` and where its passphrase comes from (never from the command line)."""
    p.add_argument("--store", required=store_required, metavar="PATH", help="the store file")
    src = p.add_mutually_exclusive_group()
    src.add_argument("--passphrase-stdin", action="store_true",
                     help="read the passphrase from the first line of standard input")
    src.add_argument("--passphrase-file", metavar="FILE",
                     help="read the passphrase from the first line of FILE")
    p.add_argument("--debug", action="store_true", help="show tracebacks")


def open_store(args: argparse.Namespace, pw: Passphrases) -> Store:
    """The store named by ``--store``, unlocked with the next passphrase."""
    from monitor_app.store import open_store as open_

    return open_(args.store, pw.next("Passphrase: "))
