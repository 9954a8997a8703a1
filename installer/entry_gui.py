"""The ``pacte-desktop`` executable of the bundle: the desktop application."""

from pacte_desktop.__main__ import run

raise SystemExit(run())
