"""Create, edit, archive and restore any entity: the generic use cases behind every form.

Each function takes an open unit of work and keyword arguments, validates everything before it
writes anything, and returns the record as stored (a frozen dataclass). Raw values may be the
strings a user typed; they are parsed by the domain's field specs.

The reads a form needs before it opens (:func:`record_form`: the record, the choices of its
reference fields, how its title names it) take a read connection instead, so the interface runs
them off the GUI thread; :data:`WriteUnit` is how the interface names the unit of work its write
actions receive.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TypeAlias, TypeVar

import sqlalchemy as sa

from pacte_desktop.domain import bce, messages
from pacte_desktop.domain.entities import (
    Candidate,
    Employer,
    Entity,
    Opportunity,
    Placement,
    Worker,
    build,
    editable_fields,
    normalise,
    specs,
)
from pacte_desktop.domain.errors import NotFoundError, ValidationError
from pacte_desktop.store.repository import Repository
from pacte_desktop.store.unit_of_work import UnitOfWork
from pacte_desktop.sync import membership

E = TypeVar("E", bound=Entity)

#: The unit of work a write action receives from the interface (``AppContext.write``): the
#: interface names its type through here, never from the store.
WriteUnit: TypeAlias = UnitOfWork


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def label_of(record: Entity) -> str:
    """How a record is named in a choice or a title: its name, title or code, else its id."""
    return str(
        getattr(record, "name", None)
        or getattr(record, "title", None)
        or getattr(record, "code", None)
        or record.id
    )


def _check_refs(uow: UnitOfWork, cls: type[Entity], values: Mapping[str, object]) -> None:
    """Every reference names an existing record that is not archived (nothing new hangs off
    an archived employer, candidate or opportunity: restore it first); a worker reference
    names an active worker. The one place this rule lives: the forms, the command line and
    the interaction log all come through here."""
    from pacte_desktop.domain.entities import BY_TABLE

    for name, spec in specs(cls).items():
        value = values.get(name)
        if spec.kind != "ref" or not value or spec.ref is None:
            continue
        target = uow.repo.get(BY_TABLE[spec.ref], str(value))
        if target is None:
            raise ValidationError(name, "not_found", value=value)
        if isinstance(target, Worker) and target.status != "active" and name != "successor_id":
            raise ValidationError(name, "worker_left", value=target.name)
        if target.archived:
            kept = _merged_into(uow, target) if isinstance(target, Employer) else None
            if kept is not None:  # merged: its records go to the kept employer
                raise ValidationError(
                    name, "employer_merged", value=label_of(target), kept=label_of(kept)
                )
            raise ValidationError(name, "archived", value=label_of(target))


def _merged_into(uow: UnitOfWork, employer: Employer) -> Employer | None:
    """The employer ``employer`` was merged into, by a merge not undone (services/dedupe.py);
    followed through a chain of merges to the last one kept."""
    seen = {employer.id}
    found: Employer | None = None
    at = employer.id
    while True:
        kept = uow.connection.execute(
            sa.text(
                "SELECT kept_id FROM employer_merge WHERE merged_id = :m AND undone_at IS NULL "
                "AND archived_at IS NULL ORDER BY merged_at DESC, id DESC LIMIT 1"
            ),
            {"m": at},
        ).scalar_one_or_none()
        if kept is None or kept in seen:
            return found
        record = uow.repo.get(Employer, kept)
        if record is None:
            return found
        found, at = record, kept
        seen.add(kept)


def _check_opportunity(
    uow: UnitOfWork, cls: type[Entity], merged: Mapping[str, object], own: str = ""
) -> None:
    """A placement's opportunity is one of the placement's employer's: a placement names an
    opportunity of its employer, and an opportunity with placements keeps its employer."""
    if cls is Opportunity and own:
        table = sa.table(
            "placement", sa.column("id"), sa.column("opportunity_id"), sa.column("employer_id")
        )
        clash = uow.connection.execute(
            sa.select(sa.func.count()).where(
                table.c.opportunity_id == own, table.c.employer_id != merged.get("employer_id")
            )
        ).scalar_one()
        if clash:
            raise ValidationError("employer_id", "opportunity_has_placements", count=clash)
        return
    if cls is not Placement or not merged.get("opportunity_id"):
        return
    opportunity = uow.repo.get(Opportunity, str(merged["opportunity_id"]))
    if opportunity is None or opportunity.employer_id == merged.get("employer_id"):
        return
    owner = uow.repo.get(Employer, opportunity.employer_id)
    raise ValidationError(
        "opportunity_id",
        "opportunity_other_employer",
        value=opportunity.title,
        employer=label_of(owner) if owner is not None else opportunity.employer_id,
    )


def _check_partner(uow: UnitOfWork, cls: type[Entity], values: Mapping[str, object]) -> None:
    """A placement's ``proposed_by`` names a partner organisation of the network this
    workstation knows (:func:`partner_options`), never this organisation itself."""
    proposed = values.get("proposed_by")
    if cls is not Placement or not proposed:
        return
    if all(org != proposed for org, _ in partner_options(uow.connection)):
        raise ValidationError("proposed_by", "not_a_partner", value=proposed)


def same_bce(uow: UnitOfWork, bce_number: str, own: str = "") -> list[Employer]:
    """Other employers (archived ones too) with this BCE number, oldest first."""
    table = sa.table("employer", sa.column("id"), sa.column("bce_number"))
    ids = uow.connection.execute(
        sa.select(table.c.id)
        .where(table.c.bce_number == bce_number, table.c.id != own)
        .order_by(table.c.id)
    ).scalars()
    return [e for e in (uow.repo.get(Employer, i) for i in ids) if e is not None]


def _check_bce(
    uow: UnitOfWork, cls: type[Entity], values: Mapping[str, object], own: str, allow: bool
) -> None:
    """One BCE number, one employer: a second one is refused, naming the first, unless the
    caller says the duplicate is meant (``allow_duplicate``: two sites of one enterprise)."""
    if cls is not Employer or allow or not values.get("bce_number"):
        return
    found = same_bce(uow, str(values["bce_number"]), own)
    if found:
        raise ValidationError(
            "bce_number",
            "bce_duplicate",
            value=bce.format_number(str(values["bce_number"])),
            name=found[0].name,
            id=found[0].id,
        )


def _check_code(uow: UnitOfWork, cls: type[Entity], values: Mapping[str, object], own: str) -> None:
    """A candidate's code is unique in this store. Not a unique index: two workstations offline
    may still give one code twice, and sync must carry both (the store keeps them apart by id)."""
    if cls is not Candidate or not values.get("code"):
        return
    table = sa.table("candidate", sa.column("id"), sa.column("code"))
    clash = uow.connection.execute(
        sa.select(table.c.id).where(table.c.code == values["code"], table.c.id != own).limit(1)
    ).first()
    if clash is not None:
        raise ValidationError("code", "code_exists", value=values["code"])


def create(
    uow: UnitOfWork, cls: type[E], values: Mapping[str, object], *, allow_duplicate: bool = False
) -> E:
    """Validate ``values`` (raw or typed) and insert a new ``cls`` record.

    A placement given an opportunity but no employer takes the opportunity's employer. An
    employer whose BCE number another employer has is refused unless ``allow_duplicate``.
    """
    parsed = normalise(
        cls,
        {k: v for k, v in values.items() if k not in ("id", "archived_at", "anonymised_at")},
    )
    if cls is Placement and parsed.get("opportunity_id") and not parsed.get("employer_id"):
        opportunity = uow.repo.get(Opportunity, str(parsed["opportunity_id"]))
        if opportunity is not None:
            parsed["employer_id"] = opportunity.employer_id
    entity = build(cls, parsed)
    _check_refs(uow, cls, parsed)
    _check_not_erased(uow, entity, parsed)
    _check_opportunity(uow, cls, parsed)
    _check_partner(uow, cls, parsed)
    _check_code(uow, cls, parsed, "")
    _check_bce(uow, cls, parsed, "", allow_duplicate)
    return uow.insert(entity)  # type: ignore[return-value]


def edit(
    uow: UnitOfWork,
    cls: type[E],
    ref: str,
    changes: Mapping[str, object],
    *,
    allow_duplicate: bool = False,
) -> E:
    """Change some fields of a record found by id (or unique id prefix).

    A new BCE number another employer has is refused unless ``allow_duplicate``."""
    current = uow.repo.require(cls, ref)
    if current.archived:
        raise ValidationError(cls.TABLE, "archived", value=current.id)
    if not changes:
        raise ValidationError(cls.TABLE, "no_change")
    for name in changes:
        if name in ("id", "archived_at", "anonymised_at"):
            raise ValidationError(name, "immutable_field")
    _check_not_erased(uow, current, changes)
    parsed = normalise(cls, changes)
    merged = {name: getattr(current, name) for name in specs(cls)}
    merged.update(parsed)
    entity = build(cls, merged)
    _check_refs(uow, cls, parsed)
    _check_opportunity(uow, cls, merged, current.id if "employer_id" in parsed else "")
    if parsed.get("proposed_by") != getattr(current, "proposed_by", None):
        _check_partner(uow, cls, parsed)
    _check_code(uow, cls, parsed, current.id)
    if parsed.get("bce_number") != getattr(current, "bce_number", None):
        _check_bce(uow, cls, parsed, current.id, allow_duplicate)
    # build() may derive fields (e.g. the NACE version from a new code): write those too.
    derived = {
        name: getattr(entity, name)
        for name in specs(cls)
        if getattr(entity, name) != getattr(current, name)
    }
    updated, _ = uow.update(cls, current.id, derived)
    return updated


def _check_not_erased(uow: UnitOfWork, current: Entity, changes: Mapping[str, object]) -> None:
    """An anonymised candidate's cleared fields, and its placements' notes, stay empty: what
    was erased is not typed in again (``domain/privacy.py``)."""
    from pacte_desktop.domain.privacy import CANDIDATE_CLEARED, PLACEMENT_CLEARED

    if isinstance(current, Candidate):
        candidate: Candidate | None = current
        cleared: tuple[str, ...] = CANDIDATE_CLEARED
    elif isinstance(current, Placement):
        found = uow.repo.get(Candidate, current.candidate_id)
        candidate = found if isinstance(found, Candidate) else None
        cleared = PLACEMENT_CLEARED
    else:
        return
    if candidate is None or candidate.anonymised_at is None:
        return
    for name in cleared:
        if name in changes and changes[name] not in (None, "", (), []):
            raise ValidationError(name, "candidate_anonymised", value=candidate.code)


def archive(uow: UnitOfWork, cls: type[E], ref: str) -> E:
    """Archive (never delete) a record; :func:`restore` undoes it."""
    current = uow.repo.require(cls, ref)
    if current.archived:
        return current
    updated, _ = uow.update(cls, current.id, {"archived_at": _now()}, op="archive")
    return updated


def restore(uow: UnitOfWork, cls: type[E], ref: str) -> E:
    current = uow.repo.require(cls, ref)
    if not current.archived:
        return current
    updated, _ = uow.update(cls, current.id, {"archived_at": None}, op="restore")
    return updated


def references(uow: UnitOfWork, cls: type[Entity], record_id: str) -> int:
    """How many records (of any table) refer to ``record_id`` through a reference field."""
    from pacte_desktop.domain.entities import ENTITIES
    from pacte_desktop.store.schema import TABLES

    count = 0
    for other in ENTITIES:
        table = TABLES[other.TABLE]
        for name, spec in specs(other).items():
            if spec.kind == "ref" and spec.ref == cls.TABLE:
                stmt = sa.select(sa.func.count()).where(table.c[name] == record_id)
                count += int(uow.connection.execute(stmt).scalar_one())
    return count


def delete(uow: UnitOfWork, cls: type[E], ref: str) -> E:
    """Delete a record for good (an erasure request, a record made by mistake).

    Refused while other records refer to it: archive it instead. The delete travels to the
    other workstations and wins over any later edit there, which is kept as a conflict.
    """
    current = uow.repo.require(cls, ref)
    count = references(uow, cls, current.id)
    if count:
        raise ValidationError(cls.TABLE, "referenced", value=current.id, count=count)
    uow.delete(cls, current.id)
    return current


# -- reads for the record forms -------------------------------------------------------------
# Each takes a read connection first: the interface runs them off the GUI thread.


@dataclass(frozen=True)
class RecordForm:
    """What a record's form needs before it opens.

    ``record`` is None for a new record. ``options`` gives the choices of each reference field
    (but the employer, chosen by search) as (id, label) pairs; ``employer_name`` names the
    employer the form starts with; ``caption`` is how the record's title names it.
    """

    record: Entity | None
    options: Mapping[str, list[tuple[str, str]]]
    employer_name: str
    caption: str


def ref_options(
    conn: sa.Connection, cls: type[Entity], name: str, current: object
) -> list[tuple[str, str]]:
    """Choices of a reference field: active workers, candidate codes, named records.

    The record's own reference (a worker who left, an archived candidate) is kept, marked, so
    that opening the record and saving another field changes nothing else.
    """
    from pacte_desktop.domain.entities import BY_TABLE

    repo = Repository(conn)
    spec = specs(cls)[name]
    target = BY_TABLE[str(spec.ref)]
    if spec.ref == "worker":
        pairs = [(w.id, w.name) for w in repo.list(Worker, status="active", order_by="name")]
    elif spec.ref == "candidate":
        pairs = [(c.id, c.code) for c in repo.list(Candidate, order_by="code")]
    else:
        order = next((f for f in ("name", "title", "code") if f in specs(target)), "id")
        pairs = [(e.id, label_of(e)) for e in repo.list(target, order_by=order, limit=500)]
    if current and all(value != current for value, _ in pairs):
        found = repo.get(target, str(current))
        if found is not None:
            state = "left" if getattr(found, "status", None) == "left" else None
            note = messages.choice_label(state) if state else messages.field_label("archived")
            pairs.append((found.id, f"{label_of(found)} ({note})"))
    return pairs


def employer_opportunities(conn: sa.Connection, employer_id: str | None) -> list[tuple[str, str]]:
    """The employer's live opportunities by title, as (id, "title (kind)") choices."""
    if not employer_id:
        return []
    found = Repository(conn).list(Opportunity, employer_id=employer_id, order_by="title")
    return [(o.id, f"{o.title} ({messages.choice_label(o.kind)})") for o in found]


def employer_name(conn: sa.Connection, employer_id: str) -> str | None:
    found = Repository(conn).get(Employer, employer_id)
    return found.name if found is not None else None


def partner_options(conn: sa.Connection, current: object = None) -> list[tuple[str, str]]:
    """The partner organisations a placement's candidate may have been proposed by, as (id,
    name) choices by name: every organisation of the network but this one; a value stored
    before (an organisation this workstation no longer knows) is kept as its id."""
    own = conn.execute(
        sa.text("SELECT value FROM local_state WHERE key = 'organisation_id'")
    ).scalar_one_or_none()
    pairs = sorted(
        ((org, name) for org, name in membership.names(conn).items() if org != own),
        key=lambda pair: (pair[1].casefold(), pair[0]),
    )
    if isinstance(current, str) and current and all(org != current for org, _ in pairs):
        pairs.append((current, current))
    return pairs


def record_form(
    conn: sa.Connection,
    cls: type[Entity],
    record_id: str | None,
    start: Mapping[str, object] | None = None,
) -> RecordForm:
    """The record ``record_id`` of ``cls`` (NotFoundError when none) and its form's choices.

    ``start`` gives the first values of a new record (a preset employer, the current worker);
    a stored record's own values decide for an existing one.
    """
    repo = Repository(conn)
    record = repo.get(cls, record_id) if record_id else None
    if record_id and record is None:
        raise NotFoundError(cls.TABLE, "not_found", value=record_id)
    values: Mapping[str, object] = (
        {name: getattr(record, name) for name in specs(cls)} if record else dict(start or {})
    )
    options: dict[str, list[tuple[str, str]]] = {}
    has_employer = "employer_id" in specs(cls)
    for name, spec in specs(cls).items():
        if spec.kind != "ref" or spec.ref == "employer" or name not in editable_fields(cls):
            continue
        if spec.ref == "opportunity" and has_employer:
            # Only the chosen employer's opportunities; the form asks again when it changes.
            options[name] = employer_opportunities(conn, _str(values.get("employer_id")))
        else:
            options[name] = ref_options(conn, cls, name, values.get(name))
    if cls is Placement:
        options["proposed_by"] = partner_options(conn, values.get("proposed_by"))
    employer_id = _str(values.get("employer_id"))
    name = (employer_name(conn, employer_id) or employer_id) if employer_id else ""
    caption = ""
    if isinstance(record, Placement):
        parts = (repo.get(Candidate, record.candidate_id), repo.get(Employer, record.employer_id))
        caption = " — ".join(label_of(r) for r in parts if r is not None)
    elif record is not None:
        caption = label_of(record)
    return RecordForm(record, options, name, caption)


def _str(value: object) -> str | None:
    return str(value) if value else None
