"""Running services off the GUI thread, with results, errors and progress back on it.

An operation is a plain function of the store (and, for long work, of ``progress`` and
``cancel``). The runner executes it on a QThreadPool worker; each worker opens its own
connections from the store's engine, so sessions never cross threads. Results and errors come
back through queued signals, on the GUI thread.
"""

from __future__ import annotations

import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from pacte_desktop.domain.progress import CancelToken
from pacte_desktop.services.stores import explain


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)
    progress = Signal(object, object)  # byte counts of big files exceed a C++ int


class _Job(QRunnable):
    def __init__(
        self, fn: Callable[..., Any], args: tuple[Any, ...], folder: Path | None = None
    ) -> None:
        super().__init__()
        self.fn = fn
        self.args = args
        self.folder = folder
        self.signals = _Signals()

    @Slot()
    def run(self) -> None:
        try:
            result = self.fn(*self.args)
        except BaseException as exc:  # reported to the GUI thread, never lost
            # A full disk, a read-only folder, a store still busy: the user's sentence
            # (services/stores.py, the same as the command line's), not a traceback.
            error = explain(exc, self.folder) if isinstance(exc, Exception) else None
            if error is not None and error is not exc:
                exc = error
            exc.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)


class Runner(QObject):
    """Executes operations on a thread pool; keeps jobs alive until they report."""

    def __init__(self, parent: QObject | None = None, max_threads: int = 2) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(max_threads)
        self._jobs: set[_Job] = set()
        #: The store's data folder: what a refused write names (set by the app's context).
        self.folder: Path | None = None

    def submit(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[int, int], None] | None = None,
        priority: int = 0,
    ) -> None:
        """Run ``fn(*args)`` in the pool; call back on the GUI thread.

        Queued jobs start highest ``priority`` first: what the user is looking at (the rows of
        a table) goes before what can wait (filter menus, badges).
        """
        job = _Job(fn, args, self.folder)
        self._jobs.add(job)

        def finish(callback: Callable[[Any], None] | None) -> Callable[[Any], None]:
            def handler(value: Any) -> None:
                self._jobs.discard(job)
                if callback is not None:
                    callback(value)

            return handler

        job.signals.done.connect(finish(on_done), Qt.ConnectionType.QueuedConnection)
        job.signals.failed.connect(finish(on_error), Qt.ConnectionType.QueuedConnection)
        if on_progress is not None:
            job.signals.progress.connect(on_progress, Qt.ConnectionType.QueuedConnection)
        self.pool.start(job, priority)

    def run_long(
        self,
        parent: QWidget,
        label: str,
        fn: Callable[[Callable[[int, int], None], CancelToken], Any],
        *,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> QProgressDialog:
        """Run long work with a progress dialog whose Cancel button stops it between batches."""
        token = CancelToken()
        dialog = QProgressDialog(label, parent.tr("Annuler"), 0, 0, parent)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(token.cancel)
        signals = _Signals()

        def report(done: int, total: int) -> None:
            signals.progress.emit(done, total)

        def show_progress(done: int, total: int) -> None:
            if total > 0:
                # Per ten thousand: totals may be bytes of files beyond a Qt int (2 GiB).
                dialog.setMaximum(10_000)
                dialog.setValue(min(done, total) * 10_000 // total)

        signals.progress.connect(show_progress, Qt.ConnectionType.QueuedConnection)

        def finished(callback: Callable[[Any], None] | None) -> Callable[[Any], None]:
            def handler(value: Any) -> None:
                dialog.close()
                dialog.deleteLater()
                signals.deleteLater()
                if callback is not None:
                    callback(value)

            return handler

        self.submit(fn, report, token, on_done=finished(on_done), on_error=finished(on_error))
        return dialog

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until every job has finished (tests and shutdown)."""
        return self.pool.waitForDone(msecs)

    def drain(self, msecs: int = 30_000) -> None:
        """Finish everything: wait for every job, deliver its callbacks on this thread, and again
        for the jobs those callbacks submitted, until none is pending.

        What a test calls before asserting that something did *not* happen: afterwards every
        answer has arrived, so nothing can still happen late. Raises ``TimeoutError`` when jobs
        are still pending after ``msecs``.
        """
        deadline = time.monotonic() + msecs / 1000
        while True:
            left = max(0, int((deadline - time.monotonic()) * 1000))
            self.pool.waitForDone(left)
            QCoreApplication.sendPostedEvents()  # the finished jobs' queued answers
            if not self._jobs and self.pool.activeThreadCount() == 0:
                return
            if time.monotonic() > deadline:
                raise TimeoutError(f"{len(self._jobs)} job(s) still pending after {msecs} ms")
