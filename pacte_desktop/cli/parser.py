"""The parser of ``pacte``: every command, sub-command and option (a public interface: names are
added, never renamed), and the bounds of every whole-number option.

The generic record commands are built from the entities' field specs: each field is an option
named after it (``--field-name``), with the short aliases the issues promise. ``--data-dir``,
``--lang`` and ``--as`` are accepted before the command and after it.
"""

from __future__ import annotations

import sys

from pacte_desktop import __version__

TYPE_CHECKING = False
if TYPE_CHECKING:
    import argparse
    from collections.abc import Callable
    from typing import Any

    from pacte_desktop.domain.entities import Entity


# Entities the generic add/edit/show/list/archive/restore commands serve, by command name.
GENERIC = {
    "employer": "Employer",
    "contact": "ContactPerson",
    "opportunity": "Opportunity",
    "candidate": "Candidate",
    "placement": "Placement",
    "interaction": "Interaction",
}
# Short option names the issues promise, beside the generic --field-name.
ALIASES = {
    "bce_number": ["--bce"],
    "nace_code": ["--nace"],
    "tags": ["--tag"],
    "languages": ["--language"],
    "skills": ["--skill"],
    "required_skills": ["--skill"],
    "accepts": ["--accept"],
    "placement_type": ["--type"],
    "next_action_date": ["--next-action"],
    "qualification_level": ["--qualification"],
    "start_date": ["--start"],
    "end_date": ["--end"],
    "saint_gilles_resident": ["--resident"],
}
# Reference fields the user names by a human handle; others are not set from the CLI.
REF_OPTIONS = {
    "owner_id": "--owner",
    "worker_id": "--worker",
    "employer_id": "--employer",
    "candidate_id": "--candidate",
    "opportunity_id": "--opportunity",
}
HIDDEN = {"organisation_id", "successor_id", "interaction_id"}
# The positional argument of `add` for entities that hang off an employer.
POSITIONAL_EMPLOYER = {"contact", "interaction"}


#: The bounds of every whole-number option: a list's length, a search's, a demo's size, a seed,
#: a conflict's number. One type for all, so none reaches SQLite or ``range`` unbounded.
LIMIT_MAX = 1_000_000
DEMO_MAX = 1_000_000
SEED_MAX = 2**31 - 1
ROW_MAX = 2**63 - 1


def bounded_int(low: int, high: int) -> Callable[[str], int]:
    """An argparse ``type``: a whole number from ``low`` to ``high``, else a usage error in the
    user's language naming the bounds."""

    def parse(text: str) -> int:
        import argparse

        from pacte_desktop.domain.messages import render

        digits = text.strip()
        value: int | None = None
        unsigned = digits.lstrip("+-")
        if digits.isascii() and unsigned.isdigit() and len(digits) - len(unsigned) <= 1:
            # Beyond 30 digits, out of every range: no int() of a thousand digits.
            value = int(digits) if len(unsigned) <= 30 else high + 1
        if value is None or not low <= value <= high:
            raise argparse.ArgumentTypeError(
                render("int_range", "", {"value": text, "min": low, "max": high}).lstrip(" :")
            )
        return value

    parse.__name__ = "whole number"
    return parse


def _option_names(name: str) -> list[str]:
    if name in REF_OPTIONS:
        return [REF_OPTIONS[name]]
    return ["--" + name.replace("_", "-"), *ALIASES.get(name, [])]


def _add_field_options(
    parser: argparse.ArgumentParser, cls: type[Entity], *, editing: bool, command: str
) -> None:
    from pacte_desktop.domain.entities import specs

    for name, spec in specs(cls).items():
        if name in ("id", "archived_at") or name in HIDDEN:
            continue
        if not editing and command in POSITIONAL_EMPLOYER and name == "employer_id":
            continue
        if name == "do_not_share":
            parser.add_argument(
                "--no-share",
                dest=name,
                action="store_const",
                const=True,
                help="never publish this employer to the network",
            )
            if editing:
                parser.add_argument(
                    "--share",
                    dest=name,
                    action="store_const",
                    const=False,
                    help="allow publishing again",
                )
            continue
        names = _option_names(name)
        if spec.kind == "list":
            parser.add_argument(
                *names,
                dest=name,
                action="append",
                metavar="VALUE",
                help="repeat or separate with commas"
                + (f"; one of {', '.join(spec.choices)}" if spec.choices else ""),
            )
        elif spec.kind == "bool" and not editing:
            parser.add_argument(*names, dest=name, action="store_const", const=True)
        else:
            metavar = {"date": "YYYY-MM-DD", "ref": "NAME"}.get(spec.kind, "VALUE")
            help_text = f"one of {', '.join(spec.choices)}" if spec.choices else None
            if spec.kind == "ref" and spec.ref in ("employer", "opportunity"):
                help_text = "id, start of an id, or exact name"
            parser.add_argument(*names, dest=name, metavar=metavar, help=help_text)


def build_parser() -> argparse.ArgumentParser:
    # argparse is imported here, not at the top, so that `pacte --version` does without it.
    import argparse

    from pacte_desktop.domain import entities

    class ArgumentParser(argparse.ArgumentParser):
        def error(self, message: str) -> Any:  # exit 2 with argparse's usage text
            self.print_usage(sys.stderr)
            self.exit(2, f"{self.prog}: error: {message}\n")

    parser = ArgumentParser(
        prog="pacte",
        description="Pacte Desktop: employer contacts of the "
        "Saint-Gilles employment pact, from the command line.",
    )
    parser.add_argument("--version", action="version", version=f"pacte {__version__}")
    _global_options(parser)
    sub = parser.add_subparsers(dest="command", required=True, parser_class=ArgumentParser)

    p = sub.add_parser("init", help="create this workstation's organisation and first worker")
    p.add_argument("--org", required=True, metavar="NAME")
    p.add_argument("--org-type", required=True, choices=entities.ORG_TYPES)
    p.add_argument("--worker", required=True, metavar="NAME")

    worker = sub.add_parser("worker", help="the organisation's workers").add_subparsers(
        dest="action", required=True, parser_class=ArgumentParser
    )
    p = worker.add_parser("add")
    p.add_argument("name")
    p.add_argument("--email")
    p = worker.add_parser("list")
    p.add_argument("--json", action="store_true")
    p.add_argument("--all", action="store_true", help="include workers who left")
    p = worker.add_parser("leave", help="hand over a leaving worker's portfolio")
    p.add_argument("name")
    p.add_argument("--to", action="append", required=True, metavar="NAME")
    p.add_argument("--date", metavar="YYYY-MM-DD")
    p.add_argument("--json", action="store_true")
    p = worker.add_parser("use", help="make NAME this workstation's current worker")
    p.add_argument("name")

    for command, class_name in GENERIC.items():
        cls = getattr(entities, class_name)
        group = sub.add_parser(command, help=f"{command} records").add_subparsers(
            dest="action", required=True, parser_class=ArgumentParser
        )
        p = group.add_parser("add")
        if command in POSITIONAL_EMPLOYER:
            p.add_argument("employer", metavar="EMPLOYER", help="id, start of an id, or exact name")
        _add_field_options(p, cls, editing=False, command=command)
        if command == "employer":
            p.add_argument(
                "--allow-duplicate",
                action="store_true",
                help="add it even if another employer has the same BCE number (another site)",
            )
        p.add_argument("--json", action="store_true", help="print the new record as JSON")
        p = group.add_parser("edit")
        p.add_argument("id")
        p.add_argument("--json", action="store_true")
        _add_field_options(p, cls, editing=True, command=command)
        if command == "employer":
            p.add_argument(
                "--allow-duplicate",
                action="store_true",
                help="accept a BCE number another employer already has (another site)",
            )
        for action in ("show", "archive", "restore"):
            p = group.add_parser(action)
            p.add_argument("id")
            p.add_argument("--json", action="store_true")
        p = group.add_parser(
            "delete", help="delete for good (erasure); refused while other records refer to it"
        )
        p.add_argument("id")
        p.add_argument("--yes", action="store_true", required=True, help="confirm the deletion")
        p = group.add_parser("list")
        p.add_argument("--json", action="store_true")
        p.add_argument("--archived", action="store_true", help="list archived records too")
        p.add_argument("--limit", type=bounded_int(1, LIMIT_MAX), metavar="N")
        if command != "employer":
            p.add_argument(
                "--employer", metavar="EMPLOYER", help="only this employer's (id or exact name)"
            )
        else:
            p.add_argument("--status", choices=entities.EMPLOYER_STATUSES)
            p.add_argument("--owner", metavar="WORKER")
            p.add_argument("--tag")
            p.add_argument("--commune")

    p = sub.add_parser("followups", help="open follow-ups, soonest first")
    p.add_argument("--due-before", metavar="YYYY-MM-DD")
    p.add_argument("--worker", metavar="NAME")
    p.add_argument("--json", action="store_true")
    followup = sub.add_parser("followup", help="act on one follow-up").add_subparsers(
        dest="action", required=True, parser_class=ArgumentParser
    )
    p = followup.add_parser("done")
    p.add_argument("id")
    p = followup.add_parser("postpone")
    p.add_argument("id")
    p.add_argument("date", metavar="YYYY-MM-DD")
    p = followup.add_parser("reassign")
    p.add_argument("id")
    p.add_argument("worker", metavar="NAME")

    p = sub.add_parser("search", help="find employers (prefixes, accents optional)")
    p.add_argument("text")
    p.add_argument("--limit", type=bounded_int(1, LIMIT_MAX), default=50, metavar="N")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("history", help="who changed what, when, on one record")
    p.add_argument("id")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("demo", help="fill the store with fictitious Saint-Gilles data")
    p.add_argument("--employers", type=bounded_int(0, DEMO_MAX), default=300, metavar="N")
    p.add_argument("--seed", type=bounded_int(0, SEED_MAX), default=1060)

    p = sub.add_parser("backup", help="copy the store to a backup file")
    p.add_argument("-o", "--output", metavar="FILE")
    p = sub.add_parser(
        "restore", help="replace the store with a backup (the current one is backed up first)"
    )
    p.add_argument("file")
    p.add_argument(
        "--other-device",
        action="store_true",
        help="the backup comes from another workstation or organisation: restore it anyway "
        "and give this workstation a new device id (join the sync again afterwards)",
    )

    charter = sub.add_parser("charter", help="the sharing charter").add_subparsers(
        dest="action", required=True, parser_class=ArgumentParser
    )
    p = charter.add_parser("show", help="what will leave the organisation, field by field")
    p.add_argument("--json", action="store_true")

    sync = sub.add_parser(
        "sync", help="one sync pass (publish, then receive), or set up, status, conflicts"
    )
    sync.add_argument(
        "--scope", choices=("org", "network", "all"), default="all", help="which scope to sync"
    )
    sync_sub = sync.add_subparsers(dest="action", required=False, parser_class=ArgumentParser)
    p = sync_sub.add_parser("setup", help="create or join the organisation's or network's root")
    where = p.add_mutually_exclusive_group(required=True)
    where.add_argument("--org-folder", metavar="PATH")
    where.add_argument("--org-webdav", metavar="URL")
    where.add_argument("--network-folder", metavar="PATH")
    where.add_argument("--network-webdav", metavar="URL")
    p.add_argument("--user", metavar="U", help="WebDAV user")
    p.add_argument(
        "--password-env", metavar="VAR", help="environment variable holding the WebDAV password"
    )
    p.add_argument("--worker", metavar="NAME", help="act as this worker on this workstation")
    p.add_argument(
        "--coordinator", action="store_true", help="create the network as its coordinator"
    )
    p.add_argument("--network-name", metavar="NAME", help="the network's name (coordinator)")
    p = sync_sub.add_parser("status", help="last pass, pending operations, rejected files")
    p.add_argument("--json", action="store_true")
    p = sync_sub.add_parser("conflicts", help="edits that lost, kept for review")
    p.add_argument("--json", action="store_true")
    p.add_argument("--all", action="store_true", help="reinstated and dismissed ones too")
    p = sync_sub.add_parser("reinstate", help="put a lost value back")
    p.add_argument("id", type=bounded_int(1, ROW_MAX))
    p = sync_sub.add_parser("dismiss", help="close a conflict without changing anything")
    p.add_argument("id", type=bounded_int(1, ROW_MAX))
    p = sync_sub.add_parser(
        "accept-fork",
        help="both branches of a device's forked files are genuine (a restored laptop): "
        "apply them from the next pass on",
    )
    p.add_argument("device", help="the device id (or its first characters), as status shows it")
    p = sync_sub.add_parser(
        "devices", help="the organisation's devices: name, worker, last file, certified by"
    )
    p.add_argument("--json", action="store_true")
    p = sync_sub.add_parser(
        "revoke",
        help="revoke a device (lost, stolen): its later files are refused, the keys renewed",
    )
    p.add_argument("device", help="the device's id, the start of it, or its name")
    p.add_argument("--yes", action="store_true", help="do not ask for a confirmation")
    p = sync_sub.add_parser(
        "passphrase",
        help="change the organisation's passphrase (PACTE_ORG_PASSPHRASE: the old one, "
        "PACTE_NEW_ORG_PASSPHRASE: the new one, else both typed in)",
    )
    p.add_argument(
        "--network", action="store_true", help="the network's passphrase (the coordinator)"
    )

    export = sub.add_parser("export", help="Excel and PDF exports").add_subparsers(
        dest="action", required=True, parser_class=ArgumentParser
    )
    p = export.add_parser("directory", help="the partner directory, in Excel or PDF")
    p.add_argument("-o", "--output", required=True, metavar="FILE.xlsx|FILE.pdf")
    p.add_argument("--shareable-only", action="store_true", help="only what the charter lets out")
    p.add_argument("--tag")
    p.add_argument("--commune")
    p.add_argument("--status", choices=entities.EMPLOYER_STATUSES)
    p = export.add_parser("placements", help="placement figures and list, in Excel")
    p.add_argument("-o", "--output", required=True, metavar="FILE.xlsx")
    p.add_argument("--from", dest="start", required=True, metavar="DATE")
    p.add_argument("--to", dest="end", required=True, metavar="DATE")
    p = export.add_parser("followups", help="open follow-ups, in Excel")
    p.add_argument("-o", "--output", required=True, metavar="FILE.xlsx")
    p.add_argument("--worker", metavar="NAME")

    report = sub.add_parser("report", help="printable reports").add_subparsers(
        dest="action", required=True, parser_class=ArgumentParser
    )
    p = report.add_parser("placements", help="the placement report, in PDF")
    p.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    p.add_argument("--from", dest="start", required=True, metavar="DATE")
    p.add_argument("--to", dest="end", required=True, metavar="DATE")

    imports = sub.add_parser(
        "import", help="employers from spreadsheets or the KBO"
    ).add_subparsers(dest="action", required=True, parser_class=ArgumentParser)
    p = imports.add_parser("employers", help="employers from an Excel or CSV file")
    p.add_argument("file", metavar="FILE.xlsx|FILE.csv")
    p.add_argument("--mapping", metavar="FILE", help="a saved column mapping (JSON)")
    p.add_argument("--dry-run", action="store_true", help="report every problem, write nothing")
    p = imports.add_parser("kbo", help="employers from the KBO/BCE open data extract")
    p.add_argument("path", metavar="PATH", help="the extract's folder or zip")
    p.add_argument(
        "--postcode", action="append", metavar="CODE", help="keep these postcodes (default 1060)"
    )
    p.add_argument("--dry-run", action="store_true")
    p = imports.add_parser(
        "list",
        help="import batches, newest last: id, file, date, created, updated, rejected, "
        "reverted (date or -), unchanged",
    )
    p.add_argument("--json", action="store_true")
    p = imports.add_parser(
        "columns",
        help="what each column of a file fills (header, field or -, examples); "
        "--save-mapping writes them as a mapping file to edit",
    )
    p.add_argument("file", metavar="FILE")
    p.add_argument("--mapping", metavar="FILE", help="a saved column mapping (JSON)")
    p.add_argument("--save-mapping", metavar="FILE", help="write the columns as a mapping file")
    p.add_argument("--json", action="store_true")
    p = imports.add_parser("revert", help="undo an import batch completely")
    p.add_argument("batch", metavar="BATCH")

    network = sub.add_parser("network", help="partner organisations' records").add_subparsers(
        dest="action", required=True, parser_class=ArgumentParser
    )
    p = network.add_parser("employers", help="partner employers, read-only, with their origin")
    p.add_argument("--json", action="store_true")
    p = network.add_parser(
        "members",
        help="the network's organisations: name, id, admitted/pending/removed, latest file",
    )
    p.add_argument("--json", action="store_true")
    p = network.add_parser(
        "admit", help="admit an organisation that asked to join (the coordinator's workstation)"
    )
    p.add_argument("org", metavar="ORG", help="its id, an id prefix or its name")
    p = network.add_parser(
        "remove",
        help="remove an organisation: partners stop reading it and drop its records "
        "(the coordinator's workstation)",
    )
    p.add_argument("org", metavar="ORG", help="its id, an id prefix or its name")
    p = network.add_parser(
        "knows", help="the partners that know one of our employers, with their latest contact"
    )
    p.add_argument("employer", metavar="EMPLOYER_ID")
    p.add_argument("--json", action="store_true")

    dedupe = sub.add_parser("dedupe", help="duplicate employers").add_subparsers(
        dest="action", required=True, parser_class=ArgumentParser
    )
    p = dedupe.add_parser(
        "scan",
        help="pairs of employers that may be the same (ours, and ours with partners' records): "
        "score, reason, both, the fields that differ",
    )
    p.add_argument("--json", action="store_true")
    p.add_argument("--own-only", action="store_true", help="leave out partners' records")
    p = dedupe.add_parser(
        "merge",
        help="merge the second employer into the first (prints the merge id); with a partner's "
        "record: link them (a partner's record is never merged)",
    )
    p.add_argument("first", metavar="ID")
    p.add_argument("second", metavar="ID")
    p.add_argument(
        "--keep",
        action="append",
        metavar="FIELD=ID",
        help="keep this field's value from that employer (default: the first's, if not empty)",
    )
    p = dedupe.add_parser("undo", help="undo a merge, a link or a 'not the same'")
    p.add_argument("merge", metavar="MERGE")
    p = dedupe.add_parser("distinct", help="remember that two employers are not the same")
    p.add_argument("first", metavar="ID")
    p.add_argument("second", metavar="ID")
    p = dedupe.add_parser(
        "link", help="say that one of our employers is the same as a partner's record"
    )
    p.add_argument("employer", metavar="ID")
    p.add_argument("partner_record", metavar="PARTNER_ID", help="its id, or ORG/ID")

    settings = sub.add_parser("settings", help="workstation settings").add_subparsers(
        dest="action", required=True, parser_class=ArgumentParser
    )
    p = settings.add_parser("list")
    p.add_argument("--json", action="store_true")
    p = settings.add_parser("set")
    p.add_argument("key")
    p.add_argument("value")
    _global_options_after_command(parser)
    return parser


def _global_options(parser: argparse.ArgumentParser, *, after_command: bool = False) -> None:
    """``--data-dir``, ``--lang`` and ``--as`` on ``parser``.

    Before the command they set the defaults; after it (``after_command``) they are the same
    options on every sub-command, with no default of their own (``SUPPRESS``), so that
    ``pacte report placements -o x.pdf --lang nl`` and ``pacte --lang nl report placements
    -o x.pdf`` mean the same, and an option given before the command is not reset by the
    sub-command's parser.
    """
    import argparse

    default: dict[str, Any] = {"default": argparse.SUPPRESS} if after_command else {}
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="folder of the store (default: PACTE_DATA_DIR, else the user data directory)",
        **default,
    )
    parser.add_argument(
        "--lang",
        choices=["fr", "nl", "en"],
        help="language of messages (default: PACTE_LANG, else the setting)",
        **default,
    )
    parser.add_argument(
        "--as",
        dest="acting",
        metavar="WORKER",
        help="act as this worker (default: PACTE_WORKER, else this workstation's worker)",
        **default,
    )


def _global_options_after_command(parser: argparse.ArgumentParser) -> None:
    """Give every command and sub-command parser under ``parser`` the global options."""
    import argparse

    seen: set[int] = set()
    pending = [parser]
    while pending:
        current = pending.pop()
        for action in current._actions:
            if not isinstance(action, argparse._SubParsersAction):
                continue
            for child in action.choices.values():
                if id(child) in seen:
                    continue
                seen.add(id(child))
                _global_options(child, after_command=True)
                pending.append(child)
