"""Nothing readable leaves an organisation (docs/sync.md rule 7, failure matrix 9; the charter).

Organisation A (the network's coordinator) fills every field that must not leave with a marker
string: employers' notes and the fields outside the default charter, contact persons,
interactions, follow-ups, a private opportunity, candidates and placements, and an employer
marked "do not share". A second organisation joins the network as a member. After both scopes
are synced:

- no byte of the network root holds a marker, not even once its change files are decrypted
  with the network key;
- no file of any root holds an employer's name, a person's name, email or phone in plaintext
  (a partner without the keys, or anyone reading the share, learns nothing personal);
- the member sees the shareable employer with its provenance, never the "do not share" one,
  and of candidates only the aggregate public profile with counts under 5 suppressed.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from workstations import CHEAP_KDF, PASSPHRASE, OrgNet, Workstation

from pacte_desktop.domain.entities import (
    Candidate,
    ContactPerson,
    Employer,
    FollowUp,
    Interaction,
    Opportunity,
    Placement,
    specs,
)
from pacte_desktop.domain.errors import PacteError
from pacte_desktop.services import workers
from pacte_desktop.store.database import Store
from pacte_desktop.store.unit_of_work import UnitOfWork
from pacte_desktop.sync import changefile, charter, crypto, devices, engine, epochs, snapshot
from tests.markers import forms

TAG = "7f3a"
SHARED_NAME = "Boulangerie du Parvis"
SECRET_NAME = f"MARKER-DNS-NAME-{TAG} Cabinet Discret"
MEMBER_EMPLOYER = "Garage Moderne Van Damme"
WORKER_NAME = "Farida Aissa"
CONTACT_EMAIL = f"marker.cp.{TAG}@parvis.be"
CONTACT_PHONE = ("0470 98 76 54", "+32470987654", "470987654")
EMPLOYER_PHONE = ("02 537 12 34", "+3225371234", "25371234")


def marker(what: str) -> str:
    return f"MARKER-{what}-{TAG}"


def files_under(root: Path) -> Iterator[Path]:
    return (p for p in sorted(root.rglob("*")) if p.is_file())


def find_in(root: Path, needles: list[str]) -> list[tuple[str, str]]:
    found = []
    for path in files_under(root):
        data = path.read_bytes()
        for needle in needles:
            if any(form in data for form in forms(needle)):
                found.append((str(path.relative_to(root)), needle))
    return found


class World:
    def __init__(self, tmp: Path) -> None:
        self.net = OrgNet(tmp / "cpas")  # passphrases in the environment, cheap scrypt
        self.a = self.net.first("A")
        self.network_root = tmp / "network"
        self.network_root.mkdir()
        self.member_root = tmp / "ale" / "root"
        self.member_root.mkdir(parents=True)
        store = Store.open(tmp / "ale" / "M", daily_backup=False)
        with UnitOfWork(store, worker_id="") as uow:
            workers.init_organisation(
                uow, name="ALE de Saint-Gilles", org_type="ale", worker="Jan Peeters"
            )
            uow.commit()
        engine.setup_org(store, engine.Location("folder", str(self.member_root)), kdf=CHEAP_KDF)
        self.m = Workstation("M", store, self.member_root)
        self.markers: list[str] = []

    def mark(self, what: str) -> str:
        value = marker(what)
        self.markers.append(value)
        return value

    def close(self) -> None:
        self.net.close()
        self.m.close()


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    made = World(tmp_path)
    yield made
    made.close()


def fill(world: World) -> dict[str, Any]:
    """Every non-shareable field of A's records holds a marker."""
    a, mark = world.a, world.mark
    worker_id = a.store.local("worker_id")
    assert worker_id
    allowed = charter.DEFAULT_FIELDS["employer"]
    private_text = {
        name: mark(f"EMP-{name.upper()}")
        for name, spec in specs(Employer).items()
        if name not in allowed
        and name != "id"
        and spec.kind in ("text", "longtext")
        and spec.check is None
    }
    assert {"notes", "legal_form"} <= private_text.keys()
    shared = a.create(
        Employer,
        {
            "name": SHARED_NAME,
            "postcode": "1060",
            "phone": EMPLOYER_PHONE[0],
            "tags": "HORECA",
            "owner_id": worker_id,
            **private_text,
        },
    )
    secret = a.create(
        Employer,
        {
            "name": SECRET_NAME,
            "do_not_share": True,
            "email": f"direction.{TAG}@discret.be",
            "notes": mark("DNS-NOTES"),
        },
    )
    a.create(
        ContactPerson,
        {
            "employer_id": shared,
            "name": mark("CP-NAME"),
            "role": mark("CP-ROLE"),
            "phone": CONTACT_PHONE[0],
            "email": CONTACT_EMAIL,
            "notes": mark("CP-NOTES"),
        },
    )
    a.create(ContactPerson, {"employer_id": secret, "name": mark("DNS-CP-NAME")})
    interaction = a.create(
        Interaction,
        {
            "employer_id": shared,
            "worker_id": worker_id,
            "date": "2026-03-02",
            "channel": "visit",
            "summary": mark("INT-SUMMARY"),
            "outcome": mark("INT-OUTCOME"),
        },
    )
    a.create(
        Interaction,
        {
            "employer_id": secret,
            "worker_id": worker_id,
            "date": "2026-03-05",
            "channel": "phone",
            "summary": mark("DNS-INT-SUMMARY"),
        },
    )
    a.create(
        FollowUp,
        {
            "employer_id": shared,
            "worker_id": worker_id,
            "interaction_id": interaction,
            "due_date": "2026-04-01",
            "action": mark("FU-ACTION"),
        },
    )
    opportunity = a.create(
        Opportunity,
        {
            "employer_id": shared,
            "kind": "internship",
            "title": "Stage en boulangerie",
            "shared": True,
            "notes": mark("OPP-NOTES"),
        },
    )
    a.create(
        Opportunity,
        {"employer_id": shared, "kind": "activa", "title": mark("OPP-PRIVATE-TITLE")},
    )
    candidates = []
    for n in range(7):
        candidates.append(
            a.create(
                Candidate,
                {
                    "code": mark(f"CAND{n}-CODE"),
                    "skills": "cuisine" if n < 6 else f"cuisine,{marker('RARE-SKILL')}",
                    "languages": "fr,nl" if n < 2 else "fr",
                    "qualification_level": "cess",
                    "commune": mark(f"CAND{n}-COMMUNE"),
                    "worker_id": worker_id,
                    "notes": mark(f"CAND{n}-NOTES"),
                },
            )
        )
    world.markers.append(marker("RARE-SKILL"))
    a.create(
        Placement,
        {
            "candidate_id": candidates[0],
            "employer_id": shared,
            "opportunity_id": opportunity,
            "placement_type": "internship",
            "start_date": "2026-03-15",
            "notes": mark("PLACEMENT-NOTES"),
        },
    )
    return {"shared": shared, "secret": secret, "opportunity": opportunity}


def sync_both(*stations: Workstation) -> None:
    for station in stations:
        summary = station.sync()
        assert summary.ok, summary
        assert {s.scope for s in summary.scopes} == {"org", "network"}
        for scope in summary.scopes:
            assert scope.rejected == [], scope.rejected


def network_change_files(world: World) -> Iterator[changefile.ChangeFile]:
    """Every change file of the network root, checked and decrypted with the network key."""
    network_key = engine.LocalState(world.a.store).secret("network.content_key")
    assert network_key is not None
    assert engine.LocalState(world.m.store).secret("network.content_key") == network_key
    feeds = world.network_root / "feeds"
    for feed in sorted(feeds.iterdir()):
        member = json.loads((feed / "member.json").read_bytes())
        org_public = crypto.public_key_from_bytes(
            crypto.b64decode(member["org_public_key"], what="member.json")
        )
        for device_dir in sorted((feed / "log").iterdir()):
            cert = json.loads((feed / "keys" / f"{device_dir.name}.json").read_bytes())
            key = crypto.verify_certificate(
                cert, org_public, expected_org_id=feed.name, expected_device_id=device_dir.name
            )
            for path in sorted(device_dir.glob("*.chg")):
                yield changefile.read_change_file(
                    path.name,
                    path.read_bytes(),
                    expected_device_id=device_dir.name,
                    device_public_key=key,
                    content_key=network_key,
                    expected_org_id=feed.name,
                )


@pytest.fixture
def synced(world: World) -> dict[str, Any]:
    ids = fill(world)
    network = engine.Location("folder", str(world.network_root))
    engine.setup_network(
        world.a.store,
        network,
        coordinator=True,
        network_name="Pacte de Saint-Gilles",
        kdf=CHEAP_KDF,
    )
    world.m.employer(MEMBER_EMPLOYER, postcode="1060", notes=marker("MEMBER-NOTES"))
    world.markers.append(marker("MEMBER-NOTES"))
    engine.setup_network(world.m.store, network, kdf=CHEAP_KDF)
    # The coordinator admits the member, as its coordinator would.
    engine.admit_member(world.a.store, str(world.m.store.local("organisation_id")))
    sync_both(world.a, world.m, world.a, world.m)
    return ids


def test_no_marker_reaches_the_network_root_even_decrypted(
    world: World, synced: dict[str, Any]
) -> None:
    assert len(world.markers) > 25
    # The markers are really in A's store (and so were available to leak).
    with world.a.store.reading() as conn:
        text = json.dumps(
            [list(r) for r in conn.execute(sa.text("SELECT fields FROM journal"))],
            ensure_ascii=False,
        )
    assert [m for m in world.markers if "MEMBER" not in m and m not in text] == []

    assert find_in(world.network_root, world.markers) == []

    decrypted = []
    for cf in network_change_files(world):
        decrypted.append(json.dumps(cf.ops, ensure_ascii=False))
    everything = "\n".join(decrypted)
    assert SHARED_NAME in everything  # the decryption worked: the shareable employer is there
    assert MEMBER_EMPLOYER in everything
    for needle in [*world.markers, SECRET_NAME, CONTACT_EMAIL, *CONTACT_PHONE[1:], WORKER_NAME]:
        assert needle not in everything, needle
    assert f"{TAG}@discret.be" not in everything
    assert synced["secret"] not in everything  # not even its id (knowledge, children)
    # Only records, the employers' knowledge and the public profile travel: no candidate,
    # placement, interaction, follow-up, worker or contact person.
    tables = {op.get("table") for cf in network_change_files(world) for op in cf.ops}
    assert tables <= {"organisation", "employer", "opportunity", "employer_knowledge",
                      "public_profile"}  # fmt: skip
    assert {"employer", "public_profile", "employer_knowledge"} <= tables


def test_a_reader_without_the_keys_finds_no_personal_data_in_any_root(
    world: World, synced: dict[str, Any]
) -> None:
    """Failure matrix 9: everything a partner (or anyone) can read on the shares."""
    roots = [world.net.root, world.member_root, world.network_root]
    for root in roots:
        assert any(files_under(root)), root
    personal = [
        *world.markers,
        SHARED_NAME,
        SECRET_NAME,
        MEMBER_EMPLOYER,
        CONTACT_EMAIL,
        *CONTACT_PHONE[1:],
        *EMPLOYER_PHONE[1:],
        WORKER_NAME,
        "Jan Peeters",
        "Stage en boulangerie",
        "cuisine",
    ]
    for root in roots:
        assert find_in(root, personal) == [], root
    # Without the passphrase the sealed keys do not open, and the change files do not decrypt.
    org_doc = json.loads((world.net.root / "ORG.json").read_bytes())
    with pytest.raises(Exception):  # noqa: B017 - any refusal will do
        crypto.open_with_passphrase(org_doc["sealed"], "not the passphrase", what="ORG.json")
    wrong_key = bytes(32)
    feed = next((world.network_root / "feeds").iterdir())
    device_dir = next((feed / "log").iterdir())
    path = next(device_dir.glob("*.chg"))
    member = json.loads((feed / "member.json").read_bytes())
    org_public = crypto.public_key_from_bytes(
        crypto.b64decode(member["org_public_key"], what="member.json")
    )
    cert = json.loads((feed / "keys" / f"{device_dir.name}.json").read_bytes())
    key = crypto.verify_certificate(cert, org_public)
    with pytest.raises(Exception):  # noqa: B017
        changefile.read_change_file(
            path.name,
            path.read_bytes(),
            expected_device_id=device_dir.name,
            device_public_key=key,
            content_key=wrong_key,
        )


def test_the_member_sees_the_shareable_employer_with_its_provenance_only(
    world: World, synced: dict[str, Any]
) -> None:
    seen = engine.network_records(world.m.store)
    [record] = [r for r in seen if r["id"] == synced["shared"]]
    assert record["organisation"] == "CPAS de Saint-Gilles"
    assert record["organisation_id"] == world.a.store.local("organisation_id")
    assert record["name"] == SHARED_NAME
    assert record["postcode"] == "1060"
    assert record["latest_contact"] == "2026-03-02"
    assert set(record) - {"id", "organisation", "organisation_id", "latest_contact"} <= (
        charter.DEFAULT_FIELDS["employer"] | charter.LIFECYCLE_FIELDS
    )
    assert "notes" not in record and "legal_form" not in record and "owner_id" not in record
    assert all(r["id"] != synced["secret"] for r in seen)
    everything = engine.network_records(world.m.store, include_withdrawn=True)
    assert all(r["id"] != synced["secret"] and r.get("name") != SECRET_NAME for r in everything)
    assert engine.network_records(world.m.store, "contact_person", include_withdrawn=True) == []
    [opportunity] = engine.network_records(world.m.store, "opportunity")
    assert opportunity["title"] == "Stage en boulangerie" and "notes" not in opportunity
    # And the other way round: the coordinator sees the member's employer, with its provenance.
    [theirs] = engine.network_records(world.a.store)
    assert (theirs["name"], theirs["organisation"]) == (MEMBER_EMPLOYER, "ALE de Saint-Gilles")
    assert "notes" not in theirs


def test_candidates_travel_only_as_the_public_profile_with_small_counts_suppressed(
    world: World, synced: dict[str, Any]
) -> None:
    with world.m.store.reading() as conn:
        stored = conn.execute(
            sa.text("SELECT table_name, row_id, org_id, data FROM network_record")
        ).all()
    tables = {row[0] for row in stored}
    assert all(row[1] != synced["secret"] for row in stored)
    assert not tables & {"candidate", "placement", "interaction", "follow_up", "worker"}
    [profile_row] = [row for row in stored if row[0] == "public_profile"]
    assert profile_row[2] == world.a.store.local("organisation_id")
    profile = json.loads(profile_row[3])[engine.PROFILE_FIELD]
    assert profile == {
        "skills": {"cuisine": 7},  # the rare skill (1) is suppressed
        "languages": {"fr": 7},  # Dutch (2) is suppressed
        "qualifications": {"cess": 7},
        "residence": {},
        "availability": {},
        "total": "5-9",  # the total is a band
    }
    text = json.dumps([list(row) for row in stored], ensure_ascii=False)
    for needle in world.markers:
        assert needle not in text, needle


# --- a revoked device (issue 10, 2.6) --------------------------------------------------------


def test_a_revoked_devices_keys_decrypt_nothing_written_after(tmp_path: Path) -> None:
    """Every key a revoked workstation holds (its vault opened: every content key it had, its
    device key, its X25519 key) fails on every change file, snapshot and key box written after
    the revocation, and no marker written after appears in anything it can open."""
    net = OrgNet(tmp_path)
    try:
        a, b, c = net.first("A"), net.join("B"), net.join("C")
        for station in (a, b, c):
            station.sync()
        devices.revoke(a.store, b.store.device_id, secret=PASSPHRASE, kdf=CHEAP_KDF)
        before = {p.relative_to(net.root) for p in net.root.rglob("*") if p.is_file()}
        after_markers = [marker("AFTER-A"), marker("AFTER-C")]
        a.employer("Après la révocation", notes=after_markers[0])
        c.employer("Toujours après", notes=after_markers[1])
        a.store.set_local("sync.org.snapshot_files", "-1000")  # a snapshot now, with the new key
        for station in (a, c, a):
            assert station.sync().ok
        written = [
            net.root / p
            for p in sorted(
                {p.relative_to(net.root) for p in net.root.rglob("*") if p.is_file()} - before
            )
        ]
        changes = [p for p in written if p.suffix == ".chg"]
        snaps = [p for p in written if p.suffix == ".snap"]
        assert changes and snaps
        held = engine.LocalState(b.store).vault.read()  # the thief has all of these
        box = crypto.box_key_from_bytes(held["device_box_key"])
        candidates = [v for v in held.values() if len(v) == 32]
        assert len(candidates) >= 3
        for path in changes:
            device = path.parent.name
            cert = json.loads((net.root / "keys" / f"{device}.json").read_bytes())
            root = json.loads((net.root / "ORG.json").read_bytes())
            org_public = crypto.public_key_from_bytes(
                crypto.b64decode(root["org_public_key"], what="ORG.json")
            )
            public = crypto.verify_certificate(cert, org_public)
            for key in candidates:
                with pytest.raises(PacteError):
                    changefile.read_change_file(
                        path.name,
                        path.read_bytes(),
                        expected_device_id=device,
                        device_public_key=public,
                        content_key=key,
                    )
        for path in snaps:
            for key in candidates:
                with pytest.raises(PacteError):
                    snapshot.read_snapshot(
                        path.name,
                        path.read_bytes(),
                        org_id=str(a.store.local("organisation_id")),
                        device_public_key=engine.LocalState(a.store).device_key().public_key(),
                        content_key=key,
                    )
        [epoch_file] = (net.root / "epochs").glob("*.json")
        epoch = json.loads(epoch_file.read_bytes())
        assert b.store.device_id not in epoch["boxes"]
        for device, sealed in epoch["boxes"].items():
            with pytest.raises(PacteError):
                crypto.box_open(box, sealed, epochs.box_ad(epoch["root_id"], 2, device), what="x")
        for path in written:
            data = path.read_bytes()
            for needle in after_markers:
                assert not any(form in data for form in forms(needle)), path
    finally:
        net.close()
