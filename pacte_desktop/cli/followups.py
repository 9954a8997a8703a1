"""``pacte followups`` (the open follow-ups, soonest first) and ``pacte followup`` (done,
postpone, reassign).
"""

from __future__ import annotations

from pacte_desktop.cli.output import print_json, print_table

TYPE_CHECKING = False
if TYPE_CHECKING:
    from pacte_desktop.cli.context import Context


def cmd_followups(ctx: Context) -> int:
    import dataclasses

    from pacte_desktop.domain.entities import FollowUp, parse_value, specs
    from pacte_desktop.services.followups import due
    from pacte_desktop.services.lookups import worker_id

    args = ctx.args
    ctx.require_init()
    before = parse_value("due_date", specs(FollowUp)["due_date"], args.due_before)
    with ctx.store.reading() as conn:
        worker = worker_id(conn, args.worker, active_only=False) if args.worker else None
        found = due(conn, before=before, worker_id=worker)  # type: ignore[arg-type]
    rows = [dataclasses.asdict(f) for f in found]
    for row in rows:
        row["employer"], row["worker"] = row["employer_name"], row["worker_name"]
    if args.json:
        print_json(rows)
    else:
        print_table(rows, ["id", "due_date", "employer", "worker", "action"])
    return 0


def cmd_followup(ctx: Context) -> int:
    from pacte_desktop.services import followups
    from pacte_desktop.services.lookups import worker_id

    args = ctx.args
    ctx.require_init()
    from pacte_desktop.services.stores import UnitOfWork

    with UnitOfWork(ctx.store) as uow:
        uow.worker_id = ctx.acting_worker(uow.connection)
        if args.action == "done":
            record = followups.complete(uow, args.id)
        elif args.action == "postpone":
            record = followups.postpone(uow, args.id, args.date)
        else:
            record = followups.reassign(uow, args.id, worker_id(uow.connection, args.worker))
        uow.commit()
    print(record.id)
    return 0
