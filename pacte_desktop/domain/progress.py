"""Long work's two handles: a progress callback and a cancel token, defined once.

Long work (an export, an import, the demonstration data, applying a large sync) takes
``progress(done, total)`` — ``total`` 0 when unknown — and a :class:`CancelToken`; it calls
``cancel.check()`` between batches, which raises :class:`Cancelled` once the user pressed
Cancel (or Ctrl+C), and its unit of work rolls back. A sync pass reports its stage too
(:data:`StageProgress`). The store, the readers and writers, the services, the command line
and the interface all take these names from here.
"""

from __future__ import annotations

from collections.abc import Callable

#: ``progress(done, total)``: how far long work got; ``total`` 0 when it is not known.
Progress = Callable[[int, int], None]

#: ``progress(stage, done, total)``: a sync pass's stage (receiving, sending…) and how far.
StageProgress = Callable[[str, int, int], None]


class Cancelled(Exception):
    """Long work stopped at the user's request; its transaction was rolled back."""


class CancelToken:
    """Set by the caller (a Cancel button, Ctrl+C) and checked by long work between batches."""

    def __init__(self) -> None:
        self.cancelled = False

    def cancel(self) -> None:
        self.cancelled = True

    def check(self) -> None:
        if self.cancelled:
            raise Cancelled()


def guard(report: Progress, token: CancelToken) -> Progress:
    """A progress callback that stops the work (raises Cancelled) once Cancel was pressed."""

    def progress(done: int, total: int) -> None:
        token.check()
        report(done, total)

    return progress
