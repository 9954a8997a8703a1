"""Employer requests relayed to the network: relay, answer, close, and what each side sees.

The rules, before the code that applies them:

- **Relaying** an opportunity makes it shared with the network (``shared``): its charter fields
  leave at the next network pass, in this organisation's feed, so partners see the relaying
  organisation and the employer as the charter allows. Only an employer's request for profiles
  (kind ``profile-request``) that is still open, not archived, is relayed.
- **An employer marked "do not share" refuses the relay** (``request_employer_private``), rather
  than relaying the request without its employer. The mark is the caseworker's promise to that
  employer; a request stripped of its employer still carries its title, dates, counts and skills,
  which often name it all the same ("15 vendeurs NL/EN pour l'ouverture du magasin de la
  Barrière"), and partners cannot propose candidates for an employer they cannot place. The
  message says how to relay it: lift the mark, with the employer's agreement.
- **Answering** a partner's request records this organisation's answer: a count of candidates
  it can propose (1 to 10,000) and a message, never a candidate's identity. There is no candidate
  field, and a message quoting the code of one of our candidates is refused
  (``request_names_candidate``; the interface also says the message must not name anyone). One
  answer per organisation and request: answering again changes it (the same record), so a
  partner never counts one organisation twice. A closed request (any status but ``open``)
  takes no answer. Answers are journalled (org sync carries them) and published by the network
  pass to every member (``sync/network_outgoing.py``).
- **Closing** a relayed request sets its status to ``filled``, ``partly`` (partly filled) or
  ``expired``. The status is a charter field of the opportunity, so the close reaches every
  partner at the next pass, and the request leaves their lists of open requests.
- **What the relaying organisation sees** (:func:`request_board`): each of its relayed requests
  with every answer received (organisation, count, message, date), and the count gathered (the
  sum of the answers) against the count asked (the positions). If an organisation's two
  workstations, offline, both answered (two records), its newest answer counts.
- **What partners see**: the partners' requests for profiles, open ones first, with this
  organisation's own answer and the count every answer gathered so far.

Reads take the store and run off the GUI thread; writes take a unit of work.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from pacte_desktop.domain import messages
from pacte_desktop.domain.dates import as_date
from pacte_desktop.domain.entities import (
    REQUEST_CLOSINGS,
    Employer,
    Opportunity,
    RequestAnswer,
    normalise,
)
from pacte_desktop.domain.errors import ValidationError
from pacte_desktop.services import records
from pacte_desktop.store.database import Store
from pacte_desktop.store.unit_of_work import UnitOfWork
from pacte_desktop.sync.network_ops import ANSWER
from pacte_desktop.sync.network_records import network_records
from pacte_desktop.sync.state import LocalState

PROFILE_REQUEST = "profile-request"


@dataclass(frozen=True)
class Answer:
    """One organisation's answer to a request: how many candidates it can propose."""

    id: str
    organisation_id: str
    organisation: str
    count: int
    message: str | None
    answered_on: dt.date | None


@dataclass(frozen=True)
class OurRequest:
    """A request this organisation relayed, with every answer received."""

    id: str
    title: str
    employer_id: str
    employer_name: str
    positions: int
    status: str
    start_date: dt.date | None
    end_date: dt.date | None
    languages: tuple[str, ...]
    skills: tuple[str, ...]
    qualification: str | None
    answers: tuple[Answer, ...]

    @property
    def gathered(self) -> int:
        """The candidates proposed by every answer."""
        return sum(a.count for a in self.answers)


@dataclass(frozen=True)
class PartnerRequest:
    """A partner's relayed request, with our answer and what every answer gathered."""

    id: str
    organisation_id: str
    organisation: str
    title: str
    employer_name: str | None
    positions: int | None
    status: str
    start_date: dt.date | None
    end_date: dt.date | None
    languages: tuple[str, ...]
    skills: tuple[str, ...]
    qualification: str | None
    our_answer: Answer | None
    gathered: int

    @property
    def open(self) -> bool:
        return self.status == "open"


@dataclass(frozen=True)
class RequestBoard:
    """Both sides; ``joined``: this workstation is in a network."""

    ours: list[OurRequest]
    partners: list[PartnerRequest]
    joined: bool


def _texts(value: Any) -> tuple[str, ...]:
    if isinstance(value, str):  # a list as the store keeps it: JSON text
        try:
            value = json.loads(value)
        except ValueError:
            return ()
    return tuple(str(v) for v in value) if isinstance(value, list | tuple) else ()


def _count(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _answers_by_request(store: Store) -> dict[tuple[str, str], list[Answer]]:
    """Partners' answers by (relaying organisation, request), the newest per organisation."""
    newest: dict[tuple[str, str, str], Answer] = {}
    for record in network_records(store, ANSWER):
        count = _count(record.get("count"))
        if count is None:
            continue
        answer = Answer(
            id=record["id"],
            organisation_id=record["organisation_id"],
            organisation=str(record["organisation"]),
            count=count,
            message=record.get("message") or None,
            answered_on=as_date(record.get("answered_on")),
        )
        key = (
            str(record.get("request_org_id")),
            str(record.get("request_id")),
            answer.organisation_id,
        )
        before = newest.get(key)
        if before is None or (answer.answered_on or dt.date.min, answer.id) > (
            before.answered_on or dt.date.min,
            before.id,
        ):
            newest[key] = answer
    found: dict[tuple[str, str], list[Answer]] = {}
    for (org, request, _), answer in sorted(newest.items()):
        found.setdefault((org, request), []).append(answer)
    return found


def _own_answers(conn: sa.Connection) -> dict[tuple[str, str], RequestAnswer]:
    """This organisation's live answers by (relaying organisation, request), the newest."""
    found: dict[tuple[str, str], RequestAnswer] = {}
    rows = conn.execute(
        sa.text("SELECT * FROM request_answer WHERE archived_at IS NULL ORDER BY answered_on, id")
    ).mappings()
    for row in rows:
        answer = RequestAnswer(
            id=row["id"],
            request_org_id=row["request_org_id"],
            request_id=row["request_id"],
            count=row["count"],
            message=row["message"],
            answered_on=as_date(row["answered_on"]) or dt.date.min,
            worker_id=row["worker_id"],
        )
        found[(answer.request_org_id, answer.request_id)] = answer
    return found


def request_board(store: Store, language: str | None = None) -> RequestBoard:
    """Our relayed requests with their answers, and the partners' requests with ours."""
    org_id = store.local("organisation_id") or ""
    dutch = (language or messages.current_language()) == "nl"
    answers = _answers_by_request(store)
    ours: list[OurRequest] = []
    with store.reading() as conn:
        rows = conn.execute(
            sa.text(
                "SELECT o.*, e.name AS employer_name, e.name_nl AS employer_name_nl "
                "FROM opportunity o JOIN employer e ON e.id = o.employer_id "
                "WHERE o.kind = :kind AND o.shared = 1 AND o.archived_at IS NULL"
            ),
            {"kind": PROFILE_REQUEST},
        ).mappings()
        for row in rows:
            ours.append(
                OurRequest(
                    id=row["id"],
                    title=row["title"],
                    employer_id=row["employer_id"],
                    employer_name=(dutch and row["employer_name_nl"]) or row["employer_name"],
                    positions=int(row["positions"] or 0),
                    status=row["status"],
                    start_date=as_date(row["start_date"]),
                    end_date=as_date(row["end_date"]),
                    languages=_texts(row["languages"]),
                    skills=_texts(row["required_skills"]),
                    qualification=row["qualification"],
                    answers=tuple(answers.get((org_id, row["id"]), ())),
                )
            )
        own = _own_answers(conn)
    ours.sort(key=lambda r: (r.status != "open", r.end_date or dt.date.max, r.title.casefold()))
    partners: list[PartnerRequest] = []
    wanted = [r for r in network_records(store, "opportunity") if r.get("kind") == PROFILE_REQUEST]
    employers: dict[tuple[str, str], str] = {}
    if wanted:
        employers = {
            (r["organisation_id"], r["id"]): str(
                (dutch and r.get("name_nl")) or r.get("name") or ""
            )
            for r in network_records(store)
        }
    for record in wanted:
        key = (record["organisation_id"], record["id"])
        mine = own.get(key)
        our_answer = (
            Answer(
                id=mine.id,
                organisation_id=org_id,
                organisation="",
                count=mine.count,
                message=mine.message,
                answered_on=mine.answered_on,
            )
            if mine is not None
            else None
        )
        others = [a for a in answers.get(key, ()) if a.organisation_id != org_id]
        partners.append(
            PartnerRequest(
                id=record["id"],
                organisation_id=record["organisation_id"],
                organisation=str(record["organisation"]),
                title=str(record.get("title") or ""),
                employer_name=employers.get(
                    (record["organisation_id"], str(record.get("employer_id")))
                )
                or None,
                positions=_count(record.get("positions")),
                status=str(record.get("status") or "open"),
                start_date=as_date(record.get("start_date")),
                end_date=as_date(record.get("end_date")),
                languages=_texts(record.get("languages")),
                skills=_texts(record.get("required_skills")),
                qualification=record.get("qualification") or None,
                our_answer=our_answer,
                gathered=sum(a.count for a in others) + (mine.count if mine else 0),
            )
        )
    partners.sort(key=lambda r: (not r.open, r.end_date or dt.date.max, r.title.casefold(), r.id))
    return RequestBoard(ours, partners, LocalState(store).configured("network"))


# -- writes ------------------------------------------------------------------------------------


def _profile_request(uow: UnitOfWork, ref: str) -> Opportunity:
    opportunity = uow.repo.find(Opportunity, ref, "opportunity")
    if opportunity.archived:
        raise ValidationError("opportunity", "archived", value=opportunity.title)
    if opportunity.kind != PROFILE_REQUEST:
        raise ValidationError("opportunity", "request_not_profile", value=opportunity.title)
    return opportunity


def relay(uow: UnitOfWork, ref: str) -> Opportunity:
    """Relay our request ``ref`` (id or unique id prefix) to the network (see the rules)."""
    opportunity = _profile_request(uow, ref)
    if opportunity.status != "open":
        raise ValidationError(
            "opportunity",
            "request_not_open",
            value=opportunity.title,
            status=messages.choice_label(opportunity.status),
        )
    employer = uow.repo.get(Employer, opportunity.employer_id)
    if employer is None or employer.do_not_share:
        raise ValidationError(
            "opportunity",
            "request_employer_private",
            employer=employer.name if employer else opportunity.employer_id,
        )
    if opportunity.shared:
        return opportunity
    return records.edit(uow, Opportunity, opportunity.id, {"shared": True})


def close(uow: UnitOfWork, ref: str, status: str) -> Opportunity:
    """Close our request ``ref`` as ``filled``, ``partly`` (partly filled) or ``expired``."""
    wanted = status.strip().lower()
    if wanted not in REQUEST_CLOSINGS:
        raise ValidationError(
            "status", "request_close_status", value=status, choices=", ".join(REQUEST_CLOSINGS)
        )
    opportunity = _profile_request(uow, ref)
    if opportunity.status == wanted:
        return opportunity
    return records.edit(uow, Opportunity, opportunity.id, {"status": wanted})


def find_partner_request(
    store: Store, ref: str, *, organisation_id: str | None = None
) -> dict[str, Any]:
    """The partner's request ``ref``: its id, or the start of it naming one request only (of
    ``organisation_id`` when given: two organisations may publish one id)."""
    ref = ref.strip()
    if not ref:
        raise ValidationError("request", "request_not_found", value=ref)
    found = [
        r
        for r in network_records(store, "opportunity")
        if r.get("kind") == PROFILE_REQUEST
        and r["id"].startswith(ref)
        and organisation_id in (None, r["organisation_id"])
    ]
    exact = [r for r in found if r["id"] == ref]
    if len(exact) == 1:
        return exact[0]
    if not found:
        raise ValidationError("request", "request_not_found", value=ref)
    if len(found) > 1:
        raise ValidationError("request", "request_ambiguous", value=ref, count=len(found))
    return found[0]


def _names_candidate(uow: UnitOfWork, message: str) -> str | None:
    """The code of one of our candidates that ``message`` quotes, else None."""
    words = {w.casefold() for w in re.findall(r"[\w-]+", message)}
    if not words:
        return None
    for (code,) in uow.connection.execute(sa.text("SELECT code FROM candidate")):
        if code and code.casefold() in words:
            return str(code)
    return None


def answer(
    uow: UnitOfWork,
    request: dict[str, Any],
    *,
    count: object,
    message: str | None = None,
    today: dt.date,
) -> RequestAnswer:
    """Answer the partner's ``request`` (a record of :func:`find_partner_request`): ``count``
    candidates can be proposed, with ``message``; our earlier answer to it is changed."""
    status = str(request.get("status") or "open")
    if status != "open":
        raise ValidationError(
            "request",
            "request_partner_closed",
            value=str(request.get("title") or request["id"]),
            organisation=str(request.get("organisation") or ""),
            status=messages.choice_label(status),
        )
    values = normalise(RequestAnswer, {"count": count, "message": message or ""})
    text = values.get("message")
    if isinstance(text, str):
        named = _names_candidate(uow, text)
        if named is not None:
            raise ValidationError("message", "request_names_candidate", candidate=named)
    key = (str(request["organisation_id"]), str(request["id"]))
    earlier = _own_answers(uow.connection).get(key)
    changes = {"count": values["count"], "message": values.get("message"), "answered_on": today}
    if earlier is not None:
        return records.edit(uow, RequestAnswer, earlier.id, changes)
    return records.create(
        uow,
        RequestAnswer,
        {
            **changes,
            "request_org_id": key[0],
            "request_id": key[1],
            "worker_id": uow.worker_id or None,
        },
    )
