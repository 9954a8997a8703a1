"""Reasons: why the system or the sync refused a file or a location, in a few words.

A reason is a short code carried by an error's ``reason`` parameter and translated into the
error's sentence (``reason_text``). ``{names}`` are filled from the error's other parameters.
"""

from __future__ import annotations

from typing import Final

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
    # network snapshots (sync/network_snapshot.py)
    "snapshot_vector": (
        "la liste des fichiers couverts est mal formée",
        "de lijst van gedekte bestanden is misvormd",
        "the list of files covered is malformed",
    ),
    "snapshot_after_revocation": (
        "couvre des fichiers de l'appareil révoqué {device} écrits après sa révocation",
        "dekt bestanden van het ingetrokken toestel {device} van na de intrekking",
        "covers files of the revoked device {device} written after its revocation",
    ),
    "snapshot_too_large": (
        "annonce {count} enregistrements, plus que les {limit} admis",
        "kondigt {count} records aan, meer dan de toegelaten {limit}",
        "announces {count} records, more than the {limit} allowed",
    ),
    "snapshot_entry": (
        "l'entrée n° {index} n'est pas un enregistrement avec ses valeurs et leurs horodatages",
        "item nr. {index} is geen record met zijn waarden en hun tijdstempels",
        "entry no. {index} is not a record with its values and their stamps",
    ),
    "stamp_not_covered": (
        "l'entrée n° {index} porte une valeur d'un appareil dont aucun fichier n'est couvert",
        "item nr. {index} bevat een waarde van een toestel waarvan geen bestand gedekt is",
        "entry no. {index} holds a value of a device none of whose files is covered",
    ),
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
