"""Any delivery order converges (docs/sync.md rules 2, 3, 4 and failure-matrix cases 2, 3, 4, 12).

Three workstations of one organisation, each syncing with its own replica folder; a simulated
folder syncer copies files between replicas one at a time, in any order, twice, with old
modification times and with "conflicted copy" litter beside them. Random edits (several fields,
clearing a field, archive and restore), creations and deletes are interleaved with partial syncs
in any order. After a final full round, the three stores hold the same rows, the same journal and
the same open conflicts, and these agree with the pure merge rule of ``sync/merge.py``.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from workstations import OrgNet, Workstation

from pacte_desktop.domain.entities import ContactPerson, Employer
from pacte_desktop.domain.errors import PacteError
from pacte_desktop.services import records
from pacte_desktop.store.unit_of_work import UnitOfWork
from pacte_desktop.sync import received
from pacte_desktop.sync.merge import DELETED, ReplicaState

STATIONS = 3
OLD_MTIME = 978_307_200  # 2001-01-01: a syncer that keeps the old modification time

EMPLOYER_VALUES: dict[str, list[Any]] = {
    "name": ["Boulangerie du Parvis", "Garage Moderne", "Friterie Chez Léon"],
    "phone": ["02 537 12 34", "0470 12 34 56", ""],
    "email": ["info@parvis.be", "jobs@garage-moderne.be", ""],
    "notes": ["à rappeler en mars", "très intéressé par l'article 60", ""],
    "status": ["prospect", "active", "dormant"],
    "tags": ["HORECA", "HORECA,Club des entrepreneurs", ""],
    "postcode": ["1060", "1000", ""],
    "do_not_share": [True, False],
}
CONTACT_VALUES: dict[str, list[Any]] = {
    "name": ["Mme Peeters", "M. Janssens", "Mme El Idrissi"],
    "role": ["gérante", "RH", ""],
    "phone": ["02 218 00 00", "0470 12 34 56", ""],
    "email": ["rh@parvis.be", "direction@garage-moderne.be", ""],
    "preferred_language": ["fr", "nl", ""],
    "notes": ["préfère le matin", ""],
}
KINDS = {"employer": Employer, "contact_person": ContactPerson}

station = st.integers(0, STATIONS - 1)
index = st.integers(0, 50)
step = st.one_of(
    st.tuples(st.just("create_employer"), station, index),
    st.tuples(st.just("create_contact"), station, index, index),
    st.tuples(
        st.just("edit"),
        station,
        st.just("employer"),
        index,
        st.sampled_from(sorted(EMPLOYER_VALUES)),
        index,
    ),
    st.tuples(
        st.just("edit"),
        station,
        st.just("contact_person"),
        index,
        st.sampled_from(sorted(CONTACT_VALUES)),
        index,
    ),
    st.tuples(
        st.sampled_from(["archive", "restore", "delete"]),
        station,
        st.sampled_from(sorted(KINDS)),
        index,
    ),
    st.tuples(st.just("sync"), station),
    st.tuples(st.just("deliver"), station, station, index, st.booleans()),
    st.tuples(st.just("duplicate"), station, station, index),
    st.tuples(st.just("litter"), station, station, index),
    st.tuples(st.just("flood"), station, station),
)
scenarios = st.lists(step, min_size=4, max_size=30)


# --- the simulated folder syncer ---------------------------------------------------------------


@dataclass
class Replicas:
    """One replica folder per workstation and a syncer that copies files between them."""

    stations: list[Workstation]
    delivered: int = 0
    litter: int = 0

    def files(self, who: int) -> dict[str, Path]:
        root = self.stations[who].root
        out = {}
        for path in root.rglob("*"):
            if path.is_file() and not path.name.endswith(".part") and "probe" not in path.name:
                out[path.relative_to(root).as_posix()] = path
        return out

    def writer_of(self, rel: str) -> str | None:
        parts = rel.split("/")
        if parts[0] in ("log",) and len(parts) > 2:
            return parts[1]
        if parts[0] in ("keys", "acks") and len(parts) == 2:
            return parts[1][:16]
        if parts[0] == "snap":
            return parts[1][:16]
        return None

    def deliverable(self, src: int, dst: int) -> list[str]:
        """Files of ``src`` that ``dst`` lacks, or that ``src`` wrote and rewrote since (acks)."""
        if src == dst:
            return []
        theirs = self.files(dst)
        mine = self.files(src)
        out = []
        for rel, path in mine.items():
            if rel not in theirs or (
                self.writer_of(rel) == self.stations[src].store.device_id
                and (path.read_bytes() != theirs[rel].read_bytes())
            ):
                out.append(rel)
        return sorted(out)

    def copy(self, src: int, dst: int, rel: str, *, old: bool = False) -> None:
        source = self.stations[src].root / rel
        target = self.stations[dst].root / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        # Like a syncer: write a temporary name, then move it into place.
        temp = target.parent / f".syncthing.{target.name}.tmp"
        shutil.copyfile(source, temp)
        os.replace(temp, target)
        if old:
            os.utime(target, (OLD_MTIME, OLD_MTIME))
        self.delivered += 1

    def deliver(self, src: int, dst: int, k: int, *, old: bool = False) -> None:
        """One file, chosen among those missing: so files arrive out of order, with gaps."""
        todo = self.deliverable(src, dst)
        if todo:
            self.copy(src, dst, todo[k % len(todo)], old=old)

    def duplicate(self, src: int, dst: int, k: int) -> None:
        """A file both already have, delivered again."""
        if src == dst:
            return
        mine, theirs = self.files(src), self.files(dst)
        both = sorted(
            rel
            for rel in mine
            if rel in theirs
            and rel.startswith("log/")
            and mine[rel].read_bytes() == theirs[rel].read_bytes()
        )
        if both:
            self.copy(src, dst, both[k % len(both)])

    def add_litter(self, src: int, dst: int, k: int) -> None:
        """A conflicted copy and a syncer temp file beside a change file: to be ignored."""
        logs = sorted(rel for rel in self.files(src) if rel.startswith("log/"))
        if not logs:
            return
        rel = logs[k % len(logs)]
        source = self.stations[src].root / rel
        folder = self.stations[dst].root / rel.rsplit("/", 1)[0]
        folder.mkdir(parents=True, exist_ok=True)
        stem = source.name[: -len(".chg")]
        shutil.copyfile(source, folder / f"{stem} (conflicted copy 2026-01-01).chg")
        shutil.copyfile(source, folder / f"{stem}.sync-conflict-20260101-120000-ABCDEFG.chg")
        (folder / f"~{source.name}.tmp").write_bytes(source.read_bytes()[:10])
        self.litter += 3

    def flood(self, src: int, dst: int) -> None:
        for rel in self.deliverable(src, dst):
            self.copy(src, dst, rel)

    def flood_all(self) -> None:
        for src in range(len(self.stations)):
            for dst in range(len(self.stations)):
                self.flood(src, dst)


# --- a scenario --------------------------------------------------------------------------------


@dataclass
class World:
    net: OrgNet
    stations: list[Workstation]
    replicas: Replicas
    employers: list[str] = field(default_factory=list)
    contacts: list[str] = field(default_factory=list)
    done: dict[str, int] = field(default_factory=dict)

    def count(self, what: str) -> None:
        self.done[what] = self.done.get(what, 0) + 1


def build_world(tmp: Path) -> World:
    """A creates the organisation's root in its replica; B and C join from copies of it."""
    net = OrgNet(tmp)
    roots = [tmp / f"replica-{n}" for n in "ABC"]
    roots[0].mkdir()
    a = net.first("A", root=roots[0])
    employers = [
        a.employer("Boulangerie du Parvis", postcode="1060"),
        a.employer("Garage Moderne", phone="02 537 12 34"),
    ]
    contacts = [a.create(ContactPerson, {"employer_id": employers[0], "name": "Mme Peeters"})]
    a.sync()
    for root in roots[1:]:
        shutil.copytree(roots[0], root)
    b = net.join("B", root=roots[1])
    c = net.join("C", root=roots[2])
    stations = [a, b, c]
    return World(net, stations, Replicas(stations), employers, contacts)


def attempt(world: World, what: str, action: Callable[[], object]) -> None:
    """Run a local change; a change this workstation cannot make now (the record is not there
    yet, was deleted, is archived, is still referred to) is simply not made."""
    try:
        action()
    except (PacteError, KeyError):
        world.count(f"{what}-refused")
    else:
        world.count(what)


def run_step(world: World, item: tuple[Any, ...]) -> None:
    kind = item[0]
    stations, replicas = world.stations, world.replicas
    if kind == "create_employer":
        _, who, k = item
        names = EMPLOYER_VALUES["name"]
        world.employers.append(
            stations[who].employer(f"{names[k % len(names)]} {len(world.employers)}")
        )
        world.count(kind)
    elif kind == "create_contact":
        _, who, e, k = item
        employer_id = world.employers[e % len(world.employers)]
        names = CONTACT_VALUES["name"]

        def create() -> None:
            world.contacts.append(
                stations[who].create(
                    ContactPerson, {"employer_id": employer_id, "name": names[k % len(names)]}
                )
            )

        attempt(world, kind, create)
    elif kind == "edit":
        _, who, table, r, name, v = item
        pool = world.employers if table == "employer" else world.contacts
        values = EMPLOYER_VALUES if table == "employer" else CONTACT_VALUES
        record_id = pool[r % len(pool)]
        value = values[name][v % len(values[name])]
        attempt(world, kind, lambda: stations[who].edit(KINDS[table], record_id, {name: value}))
    elif kind in ("archive", "restore", "delete"):
        _, who, table, r = item
        pool = world.employers if table == "employer" else world.contacts
        record_id = pool[r % len(pool)]
        cls = KINDS[table]
        operation = {"archive": records.archive, "restore": records.restore}.get(kind)

        def change() -> None:
            store = stations[who].store
            with UnitOfWork(store) as uow:
                if operation is None:
                    records.delete(uow, cls, record_id)
                else:
                    operation(uow, cls, record_id)
                uow.commit()

        attempt(world, kind, change)
    elif kind == "sync":
        summary = stations[item[1]].sync()
        assert summary.ok, summary
        world.count(kind)
    elif kind == "deliver":
        _, src, dst, k, old = item
        replicas.deliver(src, dst, k, old=old)
    elif kind == "duplicate":
        _, src, dst, k = item
        replicas.duplicate(src, dst, k)
    elif kind == "litter":
        _, src, dst, k = item
        replicas.add_litter(src, dst, k)
    elif kind == "flood":
        _, src, dst = item
        replicas.flood(src, dst)
    else:  # pragma: no cover - the strategy makes only the kinds above
        raise AssertionError(kind)


def final_round(world: World) -> None:
    """Every station syncs twice in turn, the syncer delivering everything before each pass."""
    for _ in range(2):
        for who, workstation in enumerate(world.stations):
            world.replicas.flood_all()
            summary = workstation.sync()
            assert summary.ok, summary
            [scope] = summary.scopes
            assert scope.rejected == [], (workstation.name, scope.rejected)
            assert scope.waiting == [], (workstation.name, scope.waiting)
            del who


def open_conflicts(workstation: Workstation) -> list[tuple[str, str, str, str, str]]:
    return sorted((c.table, c.row_id, c.field, c.kind, c.lost_hlc) for c in workstation.conflicts())


def scenario(steps: list[tuple[Any, ...]], check: Callable[[World], None]) -> None:
    with tempfile.TemporaryDirectory(prefix="pacte-conv-") as tmp:
        world = build_world(Path(tmp))
        try:
            for item in steps:
                run_step(world, item)
            final_round(world)
            check(world)
        finally:
            world.net.close()


PROPERTY = settings(
    max_examples=int(os.environ.get("PACTE_PROPERTY_EXAMPLES", "30")),
    phases=(Phase.explicit, Phase.reuse, Phase.generate)
    if os.environ.get("NOSHRINK")
    else tuple(Phase),
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


# --- the properties ----------------------------------------------------------------------------


def assert_converged(world: World) -> None:
    a, *others = world.stations
    rows, journal, conflicts = a.rows(), a.journal(), open_conflicts(a)
    for other in others:
        assert other.rows() == rows, f"{other.name} rows differ from A's"
        assert other.journal() == journal, f"{other.name} journal differs from A's"
        assert open_conflicts(other) == conflicts, f"{other.name} conflicts differ from A's"
    # Every local change made it everywhere: the journal holds every device's operations.
    devices = {entry[1] for entry in journal}
    assert {s.store.device_id for s in world.stations} <= devices
    # The litter and duplicates were ignored: no operation journalled twice.
    assert len({(e[0], e[3], e[4]) for e in journal}) == len(journal)


@pytest.mark.slow
@PROPERTY
@given(scenarios)
def test_any_delivery_order_converges(steps: list[tuple[Any, ...]]) -> None:
    scenario(steps, assert_converged)


def _pure_state(journal: list[tuple[Any, ...]]) -> ReplicaState:
    known = {table: set(names) for table, names in received.KNOWN_FIELDS.items()}
    state = ReplicaState()
    for hlc, _device, _worker, table, row_id, kind, fields in journal:
        outcome = state.apply(
            {
                "table": table,
                "row_id": row_id,
                "hlc": hlc,
                "op": kind,
                "fields": json.loads(fields),
            },
            known_tables=known,
        )
        assert outcome == "applied", (table, row_id, hlc, outcome)
    return state


def assert_agrees_with_pure_rule(world: World) -> None:
    for workstation in world.stations:
        journal = workstation.journal()
        # The pure rule is order-independent: feed it the journal backwards.
        state = _pure_state(list(reversed(journal)))
        with workstation.store.reading() as conn:
            for table in ("organisation", "worker", "employer", "contact_person"):
                stored = {
                    row["id"]: dict(row)
                    for row in conn.execute(sa.text(f"SELECT * FROM {table}")).mappings()
                }
                expected_ids = {
                    row_id
                    for (t, row_id) in {(op_t, op_r) for _, _, _, op_t, op_r, _, _ in journal}
                    if t == table and not state.is_deleted(table, row_id)
                }
                assert set(stored) == expected_ids, (workstation.name, table)
                for row_id, row in stored.items():
                    merged = state.row(table, row_id)
                    assert merged is not None
                    for name, (value, _stamp) in merged.items():
                        assert name != DELETED
                        assert row[name] == value, (workstation.name, table, row_id, name)
        # The store also knows which writes the winner had seen (``base``): a conflict it
        # keeps is always one of the pure rule's, which ignores that.
        pure_conflicts = {
            (c.table, c.row_id, c.field, c.kind, c.lost_stamp) for c in state.conflicts
        }
        assert set(open_conflicts(workstation)) <= pure_conflicts, workstation.name
        deleted_edits = {c for c in pure_conflicts if c[3] == "edit after delete"}
        assert deleted_edits <= set(open_conflicts(workstation)), workstation.name


@pytest.mark.slow  # 9-12 s: a property test of sync, like the others here
@settings(PROPERTY, max_examples=max(1, PROPERTY.max_examples // 2))
@given(scenarios)
def test_the_store_merge_agrees_with_the_pure_rule(steps: list[tuple[Any, ...]]) -> None:
    scenario(steps, assert_agrees_with_pure_rule)


def test_a_second_delete_moves_the_cut_past_an_edit_that_had_lost_to_the_first() -> None:
    """Found by the property: C edits a contact after B deleted it and before A deleted it too.
    C first saw only B's delete and kept its edit as lost ("edit after delete"); once A's later
    delete arrived the edit came before the last delete and was no conflict any more — but C
    kept it while A never had it. The open conflicts are now a function of the journal."""
    steps: list[tuple[Any, ...]] = [
        ("sync", 0),
        ("create_employer", 0, 16),
        ("edit", 2, "contact_person", 49, "role", 14),
        ("flood", 2, 0),
        ("archive", 1, "contact_person", 26),
        ("delete", 1, "contact_person", 26),
        ("edit", 0, "employer", 2, "postcode", 29),
        ("flood", 2, 1),
        ("edit", 2, "contact_person", 28, "phone", 4),
        ("sync", 2),
        ("delete", 0, "contact_person", 14),
        ("edit", 2, "employer", 41, "email", 3),
        ("create_contact", 1, 43, 33),
    ]
    scenario(steps, assert_converged)
    scenario(steps, assert_agrees_with_pure_rule)


def test_a_concurrent_edit_delete_and_out_of_order_delivery_converge() -> None:
    """A fixed scenario of the property, so that a failure here is easy to read."""
    steps: list[tuple[Any, ...]] = [
        ("flood", 0, 1),
        ("flood", 0, 2),
        ("flood", 1, 0),
        ("flood", 2, 0),
        ("sync", 0),
        ("edit", 1, "employer", 0, "notes", 0),
        ("edit", 2, "employer", 0, "notes", 1),
        ("edit", 0, "employer", 0, "phone", 2),  # clears the phone
        ("delete", 0, "contact_person", 0),
        ("edit", 1, "contact_person", 0, "role", 0),  # after the delete, not knowing it
        ("archive", 2, "employer", 1),
        ("create_employer", 1, 0),
        ("sync", 1),
        ("sync", 2),
        ("sync", 0),
        ("deliver", 1, 0, 1, True),  # a later file before an earlier one
        ("litter", 1, 0, 0),
        ("sync", 0),
        ("deliver", 1, 0, 0, False),
        ("duplicate", 1, 0, 0),
        ("sync", 0),
        ("restore", 0, "employer", 1),
    ]

    def check(world: World) -> None:
        assert_converged(world)
        assert_agrees_with_pure_rule(world)
        a = world.stations[0]
        assert a.value("contact_person", world.contacts[0], "name") is None  # stays deleted
        kept = [c for c in a.conflicts() if c.kind == "edit after delete"]
        assert [(c.field, c.lost_value) for c in kept] == [("role", "gérante")]
        assert a.value("employer", world.employers[0], "phone") is None
        assert world.replicas.litter == 3

    scenario(steps, check)
