"""``pacte dedupe``: duplicate employers (scan, merge, undo, distinct, link), and
``pacte network knows``: the partners that know one of our employers.

A partner's record is never merged: ``dedupe merge`` of one of ours with a partner's record
links them (``dedupe link`` says so directly), and ``dedupe undo`` undoes a merge, a link or a
"not the same" alike.
"""

from __future__ import annotations

from pacte_desktop.cli.output import Progress, print_json, say

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from pacte_desktop.cli.context import Context


def _side(side: Any) -> dict[str, Any]:
    return {
        "id": side.id,
        "organisation_id": side.org_id,
        "organisation": side.organisation,
        **{k: v for k, v in side.values.items() if k not in ("id", "organisation_id")},
    }


def _label(side: Any) -> str:
    where = side.organisation if side.org_id else say("dedupe_ours")
    return f"{side.values.get('name') or ''} ({where}, {side.id})"


def _keep(words: list[str]) -> dict[str, str]:
    from pacte_desktop.domain.errors import ValidationError

    chosen: dict[str, str] = {}
    for word in words:
        name, sep, ref = word.partition("=")
        if not sep or not name.strip() or not ref.strip():
            raise ValidationError("keep", "dedupe_keep_side", value=word)
        chosen[name.strip()] = ref.strip()
    return chosen


def cmd_dedupe(ctx: Context) -> int:
    from pacte_desktop.domain import messages
    from pacte_desktop.services import dedupe
    from pacte_desktop.services.stores import UnitOfWork

    args = ctx.args
    ctx.require_init()
    if args.action == "scan":
        progress = Progress("dedupe scan")
        pairs = dedupe.scan(ctx.store, partners=not args.own_only, progress=progress)
        progress.finish()
        if args.json:
            print_json(
                [
                    {
                        "score": p.score,
                        "reason": p.reason,
                        "partner": p.partner,
                        "differing": list(p.differing),
                        "first": _side(p.first),
                        "second": _side(p.second),
                    }
                    for p in pairs
                ]
            )
            return 0
        if not pairs:
            print(say("dedupe_none"))
            return 0
        print(messages.agree(say("dedupe_pairs", count=len(pairs)), {"count": len(pairs)}))
        reasons = {"bce": say("dedupe_reason_bce"), "name": say("dedupe_reason_name")}
        for p in pairs:
            differs = ", ".join(messages.field_label(f) for f in p.differing) or "-"
            print(
                f"{p.score}\t{reasons[p.reason]}\t{_label(p.first)}\t"
                f"{_label(p.second)}\t{say('dedupe_differs', fields=differs)}"
            )
        return 0
    with UnitOfWork(ctx.store) as uow:
        uow.worker_id = ctx.acting_worker(uow.connection)
        if args.action == "merge":
            done = dedupe.merge(uow, args.first, args.second, _keep(args.keep or []))
        elif args.action == "link":
            done = dedupe.Linked(dedupe.link(uow, args.employer, args.partner_record))
        elif args.action == "distinct":
            decided = dedupe.distinct(uow, args.first, args.second)
        else:
            undone = dedupe.undo(uow, args.merge)
        uow.commit()
    if args.action in ("merge", "link"):
        if isinstance(done, dedupe.Linked):
            names = dedupe.organisation_names(ctx.store)
            own = done.link.employer_id
            org = names.get(done.link.partner_org_id, done.link.partner_org_id)
            print(say("dedupe_linked", own=own, organisation=org, id=done.link.id))
        else:
            print(say("dedupe_merged", merged=done.merged_id, kept=done.kept_id, id=done.id))
    elif args.action == "distinct":
        print(say("dedupe_distinct", id=decided.id))
    else:
        print(say("dedupe_undone", id=undone.record.id))
        if undone.moved_back:
            count = {"count": undone.moved_back}
            print(messages.agree(say("dedupe_moved_back", **count), count))
        if undone.kept_later_edits:
            fields = ", ".join(messages.field_label(f) for f in undone.kept_later_edits)
            print(say("dedupe_later_edits", fields=fields))
    return 0


def cmd_network_knows(ctx: Context) -> int:
    import dataclasses

    from pacte_desktop.services.network_groups import known_by

    ctx.require_init()
    knowers = known_by(ctx.store, ctx.args.employer)
    if ctx.args.json:
        print_json([dataclasses.asdict(k) for k in knowers])
        return 0
    if not knowers:
        print(say("knows_nobody"))
        return 0
    for k in knowers:
        mark = f"\t{say('knows_linked')}" if k.linked else ""
        latest = k.latest_contact or "-"
        print(f"{k.organisation}\t{k.organisation_id}\t{k.employer_id}\t{latest}{mark}")
    return 0
