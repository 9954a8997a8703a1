"""Keys at rest (issue 10, 2.6; sync/vault.py, sync/unlock.py) on real stores and real copies.

A copy of a workstation's data folder, or one of its backups restored on another computer, can
neither sync nor decrypt the shared folder; the credential store keeps the wrapping key where
there is one, the passphrase (once per session) where there is none; plaintext keys of an older
store are sealed at the first occasion, in the store and in its automatic backups, losing
nothing; a root created anew has new keys.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import json
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import keyring
import pytest
import sqlalchemy as sa
from workstations import CHEAP_KDF, PASSPHRASE, MemoryKeyring, OrgNet, Workstation

from pacte_desktop.domain.errors import PacteError
from pacte_desktop.services import workers
from pacte_desktop.store import backup
from pacte_desktop.store.database import Store
from pacte_desktop.store.unit_of_work import UnitOfWork
from pacte_desktop.sync import crypto, engine, vault


@pytest.fixture
def net(tmp_path: Path) -> Iterator[OrgNet]:
    n = OrgNet(tmp_path)
    yield n
    n.close()


def another_computer(monkeypatch: pytest.MonkeyPatch, *, with_keyring: bool = False) -> None:
    """What a thief's computer is: none of this process's unlocked keys, no passphrase in its
    environment, and its own credential store (or none)."""
    vault.forget_session()
    monkeypatch.delenv("PACTE_ORG_PASSPHRASE", raising=False)
    monkeypatch.delenv("PACTE_NETWORK_PASSPHRASE", raising=False)
    if with_keyring:
        keyring.set_keyring(MemoryKeyring())
    else:
        from keyring.backends import fail

        keyring.set_keyring(fail.Keyring())


def names(store: Store) -> set[str]:
    with store.reading() as conn:
        return {str(n) for (n,) in conn.execute(sa.text("SELECT name FROM employer"))}


def candidate_keys(data_dir: Path) -> set[bytes]:
    """Every 32-byte value that any text of any SQLite file of a data folder decodes to: what
    someone holding the folder would try as a content key."""
    found: set[bytes] = set()

    def walk(value: Any) -> None:
        if isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)
        elif isinstance(value, str):
            if value[:1] in "{[":
                with contextlib.suppress(json.JSONDecodeError):
                    walk(json.loads(value))
            for text in (value, value.split(":", 1)[-1]):
                try:
                    raw = base64.b64decode(text, validate=True)
                except (binascii.Error, ValueError):
                    continue
                if len(raw) == 32:
                    found.add(raw)

    for path in data_dir.rglob("*.sqlite"):
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            for (value,) in db.execute("SELECT value FROM local_state"):
                walk(value)
        finally:
            db.close()
    return found


def assert_nothing_decrypts(root: Path, keys: set[bytes]) -> None:
    """No key of ``keys`` opens any change file or snapshot of the root."""
    files = [*root.glob("log/*/*.chg"), *root.glob("snap/*.snap")]
    assert files and keys
    for path in files:
        data = path.read_bytes()
        header_length = int.from_bytes(data[8:12], "big")
        header = json.loads(data[12 : 12 + header_length])
        nonce = bytes.fromhex(header["nonce"])
        ciphertext = data[12 + header_length : -64]
        for key in keys:
            with pytest.raises(PacteError):
                crypto.aead_decrypt(key, nonce, ciphertext, data[12 : 12 + header_length], what="x")


def test_a_copied_data_folder_can_neither_sync_nor_decrypt(
    net: OrgNet, monkeypatch: pytest.MonkeyPatch, pacte
) -> None:  # type: ignore[no-untyped-def]
    a, b = net.first("A"), net.join("B")
    a.employer("Boulangerie du Parvis", notes="confidentiel")
    a.sync()
    b.sync()
    assert "Boulangerie du Parvis" in names(b.store)
    b.store.close()
    shared_before = sorted(p.relative_to(net.root) for p in net.root.rglob("*"))
    copy = net.tmp / "stolen" / "B"
    shutil.copytree(net.tmp / "B", copy)
    another_computer(monkeypatch)

    thief = Store.open(copy, daily_backup=False)
    try:
        summary = engine.sync_pass(thief)
        assert [s.error_code for s in summary.scopes] == ["sync_locked"]
        assert summary.locked == ["org"]
        assert "verrouillées" in (summary.scopes[0].error or "")
        with pytest.raises(PacteError) as err:
            engine.LocalState(thief).secret("org.content_key")
        assert err.value.code == "sync_locked"
        with pytest.raises(PacteError):
            engine.LocalState(thief).device_key()
    finally:
        thief.close()
    cli = pacte("sync", data_dir=copy)
    assert cli.code == 1 and "verrouillées" in cli.err
    assert_nothing_decrypts(net.root, candidate_keys(copy))
    assert sorted(p.relative_to(net.root) for p in net.root.rglob("*")) == shared_before


def test_a_backup_restored_on_another_computer_can_neither_sync_nor_decrypt(
    net: OrgNet, monkeypatch: pytest.MonkeyPatch, pacte
) -> None:  # type: ignore[no-untyped-def]
    a = net.first("A")
    a.employer("Garage Moderne")
    a.sync()
    saved = net.tmp / "usb" / "pacte.sqlite"
    assert pacte("backup", "-o", str(saved), data_dir=a.store.data_dir).code == 0
    another_computer(monkeypatch)
    elsewhere = net.tmp / "elsewhere"
    Store.open(elsewhere, daily_backup=False).close()
    assert pacte("restore", str(saved), data_dir=elsewhere).code == 0
    restored = pacte("employer", "list", "--json", data_dir=elsewhere)
    assert "Garage Moderne" in restored.out  # the records are there, the keys do not open
    cli = pacte("sync", data_dir=elsewhere)
    assert cli.code == 1 and "verrouillées" in cli.err
    assert_nothing_decrypts(net.root, candidate_keys(elsewhere))


def test_passphrase_mode_asks_once_per_session(
    net: OrgNet, monkeypatch: pytest.MonkeyPatch
) -> None:
    a = net.first("A")
    a.employer("Friterie Chez Eddy")
    assert vault.credential_store() is None
    assert engine.LocalState(a.store).vault.passphrase_seal() is not None
    vault.forget_session()  # the application restarts
    assert engine.sync_pass(a.store).scopes[0].error_code == "sync_locked"
    asked: list[str] = []

    def source(scope: str) -> str:
        asked.append(scope)
        return PASSPHRASE

    assert engine.sync_pass(a.store, passphrases=source).ok
    assert engine.sync_pass(a.store, passphrases=source).ok
    assert engine.sync_pass(a.store).ok  # the session keeps it
    assert asked == ["org"]
    vault.forget_session()
    with pytest.raises(PacteError) as err:
        engine.unlock(a.store, "org", "pas la phrase secrète")
    assert err.value.code == "sync_passphrase"
    assert engine.sync_pass(a.store).scopes[0].error_code == "sync_locked"


def test_keyring_mode_needs_no_passphrase_and_a_copy_elsewhere_stays_locked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    machine = MemoryKeyring()
    keyring.set_keyring(machine)
    net = OrgNet(tmp_path)
    try:
        a, b = net.first("A"), net.join("B")
        assert len(machine.entries) == 2  # one wrapping key per workstation
        a.employer("Atelier du Midi")
        a.sync()
        vault.forget_session()  # restarts: the credential store answers, nothing is asked
        monkeypatch.delenv("PACTE_ORG_PASSPHRASE")
        assert b.sync().ok
        assert "Atelier du Midi" in names(b.store)
        # The credential store's entry holds the wrapping key, never the sync keys themselves.
        stored = {crypto.b64decode(v, what="x") for v in machine.entries.values()}
        assert not stored & set(engine.LocalState(b.store).vault.read().values())
        b.store.close()
        shutil.copytree(tmp_path / "B", tmp_path / "copy")
        another_computer(monkeypatch, with_keyring=True)
        thief = Store.open(tmp_path / "copy", daily_backup=False)
        try:
            assert engine.sync_pass(thief).scopes[0].error_code == "sync_locked"
        finally:
            thief.close()
        assert_nothing_decrypts(net.root, candidate_keys(tmp_path / "copy"))
        # The workstation's own passphrase seal is its way back if its credential store
        # loses the entry (a new Windows profile): the organisation passphrase opens it.
        keyring.set_keyring(MemoryKeyring())
        b.store = Store.open(tmp_path / "B", daily_backup=False)
        assert engine.sync_pass(b.store).scopes[0].error_code == "sync_locked"
        engine.unlock(b.store, "org", PASSPHRASE)
        assert engine.sync_pass(b.store).ok
    finally:
        net.close()


# --- migration of the plaintext keys of an older store ---------------------------------------


def legacy_workstation(tmp: Path, root: Path) -> Store:
    """A workstation as the application before the vault left it: its organisation's root
    sealed with scrypt n=2**15, and every key in base64 in ``local_state``."""
    store = Store.open(tmp / "legacy", daily_backup=False)
    with UnitOfWork(store, worker_id="") as uow:
        workers.init_organisation(
            uow, name="Maison de l'emploi", org_type="cpas", worker="Karim Benali"
        )
        uow.commit()
    org_id = str(store.local("organisation_id"))
    org_key, device_key = crypto.generate_signing_key(), crypto.generate_signing_key()
    content_key = crypto.generate_content_key()
    sealed = crypto.seal_with_passphrase(
        {"org_private_key": crypto.private_key_bytes(org_key), "content_key": content_key},
        PASSPHRASE,
        kdf=crypto.Kdf.scrypt(n=2**15),
    )
    body = {
        "id": org_id,
        "name": "Maison de l'emploi",
        "protocol": [1, 1],
        "min_app": "0.1.0",
        "org_public_key": crypto.b64encode(crypto.public_key_bytes(org_key)),
        "sealed": sealed,
        "created_at": "2025-11-03T09:00:00+00:00",
    }
    for directory in ("keys", "log", "snap", "acks", f"log/{store.device_id}"):
        (root / directory).mkdir(parents=True, exist_ok=True)
    document = crypto.sign_document(engine.ORG_ROOT_TYPE, body, org_key)
    (root / "ORG.json").write_text(json.dumps(document, indent=1, sort_keys=True))
    cert = crypto.issue_certificate(
        org_private_key=org_key,
        org_id=org_id,
        device_id=store.device_id,
        device_public_key=device_key.public_key(),
    )
    (root / "keys" / f"{store.device_id}.json").write_text(json.dumps(cert))
    location = engine.Location("folder", str(root))
    plain = {
        "sync.device_key": crypto.b64encode(crypto.private_key_bytes(device_key)),
        "sync.org.private_key": crypto.b64encode(crypto.private_key_bytes(org_key)),
        "sync.org.content_key": crypto.b64encode(content_key),
        "sync.org.location": location.to_json(),
        "sync.org.root_id": org_id,
        "sync.org.root_key": body["org_public_key"],
    }
    for key, value in plain.items():
        store.set_local(key, value)
    return store


def secrets_of(store: Store) -> list[bytes]:
    return [
        crypto.b64decode(store.local(k), what=k)
        for k in ("sync.device_key", "sync.org.private_key", "sync.org.content_key")
    ]


def test_plaintext_keys_are_sealed_at_the_first_passphrase_losing_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "root"
    store = legacy_workstation(tmp_path, root)
    try:
        eid = Workstation("L", store, root).employer("Imprimerie Lambert")
        plain = secrets_of(store)
        taken = backup.take(store.path, store.data_dir / backup.BACKUP_DIR, "daily")
        assert all(crypto.b64encode(k).encode() in taken.read_bytes() for k in plain)
        # No credential store, no passphrase: the pass waits, and loses nothing.
        monkeypatch.delenv("PACTE_ORG_PASSPHRASE", raising=False)
        summary = engine.sync_pass(store)
        assert summary.scopes[0].error_code == "sync_locked"
        assert secrets_of(store) == plain
        # The first passphrase given seals them; the pass goes on as before.
        assert engine.sync_pass(store, passphrases=lambda scope: PASSPHRASE).ok
        for key in vault.LEGACY_KEYS:
            assert store.local(key) is None
        secrets = engine.LocalState(store).vault.read()
        assert secrets["device_key"] == plain[0]
        assert secrets["org.content_key.1"] == plain[2]
        assert "org.private_key" not in secrets  # the root holds it, under the passphrase
        store.close()
        for path in [*tmp_path.joinpath("legacy").rglob("*")]:
            if path.is_file():
                data = path.read_bytes()
                for key in plain:
                    assert crypto.b64encode(key).encode() not in data, path
        store = Store.open(tmp_path / "legacy", daily_backup=False)
        # The file written before the migration and after are read by a new workstation.
        joiner = Store.open(tmp_path / "J", daily_backup=False)
        monkeypatch.setenv("PACTE_ORG_PASSPHRASE", PASSPHRASE)
        engine.setup_org(
            joiner, engine.Location("folder", str(root)), worker="Julie", kdf=CHEAP_KDF
        )
        workers.use_worker(joiner, "Julie")
        assert "Imprimerie Lambert" in names(joiner)
        joiner.close()
        # The backup, restored here, still syncs (its keys were replaced by the sealed vault).
        backup.restore(store.path, taken)
        store.close()
        store = Store.open(tmp_path / "legacy", daily_backup=False)
        assert engine.sync_pass(store).ok
        assert eid
    finally:
        store.close()


def test_plaintext_keys_are_sealed_at_once_with_a_credential_store(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "root"
    store = legacy_workstation(tmp_path, root)
    try:
        plain = secrets_of(store)
        keyring.set_keyring(MemoryKeyring())
        monkeypatch.delenv("PACTE_ORG_PASSPHRASE", raising=False)
        assert engine.sync_pass(store).ok
        assert all(store.local(k) is None for k in vault.LEGACY_KEYS)
        assert engine.LocalState(store).vault.read()["device_key"] == plain[0]
    finally:
        store.close()


def test_a_root_created_anew_has_new_keys_and_carries_everything(
    net: OrgNet, monkeypatch: pytest.MonkeyPatch
) -> None:
    """After a theft, the organisation moves to a new folder with a new passphrase: the new
    root shares no key with the old one, and its joiners receive everything."""
    a, b = net.first("A"), net.join("B")
    b.employer("Chez Bernadette")  # written on another workstation than the one that moves
    b.sync()
    a.employer("Chez Albert")
    a.sync()
    old_root = json.loads((net.root / "ORG.json").read_text())
    old_key = engine.LocalState(a.store).secret("org.content_key")
    new_folder = net.tmp / "new-root"
    new_folder.mkdir()
    new_passphrase = "quatre chats roux au marché"
    engine.setup_org(
        a.store, engine.Location("folder", str(new_folder)), secret=new_passphrase, kdf=CHEAP_KDF
    )
    new_root = json.loads((new_folder / "ORG.json").read_text())
    assert new_root["org_public_key"] != old_root["org_public_key"]
    new_key = engine.LocalState(a.store).secret("org.content_key")
    assert new_key != old_key
    assert_nothing_decrypts(new_folder, {old_key} if old_key else set())
    monkeypatch.setenv("PACTE_ORG_PASSPHRASE", new_passphrase)
    fresh = Store.open(net.tmp / "N", daily_backup=False)
    try:
        engine.setup_org(
            fresh, engine.Location("folder", str(new_folder)), worker="Nadia", kdf=CHEAP_KDF
        )
        workers.use_worker(fresh, "Nadia")
        assert {"Chez Bernadette", "Chez Albert"} <= names(fresh)
    finally:
        fresh.close()
    # The old passphrase opens nothing of the new root.
    with pytest.raises(PacteError):
        crypto.open_with_passphrase(new_root["sealed"], PASSPHRASE, what="ORG.json")


def test_a_root_naming_gigabytes_for_its_kdf_is_refused_before_deriving(
    tmp_path: Path,
) -> None:
    """A forged root (self-signed) in a folder one is invited to join: its seal asks for
    4 GiB; joining refuses it at once, allocating nothing, and configures nothing."""
    import time

    root = tmp_path / "forged"
    root.mkdir()
    key = crypto.generate_signing_key()
    sealed = crypto.seal_with_passphrase(
        {"org_private_key": crypto.private_key_bytes(key), "content_key": bytes(32)},
        PASSPHRASE,
        kdf=crypto.Kdf.argon2id(t=1, m=64, p=1),
    )
    sealed["m"] = 4 * 1024 * 1024
    body = {
        "id": "8f7a2c1e-0000-4000-8000-000000000000",
        "name": "Organisation piégée",
        "protocol": [1, 1],
        "min_app": "0.1.0",
        "org_public_key": crypto.b64encode(crypto.public_key_bytes(key)),
        "sealed": sealed,
        "created_at": "2026-01-01T00:00:00+00:00",
    }
    document = crypto.sign_document(engine.ORG_ROOT_TYPE, body, key)
    (root / "ORG.json").write_text(json.dumps(document))
    store = Store.open(tmp_path / "S", daily_backup=False)
    try:
        start = time.monotonic()
        with pytest.raises(PacteError) as err:
            engine.setup_org(
                store, engine.Location("folder", str(root)), worker="W", secret=PASSPHRASE
            )
        assert err.value.code == "sync_corrupt"
        assert time.monotonic() - start < 2.0
        assert not engine.LocalState(store).configured("org")
    finally:
        store.close()
