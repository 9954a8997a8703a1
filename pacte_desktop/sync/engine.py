"""Sync passes for the two scopes: the one name the CLI, the UI and the tests import.

The work lives in rooms named for it; this module gathers their public names:

- ``location.py``: where a scope lives (a folder or a WebDAV URL);
- ``roots.py``: the root documents (``ORG.json``, ``NETWORK.json``) and small signed files;
- ``state.py``: the cursors a workstation keeps, and the passphrases it asks for;
- ``vault.py``: its secret keys, sealed at rest (credential store or passphrase);
- ``unlock.py``: opening them (once per session), and migrating plaintext keys;
- ``epochs.py``: key epochs: content keys rotated on a revocation or a passphrase change;
- ``setup.py``: creating or joining a scope's root;
- ``devices.py``: the organisation's devices, and revoking one;
- ``passphrase_change.py``: changing a scope's passphrase;
- ``feeds.py``: the loop that reads one device's change files in sequence and checks them;
- ``received.py`` and ``replication.py``: received operations checked, then merged into the
  store (the rule of ``merge.py`` in SQL);
- ``org_scope.py`` and ``network_scope.py``: one pass of each scope;
- ``network_outgoing.py``: what the organisation publishes in the network;
  ``network_charter.py``: the charter in force; ``network_records.py``: partners' records;
- ``network_ops.py``: what a partner's operation may be; ``membership.py``: who is admitted;
  ``coordination.py``: the coordinator admitting and removing members;
  ``network_revocations.py``: a revoked device's later network files refused;
- ``passes.py``: :func:`sync_pass` over the configured scopes, and :func:`status`;
- ``conflicts.py``: reinstating or dismissing the edits that lost.

Organisation scope (``ORG.json`` root)::

    ORG.json                      id, name, protocol, minimum app, organisation public key,
                                  the organisation's keys sealed by its passphrase (signed)
    epochs/<n>.json               key epochs after the first: revocations, the new content key
                                  sealed to each remaining device and under the passphrase
    keys/<device>.json            device certificates, signed by the organisation key
    boxes/<device>.json           each device's X25519 key, signed by its device key
    log/<device>/<seq>-<h>.chg    change files (every field, encrypted with the content key)
    snap/<device>-<hlc>.snap      snapshots for new workstations
    acks/<device>.json            what each device has applied (its only rewritten file)

Network scope (``NETWORK.json`` root)::

    NETWORK.json                  id, name, protocol, coordinator public key, network key sealed
                                  by the network passphrase (signed by the coordinator)
    epochs/<n>.json               network key epochs (a passphrase change), by the coordinator
    charter/vNNNN.json            the sharing charter, signed by the coordinator
    members/<org>.vNNNN.json      the coordinator's admission (or removal) of an organisation,
                                  pinning its public key (signed by the coordinator)
    feeds/<org>/member.json       an organisation's request to join: its name and public key
                                  (self-signed; pending until admitted)
    feeds/<org>/keys/<dev>.json   its device certificates
    feeds/<org>/boxes/<dev>.json  its devices' X25519 keys
    feeds/<org>/log/<dev>/…chg    charter fields of shareable records, encrypted with the
                                  network key
    feeds/<org>/snap/<dev>-<hlc>.snap  the feed's state and the files it covers, for late
                                  and returning members (``network_snapshot.py``)

Everything written is signed by the device; everything read is checked before it is used.
Nothing here imports Qt.
"""

from __future__ import annotations

from pacte_desktop.sync.conflicts import dismiss, reinstate
from pacte_desktop.sync.coordination import (
    admit_member,
    can_coordinate,
    network_members,
    remove_member,
)
from pacte_desktop.sync.feeds import (
    LOCKED,
    OPS_PER_FILE,
    PassSummary,
    ScopeSummary,
    ScopeSync,
)
from pacte_desktop.sync.location import Location, close_transport
from pacte_desktop.sync.membership import ADMITTED, PENDING, REMOVED, Member
from pacte_desktop.sync.network_charter import (
    charter_in_force,
    effective_charter,
    narrowed,
    publish_charter,
)
from pacte_desktop.sync.network_ops import KNOWLEDGE, PROFILE, PROFILE_FIELD, WITHDRAWN
from pacte_desktop.sync.network_records import network_records, partners_knowing
from pacte_desktop.sync.network_scope import NetworkSync
from pacte_desktop.sync.org_scope import ACK_STALE_DAYS, SNAPSHOT_EVERY, OrgSync
from pacte_desktop.sync.passes import Status, accept_fork, status, sync_pass
from pacte_desktop.sync.roots import (
    ACK_TYPE,
    MEMBER_TYPE,
    MIN_APP,
    NETWORK_FILE,
    NETWORK_ROOT_TYPE,
    ORG_FILE,
    ORG_ROOT_TYPE,
    PROTOCOL,
    SCOPES,
)
from pacte_desktop.sync.setup import SetupResult, open_org_key, setup_network, setup_org
from pacte_desktop.sync.state import MIN_PASSPHRASE, LocalState, asked, passphrase
from pacte_desktop.sync.unlock import ensure_open, unlock

_close = close_transport  # the name the WebDAV scenario tests use

__all__ = [
    "ACK_STALE_DAYS",
    "ACK_TYPE",
    "ADMITTED",
    "KNOWLEDGE",
    "LOCKED",
    "MEMBER_TYPE",
    "MIN_APP",
    "MIN_PASSPHRASE",
    "NETWORK_FILE",
    "NETWORK_ROOT_TYPE",
    "OPS_PER_FILE",
    "ORG_FILE",
    "ORG_ROOT_TYPE",
    "PENDING",
    "PROFILE",
    "PROFILE_FIELD",
    "PROTOCOL",
    "REMOVED",
    "SCOPES",
    "SNAPSHOT_EVERY",
    "WITHDRAWN",
    "LocalState",
    "Location",
    "Member",
    "NetworkSync",
    "OrgSync",
    "PassSummary",
    "ScopeSummary",
    "ScopeSync",
    "SetupResult",
    "Status",
    "accept_fork",
    "admit_member",
    "asked",
    "can_coordinate",
    "charter_in_force",
    "close_transport",
    "dismiss",
    "effective_charter",
    "ensure_open",
    "narrowed",
    "network_members",
    "network_records",
    "open_org_key",
    "partners_knowing",
    "passphrase",
    "publish_charter",
    "reinstate",
    "remove_member",
    "setup_network",
    "setup_org",
    "status",
    "sync_pass",
    "unlock",
]
