"""Partners' publics (issue 15, point 2): three organisations syncing through a network folder.

- Every published cell counts 5 candidates or more and equals a count made here, independently,
  from the publisher's candidates as they stood when it published; the total is a band.
- A change of fewer than 5 candidates publishes nothing new, also when another workstation of
  the organisation makes it (the basis travels with the organisation's record).
- The who-search lists the partners whose marginals count every criterion, with the counts.
- A hostile profile is refused with its file, and reported; the other feeds flow on.
"""

from __future__ import annotations

import json
import random
import shutil
import uuid
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from pacte_desktop.domain.entities import QUALIFICATIONS, Candidate, Organisation
from pacte_desktop.domain.errors import PacteError, ValidationError
from pacte_desktop.services import publics, records
from pacte_desktop.store.unit_of_work import UnitOfWork
from pacte_desktop.sync import charter as charters
from pacte_desktop.sync import engine, network_ops
from tests.sync.test_network import (
    Pact,
    feed_plaintext,
    make_pact,
    network_rejected,
    org_id,
    profile_of,
    rejected_rows,
    worker_of,
)
from tests.sync.test_network_trust import admitted_rogue
from tests.sync.workstations import OrgNet, Workstation

SKILLS = ("vente", "cuisine", "nettoyage", "caisse", "logistique", "accueil")


@pytest.fixture
def pact(tmp_path: Path):  # type: ignore[no-untyped-def]
    p = make_pact(tmp_path)
    yield p
    p.close()


def add_candidates(station: Workstation, n: int, seed: int, **fixed: Any) -> list[str]:
    rng = random.Random(seed)
    made = []
    for _ in range(n):
        values: dict[str, Any] = {
            "code": f"C-{uuid.uuid4().hex[:10]}",
            "skills": rng.sample(SKILLS, rng.randint(0, 2)),
            "languages": rng.sample(["fr", "nl", "en", "ar"], rng.randint(1, 3)),
            "qualification_level": rng.choice([None, *QUALIFICATIONS]),
            "saint_gilles_resident": rng.random() < 0.6,
            "availability": rng.choice([None, "now", "1-month", "3-months", "not-available"]),
            "worker_id": worker_of(station),
            **fixed,
        }
        made.append(station.create(Candidate, values))
    return made


def archive(station: Workstation, candidate_id: str) -> None:
    with UnitOfWork(station.store) as uow:
        records.archive(uow, Candidate, candidate_id)
        uow.commit()


def recount(station: Workstation) -> dict[str, Any]:
    """The profile of ``station``'s active candidates, counted here from the table itself."""
    parts: dict[str, Counter[str]] = {p: Counter() for p in charters.PROFILE_PARTS}
    with station.store.reading() as conn:
        rows = conn.execute(
            sa.text(
                "SELECT skills, languages, qualification_level, saint_gilles_resident, "
                "availability FROM candidate WHERE archived_at IS NULL AND anonymised_at IS NULL"
            )
        ).all()
    for skills, languages, level, resident, availability in rows:
        parts["skills"].update(set(json.loads(skills or "[]")))
        parts["languages"].update(set(json.loads(languages or "[]")))
        if level:
            parts["qualifications"][level] += 1
        if resident:
            parts["residence"]["saint-gilles"] += 1
        if availability:
            parts["availability"][availability] += 1
    total = len(rows)
    bands = [(0, 4, "<5"), (5, 9, "5-9"), (10, 19, "10-19"), (20, 49, "20-49"), (50, 99, "50-99")]
    [band] = [label for low, high, label in bands if low <= total <= high]
    return {
        **{p: {k: n for k, n in sorted(c.items()) if n >= 5} for p, c in parts.items()},
        "total": band,
    }


def published(receiver: Workstation, publisher: Workstation) -> dict[str, Any]:
    [record] = profile_of(receiver, publisher)
    profile = record[engine.PROFILE_FIELD]
    assert isinstance(profile, dict)
    return profile


def profile_ops(pact: Pact, publisher: Workstation) -> list[dict[str, Any]]:
    return [op for op in feed_plaintext(pact, publisher) if op["table"] == engine.PROFILE]


def test_every_published_cell_is_five_or_more_and_equals_a_recount(pact: Pact) -> None:
    cpas, ml, ale = pact.members
    add_candidates(cpas, 40, seed=1)
    add_candidates(ml, 12, seed=2)
    add_candidates(ale, 3, seed=3)  # fewer than 5 since the last profile: nothing new
    archived = add_candidates(cpas, 6, seed=4)
    for cid in archived[:5]:
        archive(cpas, cid)
    pact.settle()

    for publisher, receivers in ((cpas, (ml, ale)), (ml, (cpas, ale))):
        expected = recount(publisher)
        assert expected["total"] != "<5"
        assert any(expected[part] for part in ("skills", "languages", "residence"))
        for receiver in receivers:
            profile = published(receiver, publisher)
            assert profile == expected
            cells = [n for part in charters.PROFILE_PARTS for n in profile[part].values()]
            assert cells and all(type(n) is int and n >= 5 for n in cells)
    # The ALE's three candidates: its profile is still the empty one it published on joining.
    assert published(cpas, ale) == {**{p: {} for p in charters.PROFILE_PARTS}, "total": "<5"}
    # Nothing but marginals: no key of a profile names two values at once.
    everything = json.dumps([published(ml, cpas), published(cpas, ml)])
    assert "C-" not in everything


def test_a_one_candidate_change_publishes_nothing_new_from_any_workstation(
    pact: Pact,
) -> None:
    cpas, ml, _ = pact.members
    add_candidates(cpas, 10, seed=5, languages=["fr", "nl"])
    pact.settle()
    before = published(ml, cpas)
    assert before["languages"] == {"fr": 10, "nl": 10} and before["total"] == "10-19"
    ops_before = len(profile_ops(pact, cpas))

    # A second workstation of the CPAS joins the organisation and the network before the first
    # one has sent its work to the organisation's folder: it holds no candidate and no basis,
    # and publishes no profile of its own (another device of the CPAS has published).
    second = pact.orgs[0].join("ws2")
    pact.join(second)
    second.sync()
    assert len(profile_ops(pact, cpas)) == ops_before
    assert published(ml, cpas) == before
    # Once the organisation has synced, it measures against the basis it received.
    cpas.sync()
    second.sync()
    with second.store.reading() as conn:
        basis = conn.execute(sa.text("SELECT profile_basis FROM organisation")).scalar_one()
    assert len(json.loads(basis)["candidates"]) == 10
    # One candidate more, entered on the second workstation: still nothing new.
    add_candidates(second, 1, seed=6, languages=["fr", "nl"])
    second.sync()
    cpas.sync()
    pact.settle()
    assert len(profile_ops(pact, cpas)) == ops_before
    assert published(ml, cpas) == before
    # One leaves (archived on the first workstation) and three change: 5 in all, a new profile.
    with cpas.store.reading() as conn:
        ids = [r[0] for r in conn.execute(sa.text("SELECT id FROM candidate ORDER BY id"))]
    cpas.sync(scopes=("org",))
    archive(cpas, ids[0])
    for cid in ids[1:4]:
        cpas.edit(Candidate, cid, {"languages": ["fr", "nl", "en"]})
    pact.settle()
    assert len(profile_ops(pact, cpas)) == ops_before + 1
    assert "profile_basis" not in json.dumps(feed_plaintext(pact, cpas))  # never leaves
    after = published(ml, cpas)
    assert after == recount(cpas)
    assert after["languages"] == {"fr": 10, "nl": 10} and after["total"] == "10-19"


def test_who_lists_the_partners_that_may_have_such_candidates(pact: Pact) -> None:
    cpas, ml, ale = pact.members
    # CPAS: Dutch and English, bachelor or master; Mission locale: Dutch, no English to speak of.
    add_candidates(cpas, 6, seed=7, languages=["nl", "en"], qualification_level="bachelor")
    add_candidates(cpas, 5, seed=8, languages=["fr", "en"], qualification_level="master")
    add_candidates(ml, 9, seed=9, languages=["nl"], qualification_level="master")
    add_candidates(ml, 2, seed=10, languages=["nl", "en"], qualification_level="cess")
    pact.settle()

    criteria = publics.Criteria(languages=("nl", "en"), qualification="bachelor")
    [match] = publics.who(ale.store, criteria)
    assert match.profile.organisation == "CPAS de Saint-Gilles"
    assert match.counts == [
        ("languages", "nl", 6),
        ("languages", "en", 11),
        ("qualifications", "bachelor", 11),  # bachelor 6 and master 5: "bachelor or higher"
    ]
    assert match.at_most == 6
    dutch = publics.who(ale.store, publics.Criteria(languages=("nl",)))
    assert [(m.profile.organisation, m.at_most) for m in dutch] == [
        ("Mission locale de Saint-Gilles", 11),
        ("CPAS de Saint-Gilles", 6),
    ]
    # The command line says the same.
    from pacte_desktop.cli import main

    assert main(["--data-dir", str(ale.store.data_dir), "network", "profiles", "--json"]) == 0
    code = main(
        [
            "--data-dir",
            str(ale.store.data_dir),
            "network",
            "who",
            "--language",
            "nl",
            "--language",
            "en",
            "--qualification",
            "bachelor",
            "--json",
        ]
    )
    assert code == 0
    with pytest.raises(ValidationError):
        publics.Criteria(languages=("klingon",))


def test_the_who_command_prints_counts_and_refuses_an_unknown_level(
    pact: Pact, capsys: pytest.CaptureFixture[str]
) -> None:
    from pacte_desktop.cli import main

    cpas, ml, _ = pact.members
    add_candidates(cpas, 7, seed=11, languages=["nl", "en"], qualification_level="master")
    pact.settle()
    here = ["--data-dir", str(ml.store.data_dir), "--lang", "fr"]
    capsys.readouterr()
    assert main([*here, "network", "who", "--language", "nl", "--json"]) == 0
    [found] = json.loads(capsys.readouterr().out)
    assert found["organisation"] == "CPAS de Saint-Gilles"
    assert found["criteria"] == [{"part": "languages", "value": "nl", "count": 7}]
    assert main([*here, "network", "who", "--language", "nl", "--qualification", "master"]) == 0
    out = capsys.readouterr().out
    assert "CPAS de Saint-Gilles" in out and "néerlandais 7" in out and "au plus 7" in out
    assert main([*here, "network", "profiles"]) == 0
    out = capsys.readouterr().out
    assert "candidats actifs 5-9" in out and "moins de 5" in out
    code = main([*here, "network", "who", "--qualification", "doctorat"])
    captured = capsys.readouterr()
    assert code != 0 and "doctorat" in captured.err and "Traceback" not in captured.err


# --- hostile profiles ------------------------------------------------------------------------


def _profile(**changes: Any) -> dict[str, Any]:
    return {
        "skills": {"vente": 6},
        "languages": {"nl": 5},
        "qualifications": {"bachelor": 7},
        "residence": {"saint-gilles": 8},
        "availability": {"now": 5},
        "total": "5-9",
        **changes,
    }


HOSTILE: dict[str, Any] = {
    "a count under five": _profile(languages={"nl": 2}),
    "a count of zero": _profile(skills={"vente": 0}),
    "a negative count": _profile(skills={"vente": -6}),
    "a count as text": _profile(skills={"vente": "6"}),
    "a count above its band": _profile(languages={"nl": 12}),
    "an exact total": _profile(total=9),
    "a made-up band": _profile(total="5-10"),
    "a cell while the total is under five": _profile(total="<5"),
    "an unknown language": _profile(languages={"klingon": 6}),
    "an unknown level": _profile(qualifications={"doctorat": 6}),
    "another residence": _profile(residence={"forest": 6}),
    "a cross-tabulation": _profile(languages={"nl": 6, "nl+en": 5}),
    "an extra part": {**_profile(), "codes": {"C-001": 5}},
    "a part missing": {k: v for k, v in _profile().items() if k != "availability"},
    "a nested part": _profile(skills={"vente": {"a": 6}}),
    "a part as a list": _profile(skills=[["vente", 6]]),
    "a huge skill name": _profile(skills={"x" * 500: 6}),
    "too many skills": _profile(skills={f"s{i}": 5 for i in range(600)}, total="1000+"),
    "not an object": "5-9",
}


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_a_hostile_profile_is_refused(case: str) -> None:
    org = str(uuid.uuid4())
    device = uuid.uuid4().hex[:16]
    op = {
        "table": engine.PROFILE,
        "row_id": org,
        "hlc": f"1796000000000-0000-{device}",
        "op": "update",
        "fields": {engine.PROFILE_FIELD: HOSTILE[case]},
    }
    with pytest.raises(PacteError) as caught:
        network_ops.check_ops([op], org_id=org, device_id=device, schema=None, what="f.chg")
    assert caught.value.code == "network_op_value"
    # The honest profile passes.
    op["fields"] = {engine.PROFILE_FIELD: _profile()}
    assert network_ops.check_ops([op], org_id=org, device_id=device, schema=None, what="f.chg")


def test_a_partner_publishing_a_small_count_has_its_file_refused_and_reported(
    pact: Pact,
) -> None:
    cpas, ml, ale = pact.members
    rogue = admitted_rogue(pact)
    add_candidates(ml, 8, seed=12)
    spoiled = {
        "table": engine.PROFILE,
        "row_id": rogue.org_id,
        "hlc": rogue.stamp(),
        "op": "update",
        "fields": {engine.PROFILE_FIELD: _profile(languages={"nl": 1})},
    }
    path = rogue.publish([spoiled])
    pact.settle()
    summary = ale.sync(scopes=("network",))
    assert summary.scopes[0].error is None
    assert (path, "network_op_value") in rejected_rows(ale)
    [line] = [r for r in network_rejected(summary) if path in r]
    assert "est refusé" in line
    assert [p.organisation for p in publics.partner_profiles(ale.store)] == [
        "CPAS de Saint-Gilles",
        "Mission locale de Saint-Gilles",
    ]
    assert published(ale, ml) == recount(ml)
    assert org_id(cpas) not in json.dumps(rejected_rows(ale))


def test_a_profile_of_an_earlier_version_is_read_with_its_total_banded() -> None:
    legacy = {"skills": {"vente": 7}, "languages": {"fr": 3}, "qualifications": {}, "total": 12}
    org = str(uuid.uuid4())
    found = publics._normalised({"profile": legacy})
    assert found is not None
    parts, total = found
    assert total == "10-19"
    assert parts["skills"] == {"vente": 7} and parts["languages"] == {}  # 3: never shown
    assert parts["availability"] == {} and parts["residence"] == {}
    # And such a profile is still well-formed on arrival (a partner that has not upgraded).
    device = uuid.uuid4().hex[:16]
    op = {
        "table": engine.PROFILE,
        "row_id": org,
        "hlc": f"1796000000000-0000-{device}",
        "op": "update",
        "fields": {"profile": legacy},
    }
    assert network_ops.check_ops([op], org_id=org, device_id=device, schema=None, what="f.chg")


def test_two_workstations_recording_a_basis_at_once_converge_without_a_conflict(
    tmp_path: Path,
) -> None:
    """The basis is the application's own field: the one written last wins everywhere, and no
    "edit that lost" is offered for review (it is nobody's typing)."""
    org = OrgNet(tmp_path)
    try:
        a = org.first("A")
        b = org.join("B")
        org_row = org_id(a)
        for station, n in ((a, 3), (b, 4)):
            with UnitOfWork(station.store) as uow:
                uow.update(Organisation, org_row, {"profile_basis": json.dumps({"n": n})})
                uow.commit()
        for station in (a, b, a):
            station.sync()
        assert a.value("organisation", org_row, "profile_basis") == b.value(
            "organisation", org_row, "profile_basis"
        )
        assert a.conflicts() == [] and b.conflicts() == []
    finally:
        org.close()


def test_a_workstation_without_basis_waits_when_the_feed_holds_only_a_snapshot(
    pact: Pact, tmp_path: Path
) -> None:
    """Pruning (network_snapshot.py) may leave a device's log directory empty: its snapshot
    still says that the organisation published, so a new workstation without the basis waits
    for it instead of publishing a profile that could differ from the last by one person."""
    cpas, ml, _ = pact.members
    add_candidates(cpas, 10, seed=5, languages=["fr", "nl"])
    pact.settle()
    before = published(ml, cpas)
    ops_before = len(profile_ops(pact, cpas))
    feed = pact.folder / "feeds" / org_id(cpas)
    device = cpas.store.device_id
    own_log = feed / "log" / device
    aside = tmp_path / "pruned"
    shutil.move(str(own_log), str(aside))  # what pruning leaves: no file of the first device
    own_log.mkdir()
    (feed / "snap").mkdir(exist_ok=True)
    (feed / "snap" / f"{device}-{'1' * 13}-0000-{device}.snap").write_bytes(b"")

    second = pact.orgs[0].join("ws2")
    pact.join(second)
    second.sync()
    shutil.rmtree(own_log)
    shutil.move(str(aside), str(own_log))
    assert len(profile_ops(pact, cpas)) == ops_before
    assert published(ml, cpas) == before


def test_an_anonymised_candidate_never_counts_in_the_profile_even_restored(pact: Pact) -> None:
    """An anonymised candidate is what the reports keep of a person, not an active candidate:
    restoring it from the archive does not put it back into the published profile."""
    import datetime as dt

    from pacte_desktop.services import privacy
    from pacte_desktop.sync.network_outgoing import profile_state

    cpas = pact.members[0]
    ids = add_candidates(
        cpas, 6, seed=11, languages=["fr"], qualification_level="master", saint_gilles_resident=True
    )
    with UnitOfWork(cpas.store) as uow:
        privacy.anonymise(uow, ids[0], today=dt.date(2026, 12, 1))
        uow.commit()
    with UnitOfWork(cpas.store) as uow:
        records.restore(uow, Candidate, ids[0])
        uow.commit()
    with cpas.store.reading() as conn:
        state = profile_state(conn, org_id(cpas))
    # Anonymising keeps the level and the residence (the reports count them): without the
    # rule, the restored record would count as a sixth master's holder living in Saint-Gilles.
    assert state.current["languages"] == {"fr": 5}
    assert state.current["qualifications"] == {"master": 5}
