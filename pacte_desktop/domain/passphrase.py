"""How strong a new passphrase must be (issue 10, 2.7).

A passphrase seals every key of an organisation (or of a network), and anyone who can read
the shared folder can try guesses offline, each at the price of one key derivation. So a *new*
passphrase — a root created, a passphrase changed — must be:

1. at least :data:`MIN_LENGTH` characters long;
2. varied: at least :data:`MIN_DISTINCT` different characters, of at least two kinds among
   lowercase letters, uppercase letters, digits, and spaces or punctuation;
3. not the organisation's (or the network's) name, even with a few digits or signs around it,
   nor mostly made of it;
4. not a common password: once lowercased, without accents and without the digits and signs
   around it (those inside read as the letters they stand for: ``P@ssw0rd``), not one of the
   most used passwords in French, Dutch and English (nor one of them repeated).

Passphrases typed to join or to unlock are checked only against the seal they open: an
organisation created before these rules keeps its passphrase until it changes it.
:func:`weakness` is pure and cheap, so the interface runs it at each keystroke.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from pacte_desktop.domain.errors import PacteError

MIN_LENGTH = 12
MIN_DISTINCT = 8

# The most used passwords (breach lists), with the French and Belgian favourites; compared
# with the passphrase's letters once lowercased, accents and surrounding digits removed.
_COMMON_WORDS = """
    password passwort motdepasse wachtwoord paswoord azerty azertyuiop qwerty
    qwertyuiop qwertz abcdef abcdefgh abc letmein welcome welkom bienvenue bonjour hello dragon
    monkey iloveyou jetaime ikhouvanjou soleil doudou chouchou loulou nicolas marseille football
    voetbal baseball superman batman princess princesse sunshine shadow master admin
    administrator root secret geheim confidentiel trustno utilisateur gebruiker user login
    changeme default test testing demo bruxelles brussel brussels belgique belgie belgium
    saintgilles sintgillis pacte emploi cpas ocmw partenaire partner organisation organisatie
    travail werk job jobs azertyqsdf qsdfghjklm wxcvbn zaq xsw asdfgh asdfghjkl zxcvbn zxcvbnm
    starwars pokemon naruto liverpool chelsea arsenal anderlecht standard brugge michael
    jennifer jordan hunter ranger buster thomas robert daniel charlie andrew matthew jessica
    ashley amanda tigger summer winter hiver printemps automne lente zomer herfst maman papa
    mama chocolat chocolade coucou salut hallo doei computer ordinateur internet freedom
    whatever trustme access pass mdp mypassword monmotdepasse mijnwachtwoord nouveaumotdepasse
    nieuwwachtwoord motdepasseoublie wachtwoordvergeten phrasesecrete geheimezin passphrase
"""
COMMON = frozenset(_COMMON_WORDS.split())

_KINDS = (str.islower, str.isupper, str.isdigit)


def _fold(text: str) -> str:
    """Lowercase, without accents."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


_LEET = str.maketrans("0134578@$!", "oieastbasi")


def _letters(text: str) -> str:
    """The letters of ``text``, folded; digits and signs inside a word read as the letters
    they stand for (``P@ssw0rd`` is ``password``), those around it are dropped."""
    inner = re.sub(r"^[^a-z]+|[^a-z]+$", "", _fold(text))
    return re.sub(r"[^a-z]", "", inner.translate(_LEET))


def _kinds(passphrase: str) -> int:
    kinds = {i for ch in passphrase for i, test in enumerate(_KINDS) if test(ch)}
    if any(not ch.isalnum() for ch in passphrase):
        kinds.add(len(_KINDS))
    return len(kinds)


def _repeats(core: str) -> str:
    """The unit a text repeats (``abcabc`` gives ``abc``), else the text."""
    for size in range(1, len(core) // 2 + 1):
        if len(core) % size == 0 and core[:size] * (len(core) // size) == core:
            return core[:size]
    return core


def weakness(passphrase: str, *, names: Iterable[str] = ()) -> PacteError | None:
    """Why ``passphrase`` is too weak to become a new passphrase (see the module's rules),
    as an error naming the reason in the user's language; None when it is strong enough.

    ``names`` are the organisation's (or network's) names it must not be.
    """
    if len(passphrase) < MIN_LENGTH:
        return PacteError("passphrase", "passphrase_short", min=MIN_LENGTH)
    if len(set(passphrase)) < MIN_DISTINCT or _kinds(passphrase) < 2:
        return PacteError("passphrase", "passphrase_variety", min=MIN_DISTINCT)
    core = _letters(passphrase)
    for name in names:
        letters = _letters(name)
        if (
            len(letters) >= 3
            and letters in core
            and (len(core.replace(letters, "")) < MIN_DISTINCT // 2)
        ):
            return PacteError("passphrase", "passphrase_name", value=name)
    unit = _repeats(core)
    if core in COMMON or unit in COMMON or (len(core) < 4 and not _alnum_rich(passphrase)):
        return PacteError("passphrase", "passphrase_common")
    return None


def _alnum_rich(passphrase: str) -> bool:
    """Few letters, yet many different digits and signs (``7!4;9#2&0@1%``)."""
    return len(set(passphrase)) >= MIN_LENGTH


def check_new(passphrase: str, *, names: Iterable[str] = ()) -> None:
    """Raise :func:`weakness`'s error when ``passphrase`` is too weak to become a new one."""
    problem = weakness(passphrase, names=names)
    if problem is not None:
        raise problem
