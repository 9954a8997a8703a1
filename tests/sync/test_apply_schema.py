"""Receiving suspends the guard and search triggers of the tables it writes for its bulk
statements (store/triggers.py): the schema must come back byte for byte, after a pass and after
one that fails half-way, and the guards must still refuse a write outside the unit of work."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from workstations import OrgNet, Workstation

from pacte_desktop.domain.entities import ContactPerson, Employer
from pacte_desktop.sync import engine


@pytest.fixture
def net(tmp_path: Path) -> Iterator[OrgNet]:
    n = OrgNet(tmp_path)
    yield n
    n.close()


def schema(station: Workstation) -> list[tuple[str, str]]:
    with station.store.reading() as conn:
        return [
            (str(n), str(s))
            for n, s in conn.execute(
                sa.text("SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY name")
            )
        ]


def _work(a: Workstation) -> None:
    ids = [a.employer(f"Employeur {i}", postcode="1060") for i in range(5)]
    a.create(ContactPerson, {"employer_id": ids[0], "name": "Mme Peeters"})
    for eid in ids:
        a.edit(Employer, eid, {"phone": "02 537 12 34"})
    assert a.sync().ok


def test_a_pass_leaves_the_schema_and_its_guards_as_they_were(net: OrgNet) -> None:
    a, b = net.first("A"), net.join("B")
    before = schema(b)
    _work(a)
    summary = b.sync()
    assert summary.ok and summary.received_ops > 0
    assert schema(b) == before
    with b.store.engine.begin() as conn, pytest.raises(sa.exc.IntegrityError):
        conn.execute(sa.text("UPDATE employer SET phone = 'x'"))  # around the unit of work


def test_a_pass_that_fails_half_way_leaves_the_schema_as_it_was(
    net: OrgNet, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b = net.first("A"), net.join("B")
    before = schema(b)
    _work(a)

    def crash(*args: object, **kwargs: object) -> None:
        raise RuntimeError("killed while applying")

    monkeypatch.setattr(engine.OrgSync, "mark_applied", crash)
    with pytest.raises(RuntimeError):
        b.sync()
    assert schema(b) == before
    monkeypatch.undo()
    assert b.sync().ok
    assert schema(b) == before
    assert b.rows() == a.rows()
