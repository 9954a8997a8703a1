"""First run on a new store: create the organisation, join it, or open demonstration data;
switch worker.

There is no :class:`AppContext` yet when the wizard runs (no worker to act as), so it works on
the store and the runner directly. Its writes still run off the GUI thread: the organisation in
a small unit of work, the demonstration data through ``runner.run_long`` with a progress dialog
whose Cancel button rolls everything back, and joining (``join_organisation`` on this empty data
folder: the passphrase unlocks the organisation's keys, everything is received and the worker
typed in becomes current) on the runner with a busy bar. The join page reuses the sync setup
wizard's location and passphrase editors; a WebDAV password stays in this session's environment
only, as there.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QProgressDialog,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
)

from pacte_desktop.domain import messages
from pacte_desktop.domain.entities import ORG_TYPES, Worker
from pacte_desktop.domain.errors import PacteError, ValidationError
from pacte_desktop.domain.progress import Cancelled, CancelToken
from pacte_desktop.services import demo, workers, workstation
from pacte_desktop.services.stores import Store, UnitOfWork
from pacte_desktop.services.sync_setup import (
    Location,
    NothingToJoin,
    SetupResult,
    join_organisation,
)
from pacte_desktop.ui import i18n
from pacte_desktop.ui.forms import ERROR_STYLE
from pacte_desktop.ui.labels import choice_label, field_label
from pacte_desktop.ui.operations import Runner
from pacte_desktop.ui.pages import TranslatedPage
from pacte_desktop.ui.sync_setup import LocationEditor, PassphraseEditor
from pacte_desktop.ui.worker_choice import WorkerChoiceDialog

PAGE_CHOICE, PAGE_CREATE, PAGE_DEMO, PAGE_JOIN = range(4)
DEMO_EMPLOYERS = 300


class _Page(TranslatedPage):
    """A page of this wizard, which it can reach typed."""

    def wizard_(self) -> FirstRunWizard:
        wizard = self.wizard()
        assert isinstance(wizard, FirstRunWizard)
        return wizard

    def set_busy(self, busy: bool) -> None:
        """Lock what can be typed or chosen while the background work runs."""
        for widget in self.findChildren(QWidget):
            if isinstance(widget, QLineEdit | QComboBox | QRadioButton):
                widget.setEnabled(not busy)


class ChoicePage(_Page):
    """The interface's language; create an organisation, join it, or try demonstration data."""

    language_chosen = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        # The one label not translated: whoever reads none of the three finds their own.
        self.language_label = QLabel("Langue · Taal · Language")
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("language_combo")
        for lang in i18n.LANGUAGES:
            self.language_combo.addItem(i18n.language_name(lang), lang)
        self.language_combo.setCurrentIndex(
            max(self.language_combo.findData(messages.current_language()), 0)
        )
        self.language_label.setBuddy(self.language_combo)
        self.language_combo.currentIndexChanged.connect(
            lambda _i: self.language_chosen.emit(str(self.language_combo.currentData()))
        )
        languages = QHBoxLayout()
        languages.addWidget(self.language_label)
        languages.addWidget(self.language_combo)
        languages.addStretch(1)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.create_radio = QRadioButton()
        self.create_radio.setObjectName("create_radio")
        self.create_radio.setChecked(True)
        self.demo_radio = QRadioButton()
        self.demo_radio.setObjectName("demo_radio")
        self.join_radio = QRadioButton()
        self.join_radio.setObjectName("join_radio")
        layout = QVBoxLayout(self)
        layout.addLayout(languages)
        layout.addSpacing(12)
        layout.addWidget(self.intro)
        layout.addSpacing(12)
        layout.addWidget(self.create_radio)
        layout.addWidget(self.join_radio)
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
        self.join_radio.setText(self.tr("&Rejoindre mon organisation (dossier partagé ou WebDAV)"))

    def nextId(self) -> int:
        if self.create_radio.isChecked():
            return PAGE_CREATE
        return PAGE_JOIN if self.join_radio.isChecked() else PAGE_DEMO


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


class JoinPage(_Page):
    """Join the organisation another workstation already shares: where, its passphrase, who.

    The passphrase is typed once: joining checks it against the organisation's keys. The
    worker's name is free text; a name the organisation already has (case aside) is reused.
    """

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("page_join")
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.where = LocationEditor("org")
        self.passphrase = PassphraseEditor("org", confirm=False)
        self.worker_label = QLabel()
        self.worker_edit = QLineEdit()
        self.worker_edit.setObjectName("join_worker")
        self.worker_label.setBuddy(self.worker_edit)
        self.passphrase.first_label.setBuddy(self.passphrase.first)
        self.worker_note = QLabel()
        self.worker_note.setWordWrap(True)
        self.worker_note.setStyleSheet("color: #555;")
        # The notes under their fields, not floating in the height a wrapped label reserves.
        for note in (self.where.password_note, self.passphrase.note, self.worker_note):
            note.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.busy_bar = QProgressBar()
        self.busy_bar.setObjectName("join_busy")
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.hide()
        self.status_label = QLabel()
        self.status_label.setObjectName("status_label")
        self.status_label.setWordWrap(True)
        self.error_label = QLabel()
        self.error_label.setObjectName("error_label")
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.hide()
        # Everything that can be typed or chosen, locked as one while the join runs (the
        # location editor's own enabled states survive the unlock).
        self.fields = QWidget()
        worker_form = QFormLayout()
        worker_form.setContentsMargins(0, 0, 0, 0)
        worker_form.addRow(self.worker_label, self.worker_edit)
        worker_form.addRow("", self.worker_note)
        fields = QVBoxLayout(self.fields)
        fields.setContentsMargins(0, 0, 0, 0)
        fields.addWidget(self.where)
        fields.addWidget(self.passphrase)
        fields.addLayout(worker_form)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.fields)
        layout.addWidget(self.busy_bar)
        layout.addWidget(self.status_label)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        for edit in (
            self.where.folder,
            self.where.url,
            self.where.user,
            self.where.password,
            self.passphrase.first,
            self.worker_edit,
        ):
            edit.textChanged.connect(self._edited)
        self.where.folder_radio.toggled.connect(self._edited)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Rejoindre mon organisation"))
        self.intro.setText(
            self.tr(
                "Les postes de votre organisation partagent un dossier (partage réseau, dossier "
                "synchronisé) ou un serveur WebDAV. Indiquez lequel, avec la phrase secrète de "
                "l'organisation : ce poste reçoit toutes ses données."
            )
        )
        self.where.retranslate()
        self.passphrase.first_label.setText(self.tr("&Phrase secrète :"))
        self.passphrase.first.setAccessibleName(self.tr("Phrase secrète de l'organisation"))
        self.passphrase.note.setText(
            self.tr(
                "Celle de l'organisation, choisie sur le premier poste ; elle est vérifiée "
                "avec les clés de l'organisation. Elle n'est pas enregistrée sur ce poste."
            )
        )
        self.worker_label.setText(self.tr("&Votre nom *"))
        self.worker_edit.setAccessibleName(self.tr("Votre nom"))
        self.worker_note.setText(
            self.tr(
                "Si l'organisation a déjà un travailleur de ce nom (vous, sur un autre poste, "
                "ou un collègue dont vous reprenez le poste), ce poste travaille sous ce nom ; "
                "sinon, un nouveau travailleur est créé."
            )
        )
        self._align_labels()

    def _align_labels(self) -> None:
        """One label column for the three forms (location, passphrase, name), in any language."""
        labels = [
            self.where.url_label,
            self.where.user_label,
            self.where.password_label,
            self.passphrase.first_label,
            self.worker_label,
        ]
        for label in labels:
            label.setMinimumWidth(0)
        width = max(label.sizeHint().width() for label in labels)
        for label in labels:
            label.setMinimumWidth(width)

    def initializePage(self) -> None:
        # The location, the passphrase and the notes need more room than the other pages.
        wizard = self.wizard_()
        wizard.resize(max(wizard.width(), 720), max(wizard.height(), 680))

    def _edited(self, *_args: Any) -> None:
        self.error_label.hide()
        self.completeChanged.emit()

    def set_busy(self, busy: bool) -> None:
        self.fields.setEnabled(not busy)
        self.busy_bar.setVisible(busy)

    def problem(self) -> tuple[str, QWidget] | None:
        """The first thing to correct before joining, in words, with the field to focus."""
        problem = self.where.problem()
        if problem is not None:
            folder = self.where.folder_radio.isChecked()
            return problem, self.where.folder if folder else self.where.url
        problem = self.passphrase.problem(creating=False)
        if problem is not None:
            return problem, self.passphrase.first
        if not self.worker_edit.text().strip():
            return ValidationError("worker", "required").message(), self.worker_edit
        return None

    def isComplete(self) -> bool:
        wizard = self.wizard()
        busy = isinstance(wizard, FirstRunWizard) and wizard.busy
        return bool(self.worker_edit.text().strip() and self.passphrase.first.text()) and not busy

    def validatePage(self) -> bool:
        wizard = self.wizard_()
        if wizard.finished_ok:
            return True
        problem = self.problem()
        if problem is not None:
            text, widget = problem
            self.show_error(text)
            widget.setFocus()
            return False
        wizard.join_organisation(
            location=self.where.location(),
            secret=self.passphrase.first.text(),
            worker=self.worker_edit.text().strip(),
        )
        return False  # the wizard finishes when the background join has answered

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def nextId(self) -> int:
        return -1


class FirstRunWizard(QWizard):
    """The first screen on a store without an organisation.

    After ``exec()`` returns ``Accepted``, :attr:`worker_id` is this workstation's current worker
    (the one created, the one joined as, or the demonstration's first worker).
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
        self.join_page = JoinPage()
        self.join_result: SetupResult | None = None
        self.choice_page.language_chosen.connect(self.set_language)
        self.setPage(PAGE_CHOICE, self.choice_page)
        self.setPage(PAGE_CREATE, self.create_page)
        self.setPage(PAGE_DEMO, self.demo_page)
        self.setPage(PAGE_JOIN, self.join_page)
        self.setStartId(PAGE_CHOICE)
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.resize(640, 460)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Pacte Desktop — premier démarrage"))
        # QWizard names its buttons once: a language chosen on the first page renames them.
        buttons = QWizard.WizardButton
        self.setButtonText(buttons.BackButton, self.tr("< &Précédent"))
        self.setButtonText(buttons.NextButton, self.tr("&Suivant >"))
        self.setButtonText(buttons.FinishButton, self.tr("&Terminer"))
        self.setButtonText(buttons.CancelButton, self.tr("Annuler"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_language(self, lang: str) -> None:
        """Relabel the wizard now; keep the choice for the window and the next start (written
        off the GUI thread)."""
        i18n.install(lang)
        self.runner.submit(
            workstation.set_language,
            self.store,
            lang,
            on_error=self._language_not_kept,
        )

    def _language_not_kept(self, exc: BaseException) -> None:
        text = exc.message() if isinstance(exc, PacteError) else str(exc)
        QMessageBox.warning(self, self.tr("Pacte Desktop"), text)

    # -- background work ---------------------------------------------------------------------
    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        page = self.currentPage()
        if isinstance(page, _Page):
            page.set_busy(busy)
        page.completeChanged.emit()  # Finish follows isComplete(), which looks at busy
        # After completeChanged: QWizard re-enables Back when it updates its buttons.
        self.button(QWizard.WizardButton.BackButton).setEnabled(not busy)
        self.button(QWizard.WizardButton.CancelButton).setEnabled(not busy)

    def _finish(self, worker_id: str | None) -> None:
        """The work is done: ``worker_id`` is who now works at this workstation."""
        self.worker_id = worker_id
        self.finished_ok = True
        self._set_busy(False)
        self.accept()  # validatePage now answers True: the wizard closes as Accepted

    def create_organisation(self, *, name: str, org_type: str, worker: str) -> None:
        """Create the organisation and its first worker, off the GUI thread."""
        store = self.store
        self.create_page.status_label.setText(self.tr("Création…"))
        self._set_busy(True)

        def work() -> str:
            with UnitOfWork(store, worker_id="") as uow:
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

        self.runner.submit(work, on_done=self._finish, on_error=failed)

    def join_organisation(self, *, location: Location, secret: str, worker: str) -> None:
        """Join the organisation found at ``location`` as ``worker``, off the GUI thread.

        On this empty data folder ``join_organisation`` unlocks the organisation's keys with the
        passphrase, receives everything and makes ``worker`` current (creating it when the
        organisation has nobody by that name). A wrong passphrase, an unreachable location or
        one without ``ORG.json`` leaves the data folder unconfigured: the page says why and
        keeps what was typed.
        """
        store, page = self.store, self.join_page
        page.error_label.hide()
        page.status_label.setText(
            self.tr(
                "Connexion à l'organisation… (vérification de la phrase secrète, réception "
                "des données)"
            )
        )
        self._set_busy(True)

        def work() -> tuple[SetupResult, str | None]:
            return join_organisation(store, location, secret=secret, worker=worker)

        def failed(exc: BaseException) -> None:
            self._set_busy(False)
            page.status_label.setText(
                self.tr("Rien n'est perdu : corrigez ce qui est indiqué, puis recommencez.")
            )
            if isinstance(exc, NothingToJoin):
                page.show_error(
                    self.tr(
                        "Aucune organisation à rejoindre à « %1 » : le fichier ORG.json n'y est "
                        "pas. Vérifiez le dossier ou l'adresse ; l'organisation est d'abord "
                        "partagée depuis un poste où elle existe (Synchronisation → "
                        "Configurer…)."
                    ).replace("%1", exc.where)
                )
                focus: QWidget = page.where.folder
                if not page.where.folder_radio.isChecked():
                    focus = page.where.url
                focus.setFocus()
            elif isinstance(exc, PacteError):
                page.show_error(exc.message())
                if exc.code in ("sync_passphrase", "passphrase_short"):
                    page.passphrase.first.selectAll()
                    page.passphrase.first.setFocus()
            else:
                page.show_error(str(exc))

        def done(answer: tuple[SetupResult, str | None]) -> None:
            self.join_result, worker_id = answer
            page.status_label.clear()
            self._finish(worker_id)

        self.runner.submit(work, on_done=done, on_error=failed)

    def fill_demo(self) -> None:
        """Write the demonstration data with a progress dialog (Cancel rolls it all back)."""
        store, employers = self.store, self.demo_employers
        self.demo_page.status_label.clear()
        self._set_busy(True)

        def work(progress: Any, cancel: CancelToken) -> str | None:
            # The store has no worker yet: the demonstration's first worker becomes current.
            demo.fill(store, employers=employers, progress=progress, cancel=cancel)
            return store.local("worker_id")

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

        def done(worker_id: str | None) -> None:
            self.progress_dialog = None
            self._finish(worker_id)

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

    ``workers`` are read by the caller, off the GUI thread
    (:func:`pacte_desktop.services.workers.active`). ``exec()`` returns Accepted with
    :attr:`worker_id` set to the chosen worker; the caller makes it current
    (``context.set_worker(dialog.worker_id)``).
    """

    def __init__(
        self,
        workers: list[Worker],
        current_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        self.current_id = current_id
        self.worker_id: str | None = None
        self._workers = workers
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
