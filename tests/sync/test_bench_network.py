"""``bench/network.py --small`` runs end to end (no timing is asserted: a benchmark's figures
belong in its table, not in a test): the network is generated with the real writers, every
member writes its snapshot, a late joiner from snapshots holds what one from every file holds
(the script checks it), and each measure prints its row."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench" / "network.py"
MEASURES = (
    "snapshot written (slowest member)",
    "late joiner, snapshots",
    "late joiner, every file (no snapshot)",
    "pass with nothing new",
    "pass receiving one day of every member",
)


@pytest.mark.slow
def test_the_small_network_benchmark_runs_and_prints_every_measure(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, str(BENCH), "--small", "--keep", str(tmp_path / "bench")],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    lines = done.stdout.splitlines()
    assert lines[0].startswith("network: 5 organisations x 3 workstations x 40 working days")
    for measure in MEASURES:
        assert any(line.startswith(measure) for line in lines), (measure, done.stdout)
    # Each member's feed got its snapshot, written by the real writer.
    feeds = tmp_path / "bench" / "network" / "feeds"
    assert len([d for d in feeds.iterdir() if list(d.glob("snap/*.snap"))]) == 5
