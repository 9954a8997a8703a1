"""The ``pacte`` command line: a public interface, exercised as scripts use it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

EMPLOYER_KEYS = {
    "id",
    "name",
    "bce_number",
    "street",
    "number",
    "postcode",
    "commune",
    "phone",
    "email",
    "website",
    "tags",
    "owner",
    "owner_id",
    "status",
    "do_not_share",
    "nace_code",
    "nace_version",
    "languages",
    "accepts",
    "archived",
}


@pytest.fixture
def initialised(pacte):
    assert (
        pacte(
            "init",
            "--org",
            "CPAS de Saint-Gilles",
            "--org-type",
            "cpas",
            "--worker",
            "Farida Aissa",
        ).code
        == 0
    )
    assert pacte("worker", "add", "Igo De Radigues").code == 0
    return pacte


def _add_employer(pacte, *args: str) -> str:
    result = pacte("employer", "add", "--name", "Brasserie du Parvis", *args)
    assert result.code == 0, result.err
    return result.out.strip()


def test_add_prints_the_id_and_show_list_search_give_json(initialised) -> None:
    pacte = initialised
    employer_id = _add_employer(
        pacte,
        "--bce",
        "BE0403019261",
        "--street",
        "Parvis de Saint-Gilles",
        "--number",
        "3",
        "--postcode",
        "1060",
        "--commune",
        "Saint-Gilles",
        "--phone",
        "02 536 12 34",
        "--email",
        "info@parvis.example",
        "--website",
        "parvis.example",
        "--nace",
        "56.101",
        "--tag",
        "HORECA",
        "--tag",
        "Club des entrepreneurs",
        "--notes",
        "Terrasse",
        "--owner",
        "Igo De Radigues",
        "--no-share",
    )
    assert len(employer_id) == 36
    shown = json.loads(pacte("employer", "show", employer_id, "--json").out)
    assert shown.keys() >= EMPLOYER_KEYS
    assert shown["bce_number"] == "0403019261"
    assert shown["phone"] == "+3225361234"
    assert shown["owner"] == "Igo De Radigues"
    assert shown["tags"] == ["HORECA", "Club des entrepreneurs"]
    assert shown["do_not_share"] is True
    listed = json.loads(pacte("employer", "list", "--json").out)
    assert [e["id"] for e in listed] == [employer_id]
    found = json.loads(pacte("search", "brasserie parv", "--json").out)
    assert [e["id"] for e in found] == [employer_id]
    human = pacte("employer", "show", employer_id).out
    assert "0403.019.261" in human and "02 536 12 34" in human


def test_edit_archive_restore_and_history(initialised) -> None:
    pacte = initialised
    employer_id = _add_employer(pacte)
    assert (
        pacte(
            "employer", "edit", employer_id, "--status", "active", "--email", "hello@parvis.example"
        ).code
        == 0
    )
    assert pacte("employer", "archive", employer_id[:13]).code == 0
    assert json.loads(pacte("employer", "list", "--json").out) == []
    assert len(json.loads(pacte("employer", "list", "--archived", "--json").out)) == 1
    assert pacte("employer", "restore", employer_id).code == 0
    history = json.loads(pacte("history", employer_id, "--json").out)
    assert [h["op"] for h in history] == ["insert", "update", "archive", "restore"]
    assert history[1]["fields"] == {"status": "active", "email": "hello@parvis.example"}
    assert {h["worker"] for h in history} == {"Farida Aissa"}


def test_interactions_create_follow_ups_listed_by_due_date(initialised) -> None:
    pacte = initialised
    employer_id = _add_employer(pacte)
    result = pacte(
        "interaction",
        "add",
        employer_id,
        "--channel",
        "visit",
        "--summary",
        "Intéressé par un article 60",
        "--date",
        "2026-11-20",
        "--next-action",
        "2026-11-25",
    )
    assert result.code == 0, result.err
    assert (
        pacte(
            "--as",
            "Igo De Radigues",
            "interaction",
            "add",
            employer_id,
            "--channel",
            "phone",
            "--summary",
            "Rappel",
            "--next-action",
            "2027-03-01",
        ).code
        == 0
    )
    due = json.loads(pacte("followups", "--due-before", "2026-12-31", "--json").out)
    assert [(f["due_date"], f["worker"]) for f in due] == [("2026-11-25", "Farida Aissa")]
    everyone = json.loads(pacte("followups", "--json").out)
    assert len(everyone) == 2
    igo = json.loads(pacte("followups", "--worker", "Igo De Radigues", "--json").out)
    assert [f["due_date"] for f in igo] == ["2027-03-01"]
    assert pacte("followup", "done", due[0]["id"]).code == 0
    assert len(json.loads(pacte("followups", "--json").out)) == 1


def test_contacts_opportunities_candidates_placements(initialised) -> None:
    pacte = initialised
    employer_id = _add_employer(pacte)
    contact = pacte(
        "contact",
        "add",
        employer_id,
        "--name",
        "Jean Dupont",
        "--role",
        "gérant",
        "--phone",
        "0470 12 34 56",
    )
    assert contact.code == 0, contact.err
    opportunity = pacte(
        "opportunity",
        "add",
        "--employer",
        employer_id,
        "--kind",
        "profile-request",
        "--title",
        "15 profils avec langues",
        "--positions",
        "15",
        "--language",
        "nl,en",
        "--shared",
    )
    assert opportunity.code == 0, opportunity.err
    candidate = pacte(
        "candidate",
        "add",
        "--code",
        "SG-2026-0001",
        "--language",
        "fr",
        "--skill",
        "accueil",
        "--resident",
        "--consent-date",
        "2026-01-10",
    )
    assert candidate.code == 0, candidate.err
    placement = pacte(
        "placement",
        "add",
        "--candidate",
        "SG-2026-0001",
        "--employer",
        employer_id,
        "--opportunity",
        opportunity.out.strip(),
        "--type",
        "article60",
        "--start",
        "2026-02-01",
    )
    assert placement.code == 0, placement.err
    shown = json.loads(pacte("placement", "show", placement.out.strip(), "--json").out)
    assert shown["candidate"] == "SG-2026-0001"
    assert shown["employer"] == "Brasserie du Parvis"
    assert shown["check_3m"] == "pending"
    assert (
        json.loads(pacte("contact", "list", "--employer", employer_id, "--json").out)[0]["phone"]
        == "+32470123456"
    )
    opp = json.loads(pacte("opportunity", "show", opportunity.out.strip(), "--json").out)
    assert (opp["positions"], opp["languages"], opp["shared"]) == (15, ["nl", "en"], True)
    cand = json.loads(pacte("candidate", "list", "--json").out)[0]
    assert (cand["saint_gilles_resident"], cand["worker"]) == (True, "Farida Aissa")


def test_worker_leave_hands_over(initialised) -> None:
    pacte = initialised
    pacte("worker", "add", "Julie Buelens")
    for i in range(4):
        _add_employer(pacte, "--notes", str(i))
    result = pacte(
        "worker",
        "leave",
        "Farida Aissa",
        "--to",
        "Igo De Radigues",
        "--to",
        "Julie Buelens",
        "--json",
    )
    assert result.code == 0, result.err
    assert json.loads(result.out)["moved"]["employers"] == {
        "Igo De Radigues": 2,
        "Julie Buelens": 2,
    }
    workers = json.loads(pacte("worker", "list", "--all", "--json").out)
    assert {w["name"]: w["status"] for w in workers}["Farida Aissa"] == "left"
    assert "Farida Aissa" not in pacte("worker", "list").out
    owners = {e["owner"] for e in json.loads(pacte("employer", "list", "--json").out)}
    assert owners == {"Igo De Radigues", "Julie Buelens"}


def _dump(data_dir: Path) -> list[tuple]:
    import sqlite3

    conn = sqlite3.connect(data_dir / "pacte.sqlite")
    try:
        return [
            conn.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall()
            for t in ("employer", "worker", "journal", "placement", "follow_up")
        ]
    finally:
        conn.close()


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["employer", "add", "--name", "X", "--bce", "0403.019.262"], "numéro BCE"),
        (["employer", "add", "--name", "X", "--email", "x@"], "e-mail"),
        (["employer", "add", "--name", "X", "--owner", "Personne"], "Personne"),
        (["employer", "add", "--name", ""], "nom"),
        (["employer", "edit", "0000000000", "--status", "active"], "0000000000"),
        (["worker", "leave", "Personne", "--to", "Farida Aissa"], "Personne"),
        (["worker", "leave", "Farida Aissa", "--to", "Farida Aissa"], "Farida Aissa"),
        (["worker", "add", "Farida Aissa"], "existe déjà"),
        (["interaction", "add", "nope-nope", "--channel", "visit", "--summary", "x"], "nope-nope"),
        (["followups", "--due-before", "31/04/2026"], "31/04/2026"),  # no 31 April
    ],
)
def test_errors_exit_1_name_the_problem_and_write_nothing(initialised, args, expected) -> None:
    before = _dump(initialised.data_dir)
    result = initialised(*args)
    assert result.code == 1
    assert expected in result.err
    assert result.out == ""
    assert _dump(initialised.data_dir) == before


def test_placement_ending_before_it_starts_is_refused(initialised) -> None:
    pacte = initialised
    employer_id = _add_employer(pacte)
    pacte("candidate", "add", "--code", "SG-1")
    before = _dump(pacte.data_dir)
    result = pacte(
        "placement",
        "add",
        "--candidate",
        "SG-1",
        "--employer",
        employer_id,
        "--type",
        "activa",
        "--start",
        "2026-05-01",
        "--end",
        "2026-04-01",
    )
    assert result.code == 1 and "antérieure" in result.err
    assert _dump(pacte.data_dir) == before


def test_errors_in_dutch_and_english(initialised) -> None:
    nl = initialised("--lang", "nl", "employer", "add", "--name", "X", "--bce", "123")
    assert nl.code == 1 and "KBO-nummer" in nl.err
    initialised("settings", "set", "language", "en")
    en = initialised("employer", "add", "--name", "X", "--bce", "123")
    assert "enterprise no. (CBE)" in en.err


def test_usage_errors_exit_2(initialised) -> None:
    assert initialised("employer", "add", "--colour", "red").code == 2
    assert initialised("nonsense").code == 2
    assert initialised("init", "--org", "X", "--org-type", "bank", "--worker", "W").code == 2


def test_commands_before_init_say_so(pacte) -> None:
    result = pacte("employer", "list")
    assert result.code == 1 and "pacte init" in result.err


def test_data_dir_option_and_environment(tmp_path, monkeypatch) -> None:
    env = {**os.environ, "PACTE_DATA_DIR": str(tmp_path / "from-env")}
    run = [sys.executable, "-m", "pacte_desktop.cli"]
    subprocess.run(
        [*run, "init", "--org", "ALE", "--org-type", "ale", "--worker", "Rolin"],
        env=env,
        check=True,
        capture_output=True,
    )
    assert (tmp_path / "from-env" / "pacte.sqlite").exists()
    subprocess.run(
        [
            *run,
            "--data-dir",
            str(tmp_path / "explicit"),
            "init",
            "--org",
            "ML",
            "--org-type",
            "mission-locale",
            "--worker",
            "Gilles",
        ],
        env=env,
        check=True,
        capture_output=True,
    )
    assert (tmp_path / "explicit" / "pacte.sqlite").exists()


def test_default_location_is_the_user_data_directory(tmp_path, monkeypatch) -> None:
    from pacte_desktop.store.database import resolve_data_dir

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert resolve_data_dir(None) == tmp_path / "xdg" / "pacte-desktop"
    monkeypatch.setenv("PACTE_DATA_DIR", str(tmp_path / "env"))
    assert resolve_data_dir(None) == tmp_path / "env"
    assert resolve_data_dir(tmp_path / "cli") == tmp_path / "cli"


def test_version_imports_nothing_heavy() -> None:
    code = (
        "import sys; from pacte_desktop.cli import main; main(['--version']); "
        "heavy = [m for m in ('sqlalchemy', 'alembic', 'phonenumbers', 'PySide6', 'argparse', "
        "'typing', 'pacte_desktop.cli.run', 'pacte_desktop.cli.parser', "
        "'pacte_desktop.domain.messages') if m in sys.modules]; print(heavy)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.splitlines()
    assert out[0].startswith("pacte ")
    assert out[1] == "[]"


def test_installed_entry_points_answer() -> None:
    bindir = Path(sys.executable).parent
    pacte = bindir / "pacte"
    if not pacte.exists():
        pytest.skip("the package is not installed in this environment (run ./dev test)")
    version = subprocess.run([str(pacte), "--version"], capture_output=True, text=True)
    assert version.returncode == 0 and version.stdout.startswith("pacte ")
    desktop = subprocess.run(
        [str(bindir / "pacte-desktop"), "--help"], capture_output=True, text=True
    )
    assert desktop.returncode == 0


def test_demo_on_an_empty_folder_creates_the_organisation(pacte) -> None:
    result = pacte("demo", "--employers", "30")
    assert result.code == 0, result.err
    assert "employers: 30" in result.out
    assert len(json.loads(pacte("employer", "list", "--json").out)) == 30
    assert json.loads(pacte("worker", "list", "--json").out)


def test_global_options_after_the_command(initialised, tmp_path) -> None:
    """--lang, --as and --data-dir mean the same after the command as before it; given twice,
    the later one counts."""
    after = initialised("employer", "add", "--name", "X", "--bce", "123", "--lang", "nl")
    assert after.code == 1 and "KBO-nummer" in after.err
    both = initialised("--lang", "nl", "employer", "add", "--name", "X", "--bce", "1", "--lang=en")
    assert both.code == 1 and "enterprise no. (CBE)" in both.err
    before = initialised("--lang", "nl", "employer", "add", "--name", "X", "--bce", "123")
    assert before.code == 1 and "KBO-nummer" in before.err
    # --as after a sub-command: the follow-up is Igo's.
    employer_id = _add_employer(initialised)
    added = initialised(
        "interaction",
        "add",
        employer_id,
        "--channel",
        "phone",
        "--summary",
        "Rappel",
        "--next-action",
        "2027-03-01",
        "--as",
        "Igo De Radigues",
    )
    assert added.code == 0, added.err
    followups = json.loads(initialised("followups", "--json").out)
    assert [f["worker"] for f in followups] == ["Igo De Radigues"]
    # --data-dir after the command: the fixture's own --data-dir (before it) is overridden.
    other = tmp_path / "elsewhere"
    made = initialised(
        "init", "--org", "ALE", "--org-type", "ale", "--worker", "Rolin", "--data-dir", str(other)
    )
    assert made.code == 0, made.err
    assert (other / "pacte.sqlite").exists()
    listed = json.loads(initialised("worker", "list", "--json", "--data-dir", str(other)).out)
    assert [w["name"] for w in listed] == ["Rolin"]
    # A sub-command that has sub-commands of its own takes them too, and the usage says so.
    assert initialised("sync", "status", "--lang", "nl").code == 0
    usage = initialised("report", "placements", "--help")
    assert usage.code == 0 and "--lang" in usage.out and "--data-dir" in usage.out
