"""Validation of contact channels and addresses: phone, email, website, postcode, NACE code.

Each function returns the value in its stored form or raises :class:`ValidationError` naming the
field. Phone numbers are Belgian by default and stored in E.164 (``+3225361234``).
"""

from __future__ import annotations

import re

import idna
import phonenumbers

from pacte_desktop.domain.errors import ValidationError

_EMAIL = re.compile(
    r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
    r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$"
)
_HOST = re.compile(
    r"^(?:(?ai:https?)://)?([A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
    r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+)(?::\d+)?(?:[/?#]\S*)?$"
)
_NACE = re.compile(r"^[0-9]{2}(?:\.?[0-9]{1,3})?$")


def _be_validity() -> tuple[re.Pattern[str] | None, dict[int, re.Pattern[str]]]:
    """Belgian validity as phonenumbers decides it, from its own metadata: the general pattern,
    and by length the union of the number-type patterns (``is_valid_number`` asks for both)."""
    meta = phonenumbers.PhoneMetadata.metadata_for_region("BE")
    if meta is None or meta.general_desc is None:
        return None, {}
    general = meta.general_desc
    types = [
        meta.premium_rate,
        meta.toll_free,
        meta.shared_cost,
        meta.voip,
        meta.personal_number,
        meta.pager,
        meta.uan,
        meta.voicemail,
        meta.fixed_line,
        meta.mobile,
    ]
    by_length: dict[int, list[str]] = {}
    for desc in types:
        if desc is None or not desc.national_number_pattern or not desc.possible_length:
            continue  # no lengths: phonenumbers would test the pattern alone; not fast-pathed
        for length in desc.possible_length:
            if length in (general.possible_length or ()):
                by_length.setdefault(length, []).append(desc.national_number_pattern)
    if not general.national_number_pattern or not general.possible_length:
        return None, {}
    return re.compile(general.national_number_pattern), {
        length: re.compile("|".join(f"(?:{p})" for p in patterns))
        for length, patterns in by_length.items()
    }


_BE_GENERAL, _BE_TYPES = _be_validity()
_PHONE_SEPARATORS = re.compile(r"[ ./-]+")
# A Belgian number written nationally (0…), with +32 or with 0032, in digits, spaces, dots,
# slashes and dashes only: the national significant number never starts with 0.
_BE_WRITTEN = re.compile(r"(?:\+32|0032|0)([1-9][0-9]{7,8})")


def _be_fast(value: str) -> str | None:
    """The E.164 form of a plainly written valid Belgian number, or None (ask phonenumbers).

    It accepts only what phonenumbers reads the same way (digits, separators, a leading +32,
    0032 or national 0) and only numbers its metadata says are valid, so the answer is the one
    phonenumbers would give; anything else goes through phonenumbers.
    """
    if _BE_GENERAL is None:
        return None
    m = _BE_WRITTEN.fullmatch(_PHONE_SEPARATORS.sub("", value))
    if m is None:
        return None
    nsn = m[1]
    types = _BE_TYPES.get(len(nsn))
    if types is None or not _BE_GENERAL.fullmatch(nsn) or not types.fullmatch(nsn):
        return None
    return "+32" + nsn


def phone(value: str, field: str = "phone", region: str = "BE") -> str:
    """Parse a phone number (Belgian unless it has a country code) into E.164."""
    if region == "BE" and len(value) <= 64 and (fast := _be_fast(value)) is not None:
        return fast
    try:
        number = phonenumbers.parse(value, region)
    except phonenumbers.NumberParseException:
        raise ValidationError(field, "phone", value=value) from None
    if not phonenumbers.is_valid_number(number):
        raise ValidationError(field, "phone", value=value)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


_BE_MOBILE = re.compile(r"\+324(\d{2})(\d{2})(\d{2})(\d{2})")
_BE_ONE_DIGIT_ZONE = re.compile(r"\+32([234]|9(?!0))(\d{3})(\d{2})(\d{2})")
_BE_TWO_DIGIT_ZONE = re.compile(r"\+32(1\d|5\d|6\d|8[1-69])(\d{2})(\d{2})(\d{2})")


def format_phone(e164: str) -> str:
    """A stored E.164 number as people write it: national for Belgium, international otherwise.

    Belgian mobile and geographic numbers are laid out directly (0470 12 34 56, 02 544 12 34,
    010 12 34 56), as phonenumbers would, at a fraction of its cost for a directory of
    thousands; anything else goes through phonenumbers.
    """
    if m := _BE_MOBILE.fullmatch(e164):
        return f"04{m[1]} {m[2]} {m[3]} {m[4]}"
    if m := _BE_ONE_DIGIT_ZONE.fullmatch(e164):
        return f"0{m[1]} {m[2]} {m[3]} {m[4]}"
    if m := _BE_TWO_DIGIT_ZONE.fullmatch(e164):
        return f"0{m[1]} {m[2]} {m[3]} {m[4]}"
    number = phonenumbers.parse(e164, "BE")
    if number.country_code == 32:
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def ascii_domain(domain: str) -> str | None:
    """An internationalised domain (``exämple.be``) in its ASCII form (``xn--exmple-cua.be``,
    IDNA 2008 with the UTS 46 mapping), the domain itself when it is ASCII already; None when
    it cannot be one."""
    if domain.isascii():
        return domain
    try:
        return idna.encode(domain, uts46=True).decode("ascii")
    except (idna.IDNAError, UnicodeError):
        return None


def email(value: str, field: str = "email") -> str:
    """Check an address's shape (one @, a dotted domain, which may be internationalised) and
    store it with a lower-case domain (``info@exämple.be`` stays written as typed)."""
    text = value.strip()
    local, at, domain = text.rpartition("@")
    ascii_form = ascii_domain(domain) if at else None
    if len(text) > 254 or ascii_form is None or not _EMAIL.match(f"{local}@{ascii_form}"):
        raise ValidationError(field, "email", value=value)
    return f"{local}@{domain.lower()}"


_SCHEME_AND_HOST = re.compile(r"^((?ai:https?)://)?([^/?#:\s]+)(.*)$", re.DOTALL)


def website(value: str, field: str = "website") -> str:
    """Accept ``example.be``, ``https://example.be/path`` or an internationalised domain
    (``exämple.be``); store with a scheme."""
    text = value.strip()
    parts = _SCHEME_AND_HOST.match(text)
    host = ascii_domain(parts[2]) if parts else None
    # Checked with a scheme always, so that no host can be read as one (``httpſ://``).
    if (
        parts is None
        or host is None
        or not _HOST.match(f"{parts[1] or 'https://'}{host}{parts[3]}")
    ):
        raise ValidationError(field, "website", value=value)
    if not text.lower().startswith(("http://", "https://")):
        text = "https://" + text
    return text


def postcode(value: str, field: str = "postcode") -> str:
    """A Belgian postcode: four digits from 1000 to 9999."""
    text = value.strip()
    if not (len(text) == 4 and text.isascii() and text.isdigit() and text[0] != "0"):
        raise ValidationError(field, "postcode", value=value)
    return text


def nace(value: str, field: str = "nace_code") -> str:
    """A NACE-BEL code of 2 to 5 digits, stored as digits only (``56.101`` → ``56101``)."""
    text = value.strip()
    if not _NACE.match(text):
        raise ValidationError(field, "nace", value=value)
    return text.replace(".", "")


def format_nace(digits: str) -> str:
    """``56101`` → ``56.101``; two-digit divisions stay as they are."""
    return digits if len(digits) <= 2 else f"{digits[:2]}.{digits[2:]}"
