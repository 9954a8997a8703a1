"""Importing employers from an Excel workbook or a CSV file, and saving a column mapping.

The file is read and each row checked by :mod:`pacte_desktop.imports.employers`; a row with a
bad value is rejected with its row number, the field and the domain's message. Matching (the
same BCE number updates that employer; else the same normalised name at the same postcode
does, unless the BCE numbers differ; else a new employer is created, rows later in the file
matched the same way) and writing are :mod:`pacte_desktop.services.imports.writing`'s.

The merge rule of a spreadsheet: an update writes only the fields that change; empty cells
never erase a stored value; list fields (languages, tags, accepts) gain the file's items; a
name that differs from the stored one only in case, accents or spaces keeps the stored
spelling; a new NACE code without its version has the version derived again. An archived
employer is not updated: its row is rejected.

The real run writes the good rows only, in one transaction, recorded as a revertible batch
(:mod:`pacte_desktop.services.imports.batches`); a dry run writes nothing at all.

Before an import, :func:`columns_of` shows how a file's columns would be read (the header row
found, the field each column goes to, a few sample values), and :func:`save_mapping` keeps a
mapping of them for ``--mapping``.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from pathlib import Path

import sqlalchemy as sa

from pacte_desktop.domain.entities import Employer, Entity, build_values, specs
from pacte_desktop.domain.errors import PacteError, ValidationError
from pacte_desktop.domain.progress import Progress
from pacte_desktop.domain.text import fold
from pacte_desktop.imports.columns import (
    MAPPABLE_FIELDS,
    ColumnPreview,
    check_mapping,
    preview_columns,
)
from pacte_desktop.imports.employers import EmployerSheet
from pacte_desktop.reports.output import output_file
from pacte_desktop.services.imports.writing import (
    EmployerWrites,
    ImportReport,
    import_transaction,
)
from pacte_desktop.store.database import Store
from pacte_desktop.store.repository import Repository
from pacte_desktop.store.schema import from_db, stored_defaults, values_to_row

__all__ = ["import_employers", "save_mapping"]

_EMPLOYER_SPECS = specs(Employer)
_EMPLOYER_DEFAULTS = stored_defaults(Employer)
_EMPLOYER_REQUIRED = tuple(name for name, spec in _EMPLOYER_SPECS.items() if spec.required)
#: Whether an employer is checked by its fields alone (no ``check`` or ``__post_init__``).
_EMPLOYER_PLAIN = Employer.check is Entity.check and not hasattr(Employer, "__post_init__")


def _new_employer_row(values: dict[str, object], record_id: str) -> dict[str, object]:
    """The stored row of a new employer from a file's stored-form values: what
    ``values_to_row(build_values(Employer, …))`` gives, restricted to the fields given and the
    derived ones (a test checks both agree)."""
    code = values.get("nace_code")
    if code and not values.get("nace_version"):
        # Employer.derive's rule, on the stored form (the same text).
        derived = Employer.derive({"nace_code": code})
        values["nace_version"] = derived["nace_version"]
    if not _EMPLOYER_PLAIN:  # cross-field rules of its own: build the entity to check them
        full = values_to_row(Employer, build_values(Employer, {**_from_row(values), "id": ""}))
        values = {name: full[name] for name in values}
    else:
        for name in _EMPLOYER_REQUIRED:
            value = values.get(name, _EMPLOYER_DEFAULTS[name])
            if value is None or value == "" or value == "[]":
                raise ValidationError(name, "required")
    values["id"] = record_id
    return values


def _from_row(values: Mapping[str, object]) -> dict[str, object]:
    """Stored-form values back to the domain form the merge works with."""
    return {name: from_db(_EMPLOYER_SPECS[name], value) for name, value in values.items()}


def _merge(merged: dict[str, object], stored_values: Mapping[str, object]) -> None:
    """A spreadsheet row's values (stored form) into a stored employer's fields."""
    values = _from_row(stored_values)
    for key in ("name", "name_nl"):
        # "GARAGE  moderne" names "Garage Moderne": the stored spelling stays.
        new, old_name = values.get(key), merged.get(key)
        if new and old_name and fold(str(new)) == fold(str(old_name)):
            values = {k: v for k, v in values.items() if k != key}
    for name, value in values.items():
        if _EMPLOYER_SPECS[name].kind == "list":
            old: tuple[object, ...] = merged[name]  # type: ignore[assignment]
            merged[name] = (*old, *(v for v in value if v not in old))  # type: ignore[attr-defined]
        else:
            merged[name] = value
    if "nace_code" in values and "nace_version" not in values:
        merged["nace_version"] = None  # derived again from the new code


def _owners(conn: sa.Connection) -> Callable[[str], str]:
    """``owner(name)``: the id of the active worker of that name, for an "owner" column."""
    repo = Repository(conn)

    def owner(name: str) -> str:
        return repo.worker_by_name(name, "owner_id").id

    return owner


def import_employers(
    store: Store,
    path: Path,
    *,
    mapping: Path | Mapping[str, str | None] | None = None,
    dry_run: bool = False,
    worker_id: str | None = None,
    progress: Progress | None = None,
) -> ImportReport:
    """Import (or, with ``dry_run``, only check) the employers of an .xlsx or .csv file.

    Raises :class:`ValidationError` when the file cannot be read at all (missing, not a
    spreadsheet, no recognisable header row, bad mapping file); problems of single rows are
    returned in the report. ``progress(done, total)`` is called now and then.
    """
    path = Path(path)
    sheet = EmployerSheet(path, mapping=mapping, progress=progress)
    with import_transaction(store, path, dry_run=dry_run, worker_id=worker_id) as (conn, uow):
        columns = sheet.header()
        job = EmployerWrites(conn, uow, columns=columns)
        for number, values, errors in sheet.rows(_owners(conn)):
            if not errors:
                try:
                    job.write(values, new_row=_new_employer_row, merge=_merge)
                    continue
                except PacteError as exc:
                    errors = [(exc.field, exc.message())]
            job.reject((number, field, text) for field, text in errors)
        batch_id = job.finish(kind="employers", file=str(path))
    return job.report(batch_id, str(path), ignored_columns=sheet.ignored, warnings=sheet.warnings)


def columns_of(path: Path, *, mapping: Path | None = None) -> ColumnPreview:
    """How the file's columns would be read: its header row, each column's field (by the
    mapping file ``mapping``, else recognised from its header) and sample values."""
    return preview_columns(path, mapping=mapping)


def mappable_fields() -> tuple[str, ...]:
    """The fields a column of a spreadsheet may be mapped to, in the order the mapping step
    offers them."""
    return MAPPABLE_FIELDS


def save_mapping(path: Path, mapping: Mapping[str, str | None]) -> None:
    """Write a mapping file (``{"column header": "field" or null}``, as ``--mapping`` reads
    it) after checking it; written to a temporary file and renamed."""
    check_mapping(dict(mapping), str(path))
    text = json.dumps(dict(mapping), ensure_ascii=False, indent=2) + "\n"
    with output_file(Path(path)) as temporary:
        temporary.write_text(text, encoding="utf-8")
