"""``duplicate`` and ``duplicates scan``: decide a pair of likely duplicates, look for them
(see monitor_app.exchange.duplicates; ``list duplicates`` lists the open pairs)."""

from __future__ import annotations

import argparse
import json
from typing import TextIO

from monitor_app.cli.base import EXIT_OK, BadInput, Command, Passphrases, open_store, store_options


def _duplicate_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("pair", metavar="PAIR_ID", help="the pair's id (list duplicates)")
    choice = p.add_mutually_exclusive_group(required=True)
    choice.add_argument("--merge", action="store_true",
                        help="the two are one record: merge them (the older one stays)")
    choice.add_argument("--reject", action="store_true",
                        help="the two are not the same: never propose them again")
    store_options(p)


def cmd_duplicate(args: argparse.Namespace, pw: Passphrases, out: TextIO) -> int:
    from monitor_app.exchange import duplicates

    with open_store(args, pw) as store:
        try:
            with store.write() as w:
                if args.merge:
                    survivor = duplicates.accept(w, args.pair)
                else:
                    duplicates.reject(w, args.pair)
        except duplicates.PairNotFound as exc:
            raise BadInput(f"{str(exc).capitalize()}; nothing was changed.") from None
    out.write(f"Merged pair {args.pair}; the record kept is {survivor}.\n" if args.merge
              else f"Pair {args.pair} is not the same record; it will not be proposed again.\n")
    return EXIT_OK


def _scan_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("action", choices=["scan"], help="scan: look for likely duplicates")
    store_options(p)
    p.add_argument("--json", action="store_true", help="print JSON")


def cmd_scan(args: argparse.Namespace, pw: Passphrases, out: TextIO) -> int:
    from monitor_app.exchange import duplicates

    with open_store(args, pw) as store:
        with store.write() as w:
            found = duplicates.propose(w)
        with store.read() as session:
            still_open = len(duplicates.list_pairs(session))
    if args.json:
        out.write(json.dumps({"proposed": found, "open": still_open}) + "\n")
    else:
        out.write(f"Proposed {found} new pair(s) of likely duplicates; {still_open} open.\n")
    return EXIT_OK


COMMANDS: tuple[Command, ...] = (
    Command("duplicate", "decide a pair of likely duplicates: --merge or --reject",
            _duplicate_arguments, cmd_duplicate),
    Command("duplicates", "look for likely duplicates among people and places (scan)",
            _scan_arguments, cmd_scan),
)
