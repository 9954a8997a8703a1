"""Opening the organisation's store: one SQLite file, migrated at open, backed up first.

The file lives in the user data directory (platformdirs) unless ``--data-dir`` or
``PACTE_DATA_DIR`` names another folder. Connections run in WAL mode with foreign keys on; every
connection carries the write gate that the unit of work opens (see ``schema.py``).
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import secrets
import sqlite3
import tempfile
from collections.abc import Iterator
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


def _begin(conn: sa.Connection) -> None:
    options = conn.get_execution_options()
    mode = options.get("pacte_begin", "DEFERRED")
    store: Store | None = options.get("pacte_store")
    raw = conn.connection.dbapi_connection
    if mode == "IMMEDIATE" and store is not None and isinstance(raw, sqlite3.Connection):
        # A writer of the store: waits for a busy store, saying so (store/busy.py).
        busy.begin_immediate(raw, store.data_dir, store.on_wait)
        return
    conn.exec_driver_sql(f"BEGIN {mode}")


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
    event.listen(engine, "begin", _begin)
    return engine


def read_uri(path: Path) -> str:
    """A SQLite URI that reads the file ``path`` and writes nothing.

    ``mode=ro`` in general. When nothing can be written beside the file (a read-only folder, a
    full disk) SQLite cannot create the ``-shm`` index a WAL store needs even to be read: then,
    provided no ``-wal`` file holds committed pages that are not in the file yet, the file is
    opened ``immutable`` (SQLite reads it alone, as it is).
    """
    uri = Path(os.path.abspath(path)).as_uri() + "?mode=ro"
    folder = path.parent
    if _writable(folder) and not failures.nearly_full(folder):
        return uri
    wal = path.with_name(path.name + "-wal")
    try:
        pending = wal.stat().st_size > 0
    except OSError:
        pending = False
    return uri if pending else uri + "&immutable=1"


def inspect_file(path: Path) -> tuple[int, str | None]:
    """``(application_id, alembic revision or None)`` of a SQLite file, read without Alembic.

    Raises ``sqlite3.DatabaseError`` when the file is not SQLite at all.
    """
    conn = sqlite3.connect(read_uri(path), uri=True)
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


def check_pacte_file(path: Path, field: str = "file", *, allow_empty: bool = True) -> str | None:
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
        app_id, revision = inspect_file(path)
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
        try:
            revision = check_pacte_file(path, "file") if path.exists() else None
        except StoreError:
            if failures.nearly_full(folder) and path.stat().st_size > 0:
                # SQLite cannot even create the index it needs to read: read the file alone.
                return cls._open_read_only(folder, path, target, failures.disk_full(folder))
            raise
        engine = create_engine(path)
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
            except StoreError as exc:  # a full disk: the work goes on, the caller tells
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
