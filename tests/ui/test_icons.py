"""The interface's icons (ui/icons.py): one set from qtawesome's Phosphor font, drawn in the
palette's colours (light on a dark window, dark on a light one, re-tinted when the palette
switches), on every sidebar view, the menus' and toolbars' actions and the status bar's sync
state; its licence shown in About."""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPalette, QPixmap
from PySide6.QtWidgets import QStyle, QToolBar

from pacte_desktop.ui import i18n, icons, look
from pacte_desktop.ui.context import AppContext
from pacte_desktop.ui.help import AboutDialog
from pacte_desktop.ui.main_window import MainWindow

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "sync"))
from workstations import OrgNet

ROLE = QPalette.ColorRole


@pytest.fixture
def styled(qapp):
    """The application's palette, put back as it was afterwards."""
    palette = qapp.palette()
    yield qapp
    qapp.setPalette(palette)


@pytest.fixture
def window(qtbot, context, tmp_path):
    i18n.install("fr")
    win = MainWindow(context, QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(win)
    win.show()
    yield win
    win.sync.stop()
    win.close()
    context.runner.wait()


def ink(image: QImage | QPixmap) -> list[QColor]:
    """The colours of an icon's drawn pixels (the glyph's body, not its soft edge)."""
    if isinstance(image, QPixmap):
        image = image.toImage()
    return [
        c
        for x in range(image.width())
        for y in range(image.height())
        if (c := image.pixelColor(x, y)).alpha() > 200
    ]


def drawn_in(image: QImage | QPixmap, colour: str) -> bool:
    """Whether every drawn pixel is ``colour`` (give or take the rounding of alpha blending)."""
    want = QColor(colour)
    drawn = ink(image)
    return bool(drawn) and all(
        max(abs(c.red() - want.red()), abs(c.green() - want.green()), abs(c.blue() - want.blue()))
        <= 3
        for c in drawn
    )


def lightness(image: QImage | QPixmap) -> float:
    drawn = ink(image)
    assert len(drawn) > 20, "the icon drew (almost) nothing"
    return sum(c.lightness() for c in drawn) / len(drawn)


def contrast(a: QColor, b: QColor) -> float:
    """WCAG's contrast ratio of two colours."""

    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return (
            0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())
        )

    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_every_meaning_names_a_glyph_of_the_font() -> None:
    charmap = json.loads((icons.font_folder() / icons.CHARMAP_FILE).read_text(encoding="utf-8"))
    assert {m: g for m, g in icons.GLYPHS.items() if g not in charmap} == {}
    assert set(icons.ACTION_GLYPHS.values()) <= set(icons.GLYPHS)


def test_an_icon_is_light_on_a_dark_window_and_dark_on_a_light_one(styled) -> None:
    icon = icons.icon("employers")
    assert not icon.isNull()
    styled.setPalette(look.palette(dark=True))
    on_dark = lightness(icon.pixmap(32, 32))
    styled.setPalette(look.palette(dark=False))
    on_light = lightness(icon.pixmap(32, 32))  # the same icon, re-tinted by the switch
    assert on_dark > 180, on_dark
    assert on_light < 80, on_light
    for dark in (False, True):
        palette = look.palette(dark)
        styled.setPalette(palette)
        drawn = ink(icon.pixmap(32, 32))
        window = palette.color(ROLE.Window)
        assert min(contrast(c, window) for c in drawn) >= 4.5, dark


def test_selected_rows_disabled_actions_and_warnings_have_their_own_colours(styled) -> None:
    for dark in (False, True):
        palette = look.palette(dark)
        styled.setPalette(palette)
        icon = icons.icon("followups")
        selected = icon.pixmap(QSize(32, 32), QIcon.Mode.Selected)
        assert drawn_in(selected, palette.color(ROLE.HighlightedText).name())
        disabled = icon.pixmap(QSize(32, 32), QIcon.Mode.Disabled)
        greyed = palette.color(QPalette.ColorGroup.Disabled, ROLE.WindowText)
        assert drawn_in(disabled, greyed.name())
        warning = icons.pixmap("sync_problem", 32, icons.WARNING)
        amber = icons.WARNING_ON_DARK if dark else icons.WARNING_ON_LIGHT
        assert drawn_in(warning, amber)
        assert contrast(QColor(amber), palette.color(ROLE.Window)) >= 4.5, dark


def test_an_unknown_meaning_gives_an_empty_icon_not_a_crash() -> None:
    assert icons.icon("a-view-not-drawn-yet").isNull()


def test_every_sidebar_view_and_every_action_of_the_window_has_an_icon(window) -> None:
    keys = []
    for row in range(window.sidebar.count()):
        item = window.sidebar.item(row)
        keys.append(item.data(Qt.ItemDataRole.UserRole))
        assert ink(item.icon().pixmap(24, 24)), item.text()
    assert len(keys) == len(window.views) >= 6
    # Menus: each entry of File, Edit, Team, Sync and Help (Languages are names, no icons).
    for menu in (window.menu_edit, window.menu_team, window.menu_sync, window.menu_help):
        for action in menu.actions():
            if not action.isSeparator():
                assert not action.icon().isNull(), action.text()
    for action in (window.act_new, window.act_backup, window.act_quit):
        assert not action.icon().isNull(), action.text()
    # The employer directory's toolbar: an icon beside each word.
    toolbar = window.view("employers").findChild(QToolBar, "employers_toolbar")
    assert toolbar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon
    named = {a.objectName() for a in toolbar.actions() if not a.icon().isNull()}
    assert named == {
        "action_open",
        "action_log",
        "action_new",
        "action_archive",
        "action_restore",
        "action_duplicates",
    }
    assert all(a.text() for a in toolbar.actions())  # the words stay
    assert not window.sync.act_sync.icon().isNull()
    assert window.sync.button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon


def test_the_sync_state_icon_is_drawn_again_when_the_palette_switches(
    styled, qtbot, window
) -> None:
    styled.setPalette(look.palette(dark=False))
    qtbot.waitUntil(lambda: window.sync.label.text() == "Synchronisation non configurée")
    assert window.sync.icon_state == ("sync_off", icons.MUTED)
    muted_light = look.LIGHT[ROLE.PlaceholderText]
    qtbot.waitUntil(lambda: drawn_in(window.sync.icon.pixmap(), muted_light))
    styled.setPalette(look.palette(dark=True))  # the system turned dark
    muted_dark = look.DARK[ROLE.PlaceholderText]
    qtbot.waitUntil(lambda: drawn_in(window.sync.icon.pixmap(), muted_dark))


def test_the_sync_state_icon_says_synchronised_then_a_problem(styled, qtbot, tmp_path) -> None:
    styled.setPalette(look.palette(dark=True))
    net = OrgNet(tmp_path)
    try:
        a = net.first("A")
        i18n.install("fr")
        context = AppContext(a.store)
        win = MainWindow(context, QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat))
        win.sync.stop()
        qtbot.addWidget(win)
        win.show()
        with qtbot.waitSignal(win.sync.pass_finished, timeout=20_000):
            assert win.sync.background_pass()
        assert win.sync.icon_state == ("sync_ok", icons.PLAIN)
        shutil.rmtree(net.root)  # the shared folder unmounted
        with qtbot.waitSignal(win.sync.pass_finished, timeout=20_000):
            assert win.sync.background_pass()
        assert win.sync.icon_state == ("sync_problem", icons.WARNING)
        assert drawn_in(win.sync.icon.pixmap(), icons.WARNING_ON_DARK)
        win.sync.stop()
        context.runner.wait()
        win.close()
        context.runner.wait()
    finally:
        net.close()


def test_about_lists_the_icon_set_with_its_licence_text(qtbot, tmp_path) -> None:
    i18n.install("fr")
    dialog = AboutDialog(tmp_path / "pacte.sqlite", {})
    qtbot.addWidget(dialog)
    licences = dialog.licences.toPlainText()
    assert "Phosphor Icons (via QtAwesome)" in licences
    assert "Copyright (c) 2020-2021 Phosphor Icons" in licences  # the notice, in full
    assert "Permission is hereby granted" in licences
    names = {c.name.lower(): c.licence for c in dialog.components}
    assert "MIT" in names["qtawesome"] and "MIT" in names["qtpy"]
    assert names["phosphor icons (via qtawesome)"] == "MIT"
    assert "DejaVu" in licences and "Bitstream" in licences


def test_the_sidebar_leaves_room_for_the_icon_beside_the_longest_name_and_count(
    qtbot, window
) -> None:
    window.set_language("nl")  # the longest names ("Vacatures en aanvragen")
    window.context.runner.drain()
    window._counts.clear()  # as the window first sizes its sidebar: before any count arrived
    window.retranslate()
    side = window._sidebar_width()
    window.resize(1280, 680)
    qtbot.waitUntil(lambda: window.splitter.width() > 1000)
    rest = window.splitter.width() - window.splitter.handleWidth() - side
    window.splitter.setSizes([side, rest])
    assert window.splitter.sizes()[0] == side
    for view in window.views:
        window._set_count(view.key, 8888)
    qtbot.waitUntil(lambda: window.sidebar.viewport().width() > 0)
    sidebar = window.sidebar
    margin = sidebar.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1
    for row in range(sidebar.count()):
        item = sidebar.item(row)
        needed = icons.room(sidebar) + sidebar.fontMetrics().horizontalAdvance(item.text())
        width = sidebar.viewport().width() - 2 * sidebar.spacing()  # the row, not its text
        assert width >= needed + 2 * margin, item.text()
    i18n.install("fr")
