"""A lighter search index, and search triggers that bulk writes can defer.

The index keeps which column each term is in but not its positions (``detail=column``): the
search only asks for word prefixes, column filters and a ranking, all of which this serves, and
the index costs half as much to build. The row triggers of 0002 stay as they were for single
writes, but now skip their work while ``pacte_search_deferred()`` returns 1: bulk inserts
(imports, demo data, sync apply) then rebuild the touched documents in one statement
(``pacte_desktop.store.search``).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27 14:50:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0003"
down_revision: str | Sequence[str] | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Frozen copy of the document of 0002 (this revision must not change if the store's does).
DOCUMENT = """
    {e}.rowid,
    {e}.name || ' ' || coalesce({e}.name_nl, ''),
    coalesce({e}.bce_number || ' ' || substr({e}.bce_number, 1, 4) || '.'
             || substr({e}.bce_number, 5, 3) || '.' || substr({e}.bce_number, 8, 3), ''),
    coalesce({e}.street, '') || ' ' || coalesce({e}.street_nl, ''),
    coalesce({e}.postcode, '') || ' ' || coalesce({e}.commune, '') || ' '
        || coalesce({e}.commune_nl, ''),
    (SELECT coalesce(group_concat(j.value, ' '), '') FROM json_each({e}.tags) AS j),
    (SELECT coalesce(group_concat(c.name, ' '), '') FROM contact_person AS c
      WHERE c.employer_id = {e}.id AND c.archived_at IS NULL)
"""
COLUMNS = "rowid, name, bce, street, commune, tags, contacts"
TRIGGERS = (
    "employer_search_insert",
    "employer_search_update",
    "contact_search_insert",
    "contact_search_update",
)


def _create(when: str) -> None:
    refresh = f"""
            DELETE FROM employer_search WHERE rowid IN
                (SELECT rowid FROM employer WHERE id IN ({{ids}}));
            INSERT INTO employer_search ({COLUMNS})
                SELECT {DOCUMENT.format(e="e")} FROM employer AS e WHERE e.id IN ({{ids}});"""
    op.execute(f"""
        CREATE TRIGGER employer_search_insert AFTER INSERT ON employer {when} BEGIN
            INSERT INTO employer_search ({COLUMNS}) SELECT {DOCUMENT.format(e="NEW")};
        END""")
    op.execute(f"""
        CREATE TRIGGER employer_search_update
        AFTER UPDATE OF name, name_nl, bce_number, street, street_nl, postcode, commune,
                        commune_nl, tags ON employer {when} BEGIN
            DELETE FROM employer_search WHERE rowid = OLD.rowid;
            INSERT INTO employer_search ({COLUMNS}) SELECT {DOCUMENT.format(e="NEW")};
        END""")
    op.execute(f"""
        CREATE TRIGGER contact_search_insert AFTER INSERT ON contact_person {when} BEGIN
            {refresh.format(ids="NEW.employer_id")}
        END""")
    op.execute(f"""
        CREATE TRIGGER contact_search_update
        AFTER UPDATE OF name, employer_id, archived_at ON contact_person {when} BEGIN
            {refresh.format(ids="NEW.employer_id, OLD.employer_id")}
        END""")


def _rebuild_index(detail: str) -> None:
    op.execute("DROP TABLE employer_search")
    op.execute(
        "CREATE VIRTUAL TABLE employer_search USING fts5("
        "name, bce, street, commune, tags, contacts, "
        f"tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3', detail = {detail})"
    )
    backfill = DOCUMENT.format(e="e")
    op.execute(f"INSERT INTO employer_search ({COLUMNS}) SELECT {backfill} FROM employer AS e")


def upgrade() -> None:
    for trigger in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    _rebuild_index("column")
    _create("WHEN pacte_search_deferred() IS NOT 1")


def downgrade() -> None:
    for trigger in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    _rebuild_index("full")
    _create("")
