"""``pacte backup`` and ``pacte restore`` (the current store is backed up first; a backup from
another workstation only with ``--other-device``).
"""

from __future__ import annotations

import sys

TYPE_CHECKING = False
if TYPE_CHECKING:
    from pacte_desktop.cli.context import Context


def cmd_backup(ctx: Context) -> int:
    from pathlib import Path

    from pacte_desktop.services.stores import take_backup

    target = Path(ctx.args.output) if ctx.args.output else None
    print(take_backup(ctx.store, target))
    return 0


def cmd_restore(ctx: Context) -> int:
    from pathlib import Path

    from pacte_desktop.services import stores

    source = Path(ctx.args.file)
    # Refuse (an empty file too) before touching, or even creating, the store.
    stores.check_restorable(source)
    path = stores.store_file(ctx.args.data_dir)
    if not path.exists():
        ctx.store.close()  # create an empty store to restore into
    done = stores.restore_backup(path, source, other_device=ctx.args.other_device)
    ctx.forget_store()
    from pacte_desktop.domain import messages

    stores.open_store(path.parent).close()  # migrate an older backup now
    if done.moved_aside is not None:
        print(
            messages.render("restore_moved_aside", "file", {"value": str(done.moved_aside)}),
            file=sys.stderr,
        )
        print(done.moved_aside)
    else:
        print(done.safety)
    if done.new_device_id is not None:
        print(
            messages.render("restore_new_device", "file", {"value": done.new_device_id}),
            file=sys.stderr,
        )
    return 0
