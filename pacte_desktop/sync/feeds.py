"""What both scopes share: the pass summaries and the loop that reads one device's new change
files in sequence, checks each and records what was applied, quarantined or held back.

The rules of one device's feed (``log/<device>/`` of either scope):

- **Only the next sequence number decides progress.** Files are taken in sequence order; a
  file beyond the next expected number waits (a gap). Every candidate at the next number is
  read: a file that does not check out (zero bytes, truncated, forged, not a change file at
  all) is **quarantined** — recorded in ``sync_rejected`` with its reason and read again at
  every pass — and the other candidates are tried, so the genuine file at number N applies
  whatever junk sits beside it. A quarantined file that later checks out (a half-copied file
  completed in place, same name) is applied. The digest of a directory's listing lets a pass
  skip a directory with nothing new, but only once every file listed is applied: a
  directory that still holds quarantined or waiting files is read again.
- **Forks are shown, never applied silently.** Two valid (signed, decryptable) files
  claiming one sequence number of a device — at the next number, or beside a file already
  applied — or a file whose ``prev`` is not the hash of the file applied before it (for the
  first file after a loaded snapshot: the snapshot's hash for that device) is a fork
  (``sync_fork``, naming both files): nothing more of that device applies from there on.
  ``accept_fork`` records the user's decision that both branches are genuine (a laptop
  restored from a backup) in ``local_state``; from the fork's number on, several files may
  then claim one number and each applies if it follows any applied file (or is one of the
  files of the accepted fork). The other answer is revoking the device.
- **Reasons are codes.** A rejected file's error keeps its code and parameters (JSON) so that
  ``sync status`` shows it in the language asked for; an entry is forgotten once its file is
  applied or no longer listed (only the directories that hold entries are listed again).
- **A location that refuses writes is still read.** Publishing, acknowledgements, snapshots
  and pruning that fail (a read-only share) are reported as ``publish_error``; receiving goes
  on.
"""

from __future__ import annotations

import hashlib
import json
import logging
import posixpath
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from pacte_desktop.domain import messages
from pacte_desktop.domain.errors import PacteError
from pacte_desktop.domain.progress import StageProgress
from pacte_desktop.store.database import Store
from pacte_desktop.store.files import HEAD_REVISION
from pacte_desktop.sync import changefile, clockcheck, crypto, epochs
from pacte_desktop.sync.roots import NETWORK_FILE, ORG_FILE, now_iso, read_json
from pacte_desktop.sync.state import LocalState, PassphraseSource
from pacte_desktop.sync.transport import (
    ExistsError,
    MissingFileError,
    RootError,
    Transport,
    TransportError,
)

log = logging.getLogger(__name__)

#: Operations per change file: bounds the memory of writing and of applying one file.
OPS_PER_FILE = 2000
DEVICE_ID = re.compile(r"^[0-9a-f]{16}$")
#: Every name of a directory, to tell whether a rejected file is still there.
ANY_NAME = re.compile(r".+")
#: Rejected entries that name no file of the location (an operation refused when it left the
#: parked set): never forgotten because a listing lacks them.
LOCAL_ENTRIES = ("parked/",)


#: Error codes of a pass that the scope's passphrase resolves.
LOCKED = ("sync_locked", "sync_new_keys")


def detail(exc: PacteError) -> dict[str, Any]:
    """An error as data (code, field, JSON-safe parameters), to render it again later."""
    params = json.loads(json.dumps(exc.params, default=str, ensure_ascii=False))
    return {"code": exc.code, "field": exc.field, "params": params}


def render_detail(
    found: dict[str, Any] | None, fallback: str | None, lang: str | None
) -> str | None:
    """The sentence of :func:`detail`'s data in ``lang``; ``fallback`` if it cannot be."""
    if not isinstance(found, dict):
        return fallback
    try:
        return messages.render(
            str(found["code"]), str(found.get("field", "sync")), dict(found["params"]), lang
        )
    except (KeyError, IndexError, ValueError, TypeError):
        return fallback


@dataclass
class _Feed:
    """What this workstation applied of one device: the names, and per sequence number the
    applied files (hash → name; a loaded snapshot counts as the file it covers)."""

    names: set[str]
    by_seq: dict[int, dict[str, str]]
    covered: tuple[int, str] | None

    @property
    def last_seq(self) -> int:
        return max(self.by_seq, default=0)

    def add(self, cf: changefile.ChangeFile) -> None:
        self.names.add(cf.name)
        self.by_seq.setdefault(cf.seq, {})[cf.sha256] = cf.name

    def links(self, cf: changefile.ChangeFile) -> bool:
        """Whether ``cf`` follows a file applied at the number before it."""
        if cf.seq == 1:
            return cf.prev is None
        return cf.prev in self.by_seq.get(cf.seq - 1, {})

    def named(self, directory: str, seq: int) -> str:
        """The applied file(s) at ``seq``, as a fork message names them (a loaded snapshot
        by its own name)."""
        names = sorted(self.by_seq.get(seq, {}).values())
        shown = [
            n[len("snapshot:") :] if n.startswith("snapshot:") else f"{directory}/{n}"
            for n in names
        ]
        return ", ".join(shown) or "-"


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
    #: Anonymised candidates whose personal data received operations made this store erase.
    erased: int = 0
    error: str | None = None
    #: Receiving went on, but writing to the location failed (a read-only share): why.
    publish_error: str | None = None
    #: The code, field and parameters of ``error`` and ``publish_error``, so that ``sync
    #: status`` says them again in the language asked for.
    error_detail: dict[str, Any] | None = None
    publish_error_detail: dict[str, Any] | None = None
    error_code: str | None = None  # the error's message code: "sync_locked" says "locked"
    finished_at: str = ""


@dataclass
class PassSummary:
    scopes: list[ScopeSummary] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return all(s.error is None and s.publish_error is None for s in self.scopes)

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
        progress: StageProgress | None,
        passphrases: PassphraseSource | None = None,
        *,
        lang: str | None = None,
    ) -> None:
        self.store = store
        self.transport = transport
        self.summary = summary
        self.progress = progress
        self.lang = lang
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
        self._rejected: set[str] | None = None  # paths of sync_rejected, read once a pass
        #: Devices whose next file is missing from the location (pruned, or not copied yet):
        #: the sequence number each waits for.
        self.gaps: dict[str, int] = {}
        #: Directories whose every listed file was handed out by ``device_files``: the
        #: digest of their listing, recorded by ``settle`` once the caller applied them.
        self._settle: dict[str, str] = {}

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
            log.info("clock check skipped: %s", exc.message("en"))
            return
        self.summary.clock_offset_s = report.offset.total_seconds()
        self.summary.clock_warning = report.warning(self.lang)

    # -- writing to a location that may refuse it -----------------------------------------
    def writing(self, action: Callable[[], object]) -> bool:
        """Run ``action``, which writes to the location; when the location refuses (a
        read-only share, no permission, a full disk) say why in ``publish_error`` and go on
        receiving. Returns whether it succeeded."""
        try:
            action()
        except (TransportError, ExistsError, RootError) as exc:
            if self.summary.publish_error is None:
                params = dict(exc.params)
                params["value"] = clockcheck.describe(self.transport)
                params.setdefault("reason", "exists" if isinstance(exc, ExistsError) else "")
                failed = PacteError("sync", "sync_publish_failed", **params)
                self.summary.publish_error = failed.message(self.lang)
                self.summary.publish_error_detail = detail(failed)
            log.info("writing to the location failed: %s", exc.message("en"))
            return False
        return True

    # -- rejected files -------------------------------------------------------------------
    def rejected_paths(self) -> set[str]:
        if self._rejected is None:
            with self.store.reading() as conn:
                self._rejected = {
                    str(r[0])
                    for r in conn.execute(
                        sa.text("SELECT path FROM sync_rejected WHERE scope = :s"),
                        {"s": self.scope},
                    )
                }
        return self._rejected

    def reject(self, path: str, exc: PacteError) -> None:
        """Quarantine ``path``: kept in ``sync_rejected`` with its error's code and parameters
        (its English sentence too, for older readers), reported in the summary."""
        self.summary.rejected.append(f"{path}: {exc.message(self.lang)}")
        now = now_iso()
        with self.store.engine.begin() as conn:
            conn.execute(
                sa.text(
                    "INSERT INTO sync_rejected (scope, path, code, reason, params, first_seen, "
                    "last_seen) VALUES (:s, :p, :c, :r, :j, :n, :n) ON CONFLICT(scope, path) DO "
                    "UPDATE SET code = excluded.code, reason = excluded.reason, "
                    "params = excluded.params, last_seen = excluded.last_seen"
                ),
                {
                    "s": self.scope,
                    "p": path,
                    "c": exc.code,
                    "r": exc.message("en"),
                    "j": json.dumps(detail(exc)["params"], ensure_ascii=False),
                    "n": now,
                },
            )
        self.rejected_paths().add(path)

    def clear_rejected(self, path: str) -> None:
        if path not in self.rejected_paths():
            return
        with self.store.engine.begin() as conn:
            conn.execute(
                sa.text("DELETE FROM sync_rejected WHERE scope = :s AND path = :p"),
                {"s": self.scope, "p": path},
            )
        self.rejected_paths().discard(path)

    def forget_gone(self) -> None:
        """Forget the rejected entries whose file is no longer in the location. Lists only
        the directories that hold entries; a directory that cannot be listed keeps its own."""
        paths = self.rejected_paths()
        by_dir: dict[str, list[str]] = {}
        for path in paths:
            if not path.startswith(LOCAL_ENTRIES):
                by_dir.setdefault(posixpath.dirname(path), []).append(path)
        if not by_dir:
            return
        gone: list[str] = []
        for directory, entries in sorted(by_dir.items()):
            try:
                listing = self.transport.list(directory, ANY_NAME)
            except RootError:
                if not self._root_present():
                    return  # the location itself went away: nothing can be told
                present: set[str] = set()
            except PacteError:
                continue
            else:
                present = {*listing.names, *listing.dirs}
            gone.extend(p for p in entries if posixpath.basename(p) not in present)
        if not gone:
            return
        with self.store.engine.begin() as conn:
            for path in gone:
                conn.execute(
                    sa.text("DELETE FROM sync_rejected WHERE scope = :s AND path = :p"),
                    {"s": self.scope, "p": path},
                )
        paths.difference_update(gone)

    def _root_present(self) -> bool:
        try:
            return self.transport.exists(ORG_FILE if self.scope == "org" else NETWORK_FILE)
        except PacteError:
            return False

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

    def _feed(self, device: str) -> _Feed:
        """What this store applied of ``device``, and what a loaded snapshot covers of it."""
        by_seq: dict[int, dict[str, str]] = {}
        names: set[str] = set()
        covered: tuple[int, str] | None = None
        with self.store.reading() as conn:
            for name, seq, sha in conn.execute(
                sa.text(
                    "SELECT name, seq, sha256 FROM sync_applied WHERE scope = :s AND device_id = :d"
                ),
                {"s": self.scope, "d": device},
            ):
                names.add(str(name))
                by_seq.setdefault(int(seq), {})[str(sha)] = str(name)
                if str(name).startswith("snapshot:") and (covered is None or seq > covered[0]):
                    covered = (int(seq), str(sha))
        return _Feed(names, by_seq, covered)

    def accepted_fork(self, device: str) -> dict[str, Any] | None:
        """The user's decision that ``device``'s branches are genuine: from which sequence
        number, and the files of the fork then shown (see :func:`accept_fork`)."""
        text = self.state.get(f"{self.scope}.fork_accepted.{device}")
        if not text:
            return None
        try:
            found = json.loads(text)
            return {"from": int(found["from"]), "files": [str(n) for n in found["files"]]}
        except (ValueError, KeyError, TypeError):
            return None

    def settle(self, directory: str) -> None:
        """After the caller applied every file ``device_files`` gave for ``directory``: the
        next pass may skip it while its listing stays the same."""
        digest = self._settle.pop(directory, None)
        if digest is not None:
            self.state.set(f"{self.scope}.listed.{directory}", digest)

    def read_file(
        self, log_dir: str, device: str, name: str, key: Ed25519PublicKey
    ) -> changefile.ChangeFile:
        """One change file of ``device``, read and checked (the one place that reads them)."""
        path = f"{log_dir}/{device}/{name}"
        cf = changefile.read_change_file(
            name,
            self.transport.read(path),
            expected_device_id=device,
            device_public_key=key,
            content_key=self.keys.keys,
            expected_org_id=self.expected_org(log_dir),
        )
        if cf.scope != self.scope:
            raise PacteError("sync", "sync_forged", value=path, reason="another_scope")
        return cf

    def device_files(
        self, log_dir: str, device: str, public_key: Callable[[], Ed25519PublicKey | None]
    ) -> Iterator[changefile.ChangeFile]:
        """The new, checked change files of one device, in sequence (see the module's rules):
        junk is quarantined and the other candidates tried; a gap waits; a fork stops the
        device. The caller applies each file before asking for the next one."""
        directory = f"{log_dir}/{device}"
        listing = self.transport.list(directory)
        self.summary.ignored += listing.ignored_count
        # Nothing new since this directory was last gone through completely: say so from a
        # digest of its names, without reading the cursor of every file applied.
        digest = hashlib.sha256("\n".join(listing.names).encode()).hexdigest()
        seen_key = f"{self.scope}.listed.{directory}"
        if self.state.get(seen_key) == digest:
            return
        feed = self._feed(device)
        new = [n for n in listing.names if n not in feed.names]
        if feed.covered is not None:
            # Files a loaded snapshot covers are not read again (docs/sync.md: "then the change
            # files it does not cover"); a file repeating the covered sequence number under
            # another name is not covered, and is read (a fork, or a restored device).
            covered_seq, covered_sha = feed.covered
            new = [
                n
                for n in new
                if int(n[:12]) > covered_seq
                or (int(n[:12]) == covered_seq and n[13:29] != covered_sha[:16])
            ]
        if not new:
            self.state.set(seen_key, digest)
            return
        key = public_key()
        if key is None:
            self.reject(
                directory,
                PacteError("sync", "sync_forged", value=device, reason="no_certificate"),
            )
            return
        self.clear_rejected(directory)
        accepted = self.accepted_fork(device)
        revoked = self.revoked_after(log_dir, device)
        by_seq: dict[int, list[str]] = {}
        for name in sorted(new):
            by_seq.setdefault(int(name[:12]), []).append(name)
        settled = True
        for seq, names in sorted(by_seq.items()):
            if revoked is not None and seq > revoked:  # epochs.py rule 6
                for name in names:
                    path = f"{directory}/{name}"
                    self.reject(
                        path, PacteError("sync", "sync_revoked_file", value=path, last=revoked)
                    )
                settled = False
                break
            if seq > feed.last_seq + 1:
                self.gaps[device] = feed.last_seq + 1
                waiting = messages.reason_text("waiting_for", {"seq": feed.last_seq + 1}, self.lang)
                self.summary.waiting.append(f"{directory}/{names[0]} ({waiting})")
                settled = False
                break
            valid: list[changefile.ChangeFile] = []
            for name in names:
                try:
                    valid.append(self.read_file(log_dir, device, name, key))
                except PacteError as exc:
                    self.reject(f"{directory}/{name}", exc)  # quarantined: read again later
                    settled = False
            if not valid:
                if seq > feed.last_seq:
                    break  # nothing usable at the next number yet: the device waits
                continue  # junk beside files already applied: it holds nothing back
            chosen, fork = self._decide(directory, device, seq, valid, feed, accepted)
            for cf in chosen:
                yield cf
                self.clear_rejected(f"{directory}/{cf.name}")
                feed.add(cf)
            if fork is not None:
                self.reject(str(fork.params["value"]), fork)
                settled = False
                break
        if settled:
            # Every file listed was handed out; the caller records the digest (``settle``)
            # once it has applied them all, never before: a failure or a crash while applying
            # leaves the directory to be read again.
            self._settle[directory] = digest

    def _decide(
        self,
        directory: str,
        device: str,
        seq: int,
        valid: list[changefile.ChangeFile],
        feed: _Feed,
        accepted: dict[str, Any] | None,
    ) -> tuple[list[changefile.ChangeFile], PacteError | None]:
        """Which of the valid files at ``seq`` apply, and the fork that stops the device."""

        def fork(cf: changefile.ChangeFile, other: str, reason: str) -> PacteError:
            return PacteError(
                "sync",
                "sync_fork",
                value=f"{directory}/{cf.name}",
                other=other,
                device=device,
                reason=reason,
                seq=seq,
                previous=seq - 1,
            )

        if accepted is not None and seq >= accepted["from"]:
            # Both branches are genuine: each file applies if it follows any applied file
            # (or is one of the accepted fork's files, or follows what a snapshot covers).
            unknown = feed.covered is not None and seq - 1 < feed.covered[0]
            chosen = [
                cf for cf in valid if feed.links(cf) or cf.name in accepted["files"] or unknown
            ]
            rest = [cf for cf in valid if cf not in chosen]
            if not rest:
                return chosen, None
            return chosen, fork(rest[0], feed.named(directory, seq - 1), "broken_prev")
        if seq <= feed.last_seq:
            return [], fork(valid[0], feed.named(directory, seq), "same_seq")
        if len(valid) > 1:
            return [], fork(valid[1], f"{directory}/{valid[0].name}", "same_seq")
        if not feed.links(valid[0]):
            return [], fork(valid[0], feed.named(directory, seq - 1), "broken_prev")
        return valid, None

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
                        self.clear_rejected(path)
                    except MissingFileError:
                        cache[device] = None
                    except PacteError as exc:
                        self.reject(path, exc)
                        cache[device] = None
                return cache[device]

            return load

        return for_device
