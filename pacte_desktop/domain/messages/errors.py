"""Error messages about records and their fields: validation, references, workers, the
organisation.

``code: (fr, nl, en)``; ``{label}`` is the translated field label, other names come from
the error's parameters. A code is defined in one catalogue module only (a test checks it).
"""

from __future__ import annotations

from typing import Final

MESSAGES: Final[dict[str, tuple[str, str, str]]] = {
    # code: (fr, nl, en); {label} is the translated field label, other names come from params.
    "candidate_anonymised": (
        "{label} : le candidat {value} est anonymisé, ses données personnelles sont effacées "
        "et ne peuvent plus être saisies",
        "{label}: kandidaat {value} is geanonimiseerd, de persoonsgegevens zijn gewist en "
        "kunnen niet meer worden ingevuld",
        "{label}: candidate {value} is anonymised; its personal data was erased and can no "
        "longer be entered",
    ),
    "already_anonymised": (
        "{label} {value} : déjà anonymisé",
        "{label} {value}: al geanonimiseerd",
        "{label} {value}: already anonymised",
    ),
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
        "{label}: '{value}' is not a number the CBE issues (all zeros)",
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
        "{label} : « {value} » n'est pas une date (attendu JJ/MM/AAAA, par exemple 15/12/2026)",
        "{label}: '{value}' is geen datum (verwacht DD/MM/JJJJ, bijvoorbeeld 15/12/2026)",
        "{label}: '{value}' is not a date (expected DD/MM/YYYY, for example 15/12/2026)",
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
        "{label} : {count} mise(s) à l'emploi [relève|relèvent] de cette offre chez son "
        "employeur ; l'offre garde son employeur",
        "{label}: {count} tewerkstelling(en) [hoort|horen] bij deze vacature bij haar werkgever; "
        "de vacature houdt haar werkgever",
        "{label}: {count} placement(s) [comes|come] from this opportunity at its employer; "
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
    # duplicate employers (services/dedupe.py)
    "dedupe_two_partners": (
        "{label} : deux fiches de partenaires ne se fusionnent ni ne se lient ; seule "
        "l'organisation qui les tient peut les changer",
        "{label}: twee fiches van partners worden niet samengevoegd of gekoppeld; alleen de "
        "organisatie die ze bijhoudt, kan ze wijzigen",
        "{label}: two partners' records are neither merged nor linked; only the organisation that "
        "keeps them can change them",
    ),
    "dedupe_same_record": (
        "{label} : « {value} » est deux fois la même fiche",
        "{label}: '{value}' is twee keer dezelfde fiche",
        "{label}: '{value}' is the same record twice",
    ),
    "dedupe_keep_partner": (
        "{label} : la fiche d'un partenaire n'est jamais fusionnée, elle est liée ; il n'y a pas "
        "de champ à choisir (sans --keep)",
        "{label}: een fiche van een partner wordt nooit samengevoegd maar gekoppeld; er is geen "
        "veld te kiezen (zonder --keep)",
        "{label}: a partner's record is never merged but linked; there is no field to choose "
        "(leave out --keep)",
    ),
    "dedupe_keep_side": (
        "{label} : « {value} » ne nomme pas l'une des deux fiches (CHAMP=ID attendu)",
        "{label}: '{value}' noemt geen van beide fiches (VELD=ID verwacht)",
        "{label}: '{value}' names neither of the two records (FIELD=ID expected)",
    ),
    "dedupe_already_undone": (
        "{label} : « {value} » est déjà annulée",
        "{label}: '{value}' is al ongedaan gemaakt",
        "{label}: '{value}' is already undone",
    ),
    "employer_merged": (
        "{label} : « {value} » a été fusionné avec « {kept} » ; choisissez « {kept} »",
        "{label}: '{value}' is samengevoegd met '{kept}'; kies '{kept}'",
        "{label}: '{value}' was merged into '{kept}'; choose '{kept}' instead",
    ),
    "dedupe_record_gone": (
        "{label} : « {value} » ne peut plus être annulée : une des deux fiches a été supprimée",
        "{label}: '{value}' kan niet meer ongedaan worden: een van beide fiches is verwijderd",
        "{label}: '{value}' can no longer be undone: one of the two records was deleted",
    ),
}
