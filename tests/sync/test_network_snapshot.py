"""Snapshots and pruning of the network scope (sync/network_snapshot.py).

Three organisations around one network folder (``test_network.make_pact``), and a fourth that
joins late: a late joiner reading a snapshot holds exactly what a member that read every file
holds; a member away while files were pruned catches up from the snapshot; a forged or
malformed snapshot is refused and reported; a removed member's snapshot is never read.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import time
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from test_network import Pact, _member, _network_key, make_pact, org_id, partner, worker_of
from workstations import PASSPHRASE, Workstation

from pacte_desktop.domain.entities import Candidate, ContactPerson, Employer
from pacte_desktop.domain.errors import PacteError
from pacte_desktop.domain.hlc import Stamp
from pacte_desktop.services import followups
from pacte_desktop.store.files import HEAD_REVISION
from pacte_desktop.store.unit_of_work import UnitOfWork
from pacte_desktop.sync import changefile, crypto, engine, membership, network_snapshot, snapshot
from pacte_desktop.sync.folder import FolderTransport
from pacte_desktop.sync.network_scope import NetworkSync
from pacte_desktop.sync.network_snapshot import DAY_MS, PRUNE_AFTER_DAYS, FeedSnapshots, FeedState


@pytest.fixture
def pact(tmp_path: Path):  # type: ignore[no-untyped-def]
    p = make_pact(tmp_path)
    yield p
    p.close()


def snapshots_of(station: Workstation) -> FeedSnapshots:
    """The snapshot machinery of ``station``'s network pass, on its network folder."""
    location = engine.LocalState(station.store).location("network")
    assert location is not None
    sync = NetworkSync(station.store, location.open(), engine.ScopeSummary("network"), None)
    return sync.snapshots()


def maintain(station: Workstation, *, force: bool = True, now_ms: int | None = None) -> str | None:
    return snapshots_of(station).maintain(force=force, now_ms=now_ms)


def records_of(station: Workstation, publisher: Workstation) -> dict[tuple[str, str], Any]:
    """Every ``network_record`` of ``publisher`` that ``station`` holds: values and stamps."""
    with station.store.reading() as conn:
        return {
            (table, row_id): (json.loads(data), json.loads(stamps))
            for table, row_id, data, stamps in conn.execute(
                sa.text(
                    "SELECT table_name, row_id, data, stamps FROM network_record WHERE org_id = :o"
                ),
                {"o": org_id(publisher)},
            )
        }


def applied_names(station: Workstation, device: str) -> set[str]:
    with station.store.reading() as conn:
        return {
            str(r[0])
            for r in conn.execute(
                sa.text("SELECT name FROM sync_applied WHERE scope = 'network' AND device_id = :d"),
                {"d": device},
            )
        }


def feed_files(pact: Pact, station: Workstation) -> list[str]:
    log = pact.folder / "feeds" / org_id(station) / "log" / station.store.device_id
    return sorted(p.name for p in log.iterdir())


def late_member(pact: Pact, folder: str = "isp") -> Workstation:
    """A fourth organisation that joins the network now and is admitted."""
    org, late = _member(pact.tmp, folder, "Lire et Écrire Bruxelles", "isp")
    pact.orgs.append(org)
    pact.join(late)
    pact.admit(late)
    return late


def busy_history(pact: Pact) -> list[str]:
    """The CPAS publishes over several passes: employers, edits, a contact person, a record
    withdrawn, the latest contact of an employer, candidates (the aggregate profile)."""
    cpas, ml, _ = pact.members
    ids = [cpas.employer(f"Employeur {i}", postcode="1060") for i in range(6)]
    pact.round(cpas, ml)
    cpas.edit(Employer, ids[0], {"phone": "02 537 00 01"})
    cpas.create(ContactPerson, {"employer_id": ids[1], "name": "Mme Lambert"})
    pact.round(cpas, ml)
    cpas.edit(Employer, ids[2], {"do_not_share": True})
    with UnitOfWork(cpas.store) as uow:
        followups.log_interaction(
            uow, employer=ids[3], channel="visit", summary="Visite", date=dt.date(2026, 11, 20)
        )
        uow.commit()
    for i in range(6):
        cpas.create(
            Candidate,
            {
                "code": f"C-{i}",
                "languages": ["fr", "nl"],
                "qualification_level": "bachelor",
                "worker_id": worker_of(cpas),
            },
        )
    pact.round(cpas, ml)
    return ids


def test_a_late_joiner_from_the_snapshot_holds_what_a_reader_of_every_file_holds(
    pact: Pact,
) -> None:
    cpas, ml, ale = pact.members
    ids = busy_history(pact)
    ale.employer("Brasserie de l'Union", postcode="1060")
    name = maintain(cpas)
    assert name is not None
    covered = feed_files(pact, cpas)
    # After the snapshot: in files.
    cpas.edit(Employer, ids[0], {"phone": "02 537 00 02"})
    cpas.employer("Librairie Quartier Libre", postcode="1060")
    pact.settle()
    late = late_member(pact)
    summary = late.sync(scopes=("network",))
    assert summary.ok, summary
    assert records_of(late, cpas) == records_of(ml, cpas)
    assert records_of(late, ale) == records_of(ml, ale)  # no snapshot there: every file
    assert partner(late).keys() >= {ids[0], ids[1]}
    assert partner(late)[ids[0]]["phone"] == "+3225370002"
    assert ids[2] not in partner(late)  # withdrawn before the snapshot, still withdrawn
    # The files the snapshot covers were never read: only the snapshot and those after it.
    applied = applied_names(late, cpas.store.device_id)
    assert f"snapshot:{name}" in applied
    assert not applied & set(covered)
    assert set(feed_files(pact, cpas)) - set(covered) <= applied


def test_files_pruned_while_a_member_was_away_are_caught_up_from_the_snapshot(
    pact: Pact,
) -> None:
    cpas, ml, ale = pact.members
    eid = cpas.employer("Pharmacie du Midi", postcode="1060")
    pact.settle()
    assert eid in partner(ale)
    # ALE is away; the CPAS goes on publishing, ML reads every file.
    away = busy_history(pact)
    name = maintain(cpas)
    assert name is not None
    before = feed_files(pact, cpas)
    # A snapshot younger than two weeks prunes nothing...
    assert maintain(cpas, force=False) is None
    assert feed_files(pact, cpas) == before
    # ...two weeks later (the moment computed as the code computes it), the covered files go.
    later = network_snapshot.snapshot_wall_ms(name) + PRUNE_AFTER_DAYS * DAY_MS
    maintain(cpas, force=False, now_ms=later)
    assert feed_files(pact, cpas) == []
    cpas.edit(Employer, away[0], {"website": "https://employeur-0.example.be"})
    pact.round(cpas, ml)
    assert len(feed_files(pact, cpas)) == 1  # the chain goes on after the pruned files
    summary = ale.sync(scopes=("network",))
    assert summary.ok, summary
    network = next(s for s in summary.scopes if s.scope == "network")
    assert network.snapshot == name and network.waiting == []
    assert records_of(ale, cpas) == records_of(ml, cpas)
    assert partner(ale)[away[0]]["website"] == "https://employeur-0.example.be"
    # The next passes read nothing again and wait for nothing.
    again = next(s for s in ale.sync(scopes=("network",)).scopes if s.scope == "network")
    assert again.received_files == 0 and again.waiting == [] and again.rejected == []


def test_without_a_snapshot_a_member_whose_files_were_pruned_waits(pact: Pact) -> None:
    cpas, _, ale = pact.members
    cpas.employer("Garage Moderne", postcode="1060")
    pact.settle()
    busy_history(pact)
    name = maintain(cpas)
    assert name is not None
    maintain(cpas, force=False, now_ms=network_snapshot.snapshot_wall_ms(name) + 15 * DAY_MS)
    # Someone deletes the snapshot: the files ALE misses are nowhere; it waits, applies nothing
    # out of order, and says which file it waits for.
    (pact.folder / "feeds" / org_id(cpas) / "snap" / name).unlink()
    cpas.employer("Imprimerie Van Parys", postcode="1060")
    pact.round(cpas)
    network = next(s for s in ale.sync(scopes=("network",)).scopes if s.scope == "network")
    assert network.waiting and all(cpas.store.device_id in w for w in network.waiting)
    assert "Imprimerie Van Parys" not in str(records_of(ale, cpas))


def _signed_snapshot(pact: Pact, station: Workstation, state: FeedState, ahead_ms: int) -> str:
    """A snapshot genuinely signed by ``station``'s device, written into its feed."""
    device = station.store.device_id
    stamp = str(Stamp(time.time_ns() // 1_000_000 + ahead_ms, 0, device))
    name, data = network_snapshot.write(
        state,
        org_id=org_id(station),
        device_id=device,
        hlc=stamp,
        content_key=_network_key(station),
        epoch=1,
        device_key=engine.LocalState(station.store).device_key(),
    )
    snap_dir = pact.folder / "feeds" / org_id(station) / "snap"
    snap_dir.mkdir(exist_ok=True)
    (snap_dir / name).write_bytes(data)
    return name


def test_forged_or_malformed_snapshots_are_refused_reported_and_an_older_one_used(
    pact: Pact,
) -> None:
    cpas, ml, _ = pact.members
    ids = busy_history(pact)
    good = maintain(cpas)
    assert good is not None
    genuine = next(snapshots_of(ml).valid(org_id(cpas), _keys(ml, cpas)))
    device = cpas.store.device_id
    stamp = str(Stamp(time.time_ns() // 1_000_000, 0, device))
    hostile = {
        # A field no charter lets out: the whole snapshot is refused.
        "notes": FeedState(
            {("employer", ids[0]): ({"notes": "MARQUEUR-NOTES"}, {"notes": stamp})},
            dict(genuine.vector),
        ),
        # A table that never leaves an organisation.
        "candidate": FeedState(
            {("candidate", "c1"): ({"code": "MARQUEUR-CAND"}, {"code": stamp})},
            dict(genuine.vector),
        ),
        # A value stamped by a device whose files it does not cover.
        "uncovered": FeedState(
            {
                ("employer", ids[0]): (
                    {"name": "MARQUEUR-STAMP"},
                    {"name": str(Stamp(1, 0, "0123456789abcdef"))},
                )
            },
            dict(genuine.vector),
        ),
        # Values and stamps that do not match.
        "shape": FeedState(
            {("employer", ids[0]): ({"name": "MARQUEUR-SHAPE"}, {})}, dict(genuine.vector)
        ),
    }
    forged = [
        _signed_snapshot(pact, cpas, state, ahead_ms=1000 * (i + 1))
        for i, state in enumerate(hostile.values())
    ]
    snap_dir = pact.folder / "feeds" / org_id(cpas) / "snap"
    junk = snap_dir / f"{device}-{Stamp(time.time_ns() // 1_000_000 + 9000, 0, device)}.snap"
    junk.write_bytes(b"PACTESNP" + b"\x00" * 200)
    late = late_member(pact)
    # (Joining runs a first pass: the snapshots are read there.)
    assert late.sync(scopes=("network",)).ok
    with late.store.reading() as conn:
        paths = {r[0] for r in conn.execute(sa.text("SELECT path FROM sync_rejected"))}
    assert {f"feeds/{org_id(cpas)}/snap/{n}" for n in [*forged, junk.name]} <= paths
    # The genuine older snapshot was used; nothing of the forged ones was kept.
    assert f"snapshot:{good}" in applied_names(late, device)
    assert "MARQUEUR" not in str(records_of(late, cpas))
    assert records_of(late, cpas) == records_of(ml, cpas)


def test_a_snapshot_claiming_another_organisations_device_is_refused(pact: Pact) -> None:
    cpas, ml, ale = pact.members
    busy_history(pact)
    ale.employer("Brasserie de l'Union", postcode="1060")
    pact.settle()
    state = FeedState({}, {ml.store.device_id: (1, "0" * 64)})
    name = _signed_snapshot(pact, cpas, state, ahead_ms=1000)
    # ALE knows ML's device as ML's: CPAS's snapshot may not cover it.
    summary = ale.sync(scopes=("network",))
    snapshots_of(ale).catch_up(org_id(cpas), _keys(ale, cpas))
    with ale.store.reading() as conn:
        refused = {
            str(r[0]): str(r[1])
            for r in conn.execute(sa.text("SELECT path, params FROM sync_rejected"))
        }
    assert summary.ok
    assert "device_of_another_org" in refused[f"feeds/{org_id(cpas)}/snap/{name}"]


def _keys(reader: Workstation, publisher: Workstation) -> network_snapshot.Keys:
    snaps = snapshots_of(reader)
    public = membership.readable(reader.store)[org_id(publisher)][1]
    return snaps.sync.certificates(
        f"feeds/{org_id(publisher)}/keys",
        org_id(publisher),
        crypto.public_key_from_bytes(crypto.b64decode(public, what="test")),
    )


def test_a_removed_members_snapshot_is_never_read(
    pact: Pact, monkeypatch: pytest.MonkeyPatch
) -> None:
    cpas, ml, ale = pact.members
    ale.employer("Brasserie de l'Union", postcode="1060")
    ale.employer("Garage Moderne", postcode="1060")
    pact.settle()
    name = maintain(ale)
    assert name is not None
    engine.remove_member(cpas.store, org_id(ale))
    read: list[str] = []
    original = FolderTransport.read

    def recording(self: FolderTransport, path: str) -> bytes:
        read.append(path)
        return original(self, path)

    monkeypatch.setattr(FolderTransport, "read", recording)
    pact.round(ml)
    late = late_member(pact)
    assert late.sync(scopes=("network",)).ok
    assert not [p for p in read if p.startswith(f"feeds/{org_id(ale)}/")]
    for reader in (ml, late):
        assert records_of(reader, ale) == {}
        assert not applied_names(reader, ale.store.device_id)
    # The snapshot mechanism did run for admitted members: the coordinator's feed was read.
    assert any(p.startswith(f"feeds/{org_id(cpas)}/log/") for p in read)


def test_the_pass_writes_a_snapshot_once_enough_files_are_uncovered(pact: Pact) -> None:
    cpas, ml, _ = pact.members
    eid = cpas.employer("Boulangerie du Parvis", postcode="1060")
    pact.round(cpas)
    # Another workstation of the CPAS (certified by its key) published many small files.
    org_key = engine.open_org_key(cpas.store, PASSPHRASE)
    device, key = "0f0e0d0c0b0a0908", crypto.generate_signing_key()
    feed = pact.folder / "feeds" / org_id(cpas)
    (feed / "keys" / f"{device}.json").write_text(
        json.dumps(
            crypto.issue_certificate(
                org_private_key=org_key,
                org_id=org_id(cpas),
                device_id=device,
                device_public_key=key.public_key(),
            )
        )
    )
    (feed / "log" / device).mkdir()
    prev = None
    wall = time.time_ns() // 1_000_000  # after the first publication (phone empty)
    for seq in range(1, network_snapshot.SNAPSHOT_EVERY + 1):
        name, data = changefile.write_change_file(
            [
                {
                    "table": "employer",
                    "row_id": eid,
                    "hlc": str(Stamp(wall + seq, 0, device)),
                    "op": "update",
                    "fields": {"phone": f"+32253{seq:05d}"},
                }
            ],
            scope="network",
            org_id=org_id(cpas),
            device_id=device,
            seq=seq,
            prev=prev,
            schema=HEAD_REVISION,
            charter=1,
            content_key=_network_key(cpas),
            device_private_key=key,
        )
        (feed / "log" / device / name).write_bytes(data)
        prev = hashlib.sha256(data).hexdigest()
    cpas.edit(Employer, eid, {"website": "https://boulangerie-parvis.example.be"})
    network = next(s for s in cpas.sync(scopes=("network",)).scopes if s.scope == "network")
    assert network.published_files == 1 and network.snapshot is not None
    written = snapshots_of(ml).valid(org_id(cpas), _keys(ml, cpas))
    state = next(written)
    assert state.name == network.snapshot
    assert state.vector[device][0] == network_snapshot.SNAPSHOT_EVERY
    assert state.records[("employer", eid)][0]["phone"] == f"+32253{200:05d}"
    # Nothing more to cover: the next passes write none.
    cpas.edit(Employer, eid, {"website": "https://boulangerie-du-parvis.example.be"})
    again = next(s for s in cpas.sync(scopes=("network",)).scopes if s.scope == "network")
    assert again.published_files == 1 and again.snapshot is None
    assert len(list((feed / "snap").iterdir())) == 1


def test_a_readmitted_member_is_read_from_its_snapshot_whatever_directories_it_holds(
    pact: Pact,
) -> None:
    cpas, ml, ale = pact.members
    ale.employer("Brasserie de l'Union", postcode="1060")
    pact.settle()
    name = maintain(ale)
    assert name is not None
    engine.remove_member(cpas.store, org_id(ale))
    pact.round(cpas)
    assert records_of(cpas, ale) == {}
    # In ALE's feed, a directory named after a device of ML (whose files the CPAS applied):
    # it is not ALE's, and does not make ALE's feed look already read.
    (pact.folder / "feeds" / org_id(ale) / "log" / ml.store.device_id).mkdir()
    engine.admit_member(cpas.store, org_id(ale))
    assert cpas.sync(scopes=("network",)).ok
    assert f"snapshot:{name}" in applied_names(cpas, ale.store.device_id)
    assert records_of(cpas, ale) == records_of(ml, ale)


def test_a_snapshot_announcing_more_records_than_allowed_is_refused_unread(pact: Pact) -> None:
    cpas, ml, _ = pact.members
    busy_history(pact)
    name = maintain(cpas)
    assert name is not None
    path = f"feeds/{org_id(cpas)}/snap/{name}"
    keys = _keys(ml, cpas)
    snap = snapshot.read_snapshot(
        name,
        (pact.folder / path).read_bytes(),
        org_id=org_id(cpas),
        device_public_key=keys(cpas.store.device_id)(),  # type: ignore[arg-type]
        content_key=_network_key(ml),
    )

    def checked(limit: int) -> FeedState:
        return network_snapshot.check(
            snap,
            org_id=org_id(cpas),
            owner=lambda d: None,
            revoked=lambda d: None,
            what=path,
            max_records=limit,
        )

    assert len(checked(snap.journal_count).records) == snap.journal_count
    with pytest.raises(PacteError) as err:
        checked(snap.journal_count - 1)
    assert err.value.params["reason"] == "snapshot_too_large"
    assert str(snap.journal_count) in err.value.message("en")
