"""Words of the ``pacte`` command's own output: summaries, statuses, column headers, questions.

``key: (fr, nl, en)``, grouped by a prefix naming the command that prints them (``charter_``,
``sync_``, ``setup_``, ``status_``, ``device_``, ``member_``, ``import_``). A key built from a
stored value (``status_`` + a scope, ``device_`` + a status) must exist for every value the
command prints. ``device_answers_yes`` lists, separated by ", ", the answers that confirm.
"""

from __future__ import annotations

from typing import Final

CLI_TEXTS: Final[dict[str, tuple[str, str, str]]] = {
    # a stored yes/no, as `show` and `list` print it
    "yes": ("oui", "ja", "yes"),
    "no": ("non", "nee", "no"),
    # pacte charter show
    "charter_leaves": ("part", "gaat weg", "leaves"),
    "charter_stays": ("reste", "blijft", "stays"),
    "charter_aggregate": (
        "seulement des totaux (moins de 5 : masqués)",
        "alleen totalen (minder dan 5: verborgen)",
        "totals only (under 5: hidden)",
    ),
    # pacte network profiles / who
    "publics_none": (
        "Aucun partenaire n'a encore publié le profil de son public.",
        "Nog geen enkele partner heeft het profiel van zijn publiek gepubliceerd.",
        "No partner has published the profile of its public yet.",
    ),
    "publics_active": ("candidats actifs", "actieve kandidaten", "active candidates"),
    "publics_hidden": (
        "(moins de 5 : non publié)",
        "(minder dan 5: niet gepubliceerd)",
        "(under 5: not published)",
    ),
    "publics_nobody": (
        "Aucun partenaire ne compte 5 candidats ou plus pour chacun de ces critères.",
        "Geen enkele partner telt 5 of meer kandidaten voor elk van deze criteria.",
        "No partner counts 5 candidates or more for each of these criteria.",
    ),
    "publics_at_most": (
        "au plus {count} réunissant tous les critères (peut-être aucun)",
        "hoogstens {count} die aan alle criteria voldoen (misschien geen)",
        "at most {count} meeting every criterion (maybe none)",
    ),
    # the summary of a sync pass
    "sync_sent": ("envoyé", "verstuurd", "sent"),
    "sync_received": ("reçu", "ontvangen", "received"),
    "sync_files": ("fichiers", "bestanden", "files"),
    "sync_operations": ("opérations", "bewerkingen", "operations"),
    "sync_conflicts": ("conflits", "conflicten", "conflicts"),
    "sync_waiting": ("en attente", "wachtend", "waiting"),
    "sync_rejected": ("refusés", "geweigerd", "rejected"),
    # pacte sync setup
    "setup_created": ("créé", "aangemaakt", "created"),
    "setup_joined": ("rejoint", "aangesloten", "joined"),
    # pacte sync status and conflicts
    "status_org": ("organisation", "organisatie", "organisation"),
    "status_network": ("réseau", "netwerk", "network"),
    "status_not_set_up": ("non configurée", "niet ingesteld", "not set up"),
    "status_last_pass": ("dernière synchronisation", "laatste synchronisatie", "last pass"),
    "status_pending": (
        "opérations en attente d'envoi",
        "bewerkingen die nog verstuurd moeten worden",
        "operations waiting to be sent",
    ),
    "status_clock": ("décalage d'horloge", "klokverschil", "clock offset"),
    "status_conflicts": ("conflits ouverts", "open conflicten", "open conflicts"),
    "status_parked": (
        "opérations en attente d'une mise à jour",
        "bewerkingen die op een update wachten",
        "operations waiting for an upgrade",
    ),
    "status_rejected": ("refusé", "geweigerd", "rejected"),
    "status_fork": ("bifurcation", "splitsing", "fork"),
    "status_fork_accepted": (
        "bifurcation acceptée : les deux branches seront appliquées à la prochaine synchronisation",
        "splitsing aanvaard: beide takken worden bij de volgende synchronisatie toegepast",
        "fork accepted: both branches will be applied at the next sync",
    ),
    "status_not_sent": ("envoi impossible", "versturen onmogelijk", "cannot send"),
    "status_concurrent": (
        "modifications simultanées",
        "gelijktijdige wijzigingen",
        "concurrent edits",
    ),
    "status_after_delete": (
        "modifiée après suppression",
        "gewijzigd na verwijdering",
        "edited after a delete",
    ),
    "status_open": ("ouvert", "open", "open"),
    "status_reinstated": ("rétabli", "teruggezet", "reinstated"),
    "status_dismissed": ("ignoré", "genegeerd", "dismissed"),
    # pacte sync devices, revoke, passphrase
    "device_column_device": ("appareil", "toestel", "device"),
    "device_column_name": ("nom", "naam", "name"),
    "device_column_worker": ("travailleur", "medewerker", "worker"),
    "device_column_last_file": ("dernier fichier", "laatste bestand", "last file"),
    "device_column_certified_by": ("certifié par", "gecertificeerd door", "certified by"),
    "device_column_status": ("statut", "status", "status"),
    "device_active": ("actif", "actief", "active"),
    "device_revoked": ("révoqué", "ingetrokken", "revoked"),
    "device_after": (
        "fichiers acceptés jusqu'au n°",
        "bestanden aanvaard tot nr.",
        "files accepted up to no.",
    ),
    "device_confirm": (
        "Révoquer l'appareil « {device} » (travailleur : {worker}) ? Ses fichiers suivants "
        "seront refusés et les clés renouvelées. [o/N] ",
        "Toestel '{device}' (medewerker: {worker}) intrekken? Zijn volgende bestanden worden "
        "geweigerd en de sleutels vernieuwd. [j/N] ",
        "Revoke device '{device}' (worker: {worker})? Its later files will be refused and the "
        "keys renewed. [y/N] ",
    ),
    "device_answers_yes": ("o, oui, y, yes", "j, ja, y, yes", "y, yes"),
    "device_nothing": ("Rien n'a été fait.", "Er is niets gedaan.", "Nothing was done."),
    "device_done": (
        "Appareil « {device} » révoqué : ses fichiers sont acceptés jusqu'au n° {last} ; "
        "nouvelles clés (époque {epoch}).",
        "Toestel '{device}' ingetrokken: zijn bestanden worden aanvaard tot nr. {last}; "
        "nieuwe sleutels (tijdvak {epoch}).",
        "Device '{device}' revoked: its files are accepted up to no. {last}; new keys "
        "(epoch {epoch}).",
    ),
    "device_without_box": (
        "ce poste devra saisir la phrase secrète pour recevoir la nouvelle clé",
        "deze werkpost zal de wachtzin moeten typen om de nieuwe sleutel te ontvangen",
        "this workstation will have to type the passphrase to receive the new key",
    ),
    "device_old_org": (
        "phrase secrète actuelle de l'organisation",
        "huidige wachtzin van de organisatie",
        "current organisation passphrase",
    ),
    "device_new_org": (
        "nouvelle phrase secrète de l'organisation",
        "nieuwe wachtzin van de organisatie",
        "new organisation passphrase",
    ),
    "device_old_network": (
        "phrase secrète actuelle du réseau",
        "huidige wachtzin van het netwerk",
        "current network passphrase",
    ),
    "device_new_network": (
        "nouvelle phrase secrète du réseau",
        "nieuwe wachtzin van het netwerk",
        "new network passphrase",
    ),
    "device_changed": (
        "Phrase secrète changée (clés de l'époque {epoch}).",
        "Wachtzin gewijzigd (sleutels van tijdvak {epoch}).",
        "Passphrase changed (keys of epoch {epoch}).",
    ),
    # pacte network members, admit, remove
    "member_admitted": ("admise", "toegelaten", "admitted"),
    "member_pending": ("en attente", "in afwachting", "pending"),
    "member_removed": ("retirée", "verwijderd", "removed"),
    "member_coordinator": ("coordination", "coördinatie", "coordinator"),
    "member_us": ("nous", "wij", "us"),
    "member_key": ("empreinte de clé", "sleutelvingerafdruk", "key fingerprint"),
    "member_latest": ("dernier fichier", "laatste bestand", "latest file"),
    "member_rekey": (
        "pour qu'elle ne lise plus rien de ce qui sera écrit, changez la phrase secrète du "
        "réseau : pacte sync passphrase --network",
        "opdat ze niets meer leest van wat nog geschreven wordt, wijzig de wachtzin van het "
        "netwerk: pacte sync passphrase --network",
        "so that it reads nothing written from now on, change the network's passphrase: "
        "pacte sync passphrase --network",
    ),
    # the summary of pacte import employers | kbo
    "import_created": ("créés", "aangemaakt", "created"),
    "import_updated": ("mis à jour", "bijgewerkt", "updated"),
    "import_unchanged": ("inchangés", "ongewijzigd", "unchanged"),
    "import_rejected": ("rejetés", "geweigerd", "rejected"),
    # pacte dedupe, pacte network knows
    "dedupe_none": (
        "Aucun doublon trouvé.",
        "Geen dubbels gevonden.",
        "No duplicates found.",
    ),
    "dedupe_pairs": (
        "{count} paire(s) à examiner",
        "{count} [paar|paren] na te kijken",
        "{count} [pair|pairs] to review",
    ),
    "dedupe_reason_bce": (
        "même numéro BCE",
        "zelfde KBO-nummer",
        "same CBE number",
    ),
    "dedupe_reason_name": (
        "nom proche, même lieu",
        "gelijkaardige naam, zelfde plaats",
        "similar name, same place",
    ),
    "dedupe_ours": (
        "nous",
        "wij",
        "us",
    ),
    "dedupe_differs": (
        "diffère : {fields}",
        "verschilt: {fields}",
        "differs: {fields}",
    ),
    "dedupe_merged": (
        "Fusionné : {merged} dans {kept}. Pour annuler : pacte dedupe undo {id}",
        "Samengevoegd: {merged} in {kept}. Ongedaan maken: pacte dedupe undo {id}",
        "Merged: {merged} into {kept}. To undo: pacte dedupe undo {id}",
    ),
    "dedupe_linked": (
        "Lié (même employeur) : {own} et la fiche de {organisation}. La fiche d'un partenaire "
        "n'est jamais fusionnée. Pour annuler : pacte dedupe undo {id}",
        "Gekoppeld (zelfde werkgever): {own} en de fiche van {organisation}. Een fiche van een "
        "partner wordt nooit samengevoegd. Ongedaan maken: pacte dedupe undo {id}",
        "Linked (same employer): {own} and {organisation}'s record. A partner's record is never "
        "merged. To undo: pacte dedupe undo {id}",
    ),
    "dedupe_distinct": (
        "Noté : ce ne sont pas les mêmes employeurs ({id}).",
        "Genoteerd: dit zijn niet dezelfde werkgevers ({id}).",
        "Noted: these are not the same employer ({id}).",
    ),
    "dedupe_undone": (
        "Annulé : {id}.",
        "Ongedaan gemaakt: {id}.",
        "Undone: {id}.",
    ),
    "dedupe_moved_back": (
        "{count} fiche(s) rendue(s) à l'employeur rétabli.",
        "{count} [fiche|fiches] teruggegeven aan de herstelde werkgever.",
        "{count} [record|records] moved back to the restored employer.",
    ),
    "dedupe_later_edits": (
        "Gardés tels que modifiés depuis la fusion : {fields}.",
        "Behouden zoals gewijzigd sinds de samenvoeging: {fields}.",
        "Kept as changed since the merge: {fields}.",
    ),
    "knows_nobody": (
        "Aucun partenaire ne connaît cet employeur.",
        "Geen enkele partner kent deze werkgever.",
        "No partner knows this employer.",
    ),
    "knows_linked": (
        "lié",
        "gekoppeld",
        "linked",
    ),
}
