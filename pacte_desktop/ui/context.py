"""What every view needs: the store, the runner, the change signal, and who is working.

No database access on the GUI thread: views read with :meth:`AppContext.fetch` and write with
:meth:`AppContext.write`, both on the runner. Once the context exists (the application has
opened its store and read who works here), every connection taken on the GUI thread from the
interface's code is noted in :attr:`AppContext.gui_reads` and logged: the interface tests fail
on any (tests/ui/conftest.py).
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from types import FrameType
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication

from pacte_desktop.services import sync_status
from pacte_desktop.services.stores import Store, UnitOfWork
from pacte_desktop.ui.operations import Runner

_log = logging.getLogger(__name__)


class AppContext(QObject):
    """Shared by the main window and its views.

    ``changed(what, initiator)`` is emitted once after each write: ``what`` names the table
    that changed ("employer", "follow_up", … or "*" for everything); views refresh themselves
    from it instead of being refreshed by hand.
    """

    changed = Signal(str, object)
    worker_changed = Signal(str)
    # An action that can be undone (archive…): the status bar shows the text and an Undo button
    # that calls the function.
    undo_offered = Signal(str, object)
    # A write waits for a busy store (another program's import, demo…): the sentence to show
    # (store/busy.py); emitted from the worker thread that waits, received on the GUI thread.
    store_waiting = Signal(str)

    #: The store was replaced under the application (a restore, from here or a terminal).
    store_replaced = Signal()

    def __init__(self, store: Store, runner: Runner | None = None) -> None:
        super().__init__()
        self.store = store
        self.runner = runner or Runner(self)
        # Read here, on the GUI thread: the context is made as the application starts, before
        # the event loop; afterwards every read runs on the runner.
        self.worker_id: str | None = store.local("worker_id")
        store.on_wait = self.store_waiting.emit
        self.runner.folder = store.data_dir
        self.identity = store.identity()
        #: Where each configured sync scope goes, as the application starts (the sync
        #: controller keeps it up to date with each status read).
        self.sync_locations = sync_status.locations(store)
        self._looking = False  # a look at the store's identity is on the runner
        #: Where the interface touched the database on the GUI thread ("file:line function").
        self.gui_reads: list[str] = []
        self._gui_thread = threading.get_ident()
        store.on_access = self._accessed
        # A restore in a terminal (or by the start dialog) replaces the store's content: every
        # few seconds, and when the application comes back to the front, the views reload.
        self.watch = QTimer(self)
        self.watch.setInterval(3000)
        self.watch.timeout.connect(self.check_replaced)
        self.watch.start()
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._state_changed)

    def _accessed(self) -> None:
        """A connection is being taken: note it if that is the GUI thread, for the interface."""
        if threading.get_ident() != self._gui_thread:
            return
        frame: FrameType | None = sys._getframe(1)
        while frame is not None:
            path = frame.f_code.co_filename.replace("\\", "/")
            if "/pacte_desktop/ui/" in path:
                where = f"{path.rsplit('/', 1)[-1]}:{frame.f_lineno} {frame.f_code.co_name}"
                if where not in self.gui_reads:
                    self.gui_reads.append(where)
                    _log.warning("database access on the GUI thread: %s", where)
                return
            frame = frame.f_back

    def _state_changed(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            self.check_replaced()

    def check_replaced(self) -> None:
        """Look, off the GUI thread, whether the store was replaced since the last look; if it
        was, everything reloads (``store_replaced``, then ``changed("*")``)."""
        if self._looking:
            return
        self._looking = True
        store, known = self.store, self.identity

        def look() -> tuple[tuple[object, ...], str | None] | None:
            now = store.identity()
            if now == known or now[0] is None:  # unchanged, or no file (being moved)
                return None
            if now[0] != known[0]:
                store.reattach()  # another file now: a damaged store was moved aside
                now = store.identity()
            return now, store.local("worker_id")

        def seen(found: tuple[tuple[object, ...], str | None] | None) -> None:
            self._looking = False
            if found is None:
                return
            self.identity, self.worker_id = found
            self.store_replaced.emit()
            self.changed.emit("*", None)

        def failed(_exc: BaseException) -> None:
            self._looking = False  # the next look tries again

        self.runner.submit(look, on_done=seen, on_error=failed)

    def set_worker(self, worker_id: str) -> None:
        """Make ``worker_id`` current now; it is kept for the next start off the GUI thread."""
        self.worker_id = worker_id
        self.runner.submit(self.store.set_local, "worker_id", worker_id)
        self.worker_changed.emit(worker_id)

    def offer_undo(self, text: str, undo: Callable[[], None]) -> None:
        self.undo_offered.emit(text, undo)

    def fetch(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None] | None = None,
        priority: int = 0,
    ) -> None:
        """Run the read-only service ``fn(conn, *args)`` off the GUI thread; ``on_done(result)``.

        The only way views read the store: ``fn`` is a function of :mod:`pacte_desktop.services`
        taking a read connection first. The result comes back on the GUI thread; a view that
        may have moved on meanwhile checks that the answer is still wanted (a generation
        counter, or the record id it asked for).
        """
        store = self.store

        def work() -> Any:
            with store.reading() as conn:
                return fn(conn, *args)

        self.runner.submit(work, on_done=on_done, on_error=on_error, priority=priority)

    def write(
        self,
        what: str,
        action: Callable[[UnitOfWork], Any],
        *,
        initiator: object = None,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Run ``action(uow)`` in one unit of work off the GUI thread, then announce ``what``."""
        worker_id = self.worker_id

        def work() -> Any:
            with UnitOfWork(self.store, worker_id) as uow:
                result = action(uow)
                uow.commit()
                return result

        def done(result: Any) -> None:
            self.changed.emit(what, initiator)
            if on_done is not None:
                on_done(result)

        self.runner.submit(work, on_done=done, on_error=on_error)
