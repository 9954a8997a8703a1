"""A simulated folder syncer (Syncthing, Dropbox, Nextcloud) between per-workstation replicas.

Each workstation points its organisation root at its own replica folder; the syncer copies
files from one replica to another the way a folder syncer does, with the failures of docs/sync.md's
matrix on demand:

- delays: ``hold(pattern)`` keeps matching files back until ``release``;
- reordering: each delivery copies in a seeded random order, or only the ``paths`` asked for;
- partial copies: ``partial={path: n}`` writes the first ``n`` bytes under the final name
  (a non-atomic copy caught half-way); the next delivery writes the whole file;
- old modification times: ``mtime=...`` stamps the copies (e.g. 2001);
- duplicates: ``redeliver`` writes a file again (new inode, new time, same bytes);
- conflicted copies: ``conflicted_copy`` leaves a ``.sync-conflict-`` or ``(conflicted copy)``
  file beside the original, as syncers do when two replicas changed one file.

Whole copies go through a syncer temp file (``.syncthing.NAME.tmp``) and a rename, as
Syncthing does. Paths are POSIX, relative to the replica. Everything is deterministic: the
random order comes from a seeded generator.
"""

from __future__ import annotations

import fnmatch
import os
import random
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

#: Names a syncer never copies: its own temp files and the probe files of the clock check.
_OWN_TEMP = (".syncthing.",)
#: 2001-01-01 00:00:00 UTC.
OLD_MTIME = 978_307_200.0


@dataclass
class Delivery:
    src: str
    dst: str
    path: str
    how: str  # "full" | "partial" | "again"


@dataclass
class Syncer:
    """Copies files between the replicas of named workstations (``replica(name)``)."""

    base: Path
    seed: int = 0
    held: list[str] = field(default_factory=list)
    log: list[Delivery] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.base.mkdir(parents=True, exist_ok=True)
        self.rng = random.Random(self.seed)

    # -- replicas ------------------------------------------------------------------------------
    def replica(self, name: str) -> Path:
        path = self.base / name
        path.mkdir(parents=True, exist_ok=True)
        return path

    def names(self) -> list[str]:
        return sorted(p.name for p in self.base.iterdir() if p.is_dir())

    def files(self, name: str) -> list[str]:
        """Every file of a replica (relative POSIX paths, sorted)."""
        root = self.base / name
        if not root.is_dir():
            return []
        out = []
        for path in root.rglob("*"):
            if path.is_file():
                out.append(path.relative_to(root).as_posix())
        return sorted(out)

    def read(self, name: str, path: str) -> bytes:
        return (self.base / name / path).read_bytes()

    # -- delays --------------------------------------------------------------------------------
    def hold(self, *patterns: str) -> None:
        """Keep files matching any of ``patterns`` (fnmatch on relative paths) back."""
        self.held.extend(patterns)

    def release(self, *patterns: str) -> None:
        """Let held files go (all of them without arguments)."""
        self.held = [p for p in self.held if patterns and p not in patterns]

    def is_held(self, path: str) -> bool:
        return any(fnmatch.fnmatchcase(path, p) for p in self.held)

    # -- copying -------------------------------------------------------------------------------
    def pending(self, src: str, dst: str) -> list[str]:
        """Files of ``src`` that ``dst`` lacks or holds with other bytes, held ones excepted."""
        out = []
        for path in self.files(src):
            if Path(path).name.startswith(_OWN_TEMP) or self.is_held(path):
                continue
            target = self.base / dst / path
            if not target.is_file():
                out.append(path)
            elif (
                target.read_bytes() != self.read(src, path)
                and (self.base / src / path).stat().st_mtime_ns > target.stat().st_mtime_ns
            ):
                # A file rewritten by its one writer (an acknowledgement): like a real syncer,
                # the newer version travels, never an older one back over it.
                out.append(path)
        return out

    def deliver(
        self,
        src: str,
        dst: str,
        *,
        paths: Iterable[str] | None = None,
        partial: Mapping[str, int] | None = None,
        mtime: float | None = None,
        shuffle: bool = True,
    ) -> list[str]:
        """Copy what ``dst`` lacks from ``src`` (or only ``paths``, in that order); returns the
        paths copied. ``partial`` maps paths to a byte count: those get only that prefix, under
        the final name. ``mtime`` stamps the copies (else they keep the source's time)."""
        if paths is None:
            todo = self.pending(src, dst)
            if shuffle:
                self.rng.shuffle(todo)
        else:
            todo = list(paths)
        partial = partial or {}
        for path in todo:
            data = self.read(src, path)
            source_mtime = (self.base / src / path).stat().st_mtime
            target = self.base / dst / path
            target.parent.mkdir(parents=True, exist_ok=True)
            if path in partial:
                cut = partial[path]
                target.write_bytes(data[: cut if cut >= 0 else len(data) + cut])
                how = "partial"
            else:
                temp = target.with_name(f".syncthing.{target.name}.tmp")
                temp.write_bytes(data)
                os.replace(temp, target)
                how = "full"
            when = source_mtime if mtime is None else mtime
            os.utime(target, (when, when))
            self.log.append(Delivery(src, dst, path, how))
        return todo

    def exchange(self, names: Iterable[str] | None = None) -> int:
        """Deliver everything pending between every pair of replicas, until nothing moves."""
        chosen = list(names) if names is not None else self.names()
        moved = 0
        while True:
            round_moved = 0
            for src in chosen:
                for dst in chosen:
                    if src != dst:
                        round_moved += len(self.deliver(src, dst))
            moved += round_moved
            if round_moved == 0:
                return moved

    def redeliver(self, dst: str, path: str, *, mtime: float | None = None) -> None:
        """Write a file ``dst`` already has again: a new file with the same name and bytes."""
        target = self.base / dst / path
        data = target.read_bytes()
        target.unlink()
        target.write_bytes(data)
        if mtime is not None:
            os.utime(target, (mtime, mtime))
        self.log.append(Delivery(dst, dst, path, "again"))

    # -- what syncers leave behind -------------------------------------------------------------
    def conflicted_copy(self, name: str, path: str, *, style: str = "syncthing") -> str:
        """A conflicted copy of ``path`` in replica ``name`` (one byte changed, as if the
        other side's version); returns its relative path."""
        source = self.base / name / path
        stem, dot, ext = source.name.partition(".")
        if style == "syncthing":
            copy = f"{stem}.sync-conflict-20261127-123456-ABCDEF{dot}{ext}"
        else:
            copy = f"{stem} (conflicted copy 2026-11-27){dot}{ext}"
        data = bytearray(source.read_bytes())
        if data:
            data[len(data) // 2] ^= 0x01
        target = source.with_name(copy)
        target.write_bytes(bytes(data))
        return target.relative_to(self.base / name).as_posix()

    def litter(self, name: str, directory: str, files: Mapping[str, bytes]) -> list[str]:
        """Put stray files (temp, lock, part files) into a directory of a replica."""
        folder = self.base / name / directory
        folder.mkdir(parents=True, exist_ok=True)
        out = []
        for file_name, data in files.items():
            (folder / file_name).write_bytes(data)
            out.append(f"{directory}/{file_name}")
        return out
