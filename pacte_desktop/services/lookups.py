"""Records found by what people call them, and read whole: the reads of the command line.

A person names a record by a handle, not by its full id: a worker by its name (any case), a
candidate by its code, any other record by its id, the start of its id (6 characters at
least) or its exact name or title (without regard to case or accents). A handle that names
nothing, or several records, is refused with the field it was given for.

- :func:`worker_id`, :func:`find_id` and :func:`reference_id` turn a handle into an id;
  :func:`require` reads the record an id (or the start of one) names.
- :func:`namer` gives the human name of a referenced record, to show beside its id.
- :func:`listed` reads one kind of record with a list's filters (archived ones too when asked,
  an employer's status, owner, commune and tag), in the order people read them;
  :func:`workers` the organisation's workers; :func:`search` the employers a text finds.
- :func:`history` reads a record's journal, oldest first: when (UTC, from the hybrid clock),
  on which device, by whom, what changed. A handle that is no record's id but starts exactly
  one journalled id (6 characters at least) names that record: a deleted record's history
  stays readable by the start of its id.

Every function takes a connection: a read connection, or the unit of work's own
(``uow.connection``) when the handles are resolved for a write.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from typing import Any, TypeVar

import sqlalchemy as sa

from pacte_desktop.domain import entities
from pacte_desktop.domain.entities import BY_TABLE, Employer, Entity, FieldSpec, Worker
from pacte_desktop.domain.errors import NotFoundError
from pacte_desktop.store.repository import Repository
from pacte_desktop.store.schema import journal

E = TypeVar("E", bound=Entity)

#: The human name of the record ``(table, id)`` references (None: no reference, or none found).
NameOf = Callable[[str, "str | None"], "str | None"]

# The order a list of each kind is read in.
_ORDER = {
    "Employer": "name",
    "ContactPerson": "name",
    "Opportunity": "title",
    "Candidate": "code",
    "Placement": "start_date",
    "Interaction": "date",
}


def worker_id(
    conn: sa.Connection, name: str, field: str = "worker", *, active_only: bool = True
) -> str:
    """The id of the worker named ``name`` (any case); ``active_only``: one who has not left."""
    return Repository(conn).worker_by_name(name, field, active_only=active_only).id


def find_id(conn: sa.Connection, cls: type[Entity], ref: str, field: str | None = None) -> str:
    """The id of the record ``ref`` names: its id, the start of it, or its name or title."""
    return Repository(conn).find(cls, ref, field).id


def reference_id(conn: sa.Connection, field: str, spec: FieldSpec, value: str) -> str:
    """The id the reference field ``field`` takes when a person gives ``value``: a worker's
    name, a candidate's code (else its id), another record's handle."""
    repo = Repository(conn)
    if spec.ref == "worker":
        return repo.worker_by_name(value, field[:-3]).id
    if spec.ref == "candidate":
        found = repo.list(entities.Candidate, include_archived=True, code=value.strip())
        if found:
            return found[0].id
    return repo.find(BY_TABLE[spec.ref or ""], value, field[:-3]).id


def require(conn: sa.Connection, cls: type[E], ref: str) -> E:
    """The record whose id is ``ref`` or starts with it (6 characters at least)."""
    return Repository(conn).require(cls, ref)


def namer(conn: sa.Connection) -> NameOf:
    """A function giving the name of a referenced record (its name, code or title, else its
    id), each record read once."""
    repo = Repository(conn)
    cache: dict[tuple[str, str], str | None] = {}

    def name_of(table: str, record_id: str | None) -> str | None:
        if not record_id:
            return None
        key = (table, record_id)
        if key not in cache:
            record = repo.get(BY_TABLE[table], record_id)
            cache[key] = (
                None
                if record is None
                else str(
                    getattr(record, "name", None)
                    or getattr(record, "code", None)
                    or getattr(record, "title", None)
                    or record.id
                )
            )
        return cache[key]

    return name_of


def listed(
    conn: sa.Connection,
    cls: type[E],
    *,
    include_archived: bool = False,
    employer: str | None = None,
    status: str | None = None,
    owner: str | None = None,
    commune: str | None = None,
    tag: str | None = None,
    limit: int | None = None,
) -> list[E]:
    """The records of ``cls`` with the filters given: ``employer`` (a handle) they belong to,
    ``status``, ``owner`` (a worker's name, who may have left), ``commune``, ``tag`` among
    their tags; at most ``limit``."""
    repo = Repository(conn)
    filters: dict[str, Any] = {}
    if employer:
        filters["employer_id"] = repo.find(Employer, employer, "employer").id
    if status:
        filters["status"] = status
    if owner:
        filters["owner_id"] = repo.worker_by_name(owner, "owner", active_only=False).id
    if commune:
        filters["commune"] = commune
    found = repo.list(
        cls, include_archived=include_archived, order_by=_ORDER[cls.__name__], **filters
    )
    if tag:
        found = [r for r in found if tag in getattr(r, "tags", ())]
    return found if limit is None else found[:limit]


def workers(conn: sa.Connection, *, left_too: bool = False) -> list[Worker]:
    """The organisation's active workers by name; ``left_too``: those who left as well."""
    filters: dict[str, Any] = {} if left_too else {"status": "active"}
    return Repository(conn).list(Worker, order_by="name", include_archived=True, **filters)


def search(conn: sa.Connection, text: str, limit: int) -> list[Employer]:
    """The employers ``text`` finds (words as prefixes: ``store/search.py``), best first."""
    repo = Repository(conn)
    found = []
    for employer_id in repo.search_employer_ids(text, limit=limit):
        employer = repo.get(Employer, employer_id)
        assert employer is not None
        found.append(employer)
    return found


def history(conn: sa.Connection, ref: str) -> list[dict[str, Any]]:
    """The journal of the record ``ref`` names, oldest first: ``hlc``, ``time`` (UTC, to the
    second), ``device_id``, ``worker_id``, ``worker`` (its name), ``table``, ``row_id``,
    ``op`` and the ``fields`` written. ``not_found`` when nothing was journalled for it."""
    repo = Repository(conn)
    entries = repo.history(ref)
    if not entries and len(ref) >= 6:
        query = (
            sa.select(journal.c.row_id)
            .distinct()
            .where(journal.c.row_id.like(ref.replace("%", "") + "%"))
            .limit(2)
        )
        matches = conn.execute(query).scalars().all()
        if len(matches) == 1:
            entries = repo.history(matches[0])
    if not entries:
        raise NotFoundError("id", "not_found", value=ref)
    names = repo.worker_names()
    rows = []
    for entry in entries:
        wall_ms = int(entry["hlc"].split("-", 1)[0])
        rows.append(
            {
                "hlc": entry["hlc"],
                "time": dt.datetime.fromtimestamp(wall_ms / 1000, dt.UTC).isoformat(
                    timespec="seconds"
                ),
                "device_id": entry["device_id"],
                "worker_id": entry["worker_id"],
                "worker": names.get(entry["worker_id"] or ""),
                "table": entry["table_name"],
                "row_id": entry["row_id"],
                "op": entry["op"],
                "fields": json.loads(entry["fields"]),
            }
        )
    return rows
