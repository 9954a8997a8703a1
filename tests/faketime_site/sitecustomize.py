"""Loaded by the Python processes a test starts, under `./dev test --date` only (the suite's
conftest puts this folder on PYTHONPATH then): the same ``time.sleep`` through ``select`` as the
test process itself, since libfaketime 0.9.10 with the real monotonic clock makes
``clock_nanosleep`` fail with EINVAL (docs/testing.md). Without it every wait of a child
process (a writer waiting for a restore, a busy store) raises instead of waiting."""

import os
import select
import time


def faketime_sleep(seconds: float) -> None:
    """``time.sleep`` through ``select``, whose relative timeout libfaketime passes on intact
    (the test process itself uses it too: tests/conftest.py)."""
    if seconds < 0:
        raise ValueError("sleep length must be non-negative")
    select.select([], [], [], seconds)


if "faketime" in os.environ.get("LD_PRELOAD", "") and os.environ.get("FAKETIME"):
    time.sleep = faketime_sleep
