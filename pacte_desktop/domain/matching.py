"""When two employer records name the same employer: the name key, the score, the blocks.

The rule, in the order it is applied:

1. **The same BCE number** (ten digits, as stored) is the same employer, score 100. An
   establishment unit's number matches only the same unit's number: without the KBO reference
   (which unit belongs to which enterprise) a unit cannot be tied to its enterprise.
2. **The same name**, written loosely, **at the same place**: the two names' keys score at least
   :data:`THRESHOLD` with ``rapidfuzz``'s ``token_sort_ratio``, the words they do not share
   differ by no more than a typing slip (one letter changed, added, dropped, or two swapped;
   two slips beyond 12 letters), and the two records have the same postcode or the same street
   (when their postcodes do not differ). Each record's French and Dutch names are both tried;
   the best of the four comparisons counts.

A name's key (:func:`name_key`) ignores what does not tell employers apart: case, accents,
punctuation (``S.P.R.L.`` is ``SPRL``), the legal form in either language or a former name
(SPRL, SRL, BVBA, BV, ASBL, VZW, SA, NV, SC, SCRL, CV, SNC, VOF…, abbreviated or written in
full, see :mod:`.legal_forms`), little words (de, la, van, het, et, en, &…) and the order of the
words (the key's words are sorted). A name made only of such words keeps its folded words, so
that "S.A." alone is not every employer's twin.

Comparing every record with every other one is quadratic; :func:`blocks` gives the keys under
which two records must both appear to be compared at all: a BCE number, or a place (postcode or
street) together with the beginning or the end of one of the name's words (:func:`word_ends`).
One typing slip changes a word's beginning or its end, seldom both, so two names that differ by
a slip still share a block through the slipped word, or through the words they share. A block
of more than :data:`MAX_BLOCK` records (a trade word, "boulangerie", in one postcode) is
searched for identical keys only: the family name's own blocks bring the other pairs together.
Nothing here reads a store.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator
from typing import Final

from rapidfuzz import fuzz
from rapidfuzz.distance import OSA

from pacte_desktop.domain.legal_forms import FORMS
from pacte_desktop.domain.text import fold

#: The least score (0-100) of two names' keys at the same place that makes a candidate pair.
THRESHOLD: Final = 88
#: A block of more records than this (the word "boulangerie" in one postcode) is searched for
#: identical keys only: the other words of each name still bring the other pairs together.
MAX_BLOCK: Final = 150

_DOTS: Final = re.compile(r"[.'’`´]")
_NON_WORD: Final = re.compile(r"[^0-9a-z]+")

#: Short words that tell no employer apart, in French, Dutch and English.
STOP_WORDS: Final = frozenset(
    [
        "de",
        "du",
        "des",
        "la",
        "le",
        "les",
        "l",
        "d",
        "et",
        "en",
        "het",
        "van",
        "der",
        "den",
        "the",
        "of",
        "and",
        "a",
        "au",
        "aux",
        "sur",
        "op",
        "bij",
        "in",
    ]
)


def _legal_words() -> tuple[frozenset[str], tuple[tuple[str, ...], ...]]:
    """The legal forms as single words (abbreviations) and as phrases (full names)."""
    words: set[str] = set()
    phrases: set[tuple[str, ...]] = set()
    for form in FORMS:
        for name in (
            form.key,
            form.short_fr,
            form.short_nl,
            form.name_fr,
            form.name_nl,
            *form.also,
        ):
            tokens = tuple(_tokens(name))
            if len(tokens) == 1 and len(tokens[0]) >= 2:
                words.add(tokens[0])
            elif len(tokens) > 1:
                phrases.add(tokens)
    # Ordinary words a form's list also names: they are part of employers' names.
    words -= {"autre", "ander", "overheid", "eenmanszaak", "zelfstandige", "independant"}
    words -= {"fondation", "stichting", "pi", "se"}
    return frozenset(words), tuple(sorted(phrases, key=len, reverse=True))


def _tokens(name: str) -> list[str]:
    return _NON_WORD.sub(" ", _DOTS.sub("", fold(name))).split()


LEGAL_WORDS, LEGAL_PHRASES = _legal_words()


def name_words(name: str | None) -> list[str]:
    """The words of a name that tell employers apart, in their written order."""
    if not name:
        return []
    tokens = _tokens(name)
    present = set(tokens)
    for phrase in LEGAL_PHRASES:
        if phrase[0] not in present:
            continue
        size = len(phrase)
        i = 0
        while i + size <= len(tokens):
            if tuple(tokens[i : i + size]) == phrase:
                del tokens[i : i + size]
            else:
                i += 1
    kept = [t for t in tokens if t not in LEGAL_WORDS and t not in STOP_WORDS]
    return kept or tokens


def name_key(name: str | None) -> str:
    """The comparable form of a name: its telling words, folded, sorted, space-separated.

    ``name_key("Boulangerie Dupont S.P.R.L.") == name_key("DUPONT boulangerie srl")``."""
    return " ".join(sorted(name_words(name)))


@functools.lru_cache(maxsize=8192)
def place_key(street: str | None) -> str:
    """A street compared loosely (case, accents, punctuation, word order ignored); "" if none."""
    return " ".join(sorted(_tokens(street))) if street else ""


def alike(key_a: str, key_b: str) -> int:
    """How alike two keys are: their ``token_sort_ratio`` (0-100) when it reaches
    :data:`THRESHOLD` and the words they do not share differ by no more than a typing slip
    (:func:`slip`), else 0. A long shared word ("agence immobilière") must not make two
    different family names look alike. (A key's words are sorted already: its plain ``ratio``
    is its ``token_sort_ratio``, without sorting again.)"""
    if not key_a or not key_b:
        return 0
    found = fuzz.ratio(key_a, key_b, score_cutoff=THRESHOLD)
    if not found:
        return 0
    words_a, words_b = key_a.split(), key_b.split()
    shared = set(words_a) & set(words_b)
    rest_a = " ".join(w for w in words_a if w not in shared)
    rest_b = " ".join(w for w in words_b if w not in shared)
    if rest_a and rest_b and not slip(rest_a, rest_b):
        return 0
    return int(found)


def slip(a: str, b: str) -> bool:
    """Whether ``b`` is ``a`` with a typing slip: one letter changed, added, dropped or two
    swapped (two such slips in a text of more than 12 letters)."""
    allowed = 1 if max(len(a), len(b)) <= 12 else 2
    return OSA.distance(a, b, score_cutoff=allowed) <= allowed


def score(keys_a: Iterable[str], keys_b: Iterable[str]) -> int:
    """The best :func:`alike` score between any key of ``keys_a`` and any of ``keys_b`` (a
    record's French and Dutch names); 0 when either has none."""
    best = 0
    others = [k for k in keys_b if k]
    for a in keys_a:
        for b in others:
            best = max(best, alike(a, b))
    return best


def word_ends(word: str) -> tuple[str, ...]:
    """The beginning and the end of a word that blocks are made of: four letters each for a
    word of eight or more, three for a shorter one, the word itself under four letters."""
    if len(word) < 4:
        return (word,)
    size = 4 if len(word) >= 8 else 3
    return (word[:size], "-" + word[-size:])


def blocks(
    bce_number: str | None,
    keys: Iterable[str],
    postcode: str | None,
    streets: Iterable[str],
) -> Iterator[tuple[str, ...]]:
    """The blocks a record belongs to: its BCE number, and each (place, word end) of its
    names' keys at its postcode and at each of its streets (see the module's docstring)."""
    if bce_number:
        yield ("bce", bce_number)
    ends = {end for key in keys for word in key.split() for end in word_ends(word)}
    places = [("p", postcode)] if postcode else []
    places += [("s", s) for s in streets if s]
    for kind, place in places:
        for end in ends:
            yield (kind, place, end)
