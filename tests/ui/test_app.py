"""Starting the application as `pacte-desktop` does."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication


def test_without_a_display_it_says_so_instead_of_aborting(tmp_path) -> None:
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = subprocess.run(
        [sys.executable, "-m", "pacte_desktop", "--data-dir", str(tmp_path / "store")],
        env=env, capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == 1
    assert "no display" in result.stderr


def test_the_app_opens_the_store_shows_the_window_and_backs_up_in_the_background(
    qapp, context
) -> None:
    from pacte_desktop.ui.app import run
    from pacte_desktop.ui.main_window import MainWindow

    data_dir: Path = context.store.data_dir
    context.store.close()
    seen: list[MainWindow] = []

    def close_windows() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow) and widget.isVisible():
                seen.append(widget)
                widget.close()
        QApplication.instance().quit()

    QTimer.singleShot(1500, close_windows)
    assert run(["--data-dir", str(data_dir), "--lang", "fr"]) == 0
    assert seen and seen[0].windowTitle() == "Pacte Desktop"
    assert list((data_dir / "backups").glob("pacte-*-daily.sqlite"))
    assert (data_dir / "window.ini").exists()
