"""The sync keys and cursors a workstation keeps in its store's ``local_state``, and the
passphrases asked of its user."""

from __future__ import annotations

import getpass
import os
import sys

import sqlalchemy as sa
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from pacte_desktop.domain.errors import PacteError
from pacte_desktop.store.database import Store
from pacte_desktop.sync import crypto
from pacte_desktop.sync.location import Location

MIN_PASSPHRASE = 8


# --- local keys and state ----------------------------------------------------------------------


class LocalState:
    """The sync keys and cursors kept in the store's ``local_state`` (never replicated)."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def get(self, key: str) -> str | None:
        return self.store.local(f"sync.{key}")

    def set(self, key: str, value: str, conn: sa.Connection | None = None) -> None:
        self.store.set_local(f"sync.{key}", value, conn=conn)

    def secret(self, key: str) -> bytes | None:
        text = self.get(key)
        return crypto.b64decode(text, what=key) if text else None

    def set_secret(self, key: str, value: bytes, conn: sa.Connection | None = None) -> None:
        self.set(key, crypto.b64encode(value), conn)

    def location(self, scope: str) -> Location | None:
        text = self.get(f"{scope}.location")
        return Location.from_json(text) if text else None

    def configured(self, scope: str) -> bool:
        return self.location(scope) is not None

    def device_key(self) -> Ed25519PrivateKey:
        raw = self.secret("device_key")
        if raw is None:
            key = crypto.generate_signing_key()
            self.set_secret("device_key", crypto.private_key_bytes(key))
            return key
        return crypto.private_key_from_bytes(raw)

    def org_key(self) -> Ed25519PrivateKey | None:
        raw = self.secret("org.private_key")
        return crypto.private_key_from_bytes(raw) if raw else None


def passphrase(env: str, what: str, *, confirm: bool = False) -> str:
    """The passphrase from ``env``, else typed in on a terminal; a clear error otherwise."""
    value = os.environ.get(env)
    if value is None:
        if not sys.stdin.isatty():
            raise PacteError("passphrase", "passphrase_required", value=env)
        value = getpass.getpass(f"{what}: ")
        if confirm and getpass.getpass(f"{what} (again): ") != value:
            raise PacteError("passphrase", "passphrase_mismatch")
    if len(value) < MIN_PASSPHRASE:
        raise PacteError("passphrase", "passphrase_short", min=MIN_PASSPHRASE)
    return value


def given_or_asked(secret: str | None, env: str, what: str, *, confirm: bool = False) -> str:
    """The passphrase the caller typed in (the UI confirms it itself), else :func:`passphrase`."""
    if secret is None:
        return passphrase(env, what, confirm=confirm)
    if len(secret) < MIN_PASSPHRASE:
        raise PacteError("passphrase", "passphrase_short", min=MIN_PASSPHRASE)
    return secret


def has_unpublished(store: Store) -> bool:
    """Whether this device journalled anything the organisation scope has not published.

    Reads only the journal after the publishing cursor (a range of the primary key), so it
    costs what is new, not the size of the journal."""
    cursor = int(store.local("sync.org.published_seq") or 0)
    with store.reading() as conn:
        return (
            conn.execute(
                sa.text("SELECT 1 FROM journal WHERE seq > :c AND device_id = :d LIMIT 1"),
                {"c": cursor, "d": store.device_id},
            ).first()
            is not None
        )
