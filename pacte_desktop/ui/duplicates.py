"""The duplicates review: pairs of employers that may be one, merged, linked or set apart.

Opened from the directory's toolbar (« Doublons… ») and the Édition menu (Ctrl+Shift+D); one
window per application, brought forward when asked again. Its first tab lists the pairs the
scan finds (``services/dedupe.py``, read off the GUI thread, cancelled when the window closes),
best score first, each with why (the same BCE number, or names alike at the same place) and
whose records they are; choosing a pair shows the fields that differ side by side.

- Two of our employers: a choice per field (by default the first's value, else the other's,
  as ``pacte dedupe merge`` does), then « Fusionner… », after a confirmation naming both: the
  first is kept with the values chosen, the other's contacts, démarches, follow-ups, offers and
  placements move to it and it is archived. The status bar offers « Annuler » for
  ten seconds; the « Fusions faites » tab undoes any merge later (on any workstation once
  synced).
- One of ours and a partner's record: never merged (the record is the partner's); « Lier (même
  employeur) » says they are the same employer, so the Network view shows one employer with
  every partner that knows it and the directory counts the partner.
- « Pas le même employeur » remembers the decision: the pair is not listed again.

Every decision is written in one unit of work (journalled, synced to the organisation's
workstations) and can be undone from the status bar right after.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QRadioButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from pacte_desktop.domain.progress import Cancelled, CancelToken
from pacte_desktop.services import dedupe, workers
from pacte_desktop.services.dedupe import MergeSummary, Pair, Side
from pacte_desktop.ui.context import AppContext
from pacte_desktop.ui.guarded_dialog import dialog_button, report_error
from pacte_desktop.ui.labels import display_value, format_date
from pacte_desktop.ui.record_lists import RecordListModel, label_of, make_table

PAIR_COLUMNS = ("score", "first", "second", "where", "reason")
MERGE_COLUMNS = ("merged_at", "kept", "merged", "state")


def _value(key: str, value: Any, names: Mapping[str, str]) -> str:
    """A compared value as the interface shows it (stored lists are JSON text)."""
    if key == "owner_id":
        return names.get(str(value), str(value or ""))
    if isinstance(value, str) and value.startswith("["):
        with contextlib.suppress(ValueError):  # a name that starts with "[" stays text
            value = tuple(json.loads(value))
    if key == "do_not_share":
        value = bool(value)
    return display_value(key, value)


def _empty(value: Any) -> bool:
    return value in (None, "", "[]", [], ())


def default_choices(pair: Pair) -> dict[str, str]:
    """Field -> the id whose value a merge keeps by default: the first's non-empty value, else
    the second's (the command line's default)."""
    first, second = pair.first, pair.second
    return {
        name: second.id
        if _empty(first.values.get(name)) and not _empty(second.values.get(name))
        else first.id
        for name in pair.differing
    }


class DuplicatesDialog(QDialog):
    """The pairs to review, side by side, and the past merges."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("duplicates_dialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.pairs: list[Pair] = []
        self.merges: list[MergeSummary] = []
        self.names: dict[str, str] = {}  # worker id -> name (the owner field)
        self.choices: dict[str, str] = {}  # field -> the id whose value the merge keeps
        self.groups: dict[str, QButtonGroup] = {}
        self.loading = False
        self._generation = 0
        self._token: CancelToken | None = None

        self.tabs = QTabWidget()
        self.tabs.addTab(self._pairs_page(), "")
        self.tabs.addTab(self._merges_page(), "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self.close_button = dialog_button("close_duplicates")
        self.close_button.clicked.connect(self.close)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        layout.addLayout(bottom)
        context.changed.connect(self._on_changed)
        self.retranslate()
        self.resize(1000, 600)
        self.reload()

    # -- pages -----------------------------------------------------------------------------
    def _pairs_page(self) -> QWidget:
        self.pair_model = RecordListModel(PAIR_COLUMNS, self._pair_headers, self)
        self.pair_table = make_table(self.pair_model, "duplicate_pairs")
        self.pair_table.selectionModel().selectionChanged.connect(lambda *_: self._show_pair())
        self.status_label = QLabel()
        self.status_label.setObjectName("duplicates_status")
        self.status_label.setWordWrap(True)
        self.rescan_button = dialog_button("rescan_duplicates")
        self.rescan_button.clicked.connect(self.reload)
        top = QHBoxLayout()
        top.addWidget(self.status_label, 1)
        top.addWidget(self.rescan_button)

        self.compare_title = QLabel()
        self.compare_title.setObjectName("compare_title")
        self.compare_title.setWordWrap(True)
        self.compare_note = QLabel()
        self.compare_note.setObjectName("compare_note")
        self.compare_note.setWordWrap(True)
        self.compare_note.setStyleSheet("color: #555;")
        self.grid_holder = QWidget()
        self.grid = QGridLayout(self.grid_holder)
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(2, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.grid_holder)
        self.merge_button = dialog_button("merge_pair", primary=True)
        self.merge_button.clicked.connect(self.merge_selected)
        self.link_button = dialog_button("link_pair", primary=True)
        self.link_button.clicked.connect(self.link_selected)
        self.distinct_button = dialog_button("distinct_pair")
        self.distinct_button.clicked.connect(self.distinct_selected)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.distinct_button, self.link_button, self.merge_button):
            buttons.addWidget(button)
        self.compare = QWidget()
        self.compare.setObjectName("duplicate_compare")
        side = QVBoxLayout(self.compare)
        side.addWidget(self.compare_title)
        side.addWidget(scroll, 1)
        side.addWidget(self.compare_note)
        side.addLayout(buttons)

        splitter = QSplitter()
        splitter.addWidget(self.pair_table)
        splitter.addWidget(self.compare)
        splitter.setSizes([560, 640])
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        return page

    def _merges_page(self) -> QWidget:
        self.merge_model = RecordListModel(MERGE_COLUMNS, self._merge_headers, self)
        self.merge_table = make_table(self.merge_model, "past_merges")
        self.merge_table.selectionModel().selectionChanged.connect(lambda *_: self._merge_buttons())
        self.undo_merge_button = dialog_button("undo_merge")
        self.undo_merge_button.clicked.connect(self.undo_selected_merge)
        self.merges_hint = QLabel()
        self.merges_hint.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.merges_hint, 1)
        row.addWidget(self.undo_merge_button)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.merge_table, 1)
        layout.addLayout(row)
        return page

    # -- strings ---------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Doublons d'employeurs"))
        self.tabs.setTabText(0, self.tr("Paires à examiner"))
        self.tabs.setTabText(1, self.tr("Fusions faites"))
        self.rescan_button.setText(self.tr("Chercher à nouveau"))
        self.merge_button.setText(self.tr("Fusionner…"))
        self.merge_button.setToolTip(
            self.tr("Garder la première fiche avec les valeurs choisies ; l'autre est archivée")
        )
        self.link_button.setText(self.tr("Lier (même employeur)"))
        self.link_button.setToolTip(
            self.tr("Notre fiche et celle du partenaire sont le même employeur")
        )
        self.distinct_button.setText(self.tr("Pas le même employeur"))
        self.distinct_button.setToolTip(self.tr("Ne plus proposer cette paire"))
        self.undo_merge_button.setText(self.tr("Annuler la fusion…"))
        self.merges_hint.setText(
            self.tr(
                "Annuler une fusion remet l'employeur archivé et ce qui lui appartenait ; ce "
                "qui a été ajouté depuis à la fiche gardée y reste."
            )
        )
        self.close_button.setText(self.tr("Fermer"))
        self.pair_model.retranslate()
        self.merge_model.retranslate()
        self._show_pairs()
        self._show_merges()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _pair_headers(self) -> dict[str, str]:
        return {
            "score": self.tr("Score"),
            "first": self.tr("Notre employeur"),
            "second": self.tr("Peut-être le même que"),
            "where": self.tr("Fiche de"),
            "reason": self.tr("Pourquoi"),
        }

    def _merge_headers(self) -> dict[str, str]:
        return {
            "merged_at": self.tr("Date"),
            "kept": self.tr("Fiche gardée"),
            "merged": self.tr("Fiche fusionnée"),
            "state": self.tr("État"),
        }

    def _owner(self, side: Side) -> str:
        return str(self.tr("Nous")) if side.own else str(side.organisation or side.org_id)

    def _reason(self, pair: Pair) -> str:
        if pair.reason == "bce":
            return str(self.tr("même n° BCE"))
        return str(self.tr("noms proches, même adresse"))

    # -- loading ---------------------------------------------------------------------------
    def reload(self) -> None:
        """Scan again in the background; the older scan is cancelled, its answer dropped."""
        self._generation += 1
        generation = self._generation
        if self._token is not None:
            self._token.cancel()
        token = self._token = CancelToken()
        self.loading = True
        self.rescan_button.setEnabled(False)
        self.status_label.setText(self.tr("Recherche des doublons…"))
        store = self.context.store

        def arrive(found: list[Pair]) -> None:
            if not isValid(self) or generation != self._generation:
                return
            self.loading = False
            self.rescan_button.setEnabled(True)
            self.pairs = found
            self._show_pairs()

        def failed(exc: BaseException) -> None:
            if not isValid(self) or generation != self._generation:
                return
            self.loading = False
            self.rescan_button.setEnabled(True)
            if not isinstance(exc, Cancelled):
                self.status_label.setText("")
                report_error(self, exc)

        def names_arrive(found: list[Any]) -> None:
            if isValid(self):
                self.names = {w.id: w.name for w in found}
                self._show_pair()

        self.context.fetch(workers.active, on_done=names_arrive)
        self.context.runner.submit(
            lambda: dedupe.scan(store, cancel=token), on_done=arrive, on_error=failed
        )
        self.context.runner.submit(
            dedupe.past_merges, store, on_done=self._merges_arrived, on_error=failed
        )

    def _merges_arrived(self, found: list[MergeSummary]) -> None:
        if isValid(self):
            self.merges = found
            self._show_merges()

    def _on_changed(self, what: str, _initiator: object) -> None:
        if what in ("*", "employer", "network", "dedupe"):
            self.reload()

    def closeEvent(self, event: Any) -> None:
        if self._token is not None:  # a scan of a large directory stops with the window
            self._token.cancel()
        super().closeEvent(event)

    # -- the pairs -------------------------------------------------------------------------
    def _show_pairs(self) -> None:
        selected = self.selected_pair()
        rows = [
            {
                "id": str(n),
                "score": f"{pair.score} %",
                "first": str(pair.first.values.get("name") or ""),
                "second": str(pair.second.values.get("name") or ""),
                "where": self._owner(pair.second),
                "reason": self._reason(pair),
            }
            for n, pair in enumerate(self.pairs)
        ]
        self.pair_model.set_rows(rows)
        if not self.loading:
            self.status_label.setText(
                self.tr("%n paire(s) à examiner.", "", len(self.pairs))
                if self.pairs
                else self.tr("Aucun doublon probable : rien à examiner.")
            )
        self.pair_table.resizeColumnsToContents()  # then the names and owners bounded
        for column in (1, 2, 3):
            self.pair_table.setColumnWidth(column, min(self.pair_table.columnWidth(column), 190))
        again = 0
        if selected is not None:  # the same pair, or the one now at its place
            keys = [(p.first.id, p.second.id) for p in self.pairs]
            wanted = (selected.first.id, selected.second.id)
            again = keys.index(wanted) if wanted in keys else 0
        if self.pairs:
            self.pair_table.selectRow(min(again, len(self.pairs) - 1))
        self._show_pair()

    def selected_pair(self) -> Pair | None:
        rows = self.pair_table.selectionModel().selectedRows()
        if not rows or not (0 <= rows[0].row() < len(self.pairs)):
            return None
        return self.pairs[rows[0].row()]

    def _clear_grid(self) -> None:
        self.groups.clear()
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:  # gone now, not at the next turn of the event loop
                widget.setParent(None)
                widget.deleteLater()

    def _show_pair(self) -> None:
        """The selected pair's differing fields side by side; a choice per field when both
        records are ours."""
        self._clear_grid()
        pair = self.selected_pair()
        self.compare.setEnabled(pair is not None)
        for button in (self.merge_button, self.link_button, self.distinct_button):
            button.setVisible(pair is not None)
        if pair is None:
            self.compare_title.setText("")
            self.compare_note.setText("")
            return
        first, second = pair.first, pair.second
        self.merge_button.setVisible(not pair.partner)
        self.link_button.setVisible(pair.partner)
        self.compare_title.setText(
            self.tr("« %1 » et « %2 » : %3")
            .replace("%1", str(first.values.get("name") or ""))
            .replace("%2", str(second.values.get("name") or ""))
            .replace("%3", self._reason(pair))
        )
        if pair.partner:
            self.compare_note.setText(
                self.tr(
                    "La fiche de %1 lui appartient : elle n'est jamais fusionnée avec la "
                    "nôtre. « Lier » dit que c'est le même employeur : le réseau les montre "
                    "ensemble et l'annuaire compte ce partenaire."
                ).replace("%1", self._owner(second))
            )
        else:
            self.compare_note.setText(
                self.tr(
                    "La fusion garde la fiche de gauche avec les valeurs choisies ; les "
                    "contacts, démarches, relances, offres et mises à l'emploi de l'autre "
                    "passent à la fiche gardée, et l'autre est archivée."
                )
            )
        headings = (
            self.tr("Champ"),
            self.tr("Notre fiche (gardée)") if not pair.partner else self.tr("Notre fiche"),
            self.tr("Notre fiche") if not pair.partner else self._owner(second),
        )
        for column, text in enumerate(headings):
            label = QLabel(f"<b>{text}</b>")
            self.grid.addWidget(label, 0, column)
        self.choices = default_choices(pair) if not pair.partner else {}
        for row, name in enumerate(pair.differing, start=1):
            self.grid.addWidget(QLabel(label_of(name)), row, 0)
            values = [
                _value(name, side.values.get(name), self.names) or self.tr("(vide)")
                for side in (first, second)
            ]
            if pair.partner:
                for column, text in enumerate(values, start=1):
                    cell = QLabel(text)
                    cell.setWordWrap(True)
                    cell.setObjectName(f"value_{name}_{column}")
                    self.grid.addWidget(cell, row, column)
                continue
            group = QButtonGroup(self.grid_holder)
            for column, (side, text) in enumerate(
                zip((first, second), values, strict=True), start=1
            ):
                radio = QRadioButton(text)
                radio.setObjectName(f"choice_{name}_{column}")
                radio.setChecked(self.choices[name] == side.id)
                radio.toggled.connect(
                    lambda on, name=name, chosen=side.id: self._choose(name, chosen, on)
                )
                group.addButton(radio)
                self.grid.addWidget(radio, row, column)
            self.groups[name] = group
        same = len(dedupe.COMPARED_FIELDS) - len(pair.differing)
        tail = QLabel(self.tr("%n autre(s) champ(s) identique(s) ou vide(s).", "", same))
        tail.setStyleSheet("color: #555;")
        self.grid.addWidget(tail, len(pair.differing) + 1, 0, 1, 3)
        self.grid.setRowStretch(len(pair.differing) + 2, 1)

    def _choose(self, name: str, chosen: str, on: bool) -> None:
        if on:
            self.choices[name] = chosen

    # -- decisions -------------------------------------------------------------------------
    def confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(
            self,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _names(self, pair: Pair) -> tuple[str, str]:
        return (
            str(pair.first.values.get("name") or pair.first.id),
            str(pair.second.values.get("name") or pair.second.id),
        )

    def merge_selected(self) -> None:
        """Merge the selected pair of ours with the values chosen, once confirmed."""
        pair = self.selected_pair()
        if pair is None or pair.partner:
            return
        kept, merged = self._names(pair)
        text = self.tr(
            "Fusionner « %2 » dans « %1 » ?\n\n« %1 » est gardé avec les valeurs choisies ; les "
            "contacts, démarches, relances, offres et mises à l'emploi de « %2 » passent à "
            "« %1 », et « %2 » est archivé. La fusion peut être annulée."
        )
        if not self.confirm(self.tr("Fusionner"), text.replace("%1", kept).replace("%2", merged)):
            return
        first, second, keep = pair.first.id, pair.second.id, dict(self.choices)
        done_text = self.tr("« %2 » fusionné dans « %1 »").replace("%1", kept)
        done_text = done_text.replace("%2", merged)
        context = self.context

        def merge(uow: Any) -> Any:
            return dedupe.merge(uow, first, second, keep)

        def done(made: Any) -> None:
            merge_id = made.id

            def undo() -> None:
                context.write(
                    "*",
                    lambda uow: dedupe.undo(uow, merge_id),
                    on_error=lambda exc: report_error(None, exc),
                )

            context.offer_undo(done_text, undo)

        self._write("*", merge, done)

    def link_selected(self) -> None:
        """Say our employer and the partner's record are the same employer."""
        pair = self.selected_pair()
        if pair is None or not pair.partner:
            return
        ours, theirs = self._names(pair)
        own, record = pair.first.id, f"{pair.second.org_id}/{pair.second.id}"
        text = self.tr("Lié : « %1 » et la fiche de %2").replace("%1", ours)
        self._decide(lambda uow: dedupe.link(uow, own, record), text.replace("%2", theirs))

    def distinct_selected(self) -> None:
        """Remember that the pair is not one employer: it is not listed again."""
        pair = self.selected_pair()
        if pair is None:
            return
        first = pair.first.id
        second = pair.second.id if pair.second.own else f"{pair.second.org_id}/{pair.second.id}"
        a, b = self._names(pair)
        text = self.tr("« %1 » et « %2 » : pas le même employeur").replace("%1", a)
        self._decide(lambda uow: dedupe.distinct(uow, first, second), text.replace("%2", b))

    def _decide(self, action: Any, text: str) -> None:
        """A link or a "not the same": written, then offered for undo in the status bar."""
        context = self.context

        def done(made: Any) -> None:
            decision = made.id

            def undo() -> None:
                context.write(
                    "dedupe",
                    lambda uow: dedupe.undo(uow, decision),
                    on_error=lambda exc: report_error(None, exc),
                )

            context.offer_undo(text, undo)

        self._write("dedupe", action, done)

    def _write(self, what: str, action: Any, done: Any) -> None:
        for button in (self.merge_button, self.link_button, self.distinct_button):
            button.setEnabled(False)

        def finished(result: Any) -> None:
            if isValid(self):
                for button in (self.merge_button, self.link_button, self.distinct_button):
                    button.setEnabled(True)
            done(result)

        def failed(exc: BaseException) -> None:
            if isValid(self):
                for button in (self.merge_button, self.link_button, self.distinct_button):
                    button.setEnabled(True)
            report_error(self if isValid(self) else None, exc)

        self.context.write(what, action, on_done=finished, on_error=failed)

    # -- past merges -----------------------------------------------------------------------
    def _show_merges(self) -> None:
        rows = [
            {
                "id": m.id,
                "merged_at": format_date(m.merged_at[:10]),
                "kept": m.kept_name,
                "merged": m.merged_name,
                "state": self.tr("annulée le %1").replace("%1", format_date(m.undone_at[:10]))
                if m.undone_at
                else "",
            }
            for m in self.merges
        ]
        self.merge_model.set_rows(rows)
        self.merge_table.resizeColumnToContents(0)
        self._merge_buttons()

    def selected_merge(self) -> MergeSummary | None:
        rows = self.merge_table.selectionModel().selectedRows()
        if not rows or not (0 <= rows[0].row() < len(self.merges)):
            return None
        return self.merges[rows[0].row()]

    def _merge_buttons(self) -> None:
        chosen = self.selected_merge()
        self.undo_merge_button.setEnabled(chosen is not None and not chosen.undone_at)

    def undo_selected_merge(self) -> None:
        chosen = self.selected_merge()
        if chosen is None or chosen.undone_at:
            return
        text = self.tr(
            "Annuler la fusion de « %2 » dans « %1 » ? « %2 » revient dans l'annuaire avec ce "
            "qui lui appartenait."
        )
        text = text.replace("%1", chosen.kept_name).replace("%2", chosen.merged_name)
        if not self.confirm(self.tr("Annuler la fusion"), text):
            return
        merge_id = chosen.id
        self._write("*", lambda uow: dedupe.undo(uow, merge_id), lambda _undone: None)


def open_duplicates(context: AppContext, parent: QWidget | None = None) -> DuplicatesDialog:
    """The review window: the one already open (brought forward), or a new one."""
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, DuplicatesDialog) and widget.context is context:
            widget.show()
            widget.raise_()
            widget.activateWindow()
            return widget
    dialog = DuplicatesDialog(context, parent)
    dialog.show()
    return dialog


__all__ = [
    "DuplicatesDialog",
    "default_choices",
    "open_duplicates",
]
