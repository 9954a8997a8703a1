"""``python -m pacte_desktop`` and ``pacte-desktop``: start the desktop application."""

from __future__ import annotations


def run(argv: list[str] | None = None) -> int:
    from pacte_desktop.ui.app import run as run_app

    return run_app(argv)


if __name__ == "__main__":
    raise SystemExit(run())
