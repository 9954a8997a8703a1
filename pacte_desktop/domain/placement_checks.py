"""The 3- and 6-month placement checks: when one falls due.

A placement is checked 3 and 6 months after it started: was the person still employed? The
check's date is the same day that many months later, clamped to the end of a shorter month
(31 January + 1 month is 28 or 29 February). A check is *due* once that date has come and its
result is still "pending" (or not yet recorded); a recorded result is never due again.

The placement report counts overdue checks with the same rule, and the placements table marks
them: one definition, here.
"""

from __future__ import annotations

import calendar
import datetime as dt

from pacte_desktop.domain.dates import as_date

PENDING = "pending"
CHECK_MONTHS = (3, 6)


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` later (or earlier), clamped to the month's end."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return day.replace(
        year=year, month=month, day=min(day.day, calendar.monthrange(year, month)[1])
    )


def check_date(start: object, months: int) -> dt.date | None:
    """The day the ``months`` check falls on, or None without a valid start date."""
    begin = as_date(start)
    return add_months(begin, months) if begin is not None else None


def check_due(start: object, result: object, months: int, today: dt.date | None = None) -> bool:
    """A 3- or 6-month check is due once its day has come and it is still pending."""
    when = check_date(start, months)
    if when is None or result not in (None, "", PENDING):
        return False
    return when <= (today or dt.date.today())
