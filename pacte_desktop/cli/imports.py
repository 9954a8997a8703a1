"""``pacte import``: employers from a spreadsheet or the KBO extract (a dry run reports every
problem and writes nothing), the batches, a file's columns, reverting a batch.
"""

from __future__ import annotations

import sys

from pacte_desktop.cli.output import Progress, print_json, say

TYPE_CHECKING = False
if TYPE_CHECKING:
    import argparse

    from pacte_desktop.cli.context import Context


def _import_columns(args: argparse.Namespace) -> int:
    from pathlib import Path

    from pacte_desktop.services.imports.employers import columns_of, save_mapping

    preview = columns_of(Path(args.file), mapping=Path(args.mapping) if args.mapping else None)
    if args.save_mapping:
        save_mapping(Path(args.save_mapping), {c.header: c.field for c in preview.columns})
    if args.json:
        print_json(
            {
                "row": preview.row,
                "recognised": preview.recognised,
                "columns": [
                    {"header": c.header, "field": c.field, "samples": list(c.samples)}
                    for c in preview.columns
                ],
            }
        )
    else:
        for c in preview.columns:
            print("\t".join([c.header, c.field or "-", " · ".join(c.samples)]))
    return 0


def cmd_import(ctx: Context) -> int:
    from pathlib import Path

    args = ctx.args
    if args.action == "columns":  # reads the file only: no store needed
        return _import_columns(args)
    ctx.require_init()
    if args.action == "list":
        from pacte_desktop.services.imports.batches import list_batches

        batches = list_batches(ctx.store)
        if args.json:
            print_json(batches)
        else:
            # id, file, date, created, updated, rejected, reverted (its date, or "-"), unchanged
            for b in batches:
                cells = [str(b.get(k, "")) for k in ("id", "file", "date", "created", "updated")]
                cells.append(str(b.get("rejected", "")))
                cells.append(str(b.get("reverted_at") or "-"))
                cells.append(str(b.get("unchanged", "")))
                print("\t".join(cells))
        return 0
    with ctx.store.reading() as conn:
        worker = ctx.acting_worker(conn)
    if args.action == "revert":
        from pacte_desktop.services.imports.batches import revert_batch

        count = revert_batch(ctx.store, args.batch, worker_id=worker)
        print(f"{args.batch}\t{count}")
        return 0
    progress = Progress(f"import {args.action}")
    if args.action == "employers":
        from pacte_desktop.services.imports.employers import import_employers

        report = import_employers(
            ctx.store,
            Path(args.file),
            mapping=Path(args.mapping) if args.mapping else None,
            dry_run=args.dry_run,
            worker_id=worker,
            progress=progress,
        )
    else:
        from pacte_desktop.services.imports.kbo import import_kbo

        report = import_kbo(
            ctx.store,
            Path(args.path),
            postcodes=tuple(args.postcode or ("1060",)),
            dry_run=args.dry_run,
            worker_id=worker,
            progress=progress,
        )
    progress.finish()
    for row, field, message in [*report.rejected, *report.warnings]:
        print(f"{row}\t{field}\t{message}", file=sys.stderr)
    created, updated, unchanged, rejected = (
        say(f"import_{key}") for key in ("created", "updated", "unchanged", "rejected")
    )
    print(
        f"{report.batch_id or '-'}\t{created} {report.created}\t{updated} {report.updated}\t"
        f"{unchanged} {report.unchanged}\t{rejected} {len(report.rejected)}"
    )
    return 0
