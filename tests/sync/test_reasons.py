"""Sync errors say why in the user's language: every reason is a code of the catalogue.

A sync error carries ``reason=`` (a short code of ``messages.REASONS`` or ``OS_REASONS``) and
the parameters that fill its blanks; ``messages.render`` translates the reason before filling
the sentence. This test walks the sync package (the reasons of ``replication.py`` and
``received.py`` included) with ``ast`` and fails on a reason written as English text, an
f-string, or a code that is not in the catalogue.
"""

from __future__ import annotations

import ast
import string
from collections.abc import Iterator
from pathlib import Path

import pytest

from pacte_desktop.domain import messages
from pacte_desktop.domain.errors import PacteError
from pacte_desktop.sync import folder

PACKAGE = Path(__file__).resolve().parents[2] / "pacte_desktop"
SOURCES = sorted((PACKAGE / "sync").glob("*.py"))
CATALOGUE = set(messages.REASONS) | set(messages.OS_REASONS)

#: Helpers and error classes that take a reason positionally: name -> index of the reason.
POSITIONAL = {
    "corrupt": 0,
    "forged": 0,
    "fail": 0,
    "_corrupt": 1,
    "RootError": 1,
    "TransportError": 1,
    "CorruptError": 1,
    "kind": 1,  # folder._failure's class argument
    "fork": 2,  # feeds.ScopeSync._decide's helper
    "reason_text": 0,
}


def _constants(tree: ast.Module) -> dict[str, object]:
    """Module-level ``NAME = "text"`` assignments."""
    found: dict[str, object] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    found[target.id] = node.value.value
    return found


def reasons(source: str) -> Iterator[tuple[int, str, object]]:
    """(line, how it is written, the reason or None) for every reason given in ``source``;
    a reason that is computed (a parameter passed through) is not reported."""
    tree = ast.parse(source)
    constants = _constants(tree)
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        given: list[ast.expr] = [k.value for k in node.keywords if k.arg == "reason"]
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
        index = POSITIONAL.get(str(name))
        if index is not None and len(node.args) > index:
            given.append(node.args[index])
        for value in given:
            if isinstance(value, ast.JoinedStr):
                yield node.lineno, "f-string", None
            elif isinstance(value, ast.Constant):
                yield node.lineno, "text", value.value
            elif isinstance(value, ast.Name) and value.id in constants:
                yield node.lineno, value.id, constants[value.id]


def test_every_reason_of_the_sync_package_is_in_the_catalogue() -> None:
    unknown: list[str] = []
    count = 0
    for path in SOURCES:
        for line, how, reason in reasons(path.read_text(encoding="utf-8")):
            count += 1
            if reason not in CATALOGUE:
                unknown.append(f"{path.relative_to(PACKAGE)}:{line}: {how} {reason!r}")
    assert not unknown, "reasons not in messages.REASONS:\n" + "\n".join(unknown)
    assert count > 80  # the walk really found them


def test_the_walk_finds_english_text_and_f_strings() -> None:
    source = (
        "raise PacteError('sync', 'sync_forged', value=p, reason='bad signature')\n"
        "raise corrupt(f'truncated: {n} bytes')\n"
        "raise RootError(where, 'folder_missing')\n"
        "NAME = 'no_propfind'\n"
        "raise TransportError(url, NAME)\n"
        "def corrupt(reason): return PacteError('sync', 'sync_corrupt', reason=reason)\n"
    )
    found = [(how, reason) for _, how, reason in reasons(source)]
    assert found == [
        ("text", "bad signature"),
        ("f-string", None),
        ("text", "folder_missing"),
        ("NAME", "no_propfind"),
    ]
    assert [r for _, r in found if r not in CATALOGUE] == ["bad signature", None]


def test_the_folder_transports_system_reasons_are_in_the_catalogue() -> None:
    assert set(folder._OS_REASONS.values()) <= set(messages.OS_REASONS)


def _placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("code", sorted(messages.REASONS))
def test_every_reason_is_translated_with_the_same_blanks(code: str) -> None:
    texts = messages.REASONS[code]
    assert len(texts) == len(messages.LANGUAGES)
    blanks = [_placeholders(t) for t in texts]
    assert blanks[0] == blanks[1] == blanks[2], code
    # The sentence's own names, and PacteError's own arguments, cannot be a reason's blanks.
    assert not blanks[0] & {"label", "value", "reason", "field", "code"}
    params = {name: f"<{name}>" for name in blanks[0]}
    for lang in messages.LANGUAGES:
        text = messages.reason_text(code, params, lang)
        assert text.strip() and "{" not in text
        assert all(f"<{name}>" in text for name in blanks[0])


def test_an_error_says_its_reason_in_the_language_asked_for() -> None:
    error = PacteError("sync", "sync_corrupt", value="log/d/f.chg", reason="truncated", size=12)
    assert error.message("en") == (
        "sync: 'log/d/f.chg' is unreadable or incomplete (truncated: 12 bytes); it will be "
        "read again later"
    )
    assert "(tronqué : 12 octets)" in error.message("fr")
    assert "(afgekapt: 12 bytes)" in error.message("nl")
    # A reason that is not a code (another package's free text) is shown as it is.
    free = PacteError("file", "import_format", value="x.txt", reason="not a zip file")
    assert "(not a zip file)" in free.message("fr")
