"""Decrypt every page of a store file, free pages and slack included (for erase tests).

SQLCipher 4 with a raw key: each 4096-byte page ends with 80 reserved bytes (a 16-byte IV,
then a 64-byte HMAC); the rest is AES-256-CBC under the key itself. Page 1 begins with the
16-byte salt in plain.
"""

from __future__ import annotations

from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from db.engine import PAGE_SIZE
from monitor_app.store import derive_key

RESERVE = 80


def decrypted_pages(path: Path, passphrase: str) -> list[bytes]:
    key = derive_key(path, passphrase).key
    raw = Path(path).read_bytes()
    pages: list[bytes] = []
    for n in range(len(raw) // PAGE_SIZE):
        page = raw[n * PAGE_SIZE:(n + 1) * PAGE_SIZE]
        start = 16 if n == 0 else 0
        iv = page[PAGE_SIZE - RESERVE:PAGE_SIZE - RESERVE + 16]
        dec = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
        plain = dec.update(page[start:PAGE_SIZE - RESERVE]) + dec.finalize()
        pages.append(plain)
    if pages and pages[0][:2] != PAGE_SIZE.to_bytes(2, "big"):  # offset 16: the page size
        raise AssertionError("the pages did not decrypt: the page layout is not the one "
                             "this helper knows")
    return pages
