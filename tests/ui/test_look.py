"""The application's look (ui/look.py): Fusion with our palette, dark with the system, the icon
on every window, and a first window size that leaves the status bar on a laptop's screen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, QSettings, QSize, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QMessageBox

from pacte_desktop.resources import ICON_SIZES
from pacte_desktop.ui import i18n, look
from pacte_desktop.ui.main_window import MainWindow

WINDOW = QPalette.ColorRole.Window


@pytest.fixture
def styled(qapp):
    """The application styled as `pacte-desktop` styles it; put back as it was afterwards."""
    style, palette, icon = qapp.style().name(), qapp.palette(), qapp.windowIcon()
    yield qapp
    qapp.setStyle(style)
    qapp.setPalette(palette)
    qapp.setWindowIcon(icon)


def test_fusion_with_a_light_palette_and_the_icon_on_every_window(styled, qtbot) -> None:
    look.apply(styled, dark=False)
    assert styled.style().name() == "fusion"
    assert styled.palette().color(WINDOW).name() == look.LIGHT[WINDOW]
    icon = styled.windowIcon()
    assert not icon.isNull()
    assert {s.width() for s in icon.availableSizes()} >= set(ICON_SIZES) - {512} | {16, 256}
    box = QMessageBox(QMessageBox.Icon.Information, "Pacte Desktop", "…")
    qtbot.addWidget(box)
    assert box.windowIcon().cacheKey() == icon.cacheKey()


def test_dark_when_the_system_is_dark_and_it_follows_a_switch(styled) -> None:
    look.apply(styled, dark=True)
    dark = styled.palette()
    assert dark.color(WINDOW).name() == look.DARK[WINDOW]
    assert dark.color(QPalette.ColorRole.Text).lightness() > 200
    assert dark.color(QPalette.ColorRole.Base).lightness() < 50
    # Following the system: the palette changes when the system's scheme does.
    styled.setProperty("pacte_follows_scheme", False)
    look.apply(styled)
    styled.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert styled.palette().color(WINDOW).name() == look.DARK[WINDOW]
    styled.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert styled.palette().color(WINDOW).name() == look.LIGHT[WINDOW]


@pytest.mark.parametrize(
    ("available", "size"),
    [
        (QRect(0, 0, 1366, 728), QSize(1280, 680)),  # 1366×768, task bar at the bottom
        (QRect(0, 40, 1366, 728), QSize(1280, 680)),  # task bar at the top
        (QRect(62, 0, 1304, 768), QSize(1280, 680)),  # task bar on the left
        (QRect(0, 0, 1920, 1040), QSize(1280, 680)),
        (QRect(0, 0, 1024, 728), QSize(1008, 680)),
        (QRect(0, 0, 1280, 680), QSize(1264, 640)),  # 1366×768 at 125 % less a task bar
    ],
)
def test_the_first_size_fits_the_available_screen_with_its_frame(available, size) -> None:
    geometry = look.first_geometry(available)
    assert geometry.size() == size
    frame = geometry.adjusted(-8, -(look.FRAME_ALLOWANCE.height() - 8), 8, 8)
    assert available.contains(frame), (available, frame)
    # Centred across.
    assert abs((geometry.left() - available.left()) - (available.right() - geometry.right())) <= 1


def test_the_main_window_first_opens_inside_the_screen_with_its_status_bar(
    qtbot, context, tmp_path
) -> None:
    i18n.install("fr")
    settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    window = MainWindow(context, settings)
    qtbot.addWidget(window)
    window.show()
    # The offscreen screen is 800×800: narrower than the window's minimum (866 wide in
    # French), so the width is the minimum there; the height is the first size's.
    available = window.screen().availableGeometry()
    first = look.first_geometry(available)
    assert window.size() == first.size().expandedTo(window.minimumSizeHint())
    assert window.geometry().top() == first.top()
    status = window.statusBar()
    assert status.isVisible()
    bottom = status.mapToGlobal(status.rect().bottomLeft()).y()
    assert available.top() <= bottom <= available.bottom(), (available, bottom)
    window.close()


@pytest.mark.parametrize("lang", i18n.LANGUAGES)
def test_the_window_fits_a_laptop_at_150_percent(qtbot, context, tmp_path, lang) -> None:
    """The window's own minimum, in every language, fits a 1366×768 screen less its task bar
    at 150 % (910×485 logical pixels), frame included."""
    i18n.install(lang)
    try:
        window = MainWindow(context, QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat))
        qtbot.addWidget(window)
        window.show()
        minimum = window.minimumSizeHint()
        allowance = look.FRAME_ALLOWANCE
        assert minimum.width() + allowance.width() <= 1366 / 1.5, minimum
        assert minimum.height() + allowance.height() <= (768 - 40) / 1.5, minimum
        window.close()
    finally:
        i18n.install("fr")
