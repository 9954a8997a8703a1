"""`pacte-desktop --self-test` and the start timing probe, run from the checkout as a user would
(a separate process: the self-test makes its own QApplication, offscreen)."""

from __future__ import annotations

import os
import subprocess
import sys

from pacte_desktop.domain.entities import Employer
from pacte_desktop.services import records, workers
from pacte_desktop.store.database import Store
from pacte_desktop.store.unit_of_work import UnitOfWork
from pacte_desktop.ui.self_test import TIMING_VARIABLE


def _run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pacte_desktop", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **(env or {})},
    )


def test_self_test_passes_and_prints_each_step_on_its_own_line(tmp_path):
    # No display and no QT_QPA_PLATFORM: the self-test still runs (offscreen by itself), and it
    # writes nothing outside its own temporary folder (TMPDIR here).
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    env["TMPDIR"] = str(tmp_path)
    result = subprocess.run(
        [sys.executable, "-m", "pacte_desktop", "--self-test", "--lang", "nl"],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    expected = [
        "pacte-desktop ",
        "store created: pacte.sqlite at schema revision ",
        "employer written and read back: Brasserie du Parvis (self-test)",
        "main window shown (",
        "icon drawn: Phosphor Icons 1.3.0, ",
        "placement report rendered (PDF, ",
        "Excel export written and read back (1 employer, ",
        "self-test passed in ",
    ]
    assert len(lines) == len(expected), lines
    for line, start in zip(lines, expected, strict=True):
        assert line.startswith(start), (line, start)
    # The Dutch translations loaded: ours (the menus) and Qt's (the file dialog).
    assert "language nl" in lines[3] and "Bestand" in lines[3]
    assert lines[3].endswith("file dialog: Zoeken in:")
    assert list(tmp_path.iterdir()) == []  # its temporary data folder is gone


def test_timing_probe_prints_when_the_window_is_shown_and_quits(tmp_path):
    store = Store.open(tmp_path, daily_backup=False)
    with UnitOfWork(store, worker_id="") as uow:
        workers.init_organisation(uow, name="CPAS", org_type="cpas", worker="Farida Aissa")
        records.create(uow, Employer, {"name": "Atelier Vélo", "owner_id": uow.worker_id})
        uow.commit()
    store.close()
    result = _run(
        "--data-dir",
        str(tmp_path),
        env={TIMING_VARIABLE: "1", "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stdout + result.stderr
    shown = [line for line in result.stdout.splitlines() if line.startswith("window shown at ")]
    assert len(shown) == 1, result.stdout
    # An epoch time (not compared with this process's clock: `./dev test --date` fakes both
    # clocks, each from its own start).
    assert float(shown[0].removeprefix("window shown at ")) > 0
