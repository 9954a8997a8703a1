"""The one write path: a transaction that journals every changed field as it writes it.

A unit of work opens an immediate (writer) transaction, opens the connection's write gate so
the guard triggers let its writes through, and records each insert or update in the journal with
a hybrid-logical-clock stamp, the device and the worker, in the same transaction. Leaving the
block without :meth:`UnitOfWork.commit` rolls everything back.
"""

from __future__ import annotations

import contextlib
import json
import operator
import signal
import threading
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any, TypeVar

import sqlalchemy as sa

from pacte_desktop.domain.entities import Entity, specs
from pacte_desktop.domain.errors import StoreError
from pacte_desktop.domain.hlc import Clock, Stamp
from pacte_desktop.domain.progress import CancelToken, Progress
from pacte_desktop.store import busy, search, triggers
from pacte_desktop.store.connections import gate_of
from pacte_desktop.store.database import Store
from pacte_desktop.store.ids import new_id
from pacte_desktop.store.operations import check_kind
from pacte_desktop.store.repository import Repository
from pacte_desktop.store.schema import TABLES, entity_to_row, journal, stored_defaults, to_db

E = TypeVar("E", bound=Entity)


class UnitOfWork:
    """``UnitOfWork(store)`` acts as this workstation's current worker; ``worker_id`` names
    another one (a handover, the first worker of a new organisation)."""

    def __init__(self, store: Store, worker_id: str | None = None) -> None:
        self.store = store
        self.worker_id = worker_id if worker_id is not None else store.local("worker_id")
        self.conn: sa.Connection | None = None
        self.repo: Repository
        self.clock: Clock
        self.journal_rows = 0
        #: Journal rows already committed by :meth:`let_writers_through` (long work only).
        self.committed_rows = 0
        self._stepped_aside: set[str] = set()

    def __enter__(self) -> UnitOfWork:
        refusal = self.store.read_only
        if refusal is not None:  # a read-only folder, a full disk: say so before anything
            raise StoreError(refusal.field, refusal.code, **refusal.params)
        conn = self.store.engine.connect().execution_options(
            pacte_begin="IMMEDIATE",
            pacte_data_dir=self.store.data_dir,
            pacte_on_wait=self.store.on_wait,
        )
        try:
            conn.begin()  # waits for a busy store, saying so (store/busy.py)
        except BaseException:
            conn.close()
            raise
        self._gate = gate_of(conn)  # kept: a connection SQLAlchemy invalidated hides it
        self._gate.open = True
        self.conn = conn
        self.repo = Repository(conn)
        last = self.store.local("hlc", conn=conn)
        self.clock = Clock(self.store.device_id, last)
        return self

    def __exit__(self, *exc: object) -> None:
        assert self.conn is not None
        try:
            if self.conn.in_transaction():
                self.conn.rollback()
        finally:
            self._gate.open = False
            self.conn.close()
            self.conn = None

    def commit(self) -> bool:
        """Commit. Ctrl+C pressed meanwhile does not cut the COMMIT short (SQLAlchemy would
        then take the connection for broken although SQLite committed): it is held until the
        COMMIT returns, then dropped, since what was asked is done; returns whether one came.
        """
        assert self.conn is not None
        self.store.set_local("hlc", self.clock.last, conn=self.conn)
        with _interrupts_held() as held:
            try:
                self.conn.commit()
            except Exception:
                # A COMMIT refused by SQLite (a deferred foreign key, a full disk) leaves
                # SQLite's transaction open; roll it back so nothing half-done survives.
                raw = self.conn.connection.dbapi_connection
                if raw is not None and raw.in_transaction:
                    raw.rollback()
                raise
            finally:
                self._gate.open = False
        return bool(held)

    def rollback(self) -> None:
        assert self.conn is not None
        self.conn.rollback()

    def let_writers_through(self) -> bool:
        """Between two steps of long work that may commit in steps (demo data): when another
        writer waits for the store, commit what is written so far, step aside until it has
        the store, and go on in a new transaction (see ``store/busy.py``). Returns whether it
        committed. Never call it with a table's triggers suspended."""
        if not busy.waiters(self.store.data_dir):
            return False
        interrupted = self.commit()
        self.committed_rows = self.journal_rows
        if interrupted:  # Ctrl+C during the commit: stop now, with the count right
            raise KeyboardInterrupt
        busy.step_aside(self.store.data_dir, self._stepped_aside)
        conn = self.connection
        conn.begin()
        self._gate.open = True
        last = self.store.local("hlc", conn=conn)
        if last:
            self.clock.observe(last)  # another writer of this device may have moved it
        return True

    def local(self, key: str) -> str | None:
        """A local-state value as this transaction sees it."""
        return self.store.local(key, conn=self.connection)

    @property
    def connection(self) -> sa.Connection:
        assert self.conn is not None, "the unit of work is not open"
        return self.conn

    # -- journal ---------------------------------------------------------------------------
    def _journal(self, table: str, row_id: str, op: str, fields: Mapping[str, object]) -> None:
        check_kind(op)
        base = None
        if op != "insert":
            base = self.connection.execute(
                sa.select(sa.func.max(journal.c.hlc)).where(journal.c.row_id == row_id)
            ).scalar_one_or_none()
        self.connection.execute(
            journal.insert(),
            {
                "base": base,
                "hlc": self.clock.now(),
                "device_id": self.store.device_id,
                "worker_id": self.worker_id,
                "table_name": table,
                "row_id": row_id,
                "op": op,
                "fields": json.dumps(fields, ensure_ascii=False, sort_keys=True),
            },
        )
        self.journal_rows += 1

    # -- writes ----------------------------------------------------------------------------
    def insert(self, entity: E) -> E:
        """Insert a validated entity (an id is given if it has none) and journal its fields."""
        if not entity.id:
            entity = type(entity)(**{**_fields(entity), "id": new_id()})
        row = entity_to_row(entity)
        self.connection.execute(TABLES[entity.TABLE].insert(), row)
        self._journal(
            entity.TABLE,
            entity.id,
            "insert",
            {k: v for k, v in row.items() if k != "id" and v not in (None, "[]")},
        )
        return entity

    def update(
        self, cls: type[E], record_id: str, changes: Mapping[str, object], op: str = "update"
    ) -> tuple[E, dict[str, object]]:
        """Write the fields of ``changes`` that differ from the stored record; journal them.

        Returns the record as now stored and the stored-form values that changed (empty when
        nothing did: then nothing is written).
        """
        current = self.repo.get(cls, record_id)
        if current is None:
            raise KeyError(record_id)
        field_specs = specs(cls)
        before = entity_to_row(current)
        diff = {name: to_db(field_specs[name], value) for name, value in changes.items()}
        diff = {name: value for name, value in diff.items() if before[name] != value}
        if diff:
            table = TABLES[cls.TABLE]
            self.connection.execute(table.update().where(table.c.id == record_id).values(diff))
            self._journal(cls.TABLE, record_id, op, diff)
        updated = type(current)(**{**_fields(current), **{k: changes[k] for k in diff}})
        return updated, diff

    def delete(self, cls: type[Entity], record_id: str) -> None:
        """Remove a record for good and journal the delete (final: sync never brings it back).

        The caller checks that nothing refers to the record (see ``services.records.delete``).
        """
        table = TABLES[cls.TABLE]
        if self.connection.execute(table.delete().where(table.c.id == record_id)).rowcount != 1:
            raise KeyError(record_id)
        self._journal(cls.TABLE, record_id, "delete", {"deleted": True})

    def bulk_insert(
        self,
        cls: type[Entity],
        rows: Iterable[Mapping[str, Any]],
        *,
        batch: int = 5000,
        progress: Progress | None = None,
        total: int = 0,
        cancel: CancelToken | None = None,
    ) -> int:
        """Insert many already-validated rows (stored form, every field, ids included) with
        their journal; see :meth:`bulk_insert_tuples`. Returns the number of rows written."""
        columns = tuple(specs(cls))
        getter = operator.itemgetter(*columns)
        return self.bulk_insert_tuples(
            cls,
            columns,
            (getter(row) for row in rows),
            batch=batch,
            progress=progress,
            total=total,
            cancel=cancel,
        )

    def bulk_insert_tuples(
        self,
        cls: type[Entity],
        columns: Sequence[str],
        rows: Iterable[Sequence[Any]],
        *,
        batch: int = 5000,
        progress: Progress | None = None,
        total: int = 0,
        cancel: CancelToken | None = None,
    ) -> int:
        """Insert many already-validated rows given as tuples of ``columns`` (stored form, ``id``
        among them); the fields left out take their stored default, which must be the column's
        own default in the table (checked).

        The fast path of imports and demo data: DB-API ``executemany`` in batches inside this
        transaction, with the table's insert triggers (the guard, which this unit of work's
        gate would let through anyway, and the search document's) dropped for the duration
        and re-created from their own text before returning — inside the transaction, so a
        rollback or a crash leaves them as they were. Each batch's journal rows are then
        written by one ``INSERT … SELECT`` (the fields as a JSON object without its empty
        members, as :meth:`insert` writes them) with consecutive clock stamps; the search
        documents of the new rows are built set-wise, up to 50,000 at a time. Returns the number
        of rows written.
        """
        table = cls.TABLE
        field_specs = specs(cls)
        _check_omitted_defaults(cls, columns)
        placeholders = ", ".join("?" for _ in columns)
        insert_sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({placeholders})"
        # The members of the journal's JSON object. A field left out holds its column default:
        # null (or an empty list) is dropped from the object anyway, so only the others count.
        bound = set(columns)
        kept = [
            c
            for c, spec in field_specs.items()
            if c != "id"
            and (c in bound or (spec.kind != "list" and _column_default(table, c) is not None))
        ]
        members = ", ".join(
            f"'{c}', nullif({c}, '[]')" if field_specs[c].kind == "list" else f"'{c}', {c}"
            for c in kept
        )
        # json_patch('{}', …) drops the members whose value is null (RFC 7396).
        journal_sql = sa.text(
            "INSERT INTO journal (hlc, device_id, worker_id, table_name, row_id, op, fields) "
            "SELECT printf('%013d-%04x-%s', :wall + (:counter + rowid - :first) / 65536, "
            "(:counter + rowid - :first) % 65536, :device), :device, :worker, :table, id, "
            f"'insert', json_patch('{{}}', json_object({members})) "
            f"FROM {table} WHERE rowid BETWEEN :first AND :last ORDER BY rowid"
        )
        max_rowid = sa.text(f"SELECT coalesce(max(rowid), 0) FROM {table}")
        conn = self.connection
        raw = conn.connection.dbapi_connection
        assert raw is not None
        written = 0
        chunk: list[Sequence[Any]] = []

        indexed = [0, -1]  # rowids inserted whose search documents are not built yet

        def refresh_search() -> None:
            if indexed[1] >= indexed[0]:
                search.refresh_rowid_range(conn, table, indexed[0], indexed[1], new_rows=True)
            indexed[0] = indexed[1] + 1

        def flush() -> None:
            nonlocal written
            first = int(conn.execute(max_rowid).scalar_one()) + 1
            if indexed[1] < indexed[0]:
                indexed[0] = first
            raw.executemany(insert_sql, chunk)
            last = first + len(chunk) - 1
            start = Stamp.parse(self.clock.now())
            conn.execute(
                journal_sql,
                {
                    "wall": start.wall_ms,
                    "counter": start.counter,
                    "first": first,
                    "last": last,
                    "device": self.store.device_id,
                    "worker": self.worker_id,
                    "table": table,
                },
            )
            end = start.counter + len(chunk) - 1
            self.clock.observe(str(Stamp(start.wall_ms + end // 65536, end % 65536, start.device)))
            indexed[1] = last
            if indexed[1] - indexed[0] + 1 >= _SEARCH_CHUNK:
                refresh_search()
            written += len(chunk)
            self.journal_rows += len(chunk)
            chunk.clear()
            if progress:
                progress(written, total)

        with triggers.suspended(raw, table, "INSERT"):
            for row in rows:
                chunk.append(row)
                if len(chunk) >= batch:
                    if cancel:
                        cancel.check()
                    flush()
            if chunk:
                flush()
            refresh_search()
        return written


@contextlib.contextmanager
def _interrupts_held() -> Iterator[list[int]]:
    """Hold Ctrl+C (SIGINT) for the length of the block, in the main thread when Python's
    own handler is in place; the list yielded notes the signals that came."""
    held: list[int] = []
    if (
        threading.current_thread() is not threading.main_thread()
        or signal.getsignal(signal.SIGINT) is not signal.default_int_handler
    ):
        yield held
        return

    def note(signum: int, _frame: object) -> None:
        held.append(signum)

    signal.signal(signal.SIGINT, note)
    try:
        yield held
    finally:
        signal.signal(signal.SIGINT, signal.default_int_handler)


#: Rows whose search documents a bulk insert builds in one statement (fewer, larger refreshes
#: cost less; each batch's journal is still written as it goes, for the progress shown).
_SEARCH_CHUNK = 50_000


def _column_default(table: str, column: str) -> object:
    """The value SQLite gives ``column`` when an insert leaves it out (None: null)."""
    default = TABLES[table].c[column].server_default
    if default is None:
        return None
    text = str(default.arg)  # type: ignore[attr-defined]
    if len(text) >= 2 and text[0] == text[-1] == "'":  # a quoted SQL literal
        return text[1:-1].replace("''", "'")
    return int(text) if text.lstrip("-").isdigit() else text


def fields_without_column_default(cls: type[Entity]) -> frozenset[str]:
    """The fields of ``cls`` a narrow bulk insert must give: those whose stored default is not
    what the table gives a column left out (``id`` among them)."""
    return frozenset(
        name
        for name, default in stored_defaults(cls).items()
        if name == "id" or _column_default(cls.TABLE, name) != default
    )


def _check_omitted_defaults(cls: type[Entity], columns: Sequence[str]) -> None:
    """Refuse a narrow bulk insert whose omitted fields would not get their stored default."""
    if "id" not in columns:
        raise ValueError("bulk insert without ids")
    for name in fields_without_column_default(cls) - set(columns):
        raise ValueError(f"{cls.TABLE}.{name} left out of a bulk insert has no such default")


def _fields(entity: Entity) -> dict[str, Any]:
    return {name: getattr(entity, name) for name in specs(type(entity))}
