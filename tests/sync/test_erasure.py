"""An anonymised candidate leaves no personal data on any workstation of the organisation, nor
in the shared folder (domain/privacy.py, store/erasure.py, sync/org_scope.py).

Three workstations hold a candidate with a marker string in every field anonymising clears and
in its placements' notes, edited on each of them (a concurrent edit leaves a sync conflict
holding two markers; a workstation offline writes one more after the anonymisation). Once the
candidate is anonymised on one of them and each has passed a few times, no marker is in any
table, in the raw bytes of any store file (the database, its write-ahead log), nor in the
plaintext of any change file or snapshot of the folder, decrypted with the organisation's key;
a workstation joining afterwards holds none either. Every check first finds the markers where
they are before the erasure, so each one can fail.

The stores run with ``secure_delete`` off, as the SQLite of Python on Windows does (Debian's,
which runs the tests, is built with it on and would overwrite freed cells by itself).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from workstations import OrgNet, Workstation

from pacte_desktop.domain.entities import Candidate, Employer, Placement
from pacte_desktop.domain.hlc import Stamp
from pacte_desktop.services import privacy
from pacte_desktop.store.database import Store
from pacte_desktop.store.unit_of_work import UnitOfWork
from pacte_desktop.sync import changefile, engine, snapshot
from tests.markers import forms

TAG = "e7a9"


def marker(what: str) -> str:
    return f"MARKER-{what}-{TAG}"


def without_secure_delete(store: Store) -> None:
    @sa.event.listens_for(store.engine, "connect")
    def _off(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.execute("PRAGMA secure_delete = OFF")

    store.engine.dispose()


def raw_hits(station: Workstation, needles: list[str]) -> list[tuple[str, str]]:
    """Markers in the bytes of every file of the workstation's data folder."""
    found = []
    folder = station.store.path.parent
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        data = path.read_bytes()
        found += [
            (str(path.relative_to(folder)), n) for n in needles if any(f in data for f in forms(n))
        ]
    return found


def table_hits(station: Workstation, needles: list[str]) -> list[tuple[str, str]]:
    found = []
    with station.store.reading() as conn:
        tables = [
            str(r[0])
            for r in conn.execute(sa.text("SELECT name FROM sqlite_master WHERE type = 'table'"))
        ]
        for table in tables:
            for row in conn.execute(sa.text(f'SELECT * FROM "{table}"')):
                text = " ".join(str(v) for v in row)
                found += [(table, n) for n in needles if n in text]
    return found


def plaintexts(net: OrgNet, reader: Workstation) -> Iterator[tuple[str, str]]:
    """(path, plaintext) of every change file and snapshot of the organisation's folder,
    checked and decrypted with the keys ``reader`` holds."""
    state = engine.LocalState(reader.store)
    content_key = state.secret("org.content_key")
    org_id = state.get("org.root_id")
    assert content_key is not None and org_id is not None
    keys = {
        s.store.device_id: engine.LocalState(s.store).device_key().public_key()
        for s in net.stations
    }
    for device_dir in sorted((net.root / "log").iterdir()):
        for path in sorted(device_dir.glob("*.chg")):
            cf = changefile.read_change_file(
                path.name,
                path.read_bytes(),
                expected_device_id=device_dir.name,
                device_public_key=keys[device_dir.name],
                content_key=content_key,
                expected_org_id=org_id,
            )
            yield (f"log/{device_dir.name}/{path.name}", json.dumps(cf.ops, ensure_ascii=False))
    for path in sorted((net.root / "snap").glob("*.snap")):
        snap = snapshot.read_snapshot(
            path.name,
            path.read_bytes(),
            org_id=org_id,
            device_public_key=keys[path.name[:16]],
            content_key=content_key,
        )
        entries = [e for chunk in snap.journal() for e in chunk] + snap.parked
        yield (f"snap/{path.name}", json.dumps(entries, ensure_ascii=False))


def folder_hits(net: OrgNet, reader: Workstation, needles: list[str]) -> list[tuple[str, str]]:
    found = []
    for where, text in plaintexts(net, reader):
        found += [(where, n) for n in needles if n in text]
    for path in sorted(p for p in net.root.rglob("*") if p.is_file()):  # and the raw bytes
        data = path.read_bytes()
        found += [(str(path), n) for n in needles if any(f in data for f in forms(n))]
    return found


def passes(*stations: Workstation, rounds: int = 1) -> list[engine.PassSummary]:
    done = []
    for _ in range(rounds):
        for station in stations:
            summary = station.sync()
            assert summary.ok, summary
            for scope in summary.scopes:
                assert scope.rejected == [], scope.rejected
            done.append(summary)
    return done


def snapshot_now(station: Workstation) -> str:
    location = engine.LocalState(station.store).location("org")
    assert location is not None
    summary = engine.ScopeSummary("org")
    sync = engine.OrgSync(station.store, location.open(), summary, None)
    name = sync.maybe_snapshot(force=True)
    assert name is not None
    return name


@pytest.fixture
def net(tmp_path: Path) -> Iterator[OrgNet]:
    made = OrgNet(tmp_path)
    yield made
    made.close()


def test_an_anonymised_candidate_leaves_no_personal_data_anywhere(net: OrgNet) -> None:
    a = net.first("A")
    b = net.join("B")
    c = net.join("C")
    for station in (a, b, c):
        without_secure_delete(station.store)
    markers: list[str] = []

    def mark(what: str) -> str:
        markers.append(marker(what))
        return marker(what)

    employer = a.create(Employer, {"name": "Garage Moderne", "postcode": "1060"})
    candidate = a.create(
        Candidate,
        {
            "code": "SG-2026-0042",
            "worker_id": a.store.local("worker_id"),
            "skills": [mark("SKILL")],
            "languages": ["fr", "nl"],
            "qualification_level": "bachelor",
            "commune": mark("COMMUNE"),
            "saint_gilles_resident": True,
            "consent_date": "2026-01-15",
            "notes": mark("NOTES-A") + " " + "x" * 3000,  # an overflow page
        },
    )
    placement = a.create(
        Placement,
        {
            "candidate_id": candidate,
            "employer_id": employer,
            "placement_type": "article60",
            "start_date": "2026-02-01",
            "notes": mark("PLACEMENT-A"),
        },
    )
    passes(a, b, c, a)
    # Edits on each workstation: B and C at once (a conflict keeps both), then B's placement.
    b.edit(Candidate, candidate, {"notes": mark("NOTES-B")})
    c.edit(Candidate, candidate, {"notes": mark("NOTES-C")})
    second = b.create(
        Placement,
        {
            "candidate_id": candidate,
            "employer_id": employer,
            "placement_type": "fpi",
            "start_date": "2026-09-01",
            "notes": mark("PLACEMENT-B"),
        },
    )
    c.edit(Placement, placement, {"notes": mark("PLACEMENT-C")})
    passes(a, b, c, rounds=2)
    for station in (a, b, c):  # each one's snapshot holds the markers too
        snapshot_now(station)
    conflicts = {str(x.lost_value) for s in (a, b, c) for x in s.conflicts()}
    assert {marker("NOTES-B"), marker("NOTES-C")} & {v.strip('"') for v in conflicts}
    # The checks below can fail: every marker is in the tables, the files and the folder now.
    for station in (a, b, c):
        assert {n for _, n in table_hits(station, markers)} == set(markers), station.name
        assert {n for _, n in raw_hits(station, markers)} == set(markers), station.name
    found = folder_hits(net, a, markers)
    assert {n for _, n in found} == set(markers)
    assert {w.split("/")[0] for w, _ in found} == {"log", "snap"}

    # B crashed with the candidate's form open: its draft holds what was typed.
    drafts = b.store.data_dir / "drafts"
    drafts.mkdir()
    draft = {"table": "candidate", "record_id": candidate, "values": {"notes": mark("DRAFT")}}
    (drafts / "0123.json").write_text(json.dumps(draft), encoding="utf-8")
    assert [n for _, n in raw_hits(b, [marker("DRAFT")])] == [marker("DRAFT")]

    # C, offline, writes once more after the anonymisation (a later stamp than A's).
    with UnitOfWork(a.store) as uow:
        privacy.anonymise(uow, candidate, today=dt.date(2028, 9, 2))
        uow.commit()
    privacy.forget_freed_pages(a.store)
    c.edit(Candidate, candidate, {"notes": mark("NOTES-C-LATE")})
    c.edit(Placement, second, {"notes": mark("PLACEMENT-C-LATE")})
    summaries = passes(a, b, c, rounds=4)
    assert sum(s.scopes[0].erased for s in summaries) >= 3  # B and C, and A for C's late edit

    for station in (a, b, c):
        assert table_hits(station, markers) == [], station.name
        assert raw_hits(station, markers) == [], station.name
        assert station.value("candidate", candidate, "anonymised_at") == "2028-09-02"
        assert station.value("candidate", candidate, "notes") is None
        assert station.value("candidate", candidate, "code") == "SG-2026-0042"
        assert station.value("candidate", candidate, "qualification_level") == "bachelor"
        assert station.value("placement", second, "placement_type") == "fpi"
    assert a.journal() == b.journal() == c.journal()
    assert a.rows() == b.rows() == c.rows()
    assert folder_hits(net, a, markers) == []
    assert list((net.root / "snap").glob("*.snap"))  # the fresh snapshots are there

    # A workstation joining now starts from those and finds nothing either.
    d = net.join("D")
    passes(d, a, d)
    assert d.value("candidate", candidate, "anonymised_at") == "2028-09-02"
    assert table_hits(d, markers) == [] and raw_hits(d, markers) == []


def test_the_export_reads_what_every_workstation_wrote(net: OrgNet, tmp_path: Path) -> None:
    a = net.first("A")
    b = net.join("B")
    candidate = a.create(
        Candidate, {"code": "SG-7", "worker_id": a.store.local("worker_id"), "notes": "un"}
    )
    passes(a, b)
    b.edit(Candidate, candidate, {"notes": "deux"})
    passes(b, a)
    data = privacy.write_export(a.store, "SG-7", tmp_path / "sg7.json")
    assert data["candidate"]["notes"] == "deux"
    assert [(e["fields"].get("notes"), e["worker"]) for e in data["journal"]] == [
        ("un", "Farida Aissa"),
        ("deux", "Worker B"),
    ]
    assert [e["device_id"] for e in data["journal"]] == [a.store.device_id, b.store.device_id]


def test_records_survive_an_erasure_unchanged_but_for_the_cleared_fields(net: OrgNet) -> None:
    a = net.first("A")
    b = net.join("B")
    keep = a.create(
        Candidate, {"code": "SG-1", "worker_id": a.store.local("worker_id"), "notes": "garder"}
    )
    gone = a.create(
        Candidate, {"code": "SG-2", "worker_id": a.store.local("worker_id"), "notes": "effacer"}
    )
    passes(a, b)
    with UnitOfWork(b.store) as uow:
        privacy.anonymise(uow, "SG-2", today=dt.date(2027, 1, 4))
        uow.commit()
    passes(b, a, b)
    for station in (a, b):
        assert station.value("candidate", keep, "notes") == "garder"
        assert station.value("candidate", gone, "notes") is None


def test_operations_parked_for_a_newer_version_are_scrubbed_too(net: OrgNet) -> None:
    """A newer version's writes (a field this one does not know) are parked whole; those of an
    anonymised candidate lose their cleared fields, parked before the anonymisation or after."""
    from test_parking import op, parked, publish_as_newer_app

    a = net.first("A")
    b = net.join("B")
    candidate = a.create(Candidate, {"code": "SG-5", "worker_id": a.store.local("worker_id")})
    passes(a, b, a)
    device = b.store.device_id
    wall = Stamp.parse(str(a.store.local("hlc"))).wall_ms + 1_000
    before, after = marker("PARKED-BEFORE"), marker("PARKED-AFTER")
    publish_as_newer_app(
        b,
        [
            op(
                b,
                Stamp(wall, 0, device),
                "candidate",
                candidate,
                "update",
                {"notes": before, "pronoun": "x"},
            )
        ],
    )
    passes(a)
    assert any(before in row[5] for row in parked(a))  # the check can fail: it is parked
    with UnitOfWork(a.store) as uow:
        privacy.anonymise(uow, candidate, today=dt.date(2027, 5, 3))
        uow.commit()
    publish_as_newer_app(
        b,
        [
            op(
                b,
                Stamp(wall + 1, 0, device),
                "candidate",
                candidate,
                "update",
                {"notes": after, "pronoun": "y"},
            )
        ],
    )
    passes(a)
    rows = parked(a)
    assert len(rows) == 2
    assert [json.loads(r[5]) for r in rows] == [
        {"notes": None, "pronoun": "x"},
        {"notes": None, "pronoun": "y"},
    ]
    assert table_hits(a, [before, after]) == []


def test_a_workstation_restored_from_an_old_backup_erases_again(
    net: OrgNet, tmp_path: Path
) -> None:
    """A backup taken before the anonymisation keeps the candidate (docs/privacy.md); restored,
    its workstation's next pass receives the anonymisation again, from the snapshot that
    covers it once its file is pruned, and scrubs the old values."""
    from pacte_desktop.store import backup

    a = net.first("A")
    b = net.join("B")
    without_secure_delete(b.store)
    secret = marker("RESTORED")
    candidate = a.create(
        Candidate, {"code": "SG-8", "worker_id": a.store.local("worker_id"), "notes": secret}
    )
    passes(a, b, a)
    saved = backup.take(b.store.path, tmp_path / "elsewhere")
    with UnitOfWork(a.store) as uow:
        privacy.anonymise(uow, candidate, today=dt.date(2027, 5, 3))
        uow.commit()
    passes(a, b, rounds=4)
    assert folder_hits(net, a, [secret]) == []
    assert not list((net.root / "log" / a.store.device_id).glob("*.chg"))  # pruned

    b.store.close()
    backup.restore(b.store.path, saved)
    b.store = Store.open(b.store.data_dir, daily_backup=False)
    without_secure_delete(b.store)
    assert b.value("candidate", candidate, "notes") == secret  # the old backup keeps it
    passes(b, a, b)
    assert b.value("candidate", candidate, "notes") is None
    assert b.value("candidate", candidate, "anonymised_at") == "2027-05-03"
    assert table_hits(b, [secret]) == []
    assert raw_hits(b, [secret]) == []
    assert a.journal() == b.journal()


def test_any_delivery_order_gives_the_same_scrubbed_journal(tmp_path: Path) -> None:
    """The erasure is a function of the set of operations received: the same operations (an
    insert, edits before and after the anonymisation from other devices, a placement), applied
    one file at a time in any order, give the same journal and rows everywhere, no marker."""
    import itertools
    import random

    from pacte_desktop.sync import replication
    from pacte_desktop.sync.received import Op

    x, y, z = "1" * 16, "2" * 16, "3" * 16
    wall = 1_800_000_000_000
    cid, pid, eid, wid = "c" * 32, "p" * 32, "e" * 32, "w" * 32

    def op(ms: int, device: str, table: str, row: str, kind: str, fields: dict[str, Any]) -> Op:
        text = json.dumps(fields, ensure_ascii=False, sort_keys=True)
        return Op(str(Stamp(wall + ms, 0, device)), device, None, table, row, kind, text, None)

    secrets = [marker(f"ORDER-{i}") for i in range(4)]
    ops = [
        op(
            0,
            x,
            "candidate",
            cid,
            "insert",
            {"code": "SG-1", "worker_id": wid, "notes": secrets[0]},
        ),
        op(10, y, "candidate", cid, "update", {"notes": secrets[1], "commune": secrets[2]}),
        op(
            20,
            x,
            "placement",
            pid,
            "insert",
            {
                "candidate_id": cid,
                "employer_id": eid,
                "placement_type": "fpi",
                "start_date": "2026-01-05",
                "outcome": "ongoing",
                "check_3m": "pending",
                "check_6m": "pending",
                "notes": secrets[3],
            },
        ),
        op(
            30,
            z,
            "candidate",
            cid,
            "anonymise",
            {
                "notes": None,
                "commune": None,
                "anonymised_at": "2027-01-04",
            },
        ),
        op(40, y, "candidate", cid, "update", {"notes": marker("ORDER-LATE")}),
    ]
    secrets.append(marker("ORDER-LATE"))
    orders = list(itertools.permutations(range(len(ops))))
    random.Random(1060).shuffle(orders)
    results = []
    for n, order in enumerate(orders[:8]):
        store = Store.open(tmp_path / f"s{n}", daily_backup=False)
        for i in order:
            with replication.sync_transaction(store) as conn:
                replication.apply_ops(conn, [ops[i]])
        station = Workstation(f"s{n}", store, tmp_path)
        assert table_hits(station, secrets) == [], order
        with store.reading() as conn:
            journal = [
                tuple(r)
                for r in conn.execute(
                    sa.text(
                        "SELECT hlc, table_name, row_id, op, fields FROM journal "
                        "WHERE table_name IN ('candidate', 'placement') ORDER BY hlc"
                    )
                )
            ]
            rows = [
                tuple(r)
                for t in ("candidate", "placement")
                for r in conn.execute(sa.text(f"SELECT * FROM {t}"))
            ]
        results.append((journal, rows))
        store.close()
    assert all(r == results[0] for r in results)
    assert len(results[0][0]) == 5 and len(results[0][1]) == 2
