"""The sharing charter as this workstation holds it: the charter in force, what this organisation
publishes under it, and the coordinator publishing a new version.

The charter in force is the newest valid one the last network pass read (signed by the
coordinator); before a network is set up, the default charter. An organisation may publish less
than the charter, never more: the fields it withholds (setting ``sharing.withhold``) are taken
out (:func:`narrowed`).
"""

from __future__ import annotations

import json

from pacte_desktop.domain.errors import PacteError
from pacte_desktop.store.database import Store
from pacte_desktop.sync import charter as charters
from pacte_desktop.sync import membership
from pacte_desktop.sync.location import close_transport
from pacte_desktop.sync.roots import write_json
from pacte_desktop.sync.state import LocalState


def narrowed(charter: charters.Charter, withheld: str) -> charters.Charter:
    """``charter`` less the fields this organisation withholds (``table.field,…``): an
    organisation may publish less than the charter, never more."""
    if not withheld:
        return charter
    fields = {t: set(charter.allowed(t)) for t in charters.TABLES}
    for name in withheld.split(","):
        table, _, field_name = name.partition(".")
        fields.get(table, set()).discard(field_name)
    return charters.Charter(
        version=charter.version, issued_at=charter.issued_at, issuer=charter.issuer, fields=fields
    )


def effective_charter(store: Store) -> charters.Charter:
    """What this organisation publishes: the charter in force (the default one before a
    network is set up), less the fields it withholds."""
    return narrowed(
        charter_in_force(store) or charters.DEFAULT_CHARTER, store.setting("sharing.withhold")
    )


def charter_in_force(store: Store) -> charters.Charter | None:
    text = LocalState(store).get("network.charter")
    return charters.from_document(json.loads(text)) if text else None


def publish_charter(store: Store, new: charters.Charter) -> str:
    """The coordinator publishes a new charter version (receivers purge what it removes,
    publishers backfill what it adds on their next pass)."""
    state = LocalState(store)
    key = membership.coordinator_key(store)
    location = state.location("network")
    if key is None or location is None:
        raise PacteError("network", "network_coordinator")
    transport = location.open()
    try:
        name = charters.charter_filename(new.version)
        write_json(transport, name, charters.sign_charter(new, key))
    finally:
        close_transport(transport)
    return name
