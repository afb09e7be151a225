"""Nothing readable left behind: a whole session with a sentinel name, then a scan of HOME,
TMPDIR and the session's folder for it, in every file (the encrypted store included)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from monitor_app.store import create_store
from tests.conftest import CHEAP_KDF, PASSPHRASE
from tests.monitor_app.cli.test_cli import ROOT

SENTINEL = "Zqxjleaksentinelname"
NARRATIVE = "Wvkpleaknarrative"


def forms(word: str) -> list[bytes]:
    out = []
    for w in (word, word.lower(), word.upper()):
        out += [w.encode("utf-8"), w.encode("utf-16-le"), w.encode("utf-16-be")]
    return out


def scan(roots: list[Path], words: tuple[str, ...]) -> list[str]:
    """Every file under ``roots`` holding one of ``words`` (UTF-8 or UTF-16, any case)."""
    needles = [n for w in words for n in forms(w)]
    hits: list[str] = []
    seen: set[Path] = set()
    for root in roots:
        for folder, _dirs, files in os.walk(root, followlinks=False):
            for name in files:
                p = Path(folder, name)
                if p in seen or p.is_symlink() or not p.is_file():
                    continue
                seen.add(p)
                data = p.read_bytes()
                if any(n in data for n in needles):
                    hits.append(str(p))
    return hits


def app(*argv: str, env: dict[str, str], stdin: str = PASSPHRASE + "\n",
        timeout: float = 90) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "ui.launcher", *argv], input=stdin,
                          capture_output=True, text=True, env=env, timeout=timeout, cwd=ROOT)


def test_a_whole_session_leaves_no_trace(tmp_path: Path, private_home: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    work = tmp_path / "session"
    tmp = tmp_path / "tmp"
    work.mkdir()
    tmp.mkdir()
    monkeypatch.setenv("TMPDIR", str(tmp))
    import tempfile
    monkeypatch.setattr(tempfile, "tempdir", None)  # this process too
    env = {**os.environ, "HOME": str(private_home), "TMPDIR": str(tmp),
           "QT_QPA_PLATFORM": "offscreen", "PYTHONWARNINGS": "error",
           "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
    store_path = work / "store.db"
    # a store, a person, a case, a narrative, a photo-less piece of evidence
    with create_store(store_path, PASSPHRASE, kdf=CHEAP_KDF) as store, store.write() as w:
        fac = w.create("facilities", name="Colony 1", kind="place_kind.penal_colony")
        pid = w.create("people", name=SENTINEL, pseudonym="L-1",
                       category="person_category.detainee", notes=NARRATIVE)
        cid = w.create("cases", reference="KZ-2025-0001", title="Leak check",
                       status="case_status.open", primary_victim_id=pid, facility_id=fac,
                       opened_on="2025-01-10")
        w.create("allegations", case_id=cid, facility_id=fac, kind="allegation_kind.torture",
                 summary="Beaten", narrative=f"{SENTINEL} said {NARRATIVE}")
        w.add_evidence(f"statement of {SENTINEL}".encode(), file_name="statement.txt",
                       case_id=cid, kind="evidence_kind.answer_scan")

    dossier = work / "dossier.pdf"
    done = app("dossier", "--store", str(store_path), "--passphrase-stdin", "--case", cid,
               "--out", str(dossier), env=env)
    assert done.returncode == 0, done.stderr
    export = work / "export.json"
    done = app("export-json", "--store", str(store_path), "--passphrase-stdin",
               "--with-history", "--with-files", "--out", str(export), env=env)
    assert done.returncode == 0, done.stderr
    assert str(export) in scan([work], (SENTINEL,))  # the scan sees plain text
    export.unlink()  # the user deletes the plain file when done
    done = app("list", "people", "--store", str(store_path), "--passphrase-stdin",
               "--search", "-", env=env, stdin=f"{PASSPHRASE}\n{SENTINEL}\n")
    assert done.returncode == 0 and SENTINEL in done.stdout, done.stderr
    shot = work / "people.png"
    done = app("gui", "--store", str(store_path), "--passphrase-stdin", "--view", "people",
               "--screenshot", str(shot), env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    assert shot.stat().st_size > 0
    assert {oct(p.stat().st_mode & 0o777) for p in (dossier, shot)} == {"0o600"}

    on_purpose = {str(dossier), str(shot)}
    hits = [h for h in scan([private_home, tmp, work], (SENTINEL, NARRATIVE))
            if h not in on_purpose]
    assert hits == [], hits
    # the store itself was scanned too (nothing excluded it): encrypted, it holds no trace
    assert store_path.stat().st_size > 0
    assert list(private_home.rglob("*")), "the GUI wrote its settings where we looked"
