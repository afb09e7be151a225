"""``policy``: wipe after failed unlocks, and a duress passphrase (see
:mod:`monitor_app.unlock_policy`)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TextIO

from monitor_app.cli.base import EXIT_OK, EXIT_USAGE, CliError, Command, Passphrases, store_options


def _count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError("0 (never) or more")
    return value


def _policy_arguments(p: argparse.ArgumentParser) -> None:
    store_options(p)
    p.add_argument("--wipe-after", type=_count, metavar="N",
                   help="destroy the store after N consecutive failed unlocks (0: never, the "
                        "default)")
    duress = p.add_mutually_exclusive_group()
    duress.add_argument("--duress", action="store_true",
                        help="set a duress passphrase (the line after the passphrase with "
                             "--passphrase-stdin) that opens a new, empty decoy store")
    duress.add_argument("--no-duress", action="store_true",
                        help="destroy the decoy store and forget the duress passphrase")
    p.add_argument("--wipe-on-duress", choices=("on", "off"),
                   help="on: the duress passphrase also destroys this store, and the decoy "
                        "takes its place (off by default)")
    p.add_argument("--decoy", metavar="PATH",
                   help="with --duress: where the decoy store goes (default: a random name in "
                        "the user's data folder)")


def describe(path: Path) -> str:
    from monitor_app import unlock_policy

    policy = unlock_policy.load(path)
    wipe = (f"the store is destroyed after {policy.wipe_after} consecutive failed unlocks "
            f"({policy.failures} so far)" if policy.wipe_after else "never wiped")
    duress = (f"a duress passphrase opens the decoy {policy.decoy}" if policy.decoy
              else "no duress passphrase")
    if policy.decoy:
        duress += (" and destroys this store" if policy.wipe_on_duress
                   else " and leaves this store as it is")
    return f"Unlock policy: {wipe}; {duress}.\n"


def cmd_policy(args: argparse.Namespace, pw: Passphrases, out: TextIO) -> int:
    from monitor_app import unlock_policy

    if args.decoy and not args.duress:
        raise CliError("--decoy goes with --duress.", EXIT_USAGE)
    given = pw.next("Passphrase: ")
    # Like every command: the duress passphrase opens the decoy, and this then shows and
    # changes the decoy's own policy (none), which no unlock of the real store consults.
    with unlock_policy.open_store(args.store, given) as store:
        duress = pw.next_new("Duress passphrase: ") if args.duress else None
        try:
            unlock_policy.configure(
                store, wipe_after=args.wipe_after, duress=duress,
                decoy=Path(args.decoy) if args.decoy else None, remove_duress=args.no_duress,
                wipe_on_duress=None if args.wipe_on_duress is None else args.wipe_on_duress == "on")
        except unlock_policy.DuressSameAsStore as exc:
            raise CliError(str(exc), EXIT_USAGE) from None
        out.write(describe(store.path))
    return EXIT_OK


COMMANDS: tuple[Command, ...] = (
    Command("policy", "wipe after failed unlocks; a duress passphrase and its decoy store",
            _policy_arguments, cmd_policy),
)
