"""The History tab of the employer record: the journal of one employer, as sentences.

Each journal entry (oldest first from :func:`services.employer_page.history`) becomes a row,
newest first: when (the wall time of its clock stamp, in the user's locale), who, what kind of
operation, and the fields it changed with their new values as the interface shows them
(references named after the worker they point to). The words are filed under the employer
dialog's translation context, where they were written first.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QDateTime

from pacte_desktop.ui.labels import display_value, field_label, format_moment
from pacte_desktop.ui.record_lists import REF_LABELS, label_of


def stamp_text(hlc: str) -> str:
    """A clock stamp's wall time (its first 13 digits, in milliseconds) in the user's locale."""
    try:
        millis = int(hlc[:13])
    except ValueError:
        return hlc
    moment = QDateTime.fromMSecsSinceEpoch(millis)
    return format_moment(moment)


def op_label(op: str) -> str:
    labels = {
        "insert": QCoreApplication.translate("EmployerDialog", "Création"),
        "update": QCoreApplication.translate("EmployerDialog", "Modification"),
        "archive": QCoreApplication.translate("EmployerDialog", "Archivage"),
        "restore": QCoreApplication.translate("EmployerDialog", "Restauration"),
        "handover": QCoreApplication.translate("EmployerDialog", "Passation"),
    }
    return labels.get(op, op)


def fields_text(raw: object, names: Mapping[str, str]) -> str:
    """The changed fields of one entry: "Label : value ; …" (an archive says just that)."""
    try:
        changed = json.loads(str(raw))
    except ValueError:
        return str(raw)
    parts = []
    for key, value in changed.items():
        if key == "archived_at":
            parts.append(field_label("archived_at"))
            continue
        if isinstance(value, str) and value.startswith("["):
            with contextlib.suppress(ValueError):  # lists are journalled as JSON arrays
                value = json.loads(value)
        if key in REF_LABELS and isinstance(value, str):
            value = names.get(value, value)
        shown = display_value(key, value)
        parts.append(f"{label_of(key)} : {shown}" if shown else label_of(key))
    return " ; ".join(parts)


def history_rows(
    entries: Sequence[Mapping[str, Any]], names: Mapping[str, str]
) -> list[dict[str, str]]:
    """The rows of the History tab, newest first."""
    return [
        {
            "id": str(entry.get("seq", "")),
            "time": stamp_text(str(entry["hlc"])),
            "worker": names.get(entry.get("worker_id") or "", ""),
            "op": op_label(str(entry["op"])),
            "fields": fields_text(entry["fields"], names),
        }
        for entry in reversed(entries)
    ]
