"""The Dutch interface names employers and communes in Dutch where the record has them."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

from pacte_desktop.domain.entities import Employer
from pacte_desktop.services import records
from pacte_desktop.store.repository import Repository
from pacte_desktop.store.unit_of_work import UnitOfWork
from pacte_desktop.ui import i18n
from pacte_desktop.ui.employers import EmployersView


def rows(view: EmployersView) -> list[tuple[str, str]]:
    model = view.model
    return [
        (model.data(model.index(r, 0)), model.data(model.index(r, 3)))
        for r in range(min(3, model.rowCount()))
    ]


def test_the_dutch_directory_shows_sint_gillis_and_switches_back(context, qtbot) -> None:
    with context.store.reading() as conn:
        (parvis,) = Repository(conn).list(Employer, name="Brasserie du Parvis")
    with UnitOfWork(context.store, worker_id=context.worker_id or "") as uow:
        records.edit(
            uow,
            Employer,
            parvis.id,
            {"name_nl": "Brouwerij van het Voorplein", "commune_nl": "Sint-Gillis"},
        )
        uow.commit()
    i18n.install("nl")
    try:
        view = EmployersView(context)
        qtbot.addWidget(view)
        qtbot.waitUntil(lambda: view.model.rowCount() == 3 and bool(rows(view)[0][0]), timeout=5000)
        assert rows(view) == [
            ("Atelier Vélo", "Forest"),
            ("Brouwerij van het Voorplein", "Sint-Gillis"),
            ("Société Générale", "Saint-Gilles"),  # no Dutch name in its record
        ]
        communes = view.findChild(QComboBox, "filter_commune")
        qtbot.waitUntil(lambda: communes.count() == 3, timeout=5000)
        assert [communes.itemText(i) for i in (1, 2)] == ["Forest", "Sint-Gillis"]
        communes.setCurrentIndex(2)
        qtbot.waitUntil(lambda: view.model.rowCount() == 2, timeout=5000)
        assert rows(view) == [
            ("Brouwerij van het Voorplein", "Sint-Gillis"),
            ("Société Générale", "Saint-Gilles"),
        ]

        i18n.install("fr")  # the language changes under the open directory
        french = [("Brasserie du Parvis", "Saint-Gilles"), ("Société Générale", "Saint-Gilles")]
        qtbot.waitUntil(lambda: rows(view) == french, timeout=5000)
        assert communes.currentText() == "Saint-Gilles"  # the same filter, named in French
    finally:
        i18n.install("fr")
