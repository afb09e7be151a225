"""Key derivation: parameters ride in the salt, look random, and are never below the floor."""

from __future__ import annotations

import secrets
import time
from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from db import crypto


def test_salt_carries_parameters_and_round_trips() -> None:
    params = crypto.KdfParams(time_cost=3, memory_kib=256 * 1024, parallelism=2)
    salt = crypto.make_salt(params)
    assert len(salt) == crypto.SALT_LEN
    assert crypto.params_from_salt(salt) == params


def test_salt_does_not_reveal_a_fixed_pattern() -> None:
    params = crypto.KdfParams(time_cost=3, memory_kib=256 * 1024, parallelism=2)
    tails = {crypto.make_salt(params)[crypto.RANDOM_LEN:] for _ in range(200)}
    # With a fixed encoding every salt would end in the same 4 bytes.
    assert len(tails) > 190


@given(st.binary(min_size=16, max_size=16))
def test_random_bytes_are_rarely_taken_for_a_store_salt(raw: bytes) -> None:
    params = crypto.params_from_salt(raw)
    if params is not None:  # possible by chance, and then it must be a valid parameter set
        assert 1 <= params.time_cost <= 255


def test_derived_key_depends_on_passphrase_and_salt() -> None:
    params = crypto.KdfParams(time_cost=1, memory_kib=1024, parallelism=1)
    salt = crypto.make_salt(params)
    k1 = crypto.derive_key("correct horse", salt, params)
    assert len(k1) == 32
    assert k1 == crypto.derive_key("correct horse", salt, params)
    assert k1 != crypto.derive_key("correct horsf", salt, params)
    assert k1 != crypto.derive_key("correct horse", crypto.make_salt(params), params)


def test_tampered_parameters_change_the_key() -> None:
    params = crypto.KdfParams(time_cost=1, memory_kib=1024, parallelism=1)
    salt = bytearray(crypto.make_salt(params))
    key = crypto.derive_key("pw", bytes(salt), params)
    salt[-1] ^= 0x01
    other = crypto.params_from_salt(bytes(salt))
    if other is not None:
        assert crypto.derive_key("pw", bytes(salt), other) != key


def test_real_calibration_meets_the_floor_and_the_time_target(
        real_calibrate: Callable[[], crypto.KdfParams]) -> None:
    params = real_calibrate()
    assert params.time_cost >= crypto.MIN_TIME_COST
    assert params.memory_kib >= crypto.MIN_MEMORY_KIB
    start = time.perf_counter()
    crypto.derive_key(secrets.token_hex(8), crypto.make_salt(params), params)
    elapsed = time.perf_counter() - start
    # Calibrated for ~0.8 s; a loaded CI machine may be slower, never absurdly faster.
    assert 0.2 < elapsed < 6.0


@pytest.mark.parametrize("bad", [dict(time_cost=0, memory_kib=1024, parallelism=1),
                                 dict(time_cost=1, memory_kib=1000, parallelism=1),
                                 dict(time_cost=1, memory_kib=1024, parallelism=0)])
def test_invalid_parameters_are_refused(bad: dict[str, int]) -> None:
    with pytest.raises(ValueError):
        crypto.KdfParams(**bad)
