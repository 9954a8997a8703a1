"""What « À relancer » shows when its list is empty: why, and what to do next.

The rules, from the narrowest case to the widest:

- a search that matches nothing says so, and nothing more (clearing the search is the way out);
- an empty period (« Aujourd'hui », « Cette semaine ») is not the end of the list: one click
  shows every open follow-up;
- no open follow-up at all is where someone starts: the page says where follow-ups come from
  (a démarche noted with an employer, with a date to follow up) and offers « Noter une
  démarche », which takes the user to the directory to choose the employer (the démarche is
  always someone's: Ctrl+L there notes it with the chosen employer).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from pacte_desktop.ui import icons


class FollowUpsEmpty(QWidget):
    """The empty list's sentence and its buttons (see the module docstring)."""

    show_all = Signal()
    log_requested = Signal()  # « Noter une démarche »: the view takes the user to the directory

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("followups_empty")
        self.label = QLabel()
        self.label.setObjectName("empty_label")
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setWordWrap(True)
        self.show_all_button = QPushButton()
        self.show_all_button.setObjectName("show_all_button")
        self.show_all_button.clicked.connect(self.show_all)
        self.log_button = QPushButton()
        self.log_button.setObjectName("empty_log_button")
        self.log_button.setIcon(icons.icon("followups"))
        self.log_button.clicked.connect(self.log_requested)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.show_all_button)
        buttons.addWidget(self.log_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addLayout(buttons)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.show_all_button.setText(self.tr("Afficher toutes les relances"))
        self.log_button.setText(self.tr("Noter une &démarche…"))
        self.log_button.setToolTip(
            self.tr("Choisir l'employeur dans l'annuaire, puis Noter une démarche (Ctrl+L)")
        )

    def update_for(self, *, empty: bool, searching: bool, every_period: bool) -> None:
        """Show what fits: ``empty`` list, a search typed, the period « Toutes »."""
        if searching:
            text = self.tr("Aucune relance ne correspond à la recherche.")
        elif every_period:
            text = self.tr(
                "Aucune relance ouverte. Notez une démarche avec un employeur (un appel, une "
                "visite, un e-mail) et la date où y revenir : la relance apparaîtra ici."
            )
        else:
            text = self.tr("Rien à relancer pour cette période.")
        self.label.setText(text)
        self.show_all_button.setVisible(not searching and not every_period)
        self.log_button.setVisible(not searching and every_period)
        self.setVisible(empty)
