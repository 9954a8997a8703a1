"""Ordered, filtered lists of records for large tables: ids first, rows on demand.

The UI's table models hold the ordered id list that :func:`ids` returns (one SQL query, run off
the GUI thread) and fetch the rows they show in small blocks with :func:`rows`. Sorting and
filtering happen in SQL (and in FTS5 for text), never over the whole table in Python.

Employers are named in the interface's language: in Dutch, a row shows the employer's Dutch
name and commune (``name_nl``, ``commune_nl``) when the record has them, and the French ones
otherwise; the same goes for the employer named in an offer's or a placement's row, for the
employer search's answers and for the communes the directory's filter offers. A list sorted by
name is sorted by the name it shows. Searching and filtering match both languages. The
language is the one asked for, or the interface's (:func:`messages.current_language`).
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

import sqlalchemy as sa

from pacte_desktop.domain import messages, nace
from pacte_desktop.domain.entities import Worker
from pacte_desktop.store.database import Store
from pacte_desktop.store.repository import Repository
from pacte_desktop.store.search import fts_query
from pacte_desktop.sync.state import LocalState


@dataclass(frozen=True)
class Column:
    key: str
    sql: str  # an expression over the table aliased ``t``
    kind: str = "text"  # text | date | list | bool | int
    nullable: bool = True


@dataclass(frozen=True)
class Listing:
    """What a list shows: free text, equality filters, sort column and direction."""

    text: str = ""
    filters: Mapping[str, Any] = field(default_factory=dict)
    sort: str = ""
    descending: bool = False
    include_archived: bool = False
    language: str | None = None  # the names' language; None: the interface's


def _worker_name(column: str) -> str:
    return f"(SELECT w.name FROM worker AS w WHERE w.id = t.{column})"


def _employer_name(column: str = "employer_id", name: str = "e2.name") -> str:
    return f"(SELECT {name} FROM employer AS e2 WHERE e2.id = t.{column})"


def _dutch_or_french(french: str, dutch: str) -> str:
    return f"coalesce(nullif({dutch}, ''), {french})"


COLUMNS: dict[str, tuple[Column, ...]] = {
    "employer": (
        Column("name", "t.name", nullable=False),
        Column("bce_number", "t.bce_number"),
        Column("nace_code", "t.nace_code"),
        Column("commune", "t.commune"),
        Column("status", "t.status"),
        Column("owner", _worker_name("owner_id")),
        Column("tags", "t.tags", "list"),
        Column("accepts", "t.accepts", "list"),
        Column("phone", "t.phone"),
        Column("email", "t.email"),
        Column(
            "last_contact",
            "(SELECT max(i.date) FROM interaction AS i WHERE i.employer_id = t.id "
            "AND i.archived_at IS NULL)",
            "date",
        ),
    ),
    "opportunity": (
        Column("title", "t.title"),
        Column("kind", "t.kind"),
        Column("employer", _employer_name()),
        Column("positions", "t.positions", "int"),
        Column("status", "t.status"),
        Column("start_date", "t.start_date", "date"),
        Column("shared", "t.shared", "bool"),
        Column("owner", _worker_name("owner_id")),
    ),
    "candidate": (
        Column("code", "t.code"),
        Column("qualification_level", "t.qualification_level"),
        Column("languages", "t.languages", "list"),
        Column("skills", "t.skills", "list"),
        Column("saint_gilles_resident", "t.saint_gilles_resident", "bool"),
        Column("worker", _worker_name("worker_id")),
        Column("retention_date", "t.retention_date", "date"),
    ),
    "placement": (
        Column("candidate", "(SELECT c.code FROM candidate AS c WHERE c.id = t.candidate_id)"),
        Column("employer", _employer_name()),
        Column("placement_type", "t.placement_type"),
        Column("start_date", "t.start_date", "date"),
        Column("end_date", "t.end_date", "date"),
        Column("outcome", "t.outcome"),
        Column("check_3m", "t.check_3m"),
        Column("check_6m", "t.check_6m"),
    ),
}

# Filters each list accepts: name -> SQL condition with a ``:value`` parameter.
FILTERS: dict[str, dict[str, str]] = {
    "employer": {
        "status": "t.status = :value",
        "owner_id": "t.owner_id = :value",
        "commune": "(t.commune = :value OR t.commune_nl = :value)",
        "tag": "EXISTS (SELECT 1 FROM json_each(t.tags) WHERE value = :value)",
        "accepts": "EXISTS (SELECT 1 FROM json_each(t.accepts) WHERE value = :value)",
        "sector": "t.nace_code IS NOT NULL AND substr(t.nace_code, 1, 2) IN "
        "(SELECT value FROM json_each(:value))",
    },
    "opportunity": {
        "kind": "t.kind = :value",
        "status": "t.status = :value",
        "employer_id": "t.employer_id = :value",
        "owner_id": "t.owner_id = :value",
        "requests": "(t.kind = 'profile-request') = :value",
    },
    "candidate": {"worker_id": "t.worker_id = :value"},
    "placement": {
        "placement_type": "t.placement_type = :value",
        "outcome": "t.outcome = :value",
        "employer_id": "t.employer_id = :value",
        "candidate_id": "t.candidate_id = :value",
    },
}


# In Dutch: the columns that name an employer or its commune, by table and key.
DUTCH: dict[str, dict[str, str]] = {
    "employer": {
        "name": _dutch_or_french("t.name", "t.name_nl"),
        "commune": _dutch_or_french("t.commune", "t.commune_nl"),
    },
    "opportunity": {"employer": _employer_name(name=_dutch_or_french("e2.name", "e2.name_nl"))},
    "placement": {"employer": _employer_name(name=_dutch_or_french("e2.name", "e2.name_nl"))},
}


def columns(table: str, language: str | None = None) -> tuple[Column, ...]:
    """The columns of a list, their names of employers and communes in ``language``."""
    dutch = DUTCH.get(table, {}) if (language or messages.current_language()) == "nl" else {}
    if not dutch:
        return COLUMNS[table]
    return tuple(replace(c, sql=dutch[c.key]) if c.key in dutch else c for c in COLUMNS[table])


def _where(table: str, listing: Listing) -> tuple[list[str], dict[str, Any]]:
    clauses: list[str] = []
    params: dict[str, Any] = {}
    if not listing.include_archived:
        clauses.append("t.archived_at IS NULL")
    for i, (name, value) in enumerate(sorted(listing.filters.items())):
        if value in (None, ""):
            continue
        condition = FILTERS[table][name]
        if name == "sector":
            value = json.dumps(list(nace.divisions_of_section(str(value))))
        params[f"value{i}"] = value
        clauses.append(condition.replace(":value", f":value{i}"))
    if listing.text.strip():
        if table == "employer":
            query = fts_query(listing.text)
            if query is None:
                clauses.append("0")
            else:
                params["fts"] = query
                clauses.append(
                    "t.rowid IN (SELECT rowid FROM employer_search "
                    "WHERE employer_search MATCH :fts)"
                )
        else:
            first = columns(table)[0]
            params["like"] = f"%{listing.text.strip()}%"
            clauses.append(f"({first.sql} LIKE :like OR {columns(table)[1].sql} LIKE :like)")
    return clauses, params


def ids(conn: sa.Connection, table: str, listing: Listing) -> list[str]:
    """The ids of the records ``listing`` selects, in its order (ties broken by id)."""
    clauses, params = _where(table, listing)
    shown = columns(table, listing.language)
    by = {c.key: c for c in shown}
    column = by.get(listing.sort, shown[0])
    direction = "DESC" if listing.descending else "ASC"
    where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
    # Empty values last; a column that is never empty leaves the order to an index if any.
    nulls = f"{column.sql} IS NULL, " if column.nullable else ""
    sql = (
        f"SELECT t.id FROM {table} AS t {where} "
        f"ORDER BY {nulls}{column.sql} COLLATE NOCASE {direction}, t.id {direction}"
    )
    # The DB-API directly: SQLAlchemy's row processing would double the time of 100,000 ids.
    cursor = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    try:
        return [row[0] for row in cursor.execute(sql, params)]
    finally:
        cursor.close()


def rows(
    conn: sa.Connection, table: str, record_ids: Sequence[str], language: str | None = None
) -> dict[str, dict[str, Any]]:
    """Display values of the given records, by id (missing ids are left out), employers and
    communes named in ``language``."""
    if not record_ids:
        return {}
    cols = columns(table, language)
    select = ", ".join(f"{c.sql} AS {c.key}" for c in cols)
    holders = ", ".join("?" for _ in record_ids)
    sql = (
        f"SELECT t.id AS id, t.archived_at AS archived_at, {select} "
        f"FROM {table} AS t WHERE t.id IN ({holders})"
    )
    result: dict[str, dict[str, Any]] = {}
    # The DB-API directly: this runs on every scroll step, where SQLAlchemy's statement
    # building would cost more than the query.
    cursor = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.execute(sql, tuple(record_ids))
        names = [d[0] for d in cursor.description]
        fetched = cursor.fetchall()
    finally:
        cursor.close()
    for raw in fetched:
        values = dict(zip(names, raw, strict=True))
        for c in cols:
            if c.kind == "list":
                values[c.key] = tuple(json.loads(values[c.key] or "[]"))
            elif c.kind == "bool":
                values[c.key] = bool(values[c.key])
        result[values["id"]] = values
    return result


def distinct_values(conn: sa.Connection, table: str, key: str) -> list[str]:
    """Values a filter can take (communes, tags…), for the UI's filter menus."""
    if key == "tag":
        sql = (
            f"SELECT DISTINCT j.value FROM {table} AS t, json_each(t.tags) AS j "
            "WHERE t.archived_at IS NULL ORDER BY j.value COLLATE NOCASE"
        )
    else:
        sql = (
            f"SELECT DISTINCT t.{key} FROM {table} AS t WHERE t.{key} IS NOT NULL "
            f"AND t.archived_at IS NULL ORDER BY t.{key} COLLATE NOCASE"
        )
    return [str(v) for v in conn.execute(sa.text(sql)).scalars()]


def first_rows(
    conn: sa.Connection, table: str, listing: Listing, count: int
) -> tuple[list[str], dict[str, dict[str, Any]]]:
    """The ids ``listing`` selects and the rows of the first ``count`` of them, in one read:
    a list can paint its first screen without asking again."""
    found = ids(conn, table, listing)
    return found, rows(conn, table, found[:count], listing.language)


def search_employers(
    conn: sa.Connection, text: str, limit: int, language: str | None = None
) -> list[tuple[str, str, str]]:
    """Employers whose name, BCE number or address matches ``text`` (FTS5 prefixes), best
    first: (id, name, commune) of at most ``limit`` of them, named in ``language``."""
    found = Repository(conn).search_employer_ids(text, limit=limit)
    by_id = rows(conn, "employer", found, language)
    return [(i, by_id[i]["name"], by_id[i].get("commune") or "") for i in found if i in by_id]


@dataclass(frozen=True)
class EmployerFilterOptions:
    """What the directory's filter menus offer beyond the fixed choices."""

    communes: list[tuple[str, str]]  # (the stored French name, the name shown), as shown
    tags: list[str]
    owners: list[tuple[str, str]]  # active workers: (id, name), by name


def _communes(conn: sa.Connection, language: str | None) -> list[tuple[str, str]]:
    """Each commune of live employers: its stored (French) name and the name shown."""
    dutch = (language or messages.current_language()) == "nl"
    shown = _dutch_or_french("t.commune", "max(t.commune_nl)") if dutch else "t.commune"
    sql = (
        f"SELECT t.commune, {shown} AS shown FROM employer AS t "
        "WHERE t.commune IS NOT NULL AND t.archived_at IS NULL "
        "GROUP BY t.commune ORDER BY shown COLLATE NOCASE"
    )
    return [(str(value), str(name)) for value, name in conn.execute(sa.text(sql))]


def employer_filter_options(
    conn: sa.Connection, language: str | None = None
) -> EmployerFilterOptions:
    """The communes (named in ``language``) and tags of live employers, and the active
    workers (a scan of the table)."""
    workers = Repository(conn).list(Worker, status="active", order_by="name")
    return EmployerFilterOptions(
        communes=_communes(conn, language),
        tags=distinct_values(conn, "employer", "tag"),
        owners=[(w.id, w.name) for w in workers],
    )


def partner_counts(store: Store) -> dict[str, int]:
    """The directory's « Également connu de »: employer id -> how many partner organisations
    know it (``services/network_groups.partner_counts``). Nothing is computed on a workstation
    in no network: a 100,000-employer directory there pays nothing for it."""
    if not LocalState(store).configured("network"):
        return {}
    # Imported here: the matching (rapidfuzz) stays out of the directory's start-up.
    from pacte_desktop.services.network_groups import partner_counts as counts

    return counts(store)
