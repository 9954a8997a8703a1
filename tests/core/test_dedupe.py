"""Duplicate employers in one store (issue 15, point 1): the name key, the scan's precision on
tricky names, merge and its undo, "not the same", and the command line's refusals."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest
import sqlalchemy as sa

from pacte_desktop.domain import matching
from pacte_desktop.domain.entities import (
    Candidate,
    ContactPerson,
    Employer,
    EmployerMerge,
    FollowUp,
    Interaction,
    Opportunity,
    Placement,
)
from pacte_desktop.domain.errors import NotFoundError, ValidationError
from pacte_desktop.services import dedupe, followups, records
from pacte_desktop.store.unit_of_work import UnitOfWork

BCE_1 = "0403019261"


# -- the name key ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Boulangerie Dupont S.P.R.L.", "DUPONT boulangerie srl"),
        ("Boulangerie Dupont SPRL", "Boulangerie Dupont BVBA"),  # former name, other language
        ("Les Amis de la Terre ASBL", "Amis de la Terre (VZW)"),
        ("Société anonyme Delhaize Le Lion", "Delhaize Le Lion SA"),
        ("Crèche Les Marmots", "CRECHE LES MARMOTS"),
        ("Brasserie de l'Union", "Brasserie de L’Union"),
        ("Garage Moderne société coopérative", "Garage Moderne SC"),
        ("Van den Berg NV", "Berg van den"),
    ],
)
def test_names_written_differently_have_one_key(a: str, b: str) -> None:
    assert matching.name_key(a) == matching.name_key(b) != ""


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Boulangerie Dupont", "Boucherie Dupont"),
        ("Garage Moderne", "Garage du Midi"),
        ("Pharmacie Saint-Gilles", "Pharmacie Sainte-Anne"),
    ],
)
def test_different_employers_keep_different_keys(a: str, b: str) -> None:
    assert matching.name_key(a) != matching.name_key(b)


def test_a_name_made_only_of_a_legal_form_keeps_its_words() -> None:
    assert matching.name_key("S.A.") == "sa"
    assert matching.name_key("") == matching.name_key(None) == ""


def test_score_tries_both_names_and_ignores_empty_ones() -> None:
    fr, nl = matching.name_key("Les Ateliers du Midi"), matching.name_key("De Werkplaatsen Zuid")
    assert matching.score([fr, nl], [matching.name_key("Werkplaatsen Zuid VZW")]) == 100
    assert matching.score([""], [fr]) == 0
    assert matching.score([fr], [matching.name_key("Ateliers du Midy")]) >= matching.THRESHOLD


# -- the scan -------------------------------------------------------------------------------


def _employer(store: Any, name: str, **values: object) -> str:
    with UnitOfWork(store) as uow:
        made = records.create(uow, Employer, {"name": name, **values}, allow_duplicate=True)
        uow.commit()
    return made.id


def _pairs(store: Any) -> set[frozenset[str]]:
    return {frozenset((p.first.id, p.second.id)) for p in dedupe.scan(store)}


def test_scan_finds_the_duplicates_and_only_them(org: Any) -> None:
    store = org.store
    s = lambda name, **v: _employer(store, name, **v)  # noqa: E731
    # The same employer, written differently, at the same place.
    a1 = s("Boulangerie Dupont SPRL", postcode="1060")
    a2 = s("DUPONT Boulangerie (BVBA)", postcode="1060")
    b1 = s("Les Ateliers du Midi ASBL", street="Rue de la Victoire", postcode=None)
    b2 = s("Ateliers du Midy", street="rue de la victoire")
    c1 = s("Delhaize Saint-Gilles", bce_number=BCE_1, postcode="1060")
    c2 = s("AD Delhaize Barrière", bce_number=BCE_1, postcode="1060")  # the BCE decides
    d1 = s("Bakkerij Peeters", name_nl="Bakkerij Peeters", postcode="1000")
    d2 = s("Boulangerie Peeters", name_nl="Bakkerij Peeters BV", postcode="1000")
    # Look-alikes that are not the same: another trade, another place, another BCE number.
    s("Boucherie Dupont", postcode="1060")
    s("Boulangerie Dupont", postcode="1190")
    s("Garage Moderne", bce_number="0412345614", postcode="1060")
    s("Garage Moderne", bce_number="0457368559", postcode="1060")
    s("Pharmacie Saint-Gilles", postcode="1060")
    s("Pharmacie Sainte-Anne", postcode="1060")
    # Two streets alike in two communes are two employers.
    s("Librairie Tropismes", street="Galerie du Roi", postcode="1000")
    s("Librairie Tropisme", street="Galerie du Roi", postcode="1180")

    pairs = dedupe.scan(store)
    assert {frozenset((p.first.id, p.second.id)) for p in pairs} == {
        frozenset((a1, a2)),
        frozenset((b1, b2)),
        frozenset((c1, c2)),
        frozenset((d1, d2)),
    }
    bce_pair = next(p for p in pairs if {p.first.id, p.second.id} == {c1, c2})
    assert (bce_pair.score, bce_pair.reason) == (100, "bce")
    assert pairs[0].reason == "bce" or pairs[0].score == 100
    assert "name" in bce_pair.differing and "bce_number" not in bce_pair.differing
    name_pair = next(p for p in pairs if {p.first.id, p.second.id} == {b1, b2})
    assert name_pair.reason == "name" and matching.THRESHOLD <= name_pair.score < 100
    assert {"name", "street", "legal_form"} & set(name_pair.differing) >= {"name", "street"}
    assert not any(p.partner for p in pairs)


def test_not_the_same_is_remembered_and_can_be_undone(org: Any) -> None:
    store = org.store
    a = _employer(store, "Boulangerie Dupont", postcode="1060")
    b = _employer(store, "Boulangerie Dupond", postcode="1060")
    assert _pairs(store) == {frozenset((a, b))}
    with UnitOfWork(store) as uow:
        decided = dedupe.distinct(uow, b, a)
        again = dedupe.distinct(uow, a, b)
        uow.commit()
    assert again.id == decided.id
    assert _pairs(store) == set()
    with UnitOfWork(store) as uow:
        with pytest.raises(ValidationError) as same:
            dedupe.distinct(uow, a, a)
        assert same.value.code == "dedupe_same_record"
        dedupe.undo(uow, decided.id)
        uow.commit()
    assert _pairs(store) == {frozenset((a, b))}


# -- merge and undo -------------------------------------------------------------------------


def _state(store: Any) -> dict[str, list[tuple[Any, ...]]]:
    tables = ("employer", "contact_person", "interaction", "follow_up", "opportunity", "placement")
    with store.reading() as conn:
        return {
            t: [tuple(r) for r in conn.execute(sa.text(f"SELECT * FROM {t} ORDER BY id"))]
            for t in tables
        }


def _family(store: Any, name: str, **values: object) -> dict[str, str]:
    """An employer with one of each record that belongs to it."""
    employer = _employer(store, name, **values)
    with UnitOfWork(store) as uow:
        contact = records.create(uow, ContactPerson, {"employer_id": employer, "name": "Ana"})
        logged = followups.log_interaction(
            uow,
            employer=employer,
            channel="visit",
            summary="Visite",
            date=dt.date(2026, 3, 2),
            next_action_date=dt.date(2026, 3, 20),
        )
        opportunity = records.create(
            uow, Opportunity, {"employer_id": employer, "kind": "internship", "title": "Stage"}
        )
        candidate = records.create(
            uow, Candidate, {"code": f"C-{employer[-8:]}", "worker_id": uow.worker_id}
        )
        placement = records.create(
            uow,
            Placement,
            {
                "candidate_id": candidate.id,
                "employer_id": employer,
                "opportunity_id": opportunity.id,
                "placement_type": "internship",
                "start_date": "2026-04-01",
            },
        )
        uow.commit()
    return {
        "employer": employer,
        "contact_person": contact.id,
        "interaction": logged.interaction.id,
        "follow_up": logged.follow_up.id if logged.follow_up else "",
        "opportunity": opportunity.id,
        "placement": placement.id,
    }


def test_merge_keeps_the_chosen_fields_moves_every_record_and_undo_restores_all(org: Any) -> None:
    store = org.store
    kept = _family(store, "Boulangerie Dupont", postcode="1060", phone="02 537 12 34")
    merged = _family(
        store, "Boulangerie Dupont SPRL", postcode="1060", email="info@dupont.be", bce_number=BCE_1
    )
    before = _state(store)

    with UnitOfWork(store) as uow:
        made = dedupe.merge(
            uow, kept["employer"], merged["employer"][:-2], {"name": merged["employer"]}
        )
        uow.commit()
    assert isinstance(made, EmployerMerge)
    with UnitOfWork(store) as uow:
        k = uow.repo.require(Employer, kept["employer"])
        m = uow.repo.require(Employer, merged["employer"])
        assert k.name == "Boulangerie Dupont SPRL"  # chosen
        assert k.phone == "+3225371234"  # the first's, not empty
        assert (k.email, k.bce_number) == ("info@dupont.be", BCE_1)  # the first had none
        assert m.archived
        for cls in (ContactPerson, Interaction, FollowUp, Opportunity, Placement):
            for family in (kept, merged):
                moved = uow.repo.require(cls, family[cls.TABLE])
                assert moved.employer_id == kept["employer"], cls  # type: ignore[attr-defined]
    assert _pairs(store) == set()  # a merged pair is not listed again
    assert [m.id for m in dedupe.past_merges(store)] == [made.id]
    history = json.loads(made.before or "{}")
    assert set(history) == {"name", "email", "bce_number"}

    # A contact added to the kept employer after the merge stays with it after the undo.
    with UnitOfWork(store) as uow:
        later = records.create(uow, ContactPerson, {"employer_id": kept["employer"], "name": "Bo"})
        uow.commit()
    with UnitOfWork(store) as uow:
        undone = dedupe.undo(uow, made.id)
        uow.commit()
    assert undone.moved_back == 5 and undone.kept_later_edits == ()
    after = _state(store)
    assert after["contact_person"] == sorted(
        [*before["contact_person"], _row(store, "contact_person", later.id)]
    )
    for table in ("employer", "interaction", "follow_up", "opportunity", "placement"):
        assert after[table] == before[table], table
    [summary] = dedupe.past_merges(store)
    assert summary.undone_at is not None
    with UnitOfWork(store) as uow, pytest.raises(ValidationError) as twice:
        dedupe.undo(uow, made.id)
    assert twice.value.code == "dedupe_already_undone"


def _row(store: Any, table: str, row_id: str) -> tuple[Any, ...]:
    with store.reading() as conn:
        return tuple(
            conn.execute(sa.text(f"SELECT * FROM {table} WHERE id = :id"), {"id": row_id}).one()
        )


def test_undo_keeps_a_field_someone_changed_since_the_merge(org: Any) -> None:
    store = org.store
    a = _employer(store, "Garage Moderne", postcode="1060")
    b = _employer(store, "Garage Moderne SA", postcode="1060", email="garage@moderne.be")
    with UnitOfWork(store) as uow:
        made = dedupe.merge(uow, a, b)
        uow.commit()
    assert isinstance(made, EmployerMerge)
    with UnitOfWork(store) as uow:
        records.edit(uow, Employer, a, {"email": "contact@moderne.be"})
        uow.commit()
    with UnitOfWork(store) as uow:
        undone = dedupe.undo(uow, made.id[:-4])
        uow.commit()
        assert undone.kept_later_edits == ("email",)
        assert uow.repo.require(Employer, a).email == "contact@moderne.be"
        assert not uow.repo.require(Employer, b).archived


def test_do_not_share_said_of_either_stays_said(org: Any) -> None:
    store = org.store
    a = _employer(store, "Garage Moderne", postcode="1060")
    b = _employer(store, "Garage Moderne SA", postcode="1060", do_not_share=True)
    with UnitOfWork(store) as uow:
        dedupe.merge(uow, a, b)
        assert uow.repo.require(Employer, a).do_not_share
        uow.rollback()
    with UnitOfWork(store) as uow:
        dedupe.merge(uow, a, b, {"do_not_share": a})  # chosen in so many words
        assert not uow.repo.require(Employer, a).do_not_share


def test_merge_refusals_write_nothing(org: Any) -> None:
    store = org.store
    a = _employer(store, "Garage Moderne", postcode="1060")
    b = _employer(store, "Garage Moderne SA", postcode="1060")
    archived = _employer(store, "Garage Moderne SPRL", postcode="1060")
    with UnitOfWork(store) as uow:
        records.archive(uow, Employer, archived)
        uow.commit()
    journal = _journal_size(store)
    cases: list[tuple[tuple[str, str], dict[str, str], str]] = [
        ((a, a), {}, "dedupe_same_record"),
        ((a, archived), {}, "archived"),
        ((a, b), {"colour": a}, "unknown_field"),
        ((a, b), {"name": "somebody-else"}, "dedupe_keep_side"),
        ((a, b), {"id": b}, "unknown_field"),
    ]
    for (first, second), keep, code in cases:
        with UnitOfWork(store) as uow, pytest.raises(ValidationError) as refused:
            dedupe.merge(uow, first, second, keep)
        assert refused.value.code == code, (keep, code)
    with UnitOfWork(store) as uow, pytest.raises(NotFoundError):
        dedupe.merge(uow, a, "no-such-employer")
    with UnitOfWork(store) as uow, pytest.raises(NotFoundError):
        dedupe.undo(uow, "no-such-merge")
    assert _journal_size(store) == journal


def _journal_size(store: Any) -> int:
    with store.reading() as conn:
        return int(conn.execute(sa.text("SELECT count(*) FROM journal")).scalar_one())


# -- the command line -----------------------------------------------------------------------


@pytest.fixture
def initialised(pacte):  # type: ignore[no-untyped-def]
    result = pacte("init", "--org", "CPAS de Saint-Gilles", "--org-type", "cpas", "--worker", "Fa")
    assert result.code == 0, result.err
    return pacte


def test_the_command_line_scans_merges_undoes_and_refuses_hostile_input(initialised) -> None:  # type: ignore[no-untyped-def]
    pacte = initialised
    ids = []
    for name in ("Boulangerie Dupont SPRL", "DUPONT boulangerie", "Garage Moderne"):
        result = pacte("employer", "add", "--name", name, "--postcode", "1060")
        assert result.code == 0, result.err
        ids.append(result.out.strip())
    scanned = pacte("dedupe", "scan", "--json")
    assert scanned.code == 0, scanned.err
    [pair] = json.loads(scanned.out)
    assert {pair["first"]["id"], pair["second"]["id"]} == {ids[0], ids[1]}
    assert pair["reason"] == "name" and pair["partner"] is False
    text = pacte("dedupe", "scan", "--lang", "en")
    assert "1 pair to review" in text.out and "Boulangerie Dupont SPRL" in text.out

    hostile = [
        ("dedupe", "merge", ids[0], ids[1], "--keep", "name"),
        ("dedupe", "merge", ids[0], ids[1], "--keep", "name="),
        ("dedupe", "merge", ids[0], ids[1], "--keep", "nom=" + ids[1]),
        ("dedupe", "merge", ids[0], ids[1], "--keep", "name=" + ids[2]),
        ("dedupe", "merge", ids[0], "x" * 5000),
        ("dedupe", "merge", ids[0], ids[0]),
        ("dedupe", "undo", "'; DROP TABLE employer; --"),
        ("dedupe", "undo", "%"),
        ("dedupe", "distinct", ids[0], "\x00"),
        ("dedupe", "link", ids[0], "no/such/record"),
        ("network", "knows", "%%%%%%"),
        ("network", "knows", "x" * 100),
    ]
    for words in hostile:
        result = pacte(*words)
        assert result.code != 0, words
        assert "Traceback" not in result.err and result.err.strip(), words
    assert json.loads(pacte("dedupe", "scan", "--json").out)  # nothing was written

    merged = pacte("dedupe", "merge", ids[0], ids[1], "--keep", f"name={ids[1]}", "--lang", "en")
    assert merged.code == 0, merged.err
    merge_id = merged.out.split("pacte dedupe undo ")[1].strip()
    shown = json.loads(pacte("employer", "show", ids[0], "--json").out)
    assert shown["name"] == "DUPONT boulangerie"
    assert pacte("dedupe", "scan", "--lang", "en").out.strip() == "No duplicates found."
    undone = pacte("dedupe", "undo", merge_id, "--lang", "en")
    assert undone.code == 0 and f"Undone: {merge_id}." in undone.out
    assert json.loads(pacte("employer", "show", ids[0], "--json").out)["name"] == (
        "Boulangerie Dupont SPRL"
    )
    distinct = pacte("dedupe", "distinct", ids[0], ids[1], "--lang", "nl")
    assert distinct.code == 0 and "niet dezelfde werkgevers" in distinct.out
    assert json.loads(pacte("dedupe", "scan", "--json").out) == []
    nobody = pacte("network", "knows", ids[2], "--lang", "en")
    assert nobody.code == 0 and nobody.out.strip() == "No partner knows this employer."
    assert json.loads(pacte("network", "knows", ids[2], "--json").out) == []


def test_decisions_never_leave_and_the_sharing_screen_does_not_list_them(org: Any) -> None:
    from pacte_desktop.services.sharing import what_we_publish
    from pacte_desktop.sync import charter

    decisions = {"employer_merge", "employer_distinct", "employer_link"}
    assert all(charter.CEILINGS[t] == frozenset() for t in decisions)
    listed = {t.table for t in what_we_publish(org.store)}
    assert "employer" in listed and not listed & decisions


def test_keys_of_a_partner_value_of_another_type_count_as_missing() -> None:
    from pacte_desktop.services.employer_keys import keys_of

    keys = keys_of("r", {"name": 12, "name_nl": ["x"], "postcode": 1060, "street": None}, True)
    assert (keys.names, keys.postcode, keys.streets, keys.bce_number) == ((), None, (), None)
    keys = keys_of("r", {"name": "Garage Moderne SA", "street": "Rue de Mérode"}, True)
    assert keys.names == ("garage moderne",) and keys.streets == ("de merode rue",)
