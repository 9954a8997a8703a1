"""When something goes wrong: a calm dialog, a log file without personal data, nothing lost.

The rules:
- An exception nobody caught in the interface (a slot that raises, ``sys.excepthook``) never
  ends the application. It is written to ``logs/pacte.log`` in the data folder (a rotating file:
  at most ``LOG_BYTES`` per file, ``LOG_BACKUPS`` older files kept beside it), then a dialog in
  the interface's language says that something went wrong, that what was saved is intact and
  that the forms being typed are kept as drafts (``ui/drafts.py``), and offers to open the log
  folder. While that dialog is open, a further error is logged but not shown again.
- The log holds no personal data beyond ids. A format string is code: it is written as is. Its
  arguments and every exception's message are data: of them, only ids (UUIDs, hexadecimal
  keys of 32 digits or more) and the ``PacteError`` code and field reach the file; every other
  word, numbers included (a phone, a BCE number), becomes ``…``. A traceback lists files,
  lines, functions and their source lines, never the values of frame variables.
"""

from __future__ import annotations

import logging
import logging.handlers
import re
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from pacte_desktop import __version__
from pacte_desktop.domain.errors import PacteError

LOG_DIR = "logs"
LOG_FILE = "pacte.log"
LOG_BYTES = 512 * 1024
LOG_BACKUPS = 4
LOGGER = "pacte_desktop"

# An id may stay (a UUID, a hexadecimal key or hash of 32 digits or more); any other run of
# characters that is not punctuation goes, numbers too (a phone number, a BCE number).
_KEEP = re.compile(
    r"\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\b"
    r"|\b[0-9a-fA-F]{32,}\b"
)
_WORDS = re.compile(r"[^\s.,:;()\[\]{}<>=/'\"-]+")

_ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


def scrub(text: object) -> str:
    """``text`` with only its ids left: every other word becomes ``…``."""
    value = str(text)
    kept: list[str] = []
    last = 0
    for match in _KEEP.finditer(value):
        kept.append(_WORDS.sub("…", value[last : match.start()]))
        kept.append(match.group(0))
        last = match.end()
    kept.append(_WORDS.sub("…", value[last:]))
    return re.sub(r"…(\s*…)+", "…", "".join(kept))


def describe_exception(exc: BaseException) -> str:
    """The exception's type, its code and field if it is ours, and its scrubbed message."""
    name = f"{type(exc).__module__}.{type(exc).__qualname__}"
    if isinstance(exc, PacteError):
        return f"{name} [{exc.field}/{exc.code}]"
    message = str(exc)
    return f"{name}: {scrub(message)}" if message else name


def format_exception(exc: BaseException) -> str:
    """The traceback of ``exc`` and of its causes: frames and source lines, no local values,
    each message scrubbed."""
    lines: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = exc
    chain: list[BaseException] = []
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        chain.append(current)
        current = current.__cause__ or current.__context__
    for index, item in enumerate(reversed(chain)):
        if index:
            lines.append("During the handling of the above, another exception occurred:")
        lines.append("Traceback (most recent call last):")
        for frame in traceback.extract_tb(item.__traceback__):
            lines.append(f'  File "{frame.filename}", line {frame.lineno}, in {frame.name}')
            if frame.line:
                lines.append(f"    {frame.line.strip()}")
        lines.append(describe_exception(item))
    return "\n".join(lines)


class _ScrubbingFormatter(logging.Formatter):
    """Writes the format string as is, its arguments scrubbed, tracebacks without values."""

    def format(self, record: logging.LogRecord) -> str:
        args = record.args
        if isinstance(args, tuple):
            record.args = tuple(a if isinstance(a, int | float) else scrub(a) for a in args)
        elif isinstance(args, dict):
            record.args = {k: scrub(v) for k, v in args.items()}
        try:
            message = record.getMessage()
        finally:
            record.args = args
        text = f"{self.formatTime(record)} {record.levelname} {record.name}: {message}"
        if record.exc_info and record.exc_info[1] is not None:
            text += "\n" + format_exception(record.exc_info[1])
        return text


def log_path(data_dir: Path) -> Path:
    return data_dir / LOG_DIR / LOG_FILE


def setup_logging(data_dir: Path) -> Path:
    """Send the application's log to the rotating file of ``data_dir`` (once per folder);
    return the file's path."""
    path = log_path(data_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    logger = logging.getLogger(LOGGER)
    logger.setLevel(logging.INFO)
    for handler in list(logger.handlers):
        if isinstance(handler, logging.handlers.RotatingFileHandler):
            if Path(handler.baseFilename) == path:
                return path
            logger.removeHandler(handler)
            handler.close()
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=LOG_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8"
    )
    handler.setFormatter(_ScrubbingFormatter())
    logger.addHandler(handler)
    logger.propagate = False
    logger.info("Pacte Desktop %s started", __version__)
    return path


def open_folder(folder: Path) -> bool:
    """Show ``folder`` in the system's file manager."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


class CrashDialog(QDialog):
    """Something went wrong: what was not lost, and the way to the log folder."""

    def __init__(self, log_folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crash_dialog")
        self.log_folder = log_folder
        self.heading = QLabel()
        self.heading.setObjectName("crash_heading")
        self.heading.setStyleSheet("font-weight: bold; font-size: 12pt;")
        self.body = QLabel()
        self.body.setObjectName("crash_body")
        self.body.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.open_button = QPushButton()
        self.open_button.setObjectName("open_log_button")
        self.open_button.clicked.connect(lambda: open_folder(self.log_folder))
        self.buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.continue_button = QPushButton()
        self.continue_button.setObjectName("continue_button")
        self.continue_button.setDefault(True)
        self.continue_button.clicked.connect(self.accept)
        self.buttons.addButton(self.continue_button, QDialogButtonBox.ButtonRole.AcceptRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.body)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Pacte Desktop"))
        self.heading.setText(self.tr("Quelque chose s'est mal passé."))
        self.body.setText(
            self.tr(
                "Pacte Desktop a rencontré un problème inattendu. Rien de ce qui était "
                "enregistré n'est perdu, et les fiches en cours de saisie sont gardées comme "
                "brouillons : vous pouvez continuer à travailler.\n\n"
                "Si le problème revient, envoyez le journal (dossier « %1 ») à la personne qui "
                "s'occupe de l'application. Il ne contient pas les noms ni les données des "
                "fiches."
            ).replace("%1", str(self.log_folder))
        )
        self.open_button.setText(self.tr("Ouvrir le dossier du journal"))
        self.continue_button.setText(self.tr("Continuer"))


class CrashHandler:
    """The ``sys.excepthook`` of the application: log, then say so calmly (see the module)."""

    def __init__(self, data_dir: Path, parent: Callable[[], QWidget | None] | None = None) -> None:
        self.path = setup_logging(data_dir)
        self.parent = parent or (lambda: None)
        self.dialog: CrashDialog | None = None
        self.previous = sys.excepthook

    def install(self) -> None:
        sys.excepthook = self.handle

    def uninstall(self) -> None:
        if sys.excepthook == self.handle:
            sys.excepthook = self.previous

    def handle(
        self,
        kind: type[BaseException],
        exc: BaseException,
        tb: TracebackType | None,
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            self.previous(kind, exc, tb)
            return
        if exc.__traceback__ is None and tb is not None:
            exc = exc.with_traceback(tb)
        logging.getLogger(LOGGER).error("Unexpected error", exc_info=(kind, exc, tb))
        if self.dialog is not None or QCoreApplication.instance() is None:
            return  # one dialog at a time; the log has them all
        # Window-modal but not a nested event loop: the slot that raised has returned.
        dialog = CrashDialog(self.path.parent, self.parent())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._closed)
        self.dialog = dialog
        dialog.open()

    def _closed(self, _result: int) -> None:
        self.dialog = None
