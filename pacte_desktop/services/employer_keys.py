"""The matching keys of every employer, ours and the partners', kept between reads.

Computing a name's key (:func:`pacte_desktop.domain.matching.name_key`) costs a few
microseconds; the directory of 100,000 employers asks "how many partners know it?" on every
refresh, so the keys are computed once and kept in memory per store:

- our employers' keys are brought up to date from the journal: the rows of ``employer`` the
  journal wrote since the last read (its greatest ``seq``) are read again, and nothing else. A
  journal shorter than the one read before (a backup put back) or a count that no longer agrees
  starts again from scratch;
- a partner's record is read again only when its stamps changed (each field's stamp moves with
  every write the network pass applies).

Nothing here is fuzzy: a key is a plain string, compared for equality at read time.
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from pacte_desktop.domain import matching
from pacte_desktop.store.database import Store
from pacte_desktop.sync import membership
from pacte_desktop.sync.network_ops import KNOWLEDGE, WITHDRAWN

#: The employer fields the keys and the pairs are read from.
KEY_FIELDS = ("name", "name_nl", "bce_number", "postcode", "street", "street_nl")


@dataclass(frozen=True)
class Keys:
    """One employer's matching keys: its names' keys (French, Dutch), BCE number, postcode and
    streets' keys; ``live``: not archived (nor withdrawn by its partner)."""

    id: str
    name: str
    names: tuple[str, ...]
    bce_number: str | None
    postcode: str | None
    streets: tuple[str, ...]
    live: bool


@dataclass(frozen=True)
class PartnerKeys(Keys):
    """A partner's record: its organisation, its values as published, its latest contact."""

    org_id: str = ""
    values: dict[str, Any] | None = None


def _text(value: object) -> str | None:
    """A text value, or None: a value of another type (never from our store; a partner's
    record is checked on arrival) counts as missing rather than failing the read."""
    return value if isinstance(value, str) and value else None


def keys_of(row_id: str, values: dict[str, Any], live: bool) -> Keys:
    """The keys of one employer's values (stored form, or a partner's published values)."""
    names = (matching.name_key(_text(values.get(f))) for f in ("name", "name_nl"))
    streets = (matching.place_key(_text(values.get(f))) for f in ("street", "street_nl"))
    return Keys(
        row_id,
        _text(values.get("name")) or "",
        tuple(dict.fromkeys(k for k in names if k)),
        _text(values.get("bce_number")),
        _text(values.get("postcode")),
        tuple(dict.fromkeys(k for k in streets if k)),
        live,
    )


class _OwnCache:
    def __init__(self) -> None:
        self.seq = -1
        self.keys: dict[str, Keys] = {}
        self.lock = threading.Lock()


class _PartnerCache:
    def __init__(self) -> None:
        self.entries: dict[tuple[str, str], tuple[str, PartnerKeys]] = {}
        self.lock = threading.Lock()


_OWN: dict[str, _OwnCache] = {}
_PARTNERS: dict[str, _PartnerCache] = {}
_GUARD = threading.Lock()

_SELECT = "SELECT id, archived_at, " + ", ".join(KEY_FIELDS) + " FROM employer"


def _read_rows(conn: sa.Connection, ids: list[str] | None) -> list[Any]:
    if ids is None:
        return list(conn.execute(sa.text(_SELECT)))
    found: list[Any] = []
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ", ".join(f":i{n}" for n in range(len(chunk)))
        found += conn.execute(
            sa.text(f"{_SELECT} WHERE id IN ({marks})"),
            {f"i{n}": value for n, value in enumerate(chunk)},
        )
    return found


def _add(keys: dict[str, Keys], rows: list[Any]) -> None:
    for row in rows:
        values = dict(zip(KEY_FIELDS, row[2:], strict=True))
        keys[row[0]] = keys_of(row[0], values, row[1] is None)


def own_keys(store: Store, conn: sa.Connection) -> dict[str, Keys]:
    """Every employer of ours (archived ones too, ``live`` False) by id, with its keys."""
    with _GUARD:
        cache = _OWN.setdefault(str(store.path), _OwnCache())
    with cache.lock:
        seq = int(conn.execute(sa.text("SELECT coalesce(max(seq), 0) FROM journal")).scalar_one())
        count = int(conn.execute(sa.text("SELECT count(*) FROM employer")).scalar_one())
        if seq < cache.seq:
            cache.seq, cache.keys = -1, {}
        if cache.seq < 0:
            rows = _read_rows(conn, None)
            cache.keys = {}
        else:
            changed = [
                r[0]
                for r in conn.execute(
                    sa.text(
                        "SELECT DISTINCT row_id FROM journal "
                        "WHERE seq > :seq AND table_name = 'employer'"
                    ),
                    {"seq": cache.seq},
                )
            ]
            for row_id in changed:
                cache.keys.pop(row_id, None)
            rows = _read_rows(conn, changed)
        _add(cache.keys, rows)
        if len(cache.keys) != count:  # not what the journal says: read everything again
            cache.keys = {}
            _add(cache.keys, _read_rows(conn, None))
        cache.seq = seq
        return dict(cache.keys)


def partner_keys(store: Store, conn: sa.Connection) -> list[PartnerKeys]:
    """The partners' employer records this workstation shows (of admitted organisations, not
    withdrawn nor archived), with their keys and latest contact, ordered by organisation."""
    readable = membership.readable(store, conn)
    with _GUARD:
        cache = _PARTNERS.setdefault(str(store.path), _PartnerCache())
    out: list[PartnerKeys] = []
    with cache.lock:
        seen: set[tuple[str, str]] = set()
        for org_id, row_id, data, stamps in conn.execute(
            sa.text(
                "SELECT org_id, row_id, data, stamps FROM network_record "
                "WHERE table_name = 'employer' ORDER BY org_id, row_id"
            )
        ):
            if org_id not in readable:
                continue
            seen.add((org_id, row_id))
            entry = cache.entries.get((org_id, row_id))
            if entry is None or entry[0] != stamps:
                values = json.loads(data)
                live = not values.get(WITHDRAWN) and not values.get("archived_at")
                base = keys_of(row_id, values, live)
                keys = PartnerKeys(
                    **{f: getattr(base, f) for f in Keys.__dataclass_fields__},
                    org_id=org_id,
                    values={k: v for k, v in values.items() if k != WITHDRAWN},
                )
                entry = (stamps, keys)
                cache.entries[(org_id, row_id)] = entry
            if entry[1].live:
                out.append(entry[1])
        for gone in set(cache.entries) - seen:
            del cache.entries[gone]
    return out


def latest_contacts(conn: sa.Connection) -> dict[tuple[str, str], str | None]:
    """Each partner record's latest contact as its organisation published it."""
    found: dict[tuple[str, str], str | None] = {}
    for org_id, row_id, data in conn.execute(
        sa.text("SELECT org_id, row_id, data FROM network_record WHERE table_name = :t"),
        {"t": KNOWLEDGE},
    ):
        known = json.loads(data)
        if isinstance(known, dict) and not known.get(WITHDRAWN):
            latest = known.get("latest_contact")
            found[(org_id, row_id)] = latest if isinstance(latest, str) else None
    return found
