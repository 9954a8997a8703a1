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

    from pacte_desktop.store import backup

    target = Path(ctx.args.output) if ctx.args.output else None
    store = ctx.store
    print(backup.take(store.path, store.data_dir / backup.BACKUP_DIR, "manual", target))
    return 0


def cmd_restore(ctx: Context) -> int:
    from pathlib import Path

    from pacte_desktop.store import backup
    from pacte_desktop.store.database import STORE_FILE, resolve_data_dir
    from pacte_desktop.store.files import check_pacte_file

    source = Path(ctx.args.file)
    # Refuse (an empty file too) before touching, or even creating, the store.
    check_pacte_file(source, "file", allow_empty=False)
    folder = resolve_data_dir(ctx.args.data_dir)
    if not (folder / STORE_FILE).exists():
        ctx.store.close()  # create an empty store to restore into
    done = backup.restore(folder / STORE_FILE, source, other_device=ctx.args.other_device)
    ctx.forget_store()
    from pacte_desktop.domain import messages
    from pacte_desktop.store.database import Store

    Store.open(folder, daily_backup=False).close()  # migrate an older backup now
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
