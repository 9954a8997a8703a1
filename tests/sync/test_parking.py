"""Failure matrix case 11: a newer application's operations read by an older one.

A workstation of the organisation writes, with its real keys and certificate, a change file
whose header names a schema revision this version does not have ("0099"), with operations on a
field and a table this version does not know, beside one it knows. The older workstations
apply what they know, park the rest whole (nothing dropped), and apply the parked operations
on the first pass after an upgrade teaches them the field.
"""

from __future__ import annotations

import hashlib
import json
import time
import uuid
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from workstations import OrgNet, Workstation

from pacte_desktop.domain.entities import Employer
from pacte_desktop.domain.hlc import Stamp
from pacte_desktop.store.files import known_revisions
from pacte_desktop.sync import changefile, engine, received

NEWER_SCHEMA = "0099"
LINKEDIN = "https://www.linkedin.com/company/boulangerie-du-parvis"


@pytest.fixture
def net(tmp_path: Path):  # type: ignore[no-untyped-def]
    n = OrgNet(tmp_path)
    yield n
    n.close()


def publish_as_newer_app(
    station: Workstation, ops: list[dict[str, Any]], *, schema: str = NEWER_SCHEMA
) -> Path:
    """Write ``ops`` as the next change file of ``station``'s device, with its real keys and
    a schema revision from the future; returns the file's path in the organisation root."""
    state = engine.LocalState(station.store)
    device = station.store.device_id
    content_key = state.secret("org.content_key")
    org_id = state.get("org.root_id")
    assert content_key is not None and org_id is not None
    log_dir = station.root / "log" / device
    own = sorted(p for p in log_dir.iterdir() if p.suffix == ".chg")
    seq = int(own[-1].name[:12]) + 1 if own else 1
    prev = hashlib.sha256(own[-1].read_bytes()).hexdigest() if own else None
    name, data = changefile.write_change_file(
        ops,
        scope="org",
        org_id=org_id,
        device_id=device,
        seq=seq,
        prev=prev,
        schema=schema,
        charter=None,
        content_key=content_key,
        device_private_key=state.device_key(),
    )
    path = log_dir / name
    path.write_bytes(data)
    return path


def op(
    station: Workstation, stamp: Stamp, table: str, row_id: str, kind: str, fields: dict[str, Any]
) -> dict[str, Any]:
    return {
        "hlc": str(stamp),
        "d": station.store.device_id,
        "w": station.store.local("worker_id"),
        "t": table,
        "r": row_id,
        "o": kind,
        "f": json.dumps(fields, sort_keys=True),
    }


def parked(station: Workstation) -> list[tuple[Any, ...]]:
    with station.store.reading() as conn:
        return [
            tuple(r)
            for r in conn.execute(
                sa.text(
                    "SELECT hlc, device_id, table_name, row_id, op, fields FROM sync_parked "
                    "ORDER BY hlc"
                )
            )
        ]


def org_status(station: Workstation) -> engine.Status:
    [found] = [s for s in engine.status(station.store) if s.scope == "org"]
    return found


def org_scope(summary: engine.PassSummary) -> engine.ScopeSummary:
    [found] = [s for s in summary.scopes if s.scope == "org"]
    assert found.error is None, found.error
    return found


def upgrade(station: Workstation) -> None:
    """What the next release's migration does: the employer gains a ``linkedin`` column."""
    raw = station.store.engine.raw_connection()
    try:
        raw.execute("ALTER TABLE employer ADD COLUMN linkedin TEXT")
        raw.commit()
    finally:
        raw.close()


def test_a_newer_apps_operations_are_parked_then_applied_after_upgrade(
    net: OrgNet, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert NEWER_SCHEMA not in known_revisions()
    a = net.first("A")
    eid = a.employer("Boulangerie du Parvis", postcode="1060")
    a.sync()
    b = net.join("B")  # the workstation that was upgraded first
    b.sync()
    a.sync()
    mentor_id = str(uuid.uuid4())
    wall = time.time_ns() // 1_000_000 + 1_000
    device = b.store.device_id
    sent = [
        op(b, Stamp(wall, 0, device), "employer", eid, "update", {"linkedin": LINKEDIN}),
        op(
            b,
            Stamp(wall, 1, device),
            "mentor",
            mentor_id,
            "insert",
            {"employer_id": eid, "name": "Mme Verhulst"},
        ),
        op(b, Stamp(wall, 2, device), "employer", eid, "update", {"phone": "+3225371234"}),
    ]
    publish_as_newer_app(b, sent)

    summary = org_scope(a.sync())
    assert summary.rejected == []
    assert (summary.received_files, summary.received_ops, summary.parked) == (1, 1, 2)
    # (c) the known field applies at once...
    assert a.value("employer", eid, "phone") == "+3225371234"
    # ...(a) and (b) are parked whole, exactly as sent: nothing dropped.
    expected = [
        (o["hlc"], o["d"], o["t"], o["r"], o["o"], o["f"]) for o in sent if o["t"] == "mentor"
    ] + [(sent[0]["hlc"], device, "employer", eid, "update", sent[0]["f"])]
    assert sorted(parked(a)) == sorted(expected)
    assert org_status(a).parked == 2
    with a.store.reading() as conn:
        journalled = {
            r[0]
            for r in conn.execute(
                sa.text("SELECT hlc FROM journal WHERE device_id = :d"), {"d": device}
            )
        }
        columns = {r[1] for r in conn.execute(sa.text("PRAGMA table_info(employer)"))}
    assert sent[2]["hlc"] in journalled
    assert sent[0]["hlc"] not in journalled and sent[1]["hlc"] not in journalled
    assert "linkedin" not in columns

    # Another pass before the upgrade: still parked, not applied twice, not lost.
    again = org_scope(a.sync())
    assert again.parked == 0 and again.received_ops == 0
    assert sorted(parked(a)) == sorted(expected)

    # A third workstation of the old version joining later parks the same operations.
    c = net.join("C")
    assert sorted(parked(c)) == sorted(expected)
    assert c.value("employer", eid, "phone") == "+3225371234"

    # The upgrade: the new field becomes known and its column exists.
    monkeypatch.setitem(
        received.KNOWN_FIELDS,
        "employer",
        received.KNOWN_FIELDS["employer"] | {"linkedin"},
    )
    for station in (a, c):
        upgrade(station)
        after = org_scope(station.sync())
        assert after.received_ops >= 1
        assert station.value("employer", eid, "linkedin") == LINKEDIN
        assert station.value("employer", eid, "phone") == "+3225371234"
        # The unknown table stays parked until a version knows it.
        assert [p[2] for p in parked(station)] == ["mentor"]
        assert org_status(station).parked == 1
    assert a.rows() == c.rows()
    with a.store.reading() as conn:
        assert (
            conn.execute(
                sa.text("SELECT count(*) FROM journal WHERE hlc = :h"), {"h": sent[0]["hlc"]}
            ).scalar_one()
            == 1
        )

    # Edits go on as usual after the upgrade; the unparked value stays.
    a.edit(Employer, eid, {"name": "Boulangerie du Parvis SRL"})
    a.sync()
    c.sync()
    assert c.value("employer", eid, "name") == "Boulangerie du Parvis SRL"
    assert c.value("employer", eid, "linkedin") == LINKEDIN


def test_a_file_of_an_unknown_schema_with_only_known_fields_applies_whole(net: OrgNet) -> None:
    a = net.first("A")
    eid = a.employer("Garage Moderne")
    a.sync()
    b = net.join("B")
    b.sync()
    a.sync()  # A has received everything B did so far
    wall = time.time_ns() // 1_000_000 + 1_000
    publish_as_newer_app(
        b,
        [
            op(
                b,
                Stamp(wall, 0, b.store.device_id),
                "employer",
                eid,
                "update",
                {"website": "https://garage.example.be"},
            ),
            op(
                b,
                Stamp(wall, 1, b.store.device_id),
                "employer",
                eid,
                "archive",
                {"archived_at": "2026-03-01T10:00:00+00:00"},
            ),
        ],
    )
    summary = org_scope(a.sync())
    assert summary.parked == 0 and summary.received_ops == 2
    assert parked(a) == []
    assert a.value("employer", eid, "website") == "https://garage.example.be"
    assert a.value("employer", eid, "archived_at") == "2026-03-01T10:00:00+00:00"


def test_an_operation_with_a_forbidden_delete_shape_is_parked_not_applied(net: OrgNet) -> None:
    """A delete carrying more than the delete marker is not something this version knows."""
    a = net.first("A")
    eid = a.employer("Friterie")
    a.sync()
    b = net.join("B")
    b.sync()
    a.sync()  # A has received everything B did so far
    wall = time.time_ns() // 1_000_000 + 1_000
    publish_as_newer_app(
        b,
        [
            op(
                b,
                Stamp(wall, 0, b.store.device_id),
                "employer",
                eid,
                "delete",
                {"deleted": True, "reason": "doublon"},
            )
        ],
    )
    summary = org_scope(a.sync())
    assert summary.parked == 1
    assert a.value("employer", eid, "name") == "Friterie"
    assert [p[4] for p in parked(a)] == ["delete"]


def test_a_file_claiming_a_known_schema_with_an_unknown_table_is_parked_not_blocking(
    net: OrgNet,
) -> None:
    """A file that says "schema 0007" but writes a table 0007 lacks: whatever a header claims,
    every name is checked against this version's schema, and an unknown table is parked (it
    never reaches SQL), not trusted; that device's and the other workstations' files go on."""
    a = net.first("A")
    eid = a.employer("Imprimerie Lielens")
    a.sync()
    b = net.join("B")
    c = net.join("C")
    for station in (b, c, a):
        station.sync()
    wall = time.time_ns() // 1_000_000 + 1_000
    bad = publish_as_newer_app(
        b,
        [op(b, Stamp(wall, 0, b.store.device_id), "mentor", str(uuid.uuid4()), "insert", {})],
        schema=known_revisions()[-1],
    )
    c.edit(Employer, eid, {"website": "https://lielens.example.be"})
    c.sync()
    b.sync()  # B learns of the file written in its name (as it would after writing it)
    b.edit(Employer, eid, {"phone": "02 538 00 00"})
    b.sync()
    summary = a.sync()
    [scope] = summary.scopes
    assert scope.error is None and scope.rejected == []
    assert not any(r["path"].endswith(bad.name) for r in org_status(a).rejected)
    assert [p[2] for p in parked(a)] == ["mentor"]
    assert a.value("employer", eid, "website") == "https://lielens.example.be"
    assert a.value("employer", eid, "phone") == "+3225380000"  # B's later file applied
