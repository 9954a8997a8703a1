"""Employer search: FTS5 prefixes, accents optional, both languages, kept in sync by the store."""

from __future__ import annotations

import dataclasses

import pytest

from pacte_desktop.domain.entities import ContactPerson, Employer
from pacte_desktop.services import records
from pacte_desktop.store.repository import Repository
from pacte_desktop.store.search import fts_query
from pacte_desktop.store.unit_of_work import UnitOfWork


@pytest.fixture
def employers(org):
    created = {}
    with UnitOfWork(org.store) as uow:
        for key, values in {
            "sg": {
                "name": "Société Générale",
                "bce_number": "0403.019.261",
                "street": "Rue de la Victoire",
                "street_nl": "Overwinningsstraat",
                "commune": "Saint-Gilles",
                "commune_nl": "Sint-Gillis",
                "postcode": "1060",
            },
            "parvis": {
                "name": "Brasserie du Parvis",
                "name_nl": "Brouwerij van het Voorplein",
                "commune": "Saint-Gilles",
                "commune_nl": "Sint-Gillis",
                "tags": ["HORECA", "Club des entrepreneurs"],
            },
            "forest": {
                "name": "Générale de Nettoyage",
                "commune": "Forest",
                "commune_nl": "Vorst",
                "postcode": "1190",
            },
        }.items():
            created[key] = records.create(uow, Employer, values).id
        uow.commit()
    return created


def search(org, text: str) -> list[str]:
    with org.store.reading() as conn:
        return Repository(conn).search_employer_ids(text)


def test_accents_are_optional_and_words_are_prefixes(org, employers) -> None:
    assert search(org, "societe gen") == [employers["sg"]]
    assert search(org, "SOCIÉTÉ") == [employers["sg"]]
    assert set(search(org, "generale")) == {employers["sg"], employers["forest"]}


def test_both_languages_of_names_streets_and_communes(org, employers) -> None:
    assert set(search(org, "sint-gil")) == {employers["sg"], employers["parvis"]}
    assert set(search(org, "saint-gilles")) == {employers["sg"], employers["parvis"]}
    assert search(org, "overwinning") == [employers["sg"]]
    assert search(org, "brouwerij voorpl") == [employers["parvis"]]
    assert search(org, "vorst") == [employers["forest"]]
    assert search(org, "1190") == [employers["forest"]]


def test_bce_number_in_any_written_form(org, employers) -> None:
    for text in ("0403.019.261", "0403019261", "BE0403019261", "BE 0403 019 261", "0403"):
        assert search(org, text) == [employers["sg"]], text


def test_tags_and_contact_names_are_searchable_and_follow_edits(org, employers) -> None:
    assert search(org, "club entrep") == [employers["parvis"]]
    assert search(org, "dupon") == []
    with UnitOfWork(org.store) as uow:
        contact = records.create(
            uow, ContactPerson, {"employer_id": employers["forest"], "name": "Jeanne Dupont"}
        )
        records.edit(uow, Employer, employers["parvis"], {"tags": ["commerce"]})
        uow.commit()
    assert search(org, "dupon") == [employers["forest"]]
    assert search(org, "club") == []
    assert search(org, "commerce") == [employers["parvis"]]
    with UnitOfWork(org.store) as uow:
        records.archive(uow, ContactPerson, contact.id)
        records.edit(uow, Employer, employers["forest"], {"name": "Nettoyage Vorst"})
        uow.commit()
    assert search(org, "dupon") == []
    assert search(org, "generale") == [employers["sg"]]


def test_archived_employers_are_left_out(org, employers) -> None:
    with UnitOfWork(org.store) as uow:
        records.archive(uow, Employer, employers["sg"])
        uow.commit()
    assert search(org, "societe") == []
    with org.store.reading() as conn:
        assert Repository(conn).search_employer_ids("societe", include_archived=True) == [
            employers["sg"]
        ]


def test_queries_that_are_not_fts_syntax_are_safe(org, employers) -> None:
    for text in ('"', "AND", "NOT OR", "*", "a:b", "(", "l'atelier", "  "):
        search(org, text)  # no FTS5 syntax error whatever the user types
    assert fts_query("   ") is None
    assert fts_query("l'atelier") == '"l"* "atelier"*'


def _documents(store) -> list[tuple]:
    with store.reading() as conn:
        conn.exec_driver_sql(
            "INSERT INTO employer_search(employer_search, rank) VALUES ('integrity-check', 1)"
        )
        return sorted(
            tuple(r)
            for r in conn.exec_driver_sql(
                "SELECT name, bce, street, commune, tags, contacts FROM employer_search"
            )
        )


def test_bulk_inserts_index_the_same_documents_as_single_writes(tmp_path) -> None:
    """The set-based refresh of bulk writes and the row triggers build identical documents."""
    from pacte_desktop.demo.fill import fill_demo
    from pacte_desktop.store.database import Store

    bulk = Store.open(tmp_path / "bulk")
    with UnitOfWork(bulk) as uow:
        fill_demo(uow, employers=60, seed=5)
        uow.commit()
    single = Store.open(tmp_path / "single")
    with bulk.reading() as conn:
        employers = Repository(conn).list(Employer, include_archived=True)
        contacts = Repository(conn).list(ContactPerson, include_archived=True)
    with UnitOfWork(single, worker_id="") as uow:
        for employer in employers:
            uow.insert(dataclasses.replace(employer, owner_id=None))
        for contact in contacts:
            uow.insert(contact)
        uow.commit()
    assert any(c.employer_id for c in contacts)
    assert _documents(bulk) == _documents(single)
    bulk.close()
    single.close()
