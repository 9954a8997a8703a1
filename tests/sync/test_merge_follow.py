"""Records added to a merged employer elsewhere follow the merge (sync/merge_follow.py).

Three workstations of one organisation around one folder. C, offline, adds an interaction and
a contact person to the employer A merges into another one. After passes both are on the kept
employer on A, B and C, the journals agree and no conflict is listed for review, although
several workstations made the same moves. B then undoes the merge: the records C added go back
to the merged employer with those the merge moved, the same everywhere. Creating a record for
the merged employer is refused with a message naming the kept one.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import sqlalchemy as sa
from syncer import Syncer
from workstations import OrgNet, Workstation

from pacte_desktop.domain.entities import ContactPerson, EmployerMerge
from pacte_desktop.domain.errors import ValidationError
from pacte_desktop.services import dedupe, followups
from pacte_desktop.store.unit_of_work import UnitOfWork

TABLES = ("contact_person", "interaction", "follow_up", "opportunity", "placement")


def _on(station: Workstation, employer: str) -> dict[str, set[str]]:
    with station.store.reading() as conn:
        return {
            t: set(
                conn.execute(
                    sa.text(f"SELECT id FROM {t} WHERE employer_id = :e"), {"e": employer}
                ).scalars()
            )
            for t in TABLES
        }


def _settle(*stations: Workstation) -> None:
    for station in (*stations, *stations, *stations):
        station.sync()


def _log(station: Workstation, employer: str, summary: str) -> str:
    with UnitOfWork(station.store) as uow:
        logged = followups.log_interaction(
            uow, employer=employer, channel="visit", summary=summary, date=dt.date(2026, 3, 2)
        )
        uow.commit()
    return logged.interaction.id


def test_records_added_offline_to_a_merged_employer_follow_the_merge_and_its_undo(
    tmp_path: Path,
) -> None:
    org = OrgNet(tmp_path)
    try:
        a = org.first("A")
        b = org.join("B")
        c = org.join("C")
        kept = a.employer("Boulangerie Dupont", postcode="1060")
        merged = a.employer("DUPONT boulangerie SPRL", postcode="1060")
        before_merge = a.create(ContactPerson, {"employer_id": merged, "name": "Avant"})
        _settle(a, b, c)

        with UnitOfWork(a.store) as uow:
            made = dedupe.merge(uow, kept, merged)
            uow.commit()
        assert isinstance(made, EmployerMerge)
        # C has not received the merge: it adds a visit and a contact to the merged employer.
        visit = _log(c, merged, "Visite hors ligne")
        contact = c.create(ContactPerson, {"employer_id": merged, "name": "Hors ligne"})
        # A and B receive the merge first; then everyone syncs, C last to learn of the merge.
        _settle(a, b)
        _settle(c, b, a)
        for station in (a, b, c):
            on_kept = _on(station, kept)
            assert {visit} <= on_kept["interaction"], station.name
            assert {contact, before_merge} <= on_kept["contact_person"], station.name
            assert _on(station, merged) == {t: set() for t in TABLES}, station.name
            assert not station.conflicts(), station.name
        assert a.rows() == b.rows() == c.rows()
        assert a.journal() == b.journal() == c.journal()
        # Several workstations moved the same records: each move is journalled, none conflicts.
        moves = [
            e for e in a.journal() if e[4] in (visit, contact) and e[5] == "update" and kept in e[6]
        ]
        assert moves

        # B undoes the merge: what was put on the merged employer, before the merge or on C
        # without knowing of it, goes back to it.
        with UnitOfWork(b.store) as uow:
            undone = dedupe.undo(uow, made.id)
            uow.commit()
        assert undone.moved_back == 3
        added_to_kept = a.create(ContactPerson, {"employer_id": kept, "name": "Après"})
        _settle(b, a, c)
        for station in (a, b, c):
            on_merged = _on(station, merged)
            assert on_merged["interaction"] == {visit}, station.name
            assert on_merged["contact_person"] == {contact, before_merge}, station.name
            assert _on(station, kept)["contact_person"] == {added_to_kept}, station.name
            assert station.value("employer", merged, "archived_at") is None
            assert not station.conflicts(), station.name
        assert a.rows() == b.rows() == c.rows()
        assert a.journal() == b.journal() == c.journal()
    finally:
        org.close()


def test_a_record_for_a_merged_employer_is_refused_naming_the_kept_one(tmp_path: Path) -> None:
    org = OrgNet(tmp_path)
    try:
        a = org.first("A")
        kept = a.employer("Boulangerie Dupont", postcode="1060")
        merged = a.employer("DUPONT boulangerie SPRL", postcode="1060")
        with UnitOfWork(a.store) as uow:
            dedupe.merge(uow, kept, merged)
            uow.commit()
        with pytest.raises(ValidationError) as refused:
            _log(a, merged, "Appel")
        assert refused.value.code == "employer_merged"
        text = refused.value.message("fr")
        assert "« Boulangerie Dupont »" in text and "DUPONT boulangerie SPRL" in text
        with pytest.raises(ValidationError) as moved:
            contact = a.create(ContactPerson, {"employer_id": kept, "name": "Ici"})
            a.edit(ContactPerson, contact, {"employer_id": merged})
        assert moved.value.code == "employer_merged"
    finally:
        org.close()


def test_a_record_that_followed_elsewhere_goes_back_after_an_undo_made_without_it(
    tmp_path: Path,
) -> None:
    """B undoes the merge before it has received the record C added offline, which A has
    already moved to the kept employer: the passes after the undo send it back everywhere."""
    org = OrgNet(tmp_path)
    try:
        a = org.first("A")
        b = org.join("B")
        c = org.join("C")
        kept = a.employer("Boulangerie Dupont", postcode="1060")
        merged = a.employer("DUPONT boulangerie SPRL", postcode="1060")
        _settle(a, b, c)
        with UnitOfWork(a.store) as uow:
            made = dedupe.merge(uow, kept, merged)
            uow.commit()
        assert isinstance(made, EmployerMerge)
        b.sync()
        a.sync()  # the merge is in the folder; B has it
        b.sync()
        visit = _log(c, merged, "Visite hors ligne")
        c.sync()  # publishes the visit, receives the merge, moves the visit, publishes that
        a.sync()
        assert _on(a, kept)["interaction"] == {visit}
        with UnitOfWork(b.store) as uow:  # B has not seen the visit
            undone = dedupe.undo(uow, made.id)
            uow.commit()
        assert undone.moved_back == 0
        _settle(b, a, c)
        for station in (a, b, c):
            assert _on(station, merged)["interaction"] == {visit}, station.name
            assert _on(station, kept)["interaction"] == set(), station.name
            assert not station.conflicts(), station.name
        assert a.rows() == b.rows() == c.rows()
        assert a.journal() == b.journal() == c.journal()
    finally:
        org.close()


def test_the_command_line_refuses_a_record_for_a_merged_employer_in_the_users_language(
    pacte,  # type: ignore[no-untyped-def]
) -> None:
    assert pacte("init", "--org", "CPAS", "--org-type", "cpas", "--worker", "Fa").code == 0
    kept = pacte("employer", "add", "--name", "Boulangerie Dupont", "--postcode", "1060")
    merged = pacte("employer", "add", "--name", "DUPONT boulangerie SPRL", "--postcode", "1060")
    kept_id, merged_id = kept.out.strip(), merged.out.strip()
    assert pacte("dedupe", "merge", kept_id, merged_id).code == 0
    for lang, said in (
        ("fr", "a été fusionné avec « Boulangerie Dupont »"),
        ("nl", "is samengevoegd met 'Boulangerie Dupont'"),
        ("en", "was merged into 'Boulangerie Dupont'"),
    ):
        refused = pacte(
            "interaction", "add", merged_id, "--channel", "visit", "--summary", "x", "--lang", lang
        )
        assert refused.code == 1 and said in refused.err, refused.err
        assert "Traceback" not in refused.err
    assert pacte("interaction", "add", kept_id, "--channel", "visit", "--summary", "x").code == 0


def test_two_workstations_making_the_same_move_converge_without_a_conflict(tmp_path: Path) -> None:
    """Each workstation on its own replica of the folder (a folder syncer between them): A and
    B both receive the merge and C's offline visit before either receives the other's move, so
    both move the visit. The two moves are journalled everywhere and listed as no conflict."""
    syncer = Syncer(tmp_path / "replicas")
    org = OrgNet(tmp_path)
    try:
        a = org.first("A", root=syncer.replica("A"))
        stations = [a]
        for name in ("B", "C"):
            syncer.replica(name)
            syncer.exchange()
            stations.append(org.join(name, root=syncer.replica(name)))
        b, c = stations[1:]

        def settle() -> None:
            for _ in range(3):
                for station in stations:
                    station.sync()
                syncer.exchange()

        kept = a.employer("Boulangerie Dupont", postcode="1060")
        merged = a.employer("DUPONT boulangerie SPRL", postcode="1060")
        settle()
        with UnitOfWork(a.store) as uow:
            dedupe.merge(uow, kept, merged)
            uow.commit()
        a.sync()
        visit = _log(c, merged, "Visite hors ligne")
        c.sync()
        for src, dst in (("A", "B"), ("C", "A"), ("C", "B")):
            syncer.deliver(src, dst)
        a.sync()
        b.sync()
        movers = {e[1] for e in a.journal() + b.journal() if e[4] == visit and kept in e[6]}
        assert movers == {a.store.device_id, b.store.device_id}
        settle()
        for station in stations:
            assert _on(station, kept)["interaction"] == {visit}, station.name
            assert not station.conflicts(), station.name
        assert a.rows() == b.rows() == c.rows()
        assert a.journal() == b.journal() == c.journal()
        assert {e[1] for e in a.journal() if e[4] == visit and kept in e[6]} == movers
    finally:
        org.close()
