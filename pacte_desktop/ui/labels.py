"""How stored values read in the interface: choice labels, dates, numbers, in the UI language.

Field names and choice codes are translated by the core's catalogue (the same words as the
command line's); dates and numbers follow the QLocale of the chosen language.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QLocale

from pacte_desktop.domain import bce, contact_rules, messages

# The one table of the interface's locales (dates, numbers, Qt's own strings): i18n.py installs
# the same one it names here.
LOCALE_NAMES = {"fr": "fr_BE", "nl": "nl_BE", "en": "en_GB"}


def locale(lang: str | None = None) -> QLocale:
    """The QLocale of ``lang`` (default: the current interface language)."""
    return QLocale(LOCALE_NAMES[lang or messages.current_language()])


def field_label(key: str) -> str:
    """A field's label, capitalised for a form or a column header."""
    label = messages.field_label(key)
    return label[:1].upper() + label[1:]


def choice_label(value: str) -> str:
    return messages.choice_label(value)


def date_pattern() -> str:
    """How the interface writes a day: the locale's short date with a four-digit year (the
    French short format writes two, ``4/11/26``; Dutch and British English already write four)."""
    pattern = locale().dateFormat(QLocale.FormatType.ShortFormat)
    return pattern if "yyyy" in pattern else pattern.replace("yy", "yyyy")


def format_date(value: dt.date | str | None) -> str:
    """A day the interface's way (:func:`date_pattern`), from a date or an ISO text."""
    if value in (None, ""):
        return ""
    day = dt.date.fromisoformat(value[:10]) if isinstance(value, str) else value
    assert isinstance(day, dt.date)
    return locale().toString(QDate(day.year, day.month, day.day), date_pattern())


def format_moment(moment: QDateTime) -> str:
    """A local date and time the interface's way: the day as :func:`date_pattern`, the hour
    as the locale's short time."""
    return locale().toString(
        moment, f"{date_pattern()} {locale().timeFormat(QLocale.FormatType.ShortFormat)}"
    )


def display_value(key: str, value: Any) -> str:
    """A stored value as the interface shows it in a table cell or a label."""
    if value is None or value == "" or value == ():
        return ""
    if key == "bce_number":
        return bce.format_number(str(value))
    if key == "phone":
        try:
            return contact_rules.format_phone(str(value))
        except Exception:
            return str(value)
    if key == "nace_code":
        return contact_rules.format_nace(str(value))
    if isinstance(value, bool):
        return "✓" if value else ""
    if isinstance(value, tuple | list):
        return ", ".join(choice_label(str(v)) for v in value)
    if isinstance(value, dt.date) or (
        isinstance(value, str)
        and key.endswith(("date", "_on", "last_contact"))
        and len(value) == 10
    ):
        return format_date(value)
    if isinstance(value, int):
        return locale().toString(value)
    if key in (
        "status",
        "kind",
        "placement_type",
        "outcome",
        "check_3m",
        "check_6m",
        "channel",
        "qualification_level",
        "qualification",
        "org_type",
        "size_band",
    ):
        return choice_label(str(value))
    return str(value)
