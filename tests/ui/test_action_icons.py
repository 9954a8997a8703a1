"""Icons beside the words (ui/icons.py) on the records views' buttons and row actions, and on
the File menu's exports and imports, as the directory's toolbar has them."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtGui import QImage

from pacte_desktop.ui.main_window import MainWindow
from pacte_desktop.ui.records import RecordsView


def drawn(icon) -> bool:
    """Whether the icon draws something (not an empty or transparent picture)."""
    image = icon.pixmap(24, 24).toImage().convertToFormat(QImage.Format.Format_ARGB32)
    return any(
        image.pixelColor(x, y).alpha() > 128
        for x in range(image.width())
        for y in range(image.height())
    )


def test_records_views_and_the_file_menu_show_icons_beside_their_words(qtbot, context, tmp_path):
    window = MainWindow(context, QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    try:
        views = [v for v in window.views if isinstance(v, RecordsView)]
        assert [v.key for v in views] == ["opportunities", "candidates", "placements"]
        for view in views:
            for button in (view.new_button, view.open_button, view.archive_button):
                assert button.text() and drawn(button.icon()), (view.key, button.text())
            for action in view.table_view.actions():
                assert action.text() and drawn(action.icon()), (view.key, action.text())
        # Every entry of the File menu, the exports and imports included.
        entries = [a for a in window.menu_file.actions() if not a.isSeparator()]
        exports = window.reports.export_actions() + window.reports.import_actions()
        assert set(exports) <= set(entries)
        for action in entries:
            assert drawn(action.icon()), action.text()
        # One picture per meaning: no two exports or imports look alike.
        keys = {icons_key(a) for a in exports}
        assert len(keys) == len(exports)
    finally:
        window.sync.stop()
        window.close()
        context.runner.wait()


def icons_key(action) -> bytes:
    image = action.icon().pixmap(24, 24).toImage()
    return bytes(image.constBits())
