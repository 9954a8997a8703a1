"""Drafts: what a form holds is kept on disk as the user types, and offered back after a crash.

The rules:
- Each open form (the employer record, the record dialogs) has a :class:`DraftKeeper`. A short
  while (``DEBOUNCE_MS``) after each change, the form's values are written to
  ``drafts/<id>.json`` in the data folder (written beside, then renamed: a draft is whole or
  absent); a form with nothing unsaved has no draft file.
- A form that closes normally (saved, discarded, or closed with nothing to keep) removes its
  draft. A form whose user keeps editing keeps it. So a draft file that exists when the
  application starts was left by a crash, a killed process or a power cut: the main window lists
  them (:class:`DraftsDialog`) and the user restores them (the form opens again with the typed
  values, keeping the same draft file) or discards them.
- A draft holds what the user typed, on the workstation that holds the store: it never leaves
  the data folder, and nothing of it goes to the log.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pacte_desktop.ui.labels import field_label

DRAFT_DIR = "drafts"  # store/erasure.py deletes an anonymised candidate's (DRAFTS_DIR)
DEBOUNCE_MS = 600


@dataclass(frozen=True)
class Draft:
    """One draft on disk: which form, which record (None: a new one), what was typed."""

    path: Path
    table: str
    record_id: str | None
    values: dict[str, Any]
    caption: str
    saved_at: str


def drafts_dir(data_dir: Path) -> Path:
    return data_dir / DRAFT_DIR


def list_drafts(data_dir: Path) -> list[Draft]:
    """The drafts left in ``data_dir``, oldest first (an unreadable file is skipped)."""
    found: list[Draft] = []
    folder = drafts_dir(data_dir)
    if not folder.is_dir():
        return found
    for path in sorted(folder.glob("*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            found.append(
                Draft(
                    path=path,
                    table=str(data["table"]),
                    record_id=data.get("record_id"),
                    values=dict(data["values"]),
                    caption=str(data.get("caption") or ""),
                    saved_at=str(data.get("saved_at") or ""),
                )
            )
        except (OSError, ValueError, KeyError, TypeError):
            continue
    found.sort(key=lambda d: d.saved_at)
    return found


class DraftKeeper(QObject):
    """Keeps one form's draft file up to date (see the module's rules)."""

    def __init__(
        self,
        parent: QObject,
        data_dir: Path,
        table: str,
        values: Callable[[], dict[str, Any]],
        dirty: Callable[[], bool],
        *,
        record_id: Callable[[], str | None],
        caption: Callable[[], str],
    ) -> None:
        super().__init__(parent)
        self.folder = drafts_dir(data_dir)
        self.path = self.folder / f"{uuid.uuid4().hex}.json"
        self.table = table
        self._values = values
        self._dirty = dirty
        self._record_id = record_id
        self._caption = caption
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.write_now)
        self.closed = False

    def adopt(self, draft: Draft) -> None:
        """Continue a restored draft in its own file."""
        self.path = draft.path

    def changed(self) -> None:
        """The form changed: write a short while after the typing stops."""
        if not self.closed:
            self.timer.start()

    def write_now(self) -> None:
        self.timer.stop()
        if self.closed:
            return
        if not self._dirty():
            self.remove()
            return
        data = {
            "table": self.table,
            "record_id": self._record_id(),
            "caption": self._caption(),
            "saved_at": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
            "values": self._values(),
        }
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            partial = self.path.with_suffix(".part")
            partial.write_text(json.dumps(data, ensure_ascii=False, default=str), "utf-8")
            os.replace(partial, self.path)
        except OSError:
            pass  # a full disk or a read-only folder: the form itself still holds the text

    def remove(self) -> None:
        self.timer.stop()
        with contextlib.suppress(OSError):
            self.path.unlink(missing_ok=True)

    def close(self) -> None:
        """The form closed normally: its draft goes and stays gone."""
        self.remove()
        self.closed = True


def discard(drafts: list[Draft]) -> None:
    for draft in drafts:
        with contextlib.suppress(OSError):
            draft.path.unlink(missing_ok=True)


class DraftsDialog(QDialog):
    """The drafts a crash left: restore them all, discard them all, or decide later."""

    RESTORE = 1
    DISCARD = 2

    def __init__(self, drafts: list[Draft], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("drafts_dialog")
        self.drafts = drafts
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("drafts_list")
        for draft in drafts:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, str(draft.path))
            self.list.addItem(item)
        buttons = QDialogButtonBox()
        self.restore_button = QPushButton()
        self.restore_button.setObjectName("restore_drafts_button")
        self.restore_button.setDefault(True)
        self.restore_button.clicked.connect(lambda: self.done(self.RESTORE))
        self.discard_button = QPushButton()
        self.discard_button.setObjectName("discard_drafts_button")
        self.discard_button.clicked.connect(lambda: self.done(self.DISCARD))
        self.later_button = QPushButton()
        self.later_button.setObjectName("later_drafts_button")
        self.later_button.clicked.connect(self.reject)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.discard_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(self.later_button, QDialogButtonBox.ButtonRole.RejectRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.resize(520, 320)
        self.retranslate()

    def describe(self, draft: Draft) -> str:
        kind = field_label(draft.table)
        what = draft.caption or (self.tr("nouvelle fiche") if draft.record_id is None else "")
        when = draft.saved_at.replace("T", " ")[:16]
        return f"{kind[:1].upper()}{kind[1:]} — {what} ({when})"

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Brouillons à reprendre"))
        self.intro.setText(
            self.tr(
                "Pacte Desktop s'est fermé alors que ces fiches étaient en cours de saisie. "
                "Ce qui avait été tapé est gardé : voulez-vous le reprendre ?"
            )
        )
        for row, draft in enumerate(self.drafts):
            self.list.item(row).setText(self.describe(draft))
        self.restore_button.setText(self.tr("Reprendre"))
        self.discard_button.setText(self.tr("Supprimer les brouillons"))
        self.later_button.setText(self.tr("Plus tard"))


def values_for_json(values: Mapping[str, Any]) -> dict[str, Any]:
    """A form's values as JSON keeps them (dates as ISO text, tuples as lists)."""
    out: dict[str, Any] = {}
    for key, value in values.items():
        if isinstance(value, dt.date):
            out[key] = value.isoformat()
        elif isinstance(value, tuple):
            out[key] = list(value)
        else:
            out[key] = value
    return out
