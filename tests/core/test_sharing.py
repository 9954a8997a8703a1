"""`pacte charter show`: what leaves the organisation, field by field, with record counts."""

from __future__ import annotations

import json

from pacte_desktop.domain.entities import ContactPerson, Employer, Opportunity
from pacte_desktop.services import followups, records
from pacte_desktop.services.sharing import what_we_share
from pacte_desktop.store.unit_of_work import UnitOfWork


def _tables(org):
    with org.store.reading() as conn:
        return {t.table: t for t in what_we_share(conn, org.organisation_id)}


def test_counts_follow_the_publishing_rules(org) -> None:
    with UnitOfWork(org.store) as uow:
        shared = records.create(uow, Employer, {"name": "Partagé"})
        hidden = records.create(uow, Employer, {"name": "Secret", "do_not_share": True})
        archived = records.create(uow, Employer, {"name": "Ancien"})
        records.archive(uow, Employer, archived.id)
        for employer in (shared, hidden):
            followups.log_interaction(uow, employer=employer.id, channel="phone", summary="x")
            records.create(uow, ContactPerson, {"employer_id": employer.id, "name": "C"})
            records.create(
                uow,
                Opportunity,
                {
                    "employer_id": employer.id,
                    "kind": "internship",
                    "title": "Stage",
                    "shared": True,
                },
            )
        records.create(
            uow, Opportunity, {"employer_id": shared.id, "kind": "internship", "title": "Interne"}
        )
        uow.commit()
    tables = _tables(org)
    assert tables["employer"].records == 1
    assert tables["interaction"].records == 1  # "we know this employer", once per employer
    assert tables["opportunity"].records == 1  # shared, of a shareable employer
    assert tables["contact_person"].records == 0  # the default charter lets no contact leave
    assert tables["organisation"].records == 1
    assert tables["candidate"].aggregate_only and tables["candidate"].records == 0
    employer_fields = {f.name: f.shared for f in tables["employer"].fields}
    assert employer_fields["bce_number"] and employer_fields["name"]
    assert not employer_fields["notes"] and not employer_fields["owner_id"]
    assert not any(f.shared for f in tables["candidate"].fields)
    assert not any(f.shared for f in tables["placement"].fields)


def test_charter_show_prints_it_in_the_users_language(pacte) -> None:
    pacte("init", "--org", "ALE", "--org-type", "ale", "--worker", "Rolin")
    pacte("employer", "add", "--name", "Garage", "--notes", "privé")
    shown = json.loads(pacte("charter", "show", "--json").out)
    employer = next(t for t in shown if t["table"] == "employer")
    assert employer["records"] == 1
    assert {f["name"]: f["shared"] for f in employer["fields"]}["notes"] is False
    text = pacte("--lang", "nl", "charter", "show").out
    assert "werkgever: 1" in text and "blijft" in text and "notities" in text
