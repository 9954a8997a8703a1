"""The Network view's « Demandes » tab: employer requests relayed to the partner network.

Above, our relayed requests (``services/requests.py``): each with the count gathered from the
partners' answers against the count asked, and below the selected one every answer received
(organisation, count, message, date); « Clôturer… » ends it as filled, partly filled or expired
(the close reaches every partner). Beneath, the partners' requests for profiles, open ones
first, with our answer; « Répondre… » opens :class:`AnswerDialog`: a count of candidates and a
message that must name no one (the dialog says so; the service refuses a message quoting one of
our candidates' codes). Everything is read off the GUI thread and written through
``context.write``; the dialog asks before throwing away a typed message, however it is closed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from pacte_desktop.domain.entities import MAX_COUNT, REQUEST_CLOSINGS
from pacte_desktop.services import requests
from pacte_desktop.services.records import WriteUnit
from pacte_desktop.services.requests import OurRequest, PartnerRequest, RequestBoard
from pacte_desktop.ui.context import AppContext
from pacte_desktop.ui.guarded_dialog import GuardedDialog, report_error
from pacte_desktop.ui.inputs.choices import language_label
from pacte_desktop.ui.labels import choice_label, format_date
from pacte_desktop.ui.record_lists import RecordListModel, make_table

OUR_COLUMNS = ("title", "gathered", "status", "end_date", "employer", "answers")
ANSWER_COLUMNS = ("organisation", "count", "answered_on", "message")
PARTNER_COLUMNS = ("organisation", "title", "employer", "positions", "end_date", "status", "ours")
#: What ``context.changed`` announces that may change the tab.
CONCERNS = frozenset({"*", "network", "opportunity", "request_answer"})
#: The longest message an answer takes (as the entity allows).
MESSAGE_MAX = 1000


class RequestsTab(QWidget):
    """Our relayed requests with their answers, and the partners' requests with ours."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("network_requests")
        self.context = context
        self.board: RequestBoard | None = None
        self._generation = 0
        self.loading = False

        self.ours_model = RecordListModel(OUR_COLUMNS, self._our_headers, self)
        self.ours_table = make_table(self.ours_model, "our_requests_table")
        self.ours_table.selectionModel().selectionChanged.connect(lambda *_: self._our_selected())
        self.answers_model = RecordListModel(ANSWER_COLUMNS, self._answer_headers, self)
        self.answers_table = make_table(self.answers_model, "request_answers_table")
        self.answers_label = QLabel()
        self.answers_label.setObjectName("request_answers_label")
        self.answers_label.setWordWrap(True)
        self.close_button = QPushButton()
        self.close_button.setObjectName("close_request")
        self.close_button.clicked.connect(self.close_selected)
        self.ours_empty = QLabel()
        self.ours_empty.setObjectName("our_requests_empty")
        self.ours_empty.setWordWrap(True)
        self.ours_box = QGroupBox()
        self.ours_box.setObjectName("our_requests")
        buttons = QHBoxLayout()
        buttons.addWidget(self.answers_label, 1)
        buttons.addWidget(self.close_button)
        inner = self.ours_split = QSplitter(Qt.Orientation.Horizontal)
        inner.addWidget(self.ours_table)
        inner.addWidget(self.answers_table)
        # Our requests have six columns, their answers four: the requests get the larger part
        # (at 150 % their deadline stays in view).
        inner.setStretchFactor(0, 3)
        inner.setStretchFactor(1, 2)
        box = QVBoxLayout(self.ours_box)
        box.addWidget(self.ours_empty)
        box.addWidget(inner, 1)
        box.addLayout(buttons)

        self.partners_model = RecordListModel(PARTNER_COLUMNS, self._partner_headers, self)
        self.partners_table = make_table(self.partners_model, "partner_requests_table")
        self.partners_table.selectionModel().selectionChanged.connect(
            lambda *_: self._partner_buttons()
        )
        self.partners_table.doubleClicked.connect(lambda _i: self.answer_selected())
        self.answer_button = QPushButton()
        self.answer_button.setObjectName("answer_request")
        self.answer_button.clicked.connect(self.answer_selected)
        self.partners_empty = QLabel()
        self.partners_empty.setObjectName("partner_requests_empty")
        self.partners_empty.setWordWrap(True)
        self.partners_hint = QLabel()
        self.partners_hint.setObjectName("partner_requests_hint")
        self.partners_hint.setWordWrap(True)
        self.partners_box = QGroupBox()
        self.partners_box.setObjectName("partner_requests")
        below = QHBoxLayout()
        below.addWidget(self.partners_hint, 1)
        below.addWidget(self.answer_button)
        box = QVBoxLayout(self.partners_box)
        box.addWidget(self.partners_empty)
        box.addWidget(self.partners_table, 1)
        box.addLayout(below)

        # In a scroll area: at 150 % on a laptop the window keeps its size and the two lists
        # scroll rather than push the members' list off the screen.
        content = QWidget()
        layout = self.boxes = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.ours_box, 1)
        layout.addWidget(self.partners_box, 1)
        scroll = QScrollArea()
        scroll.setObjectName("network_requests_scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        context.changed.connect(self._on_changed)
        self.retranslate()
        self._our_selected()
        self._partner_buttons()
        self.reload()

    # -- strings ---------------------------------------------------------------------------
    def _our_headers(self) -> dict[str, str]:
        return {
            "title": self.tr("Demande"),
            "employer": self.tr("Employeur"),
            "status": self.tr("Statut"),
            "end_date": self.tr("Pour le"),
            "gathered": self.tr("Proposés / demandés"),
            "answers": self.tr("Réponses"),
        }

    def _answer_headers(self) -> dict[str, str]:
        return {
            "organisation": self.tr("Partenaire"),
            "count": self.tr("Candidats"),
            "message": self.tr("Message"),
            "answered_on": self.tr("Le"),
        }

    def _partner_headers(self) -> dict[str, str]:
        return {
            "organisation": self.tr("Relayée par"),
            "title": self.tr("Demande"),
            "employer": self.tr("Employeur"),
            "positions": self.tr("Postes"),
            "end_date": self.tr("Pour le"),
            "status": self.tr("Statut"),
            "ours": self.tr("Notre réponse"),
        }

    def retranslate(self) -> None:
        self.ours_box.setTitle(self.tr("Nos demandes relayées au réseau"))
        self.partners_box.setTitle(self.tr("Demandes des partenaires"))
        self.close_button.setText(self.tr("Clôturer…"))
        self.close_button.setToolTip(
            self.tr("Clôturer la demande choisie : pourvue, partiellement pourvue ou expirée")
        )
        self.answer_button.setText(self.tr("Répondre…"))
        self.answer_button.setToolTip(
            self.tr("Dire au partenaire combien de candidats nous pouvons proposer")
        )
        self.partners_hint.setText(
            self.tr(
                "Une réponse dit combien de candidats nous pouvons proposer, jamais qui : "
                "aucun nom dans le message."
            )
        )
        for model in (self.ours_model, self.answers_model, self.partners_model):
            model.retranslate()
        self._show()

    def changeEvent(self, event: Any) -> None:
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- loading ---------------------------------------------------------------------------
    def reload(self) -> None:
        """Read both lists in the background; a late answer to an old read is dropped."""
        self._generation += 1
        generation = self._generation
        self.loading = True

        def arrive(board: RequestBoard) -> None:
            if not isValid(self) or generation != self._generation:
                return
            self.loading = False
            kept = self._selection()
            self.board = board
            self._show(kept)

        def failed(exc: BaseException) -> None:
            if isValid(self) and generation == self._generation:
                self.loading = False
                report_error(self, exc)

        self.context.runner.submit(
            requests.request_board, self.context.store, on_done=arrive, on_error=failed
        )

    def _on_changed(self, what: str, _initiator: object) -> None:
        if what in CONCERNS:
            self.reload()

    # -- showing ---------------------------------------------------------------------------
    def _selection(self) -> tuple[str | None, tuple[str, str] | None]:
        """What is selected in each list, by id, to select it again after a reload."""
        ours, partner = self.selected_ours(), self.selected_partner()
        return (
            ours.id if ours else None,
            (partner.organisation_id, partner.id) if partner else None,
        )

    def _show(self, kept: tuple[str | None, tuple[str, str] | None] | None = None) -> None:
        board = self.board
        if board is None:
            return
        kept = kept or self._selection()
        self.ours_model.set_rows([self._our_row(r) for r in board.ours])
        for row, ours in enumerate(board.ours):
            if ours.id == kept[0]:
                self.ours_table.selectRow(row)
        self.partners_model.set_rows([self._partner_row(r) for r in board.partners])
        for row, partner in enumerate(board.partners):
            if (partner.organisation_id, partner.id) == kept[1]:
                self.partners_table.selectRow(row)
        for table, count in (
            (self.ours_table, len(OUR_COLUMNS)),
            (self.partners_table, len(PARTNER_COLUMNS)),
        ):
            for column in range(count - 1):
                table.resizeColumnToContents(column)
                table.setColumnWidth(column, min(table.columnWidth(column), 260))
        self.ours_empty.setText(
            self.tr(
                "Aucune demande relayée. Une demande de profils d'un employeur se relaie depuis "
                "« Offres et demandes » : Relayer au réseau."
            )
        )
        self.ours_empty.setVisible(not board.ours)
        self.ours_split.setVisible(bool(board.ours))
        self.answers_label.setVisible(bool(board.ours))
        self.close_button.setVisible(bool(board.ours))
        if not board.joined:
            empty = self.tr(
                "Ce poste n'a pas rejoint de réseau de partenaires. Menu Synchronisation → "
                "Configurer… pour le rejoindre."
            )
        else:
            empty = self.tr(
                "Aucune demande des partenaires pour l'instant. Elles arrivent avec la "
                "synchronisation du réseau (F5)."
            )
        self.partners_empty.setText(empty)
        self.partners_empty.setVisible(not board.partners)
        self.partners_table.setVisible(bool(board.partners))
        self.answer_button.setVisible(bool(board.partners))
        self.partners_hint.setVisible(bool(board.partners))
        # A list with nothing in it gives its height to the other one.
        self.boxes.setStretchFactor(self.ours_box, 1 if board.ours or not board.partners else 0)
        self.boxes.setStretchFactor(self.partners_box, 1 if board.partners or not board.ours else 0)
        self._our_selected()
        self._partner_buttons()

    def _our_row(self, request: OurRequest) -> dict[str, Any]:
        return {
            "id": request.id,
            "title": request.title,
            "employer": request.employer_name,
            "status": request.status,
            "end_date": request.end_date,
            "gathered": f"{request.gathered} / {request.positions}",
            "answers": str(len(request.answers)),
        }

    def _partner_row(self, request: PartnerRequest) -> dict[str, Any]:
        ours = request.our_answer
        return {
            "id": request.id,
            "organisation": request.organisation,
            "title": request.title,
            "employer": request.employer_name or "",
            "positions": str(request.positions or ""),
            "end_date": request.end_date,
            "status": request.status,
            "ours": (
                self.tr("%n candidat(s)", "", ours.count) if ours is not None else self.tr("—")
            ),
        }

    def selected_ours(self) -> OurRequest | None:
        rows = self.ours_table.selectionModel().selectedRows()
        if self.board is None or not rows or not (0 <= rows[0].row() < len(self.board.ours)):
            return None
        return self.board.ours[rows[0].row()]

    def selected_partner(self) -> PartnerRequest | None:
        rows = self.partners_table.selectionModel().selectedRows()
        if self.board is None or not rows or not (0 <= rows[0].row() < len(self.board.partners)):
            return None
        return self.board.partners[rows[0].row()]

    def _our_selected(self) -> None:
        request = self.selected_ours()
        self.close_button.setEnabled(request is not None and request.status == "open")
        if request is None:
            self.answers_model.set_rows([])
            self.answers_label.setText(
                self.tr("Choisissez une demande pour voir les réponses des partenaires.")
                if self.board and self.board.ours
                else ""
            )
            return
        self.answers_model.set_rows(
            [
                {
                    "id": a.id,
                    "organisation": a.organisation,
                    "count": str(a.count),
                    "message": a.message or "",
                    "answered_on": a.answered_on,
                }
                for a in request.answers
            ]
        )
        for column in range(len(ANSWER_COLUMNS) - 1):  # the message takes what is left
            self.answers_table.resizeColumnToContents(column)
            width = min(self.answers_table.columnWidth(column), 200)
            self.answers_table.setColumnWidth(column, width)
        gathered = (
            self.tr("« %1 » : candidats proposés : %2 sur %3 demandés.")
            .replace("%1", request.title)
            .replace("%2", str(request.gathered))
            .replace("%3", str(request.positions))
        )
        answers = self.tr("%n réponse(s) reçue(s).", "", len(request.answers))
        self.answers_label.setText(f"{gathered} {answers}")

    def _partner_buttons(self) -> None:
        request = self.selected_partner()
        self.answer_button.setEnabled(request is not None and request.open)

    # -- acting ----------------------------------------------------------------------------
    def close_selected(self) -> None:
        """Ask how the selected request ends, then close it (it reaches every partner)."""
        request = self.selected_ours()
        if request is None:
            return
        dialog = CloseDialog(request.title, self)
        request_id = request.id

        def chosen() -> None:
            status = dialog.status()

            def close(uow: WriteUnit) -> Any:
                return requests.close(uow, request_id, status)

            self.context.write("opportunity", close, initiator=self, on_error=self._failed)

        dialog.accepted.connect(chosen)
        dialog.setModal(True)
        dialog.show()
        self.close_dialog = dialog

    def answer_selected(self) -> None:
        """Answer the selected partner's request (or change our answer)."""
        request = self.selected_partner()
        if request is None or not request.open:
            return
        self.answer_dialog = open_answer(self.context, request, self)

    def _failed(self, exc: BaseException) -> None:
        if isValid(self):
            report_error(self, exc)


def open_answer(context: AppContext, request: PartnerRequest, parent: QWidget) -> AnswerDialog:
    """Open the answer to a partner's ``request`` (modal, our earlier answer filled in)."""

    def send(count: int, message: str, on_done: Any, on_error: Any) -> None:
        today = dt.date.today()
        org, request_id = request.organisation_id, request.id

        def answer(uow: WriteUnit) -> Any:
            found = requests.find_partner_request(uow.store, request_id, organisation_id=org)
            return requests.answer(uow, found, count=count, message=message, today=today)

        context.write(
            "request_answer", answer, initiator=parent, on_done=on_done, on_error=on_error
        )

    dialog = AnswerDialog(request, send, parent)
    dialog.setModal(True)
    dialog.show()
    return dialog


def answer_request(
    context: AppContext,
    organisation_id: str,
    request_id: str,
    parent: QWidget,
    on_open: Callable[[AnswerDialog], None] | None = None,
) -> None:
    """Read the partner's request (off the GUI thread), then open its answer (Ma journée);
    ``on_open`` receives the dialog."""

    def arrive(board: RequestBoard) -> None:
        if not isValid(parent):
            return
        for request in board.partners:
            if (request.organisation_id, request.id) == (organisation_id, request_id):
                dialog = open_answer(context, request, parent)
                if on_open is not None:
                    on_open(dialog)
                return

    def failed(exc: BaseException) -> None:
        if isValid(parent):
            report_error(parent, exc)

    context.runner.submit(requests.request_board, context.store, on_done=arrive, on_error=failed)


class CloseDialog(GuardedDialog):
    """How a relayed request ends: filled, partly filled or expired, named in a question."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("close_request_dialog")
        self.request_title = title
        self.question = QLabel()
        self.question.setWordWrap(True)
        self.choices = {status: QRadioButton() for status in REQUEST_CLOSINGS}
        for status, button in self.choices.items():
            button.setObjectName(f"close_{status}")
        self.choices["filled"].setChecked(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        for button in self.choices.values():
            layout.addWidget(button)
        layout.addWidget(self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Clôturer la demande"))
        self.question.setText(
            self.tr(
                "Clôturer « %1 » ? Les partenaires verront la clôture à la prochaine "
                "synchronisation du réseau et ne pourront plus y répondre."
            ).replace("%1", self.request_title)
        )
        for status, button in self.choices.items():
            button.setText(choice_label(status))

    def status(self) -> str:
        return next(s for s, b in self.choices.items() if b.isChecked())


class AnswerDialog(GuardedDialog):
    """« Nous pouvons proposer N candidats », with a message that names no one."""

    def __init__(self, request: PartnerRequest, send: Callable[..., None], parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("answer_request_dialog")
        self.send_answer = send
        self.request = request
        self.summary = QLabel()
        self.summary.setObjectName("answer_summary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.count = QSpinBox()
        self.count.setObjectName("answer_count")
        self.count.setRange(1, MAX_COUNT)
        self.message = QPlainTextEdit()
        self.message.setObjectName("answer_message")
        self.message.setTabChangesFocus(True)
        self.message.setMaximumHeight(110)
        self.warning = QLabel()
        self.warning.setObjectName("answer_no_names")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #8a4b00;")
        earlier = request.our_answer
        if earlier is not None:
            self.count.setValue(earlier.count)
            self.message.setPlainText(earlier.message or "")
        self._start = (self.count.value(), self.message.toPlainText())
        self.count_label = QLabel()
        self.count_label.setBuddy(self.count)
        self.message_label = QLabel()
        self.message_label.setBuddy(self.message)
        form = QFormLayout()
        form.addRow(self.count_label, self.count)
        form.addRow(self.message_label, self.message)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.send)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(form)
        layout.addWidget(self.warning)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.resize(520, self.sizeHint().height())

    def retranslate(self) -> None:
        request = self.request
        self.setWindowTitle(self.tr("Répondre à %1").replace("%1", request.organisation))
        lines = [request.title]
        details = [request.organisation]
        if request.employer_name:
            details.append(request.employer_name)
        if request.positions:
            details.append(self.tr("postes : %1").replace("%1", str(request.positions)))
        if request.end_date:
            details.append(self.tr("pour le %1").replace("%1", format_date(request.end_date)))
        lines.append(" · ".join(details))
        if request.languages:
            names = ", ".join(language_label(code) for code in request.languages)
            lines.append(self.tr("Langues : %1").replace("%1", names))
        if request.skills:
            lines.append(self.tr("Compétences : %1").replace("%1", ", ".join(request.skills)))
        self.summary.setText("\n".join(lines))
        self.count_label.setText(self.tr("Candidats que nous pouvons proposer :"))
        self.message_label.setText(self.tr("Message :"))
        self.message.setPlaceholderText(
            self.tr("Par ex. : profils bilingues, disponibles dès janvier ; appelez Farida.")
        )
        self.warning.setText(
            self.tr(
                "Ne nommez personne : ni nom, ni code de candidat. Le partenaire saura combien "
                "de candidats vous proposez ; vous les présenterez ensuite directement."
            )
        )

    def is_dirty(self) -> bool:
        return (self.count.value(), self.message.toPlainText()) != self._start

    def send(self) -> None:
        text = self.message.toPlainText().strip()
        if len(text) > MESSAGE_MAX:
            QMessageBox.warning(
                self,
                self.windowTitle(),
                self.tr("Le message compte %1 caractères ; %2 au plus.")
                .replace("%1", str(len(text)))
                .replace("%2", str(MESSAGE_MAX)),
            )
            return
        self.buttons.setEnabled(False)

        def done(_answer: Any) -> None:
            if isValid(self):
                self._settled = True
                self.accept()

        def failed(exc: BaseException) -> None:
            # Refused (a candidate's code in the message, a request closed meanwhile): the
            # dialog stays open with what was typed, and says why.
            if isValid(self):
                self.buttons.setEnabled(True)
                report_error(self, exc)

        self.send_answer(self.count.value(), text, done, failed)
