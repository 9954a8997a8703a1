"""Network benchmark: a region's partner network, five years of feeds, snapshots and pruning.

Run: ``.venv/bin/python bench/network.py [--small] [--orgs 30] [--devices 3] [--years 5]``

The network is simulated, not replayed: 30 member organisations (real stores, each set up and
admitted with the real ``setup_network`` and ``admit_member``), each with 3 workstations (the
two others certified by the organisation's key as ``setup`` certifies one), publishing during 5
years of working days (250 a year) one change file per workstation and day of about 9
operations: employers created and edited, their latest contact — about 1 million operations in
110,000 files, written with the real writer (``changefile.write_change_file``: encrypted with
the network key, signed, chained) straight into the folder rather than by a million passes.
Each organisation writes its snapshot with the real writer (``FeedSnapshots.maintain``: the
newest snapshot plus the files after it, every file checked as partners check it) 30 working
days before the end (about 90 files: a feed gets a snapshot every 200 files, so a late joiner
reads on average 100 files of each feed after its snapshot).

Measured, each beside a baseline timed in the same run on the same machine:
- a late joiner (a new organisation: ``setup_network`` and its first pass) reading every
  member's snapshot and the files after it, and the same without snapshots (every file); the
  baselines are listing the feeds (``os.walk``) and a raw ``INSERT … ON CONFLICT`` of the same
  rows (one per record, as ``network_record`` holds them) into a bare SQLite table;
- a pass with nothing new on that member (baseline: listing the feeds);
- a pass receiving one day of changes from every member (one file per workstation), against
  listing the feeds and raw upserts of the day's operations.
``--small`` (5 organisations × 3 workstations × 40 days) runs in under a minute; a test runs it.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import secrets
import shutil
import sqlite3
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pacte_desktop.domain.hlc import Stamp  # noqa: E402
from pacte_desktop.services import workers  # noqa: E402
from pacte_desktop.store.database import Store  # noqa: E402
from pacte_desktop.store.files import HEAD_REVISION  # noqa: E402
from pacte_desktop.store.unit_of_work import UnitOfWork  # noqa: E402
from pacte_desktop.sync import changefile, crypto, engine  # noqa: E402
from pacte_desktop.sync.network_scope import NetworkSync  # noqa: E402
from pacte_desktop.sync.network_snapshot import DAY_MS  # noqa: E402

os.environ.setdefault("PACTE_NETWORK_PASSPHRASE", "benchmark network passphrase")
os.environ.setdefault("PACTE_ORG_PASSPHRASE", "benchmark organisation passphrase")
CHEAP_KDF = crypto.Kdf.argon2id(t=1, m=64, p=1)
WORKING_DAYS = 250
#: Employers an organisation knows when the five years start, and created per year after.
EMPLOYERS = 400
NEW_PER_YEAR = 120
#: Working days of files after the newest snapshot (about half of 200 files a feed: 3 a day).
AFTER = 30


@dataclass
class Device:
    """A workstation of a member, as its feed shows it: its id, key and chain."""

    id: str
    key: Any
    seq: int = 0
    prev: str | None = None
    counter: int = 0


@dataclass
class Member:
    store: Store
    org_id: str
    devices: list[Device]
    employers: list[str] = field(default_factory=list)


def _store(folder: Path, name: str) -> Store:
    store = Store.open(folder / name, daily_backup=False)
    with UnitOfWork(store, worker_id="") as uow:
        workers.init_organisation(uow, name=name, org_type="isp", worker="W")
        uow.commit()
    return store


def _network_key(store: Store) -> bytes:
    key = engine.LocalState(store).secret("network.content_key")
    assert key is not None
    return key


def build(folder: Path, orgs: int, devices: int) -> tuple[Path, list[Member]]:
    """The network: ``orgs`` real stores set up and admitted, ``devices`` workstations each
    (certified by the organisation's key in its feed)."""
    net = folder / "network"
    net.mkdir()
    where = engine.Location("folder", str(net))
    members: list[Member] = []
    for i in range(orgs):
        store = _store(folder, f"org{i:02d}")
        engine.setup_network(store, where, coordinator=i == 0, kdf=CHEAP_KDF)
        org_id = store.local("organisation_id")
        assert org_id is not None
        if i:
            engine.admit_member(members[0].store, org_id)
        org_key = crypto.private_key_from_bytes(
            engine.LocalState(store).secret("org.private_key")  # type: ignore[arg-type]
        )
        made = []
        for _ in range(devices):
            device = Device(secrets.token_hex(8), crypto.generate_signing_key())
            cert = crypto.issue_certificate(
                org_private_key=org_key,
                org_id=org_id,
                device_id=device.id,
                device_public_key=device.key.public_key(),
            )
            (net / "feeds" / org_id / "keys" / f"{device.id}.json").write_text(json.dumps(cert))
            (net / "feeds" / org_id / "log" / device.id).mkdir(parents=True)
            made.append(device)
        members.append(Member(store, org_id, made))
    return net, members


def _employer(org: int, n: int, rng: random.Random) -> dict[str, Any]:
    return {
        "name": f"Employeur {org:02d}-{n:05d}",
        "street": rng.choice(["Rue de la Victoire", "Chaussée de Waterloo", "Parvis"]),
        "number": str(rng.randint(1, 200)),
        "postcode": rng.choice(["1060", "1000", "1190", "1050"]),
        "commune": "Saint-Gilles",
        "phone": f"+322{rng.randint(1000000, 9999999)}",
        "languages": json.dumps(rng.sample(["fr", "nl", "en"], 2)),
        "status": "active",
        "withdrawn": False,
    }


def day_ops(
    member: Member, index: int, device: Device, wall_ms: int, per_day: int, rng: random.Random
) -> list[dict[str, Any]]:
    """One workstation's operations of one working day: edits of known employers, a new one
    now and then, the latest contact of those visited."""
    ops: list[dict[str, Any]] = []

    def op(table: str, row_id: str, fields: dict[str, Any]) -> None:
        device.counter += 1
        stamp = str(Stamp(wall_ms + device.counter % 1000, device.counter % 65536, device.id))
        ops.append(
            {"table": table, "row_id": row_id, "hlc": stamp, "op": "update", "fields": fields}
        )

    if rng.random() < NEW_PER_YEAR / WORKING_DAYS / len(member.devices):
        row = f"{member.org_id[:8]}-{len(member.employers):06d}-{device.id[:4]}"
        member.employers.append(row)
        op("employer", row, _employer(index, len(member.employers), rng))
    while len(ops) < per_day:
        row = rng.choice(member.employers)
        if rng.random() < 0.3:
            date = time.strftime("%Y-%m-%d", time.gmtime(wall_ms / 1000))
            op("employer_knowledge", row, {"latest_contact": date, "withdrawn": False})
        else:
            op("employer", row, {"phone": f"+322{rng.randint(1000000, 9999999)}"})
    return ops


def write_file(net: Path, member: Member, device: Device, ops: list[dict[str, Any]]) -> None:
    device.seq += 1
    name, data = changefile.write_change_file(
        ops,
        scope="network",
        org_id=member.org_id,
        device_id=device.id,
        seq=device.seq,
        prev=device.prev,
        schema=HEAD_REVISION,
        charter=1,
        content_key=_network_key(member.store),
        device_private_key=device.key,
    )
    (net / "feeds" / member.org_id / "log" / device.id / name).write_bytes(data)
    device.prev = hashlib.sha256(data).hexdigest()


def generate(net: Path, members: list[Member], days: range, per_day: int, total_days: int) -> int:
    """The working days ``days`` (of ``total_days`` ending yesterday) of every workstation of
    every member; day 0 also creates the employers each organisation knows. Returns the
    operations written."""
    rng = random.Random(1060 + days.start)
    start = time.time_ns() // 1_000_000 - (total_days + 2) * DAY_MS
    total = 0
    for index, member in enumerate(members):
        if days.start == 0:
            first = member.devices[0]
            member.employers = [f"{member.org_id[:8]}-{n:06d}" for n in range(EMPLOYERS)]
            initial = [_employer(index, n, rng) for n in range(EMPLOYERS)]
            chunk: list[dict[str, Any]] = []
            for row, fields in zip(member.employers, initial, strict=True):
                first.counter += 1
                stamp = str(Stamp(start, first.counter, first.id))
                chunk.append(
                    {
                        "table": "employer",
                        "row_id": row,
                        "hlc": stamp,
                        "op": "update",
                        "fields": fields,
                    }
                )
            write_file(net, member, first, chunk)
            total += len(chunk)
        for day in days:
            wall = start + (day + 1) * DAY_MS
            for device in member.devices:
                device.counter = 0
                ops = day_ops(member, index, device, wall, per_day, rng)
                write_file(net, member, device, ops)
                total += len(ops)
    return total


def one_more_day(net: Path, members: list[Member], per_day: int) -> list[dict[str, Any]]:
    """Today's changes: one file per workstation of every member; the operations written."""
    rng = random.Random(1190)
    wall = time.time_ns() // 1_000_000 - 3_600_000
    written: list[dict[str, Any]] = []
    for index, member in enumerate(members):
        for device in member.devices:
            device.counter = 0
            ops = day_ops(member, index, device, wall, per_day, rng)
            write_file(net, member, device, ops)
            written.extend({**op, "org": member.org_id} for op in ops)
    return written


def write_snapshots(members: list[Member]) -> float:
    """Each member writes its snapshot with the real writer; the time of the slowest one."""
    slowest = 0.0
    for member in members:
        location = engine.LocalState(member.store).location("network")
        assert location is not None
        sync = NetworkSync(member.store, location.open(), engine.ScopeSummary("network"), None)
        start = time.perf_counter()
        name = sync.snapshots().maintain(force=True)
        slowest = max(slowest, time.perf_counter() - start)
        assert name is not None
    return slowest


def listing(net: Path) -> float:
    start = time.perf_counter()
    count = 0
    for _, _, files in os.walk(net / "feeds"):
        count += len(files)
    return time.perf_counter() - start


def raw_upsert(folder: Path, rows: list[tuple[str, str, str, str]]) -> float:
    """Raw ``INSERT … ON CONFLICT`` of ``rows`` (table, org, id, JSON data) into a bare table."""
    path = folder / f"raw-{secrets.token_hex(4)}.sqlite"
    raw = sqlite3.connect(path)
    raw.execute("PRAGMA journal_mode = WAL")
    raw.execute(
        "CREATE TABLE record (table_name TEXT, org_id TEXT, row_id TEXT, data TEXT, "
        "PRIMARY KEY (table_name, org_id, row_id))"
    )
    start = time.perf_counter()
    with raw:
        raw.executemany(
            "INSERT INTO record VALUES (?, ?, ?, ?) ON CONFLICT(table_name, org_id, row_id) "
            "DO UPDATE SET data = excluded.data",
            rows,
        )
    elapsed = time.perf_counter() - start
    raw.close()
    return elapsed


def join_late(folder: Path, net: Path, coordinator: Store, name: str) -> tuple[float, Store]:
    """A new organisation joins: ``setup_network`` ends with its first pass, which reads the
    whole network (the feeds of admitted members are read before this one is admitted)."""
    store = _store(folder, name)
    start = time.perf_counter()
    result = engine.setup_network(store, engine.Location("folder", str(net)), kdf=CHEAP_KDF)
    elapsed = time.perf_counter() - start
    assert result.pass_summary is not None and result.pass_summary.ok, result.pass_summary
    org_id = store.local("organisation_id")
    assert org_id is not None
    engine.admit_member(coordinator, org_id)
    return elapsed, store


def records(store: Store) -> list[tuple[str, str, str, str]]:
    with store.reading() as conn:
        return [
            (str(t), str(o), str(r), str(d))
            for t, o, r, d in conn.exec_driver_sql(
                "SELECT table_name, org_id, row_id, data FROM network_record"
            )
        ]


def run(
    folder: Path, orgs: int, devices: int, days: int, per_day: int
) -> list[tuple[str, float, float, str]]:
    t0 = time.perf_counter()
    net, members = build(folder, orgs, devices)
    built = time.perf_counter() - t0
    t0 = time.perf_counter()
    # The snapshots are written AFTER days before the end (a snapshot every 200 files of a
    # feed: a late joiner also reads the files written since the newest one).
    after = min(AFTER, days // 4)
    total = generate(net, members, range(days - after), per_day, days)
    slowest = write_snapshots(members)
    total += generate(net, members, range(days - after, days), per_day, days)
    generated = time.perf_counter() - t0 - slowest * len(members)
    files = sum(1 for _, _, f in os.walk(net / "feeds") for n in f if n.endswith(".chg"))
    print(
        f"network: {orgs} organisations x {devices} workstations x {days} working days: "
        f"{total:,} operations in {files:,} change files (set up {built:.1f} s, written in "
        f"about {generated:.0f} s; snapshots written {after} working days before the end)",
        flush=True,
    )
    rows_out: list[tuple[str, float, float, str]] = []
    rows_out.append(("snapshot written (slowest member)", slowest, listing(net), "listing"))

    with_snap, joiner = join_late(folder, net, members[0].store, "late-snap")
    state = [r for r in records(joiner) if r[1] != joiner.local("organisation_id")]
    rows_out.append(("late joiner, snapshots", with_snap, listing(net), "listing"))
    rows_out.append(("late joiner, snapshots", with_snap, raw_upsert(folder, state), "raw upsert"))

    hidden = []
    for member in members:
        snap = net / "feeds" / member.org_id / "snap"
        if snap.exists():
            snap.rename(snap.with_name(".snap-hidden"))
            hidden.append(snap)
    without, other = join_late(folder, net, members[0].store, "late-files")
    for snap in hidden:
        snap.with_name(".snap-hidden").rename(snap)
    assert sorted(r for r in records(other) if r[1] in {m.org_id for m in members}) == sorted(
        r for r in records(joiner) if r[1] in {m.org_id for m in members}
    ), "a late joiner from snapshots must hold what one from every file holds"
    rows_out.append(("late joiner, every file (no snapshot)", without, listing(net), "listing"))
    rows_out.append(
        ("late joiner, every file (no snapshot)", without, raw_upsert(folder, state), "raw upsert")
    )
    other.close()

    engine.sync_pass(joiner, scopes=("network",))  # its own first publication settles
    start = time.perf_counter()
    summary = engine.sync_pass(joiner, scopes=("network",))
    noop = time.perf_counter() - start
    assert summary.scopes[0].received_files == 0, summary
    rows_out.append(("pass with nothing new", noop, listing(net), "listing"))

    today = one_more_day(net, members, per_day)
    start = time.perf_counter()
    summary = engine.sync_pass(joiner, scopes=("network",))
    day = time.perf_counter() - start
    assert summary.scopes[0].received_files == orgs * devices, summary
    day_rows = [(op["table"], op["org"], op["row_id"], json.dumps(op["fields"])) for op in today]
    rows_out.append(("pass receiving one day of every member", day, listing(net), "listing"))
    rows_out.append(
        ("pass receiving one day of every member", day, raw_upsert(folder, day_rows), "raw upsert")
    )
    joiner.close()
    for member in members:
        member.store.close()
    return rows_out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", action="store_true", help="5 x 3 x 40 days: under a minute")
    parser.add_argument("--orgs", type=int, default=30)
    parser.add_argument("--devices", type=int, default=3)
    parser.add_argument("--years", type=float, default=5)
    parser.add_argument("--ops-per-day", type=int, default=9)
    parser.add_argument("--keep", metavar="DIR", help="work in DIR and keep it")
    args = parser.parse_args(argv)
    orgs, days = (5, 40) if args.small else (args.orgs, int(args.years * WORKING_DAYS))
    folder = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="pacte-bench-net-"))
    folder.mkdir(parents=True, exist_ok=True)
    try:
        rows = run(folder, orgs, args.devices, days, args.ops_per_day)
    finally:
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)
    print(f"{'measure':<44} {'ours':>10} {'baseline':>10} {'ratio':>8}  baseline")
    for name, ours, base, what in rows:
        ratio = ours / base if base else float("inf")
        print(f"{name:<44} {ours * 1000:>8.0f}ms {base * 1000:>8.1f}ms {ratio:>7.0f}x  {what}")


if __name__ == "__main__":
    main()
