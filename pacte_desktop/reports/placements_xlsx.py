"""The placement figures as an Excel workbook: one sheet per breakdown, plus the detailed list.

Each sheet holds one real Excel table with a styled, frozen header row; dates are date cells;
any text that Excel would read as a formula (starting with ``=``, ``+``, ``-`` or ``@``) is
written as text.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.table import Table, TableStyleInfo
from openpyxl.worksheet.worksheet import Worksheet

from pacte_desktop.domain import messages
from pacte_desktop.reports import excel_common as xl
from pacte_desktop.reports.placements import (
    PlacementFigures,
    labelled_sectors,
    labelled_types,
    list_headers,
    row_cells,
    text,
)

FORMULA_START = ("=", "+", "-", "@")
DATE_FORMAT = "yyyy-mm-dd"
PERCENT_FORMAT = "0.0%"
HEADER_FONT = Font(bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", fgColor="1F5F8B")
_BAD_SHEET_CHARS = re.compile(r"[\[\]:*?/\\]")


def _set(
    ws: Worksheet, row: int, column: int, value: Any, number_format: str | None = None
) -> None:
    cell = ws.cell(row=row, column=column)
    if isinstance(value, str) and value.startswith(FORMULA_START):
        cell.value = value
        cell.data_type = "s"  # stored as a string, never as a formula
        cell.quotePrefix = True  # Excel keeps it text when the cell is edited
    else:
        cell.value = value
    if number_format:
        cell.number_format = number_format
    elif isinstance(value, dt.date):
        cell.number_format = DATE_FORMAT


def _sheet_title(name: str) -> str:
    return _BAD_SHEET_CHARS.sub(" ", name)[:31]


def _table_sheet(
    wb: Workbook,
    title: str,
    table_name: str,
    headers: Sequence[str],
    rows: Sequence[Sequence[Any]],
    *,
    widths: Sequence[int] | None = None,
    formats: dict[int, str] | None = None,
) -> Worksheet:
    """A sheet with one Excel table: styled header, frozen header row, autofilter."""
    ws = wb.create_sheet(_sheet_title(title))
    for col, header in enumerate(headers, start=1):
        _set(ws, 1, col, header)
        cell = ws.cell(row=1, column=col)
        cell.font = HEADER_FONT
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(vertical="center", wrap_text=True)
    for r, values in enumerate(rows, start=2):
        for col, value in enumerate(values, start=1):
            _set(ws, r, col, value, (formats or {}).get(col))
    last_row = max(len(rows) + 1, 2)  # a table needs at least one data row
    ref = f"A1:{get_column_letter(len(headers))}{last_row}"
    table = Table(displayName=table_name, ref=ref)
    table.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
    ws.add_table(table)
    ws.freeze_panes = "A2"
    for col, header in enumerate(headers, start=1):
        longest = max([len(header)] + [len(_shown(v)) for v in (r[col - 1] for r in rows)])
        width = widths[col - 1] if widths else min(max(longest + 2, 10), 60)
        ws.column_dimensions[get_column_letter(col)].width = width
    return ws


def _shown(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return "2024-01-01"
    return str(value)


def _share(n: int, total: int) -> float | None:
    return n / total if total else None


def write(figures: PlacementFigures, path: Path, lang: str) -> None:
    wb = Workbook()
    default = wb.active
    if default is not None:
        wb.remove(default)
    total = figures.total
    count, share = text("count", lang), text("share", lang)

    summary = [
        (messages.field_label("organisation", lang).capitalize(), figures.organisation_name(lang)),
        (text("period_start", lang), figures.start),
        (text("period_end", lang), figures.end),
        (text("generated_on", lang), figures.produced_on),
        (text("scope_label", lang), text("scope", lang)),
        (text("total", lang), total),
        (text("residents", lang), figures.residents),
        (text("non_residents", lang), figures.non_residents),
        (text("through_network", lang), figures.network_total),
        *(
            (f"{text('through_network', lang)} — {partner}", n)
            for partner, n in figures.through_network
        ),
        (text("employed_3m", lang), figures.check_3m.employed),
        (
            text("employed_3m", lang) + " — " + text("made", lang).lower(),
            figures.check_3m.recorded,
        ),
        (text("employed_6m", lang), figures.check_6m.employed),
        (
            text("employed_6m", lang) + " — " + text("made", lang).lower(),
            figures.check_6m.recorded,
        ),
    ]
    ws = _table_sheet(
        wb,
        text("summary_sheet", lang),
        "Summary",
        [text("item", lang), text("value", lang)],
        summary,
        widths=[48, 60],
    )
    for row in ws.iter_rows(min_row=2, min_col=2, max_col=2):
        row[0].alignment = Alignment(horizontal="left", wrap_text=True, vertical="top")

    _table_sheet(
        wb,
        text("type_sheet", lang),
        "ByType",
        [messages.field_label("placement_type", lang).capitalize(), "code", count, share],
        [(label, code, n, _share(n, total)) for code, label, n in labelled_types(figures, lang)],
        formats={4: PERCENT_FORMAT},
    )
    _table_sheet(
        wb,
        text("sector_sheet", lang),
        "BySector",
        [messages.field_label("sector", lang).capitalize(), "code", count, share],
        [(label, key, n, _share(n, total)) for key, label, n in labelled_sectors(figures, lang)],
        formats={4: PERCENT_FORMAT},
    )
    _table_sheet(
        wb,
        text("residence_sheet", lang),
        "ByResidence",
        [text("residence", lang), count, share],
        [
            (text("residents", lang), figures.residents, _share(figures.residents, total)),
            (
                text("non_residents", lang),
                figures.non_residents,
                _share(figures.non_residents, total),
            ),
        ],
        formats={3: PERCENT_FORMAT},
    )
    _table_sheet(
        wb,
        text("checks_sheet", lang),
        "Checks",
        [
            text("check", lang),
            messages.choice_label("employed", lang),
            messages.choice_label("not-employed", lang),
            messages.choice_label("unknown", lang),
            text("made", lang),
            text("rate", lang),
            text("overdue", lang),
            text("not_yet_due", lang),
        ],
        [
            (
                text(key, lang),
                c.employed,
                c.not_employed,
                c.unknown,
                c.recorded,
                c.rate,
                c.overdue,
                c.not_yet_due,
            )
            for key, c in (("three_months", figures.check_3m), ("six_months", figures.check_6m))
        ],
        formats={6: PERCENT_FORMAT},
    )
    _table_sheet(
        wb,
        text("list_sheet", lang),
        "Placements",
        list_headers(lang),
        [row_cells(row, lang) for row in figures.rows],
    )
    wb.properties.title = text("title", lang)
    wb.properties.creator = figures.organisation_name(lang) or "Pacte Desktop"
    xl.save_workbook(wb, path)
