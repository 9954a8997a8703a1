"""What this organisation publishes in the network in one pass: the charter's fields of its
shareable records, as operations.

A record is shareable when its employer is not marked "do not share" (an opportunity only when
it is marked shared; the organisation's own record always). The first publication, a charter
that lets out more or a change in what this organisation withholds sends every shareable
record's fields (:meth:`Outgoing.full_state`, withheld fields sent empty); otherwise only what
this device changed since the last network pass (:meth:`Outgoing.changes_since`): a record made
unshareable is withdrawn, but only if partners may hold it (a record never shared leaves
nothing, not even its id). The knowledge of employers (latest contact) and this organisation's
answers to partners' requests are published when they changed (:meth:`Outgoing.derived`). An
answer leaves with its count, message and date and the request it answers, never its worker; one
archived or deleted is withdrawn. Like the knowledge, answers are published from the
organisation's whole table by whichever workstation passes: the same values twice are harmless
(each field keeps its newest stamp).

The aggregate candidate profile (:meth:`Outgoing.profile`, ``charter.public_profile``) follows
two rules. Every published count is of five candidates or more (smaller ones are left out, the
total is a band), and a new profile leaves only when at least five candidates joined, left or
changed what they add since the last one the organisation published: otherwise a partner
subtracting two successive profiles would read one person's skills, languages, level,
residence and availability. The last published profile is measured against its *basis* (a
short digest per candidate, ``charter.profile_basis``) kept on the organisation's own record,
which is replicated: every workstation of the organisation measures against the same basis,
whichever published last. The basis never leaves the organisation (the charter does not let
that field out).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from pacte_desktop.domain.hlc import Clock
from pacte_desktop.sync import charter as charters
from pacte_desktop.sync.network_ops import (
    ANSWER,
    ANSWER_FIELDS,
    KNOWLEDGE,
    PROFILE,
    PROFILE_FIELD,
    WITHDRAWN,
)
from pacte_desktop.sync.state import LocalState

#: The tables shared with their employer, and the column that names it.
SHARED_CHILDREN = {"contact_person": "employer_id", "opportunity": "employer_id"}


class Outgoing:
    """The operations of one network pass, stamped with the pass's clock."""

    def __init__(self, org_id: str, device: str, clock: Clock, state: LocalState) -> None:
        self.org_id = org_id
        self.device = device
        self.clock = clock
        self.state = state
        #: The knowledge just published, saved by the pass once its files are out.
        self.pending_state: dict[str, str] = {}
        #: The profile's basis to record on the organisation's record once the files are out.
        self.pending_basis: str | None = None
        #: Whether a first profile may leave from here when no basis was received (see
        #: :meth:`profile`); the network pass sets it from its feed's listing.
        self.may_start: Callable[[], bool] = lambda: True

    def _row(self, conn: sa.Connection, table: str, row_id: str) -> dict[str, Any] | None:
        row = (
            conn.execute(sa.text(f"SELECT * FROM {table} WHERE id = :id"), {"id": row_id})
            .mappings()
            .first()
        )
        return dict(row) if row is not None else None

    def shareable(self, conn: sa.Connection, table: str, row: Mapping[Any, Any] | None) -> bool:
        if row is None:
            return False
        if table == "organisation":
            return row.get("id") == self.org_id
        if table == "employer":
            return not row.get("do_not_share", 1)
        if table in SHARED_CHILDREN:
            employer = self._row(conn, "employer", str(row.get("employer_id")))
            if not self.shareable(conn, "employer", employer):
                return False
            return table != "opportunity" or bool(row.get("shared"))
        return False

    def record_op(
        self, conn: sa.Connection, charter: charters.Charter, table: str, row: Mapping[Any, Any]
    ) -> dict[str, Any] | None:
        if not charter.allowed(table):
            return None  # a table the charter does not let out: not even its ids
        allowed = charter.allowed(table) | charters.LIFECYCLE_FIELDS
        fields = {k: row[k] for k in allowed if k in row}
        fields[WITHDRAWN] = False
        return {
            "table": table,
            "row_id": row["id"],
            "hlc": self.clock.now(),
            "op": "update",
            "fields": fields,
        }

    def withdraw_op(self, table: str, row_id: str) -> dict[str, Any]:
        return {
            "table": table,
            "row_id": row_id,
            "hlc": self.clock.now(),
            "op": "update",
            "fields": {WITHDRAWN: True},
        }

    def full_state(
        self,
        conn: sa.Connection,
        charter: charters.Charter,
        *,
        cleared: charters.Charter | None = None,
    ) -> list[dict[str, Any]]:
        """Every shareable record's fields under ``charter``; the fields ``cleared`` allows
        and ``charter`` does not (withheld by this organisation) are sent empty, so that
        partners' copies lose them."""
        ops: list[dict[str, Any]] = []
        for table in ("organisation", "employer", *SHARED_CHILDREN):
            blank = (cleared.allowed(table) - charter.allowed(table)) if cleared else frozenset()
            if not charter.allowed(table) and not blank:
                continue
            for row in conn.execute(sa.text(f"SELECT * FROM {table}")).mappings():
                if self.shareable(conn, table, row):
                    op = self.record_op(conn, charter, table, row)
                    if op:
                        op["fields"].update({name: None for name in blank})
                        ops.append(op)
        return ops

    def _was_published(
        self,
        conn: sa.Connection,
        charter: charters.Charter,
        table: str,
        row_id: str,
        cursor: int,
    ) -> bool:
        """Whether partners may hold the record: it was shareable as the journal stood at the
        last network pass (journal ``cursor``) and the charter lets its table out. A record
        never shared leaves nothing, not even a withdrawal carrying its id."""
        if not charter.allowed(table):
            return False
        state = self._state_at(conn, table, row_id, cursor)
        if state is None:
            return False
        if table == "employer":
            return not state.get("do_not_share", 1)
        if table in SHARED_CHILDREN:
            if table == "opportunity" and not state.get("shared"):
                return False
            parent = self._state_at(conn, "employer", str(state.get("employer_id")), cursor)
            return parent is not None and not parent.get("do_not_share", 1)
        return table == "organisation"

    @staticmethod
    def _state_at(
        conn: sa.Connection, table: str, row_id: str, cursor: int
    ) -> dict[str, Any] | None:
        """The record's fields as journalled up to ``cursor`` (None if it did not exist)."""
        entries = conn.execute(
            sa.text(
                "SELECT op, fields FROM journal WHERE row_id = :r AND table_name = :t "
                "AND seq <= :c ORDER BY hlc"
            ),
            {"r": row_id, "t": table, "c": cursor},
        ).all()
        if not entries or any(kind == "delete" for kind, _ in entries):
            return None
        state: dict[str, Any] = {}
        for _, text in entries:
            state.update(json.loads(text))
        return state

    def changes_since(
        self, conn: sa.Connection, charter: charters.Charter, cursor: int
    ) -> list[dict[str, Any]]:
        """Ops for the records this device changed since the last network pass."""
        rows = conn.execute(
            sa.text(
                "SELECT hlc, table_name, row_id, op, fields FROM journal WHERE seq > :c "
                "AND device_id = :d AND table_name IN ('organisation', 'employer', "
                "'contact_person', 'opportunity') ORDER BY seq"
            ),
            {"c": cursor, "d": self.device},
        ).all()
        ops: list[dict[str, Any]] = []
        full: set[tuple[str, str]] = set()
        withdrawn: set[tuple[str, str]] = set()
        for hlc, table, row_id, kind, text in rows:
            fields = json.loads(text)
            row = self._row(conn, table, row_id)
            if not self.shareable(conn, table, row):
                # Withdraw only what partners may hold: a record that existed at the last
                # network pass and was made unshareable (its flag, its employer, a delete). A
                # record never shareable ("do not share", an unshared opportunity) leaves
                # nothing, not even its id.
                turned = kind == "delete" or bool(
                    {"do_not_share", "shared", "employer_id"} & fields.keys()
                )
                if (
                    turned
                    and (table, row_id) not in withdrawn
                    and self._was_published(conn, charter, table, row_id, cursor)
                ):
                    withdrawn.add((table, row_id))
                    ops.append(self.withdraw_op(table, row_id))
                    if table == "employer":
                        for child, ref in SHARED_CHILDREN.items():
                            for (cid,) in conn.execute(
                                sa.text(f"SELECT id FROM {child} WHERE {ref} = :e"), {"e": row_id}
                            ):
                                if self._was_published(conn, charter, child, cid, cursor):
                                    withdrawn.add((child, cid))
                                    ops.append(self.withdraw_op(child, cid))
                continue
            assert row is not None
            flag = {"do_not_share", "shared", "employer_id"} & fields.keys()
            if flag:
                # Shareable again (or moved): the whole record, and for an employer its children.
                if (table, row_id) not in full:
                    full.add((table, row_id))
                    op = self.record_op(conn, charter, table, row)
                    if op:
                        ops.append(op)
                    if table == "employer":
                        for child, ref in SHARED_CHILDREN.items():
                            for child_row in conn.execute(
                                sa.text(f"SELECT * FROM {child} WHERE {ref} = :e"), {"e": row_id}
                            ).mappings():
                                if self.shareable(conn, child, child_row):
                                    child_op = self.record_op(conn, charter, child, child_row)
                                    if child_op:
                                        ops.append(child_op)
                continue
            narrowed = charters.filter_operation(
                {"table": table, "row_id": row_id, "hlc": hlc, "op": kind, "fields": fields},
                charter,
                record=row,
            )
            if narrowed is not None:
                ops.append(narrowed)
        return ops

    def derived(self, conn: sa.Connection) -> list[dict[str, Any]]:
        """The knowledge of employers (latest contact) and the aggregate candidate profile,
        published when they changed."""
        ops: list[dict[str, Any]] = []
        interactions = (
            conn.execute(sa.text("SELECT employer_id, date, archived_at FROM interaction"))
            .mappings()
            .all()
        )
        employers = {
            r["id"]: dict(r)
            for r in conn.execute(
                sa.text("SELECT id, do_not_share, archived_at FROM employer")
            ).mappings()
        }
        knowledge = charters.knowledge_from_interactions([dict(r) for r in interactions], employers)
        known = {k["employer_id"]: k["latest_contact"] for k in knowledge}
        before = json.loads(self.state.get("network.knowledge") or "{}")
        for employer_id in sorted(set(known) | set(before)):
            if known.get(employer_id) != before.get(employer_id):
                fields: dict[str, Any] = (
                    {"latest_contact": known[employer_id], WITHDRAWN: False}
                    if employer_id in known
                    else {WITHDRAWN: True}
                )
                ops.append(
                    {
                        "table": KNOWLEDGE,
                        "row_id": employer_id,
                        "hlc": self.clock.now(),
                        "op": "update",
                        "fields": fields,
                    }
                )
        profile_op, self.pending_basis = self.profile(conn)
        if profile_op is not None:
            ops.append(profile_op)
        answers = self.answers(conn)
        published = json.loads(self.state.get("network.answers") or "{}")
        for answer_id in sorted(set(answers) | set(published)):
            if answers.get(answer_id) != published.get(answer_id):
                ops.append(
                    {
                        "table": ANSWER,
                        "row_id": answer_id,
                        "hlc": self.clock.now(),
                        "op": "update",
                        "fields": (
                            {**answers[answer_id], WITHDRAWN: False}
                            if answer_id in answers
                            else {WITHDRAWN: True}
                        ),
                    }
                )
        self.pending_state = {
            "knowledge": json.dumps(known, sort_keys=True),
            "answers": json.dumps(answers, sort_keys=True),
        }
        return ops

    @staticmethod
    def answers(conn: sa.Connection) -> dict[str, dict[str, Any]]:
        """This organisation's live answers to partners' requests, as published: by id."""
        columns = ", ".join(sorted(ANSWER_FIELDS))
        return {
            row["id"]: {name: row[name] for name in sorted(ANSWER_FIELDS)}
            for row in conn.execute(
                sa.text(f"SELECT id, {columns} FROM request_answer WHERE archived_at IS NULL")
            ).mappings()
        }

    def profile(self, conn: sa.Connection) -> tuple[dict[str, Any] | None, str | None]:
        """The public profile's operation when a new one is due, and the basis to record on
        the organisation's record once it is out (None: nothing to record).

        Due when no profile was published from this organisation's basis yet, or when at least
        :data:`charter.PROFILE_MIN_CHANGE` candidates joined, left or changed what they add
        since the last one (so that two successive profiles never differ by one person). A
        basis that moved that far with an unchanged profile is recorded without publishing.
        Without a basis, a profile is published only when :attr:`may_start` agrees: a
        workstation that joined after another one of its organisation had published waits for
        that one's basis (through the organisation's sync) rather than publishing its own.
        """
        state = profile_state(conn, self.org_id)
        if not state.due:
            return None, None
        if state.changes is None and not self.may_start():
            return None, None  # another workstation published: its basis is on its way
        recorded = json.dumps({"profile": state.current, "candidates": state.basis}, sort_keys=True)
        if state.published == state.current:
            return None, recorded
        op = {
            "table": PROFILE,
            "row_id": self.org_id,
            "hlc": self.clock.now(),
            "op": "update",
            "fields": {PROFILE_FIELD: state.current},
        }
        return op, recorded


@dataclass(frozen=True)
class ProfileState:
    """This organisation's public profile: the one its candidates make now, the last one it
    published (None: none yet from a recorded basis), and how many candidates joined, left or
    changed since (None: no basis)."""

    current: dict[str, object]
    published: dict[str, object] | None
    changes: int | None
    basis: dict[str, str]

    @property
    def due(self) -> bool:
        """Whether the next network pass publishes :attr:`current`."""
        return self.changes is None or self.changes >= charters.PROFILE_MIN_CHANGE

    @property
    def outgoing(self) -> dict[str, object]:
        """The profile partners hold after the next network pass."""
        if self.due or self.published is None:
            return self.current
        return self.published


def profile_state(conn: sa.Connection, org_id: str) -> ProfileState:
    """The public profile of the active candidates of the store, against the basis recorded on
    the organisation's record ``org_id``."""
    candidates = [
        {
            "id": c["id"],
            "skills": json.loads(c["skills"] or "[]"),
            "languages": json.loads(c["languages"] or "[]"),
            "qualification_level": c["qualification_level"],
            "saint_gilles_resident": bool(c["saint_gilles_resident"]),
            "availability": c["availability"],
        }
        for c in conn.execute(
            sa.text(
                "SELECT id, skills, languages, qualification_level, saint_gilles_resident, "
                "availability FROM candidate "
                # An anonymised candidate is what the reports keep of a person, never an
                # active candidate, even restored from the archive.
                "WHERE archived_at IS NULL AND anonymised_at IS NULL"
            )
        ).mappings()
    ]
    basis = charters.profile_basis(candidates)
    stored = conn.execute(
        sa.text("SELECT profile_basis FROM organisation WHERE id = :id"), {"id": org_id}
    ).scalar_one_or_none()
    before = _basis(stored)
    published = before.get("profile") if before is not None else None
    return ProfileState(
        current=charters.public_profile(candidates),
        published=published if isinstance(published, dict) else None,
        changes=None if before is None else charters.basis_changes(before["candidates"], basis),
        basis=basis,
    )


def _basis(text: str | None) -> dict[str, Any] | None:
    """The organisation's recorded basis (None: none yet, or unreadable: publish afresh)."""
    if not text:
        return None
    try:
        value = json.loads(text)
    except json.JSONDecodeError:
        return None
    if not isinstance(value, dict) or not isinstance(value.get("candidates"), dict):
        return None
    return value
