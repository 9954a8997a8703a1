"""The one refill rule of the menus whose choices come from the store (ui/combos.py)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

from pacte_desktop.domain.entities import Employer
from pacte_desktop.services import records
from pacte_desktop.store.repository import Repository
from pacte_desktop.ui.combos import refill
from pacte_desktop.ui.employers import EmployersView


def combo_with(qtbot, pairs, chosen=None) -> QComboBox:
    combo = QComboBox()
    qtbot.addWidget(combo)
    combo.addItem("Toutes", None)
    for value, label in pairs:
        combo.addItem(label, value)
    if chosen is not None:
        combo.setCurrentIndex(combo.findData(chosen))
    return combo


def items(combo: QComboBox) -> list[tuple[object, str]]:
    return [(combo.itemData(i), combo.itemText(i)) for i in range(combo.count())]


def test_a_choice_still_offered_is_kept(qtbot) -> None:
    combo = combo_with(qtbot, [("Forest", "Forest"), ("Ixelles", "Ixelles")], chosen="Ixelles")
    changes: list[int] = []
    combo.currentIndexChanged.connect(changes.append)
    lost = refill(combo, [("Anderlecht", "Anderlecht"), ("Ixelles", "Ixelles")])
    assert lost is None
    assert combo.currentData() == "Ixelles"
    assert items(combo) == [(None, "Toutes"), ("Anderlecht", "Anderlecht"), ("Ixelles", "Ixelles")]
    assert changes == []  # the caller decides what a refill means


def test_a_vanished_choice_falls_back_to_the_first_entry_and_is_named(qtbot) -> None:
    combo = combo_with(qtbot, [("Forest", "Forest"), ("Ixelles", "Ixelles")], chosen="Forest")
    lost = refill(combo, [("Ixelles", "Ixelles")])
    assert lost == "Forest"
    assert combo.currentIndex() == 0 and combo.currentData() is None
    # No ghost entry of the vanished value is left behind.
    assert items(combo) == [(None, "Toutes"), ("Ixelles", "Ixelles")]


def test_nothing_chosen_stays_on_the_first_entry(qtbot) -> None:
    combo = combo_with(qtbot, [("Forest", "Forest")])
    assert refill(combo, [("Ixelles", "Ixelles")]) is None
    assert combo.currentIndex() == 0


def test_the_directory_lets_go_of_a_commune_filter_nobody_has_any_more(context, qtbot) -> None:
    view = EmployersView(context)
    qtbot.addWidget(view)
    combo = view.filters["commune"]
    qtbot.waitUntil(lambda: combo.findData("Forest") >= 0, timeout=5000)
    with qtbot.waitSignal(view.count_changed, timeout=5000):
        combo.setCurrentIndex(combo.findData("Forest"))
    assert view.model.listing.filters == {"commune": "Forest"}
    messages: list[str] = []
    view.message.connect(messages.append)

    with context.store.reading() as conn:
        (velo,) = Repository(conn).list(Employer, name="Atelier Vélo")
    with qtbot.waitSignal(context.changed, timeout=5000):
        context.write("employer", lambda uow: records.archive(uow, Employer, velo.id))

    # The only employer in Forest is archived: the menu no longer offers Forest, the filter
    # goes back to every commune, the list shows everyone again, and the status bar says why.
    qtbot.waitUntil(lambda: combo.findData("Forest") < 0, timeout=5000)
    assert combo.currentIndex() == 0
    qtbot.waitUntil(lambda: view.model.rowCount() == 2 and not view.model.loading, timeout=5000)
    assert view.model.listing.filters == {}
    assert any("Forest" in text for text in messages)
