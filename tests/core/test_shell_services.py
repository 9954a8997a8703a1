"""The services the interface's shell reads through: what names a conflict's record, who works
at the workstation, the backups beside the store, and the WebDAV passwords a session lacks."""

from __future__ import annotations

import datetime as dt

from pacte_desktop.domain.entities import Employer, FollowUp, Opportunity
from pacte_desktop.services import conflicts, records, stores, sync_status, workers, workstation
from pacte_desktop.services.sync_status import WEBDAV_PASSWORD_ENV, Location
from pacte_desktop.store.unit_of_work import UnitOfWork


def test_a_record_is_named_by_its_own_name_or_title_else_by_its_employer(org) -> None:
    farida = org.workers["Farida Aissa"]
    with UnitOfWork(org.store, farida) as uow:
        employer = records.create(uow, Employer, {"name": "Brasserie du Parvis"})
        offer = records.create(
            uow,
            Opportunity,
            {"employer_id": employer.id, "kind": "profile-request", "title": "Commis de cuisine"},
        )
        follow_up = records.create(
            uow,
            FollowUp,
            {"employer_id": employer.id, "worker_id": farida, "due_date": dt.date(2026, 3, 2)},
        )
        uow.commit()
    with org.store.reading() as conn:
        assert conflicts.record_name(conn, "employer", employer.id) == "Brasserie du Parvis"
        assert conflicts.record_name(conn, "opportunity", offer.id) == "Commis de cuisine"
        assert conflicts.record_name(conn, "follow_up", follow_up.id) == "Brasserie du Parvis"
        assert conflicts.record_name(conn, "employer", "no-such-row") is None
        # A name arriving from a change file is only a key: nothing is built from it.
        assert conflicts.record_name(conn, "employer; DROP TABLE employer", employer.id) is None
        assert conflicts.open_conflicts(conn) == []


def test_the_workstation_names_its_worker_and_organisation(org) -> None:
    igo = org.workers["Igo De Radigues"]
    with org.store.reading() as conn:
        assert workstation.who(conn, igo) == ("Igo De Radigues", "CPAS de Saint-Gilles")
        assert workstation.who(conn, None) == ("", "CPAS de Saint-Gilles")
        assert [w.name for w in workers.active(conn)] == [
            "Farida Aissa",
            "Igo De Radigues",
            "Julie Buelens",
        ]
        assert workstation.language(conn) == "fr"
    workstation.set_language(org.store, "nl")
    with org.store.reading() as conn:
        assert workstation.language(conn) == "nl"


def test_the_backups_newest_first_with_what_each_holds(org) -> None:
    with UnitOfWork(org.store, org.workers["Farida Aissa"]) as uow:
        records.create(uow, Employer, {"name": "Atelier Vélo"})
        uow.commit()
    first = stores.take_daily_backup(org.store)
    assert first is not None and stores.take_daily_backup(org.store) is None  # once a day
    manual = stores.take_backup(org.store, org.store.data_dir / "copie" / "pacte.sqlite")
    assert manual.exists()
    found = stores.backups(org.store.path)
    assert [b.path for b in found] == [first]  # a copy elsewhere is not a backup of the folder
    assert found[0].checked and found[0].counts["employer"] == 1
    assert stores.latest_good_backup(org.store.path) == first
    assert stores.damage(org.store) is None


def test_a_session_lacks_the_password_of_a_webdav_location_until_it_is_given(monkeypatch) -> None:
    env = WEBDAV_PASSWORD_ENV["org"]
    monkeypatch.delenv(env, raising=False)
    found = {
        "org": Location("webdav", "https://cloud.example.be/dav/pacte", "cpas", env),
        "network": Location("folder", "/srv/partage"),
    }
    assert sync_status.missing_passwords(found) == [("org", found["org"])]
    monkeypatch.setenv(env, "secret")
    assert sync_status.missing_passwords(found) == []
