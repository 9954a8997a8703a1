"""Hostile and mistaken input on the command line (issue 11, "Wrong results" and the command-line
tracebacks), each case run as the tester ran it: through ``pacte`` with a real store, checking
the exit code, the message, and that a refused command wrote nothing."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

import pytest

from pacte_desktop.domain.entities import Employer
from pacte_desktop.store.database import STORE_FILE, Store
from pacte_desktop.store.unit_of_work import UnitOfWork

REFERENCE_BCE = "0403019261"


@pytest.fixture
def cli(pacte):  # type: ignore[no-untyped-def]
    assert (
        pacte(
            "init", "--org", "CPAS de Saint-Gilles", "--org-type", "cpas", "--worker", "Farida"
        ).code
        == 0
    )
    assert pacte("worker", "add", "Igo").code == 0
    return pacte


def digest(data_dir: Path) -> str:
    """Every row of every table of the store, journal included."""
    conn = sqlite3.connect(data_dir / STORE_FILE)
    try:
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                "AND name NOT LIKE '%search%' ORDER BY name"
            )
        ]
        h = hashlib.sha256()
        for table in tables:
            for row in conn.execute(f'SELECT * FROM "{table}" ORDER BY 1'):
                h.update(repr((table, row)).encode())
        return h.hexdigest()
    finally:
        conn.close()


def refused(pacte, *args: str, code: int = 1) -> str:  # type: ignore[no-untyped-def]
    """Run a command that must be refused: its exit code, no traceback, nothing written."""
    before = digest(pacte.data_dir)
    result = pacte(*args)
    assert result.code == code, (result.out, result.err)
    assert "Traceback" not in result.err and result.err.strip()
    assert digest(pacte.data_dir) == before
    return result.err


def added(pacte, *args: str) -> str:  # type: ignore[no-untyped-def]
    result = pacte(*args)
    assert result.code == 0, result.err
    return result.out.strip()


def employer(pacte, name: str = "Brasserie du Parvis", *args: str) -> str:  # type: ignore[no-untyped-def]
    return added(pacte, "employer", "add", "--name", name, *args)


def show(pacte, kind: str, record_id: str) -> dict:  # type: ignore[no-untyped-def,type-arg]
    return json.loads(pacte(kind, "show", record_id, "--json").out)


# --- wrong results ----------------------------------------------------------------------------
def test_a_placement_cannot_take_another_employers_opportunity(cli) -> None:
    first, second = employer(cli, "Parvis"), employer(cli, "Delhaize Barrière")
    opportunity = added(
        cli, "opportunity", "add", "--employer", first, "--kind", "article60", "--title", "Commis"
    )
    candidate = added(cli, "candidate", "add", "--code", "C1")
    err = refused(
        cli,
        "placement", "add", "--candidate", "C1", "--employer", second,
        "--opportunity", opportunity, "--type", "article60", "--start", "2026-11-02",
    )  # fmt: skip
    assert "Commis" in err and "Parvis" in err and "autre employeur" in err
    # Without --employer the placement takes the opportunity's employer.
    placement = added(
        cli,
        "placement", "add", "--candidate", candidate, "--opportunity", opportunity,
        "--type", "article60", "--start", "2026-11-02",
    )  # fmt: skip
    assert show(cli, "placement", placement)["employer_id"] == first
    # Nor can an edit move it to another employer while it keeps the opportunity,
    refused(cli, "placement", "edit", placement, "--employer", second)
    # nor the opportunity move to another employer while it has placements.
    assert "garde son employeur" in refused(
        cli, "opportunity", "edit", opportunity, "--employer", second
    )


@pytest.mark.parametrize(
    "name",
    ["Nul\x00Firm", "A\x01B", "\x1b[31mRouge\x1b[0m", "Deux\nlignes", "Tab\tulé", "C1\x9b2J"],
)
def test_one_line_fields_refuse_control_characters(cli, name: str) -> None:
    err = refused(cli, "employer", "add", "--name", name)
    assert "nom" in err and "U+00" in err
    assert "\x1b" not in err and "\x00" not in err


def test_notes_keep_newlines_and_tabs_only(cli) -> None:
    record = employer(cli, "Parvis", "--notes", "Ligne 1\r\n\tLigne 2")
    assert show(cli, "employer", record)["notes"] == "Ligne 1\n\tLigne 2"
    refused(cli, "employer", "edit", record, "--notes", "bip\x07")


def test_stored_control_characters_never_reach_the_terminal(cli) -> None:
    """A record that came in before the rule (or from an older workstation) holds ESC codes:
    list, show and search print them escaped; JSON escapes them too."""
    record = employer(cli, "Parvis")
    store = Store.open(cli.data_dir)
    try:
        with UnitOfWork(store) as uow:  # written as an older version would: unchecked
            uow.update(
                Employer, record, {"name": "Parvis\x1b[2J\x1b]0;pwned\x07\x9b", "notes": "a\x1bb"}
            )
            uow.commit()
    finally:
        store.close()
    for args in (
        ("employer", "list"),
        ("employer", "show", record),
        ("search", "parvis"),
        ("employer", "list", "--json"),
        ("employer", "show", record, "--json"),
    ):
        result = cli(*args)
        assert result.code == 0, result.err
        raw = [c for c in result.out if c not in "\n\t" and (ord(c) < 32 or 0x7F <= ord(c) < 0xA0)]
        assert raw == [], (args, result.out)
    assert "\\x1b[2J" in cli("employer", "list").out
    assert json.loads(cli("employer", "show", record, "--json").out)["name"].startswith(
        "Parvis\x1b"
    )


def test_the_same_bce_number_twice_is_refused_unless_meant(cli) -> None:
    first = employer(cli, "Parvis", "--bce", "0403.019.261")
    for written in ("BE 0403 019 261", "403019261", "be0403-019-261"):
        err = refused(cli, "employer", "add", "--name", "Parvis bis", "--bce", written)
        assert "Parvis" in err and first in err and "0403.019.261" in err
        assert "--allow-duplicate" in err
    other = employer(cli, "Parvis Ixelles", "--bce", "BE0403019261", "--allow-duplicate")
    assert show(cli, "employer", other)["bce_number"] == REFERENCE_BCE
    third = employer(cli, "Autre")
    refused(cli, "employer", "edit", third, "--bce", "0403 019 261")
    assert cli("employer", "edit", third, "--bce", "0403019261", "--allow-duplicate").code == 0
    # Editing another field of a duplicate is not a new duplicate.
    assert cli("employer", "edit", other, "--status", "active").code == 0


def test_a_number_the_kbo_never_issues_is_refused(cli) -> None:
    err = refused(cli, "employer", "add", "--name", "Zéro", "--bce", "0000000097")
    assert "0000000097" in err


@pytest.mark.parametrize("name", ["\u200b", "\u200b\u200d\ufeff", " \u2060 "])
def test_a_name_of_invisible_characters_is_refused(cli, name: str) -> None:
    err = refused(cli, "employer", "add", "--name", name)
    assert "visible" in err


def test_text_is_stored_in_nfc(cli) -> None:
    record = employer(cli, "Cafe\u0301 Be\u0301guin")
    assert show(cli, "employer", record)["name"] == "Café Béguin"
    # 40 letters typed with combining accents fit a 40-character field
    assert cli("employer", "edit", record, "--legal-form", "e\u0301" * 40).code == 0


def test_internationalised_email_domains_are_accepted(cli) -> None:
    record = employer(cli, "Exämple", "--email", "info@exämple.be", "--website", "exämple.be")
    shown = show(cli, "employer", record)
    assert shown["email"] == "info@exämple.be"
    assert shown["website"] == "https://exämple.be"
    refused(cli, "employer", "edit", record, "--email", "info@exä mple.be")


def test_a_postcode_and_commune_that_do_not_match_warn(cli) -> None:
    result = cli(
        "employer", "add", "--name", "Parvis", "--postcode", "1060", "--commune", "Ixelles"
    )
    assert result.code == 0
    assert "1060" in result.err and "Saint-Gilles" in result.err and "Ixelles" in result.err
    assert show(cli, "employer", result.out.strip())["commune"] == "Ixelles"  # kept all the same
    for commune in ("Saint-Gilles", "St-Gilles", "sint-gillis"):
        ok = cli("employer", "add", "--name", commune, "--postcode", "1060", "--commune", commune)
        assert ok.code == 0 and ok.err == ""
    both = cli(
        "employer", "add", "--name", "Louise", "--postcode", "1050", "--commune", "Bruxelles"
    )
    assert both.code == 0 and both.err == ""  # 1050 is Ixelles and Brussels
    english = cli("--lang", "en", "employer", "add", "--name", "X", "--postcode", "1000",
                  "--commune", "Ixelles")  # fmt: skip
    assert "postcode 1000 is that of Bruxelles" in english.err


@pytest.mark.parametrize("date", ["0001-01-01", "9999-12-31", "1899-12-31", "2101-01-01"])
def test_dates_are_bounded(cli, date: str) -> None:
    record = employer(cli, "Parvis")
    err = refused(
        cli, "interaction", "add", record, "--channel", "visit", "--summary", "x", "--date", date
    )
    assert date in err and "1900-01-01" in err and "2100-12-31" in err
    refused(cli, "followup", "postpone", "0" * 8, date, code=1)


def test_a_done_follow_up_is_neither_postponed_nor_reassigned(cli) -> None:
    record = employer(cli, "Parvis")
    added(
        cli, "interaction", "add", record, "--channel", "visit", "--summary", "Visite",
        "--next-action", "2026-12-01",
    )  # fmt: skip
    follow_up = json.loads(cli("followups", "--json").out)[0]["id"]
    assert cli("followup", "done", follow_up).code == 0
    assert "clôturée" in refused(cli, "followup", "postpone", follow_up, "2027-01-01")
    assert "clôturée" in refused(cli, "followup", "reassign", follow_up, "Igo")


def test_contact_add_on_an_archived_employer_follows_the_interaction_rule(cli) -> None:
    record = employer(cli, "Parvis")
    assert cli("employer", "archive", record).code == 0
    contact = refused(cli, "contact", "add", record, "--name", "Jean")
    interaction = refused(cli, "interaction", "add", record, "--channel", "visit", "--summary", "x")
    assert contact == interaction and "archivé" in contact
    refused(cli, "opportunity", "add", "--employer", record, "--kind", "fpi", "--title", "x")


# --- command-line tracebacks ------------------------------------------------------------------
HUGE = "99999999999999999999"


def test_huge_and_negative_numbers_are_refused_clearly(cli) -> None:
    record = employer(cli, "Parvis")
    err = refused(
        cli, "opportunity", "add", "--employer", record, "--kind", "fpi", "--title", "x",
        "--positions", HUGE,
    )  # fmt: skip
    assert "10000" in err
    for args in (
        ("search", "parvis", "--limit", HUGE),
        ("demo", "--employers", HUGE),
        ("demo", "--seed", "-1"),
        ("employer", "list", "--limit", "-5"),
        ("employer", "list", "--limit", "0"),
        ("contact", "list", "--limit", "-1"),
        ("sync", "dismiss", HUGE),
    ):
        err = refused(cli, *args, code=2)
        assert "nombre entier" in err, args
    assert "whole number" in refused(cli, "--lang", "en", "search", "x", "--limit", "-1", code=2)


def test_limit_means_what_it_says(cli) -> None:
    for name in ("A", "B", "C"):
        employer(cli, name)
    listed = json.loads(cli("employer", "list", "--limit", "2", "--json").out)
    assert [e["name"] for e in listed] == ["A", "B"]
    assert len(json.loads(cli("search", "a", "--limit", "1", "--json").out)) <= 1


def test_an_argument_that_is_not_utf8_is_named(cli) -> None:
    err = refused(cli, "employer", "add", "--name", "Caf\udce9", code=2)
    assert "--name" in err and "UTF-8" in err
    err = refused(cli, "employer", "add", "--name=Caf\udce9", code=2)
    assert "--name" in err
    err = refused(cli, "search", "caf\udce9", code=2)
    assert "UTF-8" in err


def test_yes_no_choices_are_in_the_users_language(cli) -> None:
    record = employer(cli, "Parvis")
    opportunity = added(
        cli, "opportunity", "add", "--employer", record, "--kind", "fpi", "--title", "x"
    )
    for lang, words in (("fr", "oui, non"), ("en", "yes, no"), ("nl", "ja, nee")):
        err = refused(cli, "--lang", lang, "opportunity", "edit", opportunity, "--shared", "bof")
        assert words in err, (lang, err)
    assert cli("--lang", "nl", "opportunity", "edit", opportunity, "--shared", "ja").code == 0
    assert show(cli, "opportunity", opportunity)["shared"] is True


def test_employer_by_name(cli) -> None:
    parvis = employer(cli, "Brasserie du Parvis")
    assert (
        added(cli, "contact", "add", "brasserie du parvis", "--name", "Jean")
        and cli("contact", "list", "--employer", "BRASSERIE DU PARVIS", "--json").code == 0
    )
    opportunity = added(
        cli, "opportunity", "add", "--employer", "Brasserie du Parvís", "--kind", "fpi",
        "--title", "Commis de salle",
    )  # fmt: skip
    assert show(cli, "opportunity", opportunity)["employer_id"] == parvis
    added(cli, "candidate", "add", "--code", "C7")
    placement = added(
        cli, "placement", "add", "--candidate", "C7", "--employer", "brasserie du parvis",
        "--opportunity", "commis de salle", "--type", "fpi", "--start", "2026-11-02",
    )  # fmt: skip
    assert show(cli, "placement", placement)["opportunity_id"] == opportunity
    listed = json.loads(cli("contact", "list", "--employer", "Brasserie du Parvis", "--json").out)
    assert [c["name"] for c in listed] == ["Jean"]
    # Two employers of one name: say so, with their ids
    twin = employer(cli, "Brasserie du Parvis")
    err = refused(cli, "contact", "add", "Brasserie du Parvis", "--name", "Marie")
    assert parvis in err and twin in err
    # ...unless only one of them is still in use
    assert cli("employer", "archive", twin).code == 0
    assert added(cli, "contact", "add", "Brasserie du Parvis", "--name", "Marie")
    assert "aucun" in refused(cli, "contact", "add", "Nulle part", "--name", "Marie")


def test_the_same_candidate_code_twice(cli) -> None:
    added(cli, "candidate", "add", "--code", "C1")
    err = refused(cli, "candidate", "add", "--code", "C1")
    assert "C1" in err and "code" in err


def test_messages_never_carry_control_characters_to_the_terminal(cli) -> None:
    for args, code in (
        (("search", "x", "--limit", "\x1b[2J"), 2),  # the parser's own refusal
        (("employer", "show", "\x1b[2J\x07abcdef"), 1),
        (("employer", "add", "--name", "ok", "--email", "\x1b]0;x\x07@a.be"), 1),
        (("employer", "list", "--status", "\x1b[31m"), 2),
    ):
        err = refused(cli, *args, code=code)
        assert not [c for c in err if c != "\n" and (ord(c) < 32 or 0x7F <= ord(c) < 0xA0)], err
