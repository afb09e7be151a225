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
import unicodedata
from dataclasses import dataclass

from argon2.low_level import Type, hash_secret_raw

SALT_LEN = 16
RANDOM_LEN = 12
KEY_LEN = 32
FORMAT_VERSION = 1

# The floor, by parameters and not by time: a new store never gets less than
# this, however loaded the machine is while calibrating (a busy machine measured
# a slow pass and once chose 2 passes, 0.375 s a guess once idle). 3 passes of
# 256 MiB is what the reference machine needs for ~0.8 s; see docs/security.md.
MIN_TIME_COST = 3
DEFAULT_MEMORY_KIB = 256 * 1024
DEFAULT_PARALLELISM = 2
TARGET_SECONDS = 0.8
MAX_TIME_COST = 64

# What an existing store may carry and still be opened. Stores made before the floor
# was raised have 2 passes of 256 MiB: they open, with an offer to re-key. Anything
# weaker, or absurd (a salt claiming 16 GiB would make unlocking exhaust memory), is
# refused before any key is derived.
ACCEPT_MIN_TIME_COST = 2
MIN_MEMORY_KIB = 64 * 1024
MAX_MEMORY_KIB = 4 * 1024 * 1024

# Test hook: the test suite sets this variable so that it can create and open stores
# with 1 pass of 1 MiB (hundreds of stores per run). Nothing in the product sets it;
# without it, weaker parameters are refused both when creating and when opening.
WEAK_KDF_FOR_TESTS_ENV = "MONITOR_TEST_ONLY_WEAK_KDF"


class KdfOutOfRange(ValueError):
    """Key-derivation parameters below the floor or absurdly high."""


def weak_kdf_allowed() -> bool:
    """True only under the test suite's explicit hook (see ``WEAK_KDF_FOR_TESTS_ENV``)."""
    return os.environ.get(WEAK_KDF_FOR_TESTS_ENV) == "1"


def normalize_passphrase(passphrase: str) -> str:
    """The form every passphrase takes before key derivation: Unicode NFC.

    One word typed on two keyboards (a precomposed "é" or "e" plus a combining
    accent; "й" likewise) must give one key.
    """
    return unicodedata.normalize("NFC", passphrase)


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

    def describe(self) -> str:
        return (f"{self.time_cost} passes, {self.memory_kib // 1024} MiB, "
                f"{self.parallelism} lanes")

    def below_floor(self) -> bool:
        """Weaker than what a new store gets today (such a store should be re-keyed)."""
        return self.time_cost < MIN_TIME_COST or self.memory_kib < DEFAULT_MEMORY_KIB

    def check_acceptable(self) -> None:
        """Raise :class:`KdfOutOfRange` unless a store may carry these parameters."""
        if self.memory_kib > MAX_MEMORY_KIB or self.time_cost > MAX_TIME_COST:
            raise KdfOutOfRange(f"absurd key-derivation parameters ({self.describe()})")
        if weak_kdf_allowed():
            return
        if self.time_cost < ACCEPT_MIN_TIME_COST or self.memory_kib < MIN_MEMORY_KIB:
            raise KdfOutOfRange(
                f"key-derivation parameters below the floor ({self.describe()})")

    def check_for_new_store(self) -> None:
        """Raise :class:`KdfOutOfRange` unless a new store may be made with these."""
        self.check_acceptable()
        if self.below_floor() and not weak_kdf_allowed():
            raise KdfOutOfRange(
                f"key-derivation parameters below the floor ({self.describe()})")

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
    """The 32-byte SQLCipher key for ``passphrase`` (slow by design).

    ``passphrase`` is used exactly as given: callers pass it through
    :func:`normalize_passphrase` first (only a migration from an older store tries
    another form).
    """
    params.check_acceptable()
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


def passes_for(one_pass_seconds: float, target_seconds: float = TARGET_SECONDS) -> int:
    """Passes for ``target_seconds`` given one measured pass; never below the floor.

    A loaded machine measures a slow pass and would pick few passes: the floor holds
    whatever the measurement, so the cost an attacker pays never depends on the load.
    """
    one_pass = max(one_pass_seconds, 1e-3)
    # Round up: the target is a floor on the attacker's cost, not a ceiling.
    return max(MIN_TIME_COST, min(MAX_TIME_COST, math.ceil(target_seconds / one_pass)))


def calibrate(target_seconds: float = TARGET_SECONDS) -> KdfParams:
    """Parameters that take about ``target_seconds`` on this machine, never below the floor."""
    memory = DEFAULT_MEMORY_KIB
    parallelism = min(DEFAULT_PARALLELISM, os.cpu_count() or 1) or 1
    start = time.perf_counter()  # one pass, measured directly (below the floor on purpose)
    hash_secret_raw(b"calibration", secrets.token_bytes(SALT_LEN), time_cost=1,
                    memory_cost=memory, parallelism=parallelism, hash_len=KEY_LEN, type=Type.ID)
    return KdfParams(time_cost=passes_for(time.perf_counter() - start, target_seconds),
                     memory_kib=memory, parallelism=parallelism)
