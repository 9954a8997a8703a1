"""``pacte network profiles`` and ``pacte network who``: the partners' publics.

``profiles`` prints each partner's published profile part by part (a value whose count is
under 5 is not published, and so not printed); ``who`` the partners whose profile counts every
criterion asked (5 or more each), with each criterion's count and the most candidates that can
meet them all. Both read the store only (``services/publics.py``); ``--json`` prints JSON.
"""

from __future__ import annotations

from pacte_desktop.cli.output import print_json, say

TYPE_CHECKING = False
if TYPE_CHECKING:
    from pacte_desktop.cli.context import Context


def value_label(part: str, value: str) -> str:
    """How a profile's value reads: a language's name, a level's or availability's label."""
    from pacte_desktop.domain import messages

    if part == "languages":
        return (
            messages.pick(messages.LANGUAGE_NAMES, value)
            if value in (messages.LANGUAGE_NAMES)
            else value
        )
    if part == "skills":
        return value
    return messages.choice_label(value)


def cmd_publics(ctx: Context) -> int:
    from pacte_desktop.domain.messages import field_label
    from pacte_desktop.services import publics

    args = ctx.args
    if args.action == "profiles":
        found = publics.partner_profiles(ctx.store)
        if args.json:
            print_json([p.to_json() for p in found])
            return 0
        if not found:
            print(say("publics_none"))
            return 0
        for profile in found:
            print(f"{profile.organisation}\t{say('publics_active')} {profile.total}")
            for part in publics.PARTS:
                cells = profile.parts.get(part, {})
                shown = ", ".join(f"{value_label(part, v)} {n}" for v, n in cells.items())
                print(f"  {field_label(part)}: {shown or '-'}")
        print(say("publics_hidden"))
        return 0
    criteria = publics.Criteria(
        languages=tuple(args.language),
        skills=tuple(args.skill),
        qualification=args.qualification,
        resident=args.saint_gilles,
        availability=args.availability,
    )
    matches = publics.who(ctx.store, criteria)
    if args.json:
        print_json([m.to_json() for m in matches])
        return 0
    if not matches:
        print(say("publics_nobody"))
        return 0
    for match in matches:
        counts = ", ".join(f"{value_label(p, v)} {n}" for p, v, n in match.counts)
        line = f"{match.profile.organisation}\t{say('publics_active')} {match.profile.total}"
        if counts:
            line += f"\t{counts}"
        if match.at_most is not None:
            line += f"\t{say('publics_at_most', count=match.at_most)}"
        print(line)
    return 0
