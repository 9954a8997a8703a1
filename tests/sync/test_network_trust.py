"""The network scope under attack (issue 10, §2.3–2.5): each attack is played as the files an
attacker holding the network passphrase (and no coordinator key) can write into the network
folder — a ``member.json`` of its own, device certificates, change files encrypted with the
network key — sometimes after a coordinator admitted it in good faith (a rogue member).

What is shown: malformed operations refuse their file with a message in the user's language and
other feeds flow on; a self-declared member is not read until the coordinator admits it; an
admitted member cannot write another member's records nor use its devices; removal; a stamp
far in the future is not adopted; a network from before admissions is upgraded safely.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from test_network import (
    Pact,
    _member,
    make_pact,
    network_rejected,
    org_id,
    rejected_rows,
    stored_partner_data,
)
from workstations import PASSPHRASE, Workstation

from pacte_desktop.domain.entities import Employer
from pacte_desktop.domain.errors import PacteError
from pacte_desktop.domain.hlc import Stamp
from pacte_desktop.store.files import HEAD_REVISION
from pacte_desktop.sync import changefile, crypto, engine, network_ops


@pytest.fixture
def pact(tmp_path: Path):  # type: ignore[no-untyped-def]
    p = make_pact(tmp_path)
    yield p
    p.close()


def now_ms() -> int:
    return time.time_ns() // 1_000_000


@dataclass
class Rogue:
    """Someone with the network passphrase writing into the network folder by hand."""

    folder: Path
    name: str
    org_id: str = field(default_factory=lambda: f"00000000-0000-7000-8000-{uuid.uuid4().hex[:12]}")
    org_key: Ed25519PrivateKey = field(default_factory=crypto.generate_signing_key)
    device: str = field(default_factory=lambda: uuid.uuid4().hex[:16])
    device_key: Ed25519PrivateKey = field(default_factory=crypto.generate_signing_key)
    seq: dict[str, tuple[int, str | None]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        root = json.loads((self.folder / "NETWORK.json").read_text())
        self.network_id = str(root["id"])
        opened = crypto.open_with_passphrase(root["sealed"], PASSPHRASE, what="network")
        self.network_key = opened["network_key"]

    @property
    def feed(self) -> Path:
        return self.folder / "feeds" / self.org_id

    def ask_to_join(self) -> None:
        """``member.json`` and a device certificate, both under the rogue's own key."""
        (self.feed / "keys").mkdir(parents=True, exist_ok=True)
        body = {
            "org_id": self.org_id,
            "name": self.name,
            "network_id": self.network_id,
            "org_public_key": crypto.b64encode(crypto.public_key_bytes(self.org_key)),
        }
        (self.feed / "member.json").write_text(
            json.dumps(crypto.sign_document(engine.MEMBER_TYPE, body, self.org_key))
        )
        self.certify(self.device)

    def certify(self, device: str) -> None:
        cert = crypto.issue_certificate(
            org_private_key=self.org_key,
            org_id=self.org_id,
            device_id=device,
            device_public_key=self.device_key.public_key(),
        )
        (self.feed / "keys" / f"{device}.json").write_text(json.dumps(cert))

    def stamp(self, ahead_ms: int = 0, device: str | None = None) -> str:
        return str(Stamp(now_ms() + ahead_ms, 0, device or self.device))

    def publish(self, ops: list[Any], *, device: str | None = None) -> str:
        """A change file of the rogue's device (or of ``device``, certified by the rogue's
        key), genuinely signed and encrypted with the network key; its path in the folder."""
        device = device or self.device
        seq, prev = self.seq.get(device, (0, None))
        name, data = changefile.write_change_file(
            ops,
            scope="network",
            org_id=self.org_id,
            device_id=device,
            seq=seq + 1,
            prev=prev,
            schema=HEAD_REVISION,
            charter=1,
            content_key=self.network_key,
            device_private_key=self.device_key,
        )
        directory = self.feed / "log" / device
        directory.mkdir(parents=True, exist_ok=True)
        (directory / name).write_bytes(data)
        self.seq[device] = (seq + 1, hashlib.sha256(data).hexdigest())
        return f"feeds/{self.org_id}/log/{device}/{name}"

    def employer_op(self, row_id: str, fields: dict[str, Any], **extra: Any) -> dict[str, Any]:
        return {
            "table": "employer",
            "row_id": row_id,
            "hlc": self.stamp(),
            "op": "update",
            "fields": {"withdrawn": False, **fields},
            **extra,
        }


def admitted_rogue(pact: Pact, name: str = "CPAS Test") -> Rogue:
    """A rogue whom the coordinator admitted in good faith."""
    rogue = Rogue(pact.folder, name)
    rogue.ask_to_join()
    member = engine.admit_member(pact.members[0].store, rogue.org_id)
    assert member.status == engine.ADMITTED
    return rogue


def partners(station: Workstation) -> list[dict[str, Any]]:
    return engine.network_records(station.store)


def members_of(station: Workstation) -> dict[str, engine.Member]:
    return {m.org_id: m for m in engine.network_members(station.store)}


# --- malformed operations (§2.3) ---------------------------------------------------------------


def _valid(rogue: Rogue) -> dict[str, Any]:
    return rogue.employer_op(str(uuid.uuid4()), {"name": "Employeur correct"})


MALFORMED: dict[str, tuple[Any, str]] = {
    # case: (how to spoil a valid op, expected code)
    "a list": (lambda r: ["employer", "x", r.stamp(), "update", {}], "network_op_shape"),
    "table null": (lambda r: {**_valid(r), "table": None}, "network_op_table"),
    "unknown table": (lambda r: {**_valid(r), "table": "candidate"}, "network_op_table"),
    "extra key": (lambda r: {**_valid(r), "sql": "DROP TABLE employer"}, "network_op_shape"),
    "fields a list": (lambda r: {**_valid(r), "fields": ["name"]}, "network_op_shape"),
    "row id a path": (lambda r: {**_valid(r), "row_id": "../../ORG"}, "network_op_id"),
    "row id huge": (lambda r: {**_valid(r), "row_id": "a" * 5000}, "network_op_id"),
    "another device's stamp": (
        lambda r: {**_valid(r), "hlc": r.stamp(device="ab" * 8)},
        "network_op_stamp",
    ),
    "a 14-digit stamp": (
        lambda r: {**_valid(r), "hlc": f"99999999999999-0000-{r.device}"},
        "network_op_stamp",
    ),
    "unknown op kind": (lambda r: {**_valid(r), "op": "drop"}, "network_op_shape"),
    "SQL-looking field name": (
        lambda r: r.employer_op(str(uuid.uuid4()), {"do_not_share = 0 WHERE 1 --": 1}),
        "network_op_field",
    ),
    "a field never shared": (
        lambda r: r.employer_op(str(uuid.uuid4()), {"notes": "private"}),
        "network_op_field",
    ),
    "the do-not-share flag": (
        lambda r: r.employer_op(str(uuid.uuid4()), {"do_not_share": 0}),
        "network_op_field",
    ),
    "a number for a name": (
        lambda r: r.employer_op(str(uuid.uuid4()), {"name": 42}),
        "network_op_value",
    ),
    "a huge name": (
        lambda r: r.employer_op(str(uuid.uuid4()), {"name": "x" * 100_000}),
        "network_op_value",
    ),
    "a list not as the store keeps it": (
        lambda r: r.employer_op(str(uuid.uuid4()), {"languages": ["fr"]}),
        "network_op_value",
    ),
    "an object in a list": (
        lambda r: r.employer_op(str(uuid.uuid4()), {"tags": '[{"a": 1}]'}),
        "network_op_value",
    ),
    "a date that is not one": (
        lambda r: {
            "table": "opportunity",
            "row_id": str(uuid.uuid4()),
            "hlc": r.stamp(),
            "op": "update",
            "fields": {"title": "Stage", "start_date": "demain"},
        },
        "network_op_value",
    ),
    "withdrawn not a boolean": (
        lambda r: r.employer_op(str(uuid.uuid4()), {"withdrawn": "yes"}),
        "network_op_value",
    ),
    "another organisation's row": (
        lambda r: {
            "table": "organisation",
            "row_id": str(uuid.uuid4()),
            "hlc": r.stamp(),
            "op": "update",
            "fields": {"name": "CPAS de Saint-Gilles"},
        },
        "network_op_id",
    ),
    "a huge profile": (
        lambda r: {
            "table": "public_profile",
            "row_id": r.org_id,
            "hlc": r.stamp(),
            "op": "update",
            "fields": {
                "profile": {
                    "skills": {f"skill {i}": 5 for i in range(10_000)},
                    "languages": {},
                    "qualifications": {},
                    "total": 50_000,
                }
            },
        },
        "network_op_value",
    ),
    "a deep profile": (
        lambda r: {
            "table": "public_profile",
            "row_id": r.org_id,
            "hlc": r.stamp(),
            "op": "update",
            "fields": {
                "profile": {
                    "skills": {"cuisine": {"a": {"b": {"c": 1}}}},
                    "languages": {},
                    "qualifications": {},
                    "total": 6,
                }
            },
        },
        "network_op_value",
    ),
}


@pytest.mark.parametrize("case", sorted(MALFORMED))
def test_a_malformed_operation_refuses_its_file_with_a_message_and_other_feeds_flow(
    pact: Pact, case: str
) -> None:
    cpas, ml, ale = pact.members
    rogue = admitted_rogue(pact)
    at_ml = ml.employer("Imprimerie Lielens", postcode="1060")
    pact.round(ml)
    spoil, code = MALFORMED[case]
    good = _valid(rogue)
    path = rogue.publish([good, spoil(rogue)])
    ml.edit(Employer, at_ml, {"name": "Imprimerie Lielens SRL"})
    pact.round(ml)

    for receiver in (cpas, ale):
        summary = receiver.sync(scopes=("network",))
        [scope] = summary.scopes
        assert scope.error is None  # no traceback, no aborted pass
        [line] = [r for r in network_rejected(summary) if path in r]
        assert "est refusé" in line and "opération n° 2" in line  # the user's language
        assert (path, code) in rejected_rows(receiver)
        # Nothing of the refused file, not even its valid first operation...
        assert good["row_id"] not in stored_partner_data(receiver, "employer")
        # ...while the other members' feeds flow on.
        [record] = [r for r in partners(receiver) if r["id"] == at_ml]
        assert record["name"] == "Imprimerie Lielens SRL"
    [status] = [s for s in engine.status(ale.store) if s.scope == "network"]
    assert any(r["path"] == path for r in status.rejected)

    # The rogue's later files wait behind the refused one; a second pass refuses it again,
    # still without stopping anything.
    rogue.publish([rogue.employer_op(str(uuid.uuid4()), {"name": "Après"})])
    summary = ale.sync(scopes=("network",))
    assert summary.ok and any(path in r for r in network_rejected(summary))
    assert "Après" not in json.dumps(stored_partner_data(ale, "employer"))


def test_refusal_messages_exist_in_every_language() -> None:
    rogue_device = "ab" * 8
    for code, params in [
        ("network_op_shape", {"detail": "list"}),
        ("network_op_table", {"table": "candidate"}),
        ("network_op_id", {"table": "employer"}),
        ("network_op_stamp", {"device": rogue_device}),
        ("network_op_field", {"name": "notes", "table": "employer"}),
        ("network_op_value", {"name": "name", "table": "employer"}),
    ]:
        error = PacteError("network", code, value="feeds/x/log/y/z.chg", index=3, **params)
        texts = {lang: error.message(lang) for lang in ("fr", "nl", "en")}
        assert len(set(texts.values())) == 3
        assert all("z.chg" in t and "3" in t for t in texts.values())


def test_a_newer_applications_unknown_tables_and_fields_are_left_out_not_refused() -> None:
    device = "cd" * 8
    stamp = f"{now_ms():013d}-0000-{device}"
    ops = [
        {
            "table": "employer",
            "row_id": "e1",
            "hlc": stamp,
            "op": "update",
            "fields": {"name": "Garage", "carbon_label": "A"},
        },
        {"table": "training_offer", "row_id": "t1", "hlc": stamp, "op": "update", "fields": {}},
    ]
    [kept] = network_ops.check_ops(
        ops, org_id="org-0001", device_id=device, schema="9999", what="f.chg"
    )
    assert kept.fields == {"name": "Garage"}
    with pytest.raises(PacteError) as err:  # the same file, from this version: refused
        network_ops.check_ops(
            ops, org_id="org-0001", device_id=device, schema=HEAD_REVISION, what="f.chg"
        )
    assert err.value.code == "network_op_field"
    bad = [{**ops[0], "fields": {"x = 0 --": 1}}]
    with pytest.raises(PacteError):  # not a name, whatever the header says
        network_ops.check_ops(bad, org_id="org-0001", device_id=device, schema="9999", what="f")


# --- clock stamps from outside (§2.5) ----------------------------------------------------------


def test_a_file_stamped_far_ahead_waits_until_it_is_due(
    pact: Pact, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, ml, ale = pact.members
    rogue = admitted_rogue(pact)
    target = str(uuid.uuid4())
    day = 24 * 3600 * 1000
    future = rogue.stamp(ahead_ms=day)
    path = rogue.publish([{**rogue.employer_op(target, {"name": "Futur"}), "hlc": future}])
    rogue.publish([rogue.employer_op(target, {"name": "Présent"})])
    at_ml = ml.employer("Atelier Vélo")
    pact.round(ml)

    summary = ale.sync(scopes=("network",))
    [scope] = summary.scopes
    assert scope.error is None and not scope.rejected
    assert any(path in line and "ahead" in line for line in scope.waiting)
    assert target not in stored_partner_data(ale, "employer")  # neither file: they wait in order
    assert any(r["id"] == at_ml for r in partners(ale))  # other feeds flow
    # The forged stamp moved nothing on this workstation: its own next stamps stay of today.
    assert (ale.store.local("hlc") or "") < future

    # A day later the file is due: both files apply, in order.
    real = time.time_ns
    monkeypatch.setattr(time, "time_ns", lambda: real() + day * 1_000_000 + 60_000_000_000)
    summary = ale.sync(scopes=("network",))
    assert not summary.scopes[0].waiting
    [record] = [r for r in partners(ale) if r["id"] == target]
    assert record["name"] == "Futur"  # its stamp is the later one


# --- membership (§2.4) -------------------------------------------------------------------------


def test_a_self_declared_member_is_ignored_until_the_coordinator_admits_it(pact: Pact) -> None:
    cpas, ml, _ = pact.members
    real = cpas.employer("Boulangerie du Parvis", postcode="1060")
    pact.round(cpas)
    # "CPAS Test" asks to join and publishes the CPAS's employer id under another name.
    rogue = Rogue(pact.folder, "CPAS Test")
    rogue.ask_to_join()
    rogue.publish([rogue.employer_op(real, {"name": "Faux employeur", "postcode": "1060"})])
    rogue.publish([rogue.employer_op(str(uuid.uuid4()), {"name": "Employeur fictif"})])
    # A new organisation joins the network and syncs.
    org, late = _member(pact.tmp, "isp", "Association Lire et Écrire", "isp")
    pact.orgs.append(org)
    pact.join(late)
    pact.round(cpas, ml, late)
    for receiver in (cpas, ml, late):
        names = {r["name"] for r in partners(receiver)}
        assert "Faux employeur" not in names and "Employeur fictif" not in names
        assert not stored_partner_data(receiver, "employer").keys() - {real}
        listed = members_of(receiver)
        assert listed[rogue.org_id].status == engine.PENDING
        assert not listed[rogue.org_id].read
    assert {r["name"] for r in partners(late)} == {"Boulangerie du Parvis"}
    # The late joiner is pending too: partners do not read it yet, it reads the admitted ones.
    assert members_of(cpas)[org_id(late)].status == engine.PENDING
    assert members_of(late)[org_id(late)].status == engine.PENDING
    assert members_of(late)[org_id(cpas)].status == engine.ADMITTED
    assert members_of(late)[org_id(cpas)].coordinator

    # Admitted (by mistake): its records are its own; the CPAS's record is untouched.
    engine.admit_member(cpas.store, "cpas test")  # by name, any case
    pact.round(cpas, late)
    records = partners(late)
    mine = [r for r in records if r["id"] == real]
    assert sorted((r["organisation"], r["name"]) for r in mine) == [
        ("CPAS Test", "Faux employeur"),
        ("CPAS de Saint-Gilles", "Boulangerie du Parvis"),
    ]


def test_a_rogue_admitted_member_cannot_overwrite_another_members_records_nor_use_its_devices(
    pact: Pact,
) -> None:
    cpas, ml, ale = pact.members
    at_ml = ml.employer("Menuiserie Collective", postcode="1060")
    pact.round(ml)
    rogue = admitted_rogue(pact)
    # Same ids as the mission locale's, later stamps, and the mission locale's own device id
    # and the receiver's own device id, certified by the rogue's key.
    rogue.publish([rogue.employer_op(at_ml, {"name": "Menuiserie (rachetée)"})])
    ml_device = ml.store.device_id
    for device in (ml_device, ale.store.device_id):
        rogue.certify(device)
        rogue.publish(
            [
                {
                    **rogue.employer_op(at_ml, {"name": "Menuiserie (usurpée)"}),
                    "hlc": rogue.stamp(device=device),
                }
            ],
            device=device,
        )
        # A far sequence number: a device that took it would publish after it, or wait for it.
        rogue.seq[device] = (999, rogue.seq[device][1])
        rogue.publish(
            [{**rogue.employer_op(at_ml, {"name": "Saut"}), "hlc": rogue.stamp(device=device)}],
            device=device,
        )
    ml.edit(Employer, at_ml, {"phone": "02 538 00 11"})
    pact.round(ml, ale, cpas)
    # A new joiner, like every member, keeps the mission locale's record as the mission
    # locale wrote it; the rogue's writing of that id is a record of the rogue's own.
    org, late = _member(pact.tmp, "isp", "Association Lire et Écrire", "isp")
    pact.orgs.append(org)
    pact.join(late)
    for receiver in (late, ale, cpas):
        by_org = {r["organisation_id"]: r for r in partners(receiver) if r["id"] == at_ml}
        assert by_org[org_id(ml)]["name"] == "Menuiserie Collective"
        assert by_org[org_id(ml)]["phone"] == "+3225380011"
        assert by_org[rogue.org_id]["name"] == "Menuiserie (rachetée)"
        assert "usurpée" not in json.dumps(stored_partner_data(receiver, "employer"))
        refused = {path for path, _ in rejected_rows(receiver)}
        assert f"feeds/{rogue.org_id}/log/{ml_device}" in refused
    # The receiver's own publishing goes on in sequence: its partners still read it.
    eid = ale.employer("Librairie Tropismes")
    pact.round(ale, late)
    assert any(r["id"] == eid for r in partners(late))


def test_removal_stops_the_feed_drops_its_records_and_only_moves_forward(pact: Pact) -> None:
    cpas, ml, ale = pact.members
    at_ale = ale.employer("Brasserie de la Place", postcode="1060")
    at_ml = ml.employer("Atelier Vélo", postcode="1060")
    pact.settle()
    assert any(r["id"] == at_ale for r in partners(ml))

    # Only the coordinator removes, never itself; a member asking is told so.
    with pytest.raises(PacteError) as err:
        engine.remove_member(ml.store, org_id(ale))
    assert err.value.code == "network_coordinator_only"
    with pytest.raises(PacteError) as err:
        engine.remove_member(cpas.store, org_id(cpas))
    assert err.value.code == "network_remove_coordinator"

    removed = engine.remove_member(cpas.store, "ALE de Saint-Gilles")
    assert removed.status == engine.REMOVED and not removed.read
    assert not [r for r in partners(cpas) if r["organisation_id"] == org_id(ale)]
    ale.edit(Employer, at_ale, {"name": "Brasserie (après retrait)"})
    pact.round(ale, ml)
    assert members_of(ml)[org_id(ale)].status == engine.REMOVED
    with ml.store.reading() as conn:
        left = conn.execute(
            sa.text("SELECT count(*) FROM network_record WHERE org_id = :o"), {"o": org_id(ale)}
        ).scalar_one()
    assert left == 0
    # The removed organisation's workstation stops with a message and keeps no partner record.
    summary = ale.sync(scopes=("network",))
    [scope] = summary.scopes
    assert scope.error is not None and "retirée du réseau" in scope.error
    assert stored_partner_data(ale, "employer") == {}

    # Deleting the removal from the folder changes nothing: versions only move forward.
    for path in (pact.folder / "members").glob(f"{org_id(ale)}.v*.json"):
        if json.loads(path.read_text())["status"] == "removed":
            path.unlink()
    pact.round(ml)
    assert members_of(ml)[org_id(ale)].status == engine.REMOVED
    assert not [r for r in partners(ml) if r["organisation_id"] == org_id(ale)]

    # Admitted again: its feed is read again from the start.
    assert engine.admit_member(cpas.store, org_id(ale)).status == engine.ADMITTED
    pact.round(ale, ml)
    [back] = [r for r in partners(ml) if r["id"] == at_ale]
    assert back["name"] == "Brasserie (après retrait)"
    assert any(r["id"] == at_ml for r in partners(cpas))
    assert any(r["id"] == at_ml for r in partners(ale))  # and it reads its partners again


def test_joining_in_the_name_of_an_organisation_someone_already_asked_for_is_refused(
    pact: Pact,
) -> None:
    org, late = _member(pact.tmp, "isp", "Association Lire et Écrire", "isp")
    pact.orgs.append(org)
    squatter = Rogue(pact.folder, "Association Lire et Écrire", org_id=org_id(late))
    squatter.ask_to_join()
    with pytest.raises(PacteError) as err:
        pact.join(late)
    assert err.value.code == "network_member_taken"
    assert "member.json" in err.value.message("fr")


def test_a_network_from_before_admissions_is_upgraded_by_the_coordinators_next_pass(
    pact: Pact,
) -> None:
    cpas, ml, ale = pact.members
    at_cpas = cpas.employer("Garage Moderne", postcode="1060")
    at_ale = ale.employer("Brasserie de la Place", postcode="1060")
    pact.settle()
    # Make it a network from before admissions: no members/ folder, and on each workstation
    # the keys pinned on first sight (what the previous version kept) instead of admissions.
    shutil.rmtree(pact.folder / "members")
    for station in pact.members:
        with station.store.engine.begin() as conn:
            admissions = conn.execute(
                sa.text(
                    "SELECT key, value FROM local_state WHERE key LIKE 'sync.network.admission.%'"
                )
            ).all()
            conn.execute(
                sa.text(
                    "DELETE FROM local_state WHERE key LIKE 'sync.network.admission.%' "
                    "OR key = 'sync.network.listed.members'"
                )
            )
            for _, value in admissions:
                admission = json.loads(value)
                if admission["org_id"] == org_id(station):
                    continue
                for name, pinned in (
                    ("member", admission["public_key"]),
                    ("member_name", admission["name"]),
                ):
                    station.store.set_local(
                        f"sync.network.{name}.{admission['org_id']}", pinned, conn=conn
                    )
    # A fake member asks to join meanwhile: nobody had pinned it.
    rogue = Rogue(pact.folder, "CPAS Test")
    rogue.ask_to_join()
    rogue.publish([rogue.employer_op(at_cpas, {"name": "Faux"})])

    # Before the coordinator upgrades, members go on reading the feeds they had pinned, only.
    ale.edit(Employer, at_ale, {"name": "Brasserie de la Place SRL"})
    pact.round(ale, ml)
    assert {r["name"] for r in partners(ml)} == {"Garage Moderne", "Brasserie de la Place SRL"}
    assert members_of(ml)[rogue.org_id].status == engine.PENDING

    # The coordinator's next pass admits itself and the organisations it had pinned.
    pact.round(cpas)
    assert sorted((pact.folder / "members").iterdir())
    listed = members_of(cpas)
    assert {o for o, m in listed.items() if m.status == engine.ADMITTED} == {
        org_id(cpas),
        org_id(ml),
        org_id(ale),
    }
    assert listed[rogue.org_id].status == engine.PENDING
    # From now on only admissions count, everywhere.
    pact.round(ml, ale)
    for station in (ml, ale):
        listed = members_of(station)
        assert listed[org_id(cpas)].status == engine.ADMITTED
        assert listed[rogue.org_id].status == engine.PENDING
        assert "Faux" not in {r["name"] for r in partners(station)}
    assert {r["name"] for r in partners(ml)} == {"Garage Moderne", "Brasserie de la Place SRL"}


def test_admissions_deleted_from_the_folder_are_written_again_and_readmit_no_one(
    pact: Pact,
) -> None:
    cpas, ml, _ = pact.members
    ml.employer("Atelier Vélo", postcode="1060")
    at_cpas = cpas.employer("Garage Moderne", postcode="1060")
    pact.round(cpas)
    rogue = admitted_rogue(pact)
    rogue.publish([rogue.employer_op(str(uuid.uuid4()), {"name": "Employeur fictif"})])
    engine.remove_member(cpas.store, rogue.org_id)
    pact.round(ml)
    # Someone with write access to the folder deletes every admission document.
    shutil.rmtree(pact.folder / "members")
    (pact.folder / "members").mkdir()
    pact.round(ml)
    assert any(r["id"] == at_cpas for r in partners(ml))  # members keep what they verified
    # The coordinator's next pass writes them again, the removal included.
    pact.round(cpas)
    names = sorted(p.name for p in (pact.folder / "members").iterdir())
    assert f"{rogue.org_id}.v0002.json" in names and f"{org_id(ml)}.v0001.json" in names
    assert members_of(cpas)[rogue.org_id].status == engine.REMOVED
    # A workstation joining now reads the admitted members, and not the removed one.
    org, late = _member(pact.tmp, "isp", "Association Lire et Écrire", "isp")
    pact.orgs.append(org)
    pact.join(late)
    listed = members_of(late)
    assert listed[org_id(ml)].status == engine.ADMITTED
    assert listed[rogue.org_id].status == engine.REMOVED
    assert {r["name"] for r in partners(late)} == {"Atelier Vélo", "Garage Moderne"}


def test_an_admission_pins_the_key_the_coordinator_was_shown(pact: Pact) -> None:
    cpas, _, _ = pact.members
    asking = Rogue(pact.folder, "Maison de l'emploi")
    asking.ask_to_join()
    pact.round(cpas)
    shown = members_of(cpas)[asking.org_id].fingerprint
    assert shown
    # Someone replaces its member.json with a key of their own before the admission.
    swapped = Rogue(pact.folder, "Maison de l'emploi", org_id=asking.org_id)
    (asking.feed / "member.json").unlink()
    swapped.ask_to_join()
    with pytest.raises(PacteError) as err:
        engine.admit_member(cpas.store, asking.org_id, fingerprint=shown)
    assert err.value.code == "sync_forged"
    assert members_of(cpas)[asking.org_id].status == engine.PENDING
    assert not list((pact.folder / "members").glob(f"{asking.org_id}.*"))
