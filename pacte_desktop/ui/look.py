"""The application's look: one style everywhere, light or dark as the system is, its own icon.

Rules:

- Qt's Fusion style on every system, with a restrained palette of our own (greys, one slate
  blue for selection and focus, the icon's colour), so the application looks the same on a
  Windows laptop, a Linux desktop and in the screenshots of the user guide.
- Dark when the system is dark (Qt 6.5+: ``QStyleHints.colorScheme()``), and it follows the
  system when the user switches while the application runs.
- The icon (``resources/icons``, see ``pacte_desktop/resources.py``) is the application's
  window icon, which Qt gives every window that sets none of its own: title bars, the task bar,
  dialogs.
- The main window's first size fits the screen's available area (a 1366×768 laptop with its
  task bar leaves about 1366×728): at most 1280×680 inside the frame, centred, so that the
  status bar with Undo and the sync state is on the screen. A size the user chose is restored
  as it was.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPalette
from PySide6.QtWidgets import QApplication

from pacte_desktop.resources import ICON_SIZES, resource_path

#: The main window's first size inside its frame, when the screen has room for it.
FIRST_SIZE = QSize(1280, 680)
#: Room kept for the window frame and title bar around the first size.
FRAME_ALLOWANCE = QSize(16, 40)

_ROLE = QPalette.ColorRole

LIGHT = {
    _ROLE.Window: "#f3f4f6",
    _ROLE.WindowText: "#1d232a",
    _ROLE.Base: "#ffffff",
    _ROLE.AlternateBase: "#f6f8fa",
    _ROLE.ToolTipBase: "#ffffff",
    _ROLE.ToolTipText: "#1d232a",
    _ROLE.PlaceholderText: "#6b7480",
    _ROLE.Text: "#1d232a",
    _ROLE.Button: "#eceef1",
    _ROLE.ButtonText: "#1d232a",
    _ROLE.BrightText: "#ffffff",
    _ROLE.Light: "#ffffff",
    _ROLE.Midlight: "#e3e6ea",
    _ROLE.Mid: "#c5cad1",
    _ROLE.Dark: "#9aa2ad",
    _ROLE.Shadow: "#5c6570",
    _ROLE.Highlight: "#1f4e6e",
    _ROLE.HighlightedText: "#ffffff",
    _ROLE.Link: "#1f5f8f",
    _ROLE.LinkVisited: "#5a4a8a",
}

DARK = {
    _ROLE.Window: "#25282c",
    _ROLE.WindowText: "#e4e7eb",
    _ROLE.Base: "#1c1e21",
    _ROLE.AlternateBase: "#23262a",
    _ROLE.ToolTipBase: "#2f3338",
    _ROLE.ToolTipText: "#e4e7eb",
    _ROLE.PlaceholderText: "#8d96a1",
    _ROLE.Text: "#e4e7eb",
    _ROLE.Button: "#30343a",
    _ROLE.ButtonText: "#e4e7eb",
    _ROLE.BrightText: "#ffffff",
    _ROLE.Light: "#3c4148",
    _ROLE.Midlight: "#34383e",
    _ROLE.Mid: "#4a5058",
    _ROLE.Dark: "#15171a",
    _ROLE.Shadow: "#0b0c0e",
    _ROLE.Highlight: "#3a78a3",
    _ROLE.HighlightedText: "#ffffff",
    _ROLE.Link: "#7cb4e0",
    _ROLE.LinkVisited: "#b3a2e0",
}


def app_icon() -> QIcon:
    """The application icon, every rendered size of it (the drawing itself as a fallback)."""
    icon = QIcon()
    folder = resource_path("icons")
    for size in ICON_SIZES:
        path = folder / f"pacte-{size}.png"
        if path.is_file():
            icon.addFile(str(path), QSize(size, size))
    if icon.isNull() and (folder / "pacte.svg").is_file():
        icon = QIcon(str(folder / "pacte.svg"))
    return icon


def palette(dark: bool) -> QPalette:
    """The light or dark palette; disabled text and buttons are greyed out from it."""
    colours = DARK if dark else LIGHT
    result = QPalette()
    for role, value in colours.items():
        result.setColor(role, QColor(value))
    disabled = QColor(colours[_ROLE.PlaceholderText])
    for role in (_ROLE.WindowText, _ROLE.Text, _ROLE.ButtonText):
        result.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    result.setColor(QPalette.ColorGroup.Disabled, _ROLE.Highlight, QColor(colours[_ROLE.Mid]))
    return result


def system_is_dark() -> bool:
    """Whether the system asks for a dark appearance (unknown counts as light)."""
    app = QGuiApplication.instance()
    if not isinstance(app, QGuiApplication):
        return False
    return app.styleHints().colorScheme() == Qt.ColorScheme.Dark


def apply(app: QApplication, dark: bool | None = None) -> None:
    """Fusion, our palette (dark as the system is unless ``dark`` says), the icon; and the
    palette follows the system's light or dark from then on."""
    app.setStyle("Fusion")
    app.setWindowIcon(app_icon())
    app.setPalette(palette(system_is_dark() if dark is None else dark))
    if dark is None and not app.property("pacte_follows_scheme"):
        app.setProperty("pacte_follows_scheme", True)
        app.styleHints().colorSchemeChanged.connect(
            lambda scheme: app.setPalette(palette(scheme == Qt.ColorScheme.Dark))
        )


def first_geometry(available: QRect) -> QRect:
    """The main window's first geometry (inside its frame) on a screen whose available area
    is ``available``: :data:`FIRST_SIZE` or less, with room for the frame, centred."""
    width = max(min(FIRST_SIZE.width(), available.width() - FRAME_ALLOWANCE.width()), 1)
    height = max(min(FIRST_SIZE.height(), available.height() - FRAME_ALLOWANCE.height()), 1)
    title = FRAME_ALLOWANCE.height() - FRAME_ALLOWANCE.width() // 2
    x = available.x() + (available.width() - width) // 2
    y = available.y() + title + (available.height() - FRAME_ALLOWANCE.height() - height) // 2
    return QRect(x, y, width, height)
