"""Find shipped resources (fonts, translations, icons) the same way from source and frozen."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    """The ``resources/`` folder: beside the packages from source, inside the bundle when frozen."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    import resources

    return Path(resources.__file__).resolve().parent


def resource(*parts: str) -> Path:
    """A path inside ``resources/``, e.g. ``resource("fonts", "DejaVuSans.ttf")``."""
    return resources_dir().joinpath(*parts)
