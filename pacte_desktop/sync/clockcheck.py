"""Clocks are checked, not trusted (docs/sync.md rule 9).

``check`` writes a throw-away probe file (``.probe-<hex>.tmp``, a name every listing ignores)
in a directory of the shared location, reads the time the location stamped on it and compares
it with the local clock, read just before and just after the probe: the local time of the
stamp is estimated as the midpoint of the two. Beyond the tolerance (5 minutes by default) the
report is not ``ok`` and its ``warning`` says so, in French, Dutch or English; the caller warns
loudly before writing anything. Errors of the transport propagate unchanged.
"""

from __future__ import annotations

import logging
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from pacte_desktop.domain import messages
from pacte_desktop.sync.transport import FIELD, Transport, check_path

log = logging.getLogger(__name__)

TOLERANCE = timedelta(minutes=5)
CODE = "clock_skew"


def _utc_now() -> datetime:
    return datetime.now(UTC)


def probe_name() -> str:
    """A fresh probe file name, ignored by every listing (a hidden ``.tmp`` file)."""
    return f".probe-{secrets.token_hex(8)}.tmp"


def describe(transport: object) -> str:
    """How the location is named in messages: its root folder or base URL."""
    for attribute in ("base_url", "root"):
        value = getattr(transport, attribute, None)
        if value is not None:
            return str(value)
    return repr(transport)


@dataclass(frozen=True)
class ClockReport:
    """The estimated offset of the shared location's clock (location time − local time)."""

    offset: timedelta
    round_trip: timedelta
    tolerance: timedelta
    location: str

    @property
    def ok(self) -> bool:
        return abs(self.offset) <= self.tolerance

    @property
    def minutes(self) -> int:
        """The size of the offset in whole minutes (at least 1 when beyond tolerance)."""
        whole = round(abs(self.offset) / timedelta(minutes=1))
        return max(whole, 1) if not self.ok else whole

    def warning(self, lang: str | None = None) -> str | None:
        """The sentence to show before writing, or None when the clocks agree."""
        if self.ok:
            return None
        params: dict[str, object] = {"value": self.location, "minutes": self.minutes}
        return messages.render(CODE, FIELD, params, lang)


def check(
    transport: Transport,
    directory: str,
    *,
    now: Callable[[], datetime] = _utc_now,
    tolerance: timedelta = TOLERANCE,
) -> ClockReport:
    """Probe ``directory`` of ``transport`` and report the clock offset of the location.

    ``directory`` must exist (the device's own directory). ``now`` is the local clock; it must
    return aware datetimes.
    """
    if tolerance < timedelta(0):
        raise ValueError("the tolerance cannot be negative")
    parts = check_path(directory, allow_root=True)
    path = "/".join((*parts, probe_name()))
    before = _aware(now())
    stamped = transport.probe_time(path)
    after = _aware(now())
    round_trip = after - before
    local = before + round_trip / 2
    report = ClockReport(
        offset=_aware(stamped) - local,
        round_trip=round_trip,
        tolerance=tolerance,
        location=describe(transport),
    )
    if not report.ok:
        log.warning("%s", report.warning("en"))
    return report


def _aware(moment: datetime) -> datetime:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("the clock must give aware datetimes")
    return moment.astimezone(UTC)
