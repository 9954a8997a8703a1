"""Remembering the employers a worker opens, for « Ma journée »'s recent employers.

Where and why it is kept is :mod:`pacte_desktop.services.day`'s rule (the store's local state,
per worker, never synced). Here only the interface's side: the note is written off the GUI
thread, then ``context.changed("recent", …)`` tells the home view to read the list again. A note
that cannot be written (a read-only store) is not worth a message: the record opened anyway.
"""

from __future__ import annotations

import logging

from shiboken6 import isValid

from pacte_desktop.services import day
from pacte_desktop.ui.context import AppContext

#: What ``context.changed`` names after a note.
CHANGED = "recent"

_log = logging.getLogger(__name__)


def remember_opened(context: AppContext, employer_id: str) -> None:
    """Note that the current worker opened ``employer_id`` (nothing without a current worker)."""
    worker_id = context.worker_id
    if not worker_id:
        return

    def noted(_none: None) -> None:
        if isValid(context):  # the window may have closed meanwhile (tests, Ctrl+Q)
            context.changed.emit(CHANGED, None)

    context.runner.submit(
        day.remember_employer,
        context.store,
        worker_id,
        employer_id,
        on_done=noted,
        on_error=lambda exc: _log.info("recent employer not noted: %s", exc),
    )
