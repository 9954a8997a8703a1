"""Candidate data protection: ``candidate.anonymised_at``, the day a candidate's personal data
was erased (``domain/privacy.py``). Null for every existing candidate.

Revision ID: 0011
Revises: 0007
Create Date: 2026-12-07 03:40:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | Sequence[str] | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("candidate", sa.Column("anonymised_at", sa.Text(), nullable=True))


def downgrade() -> None:
    # Native DROP COLUMN (SQLite 3.35+) keeps the table's guard triggers; a batch copy would
    # drop them with the old table.
    op.execute("ALTER TABLE candidate DROP COLUMN anonymised_at")
