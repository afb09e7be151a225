"""The one font family of every printed document: DejaVu Sans, embedded, full Cyrillic and
Kazakh. Nothing may fall back to reportlab's standard-14 fonts (Helvetica & co.), which
cannot show Cyrillic and are not embedded."""

from __future__ import annotations

import threading

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from monitor_app.resources import resource

SANS = "DejaVuSans"
SANS_BOLD = "DejaVuSans-Bold"
SANS_ITALIC = "DejaVuSans-Oblique"
SANS_BOLD_ITALIC = "DejaVuSans-BoldOblique"
MONO = "DejaVuSansMono"

_FILES = {
    SANS: "DejaVuSans.ttf",
    SANS_BOLD: "DejaVuSans-Bold.ttf",
    SANS_ITALIC: "DejaVuSans-Oblique.ttf",
    SANS_BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
    MONO: "DejaVuSansMono.ttf",
}
_lock = threading.Lock()
_done = False


def register_fonts() -> None:
    """Register the family once per process (safe to call from any thread)."""
    global _done
    if _done:
        return
    with _lock:
        if _done:
            return
        for name, file in _FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(resource("fonts", file))))
        pdfmetrics.registerFontFamily(SANS, normal=SANS, bold=SANS_BOLD, italic=SANS_ITALIC,
                                      boldItalic=SANS_BOLD_ITALIC)
        # <b>/<i> inside paragraphs resolve through these mappings
        addMapping(SANS, 0, 0, SANS)
        addMapping(SANS, 1, 0, SANS_BOLD)
        addMapping(SANS, 0, 1, SANS_ITALIC)
        addMapping(SANS, 1, 1, SANS_BOLD_ITALIC)
        addMapping(MONO, 0, 0, MONO)
        addMapping(MONO, 1, 0, MONO)
        addMapping(MONO, 0, 1, MONO)
        addMapping(MONO, 1, 1, MONO)
        _done = True
