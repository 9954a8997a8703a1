"""Reading records: by id or id prefix, by filters, and the employer search over FTS5."""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from typing import Any, TypeVar

import sqlalchemy as sa

from pacte_desktop.domain.entities import Entity, Worker
from pacte_desktop.domain.errors import NotFoundError, ValidationError
from pacte_desktop.store import search
from pacte_desktop.store.schema import TABLES, journal, row_to_entity

E = TypeVar("E", bound=Entity)
#: The length of a record id (a UUID in its 36-character text form).
ID_LENGTH = 36


class Repository:
    """Queries over one connection (and so one transaction snapshot)."""

    def __init__(self, conn: sa.Connection) -> None:
        self.conn = conn

    def get(self, cls: type[E], record_id: str) -> E | None:
        table = TABLES[cls.TABLE]
        row = self.conn.execute(sa.select(table).where(table.c.id == record_id)).mappings().first()
        return None if row is None else row_to_entity(cls, row)  # type: ignore[return-value]

    def require(self, cls: type[E], ref: str, field: str | None = None) -> E:
        """The record whose id is ``ref`` or starts with it (at least 6 characters)."""
        field = field or cls.TABLE
        table = TABLES[cls.TABLE]
        ref = ref.strip()
        rows: Sequence[Any] = []
        if 0 < len(ref) <= ID_LENGTH:  # nothing longer is an id, nor the start of one
            rows = self.conn.execute(sa.select(table).where(table.c.id == ref)).mappings().all()
            if not rows and len(ref) >= 6:
                rows = (
                    self.conn.execute(
                        sa.select(table).where(table.c.id.like(ref.replace("%", "") + "%")).limit(2)
                    )
                    .mappings()
                    .all()
                )
        if not rows:
            raise NotFoundError(field, "not_found", value=ref)
        if len(rows) > 1:
            raise NotFoundError(field, "ambiguous", value=ref)
        return row_to_entity(cls, rows[0])  # type: ignore[return-value]

    def find(self, cls: type[E], ref: str, field: str | None = None) -> E:
        """The record whose id is ``ref`` or starts with it (as :meth:`require`), else the one
        whose name (an employer's Dutch name too, an opportunity's title) is ``ref`` without
        regard to case or accents. Several with that name: the one not archived, if only one
        is; otherwise an error listing their ids, so the user can give one."""
        from pacte_desktop.domain.text import fold

        try:
            return self.require(cls, ref, field)
        except NotFoundError as exc:
            if exc.code != "not_found":
                raise
        table = TABLES[cls.TABLE]
        columns = [c for c in ("name", "name_nl", "title", "code") if c in table.c]
        key = fold(ref)
        if not columns or not key:
            raise NotFoundError(field or cls.TABLE, "not_found", value=ref)
        stmt = sa.select(table.c.id, table.c.archived_at, *(table.c[c] for c in columns))
        matches = [
            row
            for row in self.conn.execute(stmt)
            if any(isinstance(v, str) and fold(v) == key for v in row[2:])
        ]
        if len(matches) > 1:
            live = [row for row in matches if row.archived_at is None]
            matches = live if len(live) == 1 else matches
        if not matches:
            raise NotFoundError(field or cls.TABLE, "not_found", value=ref)
        if len(matches) > 1:
            ids = ", ".join(sorted(row.id for row in matches)[:5])
            raise NotFoundError(field or cls.TABLE, "ambiguous_name", value=ref, ids=ids)
        return self.require(cls, matches[0].id, field)

    def list(
        self,
        cls: type[E],
        *,
        include_archived: bool = False,
        order_by: str = "id",
        limit: int | None = None,
        **equals: Any,
    ) -> builtins.list[E]:
        table = TABLES[cls.TABLE]
        stmt = sa.select(table)
        if not include_archived:
            stmt = stmt.where(table.c.archived_at.is_(None))
        for name, value in equals.items():
            stmt = stmt.where(table.c[name] == value)
        stmt = stmt.order_by(table.c[order_by], table.c.id)
        if limit is not None:
            stmt = stmt.limit(limit)
        return [row_to_entity(cls, row) for row in self.conn.execute(stmt).mappings()]  # type: ignore[misc]

    def count(self, cls: type[Entity], *, include_archived: bool = False, **equals: Any) -> int:
        table = TABLES[cls.TABLE]
        stmt = sa.select(sa.func.count()).select_from(table)
        if not include_archived:
            stmt = stmt.where(table.c.archived_at.is_(None))
        for name, value in equals.items():
            stmt = stmt.where(table.c[name] == value)
        return int(self.conn.execute(stmt).scalar_one())

    def worker_by_name(
        self, name: str, field: str = "worker", *, active_only: bool = True
    ) -> Worker:
        """A worker named exactly ``name`` (case-insensitive)."""
        table = TABLES["worker"]
        stmt = sa.select(table).where(sa.func.lower(table.c.name) == name.strip().lower())
        rows = self.conn.execute(stmt).mappings().all()
        workers = [row_to_entity(Worker, r) for r in rows]
        if active_only:
            active = [w for w in workers if w.status == "active"]  # type: ignore[attr-defined]
            if not active and workers:
                raise ValidationError(field, "worker_left", value=name)
            workers = active
        if not workers:
            raise ValidationError(field, "unknown_worker", value=name)
        return workers[0]  # type: ignore[return-value]

    def worker_names(self) -> dict[str, str]:
        table = TABLES["worker"]
        return {row.id: row.name for row in self.conn.execute(sa.select(table.c.id, table.c.name))}

    def search_employer_ids(
        self, text: str, *, limit: int = 50, include_archived: bool = False
    ) -> builtins.list[str]:
        """Employer ids matching ``text`` as prefixes (see :mod:`pacte_desktop.store.search`)."""
        return search.search_employer_ids(
            self.conn, text, limit=limit, include_archived=include_archived
        )

    def history(self, row_id: str) -> builtins.list[dict[str, Any]]:
        """Journal entries of one record, oldest first."""
        stmt = sa.select(journal).where(journal.c.row_id == row_id).order_by(journal.c.hlc)
        return [dict(row) for row in self.conn.execute(stmt).mappings()]
