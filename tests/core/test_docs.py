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


# -- nothing points outside the repository -------------------------------------------------------

#: Design notes that live outside the repository; a clone has only ``docs/``.
OUTSIDE = re.compile(r"\.\./shared|\b(?:SYNC|ARCHITECTURE|DOMAIN|STYLE)\.md\b")
#: A ``docs/…`` path or a relative Markdown link, as a file of the repository names one.
DOCS_PATH = re.compile(r"(?<![\w/.])docs/[\w./-]+\.(?:md|py|png)")
SCANNED = (".py", ".md", ".toml", ".ts", ".spec", ".nsi", ".sh", ".yml", ".yaml", ".cfg", ".txt")
SKIPPED = {".git", ".venv", "build", "dist", "__pycache__", ".mypy_cache", ".ruff_cache"}


def repository_files(root: Path = ROOT) -> list[Path]:
    """Every text file of the repository that people read (code, docs, tests, configuration)."""
    found = []
    for path in root.rglob("*"):
        if any(part in SKIPPED or part.endswith(".egg-info") for part in path.parts):
            continue
        if path.is_file() and (path.suffix in SCANNED or path.name in ("dev", "run")):
            found.append(path)
    return found


def outside_pointers(files: list[Path], root: Path = ROOT) -> list[str]:
    """``file:line: text`` for each mention of a design note outside the repository, and each
    ``docs/…`` path that does not exist."""
    bad = []
    for path in files:
        text = path.read_text(encoding="utf-8", errors="replace")
        for number, line in enumerate(text.splitlines(), start=1):
            where = f"{path.relative_to(root)}:{number}"
            if OUTSIDE.search(line):
                bad.append(f"{where}: {line.strip()}")
            for cited in DOCS_PATH.findall(line):
                if not (root / cited.rstrip(".")).exists():
                    bad.append(f"{where}: {cited} does not exist")
    return bad


def test_nothing_points_outside_the_repository() -> None:
    files = repository_files()
    assert len(files) > 100 and ROOT / "README.md" in files
    assert outside_pointers(files) == []


def test_the_pointer_check_finds_what_it_must(tmp_path: Path) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "sync.md").write_text("# Sync\n", encoding="utf-8")
    (tmp_path / "a.py").write_text(
        '"""See ' + "SYNC" + '.md rule 3."""\n# docs/sync.md rule 3 is fine\n', encoding="utf-8"
    )
    (tmp_path / "README.md").write_text(
        "See `../" + "shared/notes`.\nAnd " + "docs/" + "missing.md.\n", encoding="utf-8"
    )
    found = outside_pointers(repository_files(tmp_path), tmp_path)
    assert sorted(f.split(":")[0] + ":" + f.split(":")[1] for f in found) == [
        "README.md:1",
        "README.md:2",
        "a.py:1",
    ]


@pytest.mark.parametrize("page", ["docs/architecture.md", "docs/domain.md"])
def test_the_design_pages_name_tests_that_exist(page: str) -> None:
    refs = [(f, n) for f, n in references(page) if f.startswith("tests/")]
    assert refs, page
    for file, name in refs:
        assert (ROOT / file).is_file(), file
        if name is not None:
            assert name in _test_names(ROOT / file), f"{file}::{name}"
