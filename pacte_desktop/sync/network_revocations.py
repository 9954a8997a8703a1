"""A revoked device in the network: the organisation's signed word that partners refuse its
later network files.

When a device is revoked (``devices.py``, step 4) and the organisation has a network set up,
:func:`revoke_in_network` writes ``feeds/<org>/revoked/<device>.json``, signed by the
organisation key: it names the last sequence number of the device's network files that checks
out (its certificate and signature verified), so what it published before stays. A partner's
pass reads these documents with :func:`network_revocations`, checking each signature against
the organisation key the coordinator admitted, and refuses the device's later files. A
document that does not check out, or names another organisation or device than its path, is
ignored.
"""

from __future__ import annotations

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from pacte_desktop.domain.errors import PacteError
from pacte_desktop.store.database import Store
from pacte_desktop.sync import changefile, crypto
from pacte_desktop.sync.location import Location, close_transport
from pacte_desktop.sync.roots import now_iso, read_json, write_json
from pacte_desktop.sync.state import LocalState
from pacte_desktop.sync.transport import JSON_PATTERN, MissingFileError, RootError, Transport

REVOKED_DIR = "revoked"
NETWORK_REVOCATION_TYPE = "pacte-network-revocation"


def revoke_in_network(
    store: Store, location: Location, device_id: str, org_key: Ed25519PrivateKey
) -> None:
    """Write the network revocation of step 4 (once; nothing to do without a network feed)."""
    org_id = str(store.local("organisation_id"))
    feed = f"feeds/{org_id}"
    transport = location.open()
    try:
        path = f"{feed}/{REVOKED_DIR}/{device_id}.json"
        if transport.exists(path):
            return
        last = 0
        names: tuple[str, ...] = ()
        try:
            cert = read_json(transport, f"{feed}/keys/{device_id}.json")
            public = crypto.verify_certificate(
                cert, org_key.public_key(), expected_device_id=device_id
            )
            names = transport.list(f"{feed}/log/{device_id}").names
        except (PacteError, MissingFileError, RootError):
            pass  # no network feed of this device: nothing of it is accepted
        for name in sorted(names, reverse=True):  # the newest file that is really the device's
            data = transport.read(f"{feed}/log/{device_id}/{name}")
            try:
                if changefile.file_name(int(name[:12]), data) != name:
                    continue
                crypto.verify(
                    public,
                    data[-crypto.SIGNATURE_SIZE :],
                    data[: -crypto.SIGNATURE_SIZE],
                    what=name,
                )
            except PacteError:
                continue
            last = int(name[:12])
            break
        body = {
            "network_id": LocalState(store).get("network.root_id"),
            "org_id": org_id,
            "device_id": device_id,
            "last_seq": last,
            "revoked_at": now_iso(),
        }
        transport.ensure_dir(f"{feed}/{REVOKED_DIR}")
        write_json(transport, path, crypto.sign_document(NETWORK_REVOCATION_TYPE, body, org_key))
    finally:
        close_transport(transport)


def network_revocations(
    transport: Transport, feed: str, org_public: Ed25519PublicKey, org_id: str
) -> dict[str, int]:
    """The devices a member organisation revoked (its signature checked), and the last
    sequence number of their network files that is accepted."""
    out: dict[str, int] = {}
    try:
        names = transport.list(f"{feed}/{REVOKED_DIR}", JSON_PATTERN).names
    except (RootError, MissingFileError):
        return out
    for name in names:
        path = f"{feed}/{REVOKED_DIR}/{name}"
        try:
            body = crypto.verify_document(
                read_json(transport, path), org_public, kind=NETWORK_REVOCATION_TYPE, what=path
            )
        except (PacteError, MissingFileError):
            continue
        last, device = body.get("last_seq"), body.get("device_id")
        if (
            body.get("org_id") == org_id
            and isinstance(device, str)
            and device == name[:-5]
            and isinstance(last, int)
            and not isinstance(last, bool)
        ):
            out[device] = last
    return out
