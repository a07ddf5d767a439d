"""Hypothesis settings for the fuzz tests.

CI runs 200 examples per test (profile ``ci``); ``benchmarks/fuzz.py`` sets
``RELEASEPIPE_FUZZ_EXAMPLES`` for the long run. No example database is
written: a failure is reported with its minimal example instead.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from hypothesis import HealthCheck, settings

sys.path.insert(0, str(Path(__file__).parent))  # tests import fuzz_strategies (pytest runs in importlib mode)

settings.register_profile(
    "releasepipe",
    max_examples=int(os.environ.get("RELEASEPIPE_FUZZ_EXAMPLES", "200")),
    deadline=None,
    database=None,
    derandomize=os.environ.get("RELEASEPIPE_FUZZ_RANDOM") is None,  # CI runs the same examples every time
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
    print_blob=True,
)
settings.load_profile("releasepipe")
