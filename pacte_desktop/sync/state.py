"""The sync state a workstation keeps in its store's ``local_state``, and the passphrases asked
of its user.

Cursors, locations and pinned public keys are kept in clear: they are no secret. Every secret
key is in the sealed vault (``vault.py``), reached through :class:`LocalState`; the
organisation's signing key is not among them (it is opened from its root's seal when needed).

A passphrase comes from the caller (the window's dialogs), else from its environment variable,
else from whoever :data:`ASK` names: sync never talks to a terminal itself; the command line
registers its prompt there. With nobody to ask, the error names the variable to set.
"""

from __future__ import annotations

import os
import socket
from collections.abc import Callable

import sqlalchemy as sa
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from pacte_desktop.domain import passphrase as strength
from pacte_desktop.domain.errors import PacteError
from pacte_desktop.store.database import Store
from pacte_desktop.sync import crypto
from pacte_desktop.sync.location import Location
from pacte_desktop.sync.vault import Vault

#: The shortest passphrase accepted when typed to join or unlock; a new passphrase must also
#: pass ``domain/passphrase.py`` (at least 12 characters, varied, not a name, not common).
MIN_PASSPHRASE = 8
#: Where the command line finds each scope's passphrase.
PASSPHRASE_ENV = {"org": "PACTE_ORG_PASSPHRASE", "network": "PACTE_NETWORK_PASSPHRASE"}
#: The field an error about a scope's keys names ("organisation", "réseau").
SCOPE_FIELD = {"org": "organisation", "network": "network"}

#: Gives a scope's passphrase when one is needed (None: not now); see :func:`asked`.
PassphraseSource = Callable[[str], "str | None"]
#: Asks the user for a passphrase: ``(what, check)`` gives the passphrase typed, or None when
#: nobody can be asked. ``check`` (a new passphrase) is called on the first typing, before the
#: user types it again to confirm it.
Ask = Callable[[str, "Callable[[str], None] | None"], "str | None"]
#: Who is asked when a passphrase is neither given nor in its environment variable: the
#: command line puts its terminal prompt here; empty (the window, the tests): nobody.
ASK: list[Ask] = []


# --- local keys and state ----------------------------------------------------------------------


class LocalState:
    """The sync cursors kept in the store's ``local_state`` (never replicated), and the
    secrets of its vault."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.vault = Vault(store)

    def get(self, key: str) -> str | None:
        return self.store.local(f"sync.{key}")

    def set(self, key: str, value: str, conn: sa.Connection | None = None) -> None:
        self.store.set_local(f"sync.{key}", value, conn=conn)

    def secret(self, key: str) -> bytes | None:
        """A secret of the vault (``sync_locked`` when it is locked, None when absent).

        ``org.content_key`` and ``network.content_key`` name the key that new files of that
        scope are written with: the newest epoch's.
        """
        secrets = self.vault.read()
        if key in ("org.content_key", "network.content_key"):
            prefix = key + "."
            epochs = [
                int(n[len(prefix) :])
                for n in secrets
                if n.startswith(prefix) and n[len(prefix) :].isdigit()
            ]
            return secrets[f"{prefix}{max(epochs)}"] if epochs else None
        return secrets.get(key)

    def set_secret(self, key: str, value: bytes, conn: sa.Connection | None = None) -> None:
        """Put a secret in the vault (which must exist and be open)."""
        if conn is not None:
            self.vault.update(conn, put={key: value})
            return
        with self.store.engine.begin() as own:
            self.vault.update(own, put={key: value})

    def location(self, scope: str) -> Location | None:
        text = self.get(f"{scope}.location")
        return Location.from_json(text) if text else None

    def configured(self, scope: str) -> bool:
        return self.location(scope) is not None

    def device_key(self, conn: sa.Connection | None = None) -> Ed25519PrivateKey:
        """This device's signing key (made on first need; the vault must exist and be open)."""
        raw = self.vault.read(conn).get("device_key")
        if raw is None:
            key = crypto.generate_signing_key()
            self.set_secret("device_key", crypto.private_key_bytes(key), conn)
            return key
        return crypto.private_key_from_bytes(raw)

    def box_key(self, conn: sa.Connection | None = None) -> X25519PrivateKey:
        """This device's X25519 key, that new content keys are sealed to (made on first need)."""
        raw = self.vault.read(conn).get("device_box_key")
        if raw is None:
            key = crypto.generate_box_key()
            self.set_secret("device_box_key", crypto.box_private_bytes(key), conn)
            return key
        return crypto.box_key_from_bytes(raw)


def who(store: Store, conn: sa.Connection | None = None) -> dict[str, str]:
    """This workstation as a certificate or a key epoch names it: device, worker, host name."""
    worker_id = store.local("worker_id", conn=conn)
    name = ""
    if worker_id:
        query = sa.text("SELECT name FROM worker WHERE id = :id")
        if conn is not None:
            name = conn.execute(query, {"id": worker_id}).scalar_one_or_none() or ""
        else:
            with store.reading() as own:
                name = own.execute(query, {"id": worker_id}).scalar_one_or_none() or ""
    return {"device_id": store.device_id, "worker": str(name), "hostname": socket.gethostname()}


def passphrase(
    env: str,
    what: str,
    *,
    confirm: bool = False,
    names: tuple[str, ...] = (),
) -> str:
    """The passphrase from ``env``, else asked (:data:`ASK`); a clear error otherwise.

    ``confirm``: a new passphrase, typed twice and checked for strength (``names``: the
    organisation's or network's names it must not be)."""
    value = os.environ.get(env)
    if value is None:

        def check(typed: str) -> None:
            strength.check_new(typed, names=names)

        value = ASK[0](what, check if confirm else None) if ASK else None
        if value is None:
            raise PacteError("passphrase", "passphrase_required", value=env)
    return checked(value, new=confirm, names=names)


def checked(value: str, *, new: bool, names: tuple[str, ...] = ()) -> str:
    """``value`` if it may be used: a new passphrase must be strong; any other long enough."""
    if new:
        strength.check_new(value, names=names)
    elif len(value) < MIN_PASSPHRASE:
        raise PacteError("passphrase", "passphrase_short", min=MIN_PASSPHRASE)
    return value


def given_or_asked(
    secret: str | None,
    env: str,
    what: str,
    *,
    confirm: bool = False,
    names: tuple[str, ...] = (),
) -> str:
    """The passphrase the caller typed in (the UI confirms it itself), else :func:`passphrase`."""
    if secret is None:
        return passphrase(env, what, confirm=confirm, names=names)
    return checked(secret, new=confirm, names=names)


def asked(*, prompt: bool = True) -> PassphraseSource:
    """A source of passphrases for the command line: each scope's environment variable, else
    (``prompt``) asked (:data:`ASK`), once per scope and process."""
    typed: dict[str, str] = {}

    def source(scope: str) -> str | None:
        value = os.environ.get(PASSPHRASE_ENV[scope])
        if value is not None:
            return value
        if scope in typed:
            return typed[scope]
        if not (prompt and ASK):
            return None
        label = "organisation passphrase" if scope == "org" else "network passphrase"
        value = ASK[0](label, None)
        if value is not None:
            typed[scope] = value
        return value

    return source


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
