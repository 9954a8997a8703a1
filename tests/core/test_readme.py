"""The README's command lines work as written.

Every ``pacte …`` line of the README's code blocks runs, in the README's order, as a separate
``pacte`` process on a store in a temporary folder, and must exit 0 with no traceback. The
notation is read as a reader would: ``A | B`` is two commands, ``[--option VALUE]`` is run with
the option (``a|b`` inside it: the first), ``export NAME='…'`` sets the variable (a passphrase for
``…``). Placeholders get the value a reader would type at that point: ``EMPLOYER_ID`` the id the
last ``employer add`` printed, ``BATCH`` the latest import batch, ``ID`` a conflict or a contact,
``DEVICE`` the other workstation, ``ORG`` the partner organisation that asked to join,
``OPPORTUNITY_ID`` a request for profiles just noted, ``ID`` of ``request answer`` the partner's
request, ``N`` and ``T`` a count and a message, ``KEPT_ID`` and ``MERGED_ID`` two employers
entered twice (written differently, at the same postcode), also after ``FIELD=``, ``MERGE`` the id
the last ``dedupe merge`` printed; the shared
folders become temporary folders, ``~`` a temporary home, and the files the README imports are
written first. Some lines need a situation set up first (a sync conflict, a forked device, a
partner organisation); :func:`prepare` makes it with other ``pacte`` commands and says which.

Skipped, each with its reason in :data:`SKIPPED`: lines that need a WebDAV server.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import subprocess
import sys
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from pacte_desktop.domain import bce

ROOT = Path(__file__).resolve().parents[2]
README = ROOT / "README.md"
PASSPHRASE = "Parvis-Tram-81-Horloge-Jaune"
NEW_PASSPHRASE = "Barrière-Lune-27-Fontaine-Ocre"
NETWORK_PASSPHRASE = "Réseau-Moulin-64-Prairie-Cuivre"
NEW_NETWORK_PASSPHRASE = "Réseau-Phare-35-Colline-Ambre"

PLACEHOLDERS = {
    "EMPLOYER_ID",
    "FILE",
    "BATCH",
    "ID",
    "DEVICE",
    "ORG",
    "OPPORTUNITY_ID",
    "N",
    "T",
    "KEPT_ID",
    "MERGED_ID",
    "MERGE",
}

#: Optional parts of a line left out, and why.
LEFT_OUT = {
    "--other-device": "the backup restored is the one this workstation just made "
    "(`pacte backup -o FILE`): the option is for another workstation's backup",
}

#: Lines not run, and why.
SKIPPED = {
    "--org-webdav": "needs a WebDAV server at cloud.example (the WebDAV transport has its own "
    "tests against a real server: tests/sync/test_transport_webdav.py)",
}


def code_blocks(text: str) -> list[str]:
    return re.findall(r"^```(?:sh|bash|console)?\n(.*?)^```", text, flags=re.M | re.S)


def command_lines(text: str) -> list[str]:
    """The README's command lines: continuation lines joined, comment-only lines dropped,
    ``A | B`` split; ``pacte`` commands and ``export`` lines only."""
    out: list[str] = []
    for block in code_blocks(text):
        joined = re.sub(r"\s*\\\n\s*", " ", block)
        for line in joined.splitlines():
            line = line.strip()
            if not line.startswith(("pacte ", "export ")):
                continue
            code = line.split("  #", 1)[0].strip()
            out.extend(part.strip() for part in code.split(" | "))
    return out


def words(line: str) -> list[str]:
    """The arguments of ``line``: optional groups kept (but those of :data:`LEFT_OUT`), their
    first alternative chosen."""
    tokens = shlex.split(line, comments=True)
    out = []
    for token in tokens:
        if token.startswith("[") and token.strip("[]") in LEFT_OUT:
            continue
        token = token.replace("[", "").replace("]", "")
        if "|" in token:
            token = token.split("|")[0]
        if token:
            out.append(token)
    return out


def test_the_readme_notation_is_read_as_written() -> None:
    lines = command_lines(
        "```sh\npacte backup [-o FILE] | pacte restore FILE [--other-device]\n"
        "pacte a --b \\\n      c  # note\n                # a comment alone\n```\n"
        "```\nnot a block for us\n```\n"
    )
    assert lines == [
        "pacte backup [-o FILE]",
        "pacte restore FILE [--other-device]",
        "pacte a --b c",
    ]
    assert words("pacte sync [--scope org|network|all]") == ["pacte", "sync", "--scope", "org"]
    assert words('pacte search "societe gen"   # accents') == ["pacte", "search", "societe gen"]


def _bce(first_eight: str) -> str:
    return bce.format_number(first_eight + bce.check_digits(first_eight))


def _quoted(*values: str) -> str:
    return ",".join(f'"{v}"' for v in values) + "\n"


def write_inputs(work: Path) -> None:
    """The files the README's import lines read, in the formats they name."""
    from openpyxl import Workbook

    rows = [
        ("Nom", "Numéro BCE", "Code postal", "Commune", "Téléphone"),
        ("Boulangerie Fontainas", _bce("04700001"), "1060", "Saint-Gilles", "02 537 11 11"),
        ("Garage de la Barrière", _bce("04700002"), "1060", "Saint-Gilles", "02 537 22 22"),
    ]
    (work / "partenaires.csv").write_text(
        "\n".join(";".join(row) for row in rows) + "\n", encoding="utf-8"
    )
    book = Workbook()
    sheet = book.active
    for row in [rows[0], ("Atelier Moris", _bce("04700003"), "1060", "Saint-Gilles", "")]:
        sheet.append(list(row))
    book.save(work / "partenaires.xlsx")
    number = _bce("04700004")
    files = {
        "enterprise.csv": _quoted(
            "EnterpriseNumber",
            "Status",
            "JuridicalSituation",
            "TypeOfEnterprise",
            "JuridicalForm",
            "JuridicalFormCAC",
            "StartDate",
        )
        + _quoted(number, "AC", "000", "2", "610", "", "09-08-1960"),
        "denomination.csv": _quoted(
            "EntityNumber", "Language", "TypeOfDenomination", "Denomination"
        )
        + _quoted(number, "1", "001", "Imprimerie de la Porte de Hal"),
        "address.csv": _quoted(
            "EntityNumber",
            "TypeOfAddress",
            "CountryNL",
            "CountryFR",
            "Zipcode",
            "MunicipalityNL",
            "MunicipalityFR",
            "StreetNL",
            "StreetFR",
            "HouseNumber",
            "Box",
            "ExtraAddressInfo",
            "DateStrikingOff",
        )
        + _quoted(
            number,
            "REGO",
            "",
            "",
            "1060",
            "Sint-Gillis",
            "Saint-Gilles",
            "Waterloosesteenweg",
            "Chaussée de Waterloo",
            "40",
            "",
            "",
            "",
        ),
        "activity.csv": _quoted(
            "EntityNumber", "ActivityGroup", "NaceVersion", "NaceCode", "Classification"
        )
        + _quoted(number, "001", "2008", "18120", "MAIN"),
        "contact.csv": _quoted("EntityNumber", "EntityContact", "ContactType", "Value"),
        "code.csv": _quoted("Category", "Code", "Language", "Description"),
    }
    with zipfile.ZipFile(work / "KboOpenData_2026_11.zip", "w") as archive:
        for name, text in files.items():
            archive.writestr(name, text)


@dataclass
class Reader:
    """Someone typing the README's lines, with what they saw so far."""

    tmp: Path
    env: dict[str, str] = field(default_factory=dict)
    last_employer: str = ""
    #: The employer entered twice (``KEPT_ID``, ``MERGED_ID``), made when first named.
    pair: tuple[str, str] | None = None
    last_merge: str = ""
    ran: list[str] = field(default_factory=list)

    @property
    def work(self) -> Path:
        return self.tmp / "work"

    @property
    def main(self) -> Path:
        return self.tmp / "store"

    @property
    def second(self) -> Path:  # ``~/pacte``: another workstation of the organisation
        return self.tmp / "home" / "pacte"

    @property
    def partner(self) -> Path:  # another organisation of the network
        return self.tmp / "partner"

    def pacte(self, *args: str, data_dir: Path | None = None, check: bool = True) -> str:
        env = dict(self.env)
        if data_dir is not None:
            env["PACTE_DATA_DIR"] = str(data_dir)
        done = subprocess.run(
            [sys.executable, "-m", "pacte_desktop.cli", *args],
            cwd=self.work,
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
        )
        shown = f"pacte {shlex.join(args)}\n--- exit {done.returncode}\n{done.stdout}{done.stderr}"
        assert "Traceback" not in done.stderr, shown
        if check:
            assert done.returncode == 0, shown
        return done.stdout

    def json(self, *args: str, data_dir: Path | None = None) -> object:
        return json.loads(self.pacte(*args, "--json", data_dir=data_dir))


def prepare(reader: Reader, args: list[str]) -> Path | None:
    """Set up what ``args`` needs that the README's previous lines did not make; the data
    folder to run it in (None: the main store)."""
    if args[:2] == ["sync", "setup"] and "--network-folder" in args and "--coordinator" not in args:
        # "every other member": another organisation's workstation.
        if not (reader.partner / "pacte.sqlite").exists():
            reader.pacte(
                "init",
                "--org",
                "ALE de Saint-Gilles",
                "--org-type",
                "ale",
                "--worker",
                "Rolin",
                data_dir=reader.partner,
            )
        return reader.partner
    if args[:2] == ["sync", "reinstate"]:
        _make_conflicts(reader)
    if args[:2] == ["sync", "accept-fork"]:
        _make_fork(reader)
    if args[:2] == ["network", "admit"]:
        reader.pacte("sync", "--scope", "network")
    if args[:2] == ["request", "answer"]:
        _partner_request(reader)
    return None


def _partner_request(reader: Reader) -> None:
    """The admitted partner relays a request for profiles of its own; both pass."""
    partner = reader.partner
    shop = reader.pacte("employer", "add", "--name", "Delhaize Barrière", data_dir=partner).strip()
    asked = reader.pacte(
        "opportunity",
        "add",
        "--employer",
        shop,
        "--kind",
        "profile-request",
        "--title",
        "15 vendeurs NL/EN",
        "--positions",
        "15",
        data_dir=partner,
    ).strip()
    reader.pacte("request", "relay", asked, data_dir=partner)
    reader.pacte("sync", "--scope", "network", data_dir=partner)
    reader.pacte("sync", "--scope", "network")


def _make_conflicts(reader: Reader) -> None:
    """Both workstations change the same employer's phone and email at once, then sync."""
    employer = reader.last_employer
    reader.pacte("sync", "--scope", "org", data_dir=reader.second)
    reader.pacte(
        "employer", "edit", employer, "--phone", "02 538 00 01", "--email", "a@parvis.example"
    )
    reader.pacte(
        "employer",
        "edit",
        employer,
        "--phone",
        "02 538 00 02",
        "--email",
        "b@parvis.example",
        data_dir=reader.second,
    )
    reader.pacte("sync", "--scope", "org")
    reader.pacte("sync", "--scope", "org", data_dir=reader.second)
    reader.pacte("sync", "--scope", "org")


def _make_fork(reader: Reader) -> None:
    """The other workstation is restored from its own backup while the shared folder has not
    yet given back its last file (a sync client lagging): it writes that sequence number a
    second time, and the main workstation finds a fork waiting for a decision."""
    backup = reader.tmp / "second-backup.sqlite"
    second = reader.second
    reader.pacte("sync", "--scope", "org", data_dir=second)
    reader.pacte("backup", "-o", str(backup), data_dir=second)
    reader.pacte("employer", "add", "--name", "Librairie Dujardin", data_dir=second)
    reader.pacte("sync", "--scope", "org", data_dir=second)
    device = _this_device(reader, second)
    [lagging] = sorted((reader.tmp / "shared" / "pacte" / "log" / device).glob("*.chg"))[-1:]
    hidden = reader.tmp / lagging.name
    lagging.rename(hidden)
    reader.pacte("restore", str(backup), data_dir=second)
    reader.pacte("employer", "add", "--name", "Quincaillerie Moderne", data_dir=second)
    reader.pacte("sync", "--scope", "org", data_dir=second)
    hidden.rename(lagging)
    reader.pacte("sync", "--scope", "org")


def _this_device(reader: Reader, data_dir: Path) -> str:
    devices = reader.json("sync", "devices", data_dir=data_dir)
    assert isinstance(devices, list)
    this = [d for d in devices if d.get("this_device")]
    assert this, devices
    return str(this[0]["device_id"])


def placeholder(reader: Reader, args: list[str], word: str) -> str:
    """The value a reader would type for ``word`` in ``args``."""
    if word == "EMPLOYER_ID":
        return reader.last_employer
    if word == "FILE":
        return "sauvegarde.sqlite"
    if word == "BATCH":
        batches = reader.json("import", "list")
        assert isinstance(batches, list) and batches
        return str(batches[-1]["id"])
    if word == "ID" and args[0] == "sync":
        conflicts = reader.json("sync", "conflicts")
        assert isinstance(conflicts, list) and len(conflicts) >= 1, conflicts
        return str(conflicts[0]["id"])
    if word == "ID" and args[0] == "contact":
        contacts = reader.json("contact", "list")
        assert isinstance(contacts, list) and contacts
        return str(contacts[0]["id"])
    if word == "OPPORTUNITY_ID":
        employer = reader.pacte("employer", "add", "--name", "Hôtel Bristol").strip()
        return reader.pacte(
            "opportunity",
            "add",
            "--employer",
            employer,
            "--kind",
            "profile-request",
            "--title",
            "Réceptionnistes trilingues",
            "--positions",
            "3",
        ).strip()
    if word == "ID" and args[0] == "request":
        board = reader.json("request", "list")
        assert isinstance(board, dict)
        side = "partners" if args[1] == "answer" else "ours"
        assert board[side], board
        return str(board[side][0]["id"])
    if word in ("KEPT_ID", "MERGED_ID"):
        if reader.pair is None:
            kept = reader.pacte(
                "employer", "add", "--name", "Boulangerie Dupont", "--postcode", "1060"
            ).strip()
            merged = reader.pacte(
                "employer",
                "add",
                "--name",
                "DUPONT boulangerie SPRL",
                "--postcode",
                "1060",
                "--phone",
                "02 537 12 34",
            ).strip()
            reader.pair = (kept, merged)
        return reader.pair[word == "MERGED_ID"]
    if word == "MERGE":
        assert reader.last_merge
        return reader.last_merge
    if word == "N":
        return "3"
    if word == "T":
        return "Trois profils bilingues"
    if word == "DEVICE":
        return _this_device(reader, reader.second)
    if word == "ORG":
        members = reader.json("network", "members")
        assert isinstance(members, list)
        asking = [m for m in members if m["name"] == "ALE de Saint-Gilles"]
        assert asking, members
        return str(asking[0]["org_id"])
    raise AssertionError(f"no value for {word} in {args}")


def substitute(reader: Reader, args: list[str]) -> list[str]:
    out = []
    for arg in args:
        if arg in ("/mnt/partage/pacte", "/mnt/reseau"):
            arg = str(reader.tmp / "shared" / Path(arg).name)
        elif arg.startswith("~/"):
            arg = str(reader.tmp / "home" / arg[2:])
        elif arg in PLACEHOLDERS:
            arg = placeholder(reader, args, arg)
        elif "=" in arg and arg.split("=", 1)[1] in PLACEHOLDERS:  # --keep FIELD=ID
            name, word = arg.split("=", 1)
            arg = f"{name}={placeholder(reader, args, word)}"
        out.append(arg)
    return out


def run_line(reader: Reader, line: str) -> None:
    if line.startswith("export "):
        name, value = line[len("export ") :].split("=", 1)
        value = words(value)[0]
        passphrases = {
            "PACTE_ORG_PASSPHRASE": PASSPHRASE,
            "PACTE_NETWORK_PASSPHRASE": NETWORK_PASSPHRASE,
        }
        reader.env[name] = passphrases[name] if value == "…" else value
        reader.ran.append(line)
        return
    args = words(line)[1:]
    where = prepare(reader, args)
    args = substitute(reader, args)
    out = reader.pacte(*args, data_dir=where)
    if args[:2] == ["employer", "add"]:
        reader.last_employer = out.strip()
    if args[:2] == ["dedupe", "merge"]:  # "… pacte dedupe undo MERGE"
        reader.last_merge = out.split()[-1]
    if args[:2] == ["sync", "passphrase"]:
        # The new passphrases unlock the keys from now on.
        if "--network" in args:
            reader.env["PACTE_NETWORK_PASSPHRASE"] = NEW_NETWORK_PASSPHRASE
        else:
            reader.env["PACTE_ORG_PASSPHRASE"] = NEW_PASSPHRASE
    reader.ran.append(line)


@pytest.mark.slow
def test_every_readme_command_line_runs(tmp_path: Path) -> None:
    lines = command_lines(README.read_text(encoding="utf-8"))
    assert len(lines) > 40, lines
    reader = Reader(tmp_path)
    reader.work.mkdir()
    (tmp_path / "home").mkdir()
    for share in ("pacte", "reseau"):  # the mounted shares the README names
        (tmp_path / "shared" / share).mkdir(parents=True)
    write_inputs(reader.work)
    reader.env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith("PACTE_") and key not in ("HOME", "XDG_DATA_HOME")
    }
    reader.env.update(
        HOME=str(tmp_path / "home"),
        XDG_DATA_HOME=str(tmp_path / "home" / ".local" / "share"),
        PACTE_DATA_DIR=str(reader.main),
        PACTE_NEW_ORG_PASSPHRASE=NEW_PASSPHRASE,
        PACTE_NEW_NETWORK_PASSPHRASE=NEW_NETWORK_PASSPHRASE,
        # No credential store: the keys are sealed by the passphrases (as on a bare Linux).
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
        PYTHONPATH=str(ROOT),
    )
    skipped = []
    for line in lines:
        reason = next((why for key, why in SKIPPED.items() if key in line), None)
        if reason is not None:
            skipped.append(line)
            continue
        run_line(reader, line)
    # Each skip is one the table explains, and the table holds no reason for a line gone.
    assert len(skipped) == len(SKIPPED), skipped
    assert len(reader.ran) == len(lines) - len(skipped)
