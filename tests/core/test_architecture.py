"""Layering rules, checked on the source with ``ast``.

The arrows run one way: ``domain`` <- ``store`` <- ``sync`` <- ``services`` <- (``ui``, ``cli``),
with ``reports/`` and ``imports/`` as format writers and readers below ``services`` (they see
the domain and the store, nothing above). docs/architecture.md draws the picture.

- Only ``pacte_desktop/ui/`` may import PySide6 (the core, store, sync and command line run
  without Qt).
- ``pacte_desktop/domain/`` is pure: no SQLAlchemy, no Alembic, no PySide6, and none of the
  layers above it.
- ``store`` imports nothing from sync/services/ui/reports/imports/cli/demo; ``sync`` nothing
  from services/ui/cli/reports/imports/demo; ``reports`` and ``imports`` nothing from
  services/sync/ui/cli/demo; ``ui`` nothing from store/sync/reports/cli and no SQL text, and
  ``cli`` nothing from store/sync/reports/imports/ui: the window and the command line go
  through ``services``, their only door (the window still reads a file's columns for the
  import dialog's preview with ``imports.columns``).
- No import circle among the package's modules (imports inside functions count).
- No module over 700 lines unless its top says why it must stay whole ("Kept whole:").
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "pacte_desktop"

_UPPER = ("store", "sync", "services", "ui", "reports", "imports", "cli", "demo")
DOMAIN_FORBIDDEN = (
    "sqlalchemy",
    "alembic",
    "PySide6",
    *(f"pacte_desktop.{layer}" for layer in _UPPER),
)

#: What each folder of the package may not import, beyond the PySide6 and domain rules.
LAYER_FORBIDDEN: dict[str, tuple[str, ...]] = {
    "store": ("sync", "services", "ui", "reports", "imports", "cli", "demo"),
    "sync": ("services", "ui", "cli", "reports", "imports", "demo"),
    "reports": ("services", "sync", "ui", "cli", "demo"),
    "imports": ("services", "sync", "ui", "cli", "demo"),
    "services": ("ui", "cli"),
    "demo": ("ui", "cli"),
    "ui": ("store", "sync", "reports", "imports", "demo", "cli"),
    "cli": ("store", "sync", "reports", "imports", "demo", "ui"),
}

#: Text that means a module builds SQL itself.
SQL_MARKERS = ("SELECT ", "INSERT INTO", "DELETE FROM", "sa.text(", "exec_driver_sql")
MAX_LINES = 700
WHOLE_MARK = "Kept whole:"
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


# --- the direction of the arrows, circles, SQL in the UI and the size of rooms ------------


def layer_violations(root: Path) -> list[str]:
    out: list[str] = []
    for layer, forbidden in LAYER_FORBIDDEN.items():
        mods = tuple(f"{root.name}.{name}" for name in forbidden)
        out += violations(root, mods, only_under=layer)
    return out


def module_names(root: Path) -> dict[str, Path]:
    """Dotted module name -> file, for every module of the package (packages by __init__)."""
    names: dict[str, Path] = {}
    for path in sorted(root.rglob("*.py")):
        rel = path.relative_to(root)
        if "__pycache__" in rel.parts or "migrations" in rel.parts:
            continue
        parts = [root.name, *rel.with_suffix("").parts]
        if parts[-1] == "__init__":
            parts.pop()
        names[".".join(parts)] = path
    return names


def import_graph(root: Path) -> dict[str, set[str]]:
    """Module -> the package's modules it imports (anywhere in its body).

    ``from pkg import name`` points at ``pkg.name`` when that is a module, else at ``pkg``;
    parent packages an import runs on the way are not counted (they hold no logic here).
    """
    names = module_names(root)
    graph: dict[str, set[str]] = {}
    for name, path in names.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        targets: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                targets |= {alias.name for alias in node.names if alias.name in names}
            elif isinstance(node, ast.ImportFrom):
                module = _resolve(node, package)
                for alias in node.names:
                    if f"{module}.{alias.name}" in names:
                        targets.add(f"{module}.{alias.name}")
                    elif module in names:
                        targets.add(module)
        graph[name] = targets - {name}
    return graph


def circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = 0
    for start in sorted(graph):
        if start in index:
            continue
        work = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = counter
        counter += 1
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            advanced = False
            for child in children:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph.get(child, ())))))
                    advanced = True
                    break
                if child in on_stack:
                    low[node] = min(low[node], index[child])
            if advanced:
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return found


def sql_in(root: Path, layer: str) -> list[str]:
    out = []
    for path in sorted((root / layer).rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        out += [f"{path.relative_to(root).as_posix()} {m!r}" for m in SQL_MARKERS if m in text]
    return out


def oversized(root: Path) -> list[str]:
    out = []
    for path in sorted(root.rglob("*.py")):
        lines = path.read_text(encoding="utf-8").splitlines()
        if len(lines) > MAX_LINES and not any(WHOLE_MARK in line for line in lines[:40]):
            out.append(f"{path.relative_to(root).as_posix()} ({len(lines)} lines)")
    return out


def test_every_arrow_points_down() -> None:
    assert layer_violations(PACKAGE) == []


def test_no_import_circle_in_the_package() -> None:
    assert circles(import_graph(PACKAGE)) == []


def test_the_ui_builds_no_sql() -> None:
    assert sql_in(PACKAGE, "ui") == []


def test_no_room_too_large_to_hold_in_ones_head() -> None:
    assert oversized(PACKAGE) == []


def test_the_layer_detector_can_fail(tmp_path: Path) -> None:
    root = tmp_path / "pacte_desktop"
    for folder in ("store", "sync", "reports", "ui", "services", "cli"):
        (root / folder).mkdir(parents=True)
        (root / folder / "__init__.py").write_text("")
    (root / "store" / "db.py").write_text("def late():\n    from ..sync import hlc\n")
    (root / "sync" / "hlc.py").write_text("from pacte_desktop.store import db\n")
    (root / "reports" / "pdf.py").write_text("from pacte_desktop.services.x import due\n")
    (root / "services" / "x.py").write_text("from pacte_desktop.reports import pdf\n")
    (root / "ui" / "view.py").write_text(
        "from pacte_desktop.store.db import late\nfrom pacte_desktop.services import x\n"
        "def pass_now():\n    from pacte_desktop.sync import hlc\n"
    )
    # The command line: the services are its door; the store, sync and the format modules not.
    (root / "cli" / "ok.py").write_text(
        "def run():\n    from pacte_desktop.services.x import due\n"
        "    from pacte_desktop.domain import messages\n"
    )
    (root / "cli" / "bad.py").write_text(
        "from pacte_desktop import ui\n"
        "def show():\n    from pacte_desktop.store.db import late\n"
        "    from ..sync import hlc\n"
        "    from pacte_desktop.reports.pdf import write\n"
        "    from pacte_desktop.imports.columns import preview_columns\n"
    )
    assert layer_violations(root) == [
        "pacte_desktop/store/db.py:2 pacte_desktop.sync",
        "pacte_desktop/reports/pdf.py:1 pacte_desktop.services",
        "pacte_desktop/ui/view.py:1 pacte_desktop.store",
        "pacte_desktop/ui/view.py:4 pacte_desktop.sync",
        "pacte_desktop/cli/bad.py:1 pacte_desktop.ui",
        "pacte_desktop/cli/bad.py:3 pacte_desktop.store",
        "pacte_desktop/cli/bad.py:4 pacte_desktop.sync",
        "pacte_desktop/cli/bad.py:5 pacte_desktop.reports",
        "pacte_desktop/cli/bad.py:6 pacte_desktop.imports",
    ]
    assert sorted(circles(import_graph(root))) == [
        ["pacte_desktop.reports.pdf", "pacte_desktop.services.x"],
        ["pacte_desktop.store.db", "pacte_desktop.sync.hlc"],
    ]


def test_the_circle_detector_sees_long_rings_and_ignores_chains(tmp_path: Path) -> None:
    root = tmp_path / "pacte_desktop"
    (root / "a").mkdir(parents=True)
    (root / "a" / "__init__.py").write_text("")
    for name, target in (("one", "two"), ("two", "three"), ("three", "one"), ("four", "one")):
        (root / "a" / f"{name}.py").write_text(f"from . import {target}\n")
    assert circles(import_graph(root)) == [
        ["pacte_desktop.a.one", "pacte_desktop.a.three", "pacte_desktop.a.two"]
    ]
    (root / "a" / "three.py").write_text("import os\n")
    assert circles(import_graph(root)) == []


def test_sql_and_size_detectors_can_fail(tmp_path: Path) -> None:
    root = tmp_path / "pacte_desktop"
    (root / "ui").mkdir(parents=True)
    (root / "ui" / "conflicts.py").write_text('Q = f"SELECT {column} FROM {table}"\n')
    (root / "ui" / "big.py").write_text("x = 1\n" * (MAX_LINES + 1))
    (root / "ui" / "whole.py").write_text(f"# {WHOLE_MARK} one table.\n" + "x = 1\n" * MAX_LINES)
    assert sql_in(root, "ui") == ["ui/conflicts.py 'SELECT '"]
    assert oversized(root) == [f"ui/big.py ({MAX_LINES + 1} lines)"]


def test_the_placement_model_imports_none_of_its_writers() -> None:
    """The figures and texts of the placement report sit below its PDF and Excel writers."""
    graph = import_graph(PACKAGE)
    model = "pacte_desktop.reports.placements"
    writers = {f"{model}_pdf", f"{model}_xlsx"}
    assert not graph[model] & writers
    assert all(model in graph[writer] for writer in writers)
