"""Inputs that take what people type (issue 14, point 3, beside the dates).

The postcode fills the commune in French and Dutch; the NACE-BEL field completes on code and on
label (accent-free, in the interface's language); the legal form is a choice whose stored value
is the text the records already hold, an old free text kept unchanged; tags are chips completed
from the tags in use; the languages are check boxes; a phone number is laid out when the field
is left, in the employer form and in the contact dialog; and an employer saved from the form
carries each of these values through sync, as stored before.
"""

from __future__ import annotations

import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from pacte_desktop.domain.entities import Employer, normalise
from pacte_desktop.services import employer_page, records
from pacte_desktop.store.unit_of_work import UnitOfWork
from pacte_desktop.ui import i18n
from pacte_desktop.ui.contact_dialog import ContactDialog
from pacte_desktop.ui.context import AppContext
from pacte_desktop.ui.employer_record import FICHE_FIELDS, EmployerDialog
from pacte_desktop.ui.forms import EntityForm
from pacte_desktop.ui.inputs.choices import ChoiceBoxes
from pacte_desktop.ui.inputs.legal_form import LegalFormInput
from pacte_desktop.ui.inputs.nace import NaceInput
from pacte_desktop.ui.inputs.phone import PhoneInput
from pacte_desktop.ui.inputs.tags import TagsInput

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "sync"))
from workstations import OrgNet


@pytest.fixture
def language(qapp, request):
    i18n.install(getattr(request, "param", "fr"))
    yield getattr(request, "param", "fr")
    i18n.install("fr")


@pytest.fixture
def form(qtbot, language) -> EntityForm:
    made = EntityForm(Employer, FICHE_FIELDS)
    qtbot.addWidget(made)
    made.show()
    return made


def line(form: EntityForm, name: str) -> QLineEdit:
    widget = form.editors[name].input
    assert isinstance(widget, QLineEdit)
    return widget


def type_and_leave(qtbot, widget: QLineEdit, text: str) -> None:
    """Type in the field as a person does, then leave it (Tab)."""
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Tab)
    widget.editingFinished.emit()  # the offscreen platform may not move the focus


# -- the postcode fills the commune ---------------------------------------------------------------
def test_the_postcode_fills_the_commune_in_french_and_dutch(qtbot, form) -> None:
    type_and_leave(qtbot, line(form, "postcode"), "1060")
    assert line(form, "commune").text() == "Saint-Gilles"
    assert line(form, "commune_nl").text() == "Sint-Gillis"
    # Filled by the form: another postcode replaces them.
    type_and_leave(qtbot, line(form, "postcode"), "1190")
    assert (line(form, "commune").text(), line(form, "commune_nl").text()) == ("Forest", "Vorst")
    assert form.values()["commune"] == "Forest" and form.values()["commune_nl"] == "Vorst"


def test_a_commune_the_person_typed_is_left_alone(qtbot, form) -> None:
    type_and_leave(qtbot, line(form, "commune"), "Saint-Gilles (Parvis)")
    type_and_leave(qtbot, line(form, "postcode"), "1060")
    assert line(form, "commune").text() == "Saint-Gilles (Parvis)"
    assert line(form, "commune_nl").text() == "Sint-Gillis"  # empty: filled


def test_a_stored_commune_is_not_replaced_and_an_unknown_postcode_fills_nothing(
    qtbot, form
) -> None:
    form.set_entity(Employer(name="X", postcode="1060", commune="St-Gilles"))
    type_and_leave(qtbot, line(form, "postcode"), "1190")
    assert line(form, "commune").text() == "St-Gilles"
    assert line(form, "commune_nl").text() == "Vorst"
    form.set_entity(Employer(name="Y"))
    type_and_leave(qtbot, line(form, "postcode"), "1099")  # no such postcode
    assert line(form, "commune").text() == "" and line(form, "commune_nl").text() == ""


def test_a_postcode_of_several_municipalities_offers_the_choice(qtbot, form) -> None:
    type_and_leave(qtbot, line(form, "postcode"), "1050")
    assert line(form, "commune").text() == ""  # nothing until one is chosen
    menu = form.commune_filler.menu
    assert menu is not None and menu.isVisible()
    actions = menu.actions()
    assert [a.text() for a in actions] == ["Bruxelles / Brussel", "Ixelles / Elsene"]
    actions[1].trigger()
    assert (line(form, "commune").text(), line(form, "commune_nl").text()) == (
        "Ixelles",
        "Elsene",
    )


# -- NACE-BEL --------------------------------------------------------------------------------------
def pick_first(qtbot, field: NaceInput) -> None:
    popup = field.completer().popup()
    qtbot.waitUntil(popup.isVisible, timeout=2000)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)


def test_the_nace_completer_chooses_a_code_by_label_without_accents(qtbot, form) -> None:
    field = line(form, "nace_code")
    assert isinstance(field, NaceInput)
    field.setFocus()
    qtbot.keyClicks(field, "creche")
    assert field.suggestions.rowCount() == 1
    assert field.suggestions.item(0).text() == "88.910 – Accueil de jeunes enfants (crèche)"
    pick_first(qtbot, field)
    assert field.text() == "88.910"
    assert form.editors["nace_code"].hint.text() == "Accueil de jeunes enfants (crèche)"
    assert normalise(Employer, {"nace_code": form.values()["nace_code"]}) == {"nace_code": "88910"}


def test_the_nace_completer_chooses_a_code_by_its_digits(qtbot, form) -> None:
    field = line(form, "nace_code")
    field.setFocus()
    qtbot.keyClicks(field, "56.11")
    codes = [field.suggestions.item(r).text()[:6] for r in range(field.suggestions.rowCount())]
    assert codes == ["56.111", "56.112"]
    pick_first(qtbot, field)
    assert field.text() == "56.111"
    assert form.editors["nace_code"].hint.text() == "Restauration à service complet"


@pytest.mark.parametrize("language", ["nl"], indirect=True)
def test_the_nace_completer_speaks_the_interface_language(qtbot, form) -> None:
    field = line(form, "nace_code")
    field.setFocus()
    qtbot.keyClicks(field, "bakkerij")
    pick_first(qtbot, field)
    assert field.text() == "47.240"
    assert "bakkerij" in form.editors["nace_code"].hint.text()


def test_any_valid_code_is_still_accepted_and_a_stored_code_shows_its_meaning(qtbot, form) -> None:
    form.set_entity(Employer(name="X", nace_code="10711"))  # not in the list: its division
    assert line(form, "nace_code").text() == "10.711"
    assert form.editors["nace_code"].hint.text() == "Industries alimentaires"
    type_and_leave(qtbot, line(form, "nace_code"), "99.999")
    assert form.editors["nace_code"].error.isHidden()


# -- the legal form --------------------------------------------------------------------------------
def test_the_legal_form_is_a_choice_stored_as_before(qtbot, form) -> None:
    combo = form.editors["legal_form"].input
    assert isinstance(combo, LegalFormInput)
    form.set_entity(Employer(name="X", legal_form="SRL"))
    assert combo.currentText() == "SRL – société à responsabilité limitée"
    assert form.values()["legal_form"] == "SRL"
    combo.setCurrentIndex(combo.findData("ASBL"))
    assert form.values()["legal_form"] == "ASBL"
    i18n.install("nl")
    assert combo.currentText() == "VZW – vereniging zonder winstoogmerk"
    assert form.values()["legal_form"] == "ASBL"  # the stored text, whatever the language


@pytest.mark.parametrize(
    "old", ["Régie communale autonome", "Société à responsabilité limitée", "sprl"]
)
def test_an_old_free_text_legal_form_shows_and_saves_unchanged(qtbot, form, old) -> None:
    form.set_entity(Employer(name="X", legal_form=old))
    combo = form.editors["legal_form"].input
    assert combo.currentText() == old
    combo.lineEdit().editingFinished.emit()  # visiting the field changes nothing
    assert form.values()["legal_form"] == old


def test_a_legal_form_typed_in_either_language_is_chosen_on_leaving(qtbot, form) -> None:
    combo = form.editors["legal_form"].input
    type_and_leave(qtbot, combo.lineEdit(), "vzw")
    assert combo.currentData() == "ASBL"
    assert form.values()["legal_form"] == "ASBL"
    type_and_leave(qtbot, combo.lineEdit(), "Groupement d'employeurs")
    assert form.values()["legal_form"] == "Groupement d'employeurs"  # other forms: as typed


# -- tags ----------------------------------------------------------------------------------------
def test_tags_are_chips_added_completed_and_removed(qtbot, form) -> None:
    tags = form.editors["tags"].input
    assert isinstance(tags, TagsInput)
    form.set_entity(Employer(name="X", tags=("HORECA",)))
    assert [chip.tag for chip in tags.chips] == ["HORECA"]
    tags.set_suggestions(["Article 60", "Bilingue", "HORECA", "Titres-services"])
    tags.line.setFocus()
    qtbot.keyClicks(tags.line, "titr")  # anywhere in the tag, any case
    popup = tags.completer.popup()
    qtbot.waitUntil(popup.isVisible, timeout=2000)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert tags.line.text() == ""
    qtbot.keyClicks(tags.line, "Parvis")
    qtbot.keyClick(tags.line, Qt.Key.Key_Return)
    qtbot.keyClicks(tags.line, "horeca,")  # already there: not twice
    assert form.values()["tags"] == ("HORECA", "Titres-services", "Parvis")
    qtbot.mouseClick(tags.chips[0].remove_button, Qt.MouseButton.LeftButton)
    assert form.values()["tags"] == ("Titres-services", "Parvis")
    qtbot.keyClick(tags.line, Qt.Key.Key_Backspace)  # in the empty box: the last chip
    assert form.values()["tags"] == ("Titres-services",)
    qtbot.keyClicks(tags.line, "bilingue")  # typed, not yet a chip: still a value
    assert form.values()["tags"] == ("Titres-services", "bilingue")


def test_the_tags_in_use_are_read_off_the_gui_thread_for_the_employer_form(qtbot, context) -> None:
    with UnitOfWork(context.store) as uow:
        records.create(uow, Employer, {"name": "Snack", "tags": ("HORECA", "Article 60")})
        uow.commit()
    with context.store.reading() as conn:
        fiche = employer_page.fiche(conn, None)
    dialog = EmployerDialog(context, fiche)
    qtbot.addWidget(dialog)
    context.runner.drain()
    tags = dialog.form.editors["tags"].input
    assert tags.suggestions.stringList() == ["Article 60", "HORECA"]


# -- languages and phone numbers -------------------------------------------------------------------
def test_the_languages_are_a_multiple_choice(qtbot, form) -> None:
    boxes = form.editors["languages"].input
    assert isinstance(boxes, ChoiceBoxes) and len(boxes.boxes) == 12
    form.set_entity(Employer(name="X", languages=("nl",)))
    boxes.boxes["ar"].click()
    boxes.boxes["fr"].click()
    assert form.values()["languages"] == ("fr", "nl", "ar")
    # shown by its code, as Brussels writes them, named in full for the tooltip and screen readers
    assert boxes.boxes["ar"].text() == "AR"
    assert boxes.boxes["ar"].toolTip() == boxes.boxes["ar"].accessibleName() == "arabe"
    assert boxes.boxes["other"].text() == "autre langue"


@pytest.mark.parametrize(
    ("typed", "shown", "stored"),
    [
        ("025361234", "02 536 12 34", "+3225361234"),
        ("+32470123456", "0470 12 34 56", "+32470123456"),
        ("0033 1 23 45 67 89", "+33 1 23 45 67 89", "+33123456789"),
        ("12", "12", None),  # not a number: left as typed, the form says why
    ],
)
def test_a_phone_number_is_laid_out_when_the_field_is_left(
    qtbot, form, typed, shown, stored
) -> None:
    field = line(form, "phone")
    assert isinstance(field, PhoneInput)
    type_and_leave(qtbot, field, typed)
    assert field.text() == shown
    assert form.editors["phone"].error.isHidden() is (stored is not None)
    if stored is not None:
        assert normalise(Employer, {"phone": form.values()["phone"]})["phone"] == stored


def test_the_contact_dialog_lays_out_its_phone_number_too(qtbot, context) -> None:
    dialog = ContactDialog(context, "employer-id")  # nothing is saved here
    qtbot.addWidget(dialog)
    dialog.show()
    field = dialog.form.editors["phone"].input
    assert isinstance(field, PhoneInput)
    type_and_leave(qtbot, field, "0470.12.34.56")
    assert field.text() == "0470 12 34 56"
    assert dialog.form.editors["phone"].error.isHidden()


# -- carried through sync ----------------------------------------------------------------------
@pytest.fixture
def net(qapp, tmp_path: Path):
    i18n.install("fr")
    n = OrgNet(tmp_path / "net")
    yield n
    n.close()


def off_the_gui_thread(work) -> None:
    """Run ``work`` on another thread (a sync pass, as the application runs it)."""
    failures: list[BaseException] = []

    def run() -> None:
        try:
            work()
        except BaseException as exc:
            failures.append(exc)

    thread = threading.Thread(target=run)
    thread.start()
    thread.join(60)
    assert not failures, failures


def test_an_employer_saved_from_these_inputs_syncs_as_stored_before(qtbot, net) -> None:
    a = net.first("A")
    b = net.join("B", worker="Julie Buelens")
    context = AppContext(a.store)
    with a.store.reading() as conn:
        fiche = employer_page.fiche(conn, None)
    dialog = EmployerDialog(context, fiche)  # closed below: it deletes itself
    dialog.show()
    form = dialog.form
    type_and_leave(qtbot, line(form, "name"), "Boulangerie du Parvis")
    type_and_leave(qtbot, form.editors["legal_form"].input.lineEdit(), "bv")
    nace = line(form, "nace_code")
    nace.setFocus()
    qtbot.keyClicks(nace, "boulangerie")
    pick_first(qtbot, nace)
    type_and_leave(qtbot, line(form, "postcode"), "1060")
    type_and_leave(qtbot, line(form, "phone"), "02/536.12.34")
    tags = form.editors["tags"].input
    tags.line.setFocus()
    qtbot.keyClicks(tags.line, "HORECA,Parvis,")
    for code in ("fr", "ar"):
        form.editors["languages"].input.boxes[code].click()
    dialog.save()
    qtbot.waitUntil(lambda: dialog.employer_id is not None, timeout=10_000)
    context.runner.drain()
    employer_id = dialog.employer_id
    dialog.close()
    context.runner.wait()
    off_the_gui_thread(a.sync)
    off_the_gui_thread(b.sync)
    expected = {
        "legal_form": "SRL",
        "nace_code": "47240",
        "nace_version": "2025",
        "postcode": "1060",
        "commune": "Saint-Gilles",
        "commune_nl": "Sint-Gillis",
        "phone": "+3225361234",
        "tags": '["HORECA", "Parvis"]',
        "languages": '["fr", "ar"]',
    }
    for station in (a, b):
        got = {key: station.value("employer", employer_id, key) for key in expected}
        assert got == expected, station.name
