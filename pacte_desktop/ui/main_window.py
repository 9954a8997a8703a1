"""The main window: a sidebar of views, the search field, menus and the status bar."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QObject, QSettings, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QWidget,
)
from shiboken6 import isValid

from pacte_desktop.domain.entities import Worker
from pacte_desktop.domain.errors import PacteError
from pacte_desktop.services import stores, sync_status, workers, workstation
from pacte_desktop.ui import i18n, icons, look
from pacte_desktop.ui.closing import confirm_open_windows, install_input_guards
from pacte_desktop.ui.context import AppContext
from pacte_desktop.ui.view import View

if TYPE_CHECKING:
    from pacte_desktop.ui.drafts import Draft, DraftsDialog
    from pacte_desktop.ui.help import AboutDialog, GuideDialog

UNDO_SECONDS = 10  # what was done and its undo stay this long beside each other


# The view the window opens on: the day starts at « Ma journée », whatever was shown last.
START_VIEW = "home"


def build_views(context: AppContext) -> list[View]:
    """The sidebar's pages, in order: Ctrl+0 jumps to the first (« Ma journée »), Ctrl+1 to
    the second (the employers), and so on."""
    from pacte_desktop.ui.employers import EmployersView
    from pacte_desktop.ui.followups import FollowUpsView
    from pacte_desktop.ui.home import HomeView
    from pacte_desktop.ui.network import NetworkView
    from pacte_desktop.ui.records import CandidatesView, OpportunitiesView, PlacementsView

    return [
        HomeView(context),
        EmployersView(context),
        FollowUpsView(context),
        OpportunitiesView(context),
        CandidatesView(context),
        PlacementsView(context),
        NetworkView(context),
    ]


class MainWindow(QMainWindow):
    def __init__(self, context: AppContext, settings: QSettings | None = None) -> None:
        super().__init__()
        install_input_guards()
        self.context = context
        self.setObjectName("main_window")
        self.settings = settings or QSettings(
            str(context.store.data_dir / "window.ini"), QSettings.Format.IniFormat
        )
        self._undo: Callable[[], None] | None = None
        self._who_asked = 0  # the latest question for the status bar's names
        self._counts: dict[str, int] = {}

        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setMaximumWidth(280)
        # Narrow (a laptop at 150 %): names end in "…", no scroll bar under five lines.
        self.sidebar.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sidebar.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.sidebar.setSpacing(3)
        self.stack = QStackedWidget()
        self.splitter = QSplitter()
        self.splitter.setObjectName("main_splitter")
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.setCentralWidget(self.splitter)

        self.views = build_views(context)
        for view in self.views:
            self.stack.addWidget(view)
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, view.key)
            item.setIcon(icons.icon(view.key))
            self.sidebar.addItem(item)
            view.count_changed.connect(lambda n, key=view.key: self._set_count(key, n))
            view.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
            wanted = getattr(view, "show_view_requested", None)
            if wanted is not None:  # « Ma journée »'s "see all" buttons
                wanted.connect(self.show_view)
            new_elsewhere = getattr(view, "new_record_requested", None)
            if new_elsewhere is not None:  # Ctrl+N on « Ma journée »: a new employer
                new_elsewhere.connect(lambda key: self.view(key).new_record())
        self.sidebar.currentRowChanged.connect(self._show_view)

        self.search = QLineEdit()
        self.search.setObjectName("global_search")
        self.search.setClearButtonEnabled(True)
        # Each view keeps its own search: the directory's text does not empty « À relancer ».
        self._searches: dict[str, str] = {}
        self.search.textChanged.connect(self._search_changed)
        # Down moves into the results, Enter opens the current (or first) one.
        self.search.installEventFilter(self)
        self.search.returnPressed.connect(lambda: self.current_view().open_result())
        self.toolbar = QToolBar()
        self.toolbar.setObjectName("main_toolbar")
        self.toolbar.setMovable(False)
        self.toolbar.addWidget(self.search)
        self.addToolBar(self.toolbar)

        self.who = QLabel()
        self.who.setObjectName("status_worker")
        # What can be undone says what it undoes, in its own label: the views' passing
        # messages ("300 employeurs" after a reload) never leave an unexplained "Annuler".
        self.undo_label = QLabel()
        self.undo_label.setObjectName("undo_label")
        self.undo_label.hide()
        self.undo_button = QPushButton()
        self.undo_button.setObjectName("undo_button")
        self.undo_button.hide()
        self.undo_button.clicked.connect(self.undo)
        self.undo_timer = QTimer(self)
        self.undo_timer.setSingleShot(True)
        self.undo_timer.timeout.connect(self._forget_undo)
        self.statusBar().addPermanentWidget(self.undo_label)
        self.statusBar().addPermanentWidget(self.undo_button)
        self.statusBar().addPermanentWidget(self.who)

        from pacte_desktop.ui.sync import SyncController

        self.sync = SyncController(context, self)
        self.statusBar().addPermanentWidget(self.sync.icon)
        self.statusBar().addPermanentWidget(self.sync.label)
        self.statusBar().addPermanentWidget(self.sync.button)
        # Tab goes search -> sidebar -> the page, not down to the status bar on the way:
        # syncing has F5 and its menu.
        self.sync.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        QWidget.setTabOrder(self.search, self.sidebar)

        self._build_actions()
        context.undo_offered.connect(self.offer_undo)
        context.worker_changed.connect(lambda _id: self._show_worker())
        context.changed.connect(self._on_changed)
        self._waiting_text = ""
        context.store_waiting.connect(self._show_store_waiting)
        if context.store.read_only is not None:  # a read-only folder, a full disk: say so
            self.statusBar().showMessage(context.store.read_only.message())
        self.retranslate()
        self._show_worker()
        self.restore_state()
        self.sync.start()

    # -- actions and menus -----------------------------------------------------------------
    def _build_actions(self) -> None:
        self.act_new = QAction(self)
        self.act_new.setShortcut(QKeySequence.StandardKey.New)
        self.act_new.triggered.connect(lambda: self.current_view().new_record())
        self.act_find = QAction(self)
        self.act_find.setShortcut(QKeySequence.StandardKey.Find)
        self.act_find.triggered.connect(self.focus_search)
        self.act_backup = QAction(self)
        self.act_backup.triggered.connect(self.backup)
        self.act_quit = QAction(self)
        self.act_quit.setShortcut(QKeySequence.StandardKey.Quit)
        self.act_quit.triggered.connect(self.close)
        self.act_switch = QAction(self)
        self.act_switch.setShortcut(QKeySequence("Ctrl+Shift+W"))
        self.act_switch.triggered.connect(self.switch_worker)
        self.act_add_worker = QAction(self)
        self.act_add_worker.triggered.connect(self.add_worker)
        self.act_handover = QAction(self)
        self.act_handover.triggered.connect(self.handover)
        self.act_about = QAction(self)
        self.act_about.triggered.connect(self.about)
        self.act_guide = QAction(self)
        self.act_guide.setObjectName("act_guide")
        self.act_guide.setShortcut(QKeySequence("F1"))
        self.act_guide.triggered.connect(self.show_guide)
        self.act_duplicates = QAction(self)
        self.act_duplicates.setObjectName("act_duplicates")
        self.act_duplicates.setShortcut(QKeySequence("Ctrl+Shift+D"))
        self.act_duplicates.triggered.connect(self.review_duplicates)
        from pacte_desktop.ui.exports import ReportsController

        self.reports = ReportsController(self.context, self)
        for view in self.views:  # an empty directory offers the import
            view.import_requested.connect(self.reports.import_employers)
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for lang in i18n.LANGUAGES:
            action = QAction(i18n.language_name(lang), self)
            action.setCheckable(True)
            action.triggered.connect(lambda _c=False, lang=lang: self.set_language(lang))
            self.language_group.addAction(action)
            self.language_actions[lang] = action
        self.context.fetch(workstation.language, on_done=self._check_language)
        # Ctrl+0 « Ma journée », Ctrl+1 the employers, … (the sidebar's rows from 0).
        for row, _view in enumerate(self.views[:10]):
            jump = QAction(self)
            jump.setObjectName(f"jump_{row}")
            jump.setShortcut(QKeySequence(f"Ctrl+{row}"))
            jump.triggered.connect(lambda _c=False, row=row: self.sidebar.setCurrentRow(row))
            self.addAction(jump)

        bar = self.menuBar()
        self.menu_file = bar.addMenu("")
        self.menu_file.addActions([self.act_new, self.act_backup])
        self.menu_file.addSeparator()
        self.menu_file.addActions(self.reports.export_actions())
        self.menu_file.addSeparator()
        self.menu_file.addActions(self.reports.import_actions())
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.act_quit)
        self.menu_edit = bar.addMenu("")
        self.menu_edit.addActions([self.act_find, self.act_duplicates])
        self.menu_team = bar.addMenu("")
        self.menu_team.addActions([self.act_switch, self.act_add_worker, self.act_handover])
        from pacte_desktop.ui.sync import menu_actions

        self.menu_sync = bar.addMenu("")
        self.menu_sync.setObjectName("menu_sync")
        for item in menu_actions(self.sync):
            if item is None:
                self.menu_sync.addSeparator()
            else:
                self.menu_sync.addAction(item)
        self.menu_language = bar.addMenu("")
        self.menu_language.addActions(list(self.language_actions.values()))
        self.menu_help = bar.addMenu("")
        self.menu_help.addAction(self.act_guide)
        self.menu_help.addSeparator()
        self.menu_help.addAction(self.act_about)
        for action, meaning in (
            (self.act_new, "new"),
            (self.act_find, "find"),
            (self.act_backup, "backup"),
            (self.act_quit, "quit"),
            (self.act_switch, "switch_worker"),
            (self.act_add_worker, "add_worker"),
            (self.act_handover, "handover"),
            (self.act_guide, "guide"),
            (self.act_about, "about"),
            (self.act_duplicates, "duplicates"),
        ):
            action.setIcon(icons.icon(meaning))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Pacte Desktop"))
        self.menu_file.setTitle(self.tr("&Fichier"))
        self.menu_edit.setTitle(self.tr("É&dition"))
        self.menu_team.setTitle(self.tr("É&quipe"))
        self.menu_sync.setTitle(self.tr("S&ynchronisation"))
        self.menu_language.setTitle(self.tr("&Langue"))
        self.menu_help.setTitle(self.tr("&Aide"))
        self.act_new.setText(self.tr("&Nouveau…"))
        self.act_find.setText(self.tr("&Rechercher"))
        self.act_backup.setText(self.tr("Enregistrer une &sauvegarde…"))
        self.act_quit.setText(self.tr("&Quitter"))
        self.act_switch.setText(self.tr("&Changer de travailleur…"))
        self.act_add_worker.setText(self.tr("&Ajouter un travailleur…"))
        self.act_handover.setText(self.tr("&Passation (départ d'un travailleur)…"))
        self.act_about.setText(self.tr("À &propos de Pacte Desktop"))
        self.act_guide.setText(self.tr("&Guide d'utilisation"))
        self.act_duplicates.setText(self.tr("&Doublons d'employeurs…"))
        self.reports.retranslate()
        self.search.setPlaceholderText(self.tr("Rechercher… (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Rechercher"))
        self.sidebar.setAccessibleName(self.tr("Vues"))
        self.undo_button.setText(self.tr("Annuler"))
        self.undo_button.setAccessibleName(self.tr("Annuler la dernière action"))
        for row, view in enumerate(self.views):
            self._label_item(row, view)
        self._show_worker()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _label_item(self, row: int, view: View) -> None:
        count = self._counts.get(view.key, -1)
        text = view.title() + (f"  ({count})" if count >= 0 else "")
        item = self.sidebar.item(row)
        item.setText(text)
        item.setToolTip(text)  # the whole name where a narrow sidebar cuts it short
        item.setData(Qt.ItemDataRole.AccessibleTextRole, text)

    def _set_count(self, key: str, count: int) -> None:
        self._counts[key] = count
        for row, view in enumerate(self.views):
            if view.key == key:
                self._label_item(row, view)

    # -- views -----------------------------------------------------------------------------
    def current_view(self) -> View:
        widget = self.stack.currentWidget()
        assert isinstance(widget, View)
        return widget

    def _show_view(self, row: int) -> None:
        if 0 <= row < len(self.views):
            self.statusBar().clearMessage()  # the last view's message does not describe this one
            self.stack.setCurrentIndex(row)
            # The field shows the search of the view shown, which already applies it.
            self.search.blockSignals(True)
            self.search.setText(self._searches.get(self.views[row].key, ""))
            self.search.blockSignals(False)

    def _search_changed(self, text: str) -> None:
        view = self.current_view()
        if view.key == START_VIEW and text.strip():
            # « Ma journée » has nothing to filter: what is typed there looks for an employer.
            view = self.view("employers")
            self.show_view(view.key)
            self.search.blockSignals(True)
            self.search.setText(text)
            self.search.blockSignals(False)
        self._searches[view.key] = text
        view.set_search(text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
        ):
            return self.current_view().focus_results()
        return super().eventFilter(watched, event)

    def view(self, key: str) -> View:
        """The sidebar's view of ``key``."""
        return next(view for view in self.views if view.key == key)

    def show_view(self, key: str) -> None:
        for row, view in enumerate(self.views):
            if view.key == key:
                self.sidebar.setCurrentRow(row)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _on_changed(self, what: str, _initiator: object) -> None:
        if what in ("worker", "organisation", "*"):
            self._show_worker()
        if self.statusBar().currentMessage() == self._waiting_text:
            self.statusBar().clearMessage()  # the write that waited went through

    def _show_store_waiting(self, text: str) -> None:
        """A write waits for a busy store: say so until it goes through (store/busy.py)."""
        self._waiting_text = text
        self.statusBar().showMessage(text, 60_000)

    # -- the worker at this workstation ----------------------------------------------------
    def _show_worker(self) -> None:
        """The worker's and the organisation's names in the status bar, read off the GUI
        thread; of several questions in flight only the latest answer is shown."""
        self._who_asked += 1
        asked = self._who_asked

        def arrived(names: tuple[str, str]) -> None:
            if asked == self._who_asked and isValid(self):
                worker, org = names
                self.who.setText(f"{worker} — {org}" if worker else org)

        self.context.fetch(workstation.who, self.context.worker_id, on_done=arrived)

    def switch_worker(self) -> None:
        """Choose who works here among the active workers (read first, off the GUI thread)."""
        from pacte_desktop.ui.wizard import SwitchWorkerDialog

        def choose(workers: list[Worker]) -> None:
            if not isValid(self):
                return
            dialog = SwitchWorkerDialog(workers, self.context.worker_id, self)
            if dialog.exec() and dialog.worker_id:
                self.context.set_worker(dialog.worker_id)
                self.statusBar().showMessage(self.tr("Travailleur changé"), 5000)

        self.context.fetch(workers.active, on_done=choose, on_error=self.show_error)

    def add_worker(self) -> None:
        from pacte_desktop.services import workers

        name, ok = QInputDialog.getText(self, self.tr("Ajouter un travailleur"), self.tr("Nom :"))
        if ok and name.strip():
            self.context.write(
                "worker",
                lambda uow: workers.add_worker(uow, name=name),
                on_error=self.show_error,
                on_done=lambda w: self.statusBar().showMessage(
                    self.tr("%1 ajouté(e)").replace("%1", w.name), 5000
                ),
            )

    def review_duplicates(self) -> None:
        """The duplicates review (ui/duplicates.py): one window, brought forward."""
        from pacte_desktop.ui.duplicates import open_duplicates

        open_duplicates(self.context, self)

    def handover(self) -> None:
        from pacte_desktop.ui.handover import HandoverDialog

        HandoverDialog(self.context, self).exec()

    def backup(self) -> None:
        from pathlib import Path

        target, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Enregistrer une sauvegarde"),
            "pacte-sauvegarde.sqlite",
            self.tr("Base Pacte (*.sqlite)"),
        )
        if not target:
            return
        self.context.runner.submit(
            stores.take_backup,
            self.context.store,
            Path(target),
            on_done=lambda path: self.statusBar().showMessage(
                self.tr("Sauvegarde enregistrée : %1").replace("%1", str(path)), 8000
            ),
            on_error=self.show_error,
        )

    def show_guide(self) -> GuideDialog:
        """The user guide shipped with the application, in the interface's language."""
        from pacte_desktop.ui.help import GuideDialog

        dialog = GuideDialog(parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def about(self) -> AboutDialog:
        """The About dialog; where sync goes arrives from a read off the GUI thread."""
        from pacte_desktop.ui.help import AboutDialog

        dialog = AboutDialog(self.context.store.path, None, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()

        def arrived(locations: dict[str, str]) -> None:
            if isValid(dialog):
                dialog.set_sync_locations(locations)

        self.context.runner.submit(sync_status.location_names, self.context.store, on_done=arrived)
        return dialog

    # -- drafts left by a crash ------------------------------------------------------------
    def offer_drafts(self) -> DraftsDialog | None:
        """List the drafts a crash left (ui/drafts.py); the answer restores or discards them."""
        from pacte_desktop.ui.drafts import DraftsDialog, list_drafts

        found = list_drafts(self.context.store.data_dir)
        if not found:
            return None
        dialog = DraftsDialog(found, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda result: self._drafts_answered(found, result))
        dialog.open()
        return dialog

    def _drafts_answered(self, found: list[Draft], result: int) -> None:
        from pacte_desktop.ui.drafts import DraftsDialog, discard

        if result == DraftsDialog.DISCARD:
            discard(found)
        elif result == DraftsDialog.RESTORE:
            for draft in found:
                self.restore_draft(draft)

    def restore_draft(self, draft: Draft) -> None:
        """Open the form a draft belongs to, with what was typed in it, once its record is
        read; a record gone meanwhile (archived or removed by a sync) is said instead."""
        from pacte_desktop.ui.employer_record import open_employer
        from pacte_desktop.ui.record_dialog import open_record

        if draft.table == "employer":
            open_employer(self.context, draft.record_id, self, draft=draft)
        else:
            open_record(self.context, draft.table, draft.record_id, self, draft=draft)

    def show_error(self, error: BaseException) -> None:
        text = error.message() if isinstance(error, PacteError) else str(error)
        QMessageBox.critical(self, self.tr("Pacte Desktop"), text)

    # -- language --------------------------------------------------------------------------
    def _check_language(self, lang: str) -> None:
        # The stored language, unless the user chose one meanwhile.
        if isValid(self) and self.language_group.checkedAction() is None:
            self.language_actions[lang].setChecked(True)

    def set_language(self, lang: str) -> None:
        """Relabel everything now; keep the choice for the next start (written off the GUI
        thread)."""
        self.context.runner.submit(
            workstation.set_language, self.context.store, lang, on_error=self.show_error
        )
        i18n.install(lang)
        self.language_actions[lang].setChecked(True)
        # The lists read once and kept (« Ma journée », « À relancer ») name employers in the
        # interface's language: read them again (the others ask again in retranslate).
        for view in self.views:
            reload = getattr(view, "reload", None)
            if callable(reload):
                reload()

    # -- undo ------------------------------------------------------------------------------
    def offer_undo(self, text: str, undo: Callable[[], None]) -> None:
        """Say what was done beside an "Annuler" button, both for :data:`UNDO_SECONDS`."""
        self._undo = undo
        self.undo_label.setText(text)
        self.undo_label.show()
        self.undo_button.setToolTip(self.tr("Annuler : %1").replace("%1", text))
        self.undo_button.show()
        self.undo_timer.start(UNDO_SECONDS * 1000)

    def undo(self) -> None:
        action, self._undo = self._undo, None
        self._forget_undo()
        if action is not None:
            action()
            self.statusBar().showMessage(self.tr("Action annulée"), 5000)

    def _forget_undo(self) -> None:
        self.undo_label.hide()
        self.undo_button.hide()
        self.undo_timer.stop()

    # -- state -----------------------------------------------------------------------------
    def restore_state(self) -> None:
        s = self.settings
        geometry = s.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:  # the first start: a size that fits the screen, status bar included
            screen = self.screen() or QGuiApplication.primaryScreen()
            if screen is not None:
                self.setGeometry(look.first_geometry(screen.availableGeometry()))
        splitter = s.value("window/splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)
        else:
            side = self._sidebar_width()
            self.splitter.setSizes([side, max(self.width() - side, 400)])
        for view in self.views:
            view.restore_state(s)
        self.show_view(START_VIEW)

    def _sidebar_width(self) -> int:
        """Wide enough for the longest view name with its count (which comes later)."""
        metrics = self.sidebar.fontMetrics()
        text = max(
            (
                metrics.horizontalAdvance(self.sidebar.item(i).text())
                for i in range(self.sidebar.count())
            ),
            default=0,
        )
        room = metrics.horizontalAdvance("  (0000)") + 2 * self.sidebar.frameWidth() + 24
        room += icons.room(self.sidebar)  # each view's icon before its name
        return max(200, min(text + room, self.sidebar.maximumWidth()))

    def save_state(self) -> None:
        s = self.settings
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/splitter", self.splitter.saveState())
        for view in self.views:
            view.save_state(s)
        s.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        # Every open form is asked first: the user who keeps editing keeps the application.
        if not confirm_open_windows(exclude=self):
            event.ignore()
            return
        self.sync.stop()
        self.save_state()
        self.context.runner.wait()
        super().closeEvent(event)
