"""Every writing command of ``pacte`` reaches every workstation (issue 10, point 1).

The rule: whatever a workstation writes to its replicated tables, sync carries to every other
workstation of the organisation, and a workstation that joins later gets it too. A handover once
broke it: its ``handover`` and ``leave`` entries were journalled, published and refused by every
other workstation, which then received nothing after them.

How this test holds the rule for every command, including the ones added later:

- Every leaf command of the real parser is classified below. ``WRITE``: journals replicated
  records, so sync must carry it. ``LOCAL``: changes only this workstation (its settings, its
  current worker, its conflict list, a file beside the store). ``READ``: reads the store (and may
  write a file outside it). ``PASS``: sync itself. ``RESTORE``: puts a backup back, after which a
  pass brings the workstation forward again. A command the parser has and the test does not
  classify fails, and so does one the test classifies and the parser no longer has.
- One scenario runs every classified command through the CLI, on real stores and a real folder
  root, and checks each call against its class: a ``READ`` or ``LOCAL`` call journals nothing
  and changes no replicated row; a ``WRITE`` call journals only kinds sync carries
  (``store.operations.OP_KINDS``), and each ``WRITE`` command journals something at least once.
- After passes, the second workstation and a third that joins late (from a snapshot and the
  files after it) hold the same replicated rows and journal as the first; no workstation refused
  or parked a file; the journal holds every kind of ``OP_KINDS`` and no other.
"""

from __future__ import annotations

import argparse
import csv
import json
import shlex
import sqlite3
import zipfile
from collections.abc import Callable, Iterator
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from pacte_desktop.cli.parser import build_parser
from pacte_desktop.domain import bce
from pacte_desktop.store.database import STORE_FILE, Store
from pacte_desktop.store.operations import OP_KINDS
from pacte_desktop.store.schema import REPLICATED_TABLES
from pacte_desktop.sync import engine

PASSPHRASE = "correct horse battery staple"

WRITE, LOCAL, READ, PASS, RESTORE = "write", "local", "read", "pass", "restore"
#: Writes only a shared folder (admissions, revocations, key epochs): no journal entry, no record
#: changed.
FOLDER = "folder"
RECORDS = ("employer", "contact", "opportunity", "candidate", "placement", "interaction")

#: Every leaf command of ``pacte``, by its words, and what it does to the store.
CLASSES: dict[tuple[str, ...], str] = {
    ("init",): WRITE,
    ("worker", "add"): WRITE,
    ("worker", "leave"): WRITE,  # the handover
    ("worker", "use"): LOCAL,  # this workstation's current worker
    ("worker", "list"): READ,
    **{(r, a): WRITE for r in RECORDS for a in ("add", "edit", "archive", "restore", "delete")},
    **{(r, a): READ for r in RECORDS for a in ("show", "list")},
    ("followups",): READ,
    ("followup", "done"): WRITE,
    ("followup", "postpone"): WRITE,
    ("followup", "reassign"): WRITE,
    ("search",): READ,
    ("history",): READ,
    ("demo",): WRITE,
    ("backup",): LOCAL,  # a file beside the store
    ("restore",): RESTORE,
    ("charter", "show"): READ,
    ("sync",): PASS,
    ("sync", "setup"): WRITE,  # joining as a new worker adds the worker
    ("sync", "status"): READ,
    ("sync", "conflicts"): READ,
    ("sync", "reinstate"): WRITE,
    ("sync", "dismiss"): LOCAL,  # the conflict list is the workstation's own
    ("sync", "devices"): READ,
    ("sync", "revoke"): FOLDER,  # a signed revocation and new keys in the shared folder
    ("sync", "passphrase"): FOLDER,  # a new key epoch sealed by the new passphrase
    ("sync", "accept-fork"): LOCAL,  # a workstation's own decision about a device's files
    ("export", "directory"): READ,  # exports and reports write a file outside the store
    ("export", "placements"): READ,
    ("export", "followups"): READ,
    ("report", "placements"): READ,
    ("import", "employers"): WRITE,
    ("import", "kbo"): WRITE,
    ("import", "revert"): WRITE,
    ("import", "list"): READ,
    ("import", "columns"): READ,
    ("network", "employers"): READ,
    ("network", "members"): READ,
    ("network", "admit"): FOLDER,
    ("network", "remove"): FOLDER,
    ("network", "knows"): READ,
    ("dedupe", "scan"): READ,
    ("dedupe", "merge"): WRITE,
    ("dedupe", "undo"): WRITE,
    ("dedupe", "distinct"): WRITE,
    ("dedupe", "link"): WRITE,
    ("settings", "list"): READ,
    ("settings", "set"): LOCAL,  # settings are the workstation's own
}


# --- the parser's commands -------------------------------------------------------------------
def _subcommands(parser: argparse.ArgumentParser) -> argparse._SubParsersAction[Any] | None:
    found = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    return found[0] if found else None


def leaves(
    parser: argparse.ArgumentParser, path: tuple[str, ...] = ()
) -> Iterator[tuple[str, ...]]:
    """Every command the parser runs, as its words (``sync`` alone is one, ``sync setup`` too)."""
    sub = _subcommands(parser)
    if sub is None or not sub.required:
        yield path
    if sub is not None:
        for name, child in sub.choices.items():
            yield from leaves(child, (*path, name))


def leaf_of(parser: argparse.ArgumentParser, args: tuple[str, ...]) -> tuple[str, ...]:
    """The command a command line runs, as the parser reads it."""
    namespace = parser.parse_args(["--data-dir", "unused", *args])
    path: tuple[str, ...] = ()
    node = parser
    while (sub := _subcommands(node)) is not None:
        word = getattr(namespace, sub.dest, None)
        if word is None:
            break
        path = (*path, word)
        node = sub.choices[word]
    return path


def test_every_command_of_the_parser_is_classified() -> None:
    commands = set(leaves(build_parser()))
    assert len(commands) > 40  # the walk reaches the nested commands
    unclassified = sorted(commands - set(CLASSES))
    assert unclassified == [], (
        "classify each new command in this test (WRITE with a step of the scenario that syncs "
        f"it, or LOCAL/READ): {unclassified}"
    )
    assert sorted(set(CLASSES) - commands) == [], "classified commands the parser no longer has"


# --- workstations driven through the CLI ----------------------------------------------------
Journal = list[tuple[Any, ...]]


@dataclass
class State:
    """What a store holds, read straight from its file between two commands."""

    device: str | None
    journal: list[tuple[Any, ...]]  # (seq, hlc, device, worker, table, row, op, fields)
    rows: dict[str, list[tuple[Any, ...]]]

    @classmethod
    def read(cls, data_dir: Path) -> State:
        path = data_dir / STORE_FILE
        if not path.exists():
            return cls(None, [], {})
        conn = sqlite3.connect(path)
        try:
            device = conn.execute(
                "SELECT value FROM local_state WHERE key = 'device_id'"
            ).fetchone()
            journal = conn.execute(
                "SELECT seq, hlc, device_id, worker_id, table_name, row_id, op, fields "
                "FROM journal ORDER BY seq"
            ).fetchall()
            rows = {
                t: conn.execute(f"SELECT * FROM {t} ORDER BY id").fetchall()
                for t in REPLICATED_TABLES
            }
        finally:
            conn.close()
        return cls(device[0] if device else None, journal, rows)

    def replicated(self) -> tuple[dict[str, list[tuple[Any, ...]]], Journal]:
        """Replicated rows and the journal without local sequence numbers, in stamp order."""
        return self.rows, sorted((j[1:] for j in self.journal), key=lambda j: (j[0], j[3], j[4]))


@dataclass
class Scenario:
    """Runs ``pacte`` on named workstations and checks every call against its class."""

    cli: Callable[..., Any]
    tmp: Path
    parser: argparse.ArgumentParser = field(default_factory=build_parser)
    ran: set[tuple[str, ...]] = field(default_factory=set)
    #: Journal entries each WRITE command made on the workstation that ran it.
    written: dict[tuple[str, ...], int] = field(default_factory=dict)

    def dir(self, station: str) -> Path:
        return self.tmp / station

    def __call__(self, station: str, line: str) -> str:
        """Run ``pacte LINE`` (words as a shell splits them) on the workstation ``station``."""
        args = tuple(shlex.split(line))
        command = leaf_of(self.parser, args)
        kind = CLASSES[command]
        data_dir = self.dir(station)
        before = State.read(data_dir)
        result = self.cli(*args, data_dir=data_dir)
        line = f"{station}: pacte {line}"
        assert result.code == 0, f"{line}\n{result.err}"
        after = State.read(data_dir)
        last = before.journal[-1][0] if before.journal else 0
        added = [j for j in after.journal if j[0] > last]
        self.ran.add(command)
        if kind in (READ, LOCAL, FOLDER):
            assert added == [], f"{line}: classified {kind} but journalled {added}"
            assert after.rows == before.rows, f"{line}: classified {kind} but changed records"
        elif kind in (WRITE, PASS):
            kinds = {j[6] for j in added}
            assert kinds <= OP_KINDS, f"{line}: journalled kinds sync does not carry: {kinds}"
            if kind == WRITE:
                own = sum(1 for j in added if j[2] == after.device)
                self.written[command] = self.written.get(command, 0) + own
        if kind == PASS:  # a refused or parked file is reported on standard error
            assert result.err == "", f"{line}\n{result.err}"
        return str(result.out)

    def json(self, station: str, line: str) -> Any:
        return json.loads(self(station, line))

    def state(self, station: str) -> State:
        return State.read(self.dir(station))


# --- files to import --------------------------------------------------------------------------
def bce_number(first_eight: str) -> str:
    return bce.format_number(first_eight + bce.check_digits(first_eight))


GARAGE_BCE = bce_number("04030192")
BRASSERIE_BCE = bce_number("08765432")
KBO_NEW = bce_number("04456789")


def write_csv(path: Path) -> Path:
    """Semicolons and UTF-8, as a spreadsheet saves them: one known employer, one new."""
    with path.open("w", encoding="utf-8", newline="") as f:
        out = csv.writer(f, delimiter=";")
        out.writerow(["Nom", "N° BCE", "Code postal", "Commune", "Téléphone", "Étiquettes"])
        out.writerow(["Brasserie du Parvis", BRASSERIE_BCE, "1060", "", "02 538 00 11", ""])
        out.writerow(["Boucherie de la Barrière", "", "1060", "Saint-Gilles", "", "Commerce"])
    return path


def write_xlsx(path: Path) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Nom", "Rue", "Code postal", "E-mail"])
    sheet.append(["Crèche Les Marmots", "Rue de la Victoire", "1060", "info@marmots.example"])
    sheet.append(["Librairie Jourdan", "Rue Jourdan", "1060", None])
    book.save(path)
    return path


def _kbo_csv(*lines: str) -> str:
    """A file of the KBO extract: every value quoted (lines are given with ``|`` between)."""
    return "".join(",".join(f'"{v}"' for v in line.split("|")) + "\n" for line in lines)


def write_kbo_extract(path: Path) -> Path:
    """A KBO open-data extract in the real files' format, zipped: one new enterprise at 1060,
    and the garage already in the store (matched by its BCE number, so enriched)."""
    new, garage = KBO_NEW, GARAGE_BCE
    files = {
        "enterprise.csv": _kbo_csv(
            "EnterpriseNumber|Status|JuridicalSituation|TypeOfEnterprise|JuridicalForm"
            "|JuridicalFormCAC|StartDate",
            f"{new}|AC|000|2|610||01-02-2011",
            f"{garage}|AC|000|2|610||09-08-1960",
        ),
        "denomination.csv": _kbo_csv(
            "EntityNumber|Language|TypeOfDenomination|Denomination",
            f"{new}|1|001|Imprimerie du Parvis",
            f"{new}|2|001|Drukkerij Voorplein",
            f"{garage}|1|001|Garage Moderne SRL",
        ),
        "address.csv": _kbo_csv(
            "EntityNumber|TypeOfAddress|CountryNL|CountryFR|Zipcode|MunicipalityNL"
            "|MunicipalityFR|StreetNL|StreetFR|HouseNumber|Box|ExtraAddressInfo|DateStrikingOff",
            f"{new}|REGO|||1060|Sint-Gillis|Saint-Gilles|Sint-Gillisvoorplein"
            "|Parvis de Saint-Gilles|21|||",
            f"{garage}|REGO|||1060|Sint-Gillis|Saint-Gilles|Merodestraat|Rue de Mérode|80|||",
        ),
        "contact.csv": _kbo_csv(
            "EntityNumber|EntityContact|ContactType|Value",
            f"{new}|ENT|TEL|02/537.44.55",
            f"{new}|ENT|WEB|www.imprimerie-parvis.example",
        ),
        "activity.csv": _kbo_csv(
            "EntityNumber|ActivityGroup|NaceVersion|NaceCode|Classification",
            f"{new}|001|2025|18120|MAIN",
            f"{garage}|001|2008|45201|MAIN",
        ),
        "code.csv": _kbo_csv(
            "Category|Code|Language|Description",
            "JuridicalForm|610|FR|Société à responsabilité limitée",
        ),
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in files.items():
            archive.writestr(name, text)
    return path


def force_snapshot(data_dir: Path) -> str:
    """Make the workstation write a snapshot now (a pass does so every so many files)."""
    store = Store.open(data_dir, daily_backup=False)
    try:
        location = engine.LocalState(store).location("org")
        assert location is not None
        org = engine.OrgSync(store, location.open(), engine.ScopeSummary("org"), None)
        name = org.maybe_snapshot(force=True)
        assert name is not None
        return name
    finally:
        store.close()


# --- the scenario -----------------------------------------------------------------------------
@pytest.fixture
def run(pacte, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Scenario:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("PACTE_ORG_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("PACTE_NETWORK_PASSPHRASE", PASSPHRASE)
    return Scenario(pacte, tmp_path)


@pytest.mark.slow
def test_every_writing_command_reaches_every_workstation(
    run: Scenario, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root, files = tmp_path / "root", tmp_path / "files"
    root.mkdir()
    files.mkdir()

    def path(name: str) -> str:
        return shlex.quote(str(files / name))

    # The first workstation: an organisation, its workers, a root; the second one joins.
    run("A", 'init --org "CPAS de Saint-Gilles" --org-type cpas --worker "Farida Aissa"')
    run("A", 'worker add "Igo De Radigues" --email igo@cpas-1060.example')
    run("A", 'worker add "Yasmina Leclercq"')
    run("A", f"sync setup --org-folder {shlex.quote(str(root))}")
    run("B", f'sync setup --org-folder {shlex.quote(str(root))} --worker "Julie Buelens"')
    run("A", "sync")

    # Records of every kind, some held by Yasmina, who will leave; one written as Igo.
    run("A", 'worker use "Igo De Radigues"')
    garage = run(
        "A",
        f'employer add --name "Garage Moderne" --bce {GARAGE_BCE} --postcode 1060 --tag Auto '
        '--owner "Yasmina Leclercq"',
    ).strip()
    run("A", 'worker use "Farida Aissa"')
    brasserie = run(
        "A",
        f'employer add --name "Brasserie du Parvis" --bce {BRASSERIE_BCE} --postcode 1060 '
        '--owner "Yasmina Leclercq"',
    ).strip()
    friterie = run("A", 'employer add --name "Friterie Chez Léon" --phone "02 537 11 22"').strip()
    mistake = run("A", 'employer add --name "Doublon à effacer"').strip()
    contact = run("A", f'contact add {garage} --name "Jean Dupont" --role gérant').strip()
    wrong_contact = run("A", f'contact add {friterie} --name "Erreur de saisie"').strip()
    opportunity = run(
        "A",
        f"opportunity add --employer {garage} --kind article60 --title Aide-mécanicien "
        '--owner "Yasmina Leclercq"',
    ).strip()
    spare_opportunity = run(
        "A", f'opportunity add --employer {friterie} --kind fpi --title "Stage cuisine"'
    ).strip()
    candidate = run(
        "A", 'candidate add --code SG-2026-0001 --language fr,nl --worker "Yasmina Leclercq"'
    ).strip()
    spare_candidate = run("A", "candidate add --code SG-2026-0002").strip()
    placement = run(
        "A",
        f"placement add --candidate SG-2026-0001 --employer {garage} --opportunity {opportunity} "
        "--type article60 --start 2026-10-01",
    ).strip()
    spare_placement = run(
        "A",
        f"placement add --candidate SG-2026-0001 --employer {friterie} --type fpi "
        "--start 2026-03-01 --end 2026-05-31",
    ).strip()
    for employer, summary, due, who in (
        (garage, "Rappeler le gérant", "2027-01-15", "Yasmina Leclercq"),
        (friterie, "Envoyer la convention", "2027-01-20", "Farida Aissa"),
        (friterie, "Passer au garage", "2027-01-25", "Farida Aissa"),
        (friterie, "Relancer pour le stage", "2027-02-01", "Farida Aissa"),
    ):
        run(
            "A",
            f'interaction add {employer} --channel phone --summary "{summary}" --date 2026-11-20 '
            f'--next-action {due} --worker "{who}"',
        )
    note = run(
        "A",
        f'interaction add {brasserie} --channel visit --summary "Visite sans suite" '
        "--date 2026-11-21",
    ).strip()
    run("A", "sync")
    run("B", "sync")

    # Every kind of record: shown, listed, edited, archived, restored, deleted.
    for command, record_id, change in (
        ("employer", friterie, "--status active --no-share"),
        ("contact", contact, '--phone "0470 12 34 56"'),
        ("opportunity", opportunity, "--positions 2"),
        ("candidate", candidate, "--qualification cess"),
        ("placement", placement, '--notes "Bon départ"'),
        ("interaction", note, '--outcome "Pas de besoin avant l\'été"'),
    ):
        run("A", f"{command} show {record_id} --json")
        run("A", f"{command} list --json")
        run("A", f"{command} edit {record_id} {change}")
        run("A", f"{command} archive {record_id}")
        run("A", f"{command} restore {record_id}")
    for command, record_id in (  # what refers to a record goes first
        ("placement", spare_placement),
        ("candidate", spare_candidate),
        ("opportunity", spare_opportunity),
        ("contact", wrong_contact),
        ("interaction", note),
        ("employer", mistake),
    ):
        run("A", f"{command} delete {record_id} --yes")
    run("A", f"contact archive {contact}")  # left archived

    # Follow-ups: done, postponed, reassigned.
    due = {f["action"]: f["id"] for f in run.json("A", "followups --json")}
    run("A", f"followup done {due['Envoyer la convention']}")
    run("A", f"followup postpone {due['Passer au garage']} 2027-02-15")
    run("A", f'followup reassign {due["Relancer pour le stage"]} "Igo De Radigues"')
    run("A", "sync")

    # Imports: CSV (an update and a new employer; a dry run first), XLSX (then reverted), KBO.
    write_csv(files / "employeurs.csv")
    write_xlsx(files / "employeurs.xlsx")
    write_kbo_extract(files / "KboOpenData_0140_2026_11_Full.zip")
    run("A", f"import columns {path('employeurs.xlsx')} --json")
    run("A", f"import employers {path('employeurs.csv')} --dry-run")
    run("A", f"import employers {path('employeurs.csv')}")
    xlsx_batch = run("A", f"import employers {path('employeurs.xlsx')}").split("\t")[0]
    run("A", "sync")
    run("A", f"import revert {xlsx_batch}")
    run("A", f"import kbo {path('KboOpenData_0140_2026_11_Full.zip')}")
    batches = run.json("A", "import list --json")
    assert [b["reverted_at"] is not None for b in batches] == [False, True, False]

    # Duplicates: merged on A, undone on B after sync, merged again; a pair not the same.
    bakery = run("A", 'employer add --name "Boulangerie Dupont" --postcode 1060').strip()
    bakery_2 = run(
        "A", 'employer add --name "DUPONT boulangerie SRL" --postcode 1060 --email a@dupont.example'
    ).strip()
    run("A", f'contact add {bakery_2} --name "Marc Dupont"')
    pairs = run.json("A", "dedupe scan --json")
    assert [{p["first"]["id"], p["second"]["id"]} for p in pairs] == [{bakery, bakery_2}]
    merge = run("A", f"dedupe merge {bakery} {bakery_2} --keep name={bakery_2}").split("undo ")[1]
    run("A", "sync")
    run("B", "sync")
    run("B", f"dedupe undo {merge.strip()}")
    run("B", "sync")
    run("A", "sync")
    assert run.json("A", f"employer show {bakery} --json")["name"] == "Boulangerie Dupont"
    run("A", f"dedupe merge {bakery} {bakery_2}")
    run("A", f"dedupe distinct {friterie} {brasserie}")

    # Demo data on top; what everyone reads; settings; exports and reports.
    run("A", "demo --employers 6 --seed 7")
    run("A", "search garage")
    run("A", f"history {garage} --json")
    run("A", "worker list --all --json")
    run("A", "charter show --json")
    run("A", "network employers --json")
    run("A", "settings list --json")
    run("A", "settings set backups.keep 5")
    run("A", f"export directory -o {path('annuaire.xlsx')}")
    run("A", f"export placements -o {path('mises.xlsx')} --from 2026-01-01 --to 2026-12-31")
    run("A", f"export followups -o {path('relances.xlsx')}")
    run("A", f"report placements -o {path('rapport.pdf')} --from 2026-01-01 --to 2026-12-31")

    # The handover (Passation), then work after it.
    handed = run.json(
        "A",
        'worker leave "Yasmina Leclercq" --to "Igo De Radigues" --to "Farida Aissa" '
        "--date 2026-11-30 --json",
    )
    assert set(handed["moved"]) == {"employers", "follow_ups", "candidates", "opportunities"}
    run("A", f'employer edit {garage} --phone "02 537 12 34"')
    run("A", "sync")
    run("B", "sync")
    assert run.state("B").replicated() == run.state("A").replicated()

    # A snapshot for the workstation that joins last; everything after it goes in files.
    force_snapshot(run.dir("A"))
    run("B", "sync")
    run("A", "sync")

    # Two concurrent edits: B's lose to A's later ones; B reinstates one and dismisses the other.
    run("B", f'employer edit {brasserie} --name "Brasserie du Parvis SPRL"')
    run("B", f'employer edit {friterie} --phone "02 537 99 99"')
    run("A", f'employer edit {brasserie} --name "Brasserie du Parvis SRL"')
    run("A", f'employer edit {friterie} --phone "02 537 88 88"')
    for station in ("B", "A", "B"):
        run(station, "sync")
    conflicts = {c["field"]: c["id"] for c in run.json("B", "sync conflicts --json")}
    assert set(conflicts) == {"name", "phone"}
    run("B", f"sync reinstate {conflicts['name']}")
    run("B", f"sync dismiss {conflicts['phone']}")
    run("B", "sync status --json")
    run("B", "sync")
    run("A", "sync")

    # A backup, more work published, the backup put back: the next pass brings A forward again.
    run("A", f"backup -o {path('avant.sqlite')}")
    run("A", 'worker add "Chloé Martin"')
    run("A", "sync")
    published = run.state("A").replicated()
    run("A", f"restore {path('avant.sqlite')}")
    run("A", "sync")
    assert run.state("A").replicated() == published

    # Restored again while its folder has not given its last file back yet, A writes that
    # sequence number a second time: a fork, held back everywhere until each workstation
    # accepts it; then both branches apply and nothing of either is lost.
    run("A", f"backup -o {path('avant-fourche.sqlite')}")
    run("A", f'employer edit {brasserie} --notes "Terrasse ouverte en été"')
    run("A", "sync")
    device = run.state("A").device
    assert device is not None
    [lagging] = sorted((root / "log" / device).glob("*.chg"))[-1:]
    hidden = files / lagging.name
    lagging.rename(hidden)
    run("A", f"restore {path('avant-fourche.sqlite')}")
    run("A", f'employer edit {friterie} --email "friterie@example.be"')
    run("A", "sync")
    hidden.rename(lagging)
    for station in ("B", "A"):
        held = run.cli("sync", data_dir=run.dir(station))
        assert held.code == 0 and f"pacte sync accept-fork {device}" in held.err, held.err
        run(station, f"sync accept-fork {device}")
    for station in ("A", "B", "A"):
        run(station, "sync")
    assert run.state("B").replicated() == run.state("A").replicated()
    notes = run.json("A", f"employer show {brasserie} --json")["notes"]
    assert notes == "Terrasse ouverte en été"  # the branch the restore had lost

    # The network: A coordinates it; a partner organisation asks to join, is admitted, removed.
    network = tmp_path / "network"
    network.mkdir()
    run("A", f"sync setup --network-folder {shlex.quote(str(network))} --coordinator")
    run("P", 'init --org "Mission locale de Saint-Gilles" --org-type mission-locale --worker Ana')
    run("P", f"sync setup --network-folder {shlex.quote(str(network))}")
    run("A", "sync")  # the coordinator sees who asks to join
    [partner] = [m for m in run.json("A", "network members --json") if m["status"] == "pending"]
    run("A", f"network admit {partner['org_id']}")
    run("A", "sync")
    # The partner knows the garage too (the same BCE number); A links its own record to it.
    known = run("P", f'employer add --name "Garage Moderne SRL" --bce {GARAGE_BCE}').strip()
    run("P", "sync")
    run("A", "sync")
    [knower] = run.json("A", f"network knows {garage} --json")
    assert knower["employer_id"] == known
    run("A", f"dedupe link {garage} {known}")
    run("A", f"network remove {partner['org_id']}")
    run("A", "sync")

    # A laptop is stolen: D had joined and worked; it is revoked. Then the organisation changes
    # its passphrase; the workstation that joins next types the new one.
    run("D", f'sync setup --org-folder {shlex.quote(str(root))} --worker "Dounia Belkacem"')
    run("A", "sync")
    [stolen] = [d for d in run.json("A", "sync devices --json") if d["worker"] == "Dounia Belkacem"]
    run("A", f"sync revoke {stolen['device_id']} --yes")
    run("A", "sync")
    run("B", "sync")
    monkeypatch.setenv("PACTE_NEW_ORG_PASSPHRASE", "a brand new and long passphrase 2027")
    run("A", "sync passphrase")
    monkeypatch.setenv("PACTE_ORG_PASSPHRASE", "a brand new and long passphrase 2027")
    run("A", "sync")
    run("B", "sync")

    # A third workstation joins late (from the snapshot, before the fork: it decides too);
    # everyone passes until nothing moves.
    run("C", f'sync setup --org-folder {shlex.quote(str(root))} --worker "Chloé Martin"')
    run("C", f"sync accept-fork {device}")
    for station in ("A", "B", "C", "A", "B", "C"):
        run(station, "sync")

    assert run.ran == set(CLASSES), f"commands the scenario never ran: {set(CLASSES) - run.ran}"
    silent = sorted(c for c, kind in CLASSES.items() if kind == WRITE and not run.written.get(c))
    assert silent == [], f"WRITE commands that journalled nothing in the scenario: {silent}"

    a, b, c = (run.state(s) for s in ("A", "B", "C"))
    assert b.replicated() == a.replicated()
    assert c.replicated() == a.replicated()
    assert {j[6] for j in a.journal} == OP_KINDS
    for station in ("A", "B", "C"):
        [org] = [s for s in run.json(station, "sync status --json") if s["scope"] == "org"]
        assert (org["rejected"], org["parked"], org["pending_ops"]) == ([], 0, 0), station
    with closing(sqlite3.connect(run.dir("C") / STORE_FILE)) as conn:
        applied = [name for (name,) in conn.execute("SELECT name FROM sync_applied")]
        # In words: the worker who left, and nothing left in her hands.
        worker = dict(conn.execute("SELECT name, id FROM worker").fetchall())
        left = conn.execute(
            "SELECT status, left_on FROM worker WHERE id = ?", (worker["Yasmina Leclercq"],)
        ).fetchone()
        held = conn.execute(
            "SELECT (SELECT count(*) FROM employer WHERE owner_id = :w)"
            " + (SELECT count(*) FROM opportunity WHERE owner_id = :w)"
            " + (SELECT count(*) FROM candidate WHERE worker_id = :w)"
            " + (SELECT count(*) FROM follow_up WHERE worker_id = :w AND status = 'open')",
            {"w": worker["Yasmina Leclercq"]},
        ).fetchone()[0]
    assert any(name.startswith("snapshot:") for name in applied), "C did not start from a snapshot"
    assert left == ("left", "2026-11-30") and held == 0
