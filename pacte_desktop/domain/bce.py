"""BCE/KBO numbers: the ten-digit identifiers of the Belgian Crossroads Bank for Enterprises.

Enterprise numbers start with 0 or 1; establishment-unit numbers start with 2 to 8. Both carry
the same check: ``97 - (first 8 digits mod 97) == last 2 digits``. ``0000000097`` passes that
check but is no number at all: eight zeros are refused. python-stdnum's
``stdnum.be.vat`` validates enterprise numbers only, so establishment units are checked here.
"""

from __future__ import annotations

import re

from stdnum.be import vat as be_vat

from pacte_desktop.domain.errors import ValidationError

_SEPARATORS = re.compile(r"[\s./\-]")


def compact(value: str) -> str:
    """Strip spaces, dots, dashes and a ``BE`` prefix: ``BE 0403.019.261`` → ``0403019261``."""
    text = _SEPARATORS.sub("", value.strip()).upper()
    if text.startswith("BE"):
        text = text[2:]
    return text


def normalise(value: str, field: str = "bce_number") -> str:
    """Return the ten digits of a valid BCE number or raise :class:`ValidationError`.

    Accepts ``0403.019.261``, ``0403019261``, ``BE0403019261``, and nine-digit legacy forms
    (a leading 0 is added, as the KBO does).
    """
    digits = compact(value)
    if len(digits) == 9 and digits.isdigit():
        digits = "0" + digits
    if len(digits) != 10 or not (digits.isascii() and digits.isdigit()):
        raise ValidationError(field, "bce_format", value=value)
    if digits[0] == "9":
        raise ValidationError(field, "bce_first_digit", value=value)
    if 97 - int(digits[:8]) % 97 != int(digits[8:]):
        raise ValidationError(field, "bce_checksum", value=value)
    if digits[:8] == "00000000":
        # 0000000097 passes the check digits (and stdnum) but numbers nothing.
        raise ValidationError(field, "bce_never_issued", value=value)
    # stdnum (``stdnum.be.vat``) accepts every enterprise number that passes the checks above
    # (same mod-97 rule, first digit 0 or 1): tests/core/test_bce_stdnum.py compares both on
    # many numbers, so a future stricter rule of stdnum shows there instead of costing a call
    # per number here (imports check thousands).
    return digits


def stdnum_agrees(digits: str) -> bool:
    """Whether python-stdnum accepts ``digits`` too (enterprise numbers; units are ours)."""
    return digits[0] not in "01" or be_vat.is_valid(digits)


def is_establishment_unit(digits: str) -> bool:
    """True for establishment-unit numbers (first digit 2 to 8)."""
    return digits[:1] in "2345678"


def format_number(digits: str) -> str:
    """``0403019261`` → ``0403.019.261``."""
    return f"{digits[:4]}.{digits[4:7]}.{digits[7:]}"


def check_digits(first_eight: str) -> str:
    """The two check digits that complete ``first_eight`` into a valid number."""
    return f"{97 - int(first_eight) % 97:02d}"
