"""The network scope's pass: publish the charter's fields of shareable records to this
organisation's feed, receive the feeds of admitted partners.

A pass: check ``NETWORK.json`` (signed by the pinned coordinator key); take the newest valid
charter; learn new admissions and removals (``membership.py``); publish; then read the feed of
every admitted organisation with the key its admission pins. Every operation of a partner is
checked before use (``network_ops.py``): a malformed one refuses its file, which is reported and
never applied, and that device's later files wait behind it while other feeds flow on; a file
stamped more than ten minutes ahead of this workstation's clock waits (``waiting``) until it is
due. Organisations that asked to join and are not admitted are noted as pending, never read.
A feed read for the first time starts from its newest snapshot, and a device whose next file was
pruned catches up from one; after a pass that published, this organisation's own feed gets a
snapshot when due and its covered files are pruned (``network_snapshot.py``).

Around the pass: what is published (``network_outgoing.py``), the charter in force
(``network_charter.py``), partners' records read back (``network_records.py``), the
coordinator's admissions (``coordination.py``), revoked devices (``network_revocations.py``).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import re
import time
from collections.abc import Callable, Mapping
from typing import Any

import sqlalchemy as sa
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from pacte_desktop.domain.entities import Organisation
from pacte_desktop.domain.errors import PacteError
from pacte_desktop.domain.hlc import Clock
from pacte_desktop.store.unit_of_work import UnitOfWork
from pacte_desktop.sync import changefile, clockcheck, crypto, feeds, membership, network_ops
from pacte_desktop.sync import charter as charters
from pacte_desktop.sync.feeds import DEVICE_ID, ScopeSync
from pacte_desktop.sync.membership import ADMITTED, REMOVED, Admission
from pacte_desktop.sync.network_charter import narrowed
from pacte_desktop.sync.network_outgoing import Outgoing
from pacte_desktop.sync.network_revocations import network_revocations
from pacte_desktop.sync.network_snapshot import (
    SNAP_DIR,
    FeedSnapshots,
    merge_record,
    received_fields,
)
from pacte_desktop.sync.roots import NETWORK_FILE, now_iso, read_json, root_check, write_json
from pacte_desktop.sync.transport import (
    JSON_PATTERN,
    SNAPSHOT_PATTERN,
    ExistsError,
    MissingFileError,
    RootError,
    TransportError,
)

ORG_DIR = re.compile(r"^[0-9A-Za-z-]{8,64}$")
CHARTER_NAME = re.compile(r"^v(\d{4})\.json$")
#: Records shared through the network: the table, and the reference to its employer.

# --- network scope ----------------------------------------------------------------------------


class NetworkSync(ScopeSync):
    scope = "network"

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        org_id = self.store.local("organisation_id")
        if org_id is None:
            raise PacteError("organisation", "not_initialised", value=str(self.store.data_dir))
        self.org_id = org_id
        self.feed = f"feeds/{org_id}"
        self.charter: charters.Charter | None = None
        self._revocations: dict[str, dict[str, int]] = {}  # per partner, read once a pass
        self.clock = Clock(self.device, self.store.local("hlc"))

    def publisher_org(self) -> str:
        return self.org_id

    def revoked_after(self, log_dir: str, device: str) -> int | None:
        """A partner's revoked device (``network_revocations.py``: ``feeds/<org>/revoked/``,
        signed by the organisation key the coordinator admitted): its later network files are
        refused."""
        org = log_dir.split("/")[1]
        if org not in self._revocations:
            admitted = membership.readable(self.store).get(org)
            self._revocations[org] = (
                network_revocations(
                    self.transport,
                    f"feeds/{org}",
                    crypto.public_key_from_bytes(
                        crypto.b64decode(admitted[1], what=org, size=crypto.PUBLIC_KEY_SIZE)
                    ),
                    org,
                )
                if admitted
                else {}
            )
        return self._revocations[org].get(device)

    def expected_org(self, log_dir: str) -> str | None:
        return log_dir.split("/")[1]

    def run(self) -> None:
        coordinator = self.check_root()
        # New key epochs (epochs.py) before reading anything written with them.
        self.writing(lambda: self.refresh_keys(coordinator, NETWORK_FILE, f"{self.feed}/boxes"))
        # A network folder that refuses writes is still read (publish_error says why).
        if self.writing(lambda: self.transport.ensure_dir(f"{self.feed}/log/{self.device}")):
            self.check_clock(f"{self.feed}/log/{self.device}")
        self.update_charter(coordinator, self.state.get("network.coordinator") or "")
        self.refresh_members(coordinator)
        published = self.summary.published_files
        self.writing(self.publish)
        if self.summary.published_files > published or self.snapshot_check_due():
            # This organisation's own feed: a snapshot when due, pruning (network_snapshot.py).
            self.writing(lambda: self.snapshots().maintain())
        trusted = membership.readable(self.store)
        # Admitted organisations in the order they were admitted (a device id belongs to the
        # first organisation whose certified file used it), then the others.
        listed = set(self.transport.list("feeds").dirs)
        for org in [o for o in trusted if o in listed] + sorted(listed - trusted.keys()):
            if org == self.org_id or not ORG_DIR.fullmatch(org):
                continue
            try:
                if org in trusted:
                    self.receive_org(org, trusted[org][1])
                else:
                    self.note_pending(org)
            except (RootError, TransportError):
                raise  # the location itself is in trouble: the pass stops and says so
            except PacteError as exc:  # one member's trouble never stops the others' feeds
                self.reject(f"feeds/{org}", exc)

    def snapshots(self) -> FeedSnapshots:
        """Snapshots of the network scope during this pass (``network_snapshot.py``)."""
        return FeedSnapshots(
            self, org_id=self.org_id, clock=self.clock, charter=lambda: self.charter
        )

    def snapshot_check_due(self) -> bool:
        """Whether to look at this organisation's snapshots although this pass published
        nothing: once a day (so that a quiet organisation's old files are pruned too)."""
        today = now_iso()[:10]
        if self.state.get("network.snapshot_checked") == today:
            return False
        self.state.set("network.snapshot_checked", today)
        return True

    def check_root(self) -> Ed25519PublicKey:
        """``NETWORK.json`` checked; the coordinator's public key."""
        root = root_check(self.transport, "network", self.root_id, self.pinned)
        issuer = str(root.get("coordinator", ""))
        if self.state.get("network.coordinator") != issuer:
            self.state.set("network.coordinator", issuer)
        return crypto.public_key_from_bytes(
            crypto.b64decode(
                root["coordinator_public_key"], what=NETWORK_FILE, size=crypto.PUBLIC_KEY_SIZE
            )
        )

    # -- membership ----------------------------------------------------------------------------
    def refresh_members(self, coordinator: Ed25519PublicKey) -> None:
        """Learn new admissions and removals. The coordinator's workstation upgrades a network
        from before admissions and writes again the admission documents it knows that are
        missing from the folder; a removed organisation stops here."""
        present = membership.refresh(
            self.store, self.transport, coordinator, self.root_id, self.reject
        )
        key = membership.coordinator_key(self.store)
        if key is not None:
            known = membership.admissions(self.store)
            if not present and not known:
                self.admit_pinned(key)
            for admission in known.values():
                path = membership.admission_path(admission.org_id, admission.version)
                if path.removeprefix(f"{membership.MEMBERS_DIR}/") not in present:
                    self.transport.ensure_dir(membership.MEMBERS_DIR)
                    with contextlib.suppress(ExistsError):  # back meanwhile (a syncer's delay)
                        self.put_admission(key, admission)
        own = membership.admissions(self.store).get(self.org_id)
        if own is not None and own.status == REMOVED:
            with self.store.engine.begin() as conn:
                membership.forget_partners(conn, self.device)
            raise PacteError("network", "network_removed", value=own.name)

    def admit_pinned(self, key: Ed25519PrivateKey) -> None:
        """A network from before admissions, on the coordinator's workstation: admit this
        organisation and every organisation pinned on first sight (what users already saw)."""
        own_name, own_key = membership.read_member(self.transport, self.org_id, self.root_id)
        with self.store.reading() as conn:
            pinned = membership.readable(self.store, conn)
        self.transport.ensure_dir(membership.MEMBERS_DIR)
        for org, (name, public_key) in {self.org_id: (own_name, own_key), **pinned}.items():
            self.write_admission(key, org, name, public_key, ADMITTED)

    def write_admission(
        self,
        key: Ed25519PrivateKey,
        org: str,
        name: str,
        public_key: str,
        status: str,
    ) -> Admission:
        """Sign and write the next admission document of ``org`` (coordinator only), and keep
        it as this workstation's newest word on ``org``."""
        admission = Admission(
            org_id=org,
            name=name,
            public_key=public_key,
            status=status,
            version=membership.next_version(self.store, self.transport, org),
            serial=membership.next_serial(self.store),
            issued_at=now_iso(),
        )
        self.put_admission(key, admission)
        membership.record_admission(self.store, admission)
        return admission

    def put_admission(self, key: Ed25519PrivateKey, admission: Admission) -> None:
        """Write an admission document (the same bytes again when one was lost)."""
        write_json(
            self.transport,
            membership.admission_path(admission.org_id, admission.version),
            membership.sign_admission(
                admission, network_id=self.root_id, issuer=self.org_id, key=key
            ),
        )

    def note_pending(self, org: str) -> None:
        """An organisation that is not admitted: noted as pending when it asked to join (a
        valid ``member.json``), never read."""
        if org in membership.admissions(self.store):
            return  # removed: its feed stays unread
        try:
            name, public_key = membership.read_member(self.transport, org, self.root_id)
        except (MissingFileError, RootError):
            return
        except PacteError as exc:
            self.reject(f"feeds/{org}/member.json", exc)
            return
        membership.note_pending(self.store, org, name, public_key)

    # -- the charter in force ------------------------------------------------------------------
    def update_charter(self, coordinator: Ed25519PublicKey, issuer: str) -> None:
        current_doc = self.state.get("network.charter")
        current = charters.from_document(json.loads(current_doc)) if current_doc else None
        names = self.transport.list("charter", JSON_PATTERN).names
        versions = sorted((int(m.group(1)), n) for n in names if (m := CHARTER_NAME.fullmatch(n)))
        for version, name in reversed(versions):
            if current is not None and version <= current.version:
                break
            try:
                found = charters.verify_charter(
                    read_json(self.transport, f"charter/{name}"),
                    coordinator,
                    expected_issuer=issuer or None,
                    what=f"charter/{name}",
                )
            except PacteError as exc:
                self.reject(f"charter/{name}", exc)
                continue
            if found.version != version:
                continue
            if current is not None:
                self.purge(charters.removed_fields(current, found))
            self.state.set(
                "network.charter", json.dumps(charters.to_document(found), sort_keys=True)
            )
            current = found
            break
        if current is None:
            raise RootError(clockcheck.describe(self.transport), "no_charter")
        self.charter = current

    def purge(self, removed: Mapping[str, frozenset[str]]) -> None:
        """Remove from partner records the fields the new charter no longer lets out."""
        if not removed:
            return
        with self.store.engine.begin() as conn:
            for table, names in removed.items():
                rows = conn.execute(
                    sa.text(
                        "SELECT org_id, row_id, data, stamps FROM network_record "
                        "WHERE table_name = :t"
                    ),
                    {"t": table},
                ).all()
                for org_id, row_id, data, stamps in rows:
                    values, clocks = json.loads(data), json.loads(stamps)
                    gone = [n for n in names if n in values]
                    if not gone:
                        continue
                    for n in gone:
                        values.pop(n, None)
                        clocks.pop(n, None)
                    self.summary.purged_fields += len(gone)
                    conn.execute(
                        sa.text(
                            "UPDATE network_record SET data = :d, stamps = :s "
                            "WHERE table_name = :t AND org_id = :o AND row_id = :r"
                        ),
                        {
                            "d": json.dumps(values),
                            "s": json.dumps(clocks),
                            "t": table,
                            "o": org_id,
                            "r": row_id,
                        },
                    )

    # -- publishing ---------------------------------------------------------------------------
    def publish(self) -> None:
        assert self.charter is not None
        withheld = self.store.setting("sharing.withhold")
        charter = narrowed(self.charter, withheld)
        backfilled = int(self.state.get("network.backfilled") or 0)
        policy_changed = (self.state.get("network.withheld") or "") != withheld
        ops: list[dict[str, Any]] = []
        outgoing = Outgoing(self.org_id, self.device, self.clock, self.state)
        outgoing.may_start = self.may_start_profile
        with self.store.reading() as conn:
            top = int(
                conn.execute(sa.text("SELECT coalesce(max(seq), 0) FROM journal")).scalar_one()
            )
            if backfilled < charter.version or policy_changed:
                # First publication, a charter that lets out more, or this organisation's own
                # policy changed: every shareable record's fields, now; withheld ones cleared.
                ops.extend(outgoing.full_state(conn, charter, cleared=self.charter))
                cursor = top
            else:
                cursor = int(self.state.get("network.published_seq") or 0)
                ops.extend(outgoing.changes_since(conn, charter, cursor))
            ops.extend(outgoing.derived(conn))
        self.adopt_own_files()
        for start in range(0, len(ops), feeds.OPS_PER_FILE):
            chunk = ops[start : start + feeds.OPS_PER_FILE]
            seq, name, sha = self.publish_file(f"{self.feed}/log", chunk, charter.version)
            with self.store.engine.begin() as conn:
                self.mark_own(conn, seq, name, sha)
                membership.note_latest(conn, self.store, self.org_id, f"{self.device}/{name}")
        with self.store.engine.begin() as conn:
            self.state.set("network.published_seq", str(top), conn)
            self.state.set("network.backfilled", str(charter.version), conn)
            self.state.set("network.withheld", withheld, conn)
            for key, value in outgoing.pending_state.items():
                self.state.set(f"network.{key}", value, conn)
            last = self.store.local("hlc", conn=conn) or ""
            self.store.set_local("hlc", max(self.clock.last, last), conn=conn)
        if outgoing.pending_basis is not None:
            self.record_basis(outgoing.pending_basis)

    def may_start_profile(self) -> bool:
        """Whether this workstation, which holds no basis of its organisation's profile, may
        publish a first one: when no other device of the organisation has written in its
        feed (it is the first), or when it published one itself under an earlier version
        (which kept no basis). Otherwise another workstation published, and its basis reaches
        this one through the organisation's sync: publishing now could differ from that
        profile by one candidate."""
        if self.state.get("network.profile") is not None:
            return True
        log_dir = f"{self.feed}/log"
        for device in self.transport.list(log_dir).dirs:
            if device == self.device or not DEVICE_ID.fullmatch(device):
                continue
            if self.transport.list(f"{log_dir}/{device}").names:
                return False
        # Files covered by a snapshot are pruned (network_snapshot.py): another device's
        # snapshot says it published as surely as its files did.
        try:
            snapshots = self.transport.list(f"{self.feed}/{SNAP_DIR}", SNAPSHOT_PATTERN).names
        except RootError:
            return True  # no snapshot folder yet
        return not any(not name.startswith(f"{self.device}-") for name in snapshots)

    def record_basis(self, basis: str) -> None:
        """Keep what the profile just published was computed from on the organisation's own
        record, through the journal: the organisation's other workstations receive it with
        their next pass and measure their next profile against it (``network_outgoing.py``)."""
        with UnitOfWork(self.store) as uow:
            try:
                uow.update(Organisation, self.org_id, {"profile_basis": basis})
            except KeyError:
                return  # no record of the organisation yet: the next pass records it
            uow.commit()

    def adopt_own_files(self) -> None:
        """Files of this device in its feed that the store does not know it wrote (a crash
        after writing, a restored backup): recorded, so that the chain continues after them.
        Only files that check out as this device's are adopted: junk left under a valid name
        in its directory is quarantined, never chained to."""
        log_dir = f"{self.feed}/log"
        listing = self.transport.list(f"{log_dir}/{self.device}")
        names, _, _ = self.applied(self.device)
        missing = [n for n in listing.names if n not in names]
        if not missing:
            return
        key = self.device_key.public_key()
        adopted: list[changefile.ChangeFile] = []
        for name in missing:
            try:
                adopted.append(self.read_file(log_dir, self.device, name, key))
            except PacteError as exc:
                self.reject(f"{log_dir}/{self.device}/{name}", exc)
        with self.store.engine.begin() as conn:
            for cf in adopted:
                self.mark_own(conn, cf.seq, cf.name, cf.sha256)

    # -- receiving ----------------------------------------------------------------------------
    def receive_org(self, org: str, public_key: str) -> None:
        """Read an admitted organisation's feed with the key its admission pins."""
        feed = f"feeds/{org}"
        try:
            _, asserted = membership.read_member(self.transport, org, self.root_id)
            if asserted != public_key:
                # Someone replaced member.json: reported; the admitted key still decides.
                raise PacteError(
                    "sync",
                    "sync_forged",
                    value=f"{feed}/member.json",
                    reason="not_admitted_key",
                )
        except (MissingFileError, RootError):
            pass
        except PacteError as exc:
            self.reject(f"{feed}/member.json", exc)
        public = crypto.public_key_from_bytes(
            crypto.b64decode(public_key, what=f"{feed} key", size=crypto.PUBLIC_KEY_SIZE)
        )
        keys = self.certificates(f"{feed}/keys", org, public)
        snapshots = self.snapshots()
        try:
            devices = [d for d in self.transport.list(f"{feed}/log").dirs if DEVICE_ID.fullmatch(d)]
        except RootError:
            devices = []
        if snapshots.new_feed(org, devices):
            # Read for the first time (a late joiner, a re-admission): the newest snapshot,
            # then only the files after it (network_snapshot.py rule 3).
            snapshots.catch_up(org, keys)
        self.receive_devices(org, devices, keys)
        needs = {d: seq for d, seq in self.gaps.items() if d in devices}
        if needs and snapshots.catch_up(org, keys, needs):
            # The files a device waited for were pruned while this workstation was away: the
            # snapshot covers them, what follows them applies now.
            for device in needs:
                self.gaps.pop(device, None)
            self.summary.waiting = [
                w for w in self.summary.waiting if not any(f"{feed}/log/{d}/" in w for d in needs)
            ]
            self.receive_devices(org, sorted(needs), keys)

    def receive_devices(
        self,
        org: str,
        devices: list[str],
        keys: Callable[[str], Callable[[], Ed25519PublicKey | None]],
    ) -> None:
        """Apply the new files of ``org``'s ``devices``, each device in sequence."""
        feed = f"feeds/{org}"
        for device in devices:
            owner = (
                self.org_id
                if device == self.device
                else membership.device_owner(self.store, device)
            )
            if owner is not None and owner != org:
                self.reject(
                    f"{feed}/log/{device}",
                    PacteError(
                        "sync",
                        "sync_forged",
                        value=f"{feed}/log/{device}",
                        reason="device_of_another_org",
                    ),
                )
                continue
            for cf in self.device_files(f"{feed}/log", device, keys(device)):
                if not self.apply_network_file(org, device, cf):
                    break  # refused or not due yet: this device's later files wait behind it
            else:
                self.settle(f"{feed}/log/{device}")

    def apply_network_file(self, org: str, device: str, cf: changefile.ChangeFile) -> bool:
        """Apply one checked change file of ``org``'s ``device``; False when it was refused
        (malformed operations) or is not due yet (stamped ahead of this clock)."""
        assert self.charter is not None
        path = f"feeds/{org}/log/{device}/{cf.name}"
        try:
            ops = network_ops.check_ops(
                cf.ops, org_id=org, device_id=device, schema=cf.schema, what=path
            )
        except PacteError as exc:
            self.reject(path, exc)
            return False
        latest = max((op.hlc for op in ops), default=None)
        ahead = network_ops.ahead_of(latest, time.time_ns() // 1_000_000)
        if ahead is not None:
            when = dt.datetime.fromtimestamp(ahead / 1000, dt.UTC).isoformat(timespec="seconds")
            self.summary.waiting.append(f"{path} (stamped {when}, ahead of this clock)")
            return False
        kept: list[network_ops.NetworkOp] = []
        for op in ops:
            fields = received_fields(op.table, op.fields, self.charter)
            if fields:
                kept.append(network_ops.NetworkOp(op.table, op.row_id, op.hlc, fields))
        with self.store.engine.begin() as conn:
            for op in kept:
                merge_record(
                    conn, org, op.table, op.row_id, {n: (v, op.hlc) for n, v in op.fields.items()}
                )
            self.mark_applied(conn, cf)
            membership.claim_device(conn, self.store, device, org)
            membership.note_latest(conn, self.store, org, f"{device}/{cf.name}")
        self.summary.received_files += 1
        self.summary.received_ops += len(kept)
        return True
