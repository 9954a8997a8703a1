"""Candidate data protection: candidates due for review, anonymising one, and everything stored
about one person (an access request).

The rules are ``domain/privacy.py``'s: a candidate is kept until its retention date, or for
``retention.months`` (24) after its last activity; an expired candidate is listed for review
and anonymised on confirmation — the identity fields and the placements' notes emptied, the
pseudonymous code and the facts the reports count kept, the candidate archived. The
anonymisation is one journalled operation (kind ``anonymise``), so sync carries it to every
workstation of the organisation; each one then scrubs every older value from its journal, its
parked operations and its sync conflicts (``store/erasure.py``) and writes a fresh snapshot
(``sync/org_scope.py``). After committing, the caller rebuilds the file with
:func:`forget_freed_pages` so that no free page keeps an old value.

:func:`export` gathers everything stored about one candidate: the record, its placements, and
every journal entry, parked operation and sync conflict about them.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from pacte_desktop.domain.entities import Candidate, Placement, specs
from pacte_desktop.domain.errors import ValidationError
from pacte_desktop.domain.hlc import Stamp
from pacte_desktop.domain.privacy import (
    CANDIDATE_CLEARED,
    PLACEMENT_CLEARED,
    is_expired,
    keep_until,
)
from pacte_desktop.reports.output import output_file
from pacte_desktop.settings import SETTINGS
from pacte_desktop.store import erasure
from pacte_desktop.store.database import Store
from pacte_desktop.store.repository import Repository
from pacte_desktop.store.unit_of_work import UnitOfWork

#: The version of the export's layout (a key of the file).
EXPORT_FORMAT = 1


@dataclass(frozen=True)
class ExpiredCandidate:
    """A candidate whose data is due for review (``keep_until`` has passed)."""

    id: str
    code: str
    worker: str | None
    consent_date: dt.date | None
    retention_date: dt.date | None
    last_activity: dt.date | None
    keep_until: dt.date
    placements: int


def retention_months(conn: sa.Connection) -> int:
    return int(SETTINGS.get(conn, "retention.months"))


def _day_of(stamp: str | None) -> dt.date | None:
    if not stamp:
        return None
    wall = Stamp.parse(stamp).wall_ms
    return dt.datetime.fromtimestamp(wall / 1000, dt.UTC).date()


def _date(text: object) -> dt.date | None:
    return dt.date.fromisoformat(str(text)) if text else None


_ACTIVITY = sa.text(
    """
    SELECT c.id, c.code, w.name AS worker, c.consent_date, c.retention_date,
        (SELECT max(j.hlc) FROM journal AS j WHERE j.row_id = c.id) AS changed,
        (SELECT max(j.hlc) FROM placement AS p JOIN journal AS j ON j.row_id = p.id
            WHERE p.candidate_id = c.id) AS placement_changed,
        (SELECT max(max(p.start_date, coalesce(p.end_date, p.start_date)))
            FROM placement AS p WHERE p.candidate_id = c.id) AS placement_day,
        (SELECT count(*) FROM placement AS p WHERE p.candidate_id = c.id) AS placements
    FROM candidate AS c LEFT JOIN worker AS w ON w.id = c.worker_id
    WHERE c.anonymised_at IS NULL
    ORDER BY c.code, c.id
    """
)


def expired(
    conn: sa.Connection, today: dt.date, *, months: int | None = None
) -> list[ExpiredCandidate]:
    """The candidates not anonymised whose data may no longer be kept on ``today``, the
    longest overdue first (archived ones too: archiving erases nothing). ``months``: the
    retention after the last activity (default: the ``retention.months`` setting)."""
    months = retention_months(conn) if months is None else months
    found = []
    for row in conn.execute(_ACTIVITY).mappings():
        days = [
            d
            for d in (
                _day_of(row["changed"]),
                _day_of(row["placement_changed"]),
                _date(row["placement_day"]),
            )
            if d is not None
        ]
        last = max(days) if days else None
        retention = _date(row["retention_date"])
        keep = keep_until(retention, last, months)
        if keep is None or not is_expired(keep, today):
            continue
        found.append(
            ExpiredCandidate(
                id=str(row["id"]),
                code=str(row["code"]),
                worker=row["worker"],
                consent_date=_date(row["consent_date"]),
                retention_date=retention,
                last_activity=last,
                keep_until=keep,
                placements=int(row["placements"]),
            )
        )
    found.sort(key=lambda c: (c.keep_until, c.code, c.id))
    return found


def anonymise(uow: UnitOfWork, ref: str, *, today: dt.date) -> Candidate:
    """Anonymise the candidate ``ref`` names (id, start of an id, or code): empty its identity
    fields and its placements' notes, archive it, mark it ``anonymised_at`` = ``today``, in
    one journalled operation per record (kind ``anonymise``), then scrub the older values from
    this store's journal, parked operations and conflicts. Refused for a candidate already
    anonymised. Call :func:`forget_freed_pages` once committed."""
    candidate = uow.repo.find(Candidate, ref, "candidate")
    if candidate.anonymised_at is not None:
        raise ValidationError("candidate", "already_anonymised", value=candidate.code)
    empty = {f.name: f.default for f in dataclasses.fields(Candidate)}
    changes: dict[str, object] = {name: empty[name] for name in CANDIDATE_CLEARED}
    changes["anonymised_at"] = today
    if candidate.archived_at is None:
        changes["archived_at"] = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    updated, _ = uow.update(Candidate, candidate.id, changes, op="anonymise")
    for placement in uow.repo.list(Placement, include_archived=True, candidate_id=candidate.id):
        cleared = {name: None for name in PLACEMENT_CLEARED if getattr(placement, name)}
        if cleared:
            uow.update(Placement, placement.id, cleared, op="anonymise")
    raw = uow.connection.connection.dbapi_connection
    assert raw is not None
    erasure.scrub(raw, {candidate.id})
    return updated


def anonymise_all(
    store: Store, refs: list[str], today: dt.date, worker_id: str | None
) -> list[Candidate]:
    """Anonymise the candidates ``refs`` name in one unit of work acting as ``worker_id``,
    commit, then rebuild the file (:func:`forget_freed_pages`): what the review screen runs,
    off the GUI thread. All or none: one refused leaves every one as it was."""
    with UnitOfWork(store, worker_id) as uow:
        done = [anonymise(uow, ref, today=today) for ref in refs]
        uow.commit()
    forget_freed_pages(store)
    return done


def forget_freed_pages(store: Store) -> None:
    """After an anonymisation (committed): delete the crash drafts of its forms, and rebuild
    the store file so that no free page, no free space in a page and no page image in the
    write-ahead log keeps an erased value."""
    erasure.forget_after_erasure(store)


def export(conn: sa.Connection, ref: str) -> dict[str, Any]:
    """Everything stored about the candidate ``ref`` names (id, start of an id, or code): the
    record, its placements (with their employer's name), and every journal entry, parked
    operation and sync conflict about them — who wrote what, when, from which workstation."""
    repo = Repository(conn)
    candidate = repo.find(Candidate, ref, "candidate")
    names = repo.worker_names()
    placements = repo.list(Placement, include_archived=True, candidate_id=candidate.id)
    employer_names = {
        str(r[0]): str(r[1])
        for r in conn.execute(
            sa.text(
                "SELECT e.id, e.name FROM employer AS e JOIN placement AS p "
                "ON p.employer_id = e.id WHERE p.candidate_id = :c"
            ),
            {"c": candidate.id},
        )
    }
    raw = conn.connection.dbapi_connection
    assert raw is not None
    rows = {candidate.id} | erasure.placements_of(raw, {candidate.id})
    marks = {f"r{i}": row_id for i, row_id in enumerate(sorted(rows))}
    where = ", ".join(f":{k}" for k in marks)

    def entries(table: str, columns: str, order: str) -> list[dict[str, Any]]:
        return [
            dict(r)
            for r in conn.execute(
                sa.text(
                    f"SELECT {columns} FROM {table} WHERE row_id IN ({where}) ORDER BY {order}"
                ),
                marks,
            ).mappings()
        ]

    journal = []
    for entry in entries(
        "journal", "hlc, device_id, worker_id, table_name, row_id, op, fields", "hlc"
    ):
        journal.append(
            {
                "time": _time_of(entry["hlc"]),
                "hlc": entry["hlc"],
                "device_id": entry["device_id"],
                "worker": names.get(entry["worker_id"] or ""),
                "table": entry["table_name"],
                "row_id": entry["row_id"],
                "op": entry["op"],
                "fields": json.loads(entry["fields"]),
            }
        )
    parked = [
        {**p, "fields": json.loads(p["fields"])}
        for p in entries(
            "sync_parked", "hlc, device_id, table_name AS 'table', row_id, op, fields", "hlc"
        )
    ]
    conflicts = entries(
        "sync_conflict",
        "table_name AS 'table', row_id, field, kind, lost_value, lost_hlc, won_value, won_hlc, "
        "status",
        "id",
    )
    return {
        "format": EXPORT_FORMAT,
        "candidate": _record(candidate, names),
        "placements": [
            {**_record(p, names), "employer": employer_names.get(p.employer_id)} for p in placements
        ],
        "journal": journal,
        "parked": parked,
        "conflicts": conflicts,
    }


def write_export(store: Store, ref: str, path: Path) -> dict[str, Any]:
    """Write :func:`export` of the candidate ``ref`` to ``path`` as UTF-8 JSON (written beside
    it, then renamed: never a half-written file, nor a temporary one left behind); returns
    what was written."""
    with store.reading() as conn:
        data = export(conn, ref)
    text = json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n"
    with output_file(path) as temporary:
        temporary.write_text(text, encoding="utf-8")
    return data


def _time_of(stamp: str) -> str:
    wall = Stamp.parse(stamp).wall_ms
    return dt.datetime.fromtimestamp(wall / 1000, dt.UTC).isoformat(timespec="seconds")


def _record(entity: Candidate | Placement, names: dict[str, str]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name in specs(type(entity)):
        value = getattr(entity, name)
        if isinstance(value, tuple):
            value = list(value)
        elif isinstance(value, dt.date):
            value = value.isoformat()
        out[name] = value
    out["worker"] = names.get(getattr(entity, "worker_id", "") or "")
    if isinstance(entity, Placement):
        del out["worker"]
    return out


__all__ = [
    "ExpiredCandidate",
    "anonymise",
    "anonymise_all",
    "expired",
    "export",
    "forget_freed_pages",
    "retention_months",
    "write_export",
]
