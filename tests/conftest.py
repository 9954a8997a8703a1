"""Shared fixtures: real stores on real SQLite files in temporary folders."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from pacte_desktop.domain import messages
from pacte_desktop.store.database import Store


@pytest.fixture(autouse=True)
def _isolated(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    """No test reads the developer's real store or environment; messages start in French.

    Nor the developer's credential store: keyring answers with its "fail" backend (so sync
    keys are sealed by the passphrase) unless a test installs another; every vault unlocked
    in the test is locked again after it."""
    import keyring
    from keyring.backends import fail

    from pacte_desktop.sync import vault

    for var in ("PACTE_DATA_DIR", "PACTE_LANG", "PACTE_WORKER"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    messages.set_language("fr")
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(fail.Keyring())
    vault.forget_session()
    messages.set_language("fr")


@dataclass
class Org:
    store: Store
    organisation_id: str
    workers: dict[str, str]  # name -> id


@pytest.fixture
def org(tmp_path: Path) -> Iterator[Org]:
    """An initialised store: the CPAS with three workers, Farida being the current one."""
    from pacte_desktop.services import workers

    store = Store.open(tmp_path / "store")
    with store.unit_of_work(worker_id="") as uow:
        organisation, farida = workers.init_organisation(
            uow, name="CPAS de Saint-Gilles", org_type="cpas", worker="Farida Aissa"
        )
        igo = workers.add_worker(uow, name="Igo De Radigues")
        julie = workers.add_worker(uow, name="Julie Buelens")
        uow.commit()
    yield Org(
        store,
        organisation.id,
        {"Farida Aissa": farida.id, "Igo De Radigues": igo.id, "Julie Buelens": julie.id},
    )
    store.close()


@dataclass
class CliResult:
    code: int
    out: str
    err: str


@pytest.fixture
def pacte(capsys: pytest.CaptureFixture[str], tmp_path: Path):  # type: ignore[no-untyped-def]
    """Run ``pacte --data-dir <tmp>/cli ARGS`` in-process and capture its output."""
    from pacte_desktop.cli import main

    data_dir = tmp_path / "cli"

    def run(*args: str, data_dir: Path = data_dir) -> CliResult:
        capsys.readouterr()
        try:
            code = main(["--data-dir", str(data_dir), *args])
        except SystemExit as exc:  # argparse usage errors and --help
            code = int(exc.code or 0)
        captured = capsys.readouterr()
        return CliResult(code, captured.out, captured.err)

    run.data_dir = data_dir  # type: ignore[attr-defined]
    return run
