"""The network scope end to end: member organisations around one network folder.

Each organisation is a real store with its own organisation root (an ``OrgNet`` in its own
sub-folder); the first one creates the network (the coordinating organisation) and the others
join it. What is shown: partner records arrive read-only with their provenance and only with
the charter's fields; "do not share" and withdrawal; opportunities only when shared; which
partners know an employer; the aggregate public profile; charter changes (purge, backfill);
forged feeds; a publisher that sends more than the charter; setup errors.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import shutil
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from workstations import CHEAP_KDF, PASSPHRASE, OrgNet, Workstation

from pacte_desktop.domain.entities import Candidate, ContactPerson, Employer, Opportunity
from pacte_desktop.domain.errors import PacteError
from pacte_desktop.domain.hlc import Stamp
from pacte_desktop.services import followups, workers
from pacte_desktop.store.database import Store
from pacte_desktop.store.files import HEAD_REVISION
from pacte_desktop.store.unit_of_work import UnitOfWork
from pacte_desktop.sync import changefile, crypto, engine
from pacte_desktop.sync import charter as charters

BCE_1 = "0403019261"  # written 0403.019.261
BCE_2 = "0412345614"  # 97 - (04123456 mod 97) = 14


def _bce(first_eight: int) -> str:
    return f"{first_eight:08d}{97 - first_eight % 97:02d}"


assert _bce(4030192) == BCE_1 and _bce(4123456) == BCE_2


@dataclass
class Organisation(OrgNet):
    """An organisation of the pact: its own root folder, its own name."""

    org_name: str = "CPAS de Saint-Gilles"
    org_type: str = "cpas"

    def first(self, name: str = "A", *, root: Path | None = None) -> Workstation:
        store = Store.open(self.tmp / name, daily_backup=False)
        with UnitOfWork(store, worker_id="") as uow:
            workers.init_organisation(
                uow, name=self.org_name, org_type=self.org_type, worker=f"Worker of {name}"
            )
            uow.commit()
        where = root or self.root
        engine.setup_org(store, engine.Location("folder", str(where)), kdf=CHEAP_KDF)
        station = Workstation(name, store, where)
        self.stations.append(station)
        return station


@dataclass
class Pact:
    """Member organisations around one network folder (the first one coordinates)."""

    tmp: Path
    folder: Path
    orgs: list[Organisation]
    members: list[Workstation]

    def join(self, station: Workstation, *, coordinator: bool = False) -> engine.SetupResult:
        return engine.setup_network(
            station.store,
            engine.Location("folder", str(self.folder)),
            coordinator=coordinator,
            kdf=CHEAP_KDF,
        )

    def admit(self, station: Workstation) -> engine.Member:
        """The coordinator (the first member) admits ``station``'s organisation."""
        return engine.admit_member(self.members[0].store, org_id(station))

    def round(self, *stations: Workstation) -> list[engine.PassSummary]:
        """One network pass on each station (all of them by default), in order."""
        return [s.sync(scopes=("network",)) for s in (stations or self.members)]

    def settle(self) -> None:
        """Two rounds: every member has published, then every member has received."""
        self.round()
        self.round()

    def close(self) -> None:
        for org in self.orgs:
            org.close()


def _member(
    tmp: Path, folder: str, org_name: str, org_type: str
) -> tuple[Organisation, Workstation]:
    org = Organisation(tmp / folder, org_name=org_name, org_type=org_type)
    return org, org.first("ws")


@pytest.fixture
def pact(tmp_path: Path):  # type: ignore[no-untyped-def]
    p = make_pact(tmp_path)
    yield p
    p.close()


def make_pact(tmp_path: Path) -> Pact:
    """Three organisations: the CPAS creates the network and admits the two others."""
    made = [
        _member(tmp_path, "cpas", "CPAS de Saint-Gilles", "cpas"),
        _member(tmp_path, "ml", "Mission locale de Saint-Gilles", "mission-locale"),
        _member(tmp_path, "ale", "ALE de Saint-Gilles", "ale"),
    ]
    folder = tmp_path / "network"
    folder.mkdir()
    p = Pact(tmp_path, folder, [o for o, _ in made], [s for _, s in made])
    p.join(p.members[0], coordinator=True)
    for station in p.members[1:]:
        p.join(station)
        p.admit(station)
    return p


def org_id(station: Workstation) -> str:
    value = station.store.local("organisation_id")
    assert value is not None
    return value


def partner(station: Workstation, table: str = "employer", **kwargs: Any) -> dict[str, dict]:
    """The partner records of ``table`` that ``station`` holds, by id."""
    return {r["id"]: r for r in engine.network_records(station.store, table, **kwargs)}


def stored_partner_data(station: Workstation, table: str) -> dict[str, dict[str, Any]]:
    """The raw ``network_record`` values, withdrawn ones included."""
    with station.store.reading() as conn:
        return {
            row_id: json.loads(data)
            for row_id, data in conn.execute(
                sa.text("SELECT row_id, data FROM network_record WHERE table_name = :t"),
                {"t": table},
            )
        }


def count(station: Workstation, table: str) -> int:
    with station.store.reading() as conn:
        return int(conn.execute(sa.text(f"SELECT count(*) FROM {table}")).scalar_one())


def rejected_rows(station: Workstation) -> list[tuple[str, str]]:
    with station.store.reading() as conn:
        return [
            (r[0], r[1])
            for r in conn.execute(
                sa.text("SELECT path, code FROM sync_rejected WHERE scope = 'network'")
            )
        ]


def network_rejected(summary: engine.PassSummary) -> list[str]:
    return [line for s in summary.scopes if s.scope == "network" for line in s.rejected]


def worker_of(station: Workstation) -> str:
    value = station.store.local("worker_id")
    assert value is not None
    return value


# --- partner records ---------------------------------------------------------------------------


def test_partner_records_arrive_read_only_with_provenance_and_charter_fields_only(
    pact: Pact,
) -> None:
    cpas, ml, ale = pact.members
    eid = cpas.employer(
        "Boulangerie du Parvis",
        bce_number="0403.019.261",
        street="Parvis de Saint-Gilles",
        number="12",
        postcode="1060",
        commune="Saint-Gilles",
        phone="02 537 12 34",
        languages=["fr", "nl"],
        accepts=["internships", "article60"],
        notes="Le patron préfère être appelé le matin",
        owner_id=worker_of(cpas),
    )
    private = cpas.employer("Cabinet Médical", do_not_share=True, postcode="1060")
    cpas.create(ContactPerson, {"employer_id": private, "name": "Dr Janssens"})
    cpas.edit(Employer, private, {"website": "https://cabinet.example.be"})
    pact.round()

    for receiver in (ml, ale):
        records = partner(receiver)
        assert set(records) == {eid}
        # "Do not share" leaves nothing at all, not even the record's id.
        with receiver.store.reading() as conn:
            ids = {r[0] for r in conn.execute(sa.text("SELECT row_id FROM network_record"))}
        assert private not in ids
        record = records[eid]
        assert record["organisation"] == "CPAS de Saint-Gilles"
        assert record["organisation_id"] == org_id(cpas)
        assert record["name"] == "Boulangerie du Parvis"
        assert record["bce_number"] == BCE_1
        assert record["phone"] == "+3225371234"
        assert record["postcode"] == "1060"
        # Only charter fields (and the provenance added on reading) are kept.
        assert not {"notes", "owner_id", "do_not_share"} & record.keys()
        stored = stored_partner_data(receiver, "employer")[eid]
        allowed = charters.DEFAULT_FIELDS["employer"] | charters.LIFECYCLE_FIELDS
        assert set(stored) - {engine.WITHDRAWN} <= allowed
        assert "Le patron" not in json.dumps(stored)
        # The receiver's own tables are untouched: no partner employer among its employers.
        assert receiver.value("employer", eid, "name") is None
        assert count(receiver, "employer") == 0
    # The partners' organisations are not written into the coordinator's own tables either.
    assert count(cpas, "organisation") == 1
    assert partner(cpas) == {}

    # An edit travels; an edit of a field that never leaves does not reach partners.
    cpas.edit(Employer, eid, {"website": "https://parvis.example.be", "notes": "Ne plus appeler"})
    pact.round(cpas, ml)
    assert partner(ml)[eid]["website"] == "https://parvis.example.be"
    assert "Ne plus appeler" not in json.dumps(stored_partner_data(ml, "employer"))


def test_do_not_share_never_leaves_and_withdrawal_takes_contact_persons_along(
    pact: Pact,
) -> None:
    cpas, ml, ale = pact.members
    secret = cpas.employer("Cabinet Confidentiel", do_not_share=True, postcode="1060")
    shared = cpas.employer("Garage Moderne", postcode="1060")
    # The coordinator lets contact persons' names and roles out (docs/domain.md: "unless the
    # charter allows").
    current = engine.charter_in_force(cpas.store)
    assert current is not None
    engine.publish_charter(
        cpas.store,
        current.with_fields(
            "contact_person",
            {"name", "role"},
            version=current.version + 1,
            issued_at="2026-02-01T00:00:00+00:00",
        ),
    )
    contact = cpas.create(
        ContactPerson,
        {"employer_id": shared, "name": "M. Dubois", "role": "gérant", "phone": "0475 12 34 56"},
    )
    cpas.create(ContactPerson, {"employer_id": secret, "name": "Mme Secret", "role": "DRH"})
    pact.round()

    assert set(partner(ml)) == {shared}
    assert secret not in stored_partner_data(ml, "employer")
    assert stored_partner_data(ml, "contact_person").keys() == {contact}
    contacts = partner(ml, "contact_person")
    assert set(contacts) == {contact}
    assert contacts[contact]["name"] == "M. Dubois"
    assert "phone" not in contacts[contact]  # not in the charter
    assert "Mme Secret" not in json.dumps(stored_partner_data(ml, "contact_person"))

    # Marked "do not share" after being shared: withdrawn, with its contact persons.
    cpas.edit(Employer, shared, {"do_not_share": True})
    cpas.edit(Employer, shared, {"phone": "02 541 22 33"})  # later edits stay home too
    pact.round()
    for receiver in (ml, ale):
        assert partner(receiver) == {}
        assert partner(receiver, "contact_person") == {}
        assert partners_named(receiver, "Garage Moderne") == []
        assert "+3225412233" not in json.dumps(stored_partner_data(receiver, "employer"))

    # Shareable again: it comes back, contact person included, with the edit made meanwhile.
    cpas.edit(Employer, shared, {"do_not_share": False})
    pact.round()
    for receiver in (ml, ale):
        back = partner(receiver)
        assert set(back) == {shared}
        assert back[shared]["phone"] == "+3225412233"
        assert set(partner(receiver, "contact_person")) == {contact}
    assert secret not in stored_partner_data(ml, "employer")


def partners_named(station: Workstation, name: str) -> list[dict[str, Any]]:
    return [r for r in engine.network_records(station.store) if r.get("name") == name]


def test_opportunities_leave_only_when_shared(pact: Pact) -> None:
    cpas, ml, _ = pact.members
    eid = cpas.employer("Hôtel Bristol", postcode="1060")
    kept_home = cpas.create(
        Opportunity,
        {
            "employer_id": eid,
            "kind": "internship",
            "title": "Stage réception (interne)",
            "notes": "à ne pas diffuser",
        },
    )
    offered = cpas.create(
        Opportunity,
        {
            "employer_id": eid,
            "kind": "article60",
            "title": "Commis de cuisine",
            "positions": 2,
            "languages": ["fr"],
            "shared": True,
            "notes": "le chef est exigeant",
        },
    )
    pact.round()
    opportunities = partner(ml, "opportunity")
    assert set(opportunities) == {offered}
    assert opportunities[offered]["title"] == "Commis de cuisine"
    assert opportunities[offered]["positions"] == 2
    assert opportunities[offered]["organisation"] == "CPAS de Saint-Gilles"
    assert not {"notes", "shared", "owner_id"} & opportunities[offered].keys()
    assert kept_home not in stored_partner_data(ml, "opportunity")
    text = json.dumps(stored_partner_data(ml, "opportunity"))
    assert "Stage réception" not in text and "exigeant" not in text
    assert count(ml, "opportunity") == 0

    # Shared later: it leaves then; unshared again: withdrawn.
    cpas.edit(Opportunity, kept_home, {"shared": True})
    pact.round()
    assert set(partner(ml, "opportunity")) == {offered, kept_home}
    cpas.edit(Opportunity, offered, {"shared": False})
    cpas.edit(Opportunity, offered, {"title": "Commis (pourvu en interne)"})
    pact.round()
    assert set(partner(ml, "opportunity")) == {kept_home}
    assert "pourvu en interne" not in json.dumps(stored_partner_data(ml, "opportunity"))


# --- which partners know this employer ------------------------------------------------------------


def test_partners_knowing_an_employer_by_bce_number_with_latest_contact(pact: Pact) -> None:
    cpas, ml, ale = pact.members
    at_cpas = cpas.employer("Delhaize Saint-Gilles", bce_number="0403.019.261")
    with UnitOfWork(cpas.store) as uow:
        followups.log_interaction(
            uow,
            employer=at_cpas,
            channel="visit",
            summary="Visite: deux stages possibles en septembre",
            date=dt.date(2026, 3, 2),
        )
        followups.log_interaction(
            uow, employer=at_cpas, channel="phone", summary="Rappel", date=dt.date(2026, 3, 9)
        )
        uow.commit()
    at_ale = ale.employer("Brasserie de la Place", bce_number=BCE_2)
    # The mission locale knows both employers too (under other names: the BCE number decides).
    ml_first = ml.employer("DELHAIZE LE LION SA", bce_number=BCE_1)
    ml_second = ml.employer("Brasserie Place", bce_number="0412.345.614")
    ml_alone = ml.employer("Librairie Tropismes", bce_number=_bce(8765432))
    pact.settle()

    [known] = engine.partners_knowing(ml.store, ml_first)
    assert known["organisation"] == "CPAS de Saint-Gilles"
    assert known["organisation_id"] == org_id(cpas)
    assert known["employer_id"] == at_cpas
    assert known["latest_contact"] == "2026-03-09"
    # The interaction itself never leaves: only the date of the latest contact.
    text = json.dumps(stored_partner_data(ml, engine.KNOWLEDGE))
    assert "deux stages" not in text and "Rappel" not in text
    assert count(ml, "interaction") == 0

    [second] = engine.partners_knowing(ml.store, ml_second)
    assert (second["organisation"], second["employer_id"]) == ("ALE de Saint-Gilles", at_ale)
    assert second["latest_contact"] is None  # the ALE has not contacted it yet
    assert engine.partners_knowing(ml.store, ml_alone) == []

    # A later contact moves the date forward on the partners' side.
    with UnitOfWork(ale.store) as uow:
        followups.log_interaction(
            uow, employer=at_ale, channel="email", summary="Offre", date=dt.date(2026, 4, 1)
        )
        uow.commit()
    pact.round(ale, ml)
    [second] = engine.partners_knowing(ml.store, ml_second)
    assert second["latest_contact"] == "2026-04-01"
    # Both partners know the CPAS's employer from the other side too.
    assert [k["organisation"] for k in engine.partners_knowing(cpas.store, at_cpas)] == [
        "Mission locale de Saint-Gilles"
    ]


# --- the aggregate public profile -------------------------------------------------------------


def test_candidates_leave_only_as_an_aggregate_profile_with_small_counts_suppressed(
    pact: Pact,
) -> None:
    cpas, ml, _ = pact.members

    def candidate(code: str, skills: list[str], languages: list[str], level: str) -> str:
        return cpas.create(
            Candidate,
            {
                "code": code,
                "skills": skills,
                "languages": languages,
                "qualification_level": level,
                "worker_id": worker_of(cpas),
                "notes": "suivi psychosocial",
            },
        )

    empty = {part: {} for part in charters.PROFILE_PARTS}
    for i in range(4):
        candidate(f"CPAS-{i:03d}", ["cuisine"], ["fr"], "cess")
    pact.round()
    # The profile published when the CPAS joined (no candidate yet) stays: four candidates
    # joining would be read by subtracting two successive profiles.
    [profile] = profile_of(ml, cpas)
    assert profile["id"] == org_id(cpas)
    assert profile["organisation"] == "CPAS de Saint-Gilles"
    assert profile[engine.PROFILE_FIELD] == {**empty, "total": "<5"}

    candidate("CPAS-004", ["cuisine", "caisse"], ["fr", "nl"], "cess")
    pact.round()
    [profile] = profile_of(ml, cpas)
    five = {
        **empty,
        "skills": {"cuisine": 5},
        "languages": {"fr": 5},
        "qualifications": {"cess": 5},
        "total": "5-9",
    }
    assert profile[engine.PROFILE_FIELD] == five

    # One more candidate (a sixth): nothing new is published, whatever the profile would show.
    candidate("CPAS-005", ["cuisine"], ["fr", "ar"], "master")
    pact.round()
    [profile] = profile_of(ml, cpas)
    assert profile[engine.PROFILE_FIELD] == five
    for i in range(6, 10):
        candidate(f"CPAS-{i:03d}", ["cuisine"], ["fr", "ar"], "master")
    pact.round()
    [profile] = profile_of(ml, cpas)
    assert profile[engine.PROFILE_FIELD] == {
        **empty,
        "skills": {"cuisine": 10},
        "languages": {"ar": 5, "fr": 10},
        "qualifications": {"cess": 5, "master": 5},
        "total": "10-19",
    }
    assert count(ml, "candidate") == 0
    with ml.store.reading() as conn:
        tables = {
            r[0] for r in conn.execute(sa.text("SELECT DISTINCT table_name FROM network_record"))
        }
        everything = json.dumps(
            [r[0] for r in conn.execute(sa.text("SELECT data FROM network_record"))]
        )
    assert not {"candidate", "placement"} & tables
    assert "CPAS-00" not in everything and "psychosocial" not in everything
    # Even a partner holding the network key reads no code in the CPAS's feed: only profiles.
    published = feed_plaintext(pact, cpas)
    assert {op["table"] for op in published} == {"organisation", engine.PROFILE}
    assert "CPAS-00" not in json.dumps(published) and "psychosocial" not in json.dumps(published)


def feed_plaintext(pact: Pact, publisher: Workstation) -> list[dict[str, Any]]:
    """Every operation in ``publisher``'s network feed, checked and decrypted."""
    feed = pact.folder / "feeds" / org_id(publisher)
    member = json.loads((feed / "member.json").read_text())
    org_public = crypto.public_key_from_bytes(
        crypto.b64decode(member["org_public_key"], what="member.json")
    )
    ops: list[dict[str, Any]] = []
    for device_dir in sorted((feed / "log").iterdir()):
        device = device_dir.name
        cert = json.loads((feed / "keys" / f"{device}.json").read_text())
        key = crypto.verify_certificate(cert, org_public, expected_device_id=device)
        for path in sorted(device_dir.glob("*.chg")):
            cf = changefile.read_change_file(
                path.name,
                path.read_bytes(),
                expected_device_id=device,
                device_public_key=key,
                content_key=_network_key(publisher),
                expected_org_id=org_id(publisher),
            )
            ops.extend(cf.ops)
    assert ops
    return ops


def profile_of(station: Workstation, publisher: Workstation) -> list[dict[str, Any]]:
    return [
        r
        for r in engine.network_records(station.store, engine.PROFILE)
        if r["organisation_id"] == org_id(publisher)
    ]


# --- charter changes (failure matrix case 10) -----------------------------------------------


def test_a_field_removed_from_the_charter_is_purged_and_backfilled_when_added_back(
    pact: Pact,
) -> None:
    cpas, ml, ale = pact.members
    at_ml = ml.employer("Imprimerie Lielens", phone="02 538 00 11", postcode="1060")
    at_cpas = cpas.employer("Boucherie Halal", phone="02 539 22 33", postcode="1060")
    pact.settle()
    assert partner(cpas)[at_ml]["phone"] == "+3225380011"
    assert partner(ale)[at_ml]["phone"] == "+3225380011"
    assert partner(ale)[at_cpas]["phone"] == "+3225392233"

    v1 = engine.charter_in_force(cpas.store)
    assert v1 is not None and "phone" in v1.allowed("employer")
    without_phone = v1.with_fields(
        "employer",
        v1.allowed("employer") - {"phone"},
        version=v1.version + 1,
        issued_at="2026-02-01T00:00:00+00:00",
    )
    engine.publish_charter(cpas.store, without_phone)
    # A phone edit made under the old charter, published before the publisher hears of v2.
    ml.edit(Employer, at_ml, {"phone": "02 538 99 99"})
    summaries = pact.round(ale, cpas, ml, ale, cpas)
    assert summaries[0].scopes[0].purged_fields == 2  # the ALE held two partner phones
    for receiver in (cpas, ale):
        version = engine.charter_in_force(receiver.store)
        assert version is not None and version.version == v1.version + 1
        for record in stored_partner_data(receiver, "employer").values():
            assert "phone" not in record
        assert all("phone" not in r for r in engine.network_records(receiver.store))
    with ale.store.reading() as conn:
        stamps = [
            json.loads(r[0]) for r in conn.execute(sa.text("SELECT stamps FROM network_record"))
        ]
    assert all("phone" not in s for s in stamps)
    # The publishers' own records keep their phone: only what leaves changed.
    assert ml.value("employer", at_ml, "phone") == "+3225389999"
    # Other fields still travel.
    ml.edit(Employer, at_ml, {"name": "Imprimerie Lielens SRL"})
    pact.round(ml, ale)
    assert partner(ale)[at_ml]["name"] == "Imprimerie Lielens SRL"
    assert "phone" not in stored_partner_data(ale, "employer")[at_ml]

    # Added back in a later version: publishers backfill it on their next pass.
    engine.publish_charter(
        cpas.store,
        without_phone.with_fields(
            "employer",
            v1.allowed("employer"),
            version=without_phone.version + 1,
            issued_at="2026-03-01T00:00:00+00:00",
        ),
    )
    pact.round(ml, cpas, ale)
    assert partner(ale)[at_ml]["phone"] == "+3225389999"
    assert partner(ale)[at_cpas]["phone"] == "+3225392233"
    assert partner(cpas)[at_ml]["phone"] == "+3225389999"


# --- forgeries --------------------------------------------------------------------------------


def test_a_replaced_member_json_is_reported_and_the_admitted_key_still_decides(
    pact: Pact,
) -> None:
    """Before admissions, a member.json of another key stopped that member's feed for good (a
    denial of service for anyone able to write the folder); the admission pins the key now:
    the replaced file is reported, the impostor's devices are refused, the genuine member's
    later edits still arrive."""
    cpas, ml, ale = pact.members
    first = ml.employer("Menuiserie Collective", postcode="1060")
    pact.settle()
    assert set(partner(cpas)) == {first}

    # Someone replaces the mission locale's member.json with one of another key, and writes
    # records signed by a device that key certifies.
    feed = pact.folder / "feeds" / org_id(ml)
    member = json.loads((feed / "member.json").read_text())
    body = {k: member[k] for k in ("org_id", "name", "network_id")}
    impostor = crypto.generate_signing_key()
    body["org_public_key"] = crypto.b64encode(crypto.public_key_bytes(impostor))
    (feed / "member.json").unlink()
    (feed / "member.json").write_text(
        json.dumps(crypto.sign_document(engine.MEMBER_TYPE, body, impostor))
    )
    device = "ab" * 8
    device_key = crypto.generate_signing_key()
    (feed / "keys" / f"{device}.json").write_text(
        json.dumps(
            crypto.issue_certificate(
                org_private_key=impostor,
                org_id=org_id(ml),
                device_id=device,
                device_public_key=device_key.public_key(),
            )
        )
    )
    (feed / "log" / device).mkdir()
    name, data = changefile.write_change_file(
        [_employer_op("ffffffff-0000-0000-0000-000000000001", device, {"name": "Faux employeur"})],
        scope="network",
        org_id=org_id(ml),
        device_id=device,
        seq=1,
        prev=None,
        schema=HEAD_REVISION,
        charter=1,
        content_key=_network_key(cpas),
        device_private_key=device_key,
    )
    (feed / "log" / device / name).write_bytes(data)
    # The genuine mission locale goes on editing (its member.json is not rewritten).
    ml.edit(Employer, first, {"name": "Menuiserie Collective ASBL"})
    ml.sync(scopes=("network",))

    for receiver in (cpas, ale):
        summary = receiver.sync(scopes=("network",))
        rejected = network_rejected(summary)
        assert any("member.json" in line for line in rejected)
        assert (f"feeds/{org_id(ml)}/member.json", "sync_forged") in rejected_rows(receiver)
        assert any(f"log/{device}" in line or f"keys/{device}" in line for line in rejected)
        records = partner(receiver)
        assert set(records) == {first}
        assert records[first]["name"] == "Menuiserie Collective ASBL"
        assert "Faux employeur" not in json.dumps(stored_partner_data(receiver, "employer"))
    status = {s.scope: s for s in engine.status(cpas.store)}
    assert any(r["path"].endswith("member.json") for r in status["network"].rejected)


def test_a_change_file_of_a_device_without_certificate_is_rejected(pact: Pact) -> None:
    cpas, ml, _ = pact.members
    first = ml.employer("Atelier Vélo", postcode="1060")
    pact.round(ml, cpas)
    feed = pact.folder / "feeds" / org_id(ml)
    device = "cd" * 8
    stranger = crypto.generate_signing_key()
    (feed / "log" / device).mkdir()
    name, data = changefile.write_change_file(
        [_employer_op(first, device, {"name": "Atelier Vélo (racheté)"})],
        scope="network",
        org_id=org_id(ml),
        device_id=device,
        seq=1,
        prev=None,
        schema=HEAD_REVISION,
        charter=1,
        content_key=_network_key(ml),
        device_private_key=stranger,
    )
    (feed / "log" / device / name).write_bytes(data)
    summary = cpas.sync(scopes=("network",))
    assert any(device in line for line in network_rejected(summary))
    assert any(path.endswith(f"log/{device}") for path, _ in rejected_rows(cpas))
    assert partner(cpas)[first]["name"] == "Atelier Vélo"
    # A device another organisation certified is no better.
    cert = json.loads(
        (pact.folder / "feeds" / org_id(cpas) / "keys").glob("*.json").__next__().read_text()
    )
    (feed / "keys" / f"{device}.json").write_text(json.dumps(cert))
    summary = cpas.sync(scopes=("network",))
    assert network_rejected(summary)
    assert partner(cpas)[first]["name"] == "Atelier Vélo"


def test_junk_in_a_partners_feed_is_quarantined_and_the_feed_goes_on(pact: Pact) -> None:
    cpas, ml, _ = pact.members
    first = ml.employer("Atelier Vélo", postcode="1060")
    pact.round(ml, cpas)
    assert set(partner(cpas)) == {first}
    device = ml.store.device_id
    log_dir = pact.folder / "feeds" / org_id(ml) / "log" / device
    next_seq = max(int(p.name[:12]) for p in log_dir.glob("*.chg")) + 1
    # Anyone who can write the network folder, no key needed: a file that is not one.
    junk = log_dir / f"{next_seq:012d}-{'0' * 16}.chg"
    junk.write_bytes(b"junk")
    junk_path = junk.relative_to(pact.folder).as_posix()
    summary = cpas.sync(scopes=("network",), lang="en")
    assert summary.ok
    assert [line for line in network_rejected(summary) if line.startswith(junk_path)]
    assert rejected_rows(cpas) == [(junk_path, "sync_corrupt")]
    # The partner's next files arrive beside the junk, and are received.
    second = ml.employer("Boulangerie Wiels", postcode="1060")
    pact.round(ml)
    assert (log_dir / junk.name).exists() and len(list(log_dir.glob(f"{next_seq:012d}-*"))) == 2
    third = ml.employer("Librairie Ptyx", postcode="1060")
    pact.round(ml, cpas)
    assert set(partner(cpas)) == {first, second, third}
    [network] = [s for s in engine.status(cpas.store, lang="nl") if s.scope == "network"]
    assert [(r["path"], r["reason"]) for r in network.rejected] == [
        (junk_path, "dit is geen wijzigingsbestand")
    ]
    # Gone from the folder, forgotten.
    junk.unlink()
    assert network_rejected(cpas.sync(scopes=("network",))) == []
    assert rejected_rows(cpas) == []


def _employer_op(row_id: str, device: str, fields: dict[str, Any]) -> dict[str, Any]:
    stamp = Stamp(time.time_ns() // 1_000_000 + 60_000, 0, device)
    return {
        "table": "employer",
        "row_id": row_id,
        "hlc": str(stamp),
        "op": "update",
        "fields": fields,
    }


def _network_key(station: Workstation) -> bytes:
    key = engine.LocalState(station.store).secret("network.content_key")
    assert key is not None
    return key


def test_a_publisher_that_sends_more_than_the_charter_has_the_extra_fields_dropped(
    pact: Pact,
) -> None:
    cpas, ml, _ = pact.members
    eid = cpas.employer("Pharmacie du Midi", postcode="1060")
    pact.round()
    # A file written by hand into the coordinator's feed, genuinely signed by its device.
    state = engine.LocalState(cpas.store)
    device = cpas.store.device_id
    log_dir = pact.folder / "feeds" / org_id(cpas) / "log" / device
    files = sorted(p for p in log_dir.iterdir() if p.suffix == ".chg")
    last = files[-1]
    name, data = changefile.write_change_file(
        [
            _employer_op(
                eid,
                device,
                {
                    "name": "Pharmacie du Midi SRL",
                    "legal_form": "SRL Zuidlaan",  # some charter may let it out, not this one
                },
            ),
            {
                "table": "contact_person",  # a table the default charter keeps home
                "row_id": "ffffffff-0000-0000-0000-000000000002",
                "hlc": str(Stamp(time.time_ns() // 1_000_000 + 60_001, 0, device)),
                "op": "update",
                "fields": {"name": "Mme Titulaire", "phone": "+3225000000"},
            },
        ],
        scope="network",
        org_id=org_id(cpas),
        device_id=device,
        seq=int(last.name[:12]) + 1,
        prev=hashlib.sha256(last.read_bytes()).hexdigest(),
        schema=HEAD_REVISION,
        charter=1,
        content_key=_network_key(cpas),
        device_private_key=state.device_key(),
    )
    (log_dir / name).write_bytes(data)

    summary = ml.sync(scopes=("network",))
    assert network_rejected(summary) == []
    record = partner(ml)[eid]
    assert record["name"] == "Pharmacie du Midi SRL"  # the file was accepted...
    stored = stored_partner_data(ml, "employer")[eid]
    assert "legal_form" not in stored  # ...and narrowed
    assert "Zuidlaan" not in json.dumps(stored)
    assert stored_partner_data(ml, "contact_person") == {}
    # (Fields no charter may ever let out, and tables outside the network, refuse the whole
    # file: test_network_trust.py.)
    # The publisher adopts the hand-written file and its chain goes on.
    cpas.edit(Employer, eid, {"website": "https://pharmacie-midi.example.be"})
    pact.round(cpas, ml)
    assert partner(ml)[eid]["website"] == "https://pharmacie-midi.example.be"
    assert network_rejected(ml.sync(scopes=("network",))) == []


# --- setup errors -----------------------------------------------------------------------------


def test_joining_with_the_wrong_passphrase_is_a_clear_error_and_configures_nothing(
    pact: Pact, monkeypatch: pytest.MonkeyPatch
) -> None:
    org, late = _member(pact.tmp, "isp", "Association Lire et Écrire", "isp")
    pact.orgs.append(org)
    feeds_before = sorted(p.name for p in (pact.folder / "feeds").iterdir())
    monkeypatch.setenv("PACTE_NETWORK_PASSPHRASE", "not the network passphrase")
    with pytest.raises(PacteError) as err:
        pact.join(late)
    assert err.value.code == "sync_passphrase"
    assert err.value.message("en")
    state = engine.LocalState(late.store)
    assert not state.configured("network")
    assert state.secret("network.content_key") is None
    assert sorted(p.name for p in (pact.folder / "feeds").iterdir()) == feeds_before
    assert late.sync(scopes=("network",)).scopes == []
    # With the right one it joins and receives the partners' records.
    monkeypatch.setenv("PACTE_NETWORK_PASSPHRASE", PASSPHRASE)
    eid = pact.members[0].employer("Friterie Chez Eddy")
    pact.round(pact.members[0])
    result = pact.join(late)
    assert not result.created
    assert set(partner(late)) == {eid}


def test_a_folder_without_network_root_is_not_joined(tmp_path: Path) -> None:
    org, station = _member(tmp_path, "ml", "Mission locale de Saint-Gilles", "mission-locale")
    try:
        empty = tmp_path / "empty"
        empty.mkdir()
        with pytest.raises(PacteError) as err:
            engine.setup_network(
                station.store,
                engine.Location("folder", str(empty)),
                coordinator=False,
                kdf=CHEAP_KDF,
            )
        assert err.value.code == "sync_nothing_to_join"
        assert "NETWORK.json" in err.value.message("en")
        assert "rien à rejoindre" in err.value.message("fr")
        assert not engine.LocalState(station.store).configured("network")
        assert list(empty.iterdir()) == []
    finally:
        org.close()


def test_a_moved_network_folder_stops_the_pass_and_deletes_nothing(pact: Pact) -> None:
    cpas, ml, _ = pact.members
    eid = cpas.employer("Garage Moderne")
    pact.round()
    assert set(partner(ml)) == {eid}
    moved = pact.tmp / "moved"
    shutil.move(str(pact.folder), moved)
    pact.folder.mkdir()
    summary = ml.sync(scopes=("network",))
    [scope] = summary.scopes
    assert scope.error is not None and "NETWORK.json" in scope.error
    assert set(partner(ml)) == {eid}
    assert list(pact.folder.iterdir()) == []


def test_withdrawals_name_only_records_partners_may_hold(pact: Pact) -> None:
    """Under the default charter contact persons never leave: withdrawing their employer must
    not send their ids either; nor does deleting a record that was never shared."""
    cpas, ml, _ = pact.members
    shared = cpas.employer("Garage Moderne", postcode="1060")
    contact = cpas.create(ContactPerson, {"employer_id": shared, "name": "M. Dubois"})
    never = cpas.employer("Cabinet Confidentiel", do_not_share=True)
    mistake = cpas.create(ContactPerson, {"employer_id": never, "name": "Erreur"})
    pact.round()
    assert set(partner(ml)) == {shared}
    cpas.edit(Employer, shared, {"do_not_share": True})
    cpas.delete(ContactPerson, mistake)
    pact.round()
    assert partner(ml) == {}
    published = json.dumps(feed_plaintext(pact, cpas))
    assert shared in published  # the withdrawal of what partners held
    assert contact not in published
    assert never not in published and mistake not in published
