"""The organisation's devices, and revoking one (issue 10, 2.6).

:func:`devices` lists every device certified in the organisation's root: its host name, the
worker who last wrote from it (from the journal; else the one named when it was certified), its
last file applied here (sequence number and date), who certified it, and whether it is active or
revoked. Certificates carry the host name and the certifier encrypted with the organisation's
content key (a worker's name is personal data); certificates older than that show neither.

:func:`revoke` — the passphrase opens the organisation key, which is forgotten afterwards:

1. a pass first, so that the device's last file is known here;
2. a new key epoch (``epochs.py``): ``revoked`` names the device and the last sequence number
   of its files applied here, which every workstation still accepts; a new content key is
   sealed to every other certified, unrevoked device that published its X25519 key, and
   under the passphrase (fresh salt, current KDF) with every earlier key; the proof is made
   with the current key;
3. the epoch is written as ``epochs/<n>-<digest>.json`` (if another workstation renewed the
   keys at the same moment, the smaller name wins everywhere and the other is taken back:
   ``sync_epoch_race``, sync and try again), adopted here, and this workstation's own
   passphrase seal is renewed under the new seal's key;
4. with a network set up, a revocation signed by the organisation key is written in the
   organisation's feed (``feeds/<org>/revoked/<device>.json``, naming the last sequence number
   of the device's network files that checks out): partners refuse its later network files
   (``network_revocations.py``).
   (The network key itself changes only with the network's passphrase, by the coordinator.)

From then on every workstation that adopts the epoch refuses the device's later files, and
everything is written with a key the revoked device never had.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from pacte_desktop.domain.errors import PacteError
from pacte_desktop.store.database import Store
from pacte_desktop.sync import crypto, epochs, network_revocations
from pacte_desktop.sync.feeds import DEVICE_ID
from pacte_desktop.sync.location import close_transport
from pacte_desktop.sync.passes import sync_pass
from pacte_desktop.sync.roots import read_json, write_json
from pacte_desktop.sync.state import LocalState, given_or_asked, who
from pacte_desktop.sync.transport import (
    JSON_PATTERN,
    ExistsError,
    MissingFileError,
    RootError,
    Transport,
)
from pacte_desktop.sync.unlock import ScopeRoot, configured_root


@dataclass(frozen=True)
class Device:
    """One device of the organisation, as ``pacte sync devices`` shows it."""

    device_id: str
    name: str  # its host name ("" for a certificate older than the field)
    worker: str  # the worker who last wrote from it, else the one named when it was certified
    last_seq: int  # its last file applied here (0: none)
    last_file_at: str | None  # when this workstation applied it (UTC, ISO 8601)
    certified_at: str
    certified_by: str  # the certifying workstation's worker and host name
    certified_by_device: str
    status: str  # "active" or "revoked"
    revoked_after: int | None = None  # the last sequence number of its files accepted
    this_device: bool = False


def certificates(
    transport: Transport, root: ScopeRoot
) -> dict[str, tuple[dict[str, Any], Ed25519PublicKey]]:
    """Every device certificate of the root that checks out: body and device key."""
    out: dict[str, tuple[dict[str, Any], Ed25519PublicKey]] = {}
    try:
        names = transport.list("keys", JSON_PATTERN).names
    except (RootError, MissingFileError):
        return out
    for name in names:
        device = name[:-5]
        if not DEVICE_ID.fullmatch(device):
            continue
        path = f"keys/{name}"
        try:
            cert = read_json(transport, path)
            body = crypto.certificate_body(
                cert, root.authority, expected_org_id=root.root_id, expected_device_id=device
            )
            key = crypto.verify_certificate(cert, root.authority, what=path)
        except PacteError:
            continue  # a bad certificate is reported by the pass that meets its files
        out[device] = (body, key)
    return out


def devices(store: Store) -> list[Device]:
    """The organisation's devices (this workstation's first, then by host name)."""
    state = LocalState(store)
    location = state.location("org")
    if location is None:
        raise PacteError("sync", "sync_not_setup", value="org")
    keys = epochs.ScopeKeys(state.vault, "org")
    revoked = keys.revoked()
    transport = location.open()
    try:
        root = configured_root(store, "org", transport)
        certified = certificates(transport, root)
    finally:
        close_transport(transport)
    out = []
    with store.reading() as conn:
        workers = {
            str(r[0]): str(r[1]) for r in conn.execute(sa.text("SELECT id, name FROM worker"))
        }
        for device, (body, _key) in certified.items():
            about = crypto.open_about(body, keys.keys) or {}
            issued_by = about.get("issued_by")
            by = issued_by if isinstance(issued_by, dict) else {}
            last = conn.execute(
                sa.text(
                    "SELECT seq, applied_at FROM sync_applied WHERE scope = 'org' AND "
                    "device_id = :d AND name NOT LIKE 'snapshot:%' ORDER BY seq DESC LIMIT 1"
                ),
                {"d": device},
            ).first()
            wrote = conn.execute(
                sa.text(
                    "SELECT worker_id FROM journal WHERE device_id = :d AND worker_id != '' "
                    "ORDER BY seq DESC LIMIT 1"
                ),
                {"d": device},
            ).scalar_one_or_none()
            worker = workers.get(str(wrote)) if wrote else None
            if worker is None and by.get("device_id") == device:
                worker = str(by.get("worker") or "")
            certifier = " — ".join(str(by[k]) for k in ("worker", "hostname") if by.get(k))
            out.append(
                Device(
                    device_id=device,
                    name=str(about.get("device_name") or ""),
                    worker=worker or "",
                    last_seq=int(last[0]) if last else 0,
                    last_file_at=str(last[1]) if last else None,
                    certified_at=str(body["issued_at"]),
                    certified_by=certifier,
                    certified_by_device=str(by.get("device_id") or ""),
                    status="revoked" if device in revoked else "active",
                    revoked_after=revoked.get(device),
                    this_device=device == store.device_id,
                )
            )
    return sorted(out, key=lambda d: (not d.this_device, d.name.casefold(), d.device_id))


def find_device(store: Store, text: str) -> Device:
    """The device named by its id, the start of its id (4 characters or more) or its host
    name; ``sync_unknown_device`` when none or several match."""
    wanted = text.strip().casefold()
    found = devices(store)
    exact = [d for d in found if d.device_id == wanted]
    matches = exact or [
        d
        for d in found
        if (len(wanted) >= 4 and d.device_id.startswith(wanted)) or d.name.casefold() == wanted
    ]
    if len(matches) != 1:
        raise PacteError("sync", "sync_unknown_device", value=text)
    return matches[0]


@dataclass
class Revocation:
    """What :func:`revoke` did."""

    device: Device
    epoch: int
    last_seq: int
    boxed: list[str] = field(default_factory=list)  # devices that get the new key by their box
    without_box: list[str] = field(default_factory=list)  # they will need the passphrase


def revoke(
    store: Store,
    device_id: str,
    *,
    secret: str | None = None,
    passphrase_env: str = "PACTE_ORG_PASSPHRASE",
    kdf: crypto.Kdf = crypto.DEFAULT_KDF,
) -> Revocation:
    """Revoke a device of the organisation (see the module docstring)."""
    if device_id == store.device_id:
        raise PacteError("sync", "sync_revoke_self", value=device_id)
    secret = given_or_asked(secret, passphrase_env, "organisation passphrase")
    state = LocalState(store)
    sync_pass(store, scopes=("org",), passphrases=lambda s: secret if s == "org" else None)
    target = next((d for d in devices(store) if d.device_id == device_id), None)
    if target is None:
        raise PacteError("sync", "sync_unknown_device", value=device_id)
    if target.status == "revoked":
        raise PacteError("sync", "sync_already_revoked", value=device_id)
    location = state.location("org")
    assert location is not None  # devices() checked it
    keys = epochs.ScopeKeys(state.vault, "org")
    transport = location.open()
    try:
        root = configured_root(store, "org", transport)
        if len(root.chain) != len(keys.chain):
            raise PacteError("sync", "sync_epoch_race", value=epochs.EPOCH_DIR)
        opened = epochs.open_newest(
            root.document["sealed"], root.chain, secret, scope="org", what=root.name
        )
        org_key = epochs.authority_key(opened, root.body["org_public_key"], what=root.name)
        revoked = keys.revoked()
        recipients, without_box = recipients_of(
            transport, root, certificates(transport, root), {*revoked, device_id}
        )
        last_seq = target.last_seq
        number = opened.newest + 1
        passphrase_key = crypto.new_passphrase_key(secret, kdf)
        document, new_key = epochs.make_epoch(
            scope="org",
            root_id=root.root_id,
            number=number,
            previous=root.chain[-1].digest if root.chain else epochs.digest(root.document),
            cause="revoke",
            authority=org_key,
            created_by=who(store),
            opened=opened,
            passphrase_key=passphrase_key,
            recipients=recipients,
            revoked={device_id: last_seq},
            seal_authority=True,
        )
        epoch = publish_epoch(transport, root, document, number, opened.content_keys)
    finally:
        close_transport(transport)
    network = state.location("network")
    if network is not None:
        network_revocations.revoke_in_network(store, network, device_id, org_key)
    del org_key
    with store.engine.begin() as conn:
        keys.adopt(conn, [*root.chain, epoch], {number: new_key})
        seal = state.vault.passphrase_seal(conn)
        if seal is None or seal["scope"] == "org":
            state.vault.reseal(conn, passphrase_key, scope="org", epoch=number)
    sync_pass(store, scopes=("org",))
    return Revocation(
        device=target,
        epoch=number,
        last_seq=last_seq,
        boxed=sorted(recipients),
        without_box=sorted(without_box),
    )


def recipients_of(
    transport: Transport,
    root: ScopeRoot,
    certified: dict[str, tuple[dict[str, Any], Ed25519PublicKey]],
    excluded: set[str],
    boxes_dir: str = "boxes",
) -> tuple[dict[str, bytes], list[str]]:
    """The X25519 keys of the certified devices not ``excluded``, and those that have none."""
    recipients: dict[str, bytes] = {}
    without: list[str] = []
    for device, (_body, key) in certified.items():
        if device in excluded:
            continue
        box = epochs.read_box_key(
            transport, boxes_dir, root_id=root.root_id, device=device, device_public=key
        )
        if box is None:
            without.append(device)
        else:
            recipients[device] = box
    return recipients, without


def publish_epoch(
    transport: Transport,
    root: ScopeRoot,
    document: dict[str, object],
    number: int,
    held: dict[int, bytes],
) -> epochs.Epoch:
    """Write a new epoch, never over another one; the checked epoch."""
    path = epochs.epoch_filename(number, document)
    transport.ensure_dir(epochs.EPOCH_DIR)
    try:
        write_json(transport, path, document)
    except ExistsError:
        raise PacteError("sync", "sync_epoch_race", value=path) from None
    # Another workstation renewing the keys at the same moment wrote its own epoch: the
    # smaller name is the one everybody adopts (epochs.read_chain); the other is taken back.
    found = epochs.read_chain(
        transport,
        scope=root.scope,
        root_id=root.root_id,
        authority=root.authority,
        root_document=root.document,
        known=root.chain,
        keys=held,
        levels=1,
    )
    chosen = found.epochs[len(root.chain) :]
    if not chosen or chosen[0].path != path:
        transport.delete_own(path)
        raise PacteError("sync", "sync_epoch_race", value=path)
    return chosen[0]
