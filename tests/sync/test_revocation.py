"""Revoking a device (issue 10, 2.6; sync/devices.py, sync/epochs.py), on real stores around a
real organisation root: the revoked device's later files are refused at every other
workstation, the content key is renewed for the remaining devices only, and the revoked device
cannot certify anyone."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import sqlalchemy as sa
from workstations import CHEAP_KDF, PASSPHRASE, OrgNet, Workstation

from pacte_desktop.domain.errors import PacteError
from pacte_desktop.store.unit_of_work import UnitOfWork
from pacte_desktop.sync import crypto, devices, engine, epochs
from pacte_desktop.sync.feeds import PassSummary, ScopeSummary
from pacte_desktop.sync.org_scope import OrgSync


@pytest.fixture
def net(tmp_path: Path):  # type: ignore[no-untyped-def]
    n = OrgNet(tmp_path)
    yield n
    n.close()


def names(station: Workstation) -> set[str]:
    with station.store.reading() as conn:
        return {str(n) for (n,) in conn.execute(sa.text("SELECT name FROM employer"))}


def thief_publishes(station: Workstation) -> list[str]:
    """What a revoked device does with software that ignores revocations: it publishes its
    journal with the keys it holds (an older application, or a modified one)."""
    location = engine.LocalState(station.store).location("org")
    assert location is not None
    transport = location.open()
    summary = ScopeSummary("org")
    try:
        OrgSync(station.store, transport, summary, None).publish()
    finally:
        engine.close_transport(transport)
    assert summary.published_files >= 1
    return sorted(p.name for p in (station.root / "log" / station.store.device_id).iterdir())


def rejected_codes(station: Workstation) -> dict[str, str]:
    [org] = [s for s in engine.status(station.store) if s.scope == "org"]
    return {r["path"]: r["code"] for r in org.rejected}


def test_a_revoked_devices_later_files_are_refused_at_every_other_workstation(
    net: OrgNet,
) -> None:
    a, b, c = net.first("A"), net.join("B"), net.join("C")
    before = b.employer("Boulangerie du Parvis")
    for station in (b, a, c):
        assert station.sync().ok
    assert "Boulangerie du Parvis" in names(c)
    last_b = max(int(p.name[:12]) for p in (net.root / "log" / b.store.device_id).iterdir())

    done = devices.revoke(a.store, b.store.device_id, secret=PASSPHRASE, kdf=CHEAP_KDF)
    assert done.epoch == 2
    assert done.last_seq == last_b
    assert set(done.boxed) == {a.store.device_id, c.store.device_id}
    assert done.without_box == []
    [path] = (net.root / "epochs").glob("000002-*.json")
    epoch = json.loads(path.read_text())
    assert epoch["revoked"] == {b.store.device_id: last_b}
    assert b.store.device_id not in epoch["boxes"]

    # The thief goes on with B: the application itself stops...
    after = b.employer("Garage du voleur")
    summary = b.sync()
    assert summary.scopes[0].error_code == "sync_revoked"
    assert summary.scopes[0].published_files == 0
    # ...and what an application ignoring the revocation publishes is refused everywhere.
    thief_publishes(b)
    for station in (a, c):
        assert station.sync().ok
        assert "Garage du voleur" not in names(station)
        assert "Boulangerie du Parvis" in names(station)  # what came before stays
        codes = rejected_codes(station)
        assert any(
            path.startswith(f"log/{b.store.device_id}/") and code == "sync_revoked_file"
            for path, code in codes.items()
        ), codes
    assert before and after
    # The remaining devices go on with the new key, without typing anything.
    c.employer("Friterie Chez Eddy")
    assert c.sync().ok and a.sync().ok
    assert "Friterie Chez Eddy" in names(a)
    newest = sorted((net.root / "log" / c.store.device_id).iterdir())[-1]
    assert b'"epoch":2' in newest.read_bytes()


def test_a_workstation_that_missed_the_revocation_refuses_the_files_once_it_learns_of_it(
    net: OrgNet,
) -> None:
    a, b, c = net.first("A"), net.join("B"), net.join("C")
    for station in (b, a, c):
        station.sync()
    devices.revoke(a.store, b.store.device_id, secret=PASSPHRASE, kdf=CHEAP_KDF)
    b.employer("Après la révocation")
    thief_publishes(b)
    # C had not seen the epoch: its next pass adopts it first, then reads B's feed.
    assert c.sync().ok
    assert "Après la révocation" not in names(c)


def test_a_revoked_workstation_holds_no_organisation_key(net: OrgNet) -> None:
    """A stolen workstation cannot certify devices: the organisation key is in no file of its
    data folder (store, write-ahead log, backups), in clear or in its vault."""
    a, b = net.first("A"), net.join("B")
    b.sync()
    org_key = engine.open_org_key(a.store, PASSPHRASE)
    raw = crypto.private_key_bytes(org_key)
    vault = engine.LocalState(b.store).vault.read()
    assert raw not in vault.values()
    assert all(not name.startswith("org.private") for name in vault)
    b.store.close()
    for path in (net.tmp / "B").rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert raw not in data and crypto.b64encode(raw).encode() not in data, path


def test_devices_lists_name_worker_last_file_certifier_and_status(net: OrgNet, pacte) -> None:  # type: ignore[no-untyped-def]
    a = net.first("A")
    b = net.join("B", worker="Julie Buelens")
    b.employer("Atelier du Midi")
    b.sync()
    a.sync()
    listed = pacte("sync", "devices", "--json", data_dir=a.store.data_dir)
    assert listed.code == 0, listed.err
    rows = {d["device_id"]: d for d in json.loads(listed.out)}
    assert set(rows) == {a.store.device_id, b.store.device_id}
    mine, theirs = rows[a.store.device_id], rows[b.store.device_id]
    assert mine["this_device"] and not theirs["this_device"]
    assert mine["worker"] == "Farida Aissa"
    assert theirs["worker"] == "Julie Buelens"
    assert theirs["name"] and theirs["name"] == mine["name"]  # one test machine: one host name
    assert theirs["last_seq"] >= 1 and theirs["last_file_at"]
    assert theirs["certified_by"].startswith("Julie Buelens")  # a joiner certifies itself
    assert theirs["certified_by_device"] == b.store.device_id
    assert {d["status"] for d in rows.values()} == {"active"}
    human = pacte("sync", "devices", data_dir=a.store.data_dir)
    assert "Julie Buelens" in human.out and "actif" in human.out

    # Revoked from the command line: the passphrase from the environment, --yes.
    short = b.store.device_id[:6]
    refused = pacte("sync", "revoke", short, data_dir=a.store.data_dir)
    assert refused.code == 1 and "--yes" in refused.err  # no terminal to confirm on
    done = pacte("sync", "revoke", short, "--yes", data_dir=a.store.data_dir)
    assert done.code == 0, done.err
    assert "révoqué" in done.out
    rows = {
        d["device_id"]: d
        for d in json.loads(pacte("sync", "devices", "--json", data_dir=a.store.data_dir).out)
    }
    assert rows[b.store.device_id]["status"] == "revoked"
    assert rows[b.store.device_id]["revoked_after"] == theirs["last_seq"]
    again = pacte("sync", "revoke", short, "--yes", data_dir=a.store.data_dir)
    assert again.code == 1 and "déjà révoqué" in again.err
    itself = pacte("sync", "revoke", a.store.device_id, "--yes", data_dir=a.store.data_dir)
    assert itself.code == 1 and "lui-même" in itself.err
    unknown = pacte("sync", "revoke", "zzzz", "--yes", data_dir=a.store.data_dir)
    assert unknown.code == 1 and "aucun appareil" in unknown.err


def test_revoking_needs_the_organisation_passphrase(net: OrgNet) -> None:
    a, b = net.first("A"), net.join("B")
    b.sync()
    with pytest.raises(PacteError) as err:
        devices.revoke(a.store, b.store.device_id, secret="pas la bonne phrase", kdf=CHEAP_KDF)
    assert err.value.code == "sync_passphrase"
    assert not (net.root / "epochs").exists()
    assert {d.status for d in devices.devices(a.store)} == {"active"}


def test_a_device_without_an_x25519_key_gets_the_new_key_with_the_passphrase(
    net: OrgNet, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A workstation of an older version had published no X25519 key: the new epoch has no
    box for it; it stops publishing (sync_new_keys) until the passphrase gives it the key."""
    a, b, c = net.first("A"), net.join("B"), net.join("C")
    for station in (a, b, c):
        station.sync()
    (net.root / "boxes" / f"{c.store.device_id}.json").unlink()
    done = devices.revoke(a.store, b.store.device_id, secret=PASSPHRASE, kdf=CHEAP_KDF)
    assert done.without_box == [c.store.device_id]
    c.employer("En attente de clé")
    summary = c.sync()
    assert summary.scopes[0].error_code == "sync_new_keys"
    assert summary.locked == ["org"]
    assert summary.scopes[0].published_files == 0  # never with the key the revoked B holds
    engine.unlock(c.store, "org", PASSPHRASE)
    assert c.sync().ok
    assert a.sync().ok
    assert "En attente de clé" in names(a)


def test_two_workstations_revoking_at_once_write_one_epoch(net: OrgNet) -> None:
    a, b, c, d = net.first("A"), net.join("B"), net.join("C"), net.join("D")
    for station in (a, b, c, d):
        station.sync()
    devices.revoke(a.store, b.store.device_id, secret=PASSPHRASE, kdf=CHEAP_KDF)
    # C has not synced since: its own revocation of D would be epoch 2 again. It adopts A's
    # first (the pass that revoke runs), then writes epoch 3.
    done = devices.revoke(c.store, d.store.device_id, secret=PASSPHRASE, kdf=CHEAP_KDF)
    assert done.epoch == 3
    keys = epochs.ScopeKeys(engine.LocalState(a.store).vault, "org")
    assert a.sync().ok
    keys = epochs.ScopeKeys(engine.LocalState(a.store).vault, "org")
    assert set(keys.revoked()) == {b.store.device_id, d.store.device_id}
    assert keys.newest == 3


def test_a_new_joiner_gets_every_epochs_key_through_the_passphrase(net: OrgNet) -> None:
    a, b = net.first("A"), net.join("B")
    a.employer("Avant")
    a.sync()
    devices.revoke(a.store, b.store.device_id, secret=PASSPHRASE, kdf=CHEAP_KDF)
    a.employer("Après")
    a.sync()
    late = net.join("L")
    assert {"Avant", "Après"} <= names(late)
    keys = epochs.ScopeKeys(engine.LocalState(late.store).vault, "org")
    assert sorted(keys.keys) == [1, 2]
    assert set(keys.revoked()) == {b.store.device_id}


def test_a_forged_epoch_without_the_previous_key_is_refused(net: OrgNet) -> None:
    """Someone who has only an old passphrase has the organisation key (ORG.json) but not the
    current content key: an epoch he signs has no valid proof, and nobody adopts it."""
    a, b = net.first("A"), net.join("B")
    b.sync()
    org_key = engine.open_org_key(a.store, PASSPHRASE)
    root_doc = json.loads((net.root / "ORG.json").read_text())
    opened = epochs.Opened(
        newest=1,
        content_keys={1: crypto.generate_content_key()},  # not the organisation's key
        passphrase_keys={},
        passphrase_key=crypto.new_passphrase_key("the attacker's own", CHEAP_KDF),
        authority=None,
    )
    document, _ = epochs.make_epoch(
        scope="org",
        root_id=str(root_doc["id"]),
        number=2,
        previous=epochs.digest(root_doc),
        cause="revoke",
        authority=org_key,
        created_by={"device_id": "0" * 16, "worker": "", "hostname": ""},
        opened=opened,
        passphrase_key=opened.passphrase_key,
        recipients={},
        revoked={a.store.device_id: 0},
        seal_authority=False,
    )
    (net.root / "epochs").mkdir()
    forged = net.root / epochs.epoch_filename(2, document)
    forged.write_text(json.dumps(document))
    # Every workstation holding the current key refuses it, says so, and goes on.
    for station in (b, a):
        summary: PassSummary = station.sync()
        assert summary.ok, summary.scopes[0].error
        assert rejected_codes(station)[epochs.epoch_filename(2, document)] == "sync_forged"
        assert epochs.ScopeKeys(engine.LocalState(station.store).vault, "org").revoked() == {}
    # The organisation's own revocation still takes epoch 2, under another name.
    done = devices.revoke(a.store, b.store.device_id, secret=PASSPHRASE, kdf=CHEAP_KDF)
    assert done.epoch == 2
    assert b.sync().scopes[0].error_code == "sync_revoked"


def test_partners_refuse_a_revoked_devices_later_network_files(tmp_path: Path) -> None:
    """The organisation revokes one of its workstations: partners refuse the network files it
    writes after (a revocation signed by the organisation key, in its feed)."""
    from pacte_desktop.services import workers
    from pacte_desktop.store.database import Store

    cpas = OrgNet(tmp_path / "cpas")
    partner_store = Store.open(tmp_path / "ml" / "P", daily_backup=False)
    try:
        a, b = cpas.first("A"), cpas.join("B")
        with UnitOfWork(partner_store, worker_id="") as uow:
            workers.init_organisation(
                uow, name="Mission locale de Saint-Gilles", org_type="mission-locale", worker="P"
            )
            uow.commit()
        (tmp_path / "ml" / "root").mkdir()
        engine.setup_org(
            partner_store, engine.Location("folder", str(tmp_path / "ml" / "root")), kdf=CHEAP_KDF
        )
        folder = tmp_path / "network"
        folder.mkdir()
        network = engine.Location("folder", str(folder))
        engine.setup_network(
            a.store, network, coordinator=True, network_name="Pacte", kdf=CHEAP_KDF
        )
        engine.setup_network(b.store, network)
        engine.setup_network(partner_store, network)
        partner = Workstation("P", partner_store, folder)
        b.employer("Boulangerie du Parvis", do_not_share=0)
        for station in (b, a):
            assert station.sync().ok
        assert partner.sync(scopes=("network",)).ok
        shared = {r["name"] for r in engine.network_records(partner_store)}
        assert "Boulangerie du Parvis" in shared

        devices.revoke(a.store, b.store.device_id, secret=PASSPHRASE, kdf=CHEAP_KDF)
        org_id = a.store.local("organisation_id")
        assert (folder / "feeds" / str(org_id) / "revoked" / f"{b.store.device_id}.json").exists()
        b.employer("Garage du voleur", do_not_share=0)
        assert b.sync(scopes=("network",)).ok  # its network key still works...
        assert partner.sync(scopes=("network",)).ok
        shared = {r["name"] for r in engine.network_records(partner_store)}
        assert "Garage du voleur" not in shared  # ...but partners refuse what it writes now
        assert "Boulangerie du Parvis" in shared
        [status] = [s for s in engine.status(partner_store) if s.scope == "network"]
        assert any(r["code"] == "sync_revoked_file" for r in status.rejected)
    finally:
        partner_store.close()
        cpas.close()
