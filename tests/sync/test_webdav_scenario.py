"""The organisation scope end to end through a real WebDAV server (WsgiDAV on 127.0.0.1).

Workstation A creates the organisation's root on the server, B and C join, concurrent edits and
a delete against an edit happen offline, everyone syncs in turn; a late workstation D joins from
a snapshot; the server answers 423 and 503 on the way and the passes still succeed. PROPFIND is
never sent with an infinite depth (docs/sync.md "Transports", failure matrix 3, 12 and 14).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from workstations import CHEAP_KDF, OrgNet, Workstation

from pacte_desktop.domain.entities import ContactPerson, Employer
from pacte_desktop.services import workers
from pacte_desktop.store.database import Store
from pacte_desktop.store.unit_of_work import UnitOfWork
from pacte_desktop.sync import engine

DAV_USER = "pacte"
DAV_PASSWORD = "dav secret 1060"
PASSWORD_ENV = "PACTE_TEST_DAV_PASSWORD"

# The server fixture's types (tests/sync/conftest.py), named loosely: a conftest is not a
# module to import (another folder's conftest may come first on sys.path).
DavServer = Any
Canned = tuple[str, list[tuple[str, str]], bytes]


class DavOrg:
    """Workstations of one organisation whose root is a WebDAV collection."""

    def __init__(self, tmp: Path, server: DavServer) -> None:
        self.tmp = tmp
        self.server = server
        OrgNet(tmp / "env")  # sets the passphrases in the environment as the CLI reads them
        self.location = engine.Location("webdav", server.url, DAV_USER, PASSWORD_ENV)
        self.stations: list[Workstation] = []

    def first(self, name: str) -> Workstation:
        store = Store.open(self.tmp / name, daily_backup=False)
        with UnitOfWork(store, worker_id="") as uow:
            workers.init_organisation(
                uow, name="Mission locale de Saint-Gilles", org_type="mission-locale", worker="Ana"
            )
            uow.commit()
        result = engine.setup_org(store, self.location, kdf=CHEAP_KDF)
        assert result.created
        return self._add(name, store, result)

    def join(self, name: str) -> Workstation:
        store = Store.open(self.tmp / name, daily_backup=False)
        result = engine.setup_org(store, self.location, worker=f"Worker {name}", kdf=CHEAP_KDF)
        workers.use_worker(store, f"Worker {name}")
        assert not result.created
        return self._add(name, store, result)

    def _add(self, name: str, store: Store, result: engine.SetupResult) -> Workstation:
        assert result.pass_summary is not None and result.pass_summary.ok, result.pass_summary
        station = Workstation(name, store, self.server.root)
        station.setup = result  # type: ignore[attr-defined]
        self.stations.append(station)
        return station

    def close(self) -> None:
        for station in self.stations:
            station.close()


@pytest.fixture
def org(
    tmp_path: Path, start_dav: Callable[..., DavServer], monkeypatch: pytest.MonkeyPatch
) -> Iterator[DavOrg]:
    monkeypatch.setenv(PASSWORD_ENV, DAV_PASSWORD)
    server = start_dav(user=DAV_USER, password=DAV_PASSWORD)
    made = DavOrg(tmp_path, server)
    yield made
    made.close()


def sync_ok(station: Workstation) -> engine.ScopeSummary:
    summary = station.sync()
    assert summary.ok, summary
    [scope] = summary.scopes
    assert scope.rejected == [], scope.rejected
    assert scope.waiting == [], scope.waiting
    return scope


def open_conflicts(station: Workstation) -> list[tuple[str, str, str, str, str]]:
    return sorted((c.table, c.row_id, c.field, c.kind, c.lost_hlc) for c in station.conflicts())


def assert_converged(stations: list[Workstation]) -> None:
    first, *others = stations
    for other in others:
        assert other.rows() == first.rows(), other.name
        assert other.journal() == first.journal(), other.name
        assert open_conflicts(other) == open_conflicts(first), other.name


class FailOnce:
    """Answer ``status`` to the first ``method`` request on a change file of the log."""

    def __init__(self, method: str, status: str) -> None:
        self.method = method
        self.status = status
        self.hits: list[str] = []

    def __call__(self, environ: dict[str, Any]) -> Canned | None:
        path = environ["PATH_INFO"]
        if (
            not self.hits
            and environ["REQUEST_METHOD"] == self.method
            and path.startswith("/log/")
            and ".chg." in path
            and path.endswith(".part")
        ):
            self.hits.append(path)
            return self.status, [("Content-Type", "text/plain"), ("Retry-After", "0")], b""
        return None


def test_an_organisation_converges_through_webdav(org: DavOrg) -> None:
    server = org.server
    a = org.first("A")
    parvis = a.employer("Boulangerie du Parvis", postcode="1060", phone="02 537 12 34")
    garage = a.employer("Garage Moderne")
    contact = a.create(ContactPerson, {"employer_id": garage, "name": "Mme Peeters"})
    sync_ok(a)
    b = org.join("B")
    c = org.join("C")
    for joined in (b, c):
        assert joined.value("employer", parvis, "name") == "Boulangerie du Parvis"
        assert joined.value("contact_person", contact, "name") == "Mme Peeters"

    # Offline, concurrently: two notes on one employer, a phone cleared, a delete against an edit.
    b.edit(Employer, parvis, {"notes": "préfère être appelé le matin"})
    c.edit(Employer, parvis, {"notes": "à revoir en septembre"})  # later: wins
    a.edit(Employer, parvis, {"phone": ""})
    a.delete(ContactPerson, contact)
    b.edit(ContactPerson, contact, {"role": "gérante"})  # after the delete, not knowing it
    c.edit(Employer, garage, {"status": "active", "tags": "HORECA"})

    # A 423 on a change file's PUT and a 503 on its MOVE are retried; the pass succeeds.
    locked, unavailable = FailOnce("PUT", "423 Locked"), FailOnce("MOVE", "503 Service Unavailable")
    server.recorder.rules.extend([locked, unavailable])
    scope = sync_ok(b)
    assert scope.published_files >= 1
    assert locked.hits and unavailable.hits
    retried_put = [r for r in server.recorder.requests if r.path == locked.hits[0]]
    assert [r.method for r in retried_put].count("PUT") == 2
    assert [r.method for r in server.recorder.requests if r.path == unavailable.hits[0]].count(
        "MOVE"
    ) == 2
    b_dir = server.root / "log" / b.store.device_id
    assert [p for p in b_dir.iterdir() if p.name.endswith(".part")] == []  # no litter left

    for station in (c, a, b, c, a):
        sync_ok(station)
    stations = [a, b, c]
    assert_converged(stations)
    for station in stations:
        assert station.value("employer", parvis, "notes") == "à revoir en septembre"
        assert station.value("employer", parvis, "phone") is None
        assert station.value("employer", garage, "status") == "active"
        assert station.value("contact_person", contact, "name") is None  # stays deleted
        kinds = {(x.field, x.kind, x.lost_value) for x in station.conflicts()}
        assert ("notes", "concurrent", "préfère être appelé le matin") in kinds
        assert ("role", "edit after delete", "gérante") in kinds

    # A late workstation starts from a snapshot and then reads only the files it does not cover.
    transport = org.location.open()
    try:
        name = engine.OrgSync(a.store, transport, engine.ScopeSummary("org"), None).maybe_snapshot(
            force=True
        )
    finally:
        engine._close(transport)
    assert name is not None and (server.root / "snap" / name).is_file()
    b.edit(Employer, garage, {"size_band": "10-49"})  # after the snapshot: from its change file
    sync_ok(b)
    d = org.join("D")
    [d_scope] = d.setup.pass_summary.scopes  # type: ignore[attr-defined]
    assert d_scope.snapshot == name
    assert d_scope.received_ops >= 1  # B's file written after the snapshot
    assert d.value("employer", garage, "size_band") == "10-49"
    d.edit(Employer, garage, {"website": "garage-moderne.be"})
    for station in (d, a, b, c, d):
        sync_ok(station)
    stations.append(d)
    assert_converged(stations)
    assert a.value("employer", garage, "website") == "https://garage-moderne.be"

    # Listings are one level deep: never the default infinite depth that walks the whole tree.
    propfinds = [r for r in server.recorder.requests if r.method == "PROPFIND"]
    assert propfinds
    depths = {r.headers.get("Depth") for r in propfinds}
    assert depths <= {"0", "1"}, depths
    assert "1" in depths
    assert not any(r.headers.get("Depth", "").lower() == "infinity" for r in propfinds)


def test_a_pass_fails_cleanly_when_the_server_stays_locked_then_recovers(org: DavOrg) -> None:
    """423 on every try: the pass reports why publishing failed (and still receives), nothing
    is marked published; once the lock is gone the next pass publishes and the other
    workstation receives the edit."""
    a = org.first("A")
    eid = a.employer("Friterie Chez Léon")
    sync_ok(a)
    b = org.join("B")
    a.edit(Employer, eid, {"notes": "rappeler lundi"})
    org.server.recorder.answer("PUT", "423 Locked", times=100)
    summary = a.sync()
    assert not summary.ok
    assert summary.scopes[0].error is None
    assert "423" in (summary.scopes[0].publish_error or "")
    org.server.recorder.rules.clear()
    scope = sync_ok(a)
    assert scope.published_files == 1
    sync_ok(b)
    assert b.value("employer", eid, "notes") == "rappeler lundi"
    assert_converged([a, b])


def test_a_late_joiner_reads_only_the_change_files_its_snapshot_does_not_cover(
    org: DavOrg,
) -> None:
    a = org.first("A")
    for n in range(3):
        a.employer(f"Employeur {n}")
        sync_ok(a)  # three change files
    transport = org.location.open()
    try:
        name = engine.OrgSync(a.store, transport, engine.ScopeSummary("org"), None).maybe_snapshot(
            force=True
        )
    finally:
        engine._close(transport)
    d = org.join("D")
    [d_scope] = d.setup.pass_summary.scopes  # type: ignore[attr-defined]
    assert d_scope.snapshot == name
    assert d.rows()["employer"] == a.rows()["employer"]
    assert d_scope.received_files == 0
    assert d_scope.duplicates == 0
