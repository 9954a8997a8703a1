"""A 1366×768 laptop at 150 % leaves the window 910 logical pixels: the directory's filter menus
show their words whole (the bar wraps, ui/flow_layout.py), the sidebar keeps the width of its
names with their counts, and every view fits beside it."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from PySide6.QtCore import QRect, QSettings
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox

from pacte_desktop.ui import i18n, icons, look
from pacte_desktop.ui.main_window import MainWindow

# The window's inside on 1366 px at 150 %, less the frame the window manager adds.
NARROW = round(1366 / 1.5) - look.FRAME_ALLOWANCE.width()


@pytest.fixture
def window(qtbot, context, tmp_path):
    win = MainWindow(context, QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(win)
    win.show()
    yield win
    win.sync.stop()
    win.close()
    context.runner.wait()
    i18n.install("fr")


def text_room(combo: QComboBox) -> int:
    """The width of the combo's text field (its frame and arrow left out), as the style draws."""
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    return field.width()


def narrow(qtbot, window: MainWindow, lang: str) -> None:
    """The window in ``lang``, first opened wide (1280) and then made as narrow as a laptop at
    150 % leaves it, its views' counts arrived."""
    window.set_language(lang)
    window.context.runner.drain()
    window.resize(1280, 680)
    qtbot.waitUntil(lambda: window.splitter.width() > 1000)
    side = window._sidebar_width()
    window.splitter.setSizes([side, window.splitter.width() - window.splitter.handleWidth() - side])
    window.resize(NARROW, 440)
    qtbot.waitUntil(lambda: window.width() == NARROW)
    for view in window.views:
        window._set_count(view.key, 8888)


@pytest.mark.parametrize("lang", i18n.LANGUAGES)
def test_the_directory_filters_show_their_words_whole_at_150_percent(qtbot, window, lang) -> None:
    narrow(qtbot, window, lang)
    window.show_view("employers")
    view = window.view("employers")
    qtbot.waitUntil(lambda: view.filters["owner_id"].count() > 1, timeout=5000)
    qtbot.wait(20)  # the layout after the menus' new widths
    assert window.minimumSizeHint().width() + look.FRAME_ALLOWANCE.width() <= 1366 / 1.5
    placed = []
    for combo in view.filters.values():
        assert combo.isVisible()
        shown = combo.currentText()
        assert shown.startswith(("Tou", "Alle", "All", "Accept", "Aanv"))  # the "all" item
        assert text_room(combo) >= combo.fontMetrics().horizontalAdvance(shown), shown
        # Inside the view, and not over another menu: the bar wrapped instead.
        box = QRect(combo.mapTo(view, combo.rect().topLeft()), combo.size())
        assert view.rect().contains(box), (shown, box, view.rect())
        assert not any(box.intersects(other) for other in placed), shown
        placed.append(box)
    # Too many words for one row at this width: the bar is on two rows, the table below them.
    assert len({box.top() for box in placed}) >= 2
    assert view.table.geometry().top() >= max(box.bottom() for box in placed)
    # Wide again, the menus come back onto one row.
    window.resize(1800, 680)
    qtbot.waitUntil(lambda: window.width() == 1800)
    qtbot.waitUntil(lambda: len({c.y() for c in view.filters.values()}) == 1)


@pytest.mark.parametrize("lang", i18n.LANGUAGES)
def test_the_sidebar_keeps_its_names_whole_and_each_view_fits_at_150_percent(
    qtbot, window, lang
) -> None:
    narrow(qtbot, window, lang)
    sidebar = window.sidebar
    margin = sidebar.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1
    row_width = sidebar.viewport().width() - 2 * sidebar.spacing()
    for row in range(sidebar.count()):
        text = sidebar.item(row).text()
        assert "8888" in text
        needed = icons.room(sidebar) + sidebar.fontMetrics().horizontalAdvance(text) + 2 * margin
        assert row_width >= needed, (text, row_width, needed)
    for view in window.views:
        window.show_view(view.key)
        assert view.minimumSizeHint().width() <= window.stack.width(), view.key
        assert view.width() == window.stack.width()


SCALED = """
import json, os, sys
from PySide6.QtWidgets import QApplication, QStyle
app = QApplication(sys.argv[:1])
from pacte_desktop.store.database import Store
from pacte_desktop.ui import i18n, icons, look
from pacte_desktop.ui.context import AppContext
from pacte_desktop.ui.main_window import MainWindow
look.apply(app, dark=False)
i18n.install(sys.argv[2])
context = AppContext(Store.open(sys.argv[1], daily_backup=False))
window = MainWindow(context)
window.show()
for _ in range(50):
    context.runner.wait()
    app.processEvents()
sidebar = window.sidebar
margin = sidebar.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1
rows = []
for row in range(sidebar.count()):
    text = sidebar.item(row).text()
    needed = icons.room(sidebar) + sidebar.fontMetrics().horizontalAdvance(text) + 2 * margin
    rows.append([text, needed])
print(json.dumps({
    "ratio": window.screen().devicePixelRatio(),
    "available": window.screen().availableGeometry().width(),
    "window": window.width(),
    "row": sidebar.viewport().width() - 2 * sidebar.spacing(),
    "names": rows,
    "stack": window.stack.width(),
    "views": {v.key: v.minimumSizeHint().width() for v in window.views},
}), flush=True)
os._exit(0)
"""


@pytest.mark.parametrize("lang", i18n.LANGUAGES)
def test_in_a_150_percent_process_the_first_window_shows_every_name_and_view_whole(
    context, tmp_path, lang
) -> None:
    """QT_SCALE_FACTOR=1.5 on a 1366×728 screen (768 less the task bar), the window as it first
    opens there: the sidebar's names with their counts whole, each view within its page."""
    data_dir = context.store.data_dir
    context.runner.wait()
    context.store.close()
    config = tmp_path / "screen.json"
    screen = {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 728}
    config.write_text(json.dumps({"screens": [{**screen, "logicalDpi": 96, "dpr": 1}]}))
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
        "QT_SCALE_FACTOR": "1.5",
    }
    result = subprocess.run(
        [sys.executable, "-c", SCALED, str(data_dir), lang],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.stdout.strip(), result.stderr
    measured = json.loads(result.stdout.strip().splitlines()[-1])
    assert measured["ratio"] == 1.5, result.stderr
    assert measured["window"] + look.FRAME_ALLOWANCE.width() <= measured["available"], measured
    assert measured["window"] >= NARROW - 1, measured  # the whole width it was given
    for text, needed in measured["names"]:
        assert needed <= measured["row"], (text, needed, measured["row"])
    assert sum("(" in text for text, _ in measured["names"]) >= 5  # the counts had come
    for key, minimum in measured["views"].items():
        assert minimum <= measured["stack"], (key, measured)
