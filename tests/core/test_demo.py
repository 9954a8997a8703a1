"""Demo data: volumes, validity against the domain's own parsers, journal, determinism, search."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar, cast

import pytest
import sqlalchemy as sa

from pacte_desktop.demo import pools
from pacte_desktop.demo.fill import DemoSummary, fill_demo
from pacte_desktop.domain import bce, contact_rules
from pacte_desktop.domain.entities import (
    OPPORTUNITY_KINDS,
    RECORDS,
    Candidate,
    Entity,
    FollowUp,
    Interaction,
    Opportunity,
    Organisation,
    Placement,
    Worker,
    build,
    normalise,
    specs,
    validate,
)
from pacte_desktop.domain.progress import Cancelled, CancelToken
from pacte_desktop.store.database import Store
from pacte_desktop.store.repository import Repository
from pacte_desktop.store.schema import TABLES, row_to_entity
from pacte_desktop.store.unit_of_work import UnitOfWork

E = TypeVar("E", bound=Entity)

TODAY = dt.date(2026, 11, 27)
EMPLOYERS = 200
SUMMARY_FIELD = {
    "organisation": "organisations",
    "worker": "workers",
    "employer": "employers",
    "contact_person": "contacts",
    "interaction": "interactions",
    "follow_up": "follow_ups",
    "opportunity": "opportunities",
    "candidate": "candidates",
    "placement": "placements",
}


def _fill(
    folder: Path,
    employers: int = EMPLOYERS,
    seed: int = 1060,
    progress: Callable[[int, int], None] | None = None,
) -> tuple[Store, DemoSummary]:
    store = Store.open(folder)
    with UnitOfWork(store) as uow:
        summary = fill_demo(uow, employers=employers, seed=seed, today=TODAY, progress=progress)
        uow.commit()
    return store, summary


def _rows(store: Store, table: str) -> list[dict[str, object]]:
    with store.reading() as conn:
        stmt = sa.select(TABLES[table]).order_by(sa.text("rowid"))
        return [dict(row) for row in conn.execute(stmt).mappings()]


def _entities(store: Store, cls: type[E]) -> list[E]:
    return [cast(E, row_to_entity(cls, row)) for row in _rows(store, cls.TABLE)]


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Store, DemoSummary]]:
    store, summary = _fill(tmp_path_factory.mktemp("demo"))
    yield store, summary
    store.close()


def test_counts_match_the_summary(filled: tuple[Store, DemoSummary]) -> None:
    store, summary = filled
    for table, field in SUMMARY_FIELD.items():
        assert len(_rows(store, table)) == getattr(summary, field), table
    assert summary.employers == EMPLOYERS
    assert summary.organisations == 1 + len(pools.PARTNERS)
    assert summary.workers == len(pools.DEMO_WORKERS)
    assert summary.contacts > EMPLOYERS
    assert summary.interactions == 3 * EMPLOYERS
    assert summary.candidates == EMPLOYERS // 2
    assert summary.placements == EMPLOYERS // 3


def test_an_empty_folder_gets_a_fictitious_organisation_and_local_state(
    filled: tuple[Store, DemoSummary],
) -> None:
    store, _ = filled
    organisations = {o.id: o for o in _entities(store, Organisation)}
    own = organisations[store.local("organisation_id") or ""]
    assert own.name == "CPAS de Saint-Gilles (démo)" and own.org_type == "cpas"
    assert all("(démo)" in o.name for o in organisations.values())
    assert {o.org_type for o in organisations.values()} >= {
        "cpas",
        "ale",
        "maison-emploi",
        "mission-locale",
        "commune",
        "isp",
    }
    workers = _entities(store, Worker)
    assert store.local("worker_id") == workers[0].id
    assert {w.organisation_id for w in workers} == {own.id}


def test_every_row_passes_the_domain_rules_and_parsers(filled: tuple[Store, DemoSummary]) -> None:
    """Each stored value is already what the parsers (phone, e-mail, website...) would store."""
    store, _ = filled
    # The demo invents records, never a person's decisions about them; and no answer to a
    # partner's request: the demo store is in no network.
    for cls in (c for c in RECORDS if c.TABLE != "request_answer"):
        entities = _entities(store, cls)
        assert entities, cls.TABLE
        names = [name for name in specs(cls) if name != "id"]
        for entity in entities:
            validate(entity)
            values = {name: getattr(entity, name) for name in names}
            assert normalise(cls, values) == values, entity
            build(cls, values)


def test_phone_pools_are_valid_belgian_numbers() -> None:
    for prefix in pools.LANDLINE_PREFIXES:
        for suffix in ("0000", "9999"):
            assert contact_rules.phone(prefix + suffix) == prefix + suffix
    for prefix in pools.MOBILE_PREFIXES:
        for suffix in ("000000", "999999"):
            assert contact_rules.phone(prefix + suffix) == prefix + suffix


def test_employers_look_like_saint_gilles(filled: tuple[Store, DemoSummary]) -> None:
    store, _ = filled
    employers = _rows(store, "employer")
    numbers = [e["bce_number"] for e in employers]
    assert all(isinstance(n, str) and bce.normalise(n) == n and n[0] in "01" for n in numbers)
    assert len(set(numbers)) == len(numbers)
    assert all(len(str(e["nace_code"])) == 5 and e["nace_version"] == "2025" for e in employers)
    in_1060 = [e for e in employers if e["postcode"] == "1060"]
    assert len(in_1060) > len(employers) / 2
    assert {(e["commune"], e["commune_nl"]) for e in in_1060} == {("Saint-Gilles", "Sint-Gillis")}
    assert {e["postcode"] for e in employers} > {"1060"}
    assert all(e["street"] and e["street_nl"] for e in employers)
    assert any(e["name_nl"] for e in employers)
    for address in (e["email"] for e in employers if e["email"]):
        assert str(address).endswith(".example")
    for website in (e["website"] for e in employers if e["website"]):
        assert str(website).startswith("https://www.") and str(website).endswith(".example")
    assert any(e["do_not_share"] for e in employers)
    worker_ids = {w["id"] for w in _rows(store, "worker")}
    assert {e["owner_id"] for e in employers} - {None} <= worker_ids


def test_records_are_consistent_with_each_other_and_with_today(
    filled: tuple[Store, DemoSummary],
) -> None:
    store, _ = filled
    with store.reading() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
    interactions = {i.id: i for i in _entities(store, Interaction)}
    assert all(TODAY - dt.timedelta(days=730) <= i.date <= TODAY for i in interactions.values())
    follow_ups = _entities(store, FollowUp)
    linked = [f for f in follow_ups if f.interaction_id]
    for follow_up in linked:
        assert follow_up.interaction_id is not None
        interaction = interactions[follow_up.interaction_id]
        assert interaction.next_action_date == follow_up.due_date
    with_next = [i for i in interactions.values() if i.next_action_date]
    assert len(with_next) == len(linked)
    open_ = [f for f in follow_ups if f.status == "open"]
    assert any(f.due_date < TODAY for f in open_)
    assert any(f.due_date == TODAY for f in open_)
    assert any(TODAY < f.due_date <= TODAY + dt.timedelta(days=6) for f in open_)
    for follow_up in follow_ups:
        done = follow_up.status == "done"
        assert (follow_up.done_on is not None) == done
        if follow_up.done_on is not None:
            assert follow_up.done_on <= TODAY

    opportunities = _entities(store, Opportunity)
    assert {o.kind for o in opportunities} == set(OPPORTUNITY_KINDS)
    for request in (o for o in opportunities if o.kind == "profile-request"):
        assert request.positions >= 5 and len(request.languages) >= 2

    candidates = _entities(store, Candidate)
    codes = [c.code for c in candidates]
    assert len(set(codes)) == len(codes)
    assert all(c.startswith("SG-20") and len(c) == len("SG-2025-0001") for c in codes)
    for candidate in candidates:
        resident = candidate.commune == "Saint-Gilles"
        assert candidate.saint_gilles_resident == resident

    for placement in _entities(store, Placement):
        start, end = placement.start_date, placement.end_date
        assert TODAY - dt.timedelta(days=730) <= start <= TODAY
        for check, days in ((placement.check_3m, 91), (placement.check_6m, 182)):
            assert (check == "pending") == (start + dt.timedelta(days=days) > TODAY)
        if placement.outcome == "ongoing":
            assert end is None or end > TODAY
        else:
            assert end is not None and end <= TODAY


def test_the_journal_has_one_insert_per_record(filled: tuple[Store, DemoSummary]) -> None:
    store, summary = filled
    with store.reading() as conn:
        rows = conn.execute(
            sa.text(
                "SELECT table_name, count(*), count(DISTINCT row_id) FROM journal "
                "WHERE op = 'insert' GROUP BY table_name"
            )
        ).all()
        assert conn.execute(sa.text("SELECT count(*) FROM journal")).scalar() == summary.total
        unattributed = conn.execute(
            sa.text("SELECT count(*) FROM journal WHERE worker_id IS NULL")
        ).scalar()
    per_table = {table: (count, distinct) for table, count, distinct in rows}
    for table, field in SUMMARY_FIELD.items():
        assert per_table[table] == (getattr(summary, field),) * 2, table
    # Only the organisation and workers written before the first worker existed lack an author.
    assert unattributed == 1 + summary.workers


def test_the_same_seed_gives_the_same_data(tmp_path: Path) -> None:
    def names_and_numbers(folder: Path, seed: int) -> list[object]:
        store, _ = _fill(folder, employers=60, seed=seed)
        try:
            employers = [(e["name"], e["bce_number"]) for e in _rows(store, "employer")]
            return [*employers, *(c["code"] for c in _rows(store, "candidate"))]
        finally:
            store.close()

    first = names_and_numbers(tmp_path / "a", 1060)
    assert first == names_and_numbers(tmp_path / "b", 1060)
    assert first != names_and_numbers(tmp_path / "c", 1190)


def test_an_initialised_store_keeps_its_organisation_and_workers(tmp_path: Path) -> None:
    store = Store.open(tmp_path)
    with UnitOfWork(store) as uow:
        org = uow.insert(Organisation(name="Mission locale (test)", org_type="mission-locale"))
        alice = uow.insert(Worker(organisation_id=org.id, name="Alice Test"))
        bob = uow.insert(Worker(organisation_id=org.id, name="Bob Test"))
        uow.insert(Worker(organisation_id=org.id, name="Carl Gone", status="left"))
        store.set_local("organisation_id", org.id, conn=uow.connection)
        store.set_local("worker_id", alice.id, conn=uow.connection)
        uow.commit()
    try:
        with UnitOfWork(store) as uow:
            first = fill_demo(uow, employers=50, today=TODAY)
            uow.commit()
        assert store.local("organisation_id") == org.id
        assert store.local("worker_id") == alice.id
        assert first.organisations == len(pools.PARTNERS)
        assert first.workers == 1  # topped up to three active workers
        active = {w.id for w in _entities(store, Worker) if w.status == "active"}
        assert {alice.id, bob.id} < active and len(active) == 3
        owners = {e["owner_id"] for e in _rows(store, "employer")}
        assert {alice.id, bob.id} <= owners and owners - {None} <= active

        with UnitOfWork(store) as uow:  # a second run adds data, never duplicates
            second = fill_demo(uow, employers=50, today=TODAY)
            uow.commit()
        assert (second.organisations, second.workers) == (0, 0)
        numbers = [e["bce_number"] for e in _rows(store, "employer")]
        codes = [c["code"] for c in _rows(store, "candidate")]
        assert len(numbers) == 100 and len(set(numbers)) == 100
        assert len(set(codes)) == len(codes) == 50
    finally:
        store.close()


def test_search_finds_demo_employers(filled: tuple[Store, DemoSummary]) -> None:
    store, _ = filled
    contact = _rows(store, "contact_person")[0]
    with store.reading() as conn:
        repo = Repository(conn)
        assert repo.search_employer_ids("saint-gil")
        assert contact["employer_id"] in repo.search_employer_ids(str(contact["name"]), limit=500)


def test_progress_counts_every_row(tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []
    store, summary = _fill(tmp_path, employers=30, progress=lambda d, t: calls.append((d, t)))
    store.close()
    assert calls[-1] == (summary.total, summary.total)
    assert all(total == summary.total for _, total in calls)
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)


def test_cancel_stops_and_leaves_nothing(tmp_path: Path) -> None:
    token = CancelToken()
    store = Store.open(tmp_path)
    try:
        with UnitOfWork(store) as uow, pytest.raises(Cancelled):
            fill_demo(
                uow,
                employers=30,
                today=TODAY,
                cancel=token,
                progress=lambda done, total: token.cancel(),
            )
        assert store.local("organisation_id") is None
        assert _rows(store, "employer") == [] and _rows(store, "organisation") == []
    finally:
        store.close()


def test_zero_employers_sets_up_the_organisation_only(tmp_path: Path) -> None:
    store, summary = _fill(tmp_path, employers=0)
    store.close()
    assert summary.total == summary.organisations + summary.workers
