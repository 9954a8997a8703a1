"""The rows of an Excel workbook or a CSV file, as people really keep them.

Reading: ``.xlsx`` with openpyxl in read-only mode (rows streamed; merged cells take the value of
their top-left cell, as the user sees them; a formula cell gives the value Excel computed and
saved, and one without a saved value gives :data:`UNCOMPUTED`, which rejects its row), ``.csv``
streamed with the csv module. The encoding of a CSV is UTF-16 when it starts with a UTF-16 BOM
or its first bytes are plainly UTF-16 without one (zero bytes in every other position), else
UTF-8 (with or without BOM) when the whole file decodes strictly as UTF-8, else Windows-1252 as
Excel writes it (Latin-1 for the few bytes Windows-1252 leaves undefined); the delimiter
(``;``, ``,`` or tab) is sniffed on a sample.

Hostile files (issue 11): a record that an unclosed quote ran over several lines (a field
holding line breaks with the delimiter on its later lines) comes as :class:`Swallowed`, naming
its first and last line, for the caller to reject; a CSV field past :data:`CSV_FIELD_LIMIT`
characters, or a file the csv module or openpyxl cannot read, refuses the file with a
:class:`ValidationError` (``import_format``).

Row numbers are as the spreadsheet or the text editor shows them (1 for the first line).
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import datetime as dt
import io
import zipfile
from collections.abc import Iterator
from pathlib import Path
from xml.etree import ElementTree

from pacte_desktop.domain.errors import ValidationError

__all__ = ["CSV_FIELD_LIMIT", "UNCOMPUTED", "Rows", "Swallowed", "blank", "cell_text", "rows_of"]

_SNIFF_BYTES = 64 * 1024
_DELIMITERS = ";,\t"


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


class Rows:
    """The rows of a file as ``(row number, cells)``, with progress as ``(done, total)``."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.done = 0
        self.total = 0

    def __iter__(self) -> Iterator[tuple[int, list[object]]]:
        raise NotImplementedError


class Swallowed(list[object]):
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


class _CsvRows(Rows):
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
                    yield first_line, Swallowed(list(cells), reader.line_num)
                else:
                    yield first_line, list(cells)


class _XlsxRows(Rows):
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


def rows_of(path: Path) -> Rows:
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        return _XlsxRows(path)
    if suffix in (".csv", ".txt", ".tsv"):
        return _CsvRows(path)
    raise ValidationError("file", "import_format", value=str(path), reason=suffix or "?")


def cell_text(field: str, value: object) -> str:
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


def blank(value: object) -> bool:
    """Whether a cell holds nothing (``cell_text`` gives ""; a formula without a computed
    value is not nothing)."""
    if type(value) is str:
        return not value.strip()
    if value is UNCOMPUTED:
        return False
    return value is None or cell_text("", value) == ""
