"""Shared fixtures: real stores on real SQLite files in temporary folders."""

from __future__ import annotations

import dataclasses
import os
import shutil
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from pacte_desktop.domain import messages
from pacte_desktop.store.database import Store
from pacte_desktop.store.unit_of_work import UnitOfWork
from pacte_desktop.sync import clockcheck
from tests.faketime_site.sitecustomize import faketime_sleep

#: Whether this run is under libfaketime (`./dev test --date`, docs/testing.md).
FAKETIME = "faketime" in os.environ.get("LD_PRELOAD", "") and bool(os.environ.get("FAKETIME"))


def _file_clock_skew() -> timedelta:
    """How far the times the kernel puts on files are from this process's clock."""
    with tempfile.TemporaryDirectory() as scratch:
        path = Path(scratch) / "clock"
        before = datetime.now(UTC)
        path.write_bytes(b"")
        after = datetime.now(UTC)
        stamped = datetime.fromtimestamp(path.stat().st_mtime, UTC)
    return stamped - (before + (after - before) / 2)


# Under libfaketime with the real monotonic clock (how `./dev test --date` runs the suite),
# libfaketime 0.9.10 shifts the absolute monotonic deadline of clock_nanosleep by the faked
# date, so Python's time.sleep fails with EINVAL once the date is further from today than the
# machine's uptime. Sleeping through select avoids that call.
if FAKETIME:
    time.sleep = faketime_sleep
    # The processes a test starts get the same (tests/faketime_site/sitecustomize.py).
    _SITE = str(Path(__file__).resolve().parent / "faketime_site")
    os.environ["PYTHONPATH"] = os.pathsep.join(
        p for p in (_SITE, os.environ.get("PYTHONPATH", "")) if p
    )
FILE_CLOCK_SKEW = _file_clock_skew() if FAKETIME else timedelta(0)


@pytest.fixture(autouse=True)
def _file_times_on_the_faked_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    """Under faketime only: the sync's clock check reads the shared location's time from file
    times (the folder's probe, WsgiDAV's getlastmodified), which libfaketime does not move. It
    would rightly find this process's clock months away from the folder's, and every sync pass
    would warn; so its offset is counted from the file system's clock, as if files were
    stamped on the faked one. tests/sync/test_clockcheck.py calls ``check`` itself and sees
    the offsets as they are."""
    if not FAKETIME:
        return
    original = clockcheck.check

    def check(*args: Any, **kwargs: Any) -> clockcheck.ClockReport:
        report = original(*args, **kwargs)
        return dataclasses.replace(report, offset=report.offset - FILE_CLOCK_SKEW)

    monkeypatch.setattr(clockcheck, "check", check)


#: Where the sync reads the passphrases when none is typed in (sync/state.passphrase).
PASSPHRASE_VARS = ("PACTE_ORG_PASSPHRASE", "PACTE_NETWORK_PASSPHRASE")


@pytest.fixture(autouse=True)
def _isolated(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    """No test reads the developer's real store or environment; messages start in French.

    Nor the developer's credential store: keyring answers with its "fail" backend (so sync
    keys are sealed by the passphrase) unless a test installs another; every vault unlocked
    in the test is locked again after it.

    Nor a passphrase from the environment: a test that needs one sets it (OrgNet does, in
    ``os.environ``), and it is gone after that test, so no test passes only because another
    one ran before it."""
    import keyring
    from keyring.backends import fail

    from pacte_desktop.sync import vault

    for var in ("PACTE_DATA_DIR", "PACTE_LANG", "PACTE_WORKER", *PASSPHRASE_VARS):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    messages.set_language("fr")
    keyring.set_keyring(fail.Keyring())
    yield
    for var in PASSPHRASE_VARS:  # set by the test itself, not through monkeypatch
        os.environ.pop(var, None)
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
    with UnitOfWork(store, worker_id="") as uow:
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


@pytest.fixture
def poppler() -> Callable[[str], str]:
    """Finds a poppler tool (pdftotext, pdftoppm), a PDF reader independent of reportlab and
    pypdf; where it is missing, the test is skipped and the summary says why."""

    def find(tool: str) -> str:
        found = shutil.which(tool)
        if found is None:
            pytest.skip(
                f"{tool} is not installed (package poppler-utils; `./dev test` installs it "
                "when run as root on Debian or Ubuntu)"
            )
        return found

    return find


#: A test that runs longer than this should carry ``@pytest.mark.slow`` (pyproject's markers).
SLOW_SECONDS = 10.0


def pytest_terminal_summary(terminalreporter: Any) -> None:
    """Name the tests that ran over SLOW_SECONDS without the ``slow`` mark (a note, not a
    failure: a busy machine makes any test slow once; the mark is for those slow every time)."""
    unmarked = []
    for report in terminalreporter.stats.get("passed", []) + terminalreporter.stats.get(
        "failed", []
    ):
        if (
            report.when == "call"
            and report.duration > SLOW_SECONDS
            and "slow" not in (report.keywords)
        ):
            unmarked.append(f"{report.duration:5.1f} s  {report.nodeid}")
    if unmarked:
        terminalreporter.write_sep("-", f"over {SLOW_SECONDS:.0f} s without @pytest.mark.slow")
        for line in unmarked:
            terminalreporter.write_line(line)
