"""Employers from an Excel workbook or a CSV file: each row checked into stored-form values.

The file is read by :mod:`pacte_desktop.imports.spreadsheet` and its header row found by
:mod:`pacte_desktop.imports.columns`; this module turns each row after the header into the
values the store keeps, or says what is wrong with it. Matching, merging and writing are the
import's use case (:mod:`pacte_desktop.services.imports.employers`).

Each cell is checked by the domain; a bad value rejects the row with its row number (as the
spreadsheet or text editor shows it), the field and the domain's message, every bad cell of
the row named. Choice fields take their labels in any language ("Actif", "Stages, Article
60") as well as their codes; an "owner" cell names a worker, looked up through the function
the caller gives (the reader reads no store).

Hostile files (issue 11): a cell longer than the store keeps (``MAX_TEXT``) rejects its row
only; a record that an unclosed quote ran over several lines is rejected naming its first and
last line; a formula cell without a computed value rejects its row; control characters are
stripped from the cells (one-line fields keep none, notes keep newlines and tabs:
``domain/text.py``) and each stripping is reported as a warning of its row.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path

from pacte_desktop.domain import messages
from pacte_desktop.domain.entities import Employer, FieldSpec, parse_value, specs
from pacte_desktop.domain.errors import PacteError, ValidationError
from pacte_desktop.domain.progress import Progress
from pacte_desktop.domain.text import strip_controls
from pacte_desktop.imports.columns import (
    HEADER_SCAN_ROWS,
    SYNONYMS,
    header_fields,
    loose_key,
    mapping_of,
)
from pacte_desktop.imports.reading import Rejection
from pacte_desktop.imports.spreadsheet import (
    UNCOMPUTED,
    Rows,
    Swallowed,
    blank,
    cell_text,
    rows_of,
)
from pacte_desktop.store.operations import MAX_TEXT
from pacte_desktop.store.schema import to_db

__all__ = ["EmployerSheet", "ParsedRow"]

#: One row after the header: its number, the stored-form values of its good cells, and
#: ``(field, message)`` for each bad one (the row is rejected when there is any).
ParsedRow = tuple[int, dict[str, object], list[tuple[str, str]]]

_CHOICE_CODES: dict[str, str] = {}
for _code, _labels in messages.CHOICE_LABELS.items():
    for _label in (_code, *_labels):
        _CHOICE_CODES.setdefault(loose_key(_label), _code)
for _alias, _code in {
    "article 60": "article60",
    "art 60": "article60",
    "artikel 60": "article60",
    "stage": "internships",
    "embauche": "hires",
    "aanwerving": "hires",
}.items():
    _CHOICE_CODES.setdefault(loose_key(_alias), _code)


_CHOICE_FIELDS = frozenset(name for name, spec in specs(Employer).items() if spec.choices)


def _as_choice(field: str, text: str) -> str:
    """Translate choice labels ("Actif", "Stages, Article 60") into their codes."""
    if field not in _CHOICE_FIELDS:
        return text
    spec = specs(Employer)[field]
    parts = text.split(",") if spec.kind == "list" else [text]
    out = []
    for part in parts:
        code = _CHOICE_CODES.get(loose_key(part), part.strip())
        out.append(code if code in spec.choices else part.strip())
    return ",".join(out)


_MISSING = object()
#: Characters :func:`strip_controls` may remove (a cheap test before calling it).
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\n\r\t]")
#: Fields that keep newlines and tabs.
_MULTILINE = frozenset(name for name, spec in specs(Employer).items() if spec.kind == "longtext")
_CACHE_PER_COLUMN = 4096


class _Bad:
    """A cell's problem: the field and the message, kept instead of raising per cell."""

    __slots__ = ("field", "message")

    def __init__(self, field: str, message: str) -> None:
        self.field = field
        self.message = message


def _stored_list(spec: FieldSpec, value: object) -> object:
    return json.dumps(list(value), ensure_ascii=False) if value else "[]"  # type: ignore[call-overload]


#: Domain value → stored value, for the kinds where they differ (see ``schema.to_db``).
_STORED: dict[str, Callable[[FieldSpec, object], object]] = {
    "list": _stored_list,
    "bool": to_db,
    "date": to_db,
}


_NO_HEADER = "Nom / Naam / Name, N° BCE / KBO-nummer, Code postal / Postcode"


class EmployerSheet:
    """One file of employers: :meth:`header` finds its header row, then :meth:`rows` checks
    the rows below it one by one.

    Raises :class:`ValidationError` when the file cannot be read at all (missing, not a
    spreadsheet, no recognisable header row, bad mapping); problems of single rows are
    yielded with their row. ``progress(done, total)`` is called now and then while reading.
    """

    def __init__(
        self,
        path: Path,
        *,
        mapping: Path | Mapping[str, str | None] | None = None,
        progress: Progress | None = None,
    ) -> None:
        self.path = Path(path)
        if not self.path.is_file():
            raise ValidationError("file", "no_such_file", value=str(self.path))
        self.mapping = mapping_of(mapping) if mapping is not None else None
        self.progress = progress
        self.warnings: list[Rejection] = []
        #: Headers of the file that map to no field.
        self.ignored: tuple[str, ...] = ()
        self._rows: Rows | None = None
        self._cells: Iterator[tuple[int, list[object]]] = iter(())
        self._columns: dict[int, str] = {}

    def header(self) -> tuple[str, ...]:
        """Read up to the header row; the stored columns the file's rows fill, in the
        employer's field order (``owner_id`` for an owner column, ``nace_version`` beside a
        NACE code, which it is derived from)."""
        self._rows = rows_of(self.path)
        self._cells = iter(self._rows)
        known: Mapping[str, str | None] = self.mapping if self.mapping is not None else SYNONYMS
        need = 1 if self.mapping is not None and len(self.mapping) == 1 else 2
        columns: dict[int, str] | None = None
        for seen, (_, cells) in enumerate(self._cells, 1):
            found, ignored, score = header_fields(cells, known)
            if score >= need and found:
                columns = found
                self.ignored = tuple(ignored)
                break
            if seen >= HEADER_SCAN_ROWS:
                break
        if columns is None:
            raise ValidationError(
                "file",
                "import_no_header",
                value=str(self.path),
                rows=HEADER_SCAN_ROWS,
                columns=_NO_HEADER,
            )
        if not {"name", "bce_number"} & set(columns.values()):
            raise ValidationError(
                "file",
                "import_no_header",
                value=str(self.path),
                rows=HEADER_SCAN_ROWS,
                columns="Nom / Naam / Name, N° BCE / KBO-nummer",
            )
        self._columns = columns
        keys = {"owner_id" if field == "owner" else field for field in columns.values()}
        if "nace_code" in keys:
            keys.add("nace_version")  # Employer.derive fills it from the code
        return tuple(c for c in specs(Employer) if c in keys)

    def rows(self, owner: Callable[[str], str]) -> Iterator[ParsedRow]:
        """Each non-empty row after the header, checked. ``owner(name)`` is the id of the
        worker an owner cell names; it raises a :class:`PacteError` when there is none."""
        plan = [
            (
                index,
                "owner_id" if field == "owner" else field,
                _owner_parser(owner) if field == "owner" else _parser(field),
            )
            for index, field in sorted(self._columns.items())
        ]
        rows = self._rows
        assert rows is not None, "header() first"
        last_report = 0
        for number, cells in self._cells:
            if type(cells) is Swallowed:
                error = ValidationError("line", "import_unclosed_quote", line=number, end=cells.end)
                yield number, {}, [("line", error.message())]
                continue
            if all(blank(c) for c in cells):
                continue
            yield self._row(plan, number, cells)
            if self.progress and number - last_report >= 500:
                last_report = number
                self.progress(rows.done, rows.total)
        if self.progress:
            self.progress(rows.total or rows.done, rows.total or rows.done)

    def _row(
        self,
        plan: list[tuple[int, str, Callable[[str], object]]],
        number: int,
        cells: list[object],
    ) -> ParsedRow:
        values: dict[str, object] = {}
        errors: list[tuple[str, str]] = []
        width = len(cells)
        for index, key, parse in plan:
            if index >= width:
                continue
            cell = cells[index]
            if cell is UNCOMPUTED:
                errors.append((key, ValidationError(key, "import_formula").message()))
                continue
            text = cell.strip() if type(cell) is str else cell_text(key, cell)
            if not text:
                continue
            if len(text) > MAX_TEXT:  # no stored text may be longer (store/operations.py)
                error = ValidationError(key, "too_long", length=len(text), max=MAX_TEXT)
                errors.append((key, error.message()))
                continue
            if _CONTROLS.search(text):
                # Stripped on import, and said (one-line fields keep none; notes keep newlines
                # and tabs): domain/text.py's rule.
                text, removed = strip_controls(text, multiline=key in _MULTILINE)
                text = text.strip()
                if removed:
                    warning = ValidationError(key, "import_controls_stripped", count=removed)
                    self.warnings.append((number, key, warning.message()))
                if not text:
                    continue
            value = parse(text)
            if type(value) is _Bad:
                errors.append((value.field, value.message))
            else:
                values[key] = value
        return number, values, errors


def _owner_parser(owner: Callable[[str], str]) -> Callable[[str], object]:
    """``parse(name)``: a worker's id for an "owner" cell, or a :class:`_Bad` naming the
    problem; each name looked up once."""
    found: dict[str, object] = {}

    def parse(name: str) -> object:
        key = name.casefold()
        result = found.get(key)
        if result is None:
            try:
                result = owner(name)
            except PacteError as exc:
                result = _Bad(exc.field, exc.message())
            found[key] = result
        return result

    return parse


def _parser(field: str) -> Callable[[str], object]:
    """``parse(text)``: the stored value of a cell's text, or a :class:`_Bad`.

    Results are remembered per distinct text (up to a few thousand per column): postcodes,
    communes, streets, statuses and tags repeat down a file; unique values fall through.
    """
    spec = specs(Employer)[field]
    convert = _STORED.get(spec.kind)
    cache: dict[str, object] = {}

    def parse(text: str) -> object:
        found = cache.get(text, _MISSING)
        if found is _MISSING:
            try:
                found = parse_value(field, spec, _as_choice(field, text))
                if convert is not None:
                    found = convert(spec, found)
            except PacteError as exc:
                found = _Bad(exc.field, exc.message())
            if len(cache) < _CACHE_PER_COLUMN:
                cache[text] = found
        return found

    return parse
