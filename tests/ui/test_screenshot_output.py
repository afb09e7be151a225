"""--screenshot writes through monitor_app.outputs: never through a link, refused at once."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest


def test_screenshot_refuses_a_link_before_waiting(tmp_path: Path, qapp: Any,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    from ui.app import _screenshot

    victim = tmp_path / "victim.png"
    victim.write_bytes(b"keep")
    link = tmp_path / "shot.png"
    link.symlink_to(victim)
    # the window is never touched: the target is refused first
    assert _screenshot(qapp, None, link) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "symbolic link" in err
    assert victim.read_bytes() == b"keep"


@pytest.mark.slow
def test_a_screenshot_is_private_whatever_the_umask(tmp_path: Path, qapp: Any) -> None:
    # issue 8, item 10: screenshots were created world-readable (0644)
    import argparse
    import os
    import stat

    from ui.app import run_gui

    out = tmp_path / "shot.png"
    args = argparse.Namespace(store=None, demo=True, lang="en", view="cases",
                              screenshot=str(out), passphrase_stdin=False)
    old = os.umask(0o022)
    try:
        assert run_gui(args, None) == 0
    finally:
        os.umask(old)
    assert out.stat().st_size > 1000
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
