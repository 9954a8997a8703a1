"""The open follow-ups ("À relancer") in Excel: one sheet, one table, in the order given.

A format writer only: its caller (:func:`pacte_desktop.services.reports.export_followups`)
chooses the follow-ups (the open ones, soonest first, of one worker or all) and says which are
overdue; this module writes each as a row, nothing more.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Protocol

from pacte_desktop.domain import messages
from pacte_desktop.domain.errors import ValidationError
from pacte_desktop.reports import excel_common as xl
from pacte_desktop.reports.output import last_report


def _t(key: str, lang: str) -> str:
    return messages.pick(messages.FOLLOWUPS_EXPORT_TEXTS, key, lang)


class FollowUpRow(Protocol):
    """What the sheet shows of one follow-up."""

    @property
    def due_date(self) -> dt.date: ...
    @property
    def employer_name(self) -> str: ...
    @property
    def action(self) -> str | None: ...
    @property
    def worker_name(self) -> str: ...
    @property
    def overdue(self) -> bool: ...


def check_format(path: Path) -> None:
    """Refuse any file but ``.xlsx`` (before anything is read)."""
    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        raise ValidationError(
            "file", "export_format", value=path.suffix or path.name, choices=".xlsx"
        )


def write(
    found: Sequence[FollowUpRow],
    path: Path,
    *,
    lang: str,
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """Write ``found`` to ``path`` (``.xlsx``), one row each; return how many were written."""
    path = Path(path)
    check_format(path)
    total = len(found)
    label = messages.field_label
    columns = [
        xl.Column(label("due_date", lang), 13, "date"),
        xl.Column(label("employer", lang), 36),
        xl.Column(label("action", lang), 50),
        xl.Column(label("worker", lang), 22),
        xl.Column(label("status", lang), 10),
        xl.Column(_t("overdue", lang), 11),
    ]
    workbook = xl.new_workbook()
    try:
        sheet = xl.TableSheet(workbook, _t("sheet", lang), columns, "FollowUps")
        status = messages.choice_label("open", lang)
        for index, item in enumerate(found, start=1):
            sheet.append(
                [
                    item.due_date,
                    item.employer_name,
                    item.action,
                    item.worker_name,
                    status,
                    _t("yes" if item.overdue else "no", lang),
                ]
            )
            if progress and index % 250 == 0:
                progress(index, total)
        sheet.close()
        xl.save_atomically(workbook, path, last_report(progress, total, total))
    except BaseException:
        xl.discard(workbook)  # a half-written workbook holds temporary files open
        raise
    return total
