"""« Ma journée »'s reads (services/day.py) on real stores: placement checks due for the
worker who follows the candidate, the employers a worker opened here, the month's figures."""

from __future__ import annotations

import datetime as dt
import time

from pacte_desktop.domain.entities import Candidate, Employer, Interaction, Placement
from pacte_desktop.services import day, records
from pacte_desktop.store.ids import id_floor, new_id
from pacte_desktop.store.unit_of_work import UnitOfWork


def _create(org, cls, **values):
    with UnitOfWork(org.store, org.workers["Farida Aissa"]) as uow:
        found = records.create(uow, cls, values)
        uow.commit()
    return found


def _placement(org, employer, candidate, start: str, **values):
    return _create(
        org,
        Placement,
        employer_id=employer.id,
        candidate_id=candidate.id,
        placement_type="article60",
        start_date=start,
        **values,
    )


def test_checks_due_follow_the_domain_rule_for_the_worker_who_follows_the_candidate(org) -> None:
    farida, igo = org.workers["Farida Aissa"], org.workers["Igo De Radigues"]
    velo = _create(org, Employer, name="Atelier Vélo")
    mine = _create(org, Candidate, code="SG-001", worker_id=farida)
    theirs = _create(org, Candidate, code="SG-002", worker_id=igo)
    today = dt.date(2026, 2, 28)
    # 30 November + 3 months is 28 February (clamped): due today although it started after
    # 28 November; its 6-month check is not due yet.
    clamped = _placement(org, velo, mine, "2025-11-30")
    # Started 1 August: both checks due; the 3-month one recorded, so only the 6-month one.
    recorded = _placement(org, velo, mine, "2025-08-01", check_3m="employed")
    _placement(org, velo, mine, "2025-12-01")  # 1 March: not yet
    _placement(org, velo, theirs, "2025-06-01")  # Igo's candidate
    with org.store.reading() as conn:
        due = day.checks_due(conn, worker_id=farida, today=today)
        igo_due = day.checks_due(conn, worker_id=igo, today=today)
    assert [(d.placement_id, d.months, d.due_on) for d in due] == [
        (recorded.id, 6, dt.date(2026, 2, 1)),
        (clamped.id, 3, dt.date(2026, 2, 28)),
    ]
    assert due[0].candidate_code == "SG-001" and due[0].employer_name == "Atelier Vélo"
    assert [(d.candidate_code, d.months) for d in igo_due] == [("SG-002", 3), ("SG-002", 6)]


def test_recent_employers_are_per_worker_newest_first_pruned_and_without_archived(org) -> None:
    farida, igo = org.workers["Farida Aissa"], org.workers["Igo De Radigues"]
    made = [_create(org, Employer, name=f"Employeur {n:02d}") for n in range(day.RECENT_KEPT + 2)]
    for employer in made:
        day.remember_employer(org.store, farida, employer.id)
    day.remember_employer(org.store, farida, made[0].id)  # opened again: first once more
    day.remember_employer(org.store, igo, made[5].id)
    with UnitOfWork(org.store, farida) as uow:
        records.archive(uow, Employer, made[-1].id)
        uow.commit()
    with org.store.reading() as conn:
        mine = day.recent_employers(conn, farida)
        his = day.recent_employers(conn, igo)
        kept = conn.exec_driver_sql(
            "SELECT count(*) FROM local_state WHERE key LIKE 'recent.employer.%'"
        ).scalar_one()
    newest_first = [made[0], *reversed(made[3:-1])]
    assert [r.name for r in mine] == [e.name for e in newest_first]
    assert [r.name for r in his] == ["Employeur 05"]
    assert kept == day.RECENT_KEPT + 1  # Farida's ten (one archived, not shown) and Igo's one


def test_the_month_figures_count_contacts_new_employers_and_placements_by_type(org) -> None:
    farida = org.workers["Farida Aissa"]
    today = dt.date.today()  # new employers are counted from their ids, made now
    first = today.replace(day=1)
    before = first - dt.timedelta(days=1)
    velo = _create(org, Employer, name="Atelier Vélo")
    parvis = _create(org, Employer, name="Brasserie du Parvis")
    gone = _create(org, Employer, name="Doublon")
    with UnitOfWork(org.store, farida) as uow:
        records.archive(uow, Employer, gone.id)
        uow.commit()
    for when in (first, today, before):
        _create(
            org,
            Interaction,
            employer_id=velo.id,
            worker_id=farida,
            date=when,
            channel="phone",
            summary="appel",
        )
    candidate = _create(org, Candidate, code="SG-001", worker_id=farida)
    for kind, when in (
        ("article60", first),
        ("article60", today),
        ("internship", today),
        ("activa", before),
    ):
        _create(
            org,
            Placement,
            employer_id=parvis.id,
            candidate_id=candidate.id,
            placement_type=kind,
            start_date=when,
        )
    with org.store.reading() as conn:
        figures = day.month_figures(conn, today)
        last_month = day.month_figures(conn, before)
    assert figures.first_day == first
    assert figures.contacts == 2
    assert figures.new_employers == 2  # the archived one is not counted
    assert figures.placements == (("internship", 1), ("article60", 2))
    assert figures.placements_total == 3
    assert last_month.contacts == 1 and last_month.new_employers == 0
    assert last_month.placements == (("activa", 1),)


def test_an_id_floor_orders_ids_by_the_moment_they_were_made() -> None:
    now = time.time_ns() // 1_000_000
    made = new_id()
    assert id_floor(now - 1) <= made < id_floor(now + 1000)
    assert not made < id_floor(now - 1)
