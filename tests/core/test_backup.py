"""Backups and restore: `pacte backup`, `pacte restore` and its refusals, rolling automatic
backups and the `backups.keep` setting, and the backup taken before a migration."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import sqlite3
from pathlib import Path

import pytest
import sqlalchemy as sa

from pacte_desktop.store import backup
from pacte_desktop.store.database import (
    STORE_FILE,
    Store,
)
from pacte_desktop.store.files import HEAD_REVISION, inspect_file
from pacte_desktop.store.schema import APPLICATION_ID
from pacte_desktop.store.unit_of_work import UnitOfWork

STAMP = "%Y%m%d-%H%M%S-%f"


# -- helpers -----------------------------------------------------------------------------------
def init_cli(pacte, *employers: str) -> Path:  # type: ignore[no-untyped-def]
    """`pacte init` plus some employers; returns the store file."""
    result = pacte(
        "init", "--org", "CPAS de Saint-Gilles", "--org-type", "cpas", "--worker", "Farida Aissa"
    )
    assert result.code == 0, result.err
    for name in employers:
        result = pacte("employer", "add", "--name", name)
        assert result.code == 0, result.err
    return pacte.data_dir / STORE_FILE


def employer_names(path: Path) -> set[str]:
    with sqlite3.connect(path) as conn:
        return {r[0] for r in conn.execute("SELECT name FROM employer")}


def dump(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """The employer table and the journal, as rows (read through a plain connection)."""
    with sqlite3.connect(path) as conn:
        return {
            table: conn.execute(f"SELECT * FROM {table} ORDER BY rowid").fetchall()
            for table in ("employer", "journal")
        }


def revision_of(path: Path) -> str:
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]


def backups_of(data_dir: Path, reason_prefix: str = "") -> list[Path]:
    return [
        p
        for _, reason, p in backup.listing(data_dir / backup.BACKUP_DIR)
        if reason.startswith(reason_prefix)
    ]


def fake_backup(folder: Path, when: dt.datetime, reason: str) -> Path:
    """An (empty) file named like a backup of ``when``: pruning only reads names."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"pacte-{when.strftime(STAMP)}-{reason}.sqlite"
    path.write_bytes(b"")
    return path


def make_first_revision_store(folder: Path) -> Path:
    """A Pacte store at revision 0001 (no search index) holding one accented employer."""
    store = Store.open(folder, migrate_to="0001", daily_backup=False)
    with UnitOfWork(store, worker_id="w1") as uow:
        conn = uow.connection
        conn.execute(
            sa.text(
                "INSERT INTO organisation (id, name, org_type) "
                "VALUES ('o1', 'Mission locale', 'mission_locale')"
            )
        )
        conn.execute(
            sa.text(
                "INSERT INTO worker (id, organisation_id, name, status) "
                "VALUES ('w1', 'o1', 'Julie', 'active')"
            )
        )
        conn.execute(
            sa.text(
                "INSERT INTO employer (id, name, tags, status) VALUES "
                "('e1', 'Société Générale', '[\"banque\"]', 'prospect')"
            )
        )
        store.set_local("organisation_id", "o1", conn=conn)
        store.set_local("worker_id", "w1", conn=conn)
        uow.commit()
    store.close()
    return folder / STORE_FILE


# -- pacte backup ------------------------------------------------------------------------------
def assert_valid_backup(path: Path, names: set[str]) -> None:
    assert path.is_file()
    assert inspect_file(path) == (APPLICATION_ID, HEAD_REVISION)
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        assert conn.execute("PRAGMA application_id").fetchone()[0] == 0x50414354
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # one file
    assert employer_names(path) == names


def test_backup_writes_a_valid_pacte_store(pacte) -> None:  # type: ignore[no-untyped-def]
    init_cli(pacte, "Boulangerie Ékoé", "Garage Moderne")
    before = set(backups_of(pacte.data_dir))

    result = pacte("backup")
    assert result.code == 0, result.err
    written = Path(result.out.strip())
    assert written.parent == pacte.data_dir / backup.BACKUP_DIR
    assert set(backups_of(pacte.data_dir)) - before == {written}
    assert backup.listing(written.parent)[-1][1:] == ("manual", written)
    assert_valid_backup(written, {"Boulangerie Ékoé", "Garage Moderne"})
    assert not list(written.parent.glob("*.part"))


def test_backup_output_option_writes_exactly_there(pacte, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    init_cli(pacte, "Boulangerie Ékoé", "Garage Moderne")
    before = sorted(os.listdir(pacte.data_dir / backup.BACKUP_DIR))
    target = tmp_path / "clé USB" / "sauvegarde.db"

    result = pacte("backup", "-o", str(target))
    assert result.code == 0, result.err
    assert result.out.strip() == str(target)
    assert os.listdir(target.parent) == ["sauvegarde.db"]  # no .part, no -wal beside it
    assert_valid_backup(target, {"Boulangerie Ékoé", "Garage Moderne"})
    assert sorted(os.listdir(pacte.data_dir / backup.BACKUP_DIR)) == before


# -- pacte restore -----------------------------------------------------------------------------
def test_restore_brings_back_the_backup_and_keeps_the_replaced_store(pacte, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    store_path = init_cli(pacte, "Boulangerie Ékoé", "Garage Moderne")
    saved = tmp_path / "saved.sqlite"
    assert pacte("backup", "-o", str(saved)).code == 0
    assert pacte("employer", "add", "--name", "Après la sauvegarde").code == 0
    assert "Après la sauvegarde" in employer_names(store_path)
    assert backups_of(pacte.data_dir, "before-restore") == []

    result = pacte("restore", str(saved))
    assert result.code == 0, result.err
    assert employer_names(store_path) == {"Boulangerie Ékoé", "Garage Moderne"}
    listed = pacte("employer", "list", "--json")
    assert {e["name"] for e in json.loads(listed.out)} == {"Boulangerie Ékoé", "Garage Moderne"}

    safety = backups_of(pacte.data_dir, "before-restore")
    assert len(safety) == 1
    assert result.out.strip() == str(safety[0])
    assert safety[0].parent == pacte.data_dir / backup.BACKUP_DIR
    assert employer_names(safety[0]) == {
        "Boulangerie Ékoé",
        "Garage Moderne",
        "Après la sauvegarde",
    }
    assert inspect_file(safety[0]) == (APPLICATION_ID, HEAD_REVISION)

    # The restored store is fully usable.
    assert pacte("employer", "add", "--name", "Nouveau départ").code == 0
    with sqlite3.connect(store_path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert employer_names(store_path) == {"Boulangerie Ékoé", "Garage Moderne", "Nouveau départ"}


def _text(path: Path) -> None:
    path.write_text("Ceci n'est pas une base de données.\n" * 50, encoding="utf-8")


def _random(path: Path) -> None:
    path.write_bytes(bytes(range(256)) * 64)  # deterministic "random" bytes


def _other_app(path: Path) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE employer (id TEXT PRIMARY KEY, name TEXT)")
        conn.execute("INSERT INTO employer VALUES ('1', 'Intrus')")
    conn.close()


def _empty(path: Path) -> None:
    path.write_bytes(b"")


def _missing(path: Path) -> None:
    pass


REFUSED = {
    "text": (_text, "n'est pas une base Pacte"),
    "random-bytes": (_random, "n'est pas une base Pacte"),
    "other-sqlite": (_other_app, "n'est pas une base Pacte"),
    "zero-bytes": (_empty, "n'est pas une base Pacte"),
    "missing": (_missing, "n'existe pas"),
    "newer-revision": (None, "version plus récente"),
}


@pytest.mark.parametrize("kind", list(REFUSED))
def test_restore_refuses_what_is_not_a_usable_pacte_store(pacte, tmp_path: Path, kind: str) -> None:  # type: ignore[no-untyped-def]
    store_path = init_cli(pacte, "Boulangerie Ékoé", "Garage Moderne")
    make, reason = REFUSED[kind]
    source = tmp_path / "incoming" / f"{kind}.sqlite"
    source.parent.mkdir()
    if make is None:  # a copy of a real store that a newer application has migrated
        assert pacte("backup", "-o", str(source)).code == 0
        with sqlite3.connect(source) as conn:
            conn.execute("UPDATE alembic_version SET version_num = '9999'")
        conn.close()
        assert inspect_file(source) == (APPLICATION_ID, "9999")
    else:
        make(source)
    source_bytes = source.read_bytes() if source.exists() else None
    assert pacte("employer", "add", "--name", "Écrit avant").code == 0
    before = dump(store_path)
    backups_before = sorted(os.listdir(pacte.data_dir / backup.BACKUP_DIR))

    result = pacte("restore", str(source))

    assert result.code == 1
    assert result.out == ""
    assert str(source) in result.err
    assert reason in result.err
    assert "Traceback" not in result.err
    assert dump(store_path) == before
    assert sorted(os.listdir(pacte.data_dir / backup.BACKUP_DIR)) == backups_before
    assert backups_of(pacte.data_dir, "before-restore") == []
    assert (source.read_bytes() if source.exists() else None) == source_bytes
    # The store is still a working head-revision store.
    assert revision_of(store_path) == HEAD_REVISION
    assert pacte("employer", "add", "--name", "Écrit après").code == 0


def test_restore_refusal_speaks_the_chosen_language(pacte, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    init_cli(pacte)
    source = tmp_path / "notes.txt"
    _text(source)
    result = pacte("--lang", "en", "restore", str(source))
    assert result.code == 1
    assert f"'{source}' is not a Pacte store" in result.err


def test_backup_module_restore_refuses_an_empty_file(tmp_path: Path, org) -> None:  # type: ignore[no-untyped-def]
    from pacte_desktop.domain.errors import StoreError

    empty = tmp_path / "empty.sqlite"
    empty.write_bytes(b"")
    before = dump(org.store.path)
    with pytest.raises(StoreError) as refused:
        backup.restore(org.store.path, empty)
    assert refused.value.code == "not_a_store"
    assert dump(org.store.path) == before
    assert backups_of(org.store.data_dir, "before-restore") == []


def test_restore_of_an_older_revision_store_is_migrated(pacte, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    store_path = init_cli(pacte, "Garage Moderne")
    old = make_first_revision_store(tmp_path / "old")
    assert revision_of(old) == "0001"

    # That store was made by another organisation ("o1"): restoring it takes the option.
    assert pacte("restore", str(old)).code == 1
    result = pacte("restore", str(old), "--other-device")
    assert result.code == 0, result.err
    assert revision_of(store_path) == HEAD_REVISION
    with sqlite3.connect(store_path) as conn:
        assert (
            conn.execute(
                "SELECT count(*) FROM sqlite_master WHERE name = 'employer_search'"
            ).fetchone()[0]
            == 1
        )
    assert employer_names(store_path) == {"Société Générale"}
    assert len(backups_of(pacte.data_dir, "before-restore")) == 1
    migrated = backups_of(pacte.data_dir, "before-migration")
    assert len(migrated) == 1 and revision_of(migrated[0]) == "0001"

    found = pacte("search", "societe gen", "--json")
    assert found.code == 0, found.err
    assert [e["name"] for e in json.loads(found.out)] == ["Société Générale"]
    assert revision_of(old) == "0001"  # the restored file itself is left as it was


# -- rolling automatic backups -----------------------------------------------------------------
def test_take_daily_only_when_none_is_younger_than_a_day(org, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "rolling"
    start = dt.datetime.now()

    first = backup.take_daily(org.store.path, folder, keep=10)
    assert first is not None and first.exists()
    assert inspect_file(first) == (APPLICATION_ID, HEAD_REVISION)
    for later in (dt.timedelta(0), dt.timedelta(hours=1), dt.timedelta(hours=23, minutes=59)):
        assert backup.take_daily(org.store.path, folder, keep=10, now=start + later) is None
    assert [r for _, r, _ in backup.listing(folder)] == ["daily"]

    second = backup.take_daily(org.store.path, folder, keep=10, now=start + dt.timedelta(hours=25))
    assert second is not None and second != first
    assert [r for _, r, _ in backup.listing(folder)] == ["daily", "daily"]


def test_take_daily_ignores_other_kinds_of_backup(org, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "rolling"
    now = dt.datetime.now()
    fake_backup(folder, now - dt.timedelta(hours=1), "manual")
    fake_backup(folder, now - dt.timedelta(hours=2), "before-migration-0002")
    fake_backup(folder, now - dt.timedelta(hours=48), "daily")

    taken = backup.take_daily(org.store.path, folder, keep=10, now=now)
    assert taken is not None
    assert backup.listing(folder)[-1][1:] == ("daily", taken)


def test_prune_keeps_the_newest_automatic_backups_and_every_manual_one(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    base = dt.datetime(2026, 1, 1, 8, 0, 0)
    manual = [
        fake_backup(folder, base - dt.timedelta(days=30), "manual"),
        fake_backup(folder, base + dt.timedelta(days=3, hours=5), "manual"),
    ]
    automatic = [
        fake_backup(folder, base + dt.timedelta(days=0), "daily"),
        fake_backup(folder, base + dt.timedelta(days=1), "before-migration-0002"),
        fake_backup(folder, base + dt.timedelta(days=2), "daily"),
        fake_backup(folder, base + dt.timedelta(days=3), "before-restore"),
        fake_backup(folder, base + dt.timedelta(days=4), "daily"),
        fake_backup(folder, base + dt.timedelta(days=5), "daily"),
    ]
    stranger = folder / "notes.txt"
    stranger.write_text("keep me")

    removed = backup.prune(folder, keep=3)
    assert removed == automatic[:3]
    assert sorted(folder.iterdir()) == sorted([*manual, *automatic[3:], stranger])

    assert backup.prune(folder, keep=3) == []
    assert backup.prune(folder, keep=1) == automatic[3:5]
    assert sorted(folder.iterdir()) == sorted([*manual, automatic[5], stranger])


def _open_with_a_new_daily_backup(data_dir: Path) -> None:
    """Age every daily backup by two days (renaming it), then open: a new one is due."""
    folder = data_dir / backup.BACKUP_DIR
    for when, reason, path in backup.listing(folder):
        if reason == "daily":
            older = when - dt.timedelta(days=2)
            path.rename(folder / f"pacte-{older.strftime(STAMP)}-{reason}.sqlite")
    Store.open(data_dir).close()


def test_backups_keep_setting_bounds_what_open_keeps(pacte, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    init_cli(pacte, "Garage Moderne")
    result = pacte("settings", "set", "backups.keep", "3")
    assert result.code == 0, result.err
    assert result.out.strip() == "3"
    folder = pacte.data_dir / backup.BACKUP_DIR
    manual = Path(pacte("backup").out.strip())

    for _ in range(5):
        _open_with_a_new_daily_backup(pacte.data_dir)
    listed = backup.listing(folder)
    automatic = [(when, p) for when, reason, p in listed if reason != "manual"]
    assert len(automatic) == 3
    newest = automatic[-1][1]
    assert dt.datetime.now() - automatic[-1][0] < dt.timedelta(hours=1)  # taken just now
    assert employer_names(newest) == {"Garage Moderne"}
    assert manual.exists()

    # The same with the default (10) keeps more: the setting is what made the difference.
    control = tmp_path / "control"
    init_cli_at = pacte(
        "init", "--org", "X", "--org-type", "cpas", "--worker", "W", data_dir=control
    )
    assert init_cli_at.code == 0, init_cli_at.err
    for _ in range(5):
        _open_with_a_new_daily_backup(control)
    assert len(backup.listing(control / backup.BACKUP_DIR)) == 5


@pytest.mark.parametrize("raw", ["0", "abc", "-2", "2.5"])
def test_backups_keep_setting_rejects_non_positive_or_non_numbers(pacte, raw: str) -> None:  # type: ignore[no-untyped-def]
    init_cli(pacte)
    assert pacte("settings", "set", "backups.keep", "4").code == 0

    result = pacte("settings", "set", "backups.keep", raw)
    assert result.code == 1
    assert result.out == ""
    assert f"« {raw} »" in result.err
    assert "n'est pas permis" in result.err
    assert "at least 1" in result.err
    listed = json.loads(pacte("settings", "list", "--json").out)
    assert {s["key"]: s["value"] for s in listed}["backups.keep"] == 4


# -- before a migration ------------------------------------------------------------------------
def test_open_of_an_older_store_backs_it_up_before_migrating(tmp_path: Path) -> None:
    data_dir = tmp_path / "old"
    make_first_revision_store(data_dir)
    assert backups_of(data_dir) == []
    original = shutil.copyfile(data_dir / STORE_FILE, tmp_path / "original.sqlite")

    Store.open(data_dir, daily_backup=False).close()

    taken = backups_of(data_dir)
    assert len(taken) == 1
    assert backup.listing(data_dir / backup.BACKUP_DIR)[0][1] == f"before-migration-{HEAD_REVISION}"
    assert inspect_file(taken[0]) == (APPLICATION_ID, "0001")
    assert dump(taken[0]) == dump(original)
    assert revision_of(data_dir / STORE_FILE) == HEAD_REVISION

    Store.open(data_dir, daily_backup=False).close()  # nothing to migrate: no new backup
    assert backups_of(data_dir) == taken
