"""Days as people type them: day first, as in Belgium, in every language of the interface.

A caseworker types ``15/12/2026``, ``15/12/26``, ``15-12-2026``, ``15.12.26`` or the ISO
``2026-12-15``; all mean the 15th of December 2026. The rules:

- a day is day, month, year in that order, separated by ``/``, ``-``, ``.`` or a space (French,
  Dutch and British English all write the day first: there is no month-first reading);
- or it is ISO (``YYYY-MM-DD``, a four-digit year first), which is also how the store keeps it;
- a two-digit year is 2000 + the year up to 69 and 1900 + the year from 70 (``26`` is 2026,
  ``85`` 1985): a fixed rule, never one that depends on today;
- spaces around the text are ignored; anything else (a month 13, the 31st of April, letters) is
  not a day, and the caller refuses it with the field's name.
"""

from __future__ import annotations

import datetime as dt
import re

#: Two-digit years up to this one are in the 2000s, the others in the 1900s.
PIVOT = 69

_DAY_FIRST = re.compile(r"(\d{1,2})\s*[/.\- ]\s*(\d{1,2})\s*[/.\- ]\s*(\d{2}|\d{4})")
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")


def full_year(year: int) -> int:
    """A year of two digits made whole (see the module's rule); a longer one unchanged."""
    if year >= 100:
        return year
    return 2000 + year if year <= PIVOT else 1900 + year


def parse_day(text: str) -> dt.date:
    """The day ``text`` names; ValueError when it names none."""
    value = text.strip()
    iso = _ISO.fullmatch(value)
    if iso:
        year, month, day = (int(part) for part in iso.groups())
        return dt.date(year, month, day)
    day_first = _DAY_FIRST.fullmatch(value)
    if day_first:
        day, month, year = (int(part) for part in day_first.groups())
        return dt.date(full_year(year), month, day)
    raise ValueError(f"not a day: {text!r}")


def as_date(value: object) -> dt.date | None:
    """A stored day: a date, or an ISO text (its first ten characters); None when it is neither."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and value:
        try:
            return dt.date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None
