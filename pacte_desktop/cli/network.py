"""``pacte network``: partner employers (read-only, with their origin) and the network's
members (list, admit, remove: the coordinator's workstation).
"""

from __future__ import annotations

import sys

from pacte_desktop.cli.output import print_json, print_table, say

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from pacte_desktop.cli.context import Context


def print_members(members: list[Any]) -> None:
    for m in members:
        marks = [say("member_coordinator")] if m.coordinator else []
        marks += [say("member_us")] if m.this_organisation else []
        name = f"{m.name} ({', '.join(marks)})" if marks else m.name
        print(
            f"{name}\t{m.org_id}\t{say(f'member_{m.status}')}\t{say('member_key')} "
            f"{m.fingerprint or '-'}\t"
            f"{say('member_latest')} {m.latest_file or '-'} {m.latest_at or ''}".rstrip()
        )


def cmd_network(ctx: Context) -> int:
    import dataclasses

    from pacte_desktop.services import network

    ctx.require_init()
    action = ctx.args.action
    if action == "knows":
        from pacte_desktop.cli.dedupe import cmd_network_knows

        return cmd_network_knows(ctx)
    if action in ("admit", "remove"):
        from pacte_desktop.services.keys import ensure_open
        from pacte_desktop.services.passphrases import asked

        # The coordinator's key is in the vault: unsealed by the passphrase where no credential
        # store holds the vault's key (as `pacte sync` does).
        ensure_open(ctx.store, asked())
        act = network.admit if action == "admit" else network.remove
        print_members([act(ctx.store, ctx.args.org)])
        if action == "remove":
            print(say("member_rekey"), file=sys.stderr)
        return 0
    if action == "members":
        members = network.member_list(ctx.store)
        if ctx.args.json:
            print_json([dataclasses.asdict(m) for m in members])
        else:
            print_members(members)
        return 0
    rows = network.partner_list(ctx.store)
    if ctx.args.json:
        print_json(rows)
        return 0
    print_table(
        [{**r, "bce_number": r.get("bce_number") or ""} for r in rows],
        ["name", "bce_number", "postcode", "phone", "email", "organisation", "latest_contact"],
    )
    return 0
