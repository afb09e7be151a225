"""The ``monitor-app`` entry point: the command line, plus the desktop app as ``gui``.

The command line lives in ``monitor_app.cli`` (no Qt); this module adds the ``gui``
command on top so that imports keep flowing one way (ui -> monitor_app -> db), and
Qt is imported only when the window is actually wanted.
"""

from __future__ import annotations

import argparse
from typing import TextIO

from monitor_app import cli


def cmd_gui(args: argparse.Namespace, pw: cli.Passphrases, out: TextIO) -> int:
    try:
        from ui.app import run_gui
    except ImportError as exc:  # a broken or partial installation
        raise cli.CliError(f"The desktop interface cannot start: {exc}.") from None
    passphrase = None
    if args.store and (args.passphrase_stdin or args.passphrase_file):
        passphrase = pw.next("Passphrase: ")
    return run_gui(args, passphrase)


def main() -> None:
    cli.register("gui", cmd_gui)
    cli.main()


if __name__ == "__main__":  # pragma: no cover
    main()
