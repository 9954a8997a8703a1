"""The kinds of operation the change journal records, and so the kinds sync carries.

One list for both: the unit of work refuses to journal a kind that is not here, and sync applies
every kind that is here, so an action can never write something the other workstations reject
(a handover once did: its ``handover`` entries split the organisation).

- ``insert``, ``update``, ``archive``, ``restore``, ``handover``, ``leave`` and ``anonymise``
  are field writes: they merge per field, last writer wins. The kind says why the fields changed
  (the history and the audit show it); it never changes how they merge. ``archive`` and
  ``restore`` write ``archived_at``; ``handover`` moves a record to another worker; ``leave``
  marks a worker as gone; ``anonymise`` empties a candidate's identity fields (and its
  placements' notes) and writes ``anonymised_at`` — what the journal then does with the
  candidate's older entries is ``store/erasure.py``'s rule, keyed on that field, not the kind.
- ``delete`` writes only the reserved field ``deleted`` = true, and is final.

A kind added here must be a field write or get its own merge rule in ``sync/merge.py`` and
``sync/replication.py``; the test that drives every writing command through sync proves it.
"""

from __future__ import annotations

import re
from typing import Final

#: Field writes: merged per field whatever the kind.
WRITE_KINDS: Final = frozenset(
    {"insert", "update", "archive", "restore", "handover", "leave", "anonymise"}
)
DELETE: Final = "delete"
OP_KINDS: Final = WRITE_KINDS | {DELETE}

#: The reserved field of a delete, and the field archiving writes.
DELETED: Final = "deleted"
ARCHIVED_AT: Final = "archived_at"

#: What a kind, table or field name from a newer version may look like: such an operation is
#: parked until an upgrade knows it. Anything else is not a name at all, and is refused.
NAME: Final = re.compile(r"[a-z][a-z0-9_]{0,62}")

#: No stored text is longer than this; a longer value is an attack or a bug, not data (a
#: received one is refused, an imported one cut short).
MAX_TEXT: Final = 100_000


def check_kind(kind: str) -> None:
    """Refuse to journal a kind that sync would not carry (a programming error)."""
    if kind not in OP_KINDS:
        raise ValueError(f"operation kind {kind!r} is not one sync carries: {sorted(OP_KINDS)}")
