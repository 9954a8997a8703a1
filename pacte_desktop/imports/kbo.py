"""Employers from the KBO/BCE open-data extract (the public monthly files): the reader.

The extract's files are read from a folder or straight from the zip, each as a stream through
the csv module (never loaded whole): ``address.csv`` first, keeping the registered seat
(``TypeOfAddress`` REGO) of enterprises in the chosen postcodes whose address is not struck
off; then ``enterprise.csv`` (active enterprises only: ``Status`` AC), ``denomination.csv``
(legal name, type 001, in French — language 1 — and Dutch — 2; other names as a fallback),
``activity.csv`` (the main activity, ``Classification`` MAIN, NACE-BEL 2025 preferred over 2008,
stored with its version), ``contact.csv`` (the enterprise's TEL, EMAIL and WEB) and, when
present, ``code.csv`` (the French label of the legal form). A missing file, a missing column or
a file the csv module cannot read refuses the extract (``kbo_missing_file``, ``kbo_format``).

Each enterprise becomes an employer's values (:func:`employer_values`), checked by the domain:
a value the domain refuses (a malformed phone in the extract…) is left out and reported with the
line of the file it came from, the enterprise kept without it. Enterprises without any name in
the extract (natural persons) are left aside, for the caller to count. Matching, merging and
writing are the import's use case (:mod:`pacte_desktop.services.imports.kbo`).
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import io
import zipfile
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from pacte_desktop.domain import bce
from pacte_desktop.domain.entities import Employer, parse_value, specs
from pacte_desktop.domain.errors import PacteError, ValidationError
from pacte_desktop.domain.progress import Progress
from pacte_desktop.imports.reading import Rejection

__all__ = ["Enterprise", "KboEmployer", "employer_values", "read_extract", "rejection"]

COLUMNS: dict[str, tuple[str, ...]] = {
    "enterprise.csv": ("EnterpriseNumber", "Status", "JuridicalForm"),
    "denomination.csv": ("EntityNumber", "Language", "TypeOfDenomination", "Denomination"),
    "address.csv": (
        "EntityNumber",
        "TypeOfAddress",
        "Zipcode",
        "MunicipalityNL",
        "MunicipalityFR",
        "StreetNL",
        "StreetFR",
        "HouseNumber",
        "Box",
        "DateStrikingOff",
    ),
    "contact.csv": ("EntityNumber", "EntityContact", "ContactType", "Value"),
    "activity.csv": ("EntityNumber", "ActivityGroup", "NaceVersion", "NaceCode", "Classification"),
    "code.csv": ("Category", "Code", "Language", "Description"),
}
_CONTACT_FIELDS = {"TEL": "phone", "EMAIL": "email", "WEB": "website"}
_NACE_RANK = {"2025": 3, "2008": 2, "2003": 1}
# Denomination preference: legal name, then abbreviation, then commercial name.
_DENOMINATION_RANK = {"001": 0, "002": 1, "003": 2}


@dataclass
class Enterprise:
    number: str  # ten digits
    line: int  # in enterprise.csv (address.csv until enterprise.csv is read)
    address: dict[str, str | None]
    juridical_form: str = ""
    names: dict[str, tuple[int, str]] = field(default_factory=dict)  # lang -> (rank, name)
    nace: tuple[int, int, str, str] | None = None  # (rank, -group, code, version)
    contacts: dict[str, list[tuple[int, str]]] = field(default_factory=dict)  # field -> values


class _Extract:
    """The extract's files, from a folder or a zip, opened as text streams.

    ``progress(done, total)`` is told the bytes read so far of all the files this import reads
    (uncompressed sizes when they come from a zip), every few thousand rows.
    """

    def __init__(self, path: Path, progress: Progress | None = None) -> None:
        self.path = path
        self.zip: zipfile.ZipFile | None = None
        self.members: dict[str, str] = {}
        self.sizes: dict[str, int] = {}
        if path.is_dir():
            for item in path.iterdir():
                if item.is_file():
                    self.members[item.name.lower()] = str(item)
                    self.sizes[item.name.lower()] = item.stat().st_size
        elif path.is_file() and zipfile.is_zipfile(path):
            self.zip = zipfile.ZipFile(path)
            for info in self.zip.infolist():
                key = PurePosixPath(info.filename).name.lower()
                if key not in self.members:
                    self.members[key] = info.filename
                    self.sizes[key] = info.file_size
        elif path.exists():
            raise ValidationError("file", "kbo_not_extract", value=str(path))
        else:
            raise ValidationError("file", "no_such_file", value=str(path))
        self.progress = progress
        self.total = sum(self.sizes.get(name, 0) for name in COLUMNS)
        self.done = 0  # bytes of the files read completely

    def close(self) -> None:
        if self.zip is not None:
            self.zip.close()

    def has(self, name: str) -> bool:
        return name in self.members

    @contextlib.contextmanager
    def rows(self, name: str) -> Iterator[tuple[dict[str, int], Iterator[tuple[int, list[str]]]]]:
        """The column positions and the ``(line number, cells)`` of one file, checked against
        the extract's columns. Cells are as in the file (not stripped)."""
        member = self.members.get(name)
        if member is None:
            raise ValidationError("file", "kbo_missing_file", value=str(self.path), file=name)
        raw = self.zip.open(member) if self.zip is not None else open(member, "rb")  # noqa: SIM115
        with raw, io.TextIOWrapper(raw, encoding="utf-8-sig", newline="") as text:
            reader = csv.reader(text)
            try:
                header = [h.strip() for h in next(reader, [])]
            except (csv.Error, UnicodeDecodeError) as exc:
                raise ValidationError(
                    "file", "kbo_format", value=str(self.path), file=name, reason=str(exc)
                ) from None
            missing = [c for c in COLUMNS[name] if c not in header]
            if missing:
                raise ValidationError(
                    "file",
                    "kbo_format",
                    value=str(self.path),
                    file=name,
                    reason=", ".join(missing),
                )
            positions = {column: header.index(column) for column in COLUMNS[name]}
            width = max(positions.values()) + 1
            progress, done, total = self.progress, self.done, self.total

            def iterate() -> Iterator[tuple[int, list[str]]]:
                try:
                    for count, cells in enumerate(reader, 1):
                        if len(cells) < width:
                            if not any(cells):
                                continue  # an empty line
                            cells = cells + [""] * (width - len(cells))
                        yield reader.line_num, cells
                        if progress is not None and count % 20_000 == 0:
                            progress(done + raw.tell(), total)
                except (csv.Error, UnicodeDecodeError) as exc:
                    raise ValidationError(
                        "file", "kbo_format", value=str(self.path), file=name, reason=str(exc)
                    ) from None

            yield positions, iterate()
        self.done += self.sizes.get(name, 0)
        if self.progress is not None:
            self.progress(self.done, self.total)


def _digits(number: str) -> str:
    return bce.compact(number)


def _struck_off(text: str, today: dt.date) -> bool:
    if not text:
        return False
    try:
        return dt.datetime.strptime(text, "%d-%m-%Y").date() <= today
    except ValueError:
        return True


def _read(extract: _Extract, postcodes: set[str]) -> dict[str, Enterprise]:
    """The active enterprises whose registered seat is in ``postcodes``, with what the other
    files say of them.

    Most rows of the big files (``activity.csv`` has some twenty per enterprise of Belgium) are
    of enterprises elsewhere: they are recognised by the entity number's text as the file
    writes it (``0403.019.261``; ten bare digits are recognised too) before anything else is
    done with the row.
    """
    today = dt.date.today()
    found: dict[str, Enterprise] = {}
    with extract.rows("address.csv") as (col, rows):
        number_at, type_at, zip_at = col["EntityNumber"], col["TypeOfAddress"], col["Zipcode"]
        for line, row in rows:
            if row[zip_at].strip() not in postcodes or row[type_at].strip() != "REGO":
                continue
            number = _digits(row[number_at])
            if number[:1] not in ("0", "1") or _struck_off(
                row[col["DateStrikingOff"]].strip(), today
            ):
                continue

            def cell(column: str, row: list[str] = row) -> str:
                return row[col[column]].strip()

            found[number] = Enterprise(
                number,
                line,
                {
                    "street": cell("StreetFR") or cell("StreetNL") or None,
                    "street_nl": cell("StreetNL") or None,
                    "number": cell("HouseNumber") or None,
                    "box": cell("Box") or None,
                    "postcode": cell("Zipcode"),
                    "commune": cell("MunicipalityFR") or cell("MunicipalityNL") or None,
                    "commune_nl": cell("MunicipalityNL") or None,
                },
            )
    # Each wanted enterprise under the spellings of its number the extract may use.
    by_text: dict[str, Enterprise] = {}
    for number, seat in found.items():
        by_text[number] = by_text[bce.format_number(number)] = seat
    active: dict[str, Enterprise] = {}
    with extract.rows("enterprise.csv") as (col, rows):
        number_at, status_at = col["EnterpriseNumber"], col["Status"]
        for line, row in rows:
            enterprise = by_text.get(row[number_at]) or by_text.get(row[number_at].strip())
            if enterprise is not None and row[status_at].strip() == "AC":
                enterprise.line = line
                enterprise.juridical_form = row[col["JuridicalForm"]].strip()
                active[enterprise.number] = enterprise
    wanted: dict[str, Enterprise] = {t: e for t, e in by_text.items() if e.number in active}
    with extract.rows("denomination.csv") as (col, rows):
        number_at = col["EntityNumber"]
        for _, row in rows:
            enterprise = wanted.get(row[number_at])
            if enterprise is None:
                continue
            rank = _DENOMINATION_RANK.get(row[col["TypeOfDenomination"]].strip())
            denomination = row[col["Denomination"]].strip()
            if rank is None or not denomination:
                continue
            language = row[col["Language"]].strip()
            held = enterprise.names.get(language)
            if held is None or rank < held[0]:
                enterprise.names[language] = (rank, denomination)
    with extract.rows("activity.csv") as (col, rows):
        number_at, class_at = col["EntityNumber"], col["Classification"]
        for _, row in rows:
            enterprise = wanted.get(row[number_at])
            if enterprise is None or row[class_at].strip() != "MAIN":
                continue
            version = row[col["NaceVersion"]].strip()
            version_rank = _NACE_RANK.get(version)
            if version_rank is None:
                continue
            group_text = row[col["ActivityGroup"]].strip()
            group = int(group_text) if group_text.isdigit() else 999
            candidate = (version_rank, -group, row[col["NaceCode"]].strip(), version)
            if enterprise.nace is None or candidate[:2] > enterprise.nace[:2]:
                enterprise.nace = candidate
    with extract.rows("contact.csv") as (col, rows):
        number_at = col["EntityNumber"]
        for line, row in rows:
            enterprise = wanted.get(row[number_at])
            if enterprise is None:
                continue
            target = _CONTACT_FIELDS.get(row[col["ContactType"]].strip())
            value = row[col["Value"]].strip()
            if target is None or row[col["EntityContact"]].strip() not in ("ENT", ""):
                continue
            if value:
                enterprise.contacts.setdefault(target, []).append((line, value))
    return active


def _legal_forms(extract: _Extract, wanted: set[str]) -> dict[str, str]:
    if not extract.has("code.csv") or not wanted:
        return {}
    labels: dict[str, str] = {}
    with extract.rows("code.csv") as (col, rows):
        for _, row in rows:
            code = row[col["Code"]].strip()
            if (
                row[col["Category"]].strip() == "JuridicalForm"
                and code in wanted
                and row[col["Language"]].strip() == "FR"
            ):
                labels[code] = row[col["Description"]].strip()
    return labels


def read_extract(
    path: Path, postcodes: Sequence[str], progress: Progress | None = None
) -> tuple[list[Enterprise], dict[str, str]]:
    """The active enterprises whose registered seat is in ``postcodes``, in the order of
    ``address.csv``, and the French labels of their legal forms by code.

    ``path`` is the extract's folder or zip; ``progress(done, total)`` counts the bytes of the
    extract's files while they are read. A postcode the domain refuses raises before anything
    is read.
    """
    path = Path(path)
    wanted = {str(p).strip() for p in postcodes if str(p).strip()}
    for code in wanted:
        parse_value("postcode", specs(Employer)["postcode"], code)
    extract = _Extract(path, progress)
    try:
        found = _read(extract, wanted)
        legal_forms = _legal_forms(extract, {e.juridical_form for e in found.values()})
    finally:
        extract.close()
    return list(found.values()), legal_forms


def rejection(line: int, number: str, exc: PacteError) -> Rejection:
    """A problem of one enterprise, as reported: the line, the field, the enterprise's number
    and the domain's message."""
    return (line, exc.field, f"{bce.format_number(number)} : {exc.message()}")


@dataclass(frozen=True)
class KboEmployer:
    """What one enterprise of the extract gives: the employer's values (domain form; None for
    the fields the extract leaves empty or the domain refused) and the values refused."""

    line: int  # in enterprise.csv
    number: str  # ten digits
    values: dict[str, object]
    rejected: list[Rejection]

    @property
    def complete(self) -> bool:
        """Whether it names an employer: a name and a BCE number the domain accepted."""
        return bool(self.values["name"]) and bool(self.values["bce_number"])


def employer_values(item: Enterprise, legal_forms: Mapping[str, str]) -> KboEmployer | None:
    """The employer an enterprise describes, or None when the extract gives it no name."""
    names = {lang: name for lang, (_, name) in item.names.items()}
    name_fr = names.get("1")
    name_nl = names.get("2")
    name = name_fr or name_nl or names.get("0") or next(iter(names.values()), None)
    if not name:
        return None
    line, number = item.line, item.number
    rejected: list[Rejection] = []

    def value(line: int, key: str, raw: str | None) -> object:
        if not raw:
            return None
        try:
            return parse_value(key, specs(Employer)[key], raw)
        except PacteError as exc:
            rejected.append(rejection(line, number, exc))
            return None

    values: dict[str, object] = {
        "bce_number": value(line, "bce_number", number),
        "name": value(line, "name", name),
        "name_nl": value(line, "name_nl", name_nl),
        "legal_form": value(line, "legal_form", legal_forms.get(item.juridical_form)),
    }
    for key, raw in item.address.items():
        values[key] = value(line, key, raw)
    if item.nace is not None:
        code = value(line, "nace_code", item.nace[2])
        values["nace_code"] = code
        values["nace_version"] = item.nace[3] if code else None
    for key, found in item.contacts.items():
        for contact_line, raw in found:
            checked = value(contact_line, key, raw)
            if checked is not None:
                values[key] = checked
                break
    return KboEmployer(line, number, values, rejected)
