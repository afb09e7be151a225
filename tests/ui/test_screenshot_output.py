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
