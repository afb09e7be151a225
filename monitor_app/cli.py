"""The ``monitor-app`` command line.

Exit codes: 0 success, 1 other failure, 2 usage, 3 wrong passphrase or not a
store, 4 invalid or tampered input file. Errors are one line on stderr; a
traceback only with ``--debug``. Passphrases never come from the command line.
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TextIO

from monitor_app import __version__

EXIT_OK, EXIT_FAIL, EXIT_USAGE, EXIT_LOCKED, EXIT_BAD_INPUT = 0, 1, 2, 3, 4
LANGS = ("en", "ru", "kk")
VIEWS = ("cases", "case", "visits", "visit", "places", "people", "reprisals", "deadlines")
REDACTIONS = ("none", "pseudonymous", "public")


class CliError(Exception):
    """A failure reported as one line with an exit code."""

    def __init__(self, message: str, code: int = EXIT_FAIL) -> None:
        super().__init__(message)
        self.code = code


class BadInput(CliError):
    def __init__(self, message: str) -> None:
        super().__init__(message, EXIT_BAD_INPUT)


# -- passphrases ---------------------------------------------------------------

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
        if self._lines is not None:
            if not self._lines:
                raise CliError("Not enough passphrase lines on standard input.", EXIT_USAGE)
            return self._lines.pop(0)
        first = getpass.getpass(prompt)
        if confirm and getpass.getpass("Repeat: ") != first:
            raise CliError("The two passphrases differ; nothing was changed.")
        return first


def _open(args: argparse.Namespace, pw: Passphrases) -> Any:
    from monitor_app.store import open_store

    return open_store(args.store, pw.next("Passphrase: "))


# -- commands ------------------------------------------------------------------

def cmd_init(args: argparse.Namespace, pw: Passphrases, out: TextIO) -> int:
    from db import crypto
    from monitor_app.store import create_store

    passphrase = pw.next("New passphrase: ", confirm=True)
    start = time.perf_counter()
    params = crypto.calibrate()
    with create_store(args.store, passphrase, kdf=params):
        pass
    out.write(
        f"Created an encrypted store at {args.store} (Argon2id: {params.time_cost} passes, "
        f"{params.memory_kib // 1024} MiB, {params.parallelism} lanes; "
        f"{time.perf_counter() - start:.1f} s).\n")
    return EXIT_OK


def cmd_demo(args: argparse.Namespace, pw: Passphrases, out: TextIO) -> int:
    from monitor_app import demo

    with _open(args, pw) as store:
        counts = demo.generate(store, cases=args.cases, seed=args.seed)
    out.write("Demo data added: " + ", ".join(f"{v} {k}" for k, v in counts.items()) + ".\n")
    return EXIT_OK


def cmd_list(args: argparse.Namespace, pw: Passphrases, out: TextIO) -> int:
    from monitor_app import inspect_records

    with _open(args, pw) as store:
        rows = inspect_records.list_records(store, args.kind, search_text=args.search)
    if args.json:
        out.write(json.dumps(rows, ensure_ascii=False, indent=1) + "\n")
    else:
        for row in rows:
            out.write(f"{row['id']}  {row['label']}\n")
        out.write(f"{len(rows)} {args.kind}\n")
    return EXIT_OK


def cmd_show(args: argparse.Namespace, pw: Passphrases, out: TextIO) -> int:
    from monitor_app import inspect_records
    from monitor_app.records import RecordNotFound

    with _open(args, pw) as store:
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
    new = pw.next("New passphrase: ", confirm=True)
    change_passphrase(args.store, old, new)
    out.write("Passphrase changed; the store was re-encrypted under the new key.\n")
    return EXIT_OK


def cmd_check(args: argparse.Namespace, pw: Passphrases, out: TextIO) -> int:
    with _open(args, pw) as store:
        problems = store.integrity_problems()
    if problems:
        for p in problems[:20]:
            out.write(f"problem: {p}\n")
        raise CliError(f"The store failed its integrity check ({len(problems)} problems).")
    out.write("The store is sound: encryption (HMAC of every page) and database checks passed.\n")
    return EXIT_OK


COMMANDS: dict[str, Callable[[argparse.Namespace, Passphrases, TextIO], int]] = {
    "init": cmd_init, "demo": cmd_demo, "list": cmd_list, "show": cmd_show,
    "passwd": cmd_passwd, "check": cmd_check,
}


def register(name: str, func: Callable[[argparse.Namespace, Passphrases, TextIO], int]) -> None:
    """Let a feature module add a command (see ``build_parser`` for its arguments)."""
    COMMANDS[name] = func


# -- parser --------------------------------------------------------------------

def _common(p: argparse.ArgumentParser, *, store_required: bool = True) -> None:
    p.add_argument("--store", required=store_required, metavar="PATH", help="the store file")
    src = p.add_mutually_exclusive_group()
    src.add_argument("--passphrase-stdin", action="store_true",
                     help="read the passphrase from the first line of standard input")
    src.add_argument("--passphrase-file", metavar="FILE",
                     help="read the passphrase from the first line of FILE")
    p.add_argument("--debug", action="store_true", help="show tracebacks")


def build_parser() -> argparse.ArgumentParser:
    from monitor_app.records import MAIN_KINDS

    parser = argparse.ArgumentParser(
        prog="monitor-app",
        description="Monitor: encrypted case files for detention monitoring.")
    parser.add_argument("--version", action="version", version=f"monitor-app {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("gui", help="open the desktop app (the default)")
    _common(p, store_required=False)
    p.add_argument("--demo", action="store_true",
                   help="open a demo store created in a private temporary folder")
    p.add_argument("--lang", choices=LANGS, help="interface language")
    p.add_argument("--view", choices=VIEWS, help="open this view")
    p.add_argument("--screenshot", metavar="OUT.png", help="render the window to a PNG and exit")

    p = sub.add_parser("init", help="create a new encrypted store")
    _common(p)
    p = sub.add_parser("demo", help="fill a store with synthetic demo data")
    _common(p)
    p.add_argument("--cases", type=int, default=60, metavar="N", help="number of cases (60)")
    p.add_argument("--seed", type=int, default=1, metavar="S", help="random seed (1)")
    p = sub.add_parser("list", help="list records of a kind")
    p.add_argument("kind", choices=MAIN_KINDS, metavar="KIND", help=", ".join(MAIN_KINDS))
    _common(p)
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("--search", metavar="TEXT", help="full-text search")
    p = sub.add_parser("show", help="show one record with its linked records")
    p.add_argument("kind", choices=MAIN_KINDS, metavar="KIND", help=", ".join(MAIN_KINDS))
    p.add_argument("id", metavar="ID")
    _common(p)
    p.add_argument("--json", action="store_true", help="print JSON")
    p = sub.add_parser("passwd", help="change the passphrase (re-encrypts the store)")
    _common(p)
    p = sub.add_parser("check", help="verify encryption and database integrity")
    _common(p)

    p = sub.add_parser("dossier", help="print a case dossier to PDF")
    _common(p)
    p.add_argument("--case", required=True, metavar="ID")
    p.add_argument("--out", required=True, metavar="FILE.pdf")
    p.add_argument("--redaction", choices=REDACTIONS, default="none")
    p.add_argument("--lang", choices=LANGS, default="en")
    p = sub.add_parser("visit-report", help="print a visit report to PDF")
    _common(p)
    p.add_argument("--visit", required=True, metavar="ID")
    p.add_argument("--out", required=True, metavar="FILE.pdf")
    p.add_argument("--redaction", choices=REDACTIONS, default="none")
    p.add_argument("--lang", choices=LANGS, default="en")
    return parser


def _with_default_command(argv: list[str]) -> list[str]:
    """``monitor-app`` and ``monitor-app --demo`` mean the desktop app."""
    if not argv:
        return ["gui"]
    if argv[0].startswith("-") and argv[0] not in ("-h", "--help", "--version"):
        return ["gui", *argv]
    return argv


def main(argv: Sequence[str] | None = None, *, stdin: TextIO | None = None,
         stdout: TextIO | None = None, stderr: TextIO | None = None) -> int:
    """Run the command line; returns the exit code (the console script exits with it)."""
    stdin, stdout, stderr = stdin or sys.stdin, stdout or sys.stdout, stderr or sys.stderr
    args_list = _with_default_command(list(sys.argv[1:] if argv is None else argv))
    parser = build_parser()
    try:
        args = parser.parse_args(args_list)
    except SystemExit as exc:
        return int(exc.code or 0)
    code = run(args, stdin, stdout, stderr)
    if argv is None:
        sys.exit(code)
    return code


def run(args: argparse.Namespace, stdin: TextIO, stdout: TextIO, stderr: TextIO) -> int:
    from db.engine import NotAStore, StoreDamaged, StoreError, WrongPassphrase
    from monitor_app.records import ValidationError

    if args.command == "dossier" or args.command == "visit-report":
        _load_pdf_commands()
    func = COMMANDS.get(args.command)
    if func is None:
        stderr.write(f"monitor-app: the {args.command} command is not available in this "
                     "installation.\n")
        return EXIT_FAIL
    try:
        pw = Passphrases(args, stdin)
        return func(args, pw, stdout)
    except (WrongPassphrase, NotAStore, StoreDamaged) as exc:
        return _fail(args, stderr, str(exc), EXIT_LOCKED)
    except StoreError as exc:
        return _fail(args, stderr, str(exc), EXIT_FAIL)
    except CliError as exc:
        return _fail(args, stderr, str(exc), exc.code)
    except ValidationError as exc:
        return _fail(args, stderr, f"Invalid input: {exc}", EXIT_BAD_INPUT)
    except KeyboardInterrupt:
        return _fail(args, stderr, "Interrupted; nothing was left half-written.", EXIT_FAIL)
    except Exception as exc:  # a bug: say so in one line unless debugging
        return _fail(args, stderr, f"Unexpected error ({type(exc).__name__}); run again with "
                     "--debug for details and report it.", EXIT_FAIL)


def _fail(args: argparse.Namespace, stderr: TextIO, message: str, code: int) -> int:
    if getattr(args, "debug", False):
        import traceback

        traceback.print_exc(file=stderr)
    stderr.write(f"monitor-app: {message}\n")
    return code


def _load_pdf_commands() -> None:
    """The PDF commands live with the PDF code; importing it registers them."""
    import monitor_app.pdf.commands  # noqa: F401


if __name__ == "__main__":  # pragma: no cover
    main()
