"""When the system refuses a write: one translation into the user's language, for every caller.

The command line (``cli.main``), the window (``ui.operations``), backups and exports pass what
SQLite or the operating system raised through :func:`as_pacte_error`, which gives the
:class:`PacteError` the user reads, or None for anything else (a bug: the caller lets it rise).

- A full disk — SQLite's "database or disk is full", ``ENOSPC``/``EDQUOT``, or an input/output
  error of SQLite while the folder has (almost) no free space left — is the ``disk_full``
  error naming the folder. SQLite rolls the transaction back: nothing was written.
- A folder or file that cannot be written — SQLite's "attempt to write a readonly database",
  ``EROFS``, ``EACCES``/``EPERM`` — is the ``store_read_only`` error naming the folder.
- A store still busy when SQLite's own wait ran out (a write that did not go through
  ``store/busy.py``) is the ``store_busy`` error naming what holds it.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from pacte_desktop.domain.errors import PacteError, StoreError

#: Free bytes under which a folder counts as full when SQLite reports an I/O error there.
NEARLY_FULL = 1 << 20

_FULL_ERRNO = {errno.ENOSPC, errno.EDQUOT}
_DENIED_ERRNO = {errno.EACCES, errno.EPERM}

# SQLite's primary result codes (the low byte of ``sqlite_errorcode``).
_SQLITE_READONLY = 8
_SQLITE_IOERR = 10
_SQLITE_FULL = 13
_SQLITE_CANTOPEN = 14


def disk_full(folder: Path) -> StoreError:
    return StoreError("store", "disk_full", value=str(folder))


def read_only(folder: Path) -> StoreError:
    return StoreError("store", "store_read_only", value=str(folder))


def nearly_full(folder: Path) -> bool:
    """Whether the disk of ``folder`` (or of its nearest existing parent) is (almost) full."""
    for candidate in (folder, *folder.parents):
        try:
            return shutil.disk_usage(candidate).free < NEARLY_FULL
        except OSError:
            continue
    return False


def _sqlite_code(exc: BaseException) -> int | None:
    code = getattr(exc, "sqlite_errorcode", None)
    if isinstance(code, int):
        return code & 0xFF
    text = str(exc)
    for needle, value in (
        ("database or disk is full", _SQLITE_FULL),
        ("readonly database", _SQLITE_READONLY),
        ("disk I/O error", _SQLITE_IOERR),
        ("unable to open database file", _SQLITE_CANTOPEN),
    ):
        if needle in text:
            return value
    return None


def as_pacte_error(
    exc: BaseException, folder: Path | None, *, denied: bool = False
) -> PacteError | None:
    """The user's error for a refused write in ``folder`` (the store's, the target's), or
    None when ``exc`` is none of the cases above. ``denied``: a permission refused counts as
    a read-only folder too (where only writing was attempted)."""
    if isinstance(exc, PacteError):
        return exc
    inner = getattr(exc, "orig", None) or exc  # SQLAlchemy wraps the DB-API error
    if isinstance(inner, sqlite3.Error):
        from pacte_desktop.store import busy

        code = _sqlite_code(inner)
        where = folder or Path.cwd()
        if busy.is_busy(inner):
            return StoreError(
                "store",
                "store_busy",
                holder=busy.holder(where),
                seconds=busy.BUSY_TIMEOUT_MS // 1000,
            )
        if code == _SQLITE_FULL or (
            code in (_SQLITE_IOERR, _SQLITE_CANTOPEN) and nearly_full(where)
        ):
            return disk_full(where)
        if code == _SQLITE_READONLY or (code == _SQLITE_CANTOPEN and not os.access(where, os.W_OK)):
            return read_only(where)
        return None
    if isinstance(inner, OSError):
        named = Path(os.fsdecode(inner.filename)).parent if inner.filename else folder
        if named is None:
            return None
        if inner.errno in _FULL_ERRNO:
            return disk_full(named)
        if inner.errno == errno.EROFS or (denied and inner.errno in _DENIED_ERRNO):
            return read_only(named)
    return None


@contextlib.contextmanager
def translated(folder: Path, *, denied: bool = True) -> Iterator[None]:
    """Raise the user's error instead of a refused write in ``folder``."""
    try:
        yield
    except Exception as exc:
        error = as_pacte_error(exc, folder, denied=denied)
        if error is None or error is exc:
            raise
        raise error from None
