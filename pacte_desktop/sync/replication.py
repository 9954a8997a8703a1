"""Applying other devices' operations to the store: the merge rule of ``sync/merge.py`` in SQL.

Received operations are journalled like local ones, so every workstation ends with the same
journal, and a field's current stamp is always the greatest stamp among the journal entries
that wrote it. The replicated tables are a function of the journal:

- per field, the value of the write with the greatest stamp (HLC text order, whose device part
  breaks exact ties) wins;
- a ``delete`` is final: the row leaves its table, the writes stamped after the delete are
  kept as "edit after delete" conflicts and not applied;
- a write that lost to another device's write made within the conflict window (10 minutes) is
  kept as a "concurrent" conflict, to be reviewed and reinstated — unless the winner had seen
  it: every journal entry carries ``base``, the greatest stamp of the row its device knew when
  it wrote, so editing a record a colleague created or changed a minute ago is no conflict;
- an operation on a table or a field this version does not know is parked whole and applied
  after an upgrade.

Most received operations are the newest thing known about their row; those take a fast path
(one ``executemany`` per table and set of fields). Rows with older or concurrent history, with
several operations in one batch, or with a delete are merged from their journal entries one by
one. A batch is applied inside the caller's transaction, so a file and its "applied" mark
commit together or not at all.
"""

from __future__ import annotations

import functools
import json
from collections import defaultdict
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field
from typing import Any, NamedTuple

import sqlalchemy as sa

from pacte_desktop.domain.entities import BY_TABLE, specs
from pacte_desktop.domain.errors import PacteError
from pacte_desktop.domain.hlc import Stamp
from pacte_desktop.store import search, triggers
from pacte_desktop.store.connections import gate_of
from pacte_desktop.store.database import Store
from pacte_desktop.store.operations import ARCHIVED_AT, DELETE
from pacte_desktop.store.schema import TABLES
from pacte_desktop.sync.merge import WINDOW_MS
from pacte_desktop.sync.received import KNOWN_FIELDS, Op, fields_of, schema_check, screen

_REQUIRED: dict[str, frozenset[str]] = {
    table: frozenset(name for name, spec in specs(cls).items() if spec.required and name != "id")
    for table, cls in BY_TABLE.items()
}


@dataclass
class ApplyResult:
    applied: int = 0
    duplicates: int = 0
    parked: int = 0
    conflicts: int = 0
    max_hlc: str | None = None
    #: Parked operations dropped by :func:`unpark` as malformed: (what, the error).
    refused: list[tuple[str, PacteError]] = field(default_factory=list)


@contextmanager
def sync_transaction(store: Store) -> Iterator[sa.Connection]:
    """A writer transaction for applying received files, with the write gate open.

    Foreign keys are off on this connection: files from different devices arrive in any order,
    so a contact person may come before the employer it belongs to; the merge converges once
    both are there. Local writes keep their foreign keys.
    """
    conn = store.engine.connect()
    raw = conn.connection.dbapi_connection
    assert raw is not None
    raw.execute("PRAGMA foreign_keys = OFF")
    gate = gate_of(conn)
    try:
        conn.execution_options(pacte_begin="IMMEDIATE")
        conn.begin()
        gate.open = True
        yield conn
        conn.commit()
    finally:
        if conn.in_transaction():
            conn.rollback()
        gate.open = False
        gate.search_deferred = False
        raw.execute("PRAGMA foreign_keys = ON")
        conn.execution_options(pacte_begin="DEFERRED")
        conn.close()


def apply_ops(
    conn: sa.Connection,
    ops: Sequence[Op],
    *,
    not_after: str | None = None,
    window_ms: int = WINDOW_MS,
) -> ApplyResult:
    """Merge received operations into the store, inside the caller's sync transaction.

    Every operation is checked against this version's schema first (`received.schema_check`),
    whoever sent it and whatever revision its file claims: one that cannot be an operation
    raises ``sync_corrupt`` and nothing of the batch is written (the caller rolls back); one
    naming what this version does not know, or stamped after ``not_after`` (see
    :func:`stamp_bound`), is parked. Operations already journalled (the same stamp on the same
    row) are skipped, so applying anything twice changes nothing.
    """
    result = ApplyResult()
    if not ops:
        return result
    raw = conn.connection.dbapi_connection
    assert raw is not None
    screened, parked = screen(ops, not_after)
    kept: list[Op] = []
    per_row: dict[tuple[str, str], int] = defaultdict(int)
    by_device: dict[str, set[str]] = defaultdict(set)
    for op, _fields in screened:
        kept.append(op)
        per_row[(op.table, op.row_id)] += 1
        by_device[op.device_id].add(op.row_id)
    if parked:
        raw.executemany(
            "INSERT OR IGNORE INTO sync_parked (hlc, device_id, worker_id, table_name, "
            "row_id, op, fields, base) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (o.hlc, o.device_id, o.worker_id, o.table, o.row_id, o.op, o.fields, o.base)
                for o in parked
            ],
        )
        result.parked = len(parked)
    ops = kept

    # What the journal already holds about these rows, summed up per row and sending device:
    # the newest stamp, whether a delete is known, and the newest stamp of any other device.
    summary: dict[tuple[str, str], tuple[str, int, str | None]] = {}  # (device, row id)
    for device, ids in by_device.items():
        row_ids = sorted(ids)
        for start in range(0, len(row_ids), 500):
            chunk = row_ids[start : start + 500]
            marks = ", ".join("?" * len(chunk))
            # Row ids are UUIDs, unique across tables: the covering index answers alone.
            for row_id, newest, deleted, other in raw.execute(
                "SELECT row_id, max(hlc), max(op = 'delete'), "
                "max(CASE WHEN device_id != ? THEN hlc END) FROM journal "
                f"WHERE row_id IN ({marks}) GROUP BY row_id",
                (device, *chunk),
            ):
                summary[(device, row_id)] = (newest, deleted, other)
    # Already journalled (a file seen twice under two names, a restored device's own files):
    # only an operation no newer than what is known can be one.
    maybe_seen = [
        op for op in ops if (found := summary.get((op.device_id, op.row_id))) and found[0] >= op.hlc
    ]
    seen = {
        (op.table, op.row_id, op.hlc)
        for op in maybe_seen
        if raw.execute(
            "SELECT 1 FROM journal WHERE row_id = ? AND hlc = ? AND table_name = ?",
            (op.row_id, op.hlc, op.table),
        ).fetchone()
    }
    if seen:
        screened = [(op, f) for op, f in screened if (op.table, op.row_id, op.hlc) not in seen]
        ops = [op for op, _ in screened]
    result.duplicates = len(seen)
    if not ops:
        return result
    in_order = all(ops[i].hlc <= ops[i + 1].hlc for i in range(len(ops) - 1))
    raw.executemany(
        "INSERT INTO journal (hlc, device_id, worker_id, table_name, row_id, op, fields, base) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        ops if in_order else sorted(ops),
    )
    # Rows that cannot take the fast path: several operations in this batch, a delete now or
    # before, a newer write already journalled, or another device's write within the window.
    slow_rows: set[tuple[str, str]] = set()
    by_table: dict[str, list[tuple[Op, dict[str, Any]]]] = defaultdict(list)
    # A row with open conflicts is merged whole: what wins now may end one of them.
    conflicted = {
        row_id
        for (row_id,) in raw.execute("SELECT row_id FROM sync_conflict WHERE status = 'open'")
    }
    for op, fields in screened:
        key = (op.table, op.row_id)
        if op.op == DELETE or per_row[key] > 1 or op.row_id in conflicted:
            slow_rows.add(key)
            continue
        found = summary.get((op.device_id, op.row_id))
        if found is not None:
            newest, deleted, other = found
            if (
                deleted
                or newest > op.hlc
                or (other is not None and int(other[:13]) >= int(op.hlc[:13]) - window_ms)
            ):
                slow_rows.add(key)
                continue
        by_table[op.table].append((op, fields))
    result.applied = len(ops)
    result.max_hlc = max(op.hlc for op in ops)

    gate = gate_of(conn)
    gate.search_deferred = True
    try:
        searched: set[str] = set()
        known = {row_id for _, row_id in summary}
        for table, table_ops in by_table.items():
            slow, touched = _fast_apply(raw, table, table_ops, known)
            slow_rows |= slow
            searched |= touched
        _refresh_search(raw, searched)
    finally:
        gate.search_deferred = False
    for table, row_id in sorted(slow_rows):
        result.conflicts += merge_row(raw, table, row_id, window_ms=window_ms)
    return result


#: The columns the employer search documents are made of (see ``store/search.py``).
_SEARCHED = {
    "employer": frozenset(
        {
            "name",
            "name_nl",
            "bce_number",
            "street",
            "street_nl",
            "postcode",
            "commune",
            "commune_nl",
            "tags",
        }
    ),
    "contact_person": frozenset({"name", "employer_id", "archived_at"}),
}


def _fast_apply(
    raw: Any, table: str, ops: list[tuple[Op, dict[str, Any]]], known: set[str]
) -> tuple[set[tuple[str, str]], set[str]]:
    """Write the newest-known operations of ``table``; ``known`` holds the row ids the journal
    already had (their rows exist, but for one whose insert has not arrived yet).

    Returns the rows left for the slow path, and the employers whose search document must be
    rebuilt (only when a searched column changed: most edits leave the index alone).
    """
    existing = known
    required = _REQUIRED[table]
    searched_columns = _SEARCHED.get(table, frozenset())
    inserts: dict[tuple[str, ...], list[tuple[Any, ...]]] = defaultdict(list)
    updates: dict[tuple[str, ...], list[tuple[Any, ...]]] = defaultdict(list)
    slow: set[tuple[str, str]] = set()
    touched: set[str] = set()  # employer ids (employers) or contact ids (contact persons)
    for op, values in ops:
        names = tuple(values)  # journalled with sorted keys: one group per set of fields
        if op.row_id in existing:
            if names:
                updates[names].append((*values.values(), op.row_id))
                if not searched_columns.isdisjoint(names):
                    touched.add(op.row_id)
        elif op.op == "insert" and required <= values.keys():
            inserts[names].append((op.row_id, *values.values()))
            if searched_columns:
                touched.add(op.row_id)
        else:
            slow.add((table, op.row_id))  # its insert has not arrived yet
    employers: set[str] = set()
    if table == "contact_person" and touched:
        employers |= _employers_of_contacts(raw, touched)  # before: a contact may move
    # The guard triggers would call into Python once per row for a gate held open here, and
    # the search document triggers are deferred: both are suspended around the bulk writes.
    with triggers.suspended(raw, table, "INSERT") if inserts else nullcontext():
        for names, rows in inserts.items():
            columns = ", ".join(("id", *names))
            marks = ", ".join("?" * (len(names) + 1))
            raw.executemany(f"INSERT INTO {table} ({columns}) VALUES ({marks})", rows)
    with triggers.suspended(raw, table, "UPDATE") if updates else nullcontext():
        missing = _update_rows(raw, table, updates)
    slow |= missing
    if table == "contact_person" and touched:
        employers |= _employers_of_contacts(raw, touched)
    elif table == "employer":
        employers = touched
    return slow, employers


def _update_rows(
    raw: Any, table: str, updates: dict[tuple[str, ...], list[tuple[Any, ...]]]
) -> set[tuple[str, str]]:
    """Run the grouped updates of the fast path; the rows that were not there (known to the
    journal, their insert still to come) are returned for the per-row merge."""
    slow: set[tuple[str, str]] = set()
    for names, rows in updates.items():
        sets = ", ".join(f"{n} = ?" for n in names)
        if raw.executemany(f"UPDATE {table} SET {sets} WHERE id = ?", rows).rowcount < len(rows):
            # Some rows were not there (known to the journal, insert still to come): their
            # update did nothing; the per-row merge will write them once complete.
            ids = [row[-1] for row in rows]
            present: set[str] = set()
            for start in range(0, len(ids), 500):
                chunk = ids[start : start + 500]
                marks = ", ".join("?" * len(chunk))
                present.update(
                    r[0]
                    for r in raw.execute(f"SELECT id FROM {table} WHERE id IN ({marks})", chunk)
                )
            slow |= {(table, i) for i in ids if i not in present}
    return slow


def _employers_of_contacts(raw: Any, contact_ids: set[str]) -> set[str]:
    found: set[str] = set()
    ids = sorted(contact_ids)
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ", ".join("?" * len(chunk))
        found.update(
            r[0]
            for r in raw.execute(
                f"SELECT employer_id FROM contact_person WHERE id IN ({marks})", chunk
            )
            if r[0]
        )
    return found


def _refresh_search(raw: Any, employer_ids: set[str]) -> None:
    """Rebuild the search documents of these employers in two set-wise statements."""
    if not employer_ids:
        return
    raw.execute("CREATE TEMP TABLE IF NOT EXISTS sync_search (id TEXT PRIMARY KEY)")
    raw.execute("DELETE FROM sync_search")
    raw.executemany("INSERT OR IGNORE INTO sync_search VALUES (?)", [(i,) for i in employer_ids])
    touched = "SELECT e.rowid FROM employer AS e JOIN sync_search AS s ON e.id = s.id"
    raw.execute(f"DELETE FROM employer_search WHERE rowid IN ({touched})")
    raw.execute(
        f"INSERT INTO employer_search ({search.COLUMNS}) SELECT {search.DOCUMENT} "
        f"FROM employer AS e WHERE e.rowid IN ({touched})"
    )


class _Write(NamedTuple):
    hlc: str
    device: str
    value: Any
    base: str | None


@functools.cache
def _internal(table: str) -> frozenset[str]:
    """The fields of ``table`` the application keeps itself (``FieldSpec.internal``)."""
    cls = BY_TABLE.get(table)
    if cls is None:
        return frozenset()
    return frozenset(name for name, spec in specs(cls).items() if spec.internal)


def merge_row(raw: Any, table: str, row_id: str, *, window_ms: int = WINDOW_MS) -> int:
    """Bring one row in line with its journal entries (the merge rule); returns new conflicts.

    Search triggers are live here, so deleting or rewriting an employer updates its document.
    """
    entries = raw.execute(
        "SELECT hlc, device_id, op, fields, base FROM journal WHERE row_id = ? "
        "AND table_name = ? ORDER BY hlc",
        (row_id, table),
    ).fetchall()
    deletes = [hlc for hlc, _, kind, _, _ in entries if kind == "delete"]
    cut = max(deletes) if deletes else None
    writes: dict[str, list[_Write]] = defaultdict(list)
    after: list[tuple[str, _Write]] = []
    for hlc, device, kind, text, base in entries:
        if kind == "delete":
            continue
        for name, value in json.loads(text).items():
            write = _Write(hlc, device, value, base)
            if cut is not None and hlc > cut:
                after.append((name, write))
            else:
                writes[name].append(write)
    conflicts: list[tuple[str, str, str, str, str, str]] = []
    merged: dict[str, Any] = {}
    for name, field_writes in writes.items():
        field_writes.sort(key=lambda w: (w.hlc, _canon(w.value)))
        win = field_writes[-1]
        merged[name] = win.value
        win_wall = Stamp.parse(win.hlc).wall_ms
        if name in _internal(table):
            continue  # kept by the application itself (a profile's basis): nobody to review it
        for lost in field_writes[:-1]:
            if (
                lost.device != win.device
                and _canon(lost.value) != _canon(win.value)
                and win_wall - Stamp.parse(lost.hlc).wall_ms <= window_ms
                and not (win.base is not None and win.base >= lost.hlc)  # seen, not concurrent
            ):
                conflicts.append(
                    (name, "concurrent", _canon(lost.value), lost.hlc, _canon(win.value), win.hlc)
                )
    for name, edit in after:
        assert cut is not None
        conflicts.append(
            (name, "edit after delete", _canon(edit.value), edit.hlc, _canon(merged.get(name)), cut)
        )
    # The open conflicts of a row are a function of its journal, like its values: those the
    # journal now gives are kept (their winning side brought up to date), those it no longer
    # gives are dropped — a later delete moves the cut past an "edit after delete", a later
    # winner out of the window ends a "concurrent" one. Reviewed ones stay as history.
    current = {(c[0], c[1], c[3]) for c in conflicts}
    stale = [
        (conflict_id,)
        for conflict_id, name, kind, lost in raw.execute(
            "SELECT id, field, kind, lost_hlc FROM sync_conflict WHERE row_id = ? "
            "AND table_name = ? AND status = 'open'",
            (row_id, table),
        )
        if (name, kind, lost) not in current
    ]
    if stale:
        raw.executemany("DELETE FROM sync_conflict WHERE id = ?", stale)
    before = raw.total_changes
    raw.executemany(
        "INSERT OR IGNORE INTO sync_conflict (table_name, row_id, field, kind, lost_value, "
        "lost_hlc, won_value, won_hlc) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [(table, row_id, *c) for c in conflicts],
    )
    new_conflicts = int(raw.total_changes - before)
    if conflicts and new_conflicts < len(conflicts):
        raw.executemany(
            "UPDATE sync_conflict SET won_value = ?, won_hlc = ? WHERE table_name = ? "
            "AND row_id = ? AND field = ? AND kind = ? AND lost_hlc = ? AND status = 'open'",
            [(c[4], c[5], table, row_id, c[0], c[1], c[3]) for c in conflicts],
        )
    if table not in TABLES:
        return new_conflicts
    if cut is not None:
        raw.execute(f"DELETE FROM {table} WHERE id = ?", (row_id,))
        return new_conflicts
    known = KNOWN_FIELDS[table]
    merged = {k: v for k, v in merged.items() if k in known}
    exists = raw.execute(f"SELECT 1 FROM {table} WHERE id = ?", (row_id,)).fetchone()
    names = sorted(merged)
    if exists:
        if names:
            sets = ", ".join(f"{n} = ?" for n in names)
            raw.execute(
                f"UPDATE {table} SET {sets} WHERE id = ?", (*(merged[n] for n in names), row_id)
            )
    elif _REQUIRED[table] <= merged.keys():
        columns = ", ".join(("id", *names))
        marks = ", ".join("?" * (len(names) + 1))
        raw.execute(
            f"INSERT INTO {table} ({columns}) VALUES ({marks})",
            (row_id, *(merged[n] for n in names)),
        )
    return new_conflicts


def _canon(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def unpark(conn: sa.Connection, *, not_after: str | None = None) -> ApplyResult:
    """Apply the parked operations that apply now: known after an upgrade, or due now that the
    clock has caught up with their stamps. One that turns out not to be an operation at all
    (a known field with a value of another type) leaves the parked set and is counted in
    ``refused``, with its error, so that it is reported instead of tried at every pass."""
    raw = conn.connection.dbapi_connection
    assert raw is not None
    rows = raw.execute(
        "SELECT hlc, device_id, worker_id, table_name, row_id, op, fields, base "
        "FROM sync_parked ORDER BY hlc"
    ).fetchall()
    ready: list[Op] = []
    refused: list[tuple[Op, PacteError]] = []
    for row in rows:
        op = Op(*row)
        try:
            if schema_check(op, fields_of(op), not_after):
                ready.append(op)
        except PacteError as exc:
            refused.append((op, exc))
    done = ready + [op for op, _ in refused]
    if not done:
        return ApplyResult()
    raw.executemany(
        "DELETE FROM sync_parked WHERE hlc = ? AND table_name = ? AND row_id = ?",
        [(op.hlc, op.table, op.row_id) for op in done],
    )
    result = apply_ops(conn, ready, not_after=not_after)
    result.refused = [(f"{op.table}/{op.row_id}@{op.hlc}", exc) for op, exc in refused]
    return result


# --- conflicts -----------------------------------------------------------------------------


@dataclass(frozen=True)
class ConflictRow:
    id: int
    table: str
    row_id: str
    field: str
    kind: str
    lost_value: Any
    lost_hlc: str
    won_value: Any
    won_hlc: str
    status: str


_CONFLICT_COLUMNS = (
    "id, table_name, row_id, field, kind, lost_value, lost_hlc, won_value, won_hlc, status"
)


def _conflict_row(row: Any) -> ConflictRow:
    return ConflictRow(
        row[0],
        row[1],
        row[2],
        row[3],
        row[4],
        json.loads(row[5]),
        row[6],
        json.loads(row[7]),
        row[8],
        row[9],
    )


def conflicts(conn: sa.Connection, *, status: str | None = "open") -> list[ConflictRow]:
    """The conflicts kept for review, newest loss first."""
    sql = f"SELECT {_CONFLICT_COLUMNS} FROM sync_conflict"
    params: dict[str, Any] = {}
    if status is not None:
        sql += " WHERE status = :status"
        params["status"] = status
    sql += " ORDER BY lost_hlc DESC, id"
    return [_conflict_row(row) for row in conn.execute(sa.text(sql), params)]


def conflict(conn: sa.Connection, conflict_id: int) -> ConflictRow | None:
    row = conn.execute(
        sa.text(f"SELECT {_CONFLICT_COLUMNS} FROM sync_conflict WHERE id = :id"),
        {"id": conflict_id},
    ).first()
    return _conflict_row(row) if row is not None else None


def set_conflict_status(conn: sa.Connection, conflict_id: int, status: str) -> None:
    conn.execute(
        sa.text("UPDATE sync_conflict SET status = :s WHERE id = :id"),
        {"s": status, "id": conflict_id},
    )


def reinstate_changes(row: ConflictRow) -> tuple[str, dict[str, Any]]:
    """The operation kind and stored-form change that brings a lost value back."""
    if row.kind == "edit after delete":
        raise PacteError("conflict", "conflict_deleted", value=str(row.id))
    kind = "update"
    if row.field == ARCHIVED_AT:
        kind = "restore" if row.lost_value is None else "archive"
    return kind, {row.field: row.lost_value}
