"""Candidate data protection: what anonymising clears, what it keeps, and when a candidate's
data is due for review. Pure: no SQL, no Qt.

The rules:

1. **Retention.** A candidate's data may be kept until its retention date. A candidate without
   one is kept for ``retention.months`` (a workstation setting, 24 by default) after its last
   activity: the newest of its own last change, the last change of one of its placements, and
   the start or end date of a placement. Once that day has passed (strictly), the candidate is
   *expired* and listed for review; an anonymised candidate is never listed again.
2. **Anonymising clears the identity, keeps the facts the reports count.** Cleared (set to their
   empty value): :data:`CANDIDATE_CLEARED` — the notes (free text: anything may be written
   there), the commune of residence, the skills and languages (with the code and the placements
   they single a person out; the public profile counts only active candidates, which an
   anonymised one no longer is), and the consent and retention dates (facts about the person's
   file, meaningless once nothing personal is left). Kept: the pseudonymous code, the
   qualification level, the Saint-Gilles residence flag and the caseworker — what the placement
   report and the yearly figures count. Of each placement only :data:`PLACEMENT_CLEARED` (the
   notes) is cleared: its type, dates, outcome and checks are the aggregated facts.
   The candidate is archived too (it leaves the lists and the public profile) and carries
   ``anonymised_at``, the day it was anonymised.
3. **Erasure is final and wins everywhere.** Once any workstation knows that a candidate was
   anonymised, every journal entry, parked operation and sync conflict of that candidate holds
   the empty value for each cleared field — those written before the anonymisation, and those
   written elsewhere before it arrived there (whatever their stamp). So no merge can bring a
   cleared value back, and every workstation ends with the same journal (``store/erasure.py``).
"""

from __future__ import annotations

import datetime as dt
from typing import Final

#: The field that marks an anonymised candidate (a date).
ANONYMISED_AT: Final = "anonymised_at"

#: Candidate fields cleared by anonymising (set to their stored empty value).
CANDIDATE_CLEARED: Final = (
    "notes",
    "commune",
    "skills",
    "languages",
    "consent_date",
    "retention_date",
)

#: Placement fields cleared when their candidate is anonymised.
PLACEMENT_CLEARED: Final = ("notes",)

#: Candidate fields kept by anonymising, for the reports (documented, checked by a test).
CANDIDATE_KEPT: Final = ("code", "qualification_level", "saint_gilles_resident", "worker_id")

#: The default of the ``retention.months`` setting.
DEFAULT_RETENTION_MONTHS: Final = 24


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` moved ``months`` calendar months on; the 31st becomes the month's last day."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    for last in (31, 30, 29, 28):
        try:
            return dt.date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise ValueError(day)  # unreachable: every month has a 28th


def keep_until(
    retention_date: dt.date | None, last_activity: dt.date | None, months: int
) -> dt.date | None:
    """The last day a candidate's data may be kept: its own retention date, else ``months``
    after its last activity (None: nothing to count from)."""
    if retention_date is not None:
        return retention_date
    if last_activity is None:
        return None
    return add_months(last_activity, months)


def is_expired(keep: dt.date | None, today: dt.date) -> bool:
    """Whether data kept until ``keep`` is due for review on ``today`` (the day after it)."""
    return keep is not None and keep < today
