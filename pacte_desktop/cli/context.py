"""What a command runs with: its arguments, the store (opened on first use), the worker it acts
as.
"""

from __future__ import annotations

import os
import sys

TYPE_CHECKING = False
if TYPE_CHECKING:
    import argparse
    from typing import Any

    import sqlalchemy as sa

    from pacte_desktop.services.stores import Store


class Context:
    """A command's arguments and the store it works on, opened when first asked for."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self._store: Store | None = None

    @property
    def store(self) -> Store:
        if self._store is None:
            from pacte_desktop.services.stores import open_store

            self._store = open_store(self.args.data_dir, daily_backup=True)
            self._store.on_wait = _say_waiting
            if self._store.daily_backup_error is not None:  # a full disk: warn, go on
                print(f"pacte: {self._store.daily_backup_error}", file=sys.stderr)
        return self._store

    def folder(self) -> Any:
        """The data folder, open or not (what a refused write names)."""
        from pacte_desktop.services.stores import data_folder

        return self._store.data_dir if self._store else data_folder(self.args.data_dir)

    def acting_worker(self, conn: sa.Connection) -> str | None:
        """Who the command acts as (``--as``, else PACTE_WORKER, else this workstation's
        worker), read on ``conn`` (a read connection, or a unit of work's)."""
        from pacte_desktop.services.workstation import acting_worker

        return acting_worker(self.store, conn, self.args.acting or os.environ.get("PACTE_WORKER"))

    def require_init(self) -> None:
        from pacte_desktop.domain.errors import StoreError

        if not self.store.local("organisation_id"):
            raise StoreError("organisation", "not_initialised", value=str(self.store.data_dir))

    def forget_store(self) -> None:
        """The store's file was replaced (a restore): the next use opens it again."""
        self._store = None

    def close(self) -> None:
        if self._store is not None:
            self._store.close()


def _say_waiting(sentence: str) -> None:
    """A write waits for a busy store: say so on standard error (store/busy.py)."""
    print(f"pacte: {sentence}", file=sys.stderr, flush=True)
