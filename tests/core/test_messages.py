"""The message catalogue: every code renders in fr/nl/en, labels exist, the language switches."""

from __future__ import annotations

import string
from collections.abc import Iterator
from pathlib import Path

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
    assert str(err) == (
        "enterprise no. (CBE): '0403.019.262' is not a valid number (wrong check digits)"
    )
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


# -- every table of the catalogue ------------------------------------------------------------
def _tables_of_the_package() -> dict[str, dict[str, object]]:
    """Every module-level table of texts (a dict of (fr, nl, en) tuples) in the package's
    modules, by ``module.NAME``: what ``CATALOGUES`` must list."""
    import importlib
    import pkgutil

    found: dict[str, dict[str, object]] = {}
    for info in pkgutil.iter_modules(messages.__path__):
        module = importlib.import_module(f"{messages.__name__}.{info.name}")
        for name, value in vars(module).items():
            if (
                isinstance(value, dict)
                and value
                and all(isinstance(v, tuple) and len(v) == 3 for v in value.values())
            ):
                found[f"{info.name}.{name}"] = value
    return found


def test_every_table_of_the_package_is_in_the_catalogues() -> None:
    tables = _tables_of_the_package()
    assert len(tables) >= 9
    listed = list(messages.CATALOGUES.values())
    for where, table in tables.items():
        # the error messages' modules are merged into MESSAGES; every other table is listed
        assert any(table is t for t in listed) or (
            where.endswith(".MESSAGES") and table.items() <= messages.MESSAGES.items()
        ), f"{where} is not in messages.CATALOGUES"


def test_a_message_code_is_defined_in_one_module_only() -> None:
    parts = [t for where, t in _tables_of_the_package().items() if where.endswith(".MESSAGES")]
    assert len(parts) == 4
    assert sum(len(p) for p in parts) == len(messages.MESSAGES)


def _problems(texts: object) -> list[str]:
    """What is wrong with one entry of a table: not three texts, a blank one, blanks
    (``{names}``) that differ between the languages, a lone brace."""
    if not isinstance(texts, tuple) or len(texts) != len(messages.LANGUAGES):
        return ["not one text per language"]
    if not all(isinstance(t, str) and t.strip() for t in texts):
        return ["an empty text"]
    try:
        blanks = [_placeholders(t) for t in texts]
    except ValueError as exc:
        return [f"unreadable braces: {exc}"]
    return [] if blanks[0] == blanks[1] == blanks[2] else [f"different blanks: {blanks}"]


_ENTRIES = sorted((name, key) for name, table in messages.CATALOGUES.items() for key in table)


@pytest.mark.parametrize(("table", "key"), _ENTRIES)
def test_every_text_has_french_dutch_and_english_with_the_same_blanks(table: str, key: str) -> None:
    texts = messages.CATALOGUES[table][key]
    assert _problems(texts) == [], f"{table}[{key!r}]"
    for lang, text in zip(messages.LANGUAGES, texts, strict=True):
        assert messages.pick(messages.CATALOGUES[table], key, lang) == text


def test_the_completeness_check_names_each_fault() -> None:
    assert _problems(("oui", "ja", "yes")) == []
    assert _problems(("oui", "ja")) == ["not one text per language"]
    assert _problems(("oui", " ", "yes")) == ["an empty text"]
    assert _problems(("{n} fichiers", "{n} bestanden", "{count} files"))[0].startswith(
        "different blanks"
    )
    assert _problems(("{n", "{n}", "{n}"))[0].startswith("unreadable braces")


def test_the_command_lines_words_built_from_stored_values_exist() -> None:
    """``pacte`` looks some words up by a stored value (a scope, a device's or a member's
    status, a conflict's status): every value it can meet has its text."""
    for prefix, values in {
        "status_": ("org", "network", "open", "reinstated", "dismissed"),
        "device_": ("active", "revoked", "old_org", "new_org", "old_network", "new_network"),
        "member_": ("admitted", "pending", "removed"),
    }.items():
        for value in values:
            assert prefix + value in messages.CLI_TEXTS


def _said_by_the_command_line() -> tuple[set[str], set[str]]:
    """The ``CLI_TEXTS`` keys the ``pacte`` package looks up with ``say(...)``: whole keys
    written out, and the prefixes of keys it builds (``say(f"status_{scope}")``)."""
    import ast
    from pathlib import Path

    import pacte_desktop.cli

    keys: set[str] = set()
    prefixes: set[str] = set()

    def collect(node: ast.expr) -> None:
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            keys.add(node.value)
        elif isinstance(node, ast.IfExp):
            collect(node.body)
            collect(node.orelse)
        elif isinstance(node, ast.JoinedStr):
            head = node.values[0]
            assert isinstance(head, ast.Constant), ast.unparse(node)
            prefixes.add(str(head.value))

    for path in Path(pacte_desktop.cli.__file__).parent.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "say":
                collect(node.args[0])
    return keys, prefixes


def test_the_command_line_says_only_words_of_the_catalogue_and_uses_them_all() -> None:
    keys, prefixes = _said_by_the_command_line()
    assert keys and prefixes
    assert sorted(keys - set(messages.CLI_TEXTS)) == []
    for prefix in prefixes:
        assert any(key.startswith(prefix) for key in messages.CLI_TEXTS), prefix
    unused = [
        key
        for key in messages.CLI_TEXTS
        if key not in keys and not any(key.startswith(p) for p in prefixes)
    ]
    assert unused == []


def _inline_translations(source: str) -> list[int]:
    """Lines of dict literals keyed by the three languages: texts kept outside the catalogue."""
    import ast

    lines = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Dict):
            keys = {k.value for k in node.keys if isinstance(k, ast.Constant)}
            if set(messages.LANGUAGES) <= keys:
                lines.append(node.lineno)
    return lines


def test_the_core_keeps_its_texts_in_the_catalogue_only() -> None:
    """Outside domain/messages/ (and the Qt interface, translated with tr()), no module holds a
    table of (fr, nl, en) texts or a dict literal keyed by the three languages."""
    import importlib
    import pkgutil

    import pacte_desktop

    tables, inline = [], []
    for info in pkgutil.walk_packages(pacte_desktop.__path__, "pacte_desktop."):
        name = info.name
        if name.startswith(("pacte_desktop.ui", "pacte_desktop.domain.messages")) or (
            "migrations" in name or name.endswith("__main__")
        ):
            continue
        module = importlib.import_module(name)
        source = Path(module.__file__ or "").read_text(encoding="utf-8")
        inline += [f"{name}:{line}" for line in _inline_translations(source)]
        for attr, value in vars(module).items():
            is_table = (
                isinstance(value, dict)
                and value
                and all(
                    isinstance(v, tuple) and len(v) == 3 and all(isinstance(t, str) for t in v)
                    for v in value.values()
                )
            )
            if is_table and not any(value is t for t in messages.CATALOGUES.values()):
                tables.append(f"{name}.{attr}")
    assert tables == []
    assert inline == []


def test_the_inline_translation_finder_can_fail() -> None:
    assert _inline_translations('box = {"fr": "bte", "nl": "bus", "en": "box"}[lang]\n') == [1]
    assert _inline_translations('x = {"fr": 1, "nl": 2}\ny = {"a": 1}\n') == []


@pytest.mark.parametrize(
    ("lang", "one", "three"),
    [
        (
            "fr",
            "Nom : 1 caractère de contrôle invisible retiré",
            "Nom : 3 caractères de contrôle invisibles retirés",
        ),
        (
            "nl",
            "Naam: 1 onzichtbare controleteken verwijderd",
            "Naam: 3 onzichtbare controletekens verwijderd",
        ),
        (
            "en",
            "Name: 1 invisible control character removed",
            "Name: 3 invisible control characters removed",
        ),
    ],
)
def test_counts_in_core_messages_agree_with_their_number(lang, one, three) -> None:
    """Issue 14, point 5: « 1 caractère(s) … invisibles retirés » is gone in every language."""
    from pacte_desktop.domain.errors import ValidationError

    for count, expected in ((1, one), (3, three)):
        text = ValidationError("name", "import_controls_stripped", count=count).message(lang)
        assert text.lower() == expected.lower()
        assert "(s)" not in text and "[" not in text
    placements = ValidationError("employer_id", "opportunity_has_placements", count=1)
    text = placements.message(lang)
    assert "(s)" not in text and "(en)" not in text and "[" not in text
