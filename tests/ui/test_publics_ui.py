"""The Network view's Publics tab and the preview of our own profile in the sharing screen,
over three real organisations around a real network folder (tests/sync/test_network.py)."""

from __future__ import annotations

import itertools
import sys
from pathlib import Path
from typing import Any

import pytest

from pacte_desktop.domain.entities import Candidate
from pacte_desktop.store.database import Store
from pacte_desktop.ui.context import AppContext
from pacte_desktop.ui.network import NetworkView
from pacte_desktop.ui.network_publics import PublicsTab
from pacte_desktop.ui.what_we_share import SharePanel

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "sync"))
from test_network import Pact, make_pact, worker_of
from workstations import Workstation


def candidates(station: Workstation, n: int, **values: Any) -> None:
    for _ in range(n):
        code = f"C-{next(CODES):04d}"
        station.create(Candidate, {"code": code, **values, "worker_id": worker_of(station)})


CODES = itertools.count(1)


@pytest.fixture
def pact(qapp, tmp_path: Path):  # type: ignore[no-untyped-def]
    """The CPAS: Dutch and English speakers with a bachelor or a master; the mission locale:
    Dutch speakers living in Saint-Gilles; the ALE: three candidates (nothing published)."""
    p = make_pact(tmp_path)
    cpas, ml, ale = p.members
    candidates(cpas, 6, languages=["nl", "en"], qualification_level="bachelor", availability="now")
    candidates(cpas, 5, languages=["fr", "en"], qualification_level="master")
    candidates(ml, 9, languages=["nl"], qualification_level="cess", saint_gilles_resident=True)
    candidates(ml, 2, languages=["nl", "en"], qualification_level="cess")
    candidates(ale, 3, languages=["fr"])
    p.settle()
    yield p
    p.close()


def _tab(qtbot, store: Store) -> PublicsTab:  # type: ignore[no-untyped-def]
    view = NetworkView(AppContext(store))
    qtbot.addWidget(view)
    view.show()
    tab = view.publics
    view.tabs.setCurrentWidget(tab)
    assert view.tabs.tabText(1) == "Publics" and view.tabs.tabText(0) == "Employeurs"
    qtbot.waitUntil(lambda: not tab.loading and len(tab.profiles) == 2, timeout=5000)
    return tab


def _cells(table: Any) -> list[list[str]]:
    return [
        [
            (table.item(r, c).text() if table.item(r, c) is not None else "")
            for c in range(table.columnCount())
        ]
        for r in range(table.rowCount())
    ]


def _row(rows: list[list[str]], value: str) -> list[str]:
    [found] = [row for row in rows if row[1] == value]
    return found


def test_the_publics_tab_shows_each_partners_profile_with_small_counts_as_under_five(
    qtbot, pact: Pact
) -> None:
    _, _, ale = pact.members
    tab = _tab(qtbot, ale.store)
    table = tab.table
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headers[2:] == ["CPAS de Saint-Gilles", "Mission locale de Saint-Gilles"]
    rows = _cells(table)
    assert rows[0][0] == "Candidats actifs" and rows[0][2:] == ["10-19", "10-19"]
    assert _row(rows, "néerlandais")[2:] == ["6", "11"]
    assert _row(rows, "anglais")[2:] == ["11", "< 5"]  # the mission locale's 2: not published
    assert _row(rows, "bachelier")[2:] == ["6", "< 5"]
    assert _row(rows, "habite Saint-Gilles")[2:] == ["< 5", "9"]
    assert _row(rows, "disponible tout de suite")[2:] == ["6", "< 5"]
    # A value nobody counts 5 times or more is not listed at all.
    assert not [row for row in rows if row[1] == "arabe"]
    assert "aucune combinaison" in tab.intro.text()
    assert tab.empty_label.isHidden()


def test_the_who_search_lists_the_partners_that_may_have_such_candidates(qtbot, pact: Pact) -> None:
    _, _, ale = pact.members
    tab = _tab(qtbot, ale.store)
    assert tab.results.rowCount() == 0 and "Choisissez des critères" in tab.results_hint.text()
    tab.languages.boxes["nl"].setChecked(True)
    rows = _cells(tab.results)
    assert [r[0] for r in rows] == ["Mission locale de Saint-Gilles", "CPAS de Saint-Gilles"]
    assert rows[0][2] == "néerlandais 11" and rows[0][3] == "au plus 11 (peut-être aucun)"

    tab.languages.boxes["en"].setChecked(True)
    tab.level.setCurrentIndex(tab.level.findData("bachelor"))
    assert tab.level.currentText() == "bachelier ou plus"
    rows = _cells(tab.results)
    assert rows == [
        [
            "CPAS de Saint-Gilles",
            "10-19",
            "néerlandais 6 · anglais 11 · bachelier ou plus 11",
            "au plus 6 (peut-être aucun)",
        ]
    ]
    assert "au plus le plus petit" in tab.results_hint.text()
    tab.resident.setChecked(True)  # nobody counts both Saint-Gilles and English 5 times
    assert tab.results.rowCount() == 0
    assert tab.results_hint.text().startswith("Aucun partenaire ne compte 5 candidats")


def test_a_workstation_outside_any_network_says_how_to_join(qtbot, context) -> None:
    view = NetworkView(context)
    qtbot.addWidget(view)
    view.show()
    tab = view.publics
    qtbot.waitUntil(lambda: tab.joined is not None, timeout=5000)
    assert tab.profiles == [] and tab.table.columnCount() == 2
    assert "n'a pas rejoint de réseau" in tab.empty_label.text()


def test_the_sharing_screen_previews_our_profile_exactly_as_published(qtbot, pact: Pact) -> None:
    cpas, ml, _ = pact.members
    panel = SharePanel(AppContext(cpas.store))
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitUntil(lambda: panel.own is not None, timeout=5000)
    assert panel.profile_box.title() == "Le profil de notre public, tel qu'il sera publié"
    rows = _cells(panel.profile_table)
    assert rows[0] == ["Candidats actifs", "", "10-19"]
    shown = {(r[1], r[2]) for r in rows}
    assert {("néerlandais", "6"), ("anglais", "11"), ("bachelier", "6")} <= shown
    assert ("Domicile", "", "< 5") in {tuple(r) for r in rows}
    assert "ont reçu" in panel.profile_note.text()
    # What the partners hold is exactly what the preview shows.
    from pacte_desktop.services import publics

    [theirs] = [p for p in publics.partner_profiles(ml.store) if "CPAS" in p.organisation]
    assert dict(panel.own.outgoing) == {**theirs.parts, "total": theirs.total}

    # One candidate more: the preview still shows the profile published, and says why.
    candidates(cpas, 1, languages=["nl"], qualification_level="master")
    panel.refresh()
    qtbot.waitUntil(lambda: panel.own is not None and panel.own.changes == 1, timeout=5000)
    assert _cells(panel.profile_table)[0] == ["Candidats actifs", "", "10-19"]
    assert ("néerlandais", "6") in {(r[1], r[2]) for r in _cells(panel.profile_table)}
    assert "encore 4 changements avant le suivant" in panel.profile_note.text()
