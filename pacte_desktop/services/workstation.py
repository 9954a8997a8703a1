"""This workstation: who works at it, in which organisation, in which language, its settings.

Read-only functions take a read connection first (the interface runs them off the GUI thread
through ``AppContext.fetch``); :func:`set_language` and :func:`change_setting` write the
workstation's own settings, which are never synced.

:func:`acting_worker` is who a command acts as: the worker it names (``--as``, else
``PACTE_WORKER``: an active worker), else this workstation's current worker.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from pacte_desktop.domain.entities import Organisation, Worker
from pacte_desktop.settings import SETTINGS
from pacte_desktop.store.database import Store
from pacte_desktop.store.repository import Repository
from pacte_desktop.store.schema import local_state


def who(conn: sa.Connection, worker_id: str | None) -> tuple[str, str]:
    """The name of the worker ``worker_id`` ("" when unknown) and of this organisation."""
    repo = Repository(conn)
    worker = repo.get(Worker, worker_id or "")
    org_id = conn.execute(
        sa.select(local_state.c.value).where(local_state.c.key == "organisation_id")
    ).scalar_one_or_none()
    org = repo.get(Organisation, org_id or "")
    return (worker.name if worker else "", org.name if org else "")


def worker_names(conn: sa.Connection) -> list[str]:
    """Every worker's name, by name (those who left too: their follow-ups stay theirs)."""
    return [w.name for w in Repository(conn).list(Worker, order_by="name")]


def language(conn: sa.Connection) -> str:
    """The interface language chosen at this workstation (fr, nl or en)."""
    return str(SETTINGS.get(conn, "language"))


def set_language(store: Store, lang: str) -> None:
    """Keep ``lang`` as this workstation's interface language."""
    with store.engine.begin() as conn:
        SETTINGS.set(conn, "language", lang)


def acting_worker(store: Store, conn: sa.Connection, name: str | None) -> str | None:
    """The id of the active worker ``name``, else (no name) this workstation's worker."""
    if name:
        return Repository(conn).worker_by_name(name).id
    return store.local("worker_id")


def all_settings(conn: sa.Connection) -> list[dict[str, Any]]:
    """Every setting of this workstation: ``key``, ``value``, ``default``, ``description``."""
    return [
        {
            "key": s.key,
            "value": SETTINGS.get(conn, s.key),
            "default": s.default,
            "description": s.description,
        }
        for s in SETTINGS
    ]


def change_setting(store: Store, key: str, raw: str) -> Any:
    """Set the setting ``key`` from the text ``raw`` (checked); the value kept."""
    with store.engine.begin() as conn:
        return SETTINGS.set(conn, key, raw)
