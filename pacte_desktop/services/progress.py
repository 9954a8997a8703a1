"""Long work's two handles, in the one place the interface and the command line take them from.

Long work (an export, an import, the demonstration data) takes ``progress(done, total)`` and a
:class:`CancelToken`; it calls ``cancel.check()`` between batches, which raises
:class:`Cancelled` once the user pressed Cancel (or Ctrl+C), and its unit of work rolls back.

The types are defined once, beside the unit of work that honours them
(:mod:`pacte_desktop.store.unit_of_work`); this module names the same objects for the layers
above the store, which never import the store themselves.
"""

from __future__ import annotations

from pacte_desktop.store.unit_of_work import Cancelled, CancelToken, Progress

__all__ = ["CancelToken", "Cancelled", "Progress", "guard"]


def guard(report: Progress, token: CancelToken) -> Progress:
    """A progress callback that stops the work (raises Cancelled) once Cancel was pressed."""

    def progress(done: int, total: int) -> None:
        token.check()
        report(done, total)

    return progress
