"""The header card of the employer record: who the employer is, at a glance, above the tabs.

Rules:

- It shows the name (and the Dutch name; in the Dutch interface the Dutch name first, in bold,
  and the French one beside it), the status as a coloured badge, the worker who holds
  the employer, the phone as a ``tel:`` link, the e-mail as a ``mailto:`` link, the website,
  the address (in Dutch in the Dutch interface when the record has the Dutch street and
  commune), the next follow-up and the partner organisations who know the employer.
- The fiche's fields come from the employer the record holds (:meth:`EmployerHeader.show_employer`);
  the owner's name and the next follow-up are read off the GUI thread by the record
  (:func:`services.employer_page.card`) and arrive in :meth:`EmployerHeader.show_card`.
- A value only becomes a link when it is what the fiche's checks store (a phone in its
  international form, an e-mail address, an ``http(s)`` address): a record synced from
  elsewhere never makes a link of anything else, and every value is escaped.
- "Noter une démarche" (Ctrl+L) asks the record to open the démarche form (:attr:`log_requested`).
- Nothing empty takes room: a fact without a value is left out, and the facts share one line
  that breaks between two facts when the window is narrow (a laptop at 150 %).
"""

from __future__ import annotations

import datetime as dt
import html
import re
from urllib.parse import quote

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from pacte_desktop.domain import messages
from pacte_desktop.domain.entities import Employer
from pacte_desktop.services.employer_page import Card
from pacte_desktop.ui.context import AppContext
from pacte_desktop.ui.labels import choice_label, display_value, format_date
from pacte_desktop.ui.partners_box import PartnersBox

# The badge's colours by status, legible on a light and a dark window alike (white text).
STATUS_COLOURS = {"prospect": "#3b6ea5", "active": "#2e7d32", "dormant": "#6b7280"}
OVERDUE_COLOUR = "#b00020"
_PHONE = re.compile(r"^\+[0-9]{6,20}$")
_EMAIL = re.compile(r"^[^\s<>\"@]+@[^\s<>\"@]+$")
_WEB = re.compile(r"^https?://[^\s<>\"]+$", re.IGNORECASE)


def fact(text: str) -> str:
    """Rich text for one fact of the card, escaped, kept on one line (the card breaks its line
    between facts, never inside one)."""
    return html.escape(text).replace(" ", "&nbsp;")


def link(href: str, text: str) -> str:
    """Rich text for a link to ``href`` showing ``text``, both escaped."""
    return f'<a href="{html.escape(href, quote=True)}">{fact(text)}</a>'


def phone_link(phone: str | None) -> str:
    """A ``tel:`` link showing the number as people write it; plain text when it is not a
    stored international number."""
    if not phone:
        return ""
    shown = display_value("phone", phone)
    return link(f"tel:{phone}", shown) if _PHONE.match(phone) else fact(shown)


def email_link(email: str | None) -> str:
    if not email:
        return ""
    return link(f"mailto:{quote(email, safe='@.+-_')}", email) if _EMAIL.match(email) else ""


def website_link(website: str | None) -> str:
    if not website:
        return ""
    return link(website, website) if _WEB.match(website) else fact(website)


class EmployerHeader(QFrame):
    """The card above the record's tabs (hidden for an employer not saved yet).

    Two lines when the window is wide enough: the name, the Dutch name, the status badge and
    "Noter une démarche"; then the facts (owner, next follow-up, address, phone, e-mail,
    website) one after the other, the line breaking between facts; and the partners who know
    the employer when there are some."""

    log_requested = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("employer_header")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.employer: Employer | None = None
        self.card: Card | None = None
        self.today = dt.date.today  # what "overdue" is counted from (tests give a fixed day)
        self.facts: dict[str, str] = {}  # each fact shown, as rich text, by name

        self.name_label = QLabel()
        self.name_label.setObjectName("header_name")
        font = QFont(self.name_label.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.name_label.setFont(font)
        self.name_nl_label = QLabel()
        self.name_nl_label.setObjectName("header_name_nl")
        # A long Dutch name gives way before the button does.
        self.name_nl_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        for label in (self.name_label, self.name_nl_label):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_badge = QLabel()
        self.status_badge.setObjectName("header_status")
        self.log_button = QPushButton()
        self.log_button.setObjectName("header_log_button")
        self.log_button.setAutoDefault(False)
        self.log_button.clicked.connect(self.log_requested)
        self.facts_label = QLabel()
        self.facts_label.setObjectName("header_facts")
        self.facts_label.setTextFormat(Qt.TextFormat.RichText)
        self.facts_label.setWordWrap(True)
        self.facts_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.facts_label.setOpenExternalLinks(True)  # the system's dialler, mail program, browser
        self.partners_box = PartnersBox(context)
        self.partners_label = self.partners_box.label

        top = QHBoxLayout()
        top.addWidget(self.name_label)
        top.addWidget(self.name_nl_label, 1)
        top.addWidget(self.status_badge)
        top.addSpacing(12)
        top.addWidget(self.log_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 4, 10, 6)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addWidget(self.facts_label)
        layout.addWidget(self.partners_box)
        self.retranslate()

    # -- what it shows ---------------------------------------------------------------------
    def show_employer(self, employer: Employer | None) -> None:
        """Show ``employer``'s own fields (None: a new employer, and no card)."""
        self.employer = employer
        self.setVisible(employer is not None)
        self._show()

    def show_card(self, card: Card) -> None:
        self.card = card
        self._show()

    def address(self, employer: Employer) -> str:
        """The address on one line, in Dutch in the Dutch interface when the record has it."""
        dutch = messages.current_language() == "nl"
        street = (dutch and employer.street_nl) or employer.street or ""
        commune = (dutch and employer.commune_nl) or employer.commune or ""
        first = " ".join(part for part in (street, employer.number or "") if part)
        if employer.box:
            box = self.tr("bte")  # a box number's abbreviation in an address
            first = f"{first} {box} {employer.box}".strip()
        second = " ".join(part for part in (employer.postcode or "", commune) if part)
        return ", ".join(part for part in (first, second) if part)

    def _show(self) -> None:
        employer = self.employer
        if employer is None:
            return
        # The name in the interface's language first (bold), the other one beside it.
        first, other = employer.name, employer.name_nl or ""
        if messages.current_language() == "nl" and other:
            first, other = other, first
        self.name_label.setText(first)
        self.name_nl_label.setText(other)
        self.name_nl_label.setToolTip(other)
        status = choice_label(employer.status)
        if employer.archived:
            archived = self.tr("archivé")
            status = f"{status} · {archived}"
        self.status_badge.setText(status)
        colour = STATUS_COLOURS.get(employer.status, STATUS_COLOURS["dormant"])
        self.status_badge.setStyleSheet(
            f"QLabel {{ background: {colour}; color: white; border-radius: 8px;"
            " padding: 1px 8px; font-weight: bold; }"
        )
        self.status_badge.setAccessibleName(self.tr("Statut : %1").replace("%1", status))
        card = self.card
        facts = {
            "owner": fact(self.tr("Responsable : %1").replace("%1", card.owner))
            if card is not None and card.owner
            else "",
            "next": self._next(card),
            "address": fact(self.address(employer)),
            "phone": phone_link(employer.phone),
            "email": email_link(employer.email),
            "website": website_link(employer.website),
        }
        self.facts = {name: text for name, text in facts.items() if text}
        self.facts_label.setText(" &nbsp;·&nbsp; ".join(self.facts.values()))
        self.facts_label.setVisible(bool(self.facts))

    def _next(self, card: Card | None) -> str:
        """The next follow-up (in red when overdue), or that none is planned."""
        if card is None:
            return ""
        follow_up = card.next_follow_up
        if follow_up is None:
            return fact(self.tr("Aucune relance prévue"))
        text = self.tr("Prochaine relance : %1").replace("%1", format_date(follow_up.due_date))
        if card.follow_up_worker:
            text = f"{text} ({card.follow_up_worker})"
        if follow_up.action:
            action = follow_up.action.splitlines()[0]
            text = f"{text} : {action[:60]}…" if len(action) > 60 else f"{text} : {action}"
        if follow_up.due_date < self.today():
            overdue = self.tr("en retard")
            late = fact(f"{text} · {overdue}")
            return f'<span style="color: {OVERDUE_COLOUR}; font-weight: bold;">{late}</span>'
        return fact(text)

    # -- strings ---------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.log_button.setText(self.tr("Noter une démarche"))
        self.log_button.setToolTip(self.tr("Noter un appel, une visite, un e-mail (Ctrl+L)"))
        self.partners_box.retranslate()
        self._show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
