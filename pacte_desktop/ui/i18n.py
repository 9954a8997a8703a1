"""Interface languages: French (the source), Dutch and English.

The translations live as Qt ``.ts`` sources in ``resources/i18n/`` at the top of the repository
and are compiled to ``.qm`` files in the package's resources (``resource_path("i18n")``, see
``pacte_desktop/resources.py``): ``./dev`` runs :func:`compile_translations` (``pyside6-lrelease``)
and the compiled files are committed, so a wheel or a bundle carries them; a test checks that they
match their sources. An installed application has no sources and loads what it was shipped with.
Qt's own strings (standard buttons, the file dialog) come from ``qtbase_fr/nl`` in PySide6's
translations folder, completed by our ``qtbase_extra_fr/nl`` where it lacks one (the file
dialog's "&Look in:" and "Files of &type:"). French, the source language, has a file too: the
plural forms of the counts (``tr("%n fiche(s)", "", n)``), generated with ``lupdate -pluralonly``.
Switching language installs the new translators;
Qt then sends every widget a LanguageChange event and each one relabels itself, so nothing typed
is lost. The core's messages (validation errors) switch with it.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from pacte_desktop.domain import messages
from pacte_desktop.resources import resource_path
from pacte_desktop.ui.labels import locale

LANGUAGES = ("fr", "nl", "en")
SOURCES = Path(__file__).resolve().parents[2] / "resources" / "i18n"
COMPILED = resource_path("i18n")

_installed: list[QTranslator] = []


def language_name(lang: str) -> str:
    """Each language in its own words, as the language menu shows it."""
    return {"fr": "Français", "nl": "Nederlands", "en": "English"}[lang]


def _lrelease() -> list[str] | None:
    exe = Path(sys.executable).with_name("pyside6-lrelease")
    if exe.exists():
        return [str(exe)]
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    return [found] if found else None


def compile_translations(force: bool = False) -> list[Path]:
    """Compile every ``.ts`` whose ``.qm`` is missing or older; return the compiled files."""
    if not SOURCES.is_dir():  # an installed application: it has what it was shipped with
        return []
    COMPILED.mkdir(parents=True, exist_ok=True)
    tool = _lrelease()
    done = []
    for source in sorted([*SOURCES.glob("pacte_*.ts"), *SOURCES.glob("qtbase_extra_*.ts")]):
        target = COMPILED / (source.stem + ".qm")
        if force or not target.exists() or target.stat().st_mtime < source.stat().st_mtime:
            if tool is None:
                raise RuntimeError("pyside6-lrelease is not installed: cannot build translations")
            subprocess.run([*tool, "-silent", str(source), "-qm", str(target)], check=True)
            done.append(target)
    return done


def install(lang: str) -> None:
    """Make ``lang`` the interface language of the running application."""
    if lang not in LANGUAGES:
        raise ValueError(lang)
    app = QCoreApplication.instance()
    assert app is not None
    changed = bool(_installed)
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    messages.set_language(lang)
    QLocale.setDefault(locale(lang))
    # Qt's own strings (standard buttons, dialogs) in the chosen language.
    qt = QTranslator(app)
    if qt.load(
        locale(lang),
        "qtbase",
        "_",
        QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
    ):
        app.installTranslator(qt)
        _installed.append(qt)
    # What qtbase lacks (the file dialog's "&Look in:"), ours, asked before qtbase.
    extra = QTranslator(app)
    if extra.load(str(COMPILED / f"qtbase_extra_{lang}.qm")):
        app.installTranslator(extra)
        _installed.append(extra)
    # French is the source language: its file holds only the plural forms of the counts
    # ("%n fiche(s)" -> "1 fiche", "2 fiches"), made with lupdate -pluralonly.
    try:
        compile_translations()  # only what a newer .ts source made stale
    except RuntimeError:
        if not (COMPILED / f"pacte_{lang}.qm").exists():
            raise
    ours = QTranslator(app)
    if ours.load(str(COMPILED / f"pacte_{lang}.qm")):
        app.installTranslator(ours)
        _installed.append(ours)
    # Qt posts the LanguageChange; deliver it now so every widget is relabelled when this returns.
    from PySide6.QtCore import QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    if not changed and not _installed:
        # Qt only announces a change when a translator comes or goes; the core's labels
        # (field names, choices) changed anyway, so tell every widget.
        from PySide6.QtWidgets import QApplication

        for widget in QApplication.allWidgets():
            QCoreApplication.sendEvent(widget, QEvent(QEvent.Type.LanguageChange))
