"""A root written by an older version is joined whole: the organisation's folder keeps its files
forever, so what an older version published must be applied by every later one.

``data/org-root-621fca8`` is an organisation's root exactly as Pacte Desktop at commit 621fca8
wrote it (``data/README.md`` says how): three change files, the second one a handover with its
``handover`` and ``leave`` operations, which that version published but no workstation accepted
(so nothing after them arrived either), and a snapshot covering all three. Its witness is the
publisher's own journal and replicated rows, dumped by the same version. A new workstation joins
a copy of it with the current code, from the snapshot and from the change files alone.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from pacte_desktop.store.database import Store
from pacte_desktop.store.operations import OP_KINDS

DATA = Path(__file__).parent / "data"
OLD_ROOT = DATA / "org-root-621fca8"
WITNESS = DATA / "org-root-621fca8-witness.json"
PASSPHRASE = "correct horse battery staple"  # named in data/README.md
OLD_DEVICE = "b011bebd54a6a5f8"


@pytest.fixture
def root(tmp_path: Path) -> Path:
    """A copy of the old root: joining writes a certificate and a feed into it."""
    copy = tmp_path / "root"
    shutil.copytree(OLD_ROOT, copy)
    return copy


def _journal(store: Store, device: str) -> list[dict[str, Any]]:
    with store.reading() as conn:
        return [
            {**row._asdict(), "fields": json.loads(row.fields)}
            for row in conn.execute(
                sa.text(
                    "SELECT hlc, device_id, worker_id, table_name, row_id, op, fields "
                    "FROM journal WHERE device_id = :d ORDER BY hlc"
                ),
                {"d": device},
            )
        ]


def _rows(store: Store, table: str) -> dict[str, dict[str, Any]]:
    with store.reading() as conn:
        return {
            row.id: row._asdict()
            for row in conn.execute(sa.text(f"SELECT * FROM {table}"))  # a schema table name
        }


def test_the_fixture_holds_what_the_old_version_could_not_sync() -> None:
    """The root is the one the bug left behind: a file with handover and leave operations."""
    witness = json.loads(WITNESS.read_text(encoding="utf-8"))
    kinds = [entry["op"] for entry in witness["journal"]]
    assert kinds.count("handover") == 5 and kinds.count("leave") == 1
    assert set(kinds) <= OP_KINDS
    files = sorted(p.name for p in (OLD_ROOT / "log" / OLD_DEVICE).iterdir())
    assert [name[:12] for name in files] == ["000000000001", "000000000002", "000000000003"]
    assert len(list((OLD_ROOT / "snap").iterdir())) == 1


@pytest.mark.parametrize("start", ["snapshot", "change-files"])
def test_a_root_published_before_handovers_synced_is_joined_whole(  # type: ignore[no-untyped-def]
    pacte, root: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, start: str
) -> None:
    if start == "change-files":  # the snapshot gone (its device keeps two): the files alone
        for snap in (root / "snap").iterdir():
            snap.unlink()
    monkeypatch.setenv("PACTE_ORG_PASSPHRASE", PASSPHRASE)
    data_dir = tmp_path / "new"
    joined = pacte(
        "sync", "setup", "--org-folder", str(root), "--worker", "Anna Peeters", data_dir=data_dir
    )
    assert joined.code == 0, joined.err
    again = pacte("sync", data_dir=data_dir)
    assert again.code == 0, again.err
    [org] = [
        s
        for s in json.loads(pacte("sync", "status", "--json", data_dir=data_dir).out)
        if s["scope"] == "org"
    ]
    assert org["rejected"] == [] and org["parked"] == 0 and org["last_pass"]["error"] is None

    witness = json.loads(WITNESS.read_text(encoding="utf-8"))
    store = Store.open(data_dir, daily_backup=False)
    try:
        with store.reading() as conn:
            applied = set(conn.execute(sa.text("SELECT name FROM sync_applied")).scalars())
        assert any(name.startswith("snapshot:") for name in applied) == (start == "snapshot")
        # Every operation the old version journalled arrived, as it was written.
        assert _journal(store, OLD_DEVICE) == witness["journal"]
        # Every record the old workstation held is here with the values it held.
        for table, rows in witness["rows"].items():
            here = _rows(store, table)
            for row in rows:
                assert row["id"] in here, (table, row)
                assert {name: here[row["id"]][name] for name in row} == row, table
            extra = set(here) - {row["id"] for row in rows}
            assert extra == (set() if table != "worker" else {store.local("worker_id")}), table
        # In words: the handover's owners, and the worker who left.
        workers = {w["name"]: w for w in _rows(store, "worker").values()}
        name_of = {w["id"]: name for name, w in workers.items()}
        owners = {e["name"]: name_of[e["owner_id"]] for e in _rows(store, "employer").values()}
        assert owners == {
            "Garage Moderne": "Farida Aissa",
            "Friterie Chez Léon": "Igo De Radigues",
            "Brasserie du Parvis": "Farida Aissa",
            "Boulangerie Ékoé": "Igo De Radigues",  # written after the handover
        }
        julie = workers["Julie Buelens"]
        assert (julie["status"], julie["left_on"]) == ("left", "2026-11-30")
        assert name_of[julie["successor_id"]] == "Igo De Radigues"
        [follow_up] = _rows(store, "follow_up").values()
        [candidate] = _rows(store, "candidate").values()
        [opportunity] = _rows(store, "opportunity").values()
        assert name_of[follow_up["worker_id"]] == "Igo De Radigues"
        assert name_of[candidate["worker_id"]] == "Igo De Radigues"
        assert name_of[opportunity["owner_id"]] == "Farida Aissa"  # went with its employer
    finally:
        store.close()
