"""What both scopes share: the pass summaries and the loop that reads one device's new change
files in sequence, checks each and records what was applied or rejected."""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from pacte_desktop.domain.errors import PacteError
from pacte_desktop.store.database import HEAD_REVISION, Store
from pacte_desktop.sync import changefile, clockcheck, crypto, epochs
from pacte_desktop.sync.roots import now_iso, read_json
from pacte_desktop.sync.state import LocalState, PassphraseSource
from pacte_desktop.sync.transport import (
    CorruptError,
    MissingFileError,
    Transport,
)

log = logging.getLogger(__name__)

#: Operations per change file: bounds the memory of writing and of applying one file.
OPS_PER_FILE = 2000
DEVICE_ID = re.compile(r"^[0-9a-f]{16}$")


Progress = Callable[[str, int, int], None]
#: Error codes of a pass that the scope's passphrase resolves.
LOCKED = ("sync_locked", "sync_new_keys")


# --- a pass ----------------------------------------------------------------------------------


@dataclass
class ScopeSummary:
    scope: str
    location: str = ""
    published_files: int = 0
    published_ops: int = 0
    received_files: int = 0
    received_ops: int = 0
    duplicates: int = 0
    parked: int = 0
    conflicts: int = 0
    rejected: list[str] = field(default_factory=list)
    waiting: list[str] = field(default_factory=list)
    ignored: int = 0
    pruned: int = 0
    snapshot: str | None = None
    clock_offset_s: float | None = None
    clock_warning: str | None = None
    purged_fields: int = 0
    error: str | None = None
    error_code: str | None = None  # the error's message code: "sync_locked" says "locked"
    finished_at: str = ""


@dataclass
class PassSummary:
    scopes: list[ScopeSummary] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return all(s.error is None for s in self.scopes)

    @property
    def received_ops(self) -> int:
        return sum(s.received_ops for s in self.scopes)

    @property
    def locked(self) -> list[str]:
        """The scopes that wait for their passphrase (keys locked, or new keys to fetch)."""
        return [s.scope for s in self.scopes if s.error_code in LOCKED]


class ScopeSync:
    """What both scopes share: the device key, the clock check, the file loop."""

    scope = ""

    def __init__(
        self,
        store: Store,
        transport: Transport,
        summary: ScopeSummary,
        progress: Progress | None,
        passphrases: PassphraseSource | None = None,
    ) -> None:
        self.store = store
        self.transport = transport
        self.summary = summary
        self.progress = progress
        self.state = LocalState(store)
        self.device = store.device_id
        self.passphrases = passphrases
        root_id = self.state.get(f"{self.scope}.root_id")
        if root_id is None:
            raise PacteError("sync", "sync_not_setup", value=self.scope)
        # Keys (epochs.py): every epoch's content key held here; files are written with the
        # newest and read with the one their header names.
        self.keys = epochs.ScopeKeys(self.state.vault, self.scope)
        if not self.keys.keys:
            raise PacteError("sync", "sync_not_setup", value=self.scope)
        self.device_key = self.state.device_key()
        self.root_id = root_id
        self.pinned = self.state.get(f"{self.scope}.root_key")

    @property
    def content_key(self) -> bytes:
        """The key new files are written with (the newest epoch's)."""
        return self.keys.writing()[1]

    # -- keys -----------------------------------------------------------------------------
    def refresh_keys(self, authority: Ed25519PublicKey, root_file: str, boxes_dir: str) -> None:
        """Adopt new key epochs (epochs.py) and publish this device's X25519 key once."""
        refused = self.keys.refresh(
            self.transport,
            root_id=self.root_id,
            authority=authority,
            root_document=lambda: read_json(self.transport, root_file),
            device=self.device,
            passphrase=self.passphrases,
        )
        for path, exc in refused:
            self.reject(path, exc)
        box_public = crypto.box_public_bytes(self.state.box_key())
        published = f"{self.scope}.box_published"
        if self.state.get(published) != f"{self.root_id}:{crypto.b64encode(box_public)}":
            epochs.publish_box_key(
                self.transport,
                boxes_dir,
                root_id=self.root_id,
                device=self.device,
                device_key=self.device_key,
                box_public=box_public,
            )
            self.state.set(published, f"{self.root_id}:{crypto.b64encode(box_public)}")

    def revoked_after(self, log_dir: str, device: str) -> int | None:
        """The last sequence number accepted of a revoked device; None if it is not revoked."""
        return self.keys.revoked().get(device)

    # -- clock ----------------------------------------------------------------------------
    def check_clock(self, directory: str) -> None:
        try:
            report = clockcheck.check(self.transport, directory)
        except PacteError as exc:
            log.info("clock check skipped: %s", exc)
            return
        self.summary.clock_offset_s = report.offset.total_seconds()
        self.summary.clock_warning = report.warning()

    # -- rejected files -------------------------------------------------------------------
    def reject(self, path: str, exc: PacteError) -> None:
        self.summary.rejected.append(f"{path}: {exc.message()}")
        now = now_iso()
        with self.store.engine.begin() as conn:
            conn.execute(
                sa.text(
                    "INSERT INTO sync_rejected (scope, path, code, reason, first_seen, last_seen) "
                    "VALUES (:s, :p, :c, :r, :n, :n) ON CONFLICT(scope, path) DO UPDATE SET "
                    "code = excluded.code, reason = excluded.reason, last_seen = excluded.last_seen"
                ),
                {"s": self.scope, "p": path, "c": exc.code, "r": exc.message("en"), "n": now},
            )

    def clear_rejected(self, path: str) -> None:
        with self.store.engine.begin() as conn:
            conn.execute(
                sa.text("DELETE FROM sync_rejected WHERE scope = :s AND path = :p"),
                {"s": self.scope, "p": path},
            )

    # -- the applied-files cursor ---------------------------------------------------------
    def applied(self, device: str) -> tuple[set[str], int, str | None]:
        """Names applied for ``device``, the last sequence number and its hash."""
        with self.store.reading() as conn:
            rows = conn.execute(
                sa.text(
                    "SELECT name, seq, sha256 FROM sync_applied WHERE scope = :s AND device_id = :d"
                ),
                {"s": self.scope, "d": device},
            ).all()
        names = {r[0] for r in rows}
        if not rows:
            return names, 0, None
        last = max(rows, key=lambda r: (r[1], r[0]))
        return names, int(last[1]), str(last[2])

    def _snapshot_covers(self, device: str) -> tuple[int, str] | None:
        """The last sequence number (and its hash) of ``device`` that a loaded snapshot
        covers."""
        with self.store.reading() as conn:
            row = conn.execute(
                sa.text(
                    "SELECT seq, sha256 FROM sync_applied WHERE scope = :s AND device_id = :d "
                    "AND name LIKE 'snapshot:%' ORDER BY seq DESC LIMIT 1"
                ),
                {"s": self.scope, "d": device},
            ).first()
        return (int(row[0]), str(row[1])) if row else None

    def device_files(
        self, log_dir: str, device: str, public_key: Callable[[], Ed25519PublicKey | None]
    ) -> Iterator[changefile.ChangeFile]:
        """The new, checked change files of one device, in sequence, stopping at a gap, an
        incomplete file (read again next pass) or a forgery (reported)."""
        listing = self.transport.list(f"{log_dir}/{device}")
        self.summary.ignored += listing.ignored_count
        # Nothing new since this directory was last gone through completely: say so from a
        # digest of its names, without reading the cursor of every file applied.
        digest = hashlib.sha256("\n".join(listing.names).encode()).hexdigest()
        seen_key = f"{self.scope}.listed.{log_dir}/{device}"
        if self.state.get(seen_key) == digest:
            return
        names, last_seq, _ = self.applied(device)
        new = sorted((n for n in listing.names if n not in names), key=lambda n: (n[:12], n))
        if new and any(n.startswith("snapshot:") for n in names):
            # Files a loaded snapshot covers are not read again (SYNC.md: "then the change
            # files it does not cover"); a file repeating a covered sequence number under
            # another name (a restored device) is not covered, and is read.
            covered = self._snapshot_covers(device)
            new = [
                n
                for n in new
                if covered is None
                or int(n[:12]) > covered[0]
                or (int(n[:12]) == covered[0] and n[13:29] != covered[1][:16])
            ]
        if not new:
            self.state.set(seen_key, digest)
            return
        # A device restored from an old backup may have written a sequence number twice:
        # every file applied at a sequence number is a valid predecessor of the next one.
        hashes: dict[int, set[str]] = {}
        with self.store.reading() as conn:
            for q, h in conn.execute(
                sa.text("SELECT seq, sha256 FROM sync_applied WHERE scope = :s AND device_id = :d"),
                {"s": self.scope, "d": device},
            ):
                hashes.setdefault(int(q), set()).add(str(h))
        key = public_key()
        if key is None:
            self.reject(
                f"{log_dir}/{device}",
                PacteError("sync", "sync_forged", value=device, reason="no certificate"),
            )
            return
        revoked = self.revoked_after(log_dir, device)
        for name in new:
            seq = int(name[:12])
            path = f"{log_dir}/{device}/{name}"
            if revoked is not None and seq > revoked:  # epochs.py rule 6
                self.reject(path, PacteError("sync", "sync_revoked_file", value=path, last=revoked))
                return
            if seq > last_seq + 1:
                self.summary.waiting.append(f"{path} (waiting for {last_seq + 1})")
                return
            try:
                data = self.transport.read(path)
                cf = changefile.read_change_file(
                    name,
                    data,
                    expected_device_id=device,
                    device_public_key=key,
                    content_key=self.keys.keys,
                    expected_org_id=self.expected_org(log_dir),
                )
                if cf.scope != self.scope:
                    raise PacteError("sync", "sync_forged", value=path, reason="another scope")
                before = hashes.get(seq - 1)
                if seq == last_seq + 1 and seq > 1 and before and cf.prev not in before:
                    raise PacteError("sync", "sync_forged", value=path, reason="broken chain")
            except (CorruptError, MissingFileError) as exc:
                self.reject(path, exc)
                return
            except PacteError as exc:
                if exc.code == "sync_corrupt":
                    self.reject(path, exc)  # an incomplete copy: read again next pass
                    return
                self.reject(path, exc)
                return
            self.clear_rejected(path)
            yield cf
            hashes.setdefault(seq, set()).add(cf.sha256)
            if seq == last_seq + 1:
                last_seq = seq
        self.state.set(seen_key, digest)  # every file listed is applied now

    def expected_org(self, log_dir: str) -> str | None:
        return self.root_id

    def mark_applied(self, conn: sa.Connection, cf: changefile.ChangeFile) -> None:
        self.record_applied(conn, cf.device_id, cf.name, cf.seq, cf.sha256)

    def record_applied(
        self, conn: sa.Connection, device: str, name: str, seq: int, sha: str
    ) -> None:
        """Add a file (or what a snapshot covers) to the applied-files cursor."""
        conn.execute(
            sa.text(
                "INSERT OR IGNORE INTO sync_applied (scope, device_id, name, seq, sha256, "
                "applied_at) VALUES (:s, :d, :n, :q, :h, :a)"
            ),
            {"s": self.scope, "d": device, "n": name, "q": seq, "h": sha, "a": now_iso()},
        )

    def next_file(self) -> tuple[int, str | None]:
        """The sequence number and ``prev`` of this device's next file."""
        with self.store.reading() as conn:
            row = conn.execute(
                sa.text(
                    "SELECT seq, sha256 FROM sync_applied WHERE scope = :s AND device_id = :d "
                    "ORDER BY seq DESC, name DESC LIMIT 1"
                ),
                {"s": self.scope, "d": self.device},
            ).first()
        return (int(row[0]) + 1, str(row[1])) if row else (1, None)

    def publish_file(
        self, log_dir: str, ops: list[Any], charter: int | None
    ) -> tuple[int, str, str]:
        """Write one change file of this device; returns its sequence number, name and hash.

        The caller records it as applied (it is ours) together with its cursor, in one
        transaction. Should that transaction be lost (a crash), the next pass finds the file
        in the location and adopts it instead of writing the same sequence number again.
        """
        seq, prev = self.next_file()
        name, data = changefile.write_change_file(
            ops,
            scope=self.scope,
            org_id=self.publisher_org(),
            device_id=self.device,
            seq=seq,
            prev=prev,
            schema=HEAD_REVISION,
            charter=charter,
            content_key=self.content_key,
            epoch=self.keys.newest,
            device_private_key=self.device_key,
        )
        self.transport.create(f"{log_dir}/{self.device}/{name}", data)
        self.summary.published_files += 1
        self.summary.published_ops += len(ops)
        return seq, name, hashlib.sha256(data).hexdigest()

    def mark_own(self, conn: sa.Connection, seq: int, name: str, sha: str) -> None:
        self.record_applied(conn, self.device, name, seq, sha)

    def publisher_org(self) -> str:
        return self.root_id

    def certificates(
        self, keys_dir: str, org_id: str, org_public: Ed25519PublicKey
    ) -> Callable[[str], Callable[[], Ed25519PublicKey | None]]:
        cache: dict[str, Ed25519PublicKey | None] = {}

        def for_device(device: str) -> Callable[[], Ed25519PublicKey | None]:
            def load() -> Ed25519PublicKey | None:
                if device not in cache:
                    path = f"{keys_dir}/{device}.json"
                    try:
                        cert = read_json(self.transport, path)
                        cache[device] = crypto.verify_certificate(
                            cert,
                            org_public,
                            expected_org_id=org_id,
                            expected_device_id=device,
                            what=path,
                        )
                    except MissingFileError:
                        cache[device] = None
                    except PacteError as exc:
                        self.reject(path, exc)
                        cache[device] = None
                return cache[device]

            return load

        return for_device
