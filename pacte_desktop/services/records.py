"""Create, edit, archive and restore any entity: the generic use cases behind every form.

Each function takes an open unit of work and keyword arguments, validates everything before it
writes anything, and returns the record as stored (a frozen dataclass). Raw values may be the
strings a user typed; they are parsed by the domain's field specs.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import TypeVar

import sqlalchemy as sa

from pacte_desktop.domain.entities import Candidate, Entity, Worker, build, normalise, specs
from pacte_desktop.domain.errors import ValidationError
from pacte_desktop.store.unit_of_work import UnitOfWork

E = TypeVar("E", bound=Entity)


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _check_refs(uow: UnitOfWork, cls: type[Entity], values: Mapping[str, object]) -> None:
    """Every reference names an existing record; a worker reference names an active worker."""
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


def create(uow: UnitOfWork, cls: type[E], values: Mapping[str, object]) -> E:
    """Validate ``values`` (raw or typed) and insert a new ``cls`` record."""
    parsed = normalise(cls, {k: v for k, v in values.items() if k not in ("id", "archived_at")})
    entity = build(cls, parsed)
    _check_refs(uow, cls, parsed)
    _check_code(uow, cls, parsed, "")
    return uow.insert(entity)  # type: ignore[return-value]


def edit(uow: UnitOfWork, cls: type[E], ref: str, changes: Mapping[str, object]) -> E:
    """Change some fields of a record found by id (or unique id prefix)."""
    current = uow.repo.require(cls, ref)
    if current.archived:
        raise ValidationError(cls.TABLE, "archived", value=current.id)
    if not changes:
        raise ValidationError(cls.TABLE, "no_change")
    for name in changes:
        if name in ("id", "archived_at"):
            raise ValidationError(name, "immutable_field")
    parsed = normalise(cls, changes)
    merged = {name: getattr(current, name) for name in specs(cls)}
    merged.update(parsed)
    entity = build(cls, merged)
    _check_refs(uow, cls, parsed)
    _check_code(uow, cls, parsed, current.id)
    # build() may derive fields (e.g. the NACE version from a new code): write those too.
    derived = {
        name: getattr(entity, name)
        for name in specs(cls)
        if getattr(entity, name) != getattr(current, name)
    }
    updated, _ = uow.update(cls, current.id, derived)
    return updated


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
