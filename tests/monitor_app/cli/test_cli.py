"""The command-line contract: commands, JSON shapes, exit codes, one-line errors."""

from __future__ import annotations

import functools
import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from monitor_app import __version__, cli
from monitor_app.store import Store
from tests.builders import build_everything

ROOT = Path(__file__).resolve().parents[3]


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


def test_version() -> None:
    code, out, err = run("--version")
    assert (code, err) == (0, "")
    assert out.strip() == f"monitor-app {__version__}"


def test_usage_errors_are_one_line_on_the_given_stderr(
        capsys: pytest.CaptureFixture[str]) -> None:
    for argv in (["frobnicate"], ["list"], ["show", "cases"], []):
        code, out, err = run(*argv)
        assert code == 2 and out == "", argv
        assert err.count("\n") == 1 and err.startswith("monitor-app"), (argv, err)
        assert "--help" in err, err
    assert capsys.readouterr() == ("", "")  # nothing went around the given streams


def test_help_exits_0_without_the_gui() -> None:
    code, out, err = run("--help")
    assert (code, err) == (0, "") and "dossier" in out and "gui" not in out.split()
    assert run("gui")[0] == 2  # the desktop app is the console script's, not monitor_app's


def test_extra_commands_join_the_table_and_the_default() -> None:
    seen: list[str] = []

    def hello(args: object, pw: cli.Passphrases, out: io.StringIO) -> int:
        seen.append(str(getattr(args, "name", "")))
        return 5

    extra = cli.Command("hello", "say hello",
                        lambda p: p.add_argument("--name", default="you"), hello)
    main = functools.partial(cli.main, extra_commands=(extra,), default_command="hello",
                             stdin=io.StringIO(), stdout=io.StringIO(), stderr=io.StringIO())
    assert main([]) == 5 and main(["--name", "x"]) == 5 and main(["hello"]) == 5
    assert seen == ["you", "x", "you"]
    assert main(["--version"]) == 0
    with pytest.raises(ValueError, match="two commands"):
        cli.main(["list"], extra_commands=(cli.Command("list", "", print, hello),))


def test_debug_shows_traceback_only_when_asked(filled: tuple[Path, dict[str, str]]) -> None:
    path, _ = filled
    _, _, err = run("list", "cases", "--store", str(path), "--passphrase-stdin", "--debug",
                    stdin="wrong\n")
    assert "Traceback" in err


# -- the installed console script, as a process -----------------------------------------

@pytest.fixture(scope="session")
def console_script() -> Path:
    """The ``monitor-app`` that ``pip install`` put next to this Python."""
    found = shutil.which("monitor-app", path=str(Path(sys.executable).parent))
    if found is None:
        pytest.fail(f"no monitor-app console script next to {sys.executable}: "
                    "install the project (pip install -e .[test])")
    return Path(found)


def script(console_script: Path, *argv: str, stdin: str = "",
           timeout: float = 60) -> subprocess.CompletedProcess[str]:
    # The script's own wrapper (sys.exit(main())) and entry point, running this checkout's
    # code even when the venv's editable install points at another one.
    env = {**os.environ, "PYTHONWARNINGS": "error",
           "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
    return subprocess.run([str(console_script), *argv], input=stdin, capture_output=True,
                          text=True, env=env, timeout=timeout, cwd=ROOT)


def one_line_error(done: subprocess.CompletedProcess[str]) -> bool:
    return (done.stderr.count("\n") == 1 and done.stderr.startswith("monitor-app")
            and "Traceback" not in done.stderr)


@pytest.mark.parametrize("argv", [["no-such-command"], ["list"], ["list", "cases"],
                                  ["list", "nonsense", "--store", "x.db"],
                                  ["list", "cases", "--store", "x.db", "--passphrase", "pw"],
                                  ["--no-such-option"]])
def test_console_script_usage_errors_exit_2(console_script: Path, argv: list[str]) -> None:
    done = script(console_script, *argv)
    assert done.returncode == 2, done
    assert done.stdout == "" and one_line_error(done), done.stderr


def test_console_script_version_and_help_exit_0(console_script: Path) -> None:
    done = script(console_script, "--version")
    assert (done.returncode, done.stdout, done.stderr) == (0, f"monitor-app {__version__}\n", "")
    done = script(console_script, "--help")
    assert done.returncode == 0 and done.stderr == ""
    assert {"gui", "init", "list", "dossier"} <= set(done.stdout.replace(",", " ").split())


def test_console_script_store_exit_codes(console_script: Path,
                                         filled: tuple[Path, dict[str, str]],
                                         passphrase: str, tmp_path: Path) -> None:
    path, ids = filled
    store = ["--store", str(path), "--passphrase-stdin"]
    ok = script(console_script, "list", "cases", *store, "--json", stdin=passphrase + "\n")
    assert ok.returncode == 0 and ok.stderr == "", ok.stderr
    assert ids["cases"] in [r["id"] for r in json.loads(ok.stdout)]

    wrong = script(console_script, "list", "cases", *store, stdin="nope\n")
    assert wrong.returncode == 3 and wrong.stdout == ""
    assert one_line_error(wrong) and "wrong passphrase" in wrong.stderr

    junk = tmp_path / "junk.db"
    junk.write_bytes(b"\x00" * 4096)
    not_store = script(console_script, "check", "--store", str(junk), "--passphrase-stdin",
                       stdin="x\n")
    assert not_store.returncode == 3 and one_line_error(not_store), not_store.stderr

    missing = script(console_script, "show", "cases", "no-such-id", *store,
                     stdin=passphrase + "\n")
    assert missing.returncode == 1 and missing.stdout == ""
    assert one_line_error(missing) and "No cases record" in missing.stderr

    short = script(console_script, "passwd", *store, stdin=passphrase + "\n")
    assert short.returncode == 2 and one_line_error(short), short.stderr  # no new passphrase


def test_console_script_init_with_the_real_key_derivation(console_script: Path,
                                                          tmp_path: Path) -> None:
    """init calibrates Argon2id for real in the child (about a second)."""
    path = tmp_path / "new.db"
    made = script(console_script, "init", "--store", str(path), "--passphrase-stdin",
                  stdin="a passphrase 9\n")
    assert made.returncode == 0 and made.stderr == "", made.stderr
    again = script(console_script, "init", "--store", str(path), "--passphrase-stdin",
                   stdin="a passphrase 9\n")
    assert again.returncode == 1 and one_line_error(again) and "already exists" in again.stderr


def test_console_script_gui_failure_exits_1(console_script: Path) -> None:
    """The gui command (the default) goes through the same exit codes."""
    done = script(console_script, "--screenshot", "out.png")
    assert done.returncode == 1 and one_line_error(done), done.stderr
    assert "--screenshot needs" in done.stderr


def test_python_m_monitor_app_cli(filled: tuple[Path, dict[str, str]],
                                  passphrase: str) -> None:
    """``python -m monitor_app.cli``: the same exit codes, without the desktop app."""
    path, _ = filled
    env = {**os.environ, "PYTHONWARNINGS": "error"}

    def m(*argv: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "monitor_app.cli", *argv], input=stdin,
                              capture_output=True, text=True, env=env, timeout=60, cwd=ROOT)

    ok = m("list", "cases", "--store", str(path), "--passphrase-stdin", "--json",
           stdin=passphrase + "\n")
    assert ok.returncode == 0 and ok.stderr == "" and json.loads(ok.stdout), ok.stderr
    bad = m("list", "cases", "--store", str(path), "--passphrase-stdin", stdin="nope\n")
    assert bad.returncode == 3 and one_line_error(bad), bad.stderr
    for argv in ([], ["gui"], ["no-such-command"]):
        done = m(*argv)
        assert done.returncode == 2 and one_line_error(done), (argv, done.stderr)
