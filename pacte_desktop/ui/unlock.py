"""The unlock dialog: typing a scope's passphrase once per session (sync/unlock.py).

Shown when sync first needs it — the first pass of the session that finds the keys locked, or
new keys that reached this workstation only through the passphrase — and whenever the user asks
for a pass (F5) while they are; the background pass never opens it twice, and says "locked" in
the status line instead. The passphrase is checked off the GUI thread; a wrong one is said
beside the field, which keeps it selected. Esc or Annuler leaves the keys locked, nothing else.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from pacte_desktop.domain.errors import PacteError
from pacte_desktop.services import keys
from pacte_desktop.ui.context import AppContext
from pacte_desktop.ui.forms import ERROR_STYLE


class UnlockDialog(QDialog):
    """Type the organisation's (or the network's) passphrase to unlock this session's keys."""

    unlocked = Signal(str)  # the scope

    def __init__(self, context: AppContext, scope: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unlock_dialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.context = context
        self.scope = scope
        self.busy = False
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("unlock_passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.label = QLabel()
        self.label.setBuddy(self.passphrase)
        self.error = QLabel()
        self.error.setObjectName("unlock_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.label, self.passphrase)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.resize(520, 200)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Déverrouiller la synchronisation"))
        if self.scope == "org":
            self.intro.setText(
                self.tr(
                    "Les clés de synchronisation de ce poste sont protégées par la phrase secrète "
                    "de l'organisation. Saisissez-la une fois : elle sert jusqu'à la fermeture de "
                    "Pacte Desktop et n'est pas enregistrée."
                )
            )
            self.label.setText(self.tr("&Phrase secrète de l'organisation :"))
        else:
            self.intro.setText(
                self.tr(
                    "Les clés du réseau des partenaires ont été renouvelées, ou sont protégées par "
                    "la phrase secrète du réseau. Saisissez-la une fois : elle n'est pas "
                    "enregistrée."
                )
            )
            self.label.setText(self.tr("&Phrase secrète du réseau :"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def submit(self) -> None:
        text = self.passphrase.text()
        if self.busy or not text:
            return
        self.busy = True
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        store, scope = self.context.store, self.scope
        self.context.runner.submit(
            keys.unlock, store, scope, text, on_done=self._done, on_error=self._failed
        )

    def _done(self, _result: object) -> None:
        if not isValid(self):
            return
        self.busy = False
        self.unlocked.emit(self.scope)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        if not isValid(self):
            return
        self.busy = False
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)
        self.error.setText(exc.message() if isinstance(exc, PacteError) else str(exc))
        self.error.show()
        self.passphrase.selectAll()
        self.passphrase.setFocus()
