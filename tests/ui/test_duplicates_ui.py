"""The duplicates review, the Network view's grouped employers and the directory's "also known
by", over real stores (and, for partners, a real network folder between real organisations):
a pair is listed with the fields that differ, the merge keeps the value chosen, its undo (from
the status bar or the list of merges) restores every record, « Pas le même employeur » hides the
pair, a link shows the partner beside us in the Network view and in the directory's count."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest
import sqlalchemy as sa
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLabel, QRadioButton

from pacte_desktop.domain.entities import Employer, Interaction
from pacte_desktop.services import records, workers
from pacte_desktop.store.database import Store
from pacte_desktop.store.unit_of_work import UnitOfWork
from pacte_desktop.sync import engine
from pacte_desktop.ui import i18n
from pacte_desktop.ui.context import AppContext
from pacte_desktop.ui.duplicates import DuplicatesDialog, open_duplicates
from pacte_desktop.ui.employer_record import EmployerDialog, open_employer
from pacte_desktop.ui.employers import COLUMNS, EmployersView
from pacte_desktop.ui.network import NetworkView

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "sync"))
from workstations import CHEAP_KDF, PASSPHRASE, Workstation


def _create(store: Store, cls: type, values: dict) -> str:
    with UnitOfWork(store) as uow:
        made = records.create(uow, cls, {**values})
        uow.commit()
    return made.id


def _employer(store: Store, name: str, **values: object) -> str:
    return _create(store, Employer, {"name": name, "postcode": "1060", **values})


def _met(store: Store, employer_id: str, day: dt.date) -> str:
    worker = store.local("worker_id")
    return _create(
        store,
        Interaction,
        {
            "employer_id": employer_id,
            "worker_id": worker,
            "date": day,
            "channel": "phone",
            "summary": "Point sur les recrutements",
        },
    )


def _value(store: Store, table: str, record_id: str, field: str) -> object:
    with store.reading() as conn:
        return conn.execute(
            sa.text(f"SELECT {field} FROM {table} WHERE id = :id"), {"id": record_id}
        ).scalar_one()


def _review(qtbot, context: AppContext, *, closed_by_test: bool = False) -> DuplicatesDialog:  # type: ignore[no-untyped-def]
    """The review, its first scan arrived (a window the test closes itself is deleted then)."""
    dialog = open_duplicates(context)
    if not closed_by_test:
        qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.loading, timeout=10_000)
    return dialog


def _row_of(dialog: DuplicatesDialog, name: str) -> int:
    for row, pair in enumerate(dialog.pairs):
        if name in (pair.first.values.get("name"), pair.second.values.get("name")):
            return row
    raise AssertionError(f"no pair with {name}: {[p.first.values['name'] for p in dialog.pairs]}")


@pytest.fixture
def twice(context):  # type: ignore[no-untyped-def]
    """One bakery entered twice (another legal form, the words swapped, another phone), with a
    démarche on the second record."""
    store = context.store
    kept = _employer(store, "Boulangerie Dupont SPRL", phone="025361234")
    other = _employer(store, "Dupont Boulangerie", phone="025369999", email="info@dupont.be")
    met = _met(store, other, dt.date(2026, 11, 20))
    return kept, other, met


def test_the_review_lists_the_pair_and_the_merge_keeps_the_field_chosen(
    qtbot, context, twice
) -> None:
    kept, other, met = twice
    dialog = _review(qtbot, context)
    row = _row_of(dialog, "Dupont Boulangerie")
    dialog.pair_table.selectRow(row)
    pair = dialog.selected_pair()
    assert pair is not None and {pair.first.id, pair.second.id} == {kept, other}
    assert dialog.pair_model.row(row)["where"] == "Nous"
    assert {"name", "phone", "email"} <= set(pair.differing)
    assert dialog.merge_button.isVisibleTo(dialog) and not dialog.link_button.isVisibleTo(dialog)
    first_is_kept = pair.first.id == kept
    # The phone: the other record's (the second column when ours is first).
    column = 2 if first_is_kept else 1
    dialog.grid_holder.findChild(QRadioButton, f"choice_phone_{column}").setChecked(True)
    dialog.grid_holder.findChild(QRadioButton, f"choice_name_{3 - column}").setChecked(True)
    asked: list[str] = []
    offered: list[tuple[str, object]] = []
    context.undo_offered.connect(lambda text, undo: offered.append((text, undo)))
    dialog.confirm = lambda title, text: asked.append(text) is None
    dialog.merge_button.click()
    assert "Dupont Boulangerie" in asked[0] and "Boulangerie Dupont SPRL" in asked[0]
    qtbot.waitUntil(lambda: bool(offered), timeout=10_000)
    survivor, merged = pair.first.id, pair.second.id
    store = context.store
    assert _value(store, "employer", survivor, "phone") == "+3225369999"
    assert _value(store, "employer", survivor, "name") == "Boulangerie Dupont SPRL"
    assert _value(store, "employer", survivor, "email") == "info@dupont.be"  # empty: taken
    assert _value(store, "employer", merged, "archived_at") is not None
    assert _value(store, "interaction", met, "employer_id") == survivor
    assert "fusionné dans" in offered[0][0]
    qtbot.waitUntil(lambda: not dialog.loading and not dialog.pairs, timeout=10_000)

    offered[0][1]()  # the status bar's « Annuler »
    qtbot.waitUntil(
        lambda: _value(store, "employer", merged, "archived_at") is None, timeout=10_000
    )
    assert _value(store, "employer", survivor, "phone") == (
        "+3225361234" if first_is_kept else "+3225369999"
    )
    assert _value(store, "employer", kept, "phone") == "+3225361234"
    assert _value(store, "employer", other, "phone") == "+3225369999"
    assert _value(store, "interaction", met, "employer_id") == other
    qtbot.waitUntil(lambda: not dialog.loading and len(dialog.pairs) == 1, timeout=10_000)
    context.runner.drain()


def test_a_merge_is_undone_from_the_list_of_merges(qtbot, context, twice) -> None:
    kept, other, met = twice
    dialog = _review(qtbot, context)
    dialog.pair_table.selectRow(_row_of(dialog, "Dupont Boulangerie"))
    dialog.confirm = lambda title, text: True
    dialog.merge_button.click()
    qtbot.waitUntil(lambda: len(dialog.merges) == 1 and not dialog.pairs, timeout=10_000)
    dialog.tabs.setCurrentIndex(1)
    assert dialog.merge_model.row(0)["state"] == ""
    assert not dialog.undo_merge_button.isEnabled()  # nothing chosen yet
    dialog.merge_table.selectRow(0)
    asked: list[str] = []
    dialog.confirm = lambda title, text: asked.append(text) is None
    dialog.undo_merge_button.click()
    assert "Dupont Boulangerie" in asked[0]
    qtbot.waitUntil(
        lambda: bool(dialog.merges) and dialog.merges[0].undone_at is not None, timeout=10_000
    )
    assert dialog.merge_model.row(0)["state"].startswith("annulée le ")
    for record_id in (kept, other):
        assert _value(context.store, "employer", record_id, "archived_at") is None
    assert _value(context.store, "interaction", met, "employer_id") == other
    dialog.merge_table.selectRow(0)
    assert not dialog.undo_merge_button.isEnabled()  # undone already
    context.runner.drain()


def test_not_the_same_employer_hides_the_pair_until_undone(qtbot, context, twice) -> None:
    dialog = _review(qtbot, context, closed_by_test=True)
    assert len(dialog.pairs) == 1
    dialog.pair_table.selectRow(0)
    offered: list[tuple[str, object]] = []
    context.undo_offered.connect(lambda text, undo: offered.append((text, undo)))
    dialog.distinct_button.click()
    qtbot.waitUntil(lambda: bool(offered) and not dialog.loading, timeout=10_000)
    qtbot.waitUntil(lambda: not dialog.loading and dialog.pairs == [], timeout=10_000)
    assert "pas le même employeur" in offered[0][0]
    assert "Aucun doublon" in dialog.status_label.text()
    dialog.close()
    context.runner.drain()
    again = _review(qtbot, context)  # remembered: a new scan does not list it
    assert again.pairs == []
    offered[0][1]()
    qtbot.waitUntil(lambda: not again.loading and len(again.pairs) == 1, timeout=10_000)
    context.runner.drain()


def test_the_review_is_one_window_in_each_language(qtbot, context, twice) -> None:
    dialog = _review(qtbot, context)
    assert open_duplicates(context) is dialog
    try:
        i18n.install("nl")
        assert dialog.windowTitle() == "Dubbele werkgevers"
        assert dialog.merge_button.text() == "Samenvoegen…"
        i18n.install("en")
        assert dialog.distinct_button.text() == "Not the same employer"
    finally:
        i18n.install("fr")
    context.runner.drain()


# -- partners, through a real network folder ------------------------------------------------


def _organisation(tmp: Path, name: str, org_name: str) -> Workstation:
    store = Store.open(tmp / name, daily_backup=False)
    with UnitOfWork(store, worker_id="") as uow:
        workers.init_organisation(uow, name=org_name, org_type="cpas", worker=f"Worker {name}")
        uow.commit()
    root = tmp / f"{name}-root"
    root.mkdir()
    engine.setup_org(store, engine.Location("folder", str(root)), secret=PASSPHRASE, kdf=CHEAP_KDF)
    return Workstation(name, store, root)


@pytest.fixture
def network(qapp, tmp_path: Path):  # type: ignore[no-untyped-def]
    """The CPAS (coordinating), the mission locale and the Maison de l'emploi, admitted, each
    with its employers: the brasserie known by all three (one BCE number), a bakery the mission
    locale spells otherwise than the CPAS."""
    i18n.install("fr")
    folder = tmp_path / "network"
    folder.mkdir()
    cpas = _organisation(tmp_path, "cpas", "CPAS de Saint-Gilles")
    ml = _organisation(tmp_path, "ml", "Mission locale de Saint-Gilles")
    mde = _organisation(tmp_path, "mde", "Maison de l'emploi de Saint-Gilles")
    bce = "0403019261"
    _employer(cpas.store, "Brasserie de l'Union", bce_number=bce)
    _employer(cpas.store, "Boulangerie Dupont")
    _employer(cpas.store, "Atelier Vélo")
    union = _employer(ml.store, "Union (Brasserie de l') SRL", bce_number=bce)
    _met(ml.store, union, dt.date(2026, 11, 25))
    _employer(ml.store, "Boulangerie Dupond SPRL")
    _met(mde.store, _employer(mde.store, "Brasserie Union", bce_number=bce), dt.date(2026, 10, 2))
    where = engine.Location("folder", str(folder))
    keys = {"secret": PASSPHRASE, "org_secret": PASSPHRASE, "kdf": CHEAP_KDF}
    engine.setup_network(cpas.store, where, coordinator=True, **keys)
    for partner in (ml, mde):
        engine.setup_network(partner.store, where, **keys)
        engine.admit_member(cpas.store, str(partner.store.local("organisation_id")))
    for station in (cpas, ml, mde, cpas):
        station.sync(scopes=("network",))
    yield cpas
    for station in (cpas, ml, mde):
        station.close()


def _network_row(view: NetworkView, name: str) -> dict:
    for row in range(view.model.rowCount()):
        if view.model.row(row)["name"] == name:
            return dict(view.model.row(row))
    raise AssertionError(f"{name} not in the Network view")


def _known_by(view: NetworkView, name: str) -> str:
    return str(_network_row(view, name)["known_by"])


def test_a_link_shows_the_partner_beside_us_in_the_network_view(
    qtbot, qtmodeltester, network
) -> None:
    context = AppContext(network.store)
    view = NetworkView(context)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.model.rowCount() == 2, timeout=10_000)
    # The brasserie: one row, the three organisations, each with its latest contact.
    assert _known_by(view, "Brasserie de l'Union") == (
        "Nous · Maison de l'emploi de Saint-Gilles (2/10/2026) · "
        "Mission locale de Saint-Gilles (25/11/2026)"
    )
    assert _network_row(view, "Brasserie de l'Union")["last_contact"] == "2026-11-25"
    assert _known_by(view, "Boulangerie Dupond SPRL") == "Mission locale de Saint-Gilles"
    qtmodeltester.check(view.model)

    dialog = _review(qtbot, context)
    row = _row_of(dialog, "Boulangerie Dupond SPRL")
    dialog.pair_table.selectRow(row)
    assert dialog.pair_model.row(row)["where"] == "Mission locale de Saint-Gilles"
    assert dialog.link_button.isVisibleTo(dialog) and not dialog.merge_button.isVisibleTo(dialog)
    assert "n'est jamais fusionnée" in dialog.compare_note.text()
    assert dialog.grid_holder.findChild(QLabel, "value_name_2").text() == (
        "Boulangerie Dupond SPRL"
    )
    qtmodeltester.check(dialog.pair_model)
    dialog.link_button.click()
    # Still one row for the bakery, under our name now, with us and the partner.
    qtbot.waitUntil(
        lambda: (
            [view.model.row(r)["name"] for r in range(view.model.rowCount())]
            == ["Boulangerie Dupont", "Brasserie de l'Union"]
        ),
        timeout=10_000,
    )
    assert _known_by(view, "Boulangerie Dupont") == "Nous · Mission locale de Saint-Gilles"
    qtbot.waitUntil(lambda: not dialog.loading, timeout=10_000)
    assert all(p.second.values.get("name") != "Boulangerie Dupond SPRL" for p in dialog.pairs)
    # Our bakery's record names the partner on its header card.
    found: list[EmployerDialog] = []
    open_employer(context, _network_row(view, "Boulangerie Dupont")["own_id"], on_open=found.append)
    qtbot.waitUntil(lambda: len(found) == 1, timeout=10_000)
    record = found[0]
    qtbot.addWidget(record)
    qtbot.waitUntil(lambda: record.partners_box.isVisibleTo(record), timeout=10_000)
    assert record.partners_label.text() == (
        "Partenaires qui connaissent cet employeur : Mission locale de Saint-Gilles"
    )

    view.organisation_filter.setCurrentIndex(
        view.organisation_filter.findText("Maison de l'emploi de Saint-Gilles")
    )
    assert [view.model.row(r)["name"] for r in range(view.model.rowCount())] == [
        "Brasserie de l'Union"
    ]
    context.runner.drain()


def test_the_directory_says_how_many_partners_know_an_employer(
    qtbot, qtmodeltester, network, tmp_path
) -> None:
    context = AppContext(network.store)
    directory = EmployersView(context)
    qtbot.addWidget(directory)
    # As the main window starts it: its remembered state asks for the filters' options first.
    directory.restore_state(QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat))
    column = COLUMNS.index("partners")
    model = directory.model

    def shown() -> dict[str, str]:
        return {
            str(model.data(model.index(r, 0))): str(model.data(model.index(r, column)) or "")
            for r in range(model.rowCount())
        }

    qtbot.waitUntil(lambda: shown().get("Brasserie de l'Union") == "2 partenaires", timeout=10_000)
    qtmodeltester.check(model)
    assert shown()["Atelier Vélo"] == ""
    assert model.headerData(column, Qt.Orientation.Horizontal) == "Également connu de"
    # Linked in the review: the bakery is known by one partner.
    dialog = _review(qtbot, context)
    dialog.pair_table.selectRow(_row_of(dialog, "Boulangerie Dupond SPRL"))
    dialog.link_button.click()
    qtbot.waitUntil(lambda: shown().get("Boulangerie Dupont") == "1 partenaire", timeout=10_000)
    # Sorted by it, the most known first.
    directory.table.sortByColumn(column, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(
        lambda: not model.loading and model.data(model.index(0, 0)) == "Brasserie de l'Union",
        timeout=10_000,
    )
    assert model.data(model.index(1, 0)) == "Boulangerie Dupont"
    context.runner.drain()


def test_the_review_opens_from_the_menu_its_shortcut_and_the_directory(
    qtbot, context, twice, tmp_path
) -> None:
    from PySide6.QtWidgets import QApplication

    from pacte_desktop.ui.main_window import MainWindow

    window = MainWindow(context, QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    assert window.act_duplicates in window.menu_edit.actions()
    assert window.act_duplicates.shortcut().toString() == "Ctrl+Shift+D"
    assert window.act_duplicates.text() == "&Doublons d'employeurs…"

    def reviews() -> list[DuplicatesDialog]:
        return [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, DuplicatesDialog) and w.context is context
        ]

    window.act_duplicates.trigger()
    [dialog] = reviews()
    qtbot.addWidget(dialog)
    assert dialog.parent() is window
    directory = window.view("employers")
    assert directory.act_duplicates in directory.toolbar.actions()
    directory.act_duplicates.trigger()
    assert reviews() == [dialog]  # the same window, brought forward
    qtbot.waitUntil(lambda: not dialog.loading and len(dialog.pairs) == 1, timeout=10_000)
    context.runner.drain()
