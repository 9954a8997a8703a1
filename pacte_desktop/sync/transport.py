"""The one interface to a shared sync location, whatever carries it (a folder or WebDAV).

Every file in the shared location has exactly one writer and is never modified once it
appears (docs/sync.md rule 1): ``create`` publishes a file under a name that has never existed and
refuses to replace anything. Readers accept only names that match a strict pattern; the rest
(``.part`` files, syncer conflicted copies, lock and temp files) is ignored and counted, never
read. Paths are POSIX-style, relative to the root of the location.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol

from pacte_desktop.domain.errors import PacteError

FIELD = "sync"

#: ``log/<device>/<seq>-<hash>.chg``: twelve-digit sequence, sixteen hex digits of hash.
CHANGE_PATTERN = re.compile(r"^\d{12}-[0-9a-f]{16}\.chg$")
#: ``snap/<device>-<hlc>.snap``: device id and the HLC stamp the snapshot covers.
SNAPSHOT_PATTERN = re.compile(r"^[0-9a-f]{16}-\d{13}-[0-9a-f]{4}-[0-9a-f]{16}\.snap$")
#: ``ORG.json``, ``NETWORK.json``, ``acks/<device>.json``, ``keys/<device>.json``: plain names
#: only (no spaces, brackets or ``~$``), and never a syncer's ``.sync-conflict-`` copy.
JSON_PATTERN = re.compile(r"^(?!.*\.sync-conflict-)[A-Za-z0-9][A-Za-z0-9_.-]*\.json$")

_CONFLICT = re.compile(r"\.sync-conflict-|conflicted copy|\(conflict", re.I)
_TEMP_SUFFIXES = (".tmp", ".temp", ".swp", ".swx", ".bak", "~", ".crdownload", ".download")


class TransportError(PacteError):
    """The location does not answer as expected (network, disk full, refused, bad server).

    ``reason`` is a code of ``messages.REASONS`` (or ``OS_REASONS``); ``details`` fill its
    ``{names}``."""

    def __init__(self, value: str, reason: str, **details: object) -> None:
        super().__init__(FIELD, "sync_transport", value=value, reason=reason, **details)


class MissingFileError(TransportError):
    """The file asked for is not there (it may arrive later through a syncer)."""

    def __init__(self, value: str) -> None:
        super().__init__(value, "file_missing")


class RootError(PacteError):
    """The root or a directory of the location is missing, moved or not mounted.

    Nothing was created or deleted: sync stops until the location comes back.
    """

    def __init__(self, value: str, reason: str, **details: object) -> None:
        super().__init__(FIELD, "sync_root", value=value, reason=reason, **details)


class ExistsError(PacteError):
    """``create`` refused: a file of that name already exists and is never replaced."""

    def __init__(self, value: str) -> None:
        super().__init__(FIELD, "sync_exists", value=value)


class CorruptError(PacteError):
    """What came back is incomplete (a short read); it will be read again later."""

    def __init__(self, value: str, reason: str, **details: object) -> None:
        super().__init__(FIELD, "sync_corrupt", value=value, reason=reason, **details)


def ignored_kind(name: str) -> str:
    """Why a name that does not match the pattern is ignored, for diagnostics."""
    lowered = name.lower()
    if lowered.endswith(".part"):
        return "part"
    if _CONFLICT.search(name):
        return "conflict"
    if name.startswith("~$") or name.startswith(".~lock.") or lowered.endswith(".lock"):
        return "lock"
    if lowered.endswith(_TEMP_SUFFIXES) or name.startswith((".#", "#", ".syncthing.", "~")):
        return "temp"
    return "other"


@dataclass(frozen=True)
class Listing:
    """The file names of one directory that match the caller's pattern, sorted.

    ``dirs`` holds the sub-directory names (hidden ones excluded); ``ignored`` counts the file
    names that did not match, by kind (``part``, ``conflict``, ``lock``, ``temp``, ``other``).
    """

    names: tuple[str, ...]
    dirs: tuple[str, ...] = ()
    ignored: dict[str, int] = field(default_factory=dict)

    @property
    def ignored_count(self) -> int:
        return sum(self.ignored.values())

    @classmethod
    def build(cls, files: Iterable[str], dirs: Iterable[str], pattern: re.Pattern[str]) -> Listing:
        kept: list[str] = []
        counts: Counter[str] = Counter()
        for name in files:
            if pattern.fullmatch(name):
                kept.append(name)
            else:
                counts[ignored_kind(name)] += 1
        shown = sorted(d for d in dirs if d and not d.startswith("."))
        return cls(tuple(sorted(kept)), tuple(shown), dict(counts))


def compile_pattern(pattern: re.Pattern[str] | str) -> re.Pattern[str]:
    """A compiled pattern; a string is a regular expression matched against the whole name."""
    return pattern if isinstance(pattern, re.Pattern) else re.compile(pattern)


def check_path(path: str, *, allow_root: bool = False) -> tuple[str, ...]:
    """The components of a relative POSIX path; refuses ``..``, absolute and odd paths."""
    if path in ("", ".", "/"):
        if allow_root:
            return ()
        raise ValueError(f"a file path is required, not {path!r}")
    if path.startswith("/") or "\\" in path or "\x00" in path:
        raise ValueError(f"not a relative POSIX path: {path!r}")
    parts = tuple(p for p in path.strip("/").split("/"))
    if any(p in ("", ".", "..") for p in parts):
        raise ValueError(f"not a clean relative path: {path!r}")
    return parts


class Transport(Protocol):
    """What sync needs from a shared location. Implementations: folder and WebDAV."""

    def list(self, dir: str, pattern: re.Pattern[str] | str = CHANGE_PATTERN) -> Listing:
        """The names in ``dir`` that match ``pattern``; a missing ``dir`` raises RootError."""
        ...

    def read(self, path: str) -> bytes:
        """The whole content of ``path``."""
        ...

    def create(self, path: str, data: bytes) -> None:
        """Publish ``data`` under ``path``; never overwrites (ExistsError)."""
        ...

    def delete_own(self, path: str) -> None:
        """Delete one of this device's own files; deleting a missing file does nothing."""
        ...

    def exists(self, path: str) -> bool:
        """Whether a file or directory ``path`` exists."""
        ...

    def ensure_dir(self, dir: str) -> None:
        """Create ``dir`` and its parents under the root, which must exist (RootError)."""
        ...

    def probe_time(self, path: str) -> datetime:
        """Write a small probe file at ``path``, read the time the location stamped on it,
        delete it and return that time (aware, UTC). ``path`` should be a name listings
        ignore (``.probe-<hex>.tmp``). Used only to estimate clock offsets (docs/sync.md rule 9),
        never as a sync cursor."""
        ...
