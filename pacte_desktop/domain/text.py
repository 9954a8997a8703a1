"""What text a field may hold, and how stored text is shown on a terminal.

The rules, for every text a user types, a file brings in, or a command line passes:

- Text is normalised to Unicode NFC before anything else, so ``é`` typed as ``e`` plus a
  combining accent is one character, counts once against a field's length, and is stored as
  the same string whichever keyboard produced it.
- A *one-line* field (a name, a street, a code) holds no control character at all: not the C0
  controls (U+0000 to U+001F, NUL, TAB, newline and ESC among them), not DEL (U+007F), not the
  C1 controls (U+0080 to U+009F), and not the Unicode line and paragraph separators (U+2028,
  U+2029). Typed input with one is refused (:func:`clean_line`), naming the character and its
  position; an import strips them and reports it (:func:`strip_controls`).
- A *multi-line* field (notes, descriptions) keeps newlines and tabs and nothing else of those:
  ``CR LF``, a lone ``CR`` and the Unicode separators become a newline; any other control
  character is refused (:func:`clean_multiline`) or stripped on import.
- A field holds *visible* text or nothing: a value made only of spaces, zero-width characters
  (U+200B, U+200C, U+200D, U+2060, U+FEFF…), format marks or combining marks without a base is
  no value (:func:`has_visible`), so a required field refuses it.
- Nothing printed to a terminal carries a control character: :func:`for_terminal` writes each
  one of a value as a visible escape (``\\x1b``) so a stored ESC sequence cannot drive the
  terminal; :func:`for_output` does the same to a whole printed text but keeps the newlines and
  tabs that lay it out. JSON output escapes them as JSON does (``\\u001b``).
- Lenient comparison of names (``--employer "brasserie du parvis"``) goes through
  :func:`fold`: case, accents and runs of spaces aside.

One module for all of it, so the forms, the command line and the imports apply the same rule.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final

from pacte_desktop.domain.errors import ValidationError

#: Every character a one-line field refuses.
_LINE_CONTROLS: Final = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")
#: Every character a multi-line field refuses once line breaks are newlines.
_MULTILINE_CONTROLS: Final = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
#: Line breaks a multi-line field turns into a newline.
_LINE_BREAKS: Final = re.compile("\r\n|[\r\u2028\u2029\x85]")
#: What a terminal must never receive raw.
_TERMINAL_CONTROLS: Final = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")
#: What a command's output keeps of those: its own line and column separators.
_OUTPUT_CONTROLS: Final = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]")
#: Letters that draw nothing although Unicode files them as letters or symbols.
_BLANK_LETTERS: Final = frozenset("\u115f\u1160\u3164\uffa0\u2800")
#: Unicode categories that draw nothing by themselves: controls, format marks (zero-width
#: spaces and joiners, bidirectional marks, the BOM), separators, marks without a base,
#: unassigned code points and surrogates.
_INVISIBLE_CATEGORIES: Final = frozenset(("Cc", "Cf", "Cn", "Cs", "Zs", "Zl", "Zp", "Mn", "Me"))


def nfc(value: str) -> str:
    """``value`` in Unicode normal form C (composed accents)."""
    if value.isascii() or unicodedata.is_normalized("NFC", value):
        return value
    return unicodedata.normalize("NFC", value)


def fold(value: str) -> str:
    """``value`` compared loosely: lower case, accents removed, runs of spaces made one."""
    if value.isascii():
        return " ".join(value.lower().split())
    decomposed = unicodedata.normalize("NFKD", value.casefold())
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


def code_point(char: str) -> str:
    """How a message names a character: ``U+001B``."""
    return f"U+{ord(char):04X}"


def has_visible(value: str) -> bool:
    """Whether ``value`` draws at least one character a reader can see."""
    for char in value:
        if char.isascii():
            if char.isprintable() and not char.isspace():
                return True
        elif char not in _BLANK_LETTERS and (
            unicodedata.category(char) not in _INVISIBLE_CATEGORIES
        ):
            return True
    return False


def _refuse(field: str, found: re.Match[str]) -> ValidationError:
    char = found.group()
    code = "line_break" if char in "\n\r\u2028\u2029\x85" else "control_character"
    return ValidationError(field, code, char=code_point(char), position=found.start() + 1)


def clean_line(value: str, field: str) -> str:
    """A one-line field's value in NFC; refuses any control character or line break."""
    text = nfc(value)
    found = _LINE_CONTROLS.search(text)
    if found is not None:
        raise _refuse(field, found)
    return text


def clean_multiline(value: str, field: str) -> str:
    """A multi-line field's value in NFC with every line break a newline; refuses other
    control characters (tabs stay)."""
    text = _LINE_BREAKS.sub("\n", nfc(value))
    found = _MULTILINE_CONTROLS.search(text)
    if found is not None:
        raise _refuse(field, found)
    return text


def strip_controls(value: str, *, multiline: bool) -> tuple[str, int]:
    """The value in NFC without the control characters its field refuses, and how many were
    removed (for an import's report). In a multi-line field line breaks become newlines and
    do not count as removed."""
    text = nfc(value)
    if multiline:
        text = _LINE_BREAKS.sub("\n", text)
        cleaned, count = _MULTILINE_CONTROLS.subn("", text)
    else:
        cleaned, count = _LINE_CONTROLS.subn("", text)
    return cleaned, count


def _escape(found: re.Match[str]) -> str:
    char = found.group()
    return {"\n": "\\n", "\t": "\\t", "\r": "\\r"}.get(char) or (
        f"\\x{ord(char):02x}" if ord(char) < 0x100 else f"\\u{ord(char):04x}"
    )


def for_terminal(value: str) -> str:
    """``value`` with each control character written as a visible escape (``\\x1b``, ``\\n``),
    safe to print on a terminal as one cell of a line."""
    if not _TERMINAL_CONTROLS.search(value):
        return value
    return _TERMINAL_CONTROLS.sub(_escape, value)


def for_output(text: str) -> str:
    """Text a command prints, with its own newlines and tabs (the lines and columns it lays
    out) kept and every other control character escaped: the last guard, whatever a value
    printed without :func:`for_terminal` holds."""
    if not _OUTPUT_CONTROLS.search(text):
        return text
    return _OUTPUT_CONTROLS.sub(_escape, text)
