"""Partners' publics: a candidate's availability, and what the last public profile was
computed from.

- ``candidate.availability``: when the candidate can start work (now, within a month, within
  three months, not for now), one of the counts of the public profile an organisation publishes.
- ``organisation.profile_basis``: a short digest per candidate behind the last profile this
  organisation published, replicated to its workstations so that each one measures the next
  publication against the same basis (a profile differing by fewer than five candidates is not
  published: see ``sync/network_outgoing.py``). It never leaves the organisation.

Revision ID: 0009
Revises: 0007
Create Date: 2026-12-07 03:40:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | Sequence[str] | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("candidate", sa.Column("availability", sa.Text(), nullable=True))
    op.add_column("organisation", sa.Column("profile_basis", sa.Text(), nullable=True))


def downgrade() -> None:
    op.drop_column("organisation", "profile_basis")
    op.drop_column("candidate", "availability")
