"""The data behind the employer form's inputs: legal forms, NACE-BEL labels, postcode communes.

Issue 14, point 3: a legal form is read from what people type and stored as the key the records
already hold; NACE-BEL codes are found by code or by label, accent-free, in French and Dutch; a
postcode gives its municipalities in both languages.
"""

from __future__ import annotations

import pytest

from pacte_desktop.domain import legal_forms, nace_labels, postcodes
from pacte_desktop.domain.contact_rules import nace
from pacte_desktop.domain.entities import Employer, normalise


@pytest.mark.parametrize(
    ("typed", "key"),
    [
        ("SRL", "SRL"),
        ("bv", "SRL"),
        ("S.R.L.", "SRL"),
        ("sprl", "SRL"),
        ("Société à responsabilité limitée", "SRL"),
        ("societe a responsabilite limitee", "SRL"),
        ("NV", "SA"),
        ("vzw", "ASBL"),
        ("CommV", "SComm"),
        ("VOF", "SNC"),
        ("eenmanszaak", "PI"),
        ("IVZW", "AISBL"),
        ("stichting", "Fondation"),
        ("openbare instelling", "Organisme public"),
    ],
)
def test_a_legal_form_is_read_from_either_language(typed, key) -> None:
    found = legal_forms.find(typed)
    assert found is not None and found.key == key


def test_every_key_fits_the_field_and_is_read_back_as_itself() -> None:
    assert len(legal_forms.FORMS) == len(legal_forms.BY_KEY) == 12
    for form in legal_forms.FORMS:
        assert len(form.key) <= 40
        assert normalise(Employer, {"legal_form": form.key})["legal_form"] == form.key
        assert legal_forms.find(form.key) is form
        for lang in ("fr", "nl", "en"):
            assert form.label(lang)
    assert legal_forms.find("Régie communale autonome") is None
    assert legal_forms.find("") is None


def test_the_labels_name_the_form_in_the_interface_language() -> None:
    srl = legal_forms.BY_KEY["SRL"]
    assert srl.label("fr") == "SRL – société à responsabilité limitée"
    assert srl.label("nl") == "BV – besloten vennootschap"
    assert srl.label("en") == "SRL / BV – private limited company"


def test_nace_divisions_are_all_there_and_every_listed_code_is_valid() -> None:
    assert len(nace_labels.DIVISIONS) == 88
    for code in (*nace_labels.DIVISIONS, *nace_labels.CLASSES):
        assert nace(code) == code
    for code in nace_labels.CLASSES:
        assert len(code) == 5 and code[:2] in nace_labels.DIVISIONS


def test_nace_codes_are_found_by_code_and_by_label_without_accents() -> None:
    assert nace_labels.search("56.11")[0][0] == "56111"
    assert [c for c, _ in nace_labels.search("5611")] == ["56111", "56112"]
    assert nace_labels.search("boulangerie")[0][0] == "47240"
    assert nace_labels.search("creche")[0][0] == "88910"  # accent-free
    assert nace_labels.search("bakkerij", "nl")[0] == (
        "47240",
        "Detailhandel in brood, banketbakkerswerk en suikerwerk (bakkerij)",
    )
    assert nace_labels.search("bakkerij", "fr") == []  # labels of the interface's language
    restaurants = [c for c, _ in nace_labels.search("restauration")]
    assert restaurants[0] == "56" and "56111" in restaurants
    assert nace_labels.search("nettoyage batiments")[0][0] == "81210"


def test_a_code_not_listed_shows_its_division() -> None:
    assert nace_labels.label("56111", "nl") == "Eetgelegenheden met volledige bediening"
    assert nace_labels.label("10711", "fr") == "Industries alimentaires"
    assert nace_labels.label("00000") is None and nace_labels.label(None) is None


@pytest.mark.parametrize(
    ("postcode", "expected"),
    [
        ("1060", (("Saint-Gilles", "Sint-Gillis"),)),
        ("1190", (("Forest", "Vorst"),)),
        ("1050", (("Bruxelles", "Brussel"), ("Ixelles", "Elsene"))),
        ("4700", (("Eupen", "Eupen"),)),
        ("0000", ()),
        ("", ()),
    ],
)
def test_a_postcode_gives_its_municipalities_in_french_and_dutch(postcode, expected) -> None:
    assert postcodes.communes(postcode) == expected
