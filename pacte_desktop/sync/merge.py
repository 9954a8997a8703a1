"""The merge rule of replicated rows (docs/sync.md rules 3, 4, 5 and 8): pure, no Qt, no SQL.

An operation is a dict::

    {"table": str, "row_id": str, "hlc": str,
     "op": one of ``store.operations.OP_KINDS``,
     "fields": {name: value}}

"insert", "update", "archive", "restore", "handover" and "leave" are ordinary field writes
("archive" and "restore" write ``archived_at``). "delete" writes the reserved field ``deleted`` =
True; no other operation may write ``deleted``.

Order-independence rules (the state is a pure function of the *set* of operations received,
so any delivery order, with any repeats, gives the same :meth:`ReplicaState.snapshot`):

1. Stamps are ordered as text, which is the order of (wall ms, counter, device id) — see
   :func:`winner`. Two different devices never issue the same stamp, so an exact tie on wall
   time and counter is broken by the device id part, the same way on every replica. Should two
   writes of one field ever carry the very same stamp (a bug upstream), the canonical JSON of
   the value breaks the tie so that the result is still deterministic.
2. Every write of every field is kept (a grow-only set); values, winners and conflicts are
   derived from that set. Keeping only winners is not order-independent: a delete that arrives
   late can make an older write the current one again, and a write dropped earlier could not
   be recalled.
3. Delete: the row's ``deleted`` field is a last-writer-wins register whose only value is True,
   so once any delete is known the row is deleted for good (there is no undelete operation).
   Its stamp D is the greatest delete stamp known. Writes with stamp <= D are history: they
   merge by per-field LWW and give the values the deleted row keeps. Writes with stamp > D are
   *not* applied; each is a conflict of kind ``"edit after delete"`` (lost value = the edit,
   won value = the field's value at the delete, won stamp = D), whatever its value.
4. Concurrent conflicts: among the writes a field keeps (rule 3), the greatest stamp wins.
   Each other write is a ``"concurrent"`` conflict against that final winner when (a) its value
   differs from the winner's, (b) the winner's wall time minus its wall time is at most the
   window (10 minutes by default; the boundary counts), and (c) it comes from another device
   than the winner (one device's HLC is causal: its later write supersedes its earlier one,
   nothing concurrent was lost). So two concurrent edits give exactly one conflict, and a third
   one gives a second conflict against the same final winner, whichever arrives first.
5. An operation on a table, or writing a field, missing from ``known_tables`` is parked whole
   (``deleted`` is implicitly known in every known table). :meth:`ReplicaState.unpark` applies
   the parked operations that are known now; since the state is a function of the set of
   applied operations, the result equals having known them from the start.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from pacte_desktop.domain.hlc import Stamp

# The journal's vocabulary, re-exported under the names the merge rule has always used.
from pacte_desktop.store.operations import ARCHIVED_AT as ARCHIVED_AT
from pacte_desktop.store.operations import DELETED as DELETED
from pacte_desktop.store.operations import OP_KINDS as OP_KINDS

#: Default conflict window: 10 minutes of wall time, read from the stamps.
WINDOW_MS = 10 * 60 * 1000


ConflictKind = Literal["concurrent", "edit after delete"]
CONCURRENT: ConflictKind = "concurrent"
EDIT_AFTER_DELETE: ConflictKind = "edit after delete"

Op = dict[str, Any]
#: Hashable identity of an operation: (table, row_id, hlc, op, canonical fields).
OpKey = tuple[str, str, str, str, str]


def winner(a_stamp: str, b_stamp: str) -> str:
    """The stamp of the last writer: the greater of the two.

    Stamps are ``WWWWWWWWWWWWW-CCCC-DEVICE`` (fixed-width wall ms and counter), so text order
    equals (wall, counter, device) order. Two devices that stamp the same millisecond and
    counter differ in the device part, which decides deterministically everywhere. Equal stamps
    are the same writer and event: either is returned.
    """
    Stamp.parse(a_stamp)
    Stamp.parse(b_stamp)
    return a_stamp if a_stamp >= b_stamp else b_stamp


def canonical(value: Any) -> str:
    """A canonical text of a value: for op identity, value equality and the last tie-break."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), default=repr)


def op_key(op: Mapping[str, Any]) -> OpKey:
    return (
        str(op["table"]),
        str(op["row_id"]),
        str(op["hlc"]),
        str(op["op"]),
        canonical(op.get("fields") or {}),
    )


@dataclass(frozen=True)
class Conflict:
    """A value that lost and is kept for review (docs/sync.md rule 5)."""

    table: str
    row_id: str
    field: str
    lost_value: Any
    lost_stamp: str
    won_value: Any
    won_stamp: str
    kind: ConflictKind = CONCURRENT

    def sort_key(self) -> tuple[str, str, str, str, str, str, str, str]:
        return (
            self.table,
            self.row_id,
            self.field,
            self.lost_stamp,
            self.kind,
            canonical(self.lost_value),
            self.won_stamp,
            canonical(self.won_value),
        )


@dataclass(frozen=True, order=True)
class _Write:
    stamp: str
    value_key: str
    wall_ms: int = field(compare=False)
    device: str = field(compare=False)
    value: Any = field(compare=False)


@dataclass
class _Row:
    writes: dict[str, set[_Write]] = field(default_factory=dict)
    delete_stamps: set[str] = field(default_factory=set)

    @property
    def delete_stamp(self) -> str | None:
        return max(self.delete_stamps) if self.delete_stamps else None

    def kept(self, name: str) -> list[_Write]:
        """The writes of a field that count (rule 3), oldest first."""
        cut = self.delete_stamp
        return sorted(w for w in self.writes.get(name, ()) if cut is None or w.stamp <= cut)

    def after_delete(self, name: str) -> list[_Write]:
        cut = self.delete_stamp
        if cut is None:
            return []
        return sorted(w for w in self.writes.get(name, ()) if w.stamp > cut)


def _validate(op: Mapping[str, Any]) -> None:
    for key in ("table", "row_id", "hlc", "op"):
        if not isinstance(op.get(key), str):
            raise ValueError(f"operation without a text {key!r}: {op!r}")
    Stamp.parse(op["hlc"])
    kind = op["op"]
    if kind not in OP_KINDS:
        raise ValueError(f"unknown operation kind {kind!r}")
    fields = op.get("fields", {})
    if not isinstance(fields, Mapping) or not all(isinstance(k, str) for k in fields):
        raise ValueError(f"operation fields must be a mapping of names: {op!r}")
    if kind == "delete":
        if any(k != DELETED or v is not True for k, v in fields.items()):
            raise ValueError(f"a delete writes only {DELETED!r} = True: {op!r}")
    elif DELETED in fields:
        raise ValueError(f"only a delete operation may write {DELETED!r}: {op!r}")


class ReplicaState:
    """In-memory replicated rows merged per field, last writer wins on the HLC stamp."""

    def __init__(self, *, window_ms: int = WINDOW_MS) -> None:
        self.window_ms = window_ms
        self.applied: set[OpKey] = set()
        self._rows: dict[tuple[str, str], _Row] = {}
        self._parked: dict[OpKey, Op] = {}

    # -- applying -----------------------------------------------------------------------------

    def apply(self, op: Mapping[str, Any], *, known_tables: Mapping[str, set[str]]) -> str:
        """Merge one operation. Returns "applied", "duplicate" or "parked".

        Raises ValueError on a malformed operation (nothing is changed then).
        """
        _validate(op)
        key = op_key(op)
        if key in self.applied:
            return "duplicate"
        fields: Mapping[str, Any] = op.get("fields") or {}
        known = known_tables.get(op["table"])
        if known is None or any(name != DELETED and name not in known for name in fields):
            self._parked.setdefault(key, _copy_op(op))
            return "parked"
        self._parked.pop(key, None)
        self.applied.add(key)
        row = self._rows.setdefault((op["table"], op["row_id"]), _Row())
        stamp = Stamp.parse(op["hlc"])
        if op["op"] == "delete":
            row.delete_stamps.add(op["hlc"])
            return "applied"
        for name, value in fields.items():
            write = _Write(op["hlc"], canonical(value), stamp.wall_ms, stamp.device, value)
            row.writes.setdefault(name, set()).add(write)
        return "applied"

    def unpark(self, known_tables: Mapping[str, set[str]]) -> int:
        """Apply the parked operations that are known now (after an upgrade); returns how many."""
        done = 0
        for key in sorted(self._parked):
            op = self._parked[key]
            if self.apply(op, known_tables=known_tables) == "applied":
                done += 1
        return done

    def reinstate(self, conflict: Conflict, stamp: str) -> Op:
        """A new operation, stamped ``stamp`` by the caller's clock, that sets the lost value.

        An "edit after delete" cannot be reinstated on its row: a delete is final, and a new
        write would only be another edit after delete. The caller offers another way (copying
        the value into a new record).
        """
        Stamp.parse(stamp)
        if conflict.kind == EDIT_AFTER_DELETE:
            raise ValueError("an edit made after a delete cannot be reinstated on a deleted row")
        kind = "update"
        if conflict.field == ARCHIVED_AT:
            kind = "restore" if conflict.lost_value is None else "archive"
        return {
            "table": conflict.table,
            "row_id": conflict.row_id,
            "hlc": stamp,
            "op": kind,
            "fields": {conflict.field: conflict.lost_value},
        }

    # -- reading ------------------------------------------------------------------------------

    def row(self, table: str, row_id: str) -> dict[str, tuple[Any, str]] | None:
        """Field name -> (value, winning stamp); ``deleted`` appears once the row is deleted."""
        data = self._rows.get((table, row_id))
        if data is None:
            return None
        out: dict[str, tuple[Any, str]] = {}
        for name in data.writes:
            kept = data.kept(name)
            if kept:
                out[name] = (kept[-1].value, kept[-1].stamp)
        cut = data.delete_stamp
        if cut is not None:
            out[DELETED] = (True, cut)
        return out

    def is_deleted(self, table: str, row_id: str) -> bool:
        data = self._rows.get((table, row_id))
        return data is not None and bool(data.delete_stamps)

    @property
    def conflicts(self) -> list[Conflict]:
        """Every conflict (rules 3 and 4), in a canonical order."""
        found: list[Conflict] = []
        for (table, row_id), data in self._rows.items():
            for name in data.writes:
                kept = data.kept(name)
                win = kept[-1] if kept else None
                for lost in kept[:-1]:
                    assert win is not None
                    if (
                        lost.value_key != win.value_key
                        and win.wall_ms - lost.wall_ms <= self.window_ms
                        and lost.device != win.device
                    ):
                        found.append(_conflict(table, row_id, name, lost, win.value, win.stamp))
                cut = data.delete_stamp
                for edit in data.after_delete(name):
                    assert cut is not None
                    frozen = win.value if win is not None else None
                    found.append(
                        _conflict(table, row_id, name, edit, frozen, cut, EDIT_AFTER_DELETE)
                    )
        return sorted(found, key=Conflict.sort_key)

    @property
    def parked(self) -> list[Op]:
        """The parked operations, in a canonical order."""
        return [_copy_op(self._parked[key]) for key in sorted(self._parked)]

    def snapshot(self) -> dict[str, Any]:
        """A canonical, comparable picture: rows, conflicts and parked operations, all sorted."""
        rows = []
        for table, row_id in sorted(self._rows):
            values = self.row(table, row_id) or {}
            rows.append(
                (
                    table,
                    row_id,
                    tuple(
                        (name, canonical(value), stamp)
                        for name, (value, stamp) in sorted(values.items())
                    ),
                )
            )
        return {
            "rows": rows,
            "conflicts": [c.sort_key() for c in self.conflicts],
            "parked": sorted(self._parked),
        }


def _conflict(
    table: str,
    row_id: str,
    name: str,
    lost: _Write,
    won_value: Any,
    won_stamp: str,
    kind: ConflictKind = CONCURRENT,
) -> Conflict:
    return Conflict(table, row_id, name, lost.value, lost.stamp, won_value, won_stamp, kind)


def _copy_op(op: Mapping[str, Any]) -> Op:
    copied = dict(op)
    copied["fields"] = dict(op.get("fields") or {})
    return copied
