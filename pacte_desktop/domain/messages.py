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
    "store": ("base", "databank", "store"),
    "data_dir": ("dossier de données", "gegevensmap", "data folder"),
    "line": ("ligne", "regel", "line"),
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
    "bce_never_issued": (
        "{label} : « {value} » n'est pas un numéro que la BCE attribue (que des zéros)",
        "{label}: '{value}' is geen nummer dat de KBO toekent (alleen nullen)",
        "{label}: '{value}' is not a number the BCE issues (all zeros)",
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
    "date_range": (
        "{label} : {value} est hors des dates permises (du {min} au {max})",
        "{label}: {value} valt buiten de toegelaten data (van {min} tot {max})",
        "{label}: {value} is outside the dates allowed ({min} to {max})",
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
    "int_range": (
        "{label} : « {value} » doit être un nombre entier de {min} à {max}",
        "{label}: '{value}' moet een geheel getal van {min} tot {max} zijn",
        "{label}: '{value}' must be a whole number from {min} to {max}",
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
    "ambiguous_name": (
        "{label} : plusieurs enregistrements s'appellent « {value} » ({ids}) ; "
        "donnez l'identifiant",
        "{label}: meerdere records heten '{value}' ({ids}); geef de id",
        "{label}: several records are named '{value}' ({ids}); give the id",
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
    "backup_corrupt": (
        "{label} : « {value} » est endommagé ({reason}) ; rien n'a été modifié",
        "{label}: '{value}' is beschadigd ({reason}); er is niets gewijzigd",
        "{label}: '{value}' is damaged ({reason}); nothing was changed",
    ),
    "backup_into_store": (
        "{label} : « {value} » est la base elle-même ou l'un de ses fichiers ; "
        "choisissez un autre fichier pour la sauvegarde",
        "{label}: '{value}' is de databank zelf of een van haar bestanden; "
        "kies een ander bestand voor de back-up",
        "{label}: '{value}' is the store itself or one of its files; "
        "choose another file for the backup",
    ),
    "store_damaged": (
        "La base « {value} » est endommagée ({reason}). Dernière sauvegarde saine : {backup}. "
        "Pour la restaurer : {command}",
        "De databank '{value}' is beschadigd ({reason}). Laatste gezonde back-up: {backup}. "
        "Om die terug te zetten: {command}",
        "The store '{value}' is damaged ({reason}). Latest good backup: {backup}. "
        "To restore it: {command}",
    ),
    "store_damaged_no_backup": (
        "La base « {value} » est endommagée ({reason}) et aucune sauvegarde saine n'a été "
        "trouvée dans {folder} ; restaurez une copie avec « pacte restore FICHIER »",
        "De databank '{value}' is beschadigd ({reason}) en er is geen gezonde back-up in "
        "{folder}; zet een kopie terug met 'pacte restore BESTAND'",
        "The store '{value}' is damaged ({reason}) and no good backup was found in {folder}; "
        "restore a copy with 'pacte restore FILE'",
    ),
    "store_damaged_writes": (
        "La base « {value} » est endommagée ({reason}) : la consultation reste possible, les "
        "modifications sont refusées. Dernière sauvegarde saine : {backup}. "
        "Pour la restaurer : {command}",
        "De databank '{value}' is beschadigd ({reason}): raadplegen kan nog, wijzigingen "
        "worden geweigerd. Laatste gezonde back-up: {backup}. Om die terug te zetten: {command}",
        "The store '{value}' is damaged ({reason}): reading still works, changes are refused. "
        "Latest good backup: {backup}. To restore it: {command}",
    ),
    "restore_running": (
        "La base « {value} » est en train d'être restaurée ; rien n'a été écrit, "
        "recommencez dans un instant",
        "De databank '{value}' wordt teruggezet; er is niets geschreven, "
        "probeer het zo meteen opnieuw",
        "The store '{value}' is being restored; nothing was written, try again in a moment",
    ),
    "restore_wait": (
        "attente de la fin de la restauration de « {value} »…",
        "wachten tot het terugzetten van '{value}' klaar is…",
        "waiting for the restore of '{value}' to finish…",
    ),
    "restore_moved_aside": (
        "la base endommagée a été mise de côté (conservée) : {value}",
        "de beschadigde databank is opzijgezet (bewaard): {value}",
        "the damaged store was moved aside (kept): {value}",
    ),
    "restore_new_device": (
        "ce poste a reçu un nouvel identifiant ({value}) ; rejoignez la synchronisation de "
        "l'organisation avec « pacte sync setup »",
        "deze werkpost kreeg een nieuwe identificatie ({value}); sluit opnieuw aan bij de "
        "synchronisatie van de organisatie met 'pacte sync setup'",
        "this workstation got a new device id ({value}); join the organisation's sync again "
        "with 'pacte sync setup'",
    ),
    "restore_other_org": (
        "{label} : « {value} » est la sauvegarde d'une autre organisation ({found}) ; pour la "
        "restaurer quand même sur ce poste (qui recevra un nouvel identifiant), "
        "ajoutez --other-device",
        "{label}: '{value}' is de back-up van een andere organisatie ({found}); om hem toch op "
        "deze werkpost terug te zetten (die een nieuwe identificatie krijgt), "
        "voeg --other-device toe",
        "{label}: '{value}' is the backup of another organisation ({found}); to restore it on "
        "this workstation anyway (it will get a new device id), add --other-device",
    ),
    "restore_other_device": (
        "{label} : « {value} » est la sauvegarde d'un autre poste ({found}) ; pour la restaurer "
        "quand même sur ce poste (qui recevra un nouvel identifiant), ajoutez --other-device",
        "{label}: '{value}' is de back-up van een andere werkpost ({found}); om hem toch hier "
        "terug te zetten (deze werkpost krijgt een nieuwe identificatie), "
        "voeg --other-device toe",
        "{label}: '{value}' is the backup of another workstation ({found}); to restore it here "
        "anyway (this workstation will get a new device id), add --other-device",
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
    "control_character": (
        "{label} : caractère de contrôle interdit ({char}, position {position}) ; retirez-le",
        "{label}: verboden stuurteken ({char}, positie {position}); verwijder het",
        "{label}: control character not allowed ({char}, position {position}); remove it",
    ),
    "line_break": (
        "{label} : ce champ tient sur une ligne (saut de ligne {char} en position {position})",
        "{label}: dit veld past op één regel (regeleinde {char} op positie {position})",
        "{label}: this field is a single line (line break {char} at position {position})",
    ),
    "no_visible_text": (
        "{label} : aucun caractère visible (seulement des espaces ou des caractères invisibles)",
        "{label}: geen zichtbaar teken (alleen spaties of onzichtbare tekens)",
        "{label}: no visible character (only spaces or invisible characters)",
    ),
    "opportunity_other_employer": (
        "{label} : l'offre « {value} » est celle d'un autre employeur ({employer})",
        "{label}: de vacature '{value}' hoort bij een andere werkgever ({employer})",
        "{label}: the opportunity '{value}' belongs to another employer ({employer})",
    ),
    "opportunity_has_placements": (
        "{label} : {count} mise(s) à l'emploi relèvent de cette offre chez son employeur ; "
        "l'offre garde son employeur",
        "{label}: {count} tewerkstelling(en) horen bij deze vacature bij haar werkgever; "
        "de vacature houdt haar werkgever",
        "{label}: {count} placement(s) come from this opportunity at its employer; "
        "the opportunity keeps its employer",
    ),
    "bce_duplicate": (
        "{label} : le numéro {value} est déjà celui de l'employeur « {name} » ({id}) ; "
        "ouvrez cette fiche, ou confirmez qu'il s'agit d'un autre siège",
        "{label}: het nummer {value} is al dat van de werkgever '{name}' ({id}); "
        "open die fiche, of bevestig dat het om een andere vestiging gaat",
        "{label}: the number {value} already belongs to the employer '{name}' ({id}); "
        "open that record, or confirm that this is another site",
    ),
    "bce_duplicate_cli": (
        "{label} : le numéro {value} est déjà celui de l'employeur « {name} » ({id}) ; "
        "s'il s'agit d'un autre siège, ajoutez --allow-duplicate",
        "{label}: het nummer {value} is al dat van de werkgever '{name}' ({id}); "
        "gaat het om een andere vestiging, voeg dan --allow-duplicate toe",
        "{label}: the number {value} already belongs to the employer '{name}' ({id}); "
        "if this is another site, add --allow-duplicate",
    ),
    "followup_closed": (
        "{label} : cette relance est déjà clôturée (faite ou annulée) ; rouvrez-la d'abord",
        "{label}: deze opvolging is al afgesloten (gedaan of geannuleerd); heropen ze eerst",
        "{label}: this follow-up is already closed (done or cancelled); reopen it first",
    ),
    "not_utf8": (
        "{label} : « {value} » n'est pas du texte valide (octets hors UTF-8) ; "
        "retapez-le ou changez l'encodage du terminal",
        "{label}: '{value}' is geen geldige tekst (bytes buiten UTF-8); "
        "typ het opnieuw of wijzig de codering van de terminal",
        "{label}: '{value}' is not valid text (bytes outside UTF-8); "
        "type it again or change the terminal's encoding",
    ),
    "postcode_commune": (
        "{label} : le code postal {postcode} est celui de {expected}, pas de « {value} » "
        "(enregistré quand même ; vérifiez l'adresse)",
        "{label}: postcode {postcode} is die van {expected}, niet van '{value}' "
        "(toch opgeslagen; controleer het adres)",
        "{label}: postcode {postcode} is that of {expected}, not '{value}' "
        "(saved anyway; check the address)",
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
    # Sync trust (issue 10): {value} names a file or a device; {device} is a device id.
    "sync_fork": (
        "{label} : les fichiers de l'appareil {device} se séparent en deux branches : "
        "« {value} » et « {other} » ({reason}) ; ses fichiers suivants attendent. Si les deux "
        "branches sont authentiques (un portable restauré d'une sauvegarde), lancez « pacte sync "
        "accept-fork {device} » ; sinon, révoquez l'appareil (« pacte sync revoke {device} »)",
        "{label}: de bestanden van toestel {device} splitsen zich in twee takken: '{value}' en "
        "'{other}' ({reason}); de volgende bestanden van dit toestel wachten. Zijn beide takken "
        "echt (een laptop teruggezet uit een back-up), voer dan 'pacte sync accept-fork "
        "{device}' uit; zo niet, trek het toestel in ('pacte sync revoke {device}')",
        "{label}: the files of device {device} split into two branches: '{value}' and "
        "'{other}' ({reason}); its later files wait. If both branches are genuine (a laptop "
        "restored from a backup), run 'pacte sync accept-fork {device}'; otherwise, revoke the "
        "device ('pacte sync revoke {device}')",
    ),
    "sync_no_fork": (
        "{label} : aucune bifurcation n'attend de décision pour l'appareil « {value} »",
        "{label}: er wacht geen splitsing op een beslissing voor toestel '{value}'",
        "{label}: no fork waits for a decision for the device '{value}'",
    ),
    "sync_publish_failed": (
        "{label} : les fichiers des autres postes ont été reçus, mais rien n'a pu être écrit "
        "dans « {value} » ({reason}) ; l'envoi des modifications de ce poste, ses accusés de "
        "réception et ses instantanés attendent que le dossier soit de nouveau accessible en "
        "écriture",
        "{label}: de bestanden van de andere werkposten zijn ontvangen, maar er kon niets "
        "geschreven worden in '{value}' ({reason}); het versturen van de wijzigingen van deze "
        "werkpost, zijn ontvangstbevestigingen en momentopnamen wachten tot de map opnieuw "
        "beschrijfbaar is",
        "{label}: the other workstations' files were received, but nothing could be written to "
        "'{value}' ({reason}); sending this workstation's changes, its acknowledgements and "
        "snapshots wait until the folder can be written to again",
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
    "webdav_insecure": (
        "{label} : « {value} » n'est pas chiffré (http://) : un mot de passe n'y est envoyé "
        "qu'en https://, sauf vers un serveur sur cet ordinateur",
        "{label}: '{value}' is niet versleuteld (http://): een wachtwoord wordt alleen via "
        "https:// verstuurd, behalve naar een server op deze computer",
        "{label}: '{value}' is not encrypted (http://): a password is sent only over https://, "
        "except to a server on this computer",
    ),
    "sync_other_org": (
        "{label} : « {value} » appartient à une autre organisation ({reason}) ; rien n'a été "
        "modifié",
        "{label}: '{value}' behoort tot een andere organisatie ({reason}); er is niets gewijzigd",
        "{label}: '{value}' belongs to another organisation ({reason}); nothing was changed",
    ),
    # The network scope (issue 10, §2.3–2.5): {value} names the refused file, {index} the
    # position of the operation in it (from 1).
    "network_op_shape": (
        "{label} : « {value} » est refusé : son opération n° {index} n'a pas la forme attendue "
        "({detail})",
        "{label}: '{value}' wordt geweigerd: bewerking nr. {index} heeft niet de verwachte vorm "
        "({detail})",
        "{label}: '{value}' is refused: its operation no. {index} is not of the expected shape "
        "({detail})",
    ),
    "network_op_table": (
        "{label} : « {value} » est refusé : son opération n° {index} porte sur « {table} », qui "
        "n'est pas une table partagée par le réseau",
        "{label}: '{value}' wordt geweigerd: bewerking nr. {index} betreft '{table}', geen tabel "
        "die het netwerk deelt",
        "{label}: '{value}' is refused: its operation no. {index} is about '{table}', which is "
        "not a table the network shares",
    ),
    "network_op_id": (
        "{label} : « {value} » est refusé : son opération n° {index} ne porte pas un identifiant "
        "valable pour {table}",
        "{label}: '{value}' wordt geweigerd: bewerking nr. {index} heeft geen geldige id voor "
        "{table}",
        "{label}: '{value}' is refused: its operation no. {index} has no valid id for {table}",
    ),
    "network_op_stamp": (
        "{label} : « {value} » est refusé : son opération n° {index} porte un horodatage qui "
        "n'est pas celui de l'appareil {device}",
        "{label}: '{value}' wordt geweigerd: bewerking nr. {index} heeft een tijdstempel dat "
        "niet van toestel {device} is",
        "{label}: '{value}' is refused: its operation no. {index} carries a stamp that is not "
        "device {device}'s",
    ),
    "network_op_field": (
        "{label} : « {value} » est refusé : son opération n° {index} écrit le champ « {name} », "
        "que {table} ne partage jamais",
        "{label}: '{value}' wordt geweigerd: bewerking nr. {index} schrijft het veld '{name}', "
        "dat {table} nooit deelt",
        "{label}: '{value}' is refused: its operation no. {index} writes the field '{name}', "
        "which {table} never shares",
    ),
    "network_op_value": (
        "{label} : « {value} » est refusé : son opération n° {index} donne au champ « {name} » "
        "({table}) une valeur du mauvais type ou trop grande",
        "{label}: '{value}' wordt geweigerd: bewerking nr. {index} geeft het veld '{name}' "
        "({table}) een waarde van het verkeerde type of te groot",
        "{label}: '{value}' is refused: its operation no. {index} gives the field '{name}' "
        "({table}) a value of the wrong type or too large",
    ),
    # Membership (§2.4): {value} names the organisation, or the file.
    "network_removed": (
        "{label} : votre organisation a été retirée du réseau par sa coordination ({value}) ; "
        "les fiches des partenaires ont été effacées de ce poste",
        "{label}: uw organisatie werd door de coördinatie uit het netwerk verwijderd ({value}); "
        "de fiches van de partners werden van deze werkpost gewist",
        "{label}: your organisation was removed from the network by its coordinator ({value}); "
        "the partners' records were erased from this workstation",
    ),
    "network_coordinator_only": (
        "{label} : seul le poste qui a créé le réseau (l'organisation coordinatrice) peut "
        "admettre ou retirer un membre",
        "{label}: alleen de werkpost die het netwerk heeft aangemaakt (de coördinerende "
        "organisatie) kan een lid toelaten of verwijderen",
        "{label}: only the workstation that created the network (the coordinating "
        "organisation) can admit or remove a member",
    ),
    "network_no_member": (
        "{label} : aucune organisation « {value} » n'a demandé à rejoindre ce réseau",
        "{label}: geen organisatie '{value}' heeft gevraagd om bij dit netwerk aan te sluiten",
        "{label}: no organisation '{value}' has asked to join this network",
    ),
    "network_member_ambiguous": (
        "{label} : « {value} » désigne plusieurs organisations ({choices}) ; donnez son "
        "identifiant",
        "{label}: '{value}' wijst op meerdere organisaties ({choices}); geef haar id",
        "{label}: '{value}' names several organisations ({choices}); give its id",
    ),
    "network_remove_coordinator": (
        "{label} : l'organisation coordinatrice ne peut pas se retirer de son propre réseau",
        "{label}: de coördinerende organisatie kan zichzelf niet uit haar eigen netwerk "
        "verwijderen",
        "{label}: the coordinating organisation cannot remove itself from its own network",
    ),
    "network_member_taken": (
        "{label} : « {value} » existe déjà avec une autre clé : une autre installation a déjà "
        "demandé à rejoindre le réseau au nom de cette organisation ; demandez à la "
        "coordination du réseau de vérifier",
        "{label}: '{value}' bestaat al met een andere sleutel: een andere installatie heeft al "
        "gevraagd om namens deze organisatie aan te sluiten; vraag de coördinatie van het "
        "netwerk om het na te gaan",
        "{label}: '{value}' already exists with another key: another installation has already "
        "asked to join the network on behalf of this organisation; ask the network's "
        "coordinator to check",
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
    # A busy, full or read-only store (issue 11): store/failures.py, store/busy.py.
    # {holder} is one of the busy_* texts below.
    "store_busy_wait": (
        "La base est occupée par {holder} ; attente…",
        "De databank is bezet door {holder}; even wachten…",
        "The store is busy with {holder}; waiting…",
    ),
    "store_busy": (
        "La base est toujours occupée par {holder} après {seconds} secondes ; rien n'a été "
        "écrit, réessayez quand ce travail sera terminé",
        "De databank is na {seconds} seconden nog altijd bezet door {holder}; er is niets "
        "geschreven, probeer opnieuw wanneer dat werk klaar is",
        "The store is still busy with {holder} after {seconds} seconds; nothing was written, "
        "try again once that work is done",
    ),
    "busy_demo": (
        "la création des données de démonstration (processus {pid})",
        "het aanmaken van de demogegevens (proces {pid})",
        "the creation of demo data (process {pid})",
    ),
    "busy_import": (
        "l'import de « {file} » (processus {pid})",
        "de import van '{file}' (proces {pid})",
        "the import of '{file}' (process {pid})",
    ),
    "busy_unknown": (
        "un autre programme (une autre fenêtre ou commande Pacte, une synchronisation)",
        "een ander programma (een ander Pacte-venster of -commando, een synchronisatie)",
        "another program (another Pacte window or command, a sync)",
    ),
    "demo_interrupted": (
        "interrompu ; {count} enregistrements de démonstration écrits avant l'interruption "
        "restent dans la base",
        "onderbroken; {count} demorecords die voor de onderbreking geschreven werden, blijven "
        "in de databank",
        "interrupted; {count} demo records written before the interruption stay in the store",
    ),
    "disk_full": (
        "Disque plein dans « {value} » ; rien n'a été écrit. Libérez de la place sur ce disque "
        "puis recommencez",
        "Schijf vol in '{value}'; er is niets geschreven. Maak ruimte vrij op die schijf en "
        "begin opnieuw",
        "Disk full in '{value}'; nothing was written. Free some space on that disk and try again",
    ),
    "store_read_only": (
        "Le dossier « {value} » est en lecture seule : la base peut être consultée mais rien "
        "ne peut y être écrit. Choisissez un dossier où vous pouvez écrire (--data-dir), ou "
        "demandez l'accès en écriture",
        "De map '{value}' is alleen-lezen: de databank kan geraadpleegd worden, maar er kan "
        "niets in geschreven worden. Kies een map waarin u kunt schrijven (--data-dir), of "
        "vraag schrijftoegang",
        "The folder '{value}' is read-only: the store can be read but nothing can be written "
        "to it. Choose a folder you can write to (--data-dir), or ask for write access",
    ),
    "store_pending_wal": (
        "Le dossier « {value} » est en lecture seule et les dernières modifications de la base "
        "attendent encore dans {wal}, qui ne peut être lu sans écrire dans ce dossier. Ouvrez "
        "la base une fois depuis un dossier où vous pouvez écrire (ou demandez l'accès en "
        "écriture), puis recommencez",
        "De map '{value}' is alleen-lezen en de laatste wijzigingen van de databank staan nog "
        "in {wal}, dat niet gelezen kan worden zonder in die map te schrijven. Open de "
        "databank een keer vanuit een map waarin u kunt schrijven (of vraag schrijftoegang) "
        "en begin opnieuw",
        "The folder '{value}' is read-only and the store's latest changes still wait in {wal}, "
        "which cannot be read without writing to that folder. Open the store once from a "
        "folder you can write to (or ask for write access), then try again",
    ),
    "data_dir_is_file": (
        "{label} : « {value} » est un fichier, pas un dossier ; indiquez le dossier de données "
        "(--data-dir)",
        "{label}: '{value}' is een bestand, geen map; geef de gegevensmap op (--data-dir)",
        "{label}: '{value}' is a file, not a folder; give the data folder (--data-dir)",
    ),
    # Hostile import files (issue 11): imports/employers.py.
    "import_formula": (
        "{label} : formule sans valeur calculée ; ouvrez le fichier dans Excel ou LibreOffice, "
        "enregistrez-le, puis réimportez-le",
        "{label}: formule zonder berekende waarde; open het bestand in Excel of LibreOffice, "
        "sla het op en importeer het opnieuw",
        "{label}: formula without a computed value; open the file in Excel or LibreOffice, "
        "save it, then import it again",
    ),
    "import_unclosed_quote": (
        "{label} : guillemet ouvert à la ligne {line} et jamais refermé ; les lignes "
        "{line} à {end} ont été lues comme une seule. Corrigez le guillemet puis réimportez",
        "{label}: aanhalingsteken geopend op regel {line} en nooit gesloten; de regels "
        "{line} tot {end} werden als één gelezen. Verbeter het aanhalingsteken en importeer "
        "opnieuw",
        "{label}: quote opened on line {line} and never closed; lines {line} to {end} were "
        "read as one. Fix the quote and import again",
    ),
    "import_controls_stripped": (
        "{label} : {count} caractère(s) de contrôle invisibles retirés",
        "{label}: {count} onzichtbare controletekens verwijderd",
        "{label}: {count} invisible control character(s) removed",
    ),
}


#: Words the core offers as choices, by key (fr, nl, en).
WORDS: Final[dict[str, tuple[str, str, str]]] = {
    "yes_no": ("oui, non", "ja, nee", "yes, no"),
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


#: Why sync refused a file or a location, by short reason code (the ``reason`` parameter of a
#: sync error); ``{names}`` are filled from the error's other parameters. A reason code not
#: in this table (nor in OS_REASONS) is shown as it is. A test walks ``sync/`` and fails on a
#: reason that is not here.
REASONS: Final[dict[str, tuple[str, str, str]]] = {
    # where files live: folders, WebDAV servers
    "file_missing": (
        "le fichier n'existe pas",
        "het bestand bestaat niet",
        "the file does not exist",
    ),
    "folder_missing": (
        "le dossier n'existe pas",
        "de map bestaat niet",
        "the folder does not exist",
    ),
    "folder_unmounted": (
        "le dossier n'existe pas ou n'est pas monté",
        "de map bestaat niet of is niet gekoppeld",
        "the folder does not exist or is not mounted",
    ),
    "parent_missing": (
        "le dossier parent n'existe pas",
        "de bovenliggende map bestaat niet",
        "the parent folder does not exist",
    ),
    "not_a_folder": (
        "c'est un fichier, pas un dossier",
        "dit is een bestand, geen map",
        "this is a file, not a folder",
    ),
    "folder_missing_207": (
        "le dossier n'existe pas (HTTP {status} dans la réponse 207)",
        "de map bestaat niet (HTTP {status} in het 207-antwoord)",
        "the folder does not exist (HTTP {status} in 207)",
    ),
    "folder_missing_empty": (
        "le dossier n'existe pas (réponse 207 vide)",
        "de map bestaat niet (leeg 207-antwoord)",
        "the folder does not exist (empty 207)",
    ),
    "os_error": ("erreur du système : {detail}", "systeemfout: {detail}", "system error: {detail}"),
    "network_error": (
        "erreur de réseau : {detail}",
        "netwerkfout: {detail}",
        "network error: {detail}",
    ),
    "auth_refused": ("authentification refusée", "aanmelding geweigerd", "authentication refused"),
    "http_retries": (
        "HTTP {status} après {tries} essais",
        "HTTP {status} na {tries} pogingen",
        "HTTP {status} after {tries} attempts",
    ),
    "forbidden": ("accès interdit", "toegang verboden", "access forbidden"),
    "server_full": (
        "le serveur n'a plus de place",
        "de server heeft geen ruimte meer",
        "the server has no space left",
    ),
    "http_unexpected": (
        "réponse HTTP inattendue {status} {phrase}",
        "onverwacht HTTP-antwoord {status} {phrase}",
        "unexpected HTTP {status} {phrase}",
    ),
    "no_propfind": (
        "le serveur ne prend pas en charge WebDAV PROPFIND",
        "de server ondersteunt WebDAV PROPFIND niet",
        "the server does not support WebDAV PROPFIND",
    ),
    "propfind_unreadable": (
        "réponse PROPFIND illisible : {detail}",
        "onleesbaar PROPFIND-antwoord: {detail}",
        "unreadable PROPFIND answer: {detail}",
    ),
    "short_read": (
        "{size} octets reçus sur {expected}",
        "{size} van {expected} bytes ontvangen",
        "received {size} bytes of {expected}",
    ),
    "delete_failed": (
        "le serveur n'a pas pu le supprimer (207)",
        "de server kon het niet verwijderen (207)",
        "the server could not delete it (207)",
    ),
    "no_probe_time": (
        "le serveur ne donne pas l'heure du fichier de test",
        "de server geeft geen tijd voor het testbestand",
        "the server gives no time for the probe file",
    ),
    "exists": ("le fichier existe déjà", "het bestand bestaat al", "the file already exists"),
    # signed documents, keys and encryption
    "base64_expected": ("texte base64 attendu", "base64-tekst verwacht", "base64 text expected"),
    "base64_invalid": ("base64 invalide", "ongeldige base64", "invalid base64"),
    "wrong_size": (
        "{size} octets, {expected} attendus",
        "{size} bytes, {expected} verwacht",
        "{size} bytes, {expected} expected",
    ),
    "public_key_size": (
        "clé publique de {size} octets, {expected} attendus",
        "publieke sleutel van {size} bytes, {expected} verwacht",
        "public key of {size} bytes, {expected} expected",
    ),
    "signature_size": (
        "signature de {size} octets",
        "handtekening van {size} bytes",
        "signature of {size} bytes",
    ),
    "bad_signature": ("signature incorrecte", "ongeldige handtekening", "bad signature"),
    "json_object_expected": ("objet JSON attendu", "JSON-object verwacht", "JSON object expected"),
    "not_a_document": (
        "ce n'est pas un document « {kind} »",
        "dit is geen document '{kind}'",
        "not a {kind}",
    ),
    "not_json": ("ce n'est pas du JSON", "dit is geen JSON", "not JSON"),
    "not_json_object": (
        "ce n'est pas un objet JSON",
        "dit is geen JSON-object",
        "not a JSON object",
    ),
    "item_missing": ("{item} manquant", "{item} ontbreekt", "{item} missing"),
    "another_organisation": (
        "une autre organisation",
        "een andere organisatie",
        "another organisation",
    ),
    "another_device": ("un autre appareil", "een ander toestel", "another device"),
    "ciphertext_short": (
        "texte chiffré trop court",
        "versleutelde tekst te kort",
        "ciphertext too short",
    ),
    "decryption_failed": (
        "le déchiffrement a échoué (mauvaise clé ou contenu modifié)",
        "ontsleutelen mislukt (verkeerde sleutel of gewijzigde inhoud)",
        "decryption failed (wrong key or altered)",
    ),
    "unsupported_kdf": (
        "kdf {kdf} / aead {aead} non pris en charge",
        "kdf {kdf} / aead {aead} niet ondersteund",
        "unsupported kdf {kdf} / aead {aead}",
    ),
    "scrypt_missing": (
        "paramètres scrypt manquants",
        "scrypt-parameters ontbreken",
        "scrypt parameters missing",
    ),
    "scrypt_n": ("scrypt n={n} refusé", "scrypt n={n} geweigerd", "scrypt n={n} refused"),
    "scrypt_rp": (
        "scrypt r={r}, p={p} refusés",
        "scrypt r={r}, p={p} geweigerd",
        "scrypt r={r}, p={p} refused",
    ),
    "sealed_not_json": (
        "le paquet scellé n'est pas du JSON",
        "het verzegelde pakket is geen JSON",
        "sealed bundle is not JSON",
    ),
    "sealed_not_object": (
        "le paquet scellé n'est pas un objet JSON",
        "het verzegelde pakket is geen JSON-object",
        "sealed bundle is not a JSON object",
    ),
    # root documents, members, the charter
    "another_key": (
        "signé par une autre clé",
        "ondertekend met een andere sleutel",
        "signed by another key",
    ),
    "root_id": (
        "{name} porte l'identifiant {found}",
        "{name} heeft id {found}",
        "{name} id {found}",
    ),
    "protocol_newer": (
        "le protocole {protocol} est plus récent que celui de cette application",
        "protocol {protocol} is nieuwer dan dat van deze toepassing",
        "protocol {protocol} is newer than this application's",
    ),
    "other_org_store": (
        "{name} ({found}), ce poste : {own}",
        "{name} ({found}), deze werkpost: {own}",
        "{name} ({found}), this store: {own}",
    ),
    "no_charter": (
        "aucune charte de partage valide",
        "geen geldig deelcharter",
        "no valid sharing charter",
    ),
    "another_org_or_network": (
        "une autre organisation ou un autre réseau",
        "een andere organisatie of een ander netwerk",
        "another organisation or network",
    ),
    "not_admitted_key": (
        "ce n'est pas la clé admise par le coordinateur",
        "dit is niet de sleutel die de coördinator heeft toegelaten",
        "not the admitted key",
    ),
    "key_not_shown": (
        "sa clé n'est pas celle qui a été montrée",
        "de sleutel is niet de sleutel die getoond werd",
        "its key is not the one shown",
    ),
    "device_of_another_org": (
        "un appareil d'une autre organisation",
        "een toestel van een andere organisatie",
        "a device of another organisation",
    ),
    "another_network_org_or_version": (
        "un autre réseau, une autre organisation ou une autre version",
        "een ander netwerk, een andere organisatie of een andere versie",
        "another network, organisation or version",
    ),
    "admission_malformed": (
        "admission mal formée",
        "misvormde toelating",
        "malformed admission",
    ),
    "name_missing": ("nom manquant", "naam ontbreekt", "name missing"),
    "no_version_left": (
        "plus aucun numéro de version libre",
        "geen vrij versienummer meer",
        "no version left",
    ),
    "version_missing": ("version manquante", "versie ontbreekt", "version missing"),
    "issuer_missing": (
        "date d'émission ou émetteur manquant",
        "uitgiftedatum of uitgever ontbreekt",
        "issued_at or issuer missing",
    ),
    "tables_missing": ("tables manquantes", "tabellen ontbreken", "tables missing"),
    "fields_not_list": (
        "les champs de {table} ne sont pas une liste",
        "de velden van {table} zijn geen lijst",
        "fields of {table} are not a list",
    ),
    "fields_not_distinct": (
        "les champs de {table} ne sont pas des noms distincts",
        "de velden van {table} zijn geen verschillende namen",
        "fields of {table} are not distinct names",
    ),
    "charter_invalid": (
        "charte invalide : {detail}",
        "ongeldig charter: {detail}",
        "invalid charter: {detail}",
    ),
    "another_issuer": ("un autre émetteur", "een andere uitgever", "another issuer"),
    "table_missing": ("table manquante", "tabel ontbreekt", "table missing"),
    "fields_missing": ("champs manquants", "velden ontbreken", "fields missing"),
    # one device's feed: certificates, sequence, forks
    "no_certificate": ("aucun certificat", "geen certificaat", "no certificate"),
    "another_scope": (
        "il appartient à l'autre portée de synchronisation",
        "het hoort bij het andere synchronisatiebereik",
        "it belongs to the other sync scope",
    ),
    "same_seq": (
        "deux fichiers valides portent le numéro {seq}",
        "twee geldige bestanden dragen nummer {seq}",
        "two valid files carry number {seq}",
    ),
    "broken_prev": (
        "le fichier précédent qu'il désigne n'est pas celui appliqué au numéro {previous}",
        "het vorige bestand dat het aanduidt is niet het bestand dat onder nummer {previous} "
        "werd toegepast",
        "the previous file it names is not the one applied at number {previous}",
    ),
    "waiting_for": (
        "attend le fichier n° {seq}",
        "wacht op bestand nr. {seq}",
        "waiting for file {seq}",
    ),
    "own_newer": (
        "des fichiers de ce poste plus récents que sa base n'ont pas encore été reçus",
        "nieuwere bestanden van deze werkpost dan zijn databank zijn nog niet ontvangen",
        "own files newer than this store have not been received yet",
    ),
    # change files and snapshots
    "bad_name": (
        "ce n'est pas un nom de fichier de changements",
        "dit is geen naam van een wijzigingsbestand",
        "not a change file name",
    ),
    "empty": ("fichier vide (0 octet)", "leeg bestand (0 bytes)", "empty file (0 bytes)"),
    "not_a_change_file": (
        "ce n'est pas un fichier de changements",
        "dit is geen wijzigingsbestand",
        "not a change file",
    ),
    "truncated": ("tronqué : {size} octets", "afgekapt: {size} bytes", "truncated: {size} bytes"),
    "header_length": (
        "longueur d'en-tête {size}",
        "koplengte {size}",
        "header length {size}",
    ),
    "truncated_header": (
        "tronqué dans l'en-tête : {size} octets",
        "afgekapt in de kop: {size} bytes",
        "truncated in the header: {size} bytes",
    ),
    "header_not_json": ("l'en-tête n'est pas du JSON", "de kop is geen JSON", "header is not JSON"),
    "header_not_object": (
        "l'en-tête n'est pas un objet JSON",
        "de kop is geen JSON-object",
        "header is not a JSON object",
    ),
    "ciphertext_length_missing": (
        "longueur du texte chiffré manquante",
        "lengte van de versleutelde tekst ontbreekt",
        "ciphertext length missing",
    ),
    "truncated_of": (
        "tronqué : {size} octets sur {expected}",
        "afgekapt: {size} van {expected} bytes",
        "truncated: {size} of {expected} bytes",
    ),
    "trailing_bytes": (
        "{size} octets après la signature",
        "{size} bytes na de handtekening",
        "{size} bytes after the signature",
    ),
    "hash_mismatch": (
        "le contenu ne correspond pas au nom du fichier",
        "de inhoud komt niet overeen met de bestandsnaam",
        "content does not match the file name",
    ),
    "misplaced": (
        "écrit par l'appareil {device}, trouvé dans un autre dossier",
        "geschreven door toestel {device}, gevonden in een andere map",
        "written by device {device}, found in another directory",
    ),
    "other_org": (
        "appartient à l'organisation {org}",
        "hoort bij organisatie {org}",
        "belongs to organisation {org}",
    ),
    "seq_mismatch": (
        "le numéro de séquence ne correspond pas au nom du fichier",
        "het volgnummer komt niet overeen met de bestandsnaam",
        "sequence number does not match the file name",
    ),
    "ops_not_json": (
        "les opérations ne sont pas du JSON",
        "de bewerkingen zijn geen JSON",
        "operations are not JSON",
    ),
    "ops_not_list": (
        "les opérations ne sont pas une liste d'objets",
        "de bewerkingen zijn geen lijst van objecten",
        "operations are not a list of objects",
    ),
    "hlc_range": (
        "la plage d'horodatages ne correspond pas aux opérations",
        "het bereik van de tijdstempels komt niet overeen met de bewerkingen",
        "HLC range does not match the operations",
    ),
    "header_fields": (
        "champs d'en-tête inattendus : {fields}",
        "onverwachte kopvelden: {fields}",
        "unexpected header fields: {fields}",
    ),
    "format_version": (
        "version de format {format} non prise en charge",
        "formaatversie {format} niet ondersteund",
        "format version {format} not supported",
    ),
    "bad_scope": ("portée {scope} inconnue", "onbekend bereik {scope}", "unknown scope {scope}"),
    "not_text": ("{item} n'est pas du texte", "{item} is geen tekst", "{item} is not text"),
    "bad_seq": (
        "numéro de séquence {seq} invalide",
        "ongeldig volgnummer {seq}",
        "invalid sequence number {seq}",
    ),
    "first_with_prev": (
        "premier fichier avec un fichier précédent",
        "eerste bestand met een vorig bestand",
        "first file with a previous file",
    ),
    "bad_prev": (
        "fichier précédent {prev} invalide",
        "ongeldig vorig bestand {prev}",
        "invalid previous file {prev}",
    ),
    "bad_charter": (
        "version de charte {charter} invalide",
        "ongeldige charterversie {charter}",
        "invalid charter version {charter}",
    ),
    "bad_nonce": ("nonce invalide", "ongeldige nonce", "invalid nonce"),
    "bad_snapshot_name": (
        "ce n'est pas un nom d'instantané",
        "dit is geen naam van een momentopname",
        "not a snapshot name",
    ),
    "not_a_snapshot": (
        "tronqué ou pas un instantané : {size} octets",
        "afgekapt of geen momentopname: {size} bytes",
        "truncated or not a snapshot: {size} bytes",
    ),
    "header_malformed": ("en-tête mal formé", "misvormde kop", "header is malformed"),
    "header_name_mismatch": (
        "l'en-tête ne correspond pas au nom",
        "de kop komt niet overeen met de naam",
        "header does not match the name",
    ),
    "nonce_missing": ("nonce manquant", "nonce ontbreekt", "nonce missing"),
    "body_malformed": ("contenu mal formé", "misvormde inhoud", "body is malformed"),
    # operations of a change file or a snapshot (store/replication.py)
    "op_shape": (
        "une opération n'est pas une liste de 7 ou 8 éléments",
        "een bewerking is geen lijst van 7 of 8 elementen",
        "an operation is not a list of 7 or 8 items",
    ),
    "op_not_text": (
        "une opération a un membre qui n'est pas du texte",
        "een bewerking heeft een onderdeel dat geen tekst is",
        "an operation has a non-text member",
    ),
    "bad_base": (
        "horodatage de base invalide",
        "ongeldige basistijdstempel",
        "bad base stamp",
    ),
    "worker_not_id": (
        "le travailleur n'est pas un identifiant",
        "de medewerker is geen id",
        "worker is not an id",
    ),
    "op_other_device": (
        "une opération d'un autre appareil",
        "een bewerking van een ander toestel",
        "an operation of another device",
    ),
    "stamp_malformed": (
        "horodatage ou appareil mal formé",
        "misvormde tijdstempel of misvormd toestel",
        "stamp or device malformed",
    ),
    "fields_not_object": (
        "les champs ne sont pas un objet JSON",
        "de velden zijn geen JSON-object",
        "fields are not a JSON object",
    ),
    "fields_not_json": (
        "les champs ne sont pas du JSON",
        "de velden zijn geen JSON",
        "fields are not JSON",
    ),
    "table_not_name": (
        "la table n'est pas un nom",
        "de tabel is geen naam",
        "table is not a name",
    ),
    "kind_not_name": (
        "le type d'opération n'est pas un nom",
        "de soort bewerking is geen naam",
        "operation kind is not a name",
    ),
    "field_not_name": (
        "un nom de champ n'est pas un nom",
        "een veldnaam is geen naam",
        "a field name is not a name",
    ),
    "row_id_not_id": (
        "l'identifiant de la fiche n'en est pas un",
        "de id van de fiche is geen id",
        "row id is not an id",
    ),
    "delete_without_deleted": (
        "une suppression écrit deleted = true",
        "een verwijdering schrijft deleted = true",
        "a delete writes deleted = true",
    ),
    "deleted_without_delete": (
        "seule une suppression écrit deleted",
        "alleen een verwijdering schrijft deleted",
        "only a delete writes deleted",
    ),
    "store_refused": (
        "la base de ce poste refuse ces opérations : {detail}",
        "de databank van deze werkpost weigert deze bewerkingen: {detail}",
        "this workstation's store refuses these operations: {detail}",
    ),
    "field_emptied": ("{column} vidé", "{column} leeggemaakt", "{column} emptied"),
    "field_type": (
        "{column} a une valeur d'un autre type",
        "{column} heeft een waarde van een ander type",
        "{column} has a value of another type",
    ),
    # keys at rest and key epochs (vault.py, epochs.py)
    "vault_malformed": (
        "coffre de clés illisible",
        "sleutelkluis onleesbaar",
        "the key vault is malformed",
    ),
    "epoch_bad": (
        "époque de clés {epoch} invalide",
        "ongeldig sleuteltijdperk {epoch}",
        "invalid key epoch {epoch}",
    ),
    "epoch_not_held": (
        "la clé de l'époque {epoch} n'est pas encore sur ce poste",
        "de sleutel van tijdperk {epoch} staat nog niet op deze werkpost",
        "the key of epoch {epoch} is not held here yet",
    ),
    "epochs_missing": (
        "clés manquantes pour les époques {epochs}",
        "sleutels ontbreken voor tijdperken {epochs}",
        "no key for epochs {epochs}",
    ),
    "epoch_not_following": (
        "ne suit pas l'époque de clés précédente",
        "volgt niet op het vorige sleuteltijdperk",
        "does not follow the previous key epoch",
    ),
    "epoch_cause": (
        "motif d'époque inconnu {cause}",
        "onbekende reden voor het tijdperk {cause}",
        "unknown epoch cause {cause}",
    ),
    "epoch_fork": (
        "une seconde époque de clés du même numéro",
        "een tweede sleuteltijdperk met hetzelfde nummer",
        "a second key epoch with the same number",
    ),
    "epoch_concurrent": (
        "une autre époque de clés {epoch} a été écrite en même temps ({other}) ; refaites "
        "la configuration de ce poste",
        "een ander sleuteltijdperk {epoch} werd tegelijk geschreven ({other}); stel deze "
        "werkpost opnieuw in",
        "another key epoch {epoch} was written at the same time ({other}); set this "
        "workstation up again",
    ),
    "epoch_revoked_malformed": (
        "liste des appareils révoqués illisible",
        "lijst van ingetrokken toestellen onleesbaar",
        "revoked devices malformed",
    ),
    "epoch_boxes_malformed": (
        "clés scellées par appareil illisibles",
        "per toestel verzegelde sleutels onleesbaar",
        "sealed keys per device malformed",
    ),
    "epoch_seal_missing": (
        "sceau ou preuve manquant",
        "zegel of bewijs ontbreekt",
        "seal or proof missing",
    ),
    "another_root": ("une autre racine", "een andere hoofdmap", "another root"),
    "box_short": (
        "clé scellée trop courte",
        "verzegelde sleutel te kort",
        "sealed key too short",
    ),
    "bad_proof": ("preuve incorrecte", "ongeldig bewijs", "bad proof"),
    "no_org_key": (
        "le sceau ne contient pas la clé de l'organisation",
        "het zegel bevat de sleutel van de organisatie niet",
        "the seal holds no organisation key",
    ),
    "sealed_key_mismatch": (
        "la clé scellée ne correspond pas à la clé publique de la racine",
        "de verzegelde sleutel komt niet overeen met de publieke sleutel van de hoofdmap",
        "the sealed key does not match the root's public key",
    ),
}


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
    return template.format(label=field_label(field, lang), **values)
