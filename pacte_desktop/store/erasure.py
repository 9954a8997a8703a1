"""Erasing an anonymised candidate's personal data from everything this store keeps.

The rule (``domain/privacy.py`` rule 3): once the journal holds an entry that writes
``anonymised_at`` on a candidate, every journal entry, parked operation and sync conflict of
that candidate and of its placements holds the empty value of each cleared field — whatever its
stamp, whichever device wrote it, whenever it arrives. The transformation depends only on the
set of entries (an entry is cleared field by field to a fixed value), so every workstation that
has the same entries has the same journal, and the rows the merge derives from it hold no
cleared value either.

Where old values would survive the rewrite, and how they go:

- the journal's and the tables' old cells: :func:`scrub` runs with ``PRAGMA secure_delete`` on,
  so SQLite overwrites the cells it frees instead of leaving them in the page;
- free space left by earlier edits made without it, and the write-ahead log's old page images:
  :func:`forget_freed_pages` rebuilds the file (``VACUUM``) and empties the log;
- sync conflicts about a cleared field (their lost and won values): deleted, reviewed or not;
- the employer search index holds no candidate field, so there is nothing to rebuild;
- a crash draft of an anonymised candidate's form, or of one of its placements' (the
  interface's ``drafts/*.json``, ``ui/drafts.py``): :func:`forget_drafts` deletes it.

What the shared folder and the backups keep is the sync layer's and the documentation's
business (``sync/org_scope.py``, docs/privacy.md).
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any, Final

import sqlalchemy as sa

from pacte_desktop.domain.entities import Candidate, Placement
from pacte_desktop.domain.privacy import ANONYMISED_AT, CANDIDATE_CLEARED, PLACEMENT_CLEARED
from pacte_desktop.store.database import Store
from pacte_desktop.store.schema import stored_defaults

#: Per table, each cleared field's empty value, in stored form.
_EMPTY: dict[str, dict[str, Any]] = {
    "candidate": {n: stored_defaults(Candidate)[n] for n in CANDIDATE_CLEARED},
    "placement": {n: stored_defaults(Placement)[n] for n in PLACEMENT_CLEARED},
}
_CHUNK = 500

#: Local state counting the scrubs that changed something (:func:`scrub`, in its transaction):
#: a snapshot written before the latest one holds what may no longer be published. The
#: organisation's pass notes in :data:`SNAPSHOTTED` the count its snapshot saw (read with the
#: journal it wrote), so an erasure made while it wrote is not taken for covered.
GENERATION: Final = "erasure.generation"
SNAPSHOTTED: Final = "erasure.snapshotted"
#: The count of scrubs the last rebuild of the file (:func:`forget_after_erasure`) followed.
REBUILT: Final = "erasure.rebuilt"


def _chunks(ids: Iterable[str]) -> Iterable[list[str]]:
    ordered = sorted(set(ids))
    for start in range(0, len(ordered), _CHUNK):
        yield ordered[start : start + _CHUNK]


def _found(raw: Any, ids: Iterable[str], sql: str, uses: int = 1) -> set[str]:
    """The first column's values of ``sql`` over ``ids``, :data:`_CHUNK` ids at a time;
    ``MARKS`` in ``sql`` stands for one chunk's placeholders, ``uses`` times."""
    found: set[str] = set()
    for chunk in _chunks(ids):
        marks = ", ".join("?" * len(chunk))
        rows = raw.execute(sql.replace("MARKS", marks), chunk * uses)
        found.update(str(r[0]) for r in rows if r[0] is not None)
    return found


def anonymised_among(raw: Any, candidate_ids: Iterable[str]) -> set[str]:
    """The candidates among ``candidate_ids`` whose journal holds an anonymisation."""
    return _found(
        raw,
        candidate_ids,
        "SELECT DISTINCT row_id FROM journal WHERE row_id IN (MARKS) "
        "AND table_name = 'candidate' "
        f"AND json_extract(fields, '$.{ANONYMISED_AT}') IS NOT NULL",
    )


def candidates_of_placements(raw: Any, placement_ids: Iterable[str]) -> set[str]:
    """The candidates the placements belong to, now or in any journalled version (a placement
    whose insert has not arrived, or that was deleted, is known by its journal)."""
    return _found(
        raw,
        placement_ids,
        "SELECT candidate_id FROM placement WHERE id IN (MARKS) "
        "UNION SELECT json_extract(fields, '$.candidate_id') FROM journal "
        "WHERE row_id IN (MARKS) AND table_name = 'placement' "
        "AND json_extract(fields, '$.candidate_id') IS NOT NULL",
        uses=2,
    )


def placements_of(raw: Any, candidate_ids: Iterable[str]) -> set[str]:
    """Every placement that belongs, or ever belonged, to one of the candidates."""
    return _found(
        raw,
        candidate_ids,
        "SELECT id FROM placement WHERE candidate_id IN (MARKS) "
        "UNION SELECT row_id FROM journal WHERE table_name = 'placement' "
        "AND json_extract(fields, '$.candidate_id') IN (MARKS)",
        uses=2,
    )


def _cleared(table: str, text: str) -> str | None:
    """The entry's fields with each cleared field emptied; None when nothing changes."""
    try:
        fields = json.loads(text)
    except ValueError:
        return None
    if not isinstance(fields, dict):
        return None
    changed = False
    for name, empty in _EMPTY[table].items():
        if name in fields and fields[name] != empty:
            fields[name] = empty
            changed = True
    if not changed:
        return None
    return json.dumps(fields, ensure_ascii=False, sort_keys=True)


def scrub(raw: Any, candidate_ids: Iterable[str]) -> int:
    """Empty the cleared fields of these (anonymised) candidates and of their placements in
    the journal, the parked operations, the sync conflicts and the rows, inside the caller's
    writer transaction (its write gate open). Returns the number of entries and rows changed.
    """
    candidates = set(candidate_ids)
    if not candidates:
        return 0
    raw.execute("PRAGMA secure_delete = ON")
    placements = placements_of(raw, candidates)
    changed = 0
    for table, ids in (("candidate", candidates), ("placement", placements)):
        empty = _EMPTY[table]
        for chunk in _chunks(ids):
            marks = ", ".join("?" * len(chunk))
            journal = [
                (new, seq)
                for seq, text in raw.execute(
                    f"SELECT seq, fields FROM journal WHERE table_name = ? AND row_id IN ({marks})",
                    (table, *chunk),
                ).fetchall()
                if (new := _cleared(table, text)) is not None
            ]
            raw.executemany("UPDATE journal SET fields = ? WHERE seq = ?", journal)
            parked = [
                (new, hlc, row_id)
                for hlc, row_id, text in raw.execute(
                    "SELECT hlc, row_id, fields FROM sync_parked WHERE table_name = ? "
                    f"AND row_id IN ({marks})",
                    (table, *chunk),
                ).fetchall()
                if (new := _cleared(table, text)) is not None
            ]
            raw.executemany(
                "UPDATE sync_parked SET fields = ? WHERE hlc = ? AND table_name = ? AND row_id = ?",
                [(new, hlc, table, row_id) for new, hlc, row_id in parked],
            )
            names = ", ".join("?" * len(empty))
            conflicts = raw.execute(
                f"DELETE FROM sync_conflict WHERE table_name = ? AND row_id IN ({marks}) "
                f"AND field IN ({names})",
                (table, *chunk, *empty),
            ).rowcount
            sets = " OR ".join(f"{name} IS NOT ?" for name in empty)
            rows = raw.execute(
                f"UPDATE {table} SET {', '.join(f'{n} = ?' for n in empty)} "
                f"WHERE id IN ({marks}) AND ({sets})",
                (*empty.values(), *chunk, *empty.values()),
            ).rowcount
            changed += len(journal) + len(parked) + max(conflicts, 0) + max(rows, 0)
    if changed:
        raw.execute(
            "INSERT INTO local_state(key, value) VALUES (?, '1') ON CONFLICT(key) "
            "DO UPDATE SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT)",
            (GENERATION,),
        )
    return changed


def pending(generation: str | None, snapshotted: str | None) -> bool:
    """Whether an erasure happened after the last snapshot that saw the journal scrubbed."""
    return int(generation or 0) > int(snapshotted or 0)


def after_apply(raw: Any, touched: Iterable[tuple[str, str, Any]]) -> set[str]:
    """After received operations were journalled and merged (or parked): scrub every
    anonymised candidate they touch — the anonymisation itself arriving, or an older or
    concurrent write of an already anonymised candidate or of one of its placements.
    ``touched``: (table, row id, fields) of each operation. Returns the candidates scrubbed
    (empty when nothing needed it)."""
    candidates: set[str] = set()
    placements: set[str] = set()
    for table, row_id, fields in touched:
        if table == "candidate":
            candidates.add(row_id)
        elif table == "placement":
            placements.add(row_id)
            owner = fields.get("candidate_id") if isinstance(fields, dict) else None
            if isinstance(owner, str):
                candidates.add(owner)
    if placements:
        candidates |= candidates_of_placements(raw, placements)
    anonymised = anonymised_among(raw, candidates)
    if anonymised and scrub(raw, anonymised):
        return anonymised
    return set()


#: The interface's drafts folder in the data folder, and the tables whose drafts may hold an
#: anonymised candidate's data (``ui/drafts.py`` writes ``{"table", "record_id", "values"}``).
DRAFTS_DIR: Final = "drafts"
_DRAFTED = frozenset({"candidate", "placement"})


def forget_drafts(data_dir: Path, conn: sa.Connection) -> list[Path]:
    """Delete the drafts of a form about an anonymised candidate or one of its placements
    (a new placement's too, by the candidate it names); ``conn``: a read connection of the
    store. Returns the files deleted. An unreadable draft is left alone."""
    folder = data_dir / DRAFTS_DIR
    gone: list[Path] = []
    for path in sorted(folder.glob("*.json")) if folder.is_dir() else []:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            table = data["table"]
            values = data.get("values") or {}
            ids = {data.get("record_id"), values.get("candidate_id")} - {None, ""}
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            continue
        if table not in _DRAFTED or not all(isinstance(i, str) for i in ids):
            continue
        hit = any(
            conn.execute(
                sa.text(
                    "SELECT 1 FROM candidate AS c WHERE c.anonymised_at IS NOT NULL AND "
                    "(c.id = :i OR c.id = (SELECT candidate_id FROM placement WHERE id = :i))"
                ),
                {"i": i},
            ).first()
            for i in ids
        )
        if hit:
            path.unlink(missing_ok=True)
            gone.append(path)
    return gone


def forget_after_erasure(store: Store) -> bool:
    """When an erasure changed something since the last rebuild: delete the drafts of the
    anonymised candidates' forms, rebuild the file (:func:`forget_freed_pages`) and note it.
    Returns whether it did. Runs outside any transaction."""
    generation = store.local(GENERATION) or "0"
    if int(generation) <= int(store.local(REBUILT) or 0):
        return False
    with store.reading() as conn:
        forget_drafts(store.data_dir, conn)
    forget_freed_pages(store.path)
    store.set_local(REBUILT, generation)
    return True


def forget_freed_pages(path: Path) -> None:
    """Rebuild the store file so that no free page or free space in a page keeps a value
    deleted or overwritten earlier, and empty the write-ahead log (its old page images).

    Runs outside any transaction, on a connection of its own; waits for other writers."""
    conn = sqlite3.connect(path, isolation_level=None, timeout=60)
    try:
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("VACUUM")
        # A reader in the middle of a transaction (the interface's, another program's) keeps
        # the log from being emptied: try again for a while. Past that, the log's old frames
        # stay until SQLite reuses the log from its start and writes over them.
        deadline = time.monotonic() + _CHECKPOINT_WAIT_S
        while conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0] != 0:
            if time.monotonic() > deadline:
                break
            time.sleep(0.05)
    finally:
        conn.close()


#: How long :func:`forget_freed_pages` tries to empty the write-ahead log while readers hold it.
_CHECKPOINT_WAIT_S = 5.0
