"""The placement report as an A4 PDF (reportlab platypus), built from :class:`PlacementFigures`."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from pacte_desktop.domain import messages
from pacte_desktop.reports import pdf_common
from pacte_desktop.reports.placements import (
    CheckFigures,
    PlacementFigures,
    format_date,
    labelled_sectors,
    labelled_types,
    list_headers,
    percent,
    row_cells,
    text,
)

ACCENT = colors.HexColor("#1f5f8b")
LIGHT = colors.HexColor("#e8f0f6")
GRID = colors.HexColor("#b8c6d1")
PALETTE = [
    colors.HexColor(c)
    for c in (
        "#1f5f8b",
        "#e07b39",
        "#4c9a2a",
        "#b03a48",
        "#7a5195",
        "#c9a227",
        "#3b8ea5",
        "#8c8c8c",
    )
]
CONTENT_WIDTH = pdf_common.PAGE_SIZE[0] - 2 * pdf_common.MARGIN


class _Styles:
    def __init__(self) -> None:
        regular, bold = pdf_common.register_fonts()
        self.regular, self.bold = regular, bold
        self.title = ParagraphStyle(
            "title", fontName=bold, fontSize=20, leading=25, textColor=ACCENT, spaceAfter=4
        )
        self.org = ParagraphStyle("org", fontName=bold, fontSize=13, leading=17, spaceAfter=2)
        self.body = ParagraphStyle("body", fontName=regular, fontSize=9.5, leading=12.5)
        self.note = ParagraphStyle(
            "note", fontName=regular, fontSize=8, leading=10.5, textColor=colors.HexColor("#555555")
        )
        self.h2 = ParagraphStyle(
            "h2",
            fontName=bold,
            fontSize=13,
            leading=16,
            textColor=ACCENT,
            spaceBefore=10,
            spaceAfter=5,
        )
        self.cell = ParagraphStyle("cell", fontName=regular, fontSize=7.5, leading=9)
        self.head = ParagraphStyle(
            "head", fontName=bold, fontSize=7.5, leading=9, textColor=colors.white
        )
        self.figure = ParagraphStyle(
            "figure", fontName=bold, fontSize=18, leading=22, textColor=ACCENT
        )
        self.figure_label = ParagraphStyle(
            "figure_label", fontName=regular, fontSize=8.5, leading=10.5
        )
        self.num = ParagraphStyle("num", parent=self.body, alignment=TA_RIGHT)


def _cap(value: str) -> str:
    return value[:1].upper() + value[1:]


def _esc(value: str) -> str:
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _grid_style(font: str, bold: str, *, numeric_from: int | None = None) -> TableStyle:
    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), font),
        ("FONTNAME", (0, 0), (-1, 0), bold),
        ("FONTSIZE", (0, 0), (-1, -1), 9),
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
        ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, LIGHT]),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, GRID),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]
    if numeric_from is not None:
        commands.append(("ALIGN", (numeric_from, 0), (-1, -1), "RIGHT"))
    return TableStyle(commands)


def _drawing(width: float, height: float, font: str) -> Drawing:
    """A drawing whose default font is the embedded one (else Helvetica, never embedded)."""
    drawing = Drawing(width, height)
    drawing.initialFontName = font
    return drawing


def _bar_chart(items: list[tuple[str, int]], font: str, width: float) -> Drawing:
    """A horizontal bar chart, one bar per item, labelled with the item and its count."""
    bar_h = 13
    height = max(len(items), 1) * bar_h + 22
    drawing = _drawing(width, height, font)
    chart = HorizontalBarChart()
    chart.x = 130
    chart.y = 16
    chart.width = width - chart.x - 30
    chart.height = height - 22
    # Top-down order: the first item at the top.
    values = [n for _, n in reversed(items)] or [0]
    chart.data = [values]
    chart.categoryAxis.categoryNames = [label for label, _ in reversed(items)] or [""]
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 7.5
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    chart.categoryAxis.strokeColor = GRID
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    top = max(values) if values else 0
    step = max(1, -(-top // 5))
    chart.valueAxis.valueStep = step
    chart.valueAxis.valueMax = max(step * 5, top, 1)
    chart.valueAxis.strokeColor = GRID
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#e3e3e3")
    chart.bars[0].fillColor = ACCENT
    chart.bars[0].strokeColor = None
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = font
    chart.barLabels.fontSize = 7
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    drawing.add(chart)
    return drawing


def _pie(items: list[tuple[str, int]], font: str, width: float) -> Drawing:
    height = 104
    drawing = _drawing(width, height, font)
    shown = [(label, n) for label, n in items if n]
    if not shown:
        return drawing
    pie = Pie()
    pie.x, pie.y, pie.width, pie.height = 10, 8, 90, 90
    pie.data = [n for _, n in shown]
    pie.labels = None
    pie.slices.strokeColor = colors.white
    pie.slices.strokeWidth = 1
    for i in range(len(shown)):
        pie.slices[i].fillColor = PALETTE[i % len(PALETTE)]
    drawing.add(pie)
    total = sum(n for _, n in shown)
    y = 88
    for i, (label, n) in enumerate(shown):
        drawing.add(_swatch(120, y, PALETTE[i % len(PALETTE)]))
        share = round(100 * n / total)
        drawing.add(String(134, y + 1, f"{label}: {n} ({share} %)", fontName=font, fontSize=8))
        y -= 14
    return drawing


def _swatch(x: float, y: float, color: Any) -> Any:
    from reportlab.graphics.shapes import Rect

    return Rect(x, y, 9, 9, fillColor=color, strokeColor=None)


def _key_figures(figures: PlacementFigures, lang: str, st: _Styles) -> Table:
    def block(value: str, label: str) -> list[Paragraph]:
        return [Paragraph(_esc(value), st.figure), Paragraph(_esc(label), st.figure_label)]

    def check(c: CheckFigures) -> str:
        return percent(c.employed, c.recorded, lang)

    cells = [
        block(str(figures.total), text("total", lang)),
        block(
            str(figures.residents),
            f"{text('residents', lang)} ({percent(figures.residents, figures.total, lang)})",
        ),
        block(
            check(figures.check_3m),
            text("employed_3m", lang)
            + " — "
            + text("of_recorded", lang, n=figures.check_3m.employed, d=figures.check_3m.recorded),
        ),
        block(
            check(figures.check_6m),
            text("employed_6m", lang)
            + " — "
            + text("of_recorded", lang, n=figures.check_6m.employed, d=figures.check_6m.recorded),
        ),
    ]
    table = Table([cells], colWidths=[CONTENT_WIDTH / 4] * 4)
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), st.regular),  # else Helvetica, never embedded
                ("BACKGROUND", (0, 0), (-1, -1), LIGHT),
                ("LINEAFTER", (0, 0), (-2, -1), 1, colors.white),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
            ]
        )
    )
    return table


def _count_table(
    header: str, rows: list[tuple[str, int]], total: int, lang: str, st: _Styles
) -> Table:
    data: list[list[Any]] = [[header, text("count", lang), text("share", lang)]]
    for label, n in rows:
        data.append([Paragraph(_esc(label), st.body), str(n), percent(n, total, lang)])
    data.append(
        [text("total_row", lang), str(sum(n for _, n in rows)), percent(total, total, lang)]
    )
    table = Table(data, colWidths=[CONTENT_WIDTH * 0.6, CONTENT_WIDTH * 0.2, CONTENT_WIDTH * 0.2])
    style = _grid_style(st.regular, st.bold, numeric_from=1)
    style.add("FONTNAME", (0, -1), (-1, -1), st.bold)
    style.add("LINEABOVE", (0, -1), (-1, -1), 0.8, ACCENT)
    table.setStyle(style)
    return table


def _checks_table(figures: PlacementFigures, lang: str, st: _Styles) -> Table:
    header = [
        text("check", lang),
        _cap(messages.choice_label("employed", lang)),
        _cap(messages.choice_label("not-employed", lang)),
        _cap(messages.choice_label("unknown", lang)),
        text("made", lang),
        text("rate", lang),
        text("overdue", lang),
        text("not_yet_due", lang),
    ]
    data: list[list[Any]] = [header]
    for key, c in (("three_months", figures.check_3m), ("six_months", figures.check_6m)):
        data.append(
            [
                text(key, lang),
                str(c.employed),
                str(c.not_employed),
                str(c.unknown),
                str(c.recorded),
                percent(c.employed, c.recorded, lang),
                str(c.overdue),
                str(c.not_yet_due),
            ]
        )
    # Dutch headers ("Werkzaamheidsgraad", "Achterstallig") are long single words: widths that
    # keep every word whole (the header in its bold face, the figures as the grid draws them).
    widths = fit_widths(data, st.regular, 9, CONTENT_WIDTH, head=(st.bold, st.head.fontSize))
    data[0] = [Paragraph(_esc(h), st.head) for h in header]
    table = Table(data, colWidths=widths)
    style = _grid_style(st.regular, st.bold, numeric_from=1)
    style.add("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD)
    style.add("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD)
    table.setStyle(style)
    return table


CELL_PAD = 3


def fit_widths(
    rows: list[list[str]],
    font: str,
    size: float,
    total: float,
    *,
    head: tuple[str, float] | None = None,
) -> list[float]:
    """Column widths that never break a word (when possible), sharing the rest by need.

    Each column gets at least its longest word; the space left goes to the columns whose
    longest text is wider than that, in proportion to the difference. ``head``: the font and
    size of the first row when it differs from the others'.
    """
    fonts = [head or (font, size)] + [(font, size)] * (len(rows) - 1)

    def width(text: str, row: int) -> float:
        return float(stringWidth(text, *fonts[row]))

    columns = list(zip(*rows, strict=True))
    least = [
        max(width(w, r) for r, v in enumerate(col) for w in (v.split() or [""])) + 2 * CELL_PAD
        for col in columns
    ]
    most = [max(width(v, r) for r, v in enumerate(col)) + 2 * CELL_PAD for col in columns]
    spare = total - sum(least)
    if spare <= 0:
        return [total * w / sum(least) for w in least]
    wants = [m - n for m, n in zip(most, least, strict=True)]
    if sum(wants) <= spare:
        extra = (spare - sum(wants)) / len(columns)
        return [m + extra for m in most]
    return [n + spare * w / sum(wants) for n, w in zip(least, wants, strict=True)]


def _list_table(figures: PlacementFigures, lang: str, st: _Styles) -> Table:
    headers = [h[:1].upper() + h[1:] for h in list_headers(lang)[:9]]  # residence: see above
    texts: list[list[str]] = [headers]
    for row in figures.rows:
        texts.append(
            [
                format_date(v, lang) if hasattr(v, "isoformat") or v is None else str(v)
                for v in row_cells(row, lang)[:9]
            ]
        )
    widths = fit_widths(texts, st.regular, st.cell.fontSize, CONTENT_WIDTH)
    data: list[list[Any]] = [[Paragraph(_esc(h), st.head) for h in texts[0]]]
    # A Paragraph per cell is what costs in a long table: text that fits on one line (and that a
    # Paragraph would not reflow) is drawn as a plain string in the same font, size and leading.
    fits = [w - 2 * CELL_PAD for w in widths]
    size = st.cell.fontSize
    for values in texts[1:]:
        data.append(
            [
                v
                if " ".join(v.split()) == v and stringWidth(v, st.regular, size) <= room
                else Paragraph(_esc(v), st.cell)
                for v, room in zip(values, fits, strict=True)
            ]
        )
    table = Table(data, colWidths=widths, repeatRows=1)
    style = _grid_style(st.regular, st.bold)
    style.add("FONTSIZE", (0, 1), (-1, -1), size, st.cell.leading)
    style.add("TEXTCOLOR", (0, 1), (-1, -1), st.cell.textColor)
    style.add("VALIGN", (0, 0), (-1, -1), "TOP")
    style.add("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD)
    style.add("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD)
    table.setStyle(style)
    return table


def _network_section(figures: PlacementFigures, lang: str, st: _Styles) -> list[Any]:
    """The placements made through the network, by the partner that proposed the candidate
    (left out when there are none)."""
    if not figures.through_network:
        return []
    note = text("through_network_note", lang, count=figures.network_total, total=figures.total)
    return [
        KeepTogether(
            [
                Paragraph(_esc(text("through_network", lang)), st.h2),
                Paragraph(_esc(note), st.body),
                Spacer(1, 3),
                _count_table(
                    text("proposed_by", lang),
                    list(figures.through_network),
                    figures.network_total,
                    lang,
                    st,
                ),
            ]
        )
    ]


def build_story(figures: PlacementFigures, lang: str, st: _Styles) -> list[Any]:
    org = figures.organisation_name(lang)
    start, end = format_date(figures.start, lang), format_date(figures.end, lang)
    story: list[Any] = [
        Paragraph(_esc(text("title", lang)), st.title),
        Paragraph(_esc(org), st.org),
        Paragraph(_esc(text("period", lang, start=start, end=end)), st.body),
        Paragraph(
            _esc(text("generated", lang, date=format_date(figures.produced_on, lang))), st.body
        ),
        Spacer(1, 3),
        Paragraph(_esc(text("scope", lang)), st.note),
        Paragraph(_esc(text("key_figures", lang)), st.h2),
        _key_figures(figures, lang, st),
    ]
    types = [(label, n) for _, label, n in labelled_types(figures, lang)]
    sectors = [(label, n) for _, label, n in labelled_sectors(figures, lang)]
    story += [
        KeepTogether(
            [
                Paragraph(_esc(text("by_type", lang)), st.h2),
                _bar_chart(types, st.regular, CONTENT_WIDTH),
                Spacer(1, 4),
                _count_table(
                    _cap(messages.field_label("placement_type", lang)),
                    types,
                    figures.total,
                    lang,
                    st,
                ),
            ]
        ),
        KeepTogether(
            [
                Paragraph(_esc(text("by_sector", lang)), st.h2),
                _bar_chart(sectors, st.regular, CONTENT_WIDTH),
                Spacer(1, 4),
                _count_table(
                    _cap(messages.field_label("sector", lang)),
                    sectors,
                    figures.total,
                    lang,
                    st,
                ),
            ]
        ),
    ]
    residence = [
        (text("residents", lang), figures.residents),
        (text("non_residents", lang), figures.non_residents),
    ]
    story += [
        KeepTogether(
            [
                Paragraph(_esc(text("by_residence", lang)), st.h2),
                _pie(residence, st.regular, CONTENT_WIDTH),
                _count_table(text("residence", lang), residence, figures.total, lang, st),
            ]
        ),
    ]
    story += _network_section(figures, lang, st)
    story += [
        Paragraph(_esc(text("checks", lang)), st.h2),
        _checks_table(figures, lang, st),
        Spacer(1, 3),
        Paragraph(_esc(text("checks_note", lang)), st.note),
        PageBreak(),
        Paragraph(_esc(text("list", lang)), st.h2),
    ]
    if figures.rows:
        story.append(_list_table(figures, lang, st))
    else:
        story.append(Paragraph(_esc(text("none", lang)), st.body))
    return story


def write(
    figures: PlacementFigures,
    path: Path,
    lang: str,
    *,
    progress: Callable[[int, int], None] | None = None,
) -> None:
    st = _Styles()
    org = figures.organisation_name(lang)
    title = text("title", lang)
    period = text(
        "period_short",
        lang,
        start=format_date(figures.start, lang),
        end=format_date(figures.end, lang),
    )
    doc = SimpleDocTemplate(
        str(path),
        pagesize=pdf_common.PAGE_SIZE,
        leftMargin=pdf_common.MARGIN,
        rightMargin=pdf_common.MARGIN,
        topMargin=20 * mm,
        bottomMargin=19 * mm,
        title=f"{title} — {org} — {period}",
        author=org,
        subject=period,
        # Else the canvas starts every page in Helvetica, one of the 14 standard fonts, which
        # PDF files never embed.
        initialFontName=st.regular,
    )
    story = build_story(figures, lang, st)
    if progress:
        progress(2, 3)
    page = pdf_common.header_footer(f"{title} · {period}", org)
    doc.build(story, onFirstPage=page, onLaterPages=page, canvasmaker=pdf_common.NumberedCanvas)
