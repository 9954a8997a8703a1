"""No database access on the GUI thread: the context notes any, and the UI tests fail on it.

The autouse fixture of tests/ui/conftest.py checks every AppContext a test makes; these tests
show that the check sees a read made on the GUI thread by interface code, and does not see the
same read made through ``AppContext.fetch`` or by the test itself.
"""

from __future__ import annotations

from pathlib import Path

import pacte_desktop.ui
from pacte_desktop.services import workstation

VIEW_FILE = str(Path(pacte_desktop.ui.__file__).parent / "a_view.py")


def _as_interface_code(source: str, **names: object) -> None:
    # Compiled under a file name in ui/: the frames look like the interface's own code.
    exec(compile(source, VIEW_FILE, "exec"), dict(names))


def test_a_read_on_the_gui_thread_from_interface_code_is_noted(context) -> None:
    _as_interface_code("store.local('device_id')", store=context.store)
    assert context.gui_reads == ["a_view.py:1 <module>"]
    context.gui_reads.clear()  # shown; the fixture would fail this test otherwise


def test_a_fetch_and_the_tests_own_reads_are_not(context, qtbot) -> None:
    got: list[object] = []
    _as_interface_code(
        "context.fetch(names, on_done=got.append)",
        context=context,
        names=workstation.worker_names,
        got=got,
    )
    qtbot.waitUntil(lambda: bool(got))
    context.store.local("device_id")  # the test's own read, not the interface's
    assert context.gui_reads == []
