"""The Network view's tabs: each at its place whoever adds it, titled in the interface's
language, searched by the main window's field, the one shown remembered."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import QWidget

from pacte_desktop.ui import i18n
from pacte_desktop.ui.network import NetworkView


class CountedTab(QWidget):
    """A tab as ui/network_publics.py or ui/network_requests.py write theirs: a title with a
    count, a search, a status-bar line."""

    title_changed = Signal()
    message = Signal(str)

    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name
        self.count = 0
        self.searched: list[str] = []
        self.reloaded = 0

    def title(self) -> str:
        return f"{self.name} ({self.count})"

    def set_search(self, text: str) -> None:
        self.searched.append(text)

    def reload(self) -> None:
        self.reloaded += 1


def _titles(view: NetworkView) -> list[str]:
    return [view.tabs.tabText(i) for i in range(view.tabs.count())]


def _without(view: NetworkView, *keys: str) -> None:
    """The view without some of its tabs, to add stand-ins in another order."""
    for key in keys:
        tab = view._tabs.pop(key)
        view._titles.pop(key)
        view.tabs.removeTab(view.tabs.indexOf(tab))


def test_tabs_take_their_place_whoever_adds_them(context, qtbot, tmp_path: Path) -> None:
    view = NetworkView(context)
    qtbot.addWidget(view)
    view.show()
    assert _titles(view) == ["Employeurs", "Publics", "Demandes", ""]  # members: in a network
    assert [view.tabs.widget(i) for i in range(3)] == [
        view.tab("employers"),
        view.publics,
        view.requests_tab,
    ]
    _without(view, "publics", "requests")
    assert _titles(view) == ["Employeurs", ""]
    assert not view.tabs.isTabVisible(1)
    view.set_search("parvis")
    requests, publics = CountedTab("Demandes"), CountedTab("Publics")
    view.add_tab("requests", requests)
    view.add_tab("publics", publics, lambda: "Publics")  # a title given by the view
    assert _titles(view)[:3] == ["Employeurs", "Publics", "Demandes (0)"]
    assert publics.searched == ["parvis"]  # the search typed before the tab came
    view.set_search("")
    assert requests.searched == ["parvis", ""]

    requests.count = 3
    requests.title_changed.emit()
    assert _titles(view)[2] == "Demandes (3)"
    shown: list[str] = []
    view.message.connect(shown.append)
    publics.message.emit("Profils lus")
    assert shown == ["Profils lus"]
    view.reload()
    assert (publics.reloaded, requests.reloaded) == (1, 1)

    settings = QSettings(str(tmp_path / "v.ini"), QSettings.Format.IniFormat)
    view.show_tab("requests")
    view.save_state(settings)
    again = NetworkView(context)
    qtbot.addWidget(again)
    again.restore_state(settings)
    assert again.current_tab() == "requests"
    context.runner.wait()


def test_the_employers_tab_is_titled_in_each_language(context, qtbot) -> None:
    view = NetworkView(context)
    qtbot.addWidget(view)
    try:
        for lang, title in (("nl", "Werkgevers"), ("en", "Employers"), ("fr", "Employeurs")):
            i18n.install(lang)
            assert view.tabs.tabText(0) == title
    finally:
        i18n.install("fr")
    context.runner.wait()
