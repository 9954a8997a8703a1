"""Lists name employers and communes in the interface's language (services/listings.py)."""

from __future__ import annotations

from pacte_desktop.domain import messages
from pacte_desktop.domain.entities import Employer, Opportunity
from pacte_desktop.services import listings, records
from pacte_desktop.store.unit_of_work import UnitOfWork


def _fill(org):
    with UnitOfWork(org.store, org.workers["Farida Aissa"]) as uow:
        bakery = records.create(
            uow,
            Employer,
            {
                "name": "Boulangerie du Parvis",
                "name_nl": "Bakkerij van het Voorplein",
                "commune": "Saint-Gilles",
                "commune_nl": "Sint-Gillis",
            },
        )
        records.create(uow, Employer, {"name": "Atelier Vélo", "commune": "Forest"})
        records.create(
            uow, Employer, {"name": "Zinneke", "commune": "Forest", "commune_nl": "Vorst"}
        )
        records.create(
            uow, Opportunity, {"employer_id": bakery.id, "title": "Vendeur", "kind": "open-ended"}
        )
        uow.commit()
    return bakery


def _shown(conn, table, key, language):
    listing = listings.Listing(sort=key, language=language)
    found = listings.ids(conn, table, listing)
    by_id = listings.rows(conn, table, found, language)
    return [(by_id[i][key], by_id[i].get("commune")) for i in found]


def test_dutch_lists_show_and_sort_by_the_dutch_names_when_the_record_has_them(org) -> None:
    _fill(org)
    with org.store.reading() as conn:
        dutch = _shown(conn, "employer", "name", "nl")
        french = _shown(conn, "employer", "name", "fr")
        offers_nl = _shown(conn, "opportunity", "employer", "nl")
        offers_fr = _shown(conn, "opportunity", "employer", "fr")
        found_nl = listings.search_employers(conn, "parvis", 5, "nl")
        options_nl = listings.employer_filter_options(conn, "nl")
        options_fr = listings.employer_filter_options(conn, "fr")
        first_ids, first = listings.first_rows(
            conn, "employer", listings.Listing(sort="commune", language="nl"), 3
        )
    assert dutch == [
        ("Atelier Vélo", "Forest"),  # no Dutch name: the French one
        ("Bakkerij van het Voorplein", "Sint-Gillis"),
        ("Zinneke", "Vorst"),
    ]
    assert french == [
        ("Atelier Vélo", "Forest"),
        ("Boulangerie du Parvis", "Saint-Gilles"),
        ("Zinneke", "Forest"),
    ]
    assert [name for name, _ in offers_nl] == ["Bakkerij van het Voorplein"]
    assert [name for name, _ in offers_fr] == ["Boulangerie du Parvis"]
    assert [(name, commune) for _, name, commune in found_nl] == [
        ("Bakkerij van het Voorplein", "Sint-Gillis")
    ]
    # The filter keeps the stored name as its value and shows the Dutch one (one record
    # that knows it is enough), in the order shown.
    assert options_nl.communes == [("Saint-Gilles", "Sint-Gillis"), ("Forest", "Vorst")]
    assert options_fr.communes == [("Forest", "Forest"), ("Saint-Gilles", "Saint-Gilles")]
    assert [first[i]["commune"] for i in first_ids] == ["Forest", "Sint-Gillis", "Vorst"]


def test_the_interface_language_is_the_default(org) -> None:
    bakery = _fill(org)
    before = messages.current_language()
    try:
        messages.set_language("nl")
        with org.store.reading() as conn:
            shown = listings.rows(conn, "employer", [bakery.id])[bakery.id]
        messages.set_language("en")
        with org.store.reading() as conn:
            english = listings.rows(conn, "employer", [bakery.id])[bakery.id]
    finally:
        messages.set_language(before)
    assert (shown["name"], shown["commune"]) == ("Bakkerij van het Voorplein", "Sint-Gillis")
    assert (english["name"], english["commune"]) == ("Boulangerie du Parvis", "Saint-Gilles")
