"""The bindings' defects are worked around: emitting signals for a long session is safe."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

EMIT_A_LOT = """
import sys
from PySide6.QtCore import QObject, Signal
import ui.tasks  # what every part of the window imports first
class O(QObject):
    s = Signal(object)
o = O()
o.s.connect(lambda v: None)
for _ in range(200_000):
    o.s.emit(1)
print("ok")
"""


def test_a_long_session_of_emits_does_not_abort_the_interpreter() -> None:
    # PySide6 6.12.0 on Python 3.11 loses a reference to True per emit: without the
    # workaround this process aborts with "Fatal Python error: bool_dealloc".
    done = subprocess.run([sys.executable, "-c", EMIT_A_LOT], cwd=ROOT, capture_output=True,
                          text=True, timeout=120, env={"QT_QPA_PLATFORM": "offscreen",
                                                       "PYTHONPATH": str(ROOT)})
    assert done.returncode == 0 and done.stdout.strip() == "ok", done.stderr[-2000:]
