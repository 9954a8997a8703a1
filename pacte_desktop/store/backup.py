"""Backups of the store with SQLite's online backup API, and restoring one.

Automatic backups (daily, and before each migration or restore) go to ``backups/`` beside the
store and are pruned to the configured number; backups the user asks for are never pruned.

Rules:

- A backup is written as ``NAME.part``, checked (``PRAGMA integrity_check`` and each FTS5
  index's ``integrity-check``) and only then renamed: a half-written or corrupt copy never
  looks complete, and the ``.part`` is removed whatever goes wrong (a corrupt source, a full
  disk). A backup of a damaged store is refused. A backup is never written over the store
  itself, its write-ahead log or its shared-memory file.
- A backup in ``backups/`` carries a sidecar ``NAME.check.json``: the verdict of the check,
  when, and what it holds (counts, organisation, device). Pruning never removes the newest
  automatic backup whose check passed, however old.
- A restore checks the file to restore on a copy before touching the store (nothing changes
  when it is refused), then holds every writer out from its first step to its last: it takes
  the restore lock (``restore.lock`` beside the store, which every write transaction honours,
  see ``connections.py``), waits for the writer in progress, takes the before-restore backup and
  puts the restored content in place, and only then lets writers in again. A store too damaged
  to back up is moved aside as ``pacte.sqlite.corrupt-STAMP`` (kept, never deleted) instead.
- A backup of another organisation or of another workstation is refused unless the caller
  says so (``other_device``); the store then gets a new device id and forgets its sync state,
  so that two workstations never share an id and this one joins the organisation again.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import re
import secrets
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from pacte_desktop.domain.errors import StoreError
from pacte_desktop.store import failures
from pacte_desktop.store.files import check_pacte_file, read_uri

BACKUP_DIR = "backups"
AUTOMATIC = ("daily", "before-migration", "before-restore")
LOCK_FILE = "restore.lock"
CHECK_SUFFIX = ".check.json"
#: The verdict of the store's own daily check (``database.daily_check``).
CHECKED_STORE_FILE = "store-check.json"
_NAME = re.compile(r"^pacte-(\d{8}-\d{6}-\d{6})-([a-z0-9-]+)\.sqlite$")
_COUNTED = ("employer", "contact_person", "interaction", "follow_up", "placement", "worker")
#: SQLite result codes of a damaged file (SQLITE_CORRUPT, SQLITE_NOTADB).
_DAMAGED_CODES = (11, 26)


def lock_path(store_path: Path) -> Path:
    """The restore lock of the store at ``store_path``."""
    return store_path.with_name(LOCK_FILE)


def is_damage(exc: BaseException) -> bool:
    """Whether a SQLite error says the file is damaged (not busy, not a full disk)."""
    code = getattr(exc, "sqlite_errorcode", None)
    return (
        isinstance(exc, sqlite3.DatabaseError)
        and code is not None
        and code & 0xFF in (_DAMAGED_CODES)
    )


def first_problem(rows: list[str]) -> str:
    """The first line of what a check found (SQLite lists every damaged cell)."""
    lines = [
        line.strip()
        for row in rows
        for line in row.splitlines()
        if line.strip() and not line.startswith("***")
    ]
    return lines[0] if lines else "; ".join(rows)


def integrity_problem(conn: sqlite3.Connection) -> str | None:
    """What ``integrity_check`` and the FTS5 ``integrity-check`` find wrong, or None.

    ``conn`` must be writable (FTS5 runs its check as a special insert) and in autocommit."""
    try:
        rows = [str(r[0]) for r in conn.execute("PRAGMA integrity_check(20)")]
        if rows != ["ok"]:
            return first_problem(rows)
        indexes = [
            str(r[0])
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND sql LIKE 'CREATE VIRTUAL TABLE%USING fts5%'"
            )
        ]
        for name in indexes:
            try:
                conn.execute(f'INSERT INTO "{name}"("{name}") VALUES (\'integrity-check\')')
            finally:
                if conn.in_transaction:
                    conn.rollback()
    except sqlite3.DatabaseError as exc:
        if not is_damage(exc):
            raise
        return str(exc)
    return None


def _describe(conn: sqlite3.Connection) -> dict[str, Any]:
    """Counts of the main tables and the identity a backup carries."""
    tables = {str(r[0]) for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    counts = {
        t: int(conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0])
        for t in _COUNTED
        if t in tables
    }
    identity: dict[str, str] = {}
    if "local_state" in tables:
        identity = {
            str(k): str(v)
            for k, v in conn.execute(
                "SELECT key, value FROM local_state WHERE key IN ('organisation_id', 'device_id')"
            )
        }
    return {"counts": counts, **identity}


def _remove(path: Path) -> None:
    for name in (path, path.with_name(path.name + "-journal")):
        with contextlib.suppress(OSError):
            name.unlink(missing_ok=True)


def _copy(source: Path, target: Path) -> dict[str, Any]:
    """Copy a live SQLite database consistently (readers and the WAL included), check the copy,
    and return what it holds. A damaged source is refused; no ``.part`` survives an error; a
    refused write (a full disk, a read-only folder) names the target's folder."""

    partial = target.with_name(target.name + ".part")
    try:
        with failures.translated(target.parent):
            src = sqlite3.connect(read_uri(source), uri=True)
            try:
                dst = sqlite3.connect(partial, isolation_level=None)
                try:
                    src.backup(dst)
                    dst.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
                    problem = integrity_problem(dst)
                    about = _describe(dst) if problem is None else {}
                finally:
                    dst.close()
            finally:
                src.close()
            if problem is not None:
                raise StoreError("file", "backup_corrupt", value=str(source), reason=problem)
            with open(partial, "rb") as handle:
                os.fsync(handle.fileno())
            os.replace(partial, target)
    except sqlite3.DatabaseError as exc:
        _remove(partial)
        if is_damage(exc):
            raise StoreError("file", "backup_corrupt", value=str(source), reason=str(exc)) from None
        raise
    except BaseException:
        _remove(partial)
        raise
    return about


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve() or (a.exists() and b.exists() and a.samefile(b))
    except OSError:
        return False


def refuse_store_files(store_path: Path, target: Path) -> None:
    """Refuse a backup target that is the store, its journal files or its lock."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        own = store_path.with_name(store_path.name + suffix)
        for candidate in (target, target.with_name(target.name + ".part")):
            if _same_file(candidate, own):
                raise StoreError("file", "backup_into_store", value=str(target))
    if _same_file(target, lock_path(store_path)):
        raise StoreError("file", "backup_into_store", value=str(target))


def take(
    store_path: Path, folder: Path, reason: str = "manual", target: Path | None = None
) -> Path:
    """Back up the store into ``target`` or a new time-stamped file in ``folder``.

    A time-stamped backup gets its check sidecar. Raises ``StoreError("backup_corrupt")``
    when the store is damaged (nothing written)."""

    if target is None:
        with failures.translated(folder.parent):
            folder.mkdir(parents=True, exist_ok=True)
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        target = folder / f"pacte-{stamp}-{reason}.sqlite"
        sidecar = True
    else:
        refuse_store_files(store_path, target)
        with failures.translated(target.parent.parent):
            target.parent.mkdir(parents=True, exist_ok=True)
        sidecar = False
    about = _copy(store_path, target)
    if sidecar:
        record_check(target, about)
    return target


def record_check(path: Path, about: dict[str, Any]) -> None:
    """Write the sidecar of a backup that passed the check."""
    body = {"integrity": "ok", "checked_at": dt.datetime.now().isoformat(), **about}
    side = path.with_name(path.name + CHECK_SUFFIX)
    side.write_text(json.dumps(body, sort_keys=True), encoding="utf-8")


def check_of(path: Path) -> dict[str, Any] | None:
    """The sidecar of a backup that passed the check, or None (none, unreadable, or failed)."""
    side = path.with_name(path.name + CHECK_SUFFIX)
    try:
        body = json.loads(side.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(body, dict) or body.get("integrity") != "ok":
        return None
    return body


def listing(folder: Path) -> list[tuple[dt.datetime, str, Path]]:
    """Backups in ``folder`` as ``(time, reason, path)``, oldest first."""
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        match = _NAME.match(path.name)
        if match:
            when = dt.datetime.strptime(match.group(1), "%Y%m%d-%H%M%S-%f")
            found.append((when, match.group(2), path))
    return sorted(found)


def counts_of(path: Path, check: dict[str, Any] | None = None) -> dict[str, int]:
    """What a backup holds: from its recorded check (``check``, if already read), else read
    from the file (or nothing)."""
    check = check if check is not None else check_of(path)
    if check is not None and isinstance(check.get("counts"), dict):
        return {str(k): int(v) for k, v in check["counts"].items()}
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            return dict(_describe(conn)["counts"])
        finally:
            conn.close()
    except sqlite3.Error:
        return {}


def latest_good(folder: Path) -> Path | None:
    """The newest backup whose check passed (else the newest that is a usable Pacte file)."""

    found = listing(folder)
    for _, _, path in reversed(found):
        if check_of(path) is not None:
            return path
    for _, _, path in reversed(found):
        try:
            check_pacte_file(path, allow_empty=False)
        except StoreError:
            continue
        return path
    return None


def prune(folder: Path, keep: int) -> list[Path]:
    """Delete the oldest automatic backups beyond ``keep``, never the newest one that passed
    the check; return what was removed."""
    automatic = [path for _, reason, path in listing(folder) if reason.startswith(AUTOMATIC)]
    removed = automatic[:-keep] if keep > 0 else automatic
    verified = [path for path in automatic if check_of(path) is not None]
    if verified:
        removed = [path for path in removed if path != verified[-1]]
    for path in removed:
        path.unlink(missing_ok=True)
        path.with_name(path.name + CHECK_SUFFIX).unlink(missing_ok=True)
    _sweep(folder)
    return removed


#: A copy file this much older than now is left from a killed backup or restore.
STALE_SECONDS = 60


def _sweep(folder: Path) -> None:
    """Remove what killed copies left behind (``*.part``, ``restoring-*``), once stale."""
    if not folder.is_dir():
        return
    # "Now" as the file system stamps files (the clock of whoever wrote them may differ from
    # this process's): the time of a file written here now.
    try:
        fd, marker = tempfile.mkstemp(prefix=".sweep-", dir=folder)
        try:
            now = os.fstat(fd).st_mtime
        finally:
            os.close(fd)
            os.unlink(marker)
    except OSError:  # a full disk or a read-only folder: sweep another time
        return
    limit = now - STALE_SECONDS
    for path in folder.iterdir():
        name = path.name
        if not (name.endswith((".part", ".part-journal")) or name.startswith("restoring-")):
            continue
        with contextlib.suppress(OSError):
            if path.is_file() and path.stat().st_mtime < limit:
                path.unlink()


def take_daily(
    store_path: Path, folder: Path, keep: int, now: dt.datetime | None = None
) -> Path | None:
    """Take the day's automatic backup unless one is less than 24 hours old; then prune."""
    now = now or dt.datetime.now()
    latest = [when for when, reason, _ in listing(folder) if reason == "daily"]
    taken = None
    if not latest or now - max(latest) >= dt.timedelta(hours=24):
        taken = take(store_path, folder, "daily")
    prune(folder, keep)
    return taken


@contextlib.contextmanager
def exclusive(store_path: Path, wait: float = 600.0) -> Iterator[None]:
    """Hold every writer of the store out: the restore lock, then the writer in progress (if
    any) is waited for. Inside the block no other transaction writes the store."""
    from filelock import FileLock, Timeout

    lock = FileLock(lock_path(store_path))
    try:
        lock.acquire(timeout=wait)
    except Timeout:
        raise StoreError("file", "restore_running", value=str(store_path)) from None
    try:
        if store_path.exists():
            drain = sqlite3.connect(store_path, isolation_level=None, timeout=wait)
            try:
                drain.execute("BEGIN IMMEDIATE")
                drain.execute("COMMIT")
            except sqlite3.DatabaseError as exc:
                if not is_damage(exc):
                    raise
            finally:
                drain.close()
        yield
    finally:
        lock.release()


def _identity(path: Path) -> dict[str, str]:
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error:
        return {}
    try:
        return {
            str(k): str(v)
            for k, v in conn.execute(
                "SELECT key, value FROM local_state WHERE key IN ('organisation_id', 'device_id')"
            )
        }
    except sqlite3.Error:
        return {}
    finally:
        conn.close()


def check_identity(store_path: Path, source: Path, about: dict[str, Any]) -> None:
    """Refuse a backup of another organisation or another workstation than the store's.

    A store with no organisation yet (a new installation) takes any backup: it has no identity
    that two workstations could share."""
    here = _identity(store_path) if store_path.exists() else {}
    own_org = here.get("organisation_id")
    if not own_org:
        return
    org = about.get("organisation_id")
    if org and org != own_org:
        raise StoreError("file", "restore_other_org", value=str(source), found=org)
    device = about.get("device_id")
    if device and here.get("device_id") and device != here["device_id"]:
        raise StoreError("file", "restore_other_device", value=str(source), found=device)


def _new_device(store_path: Path) -> str:
    """Give the store a new device id and forget its sync state (keys, location, cursors): it
    joins the organisation again as a new workstation (``pacte sync setup``)."""
    device = secrets.token_hex(8)
    conn = sqlite3.connect(store_path, isolation_level=None, timeout=60)
    try:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute("DELETE FROM local_state WHERE key LIKE 'sync.%'")
        conn.execute(
            "INSERT INTO local_state(key, value) VALUES ('device_id', ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (device,),
        )
        tables = {str(r[0]) for r in conn.execute("SELECT name FROM sqlite_master")}
        for table in ("sync_applied", "sync_rejected", "sync_parked"):
            if table in tables:
                conn.execute(f"DELETE FROM {table}")
        conn.execute("COMMIT")
    finally:
        conn.close()
    return device


def _mark_restored(store_path: Path) -> None:
    """A new restore id in local state: an open application sees its store was replaced."""
    conn = sqlite3.connect(store_path, isolation_level=None, timeout=60)
    try:
        conn.execute(
            "INSERT INTO local_state(key, value) VALUES ('restore_id', ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (secrets.token_hex(8),),
        )
    finally:
        conn.close()


def _move_aside(store_path: Path) -> Path:
    """Rename a damaged store (and its write-ahead files) out of the way; nothing is deleted."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    aside = store_path.with_name(f"{store_path.name}.corrupt-{stamp}")
    for suffix in ("-wal", "-shm", "-journal"):
        extra = store_path.with_name(store_path.name + suffix)
        if extra.exists():
            os.replace(extra, aside.with_name(aside.name + suffix))
    os.replace(store_path, aside)
    return aside


class Restored:
    """What a restore did: the backup of what was replaced, or where a damaged store went."""

    def __init__(self, safety: Path | None, moved_aside: Path | None, device_id: str | None):
        self.safety = safety
        self.moved_aside = moved_aside
        self.new_device_id = device_id

    def __fspath__(self) -> str:
        return str(self.safety or self.moved_aside or "")


def restore(
    store_path: Path,
    source: Path,
    *,
    other_device: bool = False,
    inside: Callable[[], None] | None = None,
) -> Restored:
    """Replace the store's content with ``source`` after checking it and backing up the current.

    Refuses (with :class:`StoreError`) a file that is not a Pacte store, that a newer
    application wrote, that is damaged, or (without ``other_device``) that another organisation
    or workstation wrote; in that case nothing changes. An older store is accepted and migrated
    at the next open. ``inside`` runs while writers are held out (tests use it to observe).
    """

    check_pacte_file(source, "file", allow_empty=False)
    folder = store_path.parent / BACKUP_DIR
    folder.mkdir(parents=True, exist_ok=True)
    incoming = folder / f"restoring-{secrets.token_hex(4)}.sqlite"
    try:
        about = _copy(source, incoming)  # checked; the source is never opened for writing
        if not other_device:
            check_identity(store_path, source, about)
        safety = moved = device = None
        with exclusive(store_path):
            if inside is not None:
                inside()
            if store_path.exists() and store_path.stat().st_size > 0:
                try:
                    safety = take(store_path, folder, "before-restore")
                except StoreError as exc:
                    if exc.code != "backup_corrupt":
                        raise
                    moved = _move_aside(store_path)
            if moved is not None or not store_path.exists():
                os.replace(incoming, store_path)
            else:
                src = sqlite3.connect(f"file:{incoming}?mode=ro", uri=True)
                dst = sqlite3.connect(store_path, timeout=60)
                try:
                    src.backup(dst)
                    dst.execute("PRAGMA journal_mode = WAL")
                finally:
                    dst.close()
                    src.close()
            if other_device:
                device = _new_device(store_path)
            _mark_restored(store_path)
            # The next open checks the restored file at once.
            store_path.with_name(CHECKED_STORE_FILE).unlink(missing_ok=True)
    finally:
        _remove(incoming)
        _remove(incoming.with_name(incoming.name + ".part"))
    return Restored(safety, moved, device)
