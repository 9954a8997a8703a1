"""Reviewing the edits that lost (docs/sync.md rule 5): reinstating or dismissing them."""

from __future__ import annotations

from pacte_desktop.domain.entities import specs
from pacte_desktop.domain.errors import PacteError
from pacte_desktop.store.database import Store
from pacte_desktop.store.schema import from_db
from pacte_desktop.store.unit_of_work import UnitOfWork
from pacte_desktop.sync import replication


def reinstate(
    store: Store, conflict_id: int, worker_id: str | None = None
) -> replication.ConflictRow:
    """Put a lost value back as a new local edit (which then syncs like any other)."""
    from pacte_desktop.domain.entities import BY_TABLE

    with UnitOfWork(store, worker_id) as uow:
        row = replication.conflict(uow.connection, conflict_id)
        if row is None or row.status != "open":
            raise PacteError("conflict", "no_such_conflict", value=str(conflict_id))
        kind, changes = replication.reinstate_changes(row)
        cls = BY_TABLE[row.table]
        spec = specs(cls)[row.field]
        value = from_db(spec, changes[row.field])
        try:
            uow.update(cls, row.row_id, {row.field: value}, op=kind)
        except KeyError:
            raise PacteError("conflict", "conflict_deleted", value=str(conflict_id)) from None
        replication.set_conflict_status(uow.connection, conflict_id, "reinstated")
        uow.commit()
    return row


def dismiss(store: Store, conflict_id: int) -> None:
    """Close a conflict without changing anything (the value that won stays)."""
    with store.engine.begin() as conn:
        row = replication.conflict(conn, conflict_id)
        if row is None or row.status != "open":
            raise PacteError("conflict", "no_such_conflict", value=str(conflict_id))
        replication.set_conflict_status(conn, conflict_id, "dismissed")
