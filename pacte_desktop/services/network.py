"""The partner network as the Network view shows it: partners' employers and the members.

- :func:`partner_records` reads the partners' employers this workstation received (of the
  admitted organisations only), each with its organisation and latest contact, and whether
  this workstation has joined a network at all (an empty list means different things).
- :func:`members` reads the network's organisations as the last pass left them (admitted,
  pending, removed) and whether this workstation coordinates the network.
- :func:`admit` and :func:`remove` are the coordinator's decisions; admitting checks that the
  key is still the one whose fingerprint the coordinator was shown.

All read or write the store: the interface runs them on its runner, off the GUI thread.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pacte_desktop.store.database import Store
from pacte_desktop.sync.coordination import (
    admit_member,
    can_coordinate,
    network_members,
    remove_member,
)
from pacte_desktop.sync.membership import ADMITTED, PENDING, REMOVED, Member
from pacte_desktop.sync.network_records import network_records
from pacte_desktop.sync.state import LocalState

__all__ = [
    "ADMITTED",
    "PENDING",
    "REMOVED",
    "Member",
    "Members",
    "PartnerRecords",
    "admit",
    "members",
    "partner_records",
    "remove",
]


@dataclass(frozen=True)
class PartnerRecords:
    """The partners' employers received here; ``joined``: this workstation is in a network."""

    records: list[dict[str, Any]]
    joined: bool


def partner_records(store: Store) -> PartnerRecords:
    return PartnerRecords(network_records(store), LocalState(store).configured("network"))


@dataclass(frozen=True)
class Members:
    """The network's organisations; ``coordinator``: this workstation may admit and remove."""

    members: list[Member]
    coordinator: bool


def members(store: Store) -> Members:
    return Members(network_members(store), can_coordinate(store))


def admit(store: Store, org_id: str, fingerprint: str) -> Member:
    """Admit ``org_id`` with the key of that ``fingerprint`` (refused if it changed since)."""
    return admit_member(store, org_id, fingerprint=fingerprint)


def remove(store: Store, org_id: str) -> Member:
    """Remove ``org_id`` from the network: its partners stop reading it and drop its records."""
    return remove_member(store, org_id)
