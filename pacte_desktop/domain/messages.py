"""The small message catalogue of the core: errors and field labels in French, Dutch and English.

French is the source language. The UI translates its own strings with Qt; the core's errors come
from here so that the command line, the services and the UI show the same sentence.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

LANGUAGES: Final = ("fr", "nl", "en")

_current = "fr"


def set_language(lang: str) -> None:
    """Choose the language of messages built from now on (``fr``, ``nl`` or ``en``)."""
    global _current
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}; expected one of {', '.join(LANGUAGES)}")
    _current = lang


def current_language() -> str:
    return _current


FIELD_LABELS: Final[dict[str, tuple[str, str, str]]] = {
    # field: (fr, nl, en)
    "name": ("nom", "naam", "name"),
    "name_nl": ("nom néerlandais", "Nederlandse naam", "Dutch name"),
    "legal_form": ("forme juridique", "rechtsvorm", "legal form"),
    "bce_number": ("numéro BCE", "KBO-nummer", "BCE number"),
    "nace_code": ("code NACE-BEL", "NACE-BEL-code", "NACE-BEL code"),
    "nace_version": ("version NACE", "NACE-versie", "NACE version"),
    "street": ("rue", "straat", "street"),
    "street_nl": ("rue (néerlandais)", "straat (Nederlands)", "street (Dutch)"),
    "number": ("numéro", "huisnummer", "number"),
    "box": ("boîte", "bus", "box"),
    "postcode": ("code postal", "postcode", "postcode"),
    "commune": ("commune", "gemeente", "municipality"),
    "commune_nl": ("commune (néerlandais)", "gemeente (Nederlands)", "municipality (Dutch)"),
    "phone": ("téléphone", "telefoon", "phone"),
    "email": ("e-mail", "e-mail", "email"),
    "website": ("site web", "website", "website"),
    "languages": ("langues", "talen", "languages"),
    "size_band": ("taille", "grootteklasse", "size band"),
    "tags": ("étiquettes", "labels", "tags"),
    "accepts": ("accepte", "aanvaardt", "accepts"),
    "status": ("statut", "status", "status"),
    "owner": ("responsable", "verantwoordelijke", "owner"),
    "worker": ("travailleur", "medewerker", "worker"),
    "notes": ("notes", "notities", "notes"),
    "role": ("fonction", "functie", "role"),
    "preferred_language": ("langue préférée", "voorkeurstaal", "preferred language"),
    "employer": ("employeur", "werkgever", "employer"),
    "date": ("date", "datum", "date"),
    "channel": ("canal", "kanaal", "channel"),
    "summary": ("résumé", "samenvatting", "summary"),
    "outcome": ("résultat", "resultaat", "outcome"),
    "next_action_date": ("date de relance", "opvolgdatum", "next action date"),
    "due_date": ("échéance", "vervaldatum", "due date"),
    "kind": ("type", "soort", "kind"),
    "title": ("intitulé", "titel", "title"),
    "positions": ("nombre de postes", "aantal plaatsen", "positions"),
    "required_skills": ("compétences requises", "vereiste vaardigheden", "required skills"),
    "qualification": ("qualification", "kwalificatie", "qualification"),
    "start_date": ("date de début", "begindatum", "start date"),
    "end_date": ("date de fin", "einddatum", "end date"),
    "code": ("code", "code", "code"),
    "skills": ("compétences", "vaardigheden", "skills"),
    "qualification_level": ("niveau de qualification", "kwalificatieniveau", "qualification level"),
    "consent_date": ("date du consentement", "datum van toestemming", "consent date"),
    "retention_date": ("date de fin de conservation", "bewaartermijn", "retention date"),
    "candidate": ("candidat", "kandidaat", "candidate"),
    "opportunity": ("offre", "vacature", "opportunity"),
    "placement_type": ("type de mise à l'emploi", "soort tewerkstelling", "placement type"),
    "check_3m": ("suivi à 3 mois", "opvolging na 3 maanden", "3-month check"),
    "check_6m": ("suivi à 6 mois", "opvolging na 6 maanden", "6-month check"),
    "left_on": ("date de départ", "vertrekdatum", "left on"),
    "action": ("action", "actie", "action"),
    "archived_at": ("archivé le", "gearchiveerd op", "archived at"),
    "archived": ("archivé", "gearchiveerd", "archived"),
    "do_not_share": ("ne pas partager", "niet delen", "do not share"),
    "shared": ("partagée avec le réseau", "gedeeld met het netwerk", "shared with the network"),
    "saint_gilles_resident": (
        "habite Saint-Gilles",
        "woont in Sint-Gillis",
        "Saint-Gilles resident",
    ),
    "last_contact": ("dernier contact", "laatste contact", "last contact"),
    "candidate_code": ("code candidat", "kandidaatcode", "candidate code"),
    "sector": ("secteur", "sector", "sector"),
    "org_type": ("type d'organisation", "soort organisatie", "organisation type"),
    "organisation": ("organisation", "organisatie", "organisation"),
    "file": ("fichier", "bestand", "file"),
    "id": ("identifiant", "id", "id"),
    "setting": ("paramètre", "instelling", "setting"),
    "recipients": ("destinataires", "ontvangers", "recipients"),
    "size": ("taille", "grootte", "size"),
    "sync": ("synchronisation", "synchronisatie", "sync"),
    "conflict": ("conflit", "conflict", "conflict"),
    "passphrase": ("phrase secrète", "wachtzin", "passphrase"),
    "network": ("réseau", "netwerk", "network"),
    "successor": ("successeur", "opvolger", "successor"),
    "contact_person": ("personne de contact", "contactpersoon", "contact person"),
    "interaction": ("démarche", "contactmoment", "interaction"),
    "follow_up": ("relance", "opvolging", "follow-up"),
    "placement": ("mise à l'emploi", "tewerkstelling", "placement"),
    "import_batch": ("lot d'import", "importbatch", "import batch"),
    "mapping": ("correspondance des colonnes", "kolomkoppeling", "column mapping"),
}

CHOICE_LABELS: Final[dict[str, tuple[str, str, str]]] = {
    # organisation types
    "cpas": ("CPAS", "OCMW", "CPAS (public social welfare centre)"),
    "ale": ("ALE", "PWA", "ALE (local employment agency)"),
    "mission-locale": ("Mission locale", "Mission locale", "Mission locale"),
    "isp": ("Association ISP", "SPI-vereniging", "ISP association"),
    "commune": ("Commune", "Gemeente", "Municipality"),
    "maison-emploi": ("Maison de l'emploi", "Huis van werk", "Employment house"),
    "other": ("Autre", "Andere", "Other"),
    # statuses
    "active": ("actif", "actief", "active"),
    "left": ("parti", "vertrokken", "left"),
    "prospect": ("prospect", "prospect", "prospect"),
    "dormant": ("en veille", "slapend", "dormant"),
    "open": ("ouvert", "open", "open"),
    "done": ("fait", "gedaan", "done"),
    "cancelled": ("annulé", "geannuleerd", "cancelled"),
    "filled": ("pourvue", "ingevuld", "filled"),
    "closed": ("clôturée", "afgesloten", "closed"),
    # what employers accept, kinds of opportunity and placement
    "internships": ("stages", "stages", "internships"),
    "article60": ("article 60 §7", "artikel 60 §7", "article 60 §7"),
    "article61": ("article 61", "artikel 61", "article 61"),
    "activa": ("Activa", "Activa", "Activa"),
    "hires": ("embauches", "aanwervingen", "hires"),
    "internship": ("stage", "stage", "internship"),
    "fpi": ("FPI", "IBO", "FPI (in-company training)"),
    "fixed-term": ("CDD", "bepaalde duur", "fixed-term"),
    "open-ended": ("CDI", "onbepaalde duur", "open-ended"),
    "training": ("formation", "opleiding", "training"),
    "profile-request": ("demande de profils", "profielaanvraag", "profile request"),
    # channels
    "visit": ("visite", "bezoek", "visit"),
    "phone": ("téléphone", "telefoon", "phone"),
    "email": ("e-mail", "e-mail", "email"),
    "event": ("événement", "evenement", "event"),
    # qualifications
    "none": ("sans diplôme", "zonder diploma", "no diploma"),
    "ceb": ("CEB", "getuigschrift basisonderwijs", "primary school certificate"),
    "cesi": ("CESI", "getuigschrift lager secundair", "lower secondary"),
    "cess": ("CESS", "diploma secundair onderwijs", "upper secondary"),
    "bachelor": ("bachelier", "bachelor", "bachelor"),
    "master": ("master", "master", "master"),
    # placement outcomes and checks
    "ongoing": ("en cours", "lopend", "ongoing"),
    "completed": ("terminé", "voltooid", "completed"),
    "hired": ("engagé", "aangeworven", "hired"),
    "ended-early": ("arrêté avant terme", "voortijdig beëindigd", "ended early"),
    "pending": ("à faire", "te doen", "pending"),
    "employed": ("en emploi", "aan het werk", "employed"),
    "not-employed": ("sans emploi", "zonder werk", "not employed"),
    "unknown": ("inconnu", "onbekend", "unknown"),
}


def choice_label(value: str, lang: str | None = None) -> str:
    """How a stored choice code reads in ``lang`` (the code itself when it has no label)."""
    labels = CHOICE_LABELS.get(value)
    return value if labels is None else labels[LANGUAGES.index(lang or _current)]


MESSAGES: Final[dict[str, tuple[str, str, str]]] = {
    # code: (fr, nl, en); {label} is the translated field label, other names come from params.
    "required": (
        "{label} : ce champ est obligatoire",
        "{label}: dit veld is verplicht",
        "{label}: this field is required",
    ),
    "too_long": (
        "{label} : {length} caractères, au plus {max} permis",
        "{label}: {length} tekens, hoogstens {max} toegelaten",
        "{label}: {length} characters, at most {max} allowed",
    ),
    "bce_format": (
        "{label} : « {value} » n'a pas 10 chiffres (attendu par ex. 0403.019.261)",
        "{label}: '{value}' heeft geen 10 cijfers (verwacht bv. 0403.019.261)",
        "{label}: '{value}' does not have 10 digits (expected e.g. 0403.019.261)",
    ),
    "bce_first_digit": (
        "{label} : « {value} » doit commencer par 0 ou 1 (entreprise) "
        "ou 2 à 8 (unité d'établissement)",
        "{label}: '{value}' moet beginnen met 0 of 1 (onderneming) of 2 tot 8 (vestigingseenheid)",
        "{label}: '{value}' must start with 0 or 1 (enterprise) or 2 to 8 (establishment unit)",
    ),
    "bce_checksum": (
        "{label} : « {value} » n'est pas un numéro valide (chiffres de contrôle incorrects)",
        "{label}: '{value}' is geen geldig nummer (controlecijfers kloppen niet)",
        "{label}: '{value}' is not a valid number (wrong check digits)",
    ),
    "phone": (
        "{label} : « {value} » n'est pas un numéro de téléphone valide",
        "{label}: '{value}' is geen geldig telefoonnummer",
        "{label}: '{value}' is not a valid phone number",
    ),
    "email": (
        "{label} : « {value} » n'est pas une adresse e-mail valide",
        "{label}: '{value}' is geen geldig e-mailadres",
        "{label}: '{value}' is not a valid email address",
    ),
    "website": (
        "{label} : « {value} » n'est pas une adresse web valide",
        "{label}: '{value}' is geen geldig webadres",
        "{label}: '{value}' is not a valid web address",
    ),
    "postcode": (
        "{label} : « {value} » n'est pas un code postal belge (4 chiffres, de 1000 à 9999)",
        "{label}: '{value}' is geen Belgische postcode (4 cijfers, van 1000 tot 9999)",
        "{label}: '{value}' is not a Belgian postcode (4 digits, 1000 to 9999)",
    ),
    "nace": (
        "{label} : « {value} » n'est pas un code NACE-BEL (2 à 5 chiffres, par ex. 56.101)",
        "{label}: '{value}' is geen NACE-BEL-code (2 tot 5 cijfers, bv. 56.101)",
        "{label}: '{value}' is not a NACE-BEL code (2 to 5 digits, e.g. 56.101)",
    ),
    "date": (
        "{label} : « {value} » n'est pas une date (attendu AAAA-MM-JJ)",
        "{label}: '{value}' is geen datum (verwacht JJJJ-MM-DD)",
        "{label}: '{value}' is not a date (expected YYYY-MM-DD)",
    ),
    "end_before_start": (
        "{label} : la fin ({end}) est antérieure au début ({start})",
        "{label}: het einde ({end}) ligt vóór het begin ({start})",
        "{label}: the end ({end}) is before the start ({start})",
    ),
    "choice": (
        "{label} : « {value} » n'est pas permis (choix : {choices})",
        "{label}: '{value}' is niet toegelaten (keuze: {choices})",
        "{label}: '{value}' is not allowed (choices: {choices})",
    ),
    "positive": (
        "{label} : « {value} » doit être un nombre entier positif",
        "{label}: '{value}' moet een positief geheel getal zijn",
        "{label}: '{value}' must be a positive whole number",
    ),
    "unknown_worker": (
        "{label} : aucun travailleur actif nommé « {value} »",
        "{label}: geen actieve medewerker met de naam '{value}'",
        "{label}: no active worker named '{value}'",
    ),
    "code_exists": (
        "{label} : un autre chercheur d'emploi porte déjà le code « {value} »",
        "{label}: een andere werkzoekende heeft al de code '{value}'",
        "{label}: another candidate already has the code '{value}'",
    ),
    "worker_exists": (
        "{label} : un travailleur nommé « {value} » existe déjà",
        "{label}: er bestaat al een medewerker met de naam '{value}'",
        "{label}: a worker named '{value}' already exists",
    ),
    "worker_left": (
        "{label} : « {value} » a déjà quitté l'organisation",
        "{label}: '{value}' heeft de organisatie al verlaten",
        "{label}: '{value}' has already left the organisation",
    ),
    "handover_self": (
        "{label} : « {value} » ne peut pas se transmettre son propre portefeuille",
        "{label}: '{value}' kan de eigen portefeuille niet aan zichzelf overdragen",
        "{label}: '{value}' cannot hand over to themselves",
    ),
    "not_found": (
        "{label} : aucun enregistrement « {value} »",
        "{label}: geen record '{value}'",
        "{label}: no record '{value}'",
    ),
    "ambiguous": (
        "{label} : « {value} » désigne plusieurs enregistrements ; donnez plus de caractères",
        "{label}: '{value}' verwijst naar meerdere records; geef meer tekens",
        "{label}: '{value}' matches several records; give more characters",
    ),
    "archived": (
        "{label} : « {value} » est archivé ; restaurez-le d'abord",
        "{label}: '{value}' is gearchiveerd; herstel het eerst",
        "{label}: '{value}' is archived; restore it first",
    ),
    "not_initialised": (
        "Ce dossier de données n'a pas encore d'organisation : lancez « pacte init » ({value})",
        "Deze gegevensmap heeft nog geen organisatie: voer 'pacte init' uit ({value})",
        "This data folder has no organisation yet: run 'pacte init' ({value})",
    ),
    "already_initialised": (
        "Ce dossier de données appartient déjà à l'organisation « {value} »",
        "Deze gegevensmap hoort al bij de organisatie '{value}'",
        "This data folder already belongs to the organisation '{value}'",
    ),
    "not_a_store": (
        "{label} : « {value} » n'est pas une base Pacte ({reason})",
        "{label}: '{value}' is geen Pacte-databank ({reason})",
        "{label}: '{value}' is not a Pacte store ({reason})",
    ),
    "store_too_new": (
        "{label} : « {value} » vient d'une version plus récente de Pacte (schéma {revision}) ; "
        "mettez l'application à jour",
        "{label}: '{value}' komt van een nieuwere versie van Pacte (schema {revision}); "
        "werk de toepassing bij",
        "{label}: '{value}' comes from a newer version of Pacte (schema {revision}); "
        "update the application",
    ),
    "unknown_setting": (
        "{label} : paramètre inconnu « {value} » (connus : {choices})",
        "{label}: onbekende instelling '{value}' (bekend: {choices})",
        "{label}: unknown setting '{value}' (known: {choices})",
    ),
    "cannot_write": (
        "{label} : impossible d'écrire « {value} » ({reason})",
        "{label}: '{value}' kan niet geschreven worden ({reason})",
        "{label}: cannot write '{value}' ({reason})",
    ),
    "no_such_file": (
        "{label} : le fichier « {value} » n'existe pas",
        "{label}: het bestand '{value}' bestaat niet",
        "{label}: the file '{value}' does not exist",
    ),
    "no_change": (
        "{label} : aucune modification demandée",
        "{label}: geen wijziging gevraagd",
        "{label}: no change requested",
    ),
    "unknown_field": (
        "{label} : champ inconnu « {value} »",
        "{label}: onbekend veld '{value}'",
        "{label}: unknown field '{value}'",
    ),
    # Sync (issue 4): {value} names the file, folder or URL; {reason} says what is wrong.
    "sync_corrupt": (
        "{label} : « {value} » est illisible ou incomplet ({reason}) ; il sera relu plus tard",
        "{label}: '{value}' is onleesbaar of onvolledig ({reason}); het wordt later opnieuw "
        "gelezen",
        "{label}: '{value}' is unreadable or incomplete ({reason}); it will be read again later",
    ),
    "sync_forged": (
        "{label} : « {value} » est refusé : sa signature ou son origine ne se vérifie pas "
        "({reason})",
        "{label}: '{value}' wordt geweigerd: handtekening of herkomst klopt niet ({reason})",
        "{label}: '{value}' is rejected: its signature or origin does not check out ({reason})",
    ),
    "sync_passphrase": (
        "{label} : la phrase secrète ne déverrouille pas les clés de « {value} »",
        "{label}: de wachtzin ontgrendelt de sleutels van '{value}' niet",
        "{label}: the passphrase does not unlock the keys of '{value}'",
    ),
    "sync_root": (
        "{label} : « {value} » n'est pas le dossier de synchronisation attendu ({reason}) ; "
        "rien n'a été modifié",
        "{label}: '{value}' is niet de verwachte synchronisatiemap ({reason}); er is niets "
        "gewijzigd",
        "{label}: '{value}' is not the expected sync location ({reason}); nothing was changed",
    ),
    "sync_transport": (
        "{label} : « {value} » ne répond pas comme prévu ({reason})",
        "{label}: '{value}' antwoordt niet zoals verwacht ({reason})",
        "{label}: '{value}' does not answer as expected ({reason})",
    ),
    "sync_exists": (
        "{label} : « {value} » existe déjà ; un fichier de synchronisation n'est jamais remplacé",
        "{label}: '{value}' bestaat al; een synchronisatiebestand wordt nooit vervangen",
        "{label}: '{value}' already exists; a sync file is never replaced",
    ),
    # {value} names the sync location; {minutes} is the clock offset, in whole minutes.
    "clock_skew": (
        "{label} : l'horloge de cet ordinateur et celle de « {value} » diffèrent de "
        "{minutes} minutes ; corrigez la date et l'heure avant de synchroniser",
        "{label}: de klok van deze computer en die van '{value}' verschillen {minutes} "
        "minuten; corrigeer de datum en het uur voor u synchroniseert",
        "{label}: the clock of this computer and that of '{value}' differ by {minutes} "
        "minutes; correct the date and time before syncing",
    ),
    "sync_busy": (
        "{label} : une autre synchronisation de ce poste est en cours ({value}) ; réessayez "
        "dans un instant",
        "{label}: een andere synchronisatie van deze werkpost is bezig ({value}); probeer zo "
        "dadelijk opnieuw",
        "{label}: another sync of this workstation is running ({value}); try again in a moment",
    ),
    "sync_no_root": (
        "{label} : « {value} » ne contient pas {file} : dossier vide, déplacé ou non monté ; "
        "rien n'a été modifié",
        "{label}: '{value}' bevat geen {file}: lege, verplaatste of niet-gekoppelde map; er is "
        "niets gewijzigd",
        "{label}: '{value}' holds no {file}: an empty, moved or unmounted location; nothing was "
        "changed",
    ),
    "sync_nothing_to_join": (
        "{label} : « {value} » ne contient pas {file} : il n'y a rien à rejoindre (pour créer, "
        "lancez la configuration sur un poste déjà initialisé)",
        "{label}: '{value}' bevat geen {file}: er is niets om bij aan te sluiten (om aan te "
        "maken, start de configuratie op een werkpost die al ingesteld is)",
        "{label}: '{value}' holds no {file}: there is nothing to join (to create it, run the "
        "setup on a workstation that is already initialised)",
    ),
    "sync_app_too_old": (
        "{label} : « {value} » demande Pacte Desktop {minimum} ou plus récent (ce poste a "
        "{version}) ; mettez l'application à jour, rien n'a été modifié",
        "{label}: '{value}' vraagt Pacte Desktop {minimum} of nieuwer (deze werkpost heeft "
        "{version}); werk de toepassing bij, er is niets gewijzigd",
        "{label}: '{value}' needs Pacte Desktop {minimum} or later (this workstation has "
        "{version}); update the application, nothing was changed",
    ),
    "sync_not_setup": (
        "{label} : la synchronisation « {value} » n'est pas configurée ; lancez « pacte sync "
        "setup » d'abord",
        "{label}: synchronisatie '{value}' is niet ingesteld; voer eerst 'pacte sync setup' uit",
        "{label}: sync '{value}' is not set up; run 'pacte sync setup' first",
    ),
    "sync_other_org": (
        "{label} : « {value} » appartient à une autre organisation ({reason}) ; rien n'a été "
        "modifié",
        "{label}: '{value}' behoort tot een andere organisatie ({reason}); er is niets gewijzigd",
        "{label}: '{value}' belongs to another organisation ({reason}); nothing was changed",
    ),
    "passphrase_required": (
        "{label} : une phrase secrète est requise ({value} ou saisie au clavier)",
        "{label}: een wachtzin is vereist ({value} of ingetypt)",
        "{label}: a passphrase is required ({value} or typed in)",
    ),
    "passphrase_short": (
        "{label} : la phrase secrète doit compter au moins {min} caractères",
        "{label}: de wachtzin moet minstens {min} tekens tellen",
        "{label}: the passphrase must be at least {min} characters long",
    ),
    "passphrase_mismatch": (
        "{label} : les deux phrases secrètes saisies diffèrent",
        "{label}: de twee ingetypte wachtzinnen verschillen",
        "{label}: the two passphrases typed differ",
    ),
    # Keys at rest, key epochs, devices and passphrase strength (issue 10, 2.6 and 2.7).
    "passphrase_variety": (
        "{label} : la phrase secrète doit mêler au moins deux sortes de caractères (minuscules, "
        "majuscules, chiffres, espaces ou signes) et compter au moins {min} caractères différents",
        "{label}: de wachtzin moet minstens twee soorten tekens mengen (kleine letters, "
        "hoofdletters, cijfers, spaties of leestekens) en minstens {min} verschillende tekens "
        "tellen",
        "{label}: the passphrase must mix at least two kinds of characters (lowercase, "
        "uppercase, digits, spaces or punctuation) and have at least {min} different characters",
    ),
    "passphrase_name": (
        "{label} : la phrase secrète ne peut pas être le nom « {value} » ; choisissez par exemple "
        "quatre mots sans lien entre eux",
        "{label}: de wachtzin mag niet de naam '{value}' zijn; kies bijvoorbeeld vier woorden "
        "zonder verband",
        "{label}: the passphrase cannot be the name '{value}'; choose for instance four "
        "unrelated words",
    ),
    "passphrase_common": (
        "{label} : cette phrase secrète fait partie des mots de passe les plus utilisés ; "
        "choisissez par exemple quatre mots sans lien entre eux",
        "{label}: deze wachtzin hoort bij de meest gebruikte wachtwoorden; kies bijvoorbeeld "
        "vier woorden zonder verband",
        "{label}: this passphrase is one of the most used passwords; choose for instance four "
        "unrelated words",
    ),
    "passphrase_same": (
        "{label} : la nouvelle phrase secrète est la même que l'ancienne",
        "{label}: de nieuwe wachtzin is dezelfde als de oude",
        "{label}: the new passphrase is the same as the old one",
    ),
    "sync_passphrase_old": (
        "{label} : c'est une ancienne phrase secrète de « {value} » : elle a été changée "
        "depuis ; saisissez la nouvelle",
        "{label}: dat is een oude wachtzin van '{value}': hij is sindsdien gewijzigd; typ de "
        "nieuwe",
        "{label}: this is an old passphrase of '{value}': it has been changed since; type the "
        "new one",
    ),
    "sync_locked": (
        "{label} : les clés de synchronisation de ce poste sont verrouillées ; saisissez la "
        "phrase secrète pour les déverrouiller (rien n'a été envoyé ni reçu)",
        "{label}: de synchronisatiesleutels van deze werkpost zijn vergrendeld; typ de wachtzin "
        "om ze te ontgrendelen (er is niets verstuurd of ontvangen)",
        "{label}: this workstation's sync keys are locked; type the passphrase to unlock them "
        "(nothing was sent or received)",
    ),
    "sync_new_keys": (
        "{label} : les clés ont été renouvelées (appareil révoqué ou nouvelle phrase secrète) "
        "et ce poste n'a pas reçu la nouvelle ; saisissez la phrase secrète (rien n'a été envoyé)",
        "{label}: de sleutels zijn vernieuwd (ingetrokken toestel of nieuwe wachtzin) en deze "
        "werkpost heeft de nieuwe niet ontvangen; typ de wachtzin (er is niets verstuurd)",
        "{label}: the keys were renewed (a revoked device or a new passphrase) and this "
        "workstation did not receive the new one; type the passphrase (nothing was sent)",
    ),
    "sync_revoked": (
        "{label} : ce poste ({value}) a été révoqué ; il ne synchronise plus, et ce qu'il "
        "écrirait serait refusé par les autres postes",
        "{label}: deze werkpost ({value}) is ingetrokken; hij synchroniseert niet meer, en wat "
        "hij zou schrijven wordt door de andere werkposten geweigerd",
        "{label}: this workstation ({value}) was revoked; it no longer syncs, and what it "
        "would write is refused by the other workstations",
    ),
    "sync_revoked_file": (
        "{label} : « {value} » est refusé : l'appareil qui l'a écrit a été révoqué (ses "
        "fichiers sont acceptés jusqu'au n° {last})",
        "{label}: '{value}' wordt geweigerd: het toestel dat het schreef is ingetrokken (zijn "
        "bestanden worden aanvaard tot nr. {last})",
        "{label}: '{value}' is rejected: the device that wrote it was revoked (its files are "
        "accepted up to no. {last})",
    ),
    "sync_unknown_device": (
        "{label} : aucun appareil ne correspond à « {value} » (ou plusieurs) ; voyez « pacte "
        "sync devices »",
        "{label}: geen toestel komt overeen met '{value}' (of meerdere); zie 'pacte sync devices'",
        "{label}: no device matches '{value}' (or several do); see 'pacte sync devices'",
    ),
    "sync_revoke_self": (
        "{label} : ce poste ne peut pas se révoquer lui-même ; faites-le depuis un autre poste",
        "{label}: deze werkpost kan zichzelf niet intrekken; doe het vanaf een andere werkpost",
        "{label}: this workstation cannot revoke itself; do it from another workstation",
    ),
    "sync_already_revoked": (
        "{label} : l'appareil « {value} » est déjà révoqué",
        "{label}: het toestel '{value}' is al ingetrokken",
        "{label}: device '{value}' is already revoked",
    ),
    "sync_epoch_race": (
        "{label} : un autre poste vient de renouveler les clés ({value}) ; synchronisez, puis "
        "recommencez",
        "{label}: een andere werkpost heeft net de sleutels vernieuwd ({value}); synchroniseer "
        "en begin opnieuw",
        "{label}: another workstation has just renewed the keys ({value}); sync, then try again",
    ),
    "confirmation_required": (
        "{label} : confirmation requise : relancez avec --yes, ou dans un terminal",
        "{label}: bevestiging vereist: start opnieuw met --yes, of in een terminal",
        "{label}: confirmation required: run again with --yes, or in a terminal",
    ),
    "referenced": (
        "{label} : « {value} » est encore lié à {count} autre(s) fiche(s) ; archivez-le plutôt",
        "{label}: '{value}' is nog aan {count} andere fiche(s) gekoppeld; archiveer het liever",
        "{label}: '{value}' is still referred to by {count} other record(s); archive it instead",
    ),
    "conflict_deleted": (
        "{label} : le conflit {value} concerne une fiche supprimée ; la valeur perdue ne peut "
        "pas y être rétablie",
        "{label}: conflict {value} betreft een verwijderde fiche; de verloren waarde kan er niet "
        "worden teruggezet",
        "{label}: conflict {value} concerns a deleted record; the lost value cannot be put back "
        "on it",
    ),
    "no_such_conflict": (
        "{label} : aucun conflit ouvert ne porte le numéro « {value} »",
        "{label}: geen open conflict met nummer '{value}'",
        "{label}: no open conflict has the number '{value}'",
    ),
    "network_coordinator": (
        "{label} : seule l'organisation coordinatrice peut publier la charte",
        "{label}: alleen de coördinerende organisatie kan het charter publiceren",
        "{label}: only the coordinating organisation can publish the charter",
    ),
    "immutable_field": (
        "{label} : ce champ ne peut pas être modifié ainsi",
        "{label}: dit veld kan niet zo gewijzigd worden",
        "{label}: this field cannot be changed this way",
    ),
    # Imports (issue 5): {value} names the file, the batch or the record.
    "import_format": (
        "{label} : « {value} » ne peut pas être importé ({reason}) ; attendu un fichier .xlsx "
        "ou .csv",
        "{label}: '{value}' kan niet geïmporteerd worden ({reason}); verwacht een .xlsx- of "
        ".csv-bestand",
        "{label}: '{value}' cannot be imported ({reason}); expected an .xlsx or .csv file",
    ),
    "import_no_header": (
        "{label} : aucune ligne d'en-tête reconnue dans les {rows} premières lignes de "
        "« {value} » (colonnes attendues, par ex. : {columns})",
        "{label}: geen kopregel herkend in de eerste {rows} regels van '{value}' (verwachte "
        "kolommen, bv.: {columns})",
        "{label}: no header row recognised in the first {rows} rows of '{value}' (expected "
        "columns, e.g.: {columns})",
    ),
    "import_mapping": (
        "{label} : le fichier de correspondance « {value} » est invalide ({reason}) ; attendu "
        "un objet JSON « en-tête de colonne » → « champ »",
        "{label}: het koppelingsbestand '{value}' is ongeldig ({reason}); verwacht "
        "een JSON-object 'kolomkop' → 'veld'",
        "{label}: the mapping file '{value}' is invalid ({reason}); expected "
        "a JSON object 'column header' → 'field'",
    ),
    "import_reverted": (
        "{label} : l'import « {value} » a déjà été annulé le {date}",
        "{label}: de import '{value}' werd al ongedaan gemaakt op {date}",
        "{label}: the import '{value}' was already reverted on {date}",
    ),
    "import_changed_since": (
        "{label} : « {value} » a été modifié après l'import {batch} (par {who}) ; l'import "
        "n'est pas annulé, rien n'a été modifié",
        "{label}: '{value}' werd gewijzigd na de import {batch} (door {who}); de import wordt "
        "niet ongedaan gemaakt, er is niets gewijzigd",
        "{label}: '{value}' was changed after the import {batch} (by {who}); the import is not "
        "reverted, nothing was changed",
    ),
    "kbo_missing_file": (
        "{label} : l'extrait KBO/BCE « {value} » ne contient pas {file}",
        "{label}: het KBO-uittreksel '{value}' bevat geen {file}",
        "{label}: the KBO/BCE extract '{value}' holds no {file}",
    ),
    "kbo_not_extract": (
        "{label} : « {value} » n'est pas un extrait KBO/BCE (attendu le dossier décompressé "
        "ou le fichier zip)",
        "{label}: '{value}' is geen KBO-uittreksel (verwacht de uitgepakte map of het zip-bestand)",
        "{label}: '{value}' is not a KBO/BCE extract (expected the unzipped folder or the zip "
        "file)",
    ),
    "kbo_format": (
        "{label} : {file} de « {value} » n'a pas le format de l'extrait KBO/BCE ({reason})",
        "{label}: {file} van '{value}' heeft niet het formaat van het KBO-uittreksel ({reason})",
        "{label}: {file} of '{value}' is not in the KBO/BCE extract format ({reason})",
    ),
    "export_format": (
        "{label} : le format « {value} » n'est pas pris en charge ; choisissez un fichier "
        "{choices}",
        "{label}: het formaat '{value}' wordt niet ondersteund; kies een {choices}-bestand",
        "{label}: the format '{value}' is not supported; choose a {choices} file",
    ),
}


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


#: Why the system refused to write a file, as a user reads it (see ``reports.output``).
OS_REASONS: Final[dict[str, tuple[str, str, str]]] = {
    "missing_folder": (
        "le dossier n'existe pas",
        "de map bestaat niet",
        "the folder does not exist",
    ),
    "denied": ("accès refusé", "toegang geweigerd", "permission denied"),
    "disk_full": ("le disque est plein", "de schijf is vol", "the disk is full"),
    "read_only": (
        "le support est en lecture seule",
        "de schijf is alleen-lezen",
        "the medium is read-only",
    ),
    "is_folder": ("c'est un dossier", "het is een map", "it is a folder"),
}


def os_reason(key: str, lang: str | None = None) -> str:
    return pick(OS_REASONS, key, lang)


def pick(texts: Mapping[str, tuple[str, str, str]], key: str, lang: str | None = None) -> str:
    """The ``lang`` form of ``key`` in a module's own (fr, nl, en) table of texts."""
    return texts[key][LANGUAGES.index(lang or _current)]


def render(code: str, field: str, params: dict[str, object], lang: str | None = None) -> str:
    """The sentence for an error code, in ``lang`` or the current language."""
    lang = lang or _current
    template = MESSAGES[code][LANGUAGES.index(lang)]
    return template.format(label=field_label(field, lang), **params)
