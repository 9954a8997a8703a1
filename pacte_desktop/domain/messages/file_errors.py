"""Error messages about files and the store itself: imports, exports, a busy, full or
read-only store, hostile import files.

``code: (fr, nl, en)``; ``{label}`` is the translated field label, other names come from
the error's parameters.
"""

from __future__ import annotations

from typing import Final

MESSAGES: Final[dict[str, tuple[str, str, str]]] = {
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
        "interrompu ; {count} enregistrement(s) de démonstration écrit(s) avant l'interruption "
        "[reste|restent] dans la base",
        "onderbroken; {count} [demorecord|demorecords] die voor de onderbreking geschreven "
        "[werd|werden], [blijft|blijven] in de databank",
        "interrupted; {count} demo record(s) written before the interruption [stays|stay] in "
        "the store",
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
        "{label} : {count} caractère(s) de contrôle invisible(s) retiré(s)",
        "{label}: {count} onzichtbare [controleteken|controletekens] verwijderd",
        "{label}: {count} invisible control character(s) removed",
    ),
}
