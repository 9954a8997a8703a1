"""The root documents of the two scopes and the small signed JSON files beside them.

A root (``ORG.json``, ``NETWORK.json``) names its id, its protocol range, the minimum
application version and the public key that signs it; :func:`root_check` refuses an empty,
moved or foreign root before anything is written or deleted.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections.abc import Mapping
from typing import Any

from pacte_desktop import __version__
from pacte_desktop.domain.errors import PacteError
from pacte_desktop.sync import clockcheck, crypto
from pacte_desktop.sync.transport import (
    CorruptError,
    MissingFileError,
    RootError,
    Transport,
)

log = logging.getLogger(__name__)

PROTOCOL = 1
MIN_APP = "0.1.0"
ORG_FILE = "ORG.json"
NETWORK_FILE = "NETWORK.json"
ORG_ROOT_TYPE = "pacte-org-root"
NETWORK_ROOT_TYPE = "pacte-network-root"
MEMBER_TYPE = "pacte-network-member"
ACK_TYPE = "pacte-ack"
SCOPES = ("org", "network")


def now_iso() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def now_iso_minus(*, hours: int) -> str:
    return (dt.datetime.now(dt.UTC) - dt.timedelta(hours=hours)).isoformat(timespec="seconds")


def read_json(transport: Transport, path: str) -> dict[str, Any]:
    data = transport.read(path)
    try:
        value = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise CorruptError(path, "not_json") from None
    if not isinstance(value, dict):
        raise CorruptError(path, "not_json_object")
    return value


def write_json(transport: Transport, path: str, value: Mapping[str, object]) -> None:
    transport.create(path, json.dumps(value, indent=1, sort_keys=True).encode("utf-8"))


def replace_own_json(transport: Transport, path: str, value: Mapping[str, object]) -> None:
    """Rewrite one of this device's own small files (its acknowledgement)."""
    transport.delete_own(path)
    write_json(transport, path, value)


def root_check(
    transport: Transport, scope: str, expected_id: str | None, pinned_key: str | None
) -> dict[str, Any]:
    """The root document, checked: right type, right id, signed by the pinned key.

    An empty, moved or unmounted root raises RootError and nothing is written or deleted.
    """
    name = ORG_FILE if scope == "org" else NETWORK_FILE
    kind = ORG_ROOT_TYPE if scope == "org" else NETWORK_ROOT_TYPE
    key_field = "org_public_key" if scope == "org" else "coordinator_public_key"
    where = clockcheck.describe(transport)
    try:
        doc = read_json(transport, name)
    except (MissingFileError, RootError):
        raise PacteError("sync", "sync_no_root", value=where, file=name) from None
    raw_key = doc.get(key_field)
    if pinned_key is not None and raw_key != pinned_key:
        raise PacteError("sync", "sync_forged", value=f"{where}/{name}", reason="another_key")
    public = crypto.public_key_from_bytes(
        crypto.b64decode(raw_key, what=name, size=crypto.PUBLIC_KEY_SIZE), what=name
    )
    body = crypto.verify_document(doc, public, kind=kind, what=f"{where}/{name}")
    if expected_id is not None and body.get("id") != expected_id:
        raise PacteError(
            "sync",
            "sync_other_org",
            value=where,
            reason="root_id",
            name=name,
            found=str(body.get("id"))[:80],
        )
    protocol = body.get("protocol")
    if isinstance(protocol, list) and len(protocol) == 2 and not protocol[0] <= PROTOCOL:
        raise RootError(where, "protocol_newer", protocol=str(protocol)[:80])
    minimum = body.get("min_app")
    if isinstance(minimum, str) and app_version(minimum) > app_version(__version__):
        raise PacteError(
            "sync", "sync_app_too_old", value=where, minimum=minimum, version=__version__
        )
    return body


def app_version(text: str) -> tuple[int, ...]:
    parts = []
    for part in text.split("."):
        digits = "".join(ch for ch in part if ch.isdigit())
        parts.append(int(digits or 0))
    return tuple(parts)
