"""Loaded by the Python processes a test starts, under `./dev test --date` only (the suite's
conftest puts this folder on PYTHONPATH then): the same ``time.sleep`` through ``select`` as the
test process itself, since libfaketime 0.9.10 with the real monotonic clock makes
``clock_nanosleep`` fail with EINVAL (docs/testing.md). Without it every wait of a child
process (a writer waiting for a restore, a busy store) raises instead of waiting."""

import os
import select
import time

if "faketime" in os.environ.get("LD_PRELOAD", "") and os.environ.get("FAKETIME"):

    def _sleep(seconds: float) -> None:
        if seconds < 0:
            raise ValueError("sleep length must be non-negative")
        select.select([], [], [], seconds)

    time.sleep = _sleep
