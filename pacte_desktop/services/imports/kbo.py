"""Creating or enriching employers from the KBO/BCE open-data extract.

The extract is read by :mod:`pacte_desktop.imports.kbo` (the active enterprises whose
registered seat is in the chosen postcodes, each as an employer's values). Matching is the
shared rule (:mod:`pacte_desktop.services.imports.writing`): the same BCE number, else the same
name at the same postcode for an employer that has no BCE number yet (so an employer typed by
hand is enriched, not duplicated); otherwise a new employer (status prospect) is created.

The merge rule of the KBO (the authority for identity, not for how to reach people):

- official fields take the KBO's value when it has one and it differs: legal form, BCE
  number, Dutch name, main NACE code with its version, and the seat address as a whole
  (street FR/NL, number, box, postcode, commune FR/NL — a box the KBO no longer lists goes);
- the name, phone, email and website are only filled when empty: the partners' own name
  for an employer and the contact channels they use are kept.

A value the extract gives and the domain refuses is reported with the line of the file it came
from, the enterprise imported without it. Enterprises without any name in the extract (natural
persons) are skipped and counted. An archived employer is not updated. The import is one
transaction and a revertible batch.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from pacte_desktop.domain.entities import Employer, build
from pacte_desktop.domain.errors import PacteError
from pacte_desktop.domain.progress import Progress
from pacte_desktop.imports.kbo import employer_values, read_extract, rejection
from pacte_desktop.services.imports.writing import (
    EmployerWrites,
    ImportReport,
    import_transaction,
)
from pacte_desktop.store.database import Store
from pacte_desktop.store.schema import entity_to_row

__all__ = ["import_kbo"]

OFFICIAL = ("legal_form", "bce_number", "name_nl", "nace_code", "nace_version")
ADDRESS = ("street", "street_nl", "number", "box", "postcode", "commune", "commune_nl")
CURATED = ("name", "phone", "email", "website")


def _new_row(values: dict[str, object], record_id: str) -> dict[str, object]:
    """The stored row of a new employer from an enterprise's values (domain form)."""
    fresh = {k: v for k, v in values.items() if v}
    if fresh.get("name_nl") == fresh["name"]:
        del fresh["name_nl"]  # a Dutch-only name is the name
    return entity_to_row(build(Employer, {**fresh, "id": record_id}))


def _merge(merged: dict[str, object], values: Mapping[str, object]) -> None:
    """An enterprise's values into a stored employer's fields: the rule above."""
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
    found, legal_forms = read_extract(path, postcodes, progress)
    skipped = 0
    with import_transaction(store, path, dry_run=dry_run, worker_id=worker_id) as (conn, uow):
        job = EmployerWrites(conn, uow)
        for done, item in enumerate(found, 1):
            employer = employer_values(item, legal_forms)
            if employer is None:
                skipped += 1
            else:
                job.reject(employer.rejected)
                if employer.complete:
                    try:
                        job.write(employer.values, new_row=_new_row, merge=_merge)
                    except PacteError as exc:
                        job.reject([rejection(employer.line, employer.number, exc)])
            if progress and (done % 500 == 0 or done == len(found)):
                progress(done, len(found))
        batch_id = job.finish(kind="kbo", file=str(path))
    return job.report(batch_id, str(path), skipped=skipped)
