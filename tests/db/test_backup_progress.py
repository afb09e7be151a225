"""The online backup's progress hook (issue 8: a backup from the window shows progress
and can be cancelled): steps are reported, and a hook that raises leaves no file."""

from __future__ import annotations

from pathlib import Path

import pytest

from db import engine
from monitor_app import demo
from monitor_app.store import Store, open_store
from tests.conftest import PASSPHRASE


def test_progress_is_reported_step_by_step(store: Store, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    demo.generate(store, cases=3, seed=1)
    monkeypatch.setattr(engine, "BACKUP_STEP_PAGES", 4)
    steps: list[tuple[int, int]] = []
    out = tmp_path / "b.backup"
    size = store.backup(out, progress=lambda done, total: steps.append((done, total)))
    assert size == out.stat().st_size and len(steps) > 2
    done = [d for d, _ in steps]
    assert done == sorted(done) and steps[-1][0] == steps[-1][1] == size // engine.PAGE_SIZE
    with open_store(out, PASSPHRASE):
        pass


def test_a_hook_that_raises_stops_the_copy_and_leaves_no_file(store: Store,
                                                              tmp_path: Path) -> None:
    class Stop(Exception):
        pass

    def stop(_done: int, _total: int) -> None:
        raise Stop()

    out = tmp_path / "b.backup"
    with pytest.raises(Stop):
        store.backup(out, progress=stop)
    assert not [p for p in tmp_path.iterdir() if p.name.startswith("b.backup")]


def test_a_closed_store_has_no_key_left_for_a_backup(store: Store, tmp_path: Path) -> None:
    store.close()
    with pytest.raises(engine.StoreError):
        store.backup(tmp_path / "b.backup")
    assert not (tmp_path / "b.backup").exists()
