"""The exports and reports as use cases: what is read, what may leave, which writer writes it.

The format writers (:mod:`pacte_desktop.reports`) write what they are given; the choices are
made here, once, for the command line and the user interface alike:

- the partner directory (:func:`export_directory`) never lists an archived employer; with
  ``shareable_only`` it lists only the employers that may leave (not marked "do not share")
  and shows only the fields the sharing charter in force lets out
  (:func:`pacte_desktop.sync.network_scope.effective_charter`: the network's charter, or the
  default one, less the fields this organisation withholds);
- the follow-ups (:func:`export_followups`) are the open ones of
  :func:`pacte_desktop.services.followups.due`, of one worker when named;
- the placement report (:func:`report_placements`, :func:`export_placements`) reads each
  candidate's pseudonymous code, residence flag and commune only: never a name or a note; a
  placement made through the network (``proposed_by``) names the partner that proposed the
  candidate, and the report counts them by partner.

Every writer writes through a temporary file renamed at the end
(:mod:`pacte_desktop.reports.output`): a cancel or a failure leaves the old file, never a
partial one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlalchemy as sa

from pacte_desktop.domain import messages, nace
from pacte_desktop.domain.entities import EMPLOYER_STATUSES
from pacte_desktop.domain.errors import ValidationError
from pacte_desktop.domain.progress import Progress
from pacte_desktop.reports import directory, followups_export, placements
from pacte_desktop.reports.output import last_report, output_file
from pacte_desktop.reports.placements import PlacementFigures, PlacementRow
from pacte_desktop.services.followups import due
from pacte_desktop.store.database import Store
from pacte_desktop.store.repository import Repository
from pacte_desktop.sync.membership import admissions
from pacte_desktop.sync.network_charter import effective_charter

# -- the partner directory ---------------------------------------------------------------------


def export_directory(
    store: Store,
    path: Path,
    *,
    shareable_only: bool = False,
    tag: str | None = None,
    commune: str | None = None,
    status: str | None = None,
    lang: str | None = None,
    progress: Progress | None = None,
) -> int:
    """Write the directory to ``path`` (``.xlsx`` or ``.pdf``); return the employers written.

    ``tag``, ``commune`` and ``status`` narrow the list (case ignored; the commune in French or
    Dutch); ``shareable_only`` keeps only what the sharing charter lets leave.
    """
    path = Path(path)
    directory.format_of(path)  # a wrong file is refused before anything is read
    lang = lang or messages.current_language()
    filters = directory.Filters(
        shareable_only=shareable_only,
        tag=(tag or "").strip() or None,
        commune=(commune or "").strip() or None,
        status=(status or "").strip().lower() or None,
    )
    if filters.status is not None and filters.status not in EMPLOYER_STATUSES:
        raise ValidationError(
            "status", "choice", value=status, choices=", ".join(EMPLOYER_STATUSES)
        )
    allowed = _allowed_fields(store, filters)

    @contextmanager
    def source(by_name: bool) -> Iterator[directory.DirectoryRows]:
        with store.reading() as conn:
            if by_name:
                _install_collation(conn)
            yield directory.DirectoryRows(
                total=_count(conn, filters),
                organisation=_organisation_name(store, conn, lang),
                employers=_employer_rows(conn, filters, by_name=by_name),
                contacts=lambda: _contact_rows(conn, filters),
            )

    return directory.write(source, path, filters, allowed, lang=lang, progress=progress)


def _allowed_fields(store: Store, filters: directory.Filters) -> directory.Allowed:
    """Every field, or (``shareable_only``) those the charter in force lets out."""
    if not filters.shareable_only:
        return directory.Allowed(None, None)
    charter = effective_charter(store)
    return directory.Allowed(
        frozenset(charter.allowed("employer")),
        frozenset(charter.allowed("contact_person")),
        charter.version,
    )


def _collate(a: str, b: str) -> int:
    fa, fb = directory.name_key(a), directory.name_key(b)
    return (fa > fb) - (fa < fb)


def _install_collation(conn: sa.Connection) -> None:
    """Sort names as people read them: "Épicerie" with the E's, not after "Z"."""
    dbapi = conn.connection.driver_connection
    dbapi.create_collation("pacte_fold", _collate)  # type: ignore[union-attr]


def _where(filters: directory.Filters) -> tuple[str, dict[str, object]]:
    """The employers listed: never an archived one; with ``shareable_only``, none marked
    "do not share"; then the user's filters."""
    clauses = ["e.archived_at IS NULL"]
    params: dict[str, object] = {}
    if filters.shareable_only:
        clauses.append("e.do_not_share = 0")
    if filters.status:
        clauses.append("e.status = :status")
        params["status"] = filters.status
    if filters.commune:
        clauses.append(
            "(lower(e.commune) = lower(:commune) OR lower(e.commune_nl) = lower(:commune))"
        )
        params["commune"] = filters.commune
    if filters.tag:
        clauses.append(
            "EXISTS (SELECT 1 FROM json_each(e.tags) AS t WHERE lower(t.value) = lower(:tag))"
        )
        params["tag"] = filters.tag
    return " AND ".join(clauses), params


_EMPLOYER_SQL = """
SELECT e.id, e.name, e.name_nl, e.bce_number, e.nace_code, e.street, e.street_nl, e.number,
       e.box, e.postcode, e.commune, e.commune_nl, e.phone, e.email, e.website, e.languages,
       e.accepts, e.tags, e.status, w.name AS owner_name, lc.last_contact
FROM employer AS e
LEFT JOIN worker AS w ON w.id = e.owner_id
LEFT JOIN (
    SELECT employer_id, max(date) AS last_contact FROM interaction
    WHERE archived_at IS NULL GROUP BY employer_id
) AS lc ON lc.employer_id = e.id
WHERE {where}
ORDER BY {order}
"""
_BY_NAME = "e.name COLLATE pacte_fold, e.id"

_CONTACT_SQL = """
SELECT e.name AS employer_name, c.name, c.role, c.phone, c.email, c.preferred_language
FROM contact_person AS c JOIN employer AS e ON e.id = c.employer_id
WHERE c.archived_at IS NULL AND {where}
ORDER BY e.name COLLATE pacte_fold, e.id, c.name COLLATE pacte_fold, c.id
"""


def _count(conn: sa.Connection, filters: directory.Filters) -> int:
    where, params = _where(filters)
    sql = f"SELECT count(*) FROM employer AS e WHERE {where}"
    return int(conn.execute(sa.text(sql), params).scalar_one())


def _employer_rows(
    conn: sa.Connection, filters: directory.Filters, *, by_name: bool
) -> Iterator[sa.RowMapping]:
    where, params = _where(filters)
    sql = _EMPLOYER_SQL.format(where=where, order=_BY_NAME if by_name else "e.id")
    yield from conn.execute(sa.text(sql), params).mappings()


def _contact_rows(conn: sa.Connection, filters: directory.Filters) -> Iterator[sa.RowMapping]:
    where, params = _where(filters)
    yield from conn.execute(sa.text(_CONTACT_SQL.format(where=where)), params).mappings()


def _organisation_name(store: Store, conn: sa.Connection, lang: str) -> str:
    """The organisation's name, in Dutch for a Dutch document when it has one."""
    org_id = store.local("organisation_id", conn)
    if not org_id:
        return ""
    found = conn.execute(
        sa.text("SELECT name, name_nl FROM organisation WHERE id = :id"), {"id": org_id}
    ).one_or_none()
    if found is None:
        return ""
    return str(found.name_nl if lang == "nl" and found.name_nl else found.name)


# -- the follow-ups ----------------------------------------------------------------------------


def export_followups(
    store: Store,
    path: Path,
    *,
    worker: str | None = None,
    lang: str | None = None,
    progress: Progress | None = None,
    today: dt.date | None = None,
) -> int:
    """Write the open follow-ups (of ``worker`` when given, by name) to ``path`` (``.xlsx``).

    An unknown worker name raises the same :class:`ValidationError` as ``pacte followups
    --worker`` (``unknown_worker``). ``today`` (default: this workstation's date) decides
    which are overdue. Returns the number of follow-ups written.
    """
    followups_export.check_format(path)
    lang = lang or messages.current_language()
    today = today or dt.date.today()
    with store.reading() as conn:
        worker_id = None
        if worker is not None:
            worker_id = Repository(conn).worker_by_name(worker, active_only=False).id
        found = due(conn, worker_id=worker_id, today=today)
    return followups_export.write(found, path, lang=lang, progress=progress)


# -- the placement report ----------------------------------------------------------------------

# The candidate's code, residence flag and commune: nothing else of a candidate is read.
_PLACEMENTS = sa.text(
    """
    SELECT c.code AS candidate_code, c.saint_gilles_resident, c.commune,
           e.name AS employer, e.name_nl AS employer_nl, e.nace_code,
           p.placement_type, p.start_date, p.end_date, p.outcome, p.check_3m, p.check_6m,
           p.proposed_by
    FROM placement AS p
    JOIN candidate AS c ON c.id = p.candidate_id
    JOIN employer AS e ON e.id = p.employer_id
    WHERE p.archived_at IS NULL AND p.start_date >= :start AND p.start_date <= :end
    ORDER BY p.start_date, c.code, p.id
    """
)


def placement_figures(
    store: Store, start: dt.date, end: dt.date, *, today: dt.date | None = None
) -> PlacementFigures:
    """The figures of the placements whose start date falls in ``start``..``end``.

    A pending check is overdue from ``today`` (default: this workstation's date) on.
    """
    placements.check_period(start, end)
    today = today or dt.date.today()
    with store.reading() as conn:
        org_id = store.local("organisation_id", conn)
        org = None
        if org_id:
            org = (
                conn.execute(
                    sa.text("SELECT name, name_nl FROM organisation WHERE id = :id"), {"id": org_id}
                )
                .mappings()
                .first()
            )
        found = conn.execute(
            _PLACEMENTS, {"start": start.isoformat(), "end": end.isoformat()}
        ).mappings()
        partners = {org: a.name for org, a in admissions(store, conn).items()}
        rows = tuple(_placement_row(r, partners) for r in found)
    return placements.figures_of(
        rows,
        organisation=org["name"] if org else "",
        organisation_nl=org["name_nl"] if org else None,
        start=start,
        end=end,
        today=today,
    )


def _placement_row(r: sa.RowMapping, partners: dict[str, str]) -> PlacementRow:
    """One placement; ``partners``: the network's organisations by id (admitted or removed: a
    placement made through a partner that left the network still names it)."""
    proposed = r["proposed_by"]
    return PlacementRow(
        candidate_code=r["candidate_code"],
        employer=r["employer"],
        employer_nl=r["employer_nl"],
        sector=nace.sector_of(r["nace_code"]) or placements.UNKNOWN_SECTOR,
        placement_type=r["placement_type"],
        start_date=dt.date.fromisoformat(r["start_date"]),
        end_date=dt.date.fromisoformat(r["end_date"]) if r["end_date"] else None,
        outcome=r["outcome"],
        check_3m=r["check_3m"],
        check_6m=r["check_6m"],
        saint_gilles_resident=placements.is_resident(r["saint_gilles_resident"], r["commune"]),
        proposed_by=(partners.get(proposed) or proposed) if proposed else None,
    )


def report_placements(
    store: Store,
    path: Path,
    *,
    start: dt.date,
    end: dt.date,
    lang: str | None = None,
    progress: Progress | None = None,
) -> int:
    """Write the placement report of the period as an A4 PDF; returns the number of placements."""
    from pacte_desktop.reports import placements_pdf  # reportlab: loaded when a PDF is asked for

    def write(figures: PlacementFigures, target: Path, chosen: str) -> None:
        placements_pdf.write(figures, target, chosen, progress=progress)

    return _write_placements(store, path, start, end, lang, progress, write)


def export_placements(
    store: Store,
    path: Path,
    *,
    start: dt.date,
    end: dt.date,
    lang: str | None = None,
    progress: Progress | None = None,
) -> int:
    """Write the period's figures as an Excel workbook; returns the number of placements."""
    from pacte_desktop.reports import placements_xlsx

    return _write_placements(store, path, start, end, lang, progress, placements_xlsx.write)


def _write_placements(
    store: Store,
    path: Path,
    start: dt.date,
    end: dt.date,
    lang: str | None,
    progress: Progress | None,
    write: Callable[[PlacementFigures, Path, str], None],
) -> int:
    """Check the language, read the figures, then write them through a temporary file."""
    chosen = placements.language(lang)
    figures = placement_figures(store, start, end)
    if progress:
        progress(1, 3)
    with output_file(Path(path), last_report(progress, 3, 3)) as temporary:
        write(figures, temporary, chosen)
    return figures.total
