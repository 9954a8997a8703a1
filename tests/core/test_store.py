"""The store file itself: SQLite settings, identity, and the transaction boundaries."""

from __future__ import annotations

import sqlite3
import threading

import pytest
import sqlalchemy as sa

from pacte_desktop.domain.entities import ContactPerson, Employer
from pacte_desktop.services import records
from pacte_desktop.store.database import Store
from pacte_desktop.store.schema import APPLICATION_ID
from pacte_desktop.store.unit_of_work import UnitOfWork


def test_a_new_store_is_wal_with_foreign_keys_and_a_pacte_identity(tmp_path) -> None:
    store = Store.open(tmp_path)
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA application_id").scalar() == APPLICATION_ID
    device = store.device_id
    store.close()
    assert len(device) == 16
    assert Store.open(tmp_path).device_id == device  # stable across openings


def test_a_reference_to_a_missing_record_is_refused_at_commit(org) -> None:
    with UnitOfWork(org.store) as uow:
        uow.insert(ContactPerson(employer_id="01-missing", name="Orphan"))
        with pytest.raises(sa.exc.IntegrityError):
            uow.commit()
    with org.store.reading() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM contact_person").scalar_one() == 0


def test_writers_are_serialised_and_readers_see_committed_data_only(org) -> None:
    started, release = threading.Event(), threading.Event()
    errors: list[BaseException] = []

    def slow_writer() -> None:
        try:
            with UnitOfWork(org.store) as uow:
                records.create(uow, Employer, {"name": "Premier"})
                started.set()
                release.wait(5)
                uow.commit()
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    thread = threading.Thread(target=slow_writer)
    thread.start()
    started.wait(5)
    with org.store.reading() as conn:  # WAL: a reader is not blocked by the writer
        assert conn.exec_driver_sql("SELECT count(*) FROM employer").scalar_one() == 0
    timer = threading.Timer(0.3, release.set)
    timer.start()
    with UnitOfWork(org.store) as uow:  # waits for the first writer (busy timeout)
        records.create(uow, Employer, {"name": "Second"})
        uow.commit()
    thread.join()
    assert not errors
    with org.store.reading() as conn:
        names = conn.exec_driver_sql("SELECT name FROM employer ORDER BY name").scalars().all()
    assert names == ["Premier", "Second"]


def test_the_file_opens_with_plain_sqlite_for_power_users(org) -> None:
    with UnitOfWork(org.store) as uow:
        records.create(uow, Employer, {"name": "Lisible"})
        uow.commit()
    conn = sqlite3.connect(org.store.path)
    try:
        assert conn.execute("SELECT name FROM employer").fetchall() == [("Lisible",)]
        with pytest.raises(sqlite3.OperationalError, match="no such function: pacte_"):
            conn.execute("UPDATE employer SET name = 'Changé'")
    finally:
        conn.close()
