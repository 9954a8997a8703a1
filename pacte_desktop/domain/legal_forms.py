"""Belgian legal forms as a choice, without changing what the records hold.

The rule: ``legal_form`` stays a text of at most 40 characters. A form chosen from the list is
stored as its key, the French abbreviation the records already hold (``SRL``, ``ASBL``,
``Fondation``…), whatever the interface's language. A stored text that is no key (a form the
list does not name, the full French label a KBO import wrote) is kept exactly as it is: it is
shown as written and saved unchanged unless the person picks another form.

:func:`find` reads what people type — either language's abbreviation, with or without dots,
the full name, or a former name (SPRL/BVBA became SRL/BV with the Code of companies and
associations of 2019) — without regard to case or accents.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from pacte_desktop.domain.text import fold


@dataclass(frozen=True)
class LegalForm:
    """One legal form: its stored key, its abbreviations and names in French, Dutch and
    English, and other names people write for it."""

    key: str
    short_fr: str
    short_nl: str
    name_fr: str
    name_nl: str
    name_en: str
    also: tuple[str, ...] = ()

    def label(self, lang: str) -> str:
        """How the choice reads in ``lang``: ``SRL – société à responsabilité limitée``."""
        if lang == "nl":
            short, name = self.short_nl, self.name_nl
        elif lang == "en":
            pair = self.short_nl and self.short_fr != self.short_nl
            short = f"{self.short_fr} / {self.short_nl}" if pair else self.short_fr
            name = self.name_en
        else:
            short, name = self.short_fr, self.name_fr
        return f"{short} – {name}" if short else name[:1].upper() + name[1:]


FORMS: Final[tuple[LegalForm, ...]] = (
    LegalForm(
        "SRL",
        "SRL",
        "BV",
        "société à responsabilité limitée",
        "besloten vennootschap",
        "private limited company",
        (
            "SPRL",
            "BVBA",
            "société privée à responsabilité limitée",
            "besloten vennootschap met beperkte aansprakelijkheid",
        ),
    ),
    LegalForm(
        "SA", "SA", "NV", "société anonyme", "naamloze vennootschap", "public limited company"
    ),
    LegalForm(
        "ASBL",
        "ASBL",
        "VZW",
        "association sans but lucratif",
        "vereniging zonder winstoogmerk",
        "non-profit association",
    ),
    LegalForm(
        "SC",
        "SC",
        "CV",
        "société coopérative",
        "coöperatieve vennootschap",
        "cooperative company",
        (
            "SCRL",
            "CVBA",
            "société coopérative à responsabilité limitée",
            "coöperatieve vennootschap met beperkte aansprakelijkheid",
        ),
    ),
    LegalForm(
        "SComm",
        "SComm",
        "CommV",
        "société en commandite",
        "commanditaire vennootschap",
        "limited partnership",
        ("SCS", "GCV", "société en commandite simple", "gewone commanditaire vennootschap"),
    ),
    LegalForm(
        "SNC",
        "SNC",
        "VOF",
        "société en nom collectif",
        "vennootschap onder firma",
        "general partnership",
    ),
    LegalForm(
        "PI",
        "PI",
        "",
        "personne physique (entreprise individuelle)",
        "eenmanszaak (natuurlijk persoon)",
        "sole trader (natural person)",
        (
            "personne physique",
            "entreprise individuelle",
            "indépendant",
            "eenmanszaak",
            "natuurlijk persoon",
            "zelfstandige",
        ),
    ),
    LegalForm(
        "Organisme public",
        "",
        "",
        "organisme public",
        "openbare instelling",
        "public body",
        (
            "pouvoir public",
            "administration publique",
            "service public",
            "overheid",
            "openbaar bestuur",
            "overheidsinstelling",
        ),
    ),
    LegalForm(
        "AISBL",
        "AISBL",
        "IVZW",
        "association internationale sans but lucratif",
        "internationale vereniging zonder winstoogmerk",
        "international non-profit association",
    ),
    LegalForm("SE", "SE", "SE", "société européenne", "Europese vennootschap", "European company"),
    LegalForm(
        "Fondation",
        "",
        "",
        "fondation",
        "stichting",
        "foundation",
        (
            "fondation privée",
            "fondation d'utilité publique",
            "private stichting",
            "stichting van openbaar nut",
        ),
    ),
    LegalForm(
        "Autre", "", "", "autre forme", "andere rechtsvorm", "other form", ("autre", "ander")
    ),
)

BY_KEY: Final[dict[str, LegalForm]] = {form.key: form for form in FORMS}

_PUNCTUATION: Final = re.compile(r"[.\s'’-]+")


def _key(text: str) -> str:
    """How typed text is compared: folded, without dots, spaces, hyphens or apostrophes."""
    return _PUNCTUATION.sub("", fold(text))


def _written() -> dict[str, LegalForm]:
    found: dict[str, LegalForm] = {}
    for form in FORMS:
        names = (form.key, form.short_fr, form.short_nl, form.name_fr, form.name_nl)
        for name in (*names, form.name_en, *form.also):
            if name:
                found.setdefault(_key(name), form)
    return found


_WRITTEN: Final = _written()


def find(text: str | None) -> LegalForm | None:
    """The form ``text`` names (its key, an abbreviation or a name in French, Dutch or
    English, a former name), or None."""
    if not text or not text.strip():
        return None
    return _WRITTEN.get(_key(text))
