"""Suspending a table's triggers for the length of one bulk statement, inside its transaction.

The guard triggers (``guard_<table>_<event>``) refuse writes made while the unit of work's gate
is closed; a bulk path that holds the gate open pays for them anyway, one call into Python per
row. The bulk paths (the unit of work's bulk insert, the merge of received operations) drop the
triggers of the events they write, run their statements, and re-create each trigger from the
exact text SQLite kept — all inside the writer's transaction, so a rollback or a crash leaves
the schema as it was, and no other connection can write meanwhile (the transaction holds the
write lock).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

_EVENT = {
    event: re.compile(rf"\b(?:BEFORE|AFTER|INSTEAD\s+OF)\s+{event}\b", re.IGNORECASE)
    for event in ("INSERT", "UPDATE", "DELETE")
}


@contextmanager
def suspended(raw: Any, table: str, event: str) -> Iterator[None]:
    """Drop ``table``'s triggers on ``event`` (``INSERT``, ``UPDATE`` or ``DELETE``) inside the
    current transaction of the DB-API connection ``raw``; re-create them afterwards."""
    assert raw.in_transaction, "only inside a writer's transaction"
    pattern = _EVENT[event]
    found = raw.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?", (table,)
    ).fetchall()
    dropped = [(name, sql) for name, sql in found if pattern.search(sql)]
    for name, _ in dropped:
        raw.execute(f'DROP TRIGGER "{name}"')
    try:
        yield
    finally:
        if raw.in_transaction:
            for name, sql in dropped:
                exists = raw.execute(
                    "SELECT 1 FROM sqlite_master WHERE type = 'trigger' AND name = ?", (name,)
                ).fetchone()
                if exists is None:
                    raw.execute(sql)
