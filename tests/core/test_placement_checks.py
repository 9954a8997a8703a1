"""The placement-check rule, defined once in the domain and used by the table and the report."""

from __future__ import annotations

import datetime as dt

from pacte_desktop.domain.dates import as_date
from pacte_desktop.domain.placement_checks import add_months, check_date, check_due


def test_months_are_clamped_to_the_end_of_a_shorter_month() -> None:
    assert add_months(dt.date(2028, 1, 31), 1) == dt.date(2028, 2, 29)
    assert add_months(dt.date(2027, 8, 31), 6) == dt.date(2028, 2, 29)
    assert add_months(dt.date(2027, 12, 15), 3) == dt.date(2028, 3, 15)
    assert add_months(dt.date(2027, 1, 15), -2) == dt.date(2026, 11, 15)


def test_a_check_is_due_from_its_day_while_pending() -> None:
    today = dt.date(2027, 3, 1)
    assert check_due("2026-12-01", "pending", 3, today)
    assert check_due(dt.date(2026, 12, 1), None, 3, today)
    assert not check_due("2026-12-02", "pending", 3, today)
    assert not check_due("2026-06-01", "employed", 6, today)
    assert not check_due("not a date", "pending", 3, today)
    assert check_date("2026-08-31T10:00:00", 6) == dt.date(2027, 2, 28)
    assert as_date(dt.datetime(2027, 3, 1, 9)) == dt.date(2027, 3, 1)


def test_the_report_counts_overdue_checks_with_the_same_rule() -> None:
    from pacte_desktop.reports import placements

    assert placements.check_due is check_due
