"""Nothing lost around backups and restores (issue 11), tried as the tester tried it: real
`pacte` processes writing while a restore runs, real files with random bytes written into them,
truncated stores, another workstation's backup, a backup aimed at the store itself."""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from pacte_desktop.domain.errors import StoreError
from pacte_desktop.store import backup
from pacte_desktop.store.database import CHECK_FILE, STORE_FILE, Store
from pacte_desktop.store.unit_of_work import UnitOfWork

STAMP = "%Y%m%d-%H%M%S-%f"


def init_cli(pacte, *employers: str) -> Path:  # type: ignore[no-untyped-def]
    result = pacte(
        "init", "--org", "CPAS de Saint-Gilles", "--org-type", "cpas", "--worker", "Farida Aissa"
    )
    assert result.code == 0, result.err
    for name in employers:
        result = pacte("employer", "add", "--name", name)
        assert result.code == 0, result.err
    return pacte.data_dir / STORE_FILE


def ids_in(path: Path) -> set[str]:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        return {r[0] for r in conn.execute("SELECT id FROM employer")}


def names_in(path: Path) -> set[str]:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        return {r[0] for r in conn.execute("SELECT name FROM employer")}


def file_bytes(path: Path) -> bytes:
    return path.read_bytes()


def damage(path: Path, size: int = 8192, seed: int = 11) -> None:
    """8 KB of random bytes written into the middle of the file, on a page boundary, as the
    tester did."""
    import random

    length = path.stat().st_size
    offset = (length // 2) // 4096 * 4096
    noise = random.Random(seed).randbytes(size)
    with open(path, "r+b") as handle:
        handle.seek(offset)
        handle.write(noise)


def leftovers(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.name.endswith((".part", ".part-journal"))]


def run_cli(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """A real `pacte` process."""
    env = {**os.environ, "PACTE_LANG": "fr"}
    return subprocess.run(
        [sys.executable, "-m", "pacte_desktop.cli", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


# -- 1. a restore holds every writer out ---------------------------------------------------------
@pytest.mark.slow
def test_adds_running_while_a_restore_runs_are_all_kept(pacte, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A loop of `pacte employer add` processes while `pacte restore` runs on a store big enough
    that the restore takes seconds: every add that printed an id and exited 0 is in the restored
    store or in the before-restore backup; adds that came during the restore said they waited."""
    store = init_cli(pacte)
    assert pacte("demo", "--employers", "10000").code == 0
    good = tmp_path / "good.bak"
    assert pacte("backup", "-o", str(good)).code == 0
    data_dir = pacte.data_dir

    results: list[tuple[float, float, subprocess.CompletedProcess[str]]] = []
    stop = threading.Event()

    def loop(k: int) -> None:
        n = 0
        while not stop.is_set():
            n += 1
            started = time.monotonic()
            done = run_cli(data_dir, "employer", "add", "--name", f"Course {k}-{n}")
            results.append((started, time.monotonic(), done))

    writers = [threading.Thread(target=loop, args=(k,)) for k in range(3)]
    for writer in writers:
        writer.start()
    try:
        time.sleep(1.5)
        began = time.monotonic()
        restored = run_cli(data_dir, "restore", str(good))
        ended = time.monotonic()
        time.sleep(1.5)
    finally:
        stop.set()
        for writer in writers:
            writer.join()
    assert restored.returncode == 0, restored.stderr
    safety = Path(restored.stdout.strip())
    assert "before-restore" in safety.name

    added = [
        (start, end, r.stdout.strip())
        for start, end, r in results
        if r.returncode == 0 and r.stdout.strip()
    ]
    assert all(r.returncode in (0, 1) and "Traceback" not in r.stderr for _, _, r in results)
    kept = ids_in(store) | ids_in(safety)
    lost = [new_id for _, _, new_id in added if new_id not in kept]
    assert lost == [], f"{len(lost)} of {len(added)} adds lost"
    during = [r for start, end, r in results if start < ended and end > began]
    assert during, "no add overlapped the restore: the store is too small to show anything"
    assert any("attente de la fin de la restauration" in r.stderr for _, _, r in results)
    after = [new_id for start, _, new_id in added if start > ended]
    assert after and set(after) <= ids_in(store)


def test_a_writer_in_this_process_waits_for_the_restore(org, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Inside the restore (its lock held) a unit of work of another thread waits until the
    restored content is in place, then writes into it."""
    from pacte_desktop.domain.entities import Employer
    from pacte_desktop.services import records

    source = backup.take(org.store.path, tmp_path, target=tmp_path / "source.sqlite")
    written: list[str] = []

    def write() -> None:
        with UnitOfWork(org.store) as uow:
            written.append(records.create(uow, Employer, {"name": "Pendant"}).id)
            uow.commit()

    thread = threading.Thread(target=write)

    def inside() -> None:
        thread.start()
        time.sleep(1.0)
        assert written == []  # still waiting

    done = backup.restore(org.store.path, source, inside=inside)
    thread.join()
    assert len(written) == 1
    assert written[0] in ids_in(org.store.path)
    assert done.safety is not None and written[0] not in ids_in(done.safety)


# -- 2. integrity checks ---------------------------------------------------------------------
def test_restore_refuses_a_backup_with_random_bytes_inside(pacte, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    store = init_cli(pacte)
    assert pacte("demo", "--employers", "300").code == 0
    bad = tmp_path / "bad.bak"
    assert pacte("backup", "-o", str(bad)).code == 0
    damage(bad)
    before = file_bytes(store)
    backups_before = sorted(p.name for p in (pacte.data_dir / "backups").iterdir())

    result = pacte("restore", str(bad))
    assert result.code == 1
    assert "endommagé" in result.err and "rien n'a été modifié" in result.err
    assert "Traceback" not in result.err
    assert file_bytes(store) == before
    assert sorted(p.name for p in (pacte.data_dir / "backups").iterdir()) == backups_before
    assert leftovers(tmp_path) == []


def fts_pages(path: Path) -> list[int]:
    """The pages of the search index's data, found through SQLite's dbstat table."""
    with sqlite3.connect(path) as conn:
        try:
            return [
                int(r[0])
                for r in conn.execute(
                    "SELECT pageno FROM dbstat WHERE name = 'employer_search_data' "
                    "AND pagetype = 'leaf' ORDER BY pageno"
                )
            ]
        except sqlite3.OperationalError:
            pytest.skip("this SQLite has no dbstat table")


@pytest.mark.parametrize("where", ["pages", "blocks"])
def test_a_backup_whose_search_index_is_damaged_is_refused(
    pacte, tmp_path: Path, where: str
) -> None:  # type: ignore[no-untyped-def]
    """Random bytes over the search index's pages, or random content in its blocks (which only
    the FTS5 check sees: the file's own structure is intact)."""
    import random

    store = init_cli(pacte)
    assert pacte("demo", "--employers", "300").code == 0
    bad = tmp_path / "bad.bak"
    assert pacte("backup", "-o", str(bad)).code == 0
    if where == "pages":
        pages = fts_pages(bad)
        middle = pages[len(pages) // 2]
        with open(bad, "r+b") as handle:
            handle.seek((middle - 1) * 4096)
            handle.write(random.Random(7).randbytes(8192))
    else:
        with sqlite3.connect(bad) as conn:
            conn.execute(
                "UPDATE employer_search_data SET block = randomblob(length(block)) WHERE id = "
                "(SELECT max(id) FROM employer_search_data WHERE length(block) > 100)"
            )
        with sqlite3.connect(bad) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    before = file_bytes(store)

    result = pacte("restore", str(bad))
    assert result.code == 1 and "endommagé" in result.err, result.err
    assert file_bytes(store) == before
    assert leftovers(tmp_path) == [] and leftovers(pacte.data_dir) == []
    with pytest.raises(StoreError) as err:
        backup.take(bad, tmp_path / "copies", "daily")
    assert err.value.code == "backup_corrupt"
    assert backup.listing(tmp_path / "copies") == [] and leftovers(tmp_path) == []


def test_backup_of_a_damaged_store_is_refused_and_leaves_no_part(pacte, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    store = init_cli(pacte)
    assert pacte("demo", "--employers", "300").code == 0
    assert pacte("backup").code == 0
    with sqlite3.connect(store) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    damage(store)
    folder = pacte.data_dir / backup.BACKUP_DIR
    before = backup.listing(folder)
    with pytest.raises(StoreError) as err:
        backup.take(store, folder, "daily")
    assert err.value.code == "backup_corrupt"
    result = pacte("backup", "-o", str(tmp_path / "copy.sqlite"))
    assert result.code == 1 and "endommagé" in result.err and "Traceback" not in result.err
    assert not (tmp_path / "copy.sqlite").exists()
    assert leftovers(tmp_path) == []
    assert backup.listing(folder) == before


def test_a_failing_copy_leaves_no_part(org, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Any error while copying (here: the target folder turns out unwritable half-way, simulated
    by a target whose name is taken by a folder) removes the ``.part``."""
    target = tmp_path / "out.sqlite"
    target.mkdir()
    with pytest.raises(OSError):
        backup.take(org.store.path, tmp_path, target=target)
    assert leftovers(tmp_path) == []


def test_prune_keeps_the_newest_backup_that_passed_the_check(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    start = dt.datetime(2026, 3, 1, 9, 0)
    paths = []
    for day in range(12):
        path = folder / f"pacte-{(start + dt.timedelta(days=day)).strftime(STAMP)}-daily.sqlite"
        path.write_bytes(b"")
        paths.append(path)
    backup.record_check(paths[1], {"counts": {}})
    removed = backup.prune(folder, keep=3)
    assert paths[1] not in removed and paths[1].exists()
    assert [p for p in paths if p.exists()] == [paths[1], *paths[-3:]]
    assert not paths[0].exists()


def test_daily_backups_name_their_check_and_counts(org) -> None:  # type: ignore[no-untyped-def]
    taken = backup.take(org.store.path, org.store.data_dir / backup.BACKUP_DIR, "daily")
    check = backup.check_of(taken)
    assert check is not None and check["integrity"] == "ok"
    assert check["counts"]["worker"] == 3
    assert check["device_id"] == org.store.device_id
    assert backup.latest_good(org.store.data_dir / backup.BACKUP_DIR) == taken


def test_open_checks_the_store_once_a_day_and_a_damaged_one_refuses_writes(pacte) -> None:  # type: ignore[no-untyped-def]
    store = init_cli(pacte, "Garage Moderne")
    assert pacte("demo", "--employers", "300").code == 0
    assert pacte("backup").code == 0
    good = backup.listing(pacte.data_dir / backup.BACKUP_DIR)[-1][2]
    state = pacte.data_dir / CHECK_FILE
    checked = json.loads(state.read_text())
    assert checked["ok"] is True
    assert pacte("employer", "list", "--limit", "1").code == 0
    assert json.loads(state.read_text()) == checked  # less than a day: not checked again

    damage(store)
    past = dt.datetime.fromisoformat(checked["checked_at"]) - dt.timedelta(hours=25)
    state.write_text(json.dumps({"checked_at": past.isoformat(), "ok": True}))
    result = pacte("employer", "add", "--name", "Nouvelle Firme")
    assert result.code == 1
    assert "endommagée" in result.err and str(good) in result.err
    assert f"restore {good}" in result.err
    assert "Traceback" not in result.err
    assert json.loads(state.read_text())["ok"] is False
    assert "Nouvelle Firme" not in result.out

    restored = pacte("restore", str(good))
    assert restored.code == 0, restored.err
    assert pacte("employer", "add", "--name", "Nouvelle Firme").code == 0
    assert "Nouvelle Firme" in names_in(store)


def test_a_command_that_meets_a_damaged_page_says_so_and_later_writes_are_refused(pacte) -> None:  # type: ignore[no-untyped-def]
    """The day's check passed before the damage: the first command that reads a damaged page
    names the problem, the backup and the command; from then on writes are refused."""
    import random

    store = init_cli(pacte)
    assert pacte("demo", "--employers", "300").code == 0
    assert pacte("backup").code == 0
    good = backup.listing(pacte.data_dir / backup.BACKUP_DIR)[-1][2]
    with sqlite3.connect(store) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    length = store.stat().st_size
    with open(store, "r+b") as handle:
        for k in range(1, 40):  # every part of the file, after its first pages
            handle.seek((length * k // 40) // 4096 * 4096 + 100)
            handle.write(random.Random(k).randbytes(3000))
    assert json.loads((pacte.data_dir / CHECK_FILE).read_text())["ok"] is True

    listed = pacte("employer", "list", "--json")
    assert listed.code == 1 and "Traceback" not in listed.err
    assert "endommagée" in listed.err and f"restore {good}" in listed.err
    assert json.loads((pacte.data_dir / CHECK_FILE).read_text())["ok"] is False
    added = pacte("employer", "add", "--name", "Après les dégâts")
    assert added.code == 1 and "les modifications sont refusées" in added.err


# -- 3. restoring over a damaged store ----------------------------------------------------------
@pytest.mark.parametrize("how", ["truncated", "header zeroed"])
def test_restore_over_a_damaged_store_moves_it_aside(pacte, tmp_path: Path, how: str) -> None:  # type: ignore[no-untyped-def]
    store = init_cli(pacte, "Garage Moderne")
    assert pacte("demo", "--employers", "200").code == 0
    assert pacte("backup").code == 0  # a good automatic-folder backup
    good = backup.listing(pacte.data_dir / backup.BACKUP_DIR)[-1][2]
    assert pacte("employer", "add", "--name", "Après la sauvegarde").code == 0
    with sqlite3.connect(store) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    raw = store.read_bytes()
    if how == "truncated":
        store.write_bytes(raw[: len(raw) // 3])
    else:
        store.write_bytes(b"\0" * 100 + raw[100:])
    damaged_bytes = store.read_bytes()

    everyday = pacte("employer", "list")
    assert everyday.code == 1 and "Traceback" not in everyday.err
    assert "endommagée" in everyday.err and str(good) in everyday.err
    assert f"restore {good}" in everyday.err

    result = pacte("restore", str(good))
    assert result.code == 0, result.err
    assert "mise de côté" in result.err
    aside = Path(result.out.strip())
    assert aside.name.startswith("pacte.sqlite.corrupt-")
    assert aside.read_bytes() == damaged_bytes  # kept as it was
    assert "Garage Moderne" in names_in(store)
    assert leftovers(pacte.data_dir) == []
    assert pacte("employer", "add", "--name", "Reprise").code == 0


# -- 4. another workstation's backup -------------------------------------------------------------
def test_another_organisations_backup_needs_the_option_and_gives_a_new_device_id(
    pacte, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    init_cli(pacte, "Garage Moderne")
    other = tmp_path / "other"
    init = pacte(
        "init",
        "--org",
        "Mission locale",
        "--org-type",
        "mission-locale",
        "--worker",
        "Eva",
        data_dir=other,
    )
    assert init.code == 0, init.err
    assert pacte("employer", "add", "--name", "Chez Eux", data_dir=other).code == 0
    theirs = tmp_path / "theirs.bak"
    assert pacte("backup", "-o", str(theirs), data_dir=other).code == 0
    with Store.open(pacte.data_dir, daily_backup=False) as s:
        own_device = s.device_id
    with Store.open(other, daily_backup=False) as s:
        their_device = s.device_id
    before = file_bytes(pacte.data_dir / STORE_FILE)

    refused = pacte("restore", str(theirs))
    assert refused.code == 1 and "--other-device" in refused.err
    assert "autre organisation" in refused.err
    assert file_bytes(pacte.data_dir / STORE_FILE) == before

    done = pacte("restore", str(theirs), "--other-device")
    assert done.code == 0, done.err
    assert "pacte sync setup" in done.err
    with Store.open(pacte.data_dir, daily_backup=False) as s:
        assert s.device_id not in (own_device, their_device)
        assert s.local("sync.org.location") is None
    assert names_in(pacte.data_dir / STORE_FILE) == {"Chez Eux"}


def test_another_workstations_backup_of_the_same_organisation_needs_the_option(
    pacte, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    store = init_cli(pacte, "Garage Moderne")
    twin = tmp_path / "twin.sqlite"
    assert pacte("backup", "-o", str(twin)).code == 0
    with sqlite3.connect(twin) as conn:  # the same organisation, another workstation
        conn.execute("UPDATE local_state SET value = 'aaaaaaaaaaaaaaaa' WHERE key = 'device_id'")
    refused = pacte("restore", str(twin))
    assert refused.code == 1 and "autre poste" in refused.err
    assert pacte("restore", str(twin), "--other-device").code == 0
    with sqlite3.connect(store) as conn:
        device = conn.execute("SELECT value FROM local_state WHERE key='device_id'").fetchone()[0]
    assert device != "aaaaaaaaaaaaaaaa"


# -- 5. a backup over the store itself -------------------------------------------------------------
@pytest.mark.parametrize("suffix", ["", "-wal", "-shm", "via ..", "via symlink"])
def test_backup_onto_the_store_itself_is_refused(pacte, tmp_path: Path, suffix: str) -> None:  # type: ignore[no-untyped-def]
    store = init_cli(pacte, "Garage Moderne")
    if suffix == "via ..":
        target = pacte.data_dir / "backups" / ".." / STORE_FILE
    elif suffix == "via symlink":
        target = tmp_path / "link.sqlite"
        target.symlink_to(store)
    else:
        target = store.with_name(store.name + suffix)
    before = file_bytes(store)
    result = pacte("backup", "-o", str(target))
    assert result.code == 1
    assert "la base elle-même" in result.err
    assert file_bytes(store) == before
    assert pacte("employer", "list").code == 0
