"""Setting sync up: reading what is configured, creating or joining a scope's root.

- :func:`setup_state` reads what the setup wizard starts from: where each scope already goes,
  and the names a new passphrase must not be (the organisation's).
- :func:`run_setup` does what a :class:`SetupPlan` says, in order: the organisation's root
  (created on an empty location, joined otherwise), then the network's. A root is created only
  with the passphrase typed twice the same; the passphrases typed also unlock this session's
  keys when they are locked. They go to the engine as arguments, never through the
  environment or the store.
- :func:`join_organisation` joins, on an empty data folder, the organisation whose root is at a
  location (:class:`NothingToJoin` when there is none) as a worker of that name.
- :func:`shared_now` says what the charter in force lets leave for the partners, per table.
- :func:`set_up_organisation` and :func:`set_up_network` are the command line's setup: one
  scope each, the passphrases from their environment variables or its prompt; joining an
  organisation as a worker makes that worker this workstation's (created when missing).

Everything here reads or writes the store or the shared location: the interface runs it on
its runner, never on the GUI thread.
"""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa

from pacte_desktop.domain.errors import PacteError
from pacte_desktop.services.sharing import SharedTable, what_we_share
from pacte_desktop.services.workers import use_worker
from pacte_desktop.store.database import Store
from pacte_desktop.store.schema import local_state
from pacte_desktop.sync.charter import DEFAULT_CHARTER, Charter
from pacte_desktop.sync.crypto import DEFAULT_KDF, Kdf
from pacte_desktop.sync.location import Location, close_transport
from pacte_desktop.sync.network_charter import charter_in_force
from pacte_desktop.sync.passphrase_change import scope_names
from pacte_desktop.sync.roots import NETWORK_FILE, ORG_FILE
from pacte_desktop.sync.setup import SetupResult, setup_network, setup_org
from pacte_desktop.sync.state import MIN_PASSPHRASE, LocalState
from pacte_desktop.sync.unlock import ensure_open

__all__ = [
    "DEFAULT_KDF",
    "MIN_PASSPHRASE",
    "NETWORK_FILE",
    "ORG_FILE",
    "Charter",
    "Kdf",
    "Location",
    "NothingToJoin",
    "SetupPlan",
    "SetupResult",
    "SetupState",
    "join_organisation",
    "root_exists",
    "run_setup",
    "set_up_network",
    "set_up_organisation",
    "setup_state",
    "shared_now",
]


def root_exists(location: Location, name: str) -> bool:
    """Whether the location already holds a root document (``ORG.json``, ``NETWORK.json``)."""
    transport = location.open()
    try:
        return bool(transport.exists(name))
    finally:
        close_transport(transport)


@dataclass(frozen=True)
class SetupState:
    """What is set up already: where each scope goes (None: not set up), and the names a new
    passphrase of each scope must not be."""

    org: Location | None
    network: Location | None
    org_names: tuple[str, ...]
    network_names: tuple[str, ...]


def setup_state(store: Store) -> SetupState:
    state = LocalState(store)
    return SetupState(
        state.location("org"),
        state.location("network"),
        scope_names(store, "org"),
        scope_names(store, "network"),
    )


@dataclass
class SetupPlan:
    """What the setup wizard will do, read from its pages on the GUI thread."""

    org: Location | None
    org_secret: str
    org_confirm: str
    network: Location | None
    network_secret: str
    network_confirm: str
    coordinator: bool
    network_name: str | None
    network_org_secret: str = ""


def run_setup(store: Store, plan: SetupPlan, kdf: Kdf = DEFAULT_KDF) -> list[SetupResult]:
    """Set up what the plan says, in order (see the module's docstring)."""
    org_secret = plan.org_secret if plan.org is not None else plan.network_org_secret
    known = {"org": org_secret, "network": plan.network_secret}
    ensure_open(store, lambda scope: known.get(scope) or None)
    done = []
    if plan.org is not None:
        if not root_exists(plan.org, ORG_FILE) and plan.org_confirm != plan.org_secret:
            raise PacteError("passphrase", "passphrase_mismatch")
        done.append(setup_org(store, plan.org, secret=plan.org_secret, kdf=kdf))
    if plan.network is not None:
        if (
            plan.coordinator
            and not root_exists(plan.network, NETWORK_FILE)
            and plan.network_confirm != plan.network_secret
        ):
            raise PacteError("passphrase", "passphrase_mismatch")
        done.append(
            setup_network(
                store,
                plan.network,
                coordinator=plan.coordinator,
                network_name=plan.network_name,
                secret=plan.network_secret,
                org_secret=org_secret or None,
                kdf=kdf,
            )
        )
    return done


class NothingToJoin(Exception):
    """The location holds no organisation root (``ORG.json``): there is nothing to join."""

    def __init__(self, where: str) -> None:
        super().__init__(where)
        self.where = where


def join_organisation(
    store: Store, location: Location, *, secret: str, worker: str
) -> tuple[SetupResult, str | None]:
    """Join the organisation at ``location`` as ``worker``; the result and the id of the
    worker now current at this workstation."""
    if not root_exists(location, ORG_FILE):
        raise NothingToJoin(location.where)
    result = setup_org(store, location, worker=worker, secret=secret)
    if worker:
        use_worker(store, worker)
    return result, store.local("worker_id")


def set_up_organisation(store: Store, location: Location, *, worker: str | None) -> SetupResult:
    """Create the organisation's root at ``location`` (empty), or join it as ``worker``, who
    then becomes this workstation's worker."""
    result = setup_org(store, location, worker=worker)
    if worker:
        use_worker(store, worker)
    return result


def set_up_network(
    store: Store, location: Location, *, coordinator: bool, network_name: str | None
) -> SetupResult:
    """Create the network's root at ``location`` (``coordinator``), or ask to join it."""
    return setup_network(store, location, coordinator=coordinator, network_name=network_name)


def shared_now(store: Store, lang: str) -> tuple[Charter, list[SharedTable]]:
    """The charter in force (the default one before the network's) and what it lets leave."""
    charter = charter_in_force(store) or DEFAULT_CHARTER
    with store.reading() as conn:
        org_id = conn.execute(
            sa.select(local_state.c.value).where(local_state.c.key == "organisation_id")
        ).scalar_one_or_none()
        return charter, what_we_share(conn, org_id or "", charter, lang)
