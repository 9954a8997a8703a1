"""Hybrid logical clock: text order, monotonicity, observing remote stamps, overflow, parsing."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pacte_desktop.domain.hlc import Clock, Stamp

T0 = 1_735_689_600_000  # 2025-01-01T00:00:00Z in milliseconds


def _walls(values: Iterable[int]) -> Callable[[], int]:
    it = iter(values)
    return lambda: next(it)


def _strictly_increasing(stamps: list[str]) -> bool:
    parsed = [Stamp.parse(s) for s in stamps]
    return all(a < b for a, b in pairwise(stamps)) and all(a < b for a, b in pairwise(parsed))


stamps = st.builds(
    Stamp,
    st.integers(0, 10**13 - 1),
    st.integers(0, Clock.MAX_COUNTER),
    st.text(min_size=1, max_size=20),
)


# --- text order ----------------------------------------------------------------------------


@given(stamps, stamps)
def test_text_order_is_tuple_order(a: Stamp, b: Stamp) -> None:
    key_a, key_b = (a.wall_ms, a.counter, a.device), (b.wall_ms, b.counter, b.device)
    assert (str(a) < str(b)) == (key_a < key_b) == (a < b)
    assert (str(a) == str(b)) == (key_a == key_b)


def test_text_order_examples() -> None:
    ordered = [
        Stamp(999, 0xFFFF, "zz"),
        Stamp(1000, 0, "b"),
        Stamp(1000, 9, "a"),
        Stamp(1000, 0xA, "a"),  # hex: "000a" sorts after "0009"
        Stamp(1000, 0xA, "b"),
        Stamp(T0, 0, "a"),
    ]
    texts = [str(s) for s in ordered]
    assert sorted(texts) == texts
    assert sorted(reversed(ordered)) == ordered
    assert str(Stamp(1000, 0xA, "dev")) == "0000000001000-000a-dev"


# --- now() ---------------------------------------------------------------------------------


def test_now_follows_the_wall_clock() -> None:
    clock = Clock("dev", wall=_walls([T0, T0 + 5]))
    assert clock.now() == f"{T0:013d}-0000-dev"
    assert clock.now() == f"{T0 + 5:013d}-0000-dev"
    assert clock.last == f"{T0 + 5:013d}-0000-dev"


def test_now_is_strictly_increasing_when_the_wall_clock_stands_still_or_goes_back() -> None:
    walls = [T0, T0, T0, T0 - 1, T0 - 60_000, T0, T0 + 1, T0 + 1, 0, T0 + 2]
    clock = Clock("dev", wall=_walls(walls))
    issued = [clock.now() for _ in walls]
    assert _strictly_increasing(issued)
    # it never goes below the highest wall time seen
    assert Stamp.parse(issued[4]).wall_ms == T0
    assert Stamp.parse(issued[-1]) == Stamp(T0 + 2, 0, "dev")


def test_clock_resumes_after_its_last_stamp() -> None:
    last = str(Stamp(T0, 7, "dev"))
    clock = Clock("dev", last=last, wall=lambda: T0 - 10_000)
    nxt = clock.now()
    assert nxt > last
    assert Stamp.parse(nxt) == Stamp(T0, 8, "dev")


# --- observe() -----------------------------------------------------------------------------


def test_observe_a_stamp_far_ahead() -> None:
    clock = Clock("aaaa", wall=lambda: T0)
    clock.now()
    remote = str(Stamp(T0 + 86_400_000, 42, "zzzz"))  # a device one day ahead
    clock.observe(remote)
    nxt = clock.now()
    assert nxt > remote
    assert Stamp.parse(nxt) > Stamp.parse(remote)
    assert Stamp.parse(nxt) == Stamp(T0 + 86_400_000, 43, "aaaa")


def test_observe_an_older_stamp_does_not_move_the_clock_back() -> None:
    clock = Clock("dev", wall=lambda: T0)
    first = clock.now()
    clock.observe(str(Stamp(T0 - 1000, 5, "other")))
    assert clock.now() > first


def test_observe_an_equal_stamp_from_another_device() -> None:
    clock = Clock("aaaa", wall=lambda: T0)
    clock.now()
    remote = str(Stamp(T0, 0, "zzzz"))
    clock.observe(remote)
    assert clock.now() > remote


@pytest.mark.parametrize("bad", ["garbage", "", "0000000001000-0001-"])
def test_observe_rejects_malformed_stamps(bad: str) -> None:
    clock = Clock("dev", wall=lambda: T0)
    with pytest.raises(ValueError):
        clock.observe(bad)


# --- counter overflow ----------------------------------------------------------------------


def test_counter_overflow_borrows_the_next_millisecond() -> None:
    clock = Clock("dev", last=str(Stamp(T0, 0xFFFE, "dev")), wall=lambda: T0)
    a, b, c = clock.now(), clock.now(), clock.now()
    assert Stamp.parse(a) == Stamp(T0, 0xFFFF, "dev")
    assert Stamp.parse(b) == Stamp(T0 + 1, 0, "dev")
    assert Stamp.parse(c) == Stamp(T0 + 1, 1, "dev")
    assert a < b < c


def test_overflow_after_observing_a_saturated_stamp() -> None:
    clock = Clock("dev", wall=lambda: T0)
    remote = str(Stamp(T0, 0xFFFF, "other"))
    clock.observe(remote)
    nxt = clock.now()
    assert nxt > remote
    assert Stamp.parse(nxt) == Stamp(T0 + 1, 0, "dev")


def test_a_full_millisecond_of_events_stays_increasing() -> None:
    clock = Clock("dev", wall=lambda: T0)
    issued = [clock.now() for _ in range(Clock.MAX_COUNTER + 3)]
    assert all(len(s.split("-")[1]) == 4 for s in issued)
    assert all(a < b for a, b in pairwise(issued))
    assert Stamp.parse(issued[-1]) == Stamp(T0 + 1, 1, "dev")


# --- parse ---------------------------------------------------------------------------------


@given(stamps)
def test_parse_round_trips(stamp: Stamp) -> None:
    assert Stamp.parse(str(stamp)) == stamp
    assert str(Stamp.parse(str(stamp))) == str(stamp)


def test_parse_keeps_dashes_in_the_device_id() -> None:
    stamp = Stamp.parse("0000000001000-00ff-0193c5d2-7b1a-7e4f")
    assert stamp == Stamp(1000, 0xFF, "0193c5d2-7b1a-7e4f")


@pytest.mark.parametrize(
    "bad",
    [
        "",
        "abc",
        "0000000001000",
        "0000000001000-0001",  # no device
        "0000000001000-0001-",  # empty device
        "000000001000-0001-dev",  # 12-digit wall
        "00000000001000-0001-dev",  # 14-digit wall
        "0000000001000-001-dev",  # 3-digit counter
        "0000000001000-00001-dev",  # 5-digit counter
        "0000000001000-zzzz-dev",
        "0000000001000-00FF-dev",  # upper-case hex would sort differently from "00ff"
        "0000000001000-+01f-dev",  # int() accepts a sign
        "+000000001000-0001-dev",
        " 000000001000-0001-dev",  # int() accepts surrounding spaces
        "000000000_100-0001-dev",  # int() accepts underscores
        "000000000100\u0661-0001-dev",  # a non-ASCII digit
        "0000000001000_0001_dev",
    ],
)
def test_parse_rejects_malformed_text(bad: str) -> None:
    with pytest.raises(ValueError):
        Stamp.parse(bad)


# --- several devices -----------------------------------------------------------------------

operations = st.lists(
    st.tuples(
        st.integers(0, 2),  # which clock acts
        st.booleans(),  # True: now(), False: observe() a stamp already issued
        st.integers(-5_000, 5_000),  # how that clock's wall moves (may go backwards)
        st.integers(0, 10_000),  # which issued stamp to observe
    ),
    max_size=300,
)


@settings(max_examples=200, deadline=None)
@given(st.tuples(*[st.integers(-3_600_000, 3_600_000)] * 3), operations)
def test_random_interleavings_across_three_clocks(
    skews: tuple[int, int, int], ops: list[tuple[int, bool, int, int]]
) -> None:
    walls = [T0 + skew for skew in skews]
    clocks = [
        Clock(f"device-{i}", wall=(lambda i=i: walls[i]))
        for i in range(3)  # type: ignore[misc]
    ]
    per_clock: list[list[str]] = [[], [], []]
    issued: list[str] = []
    floor: list[str | None] = [None, None, None]  # the greatest stamp each clock has observed

    for who, is_now, step, pick in ops:
        walls[who] += step
        if is_now or not issued:
            stamp = clocks[who].now()
            if per_clock[who]:
                assert stamp > per_clock[who][-1]
            if floor[who] is not None:
                assert stamp > floor[who]  # causality: after observing s, now() > s
            per_clock[who].append(stamp)
            issued.append(stamp)
        else:
            remote = issued[pick % len(issued)]
            clocks[who].observe(remote)
            floor[who] = max(remote, floor[who] or remote)

    for own in per_clock:
        assert _strictly_increasing(own)
    assert len(set(issued)) == len(issued)
    assert sorted(issued) == [str(s) for s in sorted(Stamp.parse(s) for s in issued)]
