"""The partner directory: employers (and their contact persons) in Excel, or printable in PDF.

``export_directory(store, path)`` writes ``.xlsx`` or ``.pdf`` by the file's suffix. Rows are
streamed from SQL, never loaded as entities. ``shareable_only`` applies the sharing charter in
force (:func:`pacte_desktop.sync.engine.effective_charter`): only employers that may leave (not
archived, not marked "do not share") and only the fields the charter lets out. Archived
employers are never listed.
"""

from __future__ import annotations

import datetime as dt
import errno
import functools
import json
import unicodedata
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import sqlalchemy as sa

from pacte_desktop.domain import bce, contact_rules, messages, nace
from pacte_desktop.domain.errors import ValidationError
from pacte_desktop.reports import excel_common as xl
from pacte_desktop.reports.output import cannot_write, last_report, output_file
from pacte_desktop.store.database import Store

Progress = Callable[[int, int], None]
_PROGRESS_EVERY = 250


def _t(key: str, lang: str) -> str:
    return messages.pick(messages.DIRECTORY_TEXTS, key, lang)


@dataclass(frozen=True)
class Filters:
    shareable_only: bool = False
    tag: str | None = None
    commune: str | None = None
    status: str | None = None

    def describe(self, lang: str) -> str:
        parts = []
        if self.tag:
            parts.append(f"{messages.field_label('tags', lang)} = {self.tag}")
        if self.commune:
            parts.append(f"{messages.field_label('commune', lang)} = {self.commune}")
        if self.status:
            label = messages.choice_label(self.status, lang)
            parts.append(f"{messages.field_label('status', lang)} = {label}")
        if self.shareable_only:
            parts.append(_t("shareable_only", lang))
        return "; ".join(parts) if parts else _t("none", lang)


def export_directory(
    store: Store,
    path: Path,
    *,
    shareable_only: bool = False,
    tag: str | None = None,
    commune: str | None = None,
    status: str | None = None,
    lang: str | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """Write the directory to ``path`` (``.xlsx`` or ``.pdf``); return the employers written."""
    path = Path(path)
    if path.is_dir():
        raise cannot_write(path, IsADirectoryError(errno.EISDIR, "is a folder"))
    suffix = path.suffix.lower()
    if suffix not in (".xlsx", ".pdf"):
        raise ValidationError(
            "file", "export_format", value=suffix or path.name, choices=".xlsx, .pdf"
        )
    lang = lang or messages.current_language()
    filters = Filters(
        shareable_only=shareable_only,
        tag=(tag or "").strip() or None,
        commune=(commune or "").strip() or None,
        status=(status or "").strip().lower() or None,
    )
    if filters.status is not None:
        from pacte_desktop.domain.entities import EMPLOYER_STATUSES

        if filters.status not in EMPLOYER_STATUSES:
            raise ValidationError(
                "status", "choice", value=status, choices=", ".join(EMPLOYER_STATUSES)
            )
    allowed = _allowed_fields(store, filters)
    if suffix == ".xlsx":
        return _write_excel(store, path, filters, allowed, lang, progress)
    return _write_pdf(store, path, filters, allowed, lang, progress)


@dataclass(frozen=True)
class Allowed:
    """The fields that may appear: all of them, or the charter's (``version`` set then)."""

    employer: frozenset[str] | None  # None: every field
    contact_person: frozenset[str] | None
    version: int | None = None

    def employer_has(self, name: str) -> bool:
        return self.employer is None or name in self.employer

    def contact_has(self, name: str) -> bool:
        return self.contact_person is None or name in self.contact_person


def _allowed_fields(store: Store, filters: Filters) -> Allowed:
    if not filters.shareable_only:
        return Allowed(None, None)
    from pacte_desktop.sync.engine import effective_charter

    charter = effective_charter(store)
    return Allowed(
        frozenset(charter.allowed("employer")),
        frozenset(charter.allowed("contact_person")),
        charter.version,
    )


# -- SQL ---------------------------------------------------------------------------------------


@functools.lru_cache(maxsize=65536)  # the collation compares each name many times
def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def _collate(a: str, b: str) -> int:
    fa, fb = _fold(a), _fold(b)
    return (fa > fb) - (fa < fb)


def _install_collation(conn: sa.Connection) -> None:
    """Sort names as people read them: "Épicerie" with the E's, not after "Z"."""
    dbapi = conn.connection.driver_connection
    dbapi.create_collation("pacte_fold", _collate)  # type: ignore[union-attr]


def _where(filters: Filters) -> tuple[str, dict[str, object]]:
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
ORDER BY e.name COLLATE pacte_fold, e.id
"""

_CONTACT_SQL = """
SELECT e.name AS employer_name, c.name, c.role, c.phone, c.email, c.preferred_language
FROM contact_person AS c JOIN employer AS e ON e.id = c.employer_id
WHERE c.archived_at IS NULL AND {where}
ORDER BY e.name COLLATE pacte_fold, e.id, c.name COLLATE pacte_fold, c.id
"""


def _count(conn: sa.Connection, filters: Filters) -> int:
    where, params = _where(filters)
    sql = f"SELECT count(*) FROM employer AS e WHERE {where}"
    return int(conn.execute(sa.text(sql), params).scalar_one())


def _employer_rows(conn: sa.Connection, filters: Filters) -> Iterator[sa.RowMapping]:
    where, params = _where(filters)
    result = conn.execute(sa.text(_EMPLOYER_SQL.format(where=where)), params).mappings()
    yield from result


def _contact_rows(conn: sa.Connection, filters: Filters) -> Iterator[sa.RowMapping]:
    where, params = _where(filters)
    yield from conn.execute(sa.text(_CONTACT_SQL.format(where=where)), params).mappings()


# -- Shaping one employer row ------------------------------------------------------------------


def _pick(row: Mapping[Any, Any], base: str, lang: str, allowed: Allowed) -> str | None:
    """The Dutch form of a name, street or commune in Dutch when it exists, else the French."""
    if lang == "nl" and row[f"{base}_nl"] and allowed.employer_has(f"{base}_nl"):
        return str(row[f"{base}_nl"])
    if allowed.employer_has(base) and row[base]:
        return str(row[base])
    return None


def _address(row: Mapping[Any, Any], lang: str, allowed: Allowed) -> str | None:
    street = _pick(row, "street", lang, allowed)
    parts = [street] if street else []
    if allowed.employer_has("number") and row["number"]:
        parts.append(str(row["number"]))
    text = " ".join(parts)
    if allowed.employer_has("box") and row["box"]:
        box = {"fr": "bte", "nl": "bus", "en": "box"}[lang]
        text = f"{text} {box} {row['box']}".strip()
    return text or None


def _phone(value: object) -> str | None:
    if not value:
        return None
    try:
        return contact_rules.format_phone(str(value))
    except Exception:  # a number stored before validation existed: shown as stored
        return str(value)


def _list(value: str | None) -> list[str]:
    return [str(v) for v in json.loads(value)] if value else []


def _last_contact(value: object) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


@dataclass(frozen=True)
class _Field:
    """One employer column: its key (for the charter), header and how a row gives its value."""

    charter_field: str | None  # None: always shown (derived from shown fields, or last contact)
    column: xl.Column
    value: Callable[[Mapping[Any, Any]], object]


def _employer_fields(lang: str, allowed: Allowed) -> list[_Field]:
    label = messages.field_label

    def choice(code: object) -> str | None:
        return messages.choice_label(str(code), lang) if code else None

    fields = [
        _Field(
            "name",
            xl.Column(label("name", lang), 36),
            lambda r: _pick(r, "name", lang, allowed),
        ),
        _Field(
            "bce_number",
            xl.Column(label("bce_number", lang), 15),
            lambda r: bce.format_number(r["bce_number"]) if r["bce_number"] else None,
        ),
        _Field(
            "nace_code",
            xl.Column(label("nace_code", lang), 12),
            lambda r: contact_rules.format_nace(r["nace_code"]) if r["nace_code"] else None,
        ),
        _Field(
            "nace_code",
            xl.Column(label("sector", lang), 28),
            lambda r: _sector_label(r["nace_code"], lang, none=None),
        ),
        _Field("street", xl.Column(_t("address", lang), 34), lambda r: _address(r, lang, allowed)),
        _Field("postcode", xl.Column(label("postcode", lang), 11), lambda r: r["postcode"]),
        _Field(
            "commune",
            xl.Column(label("commune", lang), 18),
            lambda r: _pick(r, "commune", lang, allowed),
        ),
        _Field("phone", xl.Column(label("phone", lang), 16), lambda r: _phone(r["phone"])),
        _Field("email", xl.Column(label("email", lang), 30, "email"), lambda r: r["email"]),
        _Field("website", xl.Column(label("website", lang), 30, "url"), lambda r: r["website"]),
        _Field(
            "languages",
            xl.Column(label("languages", lang), 12),
            lambda r: ", ".join(code.upper() for code in _list(r["languages"])) or None,
        ),
        _Field(
            "accepts",
            xl.Column(label("accepts", lang), 28),
            lambda r: (
                ", ".join(messages.choice_label(c, lang) for c in _list(r["accepts"])) or None
            ),
        ),
        _Field(
            "tags",
            xl.Column(label("tags", lang), 22),
            lambda r: ", ".join(_list(r["tags"])) or None,
        ),
        _Field("status", xl.Column(label("status", lang), 12), lambda r: choice(r["status"])),
        _Field("owner_id", xl.Column(label("owner", lang), 20), lambda r: r["owner_name"]),
        _Field(
            None,
            xl.Column(label("last_contact", lang), 14, "date"),
            lambda r: _last_contact(r["last_contact"]),
        ),
    ]
    return [f for f in fields if f.charter_field is None or allowed.employer_has(f.charter_field)]


def _sector_label(code: object, lang: str, *, none: str | None) -> str | None:
    key = nace.sector_of(str(code)) if code else None
    return nace.sector_label(key, lang) if key else none


# -- Excel -------------------------------------------------------------------------------------


def _write_excel(
    store: Store,
    path: Path,
    filters: Filters,
    allowed: Allowed,
    lang: str,
    progress: Progress | None,
) -> int:
    workbook = xl.new_workbook()
    try:
        return _fill_xlsx(workbook, store, path, filters, allowed, lang, progress)
    except BaseException:
        xl.discard(workbook)
        raise


def _fill_xlsx(
    workbook: Any,
    store: Store,
    path: Path,
    filters: Filters,
    allowed: Allowed,
    lang: str,
    progress: Progress | None,
) -> int:
    fields = _employer_fields(lang, allowed)
    written = 0
    contacts = 0
    with store.reading() as conn:
        _install_collation(conn)
        total = _count(conn, filters)
        organisation = _organisation_name(store, conn, lang)
        sheet = xl.TableSheet(
            workbook, _t("employers_sheet", lang), [f.column for f in fields], "Employers"
        )
        for row in _employer_rows(conn, filters):
            sheet.append([f.value(row) for f in fields])
            written += 1
            if progress and written % _PROGRESS_EVERY == 0:
                progress(written, total)
        sheet.close()
        contacts = _write_contacts(workbook, conn, filters, allowed, lang)
    about: list[tuple[str, object]] = [
        (messages.field_label("organisation", lang), organisation),
        (_t("date", lang), dt.date.today()),
        (_t("filters", lang), filters.describe(lang)),
        (_t("shareable_only", lang), _t("yes" if filters.shareable_only else "no", lang)),
    ]
    if allowed.version is not None:
        about.append((_t("charter_version", lang), allowed.version))
    about.append((_t("employers_count", lang), written))
    if contacts >= 0:
        about.append((_t("contacts_count", lang), contacts))
    xl.key_value_sheet(workbook, _t("about_sheet", lang), about, (40, 60))
    xl.save_atomically(workbook, path, last_report(progress, written, total))
    return written


def _write_contacts(
    workbook: Any, conn: sa.Connection, filters: Filters, allowed: Allowed, lang: str
) -> int:
    """The contact persons sheet; -1 when the charter lets no contact field out (sheet says so)."""
    label = messages.field_label
    spec: list[tuple[str, xl.Column]] = [
        ("name", xl.Column(label("name", lang), 26)),
        ("role", xl.Column(label("role", lang), 24)),
        ("phone", xl.Column(label("phone", lang), 16)),
        ("email", xl.Column(label("email", lang), 30, "email")),
        ("preferred_language", xl.Column(label("preferred_language", lang), 12)),
    ]
    shown = [(name, col) for name, col in spec if allowed.contact_has(name)]
    title = _t("contacts_sheet", lang)
    if not shown:
        xl.key_value_sheet(workbook, title, [(_t("no_contacts_allowed", lang), "")], (110, 10))
        return -1
    columns = [xl.Column(label("employer", lang), 36), *(col for _, col in shown)]
    sheet = xl.TableSheet(workbook, title, columns, "Contacts")
    for row in _contact_rows(conn, filters):
        values: list[object] = [row["employer_name"]]
        for name, _col in shown:
            value = row[name]
            if name == "preferred_language" and value:
                value = str(value).upper()
            elif name == "phone":
                value = _phone(value)
            values.append(value)
        sheet.append(values)
    sheet.close()
    return sheet.rows


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


# -- PDF ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Block:
    sort_key: str
    name: str
    lines: tuple[str, ...]


def _pdf_block(row: Mapping[Any, Any], lang: str, allowed: Allowed) -> _Block:
    name = _pick(row, "name", lang, allowed) or "—"
    lines: list[str] = []
    address = _address(row, lang, allowed)
    place = " ".join(
        str(v)
        for v in (
            row["postcode"] if allowed.employer_has("postcode") else None,
            _pick(row, "commune", lang, allowed),
        )
        if v
    )
    where = ", ".join(p for p in (address, place) if p)
    if where:
        lines.append(where)
    channels = []
    if allowed.employer_has("phone") and row["phone"]:
        channels.append(f"{_t('phone_abbr', lang)} {_phone(row['phone'])}")
    if allowed.employer_has("email") and row["email"]:
        channels.append(str(row["email"]))
    if channels:
        lines.append(" · ".join(channels))
    if allowed.employer_has("bce_number") and row["bce_number"]:
        lines.append(f"{_t('bce_abbr', lang)} {bce.format_number(row['bce_number'])}")
    return _Block(_fold(name), name, tuple(lines))


def _write_pdf(
    store: Store,
    path: Path,
    filters: Filters,
    allowed: Allowed,
    lang: str,
    progress: Progress | None,
) -> int:
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (
        BaseDocTemplate,
        CondPageBreak,
        Frame,
        FrameBreak,
        KeepTogether,
        NextPageTemplate,
        PageTemplate,
        Paragraph,
        Spacer,
    )

    from pacte_desktop.reports import pdf_common

    regular, bold = pdf_common.register_fonts()
    groups: dict[str | None, list[_Block]] = {}
    written = 0
    with store.reading() as conn:
        total = _count(conn, filters)
        organisation = _organisation_name(store, conn, lang)
        for row in _employer_rows_unsorted(conn, filters):
            code = row["nace_code"] if allowed.employer_has("nace_code") else None
            key = nace.sector_of(str(code)) if code else None
            groups.setdefault(key, []).append(_pdf_block(row, lang, allowed))
            written += 1
            if progress and written % _PROGRESS_EVERY == 0:
                progress(written, total)

    title = _t("title", lang)
    styles = {
        "title": ParagraphStyle("title", fontName=bold, fontSize=16, leading=20, spaceAfter=2),
        "meta": ParagraphStyle(
            "meta", fontName=regular, fontSize=8.5, leading=11, textColor=colors.HexColor("#444444")
        ),
        "sector": ParagraphStyle(
            "sector",
            fontName=bold,
            fontSize=11.5,
            leading=14,
            spaceBefore=8,
            spaceAfter=4,
            textColor=colors.HexColor("#1F4E78"),
        ),
        "name": ParagraphStyle("name", fontName=bold, fontSize=9, leading=11),
        "line": ParagraphStyle("line", fontName=regular, fontSize=8, leading=9.6),
    }
    story: list[Any] = [
        Paragraph(escape(title), styles["title"]),
        Paragraph(
            escape(
                f"{organisation} — {_t('generated', lang)} {dt.date.today().isoformat()} — "
                f"{written} {_t('employers_count', lang)}"
            ),
            styles["meta"],
        ),
        Paragraph(
            escape(
                f"{_t('filters', lang).capitalize()}{' :' if lang == 'fr' else ':'} "
                f"{filters.describe(lang)}"
            ),
            styles["meta"],
        ),
        NextPageTemplate("later"),
        FrameBreak(),
    ]

    def sector_name(key: str | None) -> str:
        return nace.sector_label(key, lang) if key else _t("no_sector", lang)

    ordered = sorted(groups, key=lambda k: (k is None, _fold(sector_name(k))))
    for key in ordered:
        blocks = sorted(groups[key], key=lambda b: (b.sort_key, b.name))
        heading = Paragraph(escape(f"{sector_name(key)} ({len(blocks)})"), styles["sector"])
        story.append(CondPageBreak(30 * mm))
        first = True
        for block in blocks:
            parts: list[Any] = [Paragraph(escape(block.name), styles["name"])]
            parts += [Paragraph(escape(line), styles["line"]) for line in block.lines]
            parts.append(Spacer(1, 2.2 * mm))
            # The heading stays with its first employer.
            story.append(KeepTogether([heading, *parts] if first else parts))
            first = False

    width, height = pdf_common.PAGE_SIZE
    margin = pdf_common.MARGIN
    gap = 8 * mm
    column_width = (width - 2 * margin - gap) / 2
    frame_height = height - 2 * margin - 4 * mm
    title_height = 24 * mm

    def columns(top: float) -> list[Any]:
        return [
            Frame(margin, margin, column_width, top, id="left"),
            Frame(margin + column_width + gap, margin, column_width, top, id="right"),
        ]

    first_frames = [
        Frame(
            margin, margin + frame_height - title_height, width - 2 * margin, title_height, id="top"
        ),
        *columns(frame_height - title_height),
    ]
    page = pdf_common.header_footer(title, organisation)
    with output_file(path, last_report(progress, written, total)) as temporary:
        doc = BaseDocTemplate(
            str(temporary),
            pagesize=pdf_common.PAGE_SIZE,
            leftMargin=margin,
            rightMargin=margin,
            topMargin=margin,
            bottomMargin=margin,
            title=title,
            author=organisation,
            creator="Pacte Desktop",
        )
        doc.addPageTemplates(
            [
                PageTemplate(id="first", frames=first_frames, onPage=page),
                PageTemplate(id="later", frames=columns(frame_height), onPage=page),
            ]
        )
        doc.build(story, canvasmaker=pdf_common.NumberedCanvas)
    return written


def _employer_rows_unsorted(conn: sa.Connection, filters: Filters) -> Iterator[sa.RowMapping]:
    """The same rows as the Excel sheet; the PDF sorts them itself within each sector."""
    where, params = _where(filters)
    sql = _EMPLOYER_SQL.format(where=where).replace(
        "ORDER BY e.name COLLATE pacte_fold, e.id", "ORDER BY e.id"
    )
    yield from conn.execute(sa.text(sql), params).mappings()
