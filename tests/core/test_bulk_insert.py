"""The bulk write path: narrow rows, insert triggers suspended inside the transaction only."""

from __future__ import annotations

import sqlite3

import pytest

from pacte_desktop.domain.entities import Employer, build_values
from pacte_desktop.store.ids import new_ids
from pacte_desktop.store.schema import values_to_row
from pacte_desktop.store.unit_of_work import UnitOfWork


def _triggers(store) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    with store.reading() as conn:
        return conn.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name"
        ).all()


def _full_rows(count: int, owner: str) -> list[dict[str, object]]:
    rows = []
    for i, record_id in enumerate(new_ids(count)):
        values: dict[str, object] = {
            "id": record_id,
            "name": f"Entreprise {i}",
            "postcode": "1060",
            "commune": "Saint-Gilles",
            "status": "active",
        }
        if i % 3 == 0:
            values["owner_id"] = owner
        if i % 4 == 0:
            values["nace_code"] = "56101"
        rows.append(values_to_row(Employer, build_values(Employer, values)))
    return rows


def _stored(store) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:  # type: ignore[no-untyped-def]
    with store.reading() as conn:
        employers = conn.exec_driver_sql("SELECT * FROM employer ORDER BY id").all()
        journal = conn.exec_driver_sql(
            "SELECT row_id, op, fields FROM journal WHERE table_name = 'employer' ORDER BY row_id"
        ).all()
        search = conn.exec_driver_sql(
            "SELECT e.id, s.name, s.commune FROM employer_search AS s "
            "JOIN employer AS e ON e.rowid = s.rowid ORDER BY e.id"
        ).all()
    return [tuple(r) for r in employers], [tuple(r) for r in journal] + [tuple(r) for r in search]


def test_narrow_rows_store_and_journal_exactly_what_full_rows_do(org, tmp_path) -> None:
    from pacte_desktop.services import workers
    from pacte_desktop.store.database import Store

    owner = org.workers["Igo De Radigues"]
    rows = _full_rows(1200, owner)
    with UnitOfWork(org.store) as uow:
        assert uow.bulk_insert(Employer, rows, batch=500) == 1200
        uow.commit()

    other = Store.open(tmp_path / "narrow")
    with UnitOfWork(other, worker_id="") as uow:
        workers.init_organisation(uow, name="X", org_type="cpas", worker="W")
        uow.connection.exec_driver_sql(
            "INSERT INTO worker (id, organisation_id, name, status) "
            f"SELECT '{owner}', organisation_id, 'Igo', 'active' FROM worker LIMIT 1"
        )
        uow.commit()
    columns = (
        "id",
        "name",
        "nace_code",
        "nace_version",
        "postcode",
        "commune",
        "status",
        "owner_id",
    )
    with UnitOfWork(other) as uow:
        written = uow.bulk_insert_tuples(
            Employer, columns, [tuple(row[c] for c in columns) for row in rows], batch=500
        )
        uow.commit()
    assert written == 1200
    assert _stored(other) == _stored(org.store)
    other.close()


def test_insert_triggers_come_back_unchanged_and_still_guard(org) -> None:
    before = _triggers(org.store)
    assert any(name == "guard_employer_insert" for name, _ in before)
    with UnitOfWork(org.store) as uow:
        uow.bulk_insert(Employer, _full_rows(50, org.workers["Farida Aissa"]))
        uow.commit()
    assert _triggers(org.store) == before
    conn = sqlite3.connect(org.store.path)
    try:
        with pytest.raises(sqlite3.OperationalError, match="no such function: pacte_"):
            conn.execute("INSERT INTO employer (id, name, status) VALUES ('x', 'Around', 'active')")
    finally:
        conn.close()


def test_a_failing_bulk_insert_leaves_nothing_and_the_triggers_in_place(org) -> None:
    before = _triggers(org.store)
    rows = _full_rows(30, org.workers["Farida Aissa"])
    rows.append(dict(rows[3]))  # the same id twice: the second batch fails
    with pytest.raises(Exception, match="UNIQUE"), UnitOfWork(org.store) as uow:
        uow.bulk_insert(Employer, rows, batch=10)
        uow.commit()
    assert _triggers(org.store) == before
    with org.store.reading() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM employer").scalar() == 0
        assert conn.exec_driver_sql("SELECT count(*) FROM employer_search").scalar() == 0


def test_a_left_out_field_without_that_default_is_refused(org) -> None:
    with UnitOfWork(org.store) as uow, pytest.raises(ValueError, match=r"employer\.status"):
        uow.bulk_insert_tuples(Employer, ("id", "name"), [("x", "Sans statut")])
    with UnitOfWork(org.store) as uow, pytest.raises(ValueError, match="without ids"):
        uow.bulk_insert_tuples(Employer, ("name", "status"), [("Sans id", "active")])
