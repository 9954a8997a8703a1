"""The Qt binding keeps Python's reference counts whole.

PySide6-Essentials 6.12.0 (with Python 3.11) loses one reference to ``None`` on every call of a
method that returns nothing (``QLabel.setText``, ``QWidget.hide``, every ``QPainter.draw…``):
after some 25,000 such calls — minutes of work in the window — the interpreter aborts with
"none_dealloc", taking the caseworker's session with it. pyproject.toml keeps the binding below
6.12; this test fails on a binding with the defect, whatever pins say.
"""

from __future__ import annotations

import gc
import sys

from PySide6.QtWidgets import QLabel


def test_a_method_returning_nothing_leaves_none_as_it_found_it(qapp) -> None:
    label = QLabel()
    gc.collect()
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("Boulangerie du Parvis")
        label.clear()
    gc.collect()
    lost = before - sys.getrefcount(None)
    assert lost < 100, f"{lost} references to None lost in 4,000 calls"


def test_what_start_up_built_leaves_the_collectors_sight() -> None:
    """ui.app.settle_heap (called once the window shows): a full collection no longer walks
    the modules and tables start-up made — a 75 ms stall of a 100,000-employer directory."""
    from pacte_desktop.ui.app import settle_heap

    gc.unfreeze()
    try:
        settle_heap()
        assert gc.get_freeze_count() > 10_000
    finally:
        gc.unfreeze()
