"""The text rule of ``domain/text.py``: NFC, no control characters in one-line fields, only
newlines and tabs in multi-line ones, visible text, and nothing raw on a terminal."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pacte_desktop.domain import text
from pacte_desktop.domain.entities import Employer, normalise, specs
from pacte_desktop.domain.errors import ValidationError


@pytest.mark.parametrize(
    ("raw", "code", "position"),
    [
        ("Nul\x00Firm", "control_character", 4),
        ("A\x01B", "control_character", 2),
        ("\x1b[31mRouge", "control_character", 1),
        ("Deux\nlignes", "line_break", 5),
        ("Tab\there", "control_character", 4),
        ("C1\x9bcode", "control_character", 3),
        ("Sep\u2028arator", "line_break", 4),
        ("Del\x7f", "control_character", 4),
    ],
)
def test_a_one_line_field_refuses_control_characters(raw: str, code: str, position: int) -> None:
    with pytest.raises(ValidationError) as caught:
        normalise(Employer, {"name": raw})
    assert caught.value.code == code
    assert caught.value.params["position"] == position
    assert caught.value.params["char"].startswith("U+")
    assert "nom" in str(caught.value)


def test_a_multi_line_field_keeps_newlines_and_tabs_only() -> None:
    kept = normalise(Employer, {"notes": "Ligne 1\r\nLigne 2\rLigne 3\u2028\tfin"})["notes"]
    assert kept == "Ligne 1\nLigne 2\nLigne 3\n\tfin"
    with pytest.raises(ValidationError) as caught:
        normalise(Employer, {"notes": "bip\x07"})
    assert caught.value.code == "control_character"


def test_text_is_stored_in_nfc_and_counted_after_it() -> None:
    decomposed = "Cafe\u0301 de la Gare"  # e + combining acute
    stored = normalise(Employer, {"name": decomposed})["name"]
    assert stored == "Café de la Gare" and unicodedata.is_normalized("NFC", str(stored))
    # 40 accented letters typed decomposed are 80 code points, but 40 characters: they fit
    assert normalise(Employer, {"legal_form": "e\u0301" * 40})["legal_form"] == "é" * 40


@pytest.mark.parametrize(
    "invisible", ["\u200b", "\u200b\u200c\u200d", "\ufeff", "\u3164", " \u2060 "]
)
def test_a_required_field_needs_visible_text(invisible: str) -> None:
    with pytest.raises(ValidationError) as caught:
        normalise(Employer, {"name": invisible})
    assert caught.value.code == "no_visible_text"
    # an optional field holding nothing visible holds nothing
    assert normalise(Employer, {"legal_form": invisible})["legal_form"] is None


def test_visible_text_in_any_script_is_accepted() -> None:
    for name in ("مطعم", "Ελληνικά", "日本", "Ça va", "e\u0301"):
        assert normalise(Employer, {"name": name})["name"] == unicodedata.normalize("NFC", name)


def test_tags_are_one_line_text_too() -> None:
    with pytest.raises(ValidationError):
        normalise(Employer, {"tags": ["ok", "bad\x1b"]})
    assert normalise(Employer, {"tags": ["HORECA", "\u200b"]})["tags"] == ("HORECA",)


def test_strip_controls_for_imports() -> None:
    assert text.strip_controls("Nul\x00Firm\n", multiline=False) == ("NulFirm", 2)
    assert text.strip_controls("a\r\nb\x00\tc", multiline=True) == ("a\nb\tc", 1)


def test_for_terminal_escapes_every_control_character() -> None:
    assert text.for_terminal("\x1b[2Jevil\x07") == "\\x1b[2Jevil\\x07"
    assert text.for_terminal("a\nb") == "a\\nb"
    assert text.for_output("a\tb\nc\x1b\r") == "a\tb\nc\\x1b\\r"
    assert text.for_terminal("Café") == "Café"


@given(st.text())
def test_nothing_for_a_terminal_holds_a_control_character(value: str) -> None:
    shown = text.for_terminal(value)
    assert not any(unicodedata.category(c) == "Cc" for c in shown)
    assert "\u2028" not in shown and "\u2029" not in shown


@given(st.text())
def test_what_a_one_line_field_accepts_has_no_control_character(value: str) -> None:
    spec = specs(Employer)["street"]
    try:
        stored = normalise(Employer, {"street": value})["street"]
    except ValidationError:
        return
    assert stored is None or spec.kind == "text"
    if stored is not None:
        assert text.for_terminal(str(stored)) == stored
        assert text.has_visible(str(stored))
