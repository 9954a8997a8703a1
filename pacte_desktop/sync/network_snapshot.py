"""Snapshots and pruning of the network scope: a member joining late reads each partner's
snapshot and the files after it, not five years of feeds.

The rules (docs/sync.md, "Network snapshots and pruning"):

1. **What a snapshot holds.** ``feeds/<org>/snap/<device>-<hlc>.snap`` (the framing, encryption
   and signature of ``snapshot.py``; encrypted with the network key, its header naming the
   publishing organisation) holds the state of that organisation's feed: per published record
   (table, id) each field's value *and the stamp it was published with*, folded from the feed's
   files in sequence per device, and the vector of the files it covers (per device of the
   organisation: the last sequence number and that file's hash). Because the stamps travel with
   the values, loading a snapshot is the same last-writer-wins merge as applying the files it
   covers: a reader that loads it, whatever it held before, and then the files after it, holds
   exactly what a reader of every file holds.
2. **Who writes one, when.** Any workstation of the organisation, after a pass that published
   (or once a day), when at least :data:`SNAPSHOT_EVERY` files of its organisation's feed are
   not covered by the newest snapshot. It starts from the newest snapshot it can read and folds
   the files after it, checked as partners check them (certificate, signature, chain, a revoked
   device's later files, every operation through ``network_ops.check_ops``, a file stamped ahead
   of the clock), and stops each device where a partner would stop. A pass with nothing new does
   not look at snapshots at all.
3. **Who reads one.** A partner reads a snapshot of an *admitted* organisation only (a removed
   or pending one's feed is never read), in two cases: it has applied nothing of that feed yet
   (it joins late, or the organisation is admitted again), or a device of that feed waits for a
   file that is no longer there (pruned while the reader was away) and the snapshot covers it.
   Everything read is hostile: the name, framing, signature by a device certified by the key the
   admission pins, the device not revoked, the decryption; the vector names devices of that
   organisation only (never one another organisation used first, never a file after a device's
   revocation); at most :data:`MAX_RECORDS` entries, read as they are decompressed; every
   entry is ``[table, id, values, stamps]`` with the same field names, each stamp of a device
   the vector names, and its operations pass ``network_ops.check_ops`` as a change file's do.
   A snapshot that does not check out is reported (``sync_rejected``) and the next older one
   tried; with none, the files are read, and a device whose files are gone waits.
   What is kept is narrowed by the charter in force, as files are.
4. **Pruning.** A workstation deletes its own feed files, and its own older snapshots, that the
   newest valid snapshot of its organisation at least :data:`PRUNE_AFTER_DAYS` old covers. No
   acknowledgements are needed (unlike the organisation scope, whose devices ack each other):
   thirty organisations do not write what they applied into each other's feeds, and a reader
   that missed pruned files loses nothing, it catches up from the snapshot (rule 3), which is the
   same merge. The delay is for the readers' comfort and the syncers: a member that passes at
   least every two weeks keeps reading a few small files rather than a whole snapshot, and a
   folder syncer has long delivered the snapshot when the files it covers disappear.
"""

from __future__ import annotations

import json
import re
import time
import zlib
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, Final

import sqlalchemy as sa
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from pacte_desktop.domain.errors import PacteError
from pacte_desktop.domain.hlc import Clock
from pacte_desktop.store.files import HEAD_REVISION
from pacte_desktop.sync import changefile, crypto, membership, network_ops, snapshot
from pacte_desktop.sync import charter as charters
from pacte_desktop.sync.feeds import DEVICE_ID, ScopeSync
from pacte_desktop.sync.network_ops import WITHDRAWN, NetworkOp
from pacte_desktop.sync.transport import SNAPSHOT_PATTERN, MissingFileError, RootError

SNAP_DIR: Final = "snap"
#: A workstation writes a snapshot once this many files of its organisation's feed are not
#: covered by the newest one.
SNAPSHOT_EVERY: Final = 200
#: Files (and older snapshots) are pruned once a snapshot covering them is this old.
PRUNE_AFTER_DAYS: Final = 14
DAY_MS: Final = 86_400_000
#: The most records a member's snapshot may hold (a region's whole directory is about 100,000
#: employers): a snapshot announcing more is refused unread.
MAX_RECORDS: Final = 1_000_000
#: Records merged into the store in one transaction while a snapshot loads.
LOAD_BATCH: Final = 5000
_SHA: Final = re.compile(r"[0-9a-f]{64}")

Keys = Callable[[str], Callable[[], Ed25519PublicKey | None]]


@dataclass
class FeedState:
    """An organisation's feed folded: per (table, id) the values and their stamps; the files
    covered per device; the snapshot it was read from (None when folded from files only)."""

    records: dict[tuple[str, str], tuple[dict[str, Any], dict[str, str]]] = field(
        default_factory=dict
    )
    vector: dict[str, tuple[int, str]] = field(default_factory=dict)
    name: str | None = None

    def fold(self, ops: Iterable[NetworkOp]) -> None:
        """Merge operations, last writer wins per field (as ``network_record`` does)."""
        for op in ops:
            if not op.fields:
                continue
            data, stamps = self.records.setdefault((op.table, op.row_id), ({}, {}))
            for name, value in op.fields.items():
                if stamps.get(name, "") < op.hlc:
                    data[name] = value
                    stamps[name] = op.hlc

    @property
    def files(self) -> int:
        return sum(seq for seq, _ in self.vector.values())

    @property
    def newest_stamp(self) -> str | None:
        return max(
            (s for _, stamps in self.records.values() for s in stamps.values()), default=None
        )


def snapshot_wall_ms(name: str) -> int:
    """The wall time (ms) of the stamp a snapshot's name carries."""
    return int(name[17:30])


# --- the snapshot's contents ----------------------------------------------------------------


def write(
    state: FeedState,
    *,
    org_id: str,
    device_id: str,
    hlc: str,
    content_key: bytes,
    epoch: int,
    device_key: Any,
) -> tuple[str, bytes]:
    """The bytes of a snapshot of ``state`` (one entry per record, in (table, id) order)."""
    entries = ([t, r, d, s] for (t, r), (d, s) in sorted(state.records.items()))
    return snapshot.write_snapshot(
        org_id=org_id,
        device_id=device_id,
        hlc=hlc,
        schema=HEAD_REVISION,
        vector=state.vector,
        journal=entries,
        journal_count=len(state.records),
        parked=[],
        content_key=content_key,
        epoch=epoch,
        device_private_key=device_key,
    )


def check(
    snap: snapshot.Snapshot,
    *,
    org_id: str,
    owner: Callable[[str], str | None],
    revoked: Callable[[str], int | None],
    what: str,
    max_records: int = MAX_RECORDS,
) -> FeedState:
    """A decrypted snapshot of ``org_id``'s feed, every part checked (module rule 3); one
    announcing more than ``max_records`` records is refused before any is read."""

    def corrupt(reason: str, **details: object) -> PacteError:
        return PacteError("sync", "sync_corrupt", value=what, reason=reason, **details)

    def forged(reason: str, **details: object) -> PacteError:
        return PacteError("sync", "sync_forged", value=what, reason=reason, **details)

    vector: dict[str, tuple[int, str]] = {}
    for device, (seq, sha) in snap.vector.items():
        if not DEVICE_ID.fullmatch(device) or not 0 < seq < 10**12 or not _SHA.fullmatch(sha):
            raise corrupt("snapshot_vector")
        if owner(device) not in (None, org_id):
            raise forged("device_of_another_org")
        last = revoked(device)
        if last is not None and seq > last:
            raise forged("snapshot_after_revocation", device=device)
        vector[device] = (seq, sha)
    if snap.parked:
        raise corrupt("body_malformed")
    if not 0 <= snap.journal_count <= max_records:
        raise corrupt("snapshot_too_large", count=snap.journal_count, limit=max_records)
    state = FeedState(vector=vector, name=snap.name)
    index = 0
    chunks = snap.journal(batch=LOAD_BATCH)
    while True:
        try:
            chunk = next(chunks, None)
        except (ValueError, TypeError, zlib.error):
            raise corrupt("body_malformed") from None
        if chunk is None:
            break
        for entry in chunk:
            index += 1
            if index > snap.journal_count:  # more than announced: read no further
                raise corrupt("body_malformed")
            state.fold(_entry_ops(entry, index, org_id, vector, snap.schema, what))
    if index != snap.journal_count:
        raise corrupt("body_malformed")
    return state


def _entry_ops(
    entry: object,
    index: int,
    org_id: str,
    vector: Mapping[str, tuple[int, str]],
    schema: str,
    what: str,
) -> list[NetworkOp]:
    """One entry ``[table, id, values, stamps]`` as checked operations (one per stamp)."""
    if not (isinstance(entry, list) and len(entry) == 4):
        raise PacteError("sync", "sync_corrupt", value=what, reason="snapshot_entry", index=index)
    table, row_id, data, stamps = entry
    if (
        not isinstance(data, dict)
        or not isinstance(stamps, dict)
        or not data
        or data.keys() != stamps.keys()
    ):
        raise PacteError("sync", "sync_corrupt", value=what, reason="snapshot_entry", index=index)
    by_stamp: dict[str, dict[str, Any]] = {}
    for name, value in data.items():
        stamp = stamps[name]
        if type(stamp) is not str:
            raise PacteError(
                "sync", "sync_corrupt", value=what, reason="snapshot_entry", index=index
            )
        by_stamp.setdefault(stamp, {})[name] = value
    ops: list[NetworkOp] = []
    for stamp, fields in by_stamp.items():
        device = stamp[-16:]
        if device not in vector:
            raise PacteError(
                "sync", "sync_forged", value=what, reason="stamp_not_covered", index=index
            )
        raw = {"table": table, "row_id": row_id, "hlc": stamp, "op": "update", "fields": fields}
        try:
            ops.extend(
                network_ops.check_ops(
                    [raw], org_id=org_id, device_id=device, schema=schema, what=what
                )
            )
        except PacteError as exc:  # the entry's number, not the operation's within it
            raise PacteError(exc.field, exc.code, **{**exc.params, "index": index}) from None
    return ops


# --- the store ------------------------------------------------------------------------------


def received_fields(
    table: str, fields: Mapping[str, Any], charter: charters.Charter
) -> dict[str, Any]:
    """What a receiver keeps of a partner's fields: for a record, the charter's fields only;
    ``withdrawn`` always."""
    kept = dict(fields)
    withdrawn = kept.pop(WITHDRAWN, None)
    if table in network_ops.RECORD_TABLES:
        narrowed = charters.receive_filter({"table": table, "fields": kept}, charter)
        kept = dict(narrowed["fields"]) if narrowed else {}  # type: ignore[call-overload]
    if withdrawn is not None:
        kept[WITHDRAWN] = withdrawn
    return kept


def merge_record(
    conn: sa.Connection,
    org: str,
    table: str,
    row_id: str,
    values: Mapping[str, tuple[Any, str]],
) -> None:
    """Merge ``{field: (value, stamp)}`` into ``org``'s record, last writer wins per field. A
    record lives in its organisation's namespace: another member writing the same id makes a
    record of its own, and can never overwrite this one."""
    existing = conn.execute(
        sa.text(
            "SELECT data, stamps FROM network_record WHERE table_name = :t "
            "AND org_id = :o AND row_id = :r"
        ),
        {"t": table, "o": org, "r": row_id},
    ).first()
    data = json.loads(existing[0]) if existing else {}
    stamps = json.loads(existing[1]) if existing else {}
    for name, (value, stamp) in values.items():
        if stamps.get(name, "") < stamp:
            data[name] = value
            stamps[name] = stamp
    conn.execute(
        sa.text(
            "INSERT INTO network_record (table_name, row_id, org_id, data, stamps) "
            "VALUES (:t, :r, :o, :d, :s) ON CONFLICT(table_name, org_id, row_id) "
            "DO UPDATE SET data = excluded.data, stamps = excluded.stamps"
        ),
        {
            "t": table,
            "r": row_id,
            "o": org,
            "d": json.dumps(data, ensure_ascii=False, sort_keys=True),
            "s": json.dumps(stamps, sort_keys=True),
        },
    )


# --- a pass's use of snapshots ----------------------------------------------------------------


class FeedSnapshots:
    """Snapshots during one network pass: reading partners' (module rule 3), writing and
    pruning this organisation's (rules 2 and 4)."""

    def __init__(
        self,
        sync: ScopeSync,
        *,
        org_id: str,
        clock: Clock,
        charter: Callable[[], charters.Charter | None],
    ) -> None:
        self.sync = sync
        self.transport = sync.transport
        self.store = sync.store
        self.org_id = org_id
        self.clock = clock
        self.charter = charter

    # -- reading ------------------------------------------------------------------------------
    def names(self, org: str) -> list[str]:
        """The snapshot names of ``org``'s feed, newest first."""
        try:
            found = self.transport.list(f"feeds/{org}/{SNAP_DIR}", SNAPSHOT_PATTERN).names
        except RootError:
            return []
        return sorted(found, key=lambda n: n[17:], reverse=True)

    def valid(
        self, org: str, keys: Keys, *, report: bool = True, names: list[str] | None = None
    ) -> Iterator[FeedState]:
        """``org``'s snapshots, newest first, each read and checked. Skipped: a revoked
        device's, one without a certificate; one that does not check out is reported
        (``report``) and skipped."""
        log_dir = f"feeds/{org}/log"
        for name in self.names(org) if names is None else names:
            path = f"feeds/{org}/{SNAP_DIR}/{name}"
            device = name[:16]
            if self.sync.revoked_after(log_dir, device) is not None:
                continue
            try:
                if membership.device_owner(self.store, device) not in (None, org):
                    raise PacteError(
                        "sync", "sync_forged", value=path, reason="device_of_another_org"
                    )
                key = keys(device)()
                if key is None:
                    continue
                snap = snapshot.read_snapshot(
                    name,
                    self.transport.read(path),
                    org_id=org,
                    device_public_key=key,
                    content_key=self.sync.keys.keys,
                )
                state = check(
                    snap,
                    org_id=org,
                    owner=lambda d: membership.device_owner(self.store, d),
                    revoked=lambda d: self.sync.revoked_after(log_dir, d),
                    what=path,
                )
            except MissingFileError:
                continue  # listed, then gone (pruned meanwhile)
            except PacteError as exc:
                if report:
                    self.sync.reject(path, exc)
                continue
            self.sync.clear_rejected(path)
            yield state

    def new_feed(self, org: str, devices: list[str]) -> bool:
        """Whether this workstation has applied nothing of ``org``'s feed: no file of these
        devices (a device another member used first does not count: it is not ``org``'s)."""
        if not devices:
            return False
        with self.store.reading() as conn:
            found = conn.execute(
                sa.text(
                    "SELECT 1 FROM sync_applied AS a WHERE scope = 'network' AND device_id IN "
                    "(SELECT value FROM json_each(:d)) AND coalesce((SELECT value FROM "
                    "local_state WHERE key = :k || a.device_id), :o) = :o LIMIT 1"
                ),
                {"d": json.dumps(devices), "k": membership.DEVICE_OWNER_KEY, "o": org},
            ).first()
        return found is None

    def catch_up(self, org: str, keys: Keys, needs: Mapping[str, int] | None = None) -> bool:
        """Load ``org``'s newest valid snapshot: when this workstation reads the feed for the
        first time (``needs`` None), or when it covers a file some device waits for
        (``needs``: device -> sequence number). Returns whether one was loaded."""
        for state in self.valid(org, keys):
            if needs is not None and not any(
                state.vector.get(d, (0, ""))[0] >= seq for d, seq in needs.items()
            ):
                return False  # the newest readable snapshot does not reach them: wait
            newest = state.newest_stamp
            if network_ops.ahead_of(newest, time.time_ns() // 1_000_000) is not None:
                path = f"feeds/{org}/{SNAP_DIR}/{state.name}"
                self.sync.summary.waiting.append(f"{path} (stamped ahead of this clock)")
                return False
            self.load(org, state)
            return True
        return False

    def load(self, org: str, state: FeedState) -> None:
        """Merge a checked snapshot into ``org``'s records (the charter in force narrows it),
        then record the files it covers as applied. Interrupted, the next pass loads it again:
        merging is idempotent."""
        charter = self.charter()
        assert charter is not None
        items = list(state.records.items())
        kept = 0
        for start in range(0, len(items), LOAD_BATCH):
            with self.store.engine.begin() as conn:
                for (table, row_id), (data, stamps) in items[start : start + LOAD_BATCH]:
                    fields = received_fields(table, data, charter)
                    if fields:
                        merge_record(
                            conn, org, table, row_id, {n: (v, stamps[n]) for n, v in fields.items()}
                        )
                        kept += 1
        with self.store.engine.begin() as conn:
            for device, (seq, sha) in state.vector.items():
                self.sync.record_applied(conn, device, f"snapshot:{state.name}", seq, sha)
                membership.claim_device(conn, self.store, device, org)
            membership.note_latest(conn, self.store, org, f"snapshot:{state.name}")
        self.sync.summary.received_ops += kept
        self.sync.summary.snapshot = state.name

    # -- this organisation's snapshots -----------------------------------------------------------
    def own_keys(self) -> Keys | None:
        """The certificates of this organisation's devices, checked with its own key (known
        here since ``setup_network``, admitted or not)."""
        org = self.org_id
        own = self.sync.state.get("network.own_key")
        if own is None:
            admitted = membership.readable(self.store).get(org)
            if admitted is None:
                return None
            own = admitted[1]
        public = crypto.public_key_from_bytes(
            crypto.b64decode(own, what=f"feeds/{org}", size=crypto.PUBLIC_KEY_SIZE)
        )
        return self.sync.certificates(f"feeds/{org}/keys", org, public)

    def maintain(self, *, force: bool = False, now_ms: int | None = None) -> str | None:
        """Write a snapshot of this organisation's feed when due (rule 2), then prune what an
        old enough one covers (rule 4). Returns the name of the snapshot written, if any."""
        keys = self.own_keys()
        if keys is None:
            return None
        now = time.time_ns() // 1_000_000 if now_ms is None else now_ms
        written = self.write_if_due(keys, force=force, now_ms=now)
        self.prune(keys, now_ms=now)
        return written

    def _listing(self, log_dir: str) -> dict[str, dict[int, list[str]]]:
        """Per device of a feed, its file names by sequence number."""
        try:
            devices = self.transport.list(log_dir).dirs
        except RootError:
            return {}
        out: dict[str, dict[int, list[str]]] = {}
        for device in devices:
            if DEVICE_ID.fullmatch(device):
                by_seq: dict[int, list[str]] = {}
                for name in self.transport.list(f"{log_dir}/{device}").names:
                    by_seq.setdefault(int(name[:12]), []).append(name)
                out[device] = by_seq
        return out

    def _newest_vector(self, keys: Keys, names: list[str]) -> dict[str, tuple[int, str]]:
        """What the newest valid own snapshot covers; remembered by name, so that it is read
        once when it appears rather than at every check."""
        remembered = json.loads(self.sync.state.get("network.snapshot_seen") or "{}")
        if names and remembered.get("name") == names[0]:
            return {d: (int(s), str(h)) for d, (s, h) in remembered["vector"].items()}
        for state in self.valid(self.org_id, keys, names=names):
            self._remember(state)
            return dict(state.vector)
        return {}

    def _remember(self, state: FeedState) -> None:
        seen = {"name": state.name, "vector": {d: list(v) for d, v in state.vector.items()}}
        self.sync.state.set("network.snapshot_seen", json.dumps(seen))

    def write_if_due(self, keys: Keys, *, force: bool, now_ms: int) -> str | None:
        org = self.org_id
        log_dir = f"feeds/{org}/log"
        listing = self._listing(log_dir)
        names = self.names(org)
        covered = self._newest_vector(keys, names)
        pending = sum(
            1
            for device, by_seq in listing.items()
            for seq in by_seq
            if seq > covered.get(device, (0, ""))[0]
        )
        if pending == 0 or (pending < SNAPSHOT_EVERY and not force):
            return None
        state = next(self.valid(org, keys, names=names), None) or FeedState()
        self._fold_files(state, log_dir, listing, keys, now_ms)
        if state.vector == covered:
            return None  # nothing more could be folded (a gap, a refused file)
        stamp = self.clock.now()
        name, data = write(
            state,
            org_id=org,
            device_id=self.sync.device,
            hlc=stamp,
            content_key=self.sync.content_key,
            epoch=self.sync.keys.newest,
            device_key=self.sync.device_key,
        )
        self.transport.ensure_dir(f"feeds/{org}/{SNAP_DIR}")
        self.transport.create(f"feeds/{org}/{SNAP_DIR}/{name}", data)
        with self.store.engine.begin() as conn:
            last = self.store.local("hlc", conn=conn) or ""
            self.store.set_local("hlc", max(self.clock.last, last), conn=conn)
        state.name = name
        self._remember(state)
        self.sync.summary.snapshot = name
        return name

    def _fold_files(
        self,
        state: FeedState,
        log_dir: str,
        listing: Mapping[str, Mapping[int, list[str]]],
        keys: Keys,
        now_ms: int,
    ) -> None:
        """Fold the files after ``state``'s vector, device by device, stopping where a partner
        would stop: a gap, a fork, a file that does not check out, a revoked device's later
        files, a file stamped ahead of the clock."""
        org = self.org_id
        for device, by_seq in sorted(listing.items()):
            key = keys(device)()
            if key is None:
                continue
            revoked = self.sync.revoked_after(log_dir, device)
            seq, prev = state.vector.get(device, (0, ""))
            while seq + 1 in by_seq and (revoked is None or seq + 1 <= revoked):
                valid: list[changefile.ChangeFile] = []
                for name in by_seq[seq + 1]:
                    try:
                        valid.append(self.sync.read_file(log_dir, device, name, key))
                    except PacteError:
                        continue
                if len(valid) != 1 or valid[0].prev != (prev or None):
                    break  # nothing usable, a fork or a broken chain: partners stop here too
                cf = valid[0]
                try:
                    ops = network_ops.check_ops(
                        cf.ops,
                        org_id=org,
                        device_id=device,
                        schema=cf.schema,
                        what=f"{log_dir}/{device}/{cf.name}",
                    )
                except PacteError:
                    break
                if network_ops.ahead_of(max((o.hlc for o in ops), default=None), now_ms):
                    break
                state.fold(ops)
                seq, prev = cf.seq, cf.sha256
                state.vector[device] = (seq, prev)

    # -- pruning ----------------------------------------------------------------------------------
    def prune(self, keys: Keys, *, now_ms: int) -> None:
        """Delete this device's files and older snapshots that the newest valid snapshot of
        this organisation at least :data:`PRUNE_AFTER_DAYS` old covers (rule 4)."""
        org = self.org_id
        names = self.names(org)
        old = [n for n in names if snapshot_wall_ms(n) <= now_ms - PRUNE_AFTER_DAYS * DAY_MS]
        if not old:
            return
        remembered = json.loads(self.sync.state.get("network.prune_base") or "{}")
        if remembered.get("name") in old:
            base_name, covers = str(remembered["name"]), int(remembered["covers"])
        else:
            base = next(self.valid(org, keys, names=old), None)
            if base is None or base.name is None:
                return
            base_name, covers = base.name, base.vector.get(self.sync.device, (0, ""))[0]
            self.sync.state.set(
                "network.prune_base", json.dumps({"name": base_name, "covers": covers})
            )
        own_dir = f"feeds/{org}/log/{self.sync.device}"
        try:
            own = self.transport.list(own_dir).names
        except RootError:
            own = ()
        for name in own:
            if int(name[:12]) <= covers:
                self.transport.delete_own(f"{own_dir}/{name}")
                self.sync.summary.pruned += 1
        for name in names:
            if name.startswith(self.sync.device) and name[17:] < base_name[17:]:
                self.transport.delete_own(f"feeds/{org}/{SNAP_DIR}/{name}")
