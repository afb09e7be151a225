"""The ``monitor-app`` entry point: the command line, plus the desktop app as ``gui``.

The command line lives in ``monitor_app.cli`` (no Qt); this module hands it the
``gui`` command, so that imports keep flowing one way (ui -> monitor_app -> db), and
Qt is imported only when the window is actually wanted.
"""

from __future__ import annotations

import argparse
import sys
from typing import TextIO

from monitor_app import cli

VIEWS = ("cases", "case", "visits", "visit", "places", "people", "reprisals", "deadlines",
         "exchange", "conflicts", "duplicates")


def gui_arguments(p: argparse.ArgumentParser) -> None:
    cli.store_options(p, store_required=False)
    p.add_argument("--demo", action="store_true",
                   help="open a demo store created in a private temporary folder")
    p.add_argument("--lang", choices=cli.LANGS, help="interface language")
    p.add_argument("--view", choices=VIEWS, help="open this view")
    p.add_argument("--screenshot", metavar="OUT.png", help="render the window to a PNG and exit")
    p.add_argument("--size", metavar="WxH", type=window_size,
                   help="the window's size in pixels, e.g. 1366x768 (for --screenshot, or to "
                        "try a small screen)")


def window_size(text: str) -> tuple[int, int]:
    """``1366x768`` -> (1366, 768); argparse turns the ValueError into a one-line usage error."""
    width, sep, height = text.lower().partition("x")
    if not sep or not width.strip().isdigit() or not height.strip().isdigit():
        raise argparse.ArgumentTypeError(f"{text!r} is not a size such as 1366x768")
    w, h = int(width), int(height)
    if not (320 <= w <= 10000 and 240 <= h <= 10000):
        raise argparse.ArgumentTypeError(f"{text!r}: width and height must be between 320x240 "
                                         "and 10000x10000")
    return w, h


def cmd_gui(args: argparse.Namespace, pw: cli.Passphrases, out: TextIO) -> int:
    try:
        from ui.app import run_gui
    except ImportError as exc:  # a broken or partial installation
        raise cli.CliError(f"The desktop interface cannot start: {exc}.") from None
    passphrase = None
    if args.store and (args.passphrase_stdin or args.passphrase_file):
        passphrase = pw.next("Passphrase: ")
    return run_gui(args, passphrase)


GUI = cli.Command("gui", "open the desktop app (the default)", gui_arguments, cmd_gui)


def main(argv: list[str] | None = None) -> int:
    """The console script: returns the exit code, which the script's wrapper exits with."""
    return cli.main(sys.argv[1:] if argv is None else argv, extra_commands=(GUI,),
                    default_command="gui")


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
