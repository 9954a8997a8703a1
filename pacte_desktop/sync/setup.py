"""Setting up a scope: creating the organisation's or the network's root, or joining it."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

import sqlalchemy as sa
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from pacte_desktop.domain.errors import PacteError
from pacte_desktop.store.database import Store
from pacte_desktop.sync import charter as charters
from pacte_desktop.sync import clockcheck, crypto, membership
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
    root_check,
    write_json,
)
from pacte_desktop.sync.state import LocalState, given_or_asked, has_unpublished
from pacte_desktop.sync.transport import (
    Transport,
)

# --- setup -----------------------------------------------------------------------------------


@dataclass
class SetupResult:
    scope: str
    created: bool
    root_id: str
    name: str
    device_id: str
    worker: str | None = None
    pass_summary: PassSummary | None = None


def setup_org(
    store: Store,
    location: Location,
    *,
    worker: str | None = None,
    passphrase_env: str = "PACTE_ORG_PASSPHRASE",
    secret: str | None = None,
    scrypt_n: int = crypto.SCRYPT_N,
) -> SetupResult:
    """Create the organisation's root at ``location``, or join the one found there.

    On an initialised store with an empty location, the root is created (new organisation
    keys, sealed by the passphrase). With a root already there, this workstation joins it:
    the passphrase unlocks the keys, a device certificate is written, and a first pass
    receives everything. On an empty data folder, the store becomes a workstation of the
    organisation found there, acting as ``worker``.
    """
    state = LocalState(store)
    transport = location.open()
    try:
        where = clockcheck.describe(transport)
        has_root = transport.exists(ORG_FILE)
        org_id = store.local("organisation_id")
        device_key = state.device_key()
        if not has_root:
            if org_id is None:
                raise PacteError("sync", "sync_nothing_to_join", value=where, file=ORG_FILE)
            secret = given_or_asked(secret, passphrase_env, "organisation passphrase", confirm=True)
            with store.reading() as conn:
                name = conn.execute(
                    sa.text("SELECT name FROM organisation WHERE id = :id"), {"id": org_id}
                ).scalar_one()
            org_key = state.org_key() or crypto.generate_signing_key()
            content_key = state.secret("org.content_key") or crypto.generate_content_key()
            sealed = crypto.seal_with_passphrase(
                {"org_private_key": crypto.private_key_bytes(org_key), "content_key": content_key},
                secret,
                n=scrypt_n,
            )
            body = {
                "id": org_id,
                "name": name,
                "protocol": [1, PROTOCOL],
                "min_app": MIN_APP,
                "org_public_key": crypto.b64encode(crypto.public_key_bytes(org_key)),
                "sealed": sealed,
                "created_at": now_iso(),
            }
            for directory in ("keys", "log", "snap", "acks", f"log/{store.device_id}"):
                transport.ensure_dir(directory)
            write_json(transport, ORG_FILE, crypto.sign_document(ORG_ROOT_TYPE, body, org_key))
            created = True
        else:
            root = root_check(transport, "org", None, None)
            if org_id is not None and root["id"] != org_id:
                raise PacteError(
                    "sync",
                    "sync_other_org",
                    value=where,
                    reason="other_org_store",
                    name=str(root.get("name")),
                    found=root["id"],
                    own=org_id,
                )
            secret = given_or_asked(secret, passphrase_env, "organisation passphrase")
            opened = crypto.open_with_passphrase(root["sealed"], secret, what=str(root["name"]))
            org_key = crypto.private_key_from_bytes(opened["org_private_key"])
            content_key = opened["content_key"]
            org_id, name = str(root["id"]), str(root["name"])
            transport.ensure_dir(f"log/{store.device_id}")
            created = False
        certify(transport, "keys", store.device_id, org_id, org_key, device_key)
        with store.engine.begin() as conn:
            if store.local("organisation_id", conn=conn) is None:
                store.set_local("organisation_id", org_id, conn=conn)
            state.set("org.location", location.to_json(), conn)
            state.set("org.root_id", org_id, conn)
            state.set("org.root_key", crypto.b64encode(crypto.public_key_bytes(org_key)), conn)
            state.set_secret("org.private_key", crypto.private_key_bytes(org_key), conn)
            state.set_secret("org.content_key", content_key, conn)
    finally:
        close_transport(transport)
    result = SetupResult("org", created, org_id, name, store.device_id)
    result.pass_summary = sync_pass(store, scopes=("org",))
    if worker:
        result.worker = use_worker(store, worker)
        if has_unpublished(store):
            sync_pass(store, scopes=("org",))  # publish the new worker at once
    return result


def certify(
    transport: Transport,
    keys_dir: str,
    device_id: str,
    org_id: str,
    org_key: Ed25519PrivateKey,
    device_key: Ed25519PrivateKey,
) -> None:
    """Write this device's certificate, signed by the organisation key, unless it is there."""
    path = f"{keys_dir}/{device_id}.json"
    if not transport.exists(path):
        cert = crypto.issue_certificate(
            org_private_key=org_key,
            org_id=org_id,
            device_id=device_id,
            device_public_key=device_key.public_key(),
        )
        write_json(transport, path, cert)


def use_worker(store: Store, name: str) -> str:
    """Make ``name`` this workstation's worker, creating it when the organisation lacks it."""
    from pacte_desktop.services import workers

    with store.reading() as conn:
        found = conn.execute(
            sa.text("SELECT id FROM worker WHERE lower(name) = lower(:n) AND status = 'active'"),
            {"n": name.strip()},
        ).scalar_one_or_none()
    if found is not None:
        store.set_local("worker_id", found)
        return str(found)
    with store.unit_of_work() as uow:
        created = workers.add_worker(uow, name=name)
        store.set_local("worker_id", created.id, conn=uow.connection)
        uow.commit()
    return created.id


def setup_network(
    store: Store,
    location: Location,
    *,
    coordinator: bool = False,
    network_name: str | None = None,
    passphrase_env: str = "PACTE_NETWORK_PASSPHRASE",
    secret: str | None = None,
    scrypt_n: int = crypto.SCRYPT_N,
) -> SetupResult:
    """Create the network's root (the coordinating organisation) or join it as a member.

    The coordinator's organisation is admitted at creation (``members/<org>.v0001.json``); a
    joining organisation writes its ``member.json`` and is pending until the coordinator admits
    it (``pacte network admit``): until then partners do not read its feed, while it already
    reads the admitted ones.
    """
    state = LocalState(store)
    org_id = store.local("organisation_id")
    if org_id is None:
        raise PacteError("organisation", "not_initialised")
    transport = location.open()
    try:
        where = clockcheck.describe(transport)
        has_root = transport.exists(NETWORK_FILE)
        device_key = state.device_key()
        org_key = network_org_key(state)
        org_public = crypto.b64encode(crypto.public_key_bytes(org_key.public_key()))
        with store.reading() as conn:
            org_name = str(
                conn.execute(
                    sa.text("SELECT name FROM organisation WHERE id = :id"), {"id": org_id}
                ).scalar_one()
            )
        feed = f"feeds/{org_id}"
        if not has_root:
            if not coordinator:
                raise PacteError("sync", "sync_nothing_to_join", value=where, file=NETWORK_FILE)
            secret = given_or_asked(secret, passphrase_env, "network passphrase", confirm=True)
            coordinator_key = crypto.generate_signing_key()
            network_key = crypto.generate_content_key()
            network_id = str(uuid.uuid4())
            name = network_name or "Pacte"
            body = {
                "id": network_id,
                "name": name,
                "protocol": [1, PROTOCOL],
                "min_app": MIN_APP,
                "coordinator": org_id,
                "coordinator_public_key": crypto.b64encode(
                    crypto.public_key_bytes(coordinator_key)
                ),
                "sealed": crypto.seal_with_passphrase(
                    {"network_key": network_key}, secret, n=scrypt_n
                ),
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
            # The coordinator's own organisation is a member from the start.
            own = membership.Admission(org_id, org_name, org_public, ADMITTED, 1, 1, now_iso())
            write_json(
                transport,
                membership.admission_path(org_id, 1),
                membership.sign_admission(
                    own, network_id=network_id, issuer=org_id, key=coordinator_key
                ),
            )
            state.set_secret("network.coordinator_key", crypto.private_key_bytes(coordinator_key))
            root_key = body["coordinator_public_key"]
            coordinator_org = org_id
            created = True
        else:
            root = root_check(transport, "network", None, None)
            secret = given_or_asked(secret, passphrase_env, "network passphrase")
            opened = crypto.open_with_passphrase(root["sealed"], secret, what=str(root["name"]))
            network_key = opened["network_key"]
            network_id, name = str(root["id"]), str(root["name"])
            root_key = root["coordinator_public_key"]
            coordinator_org = str(root.get("coordinator", ""))
            created = False
            if transport.exists(f"{feed}/member.json"):
                # Asked to join before (another workstation of this organisation): the same key,
                # or someone else asked in this organisation's name.
                try:
                    _, asserted = membership.read_member(transport, org_id, network_id)
                except PacteError:
                    asserted = None
                if asserted != org_public:
                    raise PacteError(
                        "network", "network_member_taken", value=f"{where}/{feed}/member.json"
                    )
        transport.ensure_dir(f"{feed}/keys")
        transport.ensure_dir(f"{feed}/log/{store.device_id}")
        if not transport.exists(f"{feed}/member.json"):
            member = {
                "org_id": org_id,
                "name": org_name,
                "network_id": network_id,
                "org_public_key": org_public,
            }
            write_json(
                transport, f"{feed}/member.json", crypto.sign_document(MEMBER_TYPE, member, org_key)
            )
        certify(transport, f"{feed}/keys", store.device_id, org_id, org_key, device_key)
        with store.engine.begin() as conn:
            state.set("network.location", location.to_json(), conn)
            state.set("network.root_id", network_id, conn)
            state.set("network.root_key", str(root_key), conn)
            state.set("network.coordinator", coordinator_org, conn)
            state.set("network.own_key", org_public, conn)
            state.set_secret("network.content_key", network_key, conn)
        if created:
            membership.record_admission(store, own)
    finally:
        close_transport(transport)
    result = SetupResult("network", created, network_id, name, store.device_id)
    result.pass_summary = sync_pass(store, scopes=("network",))
    return result


def network_org_key(state: LocalState) -> Ed25519PrivateKey:
    """The organisation key that signs this organisation's ``member.json`` and its devices'
    network certificates: the organisation's own (``LocalState.org_key``); a workstation with
    no organisation root yet makes keys of its own. The one place the network reads it."""
    org_key = state.org_key()
    if org_key is None:
        org_key = crypto.generate_signing_key()
        state.set_secret("org.private_key", crypto.private_key_bytes(org_key))
        state.set("org.root_key", crypto.b64encode(crypto.public_key_bytes(org_key)))
    return org_key
