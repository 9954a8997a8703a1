"""Backups of the store with SQLite's online backup API, and restoring one.

Automatic backups (daily, and before each migration or restore) go to ``backups/`` beside the
store and are pruned to the configured number; backups the user asks for are never pruned.
A backup is written as ``NAME.part`` and renamed, so a half-written file never looks complete.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import sqlite3
from pathlib import Path

BACKUP_DIR = "backups"
AUTOMATIC = ("daily", "before-migration", "before-restore")
_NAME = re.compile(r"^pacte-(\d{8}-\d{6}-\d{6})-([a-z0-9-]+)\.sqlite$")


def _copy(source: Path, target: Path) -> None:
    """Copy a live SQLite database consistently (readers and the WAL included)."""
    from pacte_desktop.store import failures
    from pacte_desktop.store.database import read_uri

    partial = target.with_name(target.name + ".part")
    # A refused write (a full disk, a read-only folder) names the target's folder and leaves
    # no partial file behind.
    with failures.translated(target.parent):
        try:
            src = sqlite3.connect(read_uri(source), uri=True)
            try:
                dst = sqlite3.connect(partial)
                try:
                    src.backup(dst)
                    dst.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
                finally:
                    dst.close()
            finally:
                src.close()
            with open(partial, "rb") as handle:
                os.fsync(handle.fileno())
            os.replace(partial, target)
        except BaseException:
            partial.unlink(missing_ok=True)
            raise


def take(
    store_path: Path, folder: Path, reason: str = "manual", target: Path | None = None
) -> Path:
    """Back up the store into ``target`` or a new time-stamped file in ``folder``."""
    from pacte_desktop.store import failures

    if target is None:
        with failures.translated(folder.parent):
            folder.mkdir(parents=True, exist_ok=True)
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        target = folder / f"pacte-{stamp}-{reason}.sqlite"
    else:
        with failures.translated(target.parent.parent):
            target.parent.mkdir(parents=True, exist_ok=True)
    _copy(store_path, target)
    return target


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


def prune(folder: Path, keep: int) -> list[Path]:
    """Delete the oldest automatic backups beyond ``keep``; return what was removed."""
    automatic = [path for _, reason, path in listing(folder) if reason.startswith(AUTOMATIC)]
    removed = automatic[:-keep] if keep > 0 else automatic
    for path in removed:
        path.unlink(missing_ok=True)
    return removed


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


def restore(store_path: Path, source: Path) -> Path:
    """Replace the store's content with ``source`` after checking it and backing up the current.

    Refuses (with :class:`StoreError`) a file that is not a Pacte store or that a newer
    application wrote; in that case nothing changes. Returns the backup of what was replaced.
    An older store is accepted and migrated at the next open.
    """
    from pacte_desktop.store.database import check_pacte_file

    check_pacte_file(source, "file", allow_empty=False)
    safety = take(store_path, store_path.parent / BACKUP_DIR, "before-restore")
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    dst = sqlite3.connect(store_path)
    try:
        src.backup(dst)
        dst.execute("PRAGMA journal_mode = WAL")
    finally:
        dst.close()
        src.close()
    return safety
