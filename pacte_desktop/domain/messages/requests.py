"""Texts of employer requests relayed to the network (issue 15, point 3): the refusals of
``services/requests.py`` and the words ``pacte request`` prints.

``code: (fr, nl, en)``; ``{label}`` is the translated field label, other names come from the
error's parameters.
"""

from __future__ import annotations

from typing import Final

MESSAGES: Final[dict[str, tuple[str, str, str]]] = {
    "network_id": (
        "{label} : « {value} » n'est pas un identifiant d'organisation ou de fiche du réseau",
        "{label}: '{value}' is geen id van een organisatie of fiche van het netwerk",
        "{label}: '{value}' is not the id of an organisation or record of the network",
    ),
    "not_a_partner": (
        "{label} : « {value} » n'est pas une organisation partenaire du réseau (voir « pacte "
        "network members »)",
        "{label}: '{value}' is geen partnerorganisatie van het netwerk (zie 'pacte network "
        "members')",
        "{label}: '{value}' is not a partner organisation of the network (see 'pacte network "
        "members')",
    ),
    "request_not_profile": (
        "{label} : « {value} » n'est pas une demande de profils d'un employeur ; seules les "
        "demandes de profils sont relayées au réseau",
        "{label}: '{value}' is geen profielaanvraag van een werkgever; alleen "
        "profielaanvragen worden naar het netwerk doorgestuurd",
        "{label}: '{value}' is not an employer's request for profiles; only requests for "
        "profiles are relayed to the network",
    ),
    "request_not_open": (
        "{label} : la demande « {value} » est clôturée ({status}) ; rouvrez-la d'abord",
        "{label}: de aanvraag '{value}' is afgesloten ({status}); heropen ze eerst",
        "{label}: the request '{value}' is closed ({status}); reopen it first",
    ),
    "request_partner_closed": (
        "{label} : la demande « {value} » de {organisation} est clôturée ({status}) : "
        "elle n'attend plus de réponse",
        "{label}: de aanvraag '{value}' van {organisation} is afgesloten ({status}): "
        "ze wacht niet meer op een antwoord",
        "{label}: the request '{value}' of {organisation} is closed ({status}): it no longer "
        "awaits answers",
    ),
    "request_employer_private": (
        "{label} : l'employeur « {employer} » est marqué « ne pas partager » : sa demande ne "
        "peut pas partir sans le faire connaître. Levez la marque (avec l'accord de "
        "l'employeur) pour relayer la demande",
        "{label}: de werkgever '{employer}' is gemarkeerd als 'niet delen': zijn aanvraag kan "
        "niet vertrekken zonder hem bekend te maken. Hef de markering op (met het akkoord van "
        "de werkgever) om de aanvraag door te sturen",
        "{label}: the employer '{employer}' is marked 'do not share': its request cannot leave "
        "without making it known. Lift the mark (with the employer's agreement) to relay the "
        "request",
    ),
    "request_not_found": (
        "{label} : aucune demande de partenaire « {value} » (voir « pacte request list »)",
        "{label}: geen aanvraag van een partner '{value}' (zie 'pacte request list')",
        "{label}: no partner's request '{value}' (see 'pacte request list')",
    ),
    "request_ambiguous": (
        "{label} : « {value} » désigne {count} demandes de partenaires ; donnez plus de "
        "caractères de l'identifiant",
        "{label}: '{value}' wijst {count} aanvragen van partners aan; geef meer tekens van de id",
        "{label}: '{value}' names {count} partners' requests; give more of the id",
    ),
    "request_names_candidate": (
        "{label} : le message cite le code « {candidate} » d'un de nos candidats ; une réponse dit "
        "combien, jamais qui",
        "{label}: het bericht vermeldt de code '{candidate}' van een van onze kandidaten; een "
        "antwoord zegt hoeveel, nooit wie",
        "{label}: the message quotes the code '{candidate}' of one of our candidates; an answer "
        "says how many, never who",
    ),
    "request_close_status": (
        "{label} : « {value} » n'est pas une clôture ; choisissez parmi {choices}",
        "{label}: '{value}' is geen afsluiting; kies uit {choices}",
        "{label}: '{value}' is not a way to close; choose from {choices}",
    ),
}

#: What ``pacte request list`` and ``relay``/``answer``/``close`` print.
REQUEST_TEXTS: Final[dict[str, tuple[str, str, str]]] = {
    "request_ours": (
        "Nos demandes relayées",
        "Onze doorgestuurde aanvragen",
        "Our relayed requests",
    ),
    "request_partners": (
        "Demandes des partenaires",
        "Aanvragen van partners",
        "Partners' requests",
    ),
    "request_none": ("(aucune)", "(geen)", "(none)"),
    "request_gathered": (
        "candidats proposés : {count} sur {asked}",
        "voorgestelde kandidaten: {count} van {asked}",
        "candidates proposed: {count} of {asked}",
    ),
    "request_relayed": (
        "Demande relayée au réseau : elle part au prochain passage de synchronisation",
        "Aanvraag naar het netwerk doorgestuurd: ze vertrekt bij de volgende synchronisatie",
        "Request relayed to the network: it leaves at the next sync pass",
    ),
    "request_answered": (
        "Réponse enregistrée : elle part au prochain passage de synchronisation",
        "Antwoord opgeslagen: het vertrekt bij de volgende synchronisatie",
        "Answer saved: it leaves at the next sync pass",
    ),
    "request_closed": (
        "Demande clôturée ({status}) : la clôture part au prochain passage de synchronisation",
        "Aanvraag afgesloten ({status}): de afsluiting vertrekt bij de volgende synchronisatie",
        "Request closed ({status}): the close leaves at the next sync pass",
    ),
    "request_our_answer": ("notre réponse", "ons antwoord", "our answer"),
}
