"""Candidate data protection in one store (services/privacy.py, store/erasure.py): what
anonymising clears and keeps, the expired listing, the access export, the raw file after an
erasure, and the command line (``candidate export | expired | anonymise``)."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from pacte_desktop.domain.entities import Candidate, Employer, Placement
from pacte_desktop.domain.errors import ValidationError
from pacte_desktop.domain.hlc import Stamp
from pacte_desktop.domain.privacy import (
    CANDIDATE_CLEARED,
    CANDIDATE_KEPT,
    add_months,
    keep_until,
)
from pacte_desktop.services import privacy, records
from pacte_desktop.store.database import Store
from pacte_desktop.store.unit_of_work import UnitOfWork
from tests.conftest import Org
from tests.markers import forms

TAG = "c41d"


def marker(what: str) -> str:
    return f"MARKER-{what}-{TAG}"


def store_files(store: Store) -> list[Path]:
    """The store's file and its write-ahead log and shared memory, as they are on disk."""
    return [p for p in (store.path, *store.path.parent.glob(store.path.name + "-*")) if p.is_file()]


def raw_hits(store: Store, needles: list[str]) -> list[tuple[str, str]]:
    found = []
    for path in store_files(store):
        data = path.read_bytes()
        found += [(path.name, n) for n in needles if any(f in data for f in forms(n))]
    return found


def table_hits(store: Store, needles: list[str]) -> list[tuple[str, str]]:
    """Markers in any cell of any table of the store (sqlite_master included)."""
    found = []
    with store.reading() as conn:
        tables = [
            str(r[0])
            for r in conn.execute(sa.text("SELECT name FROM sqlite_master WHERE type = 'table'"))
        ]
        for table in tables:
            for row in conn.execute(sa.text(f'SELECT * FROM "{table}"')):
                text = " ".join(str(v) for v in row)
                found += [(table, n) for n in needles if n in text]
    return found


def without_secure_delete(store: Store) -> None:
    """Make the store's connections leave deleted values in free space, as the SQLite of
    Python on Windows does (``secure_delete`` off): Debian's, which runs these tests, is built
    with it on, which would hide what the erasure must do itself."""

    @sa.event.listens_for(store.engine, "connect")
    def _off(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.execute("PRAGMA secure_delete = OFF")

    store.engine.dispose()
    with store.reading() as conn:
        assert conn.exec_driver_sql("PRAGMA secure_delete").scalar_one() == 0


def make(org: Org) -> dict[str, Any]:
    """A candidate with a marker in every text field anonymising clears, a placement with
    notes, and an edit that left an older note behind in the file's free space."""
    without_secure_delete(org.store)
    with UnitOfWork(org.store) as uow:
        employer = records.create(uow, Employer, {"name": "Garage Moderne"})
        candidate = records.create(
            uow,
            Candidate,
            {
                "code": "SG-2026-0042",
                "worker_id": org.workers["Farida Aissa"],
                "skills": [marker("SKILL")],
                "languages": ["fr", "nl"],
                "qualification_level": "bachelor",
                "commune": marker("COMMUNE"),
                "saint_gilles_resident": True,
                "consent_date": "2026-01-15",
                "notes": marker("NOTES-FIRST") + " " + "x" * 3000,
            },
        )
        placement = records.create(
            uow,
            Placement,
            {
                "candidate_id": candidate.id,
                "employer_id": employer.id,
                "placement_type": "article60",
                "start_date": "2026-02-01",
                "end_date": "2026-08-01",
                "notes": marker("PLACEMENT-NOTES"),
            },
        )
        uow.commit()
    with UnitOfWork(org.store) as uow:
        records.edit(uow, Candidate, candidate.id, {"notes": marker("NOTES")})
        uow.commit()
    return {"candidate": candidate.id, "placement": placement.id, "employer": employer.id}


MARKERS = [marker(w) for w in ("SKILL", "COMMUNE", "NOTES-FIRST", "NOTES", "PLACEMENT-NOTES")]


def test_anonymise_clears_the_identity_and_keeps_the_facts_the_reports_count(org: Org) -> None:
    ids = make(org)
    today = dt.date(2027, 3, 1)
    with UnitOfWork(org.store) as uow:
        before = uow.repo.get(Candidate, ids["candidate"])
        done = privacy.anonymise(uow, "SG-2026-0042", today=today)
        uow.commit()
    assert before is not None
    assert done.anonymised_at == today and done.archived
    with org.store.reading() as conn:
        from pacte_desktop.store.repository import Repository

        repo = Repository(conn)
        after = repo.get(Candidate, ids["candidate"])
        placement = repo.get(Placement, ids["placement"])
    assert after is not None and placement is not None
    for name in CANDIDATE_CLEARED:
        assert getattr(after, name) in (None, ()), name
    for name in CANDIDATE_KEPT:
        assert getattr(after, name) == getattr(before, name), name
    assert after.code == "SG-2026-0042" and after.saint_gilles_resident
    assert after.qualification_level == "bachelor"
    assert placement.notes is None
    assert (placement.placement_type, placement.start_date, placement.end_date) == (
        "article60",
        dt.date(2026, 2, 1),
        dt.date(2026, 8, 1),
    )
    assert table_hits(org.store, MARKERS) == []


def test_the_raw_file_keeps_no_erased_value_once_the_pages_are_forgotten(org: Org) -> None:
    make(org)
    # The test can fail: the markers are in the file's bytes, the first note only as the
    # leftover of the edit that replaced it (no table holds it any more).
    assert {n for _, n in raw_hits(org.store, MARKERS)} == set(MARKERS)
    assert [n for _, n in table_hits(org.store, [marker("NOTES-FIRST")])] == [
        marker("NOTES-FIRST")  # the journal's insert entry
    ]
    with UnitOfWork(org.store) as uow:
        privacy.anonymise(uow, "SG-2026-0042", today=dt.date(2027, 3, 1))
        uow.commit()
    assert table_hits(org.store, MARKERS) == []
    privacy.forget_freed_pages(org.store)
    assert raw_hits(org.store, MARKERS) == []
    assert org.store.local("erasure.generation") == "1"  # the next org pass snapshots afresh


def test_an_anonymised_candidate_takes_no_personal_data_again(org: Org) -> None:
    ids = make(org)
    with UnitOfWork(org.store) as uow:
        privacy.anonymise(uow, ids["candidate"], today=dt.date(2027, 3, 1))
        uow.commit()
    with UnitOfWork(org.store) as uow:
        with pytest.raises(ValidationError) as err:
            privacy.anonymise(uow, ids["candidate"], today=dt.date(2027, 3, 2))
        assert err.value.code == "already_anonymised"
        with pytest.raises(ValidationError) as err:
            records.edit(uow, Candidate, ids["candidate"], {"notes": "Jean Dupont"})
        # archived first: an anonymised candidate is archived
        assert err.value.code in ("archived", "candidate_anonymised")
        records.restore(uow, Candidate, ids["candidate"])
        with pytest.raises(ValidationError) as err:
            records.edit(uow, Candidate, ids["candidate"], {"notes": "Jean Dupont"})
        assert err.value.code == "candidate_anonymised"
        with pytest.raises(ValidationError) as err:
            records.edit(uow, Placement, ids["placement"], {"notes": "Jean Dupont"})
        assert err.value.code == "candidate_anonymised"
        with pytest.raises(ValidationError) as err:
            records.create(
                uow,
                Placement,
                {
                    "candidate_id": ids["candidate"],
                    "employer_id": ids["employer"],
                    "placement_type": "fpi",
                    "start_date": "2027-03-01",
                    "notes": "Jean Dupont",
                },
            )
        assert err.value.code == "candidate_anonymised"
        # What is not personal may still change: the qualification the reports count.
        records.edit(uow, Candidate, ids["candidate"], {"qualification_level": "master"})
        with pytest.raises(ValidationError) as err:
            records.edit(uow, Candidate, ids["candidate"], {"anonymised_at": None})
        assert err.value.code == "immutable_field"


def _last_change_day(store: Store, *row_ids: str) -> dt.date:
    """The day of the newest journal entry of these rows, as services/privacy.py reads it."""
    with store.reading() as conn:
        stamp = max(
            conn.execute(
                sa.text("SELECT max(hlc) FROM journal WHERE row_id = :r"), {"r": r}
            ).scalar_one()
            for r in row_ids
        )
    return dt.datetime.fromtimestamp(Stamp.parse(stamp).wall_ms / 1000, dt.UTC).date()


def test_expired_lists_candidates_past_their_retention(org: Org) -> None:
    ids = make(org)
    with UnitOfWork(org.store) as uow:
        own_date = records.create(
            uow,
            Candidate,
            {
                "code": "SG-2026-0043",
                "retention_date": "2027-06-30",
                "worker_id": org.workers["Igo De Radigues"],
            },
        )
        quiet = records.create(
            uow, Candidate, {"code": "SG-2026-0044", "worker_id": org.workers["Igo De Radigues"]}
        )
        uow.commit()
    # Last activity: the newest of the last changes and the placements' dates (2026-08-01).
    last = max(_last_change_day(org.store, ids["candidate"], ids["placement"]), dt.date(2026, 8, 1))
    quiet_last = _last_change_day(org.store, quiet.id)
    keep = add_months(last, 24)
    assert keep_until(None, last, 24) == keep

    def listed(today: dt.date, months: int | None = None) -> list[str]:
        with org.store.reading() as conn:
            return [c.code for c in privacy.expired(conn, today=today, months=months)]

    assert "SG-2026-0042" not in listed(keep)
    assert "SG-2026-0042" in listed(keep + dt.timedelta(days=1))
    assert listed(dt.date(2027, 6, 30)) == []  # its own retention date: kept that day
    assert listed(dt.date(2027, 7, 1)) == ["SG-2026-0043"]
    later = max(keep, add_months(quiet_last, 24)) + dt.timedelta(days=1)
    assert listed(later) == ["SG-2026-0043", "SG-2026-0042", "SG-2026-0044"][: len(listed(later))]
    assert set(listed(later)) == {"SG-2026-0042", "SG-2026-0043", "SG-2026-0044"}
    # The setting shortens it: retention.months = 1.
    with org.store.engine.begin() as conn:
        from pacte_desktop.settings import SETTINGS

        SETTINGS.set(conn, "retention.months", "1")
    assert "SG-2026-0044" in listed(add_months(quiet_last, 1) + dt.timedelta(days=1))
    assert "SG-2026-0044" not in listed(add_months(quiet_last, 1))
    # Anonymised: never listed again.
    with UnitOfWork(org.store) as uow:
        privacy.anonymise(uow, own_date.id, today=dt.date(2027, 7, 1))
        uow.commit()
    assert "SG-2026-0043" not in listed(later)


def test_export_writes_everything_stored_about_the_person(org: Org, tmp_path: Path) -> None:
    ids = make(org)
    path = tmp_path / "acces.json"
    privacy.write_export(org.store, "SG-2026-0042", path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format"] == 1
    assert data["candidate"]["id"] == ids["candidate"]
    assert data["candidate"]["notes"] == marker("NOTES")
    assert data["candidate"]["worker"] == "Farida Aissa"
    assert [p["notes"] for p in data["placements"]] == [marker("PLACEMENT-NOTES")]
    assert data["placements"][0]["employer"] == "Garage Moderne"
    ops = [(e["table"], e["op"]) for e in data["journal"]]
    assert ops == [("candidate", "insert"), ("placement", "insert"), ("candidate", "update")]
    # The journal too: the first note, replaced since, is part of what is stored.
    assert marker("NOTES-FIRST") in data["journal"][0]["fields"]["notes"]
    assert all(e["worker"] == "Farida Aissa" for e in data["journal"])
    assert list(tmp_path.glob(".pacte-*")) == []  # no temporary file left beside it


def _sqlite_bytes(path: Path) -> bytes:
    conn = sqlite3.connect(path)
    conn.close()
    return path.read_bytes()


def test_the_command_line_exports_lists_and_anonymises(pacte: Any, tmp_path: Path) -> None:
    assert pacte("init", "--org", "CPAS", "--org-type", "cpas", "--worker", "Farida").code == 0
    cid = pacte(
        "candidate", "add", "--code", "SG-9", "--notes", marker("CLI-NOTES"), "--commune", "Forest"
    ).out.strip()
    out = tmp_path / "sg9.json"
    result = pacte("candidate", "export", "SG-9", "-o", str(out))
    assert result.code == 0, result.err
    assert json.loads(out.read_text(encoding="utf-8"))["candidate"]["notes"] == marker("CLI-NOTES")
    listed = pacte("candidate", "expired", "--json", "--date", "2099-01-01")
    assert listed.code == 0, listed.err
    assert [c["code"] for c in json.loads(listed.out)] == ["SG-9"]
    assert json.loads(pacte("candidate", "expired", "--json").out) == []
    result = pacte("candidate", "anonymise", "SG-9")
    assert result.code == 0, result.err
    assert result.out.strip() == cid
    shown = json.loads(pacte("candidate", "show", cid, "--json").out)
    assert shown["notes"] is None and shown["commune"] is None and shown["anonymised_at"]
    store_file = pacte.data_dir / "pacte.sqlite"
    assert store_file.exists()
    for path in (store_file, *pacte.data_dir.glob("pacte.sqlite-*")):
        assert not any(f in path.read_bytes() for f in forms(marker("CLI-NOTES"))), path


@pytest.mark.parametrize(
    ("args", "code_word"),
    [
        (("candidate", "anonymise", "nobody"), "nobody"),
        (("candidate", "export", "nobody", "-o", "x.json"), "nobody"),
        (("candidate", "expired", "--date", "31/02/2027"), "31/02/2027"),
    ],
)
def test_the_command_line_refuses_with_a_message(
    pacte: Any, args: tuple[str, ...], code_word: str
) -> None:
    assert pacte("init", "--org", "CPAS", "--org-type", "cpas", "--worker", "Farida").code == 0
    result = pacte(*args)
    assert result.code != 0
    assert code_word in result.err and "Traceback" not in result.err


def test_the_command_line_names_a_folder_it_cannot_write_to(pacte: Any, tmp_path: Path) -> None:
    assert pacte("init", "--org", "CPAS", "--org-type", "cpas", "--worker", "Farida").code == 0
    pacte("candidate", "add", "--code", "SG-9")
    target = tmp_path / "missing" / "sg9.json"
    result = pacte("candidate", "export", "SG-9", "-o", str(target))
    assert result.code != 0 and str(target) in result.err and "Traceback" not in result.err
