"""Opening a workstation's keys before sync uses them (issue 10, 2.6).

- :func:`ensure_open` runs before every pass and every setup. An open vault (this session, or
  the credential store) needs nothing. A locked one asks its scope's passphrase from the
  caller's source (the command line's environment variable or terminal; the interface passes
  none and shows "locked" instead, so a background pass never asks). Plaintext keys of an
  older store are sealed at once when there is a credential store, else with the passphrase.
- :func:`unlock` is what typing a scope's passphrase does. When the local seal opens with it,
  that is all (one key derivation). Otherwise the scope's root is read: the passphrase must
  open the newest seal (root or key epoch), which also carries the passphrase keys of earlier
  seals — so a workstation whose keys were sealed before a passphrase change opens them with
  the new passphrase, and its seal is renewed under the new key. The same call adopts key
  epochs that have no box for this device, migrates plaintext keys, and gives a vault kept
  only by the credential store a passphrase seal (its way back if the credential store loses
  the entry).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from pacte_desktop.domain.errors import PacteError
from pacte_desktop.store.database import Store
from pacte_desktop.sync import crypto, epochs
from pacte_desktop.sync.location import close_transport
from pacte_desktop.sync.roots import NETWORK_FILE, ORG_FILE, read_json, root_check
from pacte_desktop.sync.state import SCOPE_FIELD, LocalState, PassphraseSource
from pacte_desktop.sync.transport import Transport
from pacte_desktop.sync.vault import VAULT, Vault, credential_store

AUTHORITY_FIELD = {"org": "org_public_key", "network": "coordinator_public_key"}


def locked(scope: str) -> PacteError:
    return PacteError(SCOPE_FIELD[scope], "sync_locked", value=scope)


@dataclass
class ScopeRoot:
    """A scope's root document and key epochs, checked (signatures and chain)."""

    scope: str
    document: dict[str, Any]
    body: dict[str, Any]
    authority: Ed25519PublicKey
    chain: list[epochs.Epoch]

    @property
    def root_id(self) -> str:
        return str(self.body["id"])

    @property
    def name(self) -> str:
        return str(self.body.get("name", self.root_id))


def read_root(
    transport: Transport,
    scope: str,
    *,
    root_id: str | None,
    pinned: str | None,
    known: list[epochs.Epoch] | None = None,
    keys: Mapping[int, bytes] | None = None,
) -> ScopeRoot:
    """The root of ``scope`` at ``transport`` and its epochs (``known``: adopted here;
    ``keys``: the content keys held here, to check the proofs of the epochs that follow)."""
    body = root_check(transport, scope, root_id, pinned)
    document = read_json(transport, ORG_FILE if scope == "org" else NETWORK_FILE)
    name = ORG_FILE if scope == "org" else NETWORK_FILE
    authority = crypto.public_key_from_bytes(
        crypto.b64decode(body[AUTHORITY_FIELD[scope]], what=name, size=crypto.PUBLIC_KEY_SIZE),
        what=name,
    )
    chain = epochs.read_chain(
        transport,
        scope=scope,
        root_id=str(body["id"]),
        authority=authority,
        root_document=document,
        known=known,
        keys=keys,
    )
    return ScopeRoot(scope, document, body, authority, chain.epochs)


def configured_root(store: Store, scope: str, transport: Transport) -> ScopeRoot:
    """The root this store is set up with, checked against what it pinned."""
    state = LocalState(store)
    vault = state.vault
    keys = epochs.ScopeKeys(vault, scope).keys if vault.wrapping_key() is not None else None
    return read_root(
        transport,
        scope,
        root_id=state.get(f"{scope}.root_id"),
        pinned=state.get(f"{scope}.root_key"),
        known=epochs.load_chain(store, scope),
        keys=keys,
    )


def passphrase_scope(store: Store) -> str | None:
    """The scope whose passphrase seals this store's keys: the organisation's when it is set
    up, else the network's; None before any setup."""
    state = LocalState(store)
    if state.configured("org"):
        return "org"
    if state.configured("network"):
        return "network"
    return None


def ensure_open(store: Store, passphrases: PassphraseSource | None = None) -> None:
    """The vault open, and no key left in clear; ``sync_locked`` naming the scope whose
    passphrase is needed when ``passphrases`` cannot give it."""
    vault = Vault(store)
    if vault.exists():
        if vault.wrapping_key() is not None:
            return
        scope = vault.locked_scope()
        text = passphrases(scope) if passphrases else None
        if text is None:
            raise locked(scope)
        unlock(store, scope, text)
        return
    if not vault.legacy():
        return
    needed = passphrase_scope(store)
    keep_org_key = not LocalState(store).configured("org")
    if credential_store() is not None:
        vault.migrate(passphrase_key=None, scope=None, keep_org_key=keep_org_key)
        return
    if needed is None:
        vault.drop_legacy()
        return
    text = passphrases(needed) if passphrases else None
    if text is None:
        raise locked(needed)
    unlock(store, needed, text)


def unlock(store: Store, scope: str, passphrase: str) -> None:
    """Everything typing ``scope``'s passphrase opens (see the module docstring).

    ``sync_passphrase`` (``sync_passphrase_old`` for a passphrase changed since) when it does
    not open; ``sync_locked`` when the vault is sealed by the other scope's passphrase.
    Nothing changes on a refusal.
    """
    vault = Vault(store)
    state = LocalState(store)
    seal = vault.passphrase_seal()
    need_vault = vault.exists() and vault.wrapping_key() is None
    if need_vault:
        if seal is None:
            raise PacteError(SCOPE_FIELD[scope], "sync_passphrase", value=VAULT)
        if seal["scope"] != scope:
            raise locked(str(seal["scope"]))
        if vault.unlock(crypto.passphrase_key(seal["seal"], passphrase, what=VAULT)):
            return
    location = state.location(scope)
    if location is None:
        raise PacteError(SCOPE_FIELD[scope], "sync_not_setup", value=scope)
    transport = location.open()
    try:
        root = configured_root(store, scope, transport)
    finally:
        close_transport(transport)
    opened = epochs.open_newest(
        root.document["sealed"], root.chain, passphrase, scope=scope, what=root.name
    )
    if need_vault and seal is not None:
        old = opened.passphrase_keys.get(int(seal["epoch"]))
        settings = crypto.seal_settings(seal["seal"], what=VAULT)[2]
        if old is None or not vault.unlock(crypto.PassphraseKey(old, settings)):
            raise PacteError(SCOPE_FIELD[scope], "sync_passphrase", value=root.name)
    if not vault.exists():
        vault.migrate(
            passphrase_key=opened.passphrase_key,
            scope=scope,
            epoch=opened.newest,
            keep_org_key=scope != "org" and not state.configured("org"),
        )
    if any(store.device_id in e.revoked for e in root.chain):
        raise PacteError(SCOPE_FIELD[scope], "sync_revoked", value=store.device_id)
    keys = epochs.ScopeKeys(vault, scope)
    missing = {n: k for n, k in opened.content_keys.items() if n not in keys.keys}
    seal = vault.passphrase_seal()
    renew = seal is None or (
        seal["scope"] == scope
        and crypto.seal_settings(seal["seal"], what=VAULT)[2] != opened.passphrase_key.settings
    )
    with store.engine.begin() as conn:
        if renew:
            vault.reseal(conn, opened.passphrase_key, scope=scope, epoch=opened.newest)
        if missing or len(root.chain) > len(keys.chain):
            keys.adopt(conn, root.chain, missing)
