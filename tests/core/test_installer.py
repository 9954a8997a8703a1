"""The installer's files: the PyInstaller spec and the NSIS script name every resource folder,
the spec keeps and drops the Qt files it says it does, and `makensis` compiles the Windows
installer here.

A real Windows bundle cannot be built on Linux, so the NSIS script is compiled against a tree
with the Windows bundle's layout made from the spec's own folder list: the two programs
(`pacte-desktop.exe`, `pacte.exe`: stand-in files) and `_internal/pacte_desktop/<folder>` for
each folder of RESOURCE_FOLDERS, copied from the checkout (a folder the checkout does not have
yet gets one file). The Linux bundle itself is built and run by `.ci/run`.
"""

from __future__ import annotations

import ast
import os
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "installer" / "pacte.spec"
NSIS = ROOT / "installer" / "pacte.nsi"
PACKAGE = ROOT / "pacte_desktop"


def spec_folders() -> list[str]:
    """RESOURCE_FOLDERS as written in the spec."""
    for node in ast.parse(SPEC.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "RESOURCE_FOLDERS" for t in node.targets
        ):
            return list(ast.literal_eval(node.value))
    raise AssertionError("no RESOURCE_FOLDERS in installer/pacte.spec")


def nsis_folders() -> list[str]:
    """The package folders the NSIS script requires of the bundle."""
    text = NSIS.read_text(encoding="utf-8")
    found = re.findall(r'!insertmacro REQUIRE "\$\{INTERNAL\}\\pacte_desktop\\(.+?)\\\*"', text)
    return [name.replace("\\", "/") for name in found]


def spec_part(specpath: Path) -> dict[str, Any]:
    """The spec's definitions (everything before PyInstaller's Analysis), run without PyInstaller
    as if the spec sat in ``specpath``."""
    text = SPEC.read_text(encoding="utf-8")
    head = text[: text.index("\nfrom PyInstaller.utils.hooks")]
    namespace: dict[str, Any] = {"SPECPATH": str(specpath), "__name__": "pacte_spec"}
    exec(compile(head, str(SPEC), "exec"), namespace)
    return namespace


def test_the_spec_and_the_nsis_script_name_every_resource_folder():
    existing = sorted(
        f"resources/{p.name}"
        for p in (PACKAGE / "resources").iterdir()
        if p.is_dir() and p.name != "__pycache__"
    )
    assert existing, "pacte_desktop/resources/ has no folder"
    assert (PACKAGE / "store" / "migrations" / "versions").is_dir()
    wanted = [*existing, "store/migrations"]
    named = spec_folders()
    assert set(wanted) <= set(named), f"not in installer/pacte.spec: {set(wanted) - set(named)}"
    assert sorted(nsis_folders()) == sorted(named), "installer/pacte.nsi and pacte.spec differ"


def test_the_spec_stops_on_a_resource_folder_it_does_not_name(tmp_path):
    (tmp_path / "installer").mkdir()
    migrations = tmp_path / "pacte_desktop" / "store" / "migrations"
    migrations.mkdir(parents=True)
    (migrations / "env.py").write_text("# env\n")
    resources = tmp_path / "pacte_desktop" / "resources"
    (resources / "i18n").mkdir(parents=True)
    (resources / "i18n" / "pacte_nl.qm").write_bytes(b"qm")
    spec = spec_part(tmp_path / "installer")
    collected = spec["resource_files"]()
    assert sorted(dest for _, dest in collected) == [
        "pacte_desktop/resources/i18n",
        "pacte_desktop/store/migrations",
    ]
    (resources / "sounds").mkdir()
    with pytest.raises(SystemExit, match="sounds"):
        spec["resource_files"]()


def test_the_spec_keeps_only_the_qt_files_the_application_uses(tmp_path):
    kept = spec_part(tmp_path)["qt_kept"]
    for path in (
        "PySide6/Qt/lib/libQt6Widgets.so.6",
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "PySide6/Qt/plugins/imageformats/libqsvg.so",
        "PySide6/Qt/plugins/iconengines/libqsvgicon.so",
        "PySide6/Qt/translations/qtbase_nl.qm",
        "PySide6/plugins/platforms/qwindows.dll",  # Windows wheels: no Qt/ level
        "PySide6/plugins/styles/qmodernwindowsstyle.dll",
        "PySide6/translations/qtbase_fr.qm",
        "PySide6/Qt6Widgets.dll",
        "sqlalchemy/cyextension/collections.so",
    ):
        assert kept(path), path
    for path in (
        "PySide6/Qt/plugins/platforms/libqvnc.so",
        "PySide6/Qt/plugins/platforms/libqeglfs.so",
        "PySide6/Qt/plugins/imageformats/libqtiff.so",
        "PySide6/Qt/plugins/sqldrivers/libqsqlite.so",
        "PySide6/Qt/plugins/multimedia/libffmpegmediaplugin.so",
        "PySide6/Qt/translations/qtbase_de.qm",
        "PySide6/Qt/translations/qtmultimedia_fr.qm",
        "PySide6/Qt/lib/libQt6Network.so.6",
        "PySide6/Qt6Network.dll",
        "PySide6/plugins/platforms/qdirect2d.dll",
    ):
        assert not kept(path), path


def test_the_spec_keeps_the_icon_font_the_interface_draws_and_drops_the_others(tmp_path):
    # The font and character map ui/icons.py loads (read from its source: no Qt here).
    names = {}
    for node in ast.parse((PACKAGE / "ui" / "icons.py").read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
            names[node.targets[0].id] = node.value
    wanted = {ast.literal_eval(names["FONT_FILE"]), ast.literal_eval(names["CHARMAP_FILE"])}
    spec = spec_part(tmp_path)
    assert spec["QTAWESOME_FONTS"] == wanted
    assert set(nsis_fonts()) == wanted  # the Windows installer refuses a bundle without them
    kept = spec["font_kept"]
    for name in wanted:
        assert kept(f"qtawesome/fonts/{name}"), name
    assert kept("qtawesome/__init__.py")
    assert kept("pacte_desktop/resources/icons/LICENSE-Phosphor.txt")
    for name in ("fontawesome6-solid-webfont-6.7.2.ttf", "materialdesignicons6-webfont-6.9.96.ttf"):
        assert not kept(f"qtawesome/fonts/{name}"), name
    # The installed qtawesome still ships them under these names.
    import importlib.util

    found = importlib.util.find_spec("qtawesome")
    assert found is not None and found.origin is not None
    fonts = Path(found.origin).parent / "fonts"
    assert {n for n in wanted if (fonts / n).is_file()} == wanted
    assert (PACKAGE / "resources" / "icons" / "LICENSE-Phosphor.txt").is_file()


def nsis_fonts() -> list[str]:
    """The qtawesome font files the NSIS script requires of the bundle."""
    text = NSIS.read_text(encoding="utf-8")
    return re.findall(r'!insertmacro REQUIRE "\$\{INTERNAL\}\\qtawesome\\fonts\\(.+?)"', text)


def windows_tree(folder: Path) -> Path:
    """A tree with the Windows bundle's layout (see the module's docstring)."""
    (folder / "_internal").mkdir(parents=True)
    fonts = folder / "_internal" / "qtawesome" / "fonts"
    fonts.mkdir(parents=True)
    for name in nsis_fonts():
        (fonts / name).write_bytes(b"stand-in for qtawesome's file")
    (folder / "pacte-desktop.exe").write_bytes(b"MZ stand-in for the windowed program")
    (folder / "pacte.exe").write_bytes(b"MZ stand-in for the console program")
    for name in spec_folders():
        source = PACKAGE / name
        target = folder / "_internal" / "pacte_desktop" / name
        if source.is_dir():
            shutil.copytree(source, target, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            target.mkdir(parents=True)
            (target / "README.txt").write_text(f"{name}: not in this checkout yet\n")
    return folder


def makensis(bundle: Path, out: Path) -> subprocess.CompletedProcess[str]:
    exe = shutil.which("makensis")
    if exe is None:
        pytest.skip("makensis is not installed (Debian package nsis; ./dev installs it as root)")
    return subprocess.run(
        [exe, "-V2", "-WX", f"-DBUNDLE={bundle}", "-DVERSION=0.1.0", f"-DOUTFILE={out}", str(NSIS)],
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_makensis_compiles_the_installer_against_the_bundle_layout(tmp_path):
    bundle = windows_tree(tmp_path / "pacte-desktop")
    # A file no compressor can shrink, anywhere in the bundle: the installer must carry it.
    (bundle / "_internal" / "python311.dll").write_bytes(os.urandom(512 * 1024))
    out = tmp_path / "pacte-desktop-setup.exe"
    result = makensis(bundle, out)  # -WX: a warning fails the compile too
    assert result.returncode == 0, result.stdout + result.stderr
    assert out.read_bytes()[:2] == b"MZ"
    assert out.stat().st_size > 512 * 1024


@pytest.mark.parametrize(
    "missing",
    [
        "pacte.exe",
        *(f"_internal/pacte_desktop/{name}" for name in spec_folders()),
        *(f"_internal/qtawesome/fonts/{name}" for name in nsis_fonts()),
    ],
)
def test_makensis_refuses_a_bundle_without_a_program_or_resource_folder(tmp_path, missing):
    bundle = windows_tree(tmp_path / "pacte-desktop")
    target = bundle / missing
    if target.is_dir():
        shutil.rmtree(target)
    else:
        target.unlink()
    out = tmp_path / "pacte-desktop-setup.exe"
    result = makensis(bundle, out)
    assert result.returncode != 0
    assert missing.replace("/", "\\") in result.stdout + result.stderr
    assert not out.exists()


def test_the_nsis_script_installs_per_user_and_keeps_the_data_folder():
    text = NSIS.read_text(encoding="utf-8")
    assert "RequestExecutionLevel user" in text
    assert 'InstallDir "$LOCALAPPDATA\\Programs\\${APP_NAME}"' in text
    uninstall = [
        line.strip()
        for line in text[text.index('Section "Uninstall"') :].splitlines()
        if line.strip() and not line.strip().startswith(";")
    ]
    # The uninstaller removes named parts of the program, never the data folder nor a whole
    # folder the user may have chosen to install into.
    assert not [line for line in uninstall if "DATA_DIR" in line or "\\Pacte\\" in line]
    assert 'RMDir /r "$INSTDIR"' not in uninstall
    assert 'MessageBox MB_OK|MB_ICONINFORMATION "$(DataKeptDone)" /SD IDOK' in uninstall
    for lang in ("FRENCH", "DUTCH", "ENGLISH"):
        assert f"LangString DataKept ${{LANG_{lang}}}" in text
    assert "WriteRegStr HKCR" not in text and "HKLM" not in text  # no associations, no machine keys


def test_the_linux_menu_entry_points_at_the_unpacked_folder_and_goes_away(tmp_path):
    # The files build-linux.sh puts beside the programs, in a folder with a space in its name.
    folder = tmp_path / "Mes programmes" / "pacte-desktop"
    folder.mkdir(parents=True)
    for name in ("install-desktop-entry.sh", "pacte-desktop.desktop"):
        shutil.copy2(ROOT / "installer" / name, folder / name)
    shutil.copy2(PACKAGE / "resources" / "icons" / "pacte.svg", folder / "pacte-desktop.svg")
    shutil.copy2(PACKAGE / "resources" / "icons" / "pacte-256.png", folder / "pacte-desktop.png")
    home = tmp_path / "home"
    env = {"PATH": os.environ["PATH"], "HOME": str(home)}
    script = str(folder / "install-desktop-entry.sh")
    subprocess.run(["sh", script], check=True, env=env, capture_output=True)
    entry = home / ".local" / "share" / "applications" / "pacte-desktop.desktop"
    lines = entry.read_text(encoding="utf-8").splitlines()
    assert f'Exec="{folder}/pacte-desktop"' in lines
    assert "Icon=pacte-desktop" in lines
    icons = home / ".local" / "share" / "icons" / "hicolor"
    assert (icons / "scalable" / "apps" / "pacte-desktop.svg").read_bytes() == (
        PACKAGE / "resources" / "icons" / "pacte.svg"
    ).read_bytes()
    subprocess.run(["sh", script, "--remove"], check=True, env=env, capture_output=True)
    assert not entry.exists()
    assert not (icons / "scalable" / "apps" / "pacte-desktop.svg").exists()
