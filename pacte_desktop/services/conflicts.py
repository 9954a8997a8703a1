"""The sync conflicts kept for review, as the conflicts dialog shows them, and the two answers.

A conflict is an edit that lost: two workstations changed the same field at nearly the same
time (the later edit won), or a record was edited after another workstation deleted it ("edit
after delete": the edit is kept, not applied). :func:`open_conflicts` lists the open ones,
newest loss first, each with what names its record — the record's own name, title or code,
else its employer's name, else nothing (a record gone since, or a table without a name);
:func:`listed` lists them as stored, the closed ones too when asked (the command line).
:func:`reinstate` puts the lost value back as a new local edit, which then syncs like any
other; :func:`dismiss` closes the conflict and keeps the value that won.
"""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa

from pacte_desktop.store.database import Store
from pacte_desktop.store.schema import TABLES
from pacte_desktop.sync import conflicts, replication
from pacte_desktop.sync.replication import ConflictRow

__all__ = [
    "EDIT_AFTER_DELETE",
    "ConflictRow",
    "OpenConflict",
    "dismiss",
    "listed",
    "open_conflicts",
    "record_name",
    "reinstate",
]

#: The kind of a conflict whose record was deleted elsewhere: its value cannot be put back.
EDIT_AFTER_DELETE = "edit after delete"

# The column that names a record of each table.
_TITLE = {
    "organisation": "name",
    "worker": "name",
    "employer": "name",
    "contact_person": "name",
    "opportunity": "title",
    "candidate": "code",
}


def record_name(conn: sa.Connection, table: str, row_id: str) -> str | None:
    """What names a record: its own name, title or code, else its employer's name."""
    found_table = TABLES.get(table)
    if found_table is None:
        return None
    column = _TITLE.get(table)
    if column is not None:
        query = sa.select(found_table.c[column]).where(found_table.c.id == row_id)
    elif "employer_id" in found_table.c:
        employer = TABLES["employer"]
        query = (
            sa.select(employer.c.name)
            .select_from(found_table.join(employer, employer.c.id == found_table.c.employer_id))
            .where(found_table.c.id == row_id)
        )
    else:
        return None
    found = conn.execute(query).scalar_one_or_none()
    return str(found) if found else None


@dataclass(frozen=True)
class OpenConflict:
    """An open conflict and the name of its record (None when nothing names it)."""

    row: ConflictRow
    record: str | None


def open_conflicts(conn: sa.Connection) -> list[OpenConflict]:
    """The open conflicts, newest loss first, each with the name of its record."""
    return [
        OpenConflict(row, record_name(conn, row.table, row.row_id))
        for row in replication.conflicts(conn)
    ]


def listed(conn: sa.Connection, *, closed_too: bool = False) -> list[ConflictRow]:
    """The conflicts, newest loss first: the open ones, or every one (``closed_too``)."""
    return replication.conflicts(conn, status=None if closed_too else "open")


def reinstate(store: Store, conflict_id: int, worker_id: str | None) -> ConflictRow:
    """Put the lost value back as a new local edit by ``worker_id``."""
    return conflicts.reinstate(store, conflict_id, worker_id)


def dismiss(store: Store, conflict_id: int) -> None:
    """Close the conflict; the value that won stays."""
    conflicts.dismiss(store, conflict_id)
