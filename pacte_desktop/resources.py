"""Where the application's own files are: translations, fonts, icons and the user guide.

Rule: every file the application reads at run time that is not code lives in the package folder
``pacte_desktop/resources/`` and is found through :func:`resource_path`, never through a path
relative to the checkout or a system folder. That one folder is shipped as package data by the
wheel (``pyproject.toml``) and copied as is by the PyInstaller bundle, so the same call works

- from a checkout (``./dev app``): the folder next to this module;
- from an installed wheel: the same folder inside ``site-packages``;
- from a PyInstaller bundle: ``sys._MEIPASS/pacte_desktop/resources`` (the spec copies the folder
  to that place).

Layout (other modules and the installer rely on it):

- ``i18n/``: the compiled interface translations ``pacte_nl.qm`` and ``pacte_en.qm``. Their
  sources, ``resources/i18n/pacte_*.ts`` at the top of the repository, are not shipped;
  ``./dev`` compiles them (``pacte_desktop.ui.i18n.compile_translations``) and the compiled
  files are committed, a test checking that they match their sources.
- ``fonts/``: DejaVu Sans regular and bold, embedded in the PDF reports, with their license.
- ``icons/``: the application icon: ``pacte.svg`` (the drawing), ``pacte.ico`` (Windows) and
  ``pacte-<size>.png`` for 16, 24, 32, 48, 64, 128, 256 and 512 pixels; they are made from the
  SVG by ``tools/make_icons.py``; and ``LICENSE-Phosphor.txt``, the licence of the icon set the
  interface draws from qtawesome's font (``pacte_desktop/ui/icons.py``).
- ``guide/``: the user guide, ``fr.md``, ``nl.md`` and ``en.md``, its pictures in ``img/``
  (``pacte_desktop/ui/help.py`` shows it).

This module imports nothing from Qt so that the reports and the command line can use it.
"""

from __future__ import annotations

import sys
from pathlib import Path

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def resources_root() -> Path:
    """The folder holding the application's resources, wherever the application runs from."""
    bundle = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and bundle:
        return Path(bundle) / "pacte_desktop" / "resources"
    return Path(__file__).resolve().parent / "resources"


def resource_path(*parts: str) -> Path:
    """The path of ``parts`` inside the resources folder, e.g. ``resource_path("fonts")``.

    The path is returned whether or not it exists; callers that need the file check it.
    """
    return resources_root().joinpath(*parts)
