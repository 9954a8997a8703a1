"""Where a passphrase comes from when none is typed in a window: the command line's sources.

The rules live in ``sync/state.py``; this is the command line's door to them:

- :func:`ask_with` names who is asked when a passphrase is needed and neither given nor in its
  environment variable (the command line registers its terminal prompt at start; nobody is
  asked in the window nor in the tests, where the error names the variable to set).
- :func:`asked` is a source of each scope's passphrase for a whole command: its environment
  variable (:data:`PASSPHRASE_ENV`), else asked once per scope.
- :func:`passphrase` gives one passphrase from a variable, else asked; a new one (``confirm``)
  is checked for strength and typed twice.

This module imports nothing but the sync state, so that registering the prompt at every start
of the command line costs nothing more than before.
"""

from __future__ import annotations

from pacte_desktop.sync import state
from pacte_desktop.sync.state import PASSPHRASE_ENV, Ask, PassphraseSource

__all__ = ["PASSPHRASE_ENV", "Ask", "PassphraseSource", "ask_with", "asked", "passphrase"]


def ask_with(ask: Ask) -> None:
    """Ask ``ask`` (alone) for the passphrases neither given nor in their variable."""
    state.ASK[:] = [ask]


def asked() -> PassphraseSource:
    """Each scope's passphrase from its environment variable, else asked once per scope."""
    return state.asked()


def passphrase(env: str, what: str, *, confirm: bool = False, names: tuple[str, ...] = ()) -> str:
    """The passphrase from ``env``, else asked as ``what``; ``confirm``: a new passphrase, which
    must be strong and not one of ``names`` (the organisation's, the network's)."""
    return state.passphrase(env, what, confirm=confirm, names=names)
