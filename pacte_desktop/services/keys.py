"""This workstation's keys as the interface handles them: the organisation's devices, revoking
one, unlocking the keys for the session, changing a scope's passphrase.

The rules live in ``sync/`` (``devices.py``, ``unlock.py``, ``passphrase_change.py``); this is
the door of the window and the command line to them. The window gives passphrases as
arguments, never through the environment or the store; the command line gives a source of
them (``services/passphrases.py``: environment variables, else its prompt) to
:func:`ensure_open`, and revokes without ``secret`` (the organisation's passphrase is then
taken from ``PACTE_ORG_PASSPHRASE`` or asked). Everything here reads or writes the store and
the shared folder: the window runs it on its runner, never on the GUI thread.
"""

from __future__ import annotations

from pacte_desktop.store.database import Store
from pacte_desktop.sync import devices as sync_devices
from pacte_desktop.sync import passphrase_change
from pacte_desktop.sync import unlock as sync_unlock
from pacte_desktop.sync.crypto import DEFAULT_KDF, Kdf
from pacte_desktop.sync.devices import Device, Revocation
from pacte_desktop.sync.passphrase_change import PassphraseChange
from pacte_desktop.sync.state import PassphraseSource

__all__ = [
    "DEFAULT_KDF",
    "Device",
    "Kdf",
    "change_passphrase",
    "devices",
    "ensure_open",
    "find_device",
    "revoke",
    "scope_names",
    "unlock",
]


def devices(store: Store) -> list[Device]:
    """The organisation's devices, this workstation's first (``sync_not_setup`` without one)."""
    return sync_devices.devices(store)


def find_device(store: Store, text: str) -> Device:
    """The device ``text`` names (its id, the start of it, or its name)."""
    return sync_devices.find_device(store, text)


def revoke(
    store: Store, device_id: str, *, secret: str | None = None, kdf: Kdf = DEFAULT_KDF
) -> Revocation:
    """Revoke a device: new content keys it cannot read; ``secret`` is the organisation's
    passphrase, which opens the organisation's key that signs the revocation (None: from
    ``PACTE_ORG_PASSPHRASE``, else asked: ``services/passphrases.py``)."""
    return sync_devices.revoke(store, device_id, secret=secret, kdf=kdf)


def ensure_open(store: Store, passphrases: PassphraseSource | None = None) -> None:
    """The keys open for this session, and none left in clear; ``sync_locked`` naming the scope
    whose passphrase is needed when ``passphrases`` cannot give it."""
    sync_unlock.ensure_open(store, passphrases)


def scope_names(store: Store, scope: str) -> tuple[str, ...]:
    """The names a new passphrase of ``scope`` must not be (the organisation's, the network's)."""
    return passphrase_change.scope_names(store, scope)


def unlock(store: Store, scope: str, passphrase: str) -> None:
    """Open, for this session, everything ``scope``'s passphrase opens (refused: nothing
    changes)."""
    sync_unlock.unlock(store, scope, passphrase)


def change_passphrase(
    store: Store, scope: str, *, old: str, new: str, kdf: Kdf = DEFAULT_KDF
) -> PassphraseChange:
    """Seal ``scope``'s keys under a new passphrase (the old one opens them first)."""
    return passphrase_change.change_passphrase(store, scope, old=old, new=new, kdf=kdf)
