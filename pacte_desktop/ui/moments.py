"""How a moment kept as an ISO time in UTC (a pass's end, a device's last file) is said: in local
time, the hour alone today, else the short date and hour, in the interface's locale."""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QLocale, Qt

from pacte_desktop.ui.labels import format_moment, locale


def stamp_text(iso: str | None) -> str:
    """An ISO time (UTC) as a local time: the hour today, else the short date and hour."""
    if not iso:
        return ""
    moment = QDateTime.fromString(iso, Qt.DateFormat.ISODate)
    if not moment.isValid():
        return iso
    moment = moment.toLocalTime()
    if moment.date() == QDateTime.currentDateTime().date():
        return locale().toString(moment.time(), QLocale.FormatType.ShortFormat)
    return format_moment(moment)
