"""Passphrases in the interface: the strength shown as a new one is typed, and changing the
organisation's (or, for the coordinator, the network's) passphrase.

:class:`StrengthLabel` runs ``domain/passphrase.py``'s rules at each keystroke and says, in the
user's language, what is missing — or that the passphrase is strong enough. The setup wizard
shows it under a new passphrase; :class:`ChangePassphraseDialog` (Synchronisation → Changer la
phrase secrète…) asks the old passphrase, the new one twice, refuses a weak or mismatched one on
the dialog itself, and runs :func:`change_passphrase` on the runner. Esc or Fermer leaves
everything as it was; a change already started finishes and is announced.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
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
from pacte_desktop.domain.passphrase import weakness
from pacte_desktop.services.keys import DEFAULT_KDF, Kdf, change_passphrase
from pacte_desktop.services.sync_setup import SetupState, setup_state
from pacte_desktop.ui.context import AppContext
from pacte_desktop.ui.forms import ERROR_STYLE

STRONG_STYLE = "color: #1b5e20;"


class StrengthLabel(QLabel):
    """What a new passphrase still lacks, or that it is strong enough, as it is typed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("passphrase_strength")
        self.setWordWrap(True)
        self.names: tuple[str, ...] = ()
        self.strong = False
        self._text = ""

    def watch(self, edit: QLineEdit, names: Iterable[str] = ()) -> None:
        self.names = tuple(names)
        edit.textChanged.connect(self.show_for)

    def show_for(self, text: str) -> None:
        self._text = text
        if not text:
            self.strong = False
            self.clear()
            return
        problem = weakness(text, names=self.names)
        self.strong = problem is None
        if problem is None:
            self.setStyleSheet(STRONG_STYLE)
            self.setText(self.tr("Phrase secrète solide."))
        else:
            self.setStyleSheet(ERROR_STYLE)
            self.setText(problem.message())

    def retranslate(self) -> None:
        self.show_for(self._text)


class ChangePassphraseDialog(QDialog):
    """Synchronisation → Changer la phrase secrète…"""

    changed = Signal(str)  # the scope, once the new passphrase is in force

    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None = None,
        *,
        kdf: Kdf = DEFAULT_KDF,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("change_passphrase_dialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.context = context
        self.kdf = kdf
        self.busy = False
        # The configured scopes and the names their passphrases must not be: read off the GUI
        # thread (the dialog waits for them, disabled).
        self.scopes: list[str] = []
        self.names: dict[str, tuple[str, ...]] = {}
        self.scope = QComboBox()
        self.scope.setObjectName("passphrase_scope")
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.old = QLineEdit()
        self.old.setObjectName("old_passphrase")
        self.new = QLineEdit()
        self.new.setObjectName("new_passphrase")
        self.again = QLineEdit()
        self.again.setObjectName("new_passphrase_again")
        for edit in (self.old, self.new, self.again):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.strength = StrengthLabel()
        self.strength.watch(self.new)
        self.error = QLabel()
        self.error.setObjectName("passphrase_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.form = QFormLayout()
        self.scope_label, self.old_label = QLabel(), QLabel()
        self.new_label, self.again_label = QLabel(), QLabel()
        self.form.addRow(self.scope_label, self.scope)
        self.form.addRow(self.old_label, self.old)
        self.form.addRow(self.new_label, self.new)
        self.form.addRow("", self.strength)
        self.form.addRow(self.again_label, self.again)
        self.form.setRowVisible(self.scope, len(self.scopes) > 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.scope.currentIndexChanged.connect(lambda _i: self._names())
        self.retranslate()
        self.resize(560, 320)
        self.setEnabled(False)
        context.runner.submit(setup_state, context.store, on_done=self._state_read)

    def _state_read(self, state: SetupState) -> None:
        if not isValid(self):
            return
        self.scopes = [s for s, where in (("org", state.org), ("network", state.network)) if where]
        self.names = {"org": state.org_names, "network": state.network_names}
        self.form.setRowVisible(self.scope, len(self.scopes) > 1)
        self.retranslate()
        self._names()
        self.setEnabled(True)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Changer la phrase secrète"))
        self.intro.setText(
            self.tr(
                "Les postes de l'organisation reçoivent la nouvelle clé sans rien saisir ; ceux "
                "qui n'ont pas de coffre de mots de passe du système demanderont une fois la "
                "nouvelle phrase secrète. Communiquez-la aux collègues par un autre moyen que le "
                "dossier partagé."
            )
        )
        current = self.scope.currentIndex()
        self.scope.clear()
        for scope in self.scopes:
            self.scope.addItem(
                self.tr("Organisation") if scope == "org" else self.tr("Réseau (coordination)"),
                scope,
            )
        self.scope.setCurrentIndex(max(current, 0))
        self.scope_label.setText(self.tr("Phrase secrète de :"))
        self.old_label.setText(self.tr("Phrase secrète actuelle :"))
        self.new_label.setText(self.tr("Nouvelle phrase secrète :"))
        self.again_label.setText(self.tr("Encore une fois :"))
        self.strength.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def chosen_scope(self) -> str:
        return str(self.scope.currentData() or "org")

    def _names(self) -> None:
        self.strength.names = self.names.get(self.chosen_scope(), ())
        self.strength.show_for(self.new.text())

    def problem(self) -> str | None:
        if not self.old.text():
            return self.tr("Saisissez la phrase secrète actuelle.")
        weak = weakness(self.new.text(), names=self.strength.names)
        if weak is not None:
            return weak.message()
        if self.again.text() != self.new.text():
            return PacteError("passphrase", "passphrase_mismatch").message()
        return None

    def _show_error(self, text: str | None) -> None:
        self.error.setText(text or "")
        self.error.setVisible(bool(text))

    def submit(self) -> None:
        if self.busy:
            return
        problem = self.problem()
        self._show_error(problem)
        if problem is not None:
            return
        self.busy = True
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        store, scope, kdf = self.context.store, self.chosen_scope(), self.kdf
        old, new = self.old.text(), self.new.text()

        def work() -> Any:
            return change_passphrase(store, scope, old=old, new=new, kdf=kdf)

        self.context.runner.submit(work, on_done=self._done, on_error=self._failed)

    def _done(self, _result: Any) -> None:
        self.context.changed.emit("*", None)
        if not isValid(self):
            return
        self.busy = False
        self.changed.emit(self.chosen_scope())
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        if not isValid(self):
            return
        self.busy = False
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)
        self._show_error(exc.message() if isinstance(exc, PacteError) else str(exc))
        if isinstance(exc, PacteError) and exc.code.startswith("sync_passphrase"):
            self.old.selectAll()
            self.old.setFocus()


def ask_passphrase(parent: QWidget, title: str, label: str) -> str | None:
    """A passphrase typed once in a small modal dialog (None: cancelled)."""
    from PySide6.QtWidgets import QInputDialog

    text, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Password)
    return text if ok and text else None


PassphraseAsker = Callable[[QWidget, str, str], "str | None"]
