"""export / merge / list conflicts|duplicates / resolve, run as processes: exit codes, one
line on stderr for a refused file, nothing written for it."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from sqlalchemy import func, select

from db.models import HistoryEntry
from monitor_app.store import Store
from tests.builders import build_everything
from tests.conftest import PASSPHRASE
from tests.monitor_app.cli.test_cli import console_script, one_line_error, script
from tests.monitor_app.exchange.test_merge import new_store, trio

__all__ = ["console_script", "trio"]  # fixtures used here


def ma(exe: Path, *argv: str) -> subprocess.CompletedProcess[str]:
    return script(exe, *argv, "--passphrase-stdin", stdin=PASSPHRASE + "\n", timeout=180)


def rows(s: Store) -> int:
    with s.read() as session:
        return session.scalar(select(func.count()).select_from(HistoryEntry))


def test_export_merge_list_resolve_as_processes(trio: dict[str, Store], tmp_path: Path,
                                                console_script: Path,
                                                fresh_store_file: Path) -> None:
    m, c = trio["M"], trio["C"]
    ids = build_everything(m)
    for s in (m, c):
        s.close()  # the processes open them
    mp, cp = str(m.path), str(c.path)
    out = tmp_path / "one.monitor"

    done = ma(console_script, "export", "--store", mp, "--to", "Nobody", "--out", str(out))
    assert done.returncode == 4 and one_line_error(done) and not out.exists()
    lonely = new_store(fresh_store_file, tmp_path / "lonely.db")
    lonely.close()
    done = ma(console_script, "export", "--store", str(lonely.path), "--to", "C",
              "--out", str(out))
    assert done.returncode == 4 and one_line_error(done) and "identity" in done.stderr

    done = ma(console_script, "export", "--store", mp, "--to", "C", "--out", str(out))
    assert done.returncode == 0, done.stderr
    garbage = tmp_path / "garbage.monitor"
    garbage.write_bytes(b"\x00" * 5000)
    before = Path(cp).read_bytes()
    done = ma(console_script, "merge", "--store", cp, str(garbage))
    assert done.returncode == 4 and one_line_error(done) and str(garbage) in done.stderr
    assert Path(cp).read_bytes() == before  # nothing written

    done = ma(console_script, "merge", "--store", cp, str(out), "--json")
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["added"] > 10 and report["updated"] == 0 and "by_kind" in report
    assert report["by_kind"]["cases"]["added"] == 1
    done = ma(console_script, "merge", "--store", cp, str(out), "--json")
    again = json.loads(done.stdout)
    assert done.returncode == 0 and again["added"] == again["updated"] == 0
    assert again["replayed"]

    # several files: a refused one is said and exits 4, the others are merged
    from monitor_app.store import open_store

    with open_store(mp, PASSPHRASE) as s, s.write() as w:
        w.update("cases", ids["cases"], title="From M")
    with open_store(cp, PASSPHRASE) as s, s.write() as w:
        w.update("cases", ids["cases"], title="From C")
    two = tmp_path / "two.monitor"
    assert ma(console_script, "export", "--store", mp, "--to", "C",
              "--out", str(two)).returncode == 0
    done = ma(console_script, "merge", "--store", cp, str(two), str(garbage), "--json")
    assert done.returncode == 4 and one_line_error(done)
    totals = json.loads(done.stdout)
    assert totals["conflicts"] == 1 and len(totals["files"]) == 1

    done = ma(console_script, "list", "conflicts", "--store", cp, "--json")
    assert done.returncode == 0, done.stderr
    (cf,) = json.loads(done.stdout)
    assert {cf["mine"], cf["theirs"]} == {"From M", "From C"} and cf["field"] == "title"
    assert cf["record"] == ids["cases"] and cf["kind"] == "cases"
    done = ma(console_script, "list", "duplicates", "--store", cp, "--json")
    assert done.returncode == 0 and isinstance(json.loads(done.stdout), list)

    done = ma(console_script, "resolve", "--store", cp, "999", "--take", "mine")
    assert done.returncode == 4 and one_line_error(done)
    done = ma(console_script, "resolve", "--store", cp, str(cf["id"]), "--take", "theirs")
    assert done.returncode == 0, done.stderr
    done = ma(console_script, "list", "conflicts", "--store", cp, "--json")
    assert json.loads(done.stdout) == []
    with open_store(cp, PASSPHRASE) as s, s.read() as session:
        from monitor_app import records

        assert records.get(session, "cases", ids["cases"])["title"] == "From M"
