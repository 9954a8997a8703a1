"""« Ma journée »: the home view, first in the sidebar (Ctrl+0), where the day starts.

What it shows, each section read off the GUI thread (:mod:`pacte_desktop.services.day`,
:func:`services.followups.due`) and each saying what to do when it has nothing:

- the current worker's follow-ups overdue and due today, each with one click to mark it done
  (with the undo of the status bar), to postpone it (the « À relancer » dialog) or to log the
  call: the employer's record opens on its « Démarches » tab, and once the call is noted there
  the follow-up it answered is done (a next action date typed with it makes the next one);
- the 3- and 6-month placement checks due for the candidates the worker follows;
- the requests partner organisations shared in the network and that are still open;
- the employers the worker opened recently at this workstation (a click opens the record);
- the organisation's figures this month: contacts made, new employers, placements by type
  with a small bar chart (:mod:`pacte_desktop.ui.bar_chart`).

Ctrl+N here creates what the day most often needs: a new employer, in the directory's own form
(its Nom focused, nothing typed meanwhile lost), while the page stays « Ma journée ».

A section is read again when ``context.changed`` names what it shows, and only while the view
is on screen: a change made elsewhere marks it stale and it is read when the view comes back (so
the directory's start is not slowed by a home nobody looks at). The day moves at midnight: a
view shown on another day than it was read reads everything again.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from pacte_desktop.domain import messages
from pacte_desktop.domain.entities import FollowUp
from pacte_desktop.domain.errors import PacteError
from pacte_desktop.services import day, followups, records
from pacte_desktop.services.day import CheckDue, MonthFigures, PartnerRequest, RecentEmployer
from pacte_desktop.services.followups import DueFollowUp
from pacte_desktop.services.records import WriteUnit
from pacte_desktop.ui import recent
from pacte_desktop.ui.bar_chart import BarChart
from pacte_desktop.ui.context import AppContext
from pacte_desktop.ui.employer_record import TAB_TIMELINE, EmployerDialog, open_employer
from pacte_desktop.ui.followups import PostponeDialog
from pacte_desktop.ui.home_parts import (
    Section,
    elided_label,
    figure_label,
    link_button,
    overdue_label,
    row_widget,
    small_button,
    text_label,
)
from pacte_desktop.ui.labels import choice_label, format_date, locale
from pacte_desktop.ui.network_requests import answer_request
from pacte_desktop.ui.record_dialog import open_record
from pacte_desktop.ui.view import View

SECTIONS = ("followups", "checks", "partners", "recent", "figures")
# Rows a section lists before its "see all" button.
SECTION_ROWS = 8
# What ``context.changed`` names that each section shows.
CONCERNS: dict[str, frozenset[str]] = {
    "followups": frozenset({"follow_up", "interaction", "employer", "worker", "*"}),
    "checks": frozenset({"placement", "candidate", "employer", "worker", "*"}),
    "partners": frozenset({"network", "request_answer", "opportunity", "*"}),
    "recent": frozenset({recent.CHANGED, "employer", "*"}),
    "figures": frozenset({"interaction", "employer", "placement", "*"}),
}
# The sections that are the current worker's.
PERSONAL = ("followups", "checks", "recent")
# Ahead of the table models' id lists (10) in the runner's queue: the home is read only while it
# is on screen, and what the user looks at goes first. Each of its reads is small.
PRIORITY = 20
# Pixels: the longest a recent employer's name and commune show (half the page at 150 %).
RECENT_WIDTH = 300


class HomeView(View):
    """The « Ma journée » page (see the module docstring)."""

    key = "home"
    # The main window shows the view of this key (a section's "see all" button).
    show_view_requested = Signal(str)
    # A section's name, once what it read is on screen.
    loaded = Signal(str)
    # The main window asks the view of this key for a new record (Ctrl+N here).
    new_record_requested = Signal(str)

    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self._asked: dict[str, int] = {}
        self._data: dict[str, Any] = {}
        self._errors: dict[str, str] = {}
        self._stale: set[str] = set(SECTIONS)  # read when the view is first shown
        self.pending: set[str] = set()  # sections asked for, not arrived yet
        self._read_on: dt.date | None = None
        self._calls: dict[int, str] = {}  # id of an employer record -> the follow-up it answers
        self.postpone_dialog: PostponeDialog | None = None

        self.heading = QLabel()
        self.heading.setObjectName("home_heading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)

        self.followups = Section("followups")
        self.checks = Section("checks")
        self.partners = Section("partners")
        self.recent = Section("recent")
        self.figures = Section("figures")
        for section, target in (
            (self.followups, "followups"),
            (self.checks, "placements"),
            (self.partners, "network"),
            (self.recent, "employers"),
        ):
            section.more_button.clicked.connect(
                lambda _c=False, key=target: self.show_view_requested.emit(key)
            )
        self.figure_row = QHBoxLayout()
        self.figure_row.addStretch(1)
        self.chart = BarChart()
        self.chart_caption = QLabel()
        self.chart_caption.setObjectName("chart_caption")
        self.chart_caption.setWordWrap(True)
        self.figures.rows_layout.addLayout(self.figure_row)
        self.figures.rows_layout.addWidget(self.chart_caption)
        self.figures.rows_layout.addWidget(self.chart)
        self.chart.hide()  # until the figures are read
        self.chart_caption.hide()
        self._figure_boxes: list[QWidget] = []

        content = QWidget()
        content.setObjectName("home_content")
        grid = QGridLayout(content)
        # The follow-ups and the checks have the widest rows (buttons): the whole width; the
        # shorter lists side by side. A 1366 px screen at 150 % leaves about 700 px here.
        grid.addWidget(self.heading, 0, 0, 1, 2)
        grid.addWidget(self.followups, 1, 0, 1, 2)
        grid.addWidget(self.checks, 2, 0, 1, 2)
        grid.addWidget(self.recent, 3, 0)
        grid.addWidget(self.partners, 3, 1)
        grid.addWidget(self.figures, 4, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(5, 1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setObjectName("home_scroll")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll_area.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll_area)

        context.changed.connect(self._on_changed)
        context.worker_changed.connect(lambda _id: self.reload(*PERSONAL))
        self.retranslate()

    # -- text --------------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Ma journée")

    def retranslate(self) -> None:
        today = self.today()
        self.heading.setText(
            self.tr("Ma journée — %1").replace(
                "%1",
                locale().toString(
                    QDate(today.year, today.month, today.day), locale().FormatType.LongFormat
                ),
            )
        )
        self.checks.setTitle(self.tr("Suivis de mises à l'emploi à faire"))
        self.partners.setTitle(self.tr("Demandes ouvertes des partenaires"))
        self.recent.setTitle(self.tr("Mes employeurs récents"))
        self.recent.set_more(self.tr("Ouvrir l'annuaire (Ctrl+1)"))
        month = locale().standaloneMonthName(today.month)
        self.figures.setTitle(
            self.tr("L'organisation ce mois-ci (%1 %2)")
            .replace("%1", month)
            .replace("%2", str(today.year))
        )
        self.chart.setAccessibleName(self.tr("Mises à l'emploi du mois par type"))
        for name in SECTIONS:
            self._show(name)

    # -- reading -----------------------------------------------------------------------------
    def today(self) -> dt.date:
        """The day the sections are for: the local date (as « À relancer » counts it)."""
        return dt.date.today()

    def reload(self, *names: str) -> None:
        """Read these sections again (all of them by default); off screen, once shown."""
        for name in names or SECTIONS:
            if self.isVisible():
                self._load(name)
            else:
                self._stale.add(name)

    @property
    def ready(self) -> bool:
        """Every section has been read at least once and none is being read."""
        return not self.pending and all(n in self._data or n in self._errors for n in SECTIONS)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._read_on is not None and self._read_on != self.today():
            self._stale.update(SECTIONS)  # open overnight: "today" moved
            self.retranslate()
        stale, self._stale = self._stale, set()
        for name in SECTIONS:
            if name in stale:
                self._load(name)

    def _load(self, name: str) -> None:
        self._asked[name] = asked = self._asked.get(name, 0) + 1
        today = self.today()
        self._read_on = today
        worker_id = self.context.worker_id
        self.pending.add(name)

        def done(result: Any) -> None:
            if isValid(self) and self._asked.get(name) == asked:
                self.pending.discard(name)
                self._data[name] = result
                self._errors.pop(name, None)
                self._show(name)
                self.loaded.emit(name)

        def failed(exc: BaseException) -> None:
            if isValid(self) and self._asked.get(name) == asked:
                self.pending.discard(name)
                self._errors[name] = exc.message() if isinstance(exc, PacteError) else str(exc)
                self._show(name)
                self.loaded.emit(name)

        if name in PERSONAL and worker_id is None:
            done(None)  # nobody works here yet: nothing is "mine" (not everybody's either)
        elif name == "followups":
            self.context.fetch(
                partial(followups.due, before=today, worker_id=worker_id, today=today),
                on_done=done,
                on_error=failed,
                priority=PRIORITY,
            )
        elif name == "checks":
            self.context.fetch(
                partial(day.checks_due, worker_id=worker_id or "", today=today),
                on_done=done,
                on_error=failed,
                priority=PRIORITY,
            )
        elif name == "recent":
            self.context.fetch(
                day.recent_employers,
                worker_id or "",
                on_done=done,
                on_error=failed,
                priority=PRIORITY,
            )
        elif name == "figures":
            self.context.fetch(
                day.month_figures, today, on_done=done, on_error=failed, priority=PRIORITY
            )
        elif name == "partners":
            self.context.runner.submit(
                day.partner_requests,
                self.context.store,
                today,
                on_done=done,
                on_error=failed,
                priority=PRIORITY,
            )

    def _on_changed(self, what: str, initiator: object) -> None:
        if what == "interaction":
            follow_up = self._calls.pop(id(initiator), None)
            if follow_up is not None:
                self._answered(follow_up)
        self.reload(*(name for name in SECTIONS if what in CONCERNS[name]))

    # -- showing -----------------------------------------------------------------------------
    def _show(self, name: str) -> None:
        show: dict[str, Callable[[Any], None]] = {
            "followups": self._show_followups,
            "checks": self._show_checks,
            "partners": self._show_partners,
            "recent": self._show_recent,
            "figures": self._show_figures,
        }
        section: Section = getattr(self, name)
        if name in self._errors:
            section.set_rows([], self._errors[name])
        elif name not in self._data:
            section.set_rows([], self.tr("Lecture…"))  # not read yet
        else:
            show[name](self._data[name])

    def _no_worker(self) -> str:
        return self.tr(
            "Personne n'est choisi comme travailleur à ce poste : Équipe → Changer de "
            "travailleur… (Ctrl+Maj+W)."
        )

    def _show_followups(self, rows: list[DueFollowUp] | None) -> None:
        count = len(rows or [])
        title = self.tr("À relancer aujourd'hui")
        self.followups.setTitle(f"{title} ({count})" if rows else title)
        if rows is None:
            self.followups.set_rows([], self._no_worker())
            self.followups.set_more(None)
            return
        built = [self._followup_row(row) for row in rows[:SECTION_ROWS]]
        self.followups.set_rows(
            built,
            self.tr(
                "Rien à relancer aujourd'hui. Une relance se prévoit en notant une démarche "
                "avec une date de prochaine action, sur la fiche d'un employeur."
            ),
        )
        more = count - SECTION_ROWS
        self.followups.set_more(
            self.tr("Tout voir dans « À relancer » (%1)").replace("%1", str(count))
            if more > 0
            else None
        )

    def _followup_row(self, row: DueFollowUp) -> QWidget:
        when = format_date(row.due_date)
        if row.overdue:
            due = overdue_label(when, "due_label", self.tr("En retard"))
        else:
            due = text_label(self.tr("aujourd'hui"), "due_label", when)
        employer = link_button(row.employer_name, "employer_link")
        employer.clicked.connect(lambda: self.open_employer(row.employer_id))
        first_line = (row.action or "").splitlines()[0] if row.action else ""
        action = elided_label(first_line, "action_label", row.action or "")
        done = small_button(self.tr("Fait"), "done_button", self.tr("Marquer la relance faite"))
        done.clicked.connect(lambda: self.mark_done(row.id))
        later = small_button(self.tr("Reporter…"), "postpone_button")
        later.clicked.connect(lambda: self.postpone(row.id))
        call = small_button(
            self.tr("Noter l'appel…"),
            "log_call_button",
            self.tr("Ouvre la fiche pour noter l'appel ; la relance est faite une fois noté"),
        )
        call.clicked.connect(lambda: self.log_call(row))
        widget = row_widget("followup_row", due, employer, action, done, later, call, stretch_at=2)
        widget.setProperty("follow_up_id", row.id)
        return widget

    def _show_checks(self, rows: list[CheckDue] | None) -> None:
        title = self.tr("Suivis de mises à l'emploi à faire")
        self.checks.setTitle(f"{title} ({len(rows)})" if rows else title)
        if rows is None:
            self.checks.set_rows([], self._no_worker())
            self.checks.set_more(None)
            return
        today = self.today()
        built = []
        for check in rows[:SECTION_ROWS]:
            when = format_date(check.due_on)
            what = self.tr("suivi à %1 mois").replace("%1", str(check.months))
            code = text_label(check.candidate_code, "candidate_label", what)
            employer = link_button(check.employer_name, "employer_link")
            employer.clicked.connect(lambda _c=False, e=check.employer_id: self.open_employer(e))
            kind = text_label(what, "check_label", choice_label(check.placement_type))
            since = self.tr("depuis le %1").replace("%1", when)
            due = (
                overdue_label(since, "due_label", self.tr("En retard"))
                if check.due_on < today
                else text_label(self.tr("aujourd'hui"), "due_label", when)
            )
            open_button = small_button(
                self.tr("Ouvrir…"), "open_placement_button", self.tr("Noter le résultat du suivi")
            )
            open_button.clicked.connect(
                lambda _c=False, p=check.placement_id: self.open_placement(p)
            )
            widget = row_widget("check_row", code, employer, kind, due, open_button)
            widget.setProperty("placement_id", check.placement_id)
            built.append(widget)
        self.checks.set_rows(
            built,
            self.tr(
                "Aucun suivi à faire. Les suivis à 3 et 6 mois des mises à l'emploi de vos "
                "candidats apparaissent ici le jour venu."
            ),
        )
        more = len(rows) - SECTION_ROWS
        self.checks.set_more(
            self.tr("Tout voir dans « Mises à l'emploi » (%1)").replace("%1", str(len(rows)))
            if more > 0
            else None
        )

    def _show_partners(self, found: day.PartnerRequests) -> None:
        rows = found.requests
        title = self.tr("Demandes ouvertes des partenaires")
        self.partners.setTitle(f"{title} ({len(rows)})" if rows else title)
        built = [self._partner_row(request) for request in rows[:SECTION_ROWS]]
        if not found.joined:
            empty = self.tr(
                "Ce poste n'est dans aucun réseau de partenaires. Pour en rejoindre un : "
                "Synchronisation → Configurer…"
            )
        else:
            empty = self.tr(
                "Aucune demande ouverte des partenaires pour l'instant. Elles arrivent avec la "
                "synchronisation du réseau (F5)."
            )
        self.partners.set_rows(built, empty)
        self.partners.set_more(self.tr("Voir le réseau") if rows else None)

    def _partner_row(self, request: PartnerRequest) -> QWidget:
        details = [request.organisation]
        if request.employer_name:
            details.append(request.employer_name)
        details.append(choice_label(request.kind) if request.kind else "")
        if request.positions:
            details.append(self.tr("postes : %1").replace("%1", str(request.positions)))
        tip = [request.title, " · ".join(d for d in details if d)]
        if request.start_date or request.end_date:
            tip.append(
                self.tr("Du %1 au %2")
                .replace("%1", format_date(request.start_date) or "…")
                .replace("%2", format_date(request.end_date) or "…")
            )
        if request.skills:
            tip.append(self.tr("Compétences : %1").replace("%1", ", ".join(request.skills)))
        if request.languages:
            names = ", ".join(choice_label(lang) for lang in request.languages)
            tip.append(self.tr("Langues : %1").replace("%1", names))
        title = elided_label(request.title, "request_title", "\n".join(tip))
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        detail = elided_label(" · ".join(d for d in details if d), "request_detail", "\n".join(tip))
        parts: list[QWidget] = [title, detail]
        if request.kind == "profile-request":  # answered from here (ui/network_requests.py)
            if request.answered is not None:
                parts.append(
                    text_label(
                        self.tr("répondu : %n candidat(s)", "", request.answered),
                        "request_answered",
                    )
                )
            answer = small_button(
                self.tr("Répondre…") if request.answered is None else self.tr("Modifier…"),
                "answer_request",
                self.tr("Dire à %1 combien de candidats nous pouvons proposer").replace(
                    "%1", request.organisation
                ),
            )
            answer.clicked.connect(partial(self.answer, request.organisation_id, request.id))
            parts.append(answer)
        widget = row_widget("partner_row", *parts, stretch_at=1)
        widget.layout().setStretch(0, 2)  # the title shares the room left with the detail
        widget.setProperty("request_id", request.id)
        widget.setToolTip("\n".join(tip))
        return widget

    def answer(self, organisation_id: str, request_id: str) -> None:
        """Answer a partner's request: how many candidates we can propose, naming no one."""

        def opened(dialog: QWidget) -> None:
            self.answer_dialog = dialog

        answer_request(self.context, organisation_id, request_id, self, opened)

    def _show_recent(self, rows: list[RecentEmployer] | None) -> None:
        if rows is None:
            self.recent.set_rows([], self._no_worker())
            return
        dutch = messages.current_language() == "nl"
        built = []
        for employer in rows:
            name = (employer.name_nl if dutch else None) or employer.name
            commune = (employer.commune_nl if dutch else None) or employer.commune
            text = f"{name} — {commune}" if commune else name
            button = link_button(text, "recent_employer", width=RECENT_WIDTH)
            button.setProperty("employer_id", employer.id)
            button.clicked.connect(lambda _c=False, e=employer.id: self.open_employer(e))
            built.append(button)
        self.recent.set_rows(
            built,
            self.tr(
                "Les employeurs que vous ouvrez apparaîtront ici. Cherchez-en un dans "
                "l'annuaire, ou créez-le avec Ctrl+N."
            ),
        )

    def _show_figures(self, figures: MonthFigures) -> None:
        for box in self._figure_boxes:
            self.figure_row.removeWidget(box)
            box.deleteLater()
        self._figure_boxes = []
        for value, caption, name in (
            (figures.contacts, self.tr("Démarches notées"), "contacts"),
            (figures.new_employers, self.tr("Nouveaux employeurs"), "new_employers"),
            (figures.placements_total, self.tr("Mises à l'emploi"), "placements"),
        ):
            box = figure_label(value, caption, f"figure_{name}")
            self.figure_row.insertWidget(len(self._figure_boxes), box)  # before the stretch
            self._figure_boxes.append(box)
        self.chart.set_bars([(choice_label(kind), n) for kind, n in figures.placements])
        self.chart.setVisible(bool(figures.placements))
        self.chart_caption.setText(
            self.tr("Mises à l'emploi par type :")
            if figures.placements
            else self.tr(
                "Aucune mise à l'emploi commencée ce mois-ci : elles se notent dans la vue "
                "« Mises à l'emploi » (Ctrl+5)."
            )
        )
        self.chart_caption.show()
        self.figures.empty_label.hide()

    # -- actions -----------------------------------------------------------------------------
    def new_record(self) -> None:
        """Ctrl+N: a new employer, in the directory's form."""
        self.new_record_requested.emit("employers")

    def open_employer(self, employer_id: str) -> None:
        """Open the employer's record (once its fiche is read)."""
        open_employer(self.context, employer_id, self)

    def open_placement(self, placement_id: str) -> None:
        open_record(self.context, "placement", placement_id, self)

    def _write(self, action: Callable[[WriteUnit], Any], done_text: str) -> None:
        self.context.write(
            "follow_up",
            action,
            initiator=self,
            on_done=lambda _r: self.message.emit(done_text),
            on_error=self._show_error,
        )

    def _show_error(self, exc: BaseException) -> None:
        if not isValid(self):
            return
        text = exc.message() if isinstance(exc, PacteError) else str(exc)
        QMessageBox.warning(self, self.tr("Ma journée"), text)

    def mark_done(self, follow_up_id: str) -> None:
        """Mark the follow-up done today; the status bar offers to undo it."""
        done_on = self.today()

        def reopen(uow: WriteUnit) -> None:
            records.edit(uow, FollowUp, follow_up_id, {"status": "open", "done_on": None})

        def finished(_result: Any) -> None:
            text = self.tr("Relance marquée comme faite")
            self.message.emit(text)
            self.context.offer_undo(
                text, lambda: self.context.write("follow_up", reopen, on_error=self._show_error)
            )

        self.context.write(
            "follow_up",
            lambda uow: followups.complete(uow, follow_up_id, on=done_on),
            initiator=self,
            on_done=finished,
            on_error=self._show_error,
        )

    def postpone(self, follow_up_id: str) -> PostponeDialog:
        """Ask for the new date (« À relancer »'s dialog), then move the follow-up there."""
        dialog = PostponeDialog(self, self.today())
        self.postpone_dialog = dialog

        def chosen() -> None:
            to = dialog.chosen_date()
            self._write(
                lambda uow: followups.postpone(uow, follow_up_id, to),
                self.tr("Relance reportée au %1").replace("%1", format_date(to)),
            )

        def finished(_result: int) -> None:
            if self.postpone_dialog is dialog:
                self.postpone_dialog = None
            dialog.deleteLater()

        dialog.accepted.connect(chosen)
        dialog.finished.connect(finished)
        dialog.open()
        return dialog

    def log_call(self, row: DueFollowUp) -> None:
        """Open the employer on « Démarches » to note the call; once noted there, the
        follow-up is done."""

        def opened(dialog: EmployerDialog) -> None:
            key = id(dialog)
            self._calls[key] = row.id
            dialog.destroyed.connect(lambda _o=None, key=key: self._calls.pop(key, None))
            dialog.tabs.setCurrentIndex(TAB_TIMELINE)
            summary = dialog.log_form.editors["summary"].input
            summary.setFocus(Qt.FocusReason.OtherFocusReason)

        open_employer(self.context, row.employer_id, self, on_open=opened)

    def _answered(self, follow_up_id: str) -> None:
        done_on = self.today()
        self._write(
            lambda uow: followups.complete(uow, follow_up_id, on=done_on),
            self.tr("Appel noté : relance marquée comme faite"),
        )
