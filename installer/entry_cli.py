"""The ``pacte`` executable of the bundle: the command line."""

from pacte_desktop.cli import main

raise SystemExit(main())
