"""Shared reportlab helpers: embedded fonts, "page n / N" canvas, running header and footer.

Stable API (used by the directory PDF and the placement report):

- ``register_fonts() -> tuple[str, str]``: registers DejaVu Sans regular and bold as TrueType
  fonts (embedded, so accents and Dutch characters print) and returns their reportlab names. The
  font files are the ones shipped in the package (``resource_path("fonts")``), never the
  system's.
- ``NumberedCanvas``: a ``canvasmaker`` for ``doc.build(..., canvasmaker=NumberedCanvas)`` that
  draws "n / N" at the bottom right of every page once the total is known.
- ``header_footer(title, org)``: a page callback for ``onFirstPage`` / ``onLaterPages`` drawing
  the title and organisation at the top and the generation date at the bottom left.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas

from pacte_desktop.resources import resource_path

REGULAR = "PacteSans"
BOLD = "PacteSans-Bold"

PAGE_SIZE = A4
MARGIN = 18 * mm
FOOTER_FONT_SIZE = 8

FONT_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}


class FontNotFoundError(RuntimeError):
    """A font shipped with the application is missing: the installation is damaged."""


def font_path(name: str) -> Path:
    """The shipped TrueType file of ``name`` (``REGULAR`` or ``BOLD``).

    The reports use the fonts shipped in the package (``resources/fonts``) and never look for
    fonts on the system: stock Windows has no DejaVu, and the same report must look the same on
    every workstation.
    """
    path = resource_path("fonts", FONT_FILES[name])
    if not path.is_file():
        raise FontNotFoundError(
            f"The font {path} shipped with Pacte Desktop is missing: reinstall the application."
        )
    return path


def register_fonts() -> tuple[str, str]:
    """Register the embedded fonts once; return (regular, bold) font names for styles."""
    registered = pdfmetrics.getRegisteredFontNames()
    if REGULAR not in registered:
        pdfmetrics.registerFont(TTFont(REGULAR, str(font_path(REGULAR))))
    if BOLD not in registered:
        pdfmetrics.registerFont(TTFont(BOLD, str(font_path(BOLD))))
    pdfmetrics.registerFontFamily(
        REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD
    )
    return REGULAR, BOLD


class NumberedCanvas(rl_canvas.Canvas):  # type: ignore[misc]
    """Canvas that defers page output to write "n / N" on every page (N = total pages)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        # Start on the embedded font, so the PDF references no unembedded Helvetica at all.
        kwargs.setdefault("initialFontName", register_fonts()[0])
        super().__init__(*args, **kwargs)
        self._saved_page_states: list[dict[str, Any]] = []

    def showPage(self) -> None:  # reportlab API name
        self._saved_page_states.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._saved_page_states)
        for state in self._saved_page_states:
            self.__dict__.update(state)
            self._draw_page_number(total)
            super().showPage()
        super().save()

    def _draw_page_number(self, total: int) -> None:
        regular, _bold = register_fonts()
        width, _height = self._pagesize
        self.saveState()
        self.setFont(regular, FOOTER_FONT_SIZE)
        self.setFillGray(0.35)
        self.drawRightString(width - MARGIN, 10 * mm, f"{self._pageNumber} / {total}")
        self.restoreState()


def header_footer(title: str, org: str) -> Callable[[rl_canvas.Canvas, Any], None]:
    """A page callback drawing ``title`` and ``org`` on top and today's date at the bottom."""
    today = date.today().isoformat()

    def draw(canv: rl_canvas.Canvas, doc: Any) -> None:
        regular, bold = register_fonts()
        width, height = canv._pagesize
        canv.saveState()
        canv.setFillGray(0.2)
        canv.setFont(bold, 9)
        canv.drawString(MARGIN, height - 12 * mm, title)
        canv.setFont(regular, 9)
        canv.drawRightString(width - MARGIN, height - 12 * mm, org)
        canv.setStrokeGray(0.6)
        canv.setLineWidth(0.5)
        canv.line(MARGIN, height - 14 * mm, width - MARGIN, height - 14 * mm)
        canv.line(MARGIN, 14 * mm, width - MARGIN, 14 * mm)
        canv.setFont(regular, FOOTER_FONT_SIZE)
        canv.setFillGray(0.35)
        canv.drawString(MARGIN, 10 * mm, today)
        canv.restoreState()

    return draw
