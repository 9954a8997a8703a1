"""``pacte init`` (the organisation and its first worker) and ``pacte worker`` (add, list, use,
leave: the handover of a leaving worker's portfolio).
"""

from __future__ import annotations

from pacte_desktop.cli.output import print_json, print_table, record_dict

TYPE_CHECKING = False
if TYPE_CHECKING:
    from pacte_desktop.cli.context import Context


def cmd_init(ctx: Context) -> int:
    from pacte_desktop.services.stores import UnitOfWork
    from pacte_desktop.services.workers import init_organisation

    with UnitOfWork(ctx.store, worker_id="") as uow:
        org, _worker = init_organisation(
            uow, name=ctx.args.org, org_type=ctx.args.org_type, worker=ctx.args.worker
        )
        uow.commit()
    print(org.id)
    return 0


def cmd_worker(ctx: Context) -> int:
    from pacte_desktop.services import lookups, workers

    args = ctx.args
    ctx.require_init()
    if args.action == "list":
        with ctx.store.reading() as conn:
            name_of = lookups.namer(conn)
            rows = [record_dict(w, name_of) for w in lookups.workers(conn, left_too=args.all)]
        if args.json:
            print_json(rows)
        else:
            print_table(rows, ["id", "name", "status", "left_on"])
        return 0
    from pacte_desktop.services.stores import UnitOfWork

    with UnitOfWork(ctx.store) as uow:
        uow.worker_id = ctx.acting_worker(uow.connection)
        if args.action == "add":
            print(workers.add_worker(uow, name=args.name, email=args.email).id)
        elif args.action == "use":
            print(workers.choose_worker(uow, args.name))
        else:
            from pacte_desktop.domain.entities import Worker, parse_value, specs

            conn = uow.connection
            leaving = lookups.worker_id(conn, args.name, "worker", active_only=False)
            recipients = [lookups.worker_id(conn, n, "recipients") for n in args.to]
            on = parse_value("date", specs(Worker)["left_on"], args.date)
            result = workers.handover(uow, leaving_id=leaving, recipient_ids=recipients, on=on)  # type: ignore[arg-type]
            if args.json:
                print_json({"worker": result.worker.name, "moved": result.moved})
            else:
                for kind, per in result.moved.items():
                    for name, n in per.items():
                        print(f"{kind}: {n} → {name}")
                print(f"{result.worker.name}: left")
        uow.commit()
    return 0
