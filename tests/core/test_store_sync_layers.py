"""The store and sync layers, checked on the source with ``ast`` (issue 13).

- ``store/`` imports nothing above it: not sync, services, the UI, reports, imports, the
  command line or the demo. The hybrid logical clock is in ``domain/hlc.py``; the merge rule in
  SQL is in ``sync/replication.py``.
- ``sync/`` imports nothing above it: not services, the UI, the command line, reports, imports
  or the demo (the worker a workstation acts as is chosen by ``services.workers.use_worker``).
- No import circle among the modules of ``store/`` and ``sync/``, whether the import is at the
  top of a module or inside a function.
"""

from __future__ import annotations

from pathlib import Path

from test_architecture import PACKAGE, imported_modules, violations

ABOVE_STORE = tuple(
    f"pacte_desktop.{name}"
    for name in ("sync", "services", "ui", "reports", "imports", "cli", "demo")
)
ABOVE_SYNC = tuple(
    f"pacte_desktop.{name}" for name in ("services", "ui", "cli", "reports", "imports", "demo")
)


def module_name(path: Path, root: Path) -> str:
    rel = path.relative_to(root.parent).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def import_graph(root: Path, layers: tuple[str, ...]) -> dict[str, set[str]]:
    """Module -> the modules of ``layers`` it imports (anywhere in its source)."""
    files = {
        module_name(p, root): p
        for layer in layers
        for p in (root / layer).rglob("*.py")
        if "__pycache__" not in p.parts and "migrations" not in p.parts
    }
    graph: dict[str, set[str]] = {}
    for name, path in files.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        found = {m for _, m in imported_modules(path.read_text(encoding="utf-8"), package)}
        graph[name] = {m for m in found if m in files and m != name and files[m].stem != "__init__"}
    return graph


def circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def test_the_store_imports_nothing_above_it() -> None:
    assert violations(PACKAGE, ABOVE_STORE, only_under="store") == []


def test_sync_imports_nothing_above_it() -> None:
    assert violations(PACKAGE, ABOVE_SYNC, only_under="sync") == []


def test_no_import_circle_in_the_store_or_sync() -> None:
    assert circles(import_graph(PACKAGE, ("store", "sync"))) == []


def test_a_circle_through_a_function_level_import_is_found(tmp_path: Path) -> None:
    root = tmp_path / "pkg"
    (root / "store").mkdir(parents=True)
    (root / "store" / "__init__.py").write_text("")
    (root / "store" / "a.py").write_text("from pkg.store import b\n")
    (root / "store" / "b.py").write_text("def f():\n    from pkg.store.c import g\n")
    (root / "store" / "c.py").write_text("import pkg.store.a\n")
    (root / "store" / "d.py").write_text("from pkg.store import a\n")
    assert circles(import_graph(root, ("store",))) == [
        ["pkg.store.a", "pkg.store.b", "pkg.store.c"]
    ]
