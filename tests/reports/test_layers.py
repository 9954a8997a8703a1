"""Report writers below services, the placement model below its writers, the demo below the UI.

Read from the source with ``ast``, imports inside functions included:
- ``reports/`` (format writers) imports nothing from services, sync, ui, the command line or the
  demo: what to write is chosen in ``services/reports.py``;
- ``reports/placements.py`` (the figures and texts) imports neither of its writers, which
  import it;
- ``demo/`` (a use case) never imports the user interface.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "pacte_desktop"


def _imports(path: Path) -> set[str]:
    """Every ``pacte_desktop`` module ``path`` names in an import, at any depth."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            assert node.level == 0, f"{path}: relative import"
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return {name for name in found if name.startswith("pacte_desktop.")}


def _offending(folder: str, forbidden: tuple[str, ...]) -> list[str]:
    out = []
    paths = sorted((PACKAGE / folder).rglob("*.py"))
    assert paths, f"no package {folder}/"
    for path in paths:
        for name in sorted(_imports(path)):
            if any(name == f or name.startswith(f + ".") for f in forbidden):
                out.append(f"{path.relative_to(PACKAGE)}: {name}")
    return out


def test_report_writers_import_no_use_case_and_no_interface() -> None:
    above = ("services", "sync", "ui", "cli", "demo")
    assert _offending("reports", tuple(f"pacte_desktop.{m}" for m in above)) == []


def test_the_placement_model_imports_none_of_its_writers() -> None:
    names = _imports(PACKAGE / "reports" / "placements.py")
    writers = {"pacte_desktop.reports.placements_pdf", "pacte_desktop.reports.placements_xlsx"}
    assert not names & writers
    for writer in ("placements_pdf.py", "placements_xlsx.py"):
        assert "pacte_desktop.reports.placements" in _imports(PACKAGE / "reports" / writer)


def test_the_demo_never_imports_the_interface() -> None:
    assert _offending("demo", ("pacte_desktop.ui",)) == []
