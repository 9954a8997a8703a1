"""The ``pacte`` command: the services, headless. A public interface: names never change.

Errors go to standard error in the user's language with exit code 1 (2 for usage) and write
nothing. ``pacte --version`` answers before anything heavy is imported.
"""

from __future__ import annotations

import os
import sys

from pacte_desktop import __version__

# The typing module costs `pacte --version` more than all the rest: names for annotations only.
TYPE_CHECKING = False
if TYPE_CHECKING:
    import argparse
    import datetime as dt
    from collections.abc import Callable, Sequence
    from typing import Any

    from pacte_desktop.domain.entities import Entity, FieldSpec
    from pacte_desktop.domain.errors import PacteError
    from pacte_desktop.store.database import Store
    from pacte_desktop.store.repository import Repository

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


# -- output --------------------------------------------------------------------------------
def _json_default(value: object) -> object:
    import datetime as dt

    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, tuple | set):
        return list(value)
    raise TypeError(type(value))


def print_json(data: object) -> None:
    """JSON with every control character escaped: json escapes C0 itself; C1 and the line
    separators, which it may leave raw, are escaped here (they only occur inside strings)."""
    import json
    import re

    text = json.dumps(data, default=_json_default, ensure_ascii=False, indent=2)
    text = re.sub("[\x7f-\x9f\u2028\u2029]", lambda m: f"\\u{ord(m.group()):04x}", text)
    sys.stdout.write(text + "\n")


def _handle_names(repo: Repository) -> Callable[[str, str | None], str | None]:
    """A function giving the human name of a referenced record (cached per command)."""
    from pacte_desktop.domain.entities import BY_TABLE

    cache: dict[tuple[str, str], str | None] = {}

    def name_of(table: str, record_id: str | None) -> str | None:
        if not record_id:
            return None
        key = (table, record_id)
        if key not in cache:
            record = repo.get(BY_TABLE[table], record_id)
            cache[key] = (
                None
                if record is None
                else str(
                    getattr(record, "name", None)
                    or getattr(record, "code", None)
                    or getattr(record, "title", None)
                    or record.id
                )
            )
        return cache[key]

    return name_of


def record_dict(entity: Entity, name_of: Callable[[str, str | None], str | None]) -> dict[str, Any]:
    """A record as JSON-ready snake_case keys; each ``x_id`` reference gains an ``x`` name."""
    from pacte_desktop.domain.entities import specs

    out: dict[str, Any] = {}
    for name, spec in specs(type(entity)).items():
        value = getattr(entity, name)
        out[name] = list(value) if isinstance(value, tuple) else value
        if spec.kind == "ref" and spec.ref and name.endswith("_id"):
            out[name[:-3]] = name_of(spec.ref, value)
    out["archived"] = entity.archived
    return out


def _displayer() -> Callable[[str, object], str]:
    """The function showing stored values as people write them, in the current language."""
    import datetime as dt

    from pacte_desktop.domain import bce, contact_rules
    from pacte_desktop.domain.messages import current_language
    from pacte_desktop.domain.text import for_terminal

    yes, no = {"fr": ("oui", "non"), "nl": ("ja", "nee"), "en": ("yes", "no")}[current_language()]
    formats: dict[str, Callable[[str], str]] = {
        "bce_number": bce.format_number,
        "phone": contact_rules.format_phone,
        "nace_code": contact_rules.format_nace,
    }

    def display(name: str, value: object) -> str:
        if value is None or value in ((), [], ""):
            return "—"
        if name in formats:
            return formats[name](str(value))
        if isinstance(value, bool):
            return yes if value else no
        if isinstance(value, list | tuple):
            return for_terminal(", ".join(str(v) for v in value))
        if isinstance(value, dt.date):
            return value.isoformat()
        return for_terminal(str(value))

    return display


def print_record(data: dict[str, Any]) -> None:
    from pacte_desktop.domain.messages import field_label

    keys = [k for k in data if not k.endswith("_id") or k == "id"]
    labels = {k: field_label(k) for k in keys}
    width = max(len(label) for label in labels.values())
    display = _displayer()
    for key in keys:
        print(f"{labels[key]:<{width}}  {display(key, data[key])}")


def print_table(rows: list[dict[str, Any]], columns: Sequence[str]) -> None:
    from pacte_desktop.domain.messages import field_label

    display = _displayer()
    cells = [[display(c, row.get(c)) for c in columns] for row in rows]
    headers = [field_label(c) for c in columns]
    widths = [max([len(h)] + [len(r[i]) for r in cells]) for i, h in enumerate(headers)]
    widths[-1] = 0  # the last column is not padded
    print("  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip())
    for r in cells:
        print("  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip())


LIST_COLUMNS = {
    "employer": ["id", "name", "bce_number", "commune", "status", "owner"],
    "contact": ["id", "name", "role", "employer", "phone", "email"],
    "opportunity": ["id", "kind", "title", "positions", "status", "employer"],
    "candidate": ["id", "code", "qualification_level", "languages", "worker"],
    "placement": ["id", "candidate", "employer", "placement_type", "start_date", "outcome"],
    "interaction": ["id", "date", "channel", "employer", "worker", "summary"],
}


class Progress:
    """A progress bar on standard error when it is a terminal; quiet when piped or redirected."""

    def __init__(self, label: str) -> None:
        self.label = label
        self.tty = sys.stderr.isatty()
        self.last_tenth = -1

    def __call__(self, done: int, total: int) -> None:
        fraction = done / total if total else 1.0
        if self.tty:
            bar = "#" * int(fraction * 30)
            sys.stderr.write(f"\r{self.label} [{bar:<30}] {fraction:4.0%} {done}/{total}")
            sys.stderr.flush()

    def finish(self) -> None:
        if self.tty:
            sys.stderr.write("\n")


# -- parser ----------------------------------------------------------------------------------
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


# -- commands --------------------------------------------------------------------------------
class Context:
    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self._store: Store | None = None

    @property
    def store(self) -> Store:
        if self._store is None:
            from pacte_desktop.store.database import Store

            self._store = Store.open(self.args.data_dir)
            self._store.on_wait = _say_waiting
            if self._store.daily_backup_error is not None:  # a full disk: warn, go on
                print(f"pacte: {self._store.daily_backup_error}", file=sys.stderr)
        return self._store

    def folder(self) -> Any:
        """The data folder, open or not (what a refused write names)."""
        from pacte_desktop.store.database import resolve_data_dir

        return self._store.data_dir if self._store else resolve_data_dir(self.args.data_dir)

    def acting_worker(self, repo: Repository) -> str | None:
        name = self.args.acting or os.environ.get("PACTE_WORKER")
        if name:
            return repo.worker_by_name(name).id
        return self.store.local("worker_id")

    def require_init(self) -> None:
        from pacte_desktop.domain.errors import StoreError

        if not self.store.local("organisation_id"):
            raise StoreError("organisation", "not_initialised", value=str(self.store.data_dir))

    def close(self) -> None:
        if self._store is not None:
            self._store.close()


def _say_waiting(sentence: str) -> None:
    """A write waits for a busy store: say so on standard error (store/busy.py)."""
    print(f"pacte: {sentence}", file=sys.stderr, flush=True)


def _resolve_ref(repo: Repository, field: str, spec: FieldSpec, value: str) -> str:
    from pacte_desktop.domain import entities

    if spec.ref == "worker":
        return repo.worker_by_name(value, field[:-3]).id
    if spec.ref == "candidate":
        found = repo.list(entities.Candidate, include_archived=True, code=value.strip())
        if found:
            return found[0].id
    cls = entities.BY_TABLE[spec.ref or ""]
    return repo.find(cls, value, field[:-3]).id


def _field_values(args: argparse.Namespace, repo: Repository, cls: type[Entity]) -> dict[str, Any]:
    from pacte_desktop.domain.entities import specs

    values: dict[str, Any] = {}
    for name, spec in specs(cls).items():
        value = None if name in ("id", "archived_at") else getattr(args, name, None)
        if value is None:
            continue
        if spec.kind == "list":
            value = [part for item in value for part in item.split(",")]
        elif spec.kind == "ref" and value != "":
            value = _resolve_ref(repo, name, spec, value)
        values[name] = value
    return values


def cmd_init(ctx: Context) -> int:
    from pacte_desktop.services.workers import init_organisation
    from pacte_desktop.store.unit_of_work import UnitOfWork

    with UnitOfWork(ctx.store, worker_id="") as uow:
        org, _worker = init_organisation(
            uow, name=ctx.args.org, org_type=ctx.args.org_type, worker=ctx.args.worker
        )
        uow.commit()
    print(org.id)
    return 0


def cmd_worker(ctx: Context) -> int:
    from pacte_desktop.domain.entities import Worker
    from pacte_desktop.services import workers
    from pacte_desktop.store.unit_of_work import UnitOfWork

    args = ctx.args
    ctx.require_init()
    if args.action == "list":
        with ctx.store.reading() as conn:
            from pacte_desktop.store.repository import Repository

            repo = Repository(conn)
            found = repo.list(
                Worker,
                order_by="name",
                include_archived=True,
                **({} if args.all else {"status": "active"}),  # type: ignore[arg-type]
            )
            rows = [record_dict(w, _handle_names(repo)) for w in found]
        if args.json:
            print_json(rows)
        else:
            print_table(rows, ["id", "name", "status", "left_on"])
        return 0
    with UnitOfWork(ctx.store) as uow:
        uow.worker_id = ctx.acting_worker(uow.repo)
        if args.action == "add":
            print(workers.add_worker(uow, name=args.name, email=args.email).id)
        elif args.action == "use":
            chosen = uow.repo.worker_by_name(args.name)
            ctx.store.set_local("worker_id", chosen.id, conn=uow.connection)
            print(chosen.id)
        else:
            from pacte_desktop.domain.entities import parse_value, specs

            leaving = uow.repo.worker_by_name(args.name, "worker", active_only=False)
            recipients = [uow.repo.worker_by_name(n, "recipients").id for n in args.to]
            on = parse_value("date", specs(Worker)["left_on"], args.date)
            result = workers.handover(uow, leaving_id=leaving.id, recipient_ids=recipients, on=on)  # type: ignore[arg-type]
            if args.json:
                print_json({"worker": result.worker.name, "moved": result.moved})
            else:
                for kind, per in result.moved.items():
                    for name, n in per.items():
                        print(f"{kind}: {n} → {name}")
                print(f"{result.worker.name}: left")
        uow.commit()
    return 0


def cmd_generic(ctx: Context) -> int:
    from pacte_desktop.domain.errors import ValidationError

    try:
        return _generic(ctx)
    except ValidationError as exc:
        if exc.code == "bce_duplicate":  # the command line's way to say "another site"
            raise ValidationError(exc.field, "bce_duplicate_cli", **exc.params) from None
        raise


def _generic(ctx: Context) -> int:
    from pacte_desktop.domain import entities
    from pacte_desktop.services import records
    from pacte_desktop.store.repository import Repository
    from pacte_desktop.store.unit_of_work import UnitOfWork

    args = ctx.args
    ctx.require_init()
    cls = getattr(entities, GENERIC[args.command])
    if args.action in ("show", "list"):
        with ctx.store.reading() as conn:
            repo = Repository(conn)
            name_of = _handle_names(repo)
            if args.action == "show":
                data = record_dict(repo.require(cls, args.id), name_of)
                if args.json:
                    print_json(data)
                else:
                    print_record(data)
                return 0
            rows = [record_dict(r, name_of) for r in _list(repo, cls, args)]
        if args.json:
            print_json(rows)
        else:
            print_table(rows, LIST_COLUMNS[args.command])
        return 0
    with UnitOfWork(ctx.store) as uow:
        uow.worker_id = ctx.acting_worker(uow.repo)
        if args.action == "add":
            values = _field_values(args, uow.repo, cls)
            if args.command in POSITIONAL_EMPLOYER:
                values["employer_id"] = uow.repo.find(
                    entities.Employer, args.employer, "employer"
                ).id
            if args.command == "interaction":
                from pacte_desktop.services.followups import log_interaction

                logged = log_interaction(
                    uow,
                    employer=values.pop("employer_id"),
                    channel=values.get("channel", ""),
                    summary=values.get("summary", ""),
                    date=values.get("date"),
                    outcome=values.get("outcome"),
                    next_action_date=values.get("next_action_date"),
                    worker_id=values.get("worker_id"),
                )
                record: Entity = logged.interaction
            else:
                defaults = {"owner_id": uow.worker_id, "worker_id": uow.worker_id}
                for key, default in defaults.items():
                    if key in entities.specs(cls) and key not in values:
                        values[key] = default
                record = records.create(
                    uow, cls, values, allow_duplicate=getattr(args, "allow_duplicate", False)
                )
            _warn(record)
            data = record_dict(record, _handle_names(uow.repo))
            uow.commit()
            if args.json:
                print_json(data)
            else:
                print(record.id)
            return 0
        if args.action == "edit":
            record = records.edit(
                uow,
                cls,
                args.id,
                _field_values(args, uow.repo, cls),
                allow_duplicate=getattr(args, "allow_duplicate", False),
            )
            _warn(record)
        elif args.action == "archive":
            record = records.archive(uow, cls, args.id)
        elif args.action == "delete":
            record = records.delete(uow, cls, args.id)
            uow.commit()
            print(record.id)
            return 0
        else:
            record = records.restore(uow, cls, args.id)
        data = record_dict(record, _handle_names(uow.repo))
        uow.commit()
    if getattr(args, "json", False):
        print_json(data)
    else:
        print(record.id)
    return 0


def _warn(record: Entity) -> None:
    """Print what the record holds that looks wrong but was kept (a postcode and commune that
    do not go together) on standard error: the command still succeeds."""
    from pacte_desktop.domain.text import for_terminal
    from pacte_desktop.domain.warnings import record_warnings

    for warning in record_warnings(record):
        print(f"pacte: {for_terminal(warning.message())}", file=sys.stderr)


def _list(repo: Repository, cls: type[Entity], args: argparse.Namespace) -> list[Entity]:
    filters: dict[str, Any] = {}
    order = {
        "Employer": "name",
        "ContactPerson": "name",
        "Opportunity": "title",
        "Candidate": "code",
        "Placement": "start_date",
        "Interaction": "date",
    }[cls.__name__]
    if getattr(args, "employer", None):
        from pacte_desktop.domain.entities import Employer

        filters["employer_id"] = repo.find(Employer, args.employer, "employer").id
    if cls.TABLE == "employer":
        if args.status:
            filters["status"] = args.status
        if args.owner:
            filters["owner_id"] = repo.worker_by_name(args.owner, "owner", active_only=False).id
        if args.commune:
            filters["commune"] = args.commune
    found = repo.list(cls, include_archived=args.archived, order_by=order, **filters)
    if cls.TABLE == "employer" and args.tag:
        found = [e for e in found if args.tag in e.tags]  # type: ignore[attr-defined]
    return found if args.limit is None else found[: args.limit]


def cmd_followups(ctx: Context) -> int:
    import dataclasses

    from pacte_desktop.domain.entities import FollowUp, parse_value, specs
    from pacte_desktop.services.followups import due
    from pacte_desktop.store.repository import Repository

    args = ctx.args
    ctx.require_init()
    before = parse_value("due_date", specs(FollowUp)["due_date"], args.due_before)
    with ctx.store.reading() as conn:
        repo = Repository(conn)
        worker = repo.worker_by_name(args.worker, active_only=False).id if args.worker else None
        found = due(conn, before=before, worker_id=worker)  # type: ignore[arg-type]
    rows = [dataclasses.asdict(f) for f in found]
    for row in rows:
        row["employer"], row["worker"] = row["employer_name"], row["worker_name"]
    if args.json:
        print_json(rows)
    else:
        print_table(rows, ["id", "due_date", "employer", "worker", "action"])
    return 0


def cmd_followup(ctx: Context) -> int:
    from pacte_desktop.services import followups
    from pacte_desktop.store.unit_of_work import UnitOfWork

    args = ctx.args
    ctx.require_init()
    with UnitOfWork(ctx.store) as uow:
        uow.worker_id = ctx.acting_worker(uow.repo)
        if args.action == "done":
            record = followups.complete(uow, args.id)
        elif args.action == "postpone":
            record = followups.postpone(uow, args.id, args.date)
        else:
            record = followups.reassign(uow, args.id, uow.repo.worker_by_name(args.worker).id)
        uow.commit()
    print(record.id)
    return 0


def cmd_search(ctx: Context) -> int:
    from pacte_desktop.domain.entities import Employer
    from pacte_desktop.store.repository import Repository

    args = ctx.args
    with ctx.store.reading() as conn:
        repo = Repository(conn)
        name_of = _handle_names(repo)
        rows = []
        for employer_id in repo.search_employer_ids(args.text, limit=args.limit):
            employer = repo.get(Employer, employer_id)
            assert employer is not None
            rows.append(record_dict(employer, name_of))
    if args.json:
        print_json(rows)
    else:
        print_table(rows, LIST_COLUMNS["employer"])
    return 0


def cmd_history(ctx: Context) -> int:
    import datetime as dt
    from json import loads as json_loads

    from pacte_desktop.store.repository import Repository

    args = ctx.args
    with ctx.store.reading() as conn:
        repo = Repository(conn)
        row_id = args.id
        entries = repo.history(row_id)
        if not entries and len(row_id) >= 6:
            matches = (
                conn.exec_driver_sql(
                    "SELECT DISTINCT row_id FROM journal WHERE row_id LIKE ? LIMIT 2",
                    (row_id.replace("%", "") + "%",),
                )
                .scalars()
                .all()
            )
            if len(matches) == 1:
                entries = repo.history(matches[0])
        if not entries:
            from pacte_desktop.domain.errors import NotFoundError

            raise NotFoundError("id", "not_found", value=row_id)
        workers = repo.worker_names()
    rows = []
    for entry in entries:
        wall_ms = int(entry["hlc"].split("-", 1)[0])
        rows.append(
            {
                "hlc": entry["hlc"],
                "time": dt.datetime.fromtimestamp(wall_ms / 1000, dt.UTC).isoformat(
                    timespec="seconds"
                ),
                "device_id": entry["device_id"],
                "worker_id": entry["worker_id"],
                "worker": workers.get(entry["worker_id"] or ""),
                "table": entry["table_name"],
                "row_id": entry["row_id"],
                "op": entry["op"],
                "fields": json_loads(entry["fields"]),
            }
        )
    if args.json:
        print_json(rows)
    else:
        for row in rows:
            changes = ", ".join(f"{k}={v!r}" for k, v in row["fields"].items())
            print(f"{row['time']}  {row['worker'] or '—'}  {row['op']}  {changes}")
    return 0


def cmd_demo(ctx: Context) -> int:
    from pacte_desktop.demo.fill import fill_demo
    from pacte_desktop.domain.messages import render
    from pacte_desktop.store.unit_of_work import UnitOfWork

    progress = Progress("demo")
    with UnitOfWork(ctx.store) as uow:
        try:
            summary = fill_demo(
                uow, employers=ctx.args.employers, seed=ctx.args.seed, progress=progress
            )
        except KeyboardInterrupt:
            if not uow.committed_rows:
                raise
            progress.finish()
            said = render("demo_interrupted", "store", {"count": uow.committed_rows})
            print(f"pacte: {said}", file=sys.stderr)
            return 130
        uow.commit()
    progress.finish()
    import dataclasses

    for key, value in dataclasses.asdict(summary).items():
        print(f"{key}: {value}")
    return 0


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
    ctx._store = None
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


def cmd_charter(ctx: Context) -> int:
    import dataclasses

    from pacte_desktop.services.sharing import what_we_share

    ctx.require_init()
    organisation_id = ctx.store.local("organisation_id") or ""
    from pacte_desktop.sync.engine import effective_charter

    charter = effective_charter(ctx.store)
    with ctx.store.reading() as conn:
        tables = what_we_share(conn, organisation_id, charter=charter)
    if ctx.args.json:
        print_json([dataclasses.asdict(t) for t in tables])
        return 0
    lang = _lang()
    leaves = {"fr": "part", "nl": "gaat weg", "en": "leaves"}[lang]
    stays = {"fr": "reste", "nl": "blijft", "en": "stays"}[lang]
    aggregate = {
        "fr": "seulement des totaux (moins de 5 : masqués)",
        "nl": "alleen totalen (minder dan 5: verborgen)",
        "en": "totals only (under 5: hidden)",
    }[lang]
    for table in tables:
        count = aggregate if table.aggregate_only else str(table.records)
        print(f"{table.label}: {count}")
        for f in table.fields:
            print(f"    {leaves if f.shared else stays:<9} {f.label}")
    return 0


def _print_summary(summary: Any) -> None:
    lang = _lang()
    words = {
        "fr": ("envoyé", "reçu", "fichiers", "opérations", "conflits", "en attente", "refusés"),
        "nl": (
            "verstuurd",
            "ontvangen",
            "bestanden",
            "bewerkingen",
            "conflicten",
            "wachtend",
            "geweigerd",
        ),
        "en": ("sent", "received", "files", "operations", "conflicts", "waiting", "rejected"),
    }[lang]
    sent, received, files, ops, conflicts, waiting, rejected = words
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
    from pacte_desktop.sync import engine, replication

    args = ctx.args
    store = ctx.store
    if args.action in ("devices", "revoke", "passphrase"):
        return _sync_keys(ctx)
    if args.action == "setup":
        engine.ensure_open(store, engine.asked())
        for name in ("org_webdav", "network_webdav"):
            if (
                getattr(args, name)
                and not (args.user and args.password_env)
                and (args.user or args.password_env)
            ):
                raise PacteError("sync", "passphrase_required", value="--user/--password-env")
        if args.org_folder or args.org_webdav:
            location = (
                engine.Location("folder", args.org_folder)
                if args.org_folder
                else engine.Location("webdav", args.org_webdav, args.user, args.password_env)
            )
            if not store.local("organisation_id") and not args.worker:
                from pacte_desktop.domain.errors import ValidationError

                raise ValidationError("worker", "required")
            result = engine.setup_org(store, location, worker=args.worker)
            if args.worker:
                from pacte_desktop.services.workers import use_worker

                use_worker(store, args.worker)
        else:
            ctx.require_init()
            location = (
                engine.Location("folder", args.network_folder)
                if args.network_folder
                else engine.Location("webdav", args.network_webdav, args.user, args.password_env)
            )
            result = engine.setup_network(
                store, location, coordinator=args.coordinator, network_name=args.network_name
            )
        verb = {
            "fr": ("créé", "rejoint"),
            "nl": ("aangemaakt", "aangesloten"),
            "en": ("created", "joined"),
        }[_lang()]
        print(
            f"{result.scope}: {result.name} ({result.root_id}) {verb[0 if result.created else 1]}"
        )
        if result.scope == "network":
            # Pending until the coordinator admits it: say so, with the key to compare.
            _print_members([m for m in engine.network_members(store) if m.this_organisation])
        if result.pass_summary is not None:
            _print_summary(result.pass_summary)
            return 0 if result.pass_summary.ok else 1
        return 0
    if args.action == "status":
        rows = engine.status(store)
        if args.json:
            import dataclasses

            print_json([dataclasses.asdict(r) for r in rows])
            return 0
        words = _STATUS_WORDS[_lang()]
        for row in rows:
            scope = words[row.scope]
            if not row.configured:
                print(f"{scope}: {words['not_set_up']}")
                continue
            last = row.last_pass or {}
            print(f"{scope}: {row.location}")
            print(
                f"    {words['last_pass']}: {last.get('finished_at', '-')}"
                + (f" — {last['error']}" if last.get("error") else "")
            )
            print(f"    {words['pending']}: {row.pending_ops}")
            if last.get("clock_offset_s") is not None:
                print(f"    {words['clock']}: {last['clock_offset_s']:+.1f} s")
            if last.get("clock_warning"):
                print(f"    {last['clock_warning']}")
            if last.get("publish_error"):
                print(f"    {words['not_sent']}: {last['publish_error']}")
            if row.scope == "org":
                print(f"    {words['conflicts']}: {row.open_conflicts}")
                print(f"    {words['parked']}: {row.parked}")
            for item in row.rejected:
                kind = words["fork" if item["code"] == "sync_fork" else "rejected"]
                print(f"    {kind}: {item['path']}: {item['message']}")
        return 0
    if args.action == "conflicts":
        from pacte_desktop.domain.messages import field_label

        with store.reading() as conn:
            found = replication.conflicts(conn, status=None if args.all else "open")
        if args.json:
            import dataclasses

            print_json([dataclasses.asdict(r) for r in found])
            return 0
        words = _STATUS_WORDS[_lang()]
        for c in found:
            kind = words["after_delete" if c.kind == "edit after delete" else "concurrent"]
            print(
                f"{c.id}\t{field_label(c.table)} {c.row_id[:13]}\t{field_label(c.field)}\t"
                f"{kind}\t{c.lost_value!r} -> {c.won_value!r}\t{words.get(c.status, c.status)}"
            )
        return 0
    if args.action == "reinstate":
        ctx.require_init()
        with store.reading() as conn:
            from pacte_desktop.store.repository import Repository

            worker = ctx.acting_worker(Repository(conn))
        engine.reinstate(store, args.id, worker)
        print(args.id)
        return 0
    if args.action == "dismiss":
        engine.dismiss(store, args.id)
        print(args.id)
        return 0
    if args.action == "accept-fork":
        scopes = engine.SCOPES if args.scope == "all" else (args.scope,)
        for device in engine.accept_fork(store, args.device, scopes=scopes):
            print(f"{device}\t{_STATUS_WORDS[_lang()]['fork_accepted']}")
        return 0
    scopes = engine.SCOPES if args.scope == "all" else (args.scope,)
    state = engine.LocalState(store)
    configured = [s for s in scopes if state.configured(s)]
    if not configured:
        raise PacteError("sync", "sync_not_setup", value=args.scope)
    progress = None
    if sys.stderr.isatty():

        def progress(stage: str, done: int, total: int) -> None:
            print(f"\r{stage} {done}" + (f"/{total}" if total else ""), end="", file=sys.stderr)

    summary = engine.sync_pass(
        store, scopes=tuple(configured), progress=progress, passphrases=engine.asked()
    )
    if progress is not None:
        print(file=sys.stderr)
    _print_summary(summary)
    return 0 if summary.ok else 1


def _sync_keys(ctx: Context) -> int:
    """``pacte sync devices | revoke | passphrase`` (sync/devices.py, passphrase_change.py)."""
    import dataclasses

    from pacte_desktop.domain.errors import PacteError
    from pacte_desktop.sync import devices, engine, passphrase_change, state

    args, store = ctx.args, ctx.store
    words = _DEVICE_WORDS[_lang()]
    engine.ensure_open(store, engine.asked())
    if args.action == "devices":
        found = devices.devices(store)
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
                words[d.status]
                + (f" ({words['after']} {d.revoked_after})" if d.revoked_after is not None else ""),
            ]
            for d in found
        ]
        _print_rows(words["columns"], rows)
        return 0
    if args.action == "revoke":
        target = devices.find_device(store, args.device)
        if not args.yes:
            question = words["confirm"].format(
                device=target.name or target.device_id, worker=target.worker or "-"
            )
            if not sys.stdin.isatty():
                raise PacteError("sync", "confirmation_required")
            if input(question).strip().lower() not in words["yes"]:
                print(words["nothing"])
                return 1
        done = devices.revoke(store, target.device_id)
        print(
            words["done"].format(
                device=target.name or target.device_id, last=done.last_seq, epoch=done.epoch
            )
        )
        for device in done.without_box:
            print(f"    {words['without_box']}: {device}")
        return 0
    scope = "network" if args.network else "org"
    old = state.passphrase(state.PASSPHRASE_ENV[scope], words[f"old_{scope}"])
    names = passphrase_change.scope_names(store, scope)
    new = state.passphrase(
        "PACTE_NEW_ORG_PASSPHRASE" if scope == "org" else "PACTE_NEW_NETWORK_PASSPHRASE",
        words[f"new_{scope}"],
        confirm=True,
        names=names,
    )
    changed = passphrase_change.change_passphrase(store, scope, old=old, new=new)
    print(words["changed"].format(epoch=changed.epoch))
    for device in changed.without_box:
        print(f"    {words['without_box']}: {device}")
    return 0


def _print_rows(headers: Sequence[str], rows: list[list[str]]) -> None:
    widths = [max([len(h)] + [len(r[i]) for r in rows]) for i, h in enumerate(headers)]
    widths[-1] = 0
    for line in [list(headers), *rows]:
        print("  ".join(c.ljust(w) for c, w in zip(line, widths, strict=True)).rstrip())


_DEVICE_WORDS: dict[str, dict[str, Any]] = {
    "fr": {
        "columns": ("appareil", "nom", "travailleur", "dernier fichier", "certifié par", "statut"),
        "active": "actif",
        "revoked": "révoqué",
        "after": "fichiers acceptés jusqu'au n°",
        "confirm": "Révoquer l'appareil « {device} » (travailleur : {worker}) ? Ses fichiers "
        "suivants seront refusés et les clés renouvelées. [o/N] ",
        "yes": ("o", "oui", "y", "yes"),
        "nothing": "Rien n'a été fait.",
        "done": "Appareil « {device} » révoqué : ses fichiers sont acceptés jusqu'au n° {last} "
        "; nouvelles clés (époque {epoch}).",
        "without_box": "ce poste devra saisir la phrase secrète pour recevoir la nouvelle clé",
        "old_org": "phrase secrète actuelle de l'organisation",
        "new_org": "nouvelle phrase secrète de l'organisation",
        "old_network": "phrase secrète actuelle du réseau",
        "new_network": "nouvelle phrase secrète du réseau",
        "changed": "Phrase secrète changée (clés de l'époque {epoch}).",
    },
    "nl": {
        "columns": (
            "toestel",
            "naam",
            "medewerker",
            "laatste bestand",
            "gecertificeerd door",
            "status",
        ),
        "active": "actief",
        "revoked": "ingetrokken",
        "after": "bestanden aanvaard tot nr.",
        "confirm": "Toestel '{device}' (medewerker: {worker}) intrekken? Zijn volgende "
        "bestanden worden geweigerd en de sleutels vernieuwd. [j/N] ",
        "yes": ("j", "ja", "y", "yes"),
        "nothing": "Er is niets gedaan.",
        "done": "Toestel '{device}' ingetrokken: zijn bestanden worden aanvaard tot nr. {last}; "
        "nieuwe sleutels (tijdvak {epoch}).",
        "without_box": "deze werkpost zal de wachtzin moeten typen om de nieuwe sleutel te "
        "ontvangen",
        "old_org": "huidige wachtzin van de organisatie",
        "new_org": "nieuwe wachtzin van de organisatie",
        "old_network": "huidige wachtzin van het netwerk",
        "new_network": "nieuwe wachtzin van het netwerk",
        "changed": "Wachtzin gewijzigd (sleutels van tijdvak {epoch}).",
    },
    "en": {
        "columns": ("device", "name", "worker", "last file", "certified by", "status"),
        "active": "active",
        "revoked": "revoked",
        "after": "files accepted up to no.",
        "confirm": "Revoke device '{device}' (worker: {worker})? Its later files will be "
        "refused and the keys renewed. [y/N] ",
        "yes": ("y", "yes"),
        "nothing": "Nothing was done.",
        "done": "Device '{device}' revoked: its files are accepted up to no. {last}; new keys "
        "(epoch {epoch}).",
        "without_box": "this workstation will have to type the passphrase to receive the new key",
        "old_org": "current organisation passphrase",
        "new_org": "new organisation passphrase",
        "old_network": "current network passphrase",
        "new_network": "new network passphrase",
        "changed": "Passphrase changed (keys of epoch {epoch}).",
    },
}
_STATUS_WORDS = {
    "fr": {
        "org": "organisation",
        "network": "réseau",
        "not_set_up": "non configurée",
        "last_pass": "dernière synchronisation",
        "pending": "opérations en attente d'envoi",
        "clock": "décalage d'horloge",
        "conflicts": "conflits ouverts",
        "parked": "opérations en attente d'une mise à jour",
        "rejected": "refusé",
        "fork": "bifurcation",
        "fork_accepted": "bifurcation acceptée : les deux branches seront appliquées à la "
        "prochaine synchronisation",
        "not_sent": "envoi impossible",
        "concurrent": "modifications simultanées",
        "after_delete": "modifiée après suppression",
        "open": "ouvert",
        "reinstated": "rétabli",
        "dismissed": "ignoré",
    },
    "nl": {
        "org": "organisatie",
        "network": "netwerk",
        "not_set_up": "niet ingesteld",
        "last_pass": "laatste synchronisatie",
        "pending": "bewerkingen die nog verstuurd moeten worden",
        "clock": "klokverschil",
        "conflicts": "open conflicten",
        "parked": "bewerkingen die op een update wachten",
        "rejected": "geweigerd",
        "fork": "splitsing",
        "fork_accepted": "splitsing aanvaard: beide takken worden bij de volgende "
        "synchronisatie toegepast",
        "not_sent": "versturen onmogelijk",
        "concurrent": "gelijktijdige wijzigingen",
        "after_delete": "gewijzigd na verwijdering",
        "open": "open",
        "reinstated": "teruggezet",
        "dismissed": "genegeerd",
    },
    "en": {
        "org": "organisation",
        "network": "network",
        "not_set_up": "not set up",
        "last_pass": "last pass",
        "pending": "operations waiting to be sent",
        "clock": "clock offset",
        "conflicts": "open conflicts",
        "parked": "operations waiting for an upgrade",
        "rejected": "rejected",
        "fork": "fork",
        "fork_accepted": "fork accepted: both branches will be applied at the next sync",
        "not_sent": "cannot send",
        "concurrent": "concurrent edits",
        "after_delete": "edited after a delete",
        "open": "open",
        "reinstated": "reinstated",
        "dismissed": "dismissed",
    },
}


def _period(args: argparse.Namespace) -> tuple[dt.date, dt.date]:
    import datetime as dt

    from pacte_desktop.domain.entities import FieldSpec, parse_value

    spec = FieldSpec(kind="date", required=True)
    start = parse_value("start_date", spec, args.start)
    end = parse_value("end_date", spec, args.end)
    assert isinstance(start, dt.date) and isinstance(end, dt.date)
    if end < start:
        from pacte_desktop.domain.errors import ValidationError

        raise ValidationError(
            "end_date", "end_before_start", start=start.isoformat(), end=end.isoformat()
        )
    return start, end


def cmd_export(ctx: Context) -> int:
    from pathlib import Path

    args = ctx.args
    ctx.require_init()
    out = Path(args.output)
    progress = Progress(f"export {args.action}")
    if args.action == "directory":
        from pacte_desktop.services.reports import export_directory

        count = export_directory(
            ctx.store,
            out,
            shareable_only=args.shareable_only,
            tag=args.tag,
            commune=args.commune,
            status=args.status,
            lang=_lang(),
            progress=progress,
        )
    elif args.action == "placements":
        from pacte_desktop.services.reports import export_placements

        start, end = _period(args)
        count = export_placements(
            ctx.store, out, start=start, end=end, lang=_lang(), progress=progress
        )
    else:
        from pacte_desktop.services.reports import export_followups

        count = export_followups(
            ctx.store, out, worker=args.worker, lang=_lang(), progress=progress
        )
    progress.finish()
    print(f"{out}\t{count}")
    return 0


def cmd_report(ctx: Context) -> int:
    from pathlib import Path

    from pacte_desktop.services.reports import report_placements

    args = ctx.args
    ctx.require_init()
    start, end = _period(args)
    progress = Progress("report placements")
    count = report_placements(
        ctx.store, Path(args.output), start=start, end=end, lang=_lang(), progress=progress
    )
    progress.finish()
    print(f"{args.output}\t{count}")
    return 0


def _import_columns(args: argparse.Namespace) -> int:
    from pathlib import Path

    from pacte_desktop.imports.columns import preview_columns
    from pacte_desktop.services.imports.employers import save_mapping

    preview = preview_columns(Path(args.file), mapping=Path(args.mapping) if args.mapping else None)
    if args.save_mapping:
        save_mapping(Path(args.save_mapping), {c.header: c.field for c in preview.columns})
    if args.json:
        print_json(
            {
                "row": preview.row,
                "recognised": preview.recognised,
                "columns": [
                    {"header": c.header, "field": c.field, "samples": list(c.samples)}
                    for c in preview.columns
                ],
            }
        )
    else:
        for c in preview.columns:
            print("\t".join([c.header, c.field or "-", " · ".join(c.samples)]))
    return 0


def cmd_import(ctx: Context) -> int:
    from pathlib import Path

    args = ctx.args
    if args.action == "columns":  # reads the file only: no store needed
        return _import_columns(args)
    ctx.require_init()
    if args.action == "list":
        from pacte_desktop.services.imports.batches import list_batches

        batches = list_batches(ctx.store)
        if args.json:
            print_json(batches)
        else:
            # id, file, date, created, updated, rejected, reverted (its date, or "-"), unchanged
            for b in batches:
                cells = [str(b.get(k, "")) for k in ("id", "file", "date", "created", "updated")]
                cells.append(str(b.get("rejected", "")))
                cells.append(str(b.get("reverted_at") or "-"))
                cells.append(str(b.get("unchanged", "")))
                print("\t".join(cells))
        return 0
    with ctx.store.reading() as conn:
        from pacte_desktop.store.repository import Repository

        worker = ctx.acting_worker(Repository(conn))
    if args.action == "revert":
        from pacte_desktop.services.imports.batches import revert_batch

        count = revert_batch(ctx.store, args.batch, worker_id=worker)
        print(f"{args.batch}\t{count}")
        return 0
    progress = Progress(f"import {args.action}")
    if args.action == "employers":
        from pacte_desktop.services.imports.employers import import_employers

        report = import_employers(
            ctx.store,
            Path(args.file),
            mapping=Path(args.mapping) if args.mapping else None,
            dry_run=args.dry_run,
            worker_id=worker,
            progress=progress,
        )
    else:
        from pacte_desktop.services.imports.kbo import import_kbo

        report = import_kbo(
            ctx.store,
            Path(args.path),
            postcodes=tuple(args.postcode or ("1060",)),
            dry_run=args.dry_run,
            worker_id=worker,
            progress=progress,
        )
    progress.finish()
    for row, field, message in [*report.rejected, *report.warnings]:
        print(f"{row}\t{field}\t{message}", file=sys.stderr)
    created, updated, unchanged, rejected = {
        "fr": ("créés", "mis à jour", "inchangés", "rejetés"),
        "nl": ("aangemaakt", "bijgewerkt", "ongewijzigd", "geweigerd"),
        "en": ("created", "updated", "unchanged", "rejected"),
    }[_lang()]
    print(
        f"{report.batch_id or '-'}\t{created} {report.created}\t{updated} {report.updated}\t"
        f"{unchanged} {report.unchanged}\t{rejected} {len(report.rejected)}"
    )
    return 0


_MEMBER_WORDS = {
    "fr": {"admitted": "admise", "pending": "en attente", "removed": "retirée",
           "coordinator": "coordination", "us": "nous", "key": "empreinte de clé",
           "latest": "dernier fichier",
           "rekey": "pour qu'elle ne lise plus rien de ce qui sera écrit, changez la phrase "
                    "secrète du réseau : pacte sync passphrase --network"},
    "nl": {"admitted": "toegelaten", "pending": "in afwachting", "removed": "verwijderd",
           "coordinator": "coördinatie", "us": "wij", "key": "sleutelvingerafdruk",
           "latest": "laatste bestand",
           "rekey": "opdat ze niets meer leest van wat nog geschreven wordt, wijzig de wachtzin "
                    "van het netwerk: pacte sync passphrase --network"},
    "en": {"admitted": "admitted", "pending": "pending", "removed": "removed",
           "coordinator": "coordinator", "us": "us", "key": "key fingerprint",
           "latest": "latest file",
           "rekey": "so that it reads nothing written from now on, change the network's "
                    "passphrase: pacte sync passphrase --network"},
}  # fmt: skip


def _print_members(members: list[Any]) -> None:
    words = _MEMBER_WORDS[_lang()]
    for m in members:
        marks = [words["coordinator"]] if m.coordinator else []
        marks += [words["us"]] if m.this_organisation else []
        name = f"{m.name} ({', '.join(marks)})" if marks else m.name
        print(
            f"{name}\t{m.org_id}\t{words[m.status]}\t{words['key']} {m.fingerprint or '-'}\t"
            f"{words['latest']} {m.latest_file or '-'} {m.latest_at or ''}".rstrip()
        )


def cmd_network(ctx: Context) -> int:
    import dataclasses

    from pacte_desktop.sync import engine

    ctx.require_init()
    action = ctx.args.action
    if action in ("admit", "remove"):
        # The coordinator's key is in the vault: unsealed by the passphrase where no credential
        # store holds the vault's key (as `pacte sync` does).
        engine.ensure_open(ctx.store, engine.asked())
        act = engine.admit_member if action == "admit" else engine.remove_member
        _print_members([act(ctx.store, ctx.args.org)])
        if action == "remove":
            print(_MEMBER_WORDS[_lang()]["rekey"], file=sys.stderr)
        return 0
    if action == "members":
        members = engine.network_members(ctx.store)
        if ctx.args.json:
            print_json([dataclasses.asdict(m) for m in members])
        else:
            _print_members(members)
        return 0
    rows = engine.network_records(ctx.store)
    if ctx.args.json:
        print_json(rows)
        return 0
    print_table(
        [{**r, "bce_number": r.get("bce_number") or ""} for r in rows],
        ["name", "bce_number", "postcode", "phone", "email", "organisation", "latest_contact"],
    )
    return 0


def _lang() -> str:
    from pacte_desktop.domain.messages import current_language

    return current_language()


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


COMMANDS: dict[str, Callable[[Context], int]] = {
    "init": cmd_init,
    "worker": cmd_worker,
    "followups": cmd_followups,
    "followup": cmd_followup,
    "search": cmd_search,
    "history": cmd_history,
    "demo": cmd_demo,
    "backup": cmd_backup,
    "charter": cmd_charter,
    "restore": cmd_restore,
    "settings": cmd_settings,
    "sync": cmd_sync,
    "network": cmd_network,
    "export": cmd_export,
    "report": cmd_report,
    "import": cmd_import,
    **{name: cmd_generic for name in GENERIC},
}


def _asked_language(argv: Sequence[str]) -> str | None:
    """The language of ``--lang`` (or PACTE_LANG), read before parsing so that the parser's
    own refusals (a number out of bounds) are in it too."""
    for index, word in enumerate(argv):
        if word == "--lang" and index + 1 < len(argv):
            return argv[index + 1]
        if word.startswith("--lang="):
            return word.split("=", 1)[1]
    return os.environ.get("PACTE_LANG")


def _undecodable(argv: Sequence[str]) -> tuple[str, str] | None:
    """The first argument that was not valid UTF-8 (its bytes come in as lone surrogates) and
    the option it belongs to, else None: such text cannot be stored, searched nor printed."""
    for index, word in enumerate(argv):
        if any("\udc80" <= c <= "\udcff" for c in word):
            shown = word.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
            if word.startswith("--") and "=" in word:
                return word.split("=", 1)[0], shown.split("=", 1)[1]
            before = argv[index - 1] if index else ""
            return (before if before.startswith("-") else f"#{index + 1}"), shown
    return None


class _SafeOutput:
    """An output stream that never passes a control character but the newlines and tabs a
    command lays out its lines with (see ``domain/text.py``), and on standard error the
    carriage returns of a progress bar: whatever a record, a file name or a message holds,
    the terminal only shows it."""

    def __init__(self, stream: Any, *, carriage_returns: bool = False) -> None:
        from pacte_desktop.domain.text import for_output

        self._stream = stream
        self._carriage_returns = carriage_returns
        self._clean = for_output  # looked up once: every printed line passes here

    def write(self, text: str) -> int:
        clean = self._clean
        if self._carriage_returns:
            safe = "\r".join(clean(part) for part in text.split("\r"))
        else:
            safe = clean(text)
        return int(self._stream.write(safe))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


def _damage_found(args: argparse.Namespace, exc: BaseException) -> PacteError | None:
    """A read or write that met a damaged page: remembered (the next open refuses writes) and
    said with the latest good backup and the command to restore it."""
    from pacte_desktop.store import backup, database

    orig = getattr(exc, "orig", None) or exc
    if not backup.is_damage(orig):
        return None
    path = database.resolve_data_dir(args.data_dir) / database.STORE_FILE
    database.record_check(path, str(orig))
    return database.damaged(path, str(orig), "store_damaged_writes")


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv in (["--version"], ["-V"]):  # the fast path: nothing heavy imported
        print(f"pacte {__version__}")
        return 0
    stdout, stderr = sys.stdout, sys.stderr
    sys.stdout = _SafeOutput(stdout)
    sys.stderr = _SafeOutput(stderr, carriage_returns=True)
    try:
        return _main(argv)
    finally:
        sys.stdout, sys.stderr = stdout, stderr


def _typed_passphrase(what: str, check: Callable[[str], None] | None) -> str | None:
    """A passphrase typed in on the terminal, or None without one (sync then names the
    variable to set). ``check``: a new passphrase, checked, then typed again to confirm it."""
    import getpass

    from pacte_desktop.domain.errors import PacteError

    if not sys.stdin.isatty():
        return None
    value = getpass.getpass(f"{what}: ")
    if check is not None:
        check(value)
        if getpass.getpass(f"{what} (again): ") != value:
            raise PacteError("passphrase", "passphrase_mismatch")
    return value


def _main(argv: list[str]) -> int:
    from pacte_desktop.domain import messages
    from pacte_desktop.domain.errors import PacteError
    from pacte_desktop.domain.text import for_terminal

    asked = _asked_language(argv)
    if asked in messages.LANGUAGES:
        messages.set_language(asked)
    args = build_parser().parse_args(argv)
    bad = _undecodable(argv)
    if bad is not None:
        from pacte_desktop.domain.errors import ValidationError

        print(f"pacte: {ValidationError(bad[0], 'not_utf8', value=bad[1])}", file=sys.stderr)
        return 2
    lang = args.lang or os.environ.get("PACTE_LANG")
    ctx = Context(args)
    from pacte_desktop.store import connections
    from pacte_desktop.sync import state

    connections.WAIT_NOTICE[:] = [lambda text: print(f"pacte: {text}", file=sys.stderr, flush=True)]
    state.ASK[:] = [_typed_passphrase]
    try:
        if lang:
            messages.set_language(lang)
        elif args.command not in ("restore",):
            messages.set_language(ctx.store.setting("language"))
        return COMMANDS[args.command](ctx)
    except PacteError as exc:
        print(f"pacte: {for_terminal(str(exc))}", file=sys.stderr)
        return 1
    except ValueError as exc:
        print(f"pacte: {for_terminal(str(exc))}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        # The reader (`| head`) stopped early: not an error; silence the interpreter's report.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except OSError as exc:  # a file the command had to read or write, named with the reason
        from pacte_desktop.reports.output import reason_of
        from pacte_desktop.store.failures import as_pacte_error

        said = as_pacte_error(exc, None) or f"{exc.filename or ''}: {reason_of(exc)}"
        print(f"pacte: {said}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("pacte: interrupted, nothing written", file=sys.stderr)
        return 130
    except Exception as exc:  # SQLite refusing: a damaged page, a full disk, a read-only folder
        from pacte_desktop.store.failures import as_pacte_error

        error = _damage_found(args, exc) or as_pacte_error(exc, ctx.folder())
        if error is None:
            raise
        print(f"pacte: {error}", file=sys.stderr)
        return 1
    finally:
        ctx.close()


if __name__ == "__main__":
    raise SystemExit(main())
