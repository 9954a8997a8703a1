"""Recognising an employer already in the store (or earlier in the same file).

The rule of issue 5: the same BCE number is the same employer; failing that, the same name
(compared without case, accents or extra spaces) at the same postcode is, unless both carry
different BCE numbers (then they are two employers).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping

import sqlalchemy as sa

from pacte_desktop.store.schema import TABLES


def normalise_text(value: str) -> str:
    """Lower case, accents removed, runs of spaces (and non-breaking spaces) made one."""
    if value.isascii():  # nothing to decompose: casefold is lower, no combining marks
        return " ".join(value.lower().split())
    decomposed = unicodedata.normalize("NFKD", value.casefold())
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(stripped.split())


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

    def add(self, record_id: str, values: Mapping[str, object]) -> None:
        """Index a record (stored-form values); the first record of a key keeps it."""
        bce = values.get("bce_number")
        self.bce_of[record_id] = str(bce) if bce else None
        if bce:
            self.by_bce.setdefault(str(bce), record_id)
        postcode = values.get("postcode")
        if postcode:
            for key in ("name", "name_nl"):
                name = values.get(key)
                if name:
                    self.by_name.setdefault((normalise_text(str(name)), str(postcode)), record_id)

    def find(self, values: Mapping[str, object]) -> str | None:
        """The id of the employer these (normalised) values describe, or None."""
        bce = values.get("bce_number")
        if bce:
            found = self.by_bce.get(str(bce))
            if found is not None:
                return found
        postcode = values.get("postcode")
        if not postcode:
            return None
        for key in ("name", "name_nl"):
            name = values.get(key)
            if not name:
                continue
            found = self.by_name.get((normalise_text(str(name)), str(postcode)))
            if found is not None and (not bce or self.bce_of.get(found) in (None, str(bce))):
                return found
        return None
