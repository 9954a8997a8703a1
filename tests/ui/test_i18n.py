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
        texts = [translation.text or ""] + [f.text or "" for f in translation.iter("numerusform")]
        for text in texts:
            if message.get("numerus") != "yes":
                assert text, (context, source)
            assert set(re.findall(r"%\d", text)) <= set(re.findall(r"%[\dn]", source)) | {"%n"}
            assert set(re.findall(r"%\d", source)) <= set(re.findall(r"%\d", text)), source
            assert text.count("&") == source.count("&"), (source, text)


def test_translations_compile(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(i18n, "COMPILED", tmp_path)
    compiled = i18n.compile_translations(force=True)
    assert sorted(p.name for p in compiled) == ["pacte_en.qm", "pacte_nl.qm"]
    assert all(p.stat().st_size > 1000 for p in compiled)
