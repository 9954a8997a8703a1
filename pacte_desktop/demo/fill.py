"""Filling a store with the demo data: the use case behind ``pacte demo`` and the wizard's demo.

:func:`fill_demo` makes sure there is an organisation with at least three active workers and the
pact's partner organisations (a second run duplicates none of them), then inserts the rows of
:class:`pacte_desktop.demo.builder.Builder` in steps of :data:`STEP` rows, letting a writer that
waits for the store go first between two steps. :func:`employer_rows` gives the first of those
rows without writing them, for the benchmarks.
"""

from __future__ import annotations

import datetime as dt
import itertools
import random
from collections.abc import Sequence
from dataclasses import dataclass, fields
from typing import Any

import sqlalchemy as sa

from pacte_desktop.demo.builder import DEMO_DOMAIN, Builder, slug
from pacte_desktop.demo.pools import DEMO_WORKERS, MIN_WORKERS, OWN_ORGANISATION, PARTNERS
from pacte_desktop.domain.entities import Entity, Organisation, Worker, build, normalise
from pacte_desktop.domain.progress import CancelToken, Progress
from pacte_desktop.store import busy
from pacte_desktop.store.unit_of_work import UnitOfWork

#: Rows written between two chances for a waiting writer to go first (store/busy.py).
STEP = 20_000


@dataclass(frozen=True)
class DemoSummary:
    """How many records of each kind :func:`fill_demo` wrote."""

    organisations: int
    workers: int
    employers: int
    contacts: int
    interactions: int
    follow_ups: int
    opportunities: int
    candidates: int
    placements: int

    @property
    def total(self) -> int:
        return sum(getattr(self, f.name) for f in fields(self))


def _shifted(progress: Progress, offset: int, total: int) -> Progress:
    """Report one entity's batches as progress over all the demo's rows."""
    return lambda done, _total: progress(offset + done, total)


def _insert(uow: UnitOfWork, cls: type[Entity], **values: object) -> Entity:
    """Insert one hand-written record through the domain's own checks."""
    return uow.insert(build(cls, normalise(cls, values)))


def _setup_organisations(uow: UnitOfWork) -> tuple[list[str], int, int]:
    """Make sure there is an organisation with at least three active workers, and the partners.

    Returns the active workers' ids, and how many organisations and workers were created.
    """
    conn = uow.connection
    organisations = workers_created = 0
    existing_org = uow.store.local("organisation_id")
    workers: list[str] = []
    if existing_org is None:
        name, name_nl, org_type = OWN_ORGANISATION
        org_id = _insert(uow, Organisation, name=name, name_nl=name_nl, org_type=org_type).id
        organisations += 1
        uow.store.set_local("organisation_id", org_id, conn=conn)
    else:
        org_id = existing_org
        workers = [w.id for w in uow.repo.list(Worker, status="active")]
    if len(workers) < MIN_WORKERS:
        taken = set(uow.repo.worker_names().values())
        team_size = len(DEMO_WORKERS) if not workers else MIN_WORKERS
        for name in DEMO_WORKERS:
            if len(workers) >= team_size:
                break
            if name in taken:
                continue
            email = f"{slug(name).replace('-', '.')}@cpas-1060.{DEMO_DOMAIN}"
            worker = _insert(uow, Worker, organisation_id=org_id, name=name, email=email)
            workers.append(worker.id)
            workers_created += 1
    if existing_org is None:  # its first worker becomes this workstation's current worker
        uow.store.set_local("worker_id", workers[0], conn=conn)
        if uow.worker_id is None:
            # The unit of work was opened before there was anyone to act as: attribute the
            # demo's journal entries to that worker rather than to nobody.
            uow.worker_id = workers[0]
    existing = set(conn.execute(sa.text("SELECT name FROM organisation")).scalars())
    for partner, partner_nl, partner_type in PARTNERS:
        if partner not in existing:  # a second demo run does not duplicate them
            _insert(uow, Organisation, name=partner, name_nl=partner_nl, org_type=partner_type)
            organisations += 1
    return workers, organisations, workers_created


def fill_demo(
    uow: UnitOfWork,
    *,
    employers: int = 300,
    seed: int = 1060,
    today: dt.date | None = None,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
) -> DemoSummary:
    """Fill the open unit of work with fictitious Saint-Gilles data; the caller commits.

    Creates the organisation and its workers when the store has none (and records them as this
    workstation's organisation and current worker), the pact's partner organisations, then
    ``employers`` employers and, in proportion, contact persons (~1.5 per employer),
    interactions (3 per employer, over the last two years), follow-ups (~1 per employer: some
    overdue, some due today or this week, most done), opportunities (1 per 3 employers, every
    kind including employer requests for profiles), candidates (1 per 2 employers, at most
    :data:`~pacte_desktop.demo.builder.MAX_CANDIDATES`) and placements (1 per 3 employers).

    The same ``seed`` and ``today`` give the same data (except record ids) on a fresh store.
    ``progress(done, total)`` counts rows across all entities; ``cancel`` is checked between
    batches and raises :class:`~pacte_desktop.domain.progress.Cancelled` (roll back then).

    A writer that waits for the store meanwhile goes first between two steps of
    :data:`STEP` rows: what is written so far is committed then
    (:meth:`UnitOfWork.let_writers_through`; ``uow.committed_rows`` counts it), so an
    interrupted demo may leave the demo records written before a writer went through.
    """
    if employers < 0:
        raise ValueError("employers must be zero or more")
    if cancel:
        cancel.check()
    rng = random.Random(seed)
    workers, organisations, workers_created = _setup_organisations(uow)
    conn = uow.connection
    taken_bce = set(
        conn.execute(
            sa.text("SELECT bce_number FROM employer WHERE bce_number IS NOT NULL")
        ).scalars()
    )
    taken_codes = set(conn.execute(sa.text("SELECT code FROM candidate")).scalars())
    builder = Builder(rng, today or dt.date.today(), workers, employers, taken_bce, taken_codes)

    counts = builder.counts
    total = organisations + workers_created + sum(counts.values())
    done = organisations + workers_created
    if progress:
        progress(done, total)
    written: dict[str, int] = {}
    with busy.announced(uow.store.data_dir, "busy_demo"):
        for key, cls, rows in builder.steps():
            written[key] = 0
            while step := list(itertools.islice(rows, STEP)):
                if cancel:
                    cancel.check()
                report = _shifted(progress, done, total) if progress else None
                count = uow.bulk_insert(cls, step, progress=report, total=total, cancel=cancel)
                written[key] += count
                done += count
                uow.let_writers_through()
    return DemoSummary(organisations=organisations, workers=workers_created, **written)


def employer_rows(
    count: int, *, owners: Sequence[str], seed: int = 1060, today: dt.date | None = None
) -> list[dict[str, Any]]:
    """``count`` demo employers in stored form (ids included), without writing them.

    The rows ``fill_demo`` would insert first; benchmarks use them to time the insert alone.
    """
    builder = Builder(random.Random(seed), today or dt.date.today(), owners, count, set(), set())
    return list(builder.employers())
