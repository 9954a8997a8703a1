"""Starting the application as `pacte-desktop` does."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def test_without_a_display_it_says_so_instead_of_aborting(tmp_path) -> None:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    result = subprocess.run(
        [sys.executable, "-m", "pacte_desktop", "--data-dir", str(tmp_path / "store")],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1
    assert "no display" in result.stderr


STARTER = """
import os, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pacte_desktop.ui.app import run
from pacte_desktop.ui.main_window import MainWindow

app = QApplication(sys.argv[:1])
seen = []

def close_windows():
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow) and widget.isVisible():
            seen.append(widget.windowTitle())
            widget.close()
    app.quit()

QTimer.singleShot(1500, close_windows)
code = run(["--data-dir", sys.argv[1], "--lang", "fr"])
print(code, seen, flush=True)
os._exit(0)  # PySide6 may abort while tearing Qt down at exit
"""


def test_the_app_opens_the_store_shows_the_window_and_backs_up_in_the_background(
    context, tmp_path
) -> None:
    # In its own process: the application's event loop and quit must not touch this one's.
    data_dir: Path = context.store.data_dir
    context.store.close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", STARTER, str(data_dir)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.stdout.strip().splitlines()[-1] == "0 ['Pacte Desktop']", result.stderr
    assert list((data_dir / "backups").glob("pacte-*-daily.sqlite"))
    assert (data_dir / "window.ini").exists()
