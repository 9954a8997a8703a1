"""Setting up sync: the organisation's folder or WebDAV collection, then optionally the network.

The wizard asks where the organisation's shared location is and its passphrase (typed twice
when the location is new and the organisation's root is created there), then optionally the
partner network's location, its passphrase and the role (a member joins, the coordinating
organisation creates it). Before the first network sync it shows "what we share": the fields
the charter lets leave and how many records would (docs/sync.md, ``ui/what_we_share.py``).
What is already set up is read off the GUI thread as the wizard opens; setup itself runs on the
runner with a busy indicator (``services/sync_setup.py``); an error is shown in words and every
field keeps what was typed.

Passphrases go to the engine as arguments, never through the environment or the store. A
WebDAV password is kept in this session's environment only (a ``Location`` names the
variable) and asked again after a restart; the wizard says so.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
)
from shiboken6 import isValid

from pacte_desktop.domain.errors import PacteError
from pacte_desktop.domain.passphrase import MIN_LENGTH, weakness
from pacte_desktop.services.sync_setup import (
    DEFAULT_KDF,
    MIN_PASSPHRASE,
    Location,
    SetupPlan,
    SetupResult,
    SetupState,
    run_setup,
    setup_state,
)
from pacte_desktop.services.sync_status import WEBDAV_PASSWORD_ENV
from pacte_desktop.ui.context import AppContext
from pacte_desktop.ui.forms import ERROR_STYLE
from pacte_desktop.ui.pages import TranslatedPage
from pacte_desktop.ui.passphrase import StrengthLabel
from pacte_desktop.ui.what_we_share import SharePanel

PAGE_ORG, PAGE_NETWORK, PAGE_SHARE, PAGE_RUN = range(4)


class LocationEditor(QWidget):
    """A folder (any mounted path: disk, SMB, a synced folder) or a WebDAV URL with a user."""

    def __init__(self, scope: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scope = scope
        self.folder_radio = QRadioButton()
        self.folder_radio.setObjectName(f"{scope}_folder_radio")
        self.folder_radio.setChecked(True)
        self.webdav_radio = QRadioButton()
        self.webdav_radio.setObjectName(f"{scope}_webdav_radio")
        group = QButtonGroup(self)
        group.addButton(self.folder_radio)
        group.addButton(self.webdav_radio)
        self.folder = QLineEdit()
        self.folder.setObjectName(f"{scope}_folder")
        self.browse = QPushButton()
        self.browse.setObjectName(f"{scope}_browse")
        self.browse.setAutoDefault(False)
        self.browse.clicked.connect(self._browse)
        self.url = QLineEdit()
        self.url.setObjectName(f"{scope}_url")
        self.url.setPlaceholderText("https://cloud.example.be/remote.php/dav/files/…")
        self.user = QLineEdit()
        self.user.setObjectName(f"{scope}_user")
        self.password = QLineEdit()
        self.password.setObjectName(f"{scope}_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_note = QLabel()
        self.password_note.setWordWrap(True)
        self.password_note.setStyleSheet("color: #555;")
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.browse)
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.addRow(self.folder_radio)
        self.form.addRow("", folder_row)
        self.form.addRow(self.webdav_radio)
        self.url_label = QLabel()
        self.user_label = QLabel()
        self.password_label = QLabel()
        self.form.addRow(self.url_label, self.url)
        self.form.addRow(self.user_label, self.user)
        self.form.addRow(self.password_label, self.password)
        self.form.addRow("", self.password_note)
        self.folder_radio.toggled.connect(lambda _v: self._update())
        self.retranslate()
        self._update()

    def retranslate(self) -> None:
        self.folder_radio.setText(
            self.tr("Un dossier (disque, partage réseau, dossier synchronisé)")
        )
        self.webdav_radio.setText(self.tr("Un serveur WebDAV (Nextcloud…)"))
        self.browse.setText(self.tr("Parcourir…"))
        self.url_label.setText(self.tr("Adresse :"))
        self.user_label.setText(self.tr("Utilisateur :"))
        self.password_label.setText(self.tr("Mot de passe :"))
        self.password_note.setText(
            self.tr(
                "Le mot de passe WebDAV n'est pas enregistré : il sera redemandé après un "
                "redémarrage de Pacte Desktop."
            )
        )

    def _update(self) -> None:
        folder = self.folder_radio.isChecked()
        self.folder.setEnabled(folder)
        self.browse.setEnabled(folder)
        for widget in (self.url, self.user, self.password, self.password_note):
            widget.setEnabled(not folder)

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Choisir le dossier"))
        if chosen:
            self.folder.setText(chosen)

    def problem(self) -> str | None:
        """What is missing, in words; None when a location can be built."""
        if self.folder_radio.isChecked():
            where = self.folder.text().strip()
            if not where:
                return self.tr("Choisissez un dossier.")
            if not Path(where).is_dir():
                return self.tr("Ce dossier n'existe pas (ou n'est pas accessible) : %1").replace(
                    "%1", where
                )
            return None
        if not self.url.text().strip().lower().startswith(("http://", "https://")):
            return self.tr("L'adresse WebDAV commence par https:// (ou http://).")
        return None

    def location(self) -> Location:
        """The location typed in; a WebDAV password goes to this session's environment only."""
        if self.folder_radio.isChecked():
            return Location("folder", self.folder.text().strip())
        user = self.user.text().strip() or None
        env = WEBDAV_PASSWORD_ENV[self.scope]
        if self.password.text():
            os.environ[env] = self.password.text()
        return Location(
            "webdav",
            self.url.text().strip(),
            user,
            env if (user is not None or self.password.text()) else None,
        )


class PassphraseEditor(QWidget):
    """The passphrase, typed twice (the second time is needed when a root is created), with
    its strength said as it is typed (``ui/passphrase.py``): a new passphrase must be strong.

    ``confirm=False`` hides the second field and the strength: joining an existing root checks
    the passphrase against its keys, so typing it once is enough.
    """

    def __init__(
        self,
        name: str,
        parent: QWidget | None = None,
        *,
        confirm: bool = True,
        names: tuple[str, ...] = (),
    ) -> None:
        super().__init__(parent)
        self.first = QLineEdit()
        self.first.setObjectName(f"{name}_passphrase")
        self.second = QLineEdit()
        self.second.setObjectName(f"{name}_passphrase_again")
        for edit in (self.first, self.second):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.first_label = QLabel()
        self.second_label = QLabel()
        self.strength = StrengthLabel()
        self.strength.setObjectName(f"{name}_passphrase_strength")
        self.strength.watch(self.first, names)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #555;")
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.first_label, self.first)
        form.addRow("", self.strength)
        form.addRow(self.second_label, self.second)
        form.addRow("", self.note)
        form.setRowVisible(self.second, confirm)
        form.setRowVisible(self.strength, confirm)

    def problem(self, *, creating: bool | None) -> str | None:
        """Too short, too weak for a new passphrase, or typed twice differently; ``creating``
        None: not known yet (typed twice means a creation)."""
        text = self.first.text()
        again = self.second.text()
        if creating or again:
            weak = weakness(text, names=self.strength.names)
            if weak is not None:
                return weak.message()
        if len(text) < MIN_PASSPHRASE:
            return PacteError("passphrase", "passphrase_short", min=MIN_PASSPHRASE).message()
        if (again or creating) and again != text:
            return PacteError("passphrase", "passphrase_mismatch").message()
        return None


class _Page(TranslatedPage):
    """A page of this wizard, which it can reach typed."""

    def wizard_(self) -> SyncSetupWizard:
        wizard = self.wizard()
        assert isinstance(wizard, SyncSetupWizard)
        return wizard

    @staticmethod
    def error_label(name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setStyleSheet(ERROR_STYLE)
        label.hide()
        return label

    @staticmethod
    def show_error(label: QLabel, text: str | None) -> bool:
        label.setText(text or "")
        label.setVisible(bool(text))
        return text is None


class OrgPage(_Page):
    """Where the organisation's workstations meet, and the organisation's passphrase."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("page_sync_org")
        self.configured: Location | None = None  # until the state is read: apply_state()
        self.enable = QCheckBox()
        self.enable.setObjectName("org_enable")
        self.enable.setChecked(True)
        self.current = QLabel()
        self.current.setWordWrap(True)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.where = LocationEditor("org")
        self.passphrase = PassphraseEditor("org")
        self.error = self.error_label("org_error")
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.current)
        layout.addWidget(self.enable)
        layout.addWidget(self.where)
        layout.addWidget(self.passphrase)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.enable.toggled.connect(lambda _v: self._update())
        self.retranslate()
        self._update()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Les postes de l'organisation"))
        self.intro.setText(
            self.tr(
                "Les postes de votre organisation partagent un dossier : un partage réseau, un "
                "dossier synchronisé (Nextcloud, Dropbox, Syncthing) ou un serveur WebDAV. Tout "
                "y est chiffré avec la phrase secrète de l'organisation. Un dossier vide : "
                "l'organisation y est créée ; un dossier déjà utilisé : ce poste le rejoint."
            )
        )
        self.enable.setText(self.tr("Synchroniser les postes de l'organisation"))
        if self.configured is not None:
            self.current.setText(
                self.tr("Déjà configuré : %1").replace("%1", self.configured.where)
            )
        self.current.setVisible(self.configured is not None)
        self.passphrase.first_label.setText(self.tr("Phrase secrète :"))
        self.passphrase.second_label.setText(self.tr("Encore une fois :"))
        self.passphrase.note.setText(
            self.tr(
                "À la création, tapez-la deux fois : au moins %1 caractères variés, ni le nom de "
                "l'organisation ni un mot de passe courant (par exemple quatre mots sans lien). "
                "Gardez-la en lieu sûr : sans elle, aucun nouveau poste ne peut rejoindre "
                "l'organisation. Elle n'est pas enregistrée sur ce poste."
            ).replace("%1", str(MIN_LENGTH))
        )
        self.passphrase.strength.retranslate()

    def apply_state(self, state: SetupState) -> None:
        """What is set up already: a configured organisation is shown, not set up again."""
        self.configured = state.org
        self.enable.setChecked(self.configured is None)
        self.enable.setEnabled(self.configured is None)
        self.passphrase.strength.names = state.org_names
        self.retranslate()
        self._update()

    def _update(self) -> None:
        on = self.enable.isChecked()
        self.where.setVisible(on)
        self.passphrase.setVisible(on)

    def validatePage(self) -> bool:
        if not self.enable.isChecked():
            return self.show_error(self.error, None)
        problem = self.where.problem() or self.passphrase.problem(creating=None)
        return self.show_error(self.error, problem)

    def nextId(self) -> int:
        return PAGE_NETWORK


class NetworkPage(_Page):
    """The partner network: join it as a member, or create it as the coordinating organisation."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("page_sync_network")
        self.configured: Location | None = None  # until the state is read: apply_state()
        self.enable = QCheckBox()
        self.enable.setObjectName("network_enable")
        self.current = QLabel()
        self.current.setWordWrap(True)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.member = QRadioButton()
        self.member.setObjectName("network_member")
        self.member.setChecked(True)
        self.coordinator = QRadioButton()
        self.coordinator.setObjectName("network_coordinator")
        self.network_name = QLineEdit()
        self.network_name.setObjectName("network_name")
        self.network_name_label = QLabel()
        self.where = LocationEditor("network")
        self.passphrase = PassphraseEditor("network")
        # The organisation's key signs this workstation into the network: with an organisation
        # already set up, its passphrase opens it (it is never kept on the workstation).
        self.org_configured = False
        self.org_passphrase = QLineEdit()
        self.org_passphrase.setObjectName("network_org_passphrase")
        self.org_passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.org_passphrase_label = QLabel()
        self.org_passphrase_label.setWordWrap(True)
        self.error = self.error_label("network_error")
        self.details = QWidget()
        details = QVBoxLayout(self.details)
        details.setContentsMargins(0, 0, 0, 0)
        details.addWidget(self.member)
        details.addWidget(self.coordinator)
        name_row = QHBoxLayout()
        name_row.addWidget(self.network_name_label)
        name_row.addWidget(self.network_name, 1)
        details.addLayout(name_row)
        details.addWidget(self.where)
        details.addWidget(self.passphrase)
        details.addWidget(self.org_passphrase_label)
        details.addWidget(self.org_passphrase)
        self.org_passphrase_label.setVisible(self.org_configured)
        self.org_passphrase.setVisible(self.org_configured)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.current)
        layout.addWidget(self.enable)
        layout.addWidget(self.details)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.enable.toggled.connect(lambda _v: self._update())
        self.coordinator.toggled.connect(lambda _v: self._update())
        self.retranslate()
        self._update()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Le réseau des partenaires (facultatif)"))
        self.intro.setText(
            self.tr(
                "Les organisations partenaires du pacte partagent un autre dossier, où chacune "
                "publie seulement ce que la charte de partage permet. Jamais de candidats ni de "
                "mises à l'emploi individuels."
            )
        )
        self.enable.setText(self.tr("Rejoindre un réseau de partenaires"))
        if self.configured is not None:
            self.current.setText(
                self.tr("Déjà configuré : %1").replace("%1", self.configured.where)
            )
        self.current.setVisible(self.configured is not None)
        self.member.setText(self.tr("Rejoindre le réseau existant (membre)"))
        self.coordinator.setText(self.tr("Créer le réseau (organisation coordinatrice)"))
        self.network_name_label.setText(self.tr("Nom du réseau :"))
        self.network_name.setPlaceholderText(self.tr("Pacte pour l'emploi de Saint-Gilles"))
        self.passphrase.first_label.setText(self.tr("Phrase secrète du réseau :"))
        self.passphrase.second_label.setText(self.tr("Encore une fois :"))
        self.passphrase.note.setText(
            self.tr(
                "Celle que l'organisation coordinatrice a communiquée aux partenaires ; à la "
                "création du réseau, tapez-la deux fois."
            )
        )
        self.org_passphrase_label.setText(
            self.tr("Phrase secrète de votre organisation (pour inscrire ce poste au réseau) :")
        )
        self.passphrase.strength.retranslate()

    def apply_state(self, state: SetupState) -> None:
        """What is set up already: a configured network is shown, not set up again."""
        self.configured = state.network
        self.enable.setEnabled(self.configured is None)
        self.org_configured = state.org is not None
        self.org_passphrase_label.setVisible(self.org_configured)
        self.org_passphrase.setVisible(self.org_configured)
        self.passphrase.strength.names = state.org_names
        self.retranslate()
        self._update()

    def _update(self) -> None:
        self.details.setVisible(self.enable.isChecked())
        creating = self.coordinator.isChecked()
        self.network_name.setVisible(creating)
        self.network_name_label.setVisible(creating)

    def validatePage(self) -> bool:
        if not self.enable.isChecked():
            return self.show_error(self.error, None)
        problem = self.where.problem() or self.passphrase.problem(
            creating=True if self.coordinator.isChecked() else None
        )
        if problem is None and self.org_configured and not self.org_passphrase.text():
            problem = self.tr("Saisissez la phrase secrète de votre organisation.")
        return self.show_error(self.error, problem)

    def nextId(self) -> int:
        return PAGE_SHARE if self.enable.isChecked() else PAGE_RUN


class SharePage(_Page):
    """Shown before the first network sync: what will leave, and an explicit agreement."""

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.setObjectName("page_sync_share")
        self.panel = SharePanel(context)
        self.agree = QCheckBox()
        self.agree.setObjectName("share_agree")
        self.agree.toggled.connect(lambda _v: self.completeChanged.emit())
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel, 1)
        layout.addWidget(self.agree)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Ce que nous partageons"))
        self.agree.setText(self.tr("J'ai vérifié ce qui sera partagé avec les partenaires"))

    def initializePage(self) -> None:
        self.panel.refresh()

    def isComplete(self) -> bool:
        return self.agree.isChecked()

    def nextId(self) -> int:
        return PAGE_RUN


class RunPage(_Page):
    """Setup in the background, with a busy bar; the outcome in words."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("page_sync_run")
        self.busy = QProgressBar()
        self.busy.setObjectName("setup_busy")
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.status = QLabel()
        self.status.setObjectName("setup_status")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error = self.error_label("setup_error")
        self.done = False
        self.running = False
        layout = QVBoxLayout(self)
        layout.addWidget(self.busy)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Configuration"))

    def initializePage(self) -> None:
        self.done = False
        self.wizard_().start_setup()

    def isComplete(self) -> bool:
        return self.done

    def show_running(self) -> None:
        self.running = True
        self.busy.show()
        self.show_error(self.error, None)
        self.status.setText(
            self.tr(
                "Configuration en cours… (vérification du dossier, clés, première synchronisation)"
            )
        )
        self.completeChanged.emit()

    def show_done(self, lines: list[str]) -> None:
        self.running = False
        self.done = True
        self.busy.hide()
        self.status.setText("\n".join(lines))
        self.completeChanged.emit()

    def show_failed(self, text: str) -> None:
        self.running = False
        self.done = False
        self.busy.hide()
        self.status.setText(
            self.tr("Rien n'est perdu : revenez en arrière pour corriger, puis recommencez.")
        )
        self.show_error(self.error, text)
        self.completeChanged.emit()


class SyncSetupWizard(QWizard):
    """Menu Synchronisation → Configurer…"""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sync_setup_wizard")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.context = context
        self.kdf = DEFAULT_KDF  # tests make it cheap
        self.results: list[SetupResult] = []
        self.org_page = OrgPage()
        self.network_page = NetworkPage()
        self.share_page = SharePage(context)
        self.run_page = RunPage()
        self.setPage(PAGE_ORG, self.org_page)
        self.setPage(PAGE_NETWORK, self.network_page)
        self.setPage(PAGE_SHARE, self.share_page)
        self.setPage(PAGE_RUN, self.run_page)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, False)
        self.retranslate()
        self.resize(720, 600)
        # What is set up already, read off the GUI thread; the pages wait for it.
        self.state: SetupState | None = None
        for page in (self.org_page, self.network_page):
            page.setEnabled(False)
        context.runner.submit(setup_state, context.store, on_done=self._state_read)

    def _state_read(self, state: SetupState) -> None:
        if not isValid(self):
            return
        self.state = state
        for page in (self.org_page, self.network_page):
            page.apply_state(state)
            page.setEnabled(True)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Configurer la synchronisation"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def plan(self) -> SetupPlan:
        org, net = self.org_page, self.network_page
        use_org = org.enable.isChecked()
        use_net = net.enable.isChecked()
        name = net.network_name.text().strip() or None
        return SetupPlan(
            org=org.where.location() if use_org else None,
            org_secret=org.passphrase.first.text(),
            org_confirm=org.passphrase.second.text(),
            network=net.where.location() if use_net else None,
            network_secret=net.passphrase.first.text(),
            network_confirm=net.passphrase.second.text(),
            coordinator=net.coordinator.isChecked(),
            network_name=name,
            network_org_secret=net.org_passphrase.text(),
        )

    def start_setup(self) -> None:
        if self.run_page.running:
            return
        plan = self.plan()
        if plan.org is None and plan.network is None:
            self.run_page.show_done([self.tr("Rien à configurer.")])
            return
        self.run_page.show_running()
        self.button(QWizard.WizardButton.BackButton).setEnabled(False)
        store, kdf = self.context.store, self.kdf
        self.context.runner.submit(
            lambda: run_setup(store, plan, kdf),
            on_done=self._setup_done,
            on_error=self._setup_failed,
        )

    def _describe(self, result: SetupResult) -> str:
        if result.scope == "org":
            text = (
                self.tr("Organisation « %1 » : dossier créé.")
                if result.created
                else self.tr("Organisation « %1 » : ce poste l'a rejointe.")
            )
        else:
            text = (
                self.tr("Réseau « %1 » : créé ; ce poste en est le coordinateur.")
                if result.created
                else self.tr("Réseau « %1 » : ce poste l'a rejoint.")
            )
        text = text.replace("%1", result.name)
        summary = result.pass_summary
        if summary is not None:
            for scope in summary.scopes:
                if scope.error:
                    text += "\n" + self.tr("Première synchronisation : %1").replace(
                        "%1", scope.error
                    )
                else:
                    text += "\n" + self.tr("Première synchronisation : %1, %2.").replace(
                        "%1", self.tr("%n opération(s) envoyée(s)", "", scope.published_ops)
                    ).replace("%2", self.tr("%n reçue(s)", "", scope.received_ops))
        return text

    def _setup_done(self, results: list[SetupResult]) -> None:
        # The store changed (keys, and what the first pass received): every view refreshes.
        self.context.changed.emit("*", None)
        if not isValid(self):
            return
        self.results = results
        self.button(QWizard.WizardButton.BackButton).setEnabled(False)
        self.run_page.show_done([self._describe(r) for r in results])

    def _setup_failed(self, exc: BaseException) -> None:
        if not isValid(self):
            return
        self.button(QWizard.WizardButton.BackButton).setEnabled(True)
        text = exc.message() if isinstance(exc, PacteError) else str(exc)
        self.run_page.show_failed(text)
