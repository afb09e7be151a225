"""Workarounds for defects of the Qt bindings, each applied only where it is present.

PySide6 6.12.0 returns ``True`` from ``SignalInstance.emit()`` without taking a reference
to it, so every emit from Python takes one reference away from ``True``. On Python 3.11
(where ``True`` is an ordinary object; from 3.12 it is immortal) a few thousand emits
bring its count to zero and the interpreter aborts ("Fatal Python error: bool_dealloc"):
a long session of the app, or a test run, dies. ``True`` and ``False`` are never freed
anyway, so a large count keeps them as 3.12 does, and nothing else changes.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, Signal

_PROBES = 16
_PIN = 1 << 40  # far more emits than any process makes
_applied = False


class _Probe(QObject):
    ping = Signal()


def emit_drops_bool_references() -> bool:
    """True when emitting a signal from Python takes a reference away from ``True``."""
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return False  # immortal there: a lost reference cannot free it
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(_PROBES):
        probe.ping.emit()
    lost = before - sys.getrefcount(True)
    probe.deleteLater()
    return lost >= _PROBES


def apply() -> None:
    """Apply what this installation needs (once; cheap after the first call)."""
    global _applied
    if _applied:
        return
    _applied = True
    if emit_drops_bool_references():
        for value in (True, False):
            # ob_refcnt is the first field of every CPython object
            ctypes.c_ssize_t.from_address(id(value)).value += _PIN


__all__ = ["apply", "emit_drops_bool_references"]
