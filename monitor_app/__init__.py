"""Monitor: offline, encrypted case files for detention monitors (no Qt in this package)."""

__version__ = "0.1.0"
