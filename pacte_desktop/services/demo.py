"""The demonstration data as one use case, for the window's first-run wizard and ``pacte demo``.

:func:`fill` writes fictitious Saint-Gilles data (``demo/``) in one unit of work acting as this
workstation's current worker (none yet on a fresh store: the demonstration's first worker then
becomes current). Stopped part-way — Cancel in the window, Ctrl+C in a terminal — it rolls back,
unless a writer that waited for the store already went through between two steps: what was
committed then stays, and the stop is told as :class:`DemoInterrupted` with the count, so
that the person knows what is in the store.
"""

from __future__ import annotations

import datetime as dt

from pacte_desktop.demo.fill import DemoSummary, fill_demo
from pacte_desktop.domain.errors import StoreError
from pacte_desktop.domain.progress import Cancelled, CancelToken, Progress
from pacte_desktop.store.database import Store
from pacte_desktop.store.unit_of_work import UnitOfWork

__all__ = ["DemoInterrupted", "DemoSummary", "fill"]


class DemoInterrupted(StoreError):
    """Stopped after part of the data was committed (``count`` journal rows stay)."""

    def __init__(self, count: int) -> None:
        super().__init__("store", "demo_interrupted", count=count)
        self.count = count


def fill(
    store: Store,
    *,
    employers: int = 300,
    seed: int = 1060,
    today: dt.date | None = None,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
) -> DemoSummary:
    """Write the demonstration data and commit; see the module's docstring for a stop."""
    with UnitOfWork(store) as uow:
        try:
            summary = fill_demo(
                uow, employers=employers, seed=seed, today=today, progress=progress, cancel=cancel
            )
        except (Cancelled, KeyboardInterrupt) as stop:  # Cancel in the window, Ctrl+C
            if uow.committed_rows:
                raise DemoInterrupted(uow.committed_rows) from stop
            raise
        uow.commit()
    return summary
