"""Employer requests relayed to the network (issue 15, point 3).

- ``request_answer``: this organisation's answers to partners' requests (a count, a message,
  the date; never a candidate), a replicated table with its write guards, so an answer made on
  one workstation travels to the others and is published once.
- ``placement.proposed_by``: the partner organisation that proposed the candidate of a
  placement made from a request this organisation relayed (the placement report counts them).

Revision ID: 0010
Revises: 0007
Create Date: 2026-12-07 03:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | Sequence[str] | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

GUARD = """
CREATE TRIGGER guard_request_answer_{event_lower} BEFORE {event} ON request_answer
WHEN pacte_write_allowed() IS NOT 1
BEGIN
    SELECT RAISE(ABORT, 'pacte: request_answer is written only through the unit of work');
END
"""


def upgrade() -> None:
    op.create_table(
        "request_answer",
        sa.Column("id", sa.Text(), nullable=False),
        sa.Column("archived_at", sa.Text(), nullable=True),
        sa.Column("request_org_id", sa.Text(), nullable=False),
        sa.Column("request_id", sa.Text(), nullable=False),
        sa.Column("count", sa.Integer(), nullable=True),
        sa.Column("message", sa.Text(), nullable=True),
        sa.Column("answered_on", sa.Text(), nullable=False),
        sa.Column("worker_id", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["worker_id"], ["worker.id"], initially="DEFERRED", deferrable=True
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_request_answer_request", "request_answer", ["request_org_id", "request_id"])
    with op.batch_alter_table("placement") as batch_op:
        batch_op.add_column(sa.Column("proposed_by", sa.Text(), nullable=True))
    for event in ("INSERT", "UPDATE", "DELETE"):
        op.execute(GUARD.format(event=event, event_lower=event.lower()))


def downgrade() -> None:
    for event in ("insert", "update", "delete"):
        op.execute(f"DROP TRIGGER IF EXISTS guard_request_answer_{event}")
    with op.batch_alter_table("placement") as batch_op:
        batch_op.drop_column("proposed_by")
    op.drop_index("ix_request_answer_request", table_name="request_answer")
    op.drop_table("request_answer")
