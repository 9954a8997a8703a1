"""What the employer record shows, read in one go per list: the fiche, its people, its history.

The rule: each function takes a read connection first and returns plain values (frozen
dataclasses, dicts of display values), so the interface runs it off the GUI thread
(``AppContext.fetch``) and never holds a connection. The employer record asks for the fiche
before it opens (:func:`fiche`, which refuses an employer that does not exist), then for the
header card's facts that are not on the fiche (:func:`card`: who owns it, the next follow-up)
and for each list once it is on screen; whatever changes elsewhere is asked for again.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from pacte_desktop.domain.entities import ContactPerson, Employer, FollowUp, Interaction, Worker
from pacte_desktop.domain.errors import NotFoundError
from pacte_desktop.services import listings
from pacte_desktop.store.database import Store
from pacte_desktop.store.repository import Repository
from pacte_desktop.sync.state import LocalState


@dataclass(frozen=True)
class Fiche:
    """An employer as stored (None for a new one), and who may own it.

    ``owners`` are the active workers by name, plus the employer's own owner when they have
    left, so that opening and saving the fiche never loses who held it.
    """

    employer: Employer | None
    owners: tuple[Worker, ...]


def fiche(conn: sa.Connection, employer_id: str | None) -> Fiche:
    """The employer ``employer_id`` (or a unique id prefix; NotFoundError when none), or the
    choices of a new employer's fiche when ``employer_id`` is None."""
    repo = Repository(conn)
    employer = repo.require(Employer, employer_id) if employer_id is not None else None
    return Fiche(employer, tuple(owners(conn, employer.owner_id if employer else None)))


@dataclass(frozen=True)
class Card:
    """What the header card of an employer shows beside the fiche's own fields.

    ``owner`` is the name of the worker who holds the employer ("" when nobody does);
    ``next_follow_up`` the open follow-up due first (whoever it is for, the overdue ones
    included), with ``follow_up_worker`` the name of the worker it is for.
    """

    owner: str
    next_follow_up: FollowUp | None
    follow_up_worker: str


def card(conn: sa.Connection, employer_id: str) -> Card:
    """The header card's facts of the employer ``employer_id`` (a gone employer has none)."""
    repo = Repository(conn)
    names = repo.worker_names()
    found = repo.get(Employer, employer_id)
    owner = names.get(found.owner_id or "", "") if found is not None else ""
    due = repo.list(FollowUp, employer_id=employer_id, status="open", order_by="due_date", limit=1)
    follow_up = due[0] if due else None
    return Card(owner, follow_up, names.get(follow_up.worker_id, "") if follow_up else "")


def employer(conn: sa.Connection, employer_id: str) -> Employer | None:
    """The employer as stored now (archived or not), or None when it is gone."""
    return Repository(conn).get(Employer, employer_id)


def owners(conn: sa.Connection, current: str | None = None) -> list[Worker]:
    """Active workers by name, plus ``current`` (an owner who left) when it is not one of them."""
    repo = Repository(conn)
    found = repo.list(Worker, status="active", order_by="name")
    if current and all(w.id != current for w in found):
        left = repo.get(Worker, current)
        if left is not None:
            found.append(left)
    return found


def contact(conn: sa.Connection, contact_id: str) -> ContactPerson | None:
    return Repository(conn).get(ContactPerson, contact_id)


def contacts(conn: sa.Connection, employer_id: str) -> list[dict[str, Any]]:
    """The employer's contact persons by name, one dict of field values each."""
    found = Repository(conn).list(ContactPerson, employer_id=employer_id, order_by="name")
    return [dataclasses.asdict(c) for c in found]


def timeline(conn: sa.Connection, employer_id: str) -> list[dict[str, Any]]:
    """The démarches noted with the employer, newest first, each with its worker's name.

    Within a day the later id (UUIDv7: the later creation) comes first.
    """
    repo = Repository(conn)
    found = repo.list(Interaction, employer_id=employer_id, order_by="date")
    names = repo.worker_names()
    found.sort(key=lambda i: (i.date, i.id), reverse=True)
    rows = []
    for interaction in found:
        row = dataclasses.asdict(interaction)
        row["worker"] = names.get(interaction.worker_id, "")
        rows.append(row)
    return rows


def related(
    conn: sa.Connection, employer_id: str, table: str, sort: str = "start_date"
) -> list[dict[str, Any]]:
    """The employer's records of ``table`` (opportunities, placements) as the lists show them,
    latest ``sort`` first."""
    listing = listings.Listing(filters={"employer_id": employer_id}, sort=sort, descending=True)
    found = listings.ids(conn, table, listing)
    by_id = listings.rows(conn, table, found)
    return [by_id[i] for i in found if i in by_id]


def history(conn: sa.Connection, employer_id: str) -> tuple[list[dict[str, Any]], dict[str, str]]:
    """The journal of the employer (oldest first) and the names of the workers, by id."""
    repo = Repository(conn)
    return repo.history(employer_id), repo.worker_names()


def partners(store: Store, employer_id: str) -> list[dict[str, Any]]:
    """Which partner organisations know this employer, with their latest contact: as the
    Network view groups them (``services/network_groups.py``: the same BCE number, the same
    name at the same postcode, or a link a person made in the duplicates review); nothing when
    this workstation has joined no network, or the employer is gone.

    It takes the store, not a connection: the network's records are kept by the sync state.
    """
    if not LocalState(store).configured("network"):
        return []
    from pacte_desktop.services.network_groups import known_by  # the matching, when needed

    try:
        knowers = known_by(store, employer_id)
    except NotFoundError:
        return []
    return [
        {
            "organisation": k.organisation,
            "organisation_id": k.organisation_id,
            "employer_id": k.employer_id,
            "latest_contact": k.latest_contact,
            "linked": k.linked,
        }
        for k in knowers
    ]
