"""Which column of a spreadsheet holds which employer field.

The header row is the first of the first 20 rows where at least two cells name known columns
(a title row and empty lines above it are skipped). Columns are recognised by name in French,
Dutch or English, ignoring case, accents, punctuation and spaces ("N° BCE", "KBO-nummer",
"Enterprise number"…), or through a mapping: a JSON object ``{"column header": "field"}``
(field: an employer field such as ``bce_number``, or ``owner`` for a worker's name; ``null`` to
ignore a column), given as a file or as a dictionary. In a bilingual file, "Naam", "Straat" and
"Gemeente" beside "Nom", "Rue" and "Commune" fill the Dutch forms.

A mapping naming a field that does not exist, or a mapping file that is not such a JSON
object, is refused with a :class:`ValidationError` (``import_mapping``) before any row is read.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from pacte_desktop.domain import messages
from pacte_desktop.domain.entities import Employer, editable_fields
from pacte_desktop.domain.errors import ValidationError
from pacte_desktop.domain.text import fold
from pacte_desktop.imports.spreadsheet import blank, cell_text, rows_of

__all__ = [
    "HEADER_SCAN_ROWS",
    "MAPPABLE_FIELDS",
    "SYNONYMS",
    "ColumnGuess",
    "ColumnPreview",
    "check_mapping",
    "header_fields",
    "loose_key",
    "mapping_of",
    "preview_columns",
]

HEADER_SCAN_ROWS = 20

#: Dutch column names of the fields that have a Dutch form (``name_nl``, ``street_nl``,
#: ``commune_nl``).
_DUTCH_NAMES: dict[str, tuple[str, ...]] = {
    "name": ("naam", "werkgever", "onderneming", "bedrijf", "bedrijfsnaam", "benaming"),
    "street": ("straat", "adres"),
    "commune": ("gemeente", "stad", "plaats"),
}
#: Column names people use, by field (normalised with :func:`loose_key` before use).
_SYNONYMS: dict[str, tuple[str, ...]] = {
    "name": (
        "nom",
        "nom de l'employeur",
        "nom de l'entreprise",
        "raison sociale",
        "dénomination",
        "employeur",
        "entreprise",
        "société",
        "organisation",
        *_DUTCH_NAMES["name"],
        "name",
        "employer",
        "company",
        "company name",
        "employer name",
        "organisation name",
        "organization",
    ),
    "name_nl": (
        "nom néerlandais",
        "nom nl",
        "nom (nl)",
        "nederlandse naam",
        "naam nl",
        "naam (nl)",
        "dutch name",
        "name nl",
        "name (nl)",
    ),
    "legal_form": ("forme juridique", "forme", "rechtsvorm", "legal form"),
    "bce_number": (
        "n° bce",
        "no bce",
        "nr bce",
        "numéro bce",
        "bce",
        "numéro d'entreprise",
        "n° d'entreprise",
        "numéro de tva",
        "n° tva",
        "tva",
        "bce/kbo",
        "kbo/bce",
        "kbo",
        "kbo-nummer",
        "kbo nummer",
        "nr kbo",
        "ondernemingsnummer",
        "btw-nummer",
        "btw",
        "enterprise number",
        "company number",
        "vat",
        "vat number",
    ),
    "nace_code": (
        "nace",
        "code nace",
        "code nace-bel",
        "nace-bel",
        "nace-code",
        "nace-bel-code",
        "nace code",
        "activité (nace)",
    ),
    "nace_version": ("version nace", "nace-versie", "nace version"),
    "street": ("rue", "adresse", "rue (fr)", *_DUTCH_NAMES["street"], "street", "address"),
    "street_nl": ("rue (nl)", "rue néerlandais", "straat (nl)", "straat nl", "street (nl)"),
    "number": (
        "n°",
        "no",
        "numéro",
        "num",
        "huisnummer",
        "nummer",
        "nr",
        "number",
        "house number",
    ),
    "box": ("boîte", "bte", "bus", "box"),
    "postcode": ("code postal", "cp", "postcode", "postal code", "zip", "zip code"),
    "commune": (
        "commune",
        "localité",
        "ville",
        *_DUTCH_NAMES["commune"],
        "municipality",
        "city",
        "town",
    ),
    "commune_nl": ("commune (nl)", "gemeente (nl)", "gemeente nl", "municipality (nl)"),
    "phone": (
        "téléphone",
        "tél",
        "tel",
        "gsm",
        "telefoon",
        "telefoonnummer",
        "phone",
        "telephone",
        "phone number",
    ),
    "email": (
        "e-mail",
        "email",
        "courriel",
        "mail",
        "adresse e-mail",
        "e-mailadres",
        "email address",
    ),
    "website": ("site web", "site internet", "site", "website", "webstek", "web", "url"),
    "languages": ("langues", "talen", "languages"),
    "size_band": ("taille", "grootte", "grootteklasse", "size", "size band"),
    "tags": ("étiquettes", "tags", "labels"),
    "accepts": ("accepte", "aanvaardt", "accepts"),
    "status": ("statut", "status"),
    "notes": ("notes", "remarques", "commentaire", "notities", "opmerkingen", "comments"),
    "owner": ("responsable", "travailleur", "verantwoordelijke", "owner"),
    "do_not_share": ("ne pas partager", "niet delen", "do not share"),
}
#: Dutch column names: beside a French or English column of the same field, they fill the
#: field's Dutch form.
_DUTCH = frozenset(word for words in _DUTCH_NAMES.values() for word in words)
_DUTCH_FORM = {"name": "name_nl", "street": "street_nl", "commune": "commune_nl"}
_FIELDS = (*editable_fields(Employer), "owner")
_MAPPABLE = tuple(f for f in _FIELDS if f != "owner_id")


def loose_key(text: str) -> str:
    """A header as compared: no case, accents, punctuation or repeated spaces."""
    return " ".join(re.sub(r"[^0-9a-z]+", " ", fold(text)).split())


def _synonyms() -> dict[str, str]:
    table: dict[str, str] = {}
    for name, words in _SYNONYMS.items():
        for word in words:
            table.setdefault(loose_key(word), name)
    for name in _MAPPABLE:
        table.setdefault(loose_key(name.replace("_", " ")), name)
        for lang in messages.LANGUAGES:
            table.setdefault(loose_key(messages.field_label(name, lang)), name)
    return table


SYNONYMS: dict[str, str] = _synonyms()


def _load_mapping(path: Path) -> dict[str, str | None]:
    if not path.is_file():
        raise ValidationError("mapping", "no_such_file", value=str(path))
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValidationError(
            "mapping", "import_mapping", value=str(path), reason=str(exc)
        ) from None
    return check_mapping(data, str(path))


def check_mapping(data: object, source: str) -> dict[str, str | None]:
    """A mapping ``{column header: field or None}`` checked, keyed as headers are compared."""
    if not isinstance(data, dict) or not data:
        raise ValidationError("mapping", "import_mapping", value=source, reason="{}")
    mapping: dict[str, str | None] = {}
    for header, field in data.items():
        if field is not None and (not isinstance(field, str) or field not in _MAPPABLE):
            raise ValidationError(
                "mapping",
                "import_mapping",
                value=source,
                reason=f"{header!r} → {field!r}; " + ", ".join(_MAPPABLE),
            )
        mapping[loose_key(str(header))] = field or None
    return mapping


def mapping_of(mapping: Path | Mapping[str, str | None]) -> dict[str, str | None]:
    if isinstance(mapping, Mapping):
        return check_mapping(dict(mapping), "—")
    return _load_mapping(Path(mapping))


@dataclass(frozen=True)
class ColumnGuess:
    """One named column of a file, as a person checks what the import makes of it."""

    header: str  # as written in the file
    field: str | None  # the field it fills (``owner`` for a worker's name); None: ignored
    samples: tuple[str, ...]  # the first values below the header


@dataclass(frozen=True)
class ColumnPreview:
    """The header row of a file and what each of its columns would fill."""

    row: int  # the header's row number, as the spreadsheet or editor shows it
    columns: tuple[ColumnGuess, ...]
    recognised: bool  # whether the import finds this header row by itself


def preview_columns(
    path: Path,
    *,
    mapping: Path | Mapping[str, str | None] | None = None,
    samples: int = 3,
) -> ColumnPreview:
    """The header row the import would use and each column's field, with sample values.

    When no row of the first 20 names enough known columns, the first row with at least two
    filled cells is offered as the header (``recognised`` False), for a person to say what its
    columns hold. Raises :class:`ValidationError` for an unreadable file or an empty one.
    """
    path = Path(path)
    if not path.is_file():
        raise ValidationError("file", "no_such_file", value=str(path))
    known: Mapping[str, str | None] = mapping_of(mapping) if mapping is not None else SYNONYMS
    need = 1 if mapping is not None and len(known) == 1 else 2
    head: list[tuple[int, list[object]]] = []
    rows = iter(rows_of(path))
    try:
        for number, cells in rows:
            head.append((number, cells))
            if len(head) >= HEADER_SCAN_ROWS + 50:
                break
    finally:
        close = getattr(rows, "close", None)
        if close is not None:
            close()
    header: tuple[int, list[object], dict[int, str]] | None = None
    for number, cells in head[:HEADER_SCAN_ROWS]:
        found, _, score = header_fields(cells, known)
        if score >= need and found:
            header = (number, cells, found)
            break
    recognised = header is not None
    if header is None:
        for number, cells in head[:HEADER_SCAN_ROWS]:
            if sum(1 for c in cells if not blank(c)) >= 2:
                header = (number, cells, header_fields(cells, known)[0])
                break
    if header is None:
        raise ValidationError(
            "file",
            "import_no_header",
            value=str(path),
            rows=HEADER_SCAN_ROWS,
            columns="Nom / Naam / Name, N° BCE / KBO-nummer, Code postal / Postcode",
        )
    number, cells, fields = header
    below = [c for n, c in head if n > number and not all(blank(cell) for cell in c)][:samples]
    columns = []
    for index, cell in enumerate(cells):
        text = cell_text("", cell)
        if not text:
            continue
        field = fields.get(index)
        values = tuple(cell_text(field or "", row[index]) for row in below if index < len(row))
        columns.append(ColumnGuess(text, field, tuple(v for v in values if v)))
    return ColumnPreview(number, tuple(columns), recognised)


def header_fields(
    cells: list[object], known: Mapping[str, str | None]
) -> tuple[dict[int, str], list[str], int]:
    """Column index → field for a candidate header row, the ignored headers, the score."""
    columns: dict[int, str] = {}
    dutch: dict[str, int] = {}
    ignored: list[str] = []
    score = 0
    for index, cell in enumerate(cells):
        text = "" if cell is None else str(cell).strip()
        if not text:
            continue
        key = loose_key(text)
        if key not in known:
            ignored.append(text)
            continue
        score += 1
        field = known[key]
        if field is None:
            continue
        if field in columns.values():
            # "Nom" and "Naam" side by side: the Dutch column fills the Dutch form.
            nl_form = _DUTCH_FORM.get(field)
            if nl_form and key in _DUTCH and nl_form not in columns.values():
                columns[index] = nl_form
            elif nl_form and dutch.get(field) is not None and nl_form not in columns.values():
                columns[dutch[field]] = nl_form
                columns[index] = field
            else:
                ignored.append(text)
            continue
        columns[index] = field
        if key in _DUTCH:
            dutch[field] = index
    return columns, ignored, score


#: The fields a mapping may name.
MAPPABLE_FIELDS: tuple[str, ...] = _MAPPABLE
