"""What a file on disk is, read without opening it as the store: SQLite only, no Alembic.

:func:`check_pacte_file` refuses a file that is not a Pacte store or that a newer application
wrote (its schema revision is not one this version carries); :func:`read_uri` reads a file
without writing anything beside it, even in a read-only folder or on a full disk. Opening the
store (``database.py``), backups and restores (``backup.py``) all ask here.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import sqlite3
import tempfile
from pathlib import Path

from pacte_desktop.domain.errors import StoreError
from pacte_desktop.store import failures
from pacte_desktop.store.schema import APPLICATION_ID

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


def writable_folder(folder: Path) -> bool:
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
        writable = writable_folder(folder)
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
