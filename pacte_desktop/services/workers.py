"""The organisation and its workers: initialisation, adding workers, and the handover.

A handover moves everything a leaving worker holds — employers they own, open follow-ups,
candidates they follow, opportunities they own — to one or several colleagues in one
transaction, marks the worker as left, deletes nothing, and journals every change.
:func:`held_items` shows what a worker holds, named, to the handover dialog before it is done;
like :func:`active` (the active workers, for menus) it takes a read connection.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import sqlalchemy as sa

from pacte_desktop.domain import messages
from pacte_desktop.domain.entities import (
    Candidate,
    Employer,
    Entity,
    FollowUp,
    Opportunity,
    Organisation,
    Worker,
)
from pacte_desktop.domain.errors import StoreError, ValidationError
from pacte_desktop.services import followups, records
from pacte_desktop.store.database import Store
from pacte_desktop.store.repository import Repository
from pacte_desktop.store.unit_of_work import UnitOfWork
from pacte_desktop.sync.passes import sync_pass
from pacte_desktop.sync.state import has_unpublished


def init_organisation(
    uow: UnitOfWork, *, name: str, org_type: str, worker: str
) -> tuple[Organisation, Worker]:
    """Create this workstation's organisation and its first worker, and make them current."""
    existing = uow.local("organisation_id")
    if existing:
        org = uow.repo.get(Organisation, existing)
        raise StoreError("organisation", "already_initialised", value=org.name if org else existing)
    organisation = records.create(uow, Organisation, {"name": name, "org_type": org_type})
    first = records.create(uow, Worker, {"organisation_id": organisation.id, "name": worker})
    uow.store.set_local("organisation_id", organisation.id, conn=uow.connection)
    uow.store.set_local("worker_id", first.id, conn=uow.connection)
    uow.worker_id = first.id
    return organisation, first


def require_organisation(uow: UnitOfWork) -> str:
    org_id = uow.local("organisation_id")
    if not org_id:
        raise StoreError("organisation", "not_initialised", value=str(uow.store.data_dir))
    return org_id


def add_worker(uow: UnitOfWork, *, name: str, email: str | None = None) -> Worker:
    """Add a colleague to the organisation; names are unique (case-insensitive)."""
    org_id = require_organisation(uow)
    clean = name.strip()
    if clean and any(
        w.name.lower() == clean.lower() for w in uow.repo.list(Worker, include_archived=True)
    ):
        raise ValidationError("worker", "worker_exists", value=clean)
    return records.create(uow, Worker, {"organisation_id": org_id, "name": clean, "email": email})


def choose_worker(uow: UnitOfWork, name: str) -> str:
    """Make the active worker ``name`` this workstation's worker (in ``uow``); their id."""
    chosen = uow.repo.worker_by_name(name)
    uow.store.set_local("worker_id", chosen.id, conn=uow.connection)
    return chosen.id


def use_worker(store: Store, name: str) -> str:
    """Make ``name`` this workstation's worker once it joined its organisation (after
    ``sync.setup.setup_org``), creating the worker when the organisation lacks it; what that
    wrote is published at once (an organisation pass). Returns the worker's id."""
    with store.reading() as conn:
        found = conn.execute(
            sa.text("SELECT id FROM worker WHERE lower(name) = lower(:n) AND status = 'active'"),
            {"n": name.strip()},
        ).scalar_one_or_none()
    if found is not None:
        worker_id = str(found)
        store.set_local("worker_id", worker_id)
    else:
        with UnitOfWork(store) as uow:
            worker_id = add_worker(uow, name=name).id
            store.set_local("worker_id", worker_id, conn=uow.connection)
            uow.commit()
    if has_unpublished(store):
        sync_pass(store, scopes=("org",))
    return worker_id


@dataclass(frozen=True)
class Holdings:
    """What a worker holds, as ids, in a stable order (by name or date)."""

    employers: tuple[str, ...]
    follow_ups: tuple[str, ...]
    candidates: tuple[str, ...]
    opportunities: tuple[str, ...]

    @property
    def total(self) -> int:
        return (
            len(self.employers)
            + len(self.follow_ups)
            + len(self.candidates)
            + len(self.opportunities)
        )


def holdings(repo: Repository, worker_id: str) -> Holdings:
    """The live (not archived) employers, open follow-ups, candidates and opportunities."""
    return Holdings(
        employers=tuple(e.id for e in repo.list(Employer, owner_id=worker_id, order_by="name")),
        follow_ups=tuple(
            f.id
            for f in repo.list(FollowUp, worker_id=worker_id, status="open", order_by="due_date")
        ),
        candidates=tuple(c.id for c in repo.list(Candidate, worker_id=worker_id, order_by="code")),
        opportunities=tuple(
            o.id for o in repo.list(Opportunity, owner_id=worker_id, order_by="title")
        ),
    )


@dataclass(frozen=True)
class HeldItem:
    """One thing a worker holds, with what the dialog shows of it."""

    kind: str
    id: str
    name: str
    detail: str = ""
    due_date: dt.date | None = None


def held_items(conn: sa.Connection, worker_id: str) -> dict[str, list[HeldItem]]:
    """What :func:`holdings` lists, with names, by kind (in the service's order)."""
    repo = Repository(conn)
    held = holdings(repo, worker_id)
    employers = {e.id: e for e in repo.list(Employer, owner_id=worker_id)}
    candidates = {c.id: c for c in repo.list(Candidate, worker_id=worker_id)}
    opportunities = {o.id: o for o in repo.list(Opportunity, owner_id=worker_id)}
    # due() joins the employer's name in one query; it leaves out follow-ups of archived
    # employers, which are fetched one by one (there are few).
    due = {f.id: f for f in followups.due(conn, worker_id=worker_id)}

    def follow_up(item_id: str) -> HeldItem:
        found = due.get(item_id)
        if found is not None:
            return HeldItem(
                "follow_ups", item_id, found.employer_name, found.action or "", found.due_date
            )
        record = repo.get(FollowUp, item_id)
        employer = repo.get(Employer, record.employer_id) if record else None
        return HeldItem(
            "follow_ups",
            item_id,
            employer.name if employer else "",
            (record.action if record else "") or "",
            record.due_date if record else None,
        )

    def opportunity(item_id: str) -> HeldItem:
        found = opportunities.get(item_id)
        if found is None:
            return HeldItem("opportunities", item_id, item_id)
        return HeldItem("opportunities", item_id, found.title, messages.choice_label(found.kind))

    def named(
        kind: str, item_id: str, found: Entity | None, attr: str, detail: str = ""
    ) -> HeldItem:
        return HeldItem(kind, item_id, getattr(found, attr) if found else item_id, detail)

    return {
        "employers": [
            named("employers", i, employers.get(i), "name", (employers[i].commune or ""))
            if i in employers
            else HeldItem("employers", i, i)
            for i in held.employers
        ],
        "follow_ups": [follow_up(i) for i in held.follow_ups],
        "candidates": [named("candidates", i, candidates.get(i), "code") for i in held.candidates],
        "opportunities": [opportunity(i) for i in held.opportunities],
    }


def active(conn: sa.Connection) -> list[Worker]:
    """The organisation's active workers, by name (a read connection: the interface's menus)."""
    return Repository(conn).list(Worker, status="active", order_by="name")


@dataclass(frozen=True)
class HandoverResult:
    worker: Worker
    moved: Mapping[str, Mapping[str, int]] = field(default_factory=dict)  # kind -> recipient -> n


def handover(
    uow: UnitOfWork,
    *,
    leaving_id: str,
    recipient_ids: Sequence[str],
    assignments: Mapping[str, str] | None = None,
    on: dt.date | None = None,
) -> HandoverResult:
    """Hand a leaving worker's portfolio to colleagues, then mark the worker as left.

    ``assignments`` maps an item id (employer, follow-up, candidate, opportunity) to a recipient;
    items it does not name are shared out in turn among ``recipient_ids``, except that an open
    follow-up or an opportunity goes with its employer when that employer is handed over.
    """
    leaving = uow.repo.require(Worker, leaving_id, "worker")
    if leaving.status != "active":
        raise ValidationError("worker", "worker_left", value=leaving.name)
    if not recipient_ids:
        raise ValidationError("recipients", "required")
    recipients: list[Worker] = []
    for rid in recipient_ids:
        recipient = uow.repo.require(Worker, rid, "recipients")
        if recipient.id == leaving.id:
            raise ValidationError("recipients", "handover_self", value=leaving.name)
        if recipient.status != "active":
            raise ValidationError("recipients", "worker_left", value=recipient.name)
        if recipient not in recipients:
            recipients.append(recipient)
    assignments = dict(assignments or {})
    allowed = {r.id for r in recipients}
    for target in assignments.values():
        if target not in allowed:
            raise ValidationError("recipients", "not_found", value=target)

    held = holdings(uow.repo, leaving.id)
    turn = 0
    moved: dict[str, dict[str, int]] = {}

    def pick(item_id: str, follows: str | None = None) -> str:
        nonlocal turn
        if item_id in assignments:
            return assignments[item_id]
        if follows is not None and follows in new_owner:
            return new_owner[follows]
        chosen = recipients[turn % len(recipients)].id
        turn += 1
        return chosen

    def count(kind: str, worker_id: str) -> None:
        name = next(r.name for r in recipients if r.id == worker_id)
        moved.setdefault(kind, {}).setdefault(name, 0)
        moved[kind][name] += 1

    # (kind, entity, the field naming the holder, items, the field of the employer it follows)
    moves: list[tuple[str, type[Entity], str, tuple[str, ...], str | None]] = [
        ("employers", Employer, "owner_id", held.employers, None),
        ("follow_ups", FollowUp, "worker_id", held.follow_ups, "employer_id"),
        ("candidates", Candidate, "worker_id", held.candidates, None),
        ("opportunities", Opportunity, "owner_id", held.opportunities, "employer_id"),
    ]
    new_owner: dict[str, str] = {}
    for kind, cls, holder, items, follows_field in moves:
        for item_id in items:
            follows = None
            if follows_field is not None:
                follows = getattr(uow.repo.get(cls, item_id), follows_field)
            target = pick(item_id, follows)
            if cls is Employer:
                new_owner[item_id] = target
            uow.update(cls, item_id, {holder: target}, op="handover")
            count(kind, target)

    left, _ = uow.update(
        Worker,
        leaving.id,
        {
            "status": "left",
            "left_on": on or dt.date.today(),
            "successor_id": recipients[0].id,
        },
        op="leave",
    )
    if uow.local("worker_id") == leaving.id:
        uow.store.set_local("worker_id", recipients[0].id, conn=uow.connection)
    return HandoverResult(worker=left, moved=moved)
