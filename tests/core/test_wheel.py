"""The wheel carries everything the application needs: built from the sources, installed into a
fresh virtual environment outside the checkout, it starts in Dutch (its own translations and
Qt's), with its icon and style, and prints the placement report in Dutch with its own font.

The new environment gets its dependencies from the checkout's (a ``.pth`` line naming the
checkout environment's site-packages: that folder's own ``.pth`` files, among them the
editable install pointing back at the checkout, are not read), so the test needs no network;
the wheel itself is installed with ``--no-deps --no-index``. Everything runs with the working
directory and ``PYTHONPATH`` away from the checkout, and the test checks that the package
imported is the installed one.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import textwrap
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

#: Started from the installed wheel: the main window in Dutch on a store, what it shows
#: printed, then closed.
PROBE = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QMainWindow

    app = QApplication(sys.argv[:1])

    def report():
        windows = [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, QMainWindow) and w.isVisible()]
        if not windows:
            QTimer.singleShot(100, report)
            return
        window = windows[0]
        import pacte_desktop
        print("FROM", pacte_desktop.__file__)
        print("TITLE", window.windowTitle())
        print("MENUS", "|".join(a.text() for a in window.menuBar().actions()))
        print("STYLE", app.style().name())
        print("ICON", ",".join(str(s.width()) for s in app.windowIcon().availableSizes()))
        print("WINDOW_ICON", window.windowIcon().cacheKey() == app.windowIcon().cacheKey())
        dialog = QFileDialog(window)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        labels = {w.objectName(): w.text() for w in dialog.findChildren(QLabel)}
        print("LOOK_IN", labels["lookInLabel"])
        window.close()

    QTimer.singleShot(100, report)
    from pacte_desktop.ui.app import run
    sys.exit(run(sys.argv[1:]))
    """
)


def _copy_sources(target: Path) -> None:
    """What a source distribution holds, without caches or build leftovers."""
    target.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, target / name)
    shutil.copytree(
        ROOT / "pacte_desktop",
        target / "pacte_desktop",
        ignore=shutil.ignore_patterns("__pycache__", "*.pyc"),
    )


def _run(args: list[str | Path], cwd: Path, env: dict[str, str]) -> str:
    done = subprocess.run(
        [str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=True, timeout=600
    )
    assert done.returncode == 0, f"{args}\n{done.stdout}\n{done.stderr}"
    assert "Traceback" not in done.stderr, done.stderr
    return done.stdout


@pytest.mark.slow
def test_the_wheel_installed_elsewhere_runs_in_dutch(tmp_path: Path, poppler) -> None:
    pdftotext, pdffonts = poppler("pdftotext"), poppler("pdffonts")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PACTE_", "PYTHON"))}
    env.update(HOME=str(tmp_path / "home"), QT_QPA_PLATFORM="offscreen")
    (tmp_path / "home").mkdir()

    # Build the wheel from a copy of the sources.
    source = tmp_path / "source"
    _copy_sources(source)
    dist = tmp_path / "dist"
    _run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", dist, source], tmp_path, env
    )
    [wheel] = sorted(dist.glob("pacte_desktop-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    for shipped in (
        "pacte_desktop/resources.py",
        "pacte_desktop/resources/i18n/pacte_nl.qm",
        "pacte_desktop/resources/i18n/pacte_en.qm",
        "pacte_desktop/resources/i18n/qtbase_extra_fr.qm",
        "pacte_desktop/resources/i18n/qtbase_extra_nl.qm",
        "pacte_desktop/resources/fonts/DejaVuSans.ttf",
        "pacte_desktop/resources/fonts/DejaVuSans-Bold.ttf",
        "pacte_desktop/resources/fonts/LICENSE-DejaVu.txt",
        "pacte_desktop/resources/icons/pacte.svg",
        "pacte_desktop/resources/icons/pacte.ico",
        "pacte_desktop/resources/icons/pacte-256.png",
        "pacte_desktop/resources/icons/LICENSE-Phosphor.txt",
        "pacte_desktop/store/migrations/env.py",
    ):
        assert shipped in names, shipped

    # A fresh environment outside the checkout; dependencies from the checkout's environment.
    venv = tmp_path / "venv"
    _run([sys.executable, "-m", "venv", "--without-pip", venv], tmp_path, env)
    python = venv / "bin" / "python"
    site = Path(
        _run(
            [python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
            tmp_path,
            env,
        ).strip()
    )
    (site / "checkout-dependencies.pth").write_text(
        sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8"
    )
    _run(
        [python, "-m", "pip", "install", "-q", "--no-deps", "--no-index", wheel],
        tmp_path,
        env,
    )
    pacte = venv / "bin" / "pacte"
    assert (venv / "bin" / "pacte-desktop").exists()

    # A demonstration store, then the application in Dutch.
    data = tmp_path / "data"
    _run([pacte, "demo", "--employers", "40", "--data-dir", data], tmp_path, env)
    probe = tmp_path / "probe.py"
    probe.write_text(PROBE, encoding="utf-8")
    shown = dict(
        line.split(" ", 1)
        for line in _run(
            [python, probe, "--lang", "nl", "--data-dir", data], tmp_path, env
        ).splitlines()
        if " " in line
    )
    assert Path(shown["FROM"]).is_relative_to(venv), shown["FROM"]
    assert "Pacte" in shown["TITLE"]
    assert shown["MENUS"].split("|")[:3] == ["&Bestand", "Be&werken", "&Team"], shown["MENUS"]
    assert shown["STYLE"] == "fusion"
    assert {"16", "32", "256"} <= set(shown["ICON"].split(",")), shown["ICON"]
    assert shown["WINDOW_ICON"] == "True"
    assert shown["LOOK_IN"] == "&Zoeken in:"

    # The placement report in Dutch, global options after the command, the shipped font.
    pdf = tmp_path / "rapport.pdf"
    _run(
        [
            pacte,
            "report",
            "placements",
            "-o",
            pdf,
            "--from",
            "2020-01-01",
            "--to",
            "2030-12-31",
            "--lang",
            "nl",
            "--data-dir",
            data,
        ],
        tmp_path,
        env,
    )
    text = _run([pdftotext, pdf, "-"], tmp_path, env)
    assert "Rapport over de tewerkstellingen" in text and "Periode" in text, text[:400]
    fonts = _run([pdffonts, pdf], tmp_path, env).splitlines()[2:]
    assert fonts and all(line.split()[0].split("+")[-1].startswith("DejaVuSans") for line in fonts)
    used = _run(
        [
            python,
            "-c",
            "from pacte_desktop.reports import pdf_common as p; print(p.font_path(p.REGULAR))",
        ],
        tmp_path,
        env,
    ).strip()
    assert Path(used).is_relative_to(venv), used
