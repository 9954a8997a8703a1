"""Shared reportlab helpers: embedded fonts, "page n / N" canvas, running header and footer.

Stable API (used by the directory PDF and the placement report):

- ``register_fonts() -> tuple[str, str]``: registers DejaVu Sans regular and bold as TrueType
  fonts (embedded, so accents and Dutch characters print) and returns their reportlab names.
- ``NumberedCanvas``: a ``canvasmaker`` for ``doc.build(..., canvasmaker=NumberedCanvas)`` that
  draws "n / N" at the bottom right of every page once the total is known.
- ``header_footer(title, org)``: a page callback for ``onFirstPage`` / ``onLaterPages`` drawing
  the title and organisation at the top and the generation date at the bottom left.
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas

REGULAR = "PacteSans"
BOLD = "PacteSans-Bold"

PAGE_SIZE = A4
MARGIN = 18 * mm
FOOTER_FONT_SIZE = 8

_FONT_DIRS = (
    Path("/usr/share/fonts/truetype/dejavu"),
    Path("/usr/share/fonts/dejavu"),
    Path("/usr/share/fonts/TTF"),
    Path("/usr/local/share/fonts"),
    Path("/Library/Fonts"),
    Path("C:/Windows/Fonts"),
)


class FontNotFoundError(RuntimeError):
    """No TrueType font able to print accents was found on this system."""


def _fc_match(pattern: str) -> Path | None:
    exe = shutil.which("fc-match")
    if exe is None:
        return None
    try:
        out = subprocess.run(
            [exe, "-f", "%{file}", pattern],
            capture_output=True,
            text=True,
            timeout=10,
            check=False,
        ).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return None
    path = Path(out) if out else None
    if path is not None and path.suffix.lower() == ".ttf" and path.is_file():
        return path
    return None


def find_font(filename: str, fc_pattern: str) -> Path:
    """The path of ``filename`` (e.g. ``DejaVuSans.ttf``) in the usual font folders or fc-match."""
    for folder in _FONT_DIRS:
        candidate = folder / filename
        if candidate.is_file():
            return candidate
    found = _fc_match(fc_pattern)
    if found is not None and found.name == filename:
        return found
    raise FontNotFoundError(
        f"The TrueType font {filename} was not found (needed to print accents in PDF). "
        "Install it, e.g. `apt-get install fonts-dejavu-core`."
    )


def register_fonts() -> tuple[str, str]:
    """Register the embedded fonts once; return (regular, bold) font names for styles."""
    registered = pdfmetrics.getRegisteredFontNames()
    if REGULAR not in registered:
        pdfmetrics.registerFont(TTFont(REGULAR, str(find_font("DejaVuSans.ttf", "DejaVuSans"))))
    if BOLD not in registered:
        pdfmetrics.registerFont(
            TTFont(BOLD, str(find_font("DejaVuSans-Bold.ttf", "DejaVuSans:bold")))
        )
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
