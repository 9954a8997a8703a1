"""A merge and its undo reach every workstation of the organisation (issue 15, point 1).

Three workstations around one organisation folder: A merges two employers that each have
contacts, interactions, follow-ups, opportunities and placements; after passes every
workstation holds the merge. B, offline meanwhile, had added a contact to the kept employer:
it stays there. C undoes the merge once it has synced; after passes every workstation holds
every row as before the merge (plus B's contact), and the merge record says it was undone.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from workstations import OrgNet, Workstation

from pacte_desktop.domain.entities import (
    Candidate,
    ContactPerson,
    EmployerMerge,
    Opportunity,
    Placement,
)
from pacte_desktop.services import dedupe, followups, records
from pacte_desktop.store.unit_of_work import UnitOfWork

CHILD_TABLES = ("contact_person", "interaction", "follow_up", "opportunity", "placement")


def _family(station: Workstation, name: str, code: str, **values: object) -> str:
    employer = station.employer(name, **values)
    with UnitOfWork(station.store) as uow:
        records.create(uow, ContactPerson, {"employer_id": employer, "name": f"Contact {code}"})
        followups.log_interaction(
            uow,
            employer=employer,
            channel="phone",
            summary=f"Appel {code}",
            date=dt.date(2026, 2, 3),
            next_action_date=dt.date(2026, 2, 20),
        )
        opportunity = records.create(
            uow, Opportunity, {"employer_id": employer, "kind": "fpi", "title": f"FPI {code}"}
        )
        candidate = records.create(uow, Candidate, {"code": code, "worker_id": uow.worker_id})
        records.create(
            uow,
            Placement,
            {
                "candidate_id": candidate.id,
                "employer_id": employer,
                "opportunity_id": opportunity.id,
                "placement_type": "fpi",
                "start_date": "2026-03-01",
            },
        )
        uow.commit()
    return employer


def _children(station: Workstation, employer: str) -> dict[str, set[str]]:
    with station.store.reading() as conn:
        return {
            t: set(
                conn.execute(
                    sa.text(f"SELECT id FROM {t} WHERE employer_id = :e"), {"e": employer}
                ).scalars()
            )
            for t in CHILD_TABLES
        }


def _settle(*stations: Workstation) -> None:
    for station in (*stations, *stations):
        station.sync()


def _employers_and_children(station: Workstation) -> dict[str, Any]:
    rows = station.rows()
    return {t: rows[t] for t in ("employer", *CHILD_TABLES)}


def test_a_merge_and_its_undo_on_another_workstation_reach_every_workstation(
    tmp_path: Path,
) -> None:
    org = OrgNet(tmp_path)
    try:
        a = org.first("A")
        b = org.join("B")
        c = org.join("C")
        kept = _family(a, "Boulangerie Dupont", "SG-1", postcode="1060", phone="02 537 12 34")
        merged = _family(a, "DUPONT boulangerie SPRL", "SG-2", postcode="1060", email="i@d.be")
        _settle(a, b, c)
        before = _employers_and_children(a)
        kept_children, merged_children = _children(a, kept), _children(a, merged)
        assert all(kept_children.values()) and all(merged_children.values())
        [pair] = dedupe.scan(c.store)
        assert {pair.first.id, pair.second.id} == {kept, merged}

        with UnitOfWork(a.store) as uow:
            made = dedupe.merge(uow, kept, merged, {"name": merged})
            uow.commit()
        assert isinstance(made, EmployerMerge)
        # B, not synced yet, adds a contact to the kept employer.
        late = b.create(ContactPerson, {"employer_id": kept, "name": "Arrivée après"})
        _settle(a, b, c)
        for station in (a, b, c):
            children = _children(station, kept)
            for table in CHILD_TABLES:
                assert children[table] >= kept_children[table] | merged_children[table], table
            assert _children(station, merged) == {t: set() for t in CHILD_TABLES}
            assert station.value("employer", kept, "name") == "DUPONT boulangerie SPRL"
            assert station.value("employer", kept, "email") == "i@d.be"
            assert station.value("employer", merged, "archived_at") is not None
            assert dedupe.scan(station.store) == []
        assert b.rows() == a.rows() == c.rows()

        # C undoes the merge it received.
        with UnitOfWork(c.store) as uow:
            undone = dedupe.undo(uow, made.id)
            uow.commit()
        assert undone.moved_back == sum(len(ids) for ids in merged_children.values())
        _settle(c, a, b)
        for station in (a, b, c):
            assert _children(station, merged) == merged_children
            assert _children(station, kept) == {
                **kept_children,
                "contact_person": kept_children["contact_person"] | {late},
            }
            state = _employers_and_children(station)
            assert state["employer"] == before["employer"]
            for table in ("interaction", "follow_up", "opportunity", "placement"):
                assert state[table] == before[table], (station.name, table)
            [summary] = dedupe.past_merges(station.store)
            assert summary.undone_at is not None
        assert b.rows() == a.rows() == c.rows()
        assert not a.conflicts() and not b.conflicts() and not c.conflicts()
    finally:
        org.close()
