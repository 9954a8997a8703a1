"""UI tests: real widgets on the offscreen platform, over real stores in temporary folders."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from shiboken6 import isValid

from pacte_desktop.store.database import Store
from pacte_desktop.store.unit_of_work import UnitOfWork


@pytest.fixture(autouse=True, scope="session")
def french_interface(qapp):
    """The interface in French, as the application starts it (i18n.install, which also brings
    French's plural forms: "1 fiche", "3 fiches")."""
    from pacte_desktop.ui import i18n

    i18n.install("fr")


@pytest.fixture
def context(qapp, tmp_path):
    """An AppContext over a store with the CPAS, three workers and a few employers."""
    from pacte_desktop.domain.entities import Employer
    from pacte_desktop.services import records, workers
    from pacte_desktop.ui.context import AppContext

    store = Store.open(tmp_path / "store", daily_backup=False)
    with UnitOfWork(store, worker_id="") as uow:
        workers.init_organisation(
            uow, name="CPAS de Saint-Gilles", org_type="cpas", worker="Farida Aissa"
        )
        workers.add_worker(uow, name="Igo De Radigues")
        workers.add_worker(uow, name="Julie Buelens")
        for name, commune in (
            ("Société Générale", "Saint-Gilles"),
            ("Brasserie du Parvis", "Saint-Gilles"),
            ("Atelier Vélo", "Forest"),
        ):
            records.create(
                uow, Employer, {"name": name, "commune": commune, "owner_id": uow.worker_id}
            )
        uow.commit()
    ctx = AppContext(store)
    yield ctx
    ctx.runner.wait()
    store.close()


@pytest.fixture(autouse=True)
def no_database_access_on_the_gui_thread(monkeypatch):
    """Every AppContext a test makes: the interface touched the database only off the GUI
    thread once the context existed (AppContext.gui_reads lists where it did not)."""
    from pacte_desktop.ui.context import AppContext

    made: list[AppContext] = []
    original = AppContext.__init__

    def init(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        original(self, *args, **kwargs)
        made.append(self)

    monkeypatch.setattr(AppContext, "__init__", init)
    yield made
    # A context outlives its test until the garbage collector finds its cycles, maybe on one of
    # the runner's threads: its store watch must not be ticking then (a timer destroyed off its
    # thread stays registered, and fires into freed memory in a later test).
    for ctx in made:
        if isValid(ctx):
            ctx.watch.stop()
    reads = sorted({where for ctx in made for where in ctx.gui_reads})
    assert reads == [], f"database access on the GUI thread: {reads}"
