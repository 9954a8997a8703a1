"""Help and About (ui/help.py): the guide shipped with the application opens offline in the
interface's language with its pictures, and About names the store, the sync locations and the
licence of every run-time dependency."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from PySide6.QtCore import QSettings, QUrl
from PySide6.QtGui import QKeySequence, QTextDocument

from pacte_desktop.sync.location import Location
from pacte_desktop.sync.state import LocalState
from pacte_desktop.ui import i18n
from pacte_desktop.ui.help import GUIDE_DIR, AboutDialog, components
from pacte_desktop.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
HEADINGS = {"fr": "Guide d'utilisation", "nl": "Handleiding", "en": "user guide"}


def _window(qtbot, context, tmp_path) -> MainWindow:
    window = MainWindow(context, QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    return window


def test_f1_opens_the_guide_in_the_interface_language_with_its_pictures(qtbot, context, tmp_path):
    window = _window(qtbot, context, tmp_path)
    assert window.act_guide.shortcut() == QKeySequence("F1")
    try:
        for lang in ("nl", "fr", "en"):
            i18n.install(lang)
            dialog = window.show_guide()
            qtbot.addWidget(dialog)
            browser = dialog.browser
            assert browser.source().toLocalFile() == str(GUIDE_DIR / f"{lang}.md")
            text = browser.toPlainText()
            assert HEADINGS[lang] in text.splitlines()[0]
            # Every picture the guide names is found beside it and loads.
            markdown = (GUIDE_DIR / f"{lang}.md").read_text(encoding="utf-8")
            pictures = re.findall(r"!\[[^\]]*\]\(([^)]+)\)", markdown)
            assert len(pictures) >= 6
            for picture in pictures:
                url = browser.source().resolved(QUrl(picture))
                image = browser.loadResource(QTextDocument.ResourceType.ImageResource.value, url)
                assert image is not None and not image.isNull(), picture
            dialog.close()
    finally:
        i18n.install("fr")


def test_every_guide_covers_the_same_sections_and_its_links_resolve():
    sections = {}
    for lang in ("fr", "nl", "en"):
        text = (GUIDE_DIR / f"{lang}.md").read_text(encoding="utf-8")
        headings = re.findall(r"^## (.+)$", text, re.M)
        sections[lang] = headings
        anchors = set(re.findall(r"\]\(#([^)]+)\)", text))
        slugs = {h.lower().replace(" ", "-") for h in headings}
        assert anchors <= slugs, anchors - slugs
        for picture in re.findall(r"\]\((img/[^)]+)\)", text):
            assert (GUIDE_DIR / picture).is_file(), picture
    assert len(sections["fr"]) == len(sections["nl"]) == len(sections["en"]) >= 9


def test_about_shows_the_store_the_sync_locations_and_every_dependency_licence(
    qtbot, context, tmp_path
):
    i18n.install("fr")
    shared = tmp_path / "partage-cpas"
    shared.mkdir()
    LocalState(context.store).set("org.location", Location("folder", str(shared)).to_json())
    window = _window(qtbot, context, tmp_path)
    dialog = window.about()
    qtbot.addWidget(dialog)
    assert isinstance(dialog, AboutDialog)
    context.runner.drain()  # where sync goes, read off the GUI thread
    summary = dialog.summary.text()
    assert str(context.store.path) in summary
    assert str(shared) in summary
    assert "pas configurée" in summary  # the network scope is not set up
    licences = dialog.licences.toPlainText()
    names = {re.sub(r"[-_.]+", "-", c.name).lower() for c in components()}
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    for requirement in project["project"]["dependencies"]:
        name = re.match(r"[A-Za-z0-9._-]+", requirement).group(0)
        key = re.sub(r"[-_.]+", "-", name).lower()
        assert key in names, name
    for expected in ("Python", "PSF", "Qt", "LGPL", "SQLAlchemy", "openpyxl", "reportlab"):
        assert expected in licences, expected
    assert all(c.licence and c.licence != "?" for c in components())
