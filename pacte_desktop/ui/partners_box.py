"""Which partner organisations know this employer: a line of the employer record's header card.

Known from the network scope of sync as the Network view groups it (the same BCE number, the
same name at the same postcode, or a link made in the duplicates review), read in the background
by :func:`services.employer_page.partners`; the line stays hidden when nobody else knows the
employer or this workstation joined no network.
Its words are filed under the employer dialog's translation context, where they were written.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget
from shiboken6 import isValid

from pacte_desktop.services import employer_page
from pacte_desktop.ui.context import AppContext
from pacte_desktop.ui.labels import display_value


class PartnersBox(QWidget):
    """The partners who know one employer, with their latest contact when they publish it."""

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.setObjectName("partners_box")
        self.label = QLabel()
        self.label.setObjectName("partners_label")
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        self.hide()
        self.partners: list[dict[str, Any]] = []
        self._generation = 0
        self.retranslate()

    def refresh(self, employer_id: str | None) -> None:
        """Ask (in the background) who knows ``employer_id``; an older answer is dropped."""
        self._generation += 1
        generation = self._generation
        if employer_id is None:
            self._arrived(generation, [])
            return
        # The network's records are the sync state's: this service takes the store itself.
        self.context.runner.submit(
            employer_page.partners,
            self.context.store,
            employer_id,
            on_done=lambda found: self._arrived(generation, found),
        )

    def _arrived(self, generation: int, found: list[dict[str, Any]]) -> None:
        if isValid(self) and generation == self._generation:
            self.partners = found
            self._show()

    def _show(self) -> None:
        lines = []
        for partner in self.partners:
            when = display_value("last_contact", partner.get("latest_contact"))
            name = str(partner.get("organisation") or "")
            text = QCoreApplication.translate("EmployerDialog", "%1 (dernier contact : %2)")
            lines.append(text.replace("%1", name).replace("%2", when) if when else name)
        text = QCoreApplication.translate(
            "EmployerDialog", "Partenaires qui connaissent cet employeur : %1"
        )
        self.label.setText(text.replace("%1", " · ".join(lines)) if lines else "")
        self.setVisible(bool(lines))

    def retranslate(self) -> None:
        self._show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
