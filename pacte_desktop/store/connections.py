"""The store's connections: SQLite settings, the write gate, and what every write checks.

Connections run in WAL mode with foreign keys on; every connection carries the write gate that
the unit of work opens (read by the guard triggers, see ``schema.py``). Every write transaction
of an engine checks its :class:`Guard` first: a restore in progress (its lock held, rules in
``backup.py``) makes writers wait, saying so, and a damaged store refuses writes. A writer of
the store waits for a busy store, saying so (``busy.py``).
"""

from __future__ import annotations

import errno
import sqlite3
import weakref
from collections.abc import Callable
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy import event

from pacte_desktop.domain.errors import StoreError
from pacte_desktop.store import backup as backups
from pacte_desktop.store import busy
from pacte_desktop.store.files import read_uri


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
        self.inode = inode(path)

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
        if self.inode is not None and inode(self.path) != self.inode:
            raise StoreError("file", "restore_running", value=str(self.path))

    def before_write(self) -> None:
        if self.damaged is not None:
            raise self.damaged


def inode(path: Path) -> tuple[int, int] | None:
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
    #: A writer of the store (the unit of work) names its folder and who to tell when it waits.
    data_dir: Path | None = options.get("pacte_data_dir")
    on_wait: busy.OnWait | None = options.get("pacte_on_wait")

    def begin() -> None:
        if mode == "IMMEDIATE" and data_dir is not None and isinstance(raw, sqlite3.Connection):
            # A writer of the store: waits for a busy store, saying so (store/busy.py).
            busy.begin_immediate(raw, data_dir, on_wait)
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
