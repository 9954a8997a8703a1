"""``python -m pacte_desktop`` starts the command line until the desktop UI exists."""

from pacte_desktop.cli import main

raise SystemExit(main())
