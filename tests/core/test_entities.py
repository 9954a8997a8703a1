"""Entities: parsing raw values by kind, normalising input, building with cross-field rules."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from pacte_desktop.domain import entities as en
from pacte_desktop.domain.entities import (
    Candidate,
    Employer,
    FieldSpec,
    Interaction,
    Opportunity,
    Placement,
    build,
    normalise,
    parse_value,
)
from pacte_desktop.domain.errors import ValidationError

DATE = FieldSpec("date")
BOOL = FieldSpec("bool")
INT = FieldSpec("int")
LIST = FieldSpec("list", max_len=100)
LANGS = FieldSpec("list", max_len=100, choices=en.LANGUAGE_CODES)
CHOICE = FieldSpec("choice", choices=en.EMPLOYER_STATUSES)
TEXT = FieldSpec("text")


def _error(func, *args) -> ValidationError:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError) as info:
        func(*args)
    return info.value


# --- parse_value by kind -------------------------------------------------------------------


def test_date_from_iso_text_date_and_datetime() -> None:
    assert parse_value("start_date", DATE, "2025-01-31") == dt.date(2025, 1, 31)
    assert parse_value("start_date", DATE, " 2025-01-31 ") == dt.date(2025, 1, 31)
    assert parse_value("start_date", DATE, "31/01/2025") == dt.date(2025, 1, 31)
    assert parse_value("start_date", DATE, "31-1-25") == dt.date(2025, 1, 31)
    assert parse_value("start_date", DATE, dt.date(2024, 2, 29)) == dt.date(2024, 2, 29)
    value = parse_value("start_date", DATE, dt.datetime(2025, 3, 4, 15, 30))
    assert value == dt.date(2025, 3, 4)
    assert type(value) is dt.date


@pytest.mark.parametrize(
    "raw", ["31/04/2025", "2025-02-30", "2025-13-01", "15/13/26", "2025/01/31", "demain", "2025"]
)
def test_bad_dates(raw: str) -> None:
    err = _error(parse_value, "start_date", DATE, raw)
    assert err.code == "date"
    assert err.field == "start_date"
    assert raw in err.message("en")


@pytest.mark.parametrize("raw", ["oui", "OUI", "ja", "Yes", "yes", "true", "1", "o", "j", "y"])
def test_bool_true_words(raw: str) -> None:
    assert parse_value("shared", BOOL, raw) is True


@pytest.mark.parametrize("raw", ["non", "Non", "nee", "no", "false", "0", "n"])
def test_bool_false_words(raw: str) -> None:
    assert parse_value("shared", BOOL, raw) is False


def test_bool_typed_and_empty_values() -> None:
    assert parse_value("shared", BOOL, True) is True
    assert parse_value("shared", BOOL, False) is False
    assert parse_value("shared", BOOL, "") is False
    assert parse_value("shared", BOOL, None) is False


@pytest.mark.parametrize("raw", ["peut-être", "2", "vrai?"])
def test_bool_rejects_other_words(raw: str) -> None:
    err = _error(parse_value, "shared", BOOL, raw)
    assert err.code == "choice"
    assert err.field == "shared"


def test_int_positions() -> None:
    assert parse_value("positions", INT, "3") == 3
    assert parse_value("positions", INT, " 12 ") == 12
    assert parse_value("positions", INT, 1) == 1
    assert parse_value("positions", INT, "") is None


@pytest.mark.parametrize("raw", ["0", "-1", 0, -5, "abc", "2.5", "1e3"])
def test_int_must_be_at_least_one(raw: object) -> None:
    err = _error(parse_value, "positions", INT, raw)
    assert err.code == "positive"
    assert err.field == "positions"


def test_list_splits_strips_drops_empties_and_duplicates() -> None:
    assert parse_value("tags", LIST, "a, b,,a") == ("a", "b")
    assert parse_value("tags", LIST, ["x", " y ", "x", ""]) == ("x", "y")
    assert parse_value("tags", LIST, "") == ()
    assert parse_value("tags", LIST, None) == ()
    assert parse_value("tags", LIST, "  ") == ()


def test_list_with_choices_lowercases_and_rejects_unknown() -> None:
    assert parse_value("languages", LANGS, "FR, nl, fr") == ("fr", "nl")
    err = _error(parse_value, "languages", LANGS, "fr, klingon")
    assert err.code == "choice"
    assert err.field == "languages"
    assert "klingon" in err.message("en")


def test_list_item_too_long() -> None:
    err = _error(parse_value, "tags", LIST, "ok, " + "x" * 101)
    assert err.code == "too_long"
    assert parse_value("tags", LIST, "x" * 100) == ("x" * 100,)


@pytest.mark.parametrize("raw", ["active", "Active", "ACTIVE", " dormant "])
def test_choice_is_case_insensitive(raw: str) -> None:
    assert parse_value("status", CHOICE, raw) == raw.strip().lower()


def test_choice_rejects_unknown_and_lists_the_choices() -> None:
    err = _error(parse_value, "status", CHOICE, "closed")
    assert err.code == "choice"
    assert err.field == "status"
    assert "prospect, active, dormant" in err.message("fr")


@pytest.mark.parametrize(
    "spec", [TEXT, DATE, INT, CHOICE, FieldSpec("ref"), FieldSpec("longtext", max_len=20_000)]
)
@pytest.mark.parametrize("raw", ["", "   ", None])
def test_empty_means_no_value(spec: FieldSpec, raw: object) -> None:
    assert parse_value("x", spec, raw) is None


def test_text_is_stripped_and_checked() -> None:
    assert parse_value("name", TEXT, "  Boulangerie Dupont  ") == "Boulangerie Dupont"
    spec = en.specs(Employer)["bce_number"]
    assert parse_value("bce_number", spec, "BE 0403 019 261") == "0403019261"
    err = _error(parse_value, "bce_number", spec, "0403.019.262")
    assert (err.field, err.code) == ("bce_number", "bce_checksum")


def test_text_too_long() -> None:
    assert parse_value("name", TEXT, "x" * 200) == "x" * 200
    err = _error(normalise, Employer, {"name": "x" * 201})
    assert err.code == "too_long"
    assert err.field == "name"
    assert err.params == {"length": 201, "max": 200}


# --- normalise -----------------------------------------------------------------------------


def test_normalise_refuses_unknown_fields() -> None:
    err = _error(normalise, Employer, {"name": "Acme", "colour": "blue"})
    assert err.code == "unknown_field"
    assert err.field == "colour"


def test_normalise_types_an_employer_form() -> None:
    values = normalise(
        Employer,
        {
            "name": " Boulangerie Dupont ",
            "bce_number": "0403.019.261",
            "nace_code": "56.101",
            "postcode": "1060",
            "phone": "02 536 12 34",
            "email": "Info@Dupont.BE",
            "website": "dupont.be",
            "languages": "FR, NL",
            "accepts": "article60, activa",
            "status": "Active",
            "do_not_share": "oui",
            "tags": "",
        },
    )
    assert values == {
        "name": "Boulangerie Dupont",
        "bce_number": "0403019261",
        "nace_code": "56101",
        "postcode": "1060",
        "phone": "+3225361234",
        "email": "Info@dupont.be",
        "website": "https://dupont.be",
        "languages": ("fr", "nl"),
        "accepts": ("article60", "activa"),
        "status": "active",
        "do_not_share": True,
        "tags": (),
    }


# --- build: required and cross-field rules -------------------------------------------------


def test_build_requires_required_fields() -> None:
    err = _error(build, Employer, {})
    assert err.code == "required"
    assert err.field == "name"
    assert "nom" in err.message("fr")


def test_build_names_the_missing_required_field() -> None:
    values = normalise(
        Interaction,
        {
            "employer_id": "e1",
            "worker_id": "w1",
            "date": "2025-01-31",
            "summary": "Visite",
        },
    )
    err = _error(build, Interaction, values)
    assert (err.code, err.field) == ("required", "channel")
    ok = build(Interaction, {**values, "channel": "visit"})
    assert isinstance(ok, Interaction)
    assert ok.date == dt.date(2025, 1, 31)


def test_build_fills_defaults_and_is_frozen() -> None:
    employer = build(Employer, {"name": "Acme"})
    assert employer.status == "prospect"
    assert employer.languages == ()
    assert employer.do_not_share is False
    assert not employer.archived
    with pytest.raises(dataclasses.FrozenInstanceError):
        employer.name = "Other"  # type: ignore[misc]


def _placement(start: str, end: str | None) -> dict[str, object]:
    raw = {
        "candidate_id": "c1",
        "employer_id": "e1",
        "placement_type": "article60",
        "start_date": start,
    }
    if end is not None:
        raw["end_date"] = end
    return normalise(Placement, raw)


def test_placement_end_before_start() -> None:
    err = _error(build, Placement, _placement("2025-03-01", "2025-02-28"))
    assert err.code == "end_before_start"
    assert err.field == "end_date"
    assert err.params == {"start": "2025-03-01", "end": "2025-02-28"}
    assert "2025-02-28" in err.message("nl")


@pytest.mark.parametrize("end", [None, "2025-03-01", "2026-03-01"])
def test_placement_valid_periods(end: str | None) -> None:
    placement = build(Placement, _placement("2025-03-01", end))
    assert placement.outcome == "ongoing"
    assert placement.check_3m == "pending"


def test_opportunity_end_before_start() -> None:
    base = {"employer_id": "e1", "kind": "activa", "title": "Vendeur·euse"}
    err = _error(
        build,
        Opportunity,
        normalise(Opportunity, {**base, "start_date": "2025-06-01", "end_date": "2025-05-31"}),
    )
    assert (err.code, err.field) == ("end_before_start", "end_date")
    ok = build(
        Opportunity,
        normalise(Opportunity, {**base, "start_date": "2025-06-01", "end_date": "2025-12-01"}),
    )
    assert ok.positions == 1
    # only one bound: nothing to compare
    assert build(Opportunity, normalise(Opportunity, {**base, "end_date": "2020-01-01"}))


def test_candidate_retention_before_consent() -> None:
    base = {"code": "C-001", "worker_id": "w1"}
    err = _error(
        build,
        Candidate,
        normalise(
            Candidate, {**base, "consent_date": "2025-01-10", "retention_date": "2025-01-09"}
        ),
    )
    assert (err.code, err.field) == ("end_before_start", "retention_date")
    ok = build(
        Candidate,
        normalise(
            Candidate, {**base, "consent_date": "2025-01-10", "retention_date": "2027-01-10"}
        ),
    )
    assert ok.retention_date == dt.date(2027, 1, 10)


@pytest.mark.parametrize(
    ("code", "given", "expected"),
    [
        ("56.101", None, "2025"),
        ("4711", None, "2008"),
        ("56101", "2008", "2008"),  # the user's version wins
        ("4711", "2025", "2025"),
        (None, None, None),
    ],
)
def test_employer_nace_version_derived(
    code: str | None, given: str | None, expected: str | None
) -> None:
    raw: dict[str, object] = {"name": "Acme"}
    if code is not None:
        raw["nace_code"] = code
    if given is not None:
        raw["nace_version"] = given
    employer = build(Employer, normalise(Employer, raw))
    assert isinstance(employer, Employer)
    assert employer.nace_version == expected


def test_build_does_not_mutate_the_callers_values() -> None:
    values = normalise(Employer, {"name": "Acme", "nace_code": "56101"})
    build(Employer, values)
    assert "nace_version" not in values


# --- the field catalogue -------------------------------------------------------------------


def test_every_choice_default_is_one_of_its_choices() -> None:
    for cls in en.ENTITIES:
        for f in dataclasses.fields(cls):
            spec = f.metadata["spec"]
            if spec.kind == "choice":
                assert spec.choices, (cls.__name__, f.name)
                if f.default is not None:
                    assert f.default in spec.choices, (cls.__name__, f.name)
                    assert spec.required, (cls.__name__, f.name)


def test_ref_fields_point_to_known_tables() -> None:
    for cls in en.ENTITIES:
        for name, spec in en.specs(cls).items():
            if spec.kind == "ref":
                assert spec.ref in en.BY_TABLE, (cls.__name__, name, spec.ref)


def test_editable_fields_exclude_id_and_archive_mark() -> None:
    fields = en.editable_fields(Employer)
    assert "id" not in fields and "archived_at" not in fields
    assert fields[0] == "name"
    assert en.BY_TABLE["employer"] is Employer
