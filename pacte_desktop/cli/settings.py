"""``pacte settings``: the workstation's settings (list, set)."""

from __future__ import annotations

from pacte_desktop.cli.output import print_json

TYPE_CHECKING = False
if TYPE_CHECKING:
    from pacte_desktop.cli.context import Context


def cmd_settings(ctx: Context) -> int:
    from pacte_desktop.settings import SETTINGS

    args = ctx.args
    if args.action == "list":
        with ctx.store.reading() as conn:
            rows = [
                {
                    "key": s.key,
                    "value": SETTINGS.get(conn, s.key),
                    "default": s.default,
                    "description": s.description,
                }
                for s in SETTINGS
            ]
        if args.json:
            print_json(rows)
        else:
            for row in rows:
                print(f"{row['key']} = {row['value']}    ({row['description']})")
        return 0
    with ctx.store.engine.begin() as conn:
        print(SETTINGS.set(conn, args.key, args.value))
    return 0
