"""Duplicate employers: find the pairs, merge ours, link a partner's, undo, "not the same".

The rules:

- **Candidates** (:func:`scan`): pairs of our live employers, and pairs of one of ours with a
  partner's record, that :mod:`pacte_desktop.domain.matching` finds the same employer (same BCE
  number; else names scoring :data:`~pacte_desktop.domain.matching.THRESHOLD` at the same
  postcode, or on the same street when the postcodes do not differ). Two partners' records are
  never a pair: neither is ours to decide. A pair someone judged "not the same", a pair already
  linked and a pair already merged are not listed again.
- **Merge** (:func:`merge`), two of ours only: the first employer is kept; field by field it
  keeps the value chosen (``keep``: field -> the id whose value wins), by default its own
  non-empty value, else the other's; "do not share" said of either stays said. The other's
  contacts, interactions, follow-ups, opportunities, placements and links move to the kept
  employer, the other is archived, and a merge record keeps what undo needs: each field
  changed with its value before and after, the ids of the records moved. All in the caller's
  unit of work, so all journalled and synced.
- **Records follow a merge**: one added to the merged employer on a workstation that had not
  received the merge yet moves to the kept employer when it reaches one that has it
  (:mod:`pacte_desktop.sync.merge_follow`, the organisation pass's last step: journalled, the
  same move from several workstations converging without a conflict). A new record for a
  merged employer is refused here (``services/records.py``), naming the kept one.
- **Undo** (:func:`undo`) of a merge, on any workstation once synced: the merged employer is
  restored, the records moved go back (those moved elsewhere since stay where they are), and
  each kept field the merge changed gets its value back unless someone changed it since (that
  later edit wins and is counted). The records that followed the merge go back too: undoing
  says "two employers", and what someone entered for the merged one belongs to it (the rule
  reads each record's journalled history, so every workstation decides alike, and one that
  receives a follower only after the undo sends it back at its next pass). Records added to
  the kept employer after the merge, or moved to it from a third one, stay.
- **A partner's record is never merged**: it belongs to its organisation, which alone writes it.
  "These are the same" for one of ours and a partner's record makes a link (:func:`link`);
  :func:`merge` given such a pair makes the link too, since that is what the person means and a
  link is undone like a merge. :func:`distinct` remembers "not the same" for either kind.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from rapidfuzz import fuzz, process

from pacte_desktop.domain import matching
from pacte_desktop.domain.entities import (
    ContactPerson,
    Employer,
    EmployerDistinct,
    EmployerLink,
    EmployerMerge,
    Entity,
    FollowUp,
    Interaction,
    Opportunity,
    Placement,
    build,
    editable_fields,
    specs,
)
from pacte_desktop.domain.errors import NotFoundError, ValidationError
from pacte_desktop.domain.progress import CancelToken, Progress
from pacte_desktop.services.employer_keys import Keys, own_keys, partner_keys
from pacte_desktop.store.database import Store
from pacte_desktop.store.repository import ID_LENGTH
from pacte_desktop.store.schema import TABLES, entity_to_row, from_db
from pacte_desktop.store.unit_of_work import UnitOfWork
from pacte_desktop.sync import membership, merge_follow

__all__ = [
    "CHILDREN",
    "COMPARED_FIELDS",
    "Linked",
    "MergeSummary",
    "Pair",
    "Side",
    "Undone",
    "candidate_pairs",
    "distinct",
    "link",
    "merge",
    "organisation_names",
    "past_merges",
    "scan",
    "undo",
]

#: The records that belong to an employer and move with a merge.
CHILDREN: tuple[type[Entity], ...] = (ContactPerson, Interaction, FollowUp, Opportunity, Placement)
#: The fields a pair shows side by side and a merge chooses between (the owner and the
#: "do not share" flag too: they are the kept record's, unless chosen).
COMPARED_FIELDS: tuple[str, ...] = tuple(editable_fields(Employer))


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


# -- candidates ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Side:
    """One employer of a pair: ``org_id`` None for ours, else the partner organisation's id
    (``organisation`` its name); ``values``: its fields (stored form; a partner's: what it
    published)."""

    id: str
    org_id: str | None
    organisation: str | None
    values: Mapping[str, Any]

    @property
    def own(self) -> bool:
        return self.org_id is None


@dataclass(frozen=True)
class Pair:
    """Two records found to be the same employer: ``score`` 0-100, ``reason`` ``"bce"`` (the
    same BCE number) or ``"name"`` (names alike at the same place), ``differing`` the compared
    fields whose values differ (a field empty on one side counts)."""

    first: Side
    second: Side
    score: int
    reason: str
    differing: tuple[str, ...]

    @property
    def partner(self) -> bool:
        """One of ours with a partner's record: a link, never a merge."""
        return not self.second.own


def _place_ok(a: Keys, b: Keys) -> bool:
    if a.postcode and a.postcode == b.postcode:
        return True
    if a.postcode and b.postcode:  # two postcodes that differ: the same street is elsewhere
        return False
    return bool(set(a.streets) & set(b.streets))


def _judge(a: Keys, b: Keys) -> tuple[int, str] | None:
    if a.bce_number and a.bce_number == b.bce_number:
        return 100, "bce"
    if a.bce_number and b.bce_number:  # two numbers that differ: two enterprises (or units)
        return None
    if not _place_ok(a, b):
        return None
    found = matching.score(a.names, b.names)
    return (found, "name") if found >= matching.THRESHOLD else None


def _decided(conn: sa.Connection) -> set[frozenset[str]]:
    """Pairs someone already decided about (not the same, linked, merged), as id sets (a
    partner's record as ``org/row``)."""
    found: set[frozenset[str]] = set()
    for a, b in conn.execute(
        sa.text("SELECT first_id, second_id FROM employer_distinct WHERE archived_at IS NULL")
    ):
        found.add(frozenset((a, b)))
    for a, org, row in conn.execute(
        sa.text(
            "SELECT employer_id, partner_org_id, partner_row_id FROM employer_link "
            "WHERE archived_at IS NULL"
        )
    ):
        found.add(frozenset((a, f"{org}/{row}")))
    return found


def candidate_pairs(
    records: list[Keys],
    *,
    is_own: Callable[[Keys], bool],
    node: Callable[[Keys], str],
    skip: set[frozenset[str]] | None = None,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
) -> list[tuple[int, int, int, str]]:
    """The pairs among ``records`` (indexes, score, reason) by the blocks of
    :func:`pacte_desktop.domain.matching.blocks`; pairs of two partners' records and the pairs
    of ``skip`` (node ids) are left out. The heart of :func:`scan`, and of bench/dedupe.py."""
    buckets: dict[tuple[str, ...], list[int]] = {}
    for index, record in enumerate(records):
        for block in matching.blocks(
            record.bce_number, record.names, record.postcode, record.streets
        ):
            buckets.setdefault(block, []).append(index)
    seen: set[tuple[int, int]] = set()
    found: list[tuple[int, int, int, str]] = []
    total = len(buckets)
    for done, (block, members) in enumerate(buckets.items()):
        if len(members) < 2:
            continue
        if block[0] != "bce" and len(members) > matching.MAX_BLOCK:
            members = _same_key(records, members)
        if cancel is not None and done % 1000 == 0:
            cancel.check()
        if progress is not None and done % 5000 == 0:
            progress(done, total)
        for left, right in _alike_in(records, members, every=block[0] == "bce"):
            if (left, right) in seen:
                continue
            seen.add((left, right))
            a, b = records[left], records[right]
            if not is_own(a) and not is_own(b):
                continue
            judged = _judge(a, b)
            if judged is None:
                continue
            if skip and frozenset((node(a), node(b))) in skip:
                continue
            found.append((left, right, *judged))
    if progress is not None:
        progress(total, total)
    return found


def _alike_in(records: list[Keys], members: list[int], *, every: bool) -> Iterator[tuple[int, int]]:
    """The pairs of a block worth judging (lower index first): all of them when ``every`` (a
    BCE number's block), else those with two names' keys alike enough, found by rapidfuzz's
    C loop (``process.extract`` with the threshold as cut-off) rather than one Python call per
    pair."""
    if every:
        ordered = sorted(members)
        for i, left in enumerate(ordered):
            for right in ordered[i + 1 :]:
                yield left, right
        return
    names = [(key, index) for index in members for key in records[index].names]
    keys = [key for key, _ in names]
    for position, (key, index) in enumerate(names):
        for _, _, offset in process.extract(
            key,
            keys[position + 1 :],
            scorer=fuzz.ratio,
            score_cutoff=matching.THRESHOLD,
            limit=None,
        ):
            other = names[position + 1 + offset][1]
            if other != index:
                yield (index, other) if index < other else (other, index)


def _same_key(records: list[Keys], members: list[int]) -> list[int]:
    """The members of a large block that share one of their keys with another member."""
    by_key: dict[str, list[int]] = {}
    for index in members:
        for key in records[index].names:
            by_key.setdefault(key, []).append(index)
    return sorted({i for group in by_key.values() if len(group) > 1 for i in group})


def _differing(a: Mapping[str, Any], b: Mapping[str, Any]) -> tuple[str, ...]:
    def shown(value: Any) -> Any:
        return None if value in (None, "", "[]", [], ()) else value

    return tuple(f for f in COMPARED_FIELDS if shown(a.get(f)) != shown(b.get(f)))


def _own_values(conn: sa.Connection, ids: list[str]) -> dict[str, dict[str, Any]]:
    table = TABLES["employer"]
    out: dict[str, dict[str, Any]] = {}
    for start in range(0, len(ids), 500):
        for row in conn.execute(
            sa.select(table).where(table.c.id.in_(ids[start : start + 500]))
        ).mappings():
            out[row["id"]] = dict(row)
    return out


def scan(
    store: Store,
    *,
    partners: bool = True,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
) -> list[Pair]:
    """The candidate pairs (see the module's rules), best score first, then by name.
    ``partners``: pair our employers with the partners' records too."""
    with store.reading() as conn:
        own = [k for k in own_keys(store, conn).values() if k.live]
        theirs = partner_keys(store, conn) if partners else []
        decided = _decided(conn)
        merged = {
            frozenset(r)
            for r in conn.execute(
                sa.text("SELECT kept_id, merged_id FROM employer_merge WHERE undone_at IS NULL")
            )
        }
        records: list[Keys] = [*own, *theirs]
        own_count = len(own)
        org_of = {id(r): r.org_id for r in theirs}
        found = candidate_pairs(
            records,
            is_own=lambda k: id(k) not in org_of,
            node=lambda k: k.id if id(k) not in org_of else f"{org_of[id(k)]}/{k.id}",
            skip=decided | merged,
            progress=progress,
            cancel=cancel,
        )
        values = _own_values(
            conn, sorted({records[i].id for p in found for i in p[:2] if i < own_count})
        )
        names = {o: n for o, (n, _) in membership.readable(store, conn).items()}

    def side(index: int) -> Side:
        record = records[index]
        if index < own_count:
            return Side(record.id, None, None, values.get(record.id, {}))
        org = org_of[id(record)]
        return Side(
            record.id, org, names.get(org, org), dict(theirs[index - own_count].values or {})
        )

    pairs = []
    for left, right, score, reason in found:
        if left >= own_count:  # ours first
            left, right = right, left
        first, second = side(left), side(right)
        pairs.append(Pair(first, second, score, reason, _differing(first.values, second.values)))
    pairs.sort(key=lambda p: (-p.score, str(p.first.values.get("name", "")).casefold(), p.first.id))
    return pairs


# -- partner records --------------------------------------------------------------------------


def _partner(conn: sa.Connection, ref: str) -> tuple[str, str] | None:
    """The (organisation, row) of the partner's employer record ``ref`` names (its id, an id
    prefix of 6 characters or more, or ``ORG/ID``), or None when none has it."""
    ref = ref.strip()
    org = None
    if "/" in ref:
        org, ref = ref.split("/", 1)
    if not 0 < len(ref) <= ID_LENGTH:
        return None
    query = "SELECT org_id, row_id FROM network_record WHERE table_name = 'employer' AND "
    params: dict[str, str] = {"r": ref}
    if org is not None:
        query += "org_id = :o AND "
        params["o"] = org
    rows = list(conn.execute(sa.text(query + "row_id = :r"), params))
    if not rows and len(ref) >= 6:
        params["r"] = ref.replace("%", "").replace("_", "") + "%"
        rows = list(conn.execute(sa.text(query + "row_id LIKE :r LIMIT 2"), params))
    if len(rows) > 1:
        raise NotFoundError("employer", "ambiguous", value=ref)
    return (rows[0][0], rows[0][1]) if rows else None


def _own_or_partner(uow: UnitOfWork, ref: str) -> Employer | tuple[str, str]:
    try:
        return uow.repo.require(Employer, ref, "employer")
    except NotFoundError as exc:
        if exc.code != "not_found":
            raise
        found = _partner(uow.connection, ref)
        if found is None:
            raise
        return found


@dataclass(frozen=True)
class Linked:
    """What :func:`merge` did with one of ours and a partner's record: a link."""

    link: EmployerLink


def link(uow: UnitOfWork, employer: str, partner_record: str) -> EmployerLink:
    """Say that our ``employer`` is the same employer as a partner's record (its id, an id
    prefix, or ``ORG/ID``). Returns the link (an existing one if it was said already)."""
    return _link(uow, employer, partner_record, distinct=False)


def _link(uow: UnitOfWork, employer: str, partner_record: str, *, distinct: bool) -> EmployerLink:
    own = uow.repo.require(Employer, employer, "employer")
    found = _partner(uow.connection, partner_record)
    if found is None:
        raise NotFoundError("employer", "not_found", value=partner_record)
    org_id, row_id = found
    for current in uow.repo.list(EmployerLink, employer_id=own.id):
        assert isinstance(current, EmployerLink)
        if (current.partner_org_id, current.partner_row_id) != found:
            continue
        if current.not_same == distinct:
            return current
        uow.update(EmployerLink, current.id, {"archived_at": _now()}, op="archive")
    values = {
        "employer_id": own.id,
        "partner_org_id": org_id,
        "partner_row_id": row_id,
        "not_same": distinct,
    }
    return uow.insert(build(EmployerLink, values))  # type: ignore[return-value]


def distinct(uow: UnitOfWork, first: str, second: str) -> Entity:
    """Remember that two records are not the same employer (two of ours, or one of ours and a
    partner's record): the scan no longer pairs them. Returns the record of that decision."""
    a = _own_or_partner(uow, first)
    b = _own_or_partner(uow, second)
    if not isinstance(a, Employer):
        a, b = b, a
    if not isinstance(a, Employer):
        raise ValidationError("employer", "dedupe_two_partners")
    if not isinstance(b, Employer):
        return _link(uow, a.id, f"{b[0]}/{b[1]}", distinct=True)
    if a.id == b.id:
        raise ValidationError("employer", "dedupe_same_record", value=a.id)
    ids = sorted((a.id, b.id))
    for current in uow.repo.list(EmployerDistinct, first_id=ids[0], second_id=ids[1]):
        return current
    return uow.insert(build(EmployerDistinct, {"first_id": ids[0], "second_id": ids[1]}))


# -- merge and undo ---------------------------------------------------------------------------


def merge(
    uow: UnitOfWork, first: str, second: str, keep: Mapping[str, str] | None = None
) -> EmployerMerge | Linked:
    """Merge our employer ``second`` into our employer ``first`` (ids or id prefixes), keeping
    per field the value of the id ``keep`` names (default: the first's non-empty value, else
    the second's). Given one of ours and a partner's record, links them instead. Returns the
    merge record (its id undoes it) or the link."""
    a = _own_or_partner(uow, first)
    b = _own_or_partner(uow, second)
    if not isinstance(a, Employer) and not isinstance(b, Employer):
        raise ValidationError("employer", "dedupe_two_partners")
    if not isinstance(a, Employer) or not isinstance(b, Employer):
        if keep:
            raise ValidationError("keep", "dedupe_keep_partner")
        own, other = (a, b) if isinstance(a, Employer) else (b, a)
        assert isinstance(own, Employer) and isinstance(other, tuple)
        return Linked(link(uow, own.id, f"{other[0]}/{other[1]}"))
    if a.id == b.id:
        raise ValidationError("employer", "dedupe_same_record", value=a.id)
    for record in (a, b):
        if record.archived:
            raise ValidationError("employer", "archived", value=record.name)
    chosen = _choices(a, b, keep or {})
    kept_row = entity_to_row(a)
    values = {name: getattr(a, name) for name in specs(Employer)}
    for name, side in chosen.items():
        values[name] = getattr(b if side == b.id else a, name)
    build(Employer, values)  # the kept record as it will be: checked before anything is written
    changes = {n: v for n, v in values.items() if n in COMPARED_FIELDS and v != getattr(a, n)}
    moved: dict[str, list[str]] = {}
    moving: tuple[type[Entity], ...] = (*CHILDREN, EmployerLink)
    for cls in moving:
        ids = [r.id for r in uow.repo.list(cls, include_archived=True, employer_id=b.id)]
        if ids:
            moved[cls.TABLE] = ids
    # The merged employer leaves first: its BCE number may then move to the kept one.
    uow.update(Employer, b.id, {"archived_at": _now()}, op="archive")
    _, written = uow.update(Employer, a.id, changes)
    after = entity_to_row(uow.repo.require(Employer, a.id))
    by_table = {cls.TABLE: cls for cls in moving}
    for table, ids in moved.items():
        for record_id in ids:
            uow.update(by_table[table], record_id, {"employer_id": a.id})
    before = {name: [kept_row[name], after[name]] for name in written}
    made = build(
        EmployerMerge,
        {
            "kept_id": a.id,
            "merged_id": b.id,
            "merged_at": _now(),
            "before": json.dumps(before, ensure_ascii=False, sort_keys=True),
            "moved": json.dumps(moved, sort_keys=True),
        },
    )
    return uow.insert(made)  # type: ignore[return-value]


def _choices(a: Employer, b: Employer, keep: Mapping[str, str]) -> dict[str, str]:
    """Field -> the id whose value the merged record keeps."""
    chosen: dict[str, str] = {}
    for name, ref in keep.items():
        if name not in COMPARED_FIELDS:
            raise ValidationError("keep", "unknown_field", value=name)
        ref = ref.strip()
        matches = [r.id for r in (a, b) if ref and r.id.startswith(ref) and len(ref) >= 6]
        matches = [r.id for r in (a, b) if r.id == ref] or matches
        if len(matches) != 1:
            raise ValidationError("keep", "dedupe_keep_side", value=f"{name}={ref}")
        chosen[name] = matches[0]
    if "do_not_share" not in chosen and b.do_not_share and not a.do_not_share:
        chosen["do_not_share"] = b.id  # "do not share" said of either stays said
    for name in COMPARED_FIELDS:
        if name not in chosen:
            empty = getattr(a, name) in (None, "", ())
            chosen[name] = b.id if empty and getattr(b, name) not in (None, "", ()) else a.id
    return chosen


@dataclass(frozen=True)
class Undone:
    """What :func:`undo` did: the decision undone (a merge or a link); for a merge, the
    records moved back and the kept fields left as someone changed them since."""

    record: Entity
    moved_back: int = 0
    kept_later_edits: tuple[str, ...] = ()


def undo(uow: UnitOfWork, ref: str) -> Undone:
    """Undo a merge, a link or a "not the same" (its id or an id prefix), on any workstation."""
    for cls in (EmployerMerge, EmployerLink, EmployerDistinct):
        try:
            found = uow.repo.require(cls, ref, "merge")
        except NotFoundError as exc:
            if exc.code != "not_found":
                raise
            continue
        if not isinstance(found, EmployerMerge):
            if found.archived:
                raise ValidationError("merge", "dedupe_already_undone", value=found.id)
            uow.update(cls, found.id, {"archived_at": _now()}, op="archive")
            return Undone(found)
        return _undo_merge(uow, found)
    raise NotFoundError("merge", "not_found", value=ref)


def _undo_merge(uow: UnitOfWork, record: EmployerMerge) -> Undone:
    if record.undone_at:
        raise ValidationError("merge", "dedupe_already_undone", value=record.id)
    kept = uow.repo.get(Employer, record.kept_id)
    merged = uow.repo.get(Employer, record.merged_id)
    if kept is None or merged is None:  # deleted for good since: nothing to put back
        raise ValidationError("merge", "dedupe_record_gone", value=record.id)
    before: dict[str, list[Any]] = json.loads(record.before or "{}")
    moved: dict[str, list[str]] = json.loads(record.moved or "{}")
    moving: tuple[type[Entity], ...] = (*CHILDREN, EmployerLink)
    by_table = {cls.TABLE: cls for cls in moving}
    back = 0
    for table, ids in moved.items():
        cls = by_table[table]
        for record_id in ids:
            child = uow.repo.get(cls, record_id)
            if child is not None and getattr(child, "employer_id", None) == kept.id:
                uow.update(cls, record_id, {"employer_id": merged.id})
                back += 1
    now = entity_to_row(kept)
    restore: dict[str, Any] = {}
    later: list[str] = []
    field_specs = specs(Employer)
    for name, (old, new) in sorted(before.items()):
        if name not in field_specs:
            continue
        if now[name] == new:
            restore[name] = from_db(field_specs[name], old)
        else:
            later.append(name)
    if restore:
        uow.update(Employer, kept.id, restore)
    if merged.archived:
        uow.update(Employer, merged.id, {"archived_at": None}, op="restore")
    uow.update(EmployerMerge, record.id, {"undone_at": _now()})
    # The records that followed the merge since (added to the merged employer elsewhere, then
    # moved by sync/merge_follow.py) go back too, as the merge's own moves did.
    back += merge_follow.follow(uow)
    return Undone(record, back, tuple(later))


@dataclass(frozen=True)
class MergeSummary:
    """A past merge for the list the review screen shows: the merge id, both employers' ids
    and names, when it was made and undone."""

    id: str
    kept_id: str
    kept_name: str
    merged_id: str
    merged_name: str
    merged_at: str
    undone_at: str | None


def organisation_names(store: Store) -> dict[str, str]:
    """The network's organisations this workstation reads, by id: their names."""
    return {o: n for o, (n, _) in membership.readable(store).items()}


def past_merges(store: Store, *, limit: int = 200) -> list[MergeSummary]:
    """The merges made in this organisation, newest first (undone ones too, marked)."""
    with store.reading() as conn:
        rows = conn.execute(
            sa.text(
                "SELECT m.id, m.kept_id, k.name, m.merged_id, g.name, m.merged_at, m.undone_at "
                "FROM employer_merge AS m LEFT JOIN employer AS k ON k.id = m.kept_id "
                "LEFT JOIN employer AS g ON g.id = m.merged_id "
                "WHERE m.archived_at IS NULL ORDER BY m.merged_at DESC, m.id DESC LIMIT :n"
            ),
            {"n": limit},
        ).all()
    return [MergeSummary(r[0], r[1], r[2] or r[1], r[3], r[4] or r[3], r[5], r[6]) for r in rows]
