"""Import batches: what one import created and changed, so that it can be undone completely.

An import writes through one unit of work, so every record it creates or changes is journalled
and syncs like any edit. The batch itself is local (tables ``import_batch`` and ``import_item``,
never replicated): it lists the records created (deleted again on revert) and, for each record
changed, the stored values before the import (set back on revert). Both travel to the other
workstations as ordinary journalled deletes and updates.

A revert is refused, and nothing is written, when a record of the batch was written after the
import (by anyone: a colleague's edit received through sync, a later import, a local edit): its
journal has an entry after the batch's last one. Revert the later import first, or edit the
record by hand.
"""

from __future__ import annotations

import datetime as dt
import json
import operator
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

import sqlalchemy as sa

from pacte_desktop.domain.entities import BY_TABLE, ENTITIES, Entity, specs
from pacte_desktop.domain.errors import NotFoundError, ValidationError
from pacte_desktop.store.database import Store
from pacte_desktop.store.ids import new_id
from pacte_desktop.store.schema import (
    TABLES,
    from_db,
    import_batch,
    import_item,
    journal,
    stored_defaults,
)
from pacte_desktop.store.unit_of_work import UnitOfWork, fields_without_column_default

#: Creations written per ``bulk_insert`` call.
CHUNK = 5000


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


class BatchWriter:
    """Writes an import's records of one entity type and remembers them for :func:`revert_batch`.

    With ``uow`` None (a dry run) nothing is written: the writer only keeps the values the
    import would store, so that later rows of the same file see them. Creations are buffered
    and written ``chunk`` at a time with :meth:`UnitOfWork.bulk_insert_tuples` (only the
    ``columns`` given, the others at their default); changes of existing
    records are written at once with :meth:`UnitOfWork.update`, their values before kept.
    """

    def __init__(
        self,
        conn: sa.Connection,
        uow: UnitOfWork | None,
        cls: type[Entity],
        chunk: int | None = None,
        *,
        columns: Sequence[str] | None = None,
    ) -> None:
        self.conn = conn
        self.uow = uow
        self.cls = cls
        self.chunk = chunk or CHUNK
        self.table = TABLES[cls.TABLE]
        self.defaults = stored_defaults(cls)
        # The columns new rows are written with (``id`` first); the others take their default.
        given = set(columns or specs(cls)) | fields_without_column_default(cls)
        self.columns: tuple[str, ...] = ("id", *(c for c in specs(cls) if c in given and c != "id"))
        self._column_set = frozenset(self.columns)
        self.pending: dict[str, dict[str, object]] = {}  # created, not written yet
        self.created: list[str] = []
        self._created_set: set[str] = set()
        self.before: dict[str, dict[str, object]] = {}  # existing id -> stored values before
        self._current: dict[str, dict[str, object]] = {}  # existing id -> stored values now

    def current(self, record_id: str) -> dict[str, object]:
        """The stored-form values of a record as this import has left it so far."""
        found = self.pending.get(record_id)
        if found is not None:
            return {**self.defaults, **found}
        found = self._current.get(record_id)
        if found is not None:
            return dict(found)
        row = (
            self.conn.execute(sa.select(self.table).where(self.table.c.id == record_id))
            .mappings()
            .one()
        )
        return dict(row)

    def create(self, row: Mapping[str, object]) -> str:
        """Queue a new record (stored form, ``id`` included, fields left out at their default);
        returns its id."""
        record_id = str(row["id"])
        row = dict(row)
        if row.keys() != self._column_set:
            self._fit(row)
        self.pending[record_id] = row
        self.created.append(record_id)
        self._created_set.add(record_id)
        if self.uow is not None and len(self.pending) >= self.chunk:
            self.flush()
        return record_id

    def _fit(self, row: dict[str, object]) -> None:
        """Give ``row`` exactly the written columns: defaults for the missing ones; a field
        beyond them widens the columns (what is pending is written first)."""
        if not row.keys() <= self._column_set:
            self.flush()
            self.columns = ("id", *(c for c in specs(self.cls) if c != "id"))
            self._column_set = frozenset(self.columns)
            for pending in self.pending.values():  # a dry run keeps them all
                for name in self.columns:
                    pending.setdefault(name, self.defaults[name])
        for name in self.columns:
            if name not in row:
                row[name] = self.defaults[name]

    def change(self, record_id: str, diff: Mapping[str, object]) -> None:
        """Set some stored-form values of a record (created by this import or existing)."""
        if not diff:
            return
        pending = self.pending.get(record_id)
        if pending is not None:
            if diff.keys() <= self._column_set:
                pending.update(diff)
                return
            self._fit(dict(diff))  # widens the columns and writes what is pending
            pending = self.pending.get(record_id)
            if pending is not None:  # a dry run
                pending.update(diff)
                return
        if record_id not in self._created_set:
            now = self._current.get(record_id)
            if now is None:
                now = self.current(record_id)
                self._current[record_id] = now
            before = self.before.setdefault(record_id, {})
            for name in diff:
                before.setdefault(name, now[name])
            now.update(diff)
        if self.uow is not None:
            field_specs = specs(self.cls)
            domain = {name: from_db(field_specs[name], value) for name, value in diff.items()}
            self.uow.update(self.cls, record_id, domain)

    def is_created(self, record_id: str) -> bool:
        return record_id in self._created_set

    def flush(self) -> None:
        if self.uow is not None and self.pending:
            getter = operator.itemgetter(*self.columns)
            self.uow.bulk_insert_tuples(
                self.cls,
                self.columns,
                [getter(row) for row in self.pending.values()],
                batch=self.chunk,
            )
        if self.uow is not None:
            self.pending.clear()

    def finish(
        self,
        *,
        kind: str,
        file: str,
        created: int,
        updated: int,
        unchanged: int,
        rejected: int,
    ) -> str | None:
        """Write what is still buffered and record the batch; None on a dry run."""
        if self.uow is None:
            return None
        self.flush()
        conn = self.uow.connection
        batch_id = new_id()
        last_seq = conn.execute(sa.select(sa.func.coalesce(sa.func.max(journal.c.seq), 0)))
        conn.execute(
            import_batch.insert(),
            {
                "id": batch_id,
                "kind": kind,
                "file": file,
                "created_at": _now(),
                "worker_id": self.uow.worker_id or None,
                "created": created,
                "updated": updated,
                "unchanged": unchanged,
                "rejected": rejected,
                "journal_seq": int(last_seq.scalar_one()),
                "reverted_at": None,
            },
        )
        table = self.cls.TABLE
        items: list[tuple[object, ...]] = [
            (batch_id, table, record_id, "create", None) for record_id in self.created
        ]
        items.extend(
            (
                batch_id,
                table,
                record_id,
                "update",
                json.dumps(before, ensure_ascii=False, sort_keys=True),
            )
            for record_id, before in self.before.items()
        )
        if items:
            # One DB-API executemany of plain tuples: thousands of created ids cost little.
            raw = conn.connection.dbapi_connection
            assert raw is not None
            columns = ", ".join(c.name for c in import_item.columns)
            raw.executemany(
                f"INSERT INTO {import_item.name} ({columns}) VALUES (?, ?, ?, ?, ?)", items
            )
        return batch_id


# -- listing and revert --------------------------------------------------------------------------
def list_batches(store: Store) -> list[dict[str, object]]:
    """Every import of this workstation, newest last: id, file, kind, date, worker, counts,
    reverted flag and date."""
    stmt = sa.select(import_batch).order_by(import_batch.c.created_at, import_batch.c.id)
    with store.reading() as conn:
        return [
            {
                "id": row.id,
                "file": row.file,
                "kind": row.kind,
                "date": row.created_at,
                "worker_id": row.worker_id,
                "created": row.created,
                "updated": row.updated,
                "unchanged": row.unchanged,
                "rejected": row.rejected,
                "reverted": row.reverted_at is not None,
                "reverted_at": row.reverted_at,
            }
            for row in conn.execute(stmt)
        ]


def _find_batch(conn: sa.Connection, ref: str) -> Any:
    ref = ref.strip()
    rows: list[Any] = []
    if ref:
        rows = list(conn.execute(sa.select(import_batch).where(import_batch.c.id == ref)))
        if not rows and len(ref) >= 6:
            pattern = ref.replace("%", "").replace("_", "") + "%"
            rows = list(
                conn.execute(
                    sa.select(import_batch).where(import_batch.c.id.like(pattern)).limit(2)
                )
            )
    if not rows:
        raise NotFoundError("import_batch", "not_found", value=ref)
    if len(rows) > 1:
        raise NotFoundError("import_batch", "ambiguous", value=ref)
    return rows[0]


def _items(conn: sa.Connection, batch_id: str) -> Iterator[Any]:
    stmt = (
        sa.select(import_item)
        .where(import_item.c.batch_id == batch_id)
        .order_by(import_item.c.table_name, import_item.c.row_id)
    )
    yield from conn.execute(stmt)


def _display(conn: sa.Connection, table_name: str, row_id: str) -> str:
    """A record as a user recognises it: its name (or code, title) and short id."""
    table = TABLES[table_name]
    for column in ("name", "code", "title"):
        if column in table.c:
            value = conn.execute(
                sa.select(table.c[column]).where(table.c.id == row_id)
            ).scalar_one_or_none()
            if value:
                return f"{value} ({row_id[:8]})"
    return row_id


def _check_unchanged_since(conn: sa.Connection, batch: Any) -> None:
    """Refuse when a journal entry after the batch's last one touches one of its records."""
    later = (
        sa.select(journal.c.table_name, journal.c.row_id, journal.c.worker_id, journal.c.device_id)
        .join(
            import_item,
            sa.and_(import_item.c.row_id == journal.c.row_id, import_item.c.batch_id == batch.id),
        )
        .where(journal.c.seq > batch.journal_seq)
        .order_by(journal.c.seq)
        .limit(1)
    )
    row = conn.execute(later).first()
    if row is None:
        return
    who = row.device_id
    if row.worker_id:
        worker = conn.execute(
            sa.select(TABLES["worker"].c.name).where(TABLES["worker"].c.id == row.worker_id)
        ).scalar_one_or_none()
        who = worker or row.worker_id
    raise ValidationError(
        row.table_name,
        "import_changed_since",
        value=_display(conn, row.table_name, row.row_id),
        batch=batch.id,
        who=who,
    )


def _check_not_referenced(conn: sa.Connection, batch_id: str) -> None:
    """Refuse when another record refers to a record the batch created (an interaction…)."""
    created = sa.select(import_item.c.row_id).where(
        import_item.c.batch_id == batch_id, import_item.c.action == "create"
    )
    for other in ENTITIES:
        table = TABLES[other.TABLE]
        for name, spec in specs(other).items():
            if spec.kind != "ref" or spec.ref is None:
                continue
            target_created = created.where(import_item.c.table_name == spec.ref)
            stmt = (
                sa.select(table.c[name], sa.func.count())
                .where(table.c[name].in_(target_created))
                .where(table.c.id.not_in(created))
                .group_by(table.c[name])
                .limit(1)
            )
            row = conn.execute(stmt).first()
            if row is not None:
                raise ValidationError(
                    spec.ref,
                    "referenced",
                    value=_display(conn, spec.ref, row[0]),
                    count=row[1],
                )


def revert_batch(store: Store, batch_id: str, *, worker_id: str | None = None) -> int:
    """Undo an import: delete the records it created, set back the values it changed.

    ``batch_id`` is the batch's id or a unique prefix of it (6 characters or more). Everything
    happens in one unit of work: the deletes and updates are journalled (they sync), and a
    refusal leaves the store untouched. Returns the number of records deleted or set back.
    """
    with UnitOfWork(store, worker_id) as uow:
        conn = uow.connection
        batch = _find_batch(conn, batch_id)
        if batch.reverted_at is not None:
            raise ValidationError(
                "import_batch", "import_reverted", value=batch.id, date=batch.reverted_at
            )
        _check_unchanged_since(conn, batch)
        _check_not_referenced(conn, batch.id)
        count = 0
        for item in _items(conn, batch.id):
            cls = BY_TABLE[item.table_name]
            if item.action == "update":
                field_specs = specs(cls)
                before: dict[str, object] = json.loads(item.before or "{}")
                values = {name: from_db(field_specs[name], value) for name, value in before.items()}
                uow.update(cls, item.row_id, values)
                count += 1
        for item in _items(conn, batch.id):
            if item.action == "create":
                uow.delete(BY_TABLE[item.table_name], item.row_id)
                count += 1
        conn.execute(
            import_batch.update().where(import_batch.c.id == batch.id).values(reverted_at=_now())
        )
        uow.commit()
    return count


__all__ = ["CHUNK", "BatchWriter", "list_batches", "revert_batch"]
