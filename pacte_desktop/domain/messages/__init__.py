"""The message catalogue of the core: errors, reasons, labels and the texts of the command line
and the reports, in French, Dutch and English.

French is the source language. The UI translates its own strings with Qt; the core's texts come
from here so that the command line, the services, the reports and the UI show the same sentence.

One format for every text: a keyed table ``key: (fr, nl, en)``, ``{names}`` filled by
``str.format``. A text with a ``{count}`` agrees with it: ``(s)`` and ``(en)`` endings and
``[singular|plural]`` choices are resolved by the count, by each language's rule (French: 0 and
1 are singular; Dutch and English: 1 only), so « 1 fiche », « 3 fiches », never « 1 fiche(s) ».
The tables live in this package's modules, by area (``labels``, ``errors``,
``sync_errors``, ``file_errors``, ``reasons``, ``cli``, ``reports``); this module holds the
functions that read them and the language in force. Every table is listed in ``CATALOGUES``,
and a test checks each key there: three non-empty texts with the same ``{names}``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Final

from pacte_desktop.domain.messages import errors, file_errors, requests, sync_errors
from pacte_desktop.domain.messages.cli import CLI_TEXTS
from pacte_desktop.domain.messages.labels import (
    CHOICE_LABELS,
    FIELD_LABELS,
    LANGUAGE_NAMES,
    WORDS,
)
from pacte_desktop.domain.messages.reasons import OS_REASONS, REASONS
from pacte_desktop.domain.messages.reports import (
    DIRECTORY_TEXTS,
    FOLLOWUPS_EXPORT_TEXTS,
    PLACEMENT_REPORT_TEXTS,
)

__all__ = [
    "CATALOGUES",
    "CHOICE_LABELS",
    "CLI_TEXTS",
    "DIRECTORY_TEXTS",
    "FIELD_LABELS",
    "FOLLOWUPS_EXPORT_TEXTS",
    "LANGUAGES",
    "LANGUAGE_NAMES",
    "MESSAGES",
    "OS_REASONS",
    "PLACEMENT_REPORT_TEXTS",
    "REASONS",
    "WORDS",
    "choice_label",
    "current_language",
    "field_label",
    "os_reason",
    "pick",
    "reason_text",
    "render",
    "set_language",
]

LANGUAGES: Final = ("fr", "nl", "en")

#: Error messages by code, from their three modules (a code is defined in one of them only).
MESSAGES: Final[dict[str, tuple[str, str, str]]] = {
    **errors.MESSAGES,
    **sync_errors.MESSAGES,
    **file_errors.MESSAGES,
    **requests.MESSAGES,
}

#: Every table of texts of the core, by name: what the completeness test walks.
CATALOGUES: Final[dict[str, Mapping[str, tuple[str, str, str]]]] = {
    "MESSAGES": MESSAGES,
    "REASONS": REASONS,
    "OS_REASONS": OS_REASONS,
    "FIELD_LABELS": FIELD_LABELS,
    "CHOICE_LABELS": CHOICE_LABELS,
    "LANGUAGE_NAMES": LANGUAGE_NAMES,
    "WORDS": WORDS,
    "CLI_TEXTS": CLI_TEXTS,
    "DIRECTORY_TEXTS": DIRECTORY_TEXTS,
    "FOLLOWUPS_EXPORT_TEXTS": FOLLOWUPS_EXPORT_TEXTS,
    "PLACEMENT_REPORT_TEXTS": PLACEMENT_REPORT_TEXTS,
    "REQUEST_TEXTS": requests.REQUEST_TEXTS,
}

_current = "fr"


def set_language(lang: str) -> None:
    """Choose the language of messages built from now on (``fr``, ``nl`` or ``en``)."""
    global _current
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}; expected one of {', '.join(LANGUAGES)}")
    _current = lang


def current_language() -> str:
    return _current


def choice_label(value: str, lang: str | None = None) -> str:
    """How a stored choice code reads in ``lang`` (the code itself when it has no label)."""
    labels = CHOICE_LABELS.get(value)
    return value if labels is None else labels[LANGUAGES.index(lang or _current)]


def field_label(field: str, lang: str | None = None) -> str:
    """The translated label of a field; the field name itself when it has none.

    A reference (``owner_id``) reads as what it points to ("responsable").
    """
    labels = FIELD_LABELS.get(field)
    if labels is None and field.endswith("_id"):
        labels = FIELD_LABELS.get(field[:-3])
    if labels is None:
        return field
    return labels[LANGUAGES.index(lang or _current)]


def os_reason(key: str, lang: str | None = None) -> str:
    return pick(OS_REASONS, key, lang)


def pick(texts: Mapping[str, tuple[str, str, str]], key: str, lang: str | None = None) -> str:
    """The ``lang`` form of ``key`` in one of the tables of texts (``CATALOGUES``)."""
    return texts[key][LANGUAGES.index(lang or _current)]


class _Blanks(dict[str, object]):
    """Parameters for a reason: one that is missing (a row stored by another version) reads
    "?" rather than failing the whole sentence."""

    def __missing__(self, key: str) -> object:
        return "?"


def reason_text(
    reason: object, params: Mapping[str, object] | None = None, lang: str | None = None
) -> str:
    """A sync reason code in ``lang`` with its parameters filled in; anything that is not a
    known code is shown as it is."""
    if not isinstance(reason, str):
        return "" if reason is None else str(reason)
    index = LANGUAGES.index(lang or _current)
    if reason in REASONS:
        values = _Blanks({k: v for k, v in (params or {}).items() if k != "reason"})
        return REASONS[reason][index].format_map(values)
    if reason in OS_REASONS:
        return OS_REASONS[reason][index]
    return reason


def render(code: str, field: str, params: Mapping[str, object], lang: str | None = None) -> str:
    """The sentence for an error code, in ``lang`` or the current language; a ``reason``
    parameter that is a reason code is translated first."""
    lang = lang or _current
    template = MESSAGES[code][LANGUAGES.index(lang)]
    values = dict(params)
    if "reason" in values:
        values["reason"] = reason_text(values["reason"], params, lang)
    return agree(template.format(label=field_label(field, lang), **values), values, lang)


_ENDING = re.compile(r"\((s|en)\)")
_CHOICE = re.compile(r"\[([^\[\]|]*)\|([^\[\]|]*)\]")


def agree(text: str, params: Mapping[str, object], lang: str | None = None) -> str:
    """``text`` agreeing with ``params["count"]`` when it has one (see the module docstring)."""
    count = params.get("count")
    if not isinstance(count, int) or isinstance(count, bool):
        return text
    singular = count in (0, 1) if (lang or _current) == "fr" else count == 1
    text = _ENDING.sub("" if singular else r"\1", text)
    return _CHOICE.sub(r"\1" if singular else r"\2", text)
