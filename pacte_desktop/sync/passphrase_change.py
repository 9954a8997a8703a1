"""Changing a scope's passphrase without losing anything (issue 10, 2.6).

:func:`change_passphrase` — for the organisation by any of its workstations, for the network by
the coordinator (who holds the coordinator key):

1. the new passphrase must be strong (``domain/passphrase.py``: not the organisation's or the
   network's name) and differ from the old one;
2. a pass first, with the old passphrase, so that every key epoch known is adopted here;
3. the old passphrase must open the newest seal: it gives every content key, every earlier
   passphrase key and (organisation) the organisation key;
4. a new key epoch (``epochs.py``, reason ``passphrase``): a new content key, sealed to each
   remaining device's X25519 key (for the network: each member organisation's devices) and,
   with every earlier content key and every earlier passphrase key, under the new passphrase;
5. this workstation's vault is sealed again under the new passphrase's key.

Nothing is lost: every file stays readable (every epoch's key is in the new seal and in each
device's vault); devices that got a box go on without typing anything; a workstation whose keys
were sealed by the old passphrase (no credential store) opens them by typing the new one — the
new seal carries the old passphrase key, which opens its local seal (``unlock.py``) — and its
seal is then renewed. A new joiner types the new passphrase. The old passphrase opens only the
seals that were made before: nothing written after the change (see ``epochs.py`` for what it
still opens).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import sqlalchemy as sa

from pacte_desktop.domain import passphrase as strength
from pacte_desktop.domain.errors import PacteError
from pacte_desktop.store.database import Store
from pacte_desktop.sync import crypto, epochs, membership
from pacte_desktop.sync.devices import certificates, publish_epoch, recipients_of
from pacte_desktop.sync.feeds import DEVICE_ID
from pacte_desktop.sync.location import close_transport
from pacte_desktop.sync.network_scope import ORG_DIR
from pacte_desktop.sync.passes import sync_pass
from pacte_desktop.sync.roots import read_json
from pacte_desktop.sync.state import SCOPE_FIELD, LocalState, who
from pacte_desktop.sync.transport import JSON_PATTERN, MissingFileError, RootError, Transport
from pacte_desktop.sync.unlock import ScopeRoot, configured_root


@dataclass
class PassphraseChange:
    """What :func:`change_passphrase` did."""

    scope: str
    epoch: int
    boxed: list[str] = field(default_factory=list)
    without_box: list[str] = field(default_factory=list)


def scope_names(store: Store, scope: str) -> tuple[str, ...]:
    """The names a new passphrase of ``scope`` must not be."""
    with store.reading() as conn:
        org = conn.execute(
            sa.text("SELECT name FROM organisation WHERE id = :id"),
            {"id": store.local("organisation_id", conn=conn)},
        ).scalar_one_or_none()
    names = [str(org)] if org else []
    if scope == "network":
        charter = LocalState(store).get("network.name")
        if charter:
            names.append(charter)
    return tuple(names)


def change_passphrase(
    store: Store,
    scope: str,
    *,
    old: str,
    new: str,
    kdf: crypto.Kdf = crypto.DEFAULT_KDF,
) -> PassphraseChange:
    """Change ``scope``'s passphrase from ``old`` to ``new`` (see the module docstring)."""
    state = LocalState(store)
    location = state.location(scope)
    if location is None:
        raise PacteError(SCOPE_FIELD[scope], "sync_not_setup", value=scope)
    strength.check_new(new, names=scope_names(store, scope))
    if new == old:
        raise PacteError("passphrase", "passphrase_same")
    sync_pass(store, scopes=(scope,), passphrases=lambda s: old if s == scope else None)
    keys = epochs.ScopeKeys(state.vault, scope)
    transport = location.open()
    try:
        root = configured_root(store, scope, transport)
        if len(root.chain) != len(keys.chain):
            raise PacteError(SCOPE_FIELD[scope], "sync_epoch_race", value=epochs.EPOCH_DIR)
        opened = epochs.open_newest(
            root.document["sealed"], root.chain, old, scope=scope, what=root.name
        )
        if scope == "org":
            authority = epochs.authority_key(opened, root.body["org_public_key"], what=root.name)
            certified = certificates(transport, root)
            recipients, without = recipients_of(transport, root, certified, set(keys.revoked()))
        else:
            raw = state.secret("network.coordinator_key")
            if raw is None:
                raise PacteError("network", "network_coordinator")
            authority = crypto.private_key_from_bytes(raw)
            if crypto.b64encode(crypto.public_key_bytes(authority)) != root.body.get(
                "coordinator_public_key"
            ):
                raise PacteError("network", "network_coordinator")
            recipients, without = _network_recipients(transport, root, state)
        number = opened.newest + 1
        passphrase_key = crypto.new_passphrase_key(new, kdf)
        document, new_key = epochs.make_epoch(
            scope=scope,
            root_id=root.root_id,
            number=number,
            previous=root.chain[-1].digest if root.chain else epochs.digest(root.document),
            cause="passphrase",
            authority=authority,
            created_by=who(store),
            opened=opened,
            passphrase_key=passphrase_key,
            recipients=recipients,
            seal_authority=scope == "org",
        )
        del authority
        epoch = publish_epoch(transport, root, document, number, opened.content_keys)
    finally:
        close_transport(transport)
    with store.engine.begin() as conn:
        keys.adopt(conn, [*root.chain, epoch], {number: new_key})
        seal = state.vault.passphrase_seal(conn)
        if seal is None or seal["scope"] == scope:
            state.vault.reseal(conn, passphrase_key, scope=scope, epoch=number)
    sync_pass(store, scopes=(scope,))
    return PassphraseChange(scope, number, sorted(recipients), sorted(without))


def _network_recipients(
    transport: Transport, root: ScopeRoot, state: LocalState
) -> tuple[dict[str, bytes], list[str]]:
    """The X25519 keys of the certified devices of every organisation the coordinator has
    admitted (with the key it admitted), and the devices without one. A removed or pending
    organisation gets nothing: with a new passphrase, a removed member reads nothing written
    after."""
    recipients: dict[str, bytes] = {}
    without: list[str] = []
    admitted = membership.readable(state.store)
    try:
        orgs = transport.list("feeds").dirs
    except (RootError, MissingFileError):
        return recipients, without
    for org in orgs:
        if not ORG_DIR.fullmatch(org) or org not in admitted:
            continue
        feed = f"feeds/{org}"
        try:
            public = crypto.public_key_from_bytes(
                crypto.b64decode(admitted[org][1], what=org, size=crypto.PUBLIC_KEY_SIZE)
            )
            names = transport.list(f"{feed}/keys", JSON_PATTERN).names
        except (PacteError, RootError, MissingFileError):
            continue
        for name in names:
            device = name[:-5]
            if not DEVICE_ID.fullmatch(device):
                continue
            try:
                key = crypto.verify_certificate(
                    read_json(transport, f"{feed}/keys/{name}"),
                    public,
                    expected_org_id=org,
                    expected_device_id=device,
                )
            except PacteError:
                continue
            box = epochs.read_box_key(
                transport, f"{feed}/boxes", root_id=root.root_id, device=device, device_public=key
            )
            if box is None:
                without.append(device)
            else:
                recipients[device] = box
    return recipients, without
