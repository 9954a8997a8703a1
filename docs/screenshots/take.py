"""Take the README's screenshots: the main views on demonstration data, in French and Dutch.

Run: ``.venv/bin/python docs/screenshots/take.py`` — it restarts itself under ``xvfb-run`` when
there is no display (``apt-get install xvfb`` provides it), fills a temporary store with
``pacte demo`` data, opens the real main window at 1366×768 and saves one PNG per view and
language in this folder.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    if not os.environ.get("DISPLAY") and os.environ.get("QT_QPA_PLATFORM") != "offscreen":
        xvfb = shutil.which("xvfb-run")
        if xvfb is None:
            print("take.py: no display and no xvfb-run (apt-get install xvfb)", file=sys.stderr)
            return 1
        return subprocess.call(
            [xvfb, "-a", "-s", "-screen 0 1366x768x24", sys.executable, __file__, *sys.argv[1:]]
        )
    os.environ.setdefault("QT_QPA_PLATFORM", "xcb")

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from pacte_desktop.demo import fill_demo
    from pacte_desktop.store.database import Store
    from pacte_desktop.ui import i18n
    from pacte_desktop.ui.context import AppContext
    from pacte_desktop.ui.main_window import MainWindow

    app = QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open(Path(tmp), daily_backup=False)
        with store.unit_of_work() as uow:
            fill_demo(uow, employers=300, today=dt.date.today())
            uow.commit()
        context = AppContext(store)
        settings = QSettings(str(Path(tmp) / "window.ini"), QSettings.Format.IniFormat)
        for lang in ("fr", "nl"):
            i18n.install(lang)
            window = MainWindow(context, settings)
            window.resize(1366, 768)
            window.show()
            for view in window.views:
                window.show_view(view.key)
                deadline = dt.datetime.now() + dt.timedelta(seconds=5)
                while dt.datetime.now() < deadline:  # let background loads land
                    app.processEvents()
                    context.runner.wait(50)
                    if not getattr(getattr(view, "model", None), "loading", False):
                        break
                for _ in range(20):
                    app.processEvents()
                target = HERE / f"{view.key}-{lang}.png"
                window.grab().save(str(target))
                print(target.relative_to(ROOT))
            window.close()
        context.runner.wait()
        store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
