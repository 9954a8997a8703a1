"""The coordinator admits and removes the network's member organisations.

Only the coordinator's workstation (the one holding the coordinator key) may: it checks the
network root first, then learns the latest admissions. Admitting pins the key the
organisation's ``member.json`` asserts now, in an admission the coordinator signs; with the
fingerprint the coordinator was shown, a key that differs is refused (``member.json`` was
replaced meanwhile). Removing makes receivers stop reading the organisation's feed and drop its
records; the coordinator's own organisation cannot be removed. An organisation is named by its
id, an id prefix or its name, among those known here or with a feed in the folder.
"""

from __future__ import annotations

from pacte_desktop.domain.errors import PacteError
from pacte_desktop.store.database import Store
from pacte_desktop.sync import crypto, membership
from pacte_desktop.sync.feeds import ScopeSummary
from pacte_desktop.sync.location import close_transport
from pacte_desktop.sync.membership import ADMITTED, REMOVED, Admission, Member
from pacte_desktop.sync.network_scope import ORG_DIR, NetworkSync
from pacte_desktop.sync.state import LocalState
from pacte_desktop.sync.transport import MissingFileError, RootError, Transport


def network_members(store: Store) -> list[Member]:
    """The network's organisations as this workstation knows them (from its last pass):
    name, id, admitted / pending / removed, the latest file of each feed applied here."""
    return membership.members(store)


def can_coordinate(store: Store) -> bool:
    """Whether this workstation is the coordinator's (admits, removes, publishes charters)."""
    return membership.coordinator_key(store) is not None


def admit_member(store: Store, org: str, *, fingerprint: str | None = None) -> Member:
    """The coordinator admits ``org`` (its id, an id prefix or its name): its feed will be read
    with the key its ``member.json`` asserts now, pinned in the signed admission. With
    ``fingerprint`` (the one the coordinator was shown and checked), a key that differs is
    refused: ``member.json`` was replaced meanwhile."""
    return _coordinate(store, org, ADMITTED, fingerprint)


def remove_member(store: Store, org: str) -> Member:
    """The coordinator removes ``org``: receivers stop reading its feed and drop its records."""
    return _coordinate(store, org, REMOVED)


def _coordinate(store: Store, ref: str, status: str, fingerprint: str | None = None) -> Member:
    key = membership.coordinator_key(store)
    state = LocalState(store)
    location = state.location("network")
    if key is None or location is None:
        raise PacteError("network", "network_coordinator_only")
    transport = location.open()
    try:
        sync = NetworkSync(store, transport, ScopeSummary("network", location.where), None)
        coordinator = sync.check_root()
        if crypto.public_key_bytes(key.public_key()) != crypto.public_key_bytes(coordinator):
            raise PacteError("network", "network_coordinator_only")
        membership.refresh(store, transport, coordinator, sync.root_id, sync.reject)
        org = membership.resolve(_candidates(store, transport, sync.root_id), ref)
        current = membership.admissions(store).get(org)
        if status == REMOVED:
            if org == sync.org_id:
                raise PacteError("network", "network_remove_coordinator", value=org)
            if current is None or current.status != REMOVED:
                name, public_key = _asserted(transport, org, sync.root_id, current)
                sync.transport.ensure_dir(membership.MEMBERS_DIR)
                sync.write_admission(key, org, name, public_key, REMOVED)
        else:
            name, public_key = membership.read_member(transport, org, sync.root_id)
            if fingerprint is not None and membership.fingerprint(public_key) != fingerprint:
                raise PacteError(
                    "sync",
                    "sync_forged",
                    value=f"feeds/{org}/member.json",
                    reason="key_not_shown",
                )
            if current is None or (current.status, current.public_key) != (ADMITTED, public_key):
                sync.transport.ensure_dir(membership.MEMBERS_DIR)
                sync.write_admission(key, org, name, public_key, ADMITTED)
    finally:
        close_transport(transport)
    return next(m for m in membership.members(store) if m.org_id == org)


def _asserted(
    transport: Transport, org: str, network_id: str, current: Admission | None
) -> tuple[str, str]:
    """The name and key of an organisation being removed: as admitted, else as it asserts."""
    if current is not None:
        return current.name, current.public_key
    try:
        return membership.read_member(transport, org, network_id)
    except (MissingFileError, RootError):
        raise PacteError("network", "network_no_member", value=org) from None


def _candidates(store: Store, transport: Transport, network_id: str) -> list[tuple[str, str]]:
    """Every organisation the coordinator may name: known here, or with a feed in the folder."""
    found = {m.org_id: m.name for m in membership.members(store)}
    try:
        dirs = transport.list("feeds").dirs
    except RootError:
        dirs = ()
    for org in dirs:
        if org not in found and ORG_DIR.fullmatch(org):
            try:
                found[org] = membership.read_member(transport, org, network_id)[0]
            except PacteError:
                continue
    return sorted(found.items())
