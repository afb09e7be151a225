"""What every command shares: exit codes, one-line errors, passphrases, the declaration.

A leaf of the ``cli`` package: command modules import it, it imports no command.
"""

from __future__ import annotations

import argparse
import getpass
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from monitor_app.store import Store

EXIT_OK, EXIT_FAIL, EXIT_USAGE, EXIT_LOCKED, EXIT_BAD_INPUT = 0, 1, 2, 3, 4
EXIT_NAMES = 5  # a redacted PDF refused: possible names to confirm (listed on stdout)
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
    """Where passphrases come from: stdin lines, a file's lines, or a prompt without echo.

    Lines follow :mod:`monitor_app.passphrase`: split on "\\n" only, one trailing "\\r"
    and a leading BOM dropped, at most 64 KiB, a passphrase file must be a regular file.
    """

    def __init__(self, args: argparse.Namespace, stdin: TextIO) -> None:
        from monitor_app import passphrase

        self._lines: list[str] | None = None
        try:
            if getattr(args, "passphrase_stdin", False):
                self._lines = _stdin_lines(stdin)
            elif getattr(args, "passphrase_file", None):
                self._lines = passphrase.read_file(args.passphrase_file)
        except passphrase.PassphraseSourceError as exc:
            where = "standard input" if self._from_stdin(args) else "the passphrase file"
            raise CliError(f"Cannot use {where} for the passphrase: {exc}.", EXIT_USAGE) from None
        except OSError as exc:
            raise CliError(f"Cannot read the passphrase file: {exc.strerror}.",
                           EXIT_USAGE) from None

    @staticmethod
    def _from_stdin(args: argparse.Namespace) -> bool:
        return bool(getattr(args, "passphrase_stdin", False))

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

    def next_new(self, prompt: str) -> str:
        """A new passphrase (asked twice at a prompt), refused in one line (exit 2) when it
        breaks the rules for new passphrases (length, strength)."""
        from monitor_app import passphrase

        given = self.next(prompt, confirm=True)
        why = passphrase.problem(given)
        if why is not None:
            raise CliError(f"{why} Nothing was changed.", EXIT_USAGE)
        return given


def _stdin_lines(stdin: TextIO) -> list[str]:
    """Standard input's passphrase lines, read as bytes when possible: a text stream
    would turn a lone "\\r" or U+2028 into a line break and cut a passphrase short."""
    from monitor_app import passphrase

    buffer = getattr(stdin, "buffer", None)
    if buffer is not None:
        return passphrase.read_stream(buffer)
    text = stdin.read(passphrase.MAX_SOURCE_BYTES + 1)
    if len(text.encode("utf-8")) > passphrase.MAX_SOURCE_BYTES:
        raise passphrase.PassphraseSourceError(
            f"more than {passphrase.MAX_SOURCE_BYTES // 1024} KiB")
    return passphrase.split_lines(text)


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


def damaged_pages(store: Store) -> list[int]:
    """The store's pages that fail their HMAC (see :func:`db.engine.damaged_pages`)."""
    from db import engine as dbengine

    with dbengine.translate_errors(), store.engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        assert raw is not None
        return dbengine.damaged_pages(raw)  # type: ignore[arg-type]


def open_store(args: argparse.Namespace, pw: Passphrases, *, verify: bool = True) -> Store:
    """The store named by ``--store``, unlocked with the next passphrase.

    With ``verify`` every page's HMAC is checked first (about 0.25 s per 100 MB), so
    a command on a damaged store exits 3 with one line (:data:`db.engine.DAMAGED`)
    instead of printing what it found on the sound pages. A store whose key derivation
    is below today's floor opens, with a one-line warning that ``passwd`` re-keys it.
    """
    import sys

    from db import engine as dbengine
    from monitor_app.store import rekey_advised
    from monitor_app.unlock_policy import open_store as open_

    # through the unlock policy (wipe after failed unlocks, duress), as the app does
    store = open_(args.store, pw.next("Passphrase: "))
    if verify:
        try:
            if damaged_pages(store):
                raise dbengine.StoreDamaged(dbengine.DAMAGED)
        except BaseException:
            store.close()
            raise
    params = rekey_advised(args.store)
    if params is not None:
        sys.stderr.write(
            f"monitor-app: warning: this store's key derivation ({params.describe()}) is "
            "below today's floor; run 'monitor-app passwd' to re-encrypt it with a "
            "stronger one.\n")
    return store
