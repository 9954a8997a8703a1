"""``python -m pacte_desktop.cli``: the ``pacte`` command."""

from pacte_desktop.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
