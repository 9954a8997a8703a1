"""The generic record commands (``add``, ``edit``, ``show``, ``list``, ``archive``, ``restore``,
``delete`` of employers, contacts, opportunities, candidates, placements, interactions), and
``search`` and ``history``.

A reference is named by a human handle (a worker's name, an employer's id, id prefix or exact
name, a candidate's code); a list shows each reference's name beside its id.
"""

from __future__ import annotations

import sys

from pacte_desktop.cli.output import (
    handle_names,
    print_json,
    print_record,
    print_table,
    record_dict,
)
from pacte_desktop.cli.parser import GENERIC, POSITIONAL_EMPLOYER

TYPE_CHECKING = False
if TYPE_CHECKING:
    import argparse
    from typing import Any

    from pacte_desktop.cli.context import Context
    from pacte_desktop.domain.entities import Entity, FieldSpec
    from pacte_desktop.store.repository import Repository


LIST_COLUMNS = {
    "employer": ["id", "name", "bce_number", "commune", "status", "owner"],
    "contact": ["id", "name", "role", "employer", "phone", "email"],
    "opportunity": ["id", "kind", "title", "positions", "status", "employer"],
    "candidate": ["id", "code", "qualification_level", "languages", "worker"],
    "placement": ["id", "candidate", "employer", "placement_type", "start_date", "outcome"],
    "interaction": ["id", "date", "channel", "employer", "worker", "summary"],
}


def _resolve_ref(repo: Repository, field: str, spec: FieldSpec, value: str) -> str:
    from pacte_desktop.domain import entities

    if spec.ref == "worker":
        return repo.worker_by_name(value, field[:-3]).id
    if spec.ref == "candidate":
        found = repo.list(entities.Candidate, include_archived=True, code=value.strip())
        if found:
            return found[0].id
    cls = entities.BY_TABLE[spec.ref or ""]
    return repo.find(cls, value, field[:-3]).id


def _field_values(args: argparse.Namespace, repo: Repository, cls: type[Entity]) -> dict[str, Any]:
    from pacte_desktop.domain.entities import specs

    values: dict[str, Any] = {}
    for name, spec in specs(cls).items():
        value = None if name in ("id", "archived_at") else getattr(args, name, None)
        if value is None:
            continue
        if spec.kind == "list":
            value = [part for item in value for part in item.split(",")]
        elif spec.kind == "ref" and value != "":
            value = _resolve_ref(repo, name, spec, value)
        values[name] = value
    return values


def cmd_generic(ctx: Context) -> int:
    from pacte_desktop.domain.errors import ValidationError

    try:
        return _generic(ctx)
    except ValidationError as exc:
        if exc.code == "bce_duplicate":  # the command line's way to say "another site"
            raise ValidationError(exc.field, "bce_duplicate_cli", **exc.params) from None
        raise


def _generic(ctx: Context) -> int:
    from pacte_desktop.domain import entities
    from pacte_desktop.services import records
    from pacte_desktop.store.repository import Repository

    args = ctx.args
    ctx.require_init()
    cls = getattr(entities, GENERIC[args.command])
    if args.action in ("show", "list"):
        with ctx.store.reading() as conn:
            repo = Repository(conn)
            name_of = handle_names(repo)
            if args.action == "show":
                data = record_dict(repo.require(cls, args.id), name_of)
                if args.json:
                    print_json(data)
                else:
                    print_record(data)
                return 0
            rows = [record_dict(r, name_of) for r in _list(repo, cls, args)]
        if args.json:
            print_json(rows)
        else:
            print_table(rows, LIST_COLUMNS[args.command])
        return 0
    from pacte_desktop.store.unit_of_work import UnitOfWork

    with UnitOfWork(ctx.store) as uow:
        uow.worker_id = ctx.acting_worker(uow.repo)
        if args.action == "add":
            values = _field_values(args, uow.repo, cls)
            if args.command in POSITIONAL_EMPLOYER:
                values["employer_id"] = uow.repo.find(
                    entities.Employer, args.employer, "employer"
                ).id
            if args.command == "interaction":
                from pacte_desktop.services.followups import log_interaction

                logged = log_interaction(
                    uow,
                    employer=values.pop("employer_id"),
                    channel=values.get("channel", ""),
                    summary=values.get("summary", ""),
                    date=values.get("date"),
                    outcome=values.get("outcome"),
                    next_action_date=values.get("next_action_date"),
                    worker_id=values.get("worker_id"),
                )
                record: Entity = logged.interaction
            else:
                defaults = {"owner_id": uow.worker_id, "worker_id": uow.worker_id}
                for key, default in defaults.items():
                    if key in entities.specs(cls) and key not in values:
                        values[key] = default
                record = records.create(
                    uow, cls, values, allow_duplicate=getattr(args, "allow_duplicate", False)
                )
            _warn(record)
            data = record_dict(record, handle_names(uow.repo))
            uow.commit()
            if args.json:
                print_json(data)
            else:
                print(record.id)
            return 0
        if args.action == "edit":
            record = records.edit(
                uow,
                cls,
                args.id,
                _field_values(args, uow.repo, cls),
                allow_duplicate=getattr(args, "allow_duplicate", False),
            )
            _warn(record)
        elif args.action == "archive":
            record = records.archive(uow, cls, args.id)
        elif args.action == "delete":
            record = records.delete(uow, cls, args.id)
            uow.commit()
            print(record.id)
            return 0
        else:
            record = records.restore(uow, cls, args.id)
        data = record_dict(record, handle_names(uow.repo))
        uow.commit()
    if getattr(args, "json", False):
        print_json(data)
    else:
        print(record.id)
    return 0


def _warn(record: Entity) -> None:
    """Print what the record holds that looks wrong but was kept (a postcode and commune that
    do not go together) on standard error: the command still succeeds."""
    from pacte_desktop.domain.text import for_terminal
    from pacte_desktop.domain.warnings import record_warnings

    for warning in record_warnings(record):
        print(f"pacte: {for_terminal(warning.message())}", file=sys.stderr)


def _list(repo: Repository, cls: type[Entity], args: argparse.Namespace) -> list[Entity]:
    filters: dict[str, Any] = {}
    order = {
        "Employer": "name",
        "ContactPerson": "name",
        "Opportunity": "title",
        "Candidate": "code",
        "Placement": "start_date",
        "Interaction": "date",
    }[cls.__name__]
    if getattr(args, "employer", None):
        from pacte_desktop.domain.entities import Employer

        filters["employer_id"] = repo.find(Employer, args.employer, "employer").id
    if cls.TABLE == "employer":
        if args.status:
            filters["status"] = args.status
        if args.owner:
            filters["owner_id"] = repo.worker_by_name(args.owner, "owner", active_only=False).id
        if args.commune:
            filters["commune"] = args.commune
    found = repo.list(cls, include_archived=args.archived, order_by=order, **filters)
    if cls.TABLE == "employer" and args.tag:
        found = [e for e in found if args.tag in e.tags]  # type: ignore[attr-defined]
    return found if args.limit is None else found[: args.limit]


def cmd_search(ctx: Context) -> int:
    from pacte_desktop.domain.entities import Employer
    from pacte_desktop.store.repository import Repository

    args = ctx.args
    with ctx.store.reading() as conn:
        repo = Repository(conn)
        name_of = handle_names(repo)
        rows = []
        for employer_id in repo.search_employer_ids(args.text, limit=args.limit):
            employer = repo.get(Employer, employer_id)
            assert employer is not None
            rows.append(record_dict(employer, name_of))
    if args.json:
        print_json(rows)
    else:
        print_table(rows, LIST_COLUMNS["employer"])
    return 0


def cmd_history(ctx: Context) -> int:
    import datetime as dt
    from json import loads as json_loads

    from pacte_desktop.store.repository import Repository

    args = ctx.args
    with ctx.store.reading() as conn:
        repo = Repository(conn)
        row_id = args.id
        entries = repo.history(row_id)
        if not entries and len(row_id) >= 6:
            matches = (
                conn.exec_driver_sql(
                    "SELECT DISTINCT row_id FROM journal WHERE row_id LIKE ? LIMIT 2",
                    (row_id.replace("%", "") + "%",),
                )
                .scalars()
                .all()
            )
            if len(matches) == 1:
                entries = repo.history(matches[0])
        if not entries:
            from pacte_desktop.domain.errors import NotFoundError

            raise NotFoundError("id", "not_found", value=row_id)
        workers = repo.worker_names()
    rows = []
    for entry in entries:
        wall_ms = int(entry["hlc"].split("-", 1)[0])
        rows.append(
            {
                "hlc": entry["hlc"],
                "time": dt.datetime.fromtimestamp(wall_ms / 1000, dt.UTC).isoformat(
                    timespec="seconds"
                ),
                "device_id": entry["device_id"],
                "worker_id": entry["worker_id"],
                "worker": workers.get(entry["worker_id"] or ""),
                "table": entry["table_name"],
                "row_id": entry["row_id"],
                "op": entry["op"],
                "fields": json_loads(entry["fields"]),
            }
        )
    if args.json:
        print_json(rows)
    else:
        for row in rows:
            changes = ", ".join(f"{k}={v!r}" for k, v in row["fields"].items())
            print(f"{row['time']}  {row['worker'] or '—'}  {row['op']}  {changes}")
    return 0
