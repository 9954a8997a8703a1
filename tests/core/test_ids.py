"""Primary keys: valid UUIDv7 strings, strictly increasing, unique, close to the real clock."""

from __future__ import annotations

import threading
import time
import uuid

from pacte_desktop.store import ids


def _millis(value: str) -> int:
    return uuid.UUID(value).int >> 80


def test_ids_are_rfc_9562_version_7_in_canonical_form() -> None:
    for value in [ids.new_id(), *ids.new_ids(2000)]:
        parsed = uuid.UUID(value)
        assert parsed.version == 7
        assert parsed.variant == uuid.RFC_4122
        assert str(parsed) == value


def test_ids_increase_strictly_across_single_and_bulk_calls() -> None:
    made = [ids.new_id() for _ in range(50)] + ids.new_ids(20_000) + [ids.new_id()]
    assert made == sorted(made)
    assert len(set(made)) == len(made)


def test_a_burst_stays_close_to_the_clock() -> None:
    # 20,000 ids fit in a few milliseconds of counters (at least 2,048 per millisecond), not
    # one millisecond per id (which would put the last id 20 s ahead).
    before = time.time_ns() // 1_000_000
    made = ids.new_ids(20_000)
    after = time.time_ns() // 1_000_000
    assert before <= _millis(made[0])
    assert _millis(made[-1]) <= after + 20_000 // 2048 + 1


def test_threads_never_share_an_id() -> None:
    results: list[list[str]] = []

    def work() -> None:
        results.append([ids.new_id() for _ in range(2000)])

    threads = [threading.Thread(target=work) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    every = [value for chunk in results for value in chunk]
    assert len(set(every)) == len(every) == 8000
    for chunk in results:
        assert chunk == sorted(chunk)


def test_empty_request_makes_nothing() -> None:
    assert ids.new_ids(0) == []
