"""The partner directory's formats: employers (and their contact persons) in Excel, or in PDF.

A format writer only: what to list is decided by its caller
(:func:`pacte_desktop.services.reports.export_directory`), which reads the rows (archived
employers never; with ``shareable_only``, only those that may leave) and the fields the sharing
charter lets out (:class:`Allowed`). The writer shows no field :class:`Allowed` withholds, not
even through a derived column (the sector comes from the NACE code, the address from the street).
Rows arrive as a stream (:class:`DirectoryRows`), read inside the caller's read transaction
while the writer consumes them, never loaded as entities. ``.xlsx`` or ``.pdf`` by the file's
suffix (:func:`format_of`).
"""

from __future__ import annotations

import datetime as dt
import errno
import functools
import json
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from pacte_desktop.domain import bce, contact_rules, messages, nace
from pacte_desktop.domain.errors import ValidationError
from pacte_desktop.domain.progress import Progress
from pacte_desktop.reports import excel_common as xl
from pacte_desktop.reports.output import cannot_write, last_report, output_file

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


FORMATS = (".xlsx", ".pdf")


def format_of(path: Path) -> str:
    """The format ``path`` asks for (``.xlsx`` or ``.pdf``), refused before anything is read."""
    path = Path(path)
    if path.is_dir():
        raise cannot_write(path, IsADirectoryError(errno.EISDIR, "is a folder"))
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise ValidationError(
            "file", "export_format", value=suffix or path.name, choices=", ".join(FORMATS)
        )
    return suffix


@dataclass(frozen=True)
class DirectoryRows:
    """What the writers read, inside one read transaction of the caller.

    ``employers`` are the employer rows to list (columns of the directory query, streamed),
    ``contacts()`` the contact persons of those employers, read only when the charter lets a
    contact field out, ``total`` how many employers there are (for progress) and
    ``organisation`` this organisation's name in the document's language.
    """

    total: int
    organisation: str
    employers: Iterable[Mapping[Any, Any]]
    contacts: Callable[[], Iterable[Mapping[Any, Any]]]


#: Opens the rows inside a read: ``by_name`` True sorts employers (and contacts) by name as
#: people read them (:func:`name_key`), False leaves them in any order (the PDF sorts them).
Source = Callable[[bool], AbstractContextManager[DirectoryRows]]


def write(
    source: Source,
    path: Path,
    filters: Filters,
    allowed: Allowed,
    *,
    lang: str,
    progress: Progress | None = None,
) -> int:
    """Write the directory to ``path`` in :func:`format_of` its suffix; return the employers."""
    path = Path(path)
    if format_of(path) == ".xlsx":
        return _write_excel(source, path, filters, allowed, lang, progress)
    return _write_pdf(source, path, filters, allowed, lang, progress)


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


# -- Sorting ------------------------------------------------------------------------------------


@functools.lru_cache(maxsize=65536)  # a collation compares each name many times
def name_key(text: str) -> str:
    """A name as people sort it: "Épicerie" with the E's, not after "Z"; case ignored."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


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
        text = f"{text} {_t('box_abbr', lang)} {row['box']}".strip()
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
    source: Source,
    path: Path,
    filters: Filters,
    allowed: Allowed,
    lang: str,
    progress: Progress | None,
) -> int:
    workbook = xl.new_workbook()
    try:
        return _fill_xlsx(workbook, source, path, filters, allowed, lang, progress)
    except BaseException:
        xl.discard(workbook)
        raise


def _fill_xlsx(
    workbook: Any,
    source: Source,
    path: Path,
    filters: Filters,
    allowed: Allowed,
    lang: str,
    progress: Progress | None,
) -> int:
    fields = _employer_fields(lang, allowed)
    written = 0
    contacts = 0
    with source(True) as rows:
        total = rows.total
        organisation = rows.organisation
        sheet = xl.TableSheet(
            workbook, _t("employers_sheet", lang), [f.column for f in fields], "Employers"
        )
        for row in rows.employers:
            sheet.append([f.value(row) for f in fields])
            written += 1
            if progress and written % _PROGRESS_EVERY == 0:
                progress(written, total)
        sheet.close()
        contacts = _write_contacts(workbook, rows.contacts, allowed, lang)
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
    workbook: Any,
    contact_rows: Callable[[], Iterable[Mapping[Any, Any]]],
    allowed: Allowed,
    lang: str,
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
    for row in contact_rows():
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
    return _Block(name_key(name), name, tuple(lines))


def _write_pdf(
    source: Source,
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
    with source(False) as rows:
        total = rows.total
        organisation = rows.organisation
        for row in rows.employers:
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

    ordered = sorted(groups, key=lambda k: (k is None, name_key(sector_name(k))))
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
