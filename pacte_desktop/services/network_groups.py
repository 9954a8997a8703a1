"""One employer known by several organisations is one entry: the partners' employers grouped.

The rule. Two partners' records are the same employer when they have the same BCE number, or
the same name key (:func:`pacte_desktop.domain.matching.name_key`, French or Dutch name) and
the same postcode; the relation is closed transitively (A like B, B like C: one employer). One
of our employers joins a group when a link says it is the same employer as one of the group's
records (``employer_link``, made by a person: see services/dedupe.py), or when it has the
group's BCE number or a record's name key and postcode — unless a person said it is not that
record (a link marked ``not_same``). An employer of ours joining two groups makes them one.

No fuzzy comparison happens here: the fuzzy candidates are the duplicates review's business,
and a person's link brings its decision. Keys are precomputed (services/employer_keys.py), so
:func:`partner_counts` over a directory of 100,000 employers is a few dictionary look-ups per
record.

- :func:`network_employers`: the Network view's employers, one entry per employer, with every
  organisation that knows it (us included) and each one's latest contact;
- :func:`known_by`: the partners that know one of our employers (``pacte network knows``);
- :func:`partner_counts`: our employer id -> how many partner organisations know it (the
  directory's "also known by 2 partners").

All read the store: the interface runs them off the GUI thread.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa

from pacte_desktop.domain.errors import NotFoundError
from pacte_desktop.services.employer_keys import (
    Keys,
    PartnerKeys,
    latest_contacts,
    own_keys,
    partner_keys,
)
from pacte_desktop.store.database import Store
from pacte_desktop.store.repository import ID_LENGTH
from pacte_desktop.sync import membership
from pacte_desktop.sync.state import LocalState

__all__ = [
    "Knower",
    "NetworkEmployer",
    "NetworkEmployers",
    "known_by",
    "network_employers",
    "partner_counts",
]


@dataclass(frozen=True)
class Knower:
    """One organisation that knows an employer: its id and name, its record's id there, the
    date of its latest contact (ISO text, None when it published none). ``own``: it is us (the
    record is one of our employers); ``linked``: a person of ours said this record is the same
    employer as ours (rather than the keys finding it)."""

    organisation_id: str
    organisation: str
    employer_id: str
    latest_contact: str | None
    own: bool = False
    linked: bool = False


@dataclass(frozen=True)
class NetworkEmployer:
    """One employer as the network knows it. ``name``, ``bce_number``, ``postcode`` and
    ``commune`` come from our record when we know it, else from the partner record contacted
    last; ``own_ids``: our employers in the group; ``knowers``: every organisation knowing it,
    one entry per organisation (ours first, then by name); ``records``: the partner records
    (their published values, with ``organisation_id`` and ``organisation``)."""

    key: str
    name: str
    bce_number: str | None
    postcode: str | None
    commune: str | None
    own_ids: tuple[str, ...]
    knowers: tuple[Knower, ...]
    records: tuple[dict[str, Any], ...] = field(default=())

    @property
    def partner_count(self) -> int:
        """How many partner organisations (not us) know it."""
        return sum(1 for k in self.knowers if not k.own)


@dataclass(frozen=True)
class NetworkEmployers:
    """The grouped partners' employers; ``joined``: this workstation is in a network."""

    employers: list[NetworkEmployer]
    joined: bool


class _Groups:
    """Union-find over partner records (``(org, row)``) and our employers (``("", id)``)."""

    def __init__(self) -> None:
        self.parent: dict[tuple[str, str], tuple[str, str]] = {}

    def find(self, node: tuple[str, str]) -> tuple[str, str]:
        parent = self.parent.setdefault(node, node)
        while parent != node:
            grand = self.parent[parent]
            self.parent[node] = grand
            node, parent = parent, grand
        return node

    def union(self, a: tuple[str, str], b: tuple[str, str]) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


@dataclass
class _Graph:
    groups: _Groups
    partners: dict[tuple[str, str], PartnerKeys]
    own: dict[str, Keys]
    #: our employer id -> the partner records a person linked it to
    linked: dict[str, set[tuple[str, str]]]


def _links(conn: sa.Connection) -> tuple[dict[str, set[tuple[str, str]]], set[tuple[str, ...]]]:
    linked: dict[str, set[tuple[str, str]]] = defaultdict(set)
    distinct: set[tuple[str, ...]] = set()
    for employer_id, org_id, row_id, is_distinct in conn.execute(
        sa.text(
            "SELECT employer_id, partner_org_id, partner_row_id, not_same FROM employer_link "
            "WHERE archived_at IS NULL"
        )
    ):
        if is_distinct:
            distinct.add((employer_id, org_id, row_id))
        else:
            linked[employer_id].add((org_id, row_id))
    return linked, distinct


def _graph(store: Store, conn: sa.Connection, *, own_ids: Iterable[str] | None = None) -> _Graph:
    """Group the partner records, then attach our employers (all, or ``own_ids``)."""
    groups = _Groups()
    partners = {(p.org_id, p.id): p for p in partner_keys(store, conn)}
    by_bce: dict[str, tuple[str, str]] = {}
    by_name: dict[tuple[str, str], tuple[str, str]] = {}
    for node, record in partners.items():
        groups.find(node)
        if record.bce_number:
            groups.union(node, by_bce.setdefault(record.bce_number, node))
        if record.postcode:
            for name in record.names:
                groups.union(node, by_name.setdefault((name, record.postcode), node))
    everything = own_keys(store, conn)
    wanted = everything.keys() if own_ids is None else [i for i in own_ids if i in everything]
    own = {i: everything[i] for i in wanted if everything[i].live}
    linked, distinct = _links(conn)
    for employer_id, keys in own.items():
        node = ("", employer_id)
        found: list[tuple[str, str]] = [r for r in linked.get(employer_id, ()) if r in partners]
        if keys.bce_number and keys.bce_number in by_bce:
            found.append(by_bce[keys.bce_number])
        if keys.postcode:
            found += [
                by_name[(n, keys.postcode)] for n in keys.names if (n, keys.postcode) in by_name
            ]
        found = [r for r in found if (employer_id, *r) not in distinct]
        for target in found:
            groups.union(node, target)
    return _Graph(groups, partners, own, linked)


def _knowers(
    graph: _Graph,
    members: list[tuple[str, str]],
    contacts: dict[tuple[str, str], str | None],
    names: dict[str, str],
    us: tuple[str, str],
    own_latest: dict[str, str | None],
) -> list[Knower]:
    by_org: dict[str, Knower] = {}
    for org_id, row_id in members:
        if not org_id:
            knower = Knower(us[0], us[1], row_id, own_latest.get(row_id), own=True)
        else:
            linked = any((org_id, row_id) in graph.linked.get(i, ()) for o, i in members if not o)
            knower = Knower(
                org_id,
                names.get(org_id, org_id),
                row_id,
                contacts.get((org_id, row_id)),
                linked=linked,
            )
        key = us[0] if knower.own else org_id
        held = by_org.get(key)
        if held is None or (knower.latest_contact or "") > (held.latest_contact or ""):
            by_org[key] = knower
    return sorted(by_org.values(), key=lambda k: (not k.own, k.organisation.casefold()))


def _own_latest(conn: sa.Connection, ids: Iterable[str]) -> dict[str, str | None]:
    wanted = list(ids)
    found: dict[str, str | None] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        marks = ", ".join(f":i{n}" for n in range(len(chunk)))
        for employer_id, latest in conn.execute(
            sa.text(
                "SELECT employer_id, max(date) FROM interaction WHERE archived_at IS NULL "
                f"AND employer_id IN ({marks}) GROUP BY employer_id"
            ),
            {f"i{n}": v for n, v in enumerate(chunk)},
        ):
            found[employer_id] = latest
    return found


def _us(store: Store, conn: sa.Connection) -> tuple[str, str]:
    org_id = store.local("organisation_id", conn=conn) or ""
    name = conn.execute(
        sa.text("SELECT name FROM organisation WHERE id = :id"), {"id": org_id}
    ).scalar()
    return org_id, str(name or org_id)


def _entries(store: Store, conn: sa.Connection, graph: _Graph) -> list[NetworkEmployer]:
    members: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
    for node in graph.partners:
        members[graph.groups.find(node)].append(node)
    attached = [("", i) for i in graph.own if graph.groups.find(("", i)) in members]
    for node in attached:
        members[graph.groups.find(node)].append(node)
    contacts = latest_contacts(conn)
    names = {org: name for org, (name, _) in membership.readable(store, conn).items()}
    us = _us(store, conn)
    own_latest = _own_latest(conn, (i for _, i in attached))
    own_rows = {
        row[0]: row
        for start in range(0, len(attached), 500)
        for row in conn.execute(
            sa.text(
                "SELECT id, name, bce_number, postcode, commune FROM employer WHERE id IN ("
                + ", ".join(f":i{n}" for n in range(len(attached[start : start + 500])))
                + ")"
            ),
            {f"i{n}": i for n, (_, i) in enumerate(attached[start : start + 500])},
        )
    }
    out = []
    for root, nodes in members.items():
        nodes.sort()
        knowers = _knowers(graph, nodes, contacts, names, us, own_latest)
        own_ids = tuple(i for o, i in nodes if not o)
        records = [graph.partners[n] for n in nodes if n[0]]
        if own_ids and own_ids[0] in own_rows:
            _, name, bce_number, postcode, commune = own_rows[own_ids[0]]
        else:
            latest = max(records, key=lambda r: (contacts.get((r.org_id, r.id)) or "", r.org_id))
            values = latest.values or {}
            name, bce_number = str(values.get("name") or ""), values.get("bce_number")
            postcode, commune = values.get("postcode"), values.get("commune")
        out.append(
            NetworkEmployer(
                key=f"{root[0]}/{root[1]}",
                name=str(name),
                bce_number=bce_number,
                postcode=postcode,
                commune=commune,
                own_ids=own_ids,
                knowers=tuple(knowers),
                records=tuple(
                    {
                        **(r.values or {}),
                        "id": r.id,
                        "organisation_id": r.org_id,
                        "organisation": names.get(r.org_id, r.org_id),
                        "latest_contact": contacts.get((r.org_id, r.id)),
                    }
                    for r in records
                ),
            )
        )
    return sorted(out, key=lambda e: (e.name.casefold(), e.key))


def network_employers(store: Store) -> NetworkEmployers:
    """The partners' employers grouped: one entry per employer, with every organisation that
    knows it (us too, when one of our employers is in the group) and each one's latest
    contact; sorted by name."""
    with store.reading() as conn:
        graph = _graph(store, conn)
        employers = _entries(store, conn, graph)
    return NetworkEmployers(employers, LocalState(store).configured("network"))


def known_by(store: Store, employer_id: str) -> list[Knower]:
    """The partner organisations that know our employer ``employer_id`` (its id or an id
    prefix of 6 characters or more), one entry each with its latest contact, by name.
    NotFoundError when no employer of ours has that id."""
    with store.reading() as conn:
        ref = employer_id.strip()
        rows: list[Any] = []
        if 0 < len(ref) <= ID_LENGTH:
            rows = list(
                conn.execute(sa.text("SELECT id FROM employer WHERE id = :id"), {"id": ref})
            )
            if not rows and len(ref) >= 6:
                rows = list(
                    conn.execute(
                        sa.text("SELECT id FROM employer WHERE id LIKE :p LIMIT 2"),
                        {"p": ref.replace("%", "").replace("_", "") + "%"},
                    )
                )
        if not rows:
            raise NotFoundError("employer", "not_found", value=ref)
        if len(rows) > 1:
            raise NotFoundError("employer", "ambiguous", value=ref)
        found = rows[0][0]
        graph = _graph(store, conn, own_ids=[found])
        if ("", found) not in graph.groups.parent:
            return []
        root = graph.groups.find(("", found))
        members = [n for n in graph.partners if graph.groups.find(n) == root]
        if not members:
            return []
        names = {org: name for org, (name, _) in membership.readable(store, conn).items()}
        knowers = _knowers(
            graph, [("", found), *members], latest_contacts(conn), names, _us(store, conn), {}
        )
    return [k for k in knowers if not k.own]


def partner_counts(store: Store) -> dict[str, int]:
    """Our employer id -> the number of partner organisations that know it (only those known
    by at least one). Cheap enough for every refresh of the directory: keys are precomputed."""
    with store.reading() as conn:
        graph = _graph(store, conn)
    orgs: dict[tuple[str, str], set[str]] = defaultdict(set)
    for org_id, row_id in graph.partners:
        orgs[graph.groups.find((org_id, row_id))].add(org_id)
    counts = {}
    for employer_id in graph.own:
        node = ("", employer_id)
        if node in graph.groups.parent:
            known = orgs.get(graph.groups.find(node))
            if known:
                counts[employer_id] = len(known)
    return counts
