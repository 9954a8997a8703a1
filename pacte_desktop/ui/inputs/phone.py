"""A phone field that lays the number out as people write it once it is left.

The rule: a number the domain understands (:func:`pacte_desktop.domain.contact_rules.phone`:
Belgian unless it has a country code) is shown as :func:`~pacte_desktop.domain.contact_rules.
format_phone` writes it (``02 536 12 34``, ``0470 12 34 56``, ``+33 1 23 45 67 89``) when the
person leaves the field; anything else stays as typed, for the form to say what is wrong. The
stored value does not change: the form's check turns the text into E.164 as before.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget

from pacte_desktop.domain import contact_rules
from pacte_desktop.domain.errors import PacteError


def formatted(text: str) -> str | None:
    """``text`` laid out as people write a phone number, or None when it is not one."""
    if not text.strip():
        return None
    try:
        return contact_rules.format_phone(contact_rules.phone(text))
    except (PacteError, ValueError):
        return None


class PhoneInput(QLineEdit):
    """A line edit for a phone number (see the module's docstring)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editingFinished.connect(self.tidy)
        self.retranslate()

    def retranslate(self) -> None:
        self.setPlaceholderText(self.tr("ex. 02 536 12 34"))

    def set_number(self, value: object) -> None:
        """Show a stored number (E.164) or a draft's text; a number is laid out at once."""
        text = "" if value is None else str(value)
        self.setText(formatted(text) or text)

    def tidy(self) -> None:
        """A number understood is laid out; anything else stays as typed."""
        shown = formatted(self.text())
        if shown is not None and shown != self.text():
            self.setText(shown)
