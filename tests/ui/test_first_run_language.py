"""The first-run wizard's first page offers the language, and switches to it at once."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWizard

from pacte_desktop.services.stores import Store
from pacte_desktop.ui import i18n
from pacte_desktop.ui.operations import Runner
from pacte_desktop.ui.wizard import FirstRunWizard


@pytest.fixture
def wizard(qapp, qtbot, tmp_path):
    i18n.install("fr")
    store = Store.open(tmp_path / "new", daily_backup=False)
    runner = Runner()
    found = FirstRunWizard(store, runner)
    qtbot.addWidget(found)
    found.show()
    yield found
    runner.wait()
    store.close()
    i18n.install("fr")


def test_choosing_dutch_on_the_first_page_relabels_the_wizard_and_is_kept(wizard) -> None:
    page = wizard.choice_page
    combo = page.language_combo
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Français",
        "Nederlands",
        "English",
    ]
    assert combo.currentData() == "fr" and page.title() == "Bienvenue dans Pacte Desktop"
    combo.setCurrentIndex(combo.findData("nl"))
    assert page.title() == "Welkom bij Pacte Desktop"
    assert "Pacte Desktop" in wizard.windowTitle() and "premier" not in wizard.windowTitle()
    assert wizard.create_page.title() != "Votre organisation"  # the next pages too
    wizard.runner.wait()
    assert wizard.store.setting("language") == "nl"  # the window and the next start

    combo.setCurrentIndex(combo.findData("en"))
    assert page.title() == "Welcome to Pacte Desktop"
    assert wizard.button(QWizard.WizardButton.CancelButton).text() == "Cancel"
    wizard.runner.wait()
    assert wizard.store.setting("language") == "en"
