"""Snapshots: a late workstation starts from the newest snapshot, then the files it lacks;
covered files are pruned only once every device has acknowledged them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from workstations import OrgNet

from pacte_desktop.domain.entities import Employer
from pacte_desktop.domain.errors import PacteError
from pacte_desktop.sync import engine, snapshot
from pacte_desktop.sync.folder import FolderTransport
from pacte_desktop.sync.transport import SNAPSHOT_PATTERN


@pytest.fixture
def net(tmp_path: Path):  # type: ignore[no-untyped-def]
    n = OrgNet(tmp_path)
    yield n
    n.close()


def _snapshot(station) -> str:  # type: ignore[no-untyped-def]
    location = engine.LocalState(station.store).location("org")
    assert location is not None
    transport = location.open()
    summary = engine.ScopeSummary("org")
    name = engine.OrgSync(station.store, transport, summary, None).maybe_snapshot(force=True)
    assert name is not None
    return name


def test_a_late_workstation_loads_the_snapshot_then_the_newer_files(net: OrgNet) -> None:
    a = net.first("A")
    ids = [a.employer(f"Employeur {i}") for i in range(30)]
    a.sync()
    b = net.join("B")
    b.edit(Employer, ids[0], {"phone": "02 537 00 00"})
    b.sync()
    a.sync()
    name = _snapshot(a)
    assert SNAPSHOT_PATTERN.fullmatch(name)
    # Every device has acknowledged what the snapshot covers: A's covered files go.
    b.sync()
    a.sync()
    own = list((net.root / "log" / a.store.device_id).iterdir())
    assert own == []
    a.edit(Employer, ids[1], {"phone": "02 537 11 11"})  # after the snapshot: in a file
    a.sync()
    c = net.join("C")
    with c.store.reading() as conn:
        loaded = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sync_applied")}
    assert f"snapshot:{name}" in loaded
    a.sync()  # C's worker
    assert c.rows() == a.rows()
    assert c.journal() == a.journal()
    assert c.value("employer", ids[1], "phone") == "+3225371111"


def test_a_joining_workstation_reads_the_snapshot_once(
    net: OrgNet, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Its first pass loads the newest snapshot and then needs what it covers (to know whether
    files it lacks were pruned): the file is read and checked once, not once for each."""
    a = net.first("A")
    for i in range(5):
        a.employer(f"Employeur {i}")
    a.sync()
    name = _snapshot(a)
    read = FolderTransport.read
    paths: list[str] = []

    def recording(self: FolderTransport, path: str) -> bytes:
        paths.append(path)
        return read(self, path)

    monkeypatch.setattr(FolderTransport, "read", recording)
    c = net.join("C")
    with c.store.reading() as conn:
        loaded = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sync_applied")}
    assert f"snapshot:{name}" in loaded
    assert paths.count(f"snap/{name}") == 1


def test_a_device_that_never_acknowledged_holds_pruning_back(net: OrgNet) -> None:
    a = net.first("A")
    a.employer("Friterie")
    a.sync()
    net.join("B")  # certified, applies, acknowledges
    b_ack = net.root / "acks" / f"{net.stations[1].store.device_id}.json"
    b_ack.unlink()  # as if B had never acknowledged anything
    _snapshot(a)
    a.sync()
    assert list((net.root / "log" / a.store.device_id).iterdir())


def test_a_tampered_snapshot_is_refused(net: OrgNet) -> None:
    a = net.first("A")
    a.employer("Friterie")
    a.sync()
    name = _snapshot(a)
    path = net.root / "snap" / name
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    state = engine.LocalState(a.store)
    with pytest.raises(PacteError) as err:
        snapshot.read_snapshot(
            name,
            bytes(data),
            org_id=net.stations[0].store.local("organisation_id") or "",
            device_public_key=state.device_key().public_key(),
            content_key=state.secret("org.content_key") or b"",
        )
    assert err.value.code == "sync_forged"
    assert FolderTransport(net.root).list("snap", SNAPSHOT_PATTERN).names == (name,)


def test_a_body_inflating_to_hundreds_of_megabytes_is_refused_without_holding_it() -> None:
    """A snapshot's body comes from another device (in the network, another organisation's):
    a few hundred kilobytes inflating to 300 MB of one endless line are refused (``zlib.error``,
    which readers report as a malformed body) with memory bounded by the longest allowed line,
    not by what the body inflates to."""
    import tracemalloc
    import zlib

    from pacte_desktop.sync.snapshot import MAX_LINE, _lines

    deflater = zlib.compressobj(9)
    block = b"x" * (1 << 20)
    bomb = b"".join(deflater.compress(block) for _ in range(300)) + deflater.flush()
    assert len(bomb) < 1 << 20
    tracemalloc.start()
    try:
        with pytest.raises(zlib.error):
            for _ in _lines(bomb):
                pass
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 3 * MAX_LINE

    # Many honest lines still come out whole, in order.
    lines = [json.dumps({"n": i, "pad": "y" * (i % 50)}).encode() for i in range(50_000)]
    body = zlib.compress(b"\n".join(lines))
    assert list(_lines(body)) == lines


def test_a_snapshot_malformed_past_its_first_lines_is_reported_and_the_files_read(
    net: OrgNet, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A snapshot that reads and checks out but whose journal entries do not (a device of the
    organisation that writes junk): the joining workstation reports it and reads the files
    instead of stopping its pass."""
    a = net.first("A")
    for i in range(5):
        a.employer(f"Employeur {i}")
    a.sync()
    write = snapshot.write_snapshot

    def junk(**kwargs):  # type: ignore[no-untyped-def]
        kwargs["journal"] = [["junk"]] * kwargs["journal_count"]
        return write(**kwargs)

    monkeypatch.setattr(snapshot, "write_snapshot", junk)
    name = _snapshot(a)
    monkeypatch.setattr(snapshot, "write_snapshot", write)
    b = net.join("B")
    b.sync()
    a.sync()  # B's worker
    assert b.rows() == a.rows()
    with b.store.reading() as conn:
        rejected = [r[0] for r in conn.exec_driver_sql("SELECT path FROM sync_rejected")]
    assert f"snap/{name}" in rejected
