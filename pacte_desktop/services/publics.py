"""Partners' publics: the aggregate profile each partner publishes, a search across them, and
the preview of the profile this organisation publishes.

The rules (docs/sync.md "Partners' publics"):

- A partner's profile counts its active candidates by skill, language, qualification level,
  residence in Saint-Gilles and availability, each part on its own; a count under 5 is left out
  (shown "< 5") and the total is a band. Profiles of organisations that have not upgraded carry
  three parts and an exact total: they are read too, the missing parts empty, the total banded.
- The search ("who has candidates with Dutch and English and a bachelor's degree?") works from
  those marginals only, since nothing else is published: a partner *may have* such candidates
  when every criterion asked is counted (5 or more); the counts are shown criterion by
  criterion, and at most the smallest of them match all the criteria at once (maybe none: a
  marginal says nothing about the combination). A qualification level counts the candidates of
  that level or a higher one (a master's holder has a bachelor's degree); an availability counts
  the candidates available by then (available now counts within a month too). The partners are
  listed by that upper bound, largest first.
- :func:`own_profile` is what the sharing screen previews: the profile partners hold after the
  next network pass, which is the last one published while fewer than 5 candidates joined, left
  or changed since (``sync/network_outgoing.py``).

All read the store: the interface runs them off the GUI thread.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Final

from pacte_desktop.domain import entities
from pacte_desktop.domain.errors import ValidationError
from pacte_desktop.store.database import Store
from pacte_desktop.sync import charter as charters
from pacte_desktop.sync.network_ops import LEGACY_PROFILE_FIELD, PROFILE, PROFILE_FIELD
from pacte_desktop.sync.network_outgoing import profile_state
from pacte_desktop.sync.network_records import network_records
from pacte_desktop.sync.state import LocalState

PARTS: Final = charters.PROFILE_PARTS
THRESHOLD: Final = charters.PROFILE_THRESHOLD
#: Availabilities from the soonest; "not available" is never "available by then".
AVAILABLE_BY: Final = tuple(a for a in entities.AVAILABILITIES if a != "not-available")


@dataclass(frozen=True)
class PartnerProfile:
    """One partner's published profile: its parts (value -> count, counts under 5 left out)
    and its total band."""

    org_id: str
    organisation: str
    parts: Mapping[str, Mapping[str, int]]
    total: str

    def count(self, part: str, value: str) -> int | None:
        """The published count of ``value`` in ``part``; None when under 5 (left out)."""
        return self.parts.get(part, {}).get(value)

    def to_json(self) -> dict[str, Any]:
        return {
            "organisation_id": self.org_id,
            "organisation": self.organisation,
            **{part: dict(self.parts.get(part, {})) for part in PARTS},
            "total": self.total,
        }


@dataclass(frozen=True)
class Profiles:
    """The partners' profiles received here; ``joined``: this workstation is in a network."""

    profiles: list[PartnerProfile]
    joined: bool


def _normalised(data: Mapping[str, Any]) -> tuple[dict[str, dict[str, int]], str] | None:
    """A received profile in the current shape (an earlier one completed), or None."""
    profile = data.get(PROFILE_FIELD)
    if not isinstance(profile, dict):
        profile = data.get(LEGACY_PROFILE_FIELD)
    if not isinstance(profile, dict):
        return None
    parts = {
        part: {str(k): v for k, v in (profile.get(part) or {}).items() if type(v) is int}
        for part in PARTS
    }
    total = profile.get("total")
    if type(total) is int:
        total = charters.total_band(total)
    if not isinstance(total, str):
        return None
    # Earlier versions published any threshold: never show a count under this one.
    parts = {p: {k: v for k, v in c.items() if v >= THRESHOLD} for p, c in parts.items()}
    return parts, total


def partner_profiles(store: Store) -> list[PartnerProfile]:
    """Each admitted partner's latest profile, by organisation name."""
    found = []
    for record in network_records(store, PROFILE):
        shaped = _normalised(record)
        if shaped is None:
            continue
        parts, total = shaped
        found.append(
            PartnerProfile(
                org_id=str(record["organisation_id"]),
                organisation=str(record["organisation"]),
                parts=parts,
                total=total,
            )
        )
    return sorted(found, key=lambda p: (p.organisation.casefold(), p.org_id))


def profiles(store: Store) -> Profiles:
    return Profiles(partner_profiles(store), LocalState(store).configured("network"))


# --- the search --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Criteria:
    """What a search asks: every language, every skill, a qualification level or higher,
    residence in Saint-Gilles, available by then."""

    languages: tuple[str, ...] = ()
    skills: tuple[str, ...] = ()
    qualification: str | None = None
    resident: bool = False
    availability: str | None = None

    def __post_init__(self) -> None:
        for code in self.languages:
            if code not in entities.LANGUAGE_CODES:
                raise ValidationError(
                    "languages", "choice", value=code, choices=", ".join(entities.LANGUAGE_CODES)
                )
        if self.qualification is not None and self.qualification not in entities.QUALIFICATIONS:
            raise ValidationError(
                "qualification",
                "choice",
                value=self.qualification,
                choices=", ".join(entities.QUALIFICATIONS),
            )
        if self.availability is not None and self.availability not in AVAILABLE_BY:
            raise ValidationError(
                "availability", "choice", value=self.availability, choices=", ".join(AVAILABLE_BY)
            )

    def asked(self) -> list[tuple[str, str]]:
        """Each criterion as ``(part, value)``, in the order they are shown."""
        out = [("languages", code) for code in dict.fromkeys(self.languages)]
        out += [
            ("skills", skill) for skill in dict.fromkeys(s.strip() for s in self.skills) if skill
        ]
        if self.qualification is not None:
            out.append(("qualifications", self.qualification))
        if self.resident:
            out.append(("residence", charters.SAINT_GILLES))
        if self.availability is not None:
            out.append(("availability", self.availability))
        return out


def _criterion_count(profile: PartnerProfile, part: str, value: str) -> int | None:
    """The candidates a partner's profile counts for one criterion (None: under 5 or none)."""
    cells = profile.parts.get(part, {})
    if part == "qualifications":
        levels = entities.QUALIFICATIONS[entities.QUALIFICATIONS.index(value) :]
        counted = [cells[level] for level in levels if level in cells]
        return sum(counted) if counted else None
    if part == "availability":
        soon = AVAILABLE_BY[: AVAILABLE_BY.index(value) + 1]
        counted = [cells[a] for a in soon if a in cells]
        return sum(counted) if counted else None
    if part == "skills":
        wanted = value.casefold()
        counted = [n for name, n in cells.items() if name.casefold() == wanted]
        return max(counted) if counted else None
    return cells.get(value)


@dataclass(frozen=True)
class Match:
    """A partner that may have candidates meeting every criterion: each criterion's count and
    the most that can meet them all (the smallest count)."""

    profile: PartnerProfile
    counts: list[tuple[str, str, int]] = field(default_factory=list)

    @property
    def at_most(self) -> int | None:
        return min((n for _, _, n in self.counts), default=None)

    def to_json(self) -> dict[str, Any]:
        return {
            "organisation_id": self.profile.org_id,
            "organisation": self.profile.organisation,
            "total": self.profile.total,
            "criteria": [{"part": p, "value": v, "count": n} for p, v, n in self.counts],
            "at_most": self.at_most,
        }


def who(store: Store, criteria: Criteria) -> list[Match]:
    """The partners whose profile counts every criterion (5 or more each), largest first."""
    return who_among(partner_profiles(store), criteria)


def who_among(found: Iterable[PartnerProfile], criteria: Criteria) -> list[Match]:
    asked = criteria.asked()
    matches = []
    for profile in found:
        counts = []
        for part, value in asked:
            n = _criterion_count(profile, part, value)
            if n is None:
                break
            counts.append((part, value, n))
        else:
            if asked or charters.band_limits(profile.total) != (0, THRESHOLD - 1):
                matches.append(Match(profile, counts))
    return sorted(matches, key=lambda m: (-(m.at_most or 0), m.profile.organisation.casefold()))


# --- our own profile ---------------------------------------------------------------------------


@dataclass(frozen=True)
class OwnProfile:
    """The profile partners hold after this organisation's next network pass, the one its
    candidates make now, and how many candidates joined, left or changed since the last one
    published (None: none published yet; fewer than 5: the last one stays)."""

    outgoing: Mapping[str, Any]
    current: Mapping[str, Any]
    published: Mapping[str, Any] | None
    changes: int | None
    due: bool

    @property
    def sent(self) -> bool:
        """Whether partners already hold :attr:`outgoing` (nothing new leaves)."""
        return self.published is not None and dict(self.published) == dict(self.outgoing)

    @property
    def waiting(self) -> int:
        """Candidates still to join, leave or change before a new profile leaves (0: it will
        leave, or nothing changed since the last one)."""
        if self.due or not self.changes:
            return 0
        return charters.PROFILE_MIN_CHANGE - self.changes


def own_profile(store: Store) -> OwnProfile:
    org_id = store.local("organisation_id") or ""
    with store.reading() as conn:
        state = profile_state(conn, org_id)
    return OwnProfile(
        outgoing=state.outgoing,
        current=state.current,
        published=state.published,
        changes=state.changes,
        due=state.due,
    )
