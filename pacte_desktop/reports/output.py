"""Writing an export's file: through a temporary file beside it, renamed at the end.

The chosen file is therefore either the old one or the complete new one — never a partial
file after a crash, a cancel or a full disk. A system error while writing (the folder does
not exist, no permission, the disk is full, a read-only medium) becomes a :class:`PacteError`
naming the file and the reason in the user's language; the temporary file is removed.
"""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from pacte_desktop.domain.errors import PacteError, ValidationError

#: errno → the reason's key in ``messages.OS_REASONS``.
_REASONS = {
    errno.ENOENT: "missing_folder",
    errno.ENOTDIR: "missing_folder",
    errno.EACCES: "denied",
    errno.EPERM: "denied",
    errno.ENOSPC: "disk_full",
    errno.EDQUOT: "disk_full",
    errno.EROFS: "read_only",
    errno.EISDIR: "is_folder",
}


def reason_of(error: OSError) -> str:
    """Why the system refused, in the user's language when it is a common reason."""
    from pacte_desktop.domain import messages

    key = _REASONS.get(error.errno or 0)
    return messages.os_reason(key) if key else (error.strerror or str(error))


def cannot_write(path: Path, error: OSError) -> PacteError:
    """The user's message for ``error`` met while writing ``path``: a full disk names the
    folder (``disk_full``, as for the store: store/failures.py)."""
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        from pacte_desktop.store.failures import disk_full

        return disk_full(Path(path).parent)
    return ValidationError("file", "cannot_write", value=str(path), reason=reason_of(error))


def last_report(
    progress: Callable[[int, int], None] | None, done: int, total: int
) -> Callable[[], None] | None:
    """An export's final progress report, as ``before_rename`` of :func:`output_file`."""
    return None if progress is None else lambda: progress(done, total)


@contextmanager
def output_file(path: Path, before_rename: Callable[[], None] | None = None) -> Iterator[Path]:
    """A temporary path beside ``path`` to write to; renamed over ``path`` when the block
    ends without error, removed otherwise.

    ``before_rename`` runs once the file is complete, before it takes ``path``'s place: the
    export's last progress report, so that a Cancel pressed at the very end still leaves the
    old file.
    """
    path = Path(path)
    try:
        fd, name = tempfile.mkstemp(prefix=".pacte-", suffix=path.suffix, dir=path.parent)
    except OSError as exc:
        raise cannot_write(path, exc) from None
    os.close(fd)
    temporary = Path(name)
    try:
        yield temporary
        if before_rename is not None:
            before_rename()
        os.replace(temporary, path)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise cannot_write(path, exc) from None
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
