"""bench/dedupe.py's generated set, small: the scan finds the known duplicates (recall) and
little else (precision), both above 0.95, and the blocks miss nothing the exhaustive comparison
of a sample finds. Timings are the benchmark's business, not a test's."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

BENCH = Path(__file__).resolve().parents[2] / "bench" / "dedupe.py"


def _bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_dedupe", BENCH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def test_the_scan_finds_the_generated_duplicates_and_little_else() -> None:
    figures = _bench().measure(4_000, 400, seed=17)
    assert figures.employers == 4_000 and figures.true_pairs == 200
    assert figures.precision > 0.95, figures
    assert figures.recall > 0.95, figures
    assert figures.blocks_recall == 1.0, figures


def test_the_generated_duplicates_carry_every_kind_of_change() -> None:
    bench = _bench()
    generated = bench.generate(4_000, seed=17)
    rows = generated.rows
    pairs = [sorted(p) for p in generated.pairs]
    same_bce = [p for p in pairs if rows[p[1]].get("bce_number")]
    street_only = [p for p in pairs if not rows[p[1]].get("postcode") and rows[p[1]].get("street")]
    dutch = [p for p in pairs if rows[p[0]].get("name_nl") == rows[p[1]]["name"]]
    assert same_bce and street_only and dutch
    # Most are written differently (entered twice the same way happens too).
    assert sum(rows[a]["name"] != rows[b]["name"] for a, b in pairs) > 0.8 * len(pairs)
