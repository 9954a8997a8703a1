"""Whether a postcode and a commune go together, by the shipped list of Belgian postcodes.

The rule: a postcode names one municipality (two for 1040, 1050 and a few others, where the street
decides). A commune written beside it is read without case, accents, hyphens or apostrophes, with
``St``/``Ste``/``Sint`` as ``Saint``/``Sainte``, in French or Dutch, and may also be one of the
former municipalities and localities people still write (Laeken, Haren, Neder-Over-Heembeek for
Brussels). A commune that is none of the postcode's municipalities is a *mismatch*: worth a
warning, never a refusal (a locality the list does not know, a postcode a firm got for itself).
A postcode the list does not know (a bpost code of one large organisation) is not checked.

:func:`communes` gives a postcode's municipalities with their French and Dutch names, for a form
to fill the commune in both languages.

The list is Statbel's (see :mod:`.postcode_data`), after the 2025 mergers.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Final

from pacte_desktop.domain import postcode_data
from pacte_desktop.domain.text import fold

#: Other names people write for a municipality (a locality, an English name), by REFNIS code.
ALSO_WRITTEN: Final[dict[str, tuple[str, ...]]] = {
    "21004": (
        "Brussels",
        "Bruxelles-Ville",
        "Brussel-Stad",
        "Ville de Bruxelles",
        "Stad Brussel",
        "Laeken",
        "Laken",
        "Haren",
        "Neder-Over-Heembeek",
    ),
    "11002": ("Antwerp",),
    "44021": ("Ghent",),
}

_WORDS: Final = re.compile(r"[^0-9a-z]+")
_SAINT: Final = {"st": "saint", "sint": "saint", "ste": "sainte"}


def commune_key(name: str) -> str:
    """How a commune is compared: ``St-Gilles``, ``Saint Gilles`` and ``sint-gillis`` → words
    of the folded name with saints spelt out."""
    words = _WORDS.split(fold(name))
    return " ".join(_SAINT.get(w, w) for w in words if w)


@cache
def _tables() -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]:
    names: dict[str, tuple[str, ...]] = {}
    for line in postcode_data.MUNICIPALITIES.splitlines():
        refnis, _, written = line.partition(" ")
        names[refnis] = tuple(written.split("|"))
    codes: dict[str, tuple[str, ...]] = {}
    for entry in postcode_data.POSTCODES.replace("\n", "; ").split("; "):
        if entry.strip():
            postcode, *municipality_codes = entry.split()
            codes[postcode] = tuple(municipality_codes)
    return names, codes


def municipalities(postcode: str) -> tuple[str, ...]:
    """The names (French, then Dutch when it differs) of the municipalities of ``postcode``;
    empty for a postcode the list does not know."""
    names, codes = _tables()
    return tuple(name for refnis in codes.get(postcode, ()) for name in names[refnis])


def communes(postcode: str | None) -> tuple[tuple[str, str], ...]:
    """The municipalities of ``postcode`` as (French name, Dutch name) pairs, in the list's
    order (the same name twice where the municipality has one); empty for a postcode the
    list does not know. A form fills the commune in both languages from it."""
    if not postcode:
        return ()
    names, codes = _tables()
    return tuple((names[code][0], names[code][-1]) for code in codes.get(postcode.strip(), ()))


def mismatch(postcode: str | None, commune: str | None) -> tuple[str, ...] | None:
    """The municipalities ``postcode`` belongs to when ``commune`` is none of them; None when
    they go together, or when either is missing or the postcode is not in the list."""
    if not postcode or not commune:
        return None
    names, codes = _tables()
    refnis = codes.get(postcode)
    if not refnis:
        return None
    key = commune_key(commune)
    for code in refnis:
        for name in (*names[code], *ALSO_WRITTEN.get(code, ())):
            if commune_key(name) == key:
                return None
    return tuple(names[code][0] for code in refnis)
