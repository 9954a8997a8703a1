"""The generic record commands (``add``, ``edit``, ``show``, ``list``, ``archive``, ``restore``,
``delete`` of employers, contacts, opportunities, candidates, placements, interactions), and
``search`` and ``history``.

A reference is named by a human handle (a worker's name, an employer's id, id prefix or exact
name, a candidate's code); a list shows each reference's name beside its id.
"""

from __future__ import annotations

import sys

from pacte_desktop.cli import privacy
from pacte_desktop.cli.output import print_json, print_record, print_table, record_dict
from pacte_desktop.cli.parser import GENERIC, POSITIONAL_EMPLOYER

TYPE_CHECKING = False
if TYPE_CHECKING:
    import argparse
    from typing import Any

    import sqlalchemy as sa

    from pacte_desktop.cli.context import Context
    from pacte_desktop.domain.entities import Entity


LIST_COLUMNS = {
    "employer": ["id", "name", "bce_number", "commune", "status", "owner"],
    "contact": ["id", "name", "role", "employer", "phone", "email"],
    "opportunity": ["id", "kind", "title", "positions", "status", "employer"],
    "candidate": ["id", "code", "qualification_level", "languages", "worker"],
    "placement": ["id", "candidate", "employer", "placement_type", "start_date", "outcome"],
    "interaction": ["id", "date", "channel", "employer", "worker", "summary"],
}


def _field_values(
    args: argparse.Namespace, conn: sa.Connection, cls: type[Entity]
) -> dict[str, Any]:
    """The fields given as options, each reference's handle turned into its id."""
    from pacte_desktop.domain.entities import specs
    from pacte_desktop.services.lookups import reference_id

    values: dict[str, Any] = {}
    for name, spec in specs(cls).items():
        value = None if name in ("id", "archived_at") else getattr(args, name, None)
        if value is None:
            continue
        if spec.kind == "list":
            value = [part for item in value for part in item.split(",")]
        elif spec.kind == "ref" and value != "":
            value = reference_id(conn, name, spec, value)
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
    from pacte_desktop.services import lookups, records

    args = ctx.args
    if args.command == "candidate" and args.action in privacy.ACTIONS:
        return privacy.cmd_candidate_privacy(ctx)
    ctx.require_init()
    cls = getattr(entities, GENERIC[args.command])
    if args.action in ("show", "list"):
        with ctx.store.reading() as conn:
            name_of = lookups.namer(conn)
            if args.action == "show":
                data = record_dict(lookups.require(conn, cls, args.id), name_of)
                if args.json:
                    print_json(data)
                else:
                    print_record(data)
                return 0
            rows = [record_dict(r, name_of) for r in _list(conn, cls, args)]
        if args.json:
            print_json(rows)
        else:
            print_table(rows, LIST_COLUMNS[args.command])
        return 0
    from pacte_desktop.services.stores import UnitOfWork

    with UnitOfWork(ctx.store) as uow:
        uow.worker_id = ctx.acting_worker(uow.connection)
        if args.action == "add":
            values = _field_values(args, uow.connection, cls)
            if args.command in POSITIONAL_EMPLOYER:
                values["employer_id"] = lookups.find_id(
                    uow.connection, entities.Employer, args.employer, "employer"
                )
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
            data = record_dict(record, lookups.namer(uow.connection))
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
                _field_values(args, uow.connection, cls),
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
        data = record_dict(record, lookups.namer(uow.connection))
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


def _list(conn: sa.Connection, cls: type[Entity], args: argparse.Namespace) -> list[Entity]:
    """The records a ``list`` shows: an employer's filters for employers, the employer's own
    records for the others (``--employer``)."""
    from pacte_desktop.services.lookups import listed

    filters: dict[str, Any] = {"employer": getattr(args, "employer", None)}
    if cls.TABLE == "employer":
        filters.update(status=args.status, owner=args.owner, commune=args.commune, tag=args.tag)
    return listed(conn, cls, include_archived=args.archived, limit=args.limit, **filters)


def cmd_search(ctx: Context) -> int:
    from pacte_desktop.services import lookups

    args = ctx.args
    with ctx.store.reading() as conn:
        name_of = lookups.namer(conn)
        rows = [record_dict(e, name_of) for e in lookups.search(conn, args.text, args.limit)]
    if args.json:
        print_json(rows)
    else:
        print_table(rows, LIST_COLUMNS["employer"])
    return 0


def cmd_history(ctx: Context) -> int:
    from pacte_desktop.services.lookups import history

    args = ctx.args
    with ctx.store.reading() as conn:
        rows = history(conn, args.id)
    if args.json:
        print_json(rows)
    else:
        for row in rows:
            changes = ", ".join(f"{k}={v!r}" for k, v in row["fields"].items())
            print(f"{row['time']}  {row['worker'] or '—'}  {row['op']}  {changes}")
    return 0
