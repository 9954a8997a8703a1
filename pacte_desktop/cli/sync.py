"""``pacte sync``: a pass, setup, status, conflicts, forks, devices, revocation, passphrases; and
``pacte charter show``.

A pass prints one summary line per scope on standard output and what went wrong on standard
error; it exits 1 when a scope failed.
"""

from __future__ import annotations

import sys

from pacte_desktop.cli.network import print_members
from pacte_desktop.cli.output import print_json, print_rows, say

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from pacte_desktop.cli.context import Context


def cmd_charter(ctx: Context) -> int:
    import dataclasses

    from pacte_desktop.services.sharing import what_we_publish

    ctx.require_init()
    tables = what_we_publish(ctx.store)
    if ctx.args.json:
        print_json([dataclasses.asdict(t) for t in tables])
        return 0
    leaves, stays = say("charter_leaves"), say("charter_stays")
    aggregate = say("charter_aggregate")
    for table in tables:
        count = aggregate if table.aggregate_only else str(table.records)
        print(f"{table.label}: {count}")
        for f in table.fields:
            print(f"    {leaves if f.shared else stays:<9} {f.label}")
    return 0


def _print_summary(summary: Any) -> None:
    sent, received, files, ops, conflicts, waiting, rejected = (
        say(f"sync_{key}")
        for key in ("sent", "received", "files", "operations", "conflicts", "waiting", "rejected")
    )
    for scope in summary.scopes:
        print(
            f"{scope.scope}: {sent} {scope.published_files} {files} ({scope.published_ops} {ops}),"
            f" {received} {scope.received_files} {files} ({scope.received_ops} {ops}),"
            f" {conflicts} {scope.conflicts}"
        )
        if scope.clock_warning:
            print(f"pacte: {scope.clock_warning}", file=sys.stderr)
        for item in scope.waiting:
            print(f"    {waiting}: {item}")
        for item in scope.rejected:
            print(f"pacte: {rejected}: {item}", file=sys.stderr)
        if scope.publish_error:
            print(f"pacte: {scope.publish_error}", file=sys.stderr)
        if scope.error:
            print(f"pacte: {scope.error}", file=sys.stderr)


def cmd_sync(ctx: Context) -> int:
    from pacte_desktop.domain.errors import PacteError
    from pacte_desktop.services import sync_status
    from pacte_desktop.services.passphrases import asked

    args = ctx.args
    store = ctx.store
    if args.action in ("devices", "revoke", "passphrase"):
        return _sync_keys(ctx)
    if args.action == "setup":
        from pacte_desktop.services.keys import ensure_open
        from pacte_desktop.services.network import member_list
        from pacte_desktop.services.sync_setup import (
            Location,
            set_up_network,
            set_up_organisation,
        )

        ensure_open(store, asked())
        for name in ("org_webdav", "network_webdav"):
            if (
                getattr(args, name)
                and not (args.user and args.password_env)
                and (args.user or args.password_env)
            ):
                raise PacteError("sync", "passphrase_required", value="--user/--password-env")
        if args.org_folder or args.org_webdav:
            location = (
                Location("folder", args.org_folder)
                if args.org_folder
                else Location("webdav", args.org_webdav, args.user, args.password_env)
            )
            if not store.local("organisation_id") and not args.worker:
                from pacte_desktop.domain.errors import ValidationError

                raise ValidationError("worker", "required")
            result = set_up_organisation(store, location, worker=args.worker)
        else:
            ctx.require_init()
            location = (
                Location("folder", args.network_folder)
                if args.network_folder
                else Location("webdav", args.network_webdav, args.user, args.password_env)
            )
            result = set_up_network(
                store, location, coordinator=args.coordinator, network_name=args.network_name
            )
        verb = say("setup_created" if result.created else "setup_joined")
        print(f"{result.scope}: {result.name} ({result.root_id}) {verb}")
        if result.scope == "network":
            # Pending until the coordinator admits it: say so, with the key to compare.
            print_members([m for m in member_list(store) if m.this_organisation])
        if result.pass_summary is not None:
            _print_summary(result.pass_summary)
            return 0 if result.pass_summary.ok else 1
        return 0
    if args.action == "status":
        rows = sync_status.statuses(store)
        if args.json:
            import dataclasses

            print_json([dataclasses.asdict(r) for r in rows])
            return 0
        for row in rows:
            scope = say(f"status_{row.scope}")
            if not row.configured:
                print(f"{scope}: {say('status_not_set_up')}")
                continue
            last = row.last_pass or {}
            print(f"{scope}: {row.location}")
            print(
                f"    {say('status_last_pass')}: {last.get('finished_at', '-')}"
                + (f" — {last['error']}" if last.get("error") else "")
            )
            print(f"    {say('status_pending')}: {row.pending_ops}")
            if last.get("clock_offset_s") is not None:
                print(f"    {say('status_clock')}: {last['clock_offset_s']:+.1f} s")
            if last.get("clock_warning"):
                print(f"    {last['clock_warning']}")
            if last.get("publish_error"):
                print(f"    {say('status_not_sent')}: {last['publish_error']}")
            if row.scope == "org":
                print(f"    {say('status_conflicts')}: {row.open_conflicts}")
                print(f"    {say('status_parked')}: {row.parked}")
            for item in row.rejected:
                kind = say("status_fork" if item["code"] == "sync_fork" else "status_rejected")
                print(f"    {kind}: {item['path']}: {item['message']}")
        return 0
    if args.action == "conflicts":
        from pacte_desktop.domain import messages
        from pacte_desktop.domain.messages import field_label
        from pacte_desktop.services.conflicts import listed

        with store.reading() as conn:
            found = listed(conn, closed_too=args.all)
        if args.json:
            import dataclasses

            print_json([dataclasses.asdict(r) for r in found])
            return 0
        for c in found:
            kind = say(
                "status_after_delete" if c.kind == "edit after delete" else "status_concurrent"
            )
            status = f"status_{c.status}"
            status = say(status) if status in messages.CLI_TEXTS else c.status
            print(
                f"{c.id}\t{field_label(c.table)} {c.row_id[:13]}\t{field_label(c.field)}\t"
                f"{kind}\t{c.lost_value!r} -> {c.won_value!r}\t{status}"
            )
        return 0
    if args.action == "reinstate":
        from pacte_desktop.services.conflicts import reinstate

        ctx.require_init()
        with store.reading() as conn:
            worker = ctx.acting_worker(conn)
        reinstate(store, args.id, worker)
        print(args.id)
        return 0
    if args.action == "dismiss":
        from pacte_desktop.services.conflicts import dismiss

        dismiss(store, args.id)
        print(args.id)
        return 0
    scopes = sync_status.SCOPES if args.scope == "all" else (args.scope,)
    if args.action == "accept-fork":
        for device in sync_status.accept_fork(store, args.device, scopes):
            print(f"{device}\t{say('status_fork_accepted')}")
        return 0
    configured = sync_status.configured(store, scopes)
    if not configured:
        raise PacteError("sync", "sync_not_setup", value=args.scope)
    progress = None
    if sys.stderr.isatty():

        def progress(stage: str, done: int, total: int) -> None:
            print(f"\r{stage} {done}" + (f"/{total}" if total else ""), end="", file=sys.stderr)

    summary = sync_status.sync_scopes(store, configured, progress=progress, passphrases=asked())
    if progress is not None:
        print(file=sys.stderr)
    _print_summary(summary)
    return 0 if summary.ok else 1


def _sync_keys(ctx: Context) -> int:
    """``pacte sync devices | revoke | passphrase`` (services/keys.py)."""
    import dataclasses

    from pacte_desktop.domain.errors import PacteError
    from pacte_desktop.services import keys, passphrases

    args, store = ctx.args, ctx.store
    keys.ensure_open(store, passphrases.asked())
    if args.action == "devices":
        found = keys.devices(store)
        if args.json:
            print_json([dataclasses.asdict(d) for d in found])
            return 0
        rows = [
            [
                d.device_id + (" *" if d.this_device else ""),
                d.name or "-",
                d.worker or "-",
                f"{d.last_seq} ({(d.last_file_at or '')[:10]})" if d.last_seq else "-",
                d.certified_by or "-",
                say(f"device_{d.status}")
                + (
                    f" ({say('device_after')} {d.revoked_after})"
                    if d.revoked_after is not None
                    else ""
                ),
            ]
            for d in found
        ]
        columns = ("device", "name", "worker", "last_file", "certified_by", "status")
        print_rows([say(f"device_column_{c}") for c in columns], rows)
        return 0
    if args.action == "revoke":
        target = keys.find_device(store, args.device)
        if not args.yes:
            question = say(
                "device_confirm",
                device=target.name or target.device_id,
                worker=target.worker or "-",
            )
            if not sys.stdin.isatty():
                raise PacteError("sync", "confirmation_required")
            if input(question).strip().lower() not in say("device_answers_yes").split(", "):
                print(say("device_nothing"))
                return 1
        done = keys.revoke(store, target.device_id)
        print(
            say(
                "device_done",
                device=target.name or target.device_id,
                last=done.last_seq,
                epoch=done.epoch,
            )
        )
        for device in done.without_box:
            print(f"    {say('device_without_box')}: {device}")
        return 0
    scope = "network" if args.network else "org"
    old = passphrases.passphrase(passphrases.PASSPHRASE_ENV[scope], say(f"device_old_{scope}"))
    names = keys.scope_names(store, scope)
    new = passphrases.passphrase(
        "PACTE_NEW_ORG_PASSPHRASE" if scope == "org" else "PACTE_NEW_NETWORK_PASSPHRASE",
        say(f"device_new_{scope}"),
        confirm=True,
        names=names,
    )
    changed = keys.change_passphrase(store, scope, old=old, new=new)
    print(say("device_changed", epoch=changed.epoch))
    for device in changed.without_box:
        print(f"    {say('device_without_box')}: {device}")
    return 0
