"""The interface's icons: one maintained set, drawn in the palette's colours, light or dark.

Rules:

- Every icon of the sidebar, the toolbars, the menus and the status bar comes from one set,
  Phosphor Icons 1.3.0 (MIT, by Tobias Fried and Helena Zhang), drawn from the icon font and
  character map that the ``qtawesome`` wheel carries: offline, sharp at any size and any
  scaling. Only that font is loaded, by this module, the way qtawesome draws a glyph (the
  character in the icon font at 7/8 of the icon's height, centred). qtawesome's own code is not
  imported: through QtPy it would add about 120 ms to every start, and its shared instance
  loads all twelve sets it ships and, on Windows, copies them into the user's font folder and
  registry; the application installs nothing on the laptop. The set's licence travels with the
  application (``resources/icons/LICENSE-Phosphor.txt``) and is shown in About → Licences.
- An icon is named by what it stands for (``"employers"``, ``"sync_ok"``), never by its glyph:
  :data:`GLYPHS` maps each meaning to a glyph, so one line changes a picture everywhere.
- Icons take their colour from the application's palette when they are painted, not when they
  are made: the window's text colour, greyed as disabled text when disabled, the highlighted
  text's colour on a selected row. A switch between light and dark (``look.apply``) repaints
  every widget, and each icon with it, in the new colours; a pixmap drawn once (the status
  bar's sync state) is drawn again on the palette change (``ui/sync.py``). The warning tone is
  an amber dark enough to read on a light window and light enough on a dark one.
- Should the font fail to load (a Windows policy that blocks fonts an application brings), every
  icon is empty and the interface keeps its words: nothing depends on an icon alone.
"""

from __future__ import annotations

import importlib.util
import json
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QGuiApplication,
    QIcon,
    QIconEngine,
    QPainter,
    QPalette,
    QPixmap,
)
from PySide6.QtWidgets import QAbstractItemView, QStyle, QToolBar

#: The icon set: its font and character map (in qtawesome's fonts folder), its name, version
#: and licence as About shows them. The installer keeps these two files of qtawesome's and drops
#: the other sets' (installer/pacte.spec).
FONT_FILE = "phosphor-1.3.0.ttf"
CHARMAP_FILE = "phosphor-charmap-1.3.0.json"
SET_NAME = "Phosphor Icons"
SET_VERSION = "1.3.0"
SET_LICENCE = "MIT"
LICENCE_FILE = "LICENSE-Phosphor.txt"  # in resources/icons/

#: Each meaning's glyph (Phosphor's bold weight: it reads at 16 pixels).
GLYPHS: dict[str, str] = {
    # The sidebar's views, by their key.
    "home": "house-bold",
    "employers": "buildings-bold",
    "followups": "phone-call-bold",
    "opportunities": "briefcase-bold",
    "candidates": "users-three-bold",
    "placements": "handshake-bold",
    "network": "share-network-bold",
    # Actions.
    "new": "plus-circle-bold",
    "open": "folder-open-bold",
    "archive": "archive-box-bold",
    "restore": "arrow-counter-clockwise-bold",
    "find": "magnifying-glass-bold",
    "backup": "floppy-disk-bold",
    "quit": "sign-out-bold",
    "switch_worker": "user-focus-bold",
    "add_worker": "user-plus-bold",
    "handover": "hand-bold",
    "guide": "book-open-bold",
    "about": "info-bold",
    "conflicts": "git-diff-bold",
    "sync_setup": "gear-bold",
    "what_we_share": "eye-bold",
    "devices": "desktop-bold",
    "passphrase": "key-bold",
    "duplicates": "git-merge-bold",  # the duplicates review (ui/duplicates.py)
    # The File menu's exports and imports (ui/exports.py).
    "export": "export-bold",
    "export_followups": "calendar-check-bold",
    "report": "chart-bar-bold",
    "import": "download-simple-bold",
    "import_kbo": "identification-card-bold",
    "import_batches": "clock-counter-clockwise-bold",
    # Candidate data protection (ui/candidates_expired.py).
    "retention": "hourglass-bold",
    "anonymise": "eraser-bold",
    # The sync state in the status bar (the F5 action shows "sync").
    "sync": "arrows-clockwise-bold",
    "sync_off": "cloud-slash-bold",
    "sync_ok": "cloud-check-bold",
    "sync_running": "cloud-arrow-up-bold",
    "sync_locked": "lock-key-bold",
    "sync_problem": "warning-bold",
}

#: The employer directory's toolbar actions, by their object name (ui/employers.py).
ACTION_GLYPHS = {
    "action_open": "open",
    "action_log": "followups",  # noting a démarche: the call of the follow-ups view
    "action_new": "new",
    "action_archive": "archive",
    "action_restore": "restore",
    "action_duplicates": "duplicates",
}

#: Tones: the palette's text colour, or a warning amber for a light and for a dark window.
PLAIN = "plain"
MUTED = "muted"
WARNING = "warning"
WARNING_ON_LIGHT = "#9a5b00"
WARNING_ON_DARK = "#f0b44c"


@dataclass(frozen=True)
class IconFont:
    """The loaded icon font: its family in Qt's font database and each glyph's character."""

    family: str
    charmap: dict[str, str]

    def font(self, pixels: int) -> QFont:
        font = QFont(self.family)
        font.setPixelSize(max(pixels, 1))
        font.setStyleStrategy(QFont.StyleStrategy.NoFontMerging)  # never another font's glyph
        return font


_font: IconFont | None = None
_failed = False


def font_folder() -> Path:
    """qtawesome's fonts folder (inside the wheel, or the bundle's copy of it), found without
    importing qtawesome."""
    spec = importlib.util.find_spec("qtawesome")
    if spec is None or not spec.origin:
        raise FileNotFoundError("qtawesome is not installed")
    return Path(spec.origin).resolve().parent / "fonts"


def iconic_font() -> IconFont | None:
    """The icon font, loaded once (a QGuiApplication must exist); None when it cannot load."""
    global _font, _failed
    if _font is None and not _failed:
        if not isinstance(QGuiApplication.instance(), QGuiApplication):
            return None  # no font database yet: try again once there is one
        try:
            folder = font_folder()
            data = (folder / FONT_FILE).read_bytes()
            codes = json.loads((folder / CHARMAP_FILE).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            _failed = True
            return None
        families = QFontDatabase.applicationFontFamilies(
            QFontDatabase.addApplicationFontFromData(data)
        )
        if not families:  # a policy blocking the fonts an application brings (Windows)
            _failed = True
            return None
        _font = IconFont(families[0], {name: chr(int(code, 16)) for name, code in codes.items()})
    return _font


def is_dark(palette: QPalette) -> bool:
    """Whether ``palette`` is a dark one (its window darker than its text)."""
    role = QPalette.ColorRole
    return palette.color(role.Window).lightness() < palette.color(role.WindowText).lightness()


def colour(palette: QPalette, mode: QIcon.Mode, tone: str = PLAIN) -> QColor:
    """The colour an icon of ``tone`` is drawn in, in ``mode``, from ``palette``."""
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    if mode == QIcon.Mode.Disabled:
        return palette.color(group.Disabled, role.WindowText)
    if mode == QIcon.Mode.Selected:
        return palette.color(group.Active, role.HighlightedText)
    if tone == WARNING:
        return QColor(WARNING_ON_DARK if is_dark(palette) else WARNING_ON_LIGHT)
    if tone == MUTED:
        return palette.color(group.Active, role.PlaceholderText)
    return palette.color(group.Active, role.WindowText)


class PaletteIconEngine(QIconEngine):
    """Draws one glyph in the colour the application's palette gives it when painted."""

    def __init__(self, glyph: str, tone: str = PLAIN) -> None:
        super().__init__()
        self.glyph = glyph
        self.tone = tone

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        font = iconic_font()
        if font is None or self.glyph not in font.charmap:
            return
        app = QGuiApplication.instance()
        palette = app.palette() if isinstance(app, QGuiApplication) else QPalette()
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.setPen(colour(palette, mode, self.tone))
        # 7/8 of the height, as qtawesome draws: the glyph's bearings fill the rest.
        painter.setFont(font.font(round(0.875 * rect.height())))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, font.charmap[self.glyph])
        painter.restore()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self.paint(painter, QRect(QPoint(0, 0), size), mode, state)
        painter.end()
        return pixmap

    def clone(self) -> QIconEngine:
        return PaletteIconEngine(self.glyph, self.tone)

    def key(self) -> str:
        return "pacte-palette-icon"


def icon(meaning: str, tone: str = PLAIN) -> QIcon:
    """The icon standing for ``meaning`` (a key of :data:`GLYPHS`), in the palette's colours.

    Empty when the set cannot be loaded, and for a meaning :data:`GLYPHS` does not know yet (a
    new view's key: the window still opens; tests/ui/test_icons.py asks every view for one)."""
    glyph = GLYPHS.get(meaning)
    font = iconic_font()
    if glyph is None or font is None or glyph not in font.charmap:
        return QIcon()
    return QIcon(PaletteIconEngine(glyph, tone))


def pixmap(meaning: str, size: int, tone: str = PLAIN, device_ratio: float = 1.0) -> QPixmap:
    """The icon drawn once, ``size`` pixels square, for a label (draw it again when the palette
    changes)."""
    return icon(meaning, tone).pixmap(QSize(size, size), device_ratio)


def room(view: QAbstractItemView) -> int:
    """The width an icon takes before an item's text in ``view`` (the icon and its margins, as
    Qt's styles lay out a row), for a view that sizes itself to its texts."""
    style = view.style()
    size = view.iconSize().width()
    if size <= 0:
        size = style.pixelMetric(QStyle.PixelMetric.PM_SmallIconSize, None, view)
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    return size + 2 * margin


def dress_toolbar(toolbar: QToolBar) -> None:
    """Icons on a toolbar's actions (by their object names, :data:`ACTION_GLYPHS`), words kept
    beside them: a caseworker reads what a button does."""
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    for action in toolbar.actions():
        meaning = ACTION_GLYPHS.get(action.objectName())
        if meaning is not None:
            action.setIcon(icon(meaning))
