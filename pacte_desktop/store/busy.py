"""One writer at a time: a writer that must wait says so, and long work lets it through.

SQLite lets one transaction write at a time; a unit of work asks for that right with
``BEGIN IMMEDIATE``. The rules:

- A writer that still finds the store busy after :data:`FIRST_WAIT` seconds says so: the
  store's ``on_wait`` callback receives the sentence "the store is busy with …; waiting…"
  (the command line prints it on standard error, the window shows it in its status bar),
  then it keeps trying until :func:`wait_limit` seconds have passed (``PACTE_BUSY_WAIT``,
  15 minutes by default) and fails with the ``store_busy`` :class:`StoreError` naming the
  holder; nothing is written then.
- While it waits, the writer leaves a marker file ``.pacte-waiting-…`` in the data folder.
  Long work that may commit in steps (demo data: :meth:`UnitOfWork.let_writers_through`)
  looks for such markers between steps; when it finds one it commits what it has written,
  steps aside until the waiter has taken the store (2 seconds at most), then goes on in a new
  transaction.
- Long work announces itself in ``.pacte-busy.json`` (what it is and its process id) for as
  long as it runs, so that the waiting writer can name it. Work that promises all or nothing
  (an import, which stays one transaction) announces itself but never steps aside: the
  writer waits for its end.
- The marker files are a courtesy, never a lock: a folder where they cannot be written (read
  only) or a stale file left by a killed process changes nothing but the wording.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import sqlite3
import time
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path

from pacte_desktop.domain import messages
from pacte_desktop.domain.errors import StoreError

#: Seconds a writer waits quietly (SQLite's own busy handler) before saying that it waits.
FIRST_WAIT = 1.0
#: Seconds a writer waits in all by default, unless ``PACTE_BUSY_WAIT`` says otherwise.
DEFAULT_LIMIT = 15 * 60.0
#: The busy timeout of each try after the first (the waiting loop re-checks its deadline).
_STEP_MS = 500
#: The connection's busy timeout outside this module (see ``connections._configure``).
BUSY_TIMEOUT_MS = 10_000

HOLDER_FILE = ".pacte-busy.json"
WAITER_PREFIX = ".pacte-waiting-"

#: ``on_wait(sentence)``: told once when a writer starts waiting, then every few seconds.
OnWait = Callable[[str], None]


def wait_limit() -> float:
    """Seconds a writer waits for a busy store in all (``PACTE_BUSY_WAIT``, else 15 minutes)."""
    raw = os.environ.get("PACTE_BUSY_WAIT", "")
    try:
        value = float(raw)
    except ValueError:
        return DEFAULT_LIMIT
    return value if 0 <= value <= 24 * 3600 else DEFAULT_LIMIT


def is_busy(exc: BaseException) -> bool:
    """Whether a SQLite error means another connection holds the write lock."""
    inner = getattr(exc, "orig", exc)
    if not isinstance(inner, sqlite3.OperationalError):
        return False
    code = getattr(inner, "sqlite_errorcode", None)
    if code is not None:
        return bool(code & 0xFF in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED))
    return "database is locked" in str(inner)


# -- who holds the store -------------------------------------------------------------------
@contextlib.contextmanager
def announced(data_dir: Path, code: str, **params: object) -> Iterator[None]:
    """Name this process's long work (a ``busy_*`` message code) for writers that wait."""
    path = data_dir / HOLDER_FILE
    record = {"code": code, "params": {k: str(v) for k, v in params.items()}, "pid": os.getpid()}
    written = _write_marker(path, json.dumps(record, ensure_ascii=False))
    try:
        yield
    finally:
        if written:
            with contextlib.suppress(OSError, ValueError):
                if json.loads(path.read_text(encoding="utf-8")).get("pid") == os.getpid():
                    path.unlink()


def holder(data_dir: Path, lang: str | None = None) -> str:
    """What holds the store, as the announcing process named it; "another program" else."""
    try:
        record = json.loads((data_dir / HOLDER_FILE).read_text(encoding="utf-8"))
        code = str(record["code"])
        pid = int(record["pid"])
        params: Mapping[str, object] = {**record.get("params", {}), "pid": pid}
        if code.startswith("busy_") and code in messages.MESSAGES and _alive(pid):
            return messages.render(code, "store", params, lang)
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        pass
    return messages.render("busy_unknown", "store", {}, lang)


def _alive(pid: int) -> bool:
    """Whether process ``pid`` still runs (a killed holder leaves its file behind). Only
    asked on POSIX systems: on Windows ``os.kill`` would end the process."""
    if pid <= 0:
        return False
    if os.name != "posix":
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # it exists, owned by someone else
    return True


def _write_marker(path: Path, text: str) -> bool:
    partial = path.with_name(path.name + f".{os.getpid()}.tmp")
    try:
        partial.write_text(text, encoding="utf-8")
        os.replace(partial, path)
    except OSError:
        with contextlib.suppress(OSError):
            partial.unlink()
        return False
    return True


# -- waiting -------------------------------------------------------------------------------
def waiters(data_dir: Path) -> list[str]:
    """Names of the waiting writers' marker files in ``data_dir``."""
    try:
        with os.scandir(data_dir) as entries:
            return [e.name for e in entries if e.name.startswith(WAITER_PREFIX)]
    except OSError:
        return []


def begin_immediate(
    raw: sqlite3.Connection,
    data_dir: Path,
    on_wait: OnWait | None = None,
    limit: float | None = None,
) -> None:
    """``BEGIN IMMEDIATE`` on ``raw``, waiting for a busy store as the module says."""
    limit = wait_limit() if limit is None else limit
    start = time.monotonic()
    try:
        _set_timeout(raw, int(min(FIRST_WAIT, limit) * 1000))
        try:
            raw.execute("BEGIN IMMEDIATE")
            return
        except sqlite3.OperationalError as exc:
            if not is_busy(exc):
                raise
        marker = data_dir / f"{WAITER_PREFIX}{os.getpid()}-{secrets.token_hex(4)}"
        _write_marker(marker, str(os.getpid()))
        try:
            told = -1.0
            while True:
                elapsed = time.monotonic() - start
                if elapsed >= limit:
                    raise StoreError(
                        "store", "store_busy", holder=holder(data_dir), seconds=round(limit)
                    )
                if on_wait is not None and (told < 0 or elapsed - told >= 30):
                    told = elapsed
                    params = {"holder": holder(data_dir)}
                    on_wait(messages.render("store_busy_wait", "store", params))
                _set_timeout(raw, int(max(1, min(_STEP_MS, (limit - elapsed) * 1000))))
                try:
                    raw.execute("BEGIN IMMEDIATE")
                    return
                except sqlite3.OperationalError as exc:
                    if not is_busy(exc):
                        raise
        finally:
            with contextlib.suppress(OSError):
                marker.unlink()
    finally:
        _set_timeout(raw, BUSY_TIMEOUT_MS)


def step_aside(data_dir: Path, seen: set[str]) -> bool:
    """Between two steps of long work that just committed: when a writer waits (a marker not
    stepped aside for yet), pause until its marker is gone (2 seconds at most). Returns
    whether it paused."""
    waiting = [name for name in waiters(data_dir) if name not in seen]
    if not waiting:
        return False
    seen.update(waiting)
    deadline = time.monotonic() + 2.0
    while time.monotonic() < deadline and set(waiting) & set(waiters(data_dir)):
        time.sleep(0.02)
    return True


def _set_timeout(raw: sqlite3.Connection, ms: int) -> None:
    raw.execute(f"PRAGMA busy_timeout = {int(ms)}")
