"""The ``monitor-app`` command line (no Qt).

``entry`` holds the command table and :func:`main`; each command module
(``store_commands``, ``pdf_commands``) declares its commands on ``base``, the
package's leaf. Exit codes: 0 success, 1 other failure, 2 usage, 3 wrong passphrase
or not a store, 4 invalid or tampered input file. Errors are one line on stderr; a
traceback only with ``--debug``. Passphrases never come from the command line.
"""

from monitor_app.cli.base import (
    EXIT_BAD_INPUT,
    EXIT_FAIL,
    EXIT_LOCKED,
    EXIT_OK,
    EXIT_USAGE,
    LANGS,
    BadInput,
    CliError,
    Command,
    Passphrases,
    open_store,
    store_options,
)
from monitor_app.cli.entry import COMMANDS, build_parser, main

__all__ = [
    "COMMANDS", "EXIT_BAD_INPUT", "EXIT_FAIL", "EXIT_LOCKED", "EXIT_OK", "EXIT_USAGE", "LANGS",
    "BadInput", "CliError", "Command", "Passphrases", "build_parser", "main", "open_store",
    "store_options",
]
