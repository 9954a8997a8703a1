"""``pacte candidate export ID -o FILE.json``, ``candidate expired [--json]`` and ``candidate
anonymise ID``: an access request, the candidates due for review, and erasing one
(``services/privacy.py``)."""

from __future__ import annotations

import sys

from pacte_desktop.cli.output import print_json, print_table

TYPE_CHECKING = False
if TYPE_CHECKING:
    from pacte_desktop.cli.context import Context

#: The ``candidate`` actions this module runs.
ACTIONS = ("export", "expired", "anonymise")


def cmd_candidate_privacy(ctx: Context) -> int:
    import dataclasses
    import datetime as dt
    from pathlib import Path

    from pacte_desktop.services import privacy

    args = ctx.args
    ctx.require_init()
    if args.action == "export":
        path = Path(args.output)
        data = privacy.write_export(ctx.store, args.id, path)
        if args.json:
            print_json(data)
        else:
            print(path)
        return 0
    if args.action == "expired":
        from pacte_desktop.domain.entities import Candidate, parse_value, specs

        given = parse_value("date", specs(Candidate)["retention_date"], args.date)
        today = given if isinstance(given, dt.date) else dt.date.today()
        with ctx.store.reading() as conn:
            found = privacy.expired(conn, today=today)
        rows = [dataclasses.asdict(c) for c in found]
        if args.json:
            print_json(rows)
        else:
            print_table(rows, ["id", "code", "worker", "last_activity", "keep_until"])
        return 0
    from pacte_desktop.services.stores import UnitOfWork

    with UnitOfWork(ctx.store) as uow:
        uow.worker_id = ctx.acting_worker(uow.connection)
        record = privacy.anonymise(uow, args.id, today=dt.date.today())
        uow.commit()
    privacy.forget_freed_pages(ctx.store)
    print(record.id)
    sys.stdout.flush()
    return 0
