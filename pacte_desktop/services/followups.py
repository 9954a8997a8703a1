"""Interactions with employers and the follow-ups they create ("À relancer").

A follow-up's ``action`` is the next step (« Envoyer les profils »), not what was said during the
call: the interaction keeps its summary, the follow-up says what to do when it falls due. Callers
that ask for no next step at all (the CLI, which has no option for it) keep the older behaviour:
the call's summary stands in for it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import sqlalchemy as sa

from pacte_desktop.domain import messages
from pacte_desktop.domain.entities import Employer, FollowUp, Interaction
from pacte_desktop.domain.errors import ValidationError
from pacte_desktop.services import records
from pacte_desktop.store.schema import TABLES
from pacte_desktop.store.unit_of_work import UnitOfWork


@dataclass(frozen=True)
class Logged:
    interaction: Interaction
    follow_up: FollowUp | None


def log_interaction(
    uow: UnitOfWork,
    *,
    employer: str,
    channel: str,
    summary: str,
    date: object = None,
    outcome: str | None = None,
    next_action_date: object = None,
    worker_id: str | None = None,
    next_step: str | None = None,
) -> Logged:
    """Record a call, visit, email or event; a next action date creates an open follow-up.

    ``next_step`` is the follow-up's action; ``None`` (not asked) lets the summary stand in, an
    empty text means the worker wrote no next step (the follow-up then has no action).
    """
    # An archived employer is refused by records.create, as for every record hanging off it.
    found = uow.repo.require(Employer, employer, "employer")
    worker = worker_id or uow.worker_id
    if not worker:
        raise ValidationError("worker", "required")
    interaction = records.create(
        uow,
        Interaction,
        {
            "employer_id": found.id,
            "worker_id": worker,
            "date": date or dt.date.today(),
            "channel": channel,
            "summary": summary,
            "outcome": outcome,
            "next_action_date": next_action_date,
        },
    )
    follow_up = None
    if interaction.next_action_date is not None:
        follow_up = records.create(
            uow,
            FollowUp,
            {
                "employer_id": found.id,
                "worker_id": worker,
                "interaction_id": interaction.id,
                "due_date": interaction.next_action_date,
                "action": summary if next_step is None else (next_step.strip() or None),
            },
        )
    return Logged(interaction, follow_up)


def complete(uow: UnitOfWork, ref: str, on: dt.date | None = None) -> FollowUp:
    return records.edit(uow, FollowUp, ref, {"status": "done", "done_on": on or dt.date.today()})


def _open(uow: UnitOfWork, ref: str) -> FollowUp:
    """The follow-up ``ref``, which must still be open: a done or cancelled one is history,
    neither postponed nor handed to someone else (reopen it first)."""
    found = uow.repo.require(FollowUp, ref, "follow_up")
    if found.status != "open":
        raise ValidationError("follow_up", "followup_closed", value=found.status)
    return found


def postpone(uow: UnitOfWork, ref: str, to: object) -> FollowUp:
    return records.edit(uow, FollowUp, _open(uow, ref).id, {"due_date": to})


def reassign(uow: UnitOfWork, ref: str, worker_id: str) -> FollowUp:
    return records.edit(uow, FollowUp, _open(uow, ref).id, {"worker_id": worker_id})


def employer_name(employer: sa.Table, language: str | None = None) -> sa.ColumnElement[str]:
    """The employer's name in ``language`` (the interface's when None): its Dutch name in
    Dutch when it has one, its name otherwise."""
    if (language or messages.current_language()) != "nl":
        return employer.c.name
    return sa.func.coalesce(sa.func.nullif(employer.c.name_nl, ""), employer.c.name)


@dataclass(frozen=True)
class DueFollowUp:
    id: str
    due_date: dt.date
    action: str | None
    employer_id: str
    employer_name: str
    worker_id: str
    worker_name: str
    overdue: bool


def due(
    conn: sa.Connection,
    *,
    before: dt.date | None = None,
    worker_id: str | None = None,
    today: dt.date | None = None,
    limit: int | None = None,
    language: str | None = None,
) -> list[DueFollowUp]:
    """Open follow-ups due on or before ``before`` (all open ones when None), soonest first.

    Employers are named in ``language`` (the interface's when None): in Dutch, their Dutch
    name when the record has one, as the directory names them (:mod:`services.listings`).
    """
    today = today or dt.date.today()
    f, e, w = TABLES["follow_up"], TABLES["employer"], TABLES["worker"]
    name = employer_name(e, language)
    stmt = (
        sa.select(
            f.c.id,
            f.c.due_date,
            f.c.action,
            e.c.id.label("employer_id"),
            name.label("employer_name"),
            w.c.id.label("worker_id"),
            w.c.name.label("worker_name"),
        )
        .join(e, e.c.id == f.c.employer_id)
        .join(w, w.c.id == f.c.worker_id)
        .where(f.c.status == "open", f.c.archived_at.is_(None), e.c.archived_at.is_(None))
        .order_by(f.c.due_date, name, f.c.id)
    )
    if before is not None:
        stmt = stmt.where(f.c.due_date <= before.isoformat())
    if worker_id is not None:
        stmt = stmt.where(f.c.worker_id == worker_id)
    if limit is not None:
        stmt = stmt.limit(limit)
    result = []
    for row in conn.execute(stmt).mappings():
        due_date = dt.date.fromisoformat(row["due_date"])
        result.append(
            DueFollowUp(
                id=row["id"],
                due_date=due_date,
                action=row["action"],
                employer_id=row["employer_id"],
                employer_name=row["employer_name"],
                worker_id=row["worker_id"],
                worker_name=row["worker_name"],
                overdue=due_date < today,
            )
        )
    return result
