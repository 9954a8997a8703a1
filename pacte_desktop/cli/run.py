"""Running a command: the language first (so that the parser's own refusals are in it), every
argument checked for undecodable bytes, the command looked up in ``COMMANDS``, and whatever it
raises turned into one line on standard error and an exit code (1; 2 for usage; 130 when
interrupted). Standard output and error never pass a control character a record or a file
name may hold.
"""

from __future__ import annotations

import os
import sys

from pacte_desktop.cli.backups import cmd_backup, cmd_restore
from pacte_desktop.cli.context import Context
from pacte_desktop.cli.dedupe import cmd_dedupe
from pacte_desktop.cli.demo import cmd_demo
from pacte_desktop.cli.exports import cmd_export, cmd_report
from pacte_desktop.cli.followups import cmd_followup, cmd_followups
from pacte_desktop.cli.imports import cmd_import
from pacte_desktop.cli.network import cmd_network
from pacte_desktop.cli.parser import GENERIC, build_parser
from pacte_desktop.cli.records import cmd_generic, cmd_history, cmd_search
from pacte_desktop.cli.settings import cmd_settings
from pacte_desktop.cli.sync import cmd_charter, cmd_sync
from pacte_desktop.cli.workers import cmd_init, cmd_worker

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable, Sequence
    from typing import Any


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
    "dedupe": cmd_dedupe,
    "export": cmd_export,
    "report": cmd_report,
    "import": cmd_import,
    **{name: cmd_generic for name in GENERIC},
}


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


def run(argv: list[str]) -> int:
    """Run ``pacte ARGV`` (``--version`` alone is answered before: ``pacte_desktop.cli``)."""
    stdout, stderr = sys.stdout, sys.stderr
    sys.stdout = _SafeOutput(stdout)
    sys.stderr = _SafeOutput(stderr, carriage_returns=True)
    try:
        return _main(argv)
    finally:
        sys.stdout, sys.stderr = stdout, stderr


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
    from pacte_desktop.services import passphrases, stores

    stores.on_wait(lambda text: print(f"pacte: {text}", file=sys.stderr, flush=True))
    passphrases.ask_with(_typed_passphrase)
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
        said = stores.explain(exc, None) or f"{exc.filename or ''}: {stores.reason_of(exc)}"
        print(f"pacte: {said}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("pacte: interrupted, nothing written", file=sys.stderr)
        return 130
    except Exception as exc:  # SQLite refusing: a damaged page, a full disk, a read-only folder
        # A damaged page is remembered (the next opening refuses writes) and said with the
        # latest good backup and the command to restore it.
        error = stores.damage_found(args.data_dir, exc) or stores.explain(exc, ctx.folder())
        if error is None:
            raise
        print(f"pacte: {error}", file=sys.stderr)
        return 1
    finally:
        ctx.close()
