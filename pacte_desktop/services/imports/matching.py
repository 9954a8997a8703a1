"""Recognising an employer already in the store (or earlier in the same file).

The rule of issue 5: the same BCE number is the same employer; failing that, the same name
(compared without case, accents or extra spaces: :func:`pacte_desktop.domain.text.fold`) at the
same postcode is, unless both carry different BCE numbers (then they are two employers).
"""

from __future__ import annotations

from collections.abc import Mapping

import sqlalchemy as sa

from pacte_desktop.domain.text import fold
from pacte_desktop.store.schema import TABLES


class EmployerIndex:
    """BCE number and (name, postcode) of every employer, kept up to date by the import."""

    def __init__(self) -> None:
        self.by_bce: dict[str, str] = {}
        self.by_name: dict[tuple[str, str], str] = {}
        self.bce_of: dict[str, str | None] = {}
        self.archived: set[str] = set()

    @classmethod
    def load(cls, conn: sa.Connection) -> EmployerIndex:
        index = cls()
        table = TABLES["employer"]
        stmt = sa.select(
            table.c.id,
            table.c.bce_number,
            table.c.name,
            table.c.name_nl,
            table.c.postcode,
            table.c.archived_at,
        ).order_by(table.c.id)
        for row in conn.execute(stmt):
            index.add(row.id, dict(row._mapping))
            if row.archived_at is not None:
                index.archived.add(row.id)
        return index

    @staticmethod
    def name_keys(values: Mapping[str, object]) -> tuple[tuple[str, str], ...]:
        """The (normalised name, postcode) keys of some values: one per name form given."""
        postcode = values.get("postcode")
        if not postcode:
            return ()
        return tuple(
            (fold(str(name)), str(postcode))
            for name in (values.get("name"), values.get("name_nl"))
            if name
        )

    def add(
        self,
        record_id: str,
        values: Mapping[str, object],
        keys: tuple[tuple[str, str], ...] | None = None,
    ) -> None:
        """Index a record (stored-form values); the first record of a key keeps it.

        ``keys``: :meth:`name_keys` of ``values`` when the caller has them already.
        """
        bce = values.get("bce_number")
        self.bce_of[record_id] = str(bce) if bce else None
        if bce:
            self.by_bce.setdefault(str(bce), record_id)
        for key in self.name_keys(values) if keys is None else keys:
            self.by_name.setdefault(key, record_id)

    def find(
        self,
        values: Mapping[str, object],
        keys: tuple[tuple[str, str], ...] | None = None,
    ) -> str | None:
        """The id of the employer these (normalised) values describe, or None."""
        bce = values.get("bce_number")
        if bce:
            found = self.by_bce.get(str(bce))
            if found is not None:
                return found
        for key in self.name_keys(values) if keys is None else keys:
            found = self.by_name.get(key)
            if found is not None and (not bce or self.bce_of.get(found) in (None, str(bce))):
                return found
        return None
