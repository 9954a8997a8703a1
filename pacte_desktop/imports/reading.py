"""What every reader of this package hands its caller besides the values it read.

A reader reports a value it refuses as a :data:`Rejection` (where the user finds it in the
file, the field, the message in the user's language) and tells how far it has read through a
:data:`~pacte_desktop.domain.progress.Progress` callback; it never raises for one bad row, only
for a file it cannot read.
"""

from __future__ import annotations

#: One rejected problem: (row number as the user sees it in the file, field, message).
Rejection = tuple[int, str, str]

__all__ = ["Rejection"]
