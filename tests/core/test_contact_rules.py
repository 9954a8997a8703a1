"""Contact channels and addresses: phone, email, website, postcode, NACE-BEL code."""

from __future__ import annotations

import pytest

from pacte_desktop.domain import contact_rules as rules
from pacte_desktop.domain.errors import ValidationError


def _error(func, value: str, **kwargs) -> ValidationError:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError) as info:
        func(value, **kwargs)
    return info.value


# --- phone ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "e164"),
    [
        ("02 536 12 34", "+3225361234"),
        ("02/536.12.34", "+3225361234"),
        ("+32 2 536 12 34", "+3225361234"),
        ("0032 2 536 12 34", "+3225361234"),
        ("0470 12 34 56", "+32470123456"),
        ("+32470123456", "+32470123456"),
        ("+33 1 42 68 53 00", "+33142685300"),  # French number keeps its country code
    ],
)
def test_phone_numbers_are_stored_in_e164(raw: str, e164: str) -> None:
    assert rules.phone(raw) == e164


@pytest.mark.parametrize(
    "raw", ["abc", "hello world", "", "12", "02 536", "+32 2", "0470 12 34 56 78 90", "+32"]
)
def test_garbage_and_short_phone_numbers_are_rejected(raw: str) -> None:
    err = _error(rules.phone, raw)
    assert err.code == "phone"
    assert err.field == "phone"


def test_phone_error_uses_given_field() -> None:
    assert _error(rules.phone, "12", field="contact_phone").field == "contact_phone"


def test_phone_region_defaults_to_belgium_but_can_change() -> None:
    # A national French number without a country code is not a valid Belgian number.
    assert _error(rules.phone, "01 42 68 53 00").code == "phone"
    assert rules.phone("01 42 68 53 00", region="FR") == "+33142685300"


@pytest.mark.parametrize(
    ("e164", "shown"),
    [
        ("+3225361234", "02 536 12 34"),
        ("+32470123456", "0470 12 34 56"),
        ("+33142685300", "+33 1 42 68 53 00"),
    ],
)
def test_format_phone_national_for_belgium_international_otherwise(e164: str, shown: str) -> None:
    assert rules.format_phone(e164) == shown
    assert rules.phone(shown) == e164  # what is shown can be typed back


# --- email ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "stored"),
    [
        ("info@example.be", "info@example.be"),
        ("Jean.Dupont@Example.BE", "Jean.Dupont@example.be"),  # only the domain is lower-cased
        ("  emploi@stgilles.brussels  ", "emploi@stgilles.brussels"),
        ("first+tag@sub.example.co.uk", "first+tag@sub.example.co.uk"),
        ("o'brien@cpas-1060.be", "o'brien@cpas-1060.be"),
    ],
)
def test_valid_emails(raw: str, stored: str) -> None:
    assert rules.email(raw) == stored


@pytest.mark.parametrize(
    "raw",
    [
        "example.be",  # no @
        "a@@example.be",
        "a@b@example.be",  # two @
        "a@localhost",  # no dot in domain
        "jean dupont@example.be",  # space in local part
        "jean@exa mple.be",  # space in domain
        "",
        "@example.be",
        "a@",
        "a@-example.be",
        "a@example..be",
        "a" * 250 + "@example.be",  # longer than 254
    ],
)
def test_invalid_emails(raw: str) -> None:
    err = _error(rules.email, raw)
    assert err.code == "email"
    assert err.field == "email"


# --- website -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "stored"),
    [
        ("example.be", "https://example.be"),
        ("  example.be  ", "https://example.be"),
        ("www.stgilles.brussels/emploi", "https://www.stgilles.brussels/emploi"),
        ("http://x.example/path", "http://x.example/path"),
        ("https://example.be:8443/a?b=c#d", "https://example.be:8443/a?b=c#d"),
        ("HTTPS://Example.be", "HTTPS://Example.be"),  # a scheme in capitals is not doubled
    ],
)
def test_valid_websites(raw: str, stored: str) -> None:
    assert rules.website(raw) == stored


@pytest.mark.parametrize(
    "raw",
    [
        "not a site",
        "http://",
        "https://",
        "",
        "example",
        "ftp://example.be",
        "http://exa mple.be",
        "http://-example.be",
        "http\u017f://example.be",
    ],  # long s folds to "s" only under Unicode case-folding
)
def test_invalid_websites(raw: str) -> None:
    err = _error(rules.website, raw)
    assert err.code == "website"
    assert err.field == "website"


# --- postcode ------------------------------------------------------------------------------


@pytest.mark.parametrize("raw", ["1060", " 1060 ", "1000", "9999", "4000"])
def test_valid_postcodes(raw: str) -> None:
    assert rules.postcode(raw) == raw.strip()


@pytest.mark.parametrize(
    "raw",
    [
        "0999",
        "0000",
        "123",
        "10600",
        "abcd",
        "",
        "10 60",
        "1O60",
        "\uff11\uff10\uff16\uff10",
    ],  # fullwidth digits are not ASCII digits
)
def test_invalid_postcodes(raw: str) -> None:
    err = _error(rules.postcode, raw)
    assert err.code == "postcode"
    assert err.field == "postcode"


# --- NACE-BEL ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "stored"),
    [
        ("56.101", "56101"),
        ("56101", "56101"),
        ("47", "47"),
        ("47.11", "4711"),
        ("47.1", "471"),
        (" 56.101 ", "56101"),
    ],
)
def test_valid_nace_codes(raw: str, stored: str) -> None:
    assert rules.nace(raw) == stored


@pytest.mark.parametrize(
    "raw",
    [
        "5",
        "ABC",
        "56.1012",
        "561012",
        "56..101",
        "56.",
        ".56101",
        "",
        "56-101",
        "\uff15\uff16\uff11\uff10\uff11",
    ],
)
def test_invalid_nace_codes(raw: str) -> None:
    err = _error(rules.nace, raw)
    assert err.code == "nace"
    assert err.field == "nace_code"


@pytest.mark.parametrize(
    ("digits", "shown"), [("56101", "56.101"), ("4711", "47.11"), ("471", "47.1"), ("47", "47")]
)
def test_format_nace(digits: str, shown: str) -> None:
    assert rules.format_nace(digits) == shown
    assert rules.nace(shown) == digits


def test_belgian_numbers_are_laid_out_exactly_as_phonenumbers_does() -> None:
    """format_phone lays out Belgian mobile and geographic numbers itself (a directory of
    thousands formats fast); on any valid number it must agree with phonenumbers."""
    import random

    import phonenumbers

    rng = random.Random(1060)
    checked = 0
    for _ in range(20000):
        digits = str(rng.randrange(10**7, 10**9))
        for candidate in ("+32" + digits, "+324" + digits[:8], "+32" + digits[:8]):
            number = phonenumbers.parse(candidate, "BE")
            if not phonenumbers.is_valid_number(number):
                continue
            checked += 1
            expected = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
            assert rules.format_phone(candidate) == expected, candidate
    assert checked > 10000
