"""Restoring another workstation's backup (issue 11): refused without ``--other-device``; with
it, this workstation gets a new device id, forgets the other one's sync keys and cursors, joins
the organisation again, and both workstations sync and converge. Two live workstations never
share one id."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from pacte_desktop.services import workers
from pacte_desktop.store import backup
from pacte_desktop.store.database import STORE_FILE, Store
from pacte_desktop.sync import engine
from tests.sync.workstations import CHEAP_KDF, OrgNet


@pytest.fixture
def net(tmp_path: Path) -> Iterator[OrgNet]:
    n = OrgNet(tmp_path)
    yield n
    n.close()


def key_files(root: Path) -> list[str]:
    return sorted(p.stem for p in (root / "keys").glob("*.json"))


def test_a_backup_of_a_restored_on_b_gets_a_new_id_and_both_converge(
    net: OrgNet, tmp_path: Path, pacte
) -> None:  # type: ignore[no-untyped-def]
    a, b = net.first("A"), net.join("B")
    a.employer("Garage Moderne")
    a.sync()
    b.employer("Friterie Chez Léon")
    b.sync()
    a.sync()
    saved = tmp_path / "usb" / "a.sqlite"
    assert pacte("backup", "-o", str(saved), data_dir=a.store.data_dir).code == 0
    a_id, b_old = a.store.device_id, b.store.device_id
    b.store.close()
    before = (b.store.data_dir / STORE_FILE).read_bytes()

    refused = pacte("restore", str(saved), data_dir=b.store.data_dir)
    assert refused.code == 1 and "--other-device" in refused.err
    assert (b.store.data_dir / STORE_FILE).read_bytes() == before

    done = pacte("restore", str(saved), "--other-device", data_dir=b.store.data_dir)
    assert done.code == 0, done.err
    assert "pacte sync setup" in done.err
    b.store = Store.open(b.store.data_dir, daily_backup=False)
    assert b.store.device_id not in (a_id, b_old)
    assert not engine.LocalState(b.store).configured("org")

    # B joins again as the new workstation it is; then both work and sync.
    engine.setup_org(
        b.store, engine.Location("folder", str(net.root)), worker="Worker B", kdf=CHEAP_KDF
    )
    workers.use_worker(b.store, "Worker B")
    assert b.store.device_id in key_files(net.root)
    a.employer("Boucherie du Coin")
    b.employer("Imprimerie Rapide")
    for _ in range(2):
        for station in (a, b):
            summary = station.sync()
            assert all(s.error is None for s in summary.scopes), summary
    assert a.rows() == b.rows()
    with a.store.reading() as conn:
        names = {r[0] for r in conn.execute(sa.text("SELECT name FROM employer"))}
    assert {
        "Garage Moderne",
        "Friterie Chez Léon",
        "Boucherie du Coin",
        "Imprimerie Rapide",
    } <= names
    assert a.journal() == b.journal()
    assert len({a.store.device_id, b.store.device_id, b_old}) == 3
    # Every device id in the journal belongs to one workstation that wrote with it.
    b_new_rows = [row for row in b.journal() if row[1] == b.store.device_id]
    assert b_new_rows and all(row[1] != a_id for row in b_new_rows)
    assert backup.listing(b.store.data_dir / backup.BACKUP_DIR)  # B's own store was kept


def test_a_new_root_from_a_restored_backup_carries_everything_to_a_joiner(
    net: OrgNet, tmp_path: Path, pacte
) -> None:  # type: ignore[no-untyped-def]
    """The office's only workstation is lost: its backup is restored on a new laptop with
    --other-device, which then creates a new shared folder. What the old device id wrote has no
    feed there: the first pass publishes a snapshot, so a workstation joining gets it all."""
    a, b = net.first("A"), net.join("B")
    a.employer("Garage Moderne")
    b.employer("Friterie Chez Léon")  # written under another device id, received by A
    for station in (a, b, a):
        station.sync()
    saved = tmp_path / "usb" / "a.sqlite"
    assert pacte("backup", "-o", str(saved), data_dir=a.store.data_dir).code == 0

    laptop = tmp_path / "laptop"
    done = pacte("restore", str(saved), "--other-device", data_dir=laptop)
    assert done.code == 0, done.err
    new_root = tmp_path / "new-root"
    new_root.mkdir()
    c = Store.open(laptop, daily_backup=False)
    try:
        created = engine.setup_org(c, engine.Location("folder", str(new_root)), kdf=CHEAP_KDF)
        assert created.created
        assert list((new_root / "snap").iterdir()), "no snapshot carries the old device's writes"
        d = Store.open(tmp_path / "D", daily_backup=False)
        try:
            engine.setup_org(
                d, engine.Location("folder", str(new_root)), worker="Worker D", kdf=CHEAP_KDF
            )
            workers.use_worker(d, "Worker D")
            with c.reading() as conn:
                wanted = sorted(conn.execute(sa.text("SELECT id, name FROM employer")).all())
                org = conn.execute(sa.text("SELECT id, name FROM organisation")).all()
            with d.reading() as conn:
                got = sorted(conn.execute(sa.text("SELECT id, name FROM employer")).all())
                assert conn.execute(sa.text("SELECT id, name FROM organisation")).all() == org
            assert got == wanted
            assert {"Garage Moderne", "Friterie Chez Léon"} <= {name for _, name in got}
        finally:
            d.close()
    finally:
        c.close()
