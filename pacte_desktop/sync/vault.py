"""The secrets a workstation keeps, sealed at rest (issue 10, 2.6).

The rule: no sync secret is ever stored in clear, and a copy of the data folder or of a backup
alone opens none of them.

- **The vault.** The device's signing key, its X25519 key, the content keys of every key epoch
  of both scopes, the coordinator's key and — only on a workstation whose organisation has no
  root to hold it — the organisation's own key, form one bundle: canonical JSON encrypted with
  ChaCha20-Poly1305 under a random 32-byte *wrapping key*, with the device id and the vault's
  id as associated data (a vault copied into another store does not open). It lives in the
  store's ``local_state`` as ``sync.vault``.
- **The wrapping key** is kept by the operating system's credential store through ``keyring``
  (Windows Credential Manager, macOS Keychain, Secret Service) when a real backend answers —
  not keyring's fail or null backends, nor a plaintext file (:func:`credential_store`). The
  entry is ``Pacte Desktop`` / ``sync-<device>-<vault id>``.
- **The passphrase seal.** The wrapping key is also sealed (``sync.vault.passphrase``) by a
  passphrase key: the key that the organisation's passphrase gives with the settings (KDF,
  salt) of the root or key-epoch seal this workstation last opened — the network's passphrase
  on a workstation that has only a network. A workstation without a credential store unlocks
  with the passphrase once per session; one whose credential store lost the entry recovers
  with it. Since the passphrase key is the one of an organisation-wide seal, a key epoch made
  by a passphrase change carries the previous passphrase keys under the new one
  (``epochs.py``): typing the new passphrase unlocks every workstation, and the local seal is
  then renewed under the new key.
- **The session.** Once unlocked, the wrapping key stays in this process's memory, keyed by
  the store's path and the vault's id, and is written nowhere else. A copied data folder (at
  another path, on another machine) starts locked.
- **Migration.** A store written before the vault keeps its keys in base64
  (:data:`LEGACY_KEYS`). They move into the vault at the first occasion — at once with a
  credential store, else the first time the passphrase is given — in one transaction that
  writes the vault and deletes the plaintext. The organisation key is not kept when the
  organisation's root holds it under the passphrase (it is opened from there when needed).

``sync_locked`` (field ``sync``, ``value`` the scope whose passphrase unlocks) is raised by any
read of a locked vault; nothing is written then.
"""

from __future__ import annotations

import json
import logging
import os
import secrets as random
import sqlite3
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from pacte_desktop.domain.errors import PacteError
from pacte_desktop.store.backup import BACKUP_DIR
from pacte_desktop.store.database import Store
from pacte_desktop.sync import crypto

log = logging.getLogger(__name__)

VAULT = "sync.vault"
PASSPHRASE_SEAL = "sync.vault.passphrase"
KEYRING_FLAG = "sync.vault.keyring"
KEYRING_SERVICE = "Pacte Desktop"
#: Keys that stores written before the vault kept in clear (base64), and where they go.
LEGACY_KEYS = {
    "sync.device_key": "device_key",
    "sync.org.private_key": "org.private_key",
    "sync.org.content_key": "org.content_key.1",
    "sync.network.content_key": "network.content_key.1",
    "sync.network.coordinator_key": "network.coordinator_key",
}

# The wrapping keys unlocked in this process: (store path, vault id) -> key.
_session: dict[tuple[str, str], bytes] = {}


def forget_session() -> None:
    """Lock every vault of this process again (the application quits; tests)."""
    _session.clear()


def credential_store() -> Any | None:
    """The OS credential store's keyring backend, or None when there is no real one."""
    try:
        import keyring
        from keyring.backends import chainer, fail, null
    except ImportError:  # pragma: no cover - a declared dependency
        return None

    def real(backend: object) -> bool:
        if isinstance(backend, fail.Keyring | null.Keyring | chainer.ChainerBackend):
            return False
        kind = type(backend)
        if "plaintext" in kind.__name__.lower() or kind.__module__.startswith("keyrings.alt"):
            return False
        try:
            return float(getattr(backend, "priority", 0)) > 0
        except Exception:  # a backend that cannot even say whether it works
            return False

    try:
        backend = keyring.get_keyring()
    except Exception as exc:
        log.info("no credential store: %s", exc)
        return None
    if isinstance(backend, chainer.ChainerBackend):
        usable = [b for b in backend.backends if real(b)]
        return usable[0] if usable else None
    return backend if real(backend) else None


def _vault_ad(device_id: str, vault_id: str) -> bytes:
    return f"pacte-vault-v1:{device_id}:{vault_id}".encode()


def _purpose(vault_id: str) -> bytes:
    return f"pacte-vault-key:{vault_id}".encode()


class Vault:
    """The sealed secrets of one store (see the module docstring)."""

    def __init__(self, store: Store) -> None:
        self.store = store

    # -- what is stored ----------------------------------------------------------------------
    def _record(self, conn: sa.Connection | None = None) -> dict[str, Any] | None:
        text = self.store.local(VAULT, conn=conn)
        if not text:
            return None
        record = json.loads(text)
        if not isinstance(record, dict) or not isinstance(record.get("id"), str):
            raise PacteError("sync", "sync_corrupt", value=VAULT, reason="vault_malformed")
        return record

    def exists(self, conn: sa.Connection | None = None) -> bool:
        return self._record(conn) is not None

    def vault_id(self) -> str | None:
        record = self._record()
        return str(record["id"]) if record else None

    def passphrase_seal(self, conn: sa.Connection | None = None) -> dict[str, Any] | None:
        """``{scope, epoch, seal}``: the wrapping key sealed by a scope's passphrase key."""
        text = self.store.local(PASSPHRASE_SEAL, conn=conn)
        return json.loads(text) if text else None

    def legacy(self) -> dict[str, bytes]:
        """The keys a store written before the vault keeps in clear."""
        found = {}
        for key, name in LEGACY_KEYS.items():
            text = self.store.local(key)
            if text:
                found[name] = crypto.b64decode(text, what=key)
        return found

    def _session_key(self, vault_id: str) -> tuple[str, str]:
        return (str(self.store.path.resolve()), vault_id)

    # -- the wrapping key --------------------------------------------------------------------
    def _keyring_user(self, vault_id: str) -> str:
        return f"sync-{self.store.device_id}-{vault_id}"

    def _from_keyring(self, vault_id: str, conn: sa.Connection | None = None) -> bytes | None:
        if self.store.local(KEYRING_FLAG, conn=conn) != "1":
            return None
        backend = credential_store()
        if backend is None:
            return None
        try:
            text = backend.get_password(KEYRING_SERVICE, self._keyring_user(vault_id))
        except Exception as exc:
            log.info("credential store unreadable: %s", exc)
            return None
        if not text:
            return None
        try:
            return crypto.b64decode(text, what="keyring", size=crypto.KEY_SIZE)
        except PacteError:
            return None

    def _to_keyring(self, vault_id: str, key: bytes) -> bool:
        backend = credential_store()
        if backend is None:
            return False
        try:
            backend.set_password(
                KEYRING_SERVICE, self._keyring_user(vault_id), crypto.b64encode(key)
            )
        except Exception as exc:
            log.info("credential store refused the key: %s", exc)
            return False
        return True

    def wrapping_key(self, conn: sa.Connection | None = None) -> bytes | None:
        """The wrapping key if this session or the credential store holds it, else None."""
        record = self._record(conn)
        if record is None:
            return None
        vault_id = str(record["id"])
        key = _session.get(self._session_key(vault_id))
        if key is None:
            key = self._from_keyring(vault_id, conn)
            if key is not None:
                try:
                    self._check(record, key)
                except PacteError:  # an entry that does not open this vault: locked
                    return None
                _session[self._session_key(vault_id)] = key
        return key

    def _check(self, record: Mapping[str, Any], key: bytes) -> dict[str, bytes]:
        data = crypto.b64decode(record.get("data"), what=VAULT)
        plaintext = crypto.decrypt(
            key, data, _vault_ad(self.store.device_id, str(record["id"])), what=VAULT
        )
        bundle = json.loads(plaintext.decode("utf-8"))
        if not isinstance(bundle, dict):
            raise PacteError("sync", "sync_corrupt", value=VAULT, reason="vault_malformed")
        return {str(k): crypto.b64decode(v, what=VAULT) for k, v in bundle.items()}

    def is_open(self) -> bool:
        return self._record() is None or self.wrapping_key() is not None

    def locked_scope(self) -> str:
        """The scope whose passphrase unlocks this vault (for ``sync_locked``)."""
        seal = self.passphrase_seal()
        return str(seal["scope"]) if seal else "org"

    def _locked(self) -> PacteError:
        return PacteError("sync", "sync_locked", value=self.locked_scope())

    # -- reading and writing secrets ---------------------------------------------------------
    def read(self, conn: sa.Connection | None = None) -> dict[str, bytes]:
        """Every secret; ``{}`` without a vault; ``sync_locked`` when it cannot be opened."""
        record = self._record(conn)
        if record is None:
            return {}
        key = self.wrapping_key(conn)
        if key is None:
            raise self._locked()
        return self._check(record, key)

    def write(self, secrets: Mapping[str, bytes], conn: sa.Connection) -> None:
        """Replace the secrets (the vault must exist and be open)."""
        record = self._record(conn)
        if record is None:
            raise ValueError("no vault to write to: create it first")
        key = self.wrapping_key(conn)
        if key is None:
            raise self._locked()
        self._store(record["id"], key, secrets, conn)

    def _store(
        self, vault_id: str, key: bytes, secrets: Mapping[str, bytes], conn: sa.Connection
    ) -> None:
        bundle = crypto.canonical_json({k: crypto.b64encode(v) for k, v in sorted(secrets.items())})
        data = crypto.encrypt(key, bundle, _vault_ad(self.store.device_id, vault_id))
        record = {"version": 1, "id": vault_id, "data": crypto.b64encode(data)}
        self.store.set_local(VAULT, json.dumps(record, sort_keys=True), conn=conn)

    def update(
        self,
        conn: sa.Connection,
        put: Mapping[str, bytes] | None = None,
        remove: tuple[str, ...] | list[str] = (),
    ) -> None:
        """Remove ``remove``, then put ``put`` (so a name may be replaced)."""
        secrets = self.read(conn)
        for name in remove:
            secrets.pop(name, None)
        secrets.update(put or {})
        self.write(secrets, conn)

    # -- creating and unlocking --------------------------------------------------------------
    def create(
        self,
        conn: sa.Connection,
        *,
        passphrase_key: crypto.PassphraseKey | None,
        scope: str | None,
        epoch: int = 1,
        secrets: Mapping[str, bytes] | None = None,
    ) -> None:
        """A new vault with a new wrapping key, kept by the credential store when there is
        one and sealed by ``passphrase_key`` (of ``scope``'s ``epoch``) when it is given.

        ``sync_locked`` if neither can keep the wrapping key: nothing is written then.
        """
        if self._record(conn) is not None:
            raise ValueError("this store already has a vault")
        vault_id = random.token_hex(8)
        key = os.urandom(crypto.KEY_SIZE)
        in_keyring = self._to_keyring(vault_id, key)
        if not in_keyring and passphrase_key is None:
            raise PacteError("sync", "sync_locked", value=scope or "org")
        self._store(vault_id, key, secrets or {}, conn)
        self.store.set_local(KEYRING_FLAG, "1" if in_keyring else "0", conn=conn)
        if passphrase_key is not None and scope is not None:
            self._seal(vault_id, key, passphrase_key, scope, epoch, conn)
        _session[self._session_key(vault_id)] = key

    def _seal(
        self,
        vault_id: str,
        key: bytes,
        passphrase_key: crypto.PassphraseKey,
        scope: str,
        epoch: int,
        conn: sa.Connection,
    ) -> None:
        seal = crypto.seal_with_key(
            {"wrapping_key": key}, passphrase_key, purpose=_purpose(vault_id)
        )
        record = {"scope": scope, "epoch": epoch, "seal": seal}
        self.store.set_local(PASSPHRASE_SEAL, json.dumps(record, sort_keys=True), conn=conn)

    def reseal(
        self,
        conn: sa.Connection,
        passphrase_key: crypto.PassphraseKey,
        *,
        scope: str,
        epoch: int,
    ) -> None:
        """Seal the (open) wrapping key under another passphrase key, e.g. after a
        passphrase change, or the organisation's once it has a root."""
        record = self._record(conn)
        key = self.wrapping_key(conn)
        if record is None or key is None:
            raise self._locked()
        self._seal(str(record["id"]), key, passphrase_key, scope, epoch, conn)
        if self.store.local(KEYRING_FLAG, conn=conn) != "1" and self._to_keyring(
            str(record["id"]), key
        ):
            self.store.set_local(KEYRING_FLAG, "1", conn=conn)

    def unlock(self, passphrase_key: crypto.PassphraseKey) -> bool:
        """Open the vault with the key of its passphrase seal; False if it is not that key.

        The wrapping key is kept for the session, and put in the credential store if one has
        appeared since the vault was made."""
        record = self._record()
        seal = self.passphrase_seal()
        if record is None or seal is None:
            return False
        vault_id = str(record["id"])
        try:
            opened = crypto.open_with_key(
                seal["seal"], passphrase_key, what=VAULT, purpose=_purpose(vault_id)
            )
        except PacteError as exc:
            if exc.code == "sync_passphrase":
                return False
            raise
        key = opened.get("wrapping_key", b"")
        self._check(record, key)
        _session[self._session_key(vault_id)] = key
        if self.store.local(KEYRING_FLAG) != "1" and self._to_keyring(vault_id, key):
            self.store.set_local(KEYRING_FLAG, "1")
        return True

    def migrate(
        self,
        *,
        passphrase_key: crypto.PassphraseKey | None,
        scope: str | None,
        epoch: int = 1,
        keep_org_key: bool,
    ) -> bool:
        """Move the plaintext keys of an older store into a new vault and delete them, in one
        transaction; then the same in the automatic backups beside the store. False (nothing
        changed) when there is nothing to migrate; ``sync_locked`` when neither a credential
        store nor ``passphrase_key`` can keep the wrapping key."""
        found = self.legacy()
        if not found or self.exists():
            return False
        if not keep_org_key:
            found.pop("org.private_key", None)
        with self.store.engine.begin() as conn:
            self.create(
                conn, passphrase_key=passphrase_key, scope=scope, epoch=epoch, secrets=found
            )
            self._delete_legacy(conn)
        self._forget_freed_pages()
        scrub_backups(self.store)
        return True

    def drop_legacy(self) -> None:
        """Delete the plaintext keys of a store that never finished a setup (no scope uses
        them: no certificate names its device key)."""
        with self.store.engine.begin() as conn:
            self._delete_legacy(conn)
        self._forget_freed_pages()
        scrub_backups(self.store)

    @staticmethod
    def _delete_legacy(conn: sa.Connection) -> None:
        # secure_delete overwrites the deleted values in the file instead of leaving them in a
        # free page that a copy of the file would still hold.
        conn.exec_driver_sql("PRAGMA secure_delete = ON")
        conn.execute(
            sa.text("DELETE FROM local_state WHERE key IN :keys").bindparams(
                sa.bindparam("keys", expanding=True)
            ),
            {"keys": list(LEGACY_KEYS)},
        )

    def _forget_freed_pages(self) -> None:
        """Move the write-ahead log into the file and empty it: the pages that held the
        plaintext keys before the deletion are gone from both."""
        with self.store.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")


def scrub_backups(store: Store) -> list[Path]:
    """Replace the plaintext keys in the automatic backups beside the store by the store's
    sealed vault (the same keys, sealed: a backup restored here still syncs, one copied
    elsewhere opens nothing). Backups written elsewhere on request (``pacte backup -o``) are
    out of reach and keep what they held. Returns the backups changed."""
    folder = store.data_dir / BACKUP_DIR
    rows = {
        key: store.local(key)
        for key in (VAULT, PASSPHRASE_SEAL, KEYRING_FLAG)
        if store.local(key) is not None
    }
    changed = []
    for path in sorted(folder.glob("*.sqlite")) if folder.is_dir() else []:
        try:
            db = sqlite3.connect(path)
        except sqlite3.Error:
            continue
        try:
            marks = ",".join("?" for _ in LEGACY_KEYS)
            found = db.execute(
                f"SELECT count(*) FROM local_state WHERE key IN ({marks})", list(LEGACY_KEYS)
            ).fetchone()[0]
            if not found:
                continue
            db.execute("PRAGMA secure_delete = ON")
            with db:
                db.execute(f"DELETE FROM local_state WHERE key IN ({marks})", list(LEGACY_KEYS))
                db.executemany(
                    "INSERT INTO local_state(key, value) VALUES (?, ?) "
                    "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                    list(rows.items()),
                )
            db.execute("VACUUM")
            changed.append(path)
        except sqlite3.Error as exc:
            log.warning("backup %s not scrubbed: %s", path, exc)
        finally:
            db.close()
    return changed
