"""The demo's rows: planned volumes, then each entity's rows in stored form, in insert order.

:class:`Builder` draws every value from the pools (:mod:`pacte_desktop.demo.pools`,
:mod:`pacte_desktop.demo.sectors`) with one seeded random generator, so the same seed and day
give the same data (except record ids). It neither reads nor writes the store: the caller
(:mod:`pacte_desktop.demo.fill`) passes the BCE numbers and candidate codes already taken and
inserts the rows. Rows are dicts in stored form (see
:func:`pacte_desktop.store.schema.stored_defaults`): nothing is parsed or validated per row.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import json
import random
import re
import unicodedata
from collections.abc import Iterator, Sequence
from typing import Any

from pacte_desktop.demo.pools import (
    ACCEPTS,
    BILINGUAL_QUALIFIERS,
    BRAND_HEADS,
    BRAND_TAILS,
    CANDIDATE_COMMUNES,
    CANDIDATE_LANGUAGES,
    CHANNELS_WEIGHTED,
    CONTACT_NOTES,
    DURATIONS,
    EMAIL_LOCALS,
    EMPLOYER_LANGUAGES,
    EMPLOYER_NOTES,
    EXTRA_TAGS,
    FAMILY_NAMES,
    FIRST_NAMES,
    FOLLOW_UP_ACTIONS,
    FOLLOW_UP_BUCKETS,
    GENERAL_SKILLS,
    LANDLINE_PREFIXES,
    MOBILE_PREFIXES,
    NEIGHBOURS,
    OPPORTUNITY_KINDS_WEIGHTED,
    OPPORTUNITY_NOTES,
    OUTCOMES,
    PLACE_QUALIFIERS,
    PLACEMENT_TYPES_BY_ACCEPT,
    QUALIFICATIONS_WEIGHTED,
    SAINT_GILLES,
    SAINT_GILLES_SHARE,
    SAINT_GILLES_STREETS,
    SIX_MONTHS,
    SUMMARIES,
    THREE_MONTHS,
    TITLE_BY_KIND,
)
from pacte_desktop.demo.sectors import SECTORS, Sector
from pacte_desktop.domain import bce
from pacte_desktop.domain.entities import (
    Candidate,
    ContactPerson,
    Employer,
    Entity,
    FollowUp,
    Interaction,
    Opportunity,
    Placement,
)
from pacte_desktop.store.ids import new_id
from pacte_desktop.store.schema import stored_defaults

DEMO_DOMAIN = "example"  # RFC 2606 reserves it: no demo address can ever reach anyone
MAX_CANDIDATES = 20_000  # one organisation follows a few thousand people a year, not 50,000
HISTORY_DAYS = 730  # interactions and placements cover the last two years
#: A candidate's availability, picked by its code; about one in five has none recorded.
AVAILABILITY_BY_CODE = ("now", "now", "1-month", "3-months", "not-available", None)


@functools.cache
def slug(text: str, max_len: int = 40) -> str:
    """ASCII, lower-case, hyphen-separated form of a name, usable as a DNS label."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    if len(words) > max_len:
        words = words[:max_len].rsplit("-", 1)[0]
    return words or "demo"


def demo_domain(name: str) -> str:
    """The fictitious domain of an employer: ``brasserie-du-parvis.example``."""
    return f"{slug(name)}.{DEMO_DOMAIN}"


def bce_number(first_eight: int) -> str:
    """The ten digits of the valid BCE number whose first eight digits are ``first_eight``."""
    digits = f"{first_eight:08d}"
    return digits + bce.check_digits(digits)


_json = functools.partial(json.dumps, ensure_ascii=False)


class Builder:
    """Plans the volumes, then yields the rows of each entity in stored form, in insert order.

    The generators share what later ones need (ids, sectors, owners, dates) through lists indexed
    by position, and must be consumed in the order of :meth:`steps`.
    """

    def __init__(
        self,
        rng: random.Random,
        today: dt.date,
        workers: Sequence[str],
        employers: int,
        taken_bce: set[str],
        taken_codes: set[str],
    ) -> None:
        self.rng = rng
        self.today = today.toordinal()
        self.workers = list(workers)
        self.taken_bce = taken_bce
        self.taken_codes = taken_codes
        self.n = employers
        self._iso: dict[int, str] = {}
        self._plan()
        # Filled as the rows are produced.
        self.employer_ids: list[str] = []
        self.accepts_of: list[tuple[str, ...]] = []
        self.owner_of: list[int | None] = []
        self.domain_of: list[str] = []
        self.dutch_of: list[bool] = []
        # (interaction id or None, employer, worker, day of the interaction, due day, bucket)
        self.follow_up_plan: list[tuple[str | None, int, int, int, int, str]] = []
        self.opportunities_of: dict[int, list[tuple[str, str]]] = {}
        self.candidate_ids: list[str] = []
        self.candidate_consent: list[int] = []

    # -- planning ----------------------------------------------------------------------------
    def _plan(self) -> None:
        rng, n = self.rng, self.n
        self.sector_of = rng.choices(range(len(SECTORS)), [s.weight for s in SECTORS], k=n)
        self.status_of = rng.choices(("prospect", "active", "dormant"), (35, 45, 20), k=n)
        self.contacts_of = rng.choices((0, 1, 2, 3), (20, 30, 30, 20), k=n)
        # Active employers see more contact moments and post more offers than prospects.
        attention = {"prospect": 2, "active": 5, "dormant": 1}
        self.attention_cum = list(itertools.accumulate(attention[s] for s in self.status_of))
        n_interactions = 3 * n
        self.interaction_employer = (
            rng.choices(range(n), cum_weights=self.attention_cum, k=n_interactions) if n else []
        )
        self.with_next_action = set(rng.sample(range(n_interactions), round(n_interactions * 0.3)))
        self.standalone_follow_ups = n // 10
        self.opportunity_employer = (
            rng.choices(range(n), cum_weights=self.attention_cum, k=n // 3) if n else []
        )
        self.n_candidates = min(n // 2, MAX_CANDIDATES)
        self.n_placements = n // 3 if self.n_candidates else 0

    @property
    def counts(self) -> dict[str, int]:
        return {
            "employers": self.n,
            "contacts": sum(self.contacts_of),
            "interactions": len(self.interaction_employer),
            "follow_ups": len(self.with_next_action) + self.standalone_follow_ups,
            "opportunities": len(self.opportunity_employer),
            "candidates": self.n_candidates,
            "placements": self.n_placements,
        }

    def steps(self) -> list[tuple[str, type[Entity], Iterator[dict[str, Any]]]]:
        """``(summary field, entity, rows)`` in the order they must be inserted."""
        return [
            ("employers", Employer, self.employers()),
            ("contacts", ContactPerson, self.contacts()),
            ("interactions", Interaction, self.interactions()),
            ("follow_ups", FollowUp, self.follow_ups()),
            ("opportunities", Opportunity, self.opportunities()),
            ("candidates", Candidate, self.candidates()),
            ("placements", Placement, self.placements()),
        ]

    # -- small helpers -----------------------------------------------------------------------
    def iso(self, ordinal: int) -> str:
        text = self._iso.get(ordinal)
        if text is None:
            text = self._iso[ordinal] = dt.date.fromordinal(ordinal).isoformat()
        return text

    def landline(self) -> str:
        return f"{self.rng.choice(LANDLINE_PREFIXES)}{self.rng.randrange(10_000):04d}"

    def mobile(self) -> str:
        return f"{self.rng.choice(MOBILE_PREFIXES)}{self.rng.randrange(1_000_000):06d}"

    def languages(self, table: tuple[tuple[str, float], ...]) -> list[str]:
        random_ = self.rng.random
        return [code for code, chance in table if random_() < chance] or ["fr"]

    def worker_for(self, employer: int) -> int:
        """The employer's owner most of the time, else any colleague."""
        owner = self.owner_of[employer]
        if owner is not None and self.rng.random() < 0.7:
            return owner
        return self.rng.randrange(len(self.workers))

    def new_bce(self) -> str:
        rng = self.rng
        while True:
            # Most enterprise numbers start with 0 (from 0200.000.0xx); those starting with 1 are
            # the recent ones, so only a few employers get one.
            if rng.random() < 0.08:
                number = bce_number(rng.randrange(10_000_000, 10_200_000))
            else:
                number = bce_number(rng.randrange(2_000_000, 10_000_000))
            if number not in self.taken_bce:
                self.taken_bce.add(number)
                return number

    def name(self, sector: Sector) -> tuple[str, str | None, str]:
        """An invented name, its Dutch form when it has one, and a fitting NACE code."""
        rng = self.rng
        shop, shop_nl, nace = rng.choice(sector.shops)
        if sector.key == "public" or (sector.key == "associations" and rng.random() < 0.6):
            qualifier, qualifier_nl = rng.choice(BILINGUAL_QUALIFIERS)
            dutch = shop_nl is not None and rng.random() < sector.bilingual
            return f"{shop} {qualifier}", f"{shop_nl} {qualifier_nl}" if dutch else None, nace
        pattern = rng.random()
        if pattern < 0.35 or sector.key == "associations":
            return f"{shop} {rng.choice(PLACE_QUALIFIERS)}", None, nace
        if pattern < 0.7:
            family = rng.choice(FAMILY_NAMES)
            dutch = shop_nl is not None and rng.random() < sector.bilingual
            return f"{shop} {family}", f"{shop_nl} {family}" if dutch else None, nace
        if pattern < 0.9 and sector.brand_suffixes:
            brand = rng.choice(BRAND_HEADS) + rng.choice(BRAND_TAILS)
            if rng.random() < 0.4:
                brand += rng.choice(BRAND_TAILS)
            suffix = rng.choice(sector.brand_suffixes)
            return f"{brand} {suffix}", None, rng.choice(sector.brand_nace)
        if sector.key == "horeca":
            return f"Chez {rng.choice(FIRST_NAMES)}", None, nace
        first, second = rng.sample(FAMILY_NAMES, 2)
        return f"{first} & {second}", None, nace

    def address(self) -> tuple[str, str, str, str | None, str, str, str]:
        """Street (FR, NL), number, box, postcode, commune (FR, NL)."""
        rng = self.rng
        if rng.random() < SAINT_GILLES_SHARE:
            (postcode, commune, commune_nl), streets = SAINT_GILLES, SAINT_GILLES_STREETS
        else:
            (postcode, commune, commune_nl), streets = rng.choice(NEIGHBOURS)
        street, street_nl = rng.choice(streets)
        number = str(rng.randint(1, 220))
        if rng.random() < 0.05:
            number += rng.choice("AB")
        box = rng.choice(("1", "2", "3", "A", "B", "RC")) if rng.random() < 0.12 else None
        return street, street_nl, number, box, postcode, commune, commune_nl

    def due_date(self, bucket: str) -> int:
        rng, today = self.rng, self.today
        if bucket in ("done", "cancelled"):
            return today - rng.randint(1, HISTORY_DAYS - 30)
        if bucket == "overdue":
            return today - rng.randint(1, 60)
        if bucket == "today":
            return today
        if bucket == "week":
            return today + rng.randint(1, 6)
        return today + rng.randint(7, 90)

    # -- generators --------------------------------------------------------------------------
    def employers(self) -> Iterator[dict[str, Any]]:
        rng, base, n_workers = self.rng, stored_defaults(Employer), len(self.workers)
        for i in range(self.n):
            sector = SECTORS[self.sector_of[i]]
            status = self.status_of[i]
            name, name_nl, nace = self.name(sector)
            street, street_nl, number, box, postcode, commune, commune_nl = self.address()
            domain = demo_domain(name)
            languages = self.languages(EMPLOYER_LANGUAGES)
            tags = [sector.tag] + [tag for tag, chance in EXTRA_TAGS if rng.random() < chance]
            # Prospects have not said yet what they would accept.
            keen = 0.5 if status == "prospect" else 1.0
            accepts = tuple(
                a
                for a, chance in zip(ACCEPTS, sector.accepts, strict=True)
                if rng.random() < chance * keen
            )
            owner = rng.randrange(n_workers) if rng.random() < 0.9 else None
            phone_kind = rng.random()
            employer_id = new_id()
            row = dict(base)
            row.update(
                id=employer_id,
                name=name,
                name_nl=name_nl,
                legal_form=rng.choice(sector.legal_forms),
                bce_number=self.new_bce(),
                nace_code=nace,
                nace_version="2025",
                street=street,
                street_nl=street_nl,
                number=number,
                box=box,
                postcode=postcode,
                commune=commune,
                commune_nl=commune_nl,
                phone=(
                    self.landline()
                    if phone_kind < 0.75
                    else self.mobile()
                    if phone_kind < 0.9
                    else None
                ),
                email=f"{rng.choice(EMAIL_LOCALS)}@{domain}" if rng.random() < 0.85 else None,
                website=f"https://www.{domain}" if rng.random() < 0.6 else None,
                languages=_json(languages),
                size_band=rng.choice(sector.sizes),
                tags=_json(tags),
                accepts=_json(list(accepts)),
                status=status,
                owner_id=self.workers[owner] if owner is not None else None,
                do_not_share=1 if rng.random() < 0.02 else 0,
                notes=rng.choice(EMPLOYER_NOTES) if rng.random() < 0.15 else None,
            )
            self.employer_ids.append(employer_id)
            self.accepts_of.append(accepts)
            self.owner_of.append(owner)
            self.domain_of.append(domain)
            self.dutch_of.append("nl" in languages)
            yield row

    def contacts(self) -> Iterator[dict[str, Any]]:
        rng, base = self.rng, stored_defaults(ContactPerson)
        for i, count in enumerate(self.contacts_of):
            sector = SECTORS[self.sector_of[i]]
            for _ in range(count):
                first, family = rng.choice(FIRST_NAMES), rng.choice(FAMILY_NAMES)
                phone_kind = rng.random()
                if self.dutch_of[i] and rng.random() < 0.4:
                    language = "nl"
                else:
                    language = "en" if rng.random() < 0.05 else "fr"
                row = dict(base)
                row.update(
                    id=new_id(),
                    employer_id=self.employer_ids[i],
                    name=f"{first} {family}",
                    role=rng.choice(sector.roles),
                    phone=(
                        self.mobile()
                        if phone_kind < 0.6
                        else self.landline()
                        if phone_kind < 0.8
                        else None
                    ),
                    email=(
                        f"{slug(first)}.{slug(family)}@{self.domain_of[i]}"
                        if rng.random() < 0.8
                        else None
                    ),
                    preferred_language=language,
                    notes=rng.choice(CONTACT_NOTES) if rng.random() < 0.1 else None,
                )
                yield row

    def interactions(self) -> Iterator[dict[str, Any]]:
        rng, base, today = self.rng, stored_defaults(Interaction), self.today
        oldest = today - HISTORY_DAYS
        for k, i in enumerate(self.interaction_employer):
            sector = SECTORS[self.sector_of[i]]
            worker = self.worker_for(i)
            interaction_id = new_id()
            next_action: str | None = None
            if k in self.with_next_action:
                bucket = rng.choice(FOLLOW_UP_BUCKETS)
                due = self.due_date(bucket)
                day = max(oldest, min(today, due - rng.randint(2, 40)))
                next_action = self.iso(due)
                self.follow_up_plan.append((interaction_id, i, worker, day, due, bucket))
            else:
                day = today - rng.randint(0, HISTORY_DAYS)
            channel = rng.choice(CHANNELS_WEIGHTED)
            row = dict(base)
            row.update(
                id=interaction_id,
                employer_id=self.employer_ids[i],
                worker_id=self.workers[worker],
                date=self.iso(day),
                channel=channel,
                summary=rng.choice(SUMMARIES[channel]).format(job=rng.choice(sector.jobs)[0]),
                outcome=rng.choice(OUTCOMES),
                next_action_date=next_action,
            )
            yield row

    def follow_ups(self) -> Iterator[dict[str, Any]]:
        rng, base, today = self.rng, stored_defaults(FollowUp), self.today
        plan = self.follow_up_plan
        if self.n:
            # Some follow-ups were written without a contact moment ("call back in September").
            for i in rng.choices(
                range(self.n), cum_weights=self.attention_cum, k=self.standalone_follow_ups
            ):
                bucket = rng.choice(FOLLOW_UP_BUCKETS)
                due = self.due_date(bucket)
                plan.append((None, i, self.worker_for(i), min(today, due - 30), due, bucket))
        for interaction_id, i, worker, day, due, bucket in plan:
            sector = SECTORS[self.sector_of[i]]
            done_on = None
            if bucket == "done":
                done_on = self.iso(max(day, min(today, due + rng.randint(-2, 7))))
            row = dict(base)
            row.update(
                id=new_id(),
                employer_id=self.employer_ids[i],
                worker_id=self.workers[worker],
                interaction_id=interaction_id,
                due_date=self.iso(due),
                action=rng.choice(FOLLOW_UP_ACTIONS).format(job=rng.choice(sector.jobs)[0]),
                status={"done": "done", "cancelled": "cancelled"}.get(bucket, "open"),
                done_on=done_on,
            )
            yield row

    def opportunities(self) -> Iterator[dict[str, Any]]:
        rng, base, today = self.rng, stored_defaults(Opportunity), self.today
        for i in self.opportunity_employer:
            sector = SECTORS[self.sector_of[i]]
            # Half the offers name the sector's usual level; the others ask for none or say nothing.
            qualifications = (sector.qualification,) * 10 + (None,) * 7 + ("none",) * 3
            kind = rng.choice(OPPORTUNITY_KINDS_WEIGHTED)
            job, job_skills = rng.choice(sector.jobs)
            languages = self.languages(EMPLOYER_LANGUAGES)
            if kind == "profile-request":
                # The workshop's example: "15 profiles with languages" nobody could answer.
                positions = rng.randint(5, 20)
                languages = sorted(
                    {"fr", rng.choice(("nl", "en", "ar", "es"))} | set(languages),
                    key=[code for code, _ in EMPLOYER_LANGUAGES].index,
                )
                title = (
                    f"Demande de {positions} profils « {job} » avec langues "
                    f"({'/'.join(code.upper() for code in languages)})"
                )
            else:
                positions = 1 if rng.random() < 0.8 else rng.randint(2, 4)
                title = TITLE_BY_KIND[kind].format(job=job)
            start = today + rng.randint(-540, 90)
            span = DURATIONS[kind]
            if kind == "activa" and rng.random() < 0.5:
                span = None  # Activa hires are often open-ended
            end = start + rng.randint(*span) if span else None
            if start > today:
                status = "open"
            elif end is not None and end < today:
                status = "filled" if rng.random() < 0.6 else "closed"
            else:
                status = rng.choice(("open", "open", "open", "filled", "filled", "closed"))
            skills = rng.sample(job_skills, rng.randint(0, len(job_skills)))
            owner = self.worker_for(i)
            offer_id = new_id()
            row = dict(base)
            row.update(
                id=offer_id,
                employer_id=self.employer_ids[i],
                kind=kind,
                title=title,
                positions=positions,
                required_skills=_json(skills),
                languages=_json(languages),
                qualification=rng.choice(qualifications),
                start_date=self.iso(start),
                end_date=self.iso(end) if end is not None else None,
                status=status,
                shared=1 if rng.random() < (0.9 if kind == "profile-request" else 0.3) else 0,
                owner_id=self.workers[owner],
                notes=rng.choice(OPPORTUNITY_NOTES) if rng.random() < 0.15 else None,
            )
            self.opportunities_of.setdefault(i, []).append((offer_id, kind))
            yield row

    def candidates(self) -> Iterator[dict[str, Any]]:
        rng, base, today = self.rng, stored_defaults(Candidate), self.today
        next_number: dict[int, int] = {}
        sector_cum = list(itertools.accumulate(s.weight for s in SECTORS))
        for _ in range(self.n_candidates):
            consent = today - rng.randint(30, 1100)
            year = dt.date.fromordinal(consent).year
            while True:  # codes are unique per store; skip those an earlier demo already used
                next_number[year] = next_number.get(year, 0) + 1
                code = f"SG-{year}-{next_number[year]:04d}"
                if code not in self.taken_codes:
                    break
            sector = SECTORS[rng.choices(range(len(SECTORS)), cum_weights=sector_cum)[0]]
            # Someone trained for one or two of the sector's positions has their skills.
            skills = [
                skill
                for _, job_skills in rng.sample(sector.jobs, rng.randint(1, 2))
                for skill in job_skills
            ]
            if rng.random() < 0.3:
                skills.append(rng.choice(GENERAL_SKILLS))
            commune = rng.choice(CANDIDATE_COMMUNES)
            candidate_id = new_id()
            row = dict(base)
            row.update(
                id=candidate_id,
                code=code,
                skills=_json(list(dict.fromkeys(skills))),
                languages=_json(self.languages(CANDIDATE_LANGUAGES)),
                qualification_level=rng.choice(QUALIFICATIONS_WEIGHTED),
                commune=commune,
                saint_gilles_resident=1 if commune == "Saint-Gilles" else 0,
                # From the code, not the generator: the rest of the demo stays as it was.
                availability=AVAILABILITY_BY_CODE[sum(map(ord, code)) % len(AVAILABILITY_BY_CODE)],
                worker_id=self.workers[rng.randrange(len(self.workers))],
                consent_date=self.iso(consent),
                retention_date=self.iso(consent + rng.choice((1095, 1095, 1825))),
            )
            self.candidate_ids.append(candidate_id)
            self.candidate_consent.append(consent)
            yield row

    def placements(self) -> Iterator[dict[str, Any]]:
        if not self.n_placements:
            return
        rng, base, today = self.rng, stored_defaults(Placement), self.today
        # Placements happen at employers that accept something, more often at active ones.
        hosts = [i for i in range(self.n) if self.accepts_of[i]] or list(range(self.n))
        hosts_cum = list(
            itertools.accumulate(3 if self.status_of[i] == "active" else 1 for i in hosts)
        )
        chosen = rng.choices(hosts, cum_weights=hosts_cum, k=self.n_placements)
        for i in chosen:
            c = rng.randrange(self.n_candidates)
            placement_type = rng.choice(
                PLACEMENT_TYPES_BY_ACCEPT[rng.choice(self.accepts_of[i] or ("hires",))]
            )
            start = rng.randint(max(self.candidate_consent[c], today - HISTORY_DAYS), today)
            end, outcome = self._placement_end(placement_type, start)
            opportunity_id = None
            for offer_id, kind in self.opportunities_of.get(i, ()):
                if kind == placement_type and rng.random() < 0.7:
                    opportunity_id = offer_id
                    break
            row = dict(base)
            row.update(
                id=new_id(),
                candidate_id=self.candidate_ids[c],
                employer_id=self.employer_ids[i],
                opportunity_id=opportunity_id,
                placement_type=placement_type,
                start_date=self.iso(start),
                end_date=self.iso(end) if end is not None else None,
                outcome=outcome,
                check_3m=self._check(start + THREE_MONTHS, end, outcome),
                check_6m=self._check(start + SIX_MONTHS, end, outcome),
                notes="Suivi par le job coach." if rng.random() < 0.05 else None,
            )
            yield row

    def _placement_end(self, placement_type: str, start: int) -> tuple[int | None, str]:
        """End date and outcome, consistent with today: only past placements have finished."""
        rng, today = self.rng, self.today
        span = DURATIONS[placement_type]
        if placement_type == "activa" and rng.random() < 0.5:
            span = None
        if span is None:
            if start < today and rng.random() < 0.2:
                return rng.randint(start, today), "ended-early"
            return None, "ongoing"
        planned_end = start + rng.randint(*span)
        if planned_end > today:
            if start < today and rng.random() < 0.1:
                return rng.randint(start, today), "ended-early"
            return planned_end, "ongoing"
        draw = rng.random()
        if draw < 0.2:
            return rng.randint(start, planned_end), "ended-early"
        if draw < 0.55 and placement_type != "open-ended":
            return planned_end, "hired"
        return planned_end, "completed"

    def _check(self, when: int, end: int | None, outcome: str) -> str:
        """Was the person employed on day ``when``? Pending until that day has come."""
        rng = self.rng
        if when > self.today:
            return "pending"
        if rng.random() < 0.06:
            return "unknown"  # could not be reached
        if end is None or end >= when or outcome == "hired":
            return "employed"
        if outcome == "completed":
            return rng.choice(("employed", "employed", "not-employed", "not-employed", "unknown"))
        return rng.choice(("not-employed",) * 7 + ("unknown",) * 3)
