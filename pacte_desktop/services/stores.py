"""The store as the interface sees it: opening it, its backups, restoring one, its failures.

The rules live in the store (:mod:`pacte_desktop.store.database`, ``backup``, ``failures``);
this module is the door the interface goes through, so that no window imports the store:

- :func:`open_store` opens a data folder's store (the daily backup is the caller's to start,
  in the background: :func:`take_daily_backup`); a damaged store raises a ``StoreError`` whose
  code is one of :data:`DAMAGED`, or opens with :func:`damage` telling why writes are refused.
- :func:`take_daily_backup` copies the store once a day and prunes old copies; when the copy's
  check finds the store damaged, reading goes on and writing is refused from then on (the
  damage is recorded beside the store, as the daily check at opening would).
- :func:`backups` lists the backups beside a store, newest first, with what each holds;
  :func:`restore_backup` puts one back (the store it replaces is moved aside, never deleted).
- :func:`explain` turns a failure (a full disk, a read-only folder, a busy store) into the
  user's sentence, the same as the command line's; :func:`damage_found` tells a damaged page
  met while reading or writing (remembered: the next opening refuses writes), and
  :func:`reason_of` why the system refused a file.
- :func:`on_wait` names who is told when a write waits for a restore to finish (the command
  line prints it on standard error; the window shows its own message).

:class:`Store` and :class:`UnitOfWork` are named here for the interface's type hints: it holds
an open store as a handle it gives back to services, and never opens a unit of work's
internals itself.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from pacte_desktop.domain.errors import PacteError, StoreError
from pacte_desktop.reports.output import reason_of
from pacte_desktop.store import backup, failures
from pacte_desktop.store.backup import Restored
from pacte_desktop.store.connections import WAIT_NOTICE, guard_of
from pacte_desktop.store.database import (
    STORE_FILE,
    Store,
    damaged,
    record_check,
    resolve_data_dir,
)
from pacte_desktop.store.files import HEAD_REVISION, check_pacte_file

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from pacte_desktop.store.unit_of_work import UnitOfWork

__all__ = [
    "DAMAGED",
    "HEAD_REVISION",
    "Backup",
    "Restored",
    "Store",
    "UnitOfWork",
    "backup_folder",
    "backups",
    "check_restorable",
    "damage",
    "damage_found",
    "data_folder",
    "explain",
    "latest_good_backup",
    "on_wait",
    "open_store",
    "reason_of",
    "restore_backup",
    "store_file",
    "take_backup",
    "take_daily_backup",
]

#: The codes of a store that cannot be opened, or opens damaged: its backups are offered.
DAMAGED = ("store_damaged", "store_damaged_no_backup", "store_damaged_writes")


def __getattr__(name: str) -> Any:
    """``UnitOfWork``, imported when first named: a command that only reads (``pacte employer
    list``) opens its store through this module without loading the write machinery."""
    if name == "UnitOfWork":
        from pacte_desktop.store.unit_of_work import UnitOfWork

        return UnitOfWork
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def open_store(data_dir: str | os.PathLike[str] | None, *, daily_backup: bool = False) -> Store:
    """The store of ``data_dir`` (None: PACTE_DATA_DIR, else the user data directory).

    ``daily_backup``: take the day's backup while opening (the command line, which has no
    background to take it in); a full disk then leaves ``store.daily_backup_error`` to tell.
    """
    return Store.open(data_dir, daily_backup=daily_backup)


def data_folder(data_dir: str | os.PathLike[str] | None) -> Path:
    """The data folder ``data_dir`` names (None: PACTE_DATA_DIR, else the user data directory)."""
    return resolve_data_dir(data_dir)


def store_file(data_dir: str | os.PathLike[str] | None) -> Path:
    """Where the store of ``data_dir`` lives, even when it cannot be opened."""
    return resolve_data_dir(data_dir) / STORE_FILE


def on_wait(tell: Callable[[str], None]) -> None:
    """Tell ``tell`` (alone) the sentence saying a write waits for a restore to finish."""
    WAIT_NOTICE[:] = [tell]


def backup_folder(store_path: Path) -> Path:
    """The folder of the store's backups."""
    return store_path.parent / backup.BACKUP_DIR


def damage(store: Store) -> StoreError | None:
    """Why writes to this open store are refused after a failed check, or None."""
    return guard_of(store.engine).damaged


def take_daily_backup(store: Store) -> Path | None:
    """The day's automatic backup (None: already taken today, or a store that cannot be
    written). A store the copy finds damaged is marked so: reading goes on, writing is refused.
    Other failures (a full disk) are raised for the caller to tell."""
    if store.read_only is not None:
        return None
    keep = int(store.setting("backups.keep"))
    try:
        return backup.take_daily(store.path, backup_folder(store.path), keep=keep)
    except PacteError as exc:
        if exc.code != "backup_corrupt":
            raise
        reason = str(exc.params.get("reason", ""))
        record_check(store.path, reason)
        guard_of(store.engine).damaged = damaged(store.path, reason, "store_damaged_writes")
        return None


def take_backup(store: Store, target: Path | None = None) -> Path:
    """A backup of the store written to ``target`` (chosen by the user), else a new
    time-stamped file among its backups."""
    return backup.take(store.path, backup_folder(store.path), "manual", target)


@dataclass(frozen=True)
class Backup:
    """One backup beside the store: when, why, where, whether its check passed, what it holds."""

    taken: dt.datetime
    reason: str
    path: Path
    checked: bool
    counts: dict[str, int]


def backups(store_path: Path) -> list[Backup]:
    """The backups beside the store, newest first; each sidecar read once."""
    found = []
    for when, reason, path in reversed(backup.listing(backup_folder(store_path))):
        check = backup.check_of(path)
        found.append(Backup(when, reason, path, check is not None, backup.counts_of(path, check)))
    return found


def latest_good_backup(store_path: Path) -> Path | None:
    """The newest backup whose check passed (else the newest usable Pacte file)."""
    return backup.latest_good(backup_folder(store_path))


def check_restorable(source: Path) -> None:
    """Refuse, before anything is touched, a file that cannot be restored: missing, empty, not
    a Pacte store, or written by a newer application."""
    check_pacte_file(source, "file", allow_empty=False)


def restore_backup(store_path: Path, source: Path, *, other_device: bool = False) -> Restored:
    """Replace the store's content with the backup ``source`` (see ``store/backup.py``);
    ``other_device``: a backup another workstation took is accepted too."""
    return backup.restore(store_path, source, other_device=other_device)


def explain(exc: BaseException, folder: Path | None) -> PacteError | None:
    """The user's error for a failure in the store's ``folder`` (a full disk, a read-only
    folder, a busy store), or None when ``exc`` is none of those."""
    return failures.as_pacte_error(exc, folder)


def damage_found(data_dir: str | os.PathLike[str] | None, exc: BaseException) -> StoreError | None:
    """When ``exc`` (or the SQLite error under it) says the store of ``data_dir`` met a damaged
    page: the damage remembered beside the store (the next opening refuses writes) and the
    error naming the latest good backup and how to restore it. Else None."""
    orig = getattr(exc, "orig", None) or exc
    if not backup.is_damage(orig):
        return None
    path = store_file(data_dir)
    record_check(path, str(orig))
    return damaged(path, str(orig), "store_damaged_writes")
