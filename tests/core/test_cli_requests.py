"""``pacte request``: relay, list, answer, close, as scripts use them; refusals in the user's
language with a non-zero exit, never a traceback. (Three organisations answering each other
through a network folder: tests/sync/test_requests.py.)"""

from __future__ import annotations

import json

import pytest


@pytest.fixture
def store_with_requests(pacte):  # type: ignore[no-untyped-def]
    assert (
        pacte(
            "init", "--org", "CPAS de Saint-Gilles", "--org-type", "cpas", "--worker", "Farida"
        ).code
        == 0
    )
    shop = pacte("employer", "add", "--name", "Delhaize Barrière", "--postcode", "1060").out.strip()
    private = pacte("employer", "add", "--name", "Employeur discret", "--no-share").out.strip()
    made = {}
    for key, employer, kind, title in (
        ("request", shop, "profile-request", "15 vendeurs NL/EN"),
        ("private", private, "profile-request", "Trois magasiniers"),
        ("internship", shop, "internship", "Stage caisse"),
    ):
        result = pacte(
            "opportunity",
            "add",
            "--employer",
            employer,
            "--kind",
            kind,
            "--title",
            title,
            "--positions",
            "15",
        )
        assert result.code == 0, result.err
        made[key] = result.out.strip()
    return made


def test_relay_list_and_close(pacte, store_with_requests) -> None:  # type: ignore[no-untyped-def]
    rid = store_with_requests["request"]
    relayed = pacte("request", "relay", rid)
    assert relayed.code == 0 and relayed.out.strip() == rid
    assert "relayée au réseau" in relayed.err
    listed = json.loads(pacte("request", "list", "--json").out)
    [ours] = listed["ours"]
    assert (ours["id"], ours["status"], ours["positions"], ours["gathered"]) == (rid, "open", 15, 0)
    assert listed["partners"] == [] and listed["joined"] is False
    closed = pacte("request", "close", "15 vendeurs NL/EN", "--status", "partly", "--lang", "nl")
    assert closed.code == 0 and "gedeeltelijk ingevuld" in closed.err
    text = pacte("request", "list").out
    assert "Nos demandes relayées" in text and "partiellement pourvue" in text
    assert "Demandes des partenaires" in text and "(aucune)" in text


@pytest.mark.parametrize(
    ("args", "code", "words"),
    [
        (("relay", "{private}"), 1, "« ne pas partager »"),
        (("relay", "{internship}"), 1, "n'est pas une demande de profils"),
        (("relay", "inconnue"), 1, "inconnue"),
        (("close", "{request}", "--status", "done"), 2, "invalid choice"),
        (("close", "{internship}", "--status", "filled"), 1, "n'est pas une demande de profils"),
        (("answer", "0190a1b2", "--count", "2"), 1, "aucune demande de partenaire"),
        (("answer", "0190a1b2", "--count", "0"), 2, "1"),
        (("answer", "0190a1b2", "--count", "9" * 40), 2, "10000"),
        (("answer", "0190a1b2"), 2, "--count"),
    ],
)
def test_refusals_are_a_sentence_and_an_exit_code(  # type: ignore[no-untyped-def]
    pacte, store_with_requests, args, code, words
) -> None:
    line = [a.format(**store_with_requests) for a in args]
    result = pacte("request", *line)
    assert result.code == code, result.err
    assert words in result.err
    assert "Traceback" not in result.err and result.out == ""
