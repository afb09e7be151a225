"""A long soak of the hardening promises (docs/security.md, "The soak"): far more kill -9
moments and fuzzed files than the CI tests have time for.

For ``--minutes M`` (default 5) it loops: starts a writer on one store (``demo``,
``import-json`` of a file made from another store, or ``passwd`` between two
passphrases), kills it with SIGKILL at a random moment (up to ``--max-delay`` s), and
then checks that

- exactly one of the two passphrases opens the store (the one ``passwd`` left),
- ``check`` passes, and no ``.rekey-tmp``, ``-wal`` or lock file is left after it,
- every case committed before (by id) is still listed, and nothing was lost.

Then (for about ``--fuzz-share`` of the time, default 0.4; it takes what it takes) it
runs the fuzz tests of every file reader (JSON import, passphrase files, evidence
intake, store files and backups) with ``--fuzz-examples`` examples per property
(default 400) and a fresh random seed, instead of CI's fixed 60-80. It prints a summary;
its last figures are in docs/security.md.

Run from the checkout: ``python benchmarks/soak.py [--minutes 5] [--seed S]``. The
store uses the real key derivation (about 0.8 s and 256 MiB per unlock, four unlocks a
round); the fuzz tests use the test suite's cheap one. Exit code 0 when every check
held, 1 with the failures listed.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PASSPHRASES = ("soak lantern orchard 41 quietly", "soak meadow harbour 73 swiftly")
FUZZ_FILES = [
    "tests/monitor_app/interchange/test_fuzz.py",
    "tests/monitor_app/test_fuzz_passphrase_files.py",
    "tests/monitor_app/records/test_fuzz_evidence.py",
    "tests/monitor_app/cli/test_fuzz_store_files.py",
]


class Soak:
    def __init__(self, folder: Path, max_delay: float) -> None:
        self.max_delay = max_delay
        self.grew = 0
        self.folder = folder
        self.store = folder / "soak.db"
        self.env = {**os.environ, "PYTHONPATH": os.pathsep.join(
            [str(ROOT), os.environ.get("PYTHONPATH", "")])}
        self.env.pop("MONITOR_TEST_ONLY_WEAK_KDF", None)  # the real key derivation
        self.current = 0  # which of PASSPHRASES opens the store
        self.kills: dict[str, int] = {"demo": 0, "import": 0, "passwd": 0}
        self.passwd_done = 0
        self.failures: list[str] = []
        self.committed: set[str] = set()

    def cli(self, *argv: str, stdin: str = "",
            timeout: float = 600) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "monitor_app.cli", *argv], input=stdin,
                              capture_output=True, text=True, env=self.env, cwd=ROOT,
                              timeout=timeout, check=False)

    def start(self, *argv: str, stdin: str) -> subprocess.Popen[str]:
        proc = subprocess.Popen([sys.executable, "-m", "monitor_app.cli", *argv],
                                stdin=subprocess.PIPE, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL, text=True, env=self.env, cwd=ROOT)
        assert proc.stdin is not None
        proc.stdin.write(stdin)
        proc.stdin.close()
        return proc

    def setup(self) -> None:
        pw = PASSPHRASES[0] + "\n"
        for path in (self.store, self.folder / "source.db"):
            done = self.cli("init", "--store", str(path), "--passphrase-stdin", stdin=pw)
            assert done.returncode == 0, done.stderr
        done = self.cli("demo", "--store", str(self.folder / "source.db"), "--cases", "100",
                        "--seed", "99", "--passphrase-stdin", stdin=pw)
        assert done.returncode == 0, done.stderr
        self.export = self.folder / "source.json"
        done = self.cli("export-json", "--store", str(self.folder / "source.db"), "--out",
                        str(self.export), "--passphrase-stdin", stdin=pw)
        assert done.returncode == 0, done.stderr
        self.committed = self.case_ids(PASSPHRASES[0]) or set()

    def case_ids(self, passphrase: str) -> set[str] | None:
        done = self.cli("list", "cases", "--json", "--store", str(self.store),
                        "--passphrase-stdin", stdin=passphrase + "\n")
        if done.returncode != 0:
            return None
        return {row["id"] for row in json.loads(done.stdout)}

    def round(self, rng: random.Random, n: int) -> None:
        writer = rng.choice(["demo", "demo", "import", "passwd"])
        pw, other = PASSPHRASES[self.current], PASSPHRASES[1 - self.current]
        if writer == "demo":
            proc = self.start("demo", "--store", str(self.store), "--cases", "2000", "--seed",
                              str(rng.randrange(10 ** 6)), "--passphrase-stdin", stdin=pw + "\n")
        elif writer == "import":
            proc = self.start("import-json", str(self.export), "--store", str(self.store),
                              "--passphrase-stdin", stdin=pw + "\n")
        else:
            proc = self.start("passwd", "--store", str(self.store), "--passphrase-stdin",
                              stdin=f"{pw}\n{other}\n")
        time.sleep(rng.uniform(0.5, self.max_delay))  # on a busy machine a first batch
        # of 200 demo cases or a passwd takes 10-30 s: later kills meet committed work
        proc.kill()
        proc.wait()
        self.kills[writer] += 1
        opens = [i for i, p in enumerate(PASSPHRASES) if self.case_ids(p) is not None]
        if len(opens) != 1:
            self.failures.append(f"round {n} ({writer}): {len(opens)} passphrases open it")
            return
        if writer == "passwd" and opens[0] != self.current:
            self.passwd_done += 1
        elif opens[0] != self.current:
            self.failures.append(f"round {n} ({writer}): the passphrase changed by itself")
        self.current = opens[0]
        ids = self.case_ids(PASSPHRASES[self.current]) or set()
        lost = self.committed - ids
        self.grew += len(ids) > len(self.committed)
        if lost:
            self.failures.append(f"round {n} ({writer}): {len(lost)} committed cases lost")
        self.committed = ids
        done = self.cli("check", "--store", str(self.store), "--passphrase-stdin",
                        stdin=PASSPHRASES[self.current] + "\n")
        if done.returncode != 0:
            self.failures.append(f"round {n} ({writer}): check exit {done.returncode}: "
                                 f"{done.stderr.strip()}")
        left = [p.name for p in self.folder.iterdir() if p.name.startswith(self.store.name)
                and p.name != self.store.name]
        if left:
            self.failures.append(f"round {n} ({writer}): left beside the store: {left}")

    def fuzz(self, examples: int, seconds: float) -> tuple[int, str]:
        env = {**self.env, "MONITOR_FUZZ_EXAMPLES": str(examples),
               "MONITOR_FUZZ_RANDOM": "1", "MONITOR_TEST_ONLY_WEAK_KDF": "1"}
        done = subprocess.run(
            [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *FUZZ_FILES],
            capture_output=True, text=True, env=env, cwd=ROOT, check=False,
            timeout=max(3600.0, seconds * 3))
        return done.returncode, (done.stdout.strip().splitlines() or ["(no output)"])[-1]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--minutes", type=float, default=5.0)
    ap.add_argument("--fuzz-share", type=float, default=0.4)
    ap.add_argument("--fuzz-examples", type=int, default=400)
    ap.add_argument("--seed", type=int, default=None)
    ap.add_argument("--max-delay", type=float, default=40.0,
                    help="longest time a writer runs before it is killed (s)")
    args = ap.parse_args()
    seed = args.seed if args.seed is not None else random.randrange(10 ** 9)
    rng = random.Random(seed)
    budget = args.minutes * 60
    with tempfile.TemporaryDirectory(prefix="monitor-soak-") as tmp:
        soak = Soak(Path(tmp), args.max_delay)
        began = time.monotonic()
        soak.setup()  # two stores with calibrated key derivation, a demo, an export
        start = time.monotonic()
        print(f"setup: {start - began:.0f} s", flush=True)
        n = 0
        while time.monotonic() - start < budget * (1 - args.fuzz_share):
            n += 1
            soak.round(rng, n)
        kill_time = time.monotonic() - start
        fuzz_code, fuzz_line = (0, "skipped")
        if args.fuzz_share > 0:
            fuzz_code, fuzz_line = soak.fuzz(args.fuzz_examples, budget * args.fuzz_share)
            if fuzz_code != 0:
                soak.failures.append(f"fuzz: pytest exit {fuzz_code}: {fuzz_line}")
        total = time.monotonic() - start
        print(f"soak seed={seed} minutes={total / 60:.1f}")
        print(f"kill -9 rounds: {n} in {kill_time:.0f} s "
              f"(demo {soak.kills['demo']}, import {soak.kills['import']}, "
              f"passwd {soak.kills['passwd']}, of which {soak.passwd_done} had finished); "
              f"{soak.grew} rounds had committed cases before the kill")
        print(f"cases in the store at the end: {len(soak.committed)}, none lost; "
              "exactly one passphrase opened it every round" if not soak.failures else
              f"cases at the end: {len(soak.committed)}")
        print(f"fuzz ({args.fuzz_examples} examples per property, random seed): {fuzz_line}")
        for failure in soak.failures:
            print("FAILED:", failure)
        return 1 if soak.failures else 0


if __name__ == "__main__":
    sys.exit(main())
