"""Received operations checked before they reach SQL: their shape, then the schema.

Every byte of a change file or a snapshot may be hostile. An operation is first checked for
shape (:func:`check_ops`, :func:`check_entries`): stamps, device, worker and row ids have the
form this version writes, a device writes only under its own id, its fields are one JSON object.
Then what it says is checked against this version's schema (:func:`schema_check`, and
:func:`screen` a batch at a time with the same verdicts): a table, kind or field name from a
newer version parks it until an upgrade; a value of the wrong type, a required field emptied or
a malformed name is ``sync_corrupt`` and nothing of its batch is written. ``replication.py``
applies what passes.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Sequence
from typing import Any, NamedTuple

from pacte_desktop.domain.entities import BY_TABLE, specs
from pacte_desktop.domain.errors import PacteError
from pacte_desktop.store.operations import DELETE, DELETED, MAX_TEXT, NAME, OP_KINDS
from pacte_desktop.store.schema import TABLES

#: The fields each table has, as this version knows them (``id`` is the row id, not a field).
KNOWN_FIELDS: dict[str, frozenset[str]] = {
    table: frozenset(specs(cls)) - {"id"} for table, cls in BY_TABLE.items()
}


class Op(NamedTuple):
    """One operation as it travels in an organisation-scope change file (and as journalled)."""

    hlc: str
    device_id: str
    worker_id: str | None
    table: str
    row_id: str
    op: str
    fields: str  # the JSON object text exactly as the originating device journalled it
    base: str | None = None  # the greatest stamp of the row its device knew when it wrote


def _corrupt(what: str, reason: str, **details: object) -> PacteError:
    """``reason`` is a code of ``messages.REASONS``; ``details`` fill its blanks."""
    return PacteError("sync", "sync_corrupt", value=what, reason=reason, **details)


#: A stamp as this version writes it: wall ms, counter, device id (see ``domain/hlc.py``).
_STAMP = re.compile(r"[0-9]{13}-[0-9a-f]{4}-[0-9a-f]{16}")
_DEVICE = re.compile(r"[0-9a-f]{16}")
#: Record ids are UUIDs; anything outside this shape never reaches SQL.
_ROW_ID = re.compile(r"[0-9A-Za-z][0-9A-Za-z-]{0,63}")
_WIRE_KEYS = ("hlc", "d", "w", "t", "r", "o", "f", "b")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def check_ops(raw_ops: Sequence[Any], device_id: str, what: str) -> list[Op]:
    """The operations of a decrypted change file, checked for shape; ``sync_corrupt`` if not.

    An operation travels as the list ``[hlc, device, worker, table, row id, operation, fields
    (JSON object text), base]`` (a dict keyed ``hlc``, ``d``, ``w``, ``t``, ``r``, ``o``, ``f``,
    ``b`` is read too). Every stamp must be the file's device's own: a device cannot write in
    another's name. What the operation says (its table, kind, field names and values) is
    checked against the schema by :func:`apply_ops`, whatever carried it.
    """
    if not _DEVICE.fullmatch(device_id):
        raise _corrupt(what, "stamp_malformed")
    own = re.compile(rf"[0-9]{{13}}-[0-9a-f]{{4}}-{device_id}")
    stamp, row = own.fullmatch, _ROW_ID.fullmatch
    ops: list[Op] = []
    for item in raw_ops:
        # The shape this version writes, checked inline; anything else takes _check_entry,
        # which accepts the same and says what is wrong with the rest.
        if type(item) is list and len(item) == 8:
            hlc, device, worker, table, row_id, kind, fields, base = item
            if (
                device == device_id
                and type(hlc) is str
                and stamp(hlc)
                and type(table) is str
                and type(row_id) is str
                and type(kind) is str
                and type(fields) is str
                and fields[:1] == "{"
                and fields[-1:] == "}"
                and (not worker or (type(worker) is str and row(worker)))
                and (base is None or (type(base) is str and _STAMP.fullmatch(base)))
            ):
                ops.append(Op(hlc, device, worker, table, row_id, kind, fields, base))
                continue
        ops.append(_check_entry(item, what, device_id, own))
    return ops


def check_entries(raw_entries: Sequence[Any], what: str) -> list[Op]:
    """Journal entries of any device, as a snapshot carries them, checked for shape."""
    return [_check_entry(item, what, None, _STAMP) for item in raw_entries]


def _check_entry(item: Any, what: str, device_id: str | None, stamp: re.Pattern[str]) -> Op:
    if type(item) is dict:
        item = [item.get(k) for k in _WIRE_KEYS]
    if type(item) is not list or len(item) not in (7, 8):
        raise _corrupt(what, "op_shape")
    hlc, device, worker, table, row_id, kind, fields = item[:7]
    base = item[7] if len(item) == 8 else None
    if not (
        type(hlc) is str
        and type(device) is str
        and type(table) is str
        and type(row_id) is str
        and type(kind) is str
        and type(fields) is str
    ):
        raise _corrupt(what, "op_not_text")
    if base is not None and (type(base) is not str or not _STAMP.fullmatch(base)):
        raise _corrupt(what, "bad_base")
    # The organisation's first records are written before any worker exists (worker "").
    if worker and (type(worker) is not str or not _ROW_ID.fullmatch(worker)):
        raise _corrupt(what, "worker_not_id")
    if device_id is not None and device != device_id:
        raise _corrupt(what, "op_other_device")
    if not stamp.fullmatch(hlc) or len(device) != 16 or not hlc.endswith(device):
        raise _corrupt(what, "stamp_malformed")
    if fields[:1] != "{" or fields[-1:] != "}":
        raise _corrupt(what, "fields_not_object")
    return Op(hlc, device, worker, table, row_id, kind, fields, base)


#: JSON decoding without ``json.loads``'s two wrapper calls: an operation's fields must be one
#: object filling its whole text (the end offset is checked).
_DECODE = json.JSONDecoder().raw_decode


def fields_of(op: Op) -> dict[str, Any]:
    try:
        value = json.loads(op.fields)
    except (json.JSONDecodeError, RecursionError):
        raise _corrupt(op.row_id, "fields_not_json") from None
    if not isinstance(value, dict):
        raise _corrupt(op.row_id, "fields_not_object")
    return value


def _is_text(value: Any) -> bool:
    return type(value) is str and len(value) <= MAX_TEXT


def _is_date(value: Any) -> bool:
    return type(value) is str and _DATE.fullmatch(value) is not None


def _is_flag(value: Any) -> bool:
    return value is True or value is False or (type(value) is int and value in (0, 1))


def _is_int(value: Any) -> bool:
    return type(value) is int and -(2**63) <= value < 2**63


def _is_list(value: Any) -> bool:
    """A list as the store keeps it: the JSON text of a list of texts."""
    if type(value) is not str or len(value) > MAX_TEXT or not value.startswith("["):
        return False
    try:
        items = json.loads(value)
    except (json.JSONDecodeError, RecursionError):
        return False
    return isinstance(items, list) and all(type(i) is str for i in items)


def _is_scalar(value: Any) -> bool:
    """A field this version learnt of after its specs (an upgrade's): any bounded scalar."""
    return _is_text(value) or _is_int(value) or type(value) in (bool, float)


_KIND_CHECKS = {
    "text": _is_text,
    "longtext": _is_text,
    "choice": _is_text,
    "ref": _is_text,
    "timestamp": _is_text,
    "date": _is_date,
    "bool": _is_flag,
    "int": _is_int,
    "list": _is_list,
}
#: Per table, per field: whether a received value has the field's stored type (None aside).
_VALUE_CHECKS: dict[str, dict[str, Any]] = {
    table: {name: _KIND_CHECKS[spec.kind] for name, spec in specs(cls).items() if name != "id"}
    for table, cls in BY_TABLE.items()
}


#: Per table, the fields whose column refuses null (required ones, flags and lists).
_NOT_NULL: dict[str, frozenset[str]] = {
    table: frozenset(c.name for c in TABLES[table].columns if not c.nullable and c.name != "id")
    for table in BY_TABLE
}


#: The (table, kind, field names…) already found to be names: a file repeats a few of them.
_NAMES_CHECKED: set[tuple[str, ...]] = set()


def _check_names(op: Op, names: tuple[str, ...]) -> None:
    if not NAME.fullmatch(op.table):
        raise _corrupt(op.row_id, "table_not_name")
    if not NAME.fullmatch(op.op):
        raise _corrupt(op.row_id, "kind_not_name")
    if not all(NAME.fullmatch(name) for name in names[2:]):
        raise _corrupt(op.row_id, "field_not_name")
    if len(_NAMES_CHECKED) < 10_000:  # bounded: a hostile file cannot grow it without end
        _NAMES_CHECKED.add(names)


def schema_check(op: Op, fields: dict[str, Any], not_after: str | None) -> bool:
    """Whether ``op`` applies now (True) or is parked (False); ``sync_corrupt`` if it cannot be
    an operation at all.

    Every name from outside is checked before any SQL is built from it: the table, the kind and
    each field name must be names (``store.operations.NAME``), and the row id an id. A name this
    version does not know (a table, a field, a kind from a newer version) parks the operation
    until an upgrade knows it (docs/sync.md rule 8); a known field's value must have the field's
    stored type, and a required field is never emptied. A stamp later than ``not_after`` (a
    clock far ahead, or a forged stamp) parks the operation until it is due, so it never pushes
    this workstation's clock forward.
    """
    names = (op.table, op.op, *fields)
    if names not in _NAMES_CHECKED:
        _check_names(op, names)
    if not _ROW_ID.fullmatch(op.row_id):
        raise _corrupt("operation", "row_id_not_id")
    if op.op == DELETE:
        if fields.get(DELETED) is not True:
            raise _corrupt(op.row_id, "delete_without_deleted")
    elif DELETED in fields:
        raise _corrupt(op.row_id, "deleted_without_delete")
    known = KNOWN_FIELDS.get(op.table)
    if known is None or op.op not in OP_KINDS:
        return False
    if op.op == DELETE:
        # A delete that says more than "deleted" is a newer version's: kept until one knows it.
        return len(fields) == 1 and (not_after is None or op.hlc <= not_after)
    if not_after is not None and op.hlc > not_after:
        return False
    if any(name not in known for name in fields):
        return False  # a newer version's field: parked whole, its values checked once known
    checks = _VALUE_CHECKS.get(op.table, {})
    not_null = _NOT_NULL.get(op.table, frozenset())
    for name, value in fields.items():
        if value is None:
            if name in not_null:
                raise _corrupt(op.row_id, "field_emptied", column=f"{op.table}.{name}")
        elif not checks.get(name, _is_scalar)(value):
            raise _corrupt(op.row_id, "field_type", column=f"{op.table}.{name}")
    return True


_TEXT_KINDS = frozenset({"text", "longtext", "choice", "ref", "timestamp"})
#: Per table, per field: the field's kind, for the column-wise checks of :func:`screen`.
_KINDS: dict[str, dict[str, str]] = {
    table: {name: spec.kind for name, spec in specs(cls).items() if name != "id"}
    for table, cls in BY_TABLE.items()
}


def _column_ok(kind: str | None, values: list[Any]) -> bool:
    """Whether every non-null value of one field has the field's stored type (``kind`` None:
    a field known from an upgrade only, any bounded scalar)."""
    if kind in _TEXT_KINDS:
        return all(v is None or (type(v) is str and len(v) <= MAX_TEXT) for v in values)
    if kind == "date":
        return all(v is None or _is_date(v) for v in values)
    if kind == "bool":
        return all(v is None or _is_flag(v) for v in values)
    if kind == "int":
        return all(v is None or _is_int(v) for v in values)
    if kind == "list":
        return all(v is None or _is_list(v) for v in values)
    return all(v is None or _is_scalar(v) for v in values)


def screen(
    ops: Sequence[Op], not_after: str | None
) -> tuple[list[tuple[Op, dict[str, Any]]], list[Op]]:
    """The operations that apply now (each with its decoded fields) and those parked: the rule
    of :func:`schema_check`, applied a batch at a time.

    Operations are grouped by (table, kind, field names), so that names are checked once per
    group and values column by column: the same verdicts, without a function call per value
    (a test holds the two to the same answers). Raises ``sync_corrupt`` as it does.
    """
    decode = _DECODE
    decoded: list[dict[str, Any]] = []
    groups: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for i, op in enumerate(ops):
        text = op.fields
        try:
            fields, end = decode(text)
        except (ValueError, RecursionError):
            raise _corrupt(op.row_id, "fields_not_json") from None
        if end != len(text) or type(fields) is not dict:
            raise _corrupt(op.row_id, "fields_not_object")
        decoded.append(fields)
        groups[(op.table, op.op, *fields)].append(i)
    parked: set[int] = set()
    for names, members in groups.items():
        first = ops[members[0]]
        if names not in _NAMES_CHECKED:
            _check_names(first, names)
        table, kind, fields = names[0], names[1], names[2:]
        row_id = _ROW_ID.fullmatch
        for i in members:
            if not row_id(ops[i].row_id):
                raise _corrupt("operation", "row_id_not_id")
        if kind == DELETE:
            for i in members:
                if decoded[i].get(DELETED) is not True:
                    raise _corrupt(ops[i].row_id, "delete_without_deleted")
        elif DELETED in fields:
            raise _corrupt(first.row_id, "deleted_without_delete")
        known = KNOWN_FIELDS.get(table)
        if known is None or kind not in OP_KINDS or (kind == DELETE and len(fields) != 1):
            parked.update(members)
            continue
        if not_after is not None:
            late = [i for i in members if ops[i].hlc > not_after]
            if late:
                parked.update(late)
                members = [i for i in members if ops[i].hlc <= not_after]
        if kind == DELETE or not members:
            continue
        if any(name not in known for name in fields):
            parked.update(members)
            continue
        kinds = _KINDS.get(table, {})
        not_null = _NOT_NULL.get(table, frozenset())
        for name in fields:
            column = [decoded[i][name] for i in members]
            if name in not_null and None in column:
                row = ops[members[column.index(None)]].row_id
                raise _corrupt(row, "field_emptied", column=f"{table}.{name}")
            if not _column_ok(kinds.get(name), column):
                bad = next(
                    i
                    for i in members
                    if decoded[i][name] is not None
                    and not _column_ok(kinds.get(name), [decoded[i][name]])
                )
                raise _corrupt(ops[bad].row_id, "field_type", column=f"{table}.{name}")
    kept = [(op, decoded[i]) for i, op in enumerate(ops) if i not in parked]
    return kept, [ops[i] for i in sorted(parked)]


def stamp_bound(now_ms: int, ahead_ms: int) -> str:
    """The greatest stamp text applied now: ``now_ms + ahead_ms`` (see :func:`apply_ops`)."""
    return f"{now_ms + ahead_ms:013d}-ffff-ffffffffffffffff"
