"""Texts of the reports that are not field or choice labels: sheet names, titles, headings.

One table per report, ``key: (fr, nl, en)``; field and choice labels come from ``labels``.
"""

from __future__ import annotations

from typing import Final

#: The partner directory (``reports/directory.py``).
DIRECTORY_TEXTS: Final[dict[str, tuple[str, str, str]]] = {
    "employers_sheet": ("Employeurs", "Werkgevers", "Employers"),
    "contacts_sheet": ("Personnes de contact", "Contactpersonen", "Contact persons"),
    "about_sheet": ("À propos", "Over", "About"),
    "address": ("adresse", "adres", "address"),
    "title": ("Répertoire des employeurs", "Werkgeversgids", "Employer directory"),
    "date": ("date", "datum", "date"),
    "filters": ("filtres", "filters", "filters"),
    "none": ("aucun", "geen", "none"),
    "shareable_only": (
        "seulement ce que la charte permet de partager",
        "alleen wat het charter laat delen",
        "only what the charter lets out",
    ),
    "yes": ("oui", "ja", "yes"),
    "no": ("non", "nee", "no"),
    "charter_version": ("version de la charte", "versie van het charter", "charter version"),
    "employers_count": ("employeurs", "werkgevers", "employers"),
    "contacts_count": ("personnes de contact", "contactpersonen", "contact persons"),
    "no_contacts_allowed": (
        "La charte de partage ne permet de partager aucun champ des personnes de contact : "
        "elles ne sont pas exportées.",
        "Het deelcharter laat geen enkel veld van contactpersonen delen: ze worden niet "
        "geëxporteerd.",
        "The sharing charter lets no contact person field out: contact persons are not exported.",
    ),
    "no_sector": ("Secteur non renseigné", "Sector onbekend", "No sector"),
    "phone_abbr": ("Tél.", "Tel.", "Tel."),
    "bce_abbr": ("BCE", "KBO", "BCE"),
    "generated": ("généré le", "aangemaakt op", "generated on"),
}

#: The open follow-ups in Excel (``reports/followups_export.py``).
FOLLOWUPS_EXPORT_TEXTS: Final[dict[str, tuple[str, str, str]]] = {
    "sheet": ("Relances", "Opvolgingen", "Follow-ups"),
    "overdue": ("en retard", "achterstallig", "overdue"),
    "yes": ("oui", "ja", "yes"),
    "no": ("non", "nee", "no"),
}
