"""Opening the organisation's store: one SQLite file, migrated at open, backed up first.

The file lives in the user data directory (platformdirs) unless ``--data-dir`` or
``PACTE_DATA_DIR`` names another folder. Connections run in WAL mode with foreign keys on; every
connection carries the write gate that the unit of work opens (see ``schema.py``).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import json
import os
import re
import secrets
import sqlite3
import tempfile
import weakref
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy import event

from pacte_desktop.domain.errors import StoreError
from pacte_desktop.store import backup as backups
from pacte_desktop.store import busy, failures
from pacte_desktop.store.schema import APPLICATION_ID, local_state

STORE_FILE = "pacte.sqlite"
MIGRATIONS = Path(__file__).with_name("migrations")
_REVISION_FILE = re.compile(r"^(\d{4})_\w+\.py$")


def known_revisions() -> list[str]:
    """Revision ids this version of the application carries, oldest first (no Alembic import)."""
    found = [
        m.group(1)
        for p in (MIGRATIONS / "versions").iterdir()
        if (m := _REVISION_FILE.match(p.name))
    ]
    return sorted(found)


HEAD_REVISION = known_revisions()[-1]


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


def _writable(folder: Path) -> bool:
    """Whether files can be created in ``folder``: asked of the system, then tried (on
    Windows ``os.access`` does not see a folder's permissions, and a read-only network share
    or a locked-down profile only shows when a file is created)."""
    if not os.access(folder, os.W_OK):
        return False
    try:
        fd, name = tempfile.mkstemp(prefix=".pacte-probe-", dir=folder)
    except OSError as exc:
        return exc.errno not in (errno.EACCES, errno.EPERM, errno.EROFS)
    os.close(fd)
    with contextlib.suppress(OSError):
        os.unlink(name)
    return True


class WriteGate:
    """Per-connection switches read by the triggers.

    ``open``: the unit of work is writing (``pacte_write_allowed()``, read by the guards).
    ``search_deferred``: a bulk write refreshes the search index itself at the end of each
    batch (``pacte_search_deferred()``, read by the search triggers).
    """

    def __init__(self) -> None:
        self.open = False
        self.search_deferred = False

    def allowed(self) -> int:
        return 1 if self.open else 0

    def deferred(self) -> int:
        return 1 if self.search_deferred else 0


def _configure(dbapi_conn: sqlite3.Connection, record: Any) -> None:
    # We issue BEGIN ourselves (see _begin) so SQLite's transaction is the one SQLAlchemy sees.
    dbapi_conn.isolation_level = None
    gate = WriteGate()
    dbapi_conn.create_function("pacte_write_allowed", 0, gate.allowed)
    dbapi_conn.create_function("pacte_search_deferred", 0, gate.deferred)
    record.info["gate"] = gate
    cursor = dbapi_conn.cursor()
    for pragma in (
        "journal_mode = WAL",
        "foreign_keys = ON",
        "synchronous = NORMAL",
        f"busy_timeout = {busy.BUSY_TIMEOUT_MS}",
    ):
        cursor.execute(f"PRAGMA {pragma}")
    cursor.close()


#: Called with a sentence when a write must wait for a restore (the CLI prints it on stderr).
WAIT_NOTICE: list[Callable[[str], None]] = []


class Guard:
    """What every write transaction of one engine checks (rules in ``backup.py``): a restore
    in progress (its lock held) makes writers wait, and a damaged store refuses writes."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.lock = backups.lock_path(path)
        self.damaged: StoreError | None = None
        self.inode = _inode(path)

    def restore_free(self, timeout: float) -> bool:
        if not self.lock.exists():
            return True
        from filelock import FileLock, Timeout

        lock = FileLock(self.lock)
        try:
            lock.acquire(timeout=timeout)
        except Timeout:
            return False
        except OSError as exc:
            # A lock file this process may not open for writing: a read-only folder, where no
            # restore can be running. Any other failure is not a free store.
            if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
                return True
            raise
        lock.release()
        return True

    def wait_for_restore(self) -> None:
        """Wait (saying so) while a restore holds the lock; refuse if the file was replaced
        under this engine's connections (a damaged store moved aside)."""
        if self.restore_free(0.2):
            return
        from pacte_desktop.domain import messages

        notice = messages.render("restore_wait", "file", {"value": str(self.path)})
        for tell in WAIT_NOTICE:
            tell(notice)
        if not self.restore_free(600.0):
            raise StoreError("file", "restore_running", value=str(self.path))
        if self.inode is not None and _inode(self.path) != self.inode:
            raise StoreError("file", "restore_running", value=str(self.path))

    def before_write(self) -> None:
        if self.damaged is not None:
            raise self.damaged


def _inode(path: Path) -> tuple[int, int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return (st.st_dev, st.st_ino)


def _begin(conn: sa.Connection, guard: Guard) -> None:
    options = conn.get_execution_options()
    mode = options.get("pacte_begin", "DEFERRED")
    raw = conn.connection.dbapi_connection
    if mode == "DEFERRED":
        conn.exec_driver_sql(f"BEGIN {mode}")
        conn.info["pacte_changes"] = raw.total_changes if raw is not None else None
        return
    guard.before_write()
    guard.wait_for_restore()
    store: Store | None = options.get("pacte_store")

    def begin() -> None:
        if mode == "IMMEDIATE" and store is not None and isinstance(raw, sqlite3.Connection):
            # A writer of the store: waits for a busy store, saying so (store/busy.py).
            busy.begin_immediate(raw, store.data_dir, store.on_wait)
        else:
            conn.exec_driver_sql(f"BEGIN {mode}")

    begin()
    # Holding SQLite's write lock now: a restore that took its lock before cannot have started
    # copying (it waits for this transaction); one that holds it already makes this one wait.
    while not guard.restore_free(0.5):
        conn.exec_driver_sql("ROLLBACK")
        guard.wait_for_restore()
        begin()
    conn.info["pacte_changes"] = None


def _commit(conn: sa.Connection, guard: Guard) -> None:
    """A deferred transaction that wrote is checked at its commit, as an immediate one at its
    begin: refused (rolled back) on a damaged store or while a restore runs."""
    before = conn.info.get("pacte_changes")
    raw = conn.connection.dbapi_connection
    if before is None or raw is None or raw.total_changes == before:
        return
    try:
        guard.before_write()
        if not guard.restore_free(0.5):
            raise StoreError("file", "restore_running", value=str(guard.path))
    except StoreError:
        if raw.in_transaction:
            raw.rollback()
        raise


def gate_of(conn: sa.Connection) -> WriteGate:
    gate: WriteGate = conn.connection.info["gate"]
    return gate


def _configure_read_only(dbapi_conn: sqlite3.Connection, record: Any) -> None:
    dbapi_conn.isolation_level = None
    gate = WriteGate()
    dbapi_conn.create_function("pacte_write_allowed", 0, gate.allowed)
    dbapi_conn.create_function("pacte_search_deferred", 0, gate.deferred)
    record.info["gate"] = gate
    for pragma in ("query_only = 1", f"busy_timeout = {busy.BUSY_TIMEOUT_MS}"):
        dbapi_conn.execute(f"PRAGMA {pragma}")


_GUARDS: weakref.WeakKeyDictionary[sa.Engine, Guard] = weakref.WeakKeyDictionary()


def guard_of(engine: sa.Engine) -> Guard:
    return _GUARDS[engine]


def create_engine(path: Path, *, read_only: bool = False) -> sa.Engine:
    """The store's engine; ``read_only``: connections that read ``path`` without writing
    anything, not even beside it (see :func:`read_uri`)."""
    if read_only:
        uri = read_uri(path)
        engine = sa.create_engine(
            "sqlite://",
            creator=lambda: sqlite3.connect(uri, uri=True, check_same_thread=False),
            poolclass=sa.pool.QueuePool,
            pool_size=4,
        )
        event.listen(engine, "connect", _configure_read_only)
    else:
        engine = sa.create_engine(f"sqlite:///{path}", poolclass=sa.pool.QueuePool, pool_size=4)
        event.listen(engine, "connect", _configure)
    guard = Guard(path)
    _GUARDS[engine] = guard
    event.listen(engine, "begin", lambda conn: _begin(conn, guard))
    event.listen(engine, "commit", lambda conn: _commit(conn, guard))
    return engine


def read_uri(path: Path, *, writable: bool | None = None) -> str:
    """A SQLite URI that reads the file ``path`` and writes nothing.

    ``mode=ro`` in general. When nothing can be written beside the file (a read-only folder, a
    full disk) SQLite cannot create the ``-shm`` index a WAL store needs even to be read: then,
    provided no ``-wal`` file holds committed pages that are not in the file yet, the file is
    opened ``immutable`` (SQLite reads it alone, as it is). ``writable``: what the caller
    already found out about the folder (None: try it here).
    """
    uri = Path(os.path.abspath(path)).as_uri() + "?mode=ro"
    folder = path.parent
    if writable is None:
        writable = _writable(folder)
    if writable and not failures.nearly_full(folder):
        return uri
    wal = path.with_name(path.name + "-wal")
    try:
        pending = wal.stat().st_size > 0
    except OSError:
        pending = False
    return uri if pending else uri + "&immutable=1"


def inspect_file(path: Path, *, writable: bool | None = None) -> tuple[int, str | None]:
    """``(application_id, alembic revision or None)`` of a SQLite file, read without Alembic
    (``writable``: see :func:`read_uri`).

    Raises ``sqlite3.DatabaseError`` when the file is not SQLite at all.
    """
    conn = sqlite3.connect(read_uri(path, writable=writable), uri=True)
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        has_version = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).fetchone()
        revision = None
        if has_version:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
        return app_id, revision
    finally:
        conn.close()


def check_pacte_file(
    path: Path, field: str = "file", *, allow_empty: bool = True, writable: bool | None = None
) -> str | None:
    """Refuse a file that is not a Pacte store, or that a newer application wrote.

    Returns its schema revision (None for an empty, new file, unless ``allow_empty`` is false:
    then an empty file is refused too, as a file to restore must be).
    """
    if not path.exists():
        raise StoreError(field, "no_such_file", value=str(path))
    if path.stat().st_size == 0:
        if not allow_empty:
            raise StoreError(field, "not_a_store", value=str(path), reason="size=0")
        return None
    try:
        app_id, revision = inspect_file(path, writable=writable)
    except sqlite3.DatabaseError as exc:
        raise StoreError(field, "not_a_store", value=str(path), reason=str(exc)) from None
    if app_id != APPLICATION_ID or revision is None:
        raise StoreError(
            field,
            "not_a_store",
            value=str(path),
            reason=f"application_id={app_id:#x}, revision={revision}",
        )
    if revision not in known_revisions():
        raise StoreError(field, "store_too_new", value=str(path), revision=revision)
    return revision


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
        self.device_id = self.local("device_id") or ""

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
        if not _writable(folder) or (path.exists() and not os.access(path, os.W_OK)):
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
        return (_inode(self.path), restored)

    def reattach(self) -> None:
        """Open the store's file again (after a restore moved a damaged one aside)."""
        self.engine.dispose()
        self.engine = create_engine(self.path)
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

    def unit_of_work(self, worker_id: str | None = None) -> Any:
        """A unit of work acting as ``worker_id`` (default: this workstation's current worker)."""
        from pacte_desktop.store.unit_of_work import UnitOfWork

        return UnitOfWork(self, worker_id if worker_id is not None else self.local("worker_id"))
