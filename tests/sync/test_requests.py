"""Employer requests relayed to the network (issue 15, point 3), end to end: three member
organisations around one network folder, each a real store.

What is shown: a request relayed by one organisation reaches the others with the relaying
organisation and the employer; answered by two of them (a count and a message, never a
candidate), every answer reaches everyone and the relaying organisation sees the count gathered
against the count asked; the close reaches every partner, whose lists stop offering it; an
answer travels to the answering organisation's other workstation through org sync; hostile
answers refuse their file; a "do not share" employer's request is not relayed.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from pathlib import Path
from typing import Any

import pytest
from test_network import Organisation, Pact, feed_plaintext, make_pact, org_id, worker_of
from test_network_trust import admitted_rogue, rejected_rows, stored_partner_data
from workstations import Workstation

from pacte_desktop.domain.entities import Candidate, Employer, Opportunity
from pacte_desktop.domain.errors import PacteError, ValidationError
from pacte_desktop.services import day, records, requests
from pacte_desktop.store.unit_of_work import UnitOfWork
from pacte_desktop.sync import network_ops

TODAY = dt.date(2026, 12, 7)


@pytest.fixture
def pact(tmp_path: Path):  # type: ignore[no-untyped-def]
    p = make_pact(tmp_path)
    yield p
    p.close()


def request_at(station: Workstation, **values: Any) -> str:
    employer = station.employer(
        values.pop("employer", "Delhaize Barrière"), postcode="1060", commune="Saint-Gilles"
    )
    return station.create(
        Opportunity,
        {
            "employer_id": employer,
            "kind": "profile-request",
            "title": "15 vendeurs NL/EN",
            "positions": 15,
            "languages": ["nl", "en"],
            "end_date": "2027-01-31",
            "notes": "la gérante rappelle le lundi",
            **values,
        },
    )


def relay(station: Workstation, ref: str) -> Opportunity:
    with UnitOfWork(station.store) as uow:
        found = requests.relay(uow, ref)
        uow.commit()
    return found


def answer(station: Workstation, ref: str, count: object, message: str | None = None) -> str:
    request = requests.find_partner_request(station.store, ref)
    with UnitOfWork(station.store) as uow:
        made = requests.answer(uow, request, count=count, message=message, today=TODAY)
        uow.commit()
    return made.id


def close(station: Workstation, ref: str, status: str) -> None:
    with UnitOfWork(station.store) as uow:
        requests.close(uow, ref, status)
        uow.commit()


def test_a_relayed_request_is_answered_and_the_answers_and_the_close_reach_everyone(
    pact: Pact,
) -> None:
    cpas, ml, ale = pact.members
    rid = request_at(cpas)
    pact.settle()
    # Not relayed yet: nothing leaves.
    assert requests.request_board(ml.store).partners == []

    relayed = relay(cpas, rid)
    assert relayed.shared
    pact.settle()
    for partner in (ml, ale):
        [seen] = requests.request_board(partner.store).partners
        # The employer as the charter allows: the default one keeps the opportunity's
        # employer home.
        assert (seen.id, seen.organisation, seen.employer_name) == (
            rid,
            "CPAS de Saint-Gilles",
            None,
        )
        assert (seen.positions, seen.languages, seen.status) == (15, ("nl", "en"), "open")
        assert seen.our_answer is None and seen.gathered == 0
        # Ma journée names the relaying organisation too.
        [open_one] = day.partner_requests(partner.store, TODAY).requests
        assert (open_one.id, open_one.organisation_id) == (rid, org_id(cpas))
    assert "gérante" not in json.dumps(stored_partner_data(ml, "opportunity"))

    answer(ml, rid[:10], 4, "Quatre profils bilingues, disponibles en janvier")
    answer(ale, rid, 3)
    pact.settle()
    [ours] = requests.request_board(cpas.store).ours
    assert ours.id == rid and ours.positions == 15
    assert {(a.organisation, a.count, a.message) for a in ours.answers} == {
        ("Mission locale de Saint-Gilles", 4, "Quatre profils bilingues, disponibles en janvier"),
        ("ALE de Saint-Gilles", 3, None),
    }
    assert ours.gathered == 7
    assert all(a.answered_on == TODAY for a in ours.answers)
    # Every member sees what was gathered; each its own answer.
    [at_ml] = requests.request_board(ml.store).partners
    assert at_ml.our_answer is not None and at_ml.our_answer.count == 4 and at_ml.gathered == 7
    [at_ale] = requests.request_board(ale.store).partners
    assert at_ale.our_answer is not None and at_ale.our_answer.count == 3 and at_ale.gathered == 7

    # Answering again changes the answer: one organisation is never counted twice.
    answer(ml, rid, 5, "Cinq finalement")
    pact.settle()
    [ours] = requests.request_board(cpas.store).ours
    assert ours.gathered == 8 and len(ours.answers) == 2

    # The answer in the feed: a count, a message, a date and the request; no worker, no one.
    published = [op for op in feed_plaintext(pact, ml) if op["table"] == network_ops.ANSWER]
    assert published and all(
        set(op["fields"]) <= network_ops.ANSWER_FIELDS | {"withdrawn"} for op in published
    )
    assert worker_of(ml) not in json.dumps(published)

    close(cpas, rid, "partly")
    pact.settle()
    for partner in (ml, ale):
        [seen] = requests.request_board(partner.store).partners
        assert seen.status == "partly" and not seen.open
        assert day.partner_requests(partner.store, TODAY).requests == []
    with pytest.raises(ValidationError) as refused:
        answer(ale, rid, 2)
    assert refused.value.code == "request_partner_closed"
    [ours] = requests.request_board(cpas.store).ours
    assert ours.status == "partly" and ours.gathered == 8


def test_an_answer_travels_to_the_organisations_other_workstation_and_is_changed_there(
    pact: Pact,
) -> None:
    cpas, ml, _ = pact.members
    rid = request_at(cpas)
    relay(cpas, rid)
    pact.settle()
    answer(ml, rid, 2, "Deux profils")
    ml_org = pact.orgs[1]
    assert isinstance(ml_org, Organisation)
    ml.sync(scopes=("org",))
    second = ml_org.join("ws2")
    second.sync(scopes=("org",))
    pact.join(second)
    second.sync(scopes=("network",))
    [seen] = requests.request_board(second.store).partners
    assert seen.our_answer is not None and seen.our_answer.count == 2
    # Changed on the second workstation: the same answer, published from there.
    answer(second, rid, 6, "Six profils")
    second.sync(scopes=("org", "network"))
    pact.round(cpas)
    [ours] = requests.request_board(cpas.store).ours
    assert [(a.organisation, a.count) for a in ours.answers] == [
        ("Mission locale de Saint-Gilles", 6)
    ]


def test_what_is_not_relayed_nor_answered(pact: Pact) -> None:
    cpas, ml, _ = pact.members
    private = request_at(cpas, employer="Employeur discret")
    employer_id = cpas.value("opportunity", private, "employer_id")
    cpas.edit(Employer, employer_id, {"do_not_share": True})
    with pytest.raises(ValidationError) as refused:
        relay(cpas, private)
    assert refused.value.code == "request_employer_private"
    assert "Employeur discret" in str(refused.value)
    assert cpas.value("opportunity", private, "shared") == 0

    internship = cpas.create(
        Opportunity,
        {"employer_id": employer_id, "kind": "internship", "title": "Stage caisse"},
    )
    with pytest.raises(ValidationError) as refused:
        relay(cpas, internship)
    assert refused.value.code == "request_not_profile"
    done = request_at(cpas, status="filled")
    with pytest.raises(ValidationError) as refused:
        relay(cpas, done)
    assert refused.value.code == "request_not_open"
    with pytest.raises(ValidationError) as refused:
        close(cpas, private, "finished")
    assert refused.value.code == "request_close_status"
    pact.settle()
    assert requests.request_board(ml.store).partners == []
    assert "discret" not in json.dumps(stored_partner_data(ml, "employer"))

    # An answer quoting one of our candidates' codes is refused: it says how many, not who.
    rid = request_at(cpas)
    relay(cpas, rid)
    pact.settle()
    ml.create(Candidate, {"code": "ML-0042", "worker_id": worker_of(ml)})
    with pytest.raises(ValidationError) as refused:
        answer(ml, rid, 1, "Je pense à ml-0042, très motivée")
    assert refused.value.code == "request_names_candidate"
    with pytest.raises(PacteError) as refused:
        answer(ml, "zz", 1)
    assert refused.value.code == "request_not_found"
    with pytest.raises(ValidationError):
        answer(ml, rid, 0)


def _answer_op(rogue: Any, **fields: Any) -> dict[str, Any]:
    good = {
        "request_org_id": "0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b",
        "request_id": "0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5c",
        "count": 3,
        "message": "Trois profils",
        "answered_on": "2026-12-07",
        "withdrawn": False,
    }
    return {
        "table": network_ops.ANSWER,
        "row_id": str(uuid.uuid4()),
        "hlc": rogue.stamp(),
        "op": "update",
        "fields": {**good, **fields},
    }


HOSTILE: dict[str, tuple[dict[str, Any], str]] = {
    "a candidate's id": ({"candidate_id": "0190-cand"}, "network_op_field"),
    "a candidate's name": ({"candidate": "Mme Dupont"}, "network_op_field"),
    "a negative count": ({"count": -3}, "network_op_value"),
    "a zero count": ({"count": 0}, "network_op_value"),
    "a count as text": ({"count": "3"}, "network_op_value"),
    "a boolean count": ({"count": True}, "network_op_value"),
    "a huge count": ({"count": 10**12}, "network_op_value"),
    "a huge message": ({"message": "x" * 50_000}, "network_op_value"),
    "a message as an object": ({"message": {"html": "<b>"}}, "network_op_value"),
    "a request id as a path": ({"request_id": "../../ORG.json"}, "network_op_value"),
    "no request id": ({"request_id": None}, "network_op_value"),
    "a date that is not one": ({"answered_on": "hier"}, "network_op_value"),
}


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_a_hostile_answer_refuses_its_file_and_nothing_of_it_is_stored(
    pact: Pact, case: str
) -> None:
    cpas, _, _ = pact.members
    rogue = admitted_rogue(pact)
    fields, code = HOSTILE[case]
    good = _answer_op(rogue)
    path = rogue.publish([good, _answer_op(rogue, **fields)])
    summary = cpas.sync(scopes=("network",))
    assert summary.ok
    assert (path, code) in rejected_rows(cpas)
    assert stored_partner_data(cpas, network_ops.ANSWER) == {}


def test_a_well_formed_answer_of_a_member_is_kept(pact: Pact) -> None:
    cpas, _, _ = pact.members
    rid = request_at(cpas)
    relay(cpas, rid)
    rogue = admitted_rogue(pact, "Partenaire correct")
    rogue.publish([_answer_op(rogue, request_org_id=org_id(cpas), request_id=rid, message=None)])
    assert cpas.sync(scopes=("network",)).ok
    [ours] = requests.request_board(cpas.store).ours
    assert [(a.organisation, a.count, a.message) for a in ours.answers] == [
        ("Partenaire correct", 3, None)
    ]


def test_a_placement_proposed_by_a_partner_is_counted_in_the_placement_report(
    pact: Pact, poppler: Any, tmp_path: Path
) -> None:
    import subprocess

    from pacte_desktop.domain.entities import Placement
    from pacte_desktop.services import reports

    cpas, ml, _ = pact.members
    rid = request_at(cpas)
    relay(cpas, rid)
    pact.settle()
    answer(ml, rid, 2, "Deux profils")
    pact.settle()
    with cpas.store.reading() as conn:
        choices = records.partner_options(conn)
    # Every other organisation of the network is offered, by name; never this one.
    assert [name for _, name in choices] == [
        "ALE de Saint-Gilles",
        "Mission locale de Saint-Gilles",
    ]
    [ml_id] = [org for org, name in choices if name.startswith("Mission")]
    assert ml_id == org_id(ml)
    for code, proposed in (("CPAS-0001", ml_id), ("CPAS-0002", None), ("CPAS-0003", ml_id)):
        candidate = cpas.create(
            Candidate, {"code": code, "worker_id": worker_of(cpas), "commune": "Forest"}
        )
        cpas.create(
            Placement,
            {
                "candidate_id": candidate,
                "opportunity_id": rid,
                "placement_type": "open-ended",
                "start_date": "2026-12-01",
                "proposed_by": proposed,
            },
        )
    figures = reports.placement_figures(
        cpas.store, dt.date(2026, 1, 1), dt.date(2026, 12, 31), today=TODAY
    )
    assert figures.through_network == (("Mission locale de Saint-Gilles", 2),)
    for lang, words in (
        ("fr", ("Via le réseau des partenaires", "proposé par un partenaire : 2 sur 3")),
        ("nl", ("Via het netwerk van partners", "voorgesteld: 2 op 3")),
    ):
        pdf = tmp_path / f"rapport-{lang}.pdf"
        assert (
            reports.report_placements(
                cpas.store, pdf, start=dt.date(2026, 1, 1), end=dt.date(2026, 12, 31), lang=lang
            )
            == 3
        )
        text = subprocess.run(
            [poppler("pdftotext"), "-layout", str(pdf), "-"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        flat = " ".join(text.split())
        assert all(w in flat for w in words), flat
        assert "Mission locale de Saint-Gilles 2" in flat

    workbook = tmp_path / "mises.xlsx"
    reports.export_placements(
        cpas.store, workbook, start=dt.date(2026, 1, 1), end=dt.date(2026, 12, 31), lang="fr"
    )
    import openpyxl

    summary = dict(
        openpyxl.load_workbook(workbook).worksheets[0].iter_rows(min_row=2, values_only=True)
    )
    assert summary["Via le réseau des partenaires"] == 2
    assert summary["Via le réseau des partenaires — Mission locale de Saint-Gilles"] == 2

    # Only a partner of the network proposes: not an unknown id, not this organisation.
    for stranger in ("0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b", org_id(cpas)):
        with pytest.raises(ValidationError) as refused:
            cpas.create(
                Placement,
                {
                    "candidate_id": candidate,
                    "opportunity_id": rid,
                    "placement_type": "open-ended",
                    "start_date": "2026-12-02",
                    "proposed_by": stranger,
                },
            )
        assert refused.value.code == "not_a_partner"
    # A proposing organisation that is not an id is refused by name.
    with pytest.raises(ValidationError) as refused:
        cpas.create(
            Placement,
            {
                "candidate_id": candidate,
                "opportunity_id": rid,
                "placement_type": "open-ended",
                "start_date": "2026-12-02",
                "proposed_by": "../Mission locale",
            },
        )
    assert refused.value.field == "proposed_by"
