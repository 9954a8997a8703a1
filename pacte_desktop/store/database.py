"""Opening the organisation's store: one SQLite file, migrated at open, backed up first.

The file lives in the user data directory (platformdirs) unless ``--data-dir`` or
``PACTE_DATA_DIR`` names another folder. A file is inspected (``files.py``) before it is opened;
its connections (WAL, foreign keys, the write gate, the restore guard) come from
``connections.py``. A unit of work is built from an open store by its caller
(``UnitOfWork(store)``, ``unit_of_work.py``).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import secrets
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from pacte_desktop.domain.errors import StoreError
from pacte_desktop.store import backup as backups
from pacte_desktop.store import busy, failures
from pacte_desktop.store.connections import Guard, create_engine, gate_of, guard_of, inode
from pacte_desktop.store.files import HEAD_REVISION, MIGRATIONS, check_pacte_file, writable_folder
from pacte_desktop.store.schema import local_state

STORE_FILE = "pacte.sqlite"


def resolve_data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """``--data-dir``, else ``PACTE_DATA_DIR``, else the platform's user data directory."""
    if explicit:
        return Path(explicit).expanduser()
    env = os.environ.get("PACTE_DATA_DIR")
    if env:
        return Path(env).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir("pacte-desktop", "Pacte"))


def _make_folder(folder: Path) -> None:
    """Create the data folder if needed; a file in its place is a clear error."""
    if folder.exists() and not folder.is_dir():
        raise StoreError("data_dir", "data_dir_is_file", value=str(folder))
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except (FileExistsError, NotADirectoryError):
        file = next((p for p in (folder, *folder.parents) if p.is_file()), folder)
        raise StoreError("data_dir", "data_dir_is_file", value=str(file)) from None
    except OSError as exc:
        error = failures.as_pacte_error(exc, folder.parent)
        if error is None:
            raise
        raise error from None


CHECK_FILE = backups.CHECKED_STORE_FILE


def quick_check(path: Path) -> str | None:
    """What ``PRAGMA quick_check`` finds wrong with the file, or None."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            rows = [str(r[0]) for r in conn.execute("PRAGMA quick_check(5)")]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        if not backups.is_damage(exc):
            raise
        return str(exc)
    return None if rows == ["ok"] else backups.first_problem(rows)


def record_check(path: Path, problem: str | None, now: dt.datetime | None = None) -> None:
    """Remember the verdict of the store's check beside it (not in it: it may be damaged)."""
    body = {"checked_at": (now or dt.datetime.now()).isoformat(), "ok": problem is None}
    if problem is not None:
        body["problem"] = problem
    with contextlib.suppress(OSError):  # a read-only folder checks again next time
        path.with_name(CHECK_FILE).write_text(json.dumps(body), encoding="utf-8")


def daily_check(path: Path, now: dt.datetime | None = None) -> str | None:
    """Run ``quick_check`` on the store unless it passed less than 24 hours ago; return the
    problem found (a store found damaged is checked again at every open)."""
    now = now or dt.datetime.now()
    try:
        state = json.loads(path.with_name(CHECK_FILE).read_text(encoding="utf-8"))
        last = dt.datetime.fromisoformat(state["checked_at"])
        if state["ok"] is True and dt.timedelta(0) <= now - last < dt.timedelta(hours=24):
            return None
    except (OSError, ValueError, KeyError, TypeError):
        pass
    try:
        problem = quick_check(path)
    except sqlite3.Error:  # not damage (a full disk, a busy file): check at the next open
        return None
    record_check(path, problem, now)
    return problem


def restore_command(store_path: Path, backup: Path) -> str:
    """The command that restores ``backup`` into the store at ``store_path``."""

    def quoted(p: Path) -> str:
        return f'"{p}"' if any(c.isspace() for c in str(p)) else str(p)

    folder = store_path.parent
    with contextlib.suppress(OSError):
        if resolve_data_dir().resolve() == folder.resolve():
            return f"pacte restore {quoted(backup)}"
    return f"pacte --data-dir {quoted(folder)} restore {quoted(backup)}"


def damaged(path: Path, reason: str, code: str = "store_damaged") -> StoreError:
    """The error naming what is wrong, the latest good backup and the command to restore it."""
    folder = path.parent / backups.BACKUP_DIR
    good = backups.latest_good(folder)
    if good is None:
        return StoreError(
            "file", "store_damaged_no_backup", value=str(path), reason=reason, folder=str(folder)
        )
    return StoreError(
        "file",
        code,
        value=str(path),
        reason=reason,
        backup=str(good),
        command=restore_command(path, good),
    )


def run_migrations(engine: sa.Engine, target: str = "head") -> None:
    """Upgrade the schema with Alembic (batch mode), with the write gate open for backfills."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.connect() as conn:
        gate_of(conn).open = True
        try:
            config.attributes["connection"] = conn
            command.upgrade(config, target)
            conn.commit()
        finally:
            gate_of(conn).open = False


class Store:
    """An open store: its path, its engine, and the device's identity."""

    def __init__(self, data_dir: Path, engine: sa.Engine) -> None:
        self.data_dir = data_dir
        self.path = data_dir / STORE_FILE
        self.engine = engine
        #: Told when a write waits for a busy store (see store/busy.py): the CLI prints the
        #: sentence on standard error, the window shows it in its status bar.
        self.on_wait: busy.OnWait | None = None
        #: Why this store cannot be written (a read-only folder, a full disk), or None.
        self.read_only: StoreError | None = None
        #: Why the day's automatic backup could not be taken (a full disk), or None.
        self.daily_backup_error: StoreError | None = None
        #: Told each time a connection is taken from the engine, on the thread that takes it:
        #: the window checks with it that no read runs on its GUI thread.
        self.on_access: Callable[[], None] | None = None
        sa.event.listen(engine, "engine_connect", self._accessed)
        self.device_id = self.local("device_id") or ""

    def _accessed(self, _conn: sa.Connection) -> None:
        if self.on_access is not None:
            self.on_access()

    @classmethod
    def open(
        cls,
        data_dir: str | os.PathLike[str] | None = None,
        *,
        migrate_to: str = "head",
        daily_backup: bool = True,
    ) -> Store:
        """Open (creating it if needed) and migrate the store of ``data_dir``.

        Before a migration of an existing store, a backup is taken; the migration refuses a
        store written by a newer application.
        """
        folder = resolve_data_dir(data_dir)
        _make_folder(folder)
        path = folder / STORE_FILE
        target = HEAD_REVISION if migrate_to == "head" else migrate_to
        if not writable_folder(folder) or (path.exists() and not os.access(path, os.W_OK)):
            return cls._open_read_only(folder, path, target, failures.read_only(folder))
        Guard(path).wait_for_restore()  # a restore may have moved the store aside for a moment
        try:
            # The folder was just found writable: no second probe file.
            revision = check_pacte_file(path, "file", writable=True) if path.exists() else None
        except StoreError as exc:
            if failures.nearly_full(folder) and path.stat().st_size > 0:
                # SQLite cannot even create the index it needs to read: read the file alone.
                return cls._open_read_only(folder, path, target, failures.disk_full(folder))
            if exc.code != "not_a_store":
                raise
            raise damaged(path, str(exc.params.get("reason", ""))) from None
        problem = daily_check(path) if revision is not None else None
        if problem is not None and revision != target:
            raise damaged(path, problem)  # no migration on a damaged file
        engine = create_engine(path)
        if problem is not None:
            guard_of(engine).damaged = damaged(path, problem, "store_damaged_writes")
        try:
            with failures.translated(folder):
                if revision != target:
                    if revision is not None:
                        backups.take(
                            path, folder / backups.BACKUP_DIR, reason=f"before-migration-{target}"
                        )
                    run_migrations(engine, target)
                store = cls(folder, engine)
                if not store.device_id:
                    store.device_id = secrets.token_hex(8)
                    store.set_local("device_id", store.device_id)
        except StoreError as exc:
            engine.dispose()
            if exc.code == "disk_full" and revision == target:
                # Too full even to read through SQLite's index: read the file alone.
                return cls._open_read_only(folder, path, target, exc)
            raise
        except BaseException:
            engine.dispose()
            raise
        if daily_backup and store.local("organisation_id"):
            keep = int(store.setting("backups.keep"))
            try:
                with failures.translated(folder / backups.BACKUP_DIR):
                    backups.take_daily(path, folder / backups.BACKUP_DIR, keep=keep)
            except StoreError as exc:
                if exc.code == "backup_corrupt":  # the store itself is damaged
                    reason = str(exc.params.get("reason", ""))
                    record_check(path, reason)
                    guard_of(engine).damaged = damaged(path, reason, "store_damaged_writes")
                else:  # a full disk: the work goes on, the caller tells
                    store.daily_backup_error = exc
        return store

    @classmethod
    def _open_read_only(cls, folder: Path, path: Path, target: str, refusal: StoreError) -> Store:
        """Open a store that cannot be written (``refusal`` says why): reads work, every unit
        of work raises ``refusal``. A store that is missing or needs a migration is refused."""
        if not path.exists() or path.stat().st_size == 0:
            raise refusal
        try:
            revision = check_pacte_file(path, "file")
        except StoreError:
            wal = path.with_name(path.name + "-wal")
            if wal.exists() and wal.stat().st_size > 0:
                # Recent changes wait in the -wal file, which SQLite cannot read without
                # writing beside it: say so rather than "not a Pacte store".
                raise StoreError(
                    "store", "store_pending_wal", value=str(folder), wal=wal.name
                ) from None
            raise
        if revision != target:
            raise refusal
        store = cls(folder, create_engine(path, read_only=True))
        store.read_only = refusal
        return store

    def close(self) -> None:
        self.engine.dispose()

    def identity(self) -> tuple[object, ...]:
        """What changes when a restore replaces the store: the file, and its restore id."""
        try:
            restored = self.local("restore_id")
        except sa.exc.DBAPIError:
            restored = None
        return (inode(self.path), restored)

    def reattach(self) -> None:
        """Open the store's file again (after a restore moved a damaged one aside)."""
        self.engine.dispose()
        self.engine = create_engine(self.path)
        sa.event.listen(self.engine, "engine_connect", self._accessed)
        self.device_id = self.local("device_id") or ""

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # Local, non-replicated state: device id, organisation, current worker, clock.
    def local(self, key: str, conn: sa.Connection | None = None) -> str | None:
        """A local value; pass ``conn`` to read inside an open transaction."""
        stmt = sa.select(local_state.c.value).where(local_state.c.key == key)
        if conn is not None:
            return conn.execute(stmt).scalar_one_or_none()
        with self.engine.connect() as own:
            return own.execute(stmt).scalar_one_or_none()

    def set_local(self, key: str, value: str, conn: sa.Connection | None = None) -> None:
        stmt = sa.text(
            "INSERT INTO local_state(key, value) VALUES (:k, :v) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value"
        )
        if conn is not None:
            conn.execute(stmt, {"k": key, "v": value})
            return
        with self.engine.begin() as own:
            own.execute(stmt, {"k": key, "v": value})

    def setting(self, key: str) -> Any:
        from pacte_desktop.settings import SETTINGS

        with self.engine.connect() as conn:
            return SETTINGS.get(conn, key)

    @contextlib.contextmanager
    def reading(self) -> Iterator[sa.Connection]:
        """A connection for reads; its snapshot is consistent until the block ends."""
        with self.engine.connect() as conn, conn.begin():
            yield conn
