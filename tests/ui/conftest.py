"""UI tests: real widgets on the offscreen platform, over real stores in temporary folders."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from pacte_desktop.store.database import Store
from pacte_desktop.store.unit_of_work import UnitOfWork


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
