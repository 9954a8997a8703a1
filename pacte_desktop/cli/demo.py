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
    from pacte_desktop.domain.messages import render
    from pacte_desktop.services import demo

    progress = Progress("demo")
    try:
        summary = demo.fill(
            ctx.store, employers=ctx.args.employers, seed=ctx.args.seed, progress=progress
        )
    except demo.DemoInterrupted as stop:
        progress.finish()
        said = render("demo_interrupted", "store", {"count": stop.count})
        print(f"pacte: {said}", file=sys.stderr)
        return 130
    progress.finish()
    import dataclasses

    for key, value in dataclasses.asdict(summary).items():
        print(f"{key}: {value}")
    return 0
