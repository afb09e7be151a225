"""The ``monitor-app`` command line: the command table, the parser, and ``main``.

The table is a plain declaration: this module imports every command module (they
share :mod:`monitor_app.cli.base` and never import this one), so imports flow one
way. A caller above ``monitor_app`` adds its own commands by passing them to
:func:`main`: the desktop app's ``gui`` comes from ``ui/launcher.py`` that way,
since ``monitor_app`` never imports ``ui``.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Sequence
from typing import NoReturn, TextIO

from monitor_app import __version__
from monitor_app.cli import (
    backup_commands,
    duplicate_commands,
    exchange_commands,
    exchange_identity_commands,
    interchange_commands,
    pdf_commands,
    policy_commands,
    purge_commands,
    store_commands,
)
from monitor_app.cli.base import (
    EXIT_BAD_INPUT,
    EXIT_FAIL,
    EXIT_LOCKED,
    EXIT_USAGE,
    CliError,
    Command,
    Handler,
    Passphrases,
)

COMMANDS: tuple[Command, ...] = (*store_commands.COMMANDS, *backup_commands.COMMANDS,
                                 *pdf_commands.COMMANDS, *interchange_commands.COMMANDS,
                                 *purge_commands.COMMANDS, *policy_commands.COMMANDS,
                                 *exchange_identity_commands.COMMANDS,
                                 *duplicate_commands.COMMANDS, *exchange_commands.COMMANDS)


class UsageError(Exception):
    """The arguments do not parse: reported as one line, exit code 2."""


class _Parser(argparse.ArgumentParser):
    """argparse that reports a usage error as one line instead of exiting by itself."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{self.prog}: {message} (see {self.prog} --help)")


def build_parser(commands: Sequence[Command] = COMMANDS) -> argparse.ArgumentParser:
    """The parser of ``commands`` (each adds its own arguments)."""
    parser = _Parser(
        prog="monitor-app",
        description="Monitor: encrypted case files for detention monitoring.")
    parser.add_argument("--version", action="version", version=f"monitor-app {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for command in commands:
        command.arguments(sub.add_parser(command.name, help=command.help))
    return parser


def _with_default_command(argv: list[str], default: str | None) -> list[str]:
    """``monitor-app`` and ``monitor-app --demo`` mean the ``default`` command."""
    if default is None:
        return argv
    if not argv:
        return [default]
    if argv[0].startswith("-") and argv[0] not in ("-h", "--help", "--version"):
        return [default, *argv]
    return argv


def main(argv: Sequence[str] | None = None, *, extra_commands: Sequence[Command] = (),
         default_command: str | None = None, stdin: TextIO | None = None,
         stdout: TextIO | None = None, stderr: TextIO | None = None) -> int:
    """Run the command line (``argv`` defaults to ``sys.argv[1:]``); returns the exit code.

    Never exits by itself, not even for ``--help`` or a usage error: the caller (the
    console script, ``python -m monitor_app.cli``) exits with the returned code. 0 ok,
    1 failure, 2 usage, 3 wrong passphrase or not a store, 4 invalid input file.
    ``extra_commands`` join the table; ``default_command`` runs when no command is given.
    """
    stdin, stdout, stderr = stdin or sys.stdin, stdout or sys.stdout, stderr or sys.stderr
    commands = (*extra_commands, *COMMANDS)
    names = [c.name for c in commands]
    if len(set(names)) != len(names):
        raise ValueError(f"two commands with one name among {names}")
    args_list = _with_default_command(list(sys.argv[1:] if argv is None else argv),
                                      default_command)
    parser = build_parser(commands)
    try:
        # --help and --version print through sys.stdout; send them where the caller said
        with contextlib.redirect_stdout(stdout):
            args = parser.parse_args(args_list)
    except UsageError as exc:
        stderr.write(f"{exc}\n")
        return EXIT_USAGE
    except SystemExit as exc:  # --help, --version: argparse printed them and quits
        return exc.code if isinstance(exc.code, int) else EXIT_FAIL
    handler = {c.name: c.run for c in commands}[args.command]
    return run(handler, args, stdin, stdout, stderr)


def run(handler: Handler, args: argparse.Namespace, stdin: TextIO, stdout: TextIO,
        stderr: TextIO) -> int:
    """Run one parsed command; every failure becomes one line on ``stderr`` and a code."""
    from db.engine import NotAStore, StoreDamaged, StoreError, WrongPassphrase
    from monitor_app.records import ValidationError

    try:
        pw = Passphrases(args, stdin)
        return handler(args, pw, stdout)
    except (WrongPassphrase, NotAStore, StoreDamaged) as exc:
        return _fail(args, stderr, str(exc), EXIT_LOCKED)
    except StoreError as exc:
        return _fail(args, stderr, str(exc), EXIT_FAIL)
    except CliError as exc:
        return _fail(args, stderr, str(exc), exc.code)
    except ValidationError as exc:
        return _fail(args, stderr, f"Invalid input: {exc}", EXIT_BAD_INPUT)
    except KeyboardInterrupt:
        return _fail(args, stderr, "Interrupted: the change under way was not saved; what "
                     "was saved before it stays.", EXIT_FAIL)
    except Exception as exc:  # a bug: say so in one line unless debugging
        return _fail(args, stderr, f"Unexpected error ({type(exc).__name__}); run again with "
                     "--debug for details and report it.", EXIT_FAIL)


def _fail(args: argparse.Namespace, stderr: TextIO, message: str, code: int) -> int:
    if getattr(args, "debug", False):
        import traceback

        traceback.print_exc(file=stderr)
    stderr.write(f"monitor-app: {message}\n")
    return code
