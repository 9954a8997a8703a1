"""The employer search index (FTS5): its documents, set-based refreshes, and the query.

Row triggers keep the index in step with single writes. Bulk writes (imports, demo data, sync
apply) switch the triggers off for their transaction (``pacte_search_deferred()``) and refresh
the documents of the rows they touched in one statement each, which costs a fraction of the
per-row trigger work.
"""

from __future__ import annotations

import re

import sqlalchemy as sa

from pacte_desktop.domain import bce

# The searchable document of the employer aliased ``e``, in the index's column order. Keep it in
# step with the triggers of the latest migration that defines them (a test compares both). No
# tags (the common case) skips reading an empty JSON array: a quarter of a bulk refresh.
DOCUMENT = """
    e.rowid,
    e.name || ' ' || coalesce(e.name_nl, ''),
    coalesce(e.bce_number || ' ' || substr(e.bce_number, 1, 4) || '.'
             || substr(e.bce_number, 5, 3) || '.' || substr(e.bce_number, 8, 3), ''),
    coalesce(e.street, '') || ' ' || coalesce(e.street_nl, ''),
    coalesce(e.postcode, '') || ' ' || coalesce(e.commune, '') || ' '
        || coalesce(e.commune_nl, ''),
    CASE e.tags WHEN '[]' THEN '' ELSE
        (SELECT coalesce(group_concat(j.value, ' '), '') FROM json_each(e.tags) AS j) END,
    (SELECT coalesce(group_concat(c.name, ' '), '') FROM contact_person AS c
      WHERE c.employer_id = e.id AND c.archived_at IS NULL)
"""
COLUMNS = "rowid, name, bce, street, commune, tags, contacts"

_TOKEN = re.compile(r"\w+", re.UNICODE)


def refresh_rowid_range(
    conn: sa.Connection, table: str, first: int, last: int, *, new_rows: bool = False
) -> None:
    """Rebuild the documents touched by rows ``first..last`` (rowids) of ``table``.

    ``new_rows`` says those rows were just inserted (so employers among them have no document).
    """
    if table == "employer":
        employers = "SELECT rowid FROM employer WHERE rowid BETWEEN :first AND :last"
    elif table == "contact_person":
        employers = (
            "SELECT e.rowid FROM employer AS e WHERE e.id IN (SELECT employer_id FROM "
            "contact_person WHERE rowid BETWEEN :first AND :last)"
        )
    else:
        return
    params = {"first": first, "last": last}
    if table != "employer" or new_rows is False:
        # New employers have no document yet; only changed ones need the old one removed.
        conn.execute(sa.text(f"DELETE FROM employer_search WHERE rowid IN ({employers})"), params)
    conn.execute(
        sa.text(
            f"INSERT INTO employer_search ({COLUMNS}) SELECT {DOCUMENT} FROM employer AS e "
            f"WHERE e.rowid IN ({employers})"
        ),
        params,
    )


def fts_query(text: str, column: str | None = None) -> str | None:
    """Turn what a user typed into an FTS5 prefix query; None when nothing is searchable.

    Every word must match as a prefix: "societe gen" → ``"societe"* "gen"*``. A BCE number typed
    as ``BE0403019261`` or ``0403 019 261`` is searched as its ten digits. With ``column``, the
    words must all match in that column.
    """
    compact = bce.compact(text)
    if compact.isdigit() and 9 <= len(compact) <= 10:
        query = f'"{compact.zfill(10)}"*'
    else:
        tokens = _TOKEN.findall(text)
        if not tokens:
            return None
        query = " ".join(f'"{token}"*' for token in tokens)
    return f"{{{column}}} : ({query})" if column else query


# How many of the newest name matches are ranked; beyond it ranking would cost more than a
# keystroke may (bm25 takes about 8 µs a row here).
RANKED_CANDIDATES = 400


def search_employer_ids(
    conn: sa.Connection, text: str, *, limit: int = 50, include_archived: bool = False
) -> list[str]:
    """Employer ids matching ``text``: name matches first, best ranked; then other matches.

    Ranking every match of a common prefix ("Bou…" on 100,000 employers, or the commune
    "Sint-G…" of a Saint-Gilles directory) costs tens of milliseconds, too much for type-ahead.
    So the newest :data:`RANKED_CANDIDATES` name matches are ranked (all of them whenever the
    words are specific enough to match fewer), and matches outside the name follow newest first,
    which FTS5 serves without sorting.
    """
    anywhere = fts_query(text)
    if anywhere is None:
        return []
    archived = "" if include_archived else "AND e.archived_at IS NULL"
    base = (
        "SELECT e.id, {rank} FROM employer_search AS s JOIN employer AS e ON e.rowid = s.rowid "
        f"WHERE employer_search MATCH :q {archived} ORDER BY s.rowid DESC LIMIT :limit"
    )
    candidates = conn.execute(
        sa.text(base.format(rank="s.rank")),
        {"q": fts_query(text, "name"), "limit": RANKED_CANDIDATES},
    ).all()
    found = [row[0] for row in sorted(candidates, key=lambda row: row[1])[:limit]]
    if len(found) < limit:
        seen = set(found)
        rest = conn.execute(
            sa.text(base.format(rank="NULL")), {"q": anywhere, "limit": limit + len(found)}
        ).scalars()
        found.extend(i for i in rest if i not in seen)
    return found[:limit]
