"""Sync state: the applied-files cursor, conflicts, parked operations, rejected files, and the
partner records received from the network.

The merge itself needs no clock table: a field's current stamp is the greatest stamp of the
journal entries that wrote it, and received operations are journalled like local ones. Each
journal entry gains ``base``: the greatest stamp its device knew of the row when it wrote it, so
that an edit made after seeing a colleague's is not mistaken for a concurrent one.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-27 17:10:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | Sequence[str] | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("journal", sa.Column("base", sa.Text(), nullable=True))
    op.create_table(
        "sync_applied",
        sa.Column("scope", sa.Text(), nullable=False),
        sa.Column("device_id", sa.Text(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.Text(), nullable=False),
        sa.Column("applied_at", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("scope", "device_id", "name"),
    )
    op.create_index("ix_sync_applied_seq", "sync_applied", ["scope", "device_id", "seq"])
    op.create_table(
        "sync_conflict",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("table_name", sa.Text(), nullable=False),
        sa.Column("row_id", sa.Text(), nullable=False),
        sa.Column("field", sa.Text(), nullable=False),
        sa.Column("kind", sa.Text(), nullable=False),
        sa.Column("lost_value", sa.Text(), nullable=False),
        sa.Column("lost_hlc", sa.Text(), nullable=False),
        sa.Column("won_value", sa.Text(), nullable=False),
        sa.Column("won_hlc", sa.Text(), nullable=False),
        sa.Column("status", sa.Text(), server_default=sa.text("'open'"), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("table_name", "row_id", "field", "lost_hlc", "kind"),
    )
    op.create_table(
        "sync_parked",
        sa.Column("hlc", sa.Text(), nullable=False),
        sa.Column("device_id", sa.Text(), nullable=False),
        sa.Column("worker_id", sa.Text(), nullable=True),
        sa.Column("table_name", sa.Text(), nullable=False),
        sa.Column("row_id", sa.Text(), nullable=False),
        sa.Column("op", sa.Text(), nullable=False),
        sa.Column("fields", sa.Text(), nullable=False),
        sa.Column("base", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("hlc", "table_name", "row_id"),
    )
    op.create_table(
        "sync_rejected",
        sa.Column("scope", sa.Text(), nullable=False),
        sa.Column("path", sa.Text(), nullable=False),
        sa.Column("code", sa.Text(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("first_seen", sa.Text(), nullable=False),
        sa.Column("last_seen", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("scope", "path"),
    )
    op.create_table(
        "network_record",
        sa.Column("table_name", sa.Text(), nullable=False),
        sa.Column("row_id", sa.Text(), nullable=False),
        sa.Column("org_id", sa.Text(), nullable=False),
        sa.Column("data", sa.Text(), nullable=False),
        sa.Column("stamps", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("table_name", "row_id"),
    )
    op.create_index("ix_network_record_org", "network_record", ["org_id"])
    # Merging reads a row's history (stamp, device, operation) for every received operation:
    # one covering index serves it without touching the table. The stamp-only index served
    # nothing (every journal read is per row) and cost every write.
    op.drop_index("ix_journal_hlc", table_name="journal")
    op.drop_index("ix_journal_row", table_name="journal")
    op.create_index("ix_journal_row", "journal", ["row_id", "hlc", "device_id", "op"])
    op.create_index(
        "ix_journal_delete",
        "journal",
        ["row_id"],
        sqlite_where=sa.text("op = 'delete'"),
    )


def downgrade() -> None:
    op.drop_index("ix_journal_delete", table_name="journal")
    op.drop_index("ix_journal_row", table_name="journal")
    op.create_index("ix_journal_row", "journal", ["row_id"])
    op.create_index("ix_journal_hlc", "journal", ["hlc"])
    op.drop_index("ix_network_record_org", table_name="network_record")
    op.drop_table("network_record")
    op.drop_table("sync_rejected")
    op.drop_table("sync_parked")
    op.drop_table("sync_conflict")
    op.drop_index("ix_sync_applied_seq", table_name="sync_applied")
    op.drop_table("sync_applied")
    with op.batch_alter_table("journal") as batch:
        batch.drop_column("base")
