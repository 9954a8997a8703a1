"""The open follow-ups ("À relancer") in Excel: one sheet, one table, soonest first.

"Open" is what :func:`pacte_desktop.services.followups.due` lists: status open, not archived,
on an employer that is not archived. A follow-up is overdue when its due date is before today.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from pacte_desktop.domain import messages
from pacte_desktop.domain.errors import ValidationError
from pacte_desktop.reports import excel_common as xl
from pacte_desktop.reports.output import last_report
from pacte_desktop.services.followups import due
from pacte_desktop.store.database import Store
from pacte_desktop.store.repository import Repository


def _t(key: str, lang: str) -> str:
    return messages.pick(messages.FOLLOWUPS_EXPORT_TEXTS, key, lang)


def export_followups(
    store: Store,
    path: Path,
    *,
    worker: str | None = None,
    lang: str | None = None,
    progress: Callable[[int, int], None] | None = None,
    today: dt.date | None = None,
) -> int:
    """Write the open follow-ups (of ``worker`` when given, by name) to ``path`` (``.xlsx``).

    An unknown worker name raises the same :class:`ValidationError` as ``pacte followups
    --worker`` (``unknown_worker``). ``today`` (default: this workstation's date) decides
    which are overdue. Returns the number of follow-ups written.
    """
    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        raise ValidationError(
            "file", "export_format", value=path.suffix or path.name, choices=".xlsx"
        )
    lang = lang or messages.current_language()
    today = today or dt.date.today()
    with store.reading() as conn:
        worker_id = None
        if worker is not None:
            worker_id = Repository(conn).worker_by_name(worker, active_only=False).id
        found = due(conn, worker_id=worker_id, today=today)
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
