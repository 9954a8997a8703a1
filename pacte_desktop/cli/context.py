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

    from pacte_desktop.store.database import Store
    from pacte_desktop.store.repository import Repository


class Context:
    """A command's arguments and the store it works on, opened when first asked for."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self._store: Store | None = None

    @property
    def store(self) -> Store:
        if self._store is None:
            from pacte_desktop.store.database import Store

            self._store = Store.open(self.args.data_dir)
            self._store.on_wait = _say_waiting
            if self._store.daily_backup_error is not None:  # a full disk: warn, go on
                print(f"pacte: {self._store.daily_backup_error}", file=sys.stderr)
        return self._store

    def folder(self) -> Any:
        """The data folder, open or not (what a refused write names)."""
        from pacte_desktop.store.database import resolve_data_dir

        return self._store.data_dir if self._store else resolve_data_dir(self.args.data_dir)

    def acting_worker(self, repo: Repository) -> str | None:
        name = self.args.acting or os.environ.get("PACTE_WORKER")
        if name:
            return repo.worker_by_name(name).id
        return self.store.local("worker_id")

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
