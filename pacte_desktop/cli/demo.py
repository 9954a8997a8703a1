"""``pacte demo``: fictitious Saint-Gilles data; an interruption keeps what was committed and
says how much.
"""

from __future__ import annotations

import sys

from pacte_desktop.cli.output import Progress

TYPE_CHECKING = False
if TYPE_CHECKING:
    from pacte_desktop.cli.context import Context


def cmd_demo(ctx: Context) -> int:
    from pacte_desktop.demo.fill import fill_demo
    from pacte_desktop.domain.messages import render

    progress = Progress("demo")
    from pacte_desktop.services.stores import UnitOfWork

    with UnitOfWork(ctx.store) as uow:
        try:
            summary = fill_demo(
                uow, employers=ctx.args.employers, seed=ctx.args.seed, progress=progress
            )
        except KeyboardInterrupt:
            if not uow.committed_rows:
                raise
            progress.finish()
            said = render("demo_interrupted", "store", {"count": uow.committed_rows})
            print(f"pacte: {said}", file=sys.stderr)
            return 130
        uow.commit()
    progress.finish()
    import dataclasses

    for key, value in dataclasses.asdict(summary).items():
        print(f"{key}: {value}")
    return 0
