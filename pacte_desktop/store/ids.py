"""Primary keys: UUIDv7 strings, time-ordered and unique across workstations.

The standard library gains ``uuid.uuid7`` only in Python 3.14; until then the ``uuid6`` package
provides the RFC 9562 layout.
"""

from __future__ import annotations

import uuid6


def new_id() -> str:
    return str(uuid6.uuid7())
