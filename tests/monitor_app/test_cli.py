"""The command-line contract: commands, JSON shapes, exit codes, one-line errors."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from monitor_app import __version__, cli
from monitor_app.store import Store
from tests.builders import build_everything


def run(*argv: str, stdin: str = "") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli.main(list(argv), stdin=io.StringIO(stdin), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def filled(store: Store, store_path: Path) -> tuple[Path, dict[str, str]]:
    ids = build_everything(store)
    store.close()
    return store_path, ids


def test_init_creates_an_encrypted_store(tmp_path: Path, passphrase: str) -> None:
    path = tmp_path / "new.db"
    code, out, err = run("init", "--store", str(path), "--passphrase-stdin",
                         stdin=passphrase + "\n")
    assert (code, err) == (0, "")
    assert "Created an encrypted store" in out
    assert not path.read_bytes().startswith(b"SQLite format 3")
    code, out, _ = run("list", "cases", "--store", str(path), "--passphrase-stdin", "--json",
                       stdin=passphrase + "\n")
    assert code == 0 and json.loads(out) == []
    # a second init on the same file is refused and changes nothing
    before = path.read_bytes()
    code, _, err = run("init", "--store", str(path), "--passphrase-stdin",
                       stdin=passphrase + "\n")
    assert code == 1 and "already exists" in err and path.read_bytes() == before


@pytest.mark.parametrize("kind", ["facilities", "visits", "people", "cases", "allegations",
                                  "complaints", "reprisals", "evidence"])
def test_list_json_shape(filled: tuple[Path, dict[str, str]], passphrase: str,
                         kind: str) -> None:
    path, ids = filled
    code, out, err = run("list", kind, "--store", str(path), "--passphrase-stdin", "--json",
                         stdin=passphrase + "\n")
    assert code == 0, err
    rows = json.loads(out)
    assert isinstance(rows, list) and rows
    assert all(isinstance(r["id"], str) and r["label"] for r in rows)
    assert ids[kind] in [r["id"] for r in rows]
    if kind == "people":
        assert {"name", "pseudonym"} <= set(rows[0])
    if kind == "cases":
        assert rows[0]["title"] == "Beating after transfer"


def test_list_search(filled: tuple[Path, dict[str, str]], passphrase: str) -> None:
    path, ids = filled
    code, out, _ = run("list", "people", "--store", str(path), "--passphrase-stdin", "--json",
                       "--search", "нұрлан", stdin=passphrase + "\n")
    assert code == 0 and [r["id"] for r in json.loads(out)] == [ids["people"]]
    code, out, _ = run("list", "people", "--store", str(path), "--passphrase-stdin",
                       "--search", "nobody-by-that-name", stdin=passphrase + "\n")
    assert code == 0 and out.strip().endswith("0 people")


def test_show_case_json_has_people_with_roles_and_links(
        filled: tuple[Path, dict[str, str]], passphrase: str) -> None:
    path, ids = filled
    code, out, err = run("show", "cases", ids["cases"], "--store", str(path),
                         "--passphrase-stdin", "--json", stdin=passphrase + "\n")
    assert code == 0, err
    case = json.loads(out)
    assert case["id"] == ids["cases"] and case["title"] == "Beating after transfer"
    people = {p["name"] or p["pseudonym"]: p for p in case["people"]}
    assert people["Нұрлан Әбілқасымов"]["role"] == "Victim"
    assert people["Нұрлан Әбілқасымов"]["pseudonym"] == "Complainant A-014"
    assert {"allegations", "complaints", "reprisals", "evidence"} <= set(case["linked"])
    assert case["history"][0]["action"] == "create"


def test_show_text_and_unknown_id(filled: tuple[Path, dict[str, str]],
                                  passphrase: str) -> None:
    path, ids = filled
    code, out, _ = run("show", "visits", ids["visits"], "--store", str(path),
                       "--passphrase-stdin", stdin=passphrase + "\n")
    assert code == 0 and "obstructions (1)" in out
    code, _, err = run("show", "cases", "no-such-id", "--store", str(path),
                       "--passphrase-stdin", stdin=passphrase + "\n")
    assert code == 1 and err.count("\n") == 1 and "No cases record" in err


def test_wrong_passphrase_exit_3_one_line(filled: tuple[Path, dict[str, str]]) -> None:
    path, _ = filled
    code, out, err = run("list", "cases", "--store", str(path), "--passphrase-stdin",
                         stdin="wrong\n")
    assert code == 3 and out == ""
    assert err.count("\n") == 1 and "wrong passphrase" in err and "Traceback" not in err


def test_not_a_store_exit_3(tmp_path: Path) -> None:
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"\x00" * 4096)
    code, _, err = run("check", "--store", str(junk), "--passphrase-stdin", stdin="x\n")
    assert code == 3 and err.count("\n") == 1


def test_passwd_reads_old_then_new(filled: tuple[Path, dict[str, str]],
                                   passphrase: str) -> None:
    path, _ = filled
    code, out, err = run("passwd", "--store", str(path), "--passphrase-stdin",
                         stdin=f"{passphrase}\nnew pass 8\n")
    assert code == 0, err
    assert run("list", "cases", "--store", str(path), "--passphrase-stdin",
               stdin=passphrase + "\n")[0] == 3
    assert run("check", "--store", str(path), "--passphrase-stdin", stdin="new pass 8\n")[0] == 0


def test_passphrase_file(filled: tuple[Path, dict[str, str]], passphrase: str,
                         tmp_path: Path) -> None:
    path, _ = filled
    pw = tmp_path / "pw.txt"
    pw.write_text(passphrase + "\n", encoding="utf-8")
    code, out, _ = run("check", "--store", str(path), "--passphrase-file", str(pw))
    assert code == 0 and "sound" in out


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    assert run("list", "nonsense", "--store", str(tmp_path / "x.db"))[0] == 2
    assert run("list", "cases")[0] == 2  # --store missing
    assert run("frobnicate")[0] == 2
    # a passphrase is never accepted as an argument
    assert run("list", "cases", "--store", "x.db", "--passphrase", "secret")[0] == 2


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert run("--version")[0] == 0
    assert __version__ in capsys.readouterr().out


def test_debug_shows_traceback_only_when_asked(filled: tuple[Path, dict[str, str]]) -> None:
    path, _ = filled
    _, _, err = run("list", "cases", "--store", str(path), "--passphrase-stdin", "--debug",
                    stdin="wrong\n")
    assert "Traceback" in err


def test_console_script_end_to_end(filled: tuple[Path, dict[str, str]],
                                   passphrase: str) -> None:
    """The installed entry point: real process, real exit codes, nothing on stderr."""
    path, _ = filled
    env = {**os.environ, "PYTHONWARNINGS": "error"}
    ok = subprocess.run([sys.executable, "-m", "monitor_app.cli", "list", "cases", "--store",
                         str(path), "--passphrase-stdin", "--json"], input=passphrase + "\n",
                        capture_output=True, text=True, env=env, timeout=60)
    assert ok.returncode == 0, ok.stderr
    assert ok.stderr == "" and json.loads(ok.stdout)
    bad = subprocess.run([sys.executable, "-m", "monitor_app.cli", "list", "cases", "--store",
                          str(path), "--passphrase-stdin"], input="nope\n",
                         capture_output=True, text=True, env=env, timeout=60)
    assert bad.returncode == 3 and bad.stderr.count("\n") == 1
    assert "Traceback" not in bad.stderr
