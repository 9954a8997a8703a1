"""Hybrid logical clock: stamps that follow wall time yet never go backwards on one device.

A stamp sorts as text: ``WWWWWWWWWWWWW-CCCC-DDDDDDDDDDDDDDDD`` — wall milliseconds (13 digits),
a hexadecimal counter for events in the same millisecond (or while the wall clock lags behind a
stamp already seen), then the device id that breaks exact ties deterministically.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import dataclass

_STAMP = re.compile(r"([0-9]{13})-([0-9a-f]{4})-(.+)", re.DOTALL)


@dataclass(frozen=True, order=True)
class Stamp:
    wall_ms: int
    counter: int
    device: str

    def __str__(self) -> str:
        return f"{self.wall_ms:013d}-{self.counter:04x}-{self.device}"

    @classmethod
    def parse(cls, text: str) -> Stamp:
        match = _STAMP.fullmatch(text)
        if match is None:
            raise ValueError(f"not an HLC stamp: {text!r}")
        wall, counter, device = match.groups()
        return cls(int(wall), int(counter, 16), device)


class Clock:
    """The clock of one device. ``now()`` for local events, ``observe()`` for remote stamps."""

    MAX_COUNTER = 0xFFFF

    def __init__(
        self,
        device: str,
        last: str | None = None,
        wall: Callable[[], int] = lambda: time.time_ns() // 1_000_000,
    ) -> None:
        self.device = device
        self._wall = wall
        parsed = Stamp.parse(last) if last else None
        self._last_wall = parsed.wall_ms if parsed else 0
        self._counter = parsed.counter if parsed else 0

    def now(self) -> str:
        """A stamp greater than every stamp this clock has issued or observed."""
        wall = self._wall()
        if wall > self._last_wall:
            self._last_wall, self._counter = wall, 0
        else:
            self._counter += 1
            if self._counter > self.MAX_COUNTER:
                # 65,536 events in one millisecond: borrow the next millisecond.
                self._last_wall, self._counter = self._last_wall + 1, 0
        return str(Stamp(self._last_wall, self._counter, self.device))

    def observe(self, remote: str) -> None:
        """Move forward past a stamp received from another device."""
        stamp = Stamp.parse(remote)
        if (stamp.wall_ms, stamp.counter) > (self._last_wall, self._counter):
            self._last_wall, self._counter = stamp.wall_ms, stamp.counter

    @property
    def last(self) -> str:
        return str(Stamp(self._last_wall, self._counter, self.device))


#: How far ahead of this workstation's wall clock a received stamp may be and still be applied
#: (twice the offset at which the clock check warns). A stamp further ahead — a clock set wrong,
#: or a forged ``9999999999999-…`` — would drag this clock forward and make its own later
#: writes lose; its operation is parked until it is due instead.
MAX_AHEAD_MS = 10 * 60 * 1000


def wall_ms() -> int:
    """This workstation's wall clock, in milliseconds since the epoch."""
    return time.time_ns() // 1_000_000
