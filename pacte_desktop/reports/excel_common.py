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
import os
import re
import tempfile
import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.filters import AutoFilter
from openpyxl.worksheet.table import Table, TableColumn, TableStyleInfo

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


def save_atomically(workbook: Workbook, path: Path) -> None:
    """Save next to ``path`` then rename, so ``path`` is either the old file or the new one."""
    path = Path(path)
    fd, tmp_name = tempfile.mkstemp(prefix=".pacte-", suffix=path.suffix, dir=path.parent)
    os.close(fd)
    try:
        workbook.save(tmp_name)
        os.replace(tmp_name, path)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise


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
        self.ws.append([self._cell(c, v) for c, v in zip(self.columns, values, strict=True)])
        self.rows += 1

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
