"""Sectors as the partners speak of them, grouped from NACE-BEL divisions.

Caseworkers filter the directory by "HORECA", "care" or "cleaning", not by NACE section. Each
sector groups two-digit divisions whose numbers are the same in NACE-BEL 2008 and 2025 for these
activities, so a stored code of either version falls in the right sector.
"""

from __future__ import annotations

from typing import Final

from pacte_desktop.domain.messages import LANGUAGES

# key: (fr, nl, en, divisions)
SECTORS: Final[dict[str, tuple[str, str, str, tuple[str, ...]]]] = {
    "horeca": ("HORECA", "Horeca", "Hospitality", ("55", "56")),
    "retail": ("Commerce", "Handel", "Retail and wholesale", ("45", "46", "47")),
    "care": ("Santé et action sociale", "Zorg en welzijn", "Health and care", ("86", "87", "88")),
    "cleaning": (
        "Nettoyage et services aux bâtiments",
        "Schoonmaak en gebouwenbeheer",
        "Cleaning and building services",
        ("81",),
    ),
    "construction": ("Construction", "Bouw", "Construction", ("41", "42", "43")),
    "public": ("Administration publique", "Openbaar bestuur", "Public administration", ("84",)),
    "associations": ("Associations", "Verenigingen", "Associations", ("94",)),
    "education": (
        "Enseignement et formation",
        "Onderwijs en opleiding",
        "Education and training",
        ("85",),
    ),
    "logistics": (
        "Transport et logistique",
        "Vervoer en logistiek",
        "Transport and logistics",
        ("49", "50", "51", "52", "53"),
    ),
    "it": (
        "Informatique et télécoms",
        "Informatica en telecom",
        "IT and telecoms",
        ("58", "59", "60", "61", "62", "63"),
    ),
    "industry": (
        "Industrie et artisanat",
        "Industrie en ambacht",
        "Manufacturing and crafts",
        tuple(f"{d:02d}" for d in range(10, 34)),
    ),
    "services": (
        "Services aux entreprises",
        "Zakelijke dienstverlening",
        "Business services",
        ("69", "70", "71", "72", "73", "74", "75", "77", "78", "79", "80", "82"),
    ),
    "culture": (
        "Culture, sport et loisirs",
        "Cultuur, sport en recreatie",
        "Arts, sport and recreation",
        ("90", "91", "92", "93"),
    ),
    "personal": (
        "Services aux personnes",
        "Persoonlijke diensten",
        "Personal services",
        ("95", "96", "97"),
    ),
}


def divisions_of_section(sector: str) -> tuple[str, ...]:
    """The NACE divisions (two digits) of a sector key; empty for an unknown key."""
    found = SECTORS.get(sector)
    return found[3] if found else ()


def sector_of(nace_code: str | None) -> str | None:
    """The sector key of a stored NACE code, or None."""
    if not nace_code:
        return None
    division = nace_code[:2]
    for key, (*_, divisions) in SECTORS.items():
        if division in divisions:
            return key
    return None


def sector_label(key: str, lang: str) -> str:
    fr, nl, en, _ = SECTORS[key]
    return (fr, nl, en)[LANGUAGES.index(lang)]
