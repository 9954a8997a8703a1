"""The partner network as the Network view shows it: partners' employers and the members.

- :func:`partner_records` reads the partners' employers this workstation received (of the
  admitted organisations only), each with its organisation and latest contact, and whether
  this workstation has joined a network at all (an empty list means different things);
  :func:`partner_list` the records alone (the command line).
- :func:`members` reads the network's organisations as the last pass left them (admitted,
  pending, removed) and whether this workstation coordinates the network; :func:`member_list`
  the organisations alone (the command line, which reads no key for it).
- :func:`admit` and :func:`remove` are the coordinator's decisions; admitting checks that the
  key is still the one whose fingerprint the coordinator was shown (the window always shows
  it; the command line prints the fingerprints with ``pacte network members``).

All read or write the store: the interface runs them on its runner, off the GUI thread.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

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

if TYPE_CHECKING:  # the grouping (and its matching) is imported when first used
    from pacte_desktop.services.network_groups import NetworkEmployers

__all__ = [
    "ADMITTED",
    "PENDING",
    "REMOVED",
    "Member",
    "Members",
    "PartnerRecords",
    "admit",
    "member_list",
    "members",
    "partner_employers",
    "partner_list",
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


def partner_list(store: Store) -> list[dict[str, Any]]:
    """The partners' employers received here, each with its organisation and latest contact."""
    return network_records(store)


@dataclass(frozen=True)
class Members:
    """The network's organisations; ``coordinator``: this workstation may admit and remove."""

    members: list[Member]
    coordinator: bool


def members(store: Store) -> Members:
    return Members(network_members(store), can_coordinate(store))


def member_list(store: Store) -> list[Member]:
    """The network's organisations as the last pass left them."""
    return network_members(store)


def admit(store: Store, org_id: str, fingerprint: str | None = None) -> Member:
    """Admit ``org_id`` (its id, an id prefix or its name) with the key of that
    ``fingerprint`` (refused if it changed since; None: the key its request asserts now)."""
    return admit_member(store, org_id, fingerprint=fingerprint)


def remove(store: Store, org_id: str) -> Member:
    """Remove ``org_id`` from the network: its partners stop reading it and drop its records."""
    return remove_member(store, org_id)


def partner_employers(store: Store) -> NetworkEmployers:
    """The Network view's employers, grouped (``services/network_groups.py``); outside a
    network nothing is computed (the grouping reads every employer's keys: seconds on a
    directory of 100,000 at its first call)."""
    from pacte_desktop.services.network_groups import NetworkEmployers, network_employers

    if not LocalState(store).configured("network"):
        return NetworkEmployers([], joined=False)
    return network_employers(store)
