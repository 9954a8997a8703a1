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
    "box_abbr": ("bte", "bus", "box"),
    "bce_abbr": ("BCE", "KBO", "CBE"),
    "generated": ("généré le", "aangemaakt op", "generated on"),
}

#: The open follow-ups in Excel (``reports/followups_export.py``).
FOLLOWUPS_EXPORT_TEXTS: Final[dict[str, tuple[str, str, str]]] = {
    "sheet": ("Relances", "Opvolgingen", "Follow-ups"),
    "overdue": ("en retard", "achterstallig", "overdue"),
    "yes": ("oui", "ja", "yes"),
    "no": ("non", "nee", "no"),
}

#: The placement report (``reports/placements.py`` and its PDF and Excel writers).
PLACEMENT_REPORT_TEXTS: Final[dict[str, tuple[str, str, str]]] = {
    "title": (
        "Rapport des mises à l'emploi",
        "Rapport over de tewerkstellingen",
        "Placement report",
    ),
    "period": (
        "Période : du {start} au {end}",
        "Periode: van {start} tot {end}",
        "Period: {start} to {end}",
    ),
    "period_short": ("{start} – {end}", "{start} – {end}", "{start} – {end}"),
    "generated": ("Établi le {date}", "Opgemaakt op {date}", "Produced on {date}"),
    "scope": (
        "Sont comptées les mises à l'emploi dont la date de début tombe dans la période "
        "(bornes comprises). Les candidats n'apparaissent que par leur code pseudonyme.",
        "Geteld worden de tewerkstellingen waarvan de begindatum in de periode valt "
        "(grenzen inbegrepen). Kandidaten verschijnen enkel met hun pseudonieme code.",
        "Counted are the placements whose start date falls in the period (both ends "
        "included). Candidates appear only by their pseudonymous code.",
    ),
    "key_figures": ("Chiffres clés", "Kerncijfers", "Key figures"),
    "total": ("Mises à l'emploi", "Tewerkstellingen", "Placements"),
    "residents": (
        "Habitants de Saint-Gilles",
        "Inwoners van Sint-Gillis",
        "Saint-Gilles residents",
    ),
    "non_residents": ("Habitants d'ailleurs", "Inwoners van elders", "Residents elsewhere"),
    "employed_3m": (
        "En emploi au suivi à 3 mois",
        "Aan het werk bij de opvolging na 3 maanden",
        "Employed at the 3-month check",
    ),
    "employed_6m": (
        "En emploi au suivi à 6 mois",
        "Aan het werk bij de opvolging na 6 maanden",
        "Employed at the 6-month check",
    ),
    "of_recorded": (
        "{n} sur {d} suivis faits",
        "{n} op {d} uitgevoerde opvolgingen",
        "{n} of {d} checks made",
    ),
    "by_type": ("Par type de mise à l'emploi", "Per soort tewerkstelling", "By placement type"),
    "by_sector": (
        "Par secteur de l'employeur",
        "Per sector van de werkgever",
        "By employer sector",
    ),
    "by_residence": ("Par lieu de résidence", "Per woonplaats", "By residence"),
    "through_network": (
        "Via le réseau des partenaires",
        "Via het netwerk van partners",
        "Through the partner network",
    ),
    "through_network_note": (
        "Mises à l'emploi sur une demande relayée au réseau, dont le candidat a été proposé par "
        "un partenaire : {count} sur {total}.",
        "Tewerkstellingen op een naar het netwerk doorgestuurde aanvraag, waarvan de kandidaat "
        "door een partner werd voorgesteld: {count} op {total}.",
        "Placements on a request relayed to the network whose candidate a partner proposed: "
        "{count} of {total}.",
    ),
    "proposed_by": ("Proposé par", "Voorgesteld door", "Proposed by"),
    "checks": ("Suivis à 3 et 6 mois", "Opvolging na 3 en 6 maanden", "3- and 6-month checks"),
    "checks_note": (
        "« Faits » : suivis dont le résultat est enregistré. « En retard » : date du suivi "
        "passée sans résultat. « Pas encore dû » : date du suivi à venir.",
        "'Uitgevoerd': opvolgingen met een geregistreerd resultaat. 'Achterstallig': datum "
        "van de opvolging verstreken zonder resultaat. 'Nog niet verschuldigd': datum komt nog.",
        "'Made': checks with a recorded result. 'Overdue': check date passed without a "
        "result. 'Not yet due': check date still to come.",
    ),
    "list": ("Liste des mises à l'emploi", "Lijst van de tewerkstellingen", "List of placements"),
    "total_row": ("Total", "Totaal", "Total"),
    "count": ("Nombre", "Aantal", "Count"),
    "share": ("Part", "Aandeel", "Share"),
    "residence": ("Résidence", "Woonplaats", "Residence"),
    "check": ("Suivi", "Opvolging", "Check"),
    "made": ("Faits", "Uitgevoerd", "Made"),
    "rate": ("Taux d'emploi", "Werkzaamheidsgraad", "Employment rate"),
    "overdue": ("En retard", "Achterstallig", "Overdue"),
    "not_yet_due": ("Pas encore dû", "Nog niet verschuldigd", "Not yet due"),
    "three_months": ("3 mois", "3 maanden", "3 months"),
    "six_months": ("6 mois", "6 maanden", "6 months"),
    "unknown-sector": ("Secteur inconnu", "Onbekende sector", "Unknown sector"),
    "none": (
        "Aucune mise à l'emploi dans la période.",
        "Geen tewerkstellingen in de periode.",
        "No placements in the period.",
    ),
    "summary_sheet": ("Résumé", "Samenvatting", "Summary"),
    "type_sheet": ("Par type", "Per soort", "By type"),
    "sector_sheet": ("Par secteur", "Per sector", "By sector"),
    "residence_sheet": ("Résidence", "Woonplaats", "Residence"),
    "checks_sheet": ("Suivis", "Opvolging", "Checks"),
    "list_sheet": ("Liste", "Lijst", "List"),
    "item": ("Élément", "Onderdeel", "Item"),
    "value": ("Valeur", "Waarde", "Value"),
    "period_start": ("Début de la période", "Begin van de periode", "Period start"),
    "period_end": ("Fin de la période", "Einde van de periode", "Period end"),
    "generated_on": ("Établi le", "Opgemaakt op", "Produced on"),
    "scope_label": ("Critère", "Criterium", "Criterion"),
}
