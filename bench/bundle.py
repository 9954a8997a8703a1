"""The PyInstaller bundle against the virtual environment: size, and start to the first window.

Run: ``.venv/bin/python bench/bundle.py [--bundle dist/pacte-desktop] [--runs 7]`` after
``installer/build-linux.sh`` (offscreen unless DISPLAY is set).

Both programs start on copies of the same data folder (an organisation, a worker and 1,000
employers: the directory shows at start) with ``PACTE_EXIT_WHEN_SHOWN=1``, so each prints the
wall-clock time at which its main window was shown and painted, then quits. Start-to-window is
that time minus the time taken just before the process was spawned. The two are alternated, a
discarded warm-up start of each first (a cold disk cache would measure the disk), and the table
gives the median and the best of the runs with the ratio bundle / environment.
Targets (issue 12): window in under 2 s, and at most 1.5 times the environment's start.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TIMING_VARIABLE = "PACTE_EXIT_WHEN_SHOWN"  # pacte_desktop.ui.self_test.TIMING_VARIABLE


def build_store(folder: Path, count: int) -> None:
    from pacte_desktop.demo.fill import employer_rows
    from pacte_desktop.domain.entities import Employer
    from pacte_desktop.services import workers
    from pacte_desktop.store.database import Store
    from pacte_desktop.store.unit_of_work import UnitOfWork

    store = Store.open(folder, daily_backup=False)
    with UnitOfWork(store, worker_id="") as uow:
        _, worker = workers.init_organisation(uow, name="Bench", org_type="cpas", worker="W")
        uow.commit()
    with UnitOfWork(store, worker_id=worker.id) as uow:
        uow.bulk_insert(Employer, employer_rows(count, owners=[worker.id]))
        uow.commit()
    store.close()


def start_to_window(program: Path, template: Path, scratch: Path) -> float:
    """Seconds from just before spawning ``program`` to its first shown window."""
    data = scratch / "data"
    shutil.rmtree(data, ignore_errors=True)
    shutil.copytree(template, data)
    env = dict(os.environ)
    env[TIMING_VARIABLE] = "1"
    if not env.get("DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    started = time.time()
    result = subprocess.run(
        [str(program), "--data-dir", str(data)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    for line in result.stdout.splitlines():
        if line.startswith("window shown at "):
            return float(line.removeprefix("window shown at ")) - started
    raise SystemExit(f"{program} showed no window (exit {result.returncode}):\n{result.stderr}")


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def mib(size: int) -> str:
    return f"{size / 2**20:,.1f} MiB"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "pacte-desktop")
    parser.add_argument("--venv", type=Path, default=ROOT / ".venv")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--employers", type=int, default=1000)
    args = parser.parse_args()

    bundled = args.bundle / "pacte-desktop"
    venv = args.venv / "bin" / "pacte-desktop"
    for program in (bundled, venv):
        if not program.exists():
            raise SystemExit(f"{program} is missing (installer/build-linux.sh, ./dev setup)")

    files = [p for p in args.bundle.rglob("*") if p.is_file()]
    print(f"bundle {args.bundle}: {mib(folder_size(args.bundle))} in {len(files):,} files")
    for tarball in sorted(args.bundle.parent.glob("pacte-desktop-*-linux-*.tar.gz")):
        print(f"tarball {tarball.name}: {mib(tarball.stat().st_size)}")

    with tempfile.TemporaryDirectory(prefix="pacte-bench-bundle-") as tmp:
        scratch = Path(tmp)
        template = scratch / "template"
        build_store(template, args.employers)
        times: dict[str, list[float]] = {"bundle": [], "venv": []}
        programs = {"bundle": bundled, "venv": venv}
        for program in programs.values():  # warm-up, not counted
            start_to_window(program, template, scratch)
        for _ in range(args.runs):
            for name, program in programs.items():
                times[name].append(start_to_window(program, template, scratch))

    median = {name: statistics.median(values) for name, values in times.items()}
    best = {name: min(values) for name, values in times.items()}
    print()
    print(f"start to the main window, {args.runs} runs each, {args.employers:,} employers")
    print("| start | median | best | worst |")
    print("| --- | ---: | ---: | ---: |")
    for name, label in (("venv", "virtual environment"), ("bundle", "bundle")):
        values = times[name]
        print(
            f"| {label} | {median[name] * 1000:,.0f} ms | {best[name] * 1000:,.0f} ms "
            f"| {max(values) * 1000:,.0f} ms |"
        )
    ratio = median["bundle"] / median["venv"]
    print(f"| ratio bundle / environment | {ratio:.2f} | {best['bundle'] / best['venv']:.2f} | |")
    met = median["bundle"] < 2.0 and ratio <= 1.5
    print(f"\ntarget (< 2 s and ≤ 1.5×): {'met' if met else 'NOT met'}")

    # The command line of each (it never loads Qt), for the record: no target.
    cli = {"bundle": args.bundle / "pacte", "venv": args.venv / "bin" / "pacte"}
    walls: dict[str, list[float]] = {"bundle": [], "venv": []}
    for _ in range(args.runs * 3):
        for name, program in cli.items():
            started = time.perf_counter()
            subprocess.run([str(program), "--version"], check=True, capture_output=True)
            walls[name].append(time.perf_counter() - started)
    cli_median = {name: statistics.median(values) for name, values in walls.items()}
    print(
        f"\n`pacte --version`, median of {args.runs * 3}:"
        f" bundle {cli_median['bundle'] * 1000:.0f} ms,"
        f" environment {cli_median['venv'] * 1000:.0f} ms"
        f" (ratio {cli_median['bundle'] / cli_median['venv']:.2f})"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
