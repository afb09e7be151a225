"""The hypothesis settings of the fuzz tests: reproducible in CI, wider in the soak.

CI runs each property with a fixed number of examples, derandomized (the same examples
on every run, no example database). ``benchmarks/soak.py`` sets
``MONITOR_FUZZ_EXAMPLES`` (more examples) and ``MONITOR_FUZZ_RANDOM=1`` (a fresh random
seed each run) to look further.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings


def fuzz_settings(examples: int) -> settings:
    random_run = bool(os.environ.get("MONITOR_FUZZ_RANDOM"))
    return settings(max_examples=int(os.environ.get("MONITOR_FUZZ_EXAMPLES", examples)),
                    deadline=None, derandomize=not random_run, database=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture,
                                           HealthCheck.too_slow, HealthCheck.data_too_large])
