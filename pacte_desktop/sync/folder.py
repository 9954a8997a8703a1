"""The folder transport: any path the OS mounts (local disk, SMB share, a synced folder).

``create`` writes ``NAME.<random>.part`` beside the target, flushes and fsyncs it, then
publishes it with ``os.link`` (which cannot replace an existing name) and removes the part;
a crash before the link leaves only a ``.part`` that listings ignore. Modification times are
never read, except the one of a throw-away probe file by ``probe_time`` (to estimate the clock
offset of the location, docs/sync.md rule 9; never a sync cursor). A missing or unmounted root is
reported (RootError) and nothing is created by reads or listings.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import secrets
from datetime import UTC, datetime
from pathlib import Path

from pacte_desktop.domain.errors import PacteError
from pacte_desktop.sync.transport import (
    CHANGE_PATTERN,
    ExistsError,
    Listing,
    MissingFileError,
    RootError,
    TransportError,
    check_path,
    compile_pattern,
)

_NO_HARD_LINKS = {
    errno.EPERM,
    errno.EOPNOTSUPP,
    errno.ENOTSUP,
    errno.ENOSYS,
    errno.EMLINK,
    errno.EXDEV,
    errno.EACCES,
}


#: errno → the reason's code in ``messages.OS_REASONS`` (a read-only share says so).
_OS_REASONS = {
    errno.ENOENT: "missing_folder",
    errno.ENOTDIR: "missing_folder",
    errno.EACCES: "denied",
    errno.EPERM: "denied",
    errno.ENOSPC: "disk_full",
    errno.EDQUOT: "disk_full",
    errno.EROFS: "read_only",
    errno.EISDIR: "is_folder",
}


def _failure(kind: type[RootError] | type[TransportError], value: str, exc: OSError) -> PacteError:
    """The error for ``exc`` met on ``value``, with a reason the user reads in their language."""
    key = _OS_REASONS.get(exc.errno or 0)
    if key is not None:
        return kind(value, key)
    return kind(value, "os_error", detail=exc.strerror or type(exc).__name__)


class FolderTransport:
    """A sync location on a mounted path."""

    def __init__(self, root: Path | str) -> None:
        self.root = Path(root)

    def __repr__(self) -> str:
        return f"FolderTransport({str(self.root)!r})"

    # -- helpers -------------------------------------------------------------------------------

    def _check_root(self) -> None:
        try:
            is_dir = self.root.is_dir()
        except OSError as exc:  # a dead network mount can fail even the stat
            raise _failure(RootError, str(self.root), exc) from exc
        if not is_dir:
            raise RootError(str(self.root), "folder_unmounted")

    def _local(self, path: str, *, allow_root: bool = False) -> Path:
        return self.root.joinpath(*check_path(path, allow_root=allow_root))

    # -- the interface -------------------------------------------------------------------------

    def list(self, dir: str, pattern: re.Pattern[str] | str = CHANGE_PATTERN) -> Listing:
        self._check_root()
        target = self._local(dir, allow_root=True)
        files: list[str] = []
        dirs: list[str] = []
        try:
            with os.scandir(target) as entries:
                for entry in entries:
                    if entry.is_dir(follow_symlinks=False):
                        dirs.append(entry.name)
                    elif entry.is_file(follow_symlinks=False):
                        files.append(entry.name)
        except (FileNotFoundError, NotADirectoryError) as exc:
            raise RootError(str(target), "folder_missing") from exc
        except OSError as exc:
            raise _failure(TransportError, str(target), exc) from exc
        return Listing.build(files, dirs, compile_pattern(pattern))

    def read(self, path: str) -> bytes:
        self._check_root()
        target = self._local(path)
        try:
            return target.read_bytes()
        except FileNotFoundError as exc:
            raise MissingFileError(str(target)) from exc
        except OSError as exc:
            raise _failure(TransportError, str(target), exc) from exc

    def exists(self, path: str) -> bool:
        self._check_root()
        return os.path.lexists(self._local(path, allow_root=True))

    def ensure_dir(self, dir: str) -> None:
        self._check_root()
        target = self._local(dir, allow_root=True)
        try:
            target.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise _failure(TransportError, str(target), exc) from exc

    def delete_own(self, path: str) -> None:
        self._check_root()
        target = self._local(path)
        try:
            target.unlink()
        except FileNotFoundError:
            return
        except OSError as exc:
            raise _failure(TransportError, str(target), exc) from exc
        _fsync_dir(target.parent)

    def create(self, path: str, data: bytes) -> None:
        self._check_root()
        final = self._local(path)
        parent = final.parent
        if not parent.is_dir():
            raise RootError(str(parent), "folder_missing")
        if os.path.lexists(final):
            raise ExistsError(str(final))
        part = parent / f"{final.name}.{secrets.token_hex(6)}.part"
        try:
            _write_synced(part, data)
        except OSError as exc:
            _discard(part)
            raise _failure(TransportError, str(final), exc) from exc
        try:
            _publish(part, final)
        except ExistsError:
            _discard(part)
            raise
        except OSError as exc:
            _discard(part)
            raise _failure(TransportError, str(final), exc) from exc
        _fsync_dir(parent)

    def probe_time(self, path: str) -> datetime:
        self._check_root()
        target = self._local(path)
        if not target.parent.is_dir():
            raise RootError(str(target.parent), "folder_missing")
        try:
            _write_synced(target, b"pacte clock probe\n")
        except FileExistsError as exc:
            raise ExistsError(str(target)) from exc
        except OSError as exc:
            _discard(target)
            raise _failure(TransportError, str(target), exc) from exc
        try:
            # After the fsync and the close: a network file system has stamped it by now.
            stamped = os.stat(target).st_mtime
        except OSError as exc:
            raise _failure(TransportError, str(target), exc) from exc
        finally:
            _discard(target)
        return datetime.fromtimestamp(stamped, UTC)


def _write_synced(part: Path, data: bytes) -> None:
    """Write ``data`` to a new file ``part`` and force it to the disk."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    fd = os.open(part, flags, 0o644)
    try:
        view = memoryview(data)
        while view:
            written = os.write(fd, view)
            view = view[written:]
        os.fsync(fd)
    finally:
        os.close(fd)


def _publish(part: Path, final: Path) -> None:
    """Give ``part`` the name ``final`` without ever replacing an existing ``final``."""
    try:
        os.link(part, final)
    except FileExistsError as exc:
        raise ExistsError(str(final)) from exc
    except OSError as exc:
        if exc.errno not in _NO_HARD_LINKS:
            raise
        # No hard links here (FAT, some SMB servers): check, then rename. On Windows the rename
        # itself refuses an existing target; elsewhere the window is this one check.
        if os.path.lexists(final):
            raise ExistsError(str(final)) from exc
        try:
            os.rename(part, final)
        except FileExistsError as exc2:
            raise ExistsError(str(final)) from exc2
        return
    _discard(part)


def _discard(part: Path) -> None:
    with contextlib.suppress(OSError):
        part.unlink()


def _fsync_dir(directory: Path) -> None:
    """Make a new or removed name durable; a no-op where directories cannot be opened."""
    if os.name == "nt":
        return
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some network file systems refuse fsync on a directory
    finally:
        os.close(fd)
