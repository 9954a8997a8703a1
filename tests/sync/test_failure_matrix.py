"""docs/sync.md's failure matrix on the organisation scope: real stores, real folders, and the
simulated folder syncer of ``syncer.py`` between one replica folder per workstation.

Each test names the case of the matrix it plays (1-8, 12, 13, 15); case 15 is marked slow.
The tests at the end play issue 10's findings (junk under a valid name, forks, reasons in the
user's language, rejected entries that outlive their file, a read-only folder), each as files
an attacker or an accident could leave in the folder.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import random
import resource
import shutil
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from syncer import OLD_MTIME, Syncer
from workstations import OrgNet, Workstation

from pacte_desktop.domain import hlc
from pacte_desktop.domain.entities import ContactPerson, Employer, specs
from pacte_desktop.domain.hlc import Stamp
from pacte_desktop.store import backup
from pacte_desktop.store.database import Store
from pacte_desktop.store.files import HEAD_REVISION
from pacte_desktop.store.unit_of_work import UnitOfWork
from pacte_desktop.sync import changefile, crypto, engine, folder, replication

SEED = 20261127


class Org:
    """Workstations of one organisation, each on its own replica, and the syncer between."""

    def __init__(self, tmp: Path, seed: int = SEED) -> None:
        self.net = OrgNet(tmp)
        self.syncer = Syncer(tmp / "replicas", seed=seed)
        self.by_name: dict[str, Workstation] = {}

    def start(self, *names: str) -> list[Workstation]:
        first = self.net.first(names[0], root=self.syncer.replica(names[0]))
        self.by_name[names[0]] = first
        for name in names[1:]:
            self.syncer.replica(name)
            self.syncer.exchange()
            self.by_name[name] = self.net.join(name, root=self.syncer.replica(name))
        self.settle()
        return [self.by_name[n] for n in names]

    def settle(self, rounds: int = 2) -> None:
        """Every workstation syncs and the syncer copies everything, twice over."""
        for _ in range(rounds):
            for station in self.by_name.values():
                summary = station.sync()
                assert summary.ok, summary
            self.syncer.exchange()

    def log_files(self, name: str, device: str) -> list[str]:
        """The change files of ``device`` in replica ``name``, in sequence order."""
        prefix = f"log/{device}/"
        return sorted(
            p
            for p in self.syncer.files(name)
            if p.startswith(prefix) and changefile._NAME.fullmatch(p[len(prefix) :])
        )

    def close(self) -> None:
        self.net.close()


@pytest.fixture
def org(tmp_path: Path) -> Iterator[Org]:
    o = Org(tmp_path)
    yield o
    o.close()


def scope(summary: engine.PassSummary) -> engine.ScopeSummary:
    [only] = summary.scopes
    return only


def rejected(station: Workstation) -> dict[str, str]:
    """The files sync_rejected records for the organisation scope: path -> code."""
    [org_status] = [s for s in engine.status(station.store) if s.scope == "org"]
    return {r["path"]: r["code"] for r in org_status.rejected}


def applied_names(station: Workstation) -> list[tuple[str, str]]:
    with station.store.reading() as conn:
        return [
            (r[0], r[1])
            for r in conn.execute(
                sa.text(
                    "SELECT device_id, name FROM sync_applied WHERE scope = 'org' ORDER BY 1, 2"
                )
            )
        ]


def state(station: Workstation) -> tuple[Any, ...]:
    """What must not move when a file is refused: rows, journal, cursor, conflicts."""
    with station.store.reading() as conn:
        conflicts = [
            tuple(r)
            for r in conn.execute(
                sa.text("SELECT table_name, row_id, field, kind, lost_hlc FROM sync_conflict")
            )
        ]
    return station.rows(), station.journal(), applied_names(station), sorted(conflicts)


def device_ops(station: Workstation, device: str) -> list[tuple[Any, ...]]:
    return [j for j in station.journal() if j[1] == device]


def seq_of(path: str) -> int:
    return int(path.rsplit("/", 1)[-1][:12])


def new_employer_file(org: Org, station: Workstation, name: str, **values: Any) -> tuple[str, str]:
    """``station`` creates an employer and publishes it: (employer id, new change file path)."""
    before = set(org.log_files(station.name, station.store.device_id))
    eid = station.employer(name, **values)
    assert scope(station.sync()).published_files == 1
    [path] = sorted(set(org.log_files(station.name, station.store.device_id)) - before)
    return eid, path


def op_dict(device: str, hlc: str, table: str, row_id: str, kind: str, fields: dict) -> dict:
    """An operation as OrgSync.publish writes it into a change file."""
    return {
        "hlc": hlc,
        "d": device,
        "w": None,
        "t": table,
        "r": row_id,
        "o": kind,
        "f": json.dumps(fields, ensure_ascii=False, sort_keys=True),
    }


def last_own(station: Workstation) -> tuple[int, str | None]:
    with station.store.reading() as conn:
        row = conn.execute(
            sa.text(
                "SELECT seq, sha256 FROM sync_applied WHERE scope = 'org' AND device_id = :d "
                "ORDER BY seq DESC, name DESC LIMIT 1"
            ),
            {"d": station.store.device_id},
        ).first()
    return (int(row[0]), str(row[1])) if row else (0, None)


def craft(
    station: Workstation,
    ops: list[dict],
    *,
    device_id: str | None = None,
    seq: int | None = None,
    prev: str | None = None,
    key: Any = None,
) -> tuple[str, bytes]:
    """A change file written with ``station``'s keys (or ``key``) as its next file."""
    local = engine.LocalState(station.store)
    last_seq, last_sha = last_own(station)
    content_key = local.secret("org.content_key")
    assert content_key is not None
    return changefile.write_change_file(
        ops,
        scope="org",
        org_id=str(local.get("org.root_id")),
        device_id=device_id or station.store.device_id,
        seq=seq if seq is not None else last_seq + 1,
        prev=prev if seq is not None else last_sha,
        schema=HEAD_REVISION,
        charter=None,
        content_key=content_key,
        device_private_key=key or local.device_key(),
    )


def put(org: Org, replica: str, path: str, data: bytes) -> None:
    target = org.syncer.replica(replica) / path
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(data)


# --- 1. truncated or zero-byte files -----------------------------------------------------------


@pytest.mark.parametrize(
    "cut", [0, 5, 200, -1], ids=["zero-byte", "in-magic", "in-header", "last-byte-missing"]
)
def test_1_truncated_file_is_rejected_retried_and_applied_once_complete(org: Org, cut: int) -> None:
    a, b = org.start("A", "B")
    eid, path = new_employer_file(org, a, "Boulangerie du Parvis", postcode="1060")
    before = state(b)
    org.syncer.deliver("A", "B", paths=[path], partial={path: cut})
    assert len(org.syncer.read("B", path)) == (
        cut if cut >= 0 else len(org.syncer.read("A", path)) + cut
    )

    for _ in range(2):  # retried on every pass, and nothing of it applied meanwhile
        summary = scope(b.sync())
        assert summary.error is None
        assert [r for r in summary.rejected if r.startswith(path)], summary.rejected
        assert summary.received_files == 0
        assert rejected(b) == {path: "sync_corrupt"}
        assert state(b) == before
        assert b.value("employer", eid, "name") is None

    org.syncer.deliver("A", "B", paths=[path])  # the syncer finishes the copy
    summary = scope(b.sync())
    assert summary.rejected == []
    assert summary.received_files == 1
    assert rejected(b) == {}
    assert b.value("employer", eid, "name") == "Boulangerie du Parvis"
    assert device_ops(b, a.store.device_id) == device_ops(a, a.store.device_id)


def test_1_a_truncated_file_holds_back_the_complete_files_after_it(org: Org) -> None:
    a, b = org.start("A", "B")
    e1, first = new_employer_file(org, a, "Garage Moderne")
    e2, second = new_employer_file(org, a, "Friterie Chez Léon")
    org.syncer.deliver("A", "B", paths=[second])
    org.syncer.deliver("A", "B", paths=[first], partial={first: 100})
    before = state(b)
    summary = scope(b.sync())
    assert [r for r in summary.rejected if r.startswith(first)]
    assert state(b) == before  # the complete second file is not applied over a hole
    assert b.value("employer", e2, "name") is None
    org.syncer.deliver("A", "B", paths=[first])
    summary = scope(b.sync())
    assert summary.received_files == 2 and summary.rejected == []
    assert b.value("employer", e1, "name") == "Garage Moderne"
    assert b.value("employer", e2, "name") == "Friterie Chez Léon"


# --- 2. part files, syncer temp files, conflicted copies ---------------------------------------


def test_2_part_temp_lock_and_conflicted_copies_are_ignored_and_counted(org: Org) -> None:
    a, b = org.start("A", "B")
    eid, path = new_employer_file(org, a, "Boucherie du Coin")
    org.syncer.deliver("A", "B", paths=[path])
    name = path.rsplit("/", 1)[-1]
    a_dir = f"log/{a.store.device_id}"
    data = org.syncer.read("B", path)
    junk = org.syncer.litter(
        "B",
        a_dir,
        {
            f"000000000002-{'0' * 16}.chg.a1b2c3d4e5f6.part": data[:50],
            f".syncthing.000000000002-{'1' * 16}.chg.tmp": data,
            "~$lettre.docx": b"lock",
            ".~lock.lettre.odt#": b"lock",
        },
    )
    junk.append(org.syncer.conflicted_copy("B", path, style="syncthing"))
    junk.append(org.syncer.conflicted_copy("B", path, style="dropbox"))
    assert f"{a_dir}/{name[:-4]}.sync-conflict-20261127-123456-ABCDEF.chg" in junk
    assert f"{a_dir}/{name[:-4]} (conflicted copy 2026-11-27).chg" in junk
    # Own directory and root documents get their share too: none of it may be read.
    junk += org.syncer.litter(
        "B", f"log/{b.store.device_id}", {f"000000000009-{'2' * 16}.chg.0a0b0c0d0e0f.part": b"x"}
    )
    org.syncer.conflicted_copy("B", "ORG.json")
    org.syncer.conflicted_copy("B", f"keys/{a.store.device_id}.json", style="dropbox")

    summary = scope(b.sync())
    assert summary.error is None
    assert summary.rejected == [] and rejected(b) == {}
    assert summary.ignored == len(junk) == 7
    assert summary.received_files == 1
    assert b.value("employer", eid, "name") == "Boucherie du Coin"
    assert (a.store.device_id, name) in applied_names(b)
    assert not [n for d, n in applied_names(b) if "conflict" in n or n.endswith(".part")]
    assert device_ops(b, a.store.device_id) == device_ops(a, a.store.device_id)
    # Still ignored (and still counted) on the next pass; nothing else happens.
    again = scope(b.sync())
    assert again.ignored == 7 and again.received_files == 0 and again.rejected == []


# --- 3. duplicates, reordering, gaps -----------------------------------------------------------


def _series(org: Org, a: Workstation, count: int) -> tuple[str, list[str], list[str]]:
    """A publishes ``count`` files: each creates an employer and edits a shared one."""
    shared, first = new_employer_file(org, a, "Entreprise partagée")
    paths, ids = [first], [shared]
    for i in range(1, count):
        before = set(org.log_files("A", a.store.device_id))
        ids.append(a.employer(f"Employeur {i}"))
        a.edit(Employer, shared, {"notes": f"note {i}"})
        assert scope(a.sync()).published_files == 1
        [path] = sorted(set(org.log_files("A", a.store.device_id)) - before)
        paths.append(path)
    return shared, ids, paths


def test_3_a_gap_waits_then_fills(org: Org) -> None:
    a, b = org.start("A", "B")
    shared, ids, paths = _series(org, a, 4)
    org.syncer.hold(paths[1])
    org.syncer.deliver("A", "B")
    summary = scope(b.sync())
    assert summary.received_files == 1
    assert [w for w in summary.waiting if w.startswith(paths[2])], summary.waiting
    assert b.value("employer", ids[0], "name") == "Entreprise partagée"
    assert [b.value("employer", i, "name") for i in ids[1:]] == [None, None, None]
    assert b.value("employer", shared, "notes") is None
    org.syncer.release()
    org.syncer.deliver("A", "B")
    summary = scope(b.sync())
    assert summary.received_files == 3 and summary.waiting == [] and summary.duplicates == 0
    assert b.value("employer", shared, "notes") == "note 3"
    assert device_ops(b, a.store.device_id) == device_ops(a, a.store.device_id)


@pytest.mark.parametrize("seed", range(6))
def test_3_any_delivery_order_with_duplicates_converges_without_double_apply(
    org: Org, seed: int
) -> None:
    a, b = org.start("A", "B")
    shared, _ids, paths = _series(org, a, 5)
    a_ops = device_ops(a, a.store.device_id)
    new_ops = len(a_ops) - len(device_ops(b, a.store.device_id))
    rng = random.Random(seed)
    order = rng.sample(paths, len(paths))
    delivered: list[str] = []
    files = ops = duplicates = 0
    for path in order:
        org.syncer.deliver("A", "B", paths=[path])
        delivered.append(path)
        if rng.random() < 0.5:  # a syncer that writes an already delivered file again
            org.syncer.redeliver("B", rng.choice(delivered))
        summary = scope(b.sync())
        assert summary.error is None and summary.rejected == []
        files += summary.received_files
        ops += summary.received_ops
        duplicates += summary.duplicates
    assert files == len(paths)  # each file applied exactly once
    assert ops == new_ops and duplicates == 0
    for path in paths:  # delivered again after everything: nothing to do
        org.syncer.redeliver("B", path, mtime=OLD_MTIME)
    again = scope(b.sync())
    assert again.received_files == 0 and again.received_ops == 0
    journal = b.journal()
    assert len(journal) == len(set(journal))
    assert device_ops(b, a.store.device_id) == a_ops
    assert b.value("employer", shared, "notes") == "note 4"
    org.settle()
    assert a.rows() == b.rows()
    assert a.journal() == b.journal()


# --- 4. old modification times -----------------------------------------------------------------


def test_4_files_with_old_modification_times_are_applied(org: Org) -> None:
    a, b = org.start("A", "B")
    b.sync()  # B's last pass is now: a time-based cursor would skip everything older
    e1, first = new_employer_file(org, a, "Garage Moderne")
    e2, second = new_employer_file(org, a, "Friterie Chez Léon")
    org.syncer.deliver("A", "B", paths=[first], mtime=OLD_MTIME + 180 * 86400)
    assert (org.syncer.replica("B") / first).stat().st_mtime < time.time() - 20 * 365 * 86400
    assert scope(b.sync()).received_files == 1
    # The next file arrives with a time older still than the first one's.
    org.syncer.deliver("A", "B", paths=[second], mtime=OLD_MTIME)
    summary = scope(b.sync())
    assert summary.received_files == 1
    assert b.value("employer", e1, "name") == "Garage Moderne"
    assert b.value("employer", e2, "name") == "Friterie Chez Léon"
    # Even the root document and the certificates may carry old times.
    for path in org.syncer.files("B"):
        os.utime(org.syncer.replica("B") / path, (OLD_MTIME, OLD_MTIME))
    eid, third = new_employer_file(org, a, "Boucherie du Coin")
    org.syncer.deliver("A", "B", paths=[third], mtime=OLD_MTIME - 86400)
    assert scope(b.sync()).received_files == 1
    assert b.value("employer", eid, "name") == "Boucherie du Coin"


# --- 5. clock skew and exact ties --------------------------------------------------------------


def _now_ms() -> int:
    return time.time_ns() // 1_000_000


def _clock_at(monkeypatch: pytest.MonkeyPatch, offset_ms: int) -> None:
    """Every workstation's receiving clock (``hlc.wall_ms``) runs ``offset_ms`` from now."""
    monkeypatch.setattr(hlc, "wall_ms", lambda: _now_ms() + offset_ms)


def clock_of(station: Workstation) -> str:
    return str(station.store.local("hlc"))


def test_5_a_clock_hours_ahead_is_parked_until_due_then_wins_everywhere(
    org: Org, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b, c = org.start("A", "B", "C")
    eid, _ = new_employer_file(org, a, "Garage Moderne")
    org.settle()
    # B's clock runs three hours ahead: its stamps are in the future.
    ahead = Stamp(_now_ms() + 3 * 3600 * 1000, 0, b.store.device_id)
    b.store.set_local("hlc", str(ahead))
    b.edit(Employer, eid, {"notes": "from B, clock ahead"})
    time.sleep(0.01)
    a.edit(Employer, eid, {"notes": "from A, later in real time"})
    [b_stamp] = [j[0] for j in device_ops(b, b.store.device_id) if '"notes"' in j[6]]
    assert b_stamp > str(ahead)[:13]
    a_clock, c_clock = clock_of(a), clock_of(c)
    for station in (a, b):
        station.sync()
    org.syncer.deliver("A", "C")
    c.sync()
    org.syncer.exchange()
    org.settle()
    # A and C park B's edit instead of adopting its stamp: their clocks stay where they were,
    # and B's future edit does not win over A's edit, made later in real time.
    for station in (a, c):
        assert clock_of(station)[:13] < b_stamp[:13]
        assert station.value("employer", eid, "notes") == "from A, later in real time"
        assert engine.status(station.store)[0].parked == 1
    assert clock_of(a) >= a_clock and clock_of(c) >= c_clock
    # Three hours later, B's edit is due: it applies everywhere and, being the latest, wins.
    _clock_at(monkeypatch, 3 * 3600 * 1000 + 60_000)
    org.settle()
    values = {s.name: s.value("employer", eid, "notes") for s in (a, b, c)}
    assert values == dict.fromkeys("ABC", "from B, clock ahead")
    assert a.rows() == b.rows() == c.rows()
    assert a.journal() == b.journal() == c.journal()
    assert all(engine.status(s.store)[0].parked == 0 for s in (a, b, c))
    # Having applied B's stamp, A's clock moved past it: A's next edit wins everywhere.
    a.edit(Employer, eid, {"notes": "A again"})
    [a_stamp] = [j[0] for j in device_ops(a, a.store.device_id) if "A again" in j[6]]
    assert a_stamp > b_stamp
    org.settle()
    assert {s.value("employer", eid, "notes") for s in (a, b, c)} == {"A again"}


def test_5_a_forged_stamp_far_in_the_future_is_parked_and_never_moves_the_clock(
    org: Org,
) -> None:
    a, b, c = org.start("A", "B", "C")
    eid, _ = new_employer_file(org, a, "Garage Moderne")
    org.settle()
    # A certified device (or its stolen key) writes a stamp in the year 2286.
    device = b.store.device_id
    forged = f"9999999999999-0000-{device}"
    ops = [op_dict(device, forged, "employer", eid, "update", {"notes": "forever"})]
    name, data = craft(b, ops)
    put(org, "B", f"log/{device}/{name}", data)
    before = {s.name: clock_of(s) for s in (a, c)}
    org.syncer.exchange()
    for station in (a, c):
        summary = scope(station.sync())
        assert summary.error is None and summary.rejected == [], summary
        assert summary.parked == 1
        assert clock_of(station)[:13] == before[station.name][:13] or (
            clock_of(station)[:13] < str(_now_ms() + 60_000)
        )
        assert station.value("employer", eid, "notes") is None
    # Their own files still go everywhere, and a later edit is not beaten by the forged one.
    a.edit(Employer, eid, {"notes": "real edit"})
    c_eid = c.employer("Imprimerie Rapide")
    org.settle()
    for station in (a, c):
        assert station.value("employer", eid, "notes") == "real edit"
        assert station.value("employer", c_eid, "name") == "Imprimerie Rapide"
        assert len(clock_of(station)) == len(forged)  # still a 13-digit wall time
    assert a.rows() == c.rows()
    assert rejected(a) == {} and rejected(c) == {}


# --- 16. operations that are not what the schema says (field names are never SQL) -----------


@pytest.mark.parametrize(
    ("table", "kind", "fields"),
    [
        ("employer", "update", {"do_not_share = 0 WHERE 1 --": 1}),
        ("employer", "update", {"name": "x", 'notes" = 1; --': "y"}),
        ("employer; DROP TABLE employer", "update", {"name": "x"}),
        ("employer", "update); DELETE FROM employer; --", {"name": "x"}),
        ("employer", "update", {"name": None}),
        ("employer", "update", {"do_not_share": None}),
        ("employer", "update", {"do_not_share": "0"}),
        ("employer", "update", {"tags": ["HORECA"]}),
        ("employer", "update", {"tags": "not a list"}),
        ("employer", "update", {"name": 42}),
        ("employer", "update", {"notes": {"nested": "object"}}),
        ("employer", "update", {"notes": "x" * 200_001}),
        ("employer", "delete", {"deleted": False}),
        ("employer", "update", {"deleted": True}),
    ],
    ids=[
        "sql-in-field-name",
        "quote-in-field-name",
        "sql-in-table",
        "sql-in-kind",
        "required-emptied",
        "flag-emptied",
        "flag-as-text",
        "list-as-json-array",
        "list-not-json",
        "text-as-number",
        "object-value",
        "huge-text",
        "delete-that-undeletes",
        "deleted-by-update",
    ],
)
def test_16_an_operation_outside_the_schema_is_refused_before_any_sql(
    org: Org, table: str, kind: str, fields: dict[str, Any]
) -> None:
    a, b = org.start("A", "B")
    eid, _ = new_employer_file(org, a, "Garage Moderne", postcode="1060")
    hidden = a.employer("Ne pas partager", do_not_share=True)
    org.settle()
    # A certified device's file (its key may have been stolen): signed, decrypts, and names
    # things that are not in the schema, hoping they reach SQL.
    device = a.store.device_id
    stamp = str(Stamp(_now_ms(), 0, device))
    name, data = craft(a, [op_dict(device, stamp, table, eid, kind, fields)])
    path = f"log/{device}/{name}"
    put(org, "A", path, data)
    org.syncer.exchange()
    before = state(b)
    summary = scope(b.sync(lang="en"))
    assert summary.error is None
    assert [r for r in summary.rejected if r.startswith(path)], summary.rejected
    assert rejected(b).get(path) == "sync_corrupt"
    assert state(b) == before  # nothing written, not even the journal
    assert b.value("employer", hidden, "do_not_share") == 1
    assert b.value("employer", eid, "name") == "Garage Moderne"


def test_16_an_unknown_but_well_formed_field_or_kind_is_parked_not_refused(org: Org) -> None:
    a, b = org.start("A", "B")
    eid, _ = new_employer_file(org, a, "Garage Moderne")
    org.settle()
    device = a.store.device_id
    ops = [
        op_dict(
            device,
            str(Stamp(_now_ms(), 0, device)),
            "employer",
            eid,
            "update",
            {"carbon_rating": "A"},
        ),
        op_dict(
            device,
            str(Stamp(_now_ms(), 1, device)),
            "employer",
            eid,
            "merge",
            {"name": "Garage Moderne SRL"},
        ),
        op_dict(device, str(Stamp(_now_ms(), 2, device)), "mentor", eid, "insert", {"name": "x"}),
    ]
    name, data = craft(a, ops)
    put(org, "A", f"log/{device}/{name}", data)
    org.syncer.exchange()
    summary = scope(b.sync())
    assert summary.rejected == [] and summary.parked == 3 and summary.received_files == 1
    assert b.value("employer", eid, "name") == "Garage Moderne"


def test_5_an_exact_hlc_tie_is_won_by_the_greater_device_id_everywhere(org: Org) -> None:
    a, b, c = org.start("A", "B", "C")
    eid, _ = new_employer_file(org, a, "Garage Moderne")
    org.settle()
    wall = _now_ms() + 60_000
    crafted = {}
    for station in (a, b):
        device = station.store.device_id
        stamp = str(Stamp(wall, 7, device))
        ops = [op_dict(device, stamp, "employer", eid, "update", {"notes": f"tie {station.name}"})]
        name, data = craft(station, ops)
        path = f"log/{device}/{name}"
        put(org, station.name, path, data)  # written by the device into its own replica
        crafted[station.name] = path
    winner = max((a, b), key=lambda s: s.store.device_id)
    loser = a if winner is b else b
    # A and B apply their own file first, then the other's; C gets B's first, then A's.
    for station in (a, b):
        summary = scope(station.sync())
        assert summary.received_files == 1 and summary.rejected == []
        assert station.value("employer", eid, "notes") == f"tie {station.name}"
    org.syncer.deliver("B", "C", paths=[crafted["B"]])
    assert scope(c.sync()).received_files == 1
    org.syncer.deliver("A", "C", paths=[crafted["A"]])
    assert scope(c.sync()).received_files == 1
    org.syncer.exchange()
    org.settle()
    for station in (a, b, c):
        assert station.value("employer", eid, "notes") == f"tie {winner.name}", station.name
        lost = [x for x in station.conflicts() if x.field == "notes"]
        assert [(x.kind, x.lost_value) for x in lost] == [("concurrent", f"tie {loser.name}")]
    assert a.rows() == b.rows() == c.rows()
    assert a.journal() == b.journal() == c.journal()
    # The crafted files took their devices' next sequence numbers; publishing goes on after.
    a.edit(Employer, eid, {"phone": "02 537 12 34"})
    org.settle()
    seqs = [seq_of(p) for p in org.log_files("A", a.store.device_id)]
    assert seqs == list(range(1, len(seqs) + 1))
    assert c.value("employer", eid, "phone") == "+3225371234"


# --- 6. empty, moved or unmounted root ---------------------------------------------------------


@pytest.mark.parametrize("how", ["moved", "emptied", "unmounted-org-json", "other-org"])
def test_6_a_missing_or_wrong_root_stops_sync_and_deletes_nothing(
    org: Org, tmp_path: Path, how: str
) -> None:
    a, b = org.start("A", "B")
    eid, _ = new_employer_file(org, a, "Garage Moderne")
    org.settle()
    b.edit(Employer, eid, {"notes": "edited offline"})  # pending, must survive
    before = state(b)
    replica = org.syncer.replica("B")
    kept = tmp_path / "moved-away"
    shutil.move(replica, kept)
    if how == "emptied":
        replica.mkdir()
    elif how == "unmounted-org-json":
        shutil.copytree(kept, replica)
        (replica / "ORG.json").unlink()
    elif how == "other-org":
        other = OrgNet(tmp_path / "other")
        try:
            other.first("X")
        finally:
            other.close()
        shutil.copytree(kept, replica)
        shutil.copy(other.root / "ORG.json", replica / "ORG.json")
    listing_before = sorted(p.relative_to(replica).as_posix() for p in replica.rglob("*"))
    for _ in range(2):
        summary = b.sync(lang="en")
        assert not summary.ok
        error = scope(summary).error
        assert error is not None
        if how == "other-org":
            assert "ORG.json" in error and "another key" in error, error
        else:
            assert "holds no ORG.json" in error and str(replica) in error, error
            assert "nothing was changed" in error
        assert scope(summary).received_files == scope(summary).published_files == 0
        assert state(b) == before
    # Nothing created nor deleted in the location either.
    assert sorted(p.relative_to(replica).as_posix() for p in replica.rglob("*")) == listing_before
    # The root comes back: the pending edit goes out, nothing was lost.
    shutil.rmtree(replica, ignore_errors=True)
    shutil.move(kept, replica)
    assert b.sync().ok
    org.syncer.exchange()
    a.sync()
    assert a.value("employer", eid, "notes") == "edited offline"
    assert a.rows() == b.rows()


# --- 7. a device restored from an old backup ---------------------------------------------------


def _restore(org: Org, station: Workstation, source: Path) -> None:
    station.store.close()
    backup.restore(station.store.path, source)
    station.store = Store.open(station.store.data_dir, daily_backup=False)


@pytest.mark.parametrize("edit_first", [False, True], ids=["sync-first", "edit-first"])
def test_7_a_device_restored_from_an_old_backup_reuses_no_name_and_loses_nothing(
    org: Org, tmp_path: Path, edit_first: bool
) -> None:
    a, b = org.start("A", "B")
    e1, _ = new_employer_file(org, a, "Garage Moderne")
    saved = backup.take(a.store.path, tmp_path / "backups")
    e2, _ = new_employer_file(org, a, "Friterie Chez Léon")
    a.edit(Employer, e1, {"notes": "after the backup"})
    e3, _ = new_employer_file(org, a, "Boucherie du Coin")
    org.settle()
    assert b.value("employer", e3, "name") == "Boucherie du Coin"
    published = org.log_files("A", a.store.device_id)

    _restore(org, a, saved)
    assert a.value("employer", e2, "name") is None  # the backup predates these
    e4 = None
    if edit_first:  # the user works before the first pass after the restore
        e4 = a.employer("Imprimerie Rapide")
    summary = scope(a.sync())
    assert summary.error is None and summary.rejected == []
    assert a.value("employer", e2, "name") == "Friterie Chez Léon"
    assert a.value("employer", e3, "name") == "Boucherie du Coin"
    assert a.value("employer", e1, "notes") == "after the backup"
    e5 = a.employer("Librairie Ptyx")
    org.settle()
    files = org.log_files("A", a.store.device_id)
    assert files[: len(published)] == published  # nothing rewritten
    seqs = [seq_of(p) for p in files]
    assert seqs == list(range(1, len(seqs) + 1)), files  # no sequence number used twice
    for eid in (e1, e2, e3, e5, *([e4] if e4 else [])):
        assert b.value("employer", eid, "name") is not None, eid
    assert a.rows() == b.rows()
    assert a.journal() == b.journal()
    journal = a.journal()
    assert len(journal) == len(set(journal))


def _snapshot_now(station: Workstation) -> str:
    """``station`` writes a snapshot now (a pass does so every so many files)."""
    location = engine.LocalState(station.store).location("org")
    assert location is not None
    transport = location.open()
    try:
        name = engine.OrgSync(
            station.store, transport, engine.ScopeSummary("org"), None
        ).maybe_snapshot(force=True)
    finally:
        engine.close_transport(transport)
    assert name is not None
    return name


# Pruning deletes files; the simulated syncer never carries a deletion, so these two play on
# one shared root (as on an SMB share) instead of per-workstation replicas.
@pytest.fixture
def shared(tmp_path: Path) -> Iterator[OrgNet]:
    net = OrgNet(tmp_path / "shared")
    yield net
    net.close()


def _own_files(net: OrgNet, station: Workstation) -> list[str]:
    folder = net.root / "log" / station.store.device_id
    return sorted(p.name for p in folder.iterdir() if changefile._NAME.fullmatch(p.name))


def _passes(*stations: Workstation, rounds: int = 3) -> None:
    for _ in range(rounds):
        for station in stations:
            assert station.sync().ok


@pytest.mark.parametrize("edit_first", [False, True], ids=["sync-first", "edit-first"])
def test_7_a_device_restored_after_its_files_were_pruned_gets_them_from_a_snapshot(
    shared: OrgNet, tmp_path: Path, edit_first: bool
) -> None:
    a = shared.first("A")
    b = shared.join("B")
    e1 = a.employer("Garage Moderne")
    _passes(a, b)
    saved = backup.take(a.store.path, tmp_path / "backups")
    e2 = a.employer("Friterie Chez Léon")
    a.edit(Employer, e1, {"notes": "after the backup"})
    _passes(a, b)
    # B takes a snapshot covering A's files; both acknowledge; A prunes its covered files.
    _snapshot_now(b)
    _passes(a, b)
    assert _own_files(shared, a) == []  # only the snapshot holds A's files now

    a.store.close()
    backup.restore(a.store.path, saved)
    a.store = Store.open(a.store.data_dir, daily_backup=False)
    assert a.value("employer", e2, "name") is None
    e4 = a.employer("Imprimerie Rapide") if edit_first else None
    summary = scope(a.sync())
    assert summary.error is None and summary.rejected == [], summary
    assert summary.waiting == [], summary.waiting
    assert a.value("employer", e2, "name") == "Friterie Chez Léon"
    assert a.value("employer", e1, "notes") == "after the backup"
    e5 = a.employer("Librairie Ptyx")
    _passes(a, b)
    for eid in (e1, e2, e5, *([e4] if e4 else [])):
        assert b.value("employer", eid, "name") is not None, eid
    assert a.rows() == b.rows()
    assert a.journal() == b.journal()


def test_a_device_away_while_the_files_it_lacks_were_pruned_catches_up_from_a_snapshot(
    shared: OrgNet,
) -> None:
    a = shared.first("A")
    b = shared.join("B")
    c = shared.join("C")
    _passes(a, b, c)
    # C goes away, long enough for its acknowledgement to stop holding pruning back.
    eids = [a.employer(f"Employeur {i}") for i in range(3)]
    _passes(a, b)
    ack = shared.root / "acks" / f"{c.store.device_id}.json"
    body = json.loads(ack.read_text())
    aged = {k: v for k, v in body.items() if k not in ("type", "signature")}
    aged["at"] = "2026-01-01T00:00:00+00:00"
    ack.unlink()
    ack.write_text(
        json.dumps(
            crypto.sign_document(engine.ACK_TYPE, aged, engine.LocalState(c.store).device_key())
        )
    )
    _snapshot_now(b)
    _passes(a, b)
    assert _own_files(shared, a) == []  # pruned while C was away
    # C comes back: the files it lacks are gone; the snapshot brings them, then it goes on.
    summary = scope(c.sync())
    assert summary.error is None and summary.rejected == [] and summary.waiting == [], summary
    for eid in eids:
        assert c.value("employer", eid, "name") is not None, eid
    a.employer("Après le retour")
    _passes(a, b, c)
    assert a.rows() == b.rows() == c.rows()
    assert a.journal() == b.journal() == c.journal()


# --- 8. forged, tampered, misplaced files ------------------------------------------------------


def _refused(org: Org, b: Workstation, path: str, code: str, reason: str) -> None:
    before = state(b)
    summary = scope(b.sync(lang="en"))
    assert summary.error is None
    assert [r for r in summary.rejected if r.startswith(path)], summary.rejected
    assert rejected(b).get(path) == code, rejected(b)
    assert [r for r in engine.status(b.store, lang="en")[0].rejected if reason in r["reason"]], (
        reason
    )
    assert state(b) == before


def test_8_a_tampered_file_is_rejected_and_the_genuine_one_applies(org: Org) -> None:
    a, b = org.start("A", "B")
    eid, path = new_employer_file(org, a, "Garage Moderne")
    data = bytearray(org.syncer.read("A", path))
    data[len(data) - crypto.SIGNATURE_SIZE - 5] ^= 0x20  # one bit of the ciphertext
    put(org, "B", path, bytes(data))
    for _ in range(2):
        _refused(org, b, path, "sync_forged", "content does not match the file name")
    assert b.value("employer", eid, "name") is None
    org.syncer.deliver("A", "B", paths=[path])  # the genuine file replaces it
    summary = scope(b.sync())
    assert summary.received_files == 1 and summary.rejected == []
    assert rejected(b) == {}
    assert b.value("employer", eid, "name") == "Garage Moderne"


def test_8_a_forged_file_with_a_matching_name_is_rejected(org: Org) -> None:
    a, b = org.start("A", "B")
    eid, _ = new_employer_file(org, a, "Garage Moderne")
    org.settle()
    device = a.store.device_id
    stamp = str(Stamp(_now_ms() + 60_000, 0, device))
    forged_ops = [op_dict(device, stamp, "employer", eid, "update", {"name": "HACKED"})]
    # Someone with the content key but not A's device key writes A's next file.
    name, data = craft(a, forged_ops, key=crypto.generate_signing_key())
    path = f"log/{device}/{name}"
    put(org, "B", path, data)
    _refused(org, b, path, "sync_forged", "signature")
    assert b.value("employer", eid, "name") == "Garage Moderne"
    assert not [j for j in b.journal() if j[0] == stamp]


def test_8_a_file_copied_into_another_devices_directory_is_rejected(org: Org) -> None:
    a, b, c = org.start("A", "B", "C")
    eid, path = new_employer_file(org, a, "Garage Moderne")
    org.syncer.hold(f"log/{a.store.device_id}/*")  # A's own copy never reaches C
    misplaced = f"log/{b.store.device_id}/{path.rsplit('/', 1)[-1]}"
    put(org, "C", misplaced, org.syncer.read("A", path))
    _refused(org, c, misplaced, "sync_forged", "found in another directory")
    assert c.value("employer", eid, "name") is None


@pytest.mark.parametrize("cert", ["none", "self-signed", "another-devices"])
def test_8_a_device_without_a_valid_certificate_is_rejected(org: Org, cert: str) -> None:
    a, b = org.start("A", "B")
    eid, _ = new_employer_file(org, a, "Garage Moderne")
    org.settle()
    intruder = uuid.uuid4().hex[:16]
    key = crypto.generate_signing_key()
    stamp = str(Stamp(_now_ms() + 60_000, 0, intruder))
    ops = [op_dict(intruder, stamp, "employer", eid, "update", {"name": "HACKED"})]
    name, data = craft(b, ops, device_id=intruder, seq=1, prev=None, key=key)
    put(org, "B", f"log/{intruder}/{name}", data)
    local = engine.LocalState(b.store)
    if cert == "self-signed":  # certified by a key that is not the organisation's
        document = crypto.issue_certificate(
            org_private_key=crypto.generate_signing_key(),
            org_id=str(local.get("org.root_id")),
            device_id=intruder,
            device_public_key=key.public_key(),
        )
        put(org, "B", f"keys/{intruder}.json", json.dumps(document).encode())
        expect = {f"keys/{intruder}.json": "sync_forged", f"log/{intruder}": "sync_forged"}
    elif cert == "another-devices":  # A's genuine certificate, copied under the intruder's name
        put(
            org,
            "B",
            f"keys/{intruder}.json",
            org.syncer.read("B", f"keys/{a.store.device_id}.json"),
        )
        expect = {f"keys/{intruder}.json": "sync_forged", f"log/{intruder}": "sync_forged"}
    else:
        expect = {f"log/{intruder}": "sync_forged"}
    before = state(b)
    summary = scope(b.sync(lang="en"))
    assert summary.error is None
    assert [r for r in summary.rejected if r.startswith(f"log/{intruder}")], summary.rejected
    assert rejected(b) == expect
    assert state(b) == before
    assert b.value("employer", eid, "name") == "Garage Moderne"


# --- 12. delete on one device, edit on another -------------------------------------------------


@pytest.mark.parametrize("seed", range(3))
def test_12_delete_against_edit_stays_deleted_in_any_delivery_order(org: Org, seed: int) -> None:
    a, b, c = org.start("A", "B", "C")
    eid = a.employer("Friterie")
    cid = a.create(ContactPerson, {"employer_id": eid, "name": "Mme Peeters"})
    org.settle()
    assert c.value("contact_person", cid, "name") == "Mme Peeters"
    a.delete(ContactPerson, cid)
    deleted = scope(a.sync())
    assert deleted.published_files == 1
    time.sleep(0.002)
    b.edit(ContactPerson, cid, {"role": "gérante"})  # B has not heard of the delete yet
    assert scope(b.sync()).published_files == 1
    a_file = org.log_files("A", a.store.device_id)[-1]
    b_file = org.log_files("B", b.store.device_id)[-1]
    rng = random.Random(seed)
    order = rng.sample([("A", a_file), ("B", b_file)], 2)
    for src, path in order:  # C hears them in a seeded order, syncing in between
        org.syncer.deliver(src, "C", paths=[path])
        assert scope(c.sync()).received_files == 1
    org.syncer.deliver("B", "A", paths=[b_file])
    org.syncer.deliver("A", "B", paths=[a_file])
    for station in (a, b):
        assert scope(station.sync()).received_files == 1
    org.settle()
    for station in (a, b, c):
        assert station.value("contact_person", cid, "name") is None, station.name
        kept = [x for x in station.conflicts() if x.kind == "edit after delete"]
        assert [(x.row_id, x.field, x.lost_value) for x in kept] == [(cid, "role", "gérante")]
        assert station.value("employer", eid, "name") == "Friterie"
    assert a.rows() == b.rows() == c.rows()
    assert a.journal() == b.journal() == c.journal()


# --- 13. crashes ---------------------------------------------------------------------------------


class Crash(Exception):
    """The process dies here (nothing after it runs, no clean-up)."""


def test_13_a_crash_between_temp_write_and_rename_leaves_an_ignored_part(
    org: Org, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b = org.start("A", "B")
    eid = a.employer("Garage Moderne")
    cursor = a.store.local("sync.org.published_seq")

    def crash(part: Path, final: Path) -> None:
        raise Crash(str(part))

    monkeypatch.setattr(folder, "_publish", crash)
    with pytest.raises(Crash):
        a.sync()
    monkeypatch.undo()
    a_dir = f"log/{a.store.device_id}"
    parts = [p for p in org.syncer.files("A") if p.startswith(a_dir) and p.endswith(".part")]
    assert len(parts) == 1  # the temp file, fsynced, never renamed
    assert a.store.local("sync.org.published_seq") == cursor
    summary = scope(a.sync())
    assert summary.published_files == 1 and summary.ignored == 1 and summary.rejected == []
    seqs = [seq_of(p) for p in org.log_files("A", a.store.device_id)]
    assert seqs == list(range(1, len(seqs) + 1))
    org.syncer.exchange()
    summary = scope(b.sync())
    assert summary.ignored == 1 and summary.rejected == [] and summary.received_files == 1
    assert b.value("employer", eid, "name") == "Garage Moderne"


def test_13_a_crash_after_publishing_before_recording_it_reuses_no_sequence(
    org: Org, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b = org.start("A", "B")
    eid = a.employer("Garage Moderne")
    before = org.log_files("A", a.store.device_id)

    def crash(self: engine.OrgSync, *args: Any) -> None:
        raise Crash("after create, before the cursor")

    monkeypatch.setattr(engine.OrgSync, "mark_own", crash)
    with pytest.raises(Crash):
        a.sync()
    monkeypatch.undo()
    [written] = sorted(set(org.log_files("A", a.store.device_id)) - set(before))
    a.employer("Friterie Chez Léon")
    summary = scope(a.sync())
    assert summary.error is None and summary.rejected == []
    assert summary.received_files == 1  # its own file, adopted
    files = org.log_files("A", a.store.device_id)
    assert written in files
    seqs = [seq_of(p) for p in files]
    assert seqs == list(range(1, len(seqs) + 1)), files
    org.settle()
    assert b.value("employer", eid, "name") == "Garage Moderne"
    assert a.rows() == b.rows()
    journal = b.journal()
    assert journal == a.journal() and len(journal) == len(set(journal))


@pytest.mark.parametrize("where", ["_fast_apply", "merge_row", "mark_applied"])
def test_13_a_crash_in_the_middle_of_applying_leaves_nothing_half_done(
    org: Org, monkeypatch: pytest.MonkeyPatch, where: str
) -> None:
    a, b = org.start("A", "B")
    ids = [a.employer(f"Employeur {i}") for i in range(3)]
    a.edit(Employer, ids[0], {"notes": "edited in the same file"})  # a slow-path row
    a.create(ContactPerson, {"employer_id": ids[1], "name": "M. Janssens"})
    assert scope(a.sync()).published_files == 1
    org.syncer.exchange()
    before = state(b)
    calls: list[str] = []

    if where == "mark_applied":
        original = engine.OrgSync.mark_applied

        def crashing_mark(self: engine.OrgSync, conn: sa.Connection, cf: Any) -> None:
            original(self, conn, cf)
            calls.append(where)
            raise Crash(where)

        monkeypatch.setattr(engine.OrgSync, "mark_applied", crashing_mark)
    else:
        original_fn = getattr(replication, where)

        def crashing(*args: Any, **kwargs: Any) -> Any:
            original_fn(*args, **kwargs)  # its rows are written ...
            calls.append(where)
            raise Crash(where)  # ... and then the process dies

        monkeypatch.setattr(replication, where, crashing)
    with pytest.raises(Crash):
        b.sync()
    monkeypatch.undo()
    assert calls == [where]
    assert state(b) == before
    assert rejected(b) == {}
    summary = scope(b.sync())
    assert summary.received_files == 1 and summary.duplicates == 0 and summary.rejected == []
    assert b.value("employer", ids[0], "notes") == "edited in the same file"
    assert device_ops(b, a.store.device_id) == device_ops(a, a.store.device_id)
    org.settle()
    assert a.rows() == b.rows()


# --- 15. a backlog of 100,000 operations -------------------------------------------------------


def _bare_employers(count: int) -> Iterator[dict[str, Any]]:
    columns = list(specs(Employer))
    for i in range(count):
        row = dict.fromkeys(columns)
        row.update(
            id=str(uuid.uuid4()),
            name=f"Employeur {i:06d}",
            postcode="1060",
            status="prospect",
            languages="[]",
            tags="[]",
            accepts="[]",
            do_not_share=0,
        )
        yield row


def _rss_bytes() -> int:
    with open("/proc/self/statm") as handle:
        return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def _reset_peak() -> bool:
    """Reset the process's peak RSS (VmHWM), so that earlier tests' peaks do not count."""
    try:
        with open("/proc/self/clear_refs", "w") as handle:
            handle.write("5")
    except OSError:
        return False
    return True


def _peak_bytes(reset: bool) -> int:
    if reset:
        with open("/proc/self/status") as handle:
            for line in handle:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/self/statm")
def test_15_a_backlog_of_100k_operations_streams_with_bounded_memory_and_progress(
    org: Org,
) -> None:
    backlog = 100_000
    a, b = org.start("A", "B")
    with UnitOfWork(a.store) as uow:
        assert uow.bulk_insert(Employer, _bare_employers(backlog)) == backlog
        uow.commit()
    published: list[tuple[str, int, int]] = []
    summary = scope(a.sync(progress=lambda *p: published.append(p)))
    files = -(-backlog // engine.OPS_PER_FILE)
    assert summary.published_files == files and summary.published_ops == backlog
    assert [p[1] for p in published] == list(range(1, files + 1))
    org.syncer.deliver("A", "B", shuffle=False)

    received: list[tuple[str, int, int]] = []
    rss_before = _rss_bytes()
    reset = _reset_peak()
    summary = scope(b.sync(progress=lambda *p: received.append(p)))
    peak_growth = _peak_bytes(reset) - rss_before
    print(f"backlog of {backlog} ops: peak RSS growth {peak_growth / 2**20:.1f} MB")
    assert summary.error is None and summary.rejected == []
    assert summary.received_files == files and summary.received_ops == backlog
    # One progress call per file, counting up: the UI can show it and stay responsive.
    assert [p for p in received if p[0] == "receive"] == [
        ("receive", n, 0) for n in range(1, files + 1)
    ]
    # Holding the backlog at once (ops, dicts, JSON) would take well over a gigabyte.
    assert peak_growth < 400 * 2**20, f"{peak_growth / 2**20:.0f} MB"
    with b.store.reading() as conn:
        count = conn.execute(sa.text("SELECT count(*) FROM employer")).scalar_one()
    with a.store.reading() as conn:
        assert count == conn.execute(sa.text("SELECT count(*) FROM employer")).scalar_one()
    assert len(device_ops(b, a.store.device_id)) == len(device_ops(a, a.store.device_id))


def _restored_with_lagging_replica(org: Org, tmp_path: Path) -> tuple[list[str], list[str]]:
    """A's disk dies: its store comes back from a backup and its replica is being re-synced;
    A's newest files have not come back yet when it works and syncs. Returns the employer
    ids and A's change files as B sees them once everything has settled."""
    a, _ = org.start("A", "B")
    e1, _ = new_employer_file(org, a, "Garage Moderne")
    saved = backup.take(a.store.path, tmp_path / "backups")
    e2, second = new_employer_file(org, a, "Friterie Chez Léon")
    e3, third = new_employer_file(org, a, "Boucherie du Coin")
    org.settle()
    _restore(org, a, saved)
    for path in (second, third):
        (org.syncer.replica("A") / path).unlink()
    org.syncer.hold(second, third)
    e4 = a.employer("Imprimerie Rapide")
    assert scope(a.sync()).error is None
    org.syncer.release()
    org.settle(rounds=3)
    return [e1, e2, e3, e4], org.log_files("B", a.store.device_id)


def test_7_a_restored_device_whose_replica_lags_loses_nothing(org: Org, tmp_path: Path) -> None:
    ids, _ = _restored_with_lagging_replica(org, tmp_path)
    a, b = org.by_name["A"], org.by_name["B"]
    for eid in ids:  # nothing lost, on either side
        assert b.value("employer", eid, "name") is not None, eid
        assert a.value("employer", eid, "name") is not None, (eid, rejected(a))
    assert rejected(a) == {} and rejected(b) == {}
    assert a.rows() == b.rows()
    assert a.journal() == b.journal()


def test_7_a_restored_device_whose_replica_lags_reuses_no_sequence_number(
    org: Org, tmp_path: Path
) -> None:
    _, files = _restored_with_lagging_replica(org, tmp_path)
    seqs = [seq_of(p) for p in files]
    assert len(seqs) == len(set(seqs)), files


# --- issue 10: junk, forks, reasons, forgotten entries, a read-only folder ---------------------
# Each plays an attack (or an accident) as files anyone who can write the folder could leave:
# no key is needed for junk; a fork needs the device's key (a copied data folder, a laptop
# restored from a backup).


def junk_path(device: str, seq: int, fill: str = "0") -> str:
    """A name that passes the listing's pattern, for a file that is not a change file; it
    sorts before any genuine file of the same number."""
    return f"log/{device}/{seq:012d}-{fill * 16}.chg"


def statuses(station: Workstation, lang: str) -> engine.Status:
    [org_status] = [s for s in engine.status(station.store, lang=lang) if s.scope == "org"]
    return org_status


def own_sha(station: Workstation, seq: int) -> str:
    """The hash of ``station``'s own file ``seq``, as its store recorded it."""
    with station.store.reading() as conn:
        return str(
            conn.execute(
                sa.text(
                    "SELECT sha256 FROM sync_applied WHERE scope = 'org' AND device_id = :d "
                    "AND seq = :q"
                ),
                {"d": station.store.device_id, "q": seq},
            ).scalar_one()
        )


def test_junk_under_a_valid_name_is_quarantined_and_the_feed_goes_on(org: Org) -> None:
    a, b = org.start("A", "B")
    device = a.store.device_id
    next_seq = seq_of(org.log_files("A", device)[-1]) + 1
    junk = junk_path(device, next_seq)
    put(org, "B", junk, b"junk")  # no key needed: only write access to the folder
    before = state(b)
    summary = scope(b.sync(lang="en"))
    assert summary.error is None
    assert [r for r in summary.rejected if r.startswith(junk)], summary.rejected
    assert rejected(b) == {junk: "sync_corrupt"}
    assert state(b) == before
    # The genuine file for that number arrives beside the junk, and the ones after it.
    e1, first = new_employer_file(org, a, "Garage Moderne")
    e2, second = new_employer_file(org, a, "Friterie Chez Léon")
    assert seq_of(first) == next_seq and first != junk
    org.syncer.deliver("A", "B", paths=[second, first])
    summary = scope(b.sync())
    assert summary.error is None and summary.received_files == 2
    assert b.value("employer", e1, "name") == "Garage Moderne"
    assert b.value("employer", e2, "name") == "Friterie Chez Léon"
    # The junk stays quarantined and shown (in the language asked for) while it is there.
    assert rejected(b) == {junk: "sync_corrupt"}
    [entry] = statuses(b, "nl").rejected
    assert entry["reason"] == "dit is geen wijzigingsbestand"
    assert (
        entry["message"].startswith("synchronisatie: ")
        and junk.split("/", 1)[1] in entry["message"]
    )
    assert statuses(b, "fr").rejected[0]["reason"] == "ce n'est pas un fichier de changements"
    # Junk at an already applied number holds nothing back either.
    put(org, "B", junk_path(device, next_seq, "1"), b"")
    e3, third = new_employer_file(org, a, "Boucherie du Coin")
    org.syncer.deliver("A", "B", paths=[third])
    assert scope(b.sync()).received_files == 1
    assert b.value("employer", e3, "name") == "Boucherie du Coin"
    assert device_ops(b, device) == device_ops(a, device)


def test_a_half_copied_file_beside_junk_is_applied_once_the_copy_completes_in_place(
    org: Org,
) -> None:
    a, b = org.start("A", "B")
    device = a.store.device_id
    eid, path = new_employer_file(org, a, "Garage Moderne")
    junk = junk_path(device, seq_of(path))
    put(org, "B", junk, b"PACTECHG\x00\x00")  # looks like the start of a change file
    org.syncer.deliver("A", "B", paths=[path], partial={path: 150})
    before = state(b)
    for _ in range(2):  # the listing does not change between these passes
        summary = scope(b.sync())
        assert summary.received_files == 0
        assert rejected(b) == {junk: "sync_corrupt", path: "sync_corrupt"}
        assert state(b) == before
    org.syncer.deliver("A", "B", paths=[path])  # same name, now complete
    summary = scope(b.sync())
    assert summary.received_files == 1
    assert b.value("employer", eid, "name") == "Garage Moderne"
    assert rejected(b) == {junk: "sync_corrupt"}


def test_two_valid_files_claiming_one_number_are_a_fork_applied_only_once_accepted(
    org: Org, pacte: Any
) -> None:
    a, b = org.start("A", "B")
    eid, _ = new_employer_file(org, a, "Garage Moderne")
    org.settle()
    device = a.store.device_id
    wall = _now_ms() + 60_000
    # Two files for A's next number, both signed with A's key (a copied data folder).
    one = [op_dict(device, str(Stamp(wall, 0, device)), "employer", eid, "update", {"notes": "1"})]
    two = [op_dict(device, str(Stamp(wall, 1, device)), "employer", eid, "update", {"box": "2"})]
    (n1, d1), (n2, d2) = craft(a, one), craft(a, two)
    assert n1[:12] == n2[:12] and n1 != n2
    p1, p2 = f"log/{device}/{n1}", f"log/{device}/{n2}"
    put(org, "B", p1, d1)
    put(org, "B", p2, d2)
    # And a later file that follows the first branch: it waits behind the fork.
    after = [
        op_dict(device, str(Stamp(wall, 2, device)), "employer", eid, "update", {"number": "3"})
    ]
    n3, d3 = craft(a, after, seq=seq_of(p1) + 1, prev=hashlib.sha256(d1).hexdigest())
    put(org, "B", f"log/{device}/{n3}", d3)
    before = state(b)
    for _ in range(2):
        summary = scope(b.sync(lang="en"))
        assert summary.error is None and summary.received_files == 0
        assert state(b) == before  # neither branch applied silently
        [fork] = statuses(b, "en").rejected
        assert fork["code"] == "sync_fork"
        assert {fork["path"], fork["params"]["other"]} == {p1, p2}
        assert n1 in fork["message"] and n2 in fork["message"]
        assert f"pacte sync accept-fork {device}" in fork["message"]
        assert f"pacte sync revoke {device}" in fork["message"]
    # Shown by `pacte sync status` too, in the language asked for.
    shown = pacte("--lang", "nl", "sync", "status", data_dir=b.store.data_dir)
    assert "splitsing" in shown.out and n1 in shown.out and n2 in shown.out
    # The user decides both branches are genuine: both apply, and what follows either.
    accepted = pacte("sync", "accept-fork", device[:6], data_dir=b.store.data_dir)
    assert accepted.code == 0, accepted.err
    assert device in accepted.out
    summary = scope(b.sync())
    assert summary.received_files == 3 and summary.rejected == []
    assert rejected(b) == {}
    assert [b.value("employer", eid, f) for f in ("notes", "box", "number")] == ["1", "2", "3"]
    refused = pacte("sync", "accept-fork", device, data_dir=b.store.data_dir)
    assert refused.code == 1 and "bifurcation" in refused.err


def test_a_second_valid_file_at_an_applied_number_is_a_fork_and_holds_the_device_back(
    org: Org,
) -> None:
    a, b = org.start("A", "B")
    eid, path = new_employer_file(org, a, "Garage Moderne")
    org.settle()
    device = a.store.device_id
    seq = seq_of(path)
    stamp = str(Stamp(_now_ms() + 60_000, 0, device))
    forged_ops = [op_dict(device, stamp, "employer", eid, "update", {"name": "HACKED"})]
    # Written with A's key for a number B has already applied, after the right predecessor.
    name, data = craft(a, forged_ops, seq=seq, prev=own_sha(a, seq - 1))
    second = f"log/{device}/{name}"
    put(org, "B", second, data)
    e2, later = new_employer_file(org, a, "Friterie Chez Léon")
    org.syncer.deliver("A", "B", paths=[later])
    before = state(b)
    summary = scope(b.sync(lang="en"))
    assert summary.error is None and summary.received_files == 0
    assert state(b) == before
    assert b.value("employer", eid, "name") == "Garage Moderne"
    assert b.value("employer", e2, "name") is None  # A's later files wait behind the fork
    assert rejected(b) == {second: "sync_fork"}
    [fork] = statuses(b, "en").rejected
    assert fork["params"]["other"] == path
    assert f"two valid files carry number {seq}" in fork["message"]


def test_a_broken_chain_after_a_loaded_snapshot_is_a_fork(org: Org) -> None:
    a, _ = org.start("A", "B")
    eid, _ = new_employer_file(org, a, "Garage Moderne")
    org.settle()
    device = a.store.device_id
    transport = folder.FolderTransport(org.syncer.replica("A"))
    snap = engine.OrgSync(a.store, transport, engine.ScopeSummary("org"), None).maybe_snapshot(
        force=True
    )
    assert snap is not None
    org.syncer.replica("C")
    org.syncer.exchange()
    c = org.net.join("C", root=org.syncer.replica("C"))
    org.by_name["C"] = c
    with c.store.reading() as conn:
        covered = conn.execute(
            sa.text(
                "SELECT seq, sha256 FROM sync_applied WHERE scope = 'org' AND device_id = :d "
                "AND name = :n"
            ),
            {"d": device, "n": f"snapshot:{snap}"},
        ).one()
    assert c.value("employer", eid, "name") == "Garage Moderne"
    # A's next file, signed by A, names as its previous file one that is not the one the
    # snapshot covers (a branch C never saw).
    stamp = str(Stamp(_now_ms() + 60_000, 0, device))
    ops = [op_dict(device, stamp, "employer", eid, "update", {"notes": "other branch"})]
    name, data = craft(a, ops, seq=covered[0] + 1, prev=hashlib.sha256(b"elsewhere").hexdigest())
    path = f"log/{device}/{name}"
    put(org, "C", path, data)
    before = state(c)
    summary = scope(c.sync(lang="en"))
    assert summary.error is None and summary.received_files == 0
    assert state(c) == before
    assert rejected(c) == {path: "sync_fork"}
    [fork] = statuses(c, "en").rejected
    assert fork["params"]["other"] == snap
    assert f"not the one applied at number {covered[0]}" in fork["message"]


def test_a_rejected_entry_is_forgotten_once_its_file_is_gone(org: Org) -> None:
    a, b = org.start("A", "B")
    device = a.store.device_id
    next_seq = seq_of(org.log_files("A", device)[-1]) + 1
    junk = junk_path(device, next_seq)
    put(org, "B", junk, b"junk")
    intruder = uuid.uuid4().hex[:16]
    put(org, "B", f"keys/{intruder}.json", b"{}")
    stranger = f"log/{intruder}/{1:012d}-{'a' * 16}.chg"
    put(org, "B", stranger, b"junk")
    scope(b.sync())
    assert rejected(b) == {
        junk: "sync_corrupt",
        f"keys/{intruder}.json": "sync_corrupt",
        f"log/{intruder}": "sync_forged",
    }
    (org.syncer.replica("B") / junk).unlink()
    (org.syncer.replica("B") / f"keys/{intruder}.json").unlink()
    scope(b.sync())
    assert rejected(b) == {f"log/{intruder}": "sync_forged"}  # its directory is still there
    shutil.rmtree(org.syncer.replica("B") / f"log/{intruder}")
    summary = scope(b.sync())
    assert summary.rejected == [] and rejected(b) == {}
    eid, _ = new_employer_file(org, a, "Garage Moderne")
    org.syncer.exchange()
    assert scope(b.sync()).received_files == 1
    assert b.value("employer", eid, "name") == "Garage Moderne"


@contextlib.contextmanager
def read_only(folder_path: Path) -> Iterator[str]:
    """Make ``folder_path`` refuse writes for real, by the first means that does here:
    permissions (as an ordinary user), a read-only bind mount or the immutable attribute (as
    root, where permissions refuse nothing). Yields the means; skips, saying why, when none
    refuses writes."""
    tried: list[str] = []

    def refuses() -> bool:
        probe = folder_path / "log" / ".write-probe.tmp"
        try:
            probe.write_bytes(b"x")
        except OSError:
            return True
        probe.unlink()
        return False

    dirs = [folder_path, *(p for p in folder_path.rglob("*") if p.is_dir())]
    modes = {d: d.stat().st_mode for d in dirs}
    for d in dirs:
        d.chmod(0o555)
    try:
        if refuses():
            yield "chmod"
            return
    finally:
        for d, mode in modes.items():
            d.chmod(mode)
    tried.append("chmod (root writes anyway)")
    mount, umount = shutil.which("mount"), shutil.which("umount")
    if mount and umount and sys.platform.startswith("linux"):
        bind = subprocess.run(
            [mount, "--bind", str(folder_path), str(folder_path)], capture_output=True
        )
        if bind.returncode == 0:
            try:
                ro = subprocess.run(
                    [mount, "-o", "remount,bind,ro", str(folder_path)], capture_output=True
                )
                if ro.returncode == 0 and refuses():
                    yield "read-only bind mount"
                    return
                tried.append(f"read-only bind mount ({ro.stderr.decode().strip() or 'writable'})")
            finally:
                subprocess.run([umount, str(folder_path)], capture_output=True)
        else:
            tried.append(f"bind mount ({bind.stderr.decode().strip()})")
    chattr = shutil.which("chattr")
    if chattr:
        done = subprocess.run([chattr, "-R", "+i", str(folder_path)], capture_output=True)
        try:
            if done.returncode == 0 and refuses():
                yield "chattr +i"
                return
            tried.append(f"chattr +i ({done.stderr.decode().strip() or 'writable'})")
        finally:
            subprocess.run([chattr, "-R", "-i", str(folder_path)], capture_output=True)
    pytest.skip("nothing here makes a folder refuse writes: " + "; ".join(tried))


def test_a_read_only_folder_is_still_received_and_says_why_nothing_was_sent(
    org: Org, pacte: Any
) -> None:
    a, b = org.start("A", "B")
    eid, _ = new_employer_file(org, a, "Garage Moderne")
    org.syncer.exchange()
    mine = b.employer("Friterie Chez Léon")  # waits to be published
    replica = org.syncer.replica("B")
    listing = sorted(p.relative_to(replica).as_posix() for p in replica.rglob("*"))
    with read_only(replica) as how:
        summary = b.sync(lang="en")
        result = scope(summary)
        assert result.error is None, (how, result.error)
        assert result.received_files == 1
        assert b.value("employer", eid, "name") == "Garage Moderne"
        assert result.published_files == 0 and not summary.ok
        assert result.publish_error is not None
        assert str(replica) in result.publish_error
        reason = "the medium is read-only" if how == "read-only bind mount" else "permission denied"
        assert reason in result.publish_error, (how, result.publish_error)
        [org_status] = [s for s in engine.status(b.store, lang="fr") if s.scope == "org"]
        assert org_status.pending_ops > 0
        assert "rien n'a pu être écrit" in org_status.last_pass["publish_error"]
        shown = pacte("--lang", "nl", "sync", "status", data_dir=b.store.data_dir)
        assert "versturen onmogelijk" in shown.out and "kon niets" in shown.out
        cli = pacte("--lang", "en", "sync", data_dir=b.store.data_dir)
        assert cli.code == 1 and "nothing could be written" in cli.err
    assert sorted(p.relative_to(replica).as_posix() for p in replica.rglob("*")) == listing
    # Writable again: what waited goes out.
    result = scope(b.sync())
    assert result.publish_error is None and result.published_files == 1
    org.syncer.exchange()
    a.sync()
    assert a.value("employer", mine, "name") == "Friterie Chez Léon"
