"""Employer search: an FTS5 index over names, BCE number, address, tags and contact names.

The document of one employer joins two tables (the employer and its contact persons), which
sqlite-utils' ``enable_fts`` (one table, one set of triggers) cannot express; so the index and
its triggers are written here in SQL. ``unicode61 remove_diacritics 2`` makes "societe" find
"Société"; the prefix indexes make type-ahead prefix queries cheap.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27 14:40:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0002"
down_revision: str | Sequence[str] | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The searchable document of employer ``{e}`` (an alias or NEW), as the FTS columns expect.
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


def upgrade() -> None:
    op.execute(
        "CREATE VIRTUAL TABLE employer_search USING fts5("
        "name, bce, street, commune, tags, contacts, "
        "tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3')"
    )
    backfill = DOCUMENT.format(e="e")
    op.execute(f"INSERT INTO employer_search ({COLUMNS}) SELECT {backfill} FROM employer AS e")
    op.execute(f"""
        CREATE TRIGGER employer_search_insert AFTER INSERT ON employer BEGIN
            INSERT INTO employer_search ({COLUMNS}) SELECT {DOCUMENT.format(e="NEW")};
        END""")
    op.execute(f"""
        CREATE TRIGGER employer_search_update
        AFTER UPDATE OF name, name_nl, bce_number, street, street_nl, postcode, commune,
                        commune_nl, tags ON employer BEGIN
            DELETE FROM employer_search WHERE rowid = OLD.rowid;
            INSERT INTO employer_search ({COLUMNS}) SELECT {DOCUMENT.format(e="NEW")};
        END""")
    op.execute("""
        CREATE TRIGGER employer_search_delete AFTER DELETE ON employer BEGIN
            DELETE FROM employer_search WHERE rowid = OLD.rowid;
        END""")
    refresh_contacts = f"""
            DELETE FROM employer_search WHERE rowid IN
                (SELECT rowid FROM employer WHERE id IN ({{ids}}));
            INSERT INTO employer_search ({COLUMNS})
                SELECT {DOCUMENT.format(e="e")} FROM employer AS e WHERE e.id IN ({{ids}});"""
    op.execute(f"""
        CREATE TRIGGER contact_search_insert AFTER INSERT ON contact_person BEGIN
            {refresh_contacts.format(ids="NEW.employer_id")}
        END""")
    op.execute(f"""
        CREATE TRIGGER contact_search_update
        AFTER UPDATE OF name, employer_id, archived_at ON contact_person BEGIN
            {refresh_contacts.format(ids="NEW.employer_id, OLD.employer_id")}
        END""")


def downgrade() -> None:
    for trigger in (
        "employer_search_insert",
        "employer_search_update",
        "employer_search_delete",
        "contact_search_insert",
        "contact_search_update",
    ):
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.execute("DROP TABLE IF EXISTS employer_search")
