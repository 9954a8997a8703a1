"""Records follow a merge of duplicate employers, on every workstation of the organisation.

A merge (``services/dedupe.py``) moves the records of the merged employer that its workstation
holds. A record added to the merged employer on a workstation that had not received the merge
yet (offline, or simply before its next pass) arrives later: without this step it would stay on
the archived employer and the employer's history would be split in two. The rules, applied by
:func:`follow` at the end of each organisation pass that received something, and by the undo of
a merge in its own unit of work:

1. **Which merge counts.** Of the merge records of one pair of employers, the newest (by the
   stamp of its journalled insert) decides: a pair merged, undone and merged again is merged.
   A merge is *in force* when that record is not undone.
2. **Follow.** A contact person, interaction, follow-up, opportunity, placement or partner link
   whose employer is the merged employer of a merge in force moves to its kept employer (one
   step: a kept employer merged in turn into a third one is followed at the next round, so
   every step leaves its trace in the journal). Merges that form a cycle (two workstations
   merging the same pair each way, both received) move nothing: a person decides, by undoing
   one of them.
3. **Back on undo.** A record on the kept employer of an undone merge goes back to the merged
   employer when the last employer it had before the kept one was the merged one, and it
   came to the kept one at or after the merge (the merge's archiving of the merged employer):
   the records the merge moved and those that followed it. Undoing says "these are two
   employers": what someone put on the merged one returns to it. A record someone put on the
   kept employer, or moved there from a third one, or moved there before the merge, stays.
4. **Journalled.** Each move is an ordinary journalled edit of ``employer_id``, so sync carries
   it. Several workstations making the same move write the same value: the merge rule of
   ``sync/merge.py`` lists no conflict for equal values, and each workstation's writes have the
   record's history it knew as base, so the journals and the tables converge. The moves are a
   function of the replicated rows and the journal, the same on every workstation.
"""

from __future__ import annotations

import json
import logging
from collections import defaultdict
from dataclasses import dataclass

import sqlalchemy as sa

from pacte_desktop.domain.entities import (
    ContactPerson,
    EmployerLink,
    Entity,
    FollowUp,
    Interaction,
    Opportunity,
    Placement,
)
from pacte_desktop.domain.errors import PacteError
from pacte_desktop.store.database import Store
from pacte_desktop.store.unit_of_work import UnitOfWork

log = logging.getLogger(__name__)

#: The records that belong to an employer: a merge moves them, and they follow it.
FOLLOWING: tuple[type[Entity], ...] = (
    ContactPerson,
    Interaction,
    FollowUp,
    Opportunity,
    Placement,
    EmployerLink,
)
#: Rounds of moves in one call at most (a chain of merges takes one round per link).
MAX_ROUNDS = 8


@dataclass(frozen=True)
class _Merge:
    id: str
    kept: str
    merged: str
    undone: bool
    made: str  # the stamp of the merge record's insert
    start: str  # the stamp of the merge's archiving of the merged employer (else ``made``)


def _merges(conn: sa.Connection) -> list[_Merge]:
    """The deciding merge of each pair (rule 1)."""
    rows = conn.execute(
        sa.text(
            "SELECT m.id, m.kept_id, m.merged_id, m.undone_at, "
            "(SELECT min(j.hlc) FROM journal AS j WHERE j.row_id = m.id) "
            "FROM employer_merge AS m WHERE m.archived_at IS NULL"
        )
    ).all()
    newest: dict[frozenset[str], tuple[str, str, str, str, bool]] = {}
    for merge_id, kept, merged, undone_at, made in rows:
        if not made or kept == merged:
            continue
        pair = frozenset((kept, merged))
        current = newest.get(pair)
        if current is None or (made, merge_id) > (current[0], current[1]):
            newest[pair] = (made, merge_id, kept, merged, undone_at is not None)
    found = []
    for made, merge_id, kept, merged, undone in newest.values():
        start = conn.execute(
            sa.text(
                "SELECT max(hlc) FROM journal WHERE row_id = :m AND op = 'archive' AND hlc <= :h"
            ),
            {"m": merged, "h": made},
        ).scalar_one_or_none()
        found.append(_Merge(merge_id, kept, merged, undone, made, start or made))
    return found


def _existing(conn: sa.Connection, ids: set[str]) -> set[str]:
    if not ids:
        return set()
    table = sa.table("employer", sa.column("id"))
    return set(conn.execute(sa.select(table.c.id).where(table.c.id.in_(sorted(ids)))).scalars())


def _steps(merges: list[_Merge], existing: set[str]) -> dict[str, str]:
    """Merged employer -> kept employer, for the merges in force (rule 2), cycles left out."""
    step = {m.merged: m.kept for m in merges if not m.undone and m.kept in existing}
    on_cycle = set()
    for start in step:
        at = step[start]
        for _ in range(len(step)):
            if at == start:
                on_cycle.add(start)
                break
            if at not in step:
                break
            at = step[at]
    return {merged: kept for merged, kept in step.items() if merged not in on_cycle}


def _children(conn: sa.Connection, table: str, employers: set[str]) -> list[tuple[str, str]]:
    """(id, employer id) of ``table``'s rows on these employers (by the employer index)."""
    t = sa.table(table, sa.column("id"), sa.column("employer_id"))
    ordered = sorted(employers)
    found: list[tuple[str, str]] = []
    for start in range(0, len(ordered), 500):
        chunk = ordered[start : start + 500]
        found.extend(
            (str(r[0]), str(r[1]))
            for r in conn.execute(
                sa.select(t.c.id, t.c.employer_id).where(t.c.employer_id.in_(chunk))
            )
        )
    return found


def _employer_writes(
    conn: sa.Connection, table: str, row_ids: list[str]
) -> dict[str, list[tuple[str, object]]]:
    """Per row, its journalled writes of ``employer_id`` in stamp order: (stamp, value)."""
    writes: dict[str, list[tuple[str, object]]] = defaultdict(list)
    for start in range(0, len(row_ids), 500):
        chunk = row_ids[start : start + 500]
        for row_id, stamp, fields in conn.execute(
            sa.text(
                "SELECT row_id, hlc, fields FROM journal WHERE table_name = :t "
                "AND row_id IN :ids AND op != 'delete' "
                "AND instr(fields, '\"employer_id\"') > 0 ORDER BY hlc"
            ).bindparams(sa.bindparam("ids", expanding=True)),
            {"t": table, "ids": chunk},
        ):
            try:
                value = json.loads(fields).get("employer_id")
            except (ValueError, AttributeError):
                continue
            writes[row_id].append((stamp, value))
    return writes


def _goes_back(writes: list[tuple[str, object]], merge: _Merge) -> bool:
    """Rule 3, for a record now on ``merge.kept``."""
    for index in range(len(writes) - 1, -1, -1):
        if writes[index][1] != merge.kept:
            if writes[index][1] != merge.merged or index + 1 >= len(writes):
                return False
            return writes[index + 1][0] >= merge.start
    return False


def _moves(conn: sa.Connection) -> dict[type[Entity], dict[str, str]]:
    """Per kind of record, record id -> the employer it moves to now."""
    if conn.execute(sa.text("SELECT 1 FROM employer_merge LIMIT 1")).first() is None:
        return {}
    merges = _merges(conn)
    if not merges:
        return {}
    existing = _existing(conn, {m.kept for m in merges} | {m.merged for m in merges})
    step = _steps(merges, existing)
    undone = [m for m in merges if m.undone and m.merged in existing and m.kept in existing]
    moves: dict[type[Entity], dict[str, str]] = {}
    for cls in FOLLOWING:
        found: dict[str, str] = {}
        if step:
            for row_id, employer in _children(conn, cls.TABLE, set(step)):
                found[row_id] = step[employer]
        if undone:
            by_kept: dict[str, list[_Merge]] = defaultdict(list)
            for merge in undone:
                by_kept[merge.kept].append(merge)
            on_kept = [
                (r, e) for r, e in _children(conn, cls.TABLE, set(by_kept)) if r not in found
            ]
            writes = _employer_writes(conn, cls.TABLE, [r for r, _ in on_kept])
            for row_id, employer in on_kept:
                for merge in sorted(by_kept[employer], key=lambda m: m.made, reverse=True):
                    if _goes_back(writes.get(row_id, []), merge):
                        found[row_id] = merge.merged
                        break
        if found:
            moves[cls] = found
    return moves


def follow(uow: UnitOfWork) -> int:
    """Move, in ``uow``, every record the module's rules move; returns how many moves."""
    conn = uow.connection
    done = 0
    for _ in range(MAX_ROUNDS):
        moves = _moves(conn)
        if not moves:
            break
        for cls, targets in moves.items():
            for row_id, employer in sorted(targets.items()):
                _, written = uow.update(cls, row_id, {"employer_id": employer})
                done += bool(written)
    return done


def follow_merges(store: Store) -> int:
    """:func:`follow` in its own unit of work (the organisation pass's last step).

    A store busy or refusing writes leaves the moves to the next pass: logged, never raised."""
    with store.reading() as conn:  # most passes: nothing to move, and no writer lock taken
        if not _moves(conn):
            return 0
    try:
        with UnitOfWork(store) as uow:
            done = follow(uow)
            if done:
                uow.commit()
            return done
    except PacteError as exc:
        log.warning("records not moved after a merge: %s", exc)
        return 0


__all__ = ["FOLLOWING", "MAX_ROUNDS", "follow", "follow_merges"]
