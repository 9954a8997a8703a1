"""Help and About: the user guide shipped with the application, and what it is made of.

The rules:
- The user guide is Markdown in ``pacte_desktop/resources/guide/`` (``fr.md``, ``nl.md``,
  ``en.md``, images in ``img/``), package data of the application: Aide → Guide d'utilisation
  (F1) shows it in the interface's language in a :class:`GuideDialog`, offline. Links inside the
  guide stay in the dialog; a link to the web opens the browser.
- À propos (:class:`AboutDialog`) shows the version, the store's path, the sync locations (the
  organisation's and the network's, when set up) and the licences of the bundled components:
  Python, Qt, the fonts, the icon set, and every distribution the application needs at run
  time, read from the installed distributions' own metadata (:func:`components`). A component
  whose licence asks for its notice to travel with it (the DejaVu fonts, the Phosphor icons)
  has its licence file in the resources, and the Licences tab shows that text in full.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, QUrl, qVersion
from PySide6.QtGui import QDesktopServices, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from pacte_desktop import __version__
from pacte_desktop.domain import messages
from pacte_desktop.resources import resource_path

GUIDE_DIR = resource_path("guide")
DISTRIBUTION = "pacte-desktop"


def guide_file(lang: str | None = None) -> Path:
    """The guide in ``lang`` (the interface's language by default); French if it is missing."""
    chosen = GUIDE_DIR / f"{lang or messages.current_language()}.md"
    return chosen if chosen.is_file() else GUIDE_DIR / "fr.md"


class GuideDialog(QDialog):
    """The user guide, rendered from its Markdown with its images."""

    def __init__(self, lang: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guide_dialog")
        self.browser = QTextBrowser()
        self.browser.setObjectName("guide_browser")
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._follow)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(900, 660)  # fits a 1366×768 screen with the taskbar
        self.show_guide(lang)

    def show_guide(self, lang: str | None = None) -> None:
        path = guide_file(lang)
        self.browser.setSource(
            QUrl.fromLocalFile(str(path)), QTextDocument.ResourceType.MarkdownResource
        )
        self.setWindowTitle(self.tr("Guide d'utilisation — Pacte Desktop"))

    def _follow(self, url: QUrl) -> None:
        if url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)
        elif url.isRelative() and url.hasFragment() and not url.path():
            self.browser.scrollToAnchor(url.fragment())
        else:
            resolved = self.browser.source().resolved(url)
            if resolved.toLocalFile().endswith(".md"):
                self.browser.setSource(resolved, QTextDocument.ResourceType.MarkdownResource)
            elif url.hasFragment():
                self.browser.scrollToAnchor(url.fragment())


@dataclass(frozen=True)
class Component:
    name: str
    version: str
    licence: str
    notice: Path | None = None  # the licence's text shipped with the application


_CLASSIFIER = re.compile(r"^License :: (?:OSI Approved :: )?(.+)$")


def _licence_of(dist: metadata.Distribution) -> str:
    meta = dist.metadata.json
    expression = meta.get("license_expression")
    if expression:
        return str(expression)
    classifiers = [
        m.group(1)
        for c in meta.get("classifier") or []
        if (m := _CLASSIFIER.match(c)) and m.group(1) != "OSI Approved"
    ]
    if classifiers:
        return ", ".join(classifiers)
    text = str(meta.get("license") or "").strip()
    # Some distributions put the whole licence text here: its first line names it.
    return text.splitlines()[0][:80] if text else "?"


def _requirement_name(requirement: str) -> str | None:
    """The distribution a requirement names; None for one behind an extra (a test tool). One
    for another platform is simply not installed, and left out when looked up."""
    name, _, marker = requirement.partition(";")
    if "extra" in marker:
        return None
    match = re.match(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)", name)
    return match.group(1) if match else None


def runtime_distributions(root: str = DISTRIBUTION) -> list[metadata.Distribution]:
    """``root``'s run-time requirements and theirs, each installed distribution once."""
    seen: dict[str, metadata.Distribution] = {}
    pending = [root]
    while pending:
        name = pending.pop()
        key = re.sub(r"[-_.]+", "-", name).lower()
        if key in seen:
            continue
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        seen[key] = dist
        for requirement in dist.requires or []:
            wanted = _requirement_name(requirement)
            if wanted:
                pending.append(wanted)
    seen.pop(re.sub(r"[-_.]+", "-", root).lower(), None)
    return sorted(seen.values(), key=lambda d: str(d.metadata["Name"]).lower())


def components() -> list[Component]:
    """Every bundled component with its version and licence (from the metadata)."""
    import platform

    found = [
        Component("Python", platform.python_version(), "PSF-2.0 (Python Software Foundation)"),
        Component("Qt", qVersion(), "LGPL-3.0-only (The Qt Company, via PySide6)"),
    ]
    from pacte_desktop.ui import icons

    fonts = resource_path("fonts")
    if any(fonts.glob("DejaVu*.ttf")):
        found.append(
            Component(
                "DejaVu fonts",
                "",
                "Bitstream Vera / DejaVu font licence",
                fonts / "LICENSE-DejaVu.txt",
            )
        )
    found.append(
        Component(
            f"{icons.SET_NAME} (via QtAwesome)",
            icons.SET_VERSION,
            icons.SET_LICENCE,
            resource_path("icons", icons.LICENCE_FILE),
        )
    )
    for dist in runtime_distributions():
        name = str(dist.metadata["Name"])
        licence = _licence_of(dist)
        if name.lower().startswith("pyside6") or name.lower().startswith("shiboken6"):
            licence = "LGPL-3.0-only"  # also offered under the GPL and a commercial licence
        found.append(Component(name, dist.version, licence))
    return found


class AboutDialog(QDialog):
    """The version, where the data is, where sync goes, and the licences."""

    def __init__(
        self,
        store_path: Path,
        sync_locations: dict[str, str] | None,
        parent: QWidget | None = None,
    ) -> None:
        """``sync_locations``: where each configured scope goes; None while it is being read
        (:meth:`set_sync_locations` fills it in)."""
        super().__init__(parent)
        self.setObjectName("about_dialog")
        self.store_path = store_path
        self.sync_locations = sync_locations
        self.summary = QLabel()
        self.summary.setObjectName("about_summary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.licences = QTextBrowser()
        self.licences.setObjectName("about_licences")
        self.tabs = QTabWidget()
        holder = QWidget()
        QVBoxLayout(holder).addWidget(self.summary)
        self.tabs.addTab(holder, "")
        self.tabs.addTab(self.licences, "")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self.resize(640, 520)
        self.components = components()
        self.retranslate()

    def set_sync_locations(self, sync_locations: dict[str, str]) -> None:
        self.sync_locations = sync_locations
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("À propos de Pacte Desktop"))
        self.tabs.setTabText(0, self.tr("Pacte Desktop"))
        self.tabs.setTabText(1, self.tr("Licences"))
        not_set = self.tr("pas configurée") if self.sync_locations is not None else "…"
        locations = self.sync_locations or {}
        rows = [
            (self.tr("Version"), f"{__version__} (Qt {qVersion()}, PySide6 {pyside_version})"),
            (self.tr("Base de données"), str(self.store_path)),
            (
                self.tr("Synchronisation de l'organisation"),
                locations.get("org") or not_set,
            ),
            (self.tr("Synchronisation du réseau"), locations.get("network") or not_set),
        ]
        table = "".join(
            f"<tr><td><b>{html.escape(k)}</b></td><td>{html.escape(v)}</td></tr>" for k, v in rows
        )
        intro = self.tr(
            "Les contacts employeurs des partenaires du pacte local pour l'emploi de "
            "Saint-Gilles, gardés par l'organisation. Logiciel libre sous licence EUPL-1.2."
        )
        self.summary.setText(
            f"<p><b>Pacte Desktop {__version__}</b></p><p>{html.escape(intro)}</p>"
            f"<table cellspacing='6'>{table}</table>"
        )
        head = self.tr("Pacte Desktop est livré avec ces composants, chacun sous sa licence :")
        items = "".join(
            f"<tr><td>{html.escape(c.name)}</td><td>{html.escape(c.version)}</td>"
            f"<td>{html.escape(c.licence)}</td></tr>"
            for c in self.components
        )
        notices = "".join(
            f"<h4>{html.escape(c.name)}</h4><pre>{html.escape(_read(c.notice))}</pre>"
            for c in self.components
            if c.notice is not None
        )
        self.licences.setHtml(
            f"<p>{html.escape(head)}</p><table cellspacing='4'>{items}</table>{notices}"
        )


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        return str(path)  # said where it should be rather than nothing
