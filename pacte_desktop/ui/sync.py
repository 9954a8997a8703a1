"""Sync in the main window: the "Synchroniser" button (F5), the status line, the background pass.

A pass is :func:`sync_status.run_pass` run on the context's runner, never on the GUI thread, and
never two at once. The status line says when the last pass finished, how many local operations
wait to be published, which files were refused (with their reason in the interface's
language), which device's files forked, why publishing failed when the location refuses
writes (receiving still happens) and what went wrong; errors and a clock warning are shown
loudly (warning icon, tooltip, and a message box for a pass the user asked for; the
clock warning once per distinct warning). An icon before the line says the state at a glance
(``ui/icons.py``): not configured (a struck cloud, greyed), passing, synchronised (a ticked
cloud), locked or a problem (amber); it is drawn again in the new colours when the palette
switches between light and dark. Locked keys (``unlock.py``) open the unlock dialog the
first time a pass meets them and whenever the user asks for a pass; otherwise the status line
says "Verrouillé" and the background pass asks nothing. A background pass runs every few
minutes while a scope is configured; when the location is out of reach it keeps trying quietly.
After a pass that received operations, ``context.changed("*")`` lets every view refresh itself.

Which scopes are configured (and where they go) is read once when the main window is built,
before the event loop starts, then again with every status read and after every pass, off the
GUI thread: F5 and the timer decide from what was last read.

What is shown is the newest state: a pass brings back the state read after it, so a status read
issued before that pass ended (it may have read the store before the pass wrote its outcome, and
the two run on different threads) is dropped when it arrives after the pass; it never replaces
a pass's error or its "locked" with what was true before.
"""

from __future__ import annotations

import os
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QToolButton,
    QWidget,
)
from shiboken6 import isValid

from pacte_desktop.domain import messages
from pacte_desktop.domain.errors import PacteError
from pacte_desktop.services import sync_status
from pacte_desktop.services.sync_status import (
    Location,
    PassOutcome,
    PassSummary,
    Status,
    SyncState,
    missing_passwords,
)
from pacte_desktop.ui import icons, sync_words
from pacte_desktop.ui.context import AppContext
from pacte_desktop.ui.moments import stamp_text

DEFAULT_INTERVAL_MIN = 5
STARTUP_DELAY_MS = 5_000
STATUS_DELAY_MS = 400  # coalesce the status reads of a burst of local writes


class SyncController(QObject):
    """The sync actions, the status bar widgets and the background timer of one main window."""

    pass_finished = Signal(object)  # the PassSummary, on the GUI thread
    progressed = Signal(str, int, int)  # stage, done, total (0: unknown), from the pass's thread
    status_changed = Signal(object)  # the list of sync_status.Status

    def __init__(self, context: AppContext, window: QWidget) -> None:
        super().__init__(window)
        self.context = context
        self.window = window
        self.running = False
        self.progressed.connect(self._show_progress)
        self.statuses: list[Status] = []
        # Where each configured scope goes: read with the context as the application starts
        # (before the event loop), then with each status read.
        self.locations: dict[str, Location] = dict(context.sync_locations)
        self.wanted = False  # start() was called and stop() was not
        self.last_summary: PassSummary | None = None
        self.last_message: QMessageBox | None = None
        self._clock_warned: set[str] = set()
        self._status_loading = False
        # Passes ended so far: a status read issued before the latest one ended is stale.
        self._passes_ended = 0
        self._status_lang = messages.current_language()  # the language statuses are in

        self.act_sync = QAction(self)
        self.act_sync.setObjectName("action_sync")
        self.act_sync.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.act_sync.triggered.connect(self.sync_now)
        self.act_conflicts = QAction(self)
        self.act_conflicts.setObjectName("action_conflicts")
        self.act_conflicts.triggered.connect(self.show_conflicts)
        self.act_setup = QAction(self)
        self.act_setup.setObjectName("action_sync_setup")
        self.act_setup.triggered.connect(self.show_setup)
        self.act_share = QAction(self)
        self.act_share.setObjectName("action_what_we_share")
        self.act_share.triggered.connect(self.show_what_we_share)
        self.act_devices = QAction(self)
        self.act_devices.setObjectName("action_devices")
        self.act_devices.triggered.connect(self.show_devices)
        self.act_passphrase = QAction(self)
        self.act_passphrase.setObjectName("action_change_passphrase")
        self.act_passphrase.triggered.connect(self.show_change_passphrase)
        for action, meaning in (
            (self.act_sync, "sync"),
            (self.act_conflicts, "conflicts"),
            (self.act_setup, "sync_setup"),
            (self.act_share, "what_we_share"),
            (self.act_devices, "devices"),
            (self.act_passphrase, "passphrase"),
        ):
            action.setIcon(icons.icon(meaning))
        # The unlock dialog opens once by itself (the first pass that finds the keys locked);
        # after that only F5 opens it: a background pass never stacks dialogs.
        self.unlock_offered = False
        self.unlock_dialog: QWidget | None = None

        self.button = QToolButton()
        self.button.setObjectName("sync_button")
        self.button.setDefaultAction(self.act_sync)
        self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.icon = QLabel()
        self.icon.setObjectName("sync_icon")
        self.icon_state: tuple[str, str] = ("sync_off", icons.MUTED)  # meaning, tone
        self.label = QLabel()
        self.label.setObjectName("sync_status")

        self.timer = QTimer(self)
        self.timer.setObjectName("sync_timer")
        self.timer.timeout.connect(self.background_pass)
        self.set_interval(DEFAULT_INTERVAL_MIN * 60_000)
        self.status_timer = QTimer(self)
        self.status_timer.setSingleShot(True)
        self.status_timer.setInterval(STATUS_DELAY_MS)
        self.status_timer.timeout.connect(self.refresh_status)
        context.changed.connect(self._on_changed)
        window.installEventFilter(self)
        self.retranslate()

    # -- strings ---------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.act_sync.setText(self.tr("&Synchroniser"))
        self.act_sync.setToolTip(self.tr("Synchroniser maintenant (F5)"))
        self.act_conflicts.setText(self.tr("&Conflits…"))
        self.act_setup.setText(self.tr("C&onfigurer…"))
        self.act_share.setText(self.tr("Ce que nous &partageons…"))
        self.act_devices.setText(self.tr("&Appareils…"))
        self.act_passphrase.setText(self.tr("Changer la p&hrase secrète…"))
        self.label.setAccessibleName(self.tr("État de la synchronisation"))
        self._show_status()
        if self.statuses and self._status_lang != messages.current_language():
            self.status_timer.start()  # refused files' reasons, said again in the new language

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif watched is self.window and event.type() in (
            QEvent.Type.PaletteChange,
            QEvent.Type.ApplicationPaletteChange,
        ):
            self._draw_icon()  # light to dark or back: the state's icon in the new colours
        return False

    # -- configuration ---------------------------------------------------------------------
    def configured(self) -> bool:
        """Whether a scope was configured when the state was last read."""
        return bool(self.locations)

    def set_interval(self, msecs: int) -> None:
        self.timer.setInterval(msecs)

    def start(self, *, first_pass_after_ms: int | None = STARTUP_DELAY_MS) -> None:
        """Show the status and start the background passes (the first one soon after); a scope
        configured meanwhile starts them when the status read finds it."""
        self.wanted = True
        self.refresh_status()
        if self.configured():
            self.timer.start()
            if first_pass_after_ms is not None:
                QTimer.singleShot(first_pass_after_ms, self, self.background_pass)

    def stop(self) -> None:
        self.wanted = False
        self.timer.stop()

    # -- passes ----------------------------------------------------------------------------
    def sync_now(self) -> bool:
        """The user's F5 / button: a pass now, with its problems shown in a message box."""
        if not self.configured():
            self._notify(
                QMessageBox.Icon.Information,
                self.tr(
                    "La synchronisation n'est pas configurée. Menu Synchronisation → "
                    "Configurer… pour choisir le dossier de l'organisation."
                ),
            )
            return False
        if self.running:
            self.window_message(self.tr("Une synchronisation est déjà en cours."))
            return False
        if not self._ask_passwords():
            return False
        return self._run(manual=True)

    def background_pass(self) -> bool:
        """The timer's pass: quiet; skipped while another runs or a password is missing."""
        if self.running or not self.configured():
            return False
        if missing_passwords(self.locations):
            return False  # asking would interrupt the user; F5 asks
        return self._run(manual=False)

    def _run(self, *, manual: bool) -> bool:
        self.running = True
        self.act_sync.setEnabled(False)
        self._show_status()
        store = self.context.store
        lang = messages.current_language()

        def report(stage: str, done: int, total: int) -> None:
            self.progressed.emit(stage, done, total)  # queued to the GUI thread

        self.context.runner.submit(
            sync_status.run_pass,
            store,
            lang,
            report,
            on_done=lambda outcome: self._done(outcome, manual),
            on_error=lambda exc: self._failed(exc, manual),
        )
        return True

    def _done(self, outcome: PassOutcome, manual: bool) -> None:
        if not isValid(self):
            return
        self._passes_ended += 1
        self.running = False
        self.act_sync.setEnabled(True)
        summary = outcome.summary
        self.last_summary = summary
        self._apply_state(outcome.state)
        if not self.timer.isActive() and self.configured():
            self.timer.start()
        if summary.received_ops:
            self.context.changed.emit("*", self)
        self._warn_clock(summary, manual)
        if summary.locked and (manual or not self.unlock_offered):
            # Keys locked, or new keys that only the passphrase gives: ask, once by itself.
            self.unlock_offered = True
            self.show_unlock(summary.locked[0], then_sync=True)
            self.pass_finished.emit(summary)
            return
        errors = [self._scope_line(s.scope, s.error) for s in summary.scopes if s.error]
        errors += [
            self._scope_line(s.scope, s.publish_error) for s in summary.scopes if s.publish_error
        ]
        if manual and errors:
            self._notify(
                QMessageBox.Icon.Warning,
                self.tr("La synchronisation n'a pas abouti. Rien n'a été supprimé ici.")
                + "\n\n"
                + "\n".join(errors),
            )
        elif manual:
            self.window_message(self._summary_line(summary))
        self.pass_finished.emit(summary)

    def _failed(self, exc: BaseException, manual: bool) -> None:
        if not isValid(self):
            return
        self._passes_ended += 1
        self.running = False
        self.act_sync.setEnabled(True)
        text = exc.message() if isinstance(exc, PacteError) else str(exc)
        self._set_icon("sync_problem", icons.WARNING)
        self.label.setText(self.tr("Erreur de synchronisation"))
        self.label.setToolTip(text)
        self.icon.setToolTip(text)
        if manual:
            self._notify(QMessageBox.Icon.Warning, text)
        self.pass_finished.emit(None)

    def _warn_clock(self, summary: PassSummary, manual: bool) -> None:
        for scope in summary.scopes:
            warning = scope.clock_warning
            if not warning or (warning in self._clock_warned and not manual):
                continue
            self._clock_warned.add(warning)
            self._notify(QMessageBox.Icon.Warning, warning, title=self.tr("Horloge à corriger"))
            return

    def _ask_passwords(self) -> bool:
        """Ask for the WebDAV passwords this session does not have yet (never stored)."""
        for _scope, location in missing_passwords(self.locations):
            password, ok = QInputDialog.getText(
                self.window,
                self.tr("Mot de passe WebDAV"),
                self.tr("Mot de passe de %1 pour %2 (il n'est pas enregistré) :")
                .replace("%1", location.user or "")
                .replace("%2", location.where),
                QLineEdit.EchoMode.Password,
            )
            if not ok:
                return False
            assert location.password_env is not None
            os.environ[location.password_env] = password
        return True

    # -- status ----------------------------------------------------------------------------
    def refresh_status(self) -> None:
        """Read the sync status in the background and show it."""
        if self._status_loading:
            self.status_timer.start()
            return
        self._status_loading = True
        store = self.context.store
        lang = messages.current_language()
        issued = self._passes_ended

        def done(state: SyncState) -> None:
            if isValid(self):
                self._status_loading = False
                if issued != self._passes_ended:
                    # Read while a pass ran, or before it: the pass's own state is newer. Only a
                    # language changed since that pass began still needs a read of its own.
                    if self._status_lang != messages.current_language():
                        self.status_timer.start()
                    return
                self._apply_state(state)
                if self.wanted and self.configured() and not self.timer.isActive():
                    self.timer.start()  # a scope configured since start() (the setup wizard)

        def failed(_exc: BaseException) -> None:
            if isValid(self):
                self._status_loading = False

        self.context.runner.submit(
            sync_status.read_state, store, lang, on_done=done, on_error=failed
        )

    def _on_changed(self, _what: str, initiator: object) -> None:
        if initiator is not self:
            self.status_timer.start()  # pending operations, conflicts

    def _apply_state(self, state: SyncState) -> None:
        self.locations = state.locations
        self._status_lang = state.lang
        self._set_statuses(state.statuses)

    def _set_statuses(self, statuses: list[Status]) -> None:
        self.statuses = list(statuses)
        self._show_status()
        self.status_changed.emit(self.statuses)

    def open_conflicts(self) -> int:
        return sum(s.open_conflicts for s in self.statuses)

    def _scope_name(self, scope: str) -> str:
        return self.tr("Organisation") if scope == "org" else self.tr("Réseau")

    def _scope_line(self, scope: str, text: str | None) -> str:
        return f"{self._scope_name(scope)} : {text}"

    def _summary_line(self, summary: PassSummary) -> str:
        return (
            self.tr("Synchronisé : %1, %2.")
            .replace(
                "%1",
                self.tr(
                    "%n opération(s) envoyée(s)", "", sum(s.published_ops for s in summary.scopes)
                ),
            )
            .replace("%2", self.tr("%n reçue(s)", "", summary.received_ops))
        )

    def window_message(self, text: str) -> None:
        status_bar = getattr(self.window, "statusBar", None)
        if callable(status_bar):
            status_bar().showMessage(text, 8000)

    def _set_icon(self, meaning: str, tone: str = icons.PLAIN) -> None:
        """The state's icon before the status line (kept, to be drawn again in new colours)."""
        self.icon_state = (meaning, tone)
        self._draw_icon()

    def _draw_icon(self) -> None:
        meaning, tone = self.icon_state
        size = self.label.fontMetrics().height()
        ratio = self.icon.devicePixelRatioF()
        self.icon.setPixmap(icons.pixmap(meaning, size, tone, ratio))

    def _show_progress(self, stage: str, done: int, total: int) -> None:
        """What a long pass is doing: files sent, files received, a snapshot's operations."""
        if not self.running or not isValid(self):
            return
        if stage == "publish":
            text = self.tr("Synchronisation… %n fichier(s) envoyé(s)", "", done)
        elif stage == "snapshot" and total:
            text = (
                self.tr("Synchronisation… instantané : %1 / %2 opérations")
                .replace("%1", str(done))
                .replace("%2", str(total))
            )
        else:
            text = self.tr("Synchronisation… %n fichier(s) reçu(s)", "", done)
        self.label.setText(text)

    def _show_status(self) -> None:
        """The status line from the last known statuses."""
        configured = [s for s in self.statuses if s.configured]
        self.act_conflicts.setEnabled(bool(configured) or self.open_conflicts() > 0)
        if self.running:
            self._set_icon("sync_running")
            self.label.setText(self.tr("Synchronisation…"))
            return
        if not configured:
            self._set_icon("sync_off", icons.MUTED)
            self.icon.setToolTip("")
            self.label.setText(self.tr("Synchronisation non configurée"))
            self.label.setToolTip(sync_words.not_configured())
            return
        parts: list[str] = []
        problems: list[str] = []
        last = [s.last_pass for s in configured if s.last_pass]
        finished = max((str(p.get("finished_at") or "") for p in last), default="")
        if finished:
            parts.append(self.tr("Synchronisé à %1").replace("%1", stamp_text(finished)))
        else:
            parts.append(self.tr("Jamais synchronisé"))
        pending = sum(s.pending_ops for s in configured)
        if pending:
            parts.append(self.tr("en attente : %1").replace("%1", str(pending)))
        # Rejected entries come rendered in the interface's language (read_state); a fork
        # is not a refused file but a decision to take: it is counted and said in full.
        forks = [(s, r) for s in configured for r in s.rejected if r["code"] == "sync_fork"]
        if forks:
            parts.append(self.tr("bifurcations : %1").replace("%1", str(len(forks))))
            for s, r in forks[:5]:
                problems.append(self._scope_line(s.scope, r["message"]))
        rejected = sum(len(s.rejected) for s in configured) - len(forks)
        if rejected:
            parts.append(self.tr("fichiers refusés : %1").replace("%1", str(rejected)))
            for s in configured:
                refused = [r for r in s.rejected if r["code"] != "sync_fork"]
                for r in refused[:5]:
                    problems.append(f"{self._scope_name(s.scope)} : {r['path']} ({r['reason']})")
        conflicts = self.open_conflicts()
        if conflicts:
            parts.append(self.tr("conflits : %1").replace("%1", str(conflicts)))
        for s in configured:
            if s.last_pass and s.last_pass.get("publish_error"):
                problems.insert(0, self._scope_line(s.scope, s.last_pass["publish_error"]))
            if s.last_pass and s.last_pass.get("error"):
                problems.insert(0, self._scope_line(s.scope, s.last_pass["error"]))
            if s.last_pass and s.last_pass.get("clock_warning"):
                problems.insert(0, self._scope_line(s.scope, s.last_pass["clock_warning"]))
        locked = [
            s
            for s in configured
            if s.last_pass and s.last_pass.get("error_code") in sync_status.LOCKED
        ]
        failed = any(s.last_pass and s.last_pass.get("error") for s in configured)
        not_sent = any(s.last_pass and s.last_pass.get("publish_error") for s in configured)
        if locked:
            parts.insert(0, self.tr("Verrouillé : F5 pour saisir la phrase secrète"))
        elif failed:
            parts.insert(0, self.tr("Erreur de synchronisation"))
        elif not_sent:
            parts.insert(0, self.tr("Envoi impossible"))
        self.label.setText(" · ".join(parts))
        tooltip = sync_words.tooltip(
            last=stamp_text(finished) if finished else None,
            pending=pending,
            conflicts=conflicts,
            problems=problems,
        )
        self.label.setToolTip(tooltip)
        self.icon.setToolTip(tooltip)
        if locked:
            self._set_icon("sync_locked", icons.WARNING)
        elif problems or failed or not_sent:
            self._set_icon("sync_problem", icons.WARNING)
        else:
            self._set_icon("sync_ok")

    # -- dialogs ---------------------------------------------------------------------------
    def _notify(self, icon: QMessageBox.Icon, text: str, *, title: str | None = None) -> None:
        """A message box that does not block (a background pass never stacks them)."""
        if self.last_message is not None and isValid(self.last_message):
            self.last_message.close()
        box = QMessageBox(icon, title or self.tr("Synchronisation"), text, parent=self.window)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setObjectName("sync_message")
        box.open()
        self.last_message = box

    def show_conflicts(self) -> QWidget:
        from pacte_desktop.ui.conflicts import ConflictsDialog

        dialog = ConflictsDialog(self.context, self.window)
        dialog.open()
        return dialog

    def show_setup(self) -> QWidget:
        from pacte_desktop.ui.sync_setup import SyncSetupWizard

        wizard = SyncSetupWizard(self.context, self.window)
        wizard.finished.connect(lambda _code: self.start(first_pass_after_ms=None))
        wizard.open()
        return wizard

    def show_unlock(self, scope: str, *, then_sync: bool = False) -> QWidget:
        """The unlock dialog (one at a time); a pass follows a successful unlock."""
        from pacte_desktop.ui.unlock import UnlockDialog

        if self.unlock_dialog is not None and isValid(self.unlock_dialog):
            self.unlock_dialog.raise_()
            return self.unlock_dialog
        dialog = UnlockDialog(self.context, scope, self.window)
        if then_sync:
            dialog.unlocked.connect(lambda _scope: self._run(manual=True))
        dialog.open()
        self.unlock_dialog = dialog
        return dialog

    def show_devices(self) -> QWidget:
        from pacte_desktop.ui.devices import DevicesDialog

        dialog = DevicesDialog(self.context, self.window)
        dialog.revoked.connect(lambda _device: self.refresh_status())
        dialog.open()
        return dialog

    def show_change_passphrase(self) -> QWidget:
        from pacte_desktop.ui.passphrase import ChangePassphraseDialog

        dialog = ChangePassphraseDialog(self.context, self.window)
        dialog.changed.connect(
            lambda _scope: self.window_message(self.tr("Phrase secrète changée."))
        )
        dialog.open()
        return dialog

    def show_what_we_share(self) -> QWidget:
        from pacte_desktop.ui.what_we_share import WhatWeShareDialog

        dialog = WhatWeShareDialog(self.context, self.window)
        dialog.open()
        return dialog


def menu_actions(controller: SyncController) -> Sequence[QAction | None]:
    """The Sync menu, in order (None: a separator)."""
    return (
        controller.act_sync,
        None,
        controller.act_conflicts,
        controller.act_share,
        None,
        controller.act_devices,
        controller.act_passphrase,
        controller.act_setup,
    )
