"""Workstations of one organisation for sync tests: real stores on real SQLite files.

``OrgNet(tmp_path)`` makes the first workstation (an initialised store) and the organisation's
root in a real folder; ``join()`` adds workstations that join it from empty data folders. Each
workstation can point at its own replica folder (for the simulated folder syncer) or share
the root. Passphrases come from the environment as the CLI reads them; scrypt is made cheap.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from keyring.backend import KeyringBackend

from pacte_desktop.domain.entities import BY_TABLE, Employer
from pacte_desktop.services import records, workers
from pacte_desktop.store.database import Store
from pacte_desktop.store.schema import TABLES
from pacte_desktop.store.unit_of_work import UnitOfWork
from pacte_desktop.sync import crypto, engine

PASSPHRASE = "correct horse battery staple"
#: A key derivation cheap enough for tests (the application uses crypto.DEFAULT_KDF).
CHEAP_KDF = crypto.Kdf.argon2id(t=1, m=64, p=1)


class MemoryKeyring(KeyringBackend):
    """A credential store of one machine, for tests: keyring's own extension point (a
    ``KeyringBackend`` installed with ``keyring.set_keyring``), holding entries in memory."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.entries.pop((service, username), None)


@dataclass
class Workstation:
    name: str
    store: Store
    root: Path

    def sync(self, **kwargs: Any) -> engine.PassSummary:
        return engine.sync_pass(self.store, **kwargs)

    def create(self, cls: type, values: Mapping[str, object]) -> str:
        with UnitOfWork(self.store) as uow:
            record = records.create(uow, cls, values)
            uow.commit()
        return record.id

    def edit(self, cls: type, record_id: str, changes: Mapping[str, object]) -> None:
        with UnitOfWork(self.store) as uow:
            records.edit(uow, cls, record_id, changes)
            uow.commit()

    def delete(self, cls: type, record_id: str) -> None:
        with UnitOfWork(self.store) as uow:
            records.delete(uow, cls, record_id)
            uow.commit()

    def employer(self, name: str, **values: object) -> str:
        return self.create(Employer, {"name": name, **values})

    def rows(self) -> dict[str, list[tuple[Any, ...]]]:
        """Every replicated table, sorted by id."""
        with self.store.reading() as conn:
            return {
                t: [tuple(r) for r in conn.execute(sa.text(f"SELECT * FROM {t} ORDER BY id"))]
                for t in TABLES
            }

    def journal(self) -> list[tuple[Any, ...]]:
        """The journal without its local sequence numbers, in stamp order."""
        with self.store.reading() as conn:
            return [
                tuple(r)
                for r in conn.execute(
                    sa.text(
                        "SELECT hlc, device_id, worker_id, table_name, row_id, op, fields "
                        "FROM journal ORDER BY hlc, table_name, row_id"
                    )
                )
            ]

    def value(self, table: str, record_id: str, field: str) -> Any:
        with self.store.reading() as conn:
            return conn.execute(
                sa.text(f"SELECT {field} FROM {table} WHERE id = :id"), {"id": record_id}
            ).scalar_one_or_none()

    def conflicts(self) -> list[Any]:
        from pacte_desktop.sync import replication

        with self.store.reading() as conn:
            return replication.conflicts(conn)

    def close(self) -> None:
        self.store.close()


@dataclass
class OrgNet:
    """An organisation's workstations around one root folder."""

    tmp: Path
    root: Path = field(init=False)
    stations: list[Workstation] = field(default_factory=list)

    def __post_init__(self) -> None:
        os.environ["PACTE_ORG_PASSPHRASE"] = PASSPHRASE
        os.environ["PACTE_NETWORK_PASSPHRASE"] = PASSPHRASE
        self.root = self.tmp / "root"
        self.root.mkdir(parents=True, exist_ok=True)

    def first(self, name: str = "A", *, root: Path | None = None) -> Workstation:
        """The initialised workstation that creates the organisation's root."""
        store = Store.open(self.tmp / name, daily_backup=False)
        with UnitOfWork(store, worker_id="") as uow:
            workers.init_organisation(
                uow, name="CPAS de Saint-Gilles", org_type="cpas", worker="Farida Aissa"
            )
            uow.commit()
        where = root or self.root
        engine.setup_org(store, engine.Location("folder", str(where)), kdf=CHEAP_KDF)
        station = Workstation(name, store, where)
        self.stations.append(station)
        return station

    def join(
        self, name: str, *, root: Path | None = None, worker: str | None = None
    ) -> Workstation:
        """A workstation that joins from an empty data folder."""
        store = Store.open(self.tmp / name, daily_backup=False)
        where = root or self.root
        engine.setup_org(
            store,
            engine.Location("folder", str(where)),
            worker=worker or f"Worker {name}",
            kdf=CHEAP_KDF,
        )
        workers.use_worker(store, worker or f"Worker {name}")
        station = Workstation(name, store, where)
        self.stations.append(station)
        return station

    def close(self) -> None:
        for station in self.stations:
            station.close()


__all__ = ["BY_TABLE", "CHEAP_KDF", "PASSPHRASE", "MemoryKeyring", "OrgNet", "Workstation"]
