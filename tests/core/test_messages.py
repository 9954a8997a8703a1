"""The message catalogue: every code renders in fr/nl/en, labels exist, the language switches."""

from __future__ import annotations

import string
from collections.abc import Iterator

import pytest

from pacte_desktop.domain import messages
from pacte_desktop.domain.errors import NotFoundError, StoreError, ValidationError


@pytest.fixture(autouse=True)
def _restore_language() -> Iterator[None]:
    before = messages.current_language()
    messages.set_language("fr")
    yield
    messages.set_language(before if before in messages.LANGUAGES else "fr")


def _placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def _params(code: str) -> dict[str, object]:
    """A representative value for every placeholder used by any translation of ``code``."""
    names: set[str] = set()
    for template in messages.MESSAGES[code]:
        names |= _placeholders(template)
    names.discard("label")
    return {name: f"<{name}-{i}>" for i, name in enumerate(sorted(names))}


@pytest.mark.parametrize("code", sorted(messages.MESSAGES))
@pytest.mark.parametrize("lang", messages.LANGUAGES)
def test_every_message_renders_in_every_language(code: str, lang: str) -> None:
    template = messages.MESSAGES[code][messages.LANGUAGES.index(lang)]
    params = _params(code)
    text = messages.render(code, "bce_number", params, lang)
    assert text.strip()
    assert "{" not in text and "}" not in text
    for name in _placeholders(template) - {"label"}:
        assert str(params[name]) in text
    if "{label}" in template:
        assert messages.field_label("bce_number", lang) in text


@pytest.mark.parametrize("code", sorted(messages.MESSAGES))
def test_translations_use_the_same_placeholders(code: str) -> None:
    templates = messages.MESSAGES[code]
    assert len(templates) == len(messages.LANGUAGES)
    fr, nl, en = (_placeholders(t) for t in templates)
    assert fr == nl == en, code
    assert len(set(templates)) == 3, "untranslated message"


@pytest.mark.parametrize("field", sorted(messages.FIELD_LABELS))
def test_every_field_has_three_non_empty_labels(field: str) -> None:
    labels = messages.FIELD_LABELS[field]
    assert len(labels) == 3
    assert all(isinstance(label, str) and label.strip() for label in labels)
    for lang, label in zip(messages.LANGUAGES, labels, strict=True):
        assert messages.field_label(field, lang) == label


def test_unknown_field_label_falls_back_to_the_field_name() -> None:
    assert messages.field_label("no_such_field", "nl") == "no_such_field"


def test_set_language_switches_the_error_text() -> None:
    err = ValidationError("bce_number", "bce_checksum", value="0403.019.262")
    assert "numéro BCE" in str(err)
    messages.set_language("nl")
    assert messages.current_language() == "nl"
    assert "KBO-nummer" in str(err)
    assert "controlecijfers" in str(err)
    messages.set_language("en")
    assert str(err) == "BCE number: '0403.019.262' is not a valid number (wrong check digits)"
    # an explicit language wins over the current one
    assert "numéro BCE" in err.message("fr")


def test_set_language_rejects_unknown_languages() -> None:
    messages.set_language("nl")
    for bad in ("de", "FR", "", "english"):
        with pytest.raises(ValueError):
            messages.set_language(bad)
    assert messages.current_language() == "nl"


@pytest.mark.parametrize("cls", [ValidationError, NotFoundError, StoreError])
def test_error_classes_carry_field_code_and_params(cls: type[ValidationError]) -> None:
    err = cls("employer", "not_found", value="Acme")
    assert (err.field, err.code, err.params) == ("employer", "not_found", {"value": "Acme"})
    assert str(err) == "employeur : aucun enregistrement « Acme »"
    assert err.message("en") == "employer: no record 'Acme'"
