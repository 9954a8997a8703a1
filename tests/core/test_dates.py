"""Days as people type them (domain/dates.py): day first in every language, or ISO."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pacte_desktop.domain.dates import PIVOT, full_year, parse_day

DAY = dt.date(2026, 12, 15)


@pytest.mark.parametrize(
    "typed",
    [
        "15/12/2026",
        "15/12/26",
        "15-12-2026",
        "15-12-26",
        "15.12.2026",
        "15 12 2026",
        " 15 / 12 / 2026 ",
        "2026-12-15",
    ],
)
def test_every_form_a_caseworker_types_names_the_same_day(typed: str) -> None:
    assert parse_day(typed) == DAY


def test_one_digit_days_and_months() -> None:
    assert parse_day("4/11/26") == dt.date(2026, 11, 4)
    assert parse_day("2026-1-5") == dt.date(2026, 1, 5)


@pytest.mark.parametrize(
    "typed",
    [
        "31/04/2026",
        "29/02/2027",
        "15/13/2026",
        "2026/12/15",
        "12/2026",
        "15/12/2026x",
        "",
        "demain",
    ],
)
def test_what_names_no_day_is_refused(typed: str) -> None:
    with pytest.raises(ValueError):
        parse_day(typed)


def test_two_digit_years_follow_a_fixed_pivot() -> None:
    assert full_year(0) == 2000
    assert full_year(PIVOT) == 2000 + PIVOT
    assert full_year(PIVOT + 1) == 1900 + PIVOT + 1
    assert full_year(99) == 1999
    assert full_year(2026) == 2026
    assert parse_day("29/02/28") == dt.date(2028, 2, 29)


@given(st.dates(min_value=dt.date(1970, 1, 1), max_value=dt.date(2069, 12, 31)))
def test_any_day_written_either_way_reads_back(day: dt.date) -> None:
    assert parse_day(day.isoformat()) == day
    assert parse_day(day.strftime("%d/%m/%Y")) == day
    assert parse_day(day.strftime("%d-%m-%y")) == day
    assert parse_day(f"{day.day}.{day.month}.{day.year}") == day
