"""First run on a new store: create the organisation (or open demonstration data); switch worker.

There is no :class:`AppContext` yet when the wizard runs (no worker to act as), so it works on
the store and the runner directly. Its writes still run off the GUI thread: the organisation in
a small unit of work, the demonstration data through ``runner.run_long`` with a progress dialog
whose Cancel button rolls everything back.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from pacte_desktop import demo
from pacte_desktop.domain.entities import ORG_TYPES, Worker
from pacte_desktop.domain.errors import PacteError, ValidationError
from pacte_desktop.services import workers
from pacte_desktop.store.database import Store
from pacte_desktop.store.repository import Repository
from pacte_desktop.store.unit_of_work import Cancelled, CancelToken
from pacte_desktop.ui.context import AppContext
from pacte_desktop.ui.forms import ERROR_STYLE
from pacte_desktop.ui.labels import choice_label, field_label
from pacte_desktop.ui.operations import Runner
from pacte_desktop.ui.worker_choice import WorkerChoiceDialog

PAGE_CHOICE, PAGE_CREATE, PAGE_DEMO = range(3)
DEMO_EMPLOYERS = 300


class _Page(QWizardPage):
    """A wizard page that relabels itself when the language changes."""

    def retranslate(self) -> None:
        """Set every visible string again."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def wizard_(self) -> FirstRunWizard:
        wizard = self.wizard()
        assert isinstance(wizard, FirstRunWizard)
        return wizard


class ChoicePage(_Page):
    """Create an organisation, or try the application on demonstration data."""

    def __init__(self) -> None:
        super().__init__()
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.create_radio = QRadioButton()
        self.create_radio.setObjectName("create_radio")
        self.create_radio.setChecked(True)
        self.demo_radio = QRadioButton()
        self.demo_radio.setObjectName("demo_radio")
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addSpacing(12)
        layout.addWidget(self.create_radio)
        layout.addWidget(self.demo_radio)
        layout.addStretch(1)
        self.create_radio.toggled.connect(lambda _on: self.completeChanged.emit())
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Bienvenue dans Pacte Desktop"))
        self.intro.setText(
            self.tr(
                "Les contacts employeurs, les relances et les mises à l'emploi de votre "
                "organisation sont gardés sur ce poste et partagés avec vos collègues. "
                "Pour commencer :"
            )
        )
        self.create_radio.setText(self.tr("&Créer mon organisation"))
        self.demo_radio.setText(self.tr("Ouvrir des données de &démonstration"))

    def nextId(self) -> int:
        return PAGE_CREATE if self.create_radio.isChecked() else PAGE_DEMO


class CreatePage(_Page):
    """The organisation's name and type, and the name of its first worker (you)."""

    def __init__(self) -> None:
        super().__init__()
        self.name_label = QLabel()
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("field_org_name")
        self.type_label = QLabel()
        self.type_combo = QComboBox()
        self.type_combo.setObjectName("field_org_type")
        for code in ORG_TYPES:
            self.type_combo.addItem("", code)
        # No default type: a CPAS recorded as "other" (or the reverse) would skew the reports.
        self.type_combo.setCurrentIndex(-1)
        self.worker_label = QLabel()
        self.worker_edit = QLineEdit()
        self.worker_edit.setObjectName("field_worker")
        self.name_label.setBuddy(self.name_edit)
        self.type_label.setBuddy(self.type_combo)
        self.worker_label.setBuddy(self.worker_edit)
        self.error_label = QLabel()
        self.error_label.setObjectName("error_label")
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.status_label = QLabel()
        self.status_label.setObjectName("status_label")
        form = QFormLayout()
        form.addRow(self.name_label, self.name_edit)
        form.addRow(self.type_label, self.type_combo)
        form.addRow(self.worker_label, self.worker_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.status_label)
        layout.addStretch(1)
        self.setTabOrder(self.name_edit, self.type_combo)
        self.setTabOrder(self.type_combo, self.worker_edit)
        for edit in (self.name_edit, self.worker_edit):
            edit.textChanged.connect(self._edited)
        self.type_combo.currentIndexChanged.connect(self._edited)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Votre organisation"))
        self.setSubTitle(self.tr("Ces informations pourront être complétées plus tard."))
        self.name_label.setText(self.tr("&Nom de l'organisation *"))
        self.name_edit.setAccessibleName(self.tr("Nom de l'organisation"))
        self.name_edit.setPlaceholderText(self.tr("ex. CPAS de Saint-Gilles"))
        self.type_label.setText(self.tr("&Type *"))
        self.type_combo.setAccessibleName(self.tr("Type d'organisation"))
        self.type_combo.setPlaceholderText(self.tr("— choisir —"))
        for n, code in enumerate(ORG_TYPES):
            self.type_combo.setItemText(n, choice_label(code))
        self.worker_label.setText(self.tr("&Votre nom *"))
        self.worker_edit.setAccessibleName(self.tr("Votre nom"))

    def _edited(self, *_args: Any) -> None:
        self.error_label.hide()
        self.completeChanged.emit()

    def values(self) -> dict[str, str]:
        return {
            "name": self.name_edit.text().strip(),
            "org_type": str(self.type_combo.currentData() or ""),
            "worker": self.worker_edit.text().strip(),
        }

    def missing(self) -> str | None:
        """The first required field left empty (or only spaces), if any."""
        values = self.values()
        for key in ("name", "org_type", "worker"):
            if not values[key]:
                return key
        return None

    def isComplete(self) -> bool:
        wizard = self.wizard()
        busy = isinstance(wizard, FirstRunWizard) and wizard.busy
        return self.missing() is None and not busy

    def validatePage(self) -> bool:
        wizard = self.wizard_()
        if wizard.finished_ok:
            return True
        missing = self.missing()
        if missing is not None:
            field = {"name": "name", "org_type": "org_type", "worker": "worker"}[missing]
            self.show_error(ValidationError(field, "required"))
            {"name": self.name_edit, "org_type": self.type_combo, "worker": self.worker_edit}[
                missing
            ].setFocus()
            return False
        wizard.create_organisation(**self.values())
        return False  # the wizard finishes when the background write has answered

    def show_error(self, error: PacteError) -> None:
        self.error_label.setText(error.message())
        self.error_label.show()

    def nextId(self) -> int:
        return -1


class DemoPage(_Page):
    """What the demonstration data is, before it is written."""

    def __init__(self) -> None:
        super().__init__()
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.status_label = QLabel()
        self.status_label.setObjectName("status_label")
        self.status_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.status_label)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Données de démonstration"))
        self.text.setText(
            self.tr(
                "Pacte Desktop va créer une organisation fictive (« CPAS de Saint-Gilles "
                "(démo) »), ses travailleurs et %1 employeurs inventés, avec leurs contacts, "
                "relances, offres et mises à l'emploi. Aucune de ces données n'est réelle.\n\n"
                "Utilisez un dossier de données séparé pour votre vraie organisation."
            ).replace("%1", str(DEMO_EMPLOYERS))
        )

    def isComplete(self) -> bool:
        wizard = self.wizard()
        return not (isinstance(wizard, FirstRunWizard) and wizard.busy)

    def validatePage(self) -> bool:
        wizard = self.wizard_()
        if wizard.finished_ok:
            return True
        wizard.fill_demo()
        return False

    def nextId(self) -> int:
        return -1


class FirstRunWizard(QWizard):
    """The first screen on a store without an organisation.

    After ``exec()`` returns ``Accepted``, :attr:`worker_id` is this workstation's current worker
    (the one created, or the demonstration's first worker).
    """

    def __init__(self, store: Store, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("first_run_wizard")
        self.store = store
        self.runner = runner
        self.worker_id: str | None = None
        self.busy = False
        self.finished_ok = False
        self.demo_employers = DEMO_EMPLOYERS
        self.progress_dialog: QProgressDialog | None = None
        self.choice_page = ChoicePage()
        self.create_page = CreatePage()
        self.demo_page = DemoPage()
        self.setPage(PAGE_CHOICE, self.choice_page)
        self.setPage(PAGE_CREATE, self.create_page)
        self.setPage(PAGE_DEMO, self.demo_page)
        self.setStartId(PAGE_CHOICE)
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.resize(640, 460)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Pacte Desktop — premier démarrage"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- background work ---------------------------------------------------------------------
    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.button(QWizard.WizardButton.BackButton).setEnabled(not busy)
        self.button(QWizard.WizardButton.CancelButton).setEnabled(not busy)
        page = self.currentPage()
        for widget in page.findChildren(QWidget):
            if isinstance(widget, QLineEdit | QComboBox | QRadioButton):
                widget.setEnabled(not busy)
        page.completeChanged.emit()  # Finish follows isComplete(), which looks at busy

    def _finish(self) -> None:
        self.worker_id = self.store.local("worker_id")
        self.finished_ok = True
        self._set_busy(False)
        self.accept()  # validatePage now answers True: the wizard closes as Accepted

    def create_organisation(self, *, name: str, org_type: str, worker: str) -> None:
        """Create the organisation and its first worker, off the GUI thread."""
        store = self.store
        self.create_page.status_label.setText(self.tr("Création…"))
        self._set_busy(True)

        def work() -> str:
            with store.unit_of_work(worker_id="") as uow:
                _org, first = workers.init_organisation(
                    uow, name=name, org_type=org_type, worker=worker
                )
                uow.commit()
                return first.id

        def failed(exc: BaseException) -> None:
            self._set_busy(False)
            self.create_page.status_label.clear()
            if isinstance(exc, PacteError):
                self.create_page.show_error(exc)
            else:
                QMessageBox.critical(self, self.tr("Pacte Desktop"), str(exc))

        self.runner.submit(work, on_done=lambda _id: self._finish(), on_error=failed)

    def fill_demo(self) -> None:
        """Write the demonstration data with a progress dialog (Cancel rolls it all back)."""
        store, employers = self.store, self.demo_employers
        self.demo_page.status_label.clear()
        self._set_busy(True)

        def work(progress: Any, cancel: CancelToken) -> demo.DemoSummary:
            # worker_id=None: the store has no worker yet; fill_demo then attributes its
            # journal entries to the first demonstration worker it creates.
            with store.unit_of_work(worker_id=None) as uow:
                summary = demo.fill_demo(uow, employers=employers, progress=progress, cancel=cancel)
                uow.commit()
                return summary

        def failed(exc: BaseException) -> None:
            self.progress_dialog = None
            self._set_busy(False)
            if isinstance(exc, Cancelled):
                self.demo_page.status_label.setText(
                    self.tr("Création annulée : rien n'a été enregistré.")
                )
            elif isinstance(exc, PacteError):
                self.demo_page.status_label.setText(exc.message())
            else:
                QMessageBox.critical(self, self.tr("Pacte Desktop"), str(exc))

        def done(_summary: demo.DemoSummary) -> None:
            self.progress_dialog = None
            self._finish()

        self.progress_dialog = self.runner.run_long(
            self,
            self.tr("Création des données de démonstration…"),
            work,
            on_done=done,
            on_error=failed,
        )

    def reject(self) -> None:
        if self.busy:
            return  # a write is running; the progress dialog's Cancel stops the demo
        super().reject()


class SwitchWorkerDialog(WorkerChoiceDialog):
    """Choose who works at this workstation, among the organisation's active workers.

    ``exec()`` returns Accepted with :attr:`worker_id` set to the chosen worker; the caller
    makes it current (``context.set_worker(dialog.worker_id)``).
    """

    def __init__(
        self,
        store: Store | AppContext,
        current_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        self.store = store.store if isinstance(store, AppContext) else store
        self.current_id = current_id
        self.worker_id: str | None = None
        with self.store.reading() as conn:
            self._workers = Repository(conn).list(Worker, status="active", order_by="name")
        super().__init__(self._workers, parent)
        self.setObjectName("switch_worker_dialog")
        self.buttons.setObjectName("buttons")
        if current_id is not None and any(w.id == current_id for w in self._workers):
            self.select_worker(current_id)
        self.list.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Changer de travailleur"))
        self.label.setText(self.tr("&Qui travaille sur ce poste ?"))
        self.list.setAccessibleName(field_label("worker"))
        for n, worker in enumerate(self._workers):
            text = worker.name
            if worker.id == self.current_id:
                text = self.tr("%1 (actuel)").replace("%1", worker.name)
            self.list.item(n).setText(text)

    def accept(self) -> None:
        chosen = self.chosen_id()
        if chosen is None:
            return
        self.worker_id = chosen
        super().accept()

    @classmethod
    def choose(
        cls, store: Store | AppContext, current_id: str | None = None, parent: QWidget | None = None
    ) -> str | None:
        """Show the dialog; the chosen worker's id, or None when cancelled."""
        dialog = cls(store, current_id, parent)
        return dialog.worker_id if dialog.exec() == QDialog.DialogCode.Accepted else None
