"""One employer known by several organisations is one entry of the network (issue 15, point 1).

Three organisations around one network folder (tests/sync/test_network.py's ``Pact``): the same
employer entered by two partners under other spellings appears once in the grouped network
view with both partners and each one's latest contact; a link made by a person attaches one of
our employers to a partner's record the keys would not find; "not the same" detaches it; the
directory's count of partners knowing an employer follows.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from test_network import Pact, make_pact, org_id

from pacte_desktop.domain.entities import Employer
from pacte_desktop.domain.errors import NotFoundError, ValidationError
from pacte_desktop.services import dedupe, followups
from pacte_desktop.services.network_groups import known_by, network_employers, partner_counts
from pacte_desktop.store.unit_of_work import UnitOfWork

BCE_1 = "0403019261"


@pytest.fixture
def pact(tmp_path: Path):  # type: ignore[no-untyped-def]
    p = make_pact(tmp_path)
    yield p
    p.close()


def _contact(station, employer_id: str, day: dt.date) -> None:  # type: ignore[no-untyped-def]
    with UnitOfWork(station.store) as uow:
        followups.log_interaction(
            uow, employer=employer_id, channel="visit", summary="Visite", date=day
        )
        uow.commit()


def test_the_same_employer_entered_by_two_partners_is_one_entry_with_both(pact: Pact) -> None:
    cpas, ml, ale = pact.members
    # Two partners, two spellings, legal forms in either language, words in another order.
    at_ml = ml.employer("Boulangerie Dupont SPRL", postcode="1060", street="Rue de la Victoire")
    at_ale = ale.employer("DUPONT Boulangerie (BVBA)", postcode="1060")
    ale_other = ale.employer("Garage Moderne", postcode="1060")
    _contact(ml, at_ml, dt.date(2026, 3, 2))
    _contact(ale, at_ale, dt.date(2026, 5, 11))
    pact.settle()

    view = network_employers(cpas.store)
    assert view.joined
    [dupont] = [e for e in view.employers if "dupont" in e.name.casefold()]
    assert {(k.organisation, k.employer_id, k.latest_contact) for k in dupont.knowers} == {
        ("Mission locale de Saint-Gilles", at_ml, "2026-03-02"),
        ("ALE de Saint-Gilles", at_ale, "2026-05-11"),
    }
    assert dupont.own_ids == () and dupont.partner_count == 2
    assert {r["id"] for r in dupont.records} == {at_ml, at_ale}
    [garage] = [e for e in view.employers if e.name == "Garage Moderne"]
    assert [k.employer_id for k in garage.knowers] == [ale_other]
    assert len(view.employers) == 2

    # Our own employer with the same key and postcode joins the entry, us first.
    ours = cpas.employer("Dupont boulangerie", postcode="1060")
    _contact(cpas, ours, dt.date(2026, 6, 1))
    [dupont] = [e for e in network_employers(cpas.store).employers if "dupont" in e.name.casefold()]
    assert dupont.own_ids == (ours,)
    assert dupont.knowers[0].own and dupont.knowers[0].latest_contact == "2026-06-01"
    assert dupont.knowers[0].organisation == "CPAS de Saint-Gilles"
    assert {k.organisation for k in known_by(cpas.store, ours)} == {
        "Mission locale de Saint-Gilles",
        "ALE de Saint-Gilles",
    }
    assert partner_counts(cpas.store) == {ours: 2}

    # The review pairs ours with each partner's record (never the two partners' together);
    # "merging" such a pair links it, and the pair is not listed again.
    pairs = dedupe.scan(cpas.store)
    assert {(p.first.id, p.second.id, p.second.organisation) for p in pairs} == {
        (ours, at_ml, "Mission locale de Saint-Gilles"),
        (ours, at_ale, "ALE de Saint-Gilles"),
    }
    assert all(p.partner and p.first.own and p.reason == "name" for p in pairs)
    with UnitOfWork(cpas.store) as uow:
        made = dedupe.merge(uow, at_ml, ours)
        uow.commit()
    assert isinstance(made, dedupe.Linked) and made.link.employer_id == ours
    assert [p.second.id for p in dedupe.scan(cpas.store)] == [at_ale]
    assert [k.linked for k in known_by(cpas.store, ours)] in ([True, False], [False, True])
    with UnitOfWork(cpas.store) as uow, pytest.raises(ValidationError) as refused:
        dedupe.merge(uow, at_ml, at_ale)
    assert refused.value.code == "dedupe_two_partners"


def test_a_link_attaches_what_the_keys_do_not_find_and_not_the_same_detaches(
    pact: Pact,
) -> None:
    cpas, ml, ale = pact.members
    at_ml = ml.employer("Les Ateliers du Midi ASBL", postcode="1060", bce_number=BCE_1)
    at_ale = ale.employer("Ateliers Midi", postcode="1000")
    pact.settle()
    ours = cpas.employer("Ateliers du Midi (Saint-Gilles)", postcode="1060")
    other = cpas.employer("Crèche Les Marmots", postcode="1060")

    assert known_by(cpas.store, ours) == []
    assert partner_counts(cpas.store) == {}
    # The BCE number alone groups our employer with the mission locale's.
    cpas.edit(Employer, ours, {"bce_number": "0403.019.261"})
    assert [k.organisation for k in known_by(cpas.store, ours)] == [
        "Mission locale de Saint-Gilles"
    ]

    # A person links the ALE's record (another postcode, another key): same employer.
    with UnitOfWork(cpas.store) as uow:
        link = dedupe.link(uow, ours, at_ale)
        uow.commit()
    assert link.partner_org_id == org_id(ale)
    known = known_by(cpas.store, ours[:-3])
    assert [(k.organisation, k.linked) for k in known] == [
        ("ALE de Saint-Gilles", True),
        ("Mission locale de Saint-Gilles", False),
    ]
    assert partner_counts(cpas.store) == {ours: 2}
    entries = [e for e in network_employers(cpas.store).employers if ours in e.own_ids]
    assert len(entries) == 1 and entries[0].partner_count == 2
    assert len(network_employers(cpas.store).employers) == 1  # the partners' two are one

    # "Not the same" about the mission locale's record detaches it, whatever the BCE says.
    with UnitOfWork(cpas.store) as uow:
        dedupe.distinct(uow, ours, at_ml)
        uow.commit()
    assert [k.organisation for k in known_by(cpas.store, ours)] == ["ALE de Saint-Gilles"]
    # Undoing the link leaves our employer known by nobody.
    with UnitOfWork(cpas.store) as uow:
        dedupe.undo(uow, link.id)
        uow.commit()
    assert known_by(cpas.store, ours) == []
    assert partner_counts(cpas.store) == {}
    assert known_by(cpas.store, other) == []
    with pytest.raises(NotFoundError):
        known_by(cpas.store, "no-such-employer")
