"""The change journal is complete: replaying it rebuilds every replicated table exactly.

Every service that writes is exercised once; for each, the test checks that the write left
journal rows in the same transaction. Then the whole journal is replayed from nothing, in HLC
order, and must reproduce every replicated table row for row — so no write went around it.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from typing import Any

import sqlalchemy as sa

from pacte_desktop.domain.entities import (
    Candidate,
    ContactPerson,
    Employer,
    Opportunity,
    Placement,
)
from pacte_desktop.services import followups, records, workers
from pacte_desktop.store.schema import REPLICATED_TABLES, TABLES
from pacte_desktop.store.unit_of_work import UnitOfWork


def _journal_count(store: Any) -> int:
    with store.reading() as conn:
        return int(conn.exec_driver_sql("SELECT count(*) FROM journal").scalar_one())


def _replay(conn: sa.Connection) -> dict[str, dict[str, dict[str, Any]]]:
    state: dict[str, dict[str, dict[str, Any]]] = {t: {} for t in REPLICATED_TABLES}
    rows = conn.exec_driver_sql(
        "SELECT table_name, row_id, op, fields FROM journal ORDER BY hlc"
    ).all()
    for table, row_id, op, fields in rows:
        values = json.loads(fields)
        if op == "delete":
            assert values == {"deleted": True}
            del state[table][row_id]
        elif op == "insert":
            assert row_id not in state[table], f"{table} {row_id} inserted twice"
            state[table][row_id] = {"id": row_id, **values}
        else:
            assert row_id in state[table], f"{op} of {table} {row_id} before its insert"
            state[table][row_id].update(values)
    return state


def _actual(conn: sa.Connection) -> dict[str, dict[str, dict[str, Any]]]:
    state: dict[str, dict[str, dict[str, Any]]] = {}
    for name in REPLICATED_TABLES:
        table = TABLES[name]
        state[name] = {}
        for row in conn.execute(sa.select(table)).mappings():
            # Columns never journalled are those still at their default (NULL, 0 or []).
            state[name][row["id"]] = {
                k: v for k, v in row.items() if (v is not None and v != "[]") or k == "id"
            }
    return state


def _normalise(replayed: dict[str, dict[str, dict[str, Any]]]) -> dict[str, Any]:
    return {
        t: {
            rid: {k: v for k, v in r.items() if (v is not None and v != "[]") or k == "id"}
            for rid, r in rows.items()
        }
        for t, rows in replayed.items()
    }


def test_every_service_write_is_journalled_and_the_journal_replays_the_tables(org) -> None:
    store = org.store
    igo, julie = org.workers["Igo De Radigues"], org.workers["Julie Buelens"]
    ids: dict[str, str] = {}

    def step(name: str, action: Callable[[UnitOfWork], Any]) -> None:
        before = _journal_count(store)
        with UnitOfWork(store) as uow:
            result = action(uow)
            uow.commit()
        if hasattr(result, "id"):
            ids[name] = result.id
        assert _journal_count(store) > before, f"{name} wrote without journalling"

    step(
        "employer",
        lambda u: records.create(
            u,
            Employer,
            {
                "name": "Brasserie du Parvis",
                "bce_number": "0403.019.261",
                "tags": ["HORECA"],
                "owner_id": org.workers["Farida Aissa"],
            },
        ),
    )
    step(
        "edit",
        lambda u: records.edit(
            u, Employer, ids["employer"], {"status": "active", "phone": "02 536 12 34"}
        ),
    )
    step("archive", lambda u: records.archive(u, Employer, ids["employer"]))
    step("restore", lambda u: records.restore(u, Employer, ids["employer"]))
    step(
        "contact",
        lambda u: records.create(
            u,
            ContactPerson,
            {"employer_id": ids["employer"], "name": "Jean Dupont", "role": "gérant"},
        ),
    )
    step(
        "contact_edit",
        lambda u: records.edit(u, ContactPerson, ids["contact"], {"email": "jean@parvis.example"}),
    )
    step("contact_archive", lambda u: records.archive(u, ContactPerson, ids["contact"]))
    step(
        "contact_mistake",
        lambda u: records.create(
            u, ContactPerson, {"employer_id": ids["employer"], "name": "Erreur de saisie"}
        ),
    )
    step("contact_delete", lambda u: records.delete(u, ContactPerson, ids["contact_mistake"]))
    step(
        "opportunity",
        lambda u: records.create(
            u,
            Opportunity,
            {
                "employer_id": ids["employer"],
                "kind": "profile-request",
                "title": "15 profils avec langues",
                "positions": "15",
                "languages": "nl,en",
                "owner_id": org.workers["Farida Aissa"],
            },
        ),
    )
    step(
        "opportunity_edit",
        lambda u: records.edit(u, Opportunity, ids["opportunity"], {"shared": "oui"}),
    )
    step(
        "candidate",
        lambda u: records.create(
            u,
            Candidate,
            {
                "code": "SG-2026-0001",
                "languages": ["fr", "nl"],
                "worker_id": org.workers["Farida Aissa"],
                "consent_date": "2026-01-05",
                "retention_date": "2028-01-05",
            },
        ),
    )
    step(
        "placement",
        lambda u: records.create(
            u,
            Placement,
            {
                "candidate_id": ids["candidate"],
                "employer_id": ids["employer"],
                "placement_type": "article60",
                "start_date": "2026-02-01",
            },
        ),
    )
    step(
        "placement_edit",
        lambda u: records.edit(u, Placement, ids["placement"], {"check_3m": "employed"}),
    )
    step(
        "follow_up",
        lambda u: (
            followups.log_interaction(
                u,
                employer=ids["employer"],
                channel="visit",
                summary="Visite",
                next_action_date=dt.date(2026, 12, 1),
            ).follow_up
        ),
    )
    step("postpone", lambda u: followups.postpone(u, ids["follow_up"], "2026-12-08"))
    step("reassign", lambda u: followups.reassign(u, ids["follow_up"], igo))
    step("complete", lambda u: followups.complete(u, ids["follow_up"]))
    step("worker", lambda u: workers.add_worker(u, name="Rolin Mangala"))
    step(
        "handover",
        lambda u: (
            workers.handover(
                u, leaving_id=org.workers["Farida Aissa"], recipient_ids=[igo, julie]
            ).worker
        ),
    )

    from pacte_desktop.demo.fill import fill_demo

    step("demo", lambda u: fill_demo(u, employers=40))

    with store.reading() as conn:
        assert _normalise(_replay(conn)) == _actual(conn)
        stamps = conn.exec_driver_sql("SELECT hlc FROM journal ORDER BY seq").scalars().all()
    assert stamps == sorted(stamps), "journal stamps follow the order of writes"
    assert len(set(stamps)) == len(stamps)


def test_journal_rows_carry_device_worker_and_operation(org) -> None:
    with UnitOfWork(org.store) as uow:
        employer = records.create(uow, Employer, {"name": "Atelier Vélo"})
        records.edit(uow, Employer, employer.id, {"status": "dormant"})
        uow.commit()
    with org.store.reading() as conn:
        rows = conn.exec_driver_sql(
            "SELECT device_id, worker_id, op, fields FROM journal WHERE row_id = ? ORDER BY hlc",
            (employer.id,),
        ).all()
    assert [r.op for r in rows] == ["insert", "update"]
    assert {r.device_id for r in rows} == {org.store.device_id}
    assert {r.worker_id for r in rows} == {org.workers["Farida Aissa"]}
    assert json.loads(rows[1].fields) == {"status": "dormant"}


def test_an_edit_that_changes_nothing_writes_nothing(org) -> None:
    with UnitOfWork(org.store) as uow:
        employer = records.create(uow, Employer, {"name": "Atelier Vélo", "status": "active"})
        uow.commit()
    before = _journal_count(org.store)
    with UnitOfWork(org.store) as uow:
        records.edit(uow, Employer, employer.id, {"status": "active"})
        uow.commit()
    assert _journal_count(org.store) == before


def test_a_failed_unit_of_work_leaves_neither_rows_nor_journal(org) -> None:
    before = _journal_count(org.store)
    try:
        with UnitOfWork(org.store) as uow:
            records.create(uow, Employer, {"name": "Première"})
            records.create(uow, Employer, {"name": "Seconde", "email": "pas-une-adresse"})
            uow.commit()
    except Exception as exc:
        assert "e-mail" in str(exc)
    else:
        raise AssertionError("the bad email was accepted")
    assert _journal_count(org.store) == before
    with org.store.reading() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM employer").scalar_one() == 0


def test_the_clock_survives_reopening_the_store(org, tmp_path) -> None:
    from pacte_desktop.store.database import Store

    with UnitOfWork(org.store) as uow:
        records.create(uow, Employer, {"name": "Avant"})
        uow.commit()
    with org.store.reading() as conn:
        last = conn.exec_driver_sql("SELECT max(hlc) FROM journal").scalar_one()
    org.store.close()
    reopened = Store.open(org.store.data_dir)
    # Force the wall clock far behind: the next stamp must still be later.
    with UnitOfWork(reopened) as uow:
        uow.clock._wall = lambda: 0
        records.create(uow, Employer, {"name": "Après"})
        uow.commit()
    with reopened.reading() as conn:
        newest = conn.exec_driver_sql("SELECT max(hlc) FROM journal").scalar_one()
    reopened.close()
    assert newest > last
