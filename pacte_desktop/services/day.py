"""« Ma journée »: what a caseworker has to do today, and how the organisation's month goes.

The rules, before the code that applies them:

- **Follow-ups** are :func:`services.followups.due` up to today for the current worker (overdue
  and due today); the home view asks for them there, not here.
- **Placement checks due** are the 3- and 6-month checks of :mod:`domain.placement_checks`
  (the day has come and the result is still pending) of the placements whose candidate the
  worker follows (``candidate.worker_id``): the worker who follows a person checks on them.
  SQL only narrows the rows (a start date at most ``months`` before today, plus the few days a
  month-end clamp can add); the rule itself is the domain's, applied to each row.
- **Partners' requests** are the opportunities partner organisations shared in the network
  (:func:`sync.network_records.network_records`, admitted organisations only), still open: a
  status other than "open" or an end date already past leaves them out (a request the relaying
  organisation closed as filled, partly filled or expired leaves with its close). Employer
  requests for profiles come first, then the soonest start. Each names the relaying
  organisation (its id too, to answer it) and carries this organisation's answer, if any (the
  count of candidates we proposed, ``services/requests.py``).
- **Recent employers** are the employers a worker opened at this workstation, newest first. They
  are kept in the store's ``local_state`` (never replicated, never published): one key per
  worker and employer (``recent.employer.<worker>.<employer>``) whose value is a rising counter,
  so remembering one more is a single statement (two opening at once cannot lose each other),
  and the oldest beyond :data:`RECENT_KEPT` are pruned in the same transaction. Per worker,
  because colleagues share a workstation (Ctrl+Shift+W); per workstation, because it is a trace
  of one person's screen, not a record of the organisation. Archived employers are not shown.
- **Employers are named in the interface's language** (or the one asked for): in Dutch, their
  Dutch name when the record (ours or a partner's) has one, as the directory names them.
- **The month's figures** are the organisation's, for the calendar month of ``today``: contacts
  made (interactions dated in the month), new employers (employers created in the month and not
  archived: their UUIDv7 id carries the moment they were made, wherever that was, so the id's
  primary key answers without a created-at column) and placements started in the month, by type.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from pacte_desktop.domain import messages
from pacte_desktop.domain.dates import as_date
from pacte_desktop.domain.entities import PLACEMENT_TYPES
from pacte_desktop.domain.placement_checks import CHECK_MONTHS, add_months, check_date, check_due
from pacte_desktop.services.followups import employer_name
from pacte_desktop.store.database import Store
from pacte_desktop.store.ids import id_floor
from pacte_desktop.store.schema import TABLES, local_state
from pacte_desktop.sync.network_records import network_records
from pacte_desktop.sync.state import LocalState

#: How many opened employers are remembered per worker.
RECENT_KEPT = 10
RECENT_PREFIX = "recent.employer."
#: The most a month-end clamp moves a check's day back (31 May - 3 months = 28 February).
_CLAMP_DAYS = 3


# -- placement checks --------------------------------------------------------------------------
@dataclass(frozen=True)
class CheckDue:
    """A 3- or 6-month check that is due: whose, where, since when."""

    placement_id: str
    candidate_code: str
    employer_id: str
    employer_name: str
    placement_type: str
    months: int
    due_on: dt.date


def checks_due(
    conn: sa.Connection, *, worker_id: str, today: dt.date, language: str | None = None
) -> list[CheckDue]:
    """The placement checks due for the candidates ``worker_id`` follows, oldest due first;
    employers named in ``language`` (the interface's when None)."""
    p, c, e = TABLES["placement"], TABLES["candidate"], TABLES["employer"]
    found: list[CheckDue] = []
    for months in CHECK_MONTHS:
        result = p.c.check_3m if months == 3 else p.c.check_6m
        latest = add_months(today, -months) + dt.timedelta(days=_CLAMP_DAYS)
        stmt = (
            sa.select(
                p.c.id,
                p.c.start_date,
                p.c.placement_type,
                result.label("result"),
                c.c.code,
                e.c.id.label("employer_id"),
                employer_name(e, language).label("employer_name"),
            )
            .join(c, c.c.id == p.c.candidate_id)
            .join(e, e.c.id == p.c.employer_id)
            .where(
                c.c.worker_id == worker_id,
                p.c.archived_at.is_(None),
                c.c.archived_at.is_(None),
                p.c.start_date <= latest.isoformat(),
                sa.or_(result.is_(None), result == "pending"),
            )
        )
        for row in conn.execute(stmt).mappings():
            if not check_due(row["start_date"], row["result"], months, today):
                continue
            due_on = check_date(row["start_date"], months)
            assert due_on is not None  # check_due said the start date is valid
            found.append(
                CheckDue(
                    placement_id=row["id"],
                    candidate_code=row["code"],
                    employer_id=row["employer_id"],
                    employer_name=row["employer_name"],
                    placement_type=row["placement_type"],
                    months=months,
                    due_on=due_on,
                )
            )
    return sorted(found, key=lambda d: (d.due_on, d.months, d.candidate_code, d.placement_id))


# -- partners' requests ------------------------------------------------------------------------
@dataclass(frozen=True)
class PartnerRequest:
    """An open opportunity a partner organisation shared in the network."""

    id: str
    organisation: str
    kind: str
    title: str
    positions: int | None
    start_date: dt.date | None
    end_date: dt.date | None
    employer_name: str | None
    skills: tuple[str, ...]
    languages: tuple[str, ...]
    organisation_id: str = ""
    answered: int | None = None  # the candidates we proposed, when we answered


@dataclass(frozen=True)
class PartnerRequests:
    """The open requests; ``joined``: this workstation is in a network (an empty list of a
    workstation outside any network means something else than an empty network)."""

    requests: list[PartnerRequest]
    joined: bool


def _texts(value: Any) -> tuple[str, ...]:
    return tuple(str(v) for v in value) if isinstance(value, list) else ()


def _count(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _day(value: Any) -> dt.date | None:
    return as_date(value)  # a partner's malformed date shows as no date, never as an error


def partner_requests(store: Store, today: dt.date, language: str | None = None) -> PartnerRequests:
    """Partners' shared opportunities still open on ``today`` (see the module docstring)."""
    open_ones = []
    for record in network_records(store, "opportunity"):
        end = _day(record.get("end_date"))
        if record.get("status") in (None, "open") and (end is None or end >= today):
            open_ones.append((record, end))
    employers: dict[tuple[str, str], str] = {}
    if open_ones:  # the partners' employers are read only to name open requests
        dutch = (language or messages.current_language()) == "nl"
        employers = {
            (r["organisation_id"], r["id"]): str(
                (dutch and r.get("name_nl")) or r.get("name") or ""
            )
            for r in network_records(store)
        }
    answered: dict[tuple[str, str], int] = {}
    if open_ones:
        with store.reading() as conn:
            answered = {
                (org, request): int(count)
                for org, request, count in conn.execute(
                    sa.text(
                        "SELECT request_org_id, request_id, count FROM request_answer "
                        "WHERE archived_at IS NULL ORDER BY answered_on, id"
                    )
                )
            }
    found = []
    for record, end in open_ones:
        employer = employers.get((record["organisation_id"], str(record.get("employer_id"))))
        found.append(
            PartnerRequest(
                id=record["id"],
                organisation=str(record["organisation"]),
                kind=str(record.get("kind") or ""),
                title=str(record.get("title") or ""),
                positions=_count(record.get("positions")),
                start_date=_day(record.get("start_date")),
                end_date=end,
                employer_name=employer or None,
                skills=_texts(record.get("required_skills")),
                languages=_texts(record.get("languages")),
                organisation_id=str(record["organisation_id"]),
                answered=answered.get((str(record["organisation_id"]), record["id"])),
            )
        )
    found.sort(
        key=lambda r: (
            r.kind != "profile-request",
            r.start_date or dt.date.max,
            r.title.casefold(),
            r.id,
        )
    )
    return PartnerRequests(found, LocalState(store).configured("network"))


# -- recent employers --------------------------------------------------------------------------
@dataclass(frozen=True)
class RecentEmployer:
    id: str
    name: str
    name_nl: str | None
    commune: str | None
    commune_nl: str | None


def _recent_prefix(worker_id: str) -> str:
    return f"{RECENT_PREFIX}{worker_id}."


def remember_employer(store: Store, worker_id: str, employer_id: str) -> None:
    """Note that ``worker_id`` opened ``employer_id`` here (see the module docstring)."""
    prefix = _recent_prefix(worker_id)
    mine = "substr(key, 1, :n) = :prefix"
    params = {"n": len(prefix), "prefix": prefix, "key": prefix + employer_id}
    with store.engine.begin() as conn:
        conn.execute(
            sa.text(
                "INSERT INTO local_state(key, value) "
                "SELECT :key, printf('%020d', coalesce(max(CAST(value AS INTEGER)), 0) + 1) "
                f"FROM local_state WHERE {mine} "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value"
            ),
            params,
        )
        conn.execute(
            sa.text(
                f"DELETE FROM local_state WHERE {mine} AND key NOT IN ("
                f"SELECT key FROM local_state WHERE {mine} ORDER BY value DESC LIMIT :kept)"
            ),
            {**params, "kept": RECENT_KEPT},
        )


def recent_employers(conn: sa.Connection, worker_id: str) -> list[RecentEmployer]:
    """The employers ``worker_id`` opened here, newest first, archived ones left out."""
    prefix = _recent_prefix(worker_id)
    e = TABLES["employer"]
    keys = conn.execute(
        sa.select(local_state.c.key)
        .where(sa.func.substr(local_state.c.key, 1, len(prefix)) == prefix)
        .order_by(local_state.c.value.desc())
    ).scalars()
    order = [key[len(prefix) :] for key in keys]
    if not order:
        return []
    rows = {
        row["id"]: row
        for row in conn.execute(
            sa.select(e.c.id, e.c.name, e.c.name_nl, e.c.commune, e.c.commune_nl).where(
                e.c.id.in_(order), e.c.archived_at.is_(None)
            )
        ).mappings()
    }
    return [
        RecentEmployer(
            id=employer_id,
            name=rows[employer_id]["name"],
            name_nl=rows[employer_id]["name_nl"],
            commune=rows[employer_id]["commune"],
            commune_nl=rows[employer_id]["commune_nl"],
        )
        for employer_id in order
        if employer_id in rows
    ]


# -- the month's figures -----------------------------------------------------------------------
@dataclass(frozen=True)
class MonthFigures:
    """The organisation's figures for the month that starts on ``first_day``."""

    first_day: dt.date
    contacts: int
    new_employers: int
    placements: tuple[tuple[str, int], ...]  # (placement type, count), in PLACEMENT_TYPES order

    @property
    def placements_total(self) -> int:
        return sum(n for _, n in self.placements)


def _start_ms(day: dt.date) -> int:
    """The first millisecond of ``day`` at this workstation (local time), since the epoch."""
    return int(dt.datetime.combine(day, dt.time()).astimezone().timestamp() * 1000)


def month_figures(conn: sa.Connection, today: dt.date) -> MonthFigures:
    """Contacts made, new employers and placements by type in the month of ``today``."""
    first = today.replace(day=1)
    after = add_months(first, 1)
    i, e, p = TABLES["interaction"], TABLES["employer"], TABLES["placement"]
    contacts = conn.execute(
        sa.select(sa.func.count()).where(
            i.c.archived_at.is_(None),
            i.c.date >= first.isoformat(),
            i.c.date < after.isoformat(),
        )
    ).scalar_one()
    new_employers = conn.execute(
        sa.select(sa.func.count()).where(
            e.c.archived_at.is_(None),
            e.c.id >= id_floor(_start_ms(first)),
            e.c.id < id_floor(_start_ms(after)),
        )
    ).scalar_one()
    by_type: dict[str, int] = dict(
        conn.execute(
            sa.select(p.c.placement_type, sa.func.count())
            .where(
                p.c.archived_at.is_(None),
                p.c.start_date >= first.isoformat(),
                p.c.start_date < after.isoformat(),
            )
            .group_by(p.c.placement_type)
        ).all()
    )
    placements = tuple((kind, int(by_type[kind])) for kind in PLACEMENT_TYPES if by_type.get(kind))
    return MonthFigures(first, int(contacts), int(new_employers), placements)
