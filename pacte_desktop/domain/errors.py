"""The one error type of the core: a field, a reason, and a sentence in the user's language."""

from __future__ import annotations

from pacte_desktop.domain import messages


class PacteError(Exception):
    """Base class of errors the user can act on. ``str()`` is the translated sentence."""

    def __init__(self, field: str, code: str, **params: object) -> None:
        self.field = field
        self.code = code
        self.params = params
        super().__init__(self.message())

    def message(self, lang: str | None = None) -> str:
        """The sentence naming the field and the reason, in ``lang`` or the current language."""
        return messages.render(self.code, self.field, self.params, lang)

    def __str__(self) -> str:
        return self.message()


class ValidationError(PacteError):
    """Bad input: nothing was written."""


class NotFoundError(PacteError):
    """A record named by the user does not exist (or the name is ambiguous)."""


class StoreError(PacteError):
    """The store itself refuses: not initialised, not a Pacte file, too new."""
