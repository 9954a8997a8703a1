"""The documentation points at tests that exist: the threat model and the sync protocol page
name, for each claim, the test that proves it (``file.py::test_name``, a trailing ``*`` for a
family of tests, ``::`` alone continuing the file of the previous reference)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TESTS = ROOT / "tests"
PAGES = ["docs/threat-model.md", "docs/sync.md"]
REFERENCE = re.compile(r"`((?:[\w/]+\.py)?)(?:::([\w*]+))?`")


def _test_names(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return {
        node.name
        for node in ast.walk(tree)
        if isinstance(node, ast.FunctionDef) and node.name.startswith("test_")
    }


def _find(file: str) -> Path:
    direct = TESTS / file
    if direct.is_file():
        return direct
    found = sorted(TESTS.rglob(Path(file).name))
    assert len(found) == 1, f"{file}: {found or 'no such test file'}"
    return found[0]


def references(page: str) -> list[tuple[str, str | None]]:
    """(test file, test name or pattern) for every reference of ``page``, in order."""
    out: list[tuple[str, str | None]] = []
    current = ""
    for file, name in REFERENCE.findall((ROOT / page).read_text(encoding="utf-8")):
        if not file and not name:
            continue
        if file and "test" not in Path(file).name:
            continue  # a module of the package, not a test
        current = file or current
        if current:
            out.append((current, name or None))
    return out


@pytest.mark.parametrize("page", PAGES)
def test_every_test_a_page_names_exists(page: str) -> None:
    refs = references(page)
    assert len(refs) > 20, refs
    missing = []
    for file, name in refs:
        names = _test_names(_find(file))
        if name is None:
            continue
        ok = any(n.startswith(name[:-1]) for n in names) if name.endswith("*") else name in names
        if not ok:
            missing.append(f"{file}::{name}")
    assert missing == [], f"{page} names tests that do not exist: {missing}"


def test_the_reference_reader_catches_a_wrong_name(tmp_path: Path) -> None:
    assert references("docs/threat-model.md")[0][0].endswith(".py")
    names = _test_names(_find("sync/test_revocation.py"))
    assert "test_no_such_thing" not in names and len(names) > 5
