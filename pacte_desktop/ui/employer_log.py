"""Noting a démarche with an employer: the form under the record's timeline.

The rule: a démarche is noted through :func:`services.followups.log_interaction` in one write,
announced as ``"interaction"`` (the follow-ups view listens to it too), and a next action date
makes a follow-up in the same write. What the service refuses lands beside its field and the
form keeps what was typed; once noted, the form is ready for the next one (today, by phone).
Its words are filed under the employer dialog's translation context, where they were written.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import QGroupBox, QVBoxLayout
from shiboken6 import isValid

from pacte_desktop.domain.entities import Interaction
from pacte_desktop.domain.errors import PacteError
from pacte_desktop.services import followups
from pacte_desktop.services.records import WriteUnit
from pacte_desktop.ui.context import AppContext
from pacte_desktop.ui.forms import EntityForm
from pacte_desktop.ui.guarded_dialog import dialog_button, report_error
from pacte_desktop.ui.labels import display_value
from pacte_desktop.ui.next_step import add_next_step

LOG_FIELDS = ("date", "channel", "summary", "outcome", "next_action_date")


class LogBox(QGroupBox):
    """The démarche form of one employer's record; :attr:`said` carries what to tell the user,
    :attr:`logged` the démarche noted."""

    said = Signal(str)
    logged = Signal(object)  # the followups.Logged

    def __init__(
        self, context: AppContext, employer_id: Callable[[], str | None], initiator: object
    ) -> None:
        super().__init__()
        self.setObjectName("log_box")
        self.context = context
        self._employer_id = employer_id
        self._initiator = initiator
        self._logging = False
        self.form = EntityForm(Interaction, LOG_FIELDS)
        self.form.setObjectName("log_form")
        self.button = dialog_button("log_button", primary=True)
        self.button.clicked.connect(self.log_interaction)
        # the follow-up's action, the button « Noter » at the end of its line
        self.next_step_edit = add_next_step(self.form, beside=self.button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        self.reset()
        self.retranslate()

    def retranslate(self) -> None:
        self.form.retranslate()
        self.setTitle(QCoreApplication.translate("EmployerDialog", "Noter une démarche"))
        self.button.setText(QCoreApplication.translate("EmployerDialog", "Noter la démarche"))
        self.button.setToolTip(
            QCoreApplication.translate("EmployerDialog", "Enregistrer la démarche (Ctrl+S)")
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def reset(self) -> None:
        self.form.set_entity(
            {
                "date": dt.date.today(),
                "channel": "phone",
                "summary": "",
                "outcome": "",
                "next_action_date": None,
            }
        )

    def typing(self) -> bool:
        """Whether a démarche is being typed (a summary or an outcome not noted yet)."""
        values = self.form.values()
        return bool(
            str(values.get("summary") or "").strip() or str(values.get("outcome") or "").strip()
        )

    def start(self) -> None:
        """Put the keyboard in the summary, ready to type (the day is today's, by phone)."""
        self.form.editors["summary"].input.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def log_interaction(self) -> None:
        """Record the démarche typed; a next action date makes a follow-up."""
        employer_id = self._employer_id()
        if self._logging or employer_id is None or not self.button.isEnabled():
            return
        values = self.form.values()
        self.form.clear_errors()

        def action(uow: WriteUnit) -> followups.Logged:
            return followups.log_interaction(
                uow,
                employer=employer_id,
                channel=values["channel"],
                summary=values["summary"],
                date=values["date"] or None,
                outcome=values["outcome"] or None,
                next_action_date=values["next_action_date"] or None,
                next_step=values["next_step"],
            )

        self._logging = True
        self.button.setEnabled(False)
        # Announced as "interaction" even when a follow-up is created with it: the follow-ups
        # view listens to "interaction" too, and one write is announced once.
        self.context.write(
            "interaction",
            action,
            initiator=self._initiator,
            on_done=self._logged,
            on_error=self._failed,
        )

    def _logged(self, logged: followups.Logged) -> None:
        if not isValid(self):
            return
        self._logging = False
        self.button.setEnabled(True)
        self.reset()
        if logged.follow_up is not None:
            self.said.emit(
                QCoreApplication.translate(
                    "EmployerDialog", "Démarche notée ; relance prévue le %1."
                ).replace("%1", display_value("due_date", logged.follow_up.due_date))
            )
        else:
            self.said.emit(QCoreApplication.translate("EmployerDialog", "Démarche notée."))
        self.logged.emit(logged)

    def _failed(self, exc: BaseException) -> None:
        if not isValid(self):
            return
        self._logging = False
        self.button.setEnabled(True)
        if not (isinstance(exc, PacteError) and self.form.show_error(exc)):
            report_error(self.window(), exc)
