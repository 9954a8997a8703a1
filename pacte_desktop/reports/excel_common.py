"""Shared openpyxl helpers for the Excel exports (write-only mode, so large stores stream).

- :func:`new_workbook` / :func:`save_atomically`: a write-only workbook saved through a temporary
  file, so a failed export never leaves half a file where the previous one was.
- :class:`TableSheet`: one data sheet — styled header, frozen header row, column widths, a real
  Excel table (with its autofilter) over the rows, and typed cells (dates as dates, e-mail
  addresses and websites as clickable links).
- :func:`text_cell`: text that Excel must never read as a formula (``=``, ``+``, ``-``, ``@``).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from openpyxl import LXML, Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ERROR_CODES, ILLEGAL_CHARACTERS_RE
from openpyxl.compat import safe_string
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import to_excel, to_ISO8601
from openpyxl.worksheet.filters import AutoFilter
from openpyxl.worksheet.hyperlink import Hyperlink
from openpyxl.worksheet.table import Table, TableColumn, TableStyleInfo

from pacte_desktop.reports.output import output_file

#: Text beginning with one of these is a formula (or a DDE payload) for a spreadsheet.
FORMULA_PREFIXES = ("=", "+", "-", "@")
DATE_FORMAT = "DD/MM/YYYY"
#: Excel refuses a worksheet with more hyperlinks than this; past it, links stay plain text.
MAX_HYPERLINKS = 65_000
MAX_WIDTH = 60.0

HEADER_FONT = Font(bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", fgColor="1F4E78")
HEADER_ALIGNMENT = Alignment(vertical="center", wrap_text=False)
HEADER_BORDER = Border(bottom=Side(style="thin", color="000000"))
LINK_FONT = Font(color="0563C1", underline="single")
LABEL_FONT = Font(bold=True)

ColumnKind = Literal["text", "date", "email", "url", "int"]

_TABLE_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_.]*$")
#: Longest text a cell holds (openpyxl truncates there too).
_MAX_TEXT = 32_767


@dataclass(frozen=True)
class Column:
    """One column of a data sheet: its header (already translated), width and cell kind."""

    header: str
    width: float = 16.0
    kind: ColumnKind = "text"


def new_workbook() -> Workbook:
    return Workbook(write_only=True)


def discard(workbook: Workbook) -> None:
    """Release a write-only workbook abandoned half-way (cancelled, failed): its sheets hold
    open temporary files until closed."""
    for sheet in list(workbook.worksheets):
        with contextlib.suppress(Exception):
            sheet.close()


def save_atomically(
    workbook: Workbook, path: Path, before_rename: Callable[[], None] | None = None
) -> None:
    """Save next to ``path`` then rename, so ``path`` is either the old file or the new one
    (see :func:`pacte_desktop.reports.output.output_file`)."""
    with output_file(path, before_rename) as temporary:
        save_workbook(workbook, temporary)


def save_workbook(workbook: Workbook, path: Path) -> None:
    """``workbook.save(path)``, but a save that fails (a full disk) closes its zip file at
    once: left to the garbage collector, the zip file would try to write its directory again
    and Python would print "Exception ignored in ZipFile.__del__" after the user's message."""
    import datetime as _dt
    from zipfile import ZIP_DEFLATED, ZipFile

    from openpyxl.writer.excel import ExcelWriter

    if workbook.write_only and not workbook.worksheets:
        workbook.create_sheet()
    archive = ZipFile(path, "w", ZIP_DEFLATED, allowZip64=True)
    try:
        workbook.properties.modified = _dt.datetime.now(tz=_dt.UTC).replace(tzinfo=None)
        ExcelWriter(workbook, archive).save()  # closes the archive when it succeeds
    finally:
        if archive.fp is not None:
            with contextlib.suppress(OSError, ValueError):
                archive.close()
            if archive.fp is not None:  # close() failed before releasing its file
                with contextlib.suppress(OSError):
                    archive.fp.close()
                archive.fp = None


def clean_text(value: str) -> str:
    """Drop the control characters that XML (and so .xlsx) cannot hold."""
    return str(ILLEGAL_CHARACTERS_RE.sub("", value))


def is_formula_like(value: str) -> bool:
    return value.startswith(FORMULA_PREFIXES)


def text_cell(ws: Any, value: str, **style: Any) -> Any:
    """A cell holding ``value`` as text, whatever it begins with.

    openpyxl turns a string beginning with ``=`` into a formula; Excel and LibreOffice would also
    evaluate ``+``, ``-`` and ``@`` when the cell is edited. The cell is forced to the string
    type and marked with Excel's "quote prefix", so it stays text even after an edit.
    """
    cell = WriteOnlyCell(ws, value=None)
    cell.value = clean_text(value)
    cell.data_type = "s"
    if is_formula_like(value):
        cell.quotePrefix = True
    for name, item in style.items():
        setattr(cell, name, item)
    return cell


def safe_value(ws: Any, value: object) -> object:
    """``value`` ready for ``ws.append``: risky text wrapped in a text cell, the rest as is."""
    if isinstance(value, str):
        if not value:
            return None
        if is_formula_like(value) or ILLEGAL_CHARACTERS_RE.search(value):
            return text_cell(ws, value)
    return value


def date_cell(ws: Any, value: dt.date | None) -> Any:
    if value is None:
        return None
    cell = WriteOnlyCell(ws, value=value)
    cell.number_format = DATE_FORMAT
    return cell


def link_target(kind: ColumnKind, value: str) -> str | None:
    """The hyperlink of an e-mail address or a website, or None when it is not one."""
    text = value.strip()
    if not text or any(ch.isspace() for ch in text):
        return None
    if kind == "email":
        return "mailto:" + text if "@" in text and not is_formula_like(text) else None
    if kind == "url":
        lowered = text.lower()
        if lowered.startswith(("http://", "https://")):
            return text
        if is_formula_like(text) or ":" in text.split("/")[0]:
            return None  # another scheme (javascript:, file:...) is never made clickable
        return "https://" + text
    return None


def unique_headers(headers: Sequence[str]) -> list[str]:
    """Table column names must be unique (case-insensitively) and non-empty."""
    seen: set[str] = set()
    out: list[str] = []
    for raw in headers:
        name = clean_text(raw).strip() or "column"
        candidate, n = name, 2
        while candidate.casefold() in seen:
            candidate = f"{name} ({n})"
            n += 1
        seen.add(candidate.casefold())
        out.append(candidate)
    return out


class TableSheet:
    """A write-only data sheet turned into an Excel table when closed.

    Create it, ``append`` rows of plain Python values (one per column: ``str``, ``int``,
    ``datetime.date`` or None), then ``close()``. Rows are written as they come.
    """

    def __init__(
        self,
        workbook: Workbook,
        title: str,
        columns: Sequence[Column],
        table_name: str,
        *,
        style: str = "TableStyleMedium2",
    ) -> None:
        if not _TABLE_NAME.match(table_name):
            raise ValueError(f"invalid Excel table name {table_name!r}")
        self.ws = workbook.create_sheet(title=safe_sheet_title(title))
        self.columns = list(columns)
        self.headers = unique_headers([c.header for c in self.columns])
        self.table_name = table_name
        self.style = style
        self.rows = 0
        self._links = 0
        for index, column in enumerate(self.columns, start=1):
            width = min(MAX_WIDTH, max(column.width, len(self.headers[index - 1]) + 4))
            self.ws.column_dimensions[get_column_letter(index)].width = width
        self.ws.freeze_panes = "A2"
        self.ws.append([self._header_cell(h) for h in self.headers])
        self._fast: bool | None = None
        self._install_fast_rows()

    def _header_cell(self, header: str) -> Any:
        return text_cell(
            self.ws,
            header,
            font=HEADER_FONT,
            fill=HEADER_FILL,
            alignment=HEADER_ALIGNMENT,
            border=HEADER_BORDER,
        )

    def _cell(self, column: Column, value: object) -> object:
        if value is None or value == "":
            return None
        if column.kind == "date":
            if isinstance(value, dt.datetime):
                value = value.date()
            if isinstance(value, dt.date):
                return date_cell(self.ws, value)
            return safe_value(self.ws, str(value))
        if column.kind in ("email", "url") and isinstance(value, str):
            target = link_target(column.kind, value)
            if target is None or self._links >= MAX_HYPERLINKS:
                return safe_value(self.ws, value)
            self._links += 1
            cell = text_cell(self.ws, value, font=LINK_FONT)
            cell.hyperlink = target
            return cell
        return safe_value(self.ws, value)

    def append(self, values: Sequence[object]) -> None:
        if len(values) != len(self.columns):
            raise ValueError(f"expected {len(self.columns)} values, got {len(values)}")
        if self._fast is not None:
            self.ws.append(_DataRow(values))
        else:
            self.ws.append(self._cells(values))
        self.rows += 1

    def _cells(self, values: Sequence[object]) -> list[object]:
        return [self._cell(c, v) for c, v in zip(self.columns, values, strict=True)]

    # -- Fast row writing ----------------------------------------------------------------------
    #
    # openpyxl writes each cell of a write-only sheet through a WriteOnlyCell and an element
    # tree, which is most of the time of a large export. Data rows are written here as the very
    # XML openpyxl writes for the cells :meth:`_cell` gives (same types, styles and links); a row
    # holding anything else goes the openpyxl way. With lxml, openpyxl's own path is used.

    def _install_fast_rows(self) -> None:
        self._fast = None
        ws = self.ws
        writer = getattr(ws, "_writer", None)
        if LXML or writer is None or getattr(ws, "_rows", None) is None:
            return
        generic_values = ws._values_to_row
        generic_write = writer.write_row

        def values_to_row(values: Any, row_idx: int) -> Any:
            if isinstance(values, _DataRow):
                return values
            return generic_values(values, row_idx)

        def write_row(xf: Any, row: Any, row_idx: int) -> None:
            if isinstance(row, _DataRow):
                raw = getattr(xf, "_file", None)
                xml = self._row_xml(row, row_idx) if callable(raw) else None
                if xml is not None:
                    assert raw is not None
                    raw(xml)
                    return
                row = generic_values(self._cells(row), row_idx)
            generic_write(xf, row, row_idx)

        ws._values_to_row = values_to_row
        writer.write_row = write_row
        book = ws.parent
        self._iso_dates = bool(book.iso_dates)
        self._epoch = book.epoch
        self._letters = [get_column_letter(i) for i in range(1, len(self.columns) + 1)]
        self._styles: dict[tuple[str, bool], int] = {}
        self._fast = True

    def _style_id(self, kind: str, quote: bool) -> int:
        """The workbook's style index of a date, link or quote-prefixed text cell."""
        key = (kind, quote)
        if key not in self._styles:
            cell = WriteOnlyCell(self.ws)
            if kind == "date":
                cell.number_format = DATE_FORMAT
            elif kind == "link":
                cell.font = LINK_FONT
            if quote:
                cell.quotePrefix = True
            self._styles[key] = int(cell.style_id)
        return self._styles[key]

    def _row_xml(self, values: Sequence[object], row_idx: int) -> str | None:
        """The ``<row>`` element of one data row, or None when openpyxl must write it."""
        parts = [f'<row r="{row_idx}">']
        links: list[Hyperlink] = []
        link_count = self._links
        for column, letter, value in zip(self.columns, self._letters, values, strict=True):
            if value is None or value == "":
                continue
            ref = f"{letter}{row_idx}"
            if column.kind == "date":
                if isinstance(value, dt.datetime):
                    value = value.date()
                if isinstance(value, dt.date):
                    date_style = self._style_id("date", False)
                    if self._iso_dates:
                        iso = to_ISO8601(value)
                        parts.append(f'<c r="{ref}" s="{date_style}" t="d"><v>{iso}</v></c>')
                    else:
                        number = safe_string(to_excel(value, self._epoch))  # as openpyxl does
                        parts.append(f'<c r="{ref}" s="{date_style}" t="n"><v>{number}</v></c>')
                    continue
                value = str(value)
                if not value:
                    continue
            if isinstance(value, str):
                style: int | None = None
                formula_like = is_formula_like(value)
                if column.kind in ("email", "url"):
                    target = link_target(column.kind, value)
                    if target is not None and link_count < MAX_HYPERLINKS:
                        link_count += 1
                        links.append(Hyperlink(ref=ref, target=target))
                        style = self._style_id("link", formula_like)
                        value = clean_text(value)
                if style is None:
                    if formula_like:
                        style = self._style_id("text", True)
                        value = clean_text(value)
                    elif ILLEGAL_CHARACTERS_RE.search(value):
                        value = clean_text(value)
                    elif value in ERROR_CODES:
                        return None
                value = value[:_MAX_TEXT]
                if not value:
                    return None
                s = "" if style is None else f' s="{style}"'
                stripped = value.strip()
                space = ' xml:space="preserve"' if stripped and stripped != value else ""
                parts.append(
                    f'<c r="{ref}"{s} t="inlineStr"><is><t{space}>{_escape(value)}</t></is></c>'
                )
            elif type(value) in (int, float):
                parts.append(f'<c r="{ref}" t="n"><v>{safe_string(value)}</v></c>')
            else:
                return None
        parts.append("</row>")
        self._links = link_count
        self.ws._hyperlinks.extend(links)
        return "".join(parts)

    @property
    def ref(self) -> str:
        # Excel needs at least one row under the header; an empty table keeps one blank row.
        last_row = 1 + max(self.rows, 1)
        return f"A1:{get_column_letter(len(self.columns))}{last_row}"

    def close(self) -> None:
        if self.rows == 0:
            self.ws.append([None] * len(self.columns))
        table = Table(
            displayName=self.table_name,
            ref=self.ref,
            tableStyleInfo=TableStyleInfo(
                name=self.style,
                showFirstColumn=False,
                showLastColumn=False,
                showRowStripes=True,
                showColumnStripes=False,
            ),
        )
        # Write-only sheets cannot be read back: the table's columns are named here.
        table.tableColumns = [
            TableColumn(id=i, name=name) for i, name in enumerate(self.headers, start=1)
        ]
        table.autoFilter = AutoFilter(ref=self.ref)
        with warnings.catch_warnings():
            # openpyxl warns that write-only tables need their columns named: they are, above.
            warnings.filterwarnings("ignore", "In write-only mode", UserWarning)
            self.ws.add_table(table)


class _DataRow(tuple):  # type: ignore[type-arg]
    """The plain values of one data row, for :meth:`TableSheet._row_xml`."""

    __slots__ = ()


def _escape(text: str) -> str:
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    return text


def safe_sheet_title(title: str) -> str:
    """Excel sheet names: at most 31 characters, none of ``[]:*?/\\``."""
    cleaned = re.sub(r"[\[\]:*?/\\]", "-", clean_text(title)).strip("'") or "Sheet"
    return cleaned[:31]


def key_value_sheet(
    workbook: Workbook, title: str, rows: Sequence[tuple[str, object]], widths: tuple[float, float]
) -> Any:
    """A small two-column sheet of labels and values (the "À propos" sheet)."""
    ws = workbook.create_sheet(title=safe_sheet_title(title))
    ws.column_dimensions["A"].width = widths[0]
    ws.column_dimensions["B"].width = widths[1]
    for label, value in rows:
        label_cell = text_cell(ws, label, font=LABEL_FONT)
        if isinstance(value, dt.date):
            ws.append([label_cell, date_cell(ws, value)])
        elif isinstance(value, str):
            ws.append([label_cell, text_cell(ws, value) if value else None])
        else:
            ws.append([label_cell, value])
    return ws
