"""What the interface shows of sync, and the pass it starts: one door to the sync engine.

- :func:`locations` reads where each configured scope goes (a folder, or a WebDAV address
  whose password stays in this session's environment: :data:`WEBDAV_PASSWORD_ENV`);
  :func:`missing_passwords` says which of them still need their password in this session.
- :func:`read_state` gathers each scope's status (pending operations, refused files, forks,
  open conflicts, the last pass) with the locations, its texts in the language asked for.
- :func:`run_pass` runs one pass over the configured scopes and reads the state after it.
- For the command line: :func:`statuses` (each scope's status in the current language),
  :func:`configured` (which of some scopes are set up), :func:`sync_scopes` (one pass over
  them, with a source of passphrases) and :func:`accept_fork` (a forked device's files are
  genuine).

Every function here reads or writes the store: the interface runs them on its runner, never on
the GUI thread. The engine's types the interface names (a pass's summary, a scope's status,
a location) are named here, so that the interface imports no sync module.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass

from pacte_desktop.domain.progress import StageProgress
from pacte_desktop.store.database import Store
from pacte_desktop.sync import passes
from pacte_desktop.sync.feeds import LOCKED, PassSummary
from pacte_desktop.sync.location import Location
from pacte_desktop.sync.passes import Status, status, sync_pass
from pacte_desktop.sync.roots import SCOPES
from pacte_desktop.sync.state import LocalState, PassphraseSource

__all__ = [
    "LOCKED",
    "SCOPES",
    "WEBDAV_PASSWORD_ENV",
    "Location",
    "PassOutcome",
    "PassSummary",
    "Status",
    "SyncState",
    "accept_fork",
    "configured",
    "location_names",
    "locations",
    "missing_passwords",
    "read_state",
    "run_pass",
    "statuses",
    "sync_scopes",
]

#: The environment variable that holds a WebDAV password for the session, per scope; the
#: password itself is never written to the store (a Location keeps only the variable's name).
WEBDAV_PASSWORD_ENV = {"org": "PACTE_WEBDAV_PASSWORD", "network": "PACTE_WEBDAV_NETWORK_PASSWORD"}


def locations(store: Store) -> dict[str, Location]:
    """Where each configured scope goes, by scope; a scope not set up is absent."""
    state = LocalState(store)
    found = {}
    for scope in SCOPES:
        location = state.location(scope)
        if location is not None:
            found[scope] = location
    return found


def location_names(store: Store) -> dict[str, str]:
    """Where each configured scope goes, as the user reads it (a folder path, an address)."""
    return {scope: location.where for scope, location in locations(store).items()}


def missing_passwords(found: Mapping[str, Location]) -> list[tuple[str, Location]]:
    """The WebDAV scopes among ``found`` whose password is not in this session's environment."""
    return [
        (scope, location)
        for scope, location in found.items()
        if location.kind == "webdav"
        and location.password_env
        and location.password_env not in os.environ
    ]


@dataclass(frozen=True)
class SyncState:
    """Each scope's status and where each configured scope goes; texts in ``lang``."""

    statuses: list[Status]
    locations: dict[str, Location]
    lang: str


def read_state(store: Store, lang: str) -> SyncState:
    """The sync state now, its texts (refused files' reasons, errors) in ``lang``."""
    return SyncState(status(store, lang=lang), locations(store), lang)


@dataclass(frozen=True)
class PassOutcome:
    """What a pass brings back: its summary and the state after it."""

    summary: PassSummary
    state: SyncState


def run_pass(store: Store, lang: str, progress: StageProgress | None = None) -> PassOutcome:
    """One pass over the configured scopes; ``progress(stage, done, total)`` as it goes."""
    summary = sync_pass(store, lang=lang, progress=progress)
    return PassOutcome(summary, read_state(store, lang))


def statuses(store: Store) -> list[Status]:
    """Each scope's status, its texts in the current language."""
    return status(store)


def configured(store: Store, scopes: tuple[str, ...]) -> tuple[str, ...]:
    """Those of ``scopes`` that are set up, in their order."""
    state = LocalState(store)
    return tuple(scope for scope in scopes if state.configured(scope))


def sync_scopes(
    store: Store,
    scopes: tuple[str, ...],
    *,
    progress: StageProgress | None = None,
    passphrases: PassphraseSource | None = None,
) -> PassSummary:
    """One pass over ``scopes`` (set up), texts in the current language; a locked vault is
    opened with what ``passphrases`` gives."""
    return sync_pass(store, scopes=scopes, progress=progress, passphrases=passphrases)


def accept_fork(store: Store, device: str, scopes: tuple[str, ...] = SCOPES) -> list[str]:
    """The user's word that the forked files of ``device`` (its id or the start of it) are all
    genuine, in ``scopes``; the full ids of the devices concerned."""
    return passes.accept_fork(store, device, scopes=scopes)
