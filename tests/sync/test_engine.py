"""The organisation scope end to end on a shared folder: setup, join, edits both ways,
concurrent edits kept as conflicts, reinstatement, delete against edit."""

from __future__ import annotations

from pathlib import Path

import pytest
from workstations import PASSPHRASE, OrgNet

from pacte_desktop.domain.entities import ContactPerson, Employer
from pacte_desktop.domain.errors import PacteError
from pacte_desktop.sync import engine


@pytest.fixture
def net(tmp_path: Path):  # type: ignore[no-untyped-def]
    n = OrgNet(tmp_path)
    yield n
    n.close()


def test_a_joining_workstation_receives_everything_and_both_converge(net: OrgNet) -> None:
    a = net.first("A")
    eid = a.employer("Boulangerie du Parvis", postcode="1060")
    a.sync()
    b = net.join("B", worker="Julie Buelens")
    assert b.value("employer", eid, "name") == "Boulangerie du Parvis"
    b.edit(Employer, eid, {"phone": "02 537 12 34"})
    b.sync()
    a.sync()
    assert a.value("employer", eid, "phone") == "+3225371234"
    assert a.rows() == b.rows()
    assert a.journal() == b.journal()


def test_concurrent_edits_keep_the_loser_and_it_can_be_reinstated(net: OrgNet) -> None:
    a = net.first("A")
    eid = a.employer("Garage Moderne")
    a.sync()
    b = net.join("B")
    b.edit(Employer, eid, {"name": "Garage Moderne SPRL"})
    a.edit(Employer, eid, {"name": "Garage Moderne SRL"})  # later: wins
    for station in (b, a, b):
        station.sync()
    assert a.value("employer", eid, "name") == b.value("employer", eid, "name")
    assert a.value("employer", eid, "name") == "Garage Moderne SRL"
    [conflict] = b.conflicts()
    assert conflict.lost_value == "Garage Moderne SPRL"
    engine.reinstate(b.store, conflict.id)
    b.sync()
    a.sync()
    assert a.value("employer", eid, "name") == "Garage Moderne SPRL"
    assert b.conflicts() == []


def test_delete_on_one_workstation_and_edit_on_another_stays_deleted_with_the_edit_kept(
    net: OrgNet,
) -> None:
    a = net.first("A")
    eid = a.employer("Friterie")
    cid = a.create(ContactPerson, {"employer_id": eid, "name": "Mme Peeters"})
    a.sync()
    b = net.join("B")
    a.delete(ContactPerson, cid)
    b.edit(ContactPerson, cid, {"role": "gérante"})
    for station in (a, b, a):
        station.sync()
    assert a.value("contact_person", cid, "name") is None
    assert b.value("contact_person", cid, "name") is None
    kept = [c for c in a.conflicts() if c.kind == "edit after delete"]
    assert [(c.field, c.lost_value) for c in kept] == [("role", "gérante")]
    with pytest.raises(PacteError):
        engine.reinstate(a.store, kept[0].id)
    assert a.rows() == b.rows()


def test_deleting_a_record_others_refer_to_is_refused(net: OrgNet) -> None:
    a = net.first("A")
    eid = a.employer("Friterie")
    a.create(ContactPerson, {"employer_id": eid, "name": "Mme Peeters"})
    with pytest.raises(PacteError) as err:
        a.delete(Employer, eid)
    assert err.value.code == "referenced"
    assert a.value("employer", eid, "name") == "Friterie"


def test_a_root_that_needs_a_newer_application_stops_sync_with_a_message(net: OrgNet) -> None:
    import json

    from pacte_desktop.sync import crypto

    a = net.first("A")
    a.employer("Friterie")
    before = a.rows()
    doc = json.loads((net.root / "ORG.json").read_text())
    # Re-sign the root as the organisation would after an upgrade that needs version 9 (the
    # organisation key is not kept on the workstation: the passphrase opens it).
    org_key = engine.open_org_key(a.store, PASSPHRASE)
    body = {k: v for k, v in doc.items() if k not in ("type", "signature")}
    body["min_app"] = "9.0.0"
    signed = crypto.sign_document(engine.ORG_ROOT_TYPE, body, org_key)
    (net.root / "ORG.json").write_text(json.dumps(signed))
    summary = a.sync()
    assert summary.scopes[0].error is not None
    assert "9.0.0" in summary.scopes[0].error
    assert a.rows() == before


def test_one_pass_at_a_time_per_store(net: OrgNet) -> None:
    from filelock import FileLock

    a = net.first("A")
    a.employer("Friterie")
    with FileLock(a.store.data_dir / "sync.lock"):  # another process's pass, say
        summary = engine.sync_pass(a.store, wait=0.1)
    assert summary.scopes[0].error is not None
    assert "autre synchronisation" in summary.scopes[0].error
    assert engine.status(a.store)[0].pending_ops > 0  # nothing was published meanwhile
    assert a.sync().ok
    assert engine.status(a.store)[0].pending_ops == 0
