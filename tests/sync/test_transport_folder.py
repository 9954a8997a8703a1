"""The folder transport against a real temporary folder (docs/sync.md rules 1-3; matrix 2, 4,
6, 13)."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from pacte_desktop.domain.errors import PacteError
from pacte_desktop.sync import folder as folder_module
from pacte_desktop.sync.folder import FolderTransport
from pacte_desktop.sync.transport import (
    JSON_PATTERN,
    SNAPSHOT_PATTERN,
    ExistsError,
    MissingFileError,
    RootError,
    Transport,
)

NAME = "000000000001-0123456789abcdef.chg"
NAME2 = "000000000002-fedcba9876543210.chg"
LOG = "log/0123456789abcdef"


@pytest.fixture
def root(tmp_path: Path) -> Path:
    path = tmp_path / "share"
    path.mkdir()
    return path


@pytest.fixture
def transport(root: Path) -> FolderTransport:
    t = FolderTransport(root)
    t.ensure_dir(LOG)
    return t


def test_is_a_transport(transport: FolderTransport) -> None:
    t: Transport = transport
    assert t.exists(LOG)


def test_round_trip(transport: FolderTransport, root: Path) -> None:
    transport.create(f"{LOG}/{NAME2}", b"second")
    transport.create(f"{LOG}/{NAME}", b"\x00first\xff")
    listing = transport.list(LOG)
    assert listing.names == (NAME, NAME2)
    assert listing.ignored_count == 0
    assert transport.read(f"{LOG}/{NAME}") == b"\x00first\xff"
    assert transport.exists(f"{LOG}/{NAME}")
    assert [p.name for p in (root / LOG).iterdir() if p.name.endswith(".part")] == []
    assert transport.list("log").dirs == ("0123456789abcdef",)


def test_create_never_overwrites(transport: FolderTransport, root: Path) -> None:
    transport.create(f"{LOG}/{NAME}", b"original")
    with pytest.raises(ExistsError) as caught:
        transport.create(f"{LOG}/{NAME}", b"impostor")
    assert caught.value.code == "sync_exists"
    assert caught.value.field == "sync"
    assert NAME in str(caught.value)
    assert transport.read(f"{LOG}/{NAME}") == b"original"
    assert sorted(p.name for p in (root / LOG).iterdir()) == [NAME]


def test_publish_race_is_refused(
    transport: FolderTransport, root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The name appears between the existence check and the link: the link refuses it."""
    real_link = os.link

    def racing_link(src: os.PathLike[str], dst: os.PathLike[str]) -> None:
        Path(dst).write_bytes(b"the other writer")
        real_link(src, dst)

    monkeypatch.setattr(folder_module.os, "link", racing_link)
    with pytest.raises(ExistsError):
        transport.create(f"{LOG}/{NAME}", b"mine")
    monkeypatch.undo()
    assert (root / LOG / NAME).read_bytes() == b"the other writer"
    assert sorted(p.name for p in (root / LOG).iterdir()) == [NAME]


def test_without_hard_links_falls_back_to_checked_rename(
    transport: FolderTransport, root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_link(src: object, dst: object) -> None:
        raise OSError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(folder_module.os, "link", no_link)
    transport.create(f"{LOG}/{NAME}", b"first")
    with pytest.raises(ExistsError):
        transport.create(f"{LOG}/{NAME}", b"second")
    assert transport.read(f"{LOG}/{NAME}") == b"first"
    assert sorted(p.name for p in (root / LOG).iterdir()) == [NAME]


def test_syncer_debris_is_ignored_and_counted(transport: FolderTransport, root: Path) -> None:
    transport.create(f"{LOG}/{NAME}", b"good")
    debris = {
        f"{NAME2}.1a2b3c.part": "part",
        "x.sync-conflict-20240101-123456-ABCDEFG.chg": "conflict",
        "000000000001-0123456789abcdef (conflicted copy 2024-01-01).chg": "conflict",
        "~$lock": "lock",
        ".~lock.notes.odt#": "lock",
        "000000000003-0123456789abcdef.chg.tmp": "temp",
        ".syncthing.000000000004-0123456789abcdef.chg.tmp": "temp",
        "notes.txt~": "temp",
        "000000000005-0123456789ABCDEF.chg": "other",
        "00000000001-0123456789abcdef.chg": "other",
        "README.txt": "other",
    }
    for name in debris:
        (root / LOG / name).write_bytes(b"junk")
    listing = transport.list(LOG)
    assert listing.names == (NAME,)
    assert listing.ignored_count == len(debris)
    assert listing.ignored == {"part": 1, "conflict": 2, "lock": 2, "temp": 3, "other": 3}


def test_other_patterns(transport: FolderTransport, root: Path) -> None:
    transport.ensure_dir("snap")
    snap = "0123456789abcdef-1700000000000-0001-0123456789abcdef.snap"
    transport.create(f"snap/{snap}", b"s")
    (root / "snap" / f"{snap}.part").write_bytes(b"half")
    assert transport.list("snap", SNAPSHOT_PATTERN).names == (snap,)
    transport.create("ORG.json", b"{}")
    (root / "ORG.sync-conflict-20240101-123456-ABCDEFG.json").write_bytes(b"{}")
    (root / "ORG (conflicted copy 2024-01-01).json").write_bytes(b"{}")
    (root / "~$ORG.json").write_bytes(b"{}")
    listing = transport.list("", JSON_PATTERN)
    assert listing.names == ("ORG.json",)
    assert listing.ignored_count == 3
    assert listing.dirs == ("log", "snap")
    assert transport.list("", r"^ORG\.json$").names == ("ORG.json",)


def test_old_modification_times_are_still_listed(transport: FolderTransport, root: Path) -> None:
    transport.create(f"{LOG}/{NAME}", b"new")
    (root / LOG / NAME2).write_bytes(b"copied by a syncer")
    nineteen_ninety = 631152000.0
    for name in (NAME, NAME2):
        os.utime(root / LOG / name, (nineteen_ninety, nineteen_ninety))
    assert transport.list(LOG).names == (NAME, NAME2)
    assert transport.read(f"{LOG}/{NAME2}") == b"copied by a syncer"


def test_crash_between_part_write_and_publish(
    transport: FolderTransport, root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    class Crash(BaseException):
        pass

    def crash(src: object, dst: object) -> None:
        raise Crash

    monkeypatch.setattr(folder_module.os, "link", crash)
    with pytest.raises(Crash):
        transport.create(f"{LOG}/{NAME}", b"lost in the crash")
    monkeypatch.undo()
    leftovers = [p.name for p in (root / LOG).iterdir()]
    assert len(leftovers) == 1 and leftovers[0].endswith(".part")
    listing = transport.list(LOG)
    assert listing.names == ()
    assert listing.ignored == {"part": 1}
    # the next run publishes under the same, never-published name
    transport.create(f"{LOG}/{NAME}", b"written again")
    assert transport.list(LOG).names == (NAME,)


def test_missing_root_is_reported_and_nothing_created(tmp_path: Path) -> None:
    gone = tmp_path / "unmounted" / "share"
    transport = FolderTransport(gone)
    for call in (
        lambda: transport.list(LOG),
        lambda: transport.list(""),
        lambda: transport.read(f"{LOG}/{NAME}"),
        lambda: transport.exists(LOG),
        lambda: transport.ensure_dir(LOG),
        lambda: transport.create(f"{LOG}/{NAME}", b"x"),
        lambda: transport.delete_own(f"{LOG}/{NAME}"),
    ):
        with pytest.raises(RootError) as caught:
            call()
        assert caught.value.code == "sync_root"
        assert caught.value.field == "sync"
        assert str(gone) in str(caught.value)
    assert not (tmp_path / "unmounted").exists()


def test_root_that_is_a_file(tmp_path: Path) -> None:
    not_a_dir = tmp_path / "share"
    not_a_dir.write_bytes(b"")
    with pytest.raises(RootError):
        FolderTransport(not_a_dir).list("")


def test_missing_directory_under_root(transport: FolderTransport, root: Path) -> None:
    with pytest.raises(RootError):
        transport.list("log/ffffffffffffffff")
    with pytest.raises(RootError):
        transport.create(f"log/ffffffffffffffff/{NAME}", b"x")
    assert not (root / "log" / "ffffffffffffffff").exists()


def test_read_missing_file(transport: FolderTransport) -> None:
    with pytest.raises(MissingFileError) as caught:
        transport.read(f"{LOG}/{NAME}")
    assert caught.value.code == "sync_transport"


@pytest.mark.parametrize("where", ["write", "fsync"])
def test_full_disk(
    transport: FolderTransport, root: Path, monkeypatch: pytest.MonkeyPatch, where: str
) -> None:
    def full(*args: object) -> int:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(folder_module.os, where, full)
    with pytest.raises(PacteError) as caught:
        transport.create(f"{LOG}/{NAME}", b"x" * 10_000)
    monkeypatch.undo()
    assert caught.value.code == "sync_transport"
    assert NAME in str(caught.value)
    assert list((root / LOG).iterdir()) == []


def test_io_error_while_writing(
    transport: FolderTransport, root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: object) -> int:
        raise OSError(errno.EIO, os.strerror(errno.EIO))

    monkeypatch.setattr(folder_module.os, "write", broken)
    with pytest.raises(PacteError) as caught:
        transport.create(f"{LOG}/{NAME}", b"x")
    monkeypatch.undo()
    assert caught.value.code == "sync_transport"
    assert list((root / LOG).iterdir()) == []


def test_delete_own(transport: FolderTransport, root: Path) -> None:
    transport.create(f"{LOG}/{NAME}", b"x")
    transport.create(f"{LOG}/{NAME2}", b"y")
    transport.delete_own(f"{LOG}/{NAME}")
    assert transport.list(LOG).names == (NAME2,)
    assert not transport.exists(f"{LOG}/{NAME}")
    transport.delete_own(f"{LOG}/{NAME}")  # already gone: nothing to do


@pytest.mark.parametrize("bad", ["../outside.chg", "/etc/passwd", "log//x", "a\\b", ""])
def test_paths_must_stay_under_the_root(transport: FolderTransport, bad: str) -> None:
    with pytest.raises(ValueError):
        transport.read(bad)


def test_messages_are_translated(tmp_path: Path) -> None:
    with pytest.raises(RootError) as caught:
        FolderTransport(tmp_path / "nope").list("")
    assert "rien n'a été modifié" in caught.value.message("fr")
    assert "nothing was changed" in caught.value.message("en")
