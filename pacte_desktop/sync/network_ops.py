"""What a partner may write in the network scope: every operation checked before it is used.

The rule (issue 10, §2.3). An operation read from a member's feed is used only when each of its
parts is what an honest publisher writes; otherwise its whole file is refused with a message
naming the operation and what is wrong (:class:`PacteError` on the field ``"network"``), nothing
of it is applied, and that device's later files wait behind it while every other feed flows on.

- An operation is a JSON object with exactly the keys ``table``, ``row_id``, ``hlc``, ``op`` and
  ``fields``.
- ``table`` is a network table: a shared record (``organisation``, ``employer``,
  ``contact_person``, ``opportunity``) or what an organisation publishes instead of records
  (``employer_knowledge``, ``public_profile``).
- ``row_id`` is an id: a letter or digit, then letters, digits, ``-`` or ``_``; 64 characters at
  most. The ``organisation`` row and the ``public_profile`` of a feed carry the id of the
  organisation whose feed it is (an organisation publishes only its own).
- ``hlc`` is a stamp of the file's device (``WWWWWWWWWWWWW-CCCC-<device>``, see ``hlc.py``).
- ``op`` is a kind the journal records (``store/operations.py``).
- ``fields`` is an object. Its names are fields that some charter may let out of that table
  (``charter.CEILINGS``), the life-cycle field ``archived_at`` and the derived ``withdrawn``; of
  ``employer_knowledge`` only ``latest_contact`` and ``withdrawn``; of ``public_profile`` only
  ``profile_v2`` (and ``profile``, the shape of earlier versions). Each value has its field's
  stored type (``None`` always allowed: a field this organisation withholds is sent empty):
  text of bounded length; a date ``YYYY-MM-DD``; an archive time in ISO form; an integer; a
  list as the store keeps it, the JSON text of an array of short strings; ``withdrawn`` a
  boolean. The public profile has the shape :func:`charter.public_profile` makes, bounded in
  entries, in count and in bytes: its five parts and nothing else; languages, qualification
  levels, residence and availability among the codes this application knows; no count under
  the threshold (a publisher that sends one is not honest, whatever it carries); no count above
  the largest total its band allows; the total one of the bands :func:`charter.total_band`
  writes.

A file from a newer application (its header names a schema revision this one does not know) may
name tables or fields this version has never heard of: those tables' operations and those fields
are left out rather than refused (docs/sync.md rule 8: versions move forward without a full sync);
names must still look like names, and everything else is checked as above. A name that is not a
name (``x = 0 --``) is refused whatever the header says.

Which of the allowed fields a receiver *stores* is the business of the charter in force
(:func:`charter.receive_filter`), not of this module: a field a charter let out last month is
well-formed today even if the current charter no longer lets it out.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any, Final

from pacte_desktop.domain import entities
from pacte_desktop.domain.entities import FieldSpec
from pacte_desktop.domain.errors import PacteError
from pacte_desktop.store.files import known_revisions
from pacte_desktop.store.operations import NAME, OP_KINDS
from pacte_desktop.sync import charter as charters

FIELD: Final = "network"
#: The tables that are not records but what an organisation publishes instead.
KNOWLEDGE: Final = "employer_knowledge"
PROFILE: Final = "public_profile"
#: The field of ``public_profile`` that carries the profile of :func:`charter.public_profile`;
#: ``profile`` is the earlier shape (three parts and an exact total), still read from
#: organisations that have not upgraded. A field of its own, so that an older application,
#: which checks ``profile`` strictly, leaves the new one out (a newer application's field)
#: instead of refusing the whole feed.
PROFILE_FIELD: Final = "profile_v2"
LEGACY_PROFILE_FIELD: Final = "profile"
#: The derived field that says a record no longer leaves its organisation.
WITHDRAWN: Final = "withdrawn"
#: Shared records, in the order a full publication lists them.
RECORD_TABLES: Final = ("organisation", "employer", "contact_person", "opportunity")
NETWORK_TABLES: Final = (*RECORD_TABLES, KNOWLEDGE, PROFILE)
OP_KEYS: Final = frozenset({"table", "row_id", "hlc", "op", "fields"})

ROW_ID: Final = re.compile(r"[0-9A-Za-z][0-9A-Za-z_-]{0,63}")
_DATE: Final = re.compile(r"\d{4}-\d{2}-\d{2}")
#: Bounds of what honest publishers write, with room to spare (normalised values may be longer
#: than what a form accepts: twice the form's limit).
MAX_INT: Final = 1_000_000_000
MAX_LIST_ITEMS: Final = 200
MAX_LIST_TEXT: Final = 20_000
MAX_PROFILE_ENTRIES: Final = 500
MAX_PROFILE_NAME: Final = 100
MAX_PROFILE_BYTES: Final = 64 * 1024
#: A stamp further ahead of this workstation's clock than this is not adopted yet (§2.5).
MAX_AHEAD_MS: Final = 10 * 60 * 1000


@dataclass(frozen=True)
class NetworkOp:
    """A checked operation: the table, the row, the stamp and the fields it writes."""

    table: str
    row_id: str
    hlc: str
    fields: dict[str, Any]


def _spec_table(table: str) -> Mapping[str, FieldSpec]:
    return entities.specs(entities.BY_TABLE[table])


def allowed_names(table: str) -> frozenset[str]:
    """The field names an operation on a network ``table`` may carry."""
    if table == KNOWLEDGE:
        return frozenset({"latest_contact", WITHDRAWN})
    if table == PROFILE:
        return frozenset({LEGACY_PROFILE_FIELD, PROFILE_FIELD})
    return charters.CEILINGS[table] | charters.LIFECYCLE_FIELDS | {WITHDRAWN}


def check_ops(
    raw_ops: Sequence[Any],
    *,
    org_id: str,
    device_id: str,
    schema: str | None,
    what: str,
) -> list[NetworkOp]:
    """The operations of a network change file of ``org_id``'s ``device_id``, checked.

    Raises :class:`PacteError` (field ``"network"``) on the first operation that is not
    well-formed, naming the file (``what``) and the operation's position (from 1).
    """
    newer = schema is not None and schema not in known_revisions()
    stamp = re.compile(r"\d{13}-[0-9a-f]{4}-" + re.escape(device_id))
    out: list[NetworkOp] = []
    for index, op in enumerate(raw_ops, start=1):
        refuse = partial(PacteError, FIELD, value=what, index=index)
        if not isinstance(op, dict):
            raise refuse("network_op_shape", detail=type(op).__name__)
        if op.keys() != OP_KEYS:
            keys = ", ".join(sorted(str(k)[:40] for k in op.keys() ^ OP_KEYS)[:6])
            raise refuse("network_op_shape", detail=keys)
        table, row_id, hlc, kind, fields = (
            op["table"],
            op["row_id"],
            op["hlc"],
            op["op"],
            op["fields"],
        )
        if type(table) is not str or (
            table not in NETWORK_TABLES and not (newer and NAME.fullmatch(table))
        ):
            raise refuse("network_op_table", table=_shown(table))
        if type(row_id) is not str or not ROW_ID.fullmatch(row_id):
            raise refuse("network_op_id", table=table)
        if table in ("organisation", PROFILE) and row_id != org_id:
            raise refuse("network_op_id", table=table)
        if type(hlc) is not str or not stamp.fullmatch(hlc):
            raise refuse("network_op_stamp", device=device_id)
        if type(kind) is not str or kind not in OP_KINDS:
            raise refuse("network_op_shape", detail=f"op {_shown(kind)}")
        if not isinstance(fields, dict):
            raise refuse("network_op_shape", detail=f"fields {type(fields).__name__}")
        if table not in NETWORK_TABLES:
            continue  # a newer application's table: left out
        names = allowed_names(table)
        kept: dict[str, Any] = {}
        for name, value in fields.items():
            if name not in names:
                if newer and NAME.fullmatch(name):
                    continue  # a newer application's field: left out
                raise refuse("network_op_field", name=_shown(name), table=table)
            if not _value_ok(table, name, value):
                raise refuse("network_op_value", name=name, table=table)
            kept[name] = value
        out.append(NetworkOp(table, row_id, hlc, kept))
    return out


def _shown(value: object) -> str:
    """A value from outside as a message may quote it: short, one line."""
    text = value if isinstance(value, str) else json.dumps(value)
    text = " ".join(text.split())
    return text if len(text) <= 40 else text[:39] + "…"


def _value_ok(table: str, name: str, value: object) -> bool:
    if name == WITHDRAWN:
        return type(value) is bool
    if table == PROFILE:
        return _profile_ok(value) if name == PROFILE_FIELD else _legacy_profile_ok(value)
    if value is None:
        return True
    if table == KNOWLEDGE:
        return _date_ok(value)
    spec = _spec_table(table)[name]
    kind = spec.kind
    if kind in ("text", "longtext", "ref", "choice"):
        return type(value) is str and len(value) <= 2 * spec.max_len
    if kind == "date":
        return _date_ok(value)
    if kind == "timestamp":
        return type(value) is str and len(value) <= 40 and _datetime_ok(value)
    if kind == "int":
        return type(value) is int and -MAX_INT <= value <= MAX_INT
    if kind == "bool":
        return type(value) is bool or (type(value) is int and value in (0, 1))
    if kind == "list":
        return _list_ok(value, 2 * spec.max_len)
    return False


def _date_ok(value: object) -> bool:
    if type(value) is not str or not _DATE.fullmatch(value):
        return False
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _datetime_ok(value: str) -> bool:
    try:
        dt.datetime.fromisoformat(value)
    except ValueError:
        return False
    return True


def _list_ok(value: object, item_len: int) -> bool:
    """A list as the store keeps it: the JSON text of an array of short strings."""
    if type(value) is not str or len(value) > MAX_LIST_TEXT:
        return False
    try:
        items = json.loads(value)
    except json.JSONDecodeError:
        return False
    return (
        isinstance(items, list)
        and len(items) <= MAX_LIST_ITEMS
        and all(type(item) is str and 0 < len(item) <= item_len for item in items)
    )


def _count_ok(value: object) -> bool:
    return type(value) is int and 0 <= value <= MAX_INT


#: The values each part of a profile may count (None: free text, a skill).
_PROFILE_VALUES: Final[Mapping[str, frozenset[str] | None]] = {
    "skills": None,
    "languages": frozenset(entities.LANGUAGE_CODES),
    "qualifications": frozenset(entities.QUALIFICATIONS),
    "residence": frozenset({charters.SAINT_GILLES}),
    "availability": frozenset(entities.AVAILABILITIES),
}


def _profile_ok(value: object) -> bool:
    """The shape :func:`charter.public_profile` makes: five tables of counts, no count under
    the threshold nor above the total's band, and a banded total."""
    if not isinstance(value, dict) or value.keys() != {*charters.PROFILE_PARTS, "total"}:
        return False
    total = value["total"]
    limits = charters.band_limits(total) if type(total) is str else None
    if limits is None:
        return False
    highest = limits[1] if limits[1] is not None else MAX_INT
    for part, known in _PROFILE_VALUES.items():
        counts = value[part]
        if not isinstance(counts, dict) or len(counts) > MAX_PROFILE_ENTRIES:
            return False
        for label, number in counts.items():
            if not (type(label) is str and 0 < len(label) <= MAX_PROFILE_NAME):
                return False
            if known is not None and label not in known:
                return False
            if not (_count_ok(number) and charters.PROFILE_THRESHOLD <= number <= highest):
                return False
    return len(json.dumps(value, ensure_ascii=False)) <= MAX_PROFILE_BYTES


def _legacy_profile_ok(value: object) -> bool:
    """The profile of earlier versions: three tables of counts and a total."""
    if not isinstance(value, dict) or value.keys() != {
        "skills",
        "languages",
        "qualifications",
        "total",
    }:
        return False
    for key in ("skills", "languages", "qualifications"):
        counts = value[key]
        if not isinstance(counts, dict) or len(counts) > MAX_PROFILE_ENTRIES:
            return False
        for label, number in counts.items():
            if not (0 < len(label) <= MAX_PROFILE_NAME and _count_ok(number)):
                return False
    total = value["total"]
    if not (_count_ok(total) or (type(total) is str and re.fullmatch(r"<\d{1,4}", total))):
        return False
    return len(json.dumps(value, ensure_ascii=False)) <= MAX_PROFILE_BYTES


def ahead_of(hlc_max: str | None, now_ms: int) -> int | None:
    """The wall time (ms) of a file's greatest stamp when it is more than :data:`MAX_AHEAD_MS`
    ahead of ``now_ms`` (the file is not adopted yet), else None."""
    if not hlc_max:
        return None
    head = hlc_max[:13]
    if not head.isdigit():
        return None
    wall = int(head)
    return wall if wall > now_ms + MAX_AHEAD_MS else None
