"""Marker strings for privacy tests: the ways a text may sit in a file."""

from __future__ import annotations

import json


def forms(text: str) -> list[bytes]:
    """The ways a text may sit in a file: UTF-8, JSON-escaped, UTF-16."""
    escaped = json.dumps(text)[1:-1]
    return [
        text.encode("utf-8"),
        escaped.encode("utf-8"),
        text.encode("utf-16-le"),
        text.encode("utf-16-be"),
    ]
