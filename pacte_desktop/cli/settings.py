"""``pacte settings``: the workstation's settings (list, set)."""

from __future__ import annotations

from pacte_desktop.cli.output import print_json

TYPE_CHECKING = False
if TYPE_CHECKING:
    from pacte_desktop.cli.context import Context


def cmd_settings(ctx: Context) -> int:
    from pacte_desktop.services.workstation import all_settings, change_setting

    args = ctx.args
    if args.action == "list":
        with ctx.store.reading() as conn:
            rows = all_settings(conn)
        if args.json:
            print_json(rows)
        else:
            for row in rows:
                print(f"{row['key']} = {row['value']}    ({row['description']})")
        return 0
    print(change_setting(ctx.store, args.key, args.value))
    return 0
