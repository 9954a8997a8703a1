"""Setting up a scope: creating the organisation's or the network's root, or joining it.

Keys (issue 10, 2.6): a root created is always made with new keys (organisation key, content
key), so a root made anew after a theft shares nothing with the one before — the only key
carried over is an organisation key that no root held yet (a workstation that joined a network
before its organisation had a root: partners pinned it). Joining opens the newest seal (root or
key epoch) with the passphrase, which gives every epoch's content key. The organisation key is
used to certify this device (and, for the network, to sign the member document) and then
forgotten: it is never stored on the workstation. The vault is made (or its passphrase seal
renewed) with the passphrase key of the seal that was opened.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

import sqlalchemy as sa
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from pacte_desktop.domain.errors import PacteError
from pacte_desktop.store.database import Store
from pacte_desktop.sync import charter as charters
from pacte_desktop.sync import clockcheck, crypto, epochs, membership
from pacte_desktop.sync.feeds import PassSummary
from pacte_desktop.sync.location import Location, close_transport
from pacte_desktop.sync.membership import ADMITTED
from pacte_desktop.sync.passes import sync_pass
from pacte_desktop.sync.roots import (
    MEMBER_TYPE,
    MIN_APP,
    NETWORK_FILE,
    NETWORK_ROOT_TYPE,
    ORG_FILE,
    ORG_ROOT_TYPE,
    PROTOCOL,
    now_iso,
    write_json,
)
from pacte_desktop.sync.state import LocalState, given_or_asked, who
from pacte_desktop.sync.transport import Transport
from pacte_desktop.sync.unlock import locked, read_root
from pacte_desktop.sync.vault import Vault

# --- setup -----------------------------------------------------------------------------------


@dataclass
class SetupResult:
    scope: str
    created: bool
    root_id: str
    name: str
    device_id: str
    pass_summary: PassSummary | None = None


def _holds_others_writes(conn: sa.Connection, device_id: str) -> bool:
    """Whether the journal holds entries written under another device id than this one."""
    return (
        conn.execute(
            sa.text("SELECT 1 FROM journal WHERE device_id != :me LIMIT 1"), {"me": device_id}
        ).first()
        is not None
    )


def setup_org(
    store: Store,
    location: Location,
    *,
    worker: str | None = None,
    passphrase_env: str = "PACTE_ORG_PASSPHRASE",
    secret: str | None = None,
    kdf: crypto.Kdf = crypto.DEFAULT_KDF,
) -> SetupResult:
    """Create the organisation's root at ``location``, or join the one found there.

    On an initialised store with an empty location, the root is created with new keys, sealed
    by the passphrase (a new one: checked for strength) with ``kdf`` (cheaper only in tests).
    With a root already there, this workstation joins it: the passphrase opens the newest seal,
    a device certificate is written, and a first pass receives everything. On an empty data
    folder, the store becomes a workstation of the organisation found there; ``worker`` is the
    name its device certificate shows. Which worker acts on this workstation is the caller's
    choice, made after the first pass brought the organisation's workers
    (``services.workers.use_worker``). The vault of this store must be open (or not exist yet).
    """
    state = LocalState(store)
    vault = state.vault
    if vault.exists() and vault.wrapping_key() is None:
        raise locked(vault.locked_scope())
    transport = location.open()
    try:
        where = clockcheck.describe(transport)
        has_root = transport.exists(ORG_FILE)
        org_id = store.local("organisation_id")
        if not has_root:
            if org_id is None:
                raise PacteError("sync", "sync_nothing_to_join", value=where, file=ORG_FILE)
            with store.reading() as conn:
                name = str(
                    conn.execute(
                        sa.text("SELECT name FROM organisation WHERE id = :id"), {"id": org_id}
                    ).scalar_one()
                )
            secret = given_or_asked(
                secret, passphrase_env, "organisation passphrase", confirm=True, names=(name,)
            )
            carried = None if state.configured("org") else _kept_org_key(vault)
            org_key = carried or crypto.generate_signing_key()
            content_keys = {1: crypto.generate_content_key()}
            passphrase_key = crypto.new_passphrase_key(secret, kdf)
            body = {
                "id": org_id,
                "name": name,
                "protocol": [1, PROTOCOL],
                "min_app": MIN_APP,
                "org_public_key": crypto.b64encode(crypto.public_key_bytes(org_key)),
                "sealed": crypto.seal_with_key(
                    {
                        "org_private_key": crypto.private_key_bytes(org_key),
                        "content_key": content_keys[1],
                    },
                    passphrase_key,
                ),
                "created_at": now_iso(),
            }
            for directory in ("keys", "log", "snap", "acks", f"log/{store.device_id}"):
                transport.ensure_dir(directory)
            write_json(transport, ORG_FILE, crypto.sign_document(ORG_ROOT_TYPE, body, org_key))
            chain: list[epochs.Epoch] = []
            newest = 1
            created = True
        else:
            root = read_root(transport, "org", root_id=None, pinned=None)
            if org_id is not None and root.root_id != org_id:
                raise PacteError(
                    "sync",
                    "sync_other_org",
                    value=where,
                    reason="other_org_store",
                    name=root.name,
                    found=root.root_id,
                    own=org_id,
                )
            secret = given_or_asked(secret, passphrase_env, "organisation passphrase")
            opened = epochs.open_newest(
                root.document["sealed"], root.chain, secret, scope="org", what=root.name
            )
            org_key = epochs.authority_key(opened, root.body["org_public_key"], what=root.name)
            if any(store.device_id in e.revoked for e in root.chain):
                raise PacteError("organisation", "sync_revoked", value=store.device_id)
            content_keys, passphrase_key = opened.content_keys, opened.passphrase_key
            chain, newest = root.chain, opened.newest
            org_id, name = root.root_id, root.name
            transport.ensure_dir(f"log/{store.device_id}")
            created = False
        root_key = crypto.b64encode(crypto.public_key_bytes(org_key))
        another_root = state.get("org.root_key") not in (None, root_key)
        if not vault.exists():  # plaintext keys of an older store: sealed with this passphrase
            vault.migrate(
                passphrase_key=passphrase_key, scope="org", epoch=newest, keep_org_key=False
            )
        with store.engine.begin() as conn:
            _open_vault(vault, conn, passphrase_key, "org", newest)
            if another_root:
                _forget_root(store, conn)
            old = [n for n in vault.read(conn) if n.startswith("org.content_key.")]
            vault.update(
                conn,
                put={epochs.content_key_name("org", n): k for n, k in content_keys.items()},
                remove=[*old, "org.private_key"],
            )
            epochs.save_chain(store, "org", chain, conn)
            device_key = state.device_key(conn)
            box_key = state.box_key(conn)
        certify(
            transport,
            "keys",
            store.device_id,
            org_id,
            org_key,
            device_key,
            about=about_device(
                store, epoch=newest, content_key=content_keys[newest], worker=worker
            ),
        )
        epochs.publish_box_key(
            transport,
            "boxes",
            root_id=org_id,
            device=store.device_id,
            device_key=device_key,
            box_public=crypto.box_public_bytes(box_key),
        )
        del org_key  # never kept: opened again from the seal when needed
        with store.engine.begin() as conn:
            if store.local("organisation_id", conn=conn) is None:
                store.set_local("organisation_id", org_id, conn=conn)
            state.set("org.location", location.to_json(), conn)
            state.set("org.root_id", org_id, conn)
            state.set("org.root_key", root_key, conn)
            if created and _holds_others_writes(conn, store.device_id):
                # A new root from a store that holds what other device ids wrote (a colleague's
                # changes received before, a backup restored with --other-device): no feed in
                # the new location carries those, so the first pass publishes a snapshot.
                state.set("org.snapshot_due", "1", conn)
    finally:
        close_transport(transport)
    result = SetupResult("org", created, org_id, name, store.device_id)
    result.pass_summary = sync_pass(store, scopes=("org",))
    return result


def _kept_org_key(vault: Vault) -> Ed25519PrivateKey | None:
    """The organisation key a network member kept because no root held it yet."""
    raw = vault.read().get("org.private_key") or vault.legacy().get("org.private_key")
    return crypto.private_key_from_bytes(raw) if raw else None


def _open_vault(
    vault: Vault,
    conn: sa.Connection,
    passphrase_key: crypto.PassphraseKey,
    scope: str,
    epoch: int,
) -> None:
    """Make the vault (plaintext keys of an older store moved into it) or renew its seal."""
    if not vault.exists(conn):
        vault.create(conn, passphrase_key=passphrase_key, scope=scope, epoch=epoch)
        return
    seal = vault.passphrase_seal(conn)
    if seal is None or seal["scope"] == scope or scope == "org":
        vault.reseal(conn, passphrase_key, scope=scope, epoch=epoch)


def _forget_root(store: Store, conn: sa.Connection) -> None:
    """Another root than the one this store synced with: its cursors name files that are not
    in the new one. The first pass then publishes this device's journal again and a snapshot
    of everything the store holds (so that the new root's joiners receive it all)."""
    from pacte_desktop.sync.org_scope import SNAPSHOT_EVERY

    conn.execute(sa.text("DELETE FROM sync_applied WHERE scope = 'org'"))
    conn.execute(sa.text("DELETE FROM sync_rejected WHERE scope = 'org'"))
    conn.execute(
        sa.text(
            "DELETE FROM local_state WHERE key LIKE 'sync.org.listed.%' OR key IN "
            "('sync.org.published_seq', 'sync.org.ack', 'sync.org.snapshot_covers', "
            "'sync.org.epochs')"
        )
    )
    store.set_local("sync.org.snapshot_files", str(-SNAPSHOT_EVERY), conn=conn)


def certify(
    transport: Transport,
    keys_dir: str,
    device_id: str,
    org_id: str,
    org_key: Ed25519PrivateKey,
    device_key: Ed25519PrivateKey,
    *,
    about: dict[str, object] | None = None,
) -> None:
    """Write this device's certificate, signed by the organisation key, unless it is there.

    ``about`` (``crypto.seal_about``) says, encrypted, the device's host name and who
    certified it, for ``pacte sync devices``."""
    path = f"{keys_dir}/{device_id}.json"
    if not transport.exists(path):
        cert = crypto.issue_certificate(
            org_private_key=org_key,
            org_id=org_id,
            device_id=device_id,
            device_public_key=device_key.public_key(),
            about=about,
        )
        write_json(transport, path, cert)


def about_device(
    store: Store, *, epoch: int, content_key: bytes, worker: str | None = None
) -> dict[str, object]:
    """This device's sealed ``about``: its host name, and itself as the certifier."""
    me = who(store)
    if worker:
        me["worker"] = worker
    return crypto.seal_about(
        {"device_name": me["hostname"], "issued_by": me},
        device_id=store.device_id,
        epoch=epoch,
        content_key=content_key,
    )


def setup_network(
    store: Store,
    location: Location,
    *,
    coordinator: bool = False,
    network_name: str | None = None,
    passphrase_env: str = "PACTE_NETWORK_PASSPHRASE",
    secret: str | None = None,
    org_passphrase_env: str = "PACTE_ORG_PASSPHRASE",
    org_secret: str | None = None,
    kdf: crypto.Kdf = crypto.DEFAULT_KDF,
) -> SetupResult:
    """Create the network's root (the coordinating organisation) or join it as a member.

    The coordinator's organisation is admitted at creation (``members/<org>.v0001.json``); a
    joining organisation writes its ``member.json`` and is pending until the coordinator admits
    it (``pacte network admit``): until then partners do not read its feed, while it already
    reads the admitted ones.

    The organisation key signs this organisation's member document and this device's
    certificate in the network; when the organisation has a root, it is opened from there with
    the organisation's passphrase (``org_secret``, else ``org_passphrase_env`` or typed in),
    only if something is to be signed. A store without an organisation root keeps an
    organisation key of its own in its vault, sealed by the network's passphrase.
    """
    state = LocalState(store)
    vault = state.vault
    org_id = store.local("organisation_id")
    if org_id is None:
        raise PacteError("organisation", "not_initialised", value=str(store.data_dir))
    if vault.exists() and vault.wrapping_key() is None:
        raise locked(vault.locked_scope())
    transport = location.open()
    try:
        where = clockcheck.describe(transport)
        has_root = transport.exists(NETWORK_FILE)
        with store.reading() as conn:
            org_name = str(
                conn.execute(
                    sa.text("SELECT name FROM organisation WHERE id = :id"), {"id": org_id}
                ).scalar_one()
            )
        coordinator_key: Ed25519PrivateKey | None = None
        if not has_root:
            if not coordinator:
                raise PacteError("sync", "sync_nothing_to_join", value=where, file=NETWORK_FILE)
            name = network_name or "Pacte"
            secret = given_or_asked(
                secret, passphrase_env, "network passphrase", confirm=True, names=(name, org_name)
            )
            coordinator_key = crypto.generate_signing_key()
            content_keys = {1: crypto.generate_content_key()}
            passphrase_key = crypto.new_passphrase_key(secret, kdf)
            network_id = str(uuid.uuid4())
            body = {
                "id": network_id,
                "name": name,
                "protocol": [1, PROTOCOL],
                "min_app": MIN_APP,
                "coordinator": org_id,
                "coordinator_public_key": crypto.b64encode(
                    crypto.public_key_bytes(coordinator_key)
                ),
                "sealed": crypto.seal_with_key({"network_key": content_keys[1]}, passphrase_key),
                "created_at": now_iso(),
            }
            for directory in ("charter", "feeds", membership.MEMBERS_DIR):
                transport.ensure_dir(directory)
            write_json(
                transport,
                NETWORK_FILE,
                crypto.sign_document(NETWORK_ROOT_TYPE, body, coordinator_key),
            )
            first = charters.default_charter(org_id)
            write_json(
                transport,
                charters.charter_filename(first.version),
                charters.sign_charter(first, coordinator_key),
            )
            root_key = body["coordinator_public_key"]
            coordinator_org = org_id
            chain: list[epochs.Epoch] = []
            newest = 1
            created = True
        else:
            root = read_root(transport, "network", root_id=None, pinned=None)
            secret = given_or_asked(secret, passphrase_env, "network passphrase")
            opened = epochs.open_newest(
                root.document["sealed"], root.chain, secret, scope="network", what=root.name
            )
            content_keys, passphrase_key = opened.content_keys, opened.passphrase_key
            chain, newest = root.chain, opened.newest
            network_id, name = root.root_id, root.name
            root_key = root.body["coordinator_public_key"]
            coordinator_org = str(root.body.get("coordinator", ""))
            created = False
        feed = f"feeds/{org_id}"
        if not vault.exists():
            vault.migrate(
                passphrase_key=passphrase_key,
                scope="network",
                epoch=newest,
                keep_org_key=not state.configured("org"),
            )
        with store.engine.begin() as conn:
            _open_vault(vault, conn, passphrase_key, "network", newest)
            old = [n for n in vault.read(conn) if n.startswith("network.content_key.")]
            put = {epochs.content_key_name("network", n): k for n, k in content_keys.items()}
            if coordinator_key is not None:
                put["network.coordinator_key"] = crypto.private_key_bytes(coordinator_key)
            vault.update(conn, put=put, remove=old)
            epochs.save_chain(store, "network", chain, conn)
            device_key = state.device_key(conn)
            box_key = state.box_key(conn)
        member_path = f"{feed}/member.json"
        cert_path = f"{feed}/keys/{store.device_id}.json"
        org_public = state.get("org.root_key")
        org_key: Ed25519PrivateKey | None = None
        if org_public is None or not (
            transport.exists(member_path) and transport.exists(cert_path)
        ):
            org_key = _org_key(store, org_secret, org_passphrase_env)
            org_public = crypto.b64encode(crypto.public_key_bytes(org_key))
        if not created and transport.exists(member_path):
            # Asked to join before (another workstation of this organisation): the same key,
            # or someone else asked in this organisation's name.
            try:
                _, asserted = membership.read_member(transport, org_id, network_id)
            except PacteError:
                asserted = None
            if asserted != org_public:
                raise PacteError("network", "network_member_taken", value=f"{where}/{member_path}")
        transport.ensure_dir(f"{feed}/keys")
        transport.ensure_dir(f"{feed}/log/{store.device_id}")
        if org_key is not None:
            if not transport.exists(member_path):
                member = {
                    "org_id": org_id,
                    "name": org_name,
                    "network_id": network_id,
                    "org_public_key": org_public,
                }
                write_json(
                    transport, member_path, crypto.sign_document(MEMBER_TYPE, member, org_key)
                )
            certify(transport, f"{feed}/keys", store.device_id, org_id, org_key, device_key)
            del org_key
        epochs.publish_box_key(
            transport,
            f"{feed}/boxes",
            root_id=network_id,
            device=store.device_id,
            device_key=device_key,
            box_public=crypto.box_public_bytes(box_key),
        )
        own: membership.Admission | None = None
        if coordinator_key is not None:
            # The coordinator's own organisation is a member from the start.
            own = membership.Admission(org_id, org_name, org_public, ADMITTED, 1, 1, now_iso())
            write_json(
                transport,
                membership.admission_path(org_id, 1),
                membership.sign_admission(
                    own, network_id=network_id, issuer=org_id, key=coordinator_key
                ),
            )
        with store.engine.begin() as conn:
            state.set("network.location", location.to_json(), conn)
            state.set("network.root_id", network_id, conn)
            state.set("network.root_key", str(root_key), conn)
            state.set("network.name", name, conn)
            state.set("network.coordinator", coordinator_org, conn)
            state.set("network.own_key", org_public, conn)
        if own is not None:
            membership.record_admission(store, own)
    finally:
        close_transport(transport)
    result = SetupResult("network", created, network_id, name, store.device_id)
    result.pass_summary = sync_pass(store, scopes=("network",))
    return result


def _org_key(store: Store, secret: str | None, env: str) -> Ed25519PrivateKey:
    """The organisation key: opened from the organisation's root with its passphrase, or the
    one a store without an organisation root keeps in its vault (made on first need)."""
    state = LocalState(store)
    location = state.location("org")
    if location is None:
        raw = state.secret("org.private_key")
        if raw is not None:
            return crypto.private_key_from_bytes(raw)
        key = crypto.generate_signing_key()
        with store.engine.begin() as conn:
            state.set_secret("org.private_key", crypto.private_key_bytes(key), conn)
            state.set("org.root_key", crypto.b64encode(crypto.public_key_bytes(key)), conn)
        return key
    return open_org_key(store, given_or_asked(secret, env, "organisation passphrase"))


def open_org_key(store: Store, passphrase: str) -> Ed25519PrivateKey:
    """The organisation key, opened from the newest seal of this store's organisation root."""
    from pacte_desktop.sync.unlock import configured_root

    location = LocalState(store).location("org")
    if location is None:
        raise PacteError("organisation", "sync_not_setup", value="org")
    transport = location.open()
    try:
        root = configured_root(store, "org", transport)
    finally:
        close_transport(transport)
    opened = epochs.open_newest(
        root.document["sealed"], root.chain, passphrase, scope="org", what=root.name
    )
    return epochs.authority_key(opened, root.body["org_public_key"], what=root.name)
