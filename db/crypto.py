"""Key derivation for a store: Argon2id, calibrated at creation, parameters in the file salt.

SQLCipher keeps a 16-byte random salt in plain at the start of the database file.
We choose that salt ourselves: 12 random bytes followed by the Argon2id parameters
(4 bytes) masked with a hash of the random part, so the whole salt still looks
random and a seized disk does not tell a Monitor store from any other random file.
The key handed to SQLCipher is the raw 32-byte Argon2id output of the passphrase
over all 16 salt bytes, which also binds the parameters: altering them only yields
a key that does not open the store. See docs/security.md.
"""

from __future__ import annotations

import hashlib
import math
import os
import secrets
import time
from dataclasses import dataclass

from argon2.low_level import Type, hash_secret_raw

SALT_LEN = 16
RANDOM_LEN = 12
KEY_LEN = 32
FORMAT_VERSION = 1

# The floor: never weaker than this, whatever the calibration measures. At this
# memory cost one Argon2id guess already costs far more than SQLCipher 4's
# PBKDF2-HMAC-SHA512 at 256,000 iterations (see docs/security.md).
MIN_TIME_COST = 2
MIN_MEMORY_KIB = 64 * 1024
DEFAULT_MEMORY_KIB = 256 * 1024
DEFAULT_PARALLELISM = 2
TARGET_SECONDS = 0.8


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost parameters, as stored in a store's salt."""

    time_cost: int
    memory_kib: int
    parallelism: int

    def __post_init__(self) -> None:
        if not 1 <= self.time_cost <= 255:
            raise ValueError("time_cost out of range")
        if self.memory_kib < 8 * self.parallelism or self.memory_kib & (self.memory_kib - 1):
            raise ValueError("memory_kib must be a power of two")
        if not 1 <= self.parallelism <= 16:
            raise ValueError("parallelism out of range")

    def encode(self) -> bytes:
        return bytes(
            [FORMAT_VERSION, self.time_cost, self.memory_kib.bit_length() - 1, self.parallelism]
        )

    @classmethod
    def decode(cls, raw: bytes) -> KdfParams | None:
        """The parameters in four unmasked bytes, or None when they are not ours."""
        version, t, log_m, p = raw
        if version != FORMAT_VERSION or not 3 <= log_m <= 24:
            return None
        try:
            return cls(time_cost=t, memory_kib=1 << log_m, parallelism=p)
        except ValueError:
            return None


def _mask(random_part: bytes) -> bytes:
    return hashlib.sha256(b"monitor-store-kdf-v1" + random_part).digest()[:4]


def make_salt(params: KdfParams) -> bytes:
    """A new 16-byte store salt carrying ``params``."""
    random_part = secrets.token_bytes(RANDOM_LEN)
    masked = bytes(a ^ b for a, b in zip(params.encode(), _mask(random_part), strict=True))
    return random_part + masked


def params_from_salt(salt: bytes) -> KdfParams | None:
    """The parameters a salt carries, or None when it is not a Monitor store salt."""
    if len(salt) != SALT_LEN:
        return None
    random_part, masked = salt[:RANDOM_LEN], salt[RANDOM_LEN:]
    raw = bytes(a ^ b for a, b in zip(masked, _mask(random_part), strict=True))
    return KdfParams.decode(raw)


def derive_key(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    """The 32-byte SQLCipher key for ``passphrase`` (slow by design)."""
    return hash_secret_raw(
        passphrase.encode("utf-8"),
        salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_kib,
        parallelism=params.parallelism,
        hash_len=KEY_LEN,
        type=Type.ID,
    )


def sqlcipher_key_spec(key: bytes, salt: bytes) -> str:
    """The raw-key form SQLCipher takes: x'<key hex><salt hex>' (salt used when creating)."""
    return f"x'{key.hex()}{salt.hex()}'"


def calibrate(target_seconds: float = TARGET_SECONDS) -> KdfParams:
    """Parameters that take about ``target_seconds`` on this machine, never below the floor."""
    memory = DEFAULT_MEMORY_KIB
    parallelism = min(DEFAULT_PARALLELISM, os.cpu_count() or 1) or 1
    probe = KdfParams(time_cost=1, memory_kib=memory, parallelism=parallelism)
    start = time.perf_counter()
    derive_key("calibration", secrets.token_bytes(SALT_LEN), probe)
    one_pass = max(time.perf_counter() - start, 1e-3)
    # Round up: the target is a floor on the attacker's cost, not a ceiling.
    time_cost = max(MIN_TIME_COST, min(255, math.ceil(target_seconds / one_pass)))
    return KdfParams(time_cost=time_cost, memory_kib=memory, parallelism=parallelism)
