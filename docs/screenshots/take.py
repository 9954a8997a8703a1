"""Take the README's screenshots: the main views on demonstration data, in French and Dutch.

Run: ``.venv/bin/python docs/screenshots/take.py`` — it restarts itself under ``xvfb-run`` when
there is no display (``apt-get install xvfb`` provides it), fills a temporary store with
``pacte demo`` data, opens the real main window at 1366×768 and saves one PNG per view and
language in this folder (or ``--out DIR``; set ``QT_SCALE_FACTOR=1.5`` to see 150 % scaling).
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
    from PySide6.QtWidgets import QApplication, QTabWidget

    from pacte_desktop.demo import fill_demo
    from pacte_desktop.store.database import Store
    from pacte_desktop.ui import i18n
    from pacte_desktop.ui.context import AppContext
    from pacte_desktop.ui.main_window import MainWindow

    out = Path(sys.argv[sys.argv.index("--out") + 1]) if "--out" in sys.argv else HERE
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
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
                target = out / f"{view.key}-{lang}.png"
                window.grab().save(str(target))
                print(target)
            # The employer record, on its interaction timeline.
            from pacte_desktop.ui.employer_record import EmployerDialog

            employers = window.views[0]
            dialog = EmployerDialog(context, employers.model.id_at(0), window)
            dialog.resize(1000, 700)
            dialog.show()
            for _ in range(30):
                app.processEvents()
                context.runner.wait(20)
            dialog.grab().save(str(out / f"employer-record-{lang}.png"))
            tabs = dialog.findChild(QTabWidget)
            if tabs is not None:
                tabs.setCurrentIndex(2)
                for _ in range(10):
                    app.processEvents()
                dialog.grab().save(str(out / f"employer-timeline-{lang}.png"))
            dialog.close()
            window.close()
        context.runner.wait()
        store.close()
    return 0


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    # PySide6 6.12 may abort while tearing Qt objects down at exit, after the work is done.
    os._exit(code)
