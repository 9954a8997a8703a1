"""BCE/KBO numbers: normalisation, formatting, establishment units, errors and the mod-97 check."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from stdnum.be import vat as be_vat

from pacte_desktop.domain import bce
from pacte_desktop.domain.errors import ValidationError

REFERENCE = "0403019261"  # 0403.019.261, a real enterprise number


def _valid(first_eight: str) -> str:
    return first_eight + bce.check_digits(first_eight)


def _code(value: str) -> str:
    with pytest.raises(ValidationError) as info:
        bce.normalise(value)
    assert info.value.field == "bce_number"
    return info.value.code


# --- the reference number -------------------------------------------------------------------


def test_reference_number_satisfies_the_mod_97_rule() -> None:
    # 97 - (04030192 mod 97) must equal 61, the last two digits.
    assert 4030192 % 97 == 36
    assert 97 - 4030192 % 97 == 61
    assert bce.check_digits("04030192") == "61"


@pytest.mark.parametrize(
    "raw",
    [
        "0403.019.261",
        "0403019261",
        "BE0403019261",
        "be0403019261",
        "BE 0403 019 261",
        "BE 0403.019.261",
        "  0403-019-261  ",
        "0403/019/261",
        "403019261",  # nine-digit legacy form
        "403.019.261",
    ],
)
def test_written_forms_normalise_to_ten_digits(raw: str) -> None:
    assert bce.normalise(raw) == REFERENCE


def test_format_number() -> None:
    assert bce.format_number(REFERENCE) == "0403.019.261"
    assert bce.format_number(bce.normalise("BE 0403 019 261")) == "0403.019.261"


def test_compact_strips_prefix_and_separators() -> None:
    assert bce.compact(" be 0403.019-261 ") == "0403019261"


def test_enterprise_number_is_not_an_establishment_unit() -> None:
    assert not bce.is_establishment_unit(REFERENCE)
    one = _valid("12345678")
    assert bce.normalise(one) == one
    assert not bce.is_establishment_unit(one)


# --- establishment units -------------------------------------------------------------------


@pytest.mark.parametrize("first", "2345678")
def test_establishment_units_are_accepted_and_flagged(first: str) -> None:
    number = _valid(first + "1234567")
    assert bce.normalise(bce.format_number(number)) == number
    assert bce.is_establishment_unit(number)
    # stdnum rejects these (docs/domain.md); the module must handle them itself.
    assert not be_vat.is_valid(number)


def test_establishment_unit_with_wrong_check_digits_is_refused() -> None:
    number = _valid("21234567")
    wrong = number[:8] + f"{(int(number[8:]) % 97) + 1:02d}"
    assert wrong != number
    assert _code(wrong) == "bce_checksum"


def test_check_digits_97_when_first_eight_is_a_multiple_of_97() -> None:
    assert bce.check_digits("00000097") == "97"
    assert bce.normalise("0000009797") == "0000009797"
    assert _code("0000009700") == "bce_checksum"


# --- errors --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        ("0403.019.262", "bce_checksum"),
        ("0403.019.216", "bce_checksum"),
        ("403019262", "bce_checksum"),
        ("0403.019.26", "bce_checksum"),  # nine digits: legacy form 0040301926, bad checksum
        ("04030192", "bce_format"),  # eight digits
        ("04030192611", "bce_format"),  # eleven digits
        ("", "bce_format"),
        ("BE", "bce_format"),
        ("0403.O19.261", "bce_format"),  # letter O
        ("ABCDEFGHIJ", "bce_format"),
        ("FR0403019261", "bce_format"),
        ("040301926\u00b2", "bce_format"),  # superscript two: str.isdigit() but not a digit
        ("\uff10\uff14\uff10\uff13\uff10\uff11\uff19\uff12\uff16\uff11", "bce_format"),  # fullwidth
        (_valid("91234567"), "bce_first_digit"),
        ("9123456700", "bce_first_digit"),  # first digit is checked before the checksum
    ],
)
def test_invalid_numbers_raise_with_the_right_code(raw: str, code: str) -> None:
    assert _code(raw) == code


@pytest.mark.parametrize(
    ("lang", "label"), [("fr", "numéro BCE"), ("nl", "KBO-nummer"), ("en", "enterprise no. (CBE)")]
)
@pytest.mark.parametrize("raw", ["0403.019.262", "12345", _valid("91234567")])
def test_error_messages_name_the_field_and_the_value(lang: str, label: str, raw: str) -> None:
    with pytest.raises(ValidationError) as info:
        bce.normalise(raw)
    text = info.value.message(lang)
    assert label in text
    assert raw in text


def test_field_name_can_be_overridden() -> None:
    with pytest.raises(ValidationError) as info:
        bce.normalise("0403.019.262", field="establishment")
    assert info.value.field == "establishment"
    assert info.value.code == "bce_checksum"


# --- properties ----------------------------------------------------------------------------

first_eights = st.builds(
    lambda head, tail: head + tail,
    st.sampled_from("012345678"),
    st.text(alphabet="0123456789", min_size=7, max_size=7),
)


def test_the_all_zero_number_is_refused_although_its_check_digits_pass() -> None:
    # issue 11: 0000000097 passes the mod-97 check (and python-stdnum) but numbers nothing
    assert bce.check_digits("00000000") == "97"
    assert _code("0000000097") == "bce_never_issued"
    assert _code("BE 0000.000.097") == "bce_never_issued"
    assert bce.normalise("0000000196") == "0000000196"  # one above zero is a number


@given(first_eights.filter(lambda first_eight: first_eight != "00000000"))
def test_completed_numbers_normalise_to_themselves(first_eight: str) -> None:
    number = _valid(first_eight)
    assert len(number) == 10
    assert bce.normalise(number) == number
    assert bce.normalise(bce.format_number(number)) == number
    assert bce.normalise("BE " + bce.format_number(number)) == number
    assert bce.is_establishment_unit(number) == (number[0] in "2345678")


@given(first_eights, st.integers(0, 9), st.integers(1, 9))
def test_any_single_digit_substitution_is_detected(first_eight: str, pos: int, delta: int) -> None:
    """Mod 97 detects every single-digit substitution.

    Write the number as 100·A + C (A: first eight digits, C: check digits). It is valid iff
    ``A mod 97 + C == 97``, so C is determined by A mod 97, and C ∈ [1, 97].
    - Changing a digit of A adds d·10^k with 1 ≤ |d| ≤ 9: 97 is prime and divides neither d
      nor 10^k, so A mod 97 changes and the old C no longer completes it.
    - Changing a digit of C changes C while A, hence the required C, stays the same.
    Either way the mutated number is invalid: no substitution yields another valid number.
    """
    number = _valid(first_eight)
    new_digit = str((int(number[pos]) + delta) % 10)
    mutated = number[:pos] + new_digit + number[pos + 1 :]
    assert mutated != number
    expected = "bce_first_digit" if mutated[0] == "9" else "bce_checksum"
    assert _code(mutated) == expected


@given(first_eights, st.integers(0, 8))
def test_any_adjacent_transposition_of_different_digits_is_detected(
    first_eight: str, pos: int
) -> None:
    """Swapping digits x≠y at weights 10^(k+1), 10^k changes the value by 9·(x−y)·10^k, which 97
    never divides; across the A|C boundary A+C changes by 9·(x−y), which 97 never divides either.
    """
    number = _valid(first_eight)
    if number[pos] == number[pos + 1]:
        return
    swapped = number[:pos] + number[pos + 1] + number[pos] + number[pos + 2 :]
    assert _code(swapped) in ("bce_checksum", "bce_first_digit")
