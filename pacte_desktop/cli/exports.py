"""``pacte export`` (directory, placements, follow-ups) and ``pacte report placements``: the
file written and its number of rows, tab-separated.
"""

from __future__ import annotations

from pacte_desktop.cli.output import Progress

TYPE_CHECKING = False
if TYPE_CHECKING:
    import argparse
    import datetime as dt

    from pacte_desktop.cli.context import Context


def _period(args: argparse.Namespace) -> tuple[dt.date, dt.date]:
    import datetime as dt

    from pacte_desktop.domain.entities import FieldSpec, parse_value

    spec = FieldSpec(kind="date", required=True)
    start = parse_value("start_date", spec, args.start)
    end = parse_value("end_date", spec, args.end)
    assert isinstance(start, dt.date) and isinstance(end, dt.date)
    if end < start:
        from pacte_desktop.domain.errors import ValidationError

        raise ValidationError(
            "end_date", "end_before_start", start=start.isoformat(), end=end.isoformat()
        )
    return start, end


def cmd_export(ctx: Context) -> int:
    from pathlib import Path

    from pacte_desktop.domain.messages import current_language

    args = ctx.args
    ctx.require_init()
    out = Path(args.output)
    progress = Progress(f"export {args.action}")
    if args.action == "directory":
        from pacte_desktop.services.reports import export_directory

        count = export_directory(
            ctx.store,
            out,
            shareable_only=args.shareable_only,
            tag=args.tag,
            commune=args.commune,
            status=args.status,
            lang=current_language(),
            progress=progress,
        )
    elif args.action == "placements":
        from pacte_desktop.services.reports import export_placements

        start, end = _period(args)
        count = export_placements(
            ctx.store, out, start=start, end=end, lang=current_language(), progress=progress
        )
    else:
        from pacte_desktop.services.reports import export_followups

        count = export_followups(
            ctx.store, out, worker=args.worker, lang=current_language(), progress=progress
        )
    progress.finish()
    print(f"{out}\t{count}")
    return 0


def cmd_report(ctx: Context) -> int:
    from pathlib import Path

    from pacte_desktop.domain.messages import current_language
    from pacte_desktop.services.reports import report_placements

    args = ctx.args
    ctx.require_init()
    start, end = _period(args)
    progress = Progress("report placements")
    count = report_placements(
        ctx.store,
        Path(args.output),
        start=start,
        end=end,
        lang=current_language(),
        progress=progress,
    )
    progress.finish()
    print(f"{args.output}\t{count}")
    return 0
