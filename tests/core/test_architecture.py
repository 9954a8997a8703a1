"""Layering rules, checked on the source with ``ast``.

- Only ``pacte_desktop/ui/`` may import PySide6 (the core, store, sync and command line run
  without Qt).
- ``pacte_desktop/domain/`` is pure: no SQLAlchemy, no Alembic, no PySide6, and none of the
  layers that use them (store, ui).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "pacte_desktop"

DOMAIN_FORBIDDEN = ("sqlalchemy", "alembic", "PySide6", "pacte_desktop.store", "pacte_desktop.ui")
_DYNAMIC_IMPORTERS = {"import_module", "__import__"}


def _resolve(node: ast.ImportFrom, package: str) -> str:
    """The absolute module of ``from ... import``, resolving relative imports."""
    if node.level == 0:
        return node.module or ""
    parts = package.split(".")
    base = parts[: len(parts) - (node.level - 1)] if node.level > 1 else parts
    return ".".join([*base, node.module] if node.module else base)


def imported_modules(source: str, package: str = "") -> list[tuple[int, str]]:
    """Every module a source imports, statically or through importlib/__import__ with a string.

    ``package`` is the dotted package of the file, used to resolve relative imports.
    """
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.extend((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            module = _resolve(node, package)
            found.append((node.lineno, module))
            # ``from pacte_desktop import store`` imports a forbidden sub-package too
            found.extend((node.lineno, f"{module}.{alias.name}") for alias in node.names)
        elif isinstance(node, ast.Call) and node.args:
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
            arg = node.args[0]
            if (
                name in _DYNAMIC_IMPORTERS
                and isinstance(arg, ast.Constant)
                and isinstance(arg.value, str)
            ):
                found.append((node.lineno, arg.value))
    return found


def _matches(module: str, forbidden: str) -> bool:
    return module == forbidden or module.startswith(forbidden + ".")


def violations(
    root: Path,
    forbidden: tuple[str, ...],
    *,
    allowed_under: str | None = None,
    only_under: str | None = None,
) -> list[str]:
    """``file:line forbidden`` for each line importing a forbidden module under ``root``."""
    out: list[str] = []
    for path in sorted(root.rglob("*.py")):
        rel = path.relative_to(root)
        if "__pycache__" in rel.parts:
            continue
        if allowed_under and rel.parts[0] == allowed_under:
            continue
        if only_under and rel.parts[0] != only_under:
            continue
        package = ".".join([root.name, *rel.parent.parts])  # also right for __init__.py
        for line, module in imported_modules(path.read_text(encoding="utf-8"), package):
            for bad in forbidden:
                entry = f"{root.name}/{rel.as_posix()}:{line} {bad}"
                if _matches(module, bad) and entry not in out:
                    out.append(entry)
    return out


# --- the rules on the real package ---------------------------------------------------------


def test_the_package_is_there_to_scan() -> None:
    files = {p.relative_to(PACKAGE).as_posix() for p in PACKAGE.rglob("*.py")}
    assert {"domain/bce.py", "domain/entities.py", "domain/hlc.py"} <= files


def test_only_the_ui_imports_pyside6() -> None:
    assert violations(PACKAGE, ("PySide6",), allowed_under="ui") == []


def test_the_domain_is_pure() -> None:
    assert violations(PACKAGE, DOMAIN_FORBIDDEN, only_under="domain") == []


def test_every_file_parses() -> None:
    for path in PACKAGE.rglob("*.py"):
        ast.parse(path.read_text(encoding="utf-8"), filename=str(path))


# --- the detector itself can fail ----------------------------------------------------------


@pytest.mark.parametrize(
    "source",
    [
        "import PySide6\n",
        "import PySide6.QtWidgets as qw\n",
        "import os, PySide6.QtCore\n",
        "from PySide6.QtWidgets import QApplication\n",
        "from PySide6 import QtGui\n",
        "def late():\n    from PySide6.QtCore import Qt\n    return Qt\n",
        "try:\n    import PySide6\nexcept ImportError:\n    PySide6 = None\n",
        "import importlib\nqt = importlib.import_module('PySide6.QtCore')\n",
        "from importlib import import_module\nqt = import_module('PySide6')\n",
        "qt = __import__('PySide6.QtGui')\n",
    ],
)
def test_detector_flags_pyside6_imports(source: str) -> None:
    modules = [m for _, m in imported_modules(source)]
    assert any(_matches(m, "PySide6") for m in modules), modules


@pytest.mark.parametrize(
    "source",
    [
        "import PySide6ish\n",
        "name = 'PySide6'\n",
        "# import PySide6\n",
        "from mypkg.PySide6 import x\n",
        "import importlib\nm = importlib.import_module(NAME)\n",
    ],
)
def test_detector_ignores_lookalikes(source: str) -> None:
    modules = [m for _, m in imported_modules(source)]
    assert not any(_matches(m, "PySide6") for m in modules), modules


def test_relative_imports_are_resolved() -> None:
    src = "from ..store import schema\nfrom . import bce\nfrom .errors import ValidationError\n"
    modules = {m for _, m in imported_modules(src, "pacte_desktop.domain")}
    assert "pacte_desktop.store" in modules
    assert "pacte_desktop.store.schema" in modules
    assert "pacte_desktop.domain.bce" in modules
    assert "pacte_desktop.domain.errors" in modules


def test_violations_on_a_synthetic_package(tmp_path: Path) -> None:
    root = tmp_path / "pacte_desktop"
    for folder in ("ui", "domain", "store"):
        (root / folder).mkdir(parents=True)
        (root / folder / "__init__.py").write_text("")
    (root / "ui" / "window.py").write_text("from PySide6.QtWidgets import QMainWindow\n")
    (root / "store" / "db.py").write_text("import sqlalchemy as sa\n\nimport PySide6\n")
    (root / "domain" / "ok.py").write_text("import re\nfrom pacte_desktop.domain import bce\n")
    (root / "domain" / "bad.py").write_text(
        "import dataclasses\nfrom sqlalchemy import Table\nfrom ..store import db\n"
    )

    assert violations(root, ("PySide6",), allowed_under="ui") == [
        "pacte_desktop/store/db.py:3 PySide6"
    ]
    assert violations(root, DOMAIN_FORBIDDEN, only_under="domain") == [
        "pacte_desktop/domain/bad.py:2 sqlalchemy",
        "pacte_desktop/domain/bad.py:3 pacte_desktop.store",
    ]
