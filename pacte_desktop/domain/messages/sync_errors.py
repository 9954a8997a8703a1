"""Error messages of synchronisation: files and locations, trust, the clock, the network
scope, membership, keys at rest and devices.

``code: (fr, nl, en)``; ``{label}`` is the translated field label, other names come from
the error's parameters (``{reason}`` is a code of ``reasons.REASONS``, translated first).
"""

from __future__ import annotations

from typing import Final

MESSAGES: Final[dict[str, tuple[str, str, str]]] = {
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
}
