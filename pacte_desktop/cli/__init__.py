"""The ``pacte`` command: the services, headless. A public interface: names never change.

Errors go to standard error in the user's language with exit code 1 (2 for usage) and write
nothing. ``pacte --version`` answers before anything heavy is imported: this module imports
nothing but the version, and every other module of the package is imported by the command that
needs it.

The package: ``parser`` (argparse: every command and option), ``output`` (tables, JSON, progress,
the words of the output), ``context`` (the store a command opens, the worker it acts as), ``run``
(the command table; errors turned into a message and an exit code), and one module per command
group: ``records`` (the generic record commands, search, history), ``workers`` (init, workers,
the handover), ``followups``, ``sync`` (sync, devices, passphrases, the charter), ``network``,
``exports`` (export, report), ``imports``, ``backups`` (backup, restore), ``demo``, ``settings``.
"""

from __future__ import annotations

import sys

from pacte_desktop import __version__

# The typing module costs `pacte --version` more than all the rest: names for annotations only.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv in (["--version"], ["-V"]):  # the fast path: nothing heavy imported
        print(f"pacte {__version__}")
        return 0
    from pacte_desktop.cli.run import run

    return run(argv)
