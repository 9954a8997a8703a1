"""``python -m pacte_desktop`` and ``pacte-desktop``: start Pacte Desktop.

Until the desktop UI lands (issue 3), this opens the command line: with no arguments it shows
the help of ``pacte``.
"""

from __future__ import annotations

import sys


def run(argv: list[str] | None = None) -> int:
    from pacte_desktop.cli import main

    args = sys.argv[1:] if argv is None else argv
    return main(args or ["--help"])


if __name__ == "__main__":
    raise SystemExit(run())
