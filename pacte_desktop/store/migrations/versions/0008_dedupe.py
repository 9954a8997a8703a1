"""Duplicates: an organisation's decisions about its employers, replicated like its records.

- ``employer_merge``: two of our employers merged into one (the kept and merged ids, the kept
  record's fields as they were before, the records moved), so that the merge can be undone on
  any workstation once it has synced;
- ``employer_distinct``: two of our employers judged not the same (the scan stops pairing them);
- ``employer_link``: one of our employers is the same employer as a partner's record (or,
  marked ``not_same``, is not).

Each gets the write guard of every replicated table (see 0001): written only through the unit
of work, which journals it.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-07 03:40:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | Sequence[str] | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Frozen copies: later schema changes must not alter what this revision created.
TABLES = ("employer_merge", "employer_distinct", "employer_link")
GUARD = """
CREATE TRIGGER guard_{table}_{event_lower} BEFORE {event} ON {table}
WHEN pacte_write_allowed() IS NOT 1
BEGIN
    SELECT RAISE(ABORT, 'pacte: {table} is written only through the unit of work');
END
"""


def _record(*columns: sa.Column) -> list[sa.Column]:  # type: ignore[type-arg]
    return [
        sa.Column("id", sa.Text(), nullable=False),
        sa.Column("archived_at", sa.Text(), nullable=True),
        *columns,
        sa.PrimaryKeyConstraint("id"),
    ]


def upgrade() -> None:
    op.create_table(
        "employer_merge",
        *_record(
            sa.Column("kept_id", sa.Text(), nullable=False),
            sa.Column("merged_id", sa.Text(), nullable=False),
            sa.Column("merged_at", sa.Text(), nullable=False),
            sa.Column("before", sa.Text(), nullable=True),
            sa.Column("moved", sa.Text(), nullable=True),
            sa.Column("undone_at", sa.Text(), nullable=True),
        ),
    )
    op.create_index("ix_employer_merge_kept", "employer_merge", ["kept_id"])
    op.create_index("ix_employer_merge_merged", "employer_merge", ["merged_id"])
    op.create_table(
        "employer_distinct",
        *_record(
            sa.Column("first_id", sa.Text(), nullable=False),
            sa.Column("second_id", sa.Text(), nullable=False),
        ),
    )
    op.create_index("ix_employer_distinct_first", "employer_distinct", ["first_id"])
    op.create_table(
        "employer_link",
        *_record(
            sa.Column("employer_id", sa.Text(), nullable=False),
            sa.Column("partner_org_id", sa.Text(), nullable=False),
            sa.Column("partner_row_id", sa.Text(), nullable=False),
            sa.Column("not_same", sa.Integer(), server_default=sa.text("0"), nullable=False),
        ),
    )
    op.create_index("ix_employer_link_employer", "employer_link", ["employer_id"])
    op.create_index(
        "ix_employer_link_partner", "employer_link", ["partner_org_id", "partner_row_id"]
    )
    for table in TABLES:
        for event in ("INSERT", "UPDATE", "DELETE"):
            op.execute(GUARD.format(table=table, event=event, event_lower=event.lower()))


def downgrade() -> None:
    for table in TABLES:
        for event in ("insert", "update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS guard_{table}_{event}")
    op.drop_index("ix_employer_link_partner", table_name="employer_link")
    op.drop_index("ix_employer_link_employer", table_name="employer_link")
    op.drop_table("employer_link")
    op.drop_index("ix_employer_distinct_first", table_name="employer_distinct")
    op.drop_table("employer_distinct")
    op.drop_index("ix_employer_merge_merged", table_name="employer_merge")
    op.drop_index("ix_employer_merge_kept", table_name="employer_merge")
    op.drop_table("employer_merge")
