"""What both employer imports do with the employers they read: match, merge, write, count.

The rule, shared by the spreadsheet and the KBO import:

- each incoming employer is matched (:class:`EmployerIndex`) against the store and against the
  employers the same import met before it, so that a file naming an employer twice updates the
  one it created;
- no match: a new employer is created (the import says how its stored row is built); a match
  that is archived: the row is rejected (an archived employer is not updated); any other match:
  the import's own merge rule sets the fields of the stored employer, the result is checked by
  the domain as a whole, and only the fields that changed are written (no change: counted as
  unchanged, nothing written);
- everything goes through one :class:`BatchWriter`, so the run is journalled (it syncs) and
  recorded as one revertible batch; a dry run writes nothing and keeps what it would store, so
  later rows see it.

A real run is one transaction, all or nothing (:func:`import_transaction`); a dry run only reads.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import sqlalchemy as sa

from pacte_desktop.domain.entities import Employer, build, specs
from pacte_desktop.domain.errors import ValidationError
from pacte_desktop.imports.reading import Rejection
from pacte_desktop.services.imports.batches import BatchWriter
from pacte_desktop.services.imports.matching import EmployerIndex
from pacte_desktop.store import busy
from pacte_desktop.store.database import Store
from pacte_desktop.store.ids import new_ids
from pacte_desktop.store.schema import entity_to_row, row_to_entity
from pacte_desktop.store.unit_of_work import UnitOfWork

__all__ = ["EmployerUpdate", "EmployerWrites", "FieldChange", "ImportReport", "import_transaction"]

#: ``new_row(values, record_id)``: the stored row (``id`` included) of a new employer.
NewRow = Callable[[dict[str, object], str], dict[str, object]]
#: ``merge(merged, values)``: sets in ``merged`` (the stored employer's fields, domain form)
#: what the import's ``values`` change.
Merge = Callable[[dict[str, object], Mapping[str, object]], None]


#: How many updates a report names one by one (a KBO extract may update tens of thousands:
#: the counts stay exact, the list is for reading before importing).
UPDATES_LISTED = 500


@dataclass(frozen=True)
class FieldChange:
    """One field an import changes, in stored form (``None``: empty)."""

    field: str
    old: object
    new: object


@dataclass(frozen=True)
class EmployerUpdate:
    """An employer an import updates: its id, its name before the import, what changes."""

    id: str
    name: str
    changes: tuple[FieldChange, ...]


@dataclass(frozen=True)
class ImportReport:
    """What an import did (or, on a dry run, would do)."""

    batch_id: str | None  # None on a dry run
    created: int
    updated: int
    unchanged: int
    rejected: list[Rejection]
    file: str
    dry_run: bool = False
    #: Column headers that map to no field (spreadsheet imports).
    ignored_columns: tuple[str, ...] = ()
    #: Records left aside on purpose (KBO: enterprises without any name in the extract).
    skipped: int = 0
    #: What was corrected in rows that were kept (control characters removed), as
    #: (row, field, message) like the rejections.
    warnings: list[Rejection] = field(default_factory=list)
    #: The first UPDATES_LISTED updates, each naming the employer and its changes old -> new,
    #: so that a row renaming an employer is seen before it happens.
    updates: list[EmployerUpdate] = field(default_factory=list)

    @property
    def rejected_rows(self) -> int:
        """How many rows had at least one problem."""
        return len({row for row, _, _ in self.rejected})


@contextlib.contextmanager
def import_transaction(
    store: Store, path: Path, *, dry_run: bool, worker_id: str | None
) -> Iterator[tuple[sa.Connection, UnitOfWork | None]]:
    """The connection (and unit of work, None on a dry run) an import of ``path`` runs in.

    A real run is one unit of work committed when the block ends without an error: a writer
    that waits meanwhile waits for its end, told what it waits for (store/busy.py).
    """
    if dry_run:
        with store.reading() as conn:
            yield conn, None
        return
    with (
        UnitOfWork(store, worker_id) as uow,
        busy.announced(store.data_dir, "busy_import", file=Path(path).name),
    ):
        yield uow.connection, uow
        uow.commit()


class EmployerWrites:
    """The employers one import creates and merges, written through a :class:`BatchWriter`
    (``columns``: the fields new employers are written with; the others at their default)."""

    def __init__(
        self,
        conn: sa.Connection,
        uow: UnitOfWork | None,
        *,
        columns: Sequence[str] | None = None,
    ) -> None:
        self.writer = BatchWriter(conn, uow, Employer, columns=columns)
        self.index = EmployerIndex.load(conn)
        self.created = self.updated = self.unchanged = 0
        #: What was refused, as (row or line of the file, field, message), in file order.
        self.rejected: list[Rejection] = []
        self.updates: list[EmployerUpdate] = []
        self._ids: list[str] = []

    def reject(self, problems: Iterable[Rejection]) -> None:
        """Record problems of the file (a row counts once however many it has)."""
        self.rejected.extend(problems)

    def write(
        self,
        values: dict[str, object],
        *,
        new_row: NewRow,
        merge: Merge,
    ) -> None:
        """Create the employer ``values`` describe, or merge them into the one they match.

        Raises a :class:`PacteError` (nothing written) when the domain refuses the result or
        the match is archived.
        """
        keys = self.index.name_keys(values)
        found = self.index.find(values, keys)
        if found is None:
            record_id = self._ids.pop() if self._ids else self._more_ids()
            row = new_row(values, record_id)
            self.writer.create(row)
            self.index.add(record_id, row, keys)
            self.created += 1
        elif found in self.index.archived:
            raise ValidationError("name", "archived", value=self.writer.current(found)["name"])
        else:
            self._update(found, values, merge)

    def _more_ids(self) -> str:
        self._ids = new_ids(1000)
        self._ids.reverse()  # popped from the end: still handed out in increasing order
        return self._ids.pop()

    def _update(self, record_id: str, values: Mapping[str, object], merge: Merge) -> None:
        current_row = self.writer.current(record_id)
        current = row_to_entity(Employer, current_row)
        merged = {name: getattr(current, name) for name in specs(Employer)}
        merge(merged, values)
        new_row = entity_to_row(build(Employer, merged))
        diff = {k: v for k, v in new_row.items() if v != current_row[k]}
        if not diff:
            self.unchanged += 1
            return
        self.writer.change(record_id, diff)
        self.index.add(record_id, new_row)
        self.updated += 1
        if len(self.updates) < UPDATES_LISTED:
            changes = tuple(FieldChange(k, current_row[k], v) for k, v in diff.items())
            self.updates.append(EmployerUpdate(record_id, str(current_row["name"]), changes))

    def finish(self, *, kind: str, file: str) -> str | None:
        """Write what is still buffered and record the batch; its id, None on a dry run."""
        return self.writer.finish(
            kind=kind,
            file=file,
            created=self.created,
            updated=self.updated,
            unchanged=self.unchanged,
            rejected=len({row for row, _, _ in self.rejected}),
        )

    def report(
        self,
        batch_id: str | None,
        file: str,
        *,
        ignored_columns: tuple[str, ...] = (),
        skipped: int = 0,
        warnings: Sequence[Rejection] = (),
    ) -> ImportReport:
        """What this import did (or, on a dry run, would do)."""
        return ImportReport(
            batch_id=batch_id,
            created=self.created,
            updated=self.updated,
            unchanged=self.unchanged,
            rejected=list(self.rejected),
            file=file,
            dry_run=self.writer.uow is None,
            ignored_columns=ignored_columns,
            skipped=skipped,
            warnings=list(warnings),
            updates=list(self.updates),
        )
