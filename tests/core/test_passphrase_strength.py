"""The strength rules of a new passphrase (issue 10, 2.7; domain/passphrase.py), with the reason
in French, Dutch and English."""

from __future__ import annotations

import pytest

from pacte_desktop.domain.errors import PacteError
from pacte_desktop.domain.passphrase import MIN_LENGTH, check_new, weakness

ORG = "CPAS de Saint-Gilles"


@pytest.mark.parametrize(
    ("passphrase", "code"),
    [
        ("court", "passphrase_short"),
        ("onze lettre", "passphrase_short"),  # 11 characters
        ("douze lettre", None),  # 12
        ("aaaaaaaaaaaaaaaa", "passphrase_variety"),
        ("123456789012", "passphrase_variety"),  # digits only: one kind
        ("abababababababab", "passphrase_variety"),  # two different characters
        ("CPAS de Saint-Gilles", "passphrase_name"),
        ("cpas de saint gilles 2026!", "passphrase_name"),
        ("CPÄS-dé-Saint-Gilles", "passphrase_name"),  # accents and signs change nothing
        ("Azerty123456!", "passphrase_common"),
        ("P@ssw0rd2024!", "passphrase_common"),  # digits and signs read as letters
        ("motdepasse!2026", "passphrase_common"),
        ("Wachtwoord2026", "passphrase_common"),
        ("soleilsoleil2026", "passphrase_common"),  # a common word repeated
        ("correct horse battery staple", None),
        ("Les tartines du lundi", None),
        ("Saint-Gilles, parvis et tram 81", None),  # a name inside a longer phrase is fine
        ("7!4;9#2&0@1%x", None),
    ],
)
def test_each_rule(passphrase: str, code: str | None) -> None:
    problem = weakness(passphrase, names=[ORG])
    assert (problem.code if problem else None) == code


def test_the_reason_is_given_in_the_users_language() -> None:
    problem = weakness("Azerty123456!")
    assert problem is not None
    assert "mots de passe les plus utilisés" in problem.message("fr")
    assert "meest gebruikte wachtwoorden" in problem.message("nl")
    assert "most used passwords" in problem.message("en")
    named = weakness("CPAS de Saint-Gilles", names=[ORG])
    assert named is not None and ORG in named.message("nl")
    short = weakness("court")
    assert short is not None and str(MIN_LENGTH) in short.message("en")


def test_check_new_raises_the_reason() -> None:
    with pytest.raises(PacteError) as err:
        check_new("court")
    assert err.value.code == "passphrase_short"
    check_new("quatre chats roux au marché")
