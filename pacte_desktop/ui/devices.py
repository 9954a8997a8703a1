"""Synchronisation → Appareils: the organisation's devices, and revoking one (sync/devices.py).

The list (name, worker, last file, certified by, status) is read off the GUI thread: it reads
the shared folder. Révoquer… asks first, naming the device and its worker, then the
organisation's passphrase, and runs on the runner; the list is read again afterwards. This
workstation cannot revoke itself, nor revoke twice. Esc or Fermer at any moment leaves
everything as it was; a revocation already started finishes and is announced in the status bar.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from pacte_desktop.domain.errors import PacteError
from pacte_desktop.services import keys
from pacte_desktop.services.keys import DEFAULT_KDF, Device, Kdf
from pacte_desktop.ui.context import AppContext
from pacte_desktop.ui.moments import stamp_text
from pacte_desktop.ui.passphrase import ask_passphrase
from pacte_desktop.ui.record_lists import RecordListModel, make_table

COLUMNS = ("name", "worker", "last_file", "certified_by", "status")
COL_NAME, COL_WORKER, COL_LAST_FILE, COL_CERTIFIED_BY, COL_STATUS = range(len(COLUMNS))


class DevicesDialog(QDialog):
    """The devices of the organisation, with Révoquer…"""

    revoked = Signal(str)  # the device id, once the revocation is in the shared folder
    loaded = Signal()

    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None = None,
        *,
        kdf: Kdf = DEFAULT_KDF,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("devices_dialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.context = context
        self.kdf = kdf
        self.devices: list[Device] = []
        self.busy = False
        self.notice = ""  # said again once the list is read anew
        # Asked before revoking; tests replace them.
        self.confirm: Callable[[str], bool] = self._ask
        self.ask_passphrase: Callable[[], str | None] = lambda: ask_passphrase(
            self, self.windowTitle(), self.tr("Phrase secrète de l'organisation :")
        )
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.model = RecordListModel(COLUMNS, self._headers, self)
        self.table = make_table(self.model, "devices_table", (200, 170, 150, 220))
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update())
        self.message = QLabel()
        self.message.setObjectName("devices_message")
        self.message.setWordWrap(True)
        self.revoke_button = QPushButton()
        self.revoke_button.setObjectName("revoke_button")
        self.revoke_button.setAutoDefault(False)
        self.revoke_button.clicked.connect(self.revoke_selected)
        self.close_button = QPushButton()
        self.close_button.setObjectName("close_button")
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.revoke_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.retranslate()
        self.refresh()
        self.resize(960, 420)

    # -- strings ---------------------------------------------------------------------------
    def _headers(self) -> dict[str, str]:
        return {
            "name": self.tr("Appareil"),
            "worker": self.tr("Travailleur"),
            "last_file": self.tr("Dernier fichier"),
            "certified_by": self.tr("Certifié par"),
            "status": self.tr("Statut"),
        }

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Appareils de l'organisation"))
        self.intro.setText(
            self.tr(
                "Les postes qui synchronisent avec le dossier de l'organisation. Un poste perdu "
                "ou volé se révoque : ses fichiers suivants sont refusés partout et les clés sont "
                "renouvelées pour les autres postes seulement."
            )
        )
        self.revoke_button.setText(self.tr("Révoquer…"))
        self.close_button.setText(self.tr("Fermer"))
        self.model.retranslate()
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- loading ---------------------------------------------------------------------------
    def refresh(self) -> None:
        store = self.context.store
        self.message.setText(self.tr("Lecture du dossier partagé…"))

        def done(found: list[Device]) -> None:
            if not isValid(self):
                return
            self.devices = found
            self.message.setText(self.notice)
            self._fill()
            self.loaded.emit()

        def failed(exc: BaseException) -> None:
            if not isValid(self):
                return
            self.message.setText(exc.message() if isinstance(exc, PacteError) else str(exc))
            self.loaded.emit()

        self.context.runner.submit(keys.devices, store, on_done=done, on_error=failed)

    def _fill(self) -> None:
        selected = self.selected()
        rows = []
        for d in self.devices:
            name = d.name or d.device_id
            if d.this_device:
                name = self.tr("%1 (ce poste)").replace("%1", name)
            if d.status == "revoked":
                status = self.tr("révoqué (fichiers acceptés jusqu'au n° %1)").replace(
                    "%1", str(d.revoked_after)
                )
            else:
                status = self.tr("actif")
            last = (
                self.tr("n° %1 — %2")
                .replace("%1", str(d.last_seq))
                .replace("%2", stamp_text(d.last_file_at))
                if d.last_seq
                else self.tr("aucun")
            )
            rows.append(
                {
                    "id": d.device_id,
                    "name": name,
                    "worker": d.worker,
                    "last_file": last,
                    "certified_by": d.certified_by,
                    "status": status,
                }
            )
        self.model.set_rows(rows)
        again = next(
            (
                i
                for i, d in enumerate(self.devices)
                if selected and d.device_id == selected.device_id
            ),
            0,
        )
        if self.devices:
            self.table.selectRow(again)
        self._update()

    def selected(self) -> Device | None:
        index = self.table.currentIndex()
        if not index.isValid() or not (0 <= index.row() < len(self.devices)):
            return None
        return self.devices[index.row()]

    def _update(self) -> None:
        device = self.selected()
        self.revoke_button.setEnabled(
            device is not None
            and not device.this_device
            and device.status == "active"
            and not self.busy
        )

    # -- revoking --------------------------------------------------------------------------
    def _ask(self, text: str) -> bool:
        answer = QMessageBox.question(
            self,
            self.windowTitle(),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def revoke_selected(self) -> None:
        device = self.selected()
        if device is None or device.this_device or device.status != "active" or self.busy:
            return
        question = (
            self.tr(
                "Révoquer l'appareil « %1 » (travailleur : %2) ? Ses fichiers suivants seront "
                "refusés par tous les postes, et les clés renouvelées pour les autres postes. "
                "Cela ne se défait pas."
            )
            .replace("%1", device.name or device.device_id)
            .replace("%2", device.worker or self.tr("inconnu"))
        )
        if not self.confirm(question):
            return
        secret = self.ask_passphrase()
        if not secret:
            return
        self.busy = True
        self._update()
        self.message.setText(self.tr("Révocation en cours…"))
        store, kdf, device_id = self.context.store, self.kdf, device.device_id

        def work() -> Any:
            return keys.revoke(store, device_id, secret=secret, kdf=kdf)

        def done(_result: Any) -> None:
            self.context.changed.emit("*", None)
            if not isValid(self):
                return
            self.busy = False
            self.notice = self.tr("« %1 » est révoqué.").replace("%1", device.name or device_id)
            self.revoked.emit(device_id)
            self.refresh()

        def failed(exc: BaseException) -> None:
            if not isValid(self):
                return
            self.busy = False
            self._update()
            self.message.setText(exc.message() if isinstance(exc, PacteError) else str(exc))

        self.context.runner.submit(work, on_done=done, on_error=failed)
