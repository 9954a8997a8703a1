"""This workstation's keys as the interface handles them: the organisation's devices, revoking
one, unlocking the keys for the session, changing a scope's passphrase.

The rules live in ``sync/`` (``devices.py``, ``unlock.py``, ``passphrase_change.py``); this is
the interface's door to them. Passphrases go in as arguments, never through the environment or
the store. Everything here reads or writes the store and the shared folder: the interface runs
it on its runner, never on the GUI thread.
"""

from __future__ import annotations

from pacte_desktop.store.database import Store
from pacte_desktop.sync import devices as sync_devices
from pacte_desktop.sync import passphrase_change
from pacte_desktop.sync import unlock as sync_unlock
from pacte_desktop.sync.crypto import DEFAULT_KDF, Kdf
from pacte_desktop.sync.devices import Device, Revocation
from pacte_desktop.sync.passphrase_change import PassphraseChange

__all__ = ["DEFAULT_KDF", "Device", "Kdf", "change_passphrase", "devices", "revoke", "unlock"]


def devices(store: Store) -> list[Device]:
    """The organisation's devices, this workstation's first (``sync_not_setup`` without one)."""
    return sync_devices.devices(store)


def revoke(store: Store, device_id: str, *, secret: str, kdf: Kdf = DEFAULT_KDF) -> Revocation:
    """Revoke a device: new content keys it cannot read; ``secret`` is the organisation's
    passphrase, which opens the organisation's key that signs the revocation."""
    return sync_devices.revoke(store, device_id, secret=secret, kdf=kdf)


def unlock(store: Store, scope: str, passphrase: str) -> None:
    """Open, for this session, everything ``scope``'s passphrase opens (refused: nothing
    changes)."""
    sync_unlock.unlock(store, scope, passphrase)


def change_passphrase(
    store: Store, scope: str, *, old: str, new: str, kdf: Kdf = DEFAULT_KDF
) -> PassphraseChange:
    """Seal ``scope``'s keys under a new passphrase (the old one opens them first)."""
    return passphrase_change.change_passphrase(store, scope, old=old, new=new, kdf=kdf)
