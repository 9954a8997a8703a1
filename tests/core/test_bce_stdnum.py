"""``bce.normalise`` no longer calls python-stdnum per number: stdnum must agree with it."""

from __future__ import annotations

import random

from stdnum.be import vat as be_vat

from pacte_desktop.domain import bce
from pacte_desktop.domain.errors import ValidationError


def _ours(value: str) -> str | None:
    try:
        return bce.normalise(value)
    except ValidationError:
        return None


def test_stdnum_accepts_every_enterprise_number_we_accept() -> None:
    rng = random.Random(1062)
    accepted = 0
    for _ in range(50_000):
        first = f"{rng.randrange(0, 200_000_000):08d}"
        last = rng.choice((bce.check_digits(first), f"{rng.randrange(100):02d}"))
        digits = first + last
        ours = _ours(digits)
        if ours is not None:
            accepted += 1
            assert bce.stdnum_agrees(ours), digits
            if digits[0] in "01":
                assert be_vat.is_valid(ours), digits
    assert accepted > 10_000


def test_edge_numbers_agree_with_stdnum() -> None:
    for digits in ("0000000196", "1999999943", "0403019261"):
        assert _ours(digits) is not None and be_vat.is_valid(digits), digits
    assert _ours("0000000000") is None
    # stricter than stdnum on purpose (issue 11): eight zeros number nothing
    assert be_vat.is_valid("0000000097") and _ours("0000000097") is None
