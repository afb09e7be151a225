"""``list --search -``: the text comes from standard input, not the process list."""

from __future__ import annotations

import json
from pathlib import Path

from monitor_app.store import Store
from tests.builders import build_everything
from tests.monitor_app.cli.test_cli import run


def test_search_text_from_stdin(store: Store, store_path: Path, passphrase: str) -> None:
    ids = build_everything(store)
    store.close()
    code, out, err = run("list", "people", "--store", str(store_path), "--passphrase-stdin",
                         "--json", "--search", "-", stdin=f"{passphrase}\nнұрлан\n")
    assert code == 0, err
    assert [r["id"] for r in json.loads(out)] == [ids["people"]]
    code, out, err = run("list", "people", "--store", str(store_path), "--passphrase-stdin",
                         "--search", "-", stdin=f"{passphrase}\n")
    assert code == 2 and err.count("\n") == 1  # the line is missing: a usage error
