"""The reads the interface asks for off the GUI thread: a read connection in, plain values out."""

from __future__ import annotations

import pytest

from pacte_desktop.domain import messages
from pacte_desktop.domain.entities import (
    Candidate,
    ContactPerson,
    Employer,
    Interaction,
    Opportunity,
    Placement,
    Worker,
)
from pacte_desktop.domain.errors import NotFoundError
from pacte_desktop.services import employer_page, listings, records, workers
from pacte_desktop.store.unit_of_work import UnitOfWork


def _create(org, cls, **values):
    with UnitOfWork(org.store, org.workers["Farida Aissa"]) as uow:
        found = records.create(uow, cls, values)
        uow.commit()
    return found


def test_the_fiche_keeps_an_owner_who_left_and_refuses_a_missing_employer(org) -> None:
    igo = org.workers["Igo De Radigues"]
    employer = _create(org, Employer, name="Atelier Vélo", owner_id=igo)
    with UnitOfWork(org.store) as uow:
        records.edit(uow, Worker, igo, {"status": "left"})
        uow.commit()
    with org.store.reading() as conn:
        fiche = employer_page.fiche(conn, employer.id[:8])  # a unique id prefix will do
        new = employer_page.fiche(conn, None)
        with pytest.raises(NotFoundError):
            employer_page.fiche(conn, "0190e4b2-0000-7000-8000-000000000000")
    assert fiche.employer is not None and fiche.employer.id == employer.id
    assert [w.name for w in fiche.owners] == ["Farida Aissa", "Julie Buelens", "Igo De Radigues"]
    assert new.employer is None and [w.name for w in new.owners] == [
        "Farida Aissa",
        "Julie Buelens",
    ]


def test_the_lists_of_an_employer(org) -> None:
    employer = _create(org, Employer, name="Brasserie du Parvis")
    _create(org, ContactPerson, employer_id=employer.id, name="Marie Dupont")
    for day, summary in (("2025-01-02", "premier appel"), ("2025-03-04", "visite")):
        _create(
            org,
            Interaction,
            employer_id=employer.id,
            worker_id=org.workers["Farida Aissa"],
            date=day,
            channel="phone",
            summary=summary,
        )
    with org.store.reading() as conn:
        contacts = employer_page.contacts(conn, employer.id)
        timeline = employer_page.timeline(conn, employer.id)
        entries, names = employer_page.history(conn, employer.id)
    assert [c["name"] for c in contacts] == ["Marie Dupont"]
    assert [t["summary"] for t in timeline] == ["visite", "premier appel"]  # newest first
    assert {t["worker"] for t in timeline} == {"Farida Aissa"}
    assert entries[0]["op"] == "insert" and names[org.workers["Igo De Radigues"]]


def test_a_record_form_keeps_its_archived_candidate_and_names_its_placement(org) -> None:
    parvis = _create(org, Employer, name="Brasserie du Parvis")
    velo = _create(org, Employer, name="Atelier Vélo")
    commis = _create(
        org, Opportunity, employer_id=parvis.id, kind="internship", title="Commis de salle"
    )
    _create(org, Opportunity, employer_id=velo.id, kind="open-ended", title="Mécanicien")
    candidate = _create(org, Candidate, code="SG-001", worker_id=org.workers["Farida Aissa"])
    placement = _create(
        org,
        Placement,
        candidate_id=candidate.id,
        employer_id=parvis.id,
        opportunity_id=commis.id,
        placement_type="internship",
        start_date="2025-03-03",
    )
    with UnitOfWork(org.store) as uow:
        records.archive(uow, Candidate, candidate.id)
        uow.commit()
    with org.store.reading() as conn:
        form = records.record_form(conn, Placement, placement.id)
        new = records.record_form(conn, Placement, None, {"employer_id": velo.id})
        with pytest.raises(NotFoundError):
            records.record_form(conn, Placement, "0190e4b2-0000-7000-8000-000000000000")
    assert form.record == placement
    assert form.caption == "SG-001 — Brasserie du Parvis"
    assert form.employer_name == "Brasserie du Parvis"
    assert (candidate.id, "SG-001 (archivé)") in form.options["candidate_id"]
    assert form.options["opportunity_id"] == [
        (commis.id, f"Commis de salle ({messages.choice_label('internship')})")
    ]
    # A new placement for Atelier Vélo: its offers only, and no employer in the options.
    assert [label for _, label in new.options["opportunity_id"]] == [
        f"Mécanicien ({messages.choice_label('open-ended')})"
    ]
    assert "employer_id" not in new.options and new.employer_name == "Atelier Vélo"
    assert new.record is None and new.caption == ""


def test_employer_search_and_filter_options(org) -> None:
    _create(org, Employer, name="Brasserie du Parvis", commune="Saint-Gilles", tags="HORECA")
    _create(org, Employer, name="Atelier Vélo", commune="Forest")
    with org.store.reading() as conn:
        found = listings.search_employers(conn, "parv", 20)
        options = listings.employer_filter_options(conn)
        ids, rows = listings.first_rows(conn, "employer", listings.Listing(sort="name"), 1)
        active = workers.active(conn)
    assert [(name, commune) for _, name, commune in found] == [
        ("Brasserie du Parvis", "Saint-Gilles")
    ]
    assert options.communes == [("Forest", "Forest"), ("Saint-Gilles", "Saint-Gilles")]
    assert options.tags == ["HORECA"]
    assert [name for _, name in options.owners] == [w.name for w in active]
    assert len(ids) == 2 and list(rows) == ids[:1] and rows[ids[0]]["name"] == "Atelier Vélo"
