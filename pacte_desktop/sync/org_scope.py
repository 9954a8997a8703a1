"""The organisation scope's pass: publish this device's journal, receive every other
device's change files, acknowledge, snapshot and prune (docs/sync.md, organisation scope)."""

from __future__ import annotations

import datetime as dt
import json
import logging
import sqlite3
from collections.abc import Callable, Iterator
from typing import Any

import sqlalchemy as sa
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from pacte_desktop.domain import hlc, messages
from pacte_desktop.domain.errors import PacteError
from pacte_desktop.domain.hlc import Clock, Stamp
from pacte_desktop.store import erasure
from pacte_desktop.store.files import HEAD_REVISION, known_revisions
from pacte_desktop.sync import (
    changefile,
    crypto,
    feeds,
    merge_follow,
    received,
    replication,
    snapshot,
)
from pacte_desktop.sync.feeds import DEVICE_ID, ScopeSync
from pacte_desktop.sync.roots import (
    ACK_TYPE,
    ORG_FILE,
    now_iso,
    now_iso_minus,
    read_json,
    replace_own_json,
    root_check,
)
from pacte_desktop.sync.state import has_unpublished
from pacte_desktop.sync.transport import (
    JSON_PATTERN,
    SNAPSHOT_PATTERN,
    RootError,
)

log = logging.getLogger(__name__)

#: A device writes a snapshot once this many files were applied since its last one.
SNAPSHOT_EVERY = 200
#: Operations applied in one transaction when several files of a device arrive together.
BATCH_OPS = 20_000
#: A device whose acknowledgement is older than this no longer holds back pruning.
ACK_STALE_DAYS = 30


class OrgSync(ScopeSync):
    scope = "org"
    #: The snapshot last read and checked in this pass, until it is loaded: the pass that
    #: needs its vector, then its journal, reads the file once.
    _held: snapshot.Snapshot | None = None

    def run(self) -> None:
        root = root_check(self.transport, "org", self.root_id, self.pinned)
        org_public = crypto.public_key_from_bytes(
            crypto.b64decode(root["org_public_key"], what=ORG_FILE, size=crypto.PUBLIC_KEY_SIZE)
        )
        # New key epochs (epochs.py) before reading anything written with them.
        self.writing(lambda: self.refresh_keys(org_public, ORG_FILE, "boxes"))
        own_dir = f"log/{self.device}"
        # A location that refuses writes (a read-only share) is still read: each write below
        # goes through ``writing``, which reports why it failed and lets the pass go on.
        if not self.writing(lambda: self.transport.ensure_dir(own_dir)):
            own_dir_there = self.transport.exists(own_dir)
        else:
            own_dir_there = True
        # The clock is checked before writing (docs/sync.md rule 9), and hourly for the status.
        checked = self.state.get("org.clock_checked") or ""
        pending = has_unpublished(self.store)
        if own_dir_there and (pending or checked < now_iso_minus(hours=1)):
            self.check_clock(own_dir)
            self.state.set("org.clock_checked", now_iso())
        else:
            last = json.loads(self.state.get("org.last_pass") or "{}")
            self.summary.clock_offset_s = last.get("clock_offset_s")
            self.summary.clock_warning = last.get("clock_warning")
        keys = self.certificates("keys", self.root_id, org_public)
        with replication.sync_transaction(self.store) as conn:
            unparked = replication.unpark(conn, not_after=self.not_after())
            self._observe(conn, unparked.max_hlc)
        self.summary.received_ops += unparked.applied
        self.summary.erased += len(unparked.erased)
        for what, exc in unparked.refused:
            self.reject(f"parked/{what}", exc)
        self.load_snapshot_if_new(keys)
        # Own files first: a store restored from an old backup learns what it had published.
        if own_dir_there:
            self.receive_device(self.device, keys(self.device))
        seen_elsewhere = self._own_files_seen_elsewhere(keys)
        own_newer = seen_elsewhere > self.next_file()[0] - 1
        if own_newer:
            # Other devices have applied files of ours this store does not have: it was
            # restored from a backup and the location has not given its newer files back yet.
            # Publishing now would write a sequence number a second time; wait for them.
            newer = messages.reason_text("own_newer", None, self.lang)
            self.summary.waiting.append(f"{own_dir} ({newer})")
        elif own_dir_there:
            self.writing(self.publish)
        devices = [
            d
            for d in self.transport.list("log").dirs
            if d != self.device and DEVICE_ID.fullmatch(d)
        ]
        for device in devices:
            self.receive_device(device, keys(device))
        needs = {**self.behind(keys), **self.gaps}
        if own_newer:
            needs[self.device] = seen_elsewhere
        if needs and self.catch_up(keys, needs):
            # The files that were gone are in the snapshot: what follows them applies now, and
            # a restored store publishes again after the files of its own it got back.
            self.gaps.clear()
            self.summary.waiting = [
                w for w in self.summary.waiting if not any(f"log/{d}" in w for d in needs)
            ]
            for device in sorted(needs):
                self.receive_device(device, keys(device))
            if own_newer:
                if self._own_files_seen_elsewhere(keys) > self.next_file()[0] - 1:
                    newer = messages.reason_text("own_newer", None, self.lang)
                    self.summary.waiting.append(f"{own_dir} ({newer})")
                elif own_dir_there:
                    self.writing(self.publish)
        # Records received for an employer merged meanwhile follow the merge (merge_follow.py);
        # the moves are published now, like any edit, unless publishing waits (above).
        if (
            self.summary.received_ops
            and merge_follow.follow_merges(self.store)
            and own_dir_there
            and self._own_files_seen_elsewhere(keys) < self.next_file()[0]
        ):
            self.writing(self.publish)
        self.writing(self.write_ack)
        self.writing(self.maybe_snapshot)
        self.writing(lambda: self.prune(keys))
        # An erasure received (or made here) in this pass or an earlier one: the rewritten
        # cells are overwritten already (secure_delete); the drafts of its forms, the free space
        # left by earlier edits and the log's old page images go now — even when the location
        # refuses writes (store/erasure.py).
        try:
            erasure.forget_after_erasure(self.store)
        except sqlite3.Error as exc:  # the store busy for a minute: the next pass tries again
            log.warning("file not rebuilt after an erasure: %s", exc)

    # -- receiving --------------------------------------------------------------------------
    def receive_device(self, device: str, key: Callable[[], Ed25519PublicKey | None]) -> None:
        """Apply ``device``'s new files in order, several in one transaction (up to
        ``BATCH_OPS`` operations): each file still applies whole or not at all, with its
        "applied" mark. A file refused stops the device there: the files before it apply,
        those after it wait."""
        batch: list[changefile.ChangeFile] = []
        size = 0
        for cf in self.device_files("log", device, key):
            batch.append(cf)
            size += len(cf.ops)
            if size >= BATCH_OPS:
                if not self._apply_files(device, batch):
                    return
                batch, size = [], 0
        if batch and not self._apply_files(device, batch):
            return
        self.settle(f"log/{device}")

    def _apply_files(self, device: str, files: list[changefile.ChangeFile]) -> bool:
        """Apply ``files`` (in order) in one transaction; when one is refused, apply them one
        by one to keep those before it. False when a file was refused."""
        results: list[replication.ApplyResult] = []
        path = f"log/{device}/{files[0].name}"
        try:
            with replication.sync_transaction(self.store) as conn:
                not_after = self.not_after()
                for cf in files:
                    path = f"log/{device}/{cf.name}"
                    ops = received.check_ops(cf.ops, device, path)
                    results.append(replication.apply_ops(conn, ops, not_after=not_after))
                    self.mark_applied(conn, cf)
                    if device == self.device and cf.hlc_max:
                        self._observe(conn, results[-1].max_hlc)
                        self._adopt_published(conn, cf.hlc_max)
                stamps = [r.max_hlc for r in results if r.max_hlc]
                self.summary.erased += sum(len(r.erased) for r in results)
                self._observe(conn, max(stamps) if stamps else None)
        except (sqlite3.IntegrityError, PacteError) as exc:
            if len(files) > 1:
                return all(self._apply_files(device, [cf]) for cf in files)
            if isinstance(exc, sqlite3.IntegrityError):
                # Checked operations that the store's constraints still refuse: reported like
                # a malformed file, never a traceback that stops every pass.
                exc = PacteError(
                    "sync", "sync_corrupt", value=path, reason="store_refused", detail=str(exc)
                )
            # A signed file whose operations do not check out: nothing of it was applied
            # (one transaction); reported, and this device's later files wait behind it.
            self.reject(path, exc)
            return False
        for result in results:
            self.summary.received_files += 1
            self.summary.received_ops += result.applied
            self.summary.duplicates += result.duplicates
            self.summary.parked += result.parked
            self.summary.conflicts += result.conflicts
            if self.progress:
                self.progress("receive", self.summary.received_files, 0)
        return True

    @staticmethod
    def not_after() -> str:
        """The greatest stamp applied now; later ones are parked until they are due."""
        return received.stamp_bound(hlc.wall_ms(), hlc.MAX_AHEAD_MS)

    def _observe(self, conn: sa.Connection, stamp: str | None) -> None:
        if not stamp:
            return
        clock = Clock(self.device, self.store.local("hlc", conn=conn))
        clock.observe(stamp)
        self.store.set_local("hlc", clock.last, conn=conn)

    def _adopt_published(self, conn: sa.Connection, hlc_max: str) -> None:
        """A file of this device found in the location: its operations count as published.

        The cursor moves only up to the first own entry the file does not cover: a store
        restored from a backup journals its re-applied operations after the edits made since
        the restore, and those edits must still be published.
        """
        current = int(self.store.local("sync.org.published_seq", conn=conn) or 0)
        covered = conn.execute(
            sa.text(
                "SELECT coalesce(max(seq), 0) FROM journal WHERE seq > :c AND device_id = :d "
                "AND hlc <= :h AND seq < coalesce((SELECT min(seq) FROM journal "
                "WHERE device_id = :d AND seq > :c AND hlc > :h), 9223372036854775807)"
            ),
            {"d": self.device, "h": hlc_max, "c": current},
        ).scalar_one()
        if int(covered) > current:
            self.store.set_local("sync.org.published_seq", str(covered), conn=conn)

    def _ack(self, device: str, key: Ed25519PublicKey) -> dict[str, object] | None:
        """Another device's acknowledgement, signature checked; None if it does not check."""
        path = f"acks/{device}.json"
        try:
            return crypto.verify_document(
                read_json(self.transport, path), key, kind=ACK_TYPE, what=path
            )
        except PacteError:
            return None

    def _own_files_seen_elsewhere(self, keys: Callable[[str], Callable[[], Any]]) -> int:
        """The greatest sequence number of this device's files that another device's
        acknowledgement says it applied (0 when none says so, or nothing is pending)."""
        if not has_unpublished(self.store):
            return 0  # nothing to publish: nothing to collide with
        seen = 0
        for name in self.transport.list("acks", JSON_PATTERN).names:
            device = name[:-5]
            if device == self.device or not DEVICE_ID.fullmatch(device):
                continue
            key = keys(device)()
            body = self._ack(device, key) if key is not None else None
            if body is None:
                continue
            applied = body.get("applied")
            if isinstance(applied, dict) and isinstance(applied.get(self.device), int):
                seen = max(seen, int(applied[self.device]))
        return seen

    # -- publishing -------------------------------------------------------------------------
    def publish(self) -> None:
        while True:
            cursor = int(self.state.get("org.published_seq") or 0)
            with self.store.reading() as conn:
                rows = conn.execute(
                    sa.text(
                        "SELECT seq, hlc, device_id, worker_id, table_name, row_id, op, fields, "
                        "base FROM journal WHERE device_id = :d AND seq > :c ORDER BY seq "
                        "LIMIT :n"
                    ),
                    {"d": self.device, "c": cursor, "n": feeds.OPS_PER_FILE},
                ).all()
                top = int(
                    conn.execute(sa.text("SELECT coalesce(max(seq), 0) FROM journal")).scalar_one()
                )
            if not rows:
                if top > cursor:  # what follows the cursor is other devices': skip it next time
                    self.state.set("org.published_seq", str(top))
                return
            # [hlc, device, worker, table, row id, operation, fields JSON, base] (check_ops)
            ops: list[Any] = [list(r[1:]) for r in rows]
            seq, name, sha = self.publish_file("log", ops, None)
            with replication.sync_transaction(self.store) as conn:
                self.mark_own(conn, seq, name, sha)
                self.state.set("org.published_seq", str(rows[-1][0]), conn)
            if self.progress:
                self.progress("publish", self.summary.published_files, 0)

    # -- acknowledgements, snapshots, pruning ------------------------------------------------
    def vector(self) -> dict[str, tuple[int, str]]:
        with self.store.reading() as conn:
            return self._vector(conn)

    @staticmethod
    def _vector(conn: sa.Connection) -> dict[str, tuple[int, str]]:
        """Per device, the last file applied (sequence number and hash)."""
        rows = conn.execute(
            # SQLite takes the bare sha256 from the row holding max(seq).
            sa.text(
                "SELECT device_id, max(seq), sha256 FROM sync_applied WHERE scope = 'org' "
                "GROUP BY device_id"
            )
        ).all()
        return {str(r[0]): (int(r[1]), str(r[2])) for r in rows}

    def write_ack(self) -> None:
        """Rewrite this device's acknowledgement when it applied something new, or daily."""
        applied = {d: s for d, (s, _) in self.vector().items()}
        last = json.loads(self.state.get("org.ack") or "{}")
        today = now_iso()[:10]
        path = f"acks/{self.device}.json"
        if last.get("applied") == applied and last.get("day") == today:
            try:  # still there as written? A syncer may have put back an older copy.
                if read_json(self.transport, path).get("applied") == applied:
                    return
            except PacteError:
                pass
        body = {
            "org_id": self.root_id,
            "device_id": self.device,
            "applied": applied,
            "at": now_iso(),
        }
        self.transport.ensure_dir("acks")
        replace_own_json(
            self.transport,
            path,
            crypto.sign_document(ACK_TYPE, body, self.device_key),
        )
        self.state.set("org.ack", json.dumps({"applied": applied, "day": today}))

    def maybe_snapshot(self, *, force: bool = False) -> str | None:
        with self.store.reading() as conn:
            files = int(
                conn.execute(
                    sa.text("SELECT count(*) FROM sync_applied WHERE scope = 'org'")
                ).scalar_one()
            )
        last = int(self.state.get("org.snapshot_files") or 0)
        due = self.state.get("org.snapshot_due") == "1"
        # A candidate's personal data erased since this device's last snapshot: that snapshot
        # still holds it. A fresh one is written now and the older ones of this device go.
        erased = erasure.pending(
            self.store.local(erasure.GENERATION), self.store.local(erasure.SNAPSHOTTED)
        )
        if not force and not due and not erased and files - last < SNAPSHOT_EVERY:
            return None
        entries = "hlc, device_id, worker_id, table_name, row_id, op, fields, base"
        with self.store.reading() as conn:  # one read transaction: vector and journal agree
            vector = self._vector(conn)
            count = int(conn.execute(sa.text("SELECT count(*) FROM journal")).scalar_one())
            parked = [
                list(r)
                for r in conn.execute(sa.text(f"SELECT {entries} FROM sync_parked ORDER BY hlc"))
            ]
            hlc = self.store.local("hlc", conn=conn) or str(Stamp(0, 0, self.device))
            generation = self.store.local(erasure.GENERATION, conn=conn) or "0"
            stamp = Stamp.parse(hlc)
            journal = conn.execution_options(yield_per=5000).execute(
                sa.text(f"SELECT {entries} FROM journal ORDER BY seq")
            )
            name, data = snapshot.write_snapshot(
                org_id=self.root_id,
                device_id=self.device,
                hlc=str(Stamp(stamp.wall_ms, stamp.counter, self.device)),
                schema=HEAD_REVISION,
                vector=vector,
                journal=journal,
                journal_count=count,
                parked=parked,
                content_key=self.content_key,
                epoch=self.keys.newest,
                device_private_key=self.device_key,
            )
        self.transport.ensure_dir("snap")
        if not self.transport.exists(f"snap/{name}"):
            self.transport.create(f"snap/{name}", data)
        self.state.set("org.snapshot_files", str(files))
        if due:
            self.state.set("org.snapshot_due", "0")
        self.summary.snapshot = name
        # Keep this device's two newest snapshots; after an erasure, only the one just written.
        mine = [
            n
            for n in self.transport.list("snap", SNAPSHOT_PATTERN).names
            if n.startswith(self.device)
        ]
        for old in sorted(mine)[: -1 if erased else -2]:
            self.transport.delete_own(f"snap/{old}")
        self.store.set_local(erasure.SNAPSHOTTED, generation)
        return name

    def _snapshots(self) -> list[str]:
        try:
            names = self.transport.list("snap", SNAPSHOT_PATTERN).names
        except RootError:
            return []
        return sorted(names, key=lambda n: n[17:], reverse=True)

    def valid_snapshots(
        self, keys: Callable[[str], Callable[[], Any]], *, report: bool = True
    ) -> Iterator[snapshot.Snapshot]:
        """The snapshots in the location, newest first, each one read and checked. Skipped: a
        revoked device's (it may hold what the device wrote after its revocation, epochs.py),
        one without a certificate, one of a schema this version does not know; one that does
        not check out is reported (``report``) and skipped."""
        revoked = self.keys.revoked()
        for name in self._snapshots():
            device = name[:16]
            if device in revoked:
                continue
            key = keys(device)()
            if key is None:
                continue
            if self._held is not None and self._held.name == name:
                yield self._held
                continue
            try:
                snap = snapshot.read_snapshot(
                    name,
                    self.transport.read(f"snap/{name}"),
                    org_id=self.root_id,
                    device_public_key=key,
                    content_key=self.keys.keys,
                )
            except PacteError as exc:
                if report:
                    self.reject(f"snap/{name}", exc)
                continue
            if snap.schema in known_revisions():
                self._held = snap
                yield snap

    def load_snapshot_if_new(self, keys: Callable[[str], Callable[[], Any]]) -> None:
        """A workstation that has applied nothing yet starts from the newest valid snapshot."""
        with self.store.reading() as conn:
            any_applied = conn.execute(
                sa.text("SELECT 1 FROM sync_applied WHERE scope = 'org' LIMIT 1")
            ).first()
        if any_applied:
            return
        for snap in self.valid_snapshots(keys):
            if self._load_or_report(snap):
                return

    def newest_snapshot_vector(
        self, keys: Callable[[str], Callable[[], Any]]
    ) -> dict[str, tuple[int, str]]:
        """What the newest valid snapshot covers, per device (sequence number and hash).

        Costs a listing at each pass: the vector is remembered with the snapshot's name, so a
        snapshot is read once, when it appears, not at every pass."""
        remembered = json.loads(self.state.get("org.snapshot_seen") or "{}")
        revoked = self.keys.revoked()
        newest = [n for n in self._snapshots() if n[:16] not in revoked][:1]
        if newest and remembered.get("name") == newest[0]:
            return {d: (int(s), str(h)) for d, (s, h) in remembered["vector"].items()}
        for snap in self.valid_snapshots(keys, report=False):
            seen = {"name": snap.name, "vector": {d: list(v) for d, v in snap.vector.items()}}
            self.state.set("org.snapshot_seen", json.dumps(seen))
            return dict(snap.vector)
        return {}

    def behind(self, keys: Callable[[str], Callable[[], Any]]) -> dict[str, int]:
        """Devices of which the newest snapshot covers files this store has not applied, once
        this pass has received all it could: those files are no longer in the location (pruned
        while this workstation was away, or before the backup it was restored from)."""
        covers = self.newest_snapshot_vector(keys)
        if not covers:
            return {}
        mine = self.vector()
        return {
            device: mine.get(device, (0, ""))[0] + 1
            for device, (seq, _) in covers.items()
            if seq > mine.get(device, (0, ""))[0]
        }

    def catch_up(self, keys: Callable[[str], Callable[[], Any]], needs: dict[str, int]) -> bool:
        """Load the newest valid snapshot that covers a file some device waits for, when that
        file is no longer in the location: pruned once every active device had it, while this
        workstation was away (offline for longer than acknowledgements count, or restored from
        an older backup). Without this, such a device would wait forever and its later files,
        or this store's own, would never apply (a split). Returns whether one was loaded."""
        for snap in self.valid_snapshots(keys):
            if not any(snap.vector.get(d, (0, ""))[0] >= seq for d, seq in needs.items()):
                return False  # the newest readable snapshot does not reach them: wait
            if self._load_or_report(snap):
                return True
        return False

    def _load_or_report(self, snap: snapshot.Snapshot) -> bool:
        """Load ``snap``; a body found malformed past its first lines is reported (the next
        older snapshot is tried) instead of stopping the pass."""
        try:
            self._load(snap)
        except PacteError as exc:
            self.reject(f"snap/{snap.name}", exc)
            self._held = None
            return False
        return True

    def _load(self, snap: snapshot.Snapshot) -> None:
        """Apply a snapshot's journal in batches (one transaction each), then record what it
        covers. Interrupted, it starts again at the next pass: applying is idempotent."""
        done = 0
        for chunk in snap.journal():
            with replication.sync_transaction(self.store) as conn:
                entries = received.check_entries(chunk, f"snap/{snap.name}")
                result = replication.apply_ops(conn, entries, not_after=self.not_after())
                self._observe(conn, result.max_hlc)
            self.summary.erased += len(result.erased)
            done += len(chunk)
            self.summary.received_ops += result.applied
            if self.progress:
                self.progress("snapshot", done, snap.journal_count)
        with replication.sync_transaction(self.store) as conn:
            parked = received.check_entries(snap.parked, f"snap/{snap.name}")
            if parked:
                replication.apply_ops(conn, parked, not_after=self.not_after())
            for device, (seq, sha) in snap.vector.items():
                self.record_applied(conn, device, f"snapshot:{snap.name}", seq, sha)
            if self.device in snap.vector:
                self._adopt_published(conn, snap.hlc)
            # What it covers is known now: :meth:`newest_snapshot_vector` need not read it again.
            seen = {"name": snap.name, "vector": {d: list(v) for d, v in snap.vector.items()}}
            self.state.set("org.snapshot_seen", json.dumps(seen), conn)
        self._held = None
        self.summary.snapshot = snap.name

    def prune(self, keys: Callable[[str], Callable[[], Any]]) -> None:
        """Delete this device's own change files that a snapshot covers and every active
        device has acknowledged (docs/sync.md layout).

        Costs a listing when there is nothing to prune: what the newest snapshot covers is
        remembered by its name, so a snapshot is read once, not at every pass.
        """
        own = self.transport.list(f"log/{self.device}").names
        if not own:
            return
        covered = self.newest_snapshot_vector(keys).get(self.device, (0, ""))[0]
        revoked = self.keys.revoked()
        if covered == 0 or int(own[0][:12]) > covered:
            return
        acked = covered
        now = dt.datetime.now(dt.UTC)
        certified = {
            n[:-5]
            for n in self.transport.list("keys", JSON_PATTERN).names
            if DEVICE_ID.match(n[:-5])
        }
        acks = {n[:-5] for n in self.transport.list("acks", JSON_PATTERN).names}
        for device in certified:
            if device == self.device or device in revoked:
                continue  # a revoked device no longer holds pruning back
            if device not in acks:
                return  # a device that never acknowledged anything holds everything back
            key = keys(device)()
            if key is None:
                continue
            body = self._ack(device, key)
            if body is None:
                return  # unreadable: it holds everything back
            at = dt.datetime.fromisoformat(str(body.get("at")))
            if (now - at).days > ACK_STALE_DAYS:
                continue
            applied = body.get("applied")
            seq = int(applied.get(self.device, 0)) if isinstance(applied, dict) else 0
            acked = min(acked, seq)
        for name in own:
            if int(name[:12]) <= acked:
                self.transport.delete_own(f"log/{self.device}/{name}")
                self.summary.pruned += 1
