"""Opportunities and employer requests, candidates and placements: three lists and their dialog.

The three sidebar views share one pattern (:class:`RecordsView`): a filter bar, a table over an
:class:`IdTableModel` (ids from SQL, rows on demand), buttons to create, open and archive, and a
refresh from ``context.changed``. Records open in :class:`RecordDialog`, a generic dialog over an
:class:`EntityForm`; its employer field is a search-as-you-type chooser because a store may hold
100,000 employers, too many for a combo box.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from typing import Any, ClassVar

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QSettings,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QBrush,
    QCloseEvent,
    QColor,
    QFont,
    QHelpEvent,
    QKeySequence,
    QShortcut,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolTip,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from pacte_desktop.domain import messages
from pacte_desktop.domain.entities import (
    BY_TABLE,
    OPPORTUNITY_KINDS,
    OPPORTUNITY_STATUSES,
    PLACEMENT_OUTCOMES,
    PLACEMENT_TYPES,
    Candidate,
    Employer,
    Entity,
    FieldSpec,
    Opportunity,
    Placement,
    Worker,
    build,
    editable_fields,
    normalise,
    specs,
)
from pacte_desktop.domain.errors import NotFoundError, PacteError
from pacte_desktop.domain.placement_checks import check_date, check_due
from pacte_desktop.services import listings, records
from pacte_desktop.store.repository import Repository
from pacte_desktop.ui.context import AppContext
from pacte_desktop.ui.drafts import Draft, DraftKeeper, values_for_json
from pacte_desktop.ui.forms import EntityForm, FieldEditor
from pacte_desktop.ui.labels import choice_label, field_label, format_date
from pacte_desktop.ui.table_model import ID_ROLE, SORT_ROLE, IdTableModel, fit_columns
from pacte_desktop.ui.view import View

SEARCH_DELAY_MS = 200
EMPLOYER_SEARCH_DELAY_MS = 250
EMPLOYER_SUGGESTIONS = 20
NAME_ROLE = Qt.ItemDataRole.UserRole + 10
DUE_COLOUR = "#ffe0b2"  # amber: a check is due; the text also gets a sign, colour is not enough
BANNER_STYLE = (
    "background: #fff4e5; border: 1px solid #f0b46c; border-radius: 3px; padding: 4px 8px;"
)


# -- the employer chooser -------------------------------------------------------------------------
class EmployerChooser(QLineEdit):
    """Type part of an employer's name, BCE number or address; pick it in the suggestions.

    The search runs off the GUI thread once typing pauses (FTS5, at most
    :data:`EMPLOYER_SUGGESTIONS` answers). Editing the text forgets the chosen employer until
    one is picked again, so what is saved is never a half-typed name.
    """

    employer_changed = Signal(object)  # the chosen id, or None

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.employer_id: str | None = None
        self._name = ""
        self._generation = 0
        self.suggestions = QStandardItemModel(self)
        completer = QCompleter(self.suggestions, self)
        # The search already filtered (also on words inside the name): show all its answers.
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCompletionRole(NAME_ROLE)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.activated[QModelIndex].connect(self._activated)
        self.setCompleter(completer)
        self.setClearButtonEnabled(True)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(EMPLOYER_SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._search)
        self.textEdited.connect(self._typed)
        self.editingFinished.connect(self._settle)
        self.retranslate()

    def retranslate(self) -> None:
        self.setPlaceholderText(self.tr("Nom, numéro BCE ou adresse de l'employeur…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- the chosen employer ---------------------------------------------------------------
    def set_employer(self, employer_id: str | None) -> None:
        """Show the employer's name (one read by id) and remember the id."""
        name = ""
        if employer_id:
            found = self.context.read(lambda conn: Repository(conn).get(Employer, employer_id))
            name = found.name if found is not None else employer_id
        self._choose(employer_id or None, name)

    def _choose(self, employer_id: str | None, name: str) -> None:
        changed = employer_id != self.employer_id
        self.employer_id = employer_id
        self._name = name
        if self.text() != name:
            self.setText(name)
        if changed:
            self.employer_changed.emit(employer_id)

    def _activated(self, index: QModelIndex) -> None:
        self._choose(index.data(ID_ROLE), index.data(NAME_ROLE) or "")

    def choose_suggestion(self, row: int) -> None:
        """Pick the ``row``-th suggestion (what clicking it in the pop-up does)."""
        item = self.suggestions.item(row)
        if item is not None:
            self._choose(item.data(ID_ROLE), item.data(NAME_ROLE))

    # -- searching -------------------------------------------------------------------------
    def _typed(self, text: str) -> None:
        if self.employer_id is not None and text != self._name:
            # The text no longer names the chosen employer: forget it (keep what is typed).
            self.employer_id = None
            self.employer_changed.emit(None)
        self._timer.start()

    def _settle(self) -> None:
        """Leaving the field: an exact name among the suggestions counts as chosen."""
        if self.employer_id is None:
            self._pick_exact()

    def _pick_exact(self) -> None:
        text = self.text().strip().casefold()
        if not text:
            return
        rows = [
            self.suggestions.item(r)
            for r in range(self.suggestions.rowCount())
            if str(self.suggestions.item(r).data(NAME_ROLE)).casefold() == text
        ]
        if len(rows) == 1:
            self._choose(rows[0].data(ID_ROLE), rows[0].data(NAME_ROLE))

    def _search(self) -> None:
        text = self.text().strip()
        self._generation += 1
        generation = self._generation
        if not text:
            self._fill(generation, [])
            return
        store = self.context.store

        def query() -> list[tuple[str, str, str]]:
            with store.reading() as conn:
                found = Repository(conn).search_employer_ids(text, limit=EMPLOYER_SUGGESTIONS)
                rows = listings.rows(conn, "employer", found)
            return [(i, rows[i]["name"], rows[i].get("commune") or "") for i in found if i in rows]

        self.context.runner.submit(query, on_done=lambda found: self._fill(generation, found))

    def _fill(self, generation: int, found: Sequence[tuple[str, str, str]]) -> None:
        if not isValid(self) or generation != self._generation:
            return  # the dialog closed, or a newer search replaced this one
        self.suggestions.clear()
        for employer_id, name, commune in found:
            item = QStandardItem(f"{name} — {commune}" if commune else name)
            item.setData(employer_id, ID_ROLE)
            item.setData(name, NAME_ROLE)
            self.suggestions.appendRow(item)
        if self.employer_id is None:
            self._pick_exact()
        if found and self.hasFocus() and self.employer_id is None:
            self.completer().complete()


class EmployerEditor(FieldEditor):
    """The ``employer_id`` field of a form, with :class:`EmployerChooser` as its input."""

    def __init__(self, context: AppContext, name: str, spec: FieldSpec) -> None:
        self._context = context  # needed by _make_input, which the base constructor calls
        super().__init__(name, spec)

    def _make_input(self, options: Sequence[tuple[str, str]] | None) -> QWidget:
        chooser = EmployerChooser(self._context)
        chooser.employer_changed.connect(lambda _id: self.edited.emit(self.name))
        return chooser

    @property
    def chooser(self) -> EmployerChooser:
        assert isinstance(self.input, EmployerChooser)
        return self.input

    def raw(self) -> Any:
        return self.chooser.employer_id

    def set_raw(self, value: Any) -> None:
        self.chooser.set_employer(str(value) if value else None)


def _replace_editor(form: EntityForm, editor: FieldEditor) -> None:
    """Put ``editor`` in the form's row of the same field (keeping the field order)."""
    layout = form.layout()
    assert isinstance(layout, QFormLayout)
    old = form.editors[editor.name]
    row, _role = layout.getWidgetPosition(old)
    layout.removeRow(row)
    label = QLabel()
    label.setBuddy(editor.input)
    layout.insertRow(row, label, editor)
    editor.edited.connect(lambda _n: form.edited.emit())
    form.editors[editor.name] = editor  # same key: the dict keeps the field's position
    form.labels[editor.name] = label
    form.retranslate()


# -- the dialog ---------------------------------------------------------------------------------
def _label_of(entity: Entity) -> str:
    for attr in ("name", "title", "code"):
        value = getattr(entity, attr, None)
        if value:
            return str(value)
    return entity.id


def _ref_options(
    conn: Any, cls: type[Entity], name: str, spec: FieldSpec, current: object
) -> list[tuple[str, str]]:
    """Choices of a reference field: active workers, candidate codes, named records."""
    repo = Repository(conn)
    target = BY_TABLE[str(spec.ref)]
    if spec.ref == "worker":
        pairs = [(w.id, w.name) for w in repo.list(Worker, status="active", order_by="name")]
    elif spec.ref == "candidate":
        pairs = [(c.id, c.code) for c in repo.list(Candidate, order_by="code")]
    elif spec.ref == "opportunity" and "employer_id" in specs(cls):
        return []  # filled from the chosen employer
    else:
        order = next((f for f in ("name", "title", "code") if f in specs(target)), "id")
        pairs = [(e.id, _label_of(e)) for e in repo.list(target, order_by=order, limit=500)]
    if current and all(value != current for value, _ in pairs):
        # Keep the record's own reference (a worker who left, an archived candidate), so that
        # opening the record and saving another field changes nothing else.
        found = repo.get(target, str(current))
        if found is not None:
            state = "left" if getattr(found, "status", None) == "left" else None
            note = choice_label(state) if state else messages.field_label("archived")
            pairs.append((found.id, f"{_label_of(found)} ({note})"))
    return pairs


def _employer_opportunities(conn: Any, employer_id: str) -> list[tuple[str, str]]:
    found = Repository(conn).list(Opportunity, employer_id=employer_id, order_by="title")
    return [(o.id, f"{o.title} ({choice_label(o.kind)})") for o in found]


class RecordDialog(QDialog):
    """Create or edit one record of any entity through an :class:`EntityForm`.

    ``preset`` fills fields of a new record (``{"employer_id": …}`` opens "new opportunity for
    this employer"; a preset employer is shown read-only). Save (Ctrl+S, the default button)
    checks the values with the domain's rules, then writes in the background: a new record
    through ``records.create``, an existing one through ``records.edit`` with only the fields
    that changed. Errors land beside their field and the dialog keeps what was typed.
    """

    saved = Signal(object)  # the record as stored

    def __init__(
        self,
        context: AppContext,
        cls: type[Entity],
        record_id: str | None = None,
        *,
        preset: Mapping[str, Any] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        record: Entity | None = None
        if record_id:
            # Before the QDialog exists, so that a missing record leaves no hidden child behind.
            record = context.read(lambda conn: Repository(conn).get(cls, record_id))
            if record is None:
                raise NotFoundError(cls.TABLE, "not_found", value=record_id)
        super().__init__(parent)
        self.context = context
        self.cls = cls
        self.record = record
        self.preset = dict(preset or {})
        self._saving = False
        self._settled = False  # saved or discarded: closing asks nothing more
        self.setObjectName(f"record_dialog_{cls.TABLE}")
        self.setSizeGripEnabled(True)

        fields = tuple(editable_fields(cls))  # every editable field, in the entity's order
        start = self._initial_values(fields)
        field_specs = specs(cls)
        options = context.read(
            lambda conn: {
                name: _ref_options(conn, cls, name, field_specs[name], start.get(name))
                for name in fields
                if field_specs[name].kind == "ref" and field_specs[name].ref != "employer"
            }
        )
        self.form = EntityForm(cls, fields, options=options)
        self.form.setObjectName("record_form")
        self.employer_editor: EmployerEditor | None = None
        if "employer_id" in fields:
            self.employer_editor = EmployerEditor(
                context, "employer_id", field_specs["employer_id"]
            )
            _replace_editor(self.form, self.employer_editor)
            if "opportunity_id" in fields:
                self.employer_editor.chooser.employer_changed.connect(self._fill_opportunities)
        self.form.set_entity(start)
        if self.employer_editor is not None and self.preset.get("employer_id"):
            self.employer_editor.chooser.setReadOnly(True)
        self._snapshot = self.form.values()
        self.form.edited.connect(self._edited)
        # What is typed is kept as a draft until saved or discarded (ui/drafts.py).
        self.draft = DraftKeeper(
            self,
            context.store.data_dir,
            cls.TABLE,
            lambda: {"fiche": values_for_json(self.form.values())},
            self.is_dirty,
            record_id=lambda: self.record.id if self.record is not None else None,
            caption=lambda: self._record_caption() if self.record is not None else "",
        )
        self.form.edited.connect(self.draft.changed)

        self.privacy = QLabel()
        self.privacy.setObjectName("privacy_notice")
        self.privacy.setWordWrap(True)
        self.privacy.setStyleSheet(BANNER_STYLE)
        self.privacy.setVisible(cls is Candidate)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields, not the frame
        scroll.setWidget(self.form)
        # Our own buttons, not standard ones: a button box relabels standard buttons with Qt's
        # words on a language change, after retranslate() has set ours.
        self.buttons = QDialogButtonBox()
        self.save_button = QPushButton()
        self.save_button.setObjectName("save_button")
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setDefault(True)
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("cancel_button")
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)

        layout = QVBoxLayout(self)
        layout.addWidget(self.privacy)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)
        # The replaced employer input was created last: set the tab order of the rows, then
        # the buttons (the focus ring is cyclic, so this fixes every step of it).
        widgets = [e.input for e in self.form.editors.values()]
        widgets += [self.save_button, self.cancel_button]
        for first, second in itertools.pairwise(widgets):
            QWidget.setTabOrder(first, second)
        self.resize(560, 640)  # fits a 1366×768 screen; the form scrolls when it needs to
        self.retranslate()
        # Focus the first field the user can change (a preset employer is read-only).
        for editor in self.form.editors.values():
            if not (isinstance(editor.input, QLineEdit) and editor.input.isReadOnly()):
                editor.input.setFocus()
                break

    # -- values ----------------------------------------------------------------------------
    def _initial_values(self, fields: Sequence[str]) -> dict[str, Any]:
        if self.record is not None:
            return {name: getattr(self.record, name) for name in fields}
        blank = self.cls()  # the dataclass defaults (status "open", positions 1, …)
        values: dict[str, Any] = {name: getattr(blank, name) for name in fields}
        # A new record is the current worker's unless said otherwise.
        for name in ("owner_id", "worker_id"):
            if name in values and self.context.worker_id:
                values[name] = self.context.worker_id
        if self.cls is Placement:
            values["start_date"] = dt.date.today()
        values.update({k: v for k, v in self.preset.items() if k in values})
        return values

    def is_dirty(self) -> bool:
        return self.form.values() != self._snapshot

    def restore_draft(self, draft: Draft) -> None:
        """Put a draft's typed values back in the form; the draft file goes on in use."""
        for name, value in dict(draft.values.get("fiche") or {}).items():
            editor = self.form.editors.get(name)
            if editor is not None:
                editor.set_raw(value)
        self.draft.adopt(draft)
        self.draft.changed()
        self.setWindowModified(self.is_dirty())

    def done(self, result: int) -> None:
        # Closed normally (saved, discarded or nothing to keep): the draft goes.
        if hasattr(self, "draft"):
            self.draft.close()
        super().done(result)

    def _edited(self) -> None:
        # A bound method, not a lambda: Qt drops the connection when the dialog is destroyed
        # (a field losing focus while the dialog is being deleted still emits ``edited``).
        if isValid(self):
            self.setWindowModified(self.is_dirty())

    def _fill_opportunities(self, employer_id: str | None) -> None:
        editor = self.form.editors["opportunity_id"]
        combo = editor.input
        assert isinstance(combo, QComboBox)
        current = combo.currentData()
        pairs = self.context.read(_employer_opportunities, employer_id) if employer_id else []
        combo.blockSignals(True)
        combo.clear()
        combo.addItem("", None)
        for value, label in pairs:
            combo.addItem(label, value)
        combo.setCurrentIndex(max(combo.findData(current), 0))
        combo.blockSignals(False)
        if combo.currentData() != current:
            editor.edited.emit(editor.name)

    # -- text ------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.form.retranslate()
        titles_new = {
            "opportunity": self.tr("Nouvelle offre ou demande de profils"),
            "candidate": self.tr("Nouveau candidat"),
            "placement": self.tr("Nouvelle mise à l'emploi"),
        }
        titles_edit = {
            "opportunity": self.tr("Offre : %1"),
            "candidate": self.tr("Candidat : %1"),
            "placement": self.tr("Mise à l'emploi : %1"),
        }
        table = self.cls.TABLE
        if self.record is None:
            title = titles_new.get(table, self.tr("Nouvel enregistrement : %1"))
            title = title.replace("%1", field_label(table))
        else:
            title = titles_edit.get(table, field_label(table) + " : %1")
            title = title.replace("%1", self._record_caption())
        self.setWindowTitle(title + "[*]")
        if "shared" in self.form.labels:
            self.form.labels["shared"].setText(self.tr("Partager avec le réseau"))
            self.form.editors["shared"].input.setToolTip(
                self.tr(
                    "Les partenaires verront le type, l'intitulé, le nombre de postes, le "
                    "profil demandé, les dates et le statut ; jamais les notes internes."
                )
            )
            self.form.editors["shared"].input.setAccessibleName(self.tr("Partager avec le réseau"))
        self.privacy.setText(
            self.tr(
                "Données privées de l'organisation : jamais partagées. Utilisez un code "
                "pseudonyme, pas le nom de la personne."
            )
        )
        self.save_button.setText(self.tr("Enregistrer"))
        self.save_button.setToolTip(self.tr("Enregistrer (Ctrl+S)"))
        self.cancel_button.setText(self.tr("Annuler"))

    def _record_caption(self) -> str:
        record = self.record
        if isinstance(record, Placement):
            names = self.context.read(
                lambda conn: (
                    Repository(conn).get(Candidate, record.candidate_id),
                    Repository(conn).get(Employer, record.employer_id),
                )
            )
            return " — ".join(_label_of(r) for r in names if r is not None)
        return _label_of(record) if record is not None else ""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- saving ----------------------------------------------------------------------------
    def save(self) -> None:
        if self._saving:
            return
        values = self.form.values()
        self.form.clear_errors()
        base = self.record if self.record is not None else self.cls()
        try:
            # The domain's rules first, on this thread: an error shows at once, nothing written.
            merged = {name: getattr(base, name) for name in editable_fields(self.cls)}
            merged.update(normalise(self.cls, values))
            build(self.cls, merged)
        except PacteError as exc:
            self._show_error(exc)
            return
        cls = self.cls
        action: Callable[[Any], Entity]
        if self.record is None:
            action = lambda uow: records.create(uow, cls, values)  # noqa: E731
        else:
            changes = {k: v for k, v in values.items() if v != self._snapshot.get(k)}
            if not changes:
                self._settled = True
                self.accept()
                return
            record_id = self.record.id
            action = lambda uow: records.edit(uow, cls, record_id, changes)  # noqa: E731
        self._saving = True
        self.save_button.setEnabled(False)
        self.context.write(
            cls.TABLE, action, initiator=self, on_done=self._saved, on_error=self._failed
        )

    def _saved(self, entity: Entity) -> None:
        if not isValid(self):
            return
        self._saving = False
        self.record = entity
        self._settled = True
        self.saved.emit(entity)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        if not isValid(self):
            return
        self._saving = False
        self.save_button.setEnabled(True)
        if isinstance(exc, PacteError):
            self._show_error(exc)
        else:
            QMessageBox.critical(self, self.tr("Erreur"), str(exc))

    def _show_error(self, exc: PacteError) -> None:
        if not self.form.show_error(exc):
            QMessageBox.warning(self, self.windowTitle().replace("[*]", ""), exc.message())

    # -- closing ---------------------------------------------------------------------------
    def _may_close(self) -> bool:
        if self._settled:
            return True
        if self._saving:
            return False  # the write is under way; its answer closes or reopens the dialog
        if self.is_dirty():
            answer = QMessageBox.question(
                self,
                self.tr("Modifications non enregistrées"),
                self.tr("Abandonner les modifications non enregistrées ?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return False
        self._settled = True
        return True

    def confirm_close(self) -> bool:
        """True when the dialog may close (see ``ui/closing.py``); asks if edits are unsaved."""
        return self._may_close()

    def reject(self) -> None:
        if self._may_close():
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._may_close():
            event.ignore()
            return
        super().closeEvent(event)


def open_record(
    context: AppContext,
    table: str,
    record_id: str | None,
    parent: QWidget | None = None,
    *,
    preset: Mapping[str, Any] | None = None,
) -> RecordDialog | None:
    """Open a record of ``table`` (or a new one when ``record_id`` is None) in its dialog.

    The dialog is not modal, so the user can look something up meanwhile; it deletes itself
    when closed. Returns None (after saying why) when the record does not exist.
    """
    try:
        dialog = RecordDialog(context, BY_TABLE[table], record_id, preset=preset, parent=parent)
    except PacteError as exc:
        QMessageBox.warning(parent, field_label(table), exc.message())
        return None
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog


# -- the placement checks cue -------------------------------------------------------------------
class CheckDueDelegate(QStyledItemDelegate):
    """Marks a 3- or 6-month check that is due (start + months ≤ today, still pending).

    Computed from the row's own values (start date and check result), so it costs no SQL.
    """

    def __init__(
        self,
        months: Mapping[int, int],
        start_column: int,
        parent: QWidget | None = None,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(parent)
        self.months = dict(months)  # column -> months after the start
        self.start_column = start_column
        self.today = today

    def due_since(self, index: QModelIndex | QPersistentModelIndex) -> dt.date | None:
        months = self.months.get(index.column())
        if months is None:
            return None
        start = index.siblingAtColumn(self.start_column).data(SORT_ROLE)
        if not check_due(start, index.data(SORT_ROLE), months, self.today()):
            return None
        return check_date(start, months)

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        if self.due_since(index) is not None:
            option.backgroundBrush = QBrush(QColor(DUE_COLOUR))
            option.text = "⚠ " + option.text
            font = QFont(option.font)
            font.setBold(True)
            option.font = font

    def helpEvent(
        self,
        event: QHelpEvent,
        view: QAbstractItemView,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        due = self.due_since(index)
        if due is not None and event.type() == QEvent.Type.ToolTip:
            QToolTip.showText(
                event.globalPos(),
                self.tr("Suivi à faire depuis le %1").replace("%1", format_date(due)),
                view,
            )
            return True
        return super().helpEvent(event, view, option, index)


# -- the views ----------------------------------------------------------------------------------
class RecordsView(View):
    """A filtered, sortable list of one table with New, Open and Archive.

    Subclasses set ``table``, ``entity`` and ``watched`` (other tables whose changes show in
    the list: names of employers, workers…), give the column headers, build their filters in
    :meth:`build_filters` and return them in :meth:`filters`.
    """

    table: ClassVar[str] = ""
    entity: ClassVar[type[Entity]] = Entity
    watched: ClassVar[frozenset[str]] = frozenset({"employer", "*"})
    default_sort: ClassVar[tuple[int, Qt.SortOrder]] = (0, Qt.SortOrder.AscendingOrder)

    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self._text = ""
        self._select_after_load: str | None = None
        self._dialogs: dict[str, RecordDialog] = {}
        self.dialog: RecordDialog | None = None  # the latest opened (the tests reach it here)
        self._filter_labels: dict[str, tuple[QLabel, QComboBox]] = {}
        self.model = IdTableModel(context, self.table, self.headers)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_listing)

        self.banner = QLabel()
        self.banner.setObjectName("privacy_banner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner.hide()

        self.filter_bar = QHBoxLayout()
        self.filter_bar.setContentsMargins(0, 0, 0, 0)
        self.build_filters(self.filter_bar)
        self.filter_bar.addStretch(1)
        self.new_button = QPushButton()
        self.new_button.setObjectName("new_button")
        self.new_button.clicked.connect(self.new_record)
        self.open_button = QPushButton()
        self.open_button.setObjectName("open_button")
        self.open_button.clicked.connect(self.open_selected)
        self.archive_button = QPushButton()
        self.archive_button.setObjectName("archive_button")
        self.archive_button.clicked.connect(self.archive_selected)
        for button in (self.new_button, self.open_button, self.archive_button):
            self.filter_bar.addWidget(button)

        self.table_view = QTableView()
        self.table_view.setObjectName("records_table")
        self.table_view.setModel(self.model)
        self.table_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table_view.setAlternatingRowColors(True)
        self.table_view.setWordWrap(False)
        self.table_view.verticalHeader().hide()
        self.table_view.horizontalHeader().setStretchLastSection(True)
        self.table_view.horizontalHeader().setSectionsMovable(True)
        # activated: double-click and Enter both open the record.
        self.table_view.activated.connect(self._open_index)
        self.table_view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.act_open = QAction(self)
        self.act_open.triggered.connect(self.open_selected)
        self.act_archive = QAction(self)
        self.act_archive.setShortcut(QKeySequence.StandardKey.Delete)
        self.act_archive.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.act_archive.triggered.connect(self.archive_selected)
        self.table_view.addActions([self.act_open, self.act_archive])
        self.table_view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(self.filter_bar)
        layout.addWidget(self.table_view, 1)

        self.model.loaded.connect(self._loaded)
        context.changed.connect(self._on_changed)

        self.retranslate()
        self._update_buttons()
        column, order = self.default_sort
        self.model.listing = listings.Listing(
            sort=self.model.keys[column],
            descending=order == Qt.SortOrder.DescendingOrder,
            filters=self.filters(),
        )
        self.table_view.horizontalHeader().setSortIndicator(column, order)
        # Turning sorting on asks the model to sort, which loads the first id list.
        self.table_view.setSortingEnabled(True)

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:  # type: ignore[override]
        """Translate in the context of the subclass, then of the classes it derives from.

        pyside6-lupdate files a string under the class whose code calls ``self.tr``, but
        PySide looks it up under the instance's class: without this walk, the strings written
        here in RecordsView would never be translated in OpportunitiesView and its siblings.
        """
        for klass in type(self).__mro__:
            if klass is RecordsView.__mro__[1]:
                break
            found = QCoreApplication.translate(klass.__name__, text, disambiguation, n)
            if found and found != text:
                return found
        return text

    # -- for subclasses --------------------------------------------------------------------
    def headers(self) -> dict[str, str]:
        return {key: field_label(key) for key in self.model.keys}

    def build_filters(self, bar: QHBoxLayout) -> None:
        """Add the view's filter widgets to ``bar``."""

    def filters(self) -> dict[str, Any]:
        return {}

    def retranslate_filters(self) -> None:
        """Relabel the filter widgets."""

    def archived_message(self, count: int) -> str:
        return self.tr("%1 enregistrement(s) archivé(s)").replace("%1", str(count))

    def _choice_filter(self, bar: QHBoxLayout, name: str, choices: Sequence[str]) -> QComboBox:
        """A combo box "all / each choice" for an equality filter of the listing."""
        label = QLabel()
        combo = QComboBox()
        combo.setObjectName(f"filter_{name}")
        # Not as wide as the longest choice: the window must fit a 1366×768 laptop at 150 %;
        # the menu grows with the window.
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(6)
        combo.setMaximumWidth(260)
        combo.addItem("", None)
        for value in choices:
            combo.addItem(choice_label(value), value)
        label.setBuddy(combo)
        combo.currentIndexChanged.connect(self._filters_changed)
        bar.addWidget(label)
        bar.addWidget(combo, 1)
        self._filter_labels[name] = (label, combo)
        return combo

    def _relabel_choice_filters(self) -> None:
        for name, (label, combo) in self._filter_labels.items():
            label.setText(field_label(name) + " :")
            combo.setAccessibleName(field_label(name))
            combo.setItemText(0, self.tr("Tous"))
            for i in range(1, combo.count()):
                combo.setItemText(i, choice_label(str(combo.itemData(i))))

    # -- text ------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.new_button.setText(self.tr("Nouveau…"))
        self.new_button.setToolTip(self.tr("Nouveau (Ctrl+N)"))
        self.open_button.setText(self.tr("Ouvrir"))
        self.archive_button.setText(self.tr("Archiver"))
        self.archive_button.setToolTip(self.tr("Archiver (Suppr) ; peut être annulé"))
        self.act_open.setText(self.tr("Ouvrir"))
        self.act_archive.setText(self.tr("Archiver"))
        self.table_view.setAccessibleName(self.title())
        self._relabel_choice_filters()
        self.retranslate_filters()
        self.model.headerDataChanged.emit(
            Qt.Orientation.Horizontal, 0, max(self.model.columnCount() - 1, 0)
        )

    # -- listing ---------------------------------------------------------------------------
    def set_search(self, text: str) -> None:
        self._text = text
        self._search_timer.start()  # typing restarts the wait: one query once typing pauses

    def apply_listing(self) -> None:
        self._search_timer.stop()
        self._remember_selection()
        self.model.set_listing(
            replace(self.model.listing, text=self._text.strip(), filters=self.filters())
        )

    def _filters_changed(self, *_args: object) -> None:
        self.apply_listing()

    def _on_changed(self, what: str, _initiator: object) -> None:
        if what == self.table or what in self.watched:
            self._remember_selection()
            self.model.reload()

    def _remember_selection(self) -> None:
        if self._select_after_load is None:
            self._select_after_load = self.current_id()

    def _loaded(self, count: int) -> None:
        self.count_changed.emit(count)
        if count and not getattr(self, "_columns_fitted", False):
            self._columns_fitted = True  # once; then the user's widths are kept
            fit_columns(self.table_view)
        wanted, self._select_after_load = self._select_after_load, None
        row = self.model.row_of(wanted) if wanted else -1
        if row >= 0:
            self.table_view.selectRow(row)
        self._update_buttons()

    # -- selection and actions -------------------------------------------------------------
    def selected_ids(self) -> list[str]:
        rows = sorted({i.row() for i in self.table_view.selectionModel().selectedRows()})
        return [i for i in (self.model.id_at(r) for r in rows) if i is not None]

    def current_id(self) -> str | None:
        ids = self.selected_ids()
        return ids[0] if ids else None

    def _update_buttons(self) -> None:
        has = bool(self.table_view.selectionModel().hasSelection())
        self.open_button.setEnabled(has)
        self.archive_button.setEnabled(has)
        self.act_open.setEnabled(has)
        self.act_archive.setEnabled(has)

    def new_record(self) -> None:
        self.open(None)

    def open_selected(self) -> None:
        record_id = self.current_id()
        if record_id:
            self.open(record_id)

    def _open_index(self, index: QModelIndex) -> None:
        record_id = self.model.id_at(index.row())
        if record_id:
            self.open(record_id)

    def open(self, record_id: str | None, preset: Mapping[str, Any] | None = None) -> None:
        """Open a record (or a new one) in its dialog; an already open record comes forward."""
        existing = self._dialogs.get(record_id or "")
        if existing is not None and isValid(existing) and existing.isVisible():
            existing.raise_()
            existing.activateWindow()
            return
        dialog = open_record(self.context, self.table, record_id, self, preset=preset)
        if dialog is None:
            return
        self.dialog = dialog
        if record_id:
            self._dialogs[record_id] = dialog
            dialog.destroyed.connect(lambda _o=None, r=record_id: self._dialogs.pop(r, None))
        dialog.saved.connect(self._saved)

    def _saved(self, entity: Entity) -> None:
        # The list reloads from context.changed; select the saved record when it arrives.
        self._select_after_load = entity.id
        row = self.model.row_of(entity.id)
        if row >= 0 and not self.model.loading:
            self.table_view.selectRow(row)

    def archive_selected(self) -> None:
        """Archive the selected records (never delete); the status bar offers to undo."""
        ids = self.selected_ids()
        if not ids:
            return
        cls = self.entity

        def archive(uow: Any) -> None:
            for record_id in ids:
                records.archive(uow, cls, record_id)

        def restore(uow: Any) -> None:
            for record_id in ids:
                records.restore(uow, cls, record_id)

        def undo() -> None:
            self._select_after_load = ids[0]
            self.context.write(self.table, restore, on_error=self._report_error)

        self.context.write(
            self.table,
            archive,
            initiator=self,
            on_done=lambda _r: self.context.offer_undo(self.archived_message(len(ids)), undo),
            on_error=self._report_error,
        )

    def _report_error(self, exc: BaseException) -> None:
        if not isValid(self):
            return
        text = exc.message() if isinstance(exc, PacteError) else str(exc)
        QMessageBox.warning(self, self.title(), text)

    # -- state -----------------------------------------------------------------------------
    def save_state(self, settings: QSettings) -> None:
        settings.setValue(f"{self.key}/header", self.table_view.horizontalHeader().saveState())

    def restore_state(self, settings: QSettings) -> None:
        state = settings.value(f"{self.key}/header")
        if isinstance(state, QByteArray | bytes) and state:
            self.table_view.horizontalHeader().restoreState(QByteArray(state))
            self._columns_fitted = True


class OpportunitiesView(RecordsView):
    """Job and internship offers, and employers' requests for profiles."""

    key = "opportunities"
    table = "opportunity"
    entity = Opportunity
    watched = frozenset({"employer", "worker", "*"})

    def title(self) -> str:
        return self.tr("Offres et demandes")

    def headers(self) -> dict[str, str]:
        found = super().headers()
        found["shared"] = self.tr("Partagée")
        return found

    def build_filters(self, bar: QHBoxLayout) -> None:
        self.kind_filter = self._choice_filter(bar, "kind", OPPORTUNITY_KINDS)
        self.status_filter = self._choice_filter(bar, "status", OPPORTUNITY_STATUSES)
        self.requests_only = QCheckBox()
        self.requests_only.setObjectName("filter_requests")
        self.requests_only.toggled.connect(self._filters_changed)
        bar.addWidget(self.requests_only)

    def retranslate_filters(self) -> None:
        self.requests_only.setText(self.tr("Demandes de profils seulement"))

    def filters(self) -> dict[str, Any]:
        found: dict[str, Any] = {
            "kind": self.kind_filter.currentData(),
            "status": self.status_filter.currentData(),
        }
        if self.requests_only.isChecked():
            found["requests"] = True
        return {k: v for k, v in found.items() if v not in (None, "")}

    def archived_message(self, count: int) -> str:
        if count == 1:
            return self.tr("Offre archivée")
        return self.tr("%1 offres archivées").replace("%1", str(count))


class CandidatesView(RecordsView):
    """The people the organisation supports, under pseudonymous codes; never shared."""

    key = "candidates"
    table = "candidate"
    entity = Candidate
    watched = frozenset({"employer", "worker", "*"})

    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self.banner.show()

    def title(self) -> str:
        return self.tr("Candidats")

    def headers(self) -> dict[str, str]:
        found = super().headers()
        found["saint_gilles_resident"] = self.tr("Saint-Gillois")
        return found

    def build_filters(self, bar: QHBoxLayout) -> None:
        self.worker_label = QLabel()
        self.worker_filter = QComboBox()
        self.worker_filter.setObjectName("filter_worker_id")
        self.worker_label.setBuddy(self.worker_filter)
        self._fill_workers()
        self.worker_filter.currentIndexChanged.connect(self._filters_changed)
        bar.addWidget(self.worker_label)
        bar.addWidget(self.worker_filter)

    def _fill_workers(self) -> None:
        current = self.worker_filter.currentData()
        workers = self.context.read(
            lambda conn: Repository(conn).list(Worker, status="active", order_by="name")
        )
        self.worker_filter.blockSignals(True)
        self.worker_filter.clear()
        self.worker_filter.addItem(self.tr("Tous"), None)
        for worker in workers:
            self.worker_filter.addItem(worker.name, worker.id)
        self.worker_filter.setCurrentIndex(max(self.worker_filter.findData(current), 0))
        self.worker_filter.blockSignals(False)
        if self.worker_filter.currentData() != current:
            self.apply_listing()

    def _on_changed(self, what: str, initiator: object) -> None:
        if what in ("worker", "*"):
            self._fill_workers()
        super()._on_changed(what, initiator)

    def retranslate_filters(self) -> None:
        self.banner.setText(self.tr("Données privées de l'organisation : jamais partagées"))
        self.worker_label.setText(field_label("worker") + " :")
        self.worker_filter.setAccessibleName(field_label("worker"))
        self.worker_filter.setItemText(0, self.tr("Tous"))

    def filters(self) -> dict[str, Any]:
        worker = self.worker_filter.currentData()
        return {"worker_id": worker} if worker else {}

    def archived_message(self, count: int) -> str:
        if count == 1:
            return self.tr("Candidat archivé")
        return self.tr("%1 candidats archivés").replace("%1", str(count))


class PlacementsView(RecordsView):
    """Candidates placed with employers, with the checks at 3 and 6 months."""

    key = "placements"
    table = "placement"
    entity = Placement
    watched = frozenset({"employer", "candidate", "*"})
    default_sort = (3, Qt.SortOrder.DescendingOrder)  # the latest placements first

    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        keys = self.model.keys
        self.checks = CheckDueDelegate(
            {keys.index("check_3m"): 3, keys.index("check_6m"): 6},
            keys.index("start_date"),
            self.table_view,
        )
        for column in self.checks.months:
            self.table_view.setItemDelegateForColumn(column, self.checks)

    def title(self) -> str:
        return self.tr("Mises à l'emploi")

    def headers(self) -> dict[str, str]:
        found = super().headers()
        found["candidate"] = field_label("candidate_code")
        found["placement_type"] = field_label("kind")
        found["start_date"] = self.tr("Début")
        found["end_date"] = self.tr("Fin")
        return found

    def build_filters(self, bar: QHBoxLayout) -> None:
        self.type_filter = self._choice_filter(bar, "placement_type", PLACEMENT_TYPES)
        self.outcome_filter = self._choice_filter(bar, "outcome", PLACEMENT_OUTCOMES)

    def filters(self) -> dict[str, Any]:
        found = {
            "placement_type": self.type_filter.currentData(),
            "outcome": self.outcome_filter.currentData(),
        }
        return {k: v for k, v in found.items() if v}

    def archived_message(self, count: int) -> str:
        if count == 1:
            return self.tr("Mise à l'emploi archivée")
        return self.tr("%1 mises à l'emploi archivées").replace("%1", str(count))


__all__ = [
    "CandidatesView",
    "CheckDueDelegate",
    "EmployerChooser",
    "OpportunitiesView",
    "PlacementsView",
    "RecordDialog",
    "RecordsView",
    "open_record",
]
