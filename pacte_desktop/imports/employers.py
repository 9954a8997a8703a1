"""Employers from an Excel workbook or a CSV file, as people really keep them.

Reading: ``.xlsx`` with openpyxl in read-only mode (rows streamed; merged cells take the value of
their top-left cell, as the user sees them; a formula cell gives the value Excel computed and
saved, and one without a saved value rejects its row, saying so), ``.csv`` streamed with the csv
module. The encoding of a CSV is UTF-16 when it starts with a UTF-16 BOM or its first bytes are
plainly UTF-16 without one (zero bytes in every other position), else UTF-8 (with or without
BOM) when the whole file decodes strictly as UTF-8, else Windows-1252 as Excel writes it
(Latin-1 for the few bytes Windows-1252 leaves undefined); the delimiter (``;``, ``,`` or tab)
is sniffed on a sample.

Hostile files (issue 11): a cell longer than the store keeps (``MAX_TEXT``) rejects its row
only; a record that an unclosed quote ran over several lines (a field holding line breaks with
the delimiter on its later lines) is rejected naming its first and last line; control
characters are stripped from the cells (one-line fields keep none, notes keep newlines and
tabs: ``domain/text.py``) and each stripping is reported as a warning of its row.

The header row is the first of the first 20 rows where at least two cells name known columns
(a title row and empty lines above it are skipped). Columns are recognised by name in French,
Dutch or English, ignoring case, accents, punctuation and spaces ("N° BCE", "KBO-nummer",
"Enterprise number"…), or through a mapping file: a JSON object ``{"column header": "field"}``
(field: an employer field such as ``bce_number``, or ``owner`` for a worker's name; ``null`` to
ignore a column). In a bilingual file, "Naam", "Straat" and "Gemeente" beside "Nom", "Rue" and
"Commune" fill the Dutch forms.

Each row is checked by the domain; a bad value rejects the row with its row number (as the
spreadsheet or text editor shows it), the field and the domain's message. Matching: the same
BCE number updates that employer; else the same normalised name at the same postcode does
(unless the BCE numbers differ); else a new employer is created. Rows later in the file that
describe an employer met earlier are matched the same way. An update writes only the fields
that change: empty cells never erase a stored value, list fields (languages, tags, accepts)
gain the file's items. An archived employer is not updated: its row is rejected.

The real run writes the good rows only, in one transaction, recorded as a revertible batch
(see :mod:`pacte_desktop.imports.batches`); a dry run writes nothing at all.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import datetime as dt
import io
import json
import re
import zipfile
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree

import sqlalchemy as sa

from pacte_desktop.domain import messages
from pacte_desktop.domain.entities import (
    Employer,
    Entity,
    FieldSpec,
    build,
    build_values,
    editable_fields,
    parse_value,
    specs,
)
from pacte_desktop.domain.errors import PacteError, ValidationError
from pacte_desktop.domain.text import strip_controls
from pacte_desktop.imports.batches import BatchWriter, ImportReport, Progress, Rejection
from pacte_desktop.imports.matching import EmployerIndex, normalise_text
from pacte_desktop.store import busy
from pacte_desktop.store.database import Store
from pacte_desktop.store.ids import new_ids
from pacte_desktop.store.operations import MAX_TEXT
from pacte_desktop.store.repository import Repository
from pacte_desktop.store.schema import (
    entity_to_row,
    from_db,
    row_to_entity,
    stored_defaults,
    to_db,
    values_to_row,
)
from pacte_desktop.store.unit_of_work import UnitOfWork

__all__ = ["HEADER_SCAN_ROWS", "ImportReport", "import_employers"]

HEADER_SCAN_ROWS = 20
_SNIFF_BYTES = 64 * 1024
_DELIMITERS = ";,\t"

#: Column names people use, by field (normalised with :func:`_key` before use).
_SYNONYMS: dict[str, tuple[str, ...]] = {
    "name": (
        "nom",
        "nom de l'employeur",
        "nom de l'entreprise",
        "raison sociale",
        "dénomination",
        "employeur",
        "entreprise",
        "société",
        "organisation",
        "naam",
        "werkgever",
        "onderneming",
        "bedrijf",
        "bedrijfsnaam",
        "benaming",
        "name",
        "employer",
        "company",
        "company name",
        "employer name",
        "organisation name",
        "organization",
    ),
    "name_nl": (
        "nom néerlandais",
        "nom nl",
        "nom (nl)",
        "nederlandse naam",
        "naam nl",
        "naam (nl)",
        "dutch name",
        "name nl",
        "name (nl)",
    ),
    "legal_form": ("forme juridique", "forme", "rechtsvorm", "legal form"),
    "bce_number": (
        "n° bce",
        "no bce",
        "nr bce",
        "numéro bce",
        "bce",
        "numéro d'entreprise",
        "n° d'entreprise",
        "numéro de tva",
        "n° tva",
        "tva",
        "bce/kbo",
        "kbo/bce",
        "kbo",
        "kbo-nummer",
        "kbo nummer",
        "nr kbo",
        "ondernemingsnummer",
        "btw-nummer",
        "btw",
        "enterprise number",
        "company number",
        "vat",
        "vat number",
    ),
    "nace_code": (
        "nace",
        "code nace",
        "code nace-bel",
        "nace-bel",
        "nace-code",
        "nace-bel-code",
        "nace code",
        "activité (nace)",
    ),
    "nace_version": ("version nace", "nace-versie", "nace version"),
    "street": ("rue", "adresse", "rue (fr)", "straat", "adres", "street", "address"),
    "street_nl": ("rue (nl)", "rue néerlandais", "straat (nl)", "straat nl", "street (nl)"),
    "number": (
        "n°",
        "no",
        "numéro",
        "num",
        "huisnummer",
        "nummer",
        "nr",
        "number",
        "house number",
    ),
    "box": ("boîte", "bte", "bus", "box"),
    "postcode": ("code postal", "cp", "postcode", "postal code", "zip", "zip code"),
    "commune": (
        "commune",
        "localité",
        "ville",
        "gemeente",
        "stad",
        "plaats",
        "municipality",
        "city",
        "town",
    ),
    "commune_nl": ("commune (nl)", "gemeente (nl)", "gemeente nl", "municipality (nl)"),
    "phone": (
        "téléphone",
        "tél",
        "tel",
        "gsm",
        "telefoon",
        "telefoonnummer",
        "phone",
        "telephone",
        "phone number",
    ),
    "email": (
        "e-mail",
        "email",
        "courriel",
        "mail",
        "adresse e-mail",
        "e-mailadres",
        "email address",
    ),
    "website": ("site web", "site internet", "site", "website", "webstek", "web", "url"),
    "languages": ("langues", "talen", "languages"),
    "size_band": ("taille", "grootte", "grootteklasse", "size", "size band"),
    "tags": ("étiquettes", "tags", "labels"),
    "accepts": ("accepte", "aanvaardt", "accepts"),
    "status": ("statut", "status"),
    "notes": ("notes", "remarques", "commentaire", "notities", "opmerkingen", "comments"),
    "owner": ("responsable", "travailleur", "verantwoordelijke", "owner"),
    "do_not_share": ("ne pas partager", "niet delen", "do not share"),
}
#: Dutch column names: beside a French or English column of the same field, they fill the
#: field's Dutch form.
_DUTCH = {
    "naam",
    "werkgever",
    "onderneming",
    "bedrijf",
    "bedrijfsnaam",
    "benaming",
    "straat",
    "adres",
    "gemeente",
    "stad",
    "plaats",
}
_DUTCH_FORM = {"name": "name_nl", "street": "street_nl", "commune": "commune_nl"}
_FIELDS = (*editable_fields(Employer), "owner")
_MAPPABLE = tuple(f for f in _FIELDS if f != "owner_id")


def _key(text: str) -> str:
    """A header as compared: no case, accents, punctuation or repeated spaces."""
    return " ".join(re.sub(r"[^0-9a-z]+", " ", normalise_text(text)).split())


def _synonyms() -> dict[str, str]:
    table: dict[str, str] = {}
    for name, words in _SYNONYMS.items():
        for word in words:
            table.setdefault(_key(word), name)
    for name in _MAPPABLE:
        table.setdefault(_key(name.replace("_", " ")), name)
        for lang in messages.LANGUAGES:
            table.setdefault(_key(messages.field_label(name, lang)), name)
    return table


SYNONYMS: dict[str, str] = _synonyms()


# -- reading files -------------------------------------------------------------------------------
def _utf16_without_bom(head: bytes) -> str | None:
    """``utf-16-le``/``utf-16-be`` when the first bytes look like UTF-16 text without a BOM:
    text in Latin script has a zero byte in most of its odd (LE) or even (BE) positions, and
    hardly any in the others; UTF-8 and Windows-1252 text has none at all."""
    pairs = len(head) // 2
    if pairs < 2:
        return None
    even = sum(1 for b in head[0 : 2 * pairs : 2] if b == 0)
    odd = sum(1 for b in head[1 : 2 * pairs : 2] if b == 0)
    if odd >= 0.6 * pairs and even <= 0.05 * pairs:
        return "utf-16-le"
    if even >= 0.6 * pairs and odd <= 0.05 * pairs:
        return "utf-16-be"
    return None


def _detect_encoding(path: Path) -> str:
    """``utf-16`` with a UTF-16 BOM (or ``utf-16-le``/``-be`` recognised without one, as
    Excel's "Unicode text" may be), else ``utf-8-sig`` when the file decodes strictly as
    UTF-8, else ``cp1252`` (or ``latin-1``)."""
    with path.open("rb") as stream:
        head = stream.read(4096)
    candidates: tuple[str, ...] = ("utf-8-sig", "cp1252")
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        candidates = ("utf-16", *candidates)
    elif not head.startswith(codecs.BOM_UTF8) and (wide := _utf16_without_bom(head)):
        candidates = (wide, *candidates)
    for encoding in candidates:
        decoder = codecs.getincrementaldecoder(encoding)("strict")
        try:
            with path.open("rb") as stream:
                while block := stream.read(1 << 20):
                    decoder.decode(block)
                decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            continue
        return encoding
    return "latin-1"


def _detect_delimiter(sample: str) -> str:
    if "\n" in sample:
        sample = sample[: sample.rindex("\n") + 1]
    try:
        delimiter = csv.Sniffer().sniff(sample, delimiters=_DELIMITERS).delimiter
    except csv.Error:
        delimiter = ""
    if delimiter in _DELIMITERS and delimiter:
        return delimiter
    lines = [line for line in sample.splitlines() if line.strip()]
    counts = {d: max((line.count(d) for line in lines), default=0) for d in _DELIMITERS}
    return max(counts, key=lambda d: counts[d]) if any(counts.values()) else ";"


class _Rows:
    """The rows of a file as ``(row number, cells)``, with progress as ``(done, total)``."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.done = 0
        self.total = 0

    def __iter__(self) -> Iterator[tuple[int, list[object]]]:
        raise NotImplementedError


class _Swallowed(list[object]):
    """The cells of a CSV record that an unclosed quote ran over several lines: its field
    holding the delimiter and a line break swallowed the lines that follow (``end``: the
    last line read into it). The import rejects it, naming the lines."""

    def __init__(self, cells: list[object], end: int) -> None:
        super().__init__(cells)
        self.end = end


#: The largest CSV field read (characters): past the store's limit on one text, so that a
#: huge cell rejects its row with a clear message; a larger one refuses the file.
CSV_FIELD_LIMIT = 16 * 1024 * 1024


@contextlib.contextmanager
def _field_limit(limit: int) -> Iterator[None]:
    before = csv.field_size_limit(limit)
    try:
        yield
    finally:
        csv.field_size_limit(before)


def _swallowed(cells: list[str], delimiter: str) -> bool:
    """Whether a multi-line record looks like an unclosed quote's work: a field whose lines
    after the first carry the delimiter (rows of the file read into one cell)."""
    for cell in cells:
        if "\n" in cell or "\r" in cell:
            lines = cell.splitlines()[1:]
            if any(delimiter in line for line in lines):
                return True
    return False


class _CsvRows(_Rows):
    def __iter__(self) -> Iterator[tuple[int, list[object]]]:
        encoding = _detect_encoding(self.path)
        self.total = self.path.stat().st_size
        with self.path.open("r", encoding=encoding, newline="") as text:
            delimiter = _detect_delimiter(text.read(_SNIFF_BYTES))
        with self.path.open("rb") as raw, _field_limit(CSV_FIELD_LIMIT):
            text_stream = io.TextIOWrapper(raw, encoding=encoding, newline="")
            reader = csv.reader(text_stream, delimiter=delimiter)
            while True:
                first_line = reader.line_num + 1
                try:
                    cells = next(reader)
                except StopIteration:
                    break
                except csv.Error as exc:
                    raise ValidationError(
                        "file", "import_format", value=str(self.path), reason=str(exc)
                    ) from None
                self.done = raw.tell()
                if reader.line_num > first_line and _swallowed(cells, delimiter):
                    yield first_line, _Swallowed(list(cells), reader.line_num)
                else:
                    yield first_line, list(cells)


class _XlsxRows(_Rows):
    def __iter__(self) -> Iterator[tuple[int, list[object]]]:
        import openpyxl

        try:
            workbook = openpyxl.load_workbook(self.path, read_only=True, data_only=True)
        except (zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
            raise ValidationError(
                "file", "import_format", value=str(self.path), reason=str(exc)
            ) from None
        try:
            sheet = workbook.active
            uncomputed: set[tuple[int, int]] = set()
            merged = _merged_ranges(self.path, getattr(sheet, "_worksheet_path", None), uncomputed)
            by_row: dict[int, list[int]] = {}
            for row, col in uncomputed:
                by_row.setdefault(row, []).append(col)
            self.total = int(sheet.max_row or 0)
            sheet.reset_dimensions()  # some writers record a wrong dimension: read every row
            open_ranges: list[tuple[int, int, int, int, object]] = []
            for number, values in enumerate(sheet.iter_rows(min_row=1, values_only=True), 1):
                cells = list(values)
                for min_col, min_row, max_col, max_row in merged.get(number, ()):
                    value = cells[min_col - 1] if len(cells) >= min_col else None
                    open_ranges.append((min_col, min_row, max_col, max_row, value))
                open_ranges = [r for r in open_ranges if r[3] >= number]
                for min_col, min_row, max_col, _, value in open_ranges:
                    if len(cells) < max_col:
                        cells.extend([None] * (max_col - len(cells)))
                    for col in range(min_col, max_col + 1):
                        if (col, number) != (min_col, min_row):
                            cells[col - 1] = value
                for col in by_row.get(number, ()):
                    if len(cells) < col:
                        cells.extend([None] * (col - len(cells)))
                    if cells[col - 1] is None:
                        cells[col - 1] = UNCOMPUTED
                self.done = number
                yield number, cells
        finally:
            workbook.close()


class _Uncomputed:
    """A formula cell the file holds no computed value for (a workbook written by a program
    rather than saved by Excel or LibreOffice): its row is rejected, saying so."""

    def __str__(self) -> str:
        return ""


UNCOMPUTED = _Uncomputed()


def _merged_ranges(
    path: Path, sheet_path: str | None, uncomputed: set[tuple[int, int]] | None = None
) -> dict[int, list[tuple[int, int, int, int]]]:
    """Merged ranges of the sheet by first row, read by streaming its XML (read-only mode does
    not give them); the ``(row, column)`` of formula cells without a computed value are
    added to ``uncomputed`` (``data_only`` reads them as empty)."""
    from openpyxl.utils.cell import coordinate_to_tuple, range_boundaries

    found: dict[int, list[tuple[int, int, int, int]]] = {}
    if not sheet_path:
        return found
    with zipfile.ZipFile(path) as archive, archive.open(sheet_path.lstrip("/")) as stream:
        for _, element in ElementTree.iterparse(stream):
            tag = element.tag.rsplit("}", 1)[-1]
            if tag == "c" and uncomputed is not None:
                children = {child.tag.rsplit("}", 1)[-1]: child for child in element}
                value = children.get("v")
                ref = element.get("r")
                if "f" in children and (value is None or not value.text) and ref:
                    with contextlib.suppress(ValueError, TypeError):
                        uncomputed.add(coordinate_to_tuple(ref))
            elif tag == "mergeCell":
                ref = element.get("ref")
                if ref:
                    min_col, min_row, max_col, max_row = range_boundaries(ref)
                    if None not in (min_col, min_row, max_col, max_row):
                        box = (int(min_col), int(min_row), int(max_col), int(max_row))
                        found.setdefault(box[1], []).append(box)
            elif tag in ("row", "mergeCells"):
                element.clear()
    return found


def _rows_of(path: Path) -> _Rows:
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        return _XlsxRows(path)
    if suffix in (".csv", ".txt", ".tsv"):
        return _CsvRows(path)
    raise ValidationError("file", "import_format", value=str(path), reason=suffix or "?")


# -- columns -------------------------------------------------------------------------------------
def _load_mapping(path: Path) -> dict[str, str | None]:
    if not path.is_file():
        raise ValidationError("mapping", "no_such_file", value=str(path))
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValidationError(
            "mapping", "import_mapping", value=str(path), reason=str(exc)
        ) from None
    return _mapping_table(data, str(path))


def _mapping_table(data: object, source: str) -> dict[str, str | None]:
    """A mapping ``{column header: field or None}`` checked, keyed as headers are compared."""
    if not isinstance(data, dict) or not data:
        raise ValidationError("mapping", "import_mapping", value=source, reason="{}")
    mapping: dict[str, str | None] = {}
    for header, field in data.items():
        if field is not None and (not isinstance(field, str) or field not in _MAPPABLE):
            raise ValidationError(
                "mapping",
                "import_mapping",
                value=source,
                reason=f"{header!r} → {field!r}; " + ", ".join(_MAPPABLE),
            )
        mapping[_key(str(header))] = field or None
    return mapping


def _mapping_of(mapping: Path | Mapping[str, str | None]) -> dict[str, str | None]:
    if isinstance(mapping, Mapping):
        return _mapping_table(dict(mapping), "—")
    return _load_mapping(Path(mapping))


def save_mapping(path: Path, mapping: Mapping[str, str | None]) -> None:
    """Write a mapping file (``{"column header": "field" or null}``, as ``--mapping`` reads
    it) after checking it; written to a temporary file and renamed."""
    _mapping_table(dict(mapping), str(path))
    from pacte_desktop.reports.output import output_file

    text = json.dumps(dict(mapping), ensure_ascii=False, indent=2) + "\n"
    with output_file(Path(path)) as temporary:
        temporary.write_text(text, encoding="utf-8")


@dataclass(frozen=True)
class ColumnGuess:
    """One named column of a file, as a person checks what the import makes of it."""

    header: str  # as written in the file
    field: str | None  # the field it fills (``owner`` for a worker's name); None: ignored
    samples: tuple[str, ...]  # the first values below the header


@dataclass(frozen=True)
class ColumnPreview:
    """The header row of a file and what each of its columns would fill."""

    row: int  # the header's row number, as the spreadsheet or editor shows it
    columns: tuple[ColumnGuess, ...]
    recognised: bool  # whether the import finds this header row by itself


def preview_columns(
    path: Path,
    *,
    mapping: Path | Mapping[str, str | None] | None = None,
    samples: int = 3,
) -> ColumnPreview:
    """The header row the import would use and each column's field, with sample values.

    When no row of the first 20 names enough known columns, the first row with at least two
    filled cells is offered as the header (``recognised`` False), for a person to say what its
    columns hold. Raises :class:`ValidationError` for an unreadable file or an empty one.
    """
    path = Path(path)
    if not path.is_file():
        raise ValidationError("file", "no_such_file", value=str(path))
    known: Mapping[str, str | None] = _mapping_of(mapping) if mapping is not None else SYNONYMS
    need = 1 if mapping is not None and len(known) == 1 else 2
    head: list[tuple[int, list[object]]] = []
    rows = iter(_rows_of(path))
    try:
        for number, cells in rows:
            head.append((number, cells))
            if len(head) >= HEADER_SCAN_ROWS + 50:
                break
    finally:
        close = getattr(rows, "close", None)
        if close is not None:
            close()
    header: tuple[int, list[object], dict[int, str]] | None = None
    for number, cells in head[:HEADER_SCAN_ROWS]:
        found, _, score = _header_fields(cells, known)
        if score >= need and found:
            header = (number, cells, found)
            break
    recognised = header is not None
    if header is None:
        for number, cells in head[:HEADER_SCAN_ROWS]:
            if sum(1 for c in cells if not _blank(c)) >= 2:
                header = (number, cells, _header_fields(cells, known)[0])
                break
    if header is None:
        raise ValidationError(
            "file",
            "import_no_header",
            value=str(path),
            rows=HEADER_SCAN_ROWS,
            columns="Nom / Naam / Name, N° BCE / KBO-nummer, Code postal / Postcode",
        )
    number, cells, fields = header
    below = [c for n, c in head if n > number and not all(_blank(cell) for cell in c)][:samples]
    columns = []
    for index, cell in enumerate(cells):
        text = _cell_text("", cell)
        if not text:
            continue
        field = fields.get(index)
        values = tuple(_cell_text(field or "", row[index]) for row in below if index < len(row))
        columns.append(ColumnGuess(text, field, tuple(v for v in values if v)))
    return ColumnPreview(number, tuple(columns), recognised)


def _header_fields(
    cells: list[object], known: Mapping[str, str | None]
) -> tuple[dict[int, str], list[str], int]:
    """Column index → field for a candidate header row, the ignored headers, the score."""
    columns: dict[int, str] = {}
    dutch: dict[str, int] = {}
    ignored: list[str] = []
    score = 0
    for index, cell in enumerate(cells):
        text = "" if cell is None else str(cell).strip()
        if not text:
            continue
        key = _key(text)
        if key not in known:
            ignored.append(text)
            continue
        score += 1
        field = known[key]
        if field is None:
            continue
        if field in columns.values():
            # "Nom" and "Naam" side by side: the Dutch column fills the Dutch form.
            nl_form = _DUTCH_FORM.get(field)
            if nl_form and key in _DUTCH and nl_form not in columns.values():
                columns[index] = nl_form
            elif nl_form and dutch.get(field) is not None and nl_form not in columns.values():
                columns[dutch[field]] = nl_form
                columns[index] = field
            else:
                ignored.append(text)
            continue
        columns[index] = field
        if key in _DUTCH:
            dutch[field] = index
    return columns, ignored, score


# -- values --------------------------------------------------------------------------------------
_CHOICE_CODES: dict[str, str] = {}
for _code, _labels in messages.CHOICE_LABELS.items():
    for _label in (_code, *_labels):
        _CHOICE_CODES.setdefault(_key(_label), _code)
for _alias, _code in {
    "article 60": "article60",
    "art 60": "article60",
    "artikel 60": "article60",
    "stage": "internships",
    "embauche": "hires",
    "aanwerving": "hires",
}.items():
    _CHOICE_CODES.setdefault(_key(_alias), _code)


def _cell_text(field: str, value: object) -> str:
    """A cell as the text the domain parses (Excel gives numbers and dates as such)."""
    if type(value) is str:  # CSV cells, most Excel cells
        return value.strip()
    if value is None:
        return ""
    if isinstance(value, bool):
        return "oui" if value else "non"
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int):
        text = str(value)
        # A phone number typed in a number cell lost its leading 0 (025361234 → 25361234).
        if field == "phone" and not text.startswith("0") and len(text) in (8, 9):
            text = "0" + text
        return text
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value).strip()


def _blank(value: object) -> bool:
    """Whether a cell holds nothing (``_cell_text`` gives ""; a formula without a computed
    value is not nothing)."""
    if type(value) is str:
        return not value.strip()
    if value is UNCOMPUTED:
        return False
    return value is None or _cell_text("", value) == ""


_CHOICE_FIELDS = frozenset(name for name, spec in specs(Employer).items() if spec.choices)


def _as_choice(field: str, text: str) -> str:
    """Translate choice labels ("Actif", "Stages, Article 60") into their codes."""
    if field not in _CHOICE_FIELDS:
        return text
    spec = specs(Employer)[field]
    parts = text.split(",") if spec.kind == "list" else [text]
    out = []
    for part in parts:
        code = _CHOICE_CODES.get(_key(part), part.strip())
        out.append(code if code in spec.choices else part.strip())
    return ",".join(out)


_MISSING = object()
#: Characters :func:`strip_controls` may remove (a cheap test before calling it).
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\n\r\t]")
#: Fields that keep newlines and tabs.
_MULTILINE = frozenset(name for name, spec in specs(Employer).items() if spec.kind == "longtext")
_CACHE_PER_COLUMN = 4096


class _Bad:
    """A cell's problem: the field and the message, kept instead of raising per cell."""

    __slots__ = ("field", "message")

    def __init__(self, field: str, message: str) -> None:
        self.field = field
        self.message = message


def _stored_list(spec: FieldSpec, value: object) -> object:
    return json.dumps(list(value), ensure_ascii=False) if value else "[]"  # type: ignore[call-overload]


#: Domain value → stored value, for the kinds where they differ (see ``schema.to_db``).
_STORED: dict[str, Callable[[FieldSpec, object], object]] = {
    "list": _stored_list,
    "bool": to_db,
    "date": to_db,
}

_EMPLOYER_SPECS = specs(Employer)
_EMPLOYER_DEFAULTS = stored_defaults(Employer)
_EMPLOYER_REQUIRED = tuple(name for name, spec in _EMPLOYER_SPECS.items() if spec.required)
#: Whether an employer is checked by its fields alone (no ``check`` or ``__post_init__``).
_EMPLOYER_PLAIN = Employer.check is Entity.check and not hasattr(Employer, "__post_init__")


def _new_employer_row(values: dict[str, object]) -> dict[str, object]:
    """The stored row (without ``id``) of a new employer from a file's stored-form values:
    what ``values_to_row(build_values(Employer, …))`` gives, restricted to the fields given
    and the derived ones (a test checks both agree)."""
    code = values.get("nace_code")
    if code and not values.get("nace_version"):
        # Employer.derive's rule, on the stored form (the same text).
        derived = Employer.derive({"nace_code": code})
        values["nace_version"] = derived["nace_version"]
    if not _EMPLOYER_PLAIN:  # cross-field rules of its own: build the entity to check them
        full = values_to_row(Employer, build_values(Employer, {**from_row(values), "id": ""}))
        return {name: full[name] for name in values}
    for name in _EMPLOYER_REQUIRED:
        value = values.get(name, _EMPLOYER_DEFAULTS[name])
        if value is None or value == "" or value == "[]":
            raise ValidationError(name, "required")
    return values


def from_row(values: Mapping[str, object]) -> dict[str, object]:
    """Stored-form values back to the domain form :meth:`_Import._update` works with."""
    return {name: from_db(_EMPLOYER_SPECS[name], value) for name, value in values.items()}


class _Import:
    """One run over one file."""

    def __init__(
        self,
        conn: sa.Connection,
        uow: UnitOfWork | None,
        path: Path,
        mapping: dict[str, str | None] | None,
        progress: Progress | None,
    ) -> None:
        self.conn = conn
        self.path = path
        self.mapping = mapping
        self.progress = progress
        self.uow = uow
        self.writer: BatchWriter  # made with the header row's columns (``_prepare``)
        self.index = EmployerIndex.load(conn)
        self.plan: list[tuple[int, str, Callable[[str], object]]] = []
        self.ids: list[str] = []
        self.repo = Repository(conn)
        self.owners: dict[str, object] = {}
        self.rejected: list[Rejection] = []
        self.warnings: list[Rejection] = []
        self.rejected_rows = 0
        self.created = self.updated = self.unchanged = 0
        self.ignored: tuple[str, ...] = ()

    def run(self) -> None:
        rows = _rows_of(self.path)
        known: Mapping[str, str | None] = self.mapping if self.mapping is not None else SYNONYMS
        need = 1 if self.mapping is not None and len(self.mapping) == 1 else 2
        columns: dict[int, str] | None = None
        seen = 0
        last_report = 0
        for number, cells in rows:
            if columns is None:
                seen += 1
                found, ignored, score = _header_fields(cells, known)
                if score >= need and found:
                    columns = found
                    self.ignored = tuple(ignored)
                    self._check_columns(columns)
                    self._prepare(columns)
                elif seen >= HEADER_SCAN_ROWS:
                    break
                continue
            if type(cells) is _Swallowed:
                error = ValidationError("line", "import_unclosed_quote", line=number, end=cells.end)
                self._reject(number, [("line", error.message())])
                continue
            if all(_blank(c) for c in cells):
                continue
            self._row(number, cells)
            if self.progress and number - last_report >= 500:
                last_report = number
                self.progress(rows.done, rows.total)
        if columns is None:
            examples = "Nom / Naam / Name, N° BCE / KBO-nummer, Code postal / Postcode"
            raise ValidationError(
                "file",
                "import_no_header",
                value=str(self.path),
                rows=HEADER_SCAN_ROWS,
                columns=examples,
            )
        if self.progress:
            self.progress(rows.total or rows.done, rows.total or rows.done)

    def _check_columns(self, columns: dict[int, str]) -> None:
        if not {"name", "bce_number"} & set(columns.values()):
            raise ValidationError(
                "file",
                "import_no_header",
                value=str(self.path),
                rows=HEADER_SCAN_ROWS,
                columns="Nom / Naam / Name, N° BCE / KBO-nummer",
            )

    def _reject(self, number: int, errors: list[tuple[str, str]]) -> None:
        self.rejected.extend((number, field, text) for field, text in errors)
        self.rejected_rows += 1

    def _owner(self, name: str) -> object:
        """A worker's id for an "owner" cell, or a :class:`_Bad` naming the problem."""
        found = self.owners.get(name.casefold())
        if found is None:
            try:
                found = self.repo.worker_by_name(name, "owner_id").id
            except PacteError as exc:
                found = _Bad(exc.field, exc.message())
            self.owners[name.casefold()] = found
        return found

    def _prepare(self, columns: dict[int, str]) -> None:
        """Set the per-column parsers and the columns new employers are written with."""
        self.plan = [
            (index, "owner_id" if field == "owner" else field, self._parser(field))
            for index, field in sorted(columns.items())
        ]
        keys = {key for _, key, _ in self.plan}
        if "nace_code" in keys:
            keys.add("nace_version")  # Employer.derive fills it from the code
        self.writer = BatchWriter(
            self.conn, self.uow, Employer, columns=[c for c in specs(Employer) if c in keys]
        )

    def _parser(self, field: str) -> Callable[[str], object]:
        """``parse(text)``: the stored value of a cell's text, or a :class:`_Bad`.

        Results are remembered per distinct text (up to a few thousand per column): postcodes,
        communes, streets, statuses and tags repeat down a file; unique values fall through.
        """
        if field == "owner":
            return self._owner
        spec = specs(Employer)[field]
        convert = _STORED.get(spec.kind)
        cache: dict[str, object] = {}

        def parse(text: str) -> object:
            found = cache.get(text, _MISSING)
            if found is _MISSING:
                try:
                    found = parse_value(field, spec, _as_choice(field, text))
                    if convert is not None:
                        found = convert(spec, found)
                except PacteError as exc:
                    found = _Bad(exc.field, exc.message())
                if len(cache) < _CACHE_PER_COLUMN:
                    cache[text] = found
            return found

        return parse

    def _row(self, number: int, cells: list[object]) -> None:
        values: dict[str, object] = {}
        errors: list[tuple[str, str]] = []
        width = len(cells)
        for index, key, parse in self.plan:
            if index >= width:
                continue
            cell = cells[index]
            if cell is UNCOMPUTED:
                errors.append((key, ValidationError(key, "import_formula").message()))
                continue
            text = cell.strip() if type(cell) is str else _cell_text(key, cell)
            if not text:
                continue
            if len(text) > MAX_TEXT:  # no stored text may be longer (store/operations.py)
                error = ValidationError(key, "too_long", length=len(text), max=MAX_TEXT)
                errors.append((key, error.message()))
                continue
            if _CONTROLS.search(text):
                # Stripped on import, and said (one-line fields keep none; notes keep newlines
                # and tabs): domain/text.py's rule.
                text, removed = strip_controls(text, multiline=key in _MULTILINE)
                text = text.strip()
                if removed:
                    warning = ValidationError(key, "import_controls_stripped", count=removed)
                    self.warnings.append((number, key, warning.message()))
                if not text:
                    continue
            value = parse(text)
            if type(value) is _Bad:
                errors.append((value.field, value.message))
            else:
                values[key] = value
        if errors:
            self._reject(number, errors)
            return
        keys = self.index.name_keys(values)
        found = self.index.find(values, keys)
        try:
            if found is None:
                self._create(values, keys)
            elif found in self.index.archived:
                raise ValidationError("name", "archived", value=self.writer.current(found)["name"])
            else:
                self._update(found, from_row(values))
        except PacteError as exc:
            self._reject(number, [(exc.field, exc.message())])

    def _create(self, values: dict[str, object], keys: tuple[tuple[str, str], ...]) -> None:
        # What build() checks and derives, on stored-form values, without the instance.
        row = _new_employer_row(values)
        record_id = self.ids.pop() if self.ids else self._more_ids()
        row["id"] = record_id
        self.writer.create(row)
        self.index.add(record_id, row, keys)
        self.created += 1

    def _more_ids(self) -> str:
        self.ids = new_ids(1000)
        self.ids.reverse()  # popped from the end: still handed out in increasing order
        return self.ids.pop()

    def _update(self, record_id: str, values: dict[str, object]) -> None:
        current_row = self.writer.current(record_id)
        current = row_to_entity(Employer, current_row)
        merged = {name: getattr(current, name) for name in specs(Employer)}
        for key in ("name", "name_nl"):
            # "GARAGE  moderne" names "Garage Moderne": the stored spelling stays.
            new, old_name = values.get(key), merged.get(key)
            if new and old_name and normalise_text(str(new)) == normalise_text(str(old_name)):
                values = {k: v for k, v in values.items() if k != key}
        for name, value in values.items():
            if specs(Employer)[name].kind == "list":
                old: tuple[object, ...] = merged[name]
                merged[name] = (*old, *(v for v in value if v not in old))  # type: ignore[attr-defined]
            else:
                merged[name] = value
        if "nace_code" in values and "nace_version" not in values:
            merged["nace_version"] = None  # derived again from the new code
        new_row = entity_to_row(build(Employer, merged))
        diff = {k: v for k, v in new_row.items() if v != current_row[k]}
        if not diff:
            self.unchanged += 1
            return
        self.writer.change(record_id, diff)
        self.index.add(record_id, new_row)
        self.updated += 1

    def report(self, batch_id: str | None, dry_run: bool) -> ImportReport:
        return ImportReport(
            batch_id=batch_id,
            created=self.created,
            updated=self.updated,
            unchanged=self.unchanged,
            rejected=list(self.rejected),
            file=str(self.path),
            dry_run=dry_run,
            ignored_columns=self.ignored,
            warnings=list(self.warnings),
        )


def import_employers(
    store: Store,
    path: Path,
    *,
    mapping: Path | Mapping[str, str | None] | None = None,
    dry_run: bool = False,
    worker_id: str | None = None,
    progress: Progress | None = None,
) -> ImportReport:
    """Import (or, with ``dry_run``, only check) the employers of an .xlsx or .csv file.

    Raises :class:`ValidationError` when the file cannot be read at all (missing, not a
    spreadsheet, no recognisable header row, bad mapping file); problems of single rows are
    returned in the report. ``progress(done, total)`` is called now and then.
    """
    path = Path(path)
    if not path.is_file():
        raise ValidationError("file", "no_such_file", value=str(path))
    table = _mapping_of(mapping) if mapping is not None else None
    if dry_run:
        with store.reading() as conn:
            run = _Import(conn, None, path, table, progress)
            run.run()
            return run.report(None, True)
    # One transaction, all or nothing: a writer that waits meanwhile waits for its end,
    # told what it waits for (store/busy.py).
    with (
        UnitOfWork(store, worker_id) as uow,
        busy.announced(store.data_dir, "busy_import", file=path.name),
    ):
        run = _Import(uow.connection, uow, path, table, progress)
        run.run()
        batch_id = run.writer.finish(
            kind="employers",
            file=str(path),
            created=run.created,
            updated=run.updated,
            unchanged=run.unchanged,
            rejected=run.rejected_rows,
        )
        uow.commit()
    return run.report(batch_id, False)


#: The fields a mapping file may name.
MAPPABLE_FIELDS: tuple[str, ...] = _MAPPABLE
