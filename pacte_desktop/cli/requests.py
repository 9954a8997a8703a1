"""``pacte request``: relay an employer's request for profiles to the network, list our relayed
requests (with every answer) and the partners' ones (with ours), answer a partner's request,
close ours. The rules are those of ``services/requests.py``.
"""

from __future__ import annotations

from pacte_desktop.cli.output import print_json, print_rows

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from pacte_desktop.cli.context import Context


def words(key: str, **params: object) -> str:
    """A text of ``REQUEST_TEXTS`` in the current language, agreeing with ``count``."""
    from pacte_desktop.domain import messages

    text = messages.pick(messages.CATALOGUES["REQUEST_TEXTS"], key)
    return messages.agree(text.format(**params), params)


def cmd_request(ctx: Context) -> int:
    import datetime as dt

    from pacte_desktop.domain import messages
    from pacte_desktop.services import requests
    from pacte_desktop.services.stores import UnitOfWork

    args = ctx.args
    ctx.require_init()
    if args.action == "list":
        board = requests.request_board(ctx.store)
        if args.json:
            print_json(_as_json(board))
        else:
            _print_board(board)
        return 0
    request: dict[str, Any] | None = None
    if args.action == "answer":
        request = requests.find_partner_request(ctx.store, args.id)
    with UnitOfWork(ctx.store) as uow:
        uow.worker_id = ctx.acting_worker(uow.connection)
        if args.action == "relay":
            record: Any = requests.relay(uow, args.id)
            note = words("request_relayed")
        elif args.action == "close":
            record = requests.close(uow, args.id, args.status)
            note = words("request_closed", status=messages.choice_label(record.status))
        else:
            assert request is not None
            record = requests.answer(
                uow, request, count=args.count, message=args.message, today=dt.date.today()
            )
            note = words("request_answered")
        uow.commit()
    print(record.id)
    import sys

    print(note, file=sys.stderr)
    return 0


def _as_json(board: Any) -> dict[str, Any]:
    import dataclasses

    ours = []
    for request in board.ours:
        row = dataclasses.asdict(request)
        row["gathered"] = request.gathered
        ours.append(row)
    return {
        "ours": ours,
        "partners": [dataclasses.asdict(r) for r in board.partners],
        "joined": board.joined,
    }


def _print_board(board: Any) -> None:
    from pacte_desktop.domain.messages import choice_label, field_label

    def day(value: Any) -> str:
        return value.isoformat() if value else "-"

    print(words("request_ours"))
    if board.ours:
        print_rows(
            [
                "id",
                field_label("title"),
                field_label("employer"),
                field_label("status"),
                field_label("end_date"),
                field_label("positions"),
                field_label("count"),
            ],
            [
                [
                    r.id,
                    r.title,
                    r.employer_name,
                    choice_label(r.status),
                    day(r.end_date),
                    str(r.positions),
                    str(r.gathered),
                ]
                for r in board.ours
            ],
        )
        for r in board.ours:
            for a in r.answers:
                message = f" — {a.message}" if a.message else ""
                print(f"  {r.id[:8]}  {a.organisation}: {a.count} ({day(a.answered_on)}){message}")
    else:
        print(words("request_none"))
    print()
    print(words("request_partners"))
    if board.partners:
        print_rows(
            [
                "id",
                field_label("request_org"),
                field_label("title"),
                field_label("employer"),
                field_label("status"),
                field_label("end_date"),
                field_label("positions"),
                words("request_our_answer"),
            ],
            [
                [
                    r.id,
                    r.organisation,
                    r.title,
                    r.employer_name or "-",
                    choice_label(r.status),
                    day(r.end_date),
                    str(r.positions or "-"),
                    str(r.our_answer.count) if r.our_answer else "-",
                ]
                for r in board.partners
            ],
        )
    else:
        print(words("request_none"))
