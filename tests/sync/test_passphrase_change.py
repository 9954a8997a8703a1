"""Changing the organisation's (and the network's) passphrase (issue 10, 2.6;
sync/passphrase_change.py): nothing is lost, every workstation unlocks with the new passphrase
— those without a credential store included — and the old passphrase opens nothing written
after. One scenario runs over the real WebDAV server."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import keyring
import pytest
import sqlalchemy as sa
from keyring.backends import fail
from workstations import CHEAP_KDF, PASSPHRASE, MemoryKeyring, OrgNet, Workstation

from pacte_desktop.domain.errors import PacteError
from pacte_desktop.services import workers
from pacte_desktop.store.database import Store
from pacte_desktop.store.unit_of_work import UnitOfWork
from pacte_desktop.sync import changefile, crypto, devices, engine, epochs, vault
from pacte_desktop.sync.passphrase_change import change_passphrase

NEW = "trois hiboux sur la ligne 81"


def names(station: Workstation) -> set[str]:
    with station.store.reading() as conn:
        return {str(n) for (n,) in conn.execute(sa.text("SELECT name FROM employer"))}


@contextmanager
def on(machine: Any) -> Iterator[None]:
    """Run as the computer whose credential store is ``machine`` (None: it has none)."""
    keyring.set_keyring(machine or fail.Keyring())
    try:
        yield
    finally:
        keyring.set_keyring(fail.Keyring())


@pytest.fixture
def net(tmp_path: Path) -> Iterator[OrgNet]:
    n = OrgNet(tmp_path)
    yield n
    n.close()


def test_a_passphrase_change_loses_nothing_and_every_workstation_unlocks(
    net: OrgNet, monkeypatch: pytest.MonkeyPatch
) -> None:
    laptop = MemoryKeyring()  # C has a credential store; A and B have none
    a, b = net.first("A"), net.join("B")
    with on(laptop):
        c = net.join("C")
    a.employer("Avant le changement")
    for station in (a, b):
        assert station.sync().ok
    with on(laptop):
        assert c.sync().ok

    done = change_passphrase(a.store, "org", old=PASSPHRASE, new=NEW, kdf=CHEAP_KDF)
    assert done.epoch == 2
    assert set(done.boxed) == {a.store.device_id, b.store.device_id, c.store.device_id}
    a.employer("Après le changement")
    assert a.sync().ok

    # Every workstation restarts; nobody's environment holds a passphrase any more.
    vault.forget_session()
    monkeypatch.delenv("PACTE_ORG_PASSPHRASE")
    # B's keys were sealed by the old passphrase: the new one opens them (the new epoch carries
    # the old passphrase key), and its seal is renewed under the new one.
    assert b.sync().scopes[0].error_code == "sync_locked"
    engine.unlock(b.store, "org", NEW)
    assert b.sync().ok
    assert {"Avant le changement", "Après le changement"} <= names(b)
    seal = engine.LocalState(b.store).vault.passphrase_seal()
    assert seal is not None and seal["epoch"] == 2
    vault.forget_session()
    engine.unlock(b.store, "org", NEW)  # straight from its own seal now
    # C's credential store answers: nothing to type.
    with on(laptop):
        assert c.sync().ok
        assert "Après le changement" in names(c)
    # A typed the new one when changing it: its seal follows too.
    engine.unlock(a.store, "org", NEW)
    assert a.sync().ok

    # A new workstation joins with the new passphrase and reads everything; the old one is
    # recognised as old.
    monkeypatch.setenv("PACTE_ORG_PASSPHRASE", PASSPHRASE)
    with pytest.raises(PacteError) as err:
        net.join("Late")
    assert err.value.code == "sync_passphrase_old"
    assert "changée" in err.value.message()
    monkeypatch.setenv("PACTE_ORG_PASSPHRASE", NEW)
    late = net.join("Late2")
    assert {"Avant le changement", "Après le changement"} <= names(late)


def test_the_old_passphrase_opens_nothing_written_after_the_change(net: OrgNet) -> None:
    a = net.first("A")
    a.employer("Avant")
    a.sync()
    change_passphrase(a.store, "org", old=PASSPHRASE, new=NEW, kdf=CHEAP_KDF)
    a.employer("Après")
    a.sync()
    root = json.loads((net.root / "ORG.json").read_text())
    old = crypto.open_with_passphrase(root["sealed"], PASSPHRASE, what="ORG.json")
    [epoch_path] = (net.root / "epochs").glob("*.json")
    epoch = json.loads(epoch_path.read_text())
    with pytest.raises(PacteError) as err:
        crypto.open_with_passphrase(epoch["sealed"], PASSPHRASE, what="epoch")
    assert err.value.code == "sync_passphrase"
    device = a.store.device_id
    files = sorted((net.root / "log" / device).iterdir())
    newest = files[-1]
    cert = json.loads((net.root / "keys" / f"{device}.json").read_text())
    public = crypto.verify_certificate(
        cert,
        crypto.public_key_from_bytes(crypto.b64decode(root["org_public_key"], what="x")),
    )
    assert b'"epoch":2' in newest.read_bytes()
    with pytest.raises(PacteError):
        changefile.read_change_file(
            newest.name,
            newest.read_bytes(),
            expected_device_id=device,
            device_public_key=public,
            content_key={1: old["content_key"]},
        )
    # What came before still opens with the key the old passphrase gives.
    first = changefile.read_change_file(
        files[0].name,
        files[0].read_bytes(),
        expected_device_id=device,
        device_public_key=public,
        content_key={1: old["content_key"]},
    )
    assert first.epoch == 1


def test_a_new_passphrase_must_be_strong_and_the_old_one_right(net: OrgNet, pacte) -> None:  # type: ignore[no-untyped-def]
    a = net.first("A")
    for weak, code in (
        ("court", "passphrase_short"),
        ("CPAS de Saint-Gilles !", "passphrase_name"),
        ("Azerty123456!", "passphrase_common"),
        (PASSPHRASE, "passphrase_same"),
    ):
        with pytest.raises(PacteError) as err:
            change_passphrase(a.store, "org", old=PASSPHRASE, new=weak, kdf=CHEAP_KDF)
        assert err.value.code == code
    with pytest.raises(PacteError) as err:
        change_passphrase(a.store, "org", old="pas la bonne phrase", new=NEW, kdf=CHEAP_KDF)
    assert err.value.code == "sync_passphrase"
    assert not (net.root / "epochs").exists()
    # The command line: the old one from PACTE_ORG_PASSPHRASE, the new one from
    # PACTE_NEW_ORG_PASSPHRASE (else both typed, the new one twice).
    import os

    os.environ["PACTE_NEW_ORG_PASSPHRASE"] = "azerty2026!!"
    try:
        weak = pacte("--lang", "nl", "sync", "passphrase", data_dir=a.store.data_dir)
        assert weak.code == 1 and "meest gebruikte" in weak.err
        os.environ["PACTE_NEW_ORG_PASSPHRASE"] = NEW
        done = pacte("sync", "passphrase", data_dir=a.store.data_dir)
        assert done.code == 0, done.err
        assert "Phrase secrète changée" in done.out
    finally:
        del os.environ["PACTE_NEW_ORG_PASSPHRASE"]
    assert len(list((net.root / "epochs").glob("*.json"))) == 1


def test_revocations_and_changes_follow_each_other(net: OrgNet) -> None:
    """A revocation after a passphrase change: the seal chain carries every passphrase key."""
    a, b, c = net.first("A"), net.join("B"), net.join("C")
    for station in (a, b, c):
        station.sync()
    change_passphrase(a.store, "org", old=PASSPHRASE, new=NEW, kdf=CHEAP_KDF)
    assert b.sync().ok
    devices.revoke(b.store, c.store.device_id, secret=NEW, kdf=CHEAP_KDF)
    assert a.sync().ok
    vault.forget_session()
    engine.unlock(a.store, "org", NEW)
    keys = epochs.ScopeKeys(engine.LocalState(a.store).vault, "org")
    assert sorted(keys.keys) == [1, 2, 3]
    assert set(keys.revoked()) == {c.store.device_id}


# --- the network's passphrase, changed by the coordinator ----------------------------------


def _organisation(tmp: Path, name: str, org_name: str) -> Workstation:
    store = Store.open(tmp / name, daily_backup=False)
    with UnitOfWork(store, worker_id="") as uow:
        workers.init_organisation(uow, name=org_name, org_type="ale", worker=f"Worker {name}")
        uow.commit()
    root = tmp / f"{name}-root"
    root.mkdir()
    engine.setup_org(store, engine.Location("folder", str(root)), secret=PASSPHRASE, kdf=CHEAP_KDF)
    return Workstation(name, store, root)


def test_the_coordinator_changes_the_networks_passphrase_and_members_go_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "network"
    folder.mkdir()
    coordinator = _organisation(tmp_path, "C", "CPAS de Saint-Gilles")
    member = _organisation(tmp_path, "M", "Mission locale de Saint-Gilles")
    where = engine.Location("folder", str(folder))
    try:
        engine.setup_network(
            coordinator.store,
            where,
            coordinator=True,
            network_name="Pacte",
            secret=PASSPHRASE,
            org_secret=PASSPHRASE,
            kdf=CHEAP_KDF,
        )
        engine.setup_network(member.store, where, secret=PASSPHRASE, org_secret=PASSPHRASE)
        assert coordinator.sync(scopes=("network",)).ok  # sees the request to join
        engine.admit_member(coordinator.store, str(member.store.local("organisation_id")))
        coordinator.employer("Boulangerie du Parvis", do_not_share=0)
        for station in (coordinator, member):
            assert station.sync(scopes=("network",)).ok
        with pytest.raises(PacteError) as err:
            change_passphrase(member.store, "network", old=PASSPHRASE, new=NEW, kdf=CHEAP_KDF)
        assert err.value.code == "network_coordinator"
        done = change_passphrase(
            coordinator.store, "network", old=PASSPHRASE, new=NEW, kdf=CHEAP_KDF
        )
        assert member.store.device_id in done.boxed
        coordinator.employer("Garage Moderne", do_not_share=0)
        assert coordinator.sync(scopes=("network",)).ok
        assert member.sync(scopes=("network",)).ok  # through its box: nothing typed
        shared = {r["name"] for r in engine.network_records(member.store)}
        assert {"Boulangerie du Parvis", "Garage Moderne"} <= shared
        newest = sorted((folder / "feeds").glob(f"*/log/{coordinator.store.device_id}/*.chg"))
        assert b'"epoch":2' in newest[-1].read_bytes()
    finally:
        coordinator.close()
        member.close()


def test_a_removed_member_reads_nothing_written_after_the_next_network_passphrase(
    tmp_path: Path,
) -> None:
    """Removal stops partners reading the removed member; a new network passphrase then stops
    the removed member reading the network: the new key is boxed to admitted members only, and
    sealed by a passphrase it does not know."""
    folder = tmp_path / "network"
    folder.mkdir()
    coordinator = _organisation(tmp_path, "C", "CPAS de Saint-Gilles")
    member = _organisation(tmp_path, "M", "Mission locale de Saint-Gilles")
    removed = _organisation(tmp_path, "R", "ASBL Partie")
    where = engine.Location("folder", str(folder))
    try:
        engine.setup_network(
            coordinator.store,
            where,
            coordinator=True,
            network_name="Pacte",
            secret=PASSPHRASE,
            org_secret=PASSPHRASE,
            kdf=CHEAP_KDF,
        )
        for station in (member, removed):
            engine.setup_network(station.store, where, secret=PASSPHRASE, org_secret=PASSPHRASE)
        assert coordinator.sync(scopes=("network",)).ok
        for station in (member, removed):
            engine.admit_member(coordinator.store, str(station.store.local("organisation_id")))
        coordinator.employer("Boulangerie du Parvis", do_not_share=0)
        for station in (coordinator, member, removed):
            assert station.sync(scopes=("network",)).ok
        assert "Boulangerie du Parvis" in {r["name"] for r in engine.network_records(removed.store)}
        kept_keys = dict(epochs.ScopeKeys(engine.LocalState(removed.store).vault, "network").keys)

        engine.remove_member(coordinator.store, str(removed.store.local("organisation_id")))
        done = change_passphrase(
            coordinator.store, "network", old=PASSPHRASE, new=NEW, kdf=CHEAP_KDF
        )
        assert member.store.device_id in done.boxed
        assert removed.store.device_id not in done.boxed
        coordinator.employer("Garage Moderne", do_not_share=0)
        assert coordinator.sync(scopes=("network",)).ok
        assert member.sync(scopes=("network",)).ok
        assert "Garage Moderne" in {r["name"] for r in engine.network_records(member.store)}
        # Every key the removed member ever held opens nothing the coordinator wrote after.
        newest = sorted((folder / "feeds").glob(f"*/log/{coordinator.store.device_id}/*.chg"))[-1]
        data = newest.read_bytes()
        assert b'"epoch":2' in data
        for key in kept_keys.values():
            with pytest.raises(PacteError):
                changefile.read_change_file(
                    newest.name,
                    data,
                    expected_device_id=coordinator.store.device_id,
                    device_public_key=engine.LocalState(coordinator.store)
                    .device_key()
                    .public_key(),
                    content_key=key,
                )
        # The old passphrase opens no newer seal either: joining with it is refused.
        thief = _organisation(tmp_path, "T", "ASBL Partie (bis)")
        try:
            with pytest.raises(PacteError) as refused:
                engine.setup_network(thief.store, where, secret=PASSPHRASE, org_secret=PASSPHRASE)
            assert refused.value.code == "sync_passphrase_old"  # and says it is the old one
        finally:
            thief.close()
    finally:
        coordinator.close()
        member.close()
        removed.close()


# --- over the real WebDAV server -----------------------------------------------------------


def test_revoke_and_change_over_webdav(
    tmp_path: Path, start_dav: Callable[..., Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PACTE_TEST_DAV_PASSWORD", "dav secret 1060")
    server = start_dav(user="pacte", password="dav secret 1060")
    monkeypatch.setenv("PACTE_ORG_PASSPHRASE", PASSPHRASE)
    location = engine.Location("webdav", server.url, "pacte", "PACTE_TEST_DAV_PASSWORD")
    stations: list[Workstation] = []
    try:
        for name in ("A", "B", "C"):
            store = Store.open(tmp_path / name, daily_backup=False)
            if name == "A":
                with UnitOfWork(store, worker_id="") as uow:
                    workers.init_organisation(
                        uow, name="ALE de Saint-Gilles", org_type="ale", worker="Ana"
                    )
                    uow.commit()
                engine.setup_org(store, location, kdf=CHEAP_KDF)
            else:
                engine.setup_org(store, location, worker=f"Worker {name}", kdf=CHEAP_KDF)
                workers.use_worker(store, f"Worker {name}")
            stations.append(Workstation(name, store, server.root))
        a, b, c = stations
        b.employer("Avant")
        for station in (b, a, c):
            assert station.sync().ok
        done = devices.revoke(a.store, b.store.device_id, secret=PASSPHRASE, kdf=CHEAP_KDF)
        assert done.epoch == 2
        assert b.sync().scopes[0].error_code == "sync_revoked"
        change_passphrase(a.store, "org", old=PASSPHRASE, new=NEW, kdf=CHEAP_KDF)
        a.employer("Après")
        assert a.sync().ok
        vault.forget_session()
        monkeypatch.delenv("PACTE_ORG_PASSPHRASE")
        engine.unlock(c.store, "org", NEW)
        assert c.sync().ok
        assert {"Avant", "Après"} <= names(c)
        assert sorted(epochs.ScopeKeys(engine.LocalState(c.store).vault, "org").keys) == [
            1,
            2,
            3,
        ]
        assert (server.root / "epochs").is_dir()
    finally:
        for station in stations:
            station.close()
