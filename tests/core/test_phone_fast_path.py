"""The Belgian fast path of ``contact_rules.phone`` agrees with phonenumbers, input by input."""

from __future__ import annotations

import random

import phonenumbers
import pytest

from pacte_desktop.domain import contact_rules as rules
from pacte_desktop.domain.errors import ValidationError


def _reference(value: str, region: str = "BE") -> str | None:
    """What phonenumbers alone says: the E.164 form, or None when the number is refused."""
    try:
        number = phonenumbers.parse(value, region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def _ours(value: str) -> str | None:
    try:
        return rules.phone(value)
    except ValidationError:
        return None


def _spellings(rng: random.Random, nsn: str) -> list[str]:
    """Ways people write a Belgian number, with separators in random places."""

    def spaced(digits: str, seps: str = " ./-") -> str:
        out = []
        for i, d in enumerate(digits):
            if i and rng.random() < 0.35:
                out.append(rng.choice(seps) * rng.choice((1, 1, 1, 2)))
            out.append(d)
        return "".join(out)

    national = "0" + nsn
    return [
        national,
        spaced(national),
        "+32" + nsn,
        "+32 " + spaced(nsn),
        "0032" + nsn,
        "0032 " + spaced(nsn),
        spaced("0032" + nsn),
        "+32 0" + nsn,  # national prefix after the country code
        "+32 (0)" + nsn,
        "(0" + nsn[:1] + ") " + nsn[1:],
        "-" + national,
        national + "-",
        " " + national + " ",
        "+ 32 " + nsn,
        "00 32 " + nsn,
        "32" + nsn,
        nsn,
        "0" + national,
        "+320" + nsn,
        national + "0",
        national[:-1],
        "tel " + national,
        national + " ext 12",
        national + "#",
        "0" + nsn[:3] + "," + nsn[3:],
        "+33" + nsn,
    ]


def test_fast_path_agrees_with_phonenumbers_on_random_numbers() -> None:
    rng = random.Random(20260127)
    accepted = fast = 0
    for _ in range(2000):
        length = rng.choice((6, 7, 8, 8, 8, 9, 9, 10))
        first = rng.choice("123456789")
        nsn = first + "".join(rng.choice("0123456789") for _ in range(length - 1))
        for value in _spellings(rng, nsn):
            expected = _reference(value)
            assert _ours(value) == expected, value
            if expected is not None:
                accepted += 1
                fast += rules._be_fast(value.strip()) is not None
    # The comparison means something: many valid numbers, most through the fast path.
    assert accepted > 6_000
    assert fast > 4_500


@pytest.mark.parametrize(
    "value",
    [
        "02/537.12.34",
        "02 537 12 34",
        "02-537-12-34",
        "0475 12 34 56",
        "0475/12.34.56",
        "+32 2 537 12 34",
        "+32 475 12 34 56",
        "0032 2 537 12 34",
        "0032475123456",
        "+32 (0)2 537 12 34",
        "+32 02 537 12 34",
        "010 12 34 56",
        "0800 12 345",
        "0900 12 345",
        "078 15 15 15",
        "070 22 33 44",
        "04 12 34 56 78",
        "0412 34 56 78",
        "09 123 45 67",
        "090 12 34 56",
        "+33 1 42 68 53 00",
        "0033 1 42 68 53 00",
        "+32",
        "0",
        "",
        "02 536",
        "0470 12 34 56 78 90",
        "０２ ５３７ １２ ３４",  # full-width digits: phonenumbers reads them
        "02 537 12 34 x 12",
    ],
)
def test_real_world_spellings_agree_with_phonenumbers(value: str) -> None:
    assert _ours(value) == _reference(value)


def test_fast_path_takes_the_plain_belgian_spellings() -> None:
    for value in ("02/537.12.34", "0475 12 34 56", "+32 2 537 12 34", "0032 475 12 34 56"):
        assert rules._be_fast(value) == _reference(value)
    for value in ("+32 (0)2 537 12 34", "+33 1 42 68 53 00", "0412 34 56 78"):
        assert rules._be_fast(value) is None
