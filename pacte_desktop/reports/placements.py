"""The placement report for funders: its figures and texts, which both formats share.

A placement belongs to the period when its start date falls in it (both ends included). The
figures count placements by type, by the employer's sector (from its NACE code), by the
candidate's residence (Saint-Gilles or elsewhere) and by the result of the 3- and 6-month
checks. Candidates appear only by their pseudonymous code, never by name: a
:class:`PlacementRow` has no field for a name or a note.

This module is the model: :func:`figures_of` computes the figures from the rows its caller read
(:func:`pacte_desktop.services.reports.placement_figures`); the writers
(:mod:`~pacte_desktop.reports.placements_pdf`, :mod:`~pacte_desktop.reports.placements_xlsx`)
import it, and it imports neither of them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from pacte_desktop.domain import messages, nace
from pacte_desktop.domain.entities import CHECK_RESULTS, PLACEMENT_TYPES
from pacte_desktop.domain.errors import ValidationError
from pacte_desktop.domain.placement_checks import check_due

SAINT_GILLES_NAMES = frozenset({"saint-gilles", "sint-gillis", "saint gilles", "sint gillis"})
SAINT_GILLES_POSTCODE = "1060"
UNKNOWN_SECTOR = "unknown-sector"


def text(key: str, lang: str, **params: object) -> str:
    template = messages.pick(messages.PLACEMENT_REPORT_TEXTS, key, lang)
    return template.format(**params) if params else template


def language(lang: str | None) -> str:
    """The report's language: ``lang``, or the interface's; refused when not FR, NL or EN."""
    chosen = lang or messages.current_language()
    if chosen not in messages.LANGUAGES:
        raise ValidationError(
            "language", "choice", value=chosen, choices=", ".join(messages.LANGUAGES)
        )
    return chosen


@dataclass(frozen=True)
class PlacementRow:
    """One placement as the report lists it: a pseudonymous code, never a name."""

    candidate_code: str
    employer: str
    employer_nl: str | None
    sector: str  # a key of nace.SECTORS, or UNKNOWN_SECTOR
    placement_type: str
    start_date: date
    end_date: date | None
    outcome: str
    check_3m: str
    check_6m: str
    saint_gilles_resident: bool
    #: The partner organisation that proposed the candidate (its name), when the placement was
    #: made through the network; None otherwise.
    proposed_by: str | None = None

    def employer_name(self, lang: str) -> str:
        return self.employer_nl if lang == "nl" and self.employer_nl else self.employer


@dataclass(frozen=True)
class CheckFigures:
    """The results of one follow-up check (3 or 6 months) over the period's placements."""

    employed: int
    not_employed: int
    unknown: int
    overdue: int  # still pending although the check date has passed
    not_yet_due: int

    @property
    def recorded(self) -> int:
        """Checks whose result is recorded: the denominator of the employment rate."""
        return self.employed + self.not_employed + self.unknown

    @property
    def rate(self) -> float | None:
        return self.employed / self.recorded if self.recorded else None


@dataclass(frozen=True)
class PlacementFigures:
    organisation: str
    organisation_nl: str | None
    start: date
    end: date
    produced_on: date
    total: int
    by_type: tuple[tuple[str, int], ...]  # every placement type, in the domain's order
    by_sector: tuple[tuple[str, int], ...]  # sectors met, most placements first
    residents: int
    non_residents: int
    check_3m: CheckFigures
    check_6m: CheckFigures
    rows: tuple[PlacementRow, ...]
    #: Placements made through the network, by the partner that proposed the candidate (most
    #: first); empty when none.
    through_network: tuple[tuple[str, int], ...] = ()

    @property
    def network_total(self) -> int:
        return sum(n for _, n in self.through_network)

    def organisation_name(self, lang: str) -> str:
        return self.organisation_nl if lang == "nl" and self.organisation_nl else self.organisation

    def type_count(self, placement_type: str) -> int:
        return dict(self.by_type)[placement_type]


def check_period(start: date, end: date) -> None:
    """Refuse a period that ends before it starts (the domain's ``end_before_start``)."""
    if end < start:
        raise ValidationError(
            "end_date", "end_before_start", start=start.isoformat(), end=end.isoformat()
        )


def is_resident(flag: object, commune: str | None) -> bool:
    """Saint-Gilles resident: flagged so, or living in a commune named or numbered 1060."""
    if flag:
        return True
    if not commune:
        return False
    value = commune.strip().lower()
    return value in SAINT_GILLES_NAMES or value == SAINT_GILLES_POSTCODE


def _checks(rows: Sequence[PlacementRow], months: int, today: date) -> CheckFigures:
    results: Counter[str] = Counter()
    overdue = not_yet_due = 0
    for row in rows:
        result = row.check_3m if months == 3 else row.check_6m
        if result == "pending":
            if check_due(row.start_date, result, months, today):
                overdue += 1
            else:
                not_yet_due += 1
        else:
            results[result] += 1
    return CheckFigures(
        employed=results["employed"],
        not_employed=results["not-employed"],
        unknown=results["unknown"],
        overdue=overdue,
        not_yet_due=not_yet_due,
    )


def figures_of(
    rows: Sequence[PlacementRow],
    *,
    organisation: str,
    organisation_nl: str | None,
    start: date,
    end: date,
    today: date,
) -> PlacementFigures:
    """The figures of ``rows``, the placements of ``start``..``end`` in the list's order.

    A pending check is overdue from ``today`` on.
    """
    types = Counter(r.placement_type for r in rows)
    sectors = Counter(r.sector for r in rows)
    sector_order = [*nace.SECTORS, UNKNOWN_SECTOR]
    residents = sum(1 for r in rows if r.saint_gilles_resident)
    partners = Counter(r.proposed_by for r in rows if r.proposed_by)
    return PlacementFigures(
        organisation=organisation,
        organisation_nl=organisation_nl,
        start=start,
        end=end,
        produced_on=today,
        total=len(rows),
        by_type=tuple((t, types[t]) for t in PLACEMENT_TYPES),
        by_sector=tuple(
            sorted(sectors.items(), key=lambda item: (-item[1], sector_order.index(item[0])))
        ),
        residents=residents,
        non_residents=len(rows) - residents,
        check_3m=_checks(rows, 3, today),
        check_6m=_checks(rows, 6, today),
        rows=tuple(rows),
        through_network=tuple(sorted(partners.items(), key=lambda item: (-item[1], item[0]))),
    )


def sector_name(key: str, lang: str) -> str:
    return text(UNKNOWN_SECTOR, lang) if key == UNKNOWN_SECTOR else nace.sector_label(key, lang)


def format_date(day: date | None, lang: str) -> str:
    if day is None:
        return ""
    return day.isoformat() if lang == "en" else day.strftime("%d/%m/%Y")


def percent(part: int, whole: int, lang: str) -> str:
    if not whole:
        return "–"
    value = f"{100 * part / whole:.1f}"
    return (value if lang == "en" else value.replace(".", ",")) + " %"


def _check_label(result: str, lang: str) -> str:
    assert result in CHECK_RESULTS, result
    return messages.choice_label(result, lang)


def labelled_types(figures: PlacementFigures, lang: str) -> list[tuple[str, str, int]]:
    """(code, label, count) for every placement type."""
    return [(code, messages.choice_label(code, lang), n) for code, n in figures.by_type]


def labelled_sectors(figures: PlacementFigures, lang: str) -> list[tuple[str, str, int]]:
    return [(key, sector_name(key, lang), n) for key, n in figures.by_sector]


def row_cells(row: PlacementRow, lang: str) -> list[Any]:
    """The list's columns for one placement, as typed values (dates stay dates)."""
    return [
        row.candidate_code,
        row.employer_name(lang),
        messages.choice_label(row.placement_type, lang),
        sector_name(row.sector, lang),
        row.start_date,
        row.end_date,
        messages.choice_label(row.outcome, lang),
        _check_label(row.check_3m, lang),
        _check_label(row.check_6m, lang),
        text("residents" if row.saint_gilles_resident else "non_residents", lang),
    ]


def list_headers(lang: str) -> list[str]:
    label = messages.field_label
    return [
        label("candidate_code", lang),
        label("employer", lang),
        label("placement_type", lang),
        label("sector", lang),
        label("start_date", lang),
        label("end_date", lang),
        label("outcome", lang),
        label("check_3m", lang),
        label("check_6m", lang),
        text("residence", lang),
    ]
