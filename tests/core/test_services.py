"""Use cases: validation before any write, follow-ups, and the worker handover."""

from __future__ import annotations

import datetime as dt

import pytest

from pacte_desktop.domain.entities import (
    Candidate,
    Employer,
    FollowUp,
    Opportunity,
    Placement,
    Worker,
)
from pacte_desktop.domain.errors import NotFoundError, StoreError, ValidationError
from pacte_desktop.services import followups, records, workers
from pacte_desktop.store.repository import Repository
from pacte_desktop.store.unit_of_work import UnitOfWork


def _employer(org, **values):
    with UnitOfWork(org.store) as uow:
        employer = records.create(uow, Employer, {"name": "Atelier", **values})
        uow.commit()
    return employer


def test_create_normalises_and_defaults(org) -> None:
    employer = _employer(
        org,
        bce_number="BE 0403 019 261",
        phone="02 536 12 34",
        website="atelier.example",
        nace_code="56.101",
        tags="HORECA, HORECA",
    )
    assert employer.bce_number == "0403019261"
    assert employer.phone == "+3225361234"
    assert employer.website == "https://atelier.example"
    assert (employer.nace_code, employer.nace_version) == ("56101", "2025")
    assert employer.tags == ("HORECA",)
    assert employer.status == "prospect"


@pytest.mark.parametrize(
    ("values", "field", "code"),
    [
        ({"bce_number": "0403.019.262"}, "bce_number", "bce_checksum"),
        ({"email": "info@@x"}, "email", "email"),
        ({"postcode": "106"}, "postcode", "postcode"),
        ({"status": "asleep"}, "status", "choice"),
        ({"owner_id": "no-such-worker"}, "owner_id", "not_found"),
        ({"name": ""}, "name", "required"),
    ],
)
def test_bad_input_writes_nothing(org, values, field, code) -> None:
    with UnitOfWork(org.store) as uow, pytest.raises(ValidationError) as caught:
        records.create(uow, Employer, {"name": "Atelier", **values})
    assert (caught.value.field, caught.value.code) == (field, code)
    with org.store.reading() as conn:
        assert Repository(conn).count(Employer, include_archived=True) == 0


def test_edit_refuses_invalid_changes_and_keeps_the_record(org) -> None:
    employer = _employer(org, email="ok@atelier.example")
    with UnitOfWork(org.store) as uow, pytest.raises(ValidationError):
        records.edit(uow, Employer, employer.id, {"status": "active", "email": "broken"})
    with org.store.reading() as conn:
        stored = Repository(conn).get(Employer, employer.id)
    assert stored == employer


def test_placement_cannot_end_before_it_starts(org) -> None:
    employer = _employer(org)
    with UnitOfWork(org.store) as uow:
        candidate = records.create(
            uow, Candidate, {"code": "SG-1", "worker_id": org.workers["Farida Aissa"]}
        )
        uow.commit()
    with UnitOfWork(org.store) as uow, pytest.raises(ValidationError) as caught:
        records.create(
            uow,
            Placement,
            {
                "candidate_id": candidate.id,
                "employer_id": employer.id,
                "placement_type": "activa",
                "start_date": "2026-03-01",
                "end_date": "2026-02-01",
            },
        )
    assert caught.value.code == "end_before_start"
    assert "antérieure" in str(caught.value)


def test_ids_are_uuid7_and_prefixes_resolve(org) -> None:
    employer = _employer(org)
    assert employer.id[14] == "7"  # the UUID version digit
    with org.store.reading() as conn:
        repo = Repository(conn)
        assert repo.require(Employer, employer.id[:13]).id == employer.id
        with pytest.raises(NotFoundError):
            repo.require(Employer, "0000000")
        with pytest.raises(NotFoundError):
            repo.require(Employer, "01")  # too short to be taken as a prefix


def test_archived_records_cannot_be_edited_until_restored(org) -> None:
    employer = _employer(org)
    with UnitOfWork(org.store) as uow:
        records.archive(uow, Employer, employer.id)
        uow.commit()
    with UnitOfWork(org.store) as uow, pytest.raises(ValidationError) as caught:
        records.edit(uow, Employer, employer.id, {"status": "active"})
    assert caught.value.code == "archived"
    with UnitOfWork(org.store) as uow:
        records.restore(uow, Employer, employer.id)
        assert records.edit(uow, Employer, employer.id, {"status": "active"}).status == "active"
        uow.commit()


def test_logging_an_interaction_with_a_next_action_creates_a_follow_up(org) -> None:
    employer = _employer(org)
    today = dt.date(2026, 11, 27)
    with UnitOfWork(org.store) as uow:
        logged = followups.log_interaction(
            uow,
            employer=employer.id,
            channel="phone",
            summary="Rappeler pour un stage",
            date=today,
            next_action_date=dt.date(2026, 11, 20),
        )
        followups.log_interaction(
            uow, employer=employer.id, channel="email", summary="Offre envoyée", date=today
        )
        followups.log_interaction(
            uow,
            employer=employer.id,
            channel="visit",
            summary="Visite",
            next_action_date=dt.date(2026, 12, 15),
            date=today,
            worker_id=org.workers["Igo De Radigues"],
        )
        uow.commit()
    assert logged.follow_up is not None
    assert logged.follow_up.interaction_id == logged.interaction.id
    with org.store.reading() as conn:
        all_open = followups.due(conn, today=today)
        this_week = followups.due(conn, before=today + dt.timedelta(days=7), today=today)
        mine = followups.due(conn, worker_id=org.workers["Igo De Radigues"], today=today)
    assert [f.due_date for f in all_open] == [dt.date(2026, 11, 20), dt.date(2026, 12, 15)]
    assert [f.overdue for f in all_open] == [True, False]
    assert len(this_week) == 1 and this_week[0].employer_name == "Atelier"
    assert [f.worker_name for f in mine] == ["Igo De Radigues"]
    with UnitOfWork(org.store) as uow:
        followups.complete(uow, logged.follow_up.id, on=today)
        uow.commit()
    with org.store.reading() as conn:
        assert len(followups.due(conn, today=today)) == 1
        done = Repository(conn).get(FollowUp, logged.follow_up.id)
    assert done is not None and (done.status, done.done_on) == ("done", today)


def test_init_refuses_a_second_organisation(org) -> None:
    with UnitOfWork(org.store) as uow, pytest.raises(StoreError) as caught:
        workers.init_organisation(uow, name="Autre", org_type="ale", worker="X")
    assert "CPAS de Saint-Gilles" in str(caught.value)


def test_worker_names_are_unique(org) -> None:
    with UnitOfWork(org.store) as uow, pytest.raises(ValidationError) as caught:
        workers.add_worker(uow, name="farida aissa")
    assert caught.value.code == "worker_exists"


def test_candidate_codes_are_unique_in_a_store_on_create_and_edit(org) -> None:
    farida = org.workers["Farida Aissa"]
    with UnitOfWork(org.store) as uow:
        first = records.create(uow, Candidate, {"code": "SG-001", "worker_id": farida})
        second = records.create(uow, Candidate, {"code": "SG-002", "worker_id": farida})
        uow.commit()
    with UnitOfWork(org.store) as uow, pytest.raises(ValidationError) as caught:
        records.create(uow, Candidate, {"code": "SG-001", "worker_id": farida})
    assert (caught.value.field, caught.value.code) == ("code", "code_exists")
    with UnitOfWork(org.store) as uow, pytest.raises(ValidationError) as caught:
        records.edit(uow, Candidate, second.id, {"code": "SG-001"})
    assert caught.value.code == "code_exists"
    with UnitOfWork(org.store) as uow:  # its own code again is no clash
        records.edit(uow, Candidate, first.id, {"code": "SG-001", "notes": "suivi"})
        uow.commit()


def _portfolio(org, n_employers: int = 5):
    farida = org.workers["Farida Aissa"]
    with UnitOfWork(org.store) as uow:
        employers = [
            records.create(uow, Employer, {"name": f"Employeur {i}", "owner_id": farida})
            for i in range(n_employers)
        ]
        follow = [
            followups.log_interaction(
                uow,
                employer=e.id,
                channel="phone",
                summary="Appel",
                next_action_date="2026-12-01",
                worker_id=farida,
            ).follow_up
            for e in employers
        ]
        done = followups.log_interaction(
            uow,
            employer=employers[0].id,
            channel="phone",
            summary="Fait",
            next_action_date="2026-10-01",
            worker_id=farida,
        ).follow_up
        assert done is not None
        followups.complete(uow, done.id)
        candidates = [
            records.create(uow, Candidate, {"code": f"SG-{i}", "worker_id": farida})
            for i in range(3)
        ]
        opportunity = records.create(
            uow,
            Opportunity,
            {
                "employer_id": employers[1].id,
                "kind": "internship",
                "title": "Stage",
                "owner_id": farida,
            },
        )
        uow.commit()
    return employers, follow, done, candidates, opportunity


def test_handover_moves_everything_to_colleagues_in_one_step(org) -> None:
    employers, follow, done, candidates, opportunity = _portfolio(org)
    farida, igo, julie = (
        org.workers[n] for n in ("Farida Aissa", "Igo De Radigues", "Julie Buelens")
    )
    with UnitOfWork(org.store) as uow:
        result = workers.handover(
            uow, leaving_id=farida, recipient_ids=[igo, julie], on=dt.date(2026, 11, 30)
        )
        uow.commit()
    assert result.moved["employers"] == {"Igo De Radigues": 3, "Julie Buelens": 2}
    with org.store.reading() as conn:
        repo = Repository(conn)
        assert workers.holdings(repo, farida).total == 0
        owners = {e.id: repo.get(Employer, e.id).owner_id for e in employers}  # type: ignore[union-attr]
        assert set(owners.values()) == {igo, julie}
        for f in follow:  # each open follow-up goes with its employer
            moved = repo.get(FollowUp, f.id)
            assert moved is not None and moved.worker_id == owners[moved.employer_id]
        closed = repo.get(FollowUp, done.id)
        assert closed is not None and closed.worker_id == farida  # history stays as it was
        assert {repo.get(Candidate, c.id).worker_id for c in candidates} <= {igo, julie}  # type: ignore[union-attr]
        moved_opportunity = repo.get(Opportunity, opportunity.id)
        assert moved_opportunity is not None
        assert moved_opportunity.owner_id == owners[employers[1].id]
        left = repo.get(Worker, farida)
        assert left is not None
        assert (left.status, left.left_on, left.successor_id) == (
            "left",
            dt.date(2026, 11, 30),
            igo,
        )
        assert repo.count(Employer) == len(employers)  # nothing deleted
        handover_rows = conn.exec_driver_sql(
            "SELECT count(*) FROM journal WHERE op = 'handover'"
        ).scalar_one()
    assert handover_rows == len(employers) + len(follow) + len(candidates) + 1


def test_handover_follows_explicit_assignments(org) -> None:
    employers, *_ = _portfolio(org, 2)
    farida, igo, julie = (
        org.workers[n] for n in ("Farida Aissa", "Igo De Radigues", "Julie Buelens")
    )
    with UnitOfWork(org.store) as uow:
        workers.handover(
            uow,
            leaving_id=farida,
            recipient_ids=[igo, julie],
            assignments={employers[0].id: julie, employers[1].id: julie},
        )
        uow.commit()
    with org.store.reading() as conn:
        assert workers.holdings(Repository(conn), julie).employers == tuple(e.id for e in employers)


@pytest.mark.parametrize("case", ["self", "left", "none", "unknown"])
def test_handover_refusals_change_nothing(org, case) -> None:
    _portfolio(org, 2)
    farida, igo = org.workers["Farida Aissa"], org.workers["Igo De Radigues"]
    if case == "left":
        with UnitOfWork(org.store) as uow:
            workers.handover(uow, leaving_id=igo, recipient_ids=[farida])
            uow.commit()
    recipients = {"self": [farida], "left": [igo], "none": [], "unknown": ["zzzzzzzz"]}[case]
    with org.store.reading() as conn:
        before = conn.exec_driver_sql("SELECT count(*) FROM journal").scalar_one()
    with UnitOfWork(org.store) as uow, pytest.raises((ValidationError, NotFoundError)):
        workers.handover(uow, leaving_id=farida, recipient_ids=recipients)
    with org.store.reading() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM journal").scalar_one() == before
        assert Repository(conn).get(Worker, farida).status == "active"  # type: ignore[union-attr]


def test_left_workers_cannot_be_given_new_work(org) -> None:
    farida, igo = org.workers["Farida Aissa"], org.workers["Igo De Radigues"]
    with UnitOfWork(org.store) as uow:
        workers.handover(uow, leaving_id=igo, recipient_ids=[farida])
        uow.commit()
    with UnitOfWork(org.store) as uow, pytest.raises(ValidationError) as caught:
        records.create(uow, Employer, {"name": "X", "owner_id": igo})
    assert caught.value.code == "worker_left"
