"""The SQL mapping: tables built from the domain's field specs, plus the store's local tables.

Replicated tables hold the organisation's records; every write to them goes through the unit of
work, which journals it (see :mod:`pacte_desktop.store.unit_of_work`). A guard trigger on each of
them refuses any write made while the unit of work's gate is closed, so nothing can write around
the journal. Local tables (settings, device state, the journal itself) never leave the device as
rows.

Values are stored as SQLite primitives: dates as ISO text, lists as JSON arrays, booleans as 0/1.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Mapping
from typing import Any

import sqlalchemy as sa

from pacte_desktop.domain.entities import ENTITIES, Entity, FieldSpec, specs

APPLICATION_ID = 0x50414354  # "PACT": PRAGMA application_id of every Pacte store

metadata = sa.MetaData()

_SQL_TYPES: dict[str, type[sa.types.TypeEngine[Any]]] = {
    "text": sa.Text,
    "longtext": sa.Text,
    "date": sa.Text,
    "bool": sa.Integer,
    "int": sa.Integer,
    "list": sa.Text,
    "choice": sa.Text,
    "ref": sa.Text,
    "timestamp": sa.Text,
}


def _column(name: str, spec: FieldSpec) -> sa.Column[Any]:
    type_ = _SQL_TYPES[spec.kind]
    if name == "id":
        return sa.Column("id", sa.Text, primary_key=True)
    args: list[Any] = []
    if spec.kind == "ref" and spec.ref:
        args.append(sa.ForeignKey(f"{spec.ref}.id", deferrable=True, initially="DEFERRED"))
    nullable = not (spec.required or spec.kind in ("bool", "list"))
    default: Any = None
    if spec.kind == "bool":
        default = sa.text("0")
    elif spec.kind == "list":
        default = sa.text("'[]'")
    return sa.Column(name, type_(), *args, nullable=nullable, server_default=default)


def _entity_table(cls: type[Entity]) -> sa.Table:
    return sa.Table(cls.TABLE, metadata, *(_column(n, s) for n, s in specs(cls).items()))


TABLES: dict[str, sa.Table] = {cls.TABLE: _entity_table(cls) for cls in ENTITIES}
REPLICATED_TABLES: tuple[str, ...] = tuple(TABLES)

# Indexes the daily queries need (follow-ups due, an employer's timeline, owner filters).
sa.Index("ix_worker_name", TABLES["worker"].c.name)
sa.Index("ix_employer_owner", TABLES["employer"].c.owner_id)
sa.Index("ix_employer_bce", TABLES["employer"].c.bce_number)
# The directory's default order (migration 0004).
sa.Index(
    "ix_employer_name_live",
    TABLES["employer"].c.name.collate("NOCASE"),
    TABLES["employer"].c.id,
    sqlite_where=TABLES["employer"].c.archived_at.is_(None),
)
sa.Index("ix_contact_employer", TABLES["contact_person"].c.employer_id)
sa.Index(
    "ix_interaction_employer", TABLES["interaction"].c.employer_id, TABLES["interaction"].c.date
)
sa.Index("ix_follow_up_due", TABLES["follow_up"].c.status, TABLES["follow_up"].c.due_date)
sa.Index("ix_follow_up_employer", TABLES["follow_up"].c.employer_id)
sa.Index("ix_opportunity_employer", TABLES["opportunity"].c.employer_id)
# Not unique: two workstations offline may give one code twice (migration 0007).
sa.Index("ix_candidate_code", TABLES["candidate"].c.code)
sa.Index("ix_candidate_worker", TABLES["candidate"].c.worker_id)
sa.Index("ix_placement_employer", TABLES["placement"].c.employer_id)
sa.Index("ix_placement_candidate", TABLES["placement"].c.candidate_id)
# The dedupe decisions (migration 0008): an employer's merges, "not the same" pairs and links.
sa.Index("ix_employer_merge_kept", TABLES["employer_merge"].c.kept_id)
sa.Index("ix_employer_merge_merged", TABLES["employer_merge"].c.merged_id)
sa.Index("ix_employer_distinct_first", TABLES["employer_distinct"].c.first_id)
sa.Index("ix_employer_link_employer", TABLES["employer_link"].c.employer_id)
sa.Index(
    "ix_employer_link_partner",
    TABLES["employer_link"].c.partner_org_id,
    TABLES["employer_link"].c.partner_row_id,
)

local_state = sa.Table(
    "local_state",
    metadata,
    sa.Column("key", sa.Text, primary_key=True),
    sa.Column("value", sa.Text, nullable=False),
)

setting = sa.Table(
    "setting",
    metadata,
    sa.Column("key", sa.Text, primary_key=True),
    sa.Column("value", sa.Text, nullable=False),
)

journal = sa.Table(
    "journal",
    metadata,
    sa.Column("seq", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("hlc", sa.Text, nullable=False),
    sa.Column("device_id", sa.Text, nullable=False),
    sa.Column("worker_id", sa.Text),
    sa.Column("table_name", sa.Text, nullable=False),
    sa.Column("row_id", sa.Text, nullable=False),
    sa.Column("op", sa.Text, nullable=False),  # insert | update | archive | restore
    sa.Column("fields", sa.Text, nullable=False),  # JSON object: field -> new stored value
    # The greatest stamp of this row the writing device knew when it wrote (None for an insert):
    # a later write whose base reaches a losing write's stamp had seen it (not a conflict).
    sa.Column("base", sa.Text),
)
# Per-row history, covering what the merge reads (migration 0005).
sa.Index("ix_journal_row", journal.c.row_id, journal.c.hlc, journal.c.device_id, journal.c.op)
sa.Index("ix_journal_delete", journal.c.row_id, sqlite_where=journal.c.op == "delete")

# --- sync state (migration 0005): local, never replicated as rows -----------------------------

#: The applied-files cursor (docs/sync.md rule 2): the names of the change files applied, per scope
#: and device, with their hash (the next file's ``prev``).
sync_applied = sa.Table(
    "sync_applied",
    metadata,
    sa.Column("scope", sa.Text, primary_key=True),
    sa.Column("device_id", sa.Text, primary_key=True),
    sa.Column("name", sa.Text, primary_key=True),
    sa.Column("seq", sa.Integer, nullable=False),
    sa.Column("sha256", sa.Text, nullable=False),
    sa.Column("applied_at", sa.Text, nullable=False),
)
sa.Index("ix_sync_applied_seq", sync_applied.c.scope, sync_applied.c.device_id, sync_applied.c.seq)

#: Values that lost (docs/sync.md rule 5), for review and reinstatement. Values are JSON texts.
sync_conflict = sa.Table(
    "sync_conflict",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("table_name", sa.Text, nullable=False),
    sa.Column("row_id", sa.Text, nullable=False),
    sa.Column("field", sa.Text, nullable=False),
    sa.Column("kind", sa.Text, nullable=False),
    sa.Column("lost_value", sa.Text, nullable=False),
    sa.Column("lost_hlc", sa.Text, nullable=False),
    sa.Column("won_value", sa.Text, nullable=False),
    sa.Column("won_hlc", sa.Text, nullable=False),
    sa.Column("status", sa.Text, nullable=False, server_default=sa.text("'open'")),
    sa.UniqueConstraint("table_name", "row_id", "field", "lost_hlc", "kind"),
)

#: Operations on tables or fields this version does not know (docs/sync.md rule 8).
sync_parked = sa.Table(
    "sync_parked",
    metadata,
    sa.Column("hlc", sa.Text, primary_key=True),
    sa.Column("device_id", sa.Text, nullable=False),
    sa.Column("worker_id", sa.Text),
    sa.Column("table_name", sa.Text, primary_key=True),
    sa.Column("row_id", sa.Text, primary_key=True),
    sa.Column("op", sa.Text, nullable=False),
    sa.Column("fields", sa.Text, nullable=False),
    sa.Column("base", sa.Text),
)

#: Files that were refused (corrupt: retried; forged: reported), for ``pacte sync status``.
sync_rejected = sa.Table(
    "sync_rejected",
    metadata,
    sa.Column("scope", sa.Text, primary_key=True),
    sa.Column("path", sa.Text, primary_key=True),
    sa.Column("code", sa.Text, nullable=False),
    sa.Column("reason", sa.Text, nullable=False),
    sa.Column("first_seen", sa.Text, nullable=False),
    sa.Column("last_seen", sa.Text, nullable=False),
    sa.Column("params", sa.Text, nullable=True),  # the error's parameters, JSON (0007)
)

#: Partner organisations' records received through the network scope, read-only: the values
#: the charter lets through (JSON object) and each field's stamp (JSON object). Each lives in its
#: organisation's namespace (migration 0007): one member cannot write another's record.
network_record = sa.Table(
    "network_record",
    metadata,
    sa.Column("table_name", sa.Text, primary_key=True),
    sa.Column("org_id", sa.Text, primary_key=True),
    sa.Column("row_id", sa.Text, primary_key=True),
    sa.Column("data", sa.Text, nullable=False),
    sa.Column("stamps", sa.Text, nullable=False),
)
sa.Index("ix_network_record_org", network_record.c.org_id)
sa.Index("ix_network_record_row", network_record.c.row_id)


# --- import batches (migration 0006): local, never replicated -------------------------------
# An import is one workstation's act: its effects travel as ordinary journalled operations, the
# batch itself (what it created, what it changed and the values before) stays here so that the
# import can be reverted on this workstation.

#: One import run: the file, its kind (``employers`` or ``kbo``), its counts, and the greatest
#: journal ``seq`` it wrote (a later journal entry on one of its records means the record was
#: changed since).
import_batch = sa.Table(
    "import_batch",
    metadata,
    sa.Column("id", sa.Text, primary_key=True),
    sa.Column("kind", sa.Text, nullable=False),
    sa.Column("file", sa.Text, nullable=False),
    sa.Column("created_at", sa.Text, nullable=False),
    sa.Column("worker_id", sa.Text),
    sa.Column("created", sa.Integer, nullable=False),
    sa.Column("updated", sa.Integer, nullable=False),
    sa.Column("unchanged", sa.Integer, nullable=False),
    sa.Column("rejected", sa.Integer, nullable=False),
    sa.Column("journal_seq", sa.Integer, nullable=False),
    sa.Column("reverted_at", sa.Text),
)

#: The records of a batch: ``create`` (deleted on revert) or ``update`` with ``before``, a JSON
#: object of the stored values the import replaced (set back on revert).
import_item = sa.Table(
    "import_item",
    metadata,
    sa.Column("batch_id", sa.Text, sa.ForeignKey("import_batch.id"), primary_key=True),
    sa.Column("table_name", sa.Text, primary_key=True),
    sa.Column("row_id", sa.Text, primary_key=True),
    sa.Column("action", sa.Text, nullable=False),
    sa.Column("before", sa.Text),
)
sa.Index("ix_import_item_row", import_item.c.row_id)


def to_db(spec: FieldSpec, value: object) -> object:
    """A domain value in its stored form."""
    if value is None:
        return None
    if spec.kind == "date":
        return value.isoformat() if isinstance(value, dt.date) else value
    if spec.kind == "list":
        return json.dumps(list(value), ensure_ascii=False)  # type: ignore[call-overload]
    if spec.kind == "bool":
        return 1 if value else 0
    return value


def from_db(spec: FieldSpec, value: object) -> object:
    """A stored value back in its domain form."""
    if spec.kind == "list":
        return tuple(json.loads(value)) if value else ()  # type: ignore[arg-type]
    if value is None:
        return None
    if spec.kind == "date":
        return dt.date.fromisoformat(value)  # type: ignore[arg-type]
    if spec.kind == "bool":
        return bool(value)
    return value


_CONVERTED = ("date", "list", "bool")
_ROW_PLANS: dict[type[Entity], tuple[tuple[str, str | None], ...]] = {}


def _row_plan(cls: type[Entity]) -> tuple[tuple[str, str | None], ...]:
    """(field, kind when :func:`to_db` changes its values) in declaration order (cached)."""
    plan = _ROW_PLANS.get(cls)
    if plan is None:
        plan = tuple(
            (name, spec.kind if spec.kind in _CONVERTED else None)
            for name, spec in specs(cls).items()
        )
        _ROW_PLANS[cls] = plan
    return plan


def values_to_row(cls: type[Entity], values: Mapping[str, object]) -> dict[str, object]:
    """Every field of ``cls`` from ``values`` (all of them, domain form) in stored form: what
    :func:`entity_to_row` gives for the entity of these values."""
    row: dict[str, object] = {}
    for name, kind in _row_plan(cls):
        value = values[name]
        if kind is None or value is None:
            row[name] = value
        elif kind == "list":
            row[name] = json.dumps(list(value), ensure_ascii=False) if value else "[]"  # type: ignore[call-overload]
        else:
            row[name] = to_db(specs(cls)[name], value)
    return row


def entity_to_row(entity: Entity) -> dict[str, object]:
    """All fields of an entity in stored form."""
    return values_to_row(type(entity), entity.__dict__)


def row_to_entity(cls: type[Entity], row: Mapping[Any, Any]) -> Entity:
    """Build an entity from a stored row (a mapping of column name to value)."""
    values: dict[str, Any] = {name: from_db(spec, row[name]) for name, spec in specs(cls).items()}
    return cls(**values)


def stored_defaults(cls: type[Entity]) -> dict[str, object]:
    """Every field of ``cls`` at its default, in stored form: the base of a bulk-insert row."""
    return {f.name: to_db(specs(cls)[f.name], f.default) for f in dataclasses.fields(cls)}
