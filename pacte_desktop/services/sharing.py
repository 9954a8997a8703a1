""" "What we share": the fields the charter in force lets leave, and how many records would.

Until the organisation joins a network (issue 4's `sync setup`), the charter in force is the
default charter of docs/domain.md. Counts follow the publishing rules: archived records and
employers marked "do not share" never leave; an opportunity leaves only when marked for the network;
candidates and placements leave only as an aggregate profile with small counts suppressed.
:func:`what_we_publish` applies the charter this organisation publishes under: the one in force
less the fields it withholds (the ``sharing.withhold`` setting).
"""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa

from pacte_desktop.domain import entities, messages
from pacte_desktop.store.database import Store
from pacte_desktop.sync.charter import DEFAULT_CHARTER, Charter
from pacte_desktop.sync.network_charter import effective_charter

_SHAREABLE_EMPLOYER = "e.archived_at IS NULL AND e.do_not_share = 0"

# Records of each table that would leave the organisation (individually), as SQL counts.
_COUNTS: dict[str, str] = {
    "organisation": "SELECT count(*) FROM organisation WHERE id = :org",
    "employer": f"SELECT count(*) FROM employer AS e WHERE {_SHAREABLE_EMPLOYER}",
    # Only that the organisation knows the employer, with the date of its latest contact.
    "interaction": (
        "SELECT count(DISTINCT i.employer_id) FROM interaction AS i JOIN employer AS e "
        f"ON e.id = i.employer_id WHERE i.archived_at IS NULL AND {_SHAREABLE_EMPLOYER}"
    ),
    "contact_person": (
        "SELECT count(*) FROM contact_person AS c JOIN employer AS e ON e.id = c.employer_id "
        f"WHERE c.archived_at IS NULL AND {_SHAREABLE_EMPLOYER}"
    ),
    "opportunity": (
        "SELECT count(*) FROM opportunity AS o JOIN employer AS e ON e.id = o.employer_id "
        f"WHERE o.archived_at IS NULL AND o.shared = 1 AND {_SHAREABLE_EMPLOYER}"
    ),
}


@dataclass(frozen=True)
class SharedField:
    name: str
    label: str
    shared: bool


@dataclass(frozen=True)
class SharedTable:
    table: str
    label: str
    records: int  # records that would leave individually
    aggregate_only: bool  # candidates and placements: counts by skill, language, qualification
    fields: tuple[SharedField, ...]


def what_we_share(
    conn: sa.Connection,
    organisation_id: str,
    charter: Charter = DEFAULT_CHARTER,
    lang: str | None = None,
) -> list[SharedTable]:
    """Every table of records with the fields that may leave and the records that would (the
    tables of decisions about duplicates never leave: not listed)."""
    result = []
    for cls in entities.RECORDS:
        table = cls.TABLE
        allowed = charter.allowed(table)
        fields = tuple(
            SharedField(name, messages.field_label(name, lang), name in allowed)
            for name in entities.editable_fields(cls)
        )
        if table == "interaction":
            fields += (
                SharedField("last_contact", messages.field_label("last_contact", lang), True),
            )
        sql = _COUNTS.get(table)
        leaves = bool(allowed) or table == "interaction"
        records = (
            int(conn.execute(sa.text(sql), {"org": organisation_id}).scalar_one())
            if sql and leaves
            else 0
        )
        result.append(
            SharedTable(
                table=table,
                label=messages.field_label(table, lang),
                records=records,
                aggregate_only=table in ("candidate", "placement"),
                fields=fields,
            )
        )
    return result


def what_we_publish(store: Store, lang: str | None = None) -> list[SharedTable]:
    """:func:`what_we_share` under the charter this organisation publishes under."""
    organisation_id = store.local("organisation_id") or ""
    charter = effective_charter(store)
    with store.reading() as conn:
        return what_we_share(conn, organisation_id, charter=charter, lang=lang)
