"""Sync trust: rejected files say why in any language, partner records are kept per
organisation, and candidate codes are no longer a unique index.

- ``sync_rejected.params``: the error's parameters (JSON), so ``sync status`` and the window
  show a refused file's reason in the user's language instead of the English kept in ``reason``.
- ``network_record`` is keyed by (table, organisation, row id): a partner's record lives in its
  organisation's namespace, so another member writing the same id makes a record of its own
  and can never overwrite it (before, whoever wrote an id first owned it).
- ``ix_candidate_code`` stops being unique: two workstations offline may give two candidates
  one code, and a unique index made the second one's file impossible to apply anywhere (a
  split). Creating a candidate still refuses a code this store already holds.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-06 16:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | Sequence[str] | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("sync_rejected", sa.Column("params", sa.Text(), nullable=True))
    op.create_table(
        "network_record_new",
        sa.Column("table_name", sa.Text(), nullable=False),
        sa.Column("org_id", sa.Text(), nullable=False),
        sa.Column("row_id", sa.Text(), nullable=False),
        sa.Column("data", sa.Text(), nullable=False),
        sa.Column("stamps", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("table_name", "org_id", "row_id"),
    )
    op.execute(
        "INSERT INTO network_record_new (table_name, org_id, row_id, data, stamps) "
        "SELECT table_name, org_id, row_id, data, stamps FROM network_record"
    )
    op.drop_index("ix_network_record_org", table_name="network_record")
    op.drop_table("network_record")
    op.rename_table("network_record_new", "network_record")
    op.create_index("ix_network_record_org", "network_record", ["org_id"])
    op.create_index("ix_network_record_row", "network_record", ["row_id"])
    op.drop_index("ix_candidate_code", table_name="candidate")
    op.create_index("ix_candidate_code", "candidate", ["code"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_candidate_code", table_name="candidate")
    op.create_index("ix_candidate_code", "candidate", ["code"], unique=True)
    op.drop_index("ix_network_record_row", table_name="network_record")
    op.drop_index("ix_network_record_org", table_name="network_record")
    op.create_table(
        "network_record_old",
        sa.Column("table_name", sa.Text(), nullable=False),
        sa.Column("row_id", sa.Text(), nullable=False),
        sa.Column("org_id", sa.Text(), nullable=False),
        sa.Column("data", sa.Text(), nullable=False),
        sa.Column("stamps", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("table_name", "row_id"),
    )
    op.execute(
        "INSERT OR IGNORE INTO network_record_old (table_name, row_id, org_id, data, stamps) "
        "SELECT table_name, row_id, org_id, data, stamps FROM network_record ORDER BY org_id"
    )
    op.drop_table("network_record")
    op.rename_table("network_record_old", "network_record")
    op.create_index("ix_network_record_org", "network_record", ["org_id"])
    op.drop_column("sync_rejected", "params")
