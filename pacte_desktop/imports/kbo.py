"""Employers from the KBO/BCE open-data extract (the public monthly files).

The extract's files are read from a folder or straight from the zip, each as a stream through
the csv module (never loaded whole): ``address.csv`` first, keeping the registered seat
(``TypeOfAddress`` REGO) of enterprises in the chosen postcodes whose address is not struck
off; then ``enterprise.csv`` (active enterprises only: ``Status`` AC), ``denomination.csv``
(legal name, type 001, in French — language 1 — and Dutch — 2; other names as a fallback),
``activity.csv`` (the main activity, ``Classification`` MAIN, NACE-BEL 2025 preferred over 2008,
stored with its version), ``contact.csv`` (the enterprise's TEL, EMAIL and WEB) and, when
present, ``code.csv`` (the French label of the legal form).

Matching: the same BCE number, else the same name at the same postcode for an employer that
has no BCE number yet (so an employer typed by hand is enriched, not duplicated); otherwise a
new employer (status prospect) is created.

What an update changes (the KBO is the authority for identity, not for how to reach people):

- official fields take the KBO's value when it has one and it differs: legal form, BCE
  number, Dutch name, main NACE code with its version, and the seat address as a whole
  (street FR/NL, number, box, postcode, commune FR/NL — a box the KBO no longer lists goes);
- the name, phone, email and website are only filled when empty: the partners' own name
  for an employer and the contact channels they use are kept.

A value the domain refuses (a malformed phone in the extract…) is left out and reported with
the line of the file it came from; the enterprise is imported without it. Enterprises without
any name in the extract (natural persons) are skipped and counted. An archived employer is not
updated. The import is one transaction and a revertible batch.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import io
import zipfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

import sqlalchemy as sa

from pacte_desktop.domain import bce
from pacte_desktop.domain.entities import Employer, build, parse_value, specs
from pacte_desktop.domain.errors import PacteError, ValidationError
from pacte_desktop.imports.batches import BatchWriter, ImportReport, Progress, Rejection
from pacte_desktop.imports.matching import EmployerIndex
from pacte_desktop.store import busy
from pacte_desktop.store.database import Store
from pacte_desktop.store.ids import new_id
from pacte_desktop.store.schema import entity_to_row, row_to_entity
from pacte_desktop.store.unit_of_work import UnitOfWork

__all__ = ["ImportReport", "import_kbo"]

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
OFFICIAL = ("legal_form", "bce_number", "name_nl", "nace_code", "nace_version")
ADDRESS = ("street", "street_nl", "number", "box", "postcode", "commune", "commune_nl")
CURATED = ("name", "phone", "email", "website")
_CONTACT_FIELDS = {"TEL": "phone", "EMAIL": "email", "WEB": "website"}
_NACE_RANK = {"2025": 3, "2008": 2, "2003": 1}
# Denomination preference: legal name, then abbreviation, then commercial name.
_DENOMINATION_RANK = {"001": 0, "002": 1, "003": 2}


@dataclass
class _Enterprise:
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


def _read(extract: _Extract, postcodes: set[str]) -> dict[str, _Enterprise]:
    """The active enterprises whose registered seat is in ``postcodes``, with what the other
    files say of them.

    Most rows of the big files (``activity.csv`` has some twenty per enterprise of Belgium) are
    of enterprises elsewhere: they are recognised by the entity number's text as the file
    writes it (``0403.019.261``; ten bare digits are recognised too) before anything else is
    done with the row.
    """
    today = dt.date.today()
    found: dict[str, _Enterprise] = {}
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

            found[number] = _Enterprise(
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
    by_text: dict[str, _Enterprise] = {}
    for number, seat in found.items():
        by_text[number] = by_text[bce.format_number(number)] = seat
    active: dict[str, _Enterprise] = {}
    with extract.rows("enterprise.csv") as (col, rows):
        number_at, status_at = col["EnterpriseNumber"], col["Status"]
        for line, row in rows:
            enterprise = by_text.get(row[number_at]) or by_text.get(row[number_at].strip())
            if enterprise is not None and row[status_at].strip() == "AC":
                enterprise.line = line
                enterprise.juridical_form = row[col["JuridicalForm"]].strip()
                active[enterprise.number] = enterprise
    wanted: dict[str, _Enterprise] = {t: e for t, e in by_text.items() if e.number in active}
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


class _Import:
    def __init__(self, conn: sa.Connection, uow: UnitOfWork | None, path: Path) -> None:
        self.path = path
        self.writer = BatchWriter(conn, uow, Employer)
        self.index = EmployerIndex.load(conn)
        self.rejected: list[Rejection] = []
        self.rejected_rows: set[int] = set()
        self.created = self.updated = self.unchanged = self.skipped = 0

    def _reject(self, line: int, number: str, exc: PacteError) -> None:
        self.rejected.append((line, exc.field, f"{bce.format_number(number)} : {exc.message()}"))
        self.rejected_rows.add(line)

    def _value(self, line: int, number: str, name: str, raw: str | None) -> object:
        if not raw:
            return None
        try:
            return parse_value(name, specs(Employer)[name], raw)
        except PacteError as exc:
            self._reject(line, number, exc)
            return None

    def enterprise(self, item: _Enterprise, legal_forms: dict[str, str]) -> None:
        names = {lang: name for lang, (_, name) in item.names.items()}
        name_fr = names.get("1")
        name_nl = names.get("2")
        name = name_fr or name_nl or names.get("0") or next(iter(names.values()), None)
        if not name:
            self.skipped += 1
            return
        line, number = item.line, item.number
        values: dict[str, object] = {
            "bce_number": self._value(line, number, "bce_number", number),
            "name": self._value(line, number, "name", name),
            "name_nl": self._value(line, number, "name_nl", name_nl),
            "legal_form": self._value(
                line, number, "legal_form", legal_forms.get(item.juridical_form)
            ),
        }
        for key, raw in item.address.items():
            values[key] = self._value(line, number, key, raw)
        if item.nace is not None:
            code = self._value(line, number, "nace_code", item.nace[2])
            values["nace_code"] = code
            values["nace_version"] = item.nace[3] if code else None
        for key, found in item.contacts.items():
            for contact_line, raw in found:
                value = self._value(contact_line, number, key, raw)
                if value is not None:
                    values[key] = value
                    break
        if not values["name"] or not values["bce_number"]:
            return
        record_id = self.index.find({k: v for k, v in values.items() if v is not None})
        try:
            if record_id is None:
                fresh = {k: v for k, v in values.items() if v}
                if fresh.get("name_nl") == fresh["name"]:
                    del fresh["name_nl"]  # a Dutch-only name is the name
                entity = build(Employer, {**fresh, "id": new_id()})
                row = entity_to_row(entity)
                self.writer.create(row)
                self.index.add(entity.id, row)
                self.created += 1
            elif record_id in self.index.archived:
                raise ValidationError(
                    "name", "archived", value=self.writer.current(record_id)["name"]
                )
            else:
                self._enrich(record_id, values)
        except PacteError as exc:
            self._reject(line, number, exc)

    def _enrich(self, record_id: str, values: dict[str, object]) -> None:
        current_row = self.writer.current(record_id)
        current = row_to_entity(Employer, current_row)
        merged = {name: getattr(current, name) for name in specs(Employer)}
        for key in OFFICIAL:
            if values.get(key):
                merged[key] = values[key]
        if values.get("nace_code"):
            merged["nace_version"] = values["nace_version"]
        if values.get("postcode"):
            for key in ADDRESS:
                merged[key] = values.get(key)
        for key in CURATED:
            if not merged.get(key) and values.get(key):
                merged[key] = values[key]
        new_row = entity_to_row(build(Employer, merged))
        diff = {k: v for k, v in new_row.items() if v != current_row[k]}
        if not diff:
            self.unchanged += 1
            return
        self.writer.change(record_id, diff)
        self.index.add(record_id, new_row)
        self.updated += 1


def import_kbo(
    store: Store,
    path: Path,
    *,
    postcodes: Sequence[str] = ("1060",),
    dry_run: bool = False,
    worker_id: str | None = None,
    progress: Progress | None = None,
) -> ImportReport:
    """Create or enrich the employers whose registered seat is in ``postcodes``.

    ``path`` is the extract's folder or zip. Rejected values are reported as (line of the file,
    field, message naming the enterprise). ``progress(done, total)`` counts the bytes of the
    extract's files while they are read, then the enterprises while they are written.
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

    def run(conn: sa.Connection, uow: UnitOfWork | None) -> _Import:
        job = _Import(conn, uow, path)
        for done, item in enumerate(found.values(), 1):
            job.enterprise(item, legal_forms)
            if progress and (done % 500 == 0 or done == len(found)):
                progress(done, len(found))
        return job

    if dry_run:
        with store.reading() as conn:
            job = run(conn, None)
            batch_id = None
    else:
        # One transaction, all or nothing: a writer that waits meanwhile waits for its end,
        # told what it waits for (store/busy.py).
        with (
            UnitOfWork(store, worker_id) as uow,
            busy.announced(store.data_dir, "busy_import", file=Path(path).name),
        ):
            job = run(uow.connection, uow)
            batch_id = job.writer.finish(
                kind="kbo",
                file=str(path),
                created=job.created,
                updated=job.updated,
                unchanged=job.unchanged,
                rejected=len(job.rejected_rows),
            )
            uow.commit()
    return ImportReport(
        batch_id=batch_id,
        created=job.created,
        updated=job.updated,
        unchanged=job.unchanged,
        rejected=list(job.rejected),
        file=str(path),
        dry_run=dry_run,
        skipped=job.skipped,
    )
