"""The runner's drain: after it, every job submitted (and every job their answers submitted) has
finished and its answer has been delivered, so a test can assert that nothing else happens."""

from __future__ import annotations

import threading

import pytest

from pacte_desktop.ui.operations import Runner


def test_drain_delivers_every_answer_and_the_jobs_the_answers_submit(qapp) -> None:
    runner = Runner()
    heard: list[str] = []
    release = threading.Event()

    def second(value: str) -> None:
        heard.append(value)

    def first(value: str) -> None:
        heard.append(value)
        runner.submit(lambda: "second", on_done=second)  # an answer that asks again

    def slow() -> str:
        release.wait(5)
        return "first"

    runner.submit(slow, on_done=first)
    runner.submit(lambda: 1 / 0, on_error=lambda exc: heard.append(type(exc).__name__))
    release.set()
    runner.drain()
    assert sorted(heard) == ["ZeroDivisionError", "first", "second"]
    assert not runner._jobs


def test_drain_says_when_jobs_outlive_it(qapp) -> None:
    runner = Runner()
    release = threading.Event()
    runner.submit(lambda: release.wait(5))
    with pytest.raises(TimeoutError):
        runner.drain(msecs=50)
    release.set()
    runner.drain()
