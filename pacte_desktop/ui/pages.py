"""The wizard page every wizard of the application builds on: it relabels itself live."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWizardPage


class TranslatedPage(QWizardPage):
    """A wizard page that sets its strings again when the language changes."""

    def retranslate(self) -> None:
        """Set every visible string again."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
