"""Translations: every visible string of the interface is in the Dutch and English sources,
translated, and compiles; placeholders and mnemonics survive translation."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from pacte_desktop.ui import i18n

ROOT = Path(__file__).resolve().parents[2]
TS = {lang: ROOT / "resources" / "i18n" / f"pacte_{lang}.ts" for lang in ("nl", "en")}


def _messages(path: Path) -> list[tuple[str, str, ET.Element]]:
    tree = ET.parse(path)
    found = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found.append((name, message.findtext("source") or "", message))
    return found


def _lupdate() -> Path:
    tool = Path(sys.executable).with_name("pyside6-lupdate")
    if not tool.exists():
        pytest.skip("pyside6-lupdate is not installed in this environment")
    return tool


def test_every_string_in_the_code_is_in_the_translation_sources(tmp_path) -> None:
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "pacte_desktop" / "ui").glob("*.py"))
    subprocess.run([str(_lupdate()), *sources, "-ts", str(fresh)], check=True, capture_output=True)
    in_code = {(c, s) for c, s, _ in _messages(fresh)}
    for lang, path in TS.items():
        in_file = {
            (c, s)
            for c, s, m in _messages(path)
            if m.get("type") != "vanished" and m.get("type") != "obsolete"
        }
        missing = in_code - in_file
        assert not missing, f"{lang}: run pyside6-lupdate; missing {sorted(missing)[:5]}"


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_translations_are_complete_and_keep_placeholders_and_mnemonics(lang) -> None:
    for context, source, message in _messages(TS[lang]):
        translation = message.find("translation")
        assert translation is not None
        assert translation.get("type") not in ("unfinished",), (context, source)
        forms = [f.text or "" for f in translation.iter("numerusform")]
        # a count's text is in its forms (the translation's own text is their indentation)
        texts = forms if message.get("numerus") == "yes" else [translation.text or ""]
        for text in texts:
            if message.get("numerus") != "yes":
                assert text, (context, source)
            assert set(re.findall(r"%\d", text)) <= set(re.findall(r"%[\dn]", source)) | {"%n"}
            assert set(re.findall(r"%\d", source)) <= set(re.findall(r"%\d", text)), source
            assert text.count("&") == source.count("&"), (source, text)


def test_translations_compile(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(i18n, "COMPILED", tmp_path)
    compiled = i18n.compile_translations(force=True)
    assert sorted(p.name for p in compiled) == [
        "pacte_en.qm",
        "pacte_fr.qm",
        "pacte_nl.qm",
        "qtbase_extra_fr.qm",
        "qtbase_extra_nl.qm",
    ]
    assert all(p.stat().st_size > 1000 for p in compiled if p.name.startswith("pacte_"))


def test_translations_are_package_resources_and_match_their_sources(tmp_path) -> None:
    """The .qm files an installed application loads are in the package (resource_path) and
    are exactly what the committed .ts sources compile to."""
    from pacte_desktop.resources import resource_path

    assert resource_path("i18n") == i18n.COMPILED
    assert i18n.COMPILED.is_relative_to(Path(i18n.__file__).resolve().parents[1])
    sources = sorted(i18n.SOURCES.glob("*.ts"))
    assert {p.stem for p in sources} == {
        "pacte_fr",
        "pacte_nl",
        "pacte_en",
        "qtbase_extra_fr",
        "qtbase_extra_nl",
    }
    tool = i18n._lrelease()
    assert tool is not None
    for source in sources:
        fresh = tmp_path / f"{source.stem}.qm"
        subprocess.run([*tool, "-silent", str(source), "-qm", str(fresh)], check=True)
        shipped = i18n.COMPILED / fresh.name
        assert shipped.read_bytes() == fresh.read_bytes(), (
            f"{shipped.name} is older than {source.name}: run ./dev (it compiles them) and commit"
        )


@pytest.mark.parametrize(
    ("lang", "look_in", "file_type", "cancel", "yes"),
    [
        ("fr", "&Regarder dans\u00a0:", "&Type de fichier\u00a0:", "Annuler", "&Oui"),
        ("nl", "&Zoeken in:", "Bestands&type:", "Annuleren", "&Ja"),
        ("en", "&Look in:", "Files of &type:", "Cancel", "&Yes"),
    ],
)
def test_qt_standard_dialogs_speak_the_interface_language(
    qapp, qtbot, lang, look_in, file_type, cancel, yes
) -> None:
    from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLabel

    i18n.install(lang)
    try:
        dialog = QFileDialog()
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        qtbot.addWidget(dialog)
        labels = {w.objectName(): w.text() for w in dialog.findChildren(QLabel)}
        assert labels["lookInLabel"] == look_in
        assert labels["fileTypeLabel"] == file_type
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Yes
        )
        qtbot.addWidget(buttons)
        assert sorted(b.text() for b in buttons.buttons()) == sorted([cancel, yes])
    finally:
        i18n.install("fr")


FR_TS = ROOT / "resources" / "i18n" / "pacte_fr.ts"


def test_french_has_the_plural_forms_of_every_count(tmp_path) -> None:
    """Issue 14, point 5: French is the source language, but "%n fiche(s)" needs its forms
    too: pacte_fr.ts holds exactly the counts of the code (lupdate -pluralonly), all filled."""
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "pacte_desktop" / "ui").glob("*.py"))
    subprocess.run(
        [str(_lupdate()), "-pluralonly", *sources, "-ts", str(fresh)],
        check=True,
        capture_output=True,
    )
    in_code = {(c, s) for c, s, m in _messages(fresh) if m.get("numerus") == "yes"}
    in_file = {}
    for context, source, message in _messages(FR_TS):
        translation = message.find("translation")
        assert translation is not None and translation.get("type") not in ("unfinished",)
        if translation.get("type") in ("vanished", "obsolete"):
            continue
        forms = [f.text or "" for f in translation.iter("numerusform")]
        assert len(forms) == 2 and all(forms), (context, source)
        assert all("(s)" not in f and "%n" in f for f in forms), (context, source)
        in_file[(context, source)] = forms
    assert in_code <= set(in_file), sorted(in_code - set(in_file))[:5]


@pytest.mark.parametrize(
    ("lang", "one", "three"),
    [
        ("fr", "1 fiche", "3 fiches"),
        ("nl", "1 fiche", "3 fiches"),
        ("en", "1 record", "3 records"),
    ],
)
def test_counts_agree_with_their_number_in_each_language(qapp, lang, one, three) -> None:
    from PySide6.QtCore import QCoreApplication

    i18n.install(lang)
    try:
        translate = QCoreApplication.translate
        assert translate("SharePanel", "%n fiche(s)", "", 1) == one
        assert translate("SharePanel", "%n fiche(s)", "", 3) == three
    finally:
        i18n.install("fr")
