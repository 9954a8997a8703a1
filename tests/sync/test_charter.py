"""The sharing charter: default sets, filtering, signatures, changes and the public profile."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import given, settings
from hypothesis import strategies as st

from pacte_desktop.domain import entities
from pacte_desktop.domain.errors import PacteError
from pacte_desktop.sync import charter as ch
from pacte_desktop.sync import crypto

COORDINATOR = "org-coordinator"

EMPLOYER_DEFAULT = {
    "name",
    "name_nl",
    "bce_number",
    "nace_code",
    "nace_version",
    "street",
    "street_nl",
    "number",
    "box",
    "postcode",
    "commune",
    "commune_nl",
    "phone",
    "email",
    "website",
    "languages",
    "size_band",
    "tags",
    "accepts",
    "status",
}
OPPORTUNITY_DEFAULT = {
    "kind",
    "title",
    "positions",
    "required_skills",
    "languages",
    "qualification",
    "start_date",
    "end_date",
    "status",
}


def op(table: str, fields: Mapping[str, object], kind: str = "insert") -> dict[str, object]:
    return {
        "table": table,
        "row_id": "row-1",
        "hlc": "0000000000001-0000-dev",
        "op": kind,
        "fields": fields,
    }


def employer_fields(**extra: object) -> dict[str, object]:
    return {
        "name": "Boulangerie Wittamer",
        "bce_number": "0403.019.261",
        "phone": "+3225380000",
        "notes": "owner is hard to reach",
        "owner_id": "worker-7",
        "legal_form": "SRL",
        "do_not_share": 0,
        **extra,
    }


# --- the default charter -------------------------------------------------------------------


def test_default_charter_matches_domain_exactly() -> None:
    c = ch.DEFAULT_CHARTER
    assert c.allowed("employer") == EMPLOYER_DEFAULT
    assert c.allowed("opportunity") == OPPORTUNITY_DEFAULT
    assert c.allowed("organisation") == {"name", "name_nl", "org_type"}
    for table in ("interaction", "contact_person", "candidate", "placement", "follow_up", "worker"):
        assert c.allowed(table) == frozenset(), table
    assert set(c.fields) == set(entities.BY_TABLE)
    assert c.version == 1


def test_notes_owner_and_flags_are_never_allowed_by_any_charter() -> None:
    for table, names in ch.DEFAULT_CHARTER.fields.items():
        assert not set(names) & {"notes", "owner_id", "do_not_share", "shared", "id"}, table
    for table, ceiling in ch.CEILINGS.items():
        assert not ceiling & {"notes", "owner_id", "do_not_share", "shared", "id"}, table
    with pytest.raises(ValueError, match="never leave"):
        ch.Charter(1, "t", COORDINATOR, {"employer": {"name", "notes"}})
    with pytest.raises(ValueError, match="never leave"):
        ch.Charter(1, "t", COORDINATOR, {"candidate": {"code"}})
    with pytest.raises(ValueError, match="never leave"):
        ch.Charter(1, "t", COORDINATOR, {"contact_person": {"name", "preferred_language"}})
    with pytest.raises(ValueError, match="unknown tables"):
        ch.Charter(1, "t", COORDINATOR, {"journal": {"x"}})
    with pytest.raises(ValueError):
        ch.Charter(0, "t", COORDINATOR, {})


def test_contact_persons_are_an_optional_allowance() -> None:
    assert ch.DEFAULT_CHARTER.allowed("contact_person") == frozenset()
    c = ch.DEFAULT_CHARTER.with_fields(
        "contact_person", ch.CONTACT_PERSON_ALLOWANCE, version=2, issued_at="t"
    )
    assert c.allowed("contact_person") == {"name", "role", "phone", "email"}
    out = ch.filter_operation(
        op("contact_person", {"name": "An", "phone": "+322", "notes": "x", "employer_id": "e"}),
        c,
    )
    assert out is not None and out["fields"] == {"name": "An", "phone": "+322"}
    assert ch.filter_operation(op("contact_person", {"name": "An"}), ch.DEFAULT_CHARTER) is None


# --- filtering -----------------------------------------------------------------------------


def test_filter_keeps_only_charter_fields_of_an_employer() -> None:
    out = ch.filter_operation(op("employer", employer_fields()), ch.DEFAULT_CHARTER)
    assert out == op(
        "employer",
        {"name": "Boulangerie Wittamer", "bce_number": "0403.019.261", "phone": "+3225380000"},
    )


def test_filter_drops_whole_non_shared_tables() -> None:
    for table in ("interaction", "candidate", "placement", "follow_up", "worker", "contact_person"):
        fields = {name: "x" for name in entities.specs(entities.BY_TABLE[table])}
        assert ch.filter_operation(op(table, fields), ch.DEFAULT_CHARTER) is None, table
        assert ch.receive_filter(op(table, fields), ch.DEFAULT_CHARTER) is None, table
    assert ch.filter_operation(op("journal", {"name": "x"}), ch.DEFAULT_CHARTER) is None


def test_filter_drops_do_not_share_employers() -> None:
    fields = employer_fields(do_not_share=1)
    assert ch.filter_operation(op("employer", fields), ch.DEFAULT_CHARTER) is None
    # An update of a do-not-share record: the flag comes from the current row.
    update = op("employer", {"phone": "+3225380001"}, "update")
    assert ch.filter_operation(update, ch.DEFAULT_CHARTER, record={"do_not_share": 1}) is None
    assert ch.filter_operation(update, ch.DEFAULT_CHARTER, record={"do_not_share": True}) is None
    # The update that sets the flag does not leave either.
    flagging = op("employer", {"do_not_share": 1, "phone": "+32"}, "update")
    assert ch.filter_operation(flagging, ch.DEFAULT_CHARTER, record={"do_not_share": 0}) is None
    # Unknown flag: fail closed.
    assert ch.filter_operation(update, ch.DEFAULT_CHARTER) is None
    out = ch.filter_operation(update, ch.DEFAULT_CHARTER, record={"do_not_share": 0})
    assert out is not None and out["fields"] == {"phone": "+3225380001"}


def test_filter_drops_opportunities_not_shared() -> None:
    fields: dict[str, object] = {
        "kind": "article60",
        "title": "Commis",
        "notes": "n",
        "owner_id": "w",
        "employer_id": "e",
    }
    assert (
        ch.filter_operation(op("opportunity", {**fields, "shared": 0}), ch.DEFAULT_CHARTER) is None
    )
    assert ch.filter_operation(op("opportunity", fields), ch.DEFAULT_CHARTER) is None
    out = ch.filter_operation(op("opportunity", {**fields, "shared": 1}), ch.DEFAULT_CHARTER)
    assert out is not None and out["fields"] == {"kind": "article60", "title": "Commis"}
    update = op("opportunity", {"status": "filled"}, "update")
    assert ch.filter_operation(update, ch.DEFAULT_CHARTER, record={"shared": 0}) is None
    out = ch.filter_operation(update, ch.DEFAULT_CHARTER, record={"shared": True})
    assert out is not None and out["fields"] == {"status": "filled"}


def test_filter_drops_operations_left_without_fields_but_keeps_archives() -> None:
    notes_only = op("employer", {"notes": "private"}, "update")
    assert ch.filter_operation(notes_only, ch.DEFAULT_CHARTER, record={"do_not_share": 0}) is None
    archive = op("employer", {"archived_at": "2026-05-01T10:00:00Z"}, "archive")
    out = ch.filter_operation(archive, ch.DEFAULT_CHARTER, record={"do_not_share": 0})
    assert out is not None and out["op"] == "archive"
    assert out["fields"] == {"archived_at": "2026-05-01T10:00:00Z"}
    # No life cycle for tables that never leave.
    assert ch.filter_operation(op("candidate", {"archived_at": "t"}), ch.DEFAULT_CHARTER) is None


def test_filter_drops_extra_top_level_keys() -> None:
    raw: dict[str, Any] = {**op("employer", employer_fields()), "worker_id": "w-secret"}
    out = ch.filter_operation(raw, ch.DEFAULT_CHARTER)
    assert out is not None and set(out) == {"table", "row_id", "hlc", "op", "fields"}


def test_local_policy_only_narrows() -> None:
    policy = {"employer": {"name", "phone", "notes", "owner_id", "do_not_share"}}
    out = ch.filter_operation(
        op("employer", employer_fields()), ch.DEFAULT_CHARTER, local_policy=policy
    )
    assert out is not None and out["fields"] == {
        "name": "Boulangerie Wittamer",
        "phone": "+3225380000",
    }
    # A policy cannot open a table the charter keeps closed.
    wide = {"candidate": {"code", "skills"}, "interaction": {"summary"}}
    assert (
        ch.filter_operation(op("candidate", {"code": "C1"}), ch.DEFAULT_CHARTER, local_policy=wide)
        is None
    )
    # An empty set publishes nothing of that table; unnamed tables keep the charter's set.
    assert (
        ch.filter_operation(
            op("employer", employer_fields()), ch.DEFAULT_CHARTER, local_policy={"employer": set()}
        )
        is None
    )
    out = ch.filter_operation(
        op("organisation", {"name": "CPAS"}), ch.DEFAULT_CHARTER, local_policy={"employer": set()}
    )
    assert out is not None and out["fields"] == {"name": "CPAS"}


def test_receive_filter_drops_fields_a_forged_publisher_added() -> None:
    forged = op("employer", {"name": "X", "notes": "leak", "owner_id": "w", "do_not_share": 1})
    out = ch.receive_filter(forged, ch.DEFAULT_CHARTER)
    assert out is not None and out["fields"] == {"name": "X"}
    assert ch.receive_filter(op("opportunity", {"notes": "leak"}), ch.DEFAULT_CHARTER) is None
    assert ch.receive_filter(op("candidate", {"code": "C-1"}), ch.DEFAULT_CHARTER) is None


def test_malformed_operations_are_corrupt() -> None:
    bad: Any
    for bad in ({"fields": {}}, {"table": "employer"}, {"table": "employer", "fields": []}):
        with pytest.raises(PacteError) as caught:
            ch.receive_filter(bad, ch.DEFAULT_CHARTER)
        assert caught.value.code == "sync_corrupt" and caught.value.field == "sync"


# --- markers never leak (property) ---------------------------------------------------------

MARK = "\u2063MARK"


@st.composite
def charters(draw: st.DrawFn) -> ch.Charter:
    fields = {
        table: draw(st.sets(st.sampled_from(sorted(ceiling)))) if ceiling else frozenset()
        for table, ceiling in ch.CEILINGS.items()
    }
    return ch.Charter(draw(st.integers(1, 50)), "t", COORDINATOR, fields)


plain_values = st.one_of(
    st.none(),
    st.integers(),
    st.text(alphabet="abcdefgh 0123456789", max_size=12),
    st.lists(st.text(alphabet="abc", max_size=4), max_size=3),
)


@settings(max_examples=300)
@given(
    charter=charters(),
    table=st.sampled_from(sorted(entities.BY_TABLE)),
    data=st.data(),
)
def test_no_marker_of_a_non_shareable_field_ever_leaves(
    charter: ch.Charter, table: str, data: st.DataObject
) -> None:
    names = [n for n in entities.specs(entities.BY_TABLE[table]) if n != "id"]
    extra = data.draw(st.lists(st.text(alphabet="xyz_", min_size=1, max_size=6), max_size=3))
    policy_fields = data.draw(st.sets(st.sampled_from([*names, *extra])))
    use_policy = data.draw(st.booleans())
    effective = charter.allowed(table) & (policy_fields if use_policy else set(names))
    shareable = effective | (ch.LIFECYCLE_FIELDS if charter.allowed(table) else set())
    fields: dict[str, object] = {}
    for name in [*names, *extra]:
        if name in shareable:
            fields[name] = data.draw(plain_values)
        else:
            fields[name] = f"{MARK}-{table}-{name}-{data.draw(st.integers(0, 999))}"
    if table == "employer":
        fields["do_not_share"] = 0
    if table == "opportunity":
        fields["shared"] = 1
    raw = {
        **op(table, fields, data.draw(st.sampled_from(["insert", "update"]))),
        "secret": f"{MARK}-top",
    }
    policy = {table: policy_fields} if use_policy else None
    for out in (
        ch.filter_operation(raw, charter, local_policy=policy),
        ch.receive_filter(raw, charter) if not use_policy else None,
    ):
        if out is not None:
            assert MARK not in json.dumps(out, ensure_ascii=False)
            fields_out = out["fields"]
            assert isinstance(fields_out, dict) and set(fields_out) <= shareable


@settings(max_examples=100)
@given(values=st.dictionaries(st.sampled_from(sorted(EMPLOYER_DEFAULT)), plain_values, min_size=1))
def test_do_not_share_employers_leave_nothing_at_all(values: dict[str, object]) -> None:
    fields = {name: f"{MARK}{value}" for name, value in values.items()}
    assert (
        ch.filter_operation(op("employer", {**fields, "do_not_share": 1}), ch.DEFAULT_CHARTER)
        is None
    )
    assert (
        ch.filter_operation(
            op("employer", fields, "update"), ch.DEFAULT_CHARTER, record={"do_not_share": 1}
        )
        is None
    )


# --- documents and signatures --------------------------------------------------------------


def signed() -> tuple[dict[str, object], Ed25519PrivateKey]:
    key = crypto.generate_signing_key()
    charter = ch.default_charter(COORDINATOR, "2026-03-01T09:00:00+00:00")
    return ch.sign_charter(charter, key), key


def test_document_round_trip() -> None:
    c = ch.default_charter(COORDINATOR, "2026-03-01T09:00:00+00:00")
    doc = ch.to_document(c)
    assert json.loads(json.dumps(doc)) == doc
    assert ch.from_document(doc) == c
    assert doc["tables"]["employer"] == sorted(EMPLOYER_DEFAULT)  # type: ignore[index]
    assert ch.charter_filename(3) == "charter/v0003.json"


def test_sign_and_verify_round_trip() -> None:
    doc, key = signed()
    c = ch.verify_charter(doc, key.public_key(), expected_issuer=COORDINATOR)
    assert c.fields == ch.DEFAULT_CHARTER.fields
    assert c.issuer == COORDINATOR and c.version == 1
    # Survives a trip through JSON text in any key order.
    text = json.dumps(dict(reversed(list(doc.items()))))
    assert ch.verify_charter(json.loads(text), key.public_key()) == c


def expect(code: str, doc: object, key: Any, **kwargs: Any) -> None:
    with pytest.raises(PacteError) as caught:
        ch.verify_charter(doc, key, **kwargs)  # type: ignore[arg-type]
    assert caught.value.code == code and caught.value.field == "sync"


def test_tampered_version_or_fields_are_forged() -> None:
    doc, key = signed()
    public = key.public_key()
    expect("sync_forged", {**doc, "version": 2}, public)
    tables = dict(doc["tables"])  # type: ignore[call-overload]
    expect("sync_forged", {**doc, "tables": {**tables, "employer": ["name"]}}, public)
    expect("sync_forged", {**doc, "tables": {**tables, "contact_person": ["name"]}}, public)
    expect("sync_forged", {**doc, "issuer": "org-other"}, public)
    expect("sync_forged", {**doc, "type": "pacte-device-certificate"}, public)


def test_signature_by_another_key_is_forged() -> None:
    doc, _ = signed()
    expect("sync_forged", doc, crypto.generate_signing_key().public_key())
    partner = crypto.generate_signing_key()
    forged = ch.sign_charter(ch.default_charter("org-partner"), partner)
    expect("sync_forged", forged, partner.public_key(), expected_issuer=COORDINATOR)


def test_malformed_charters_are_corrupt() -> None:
    doc, key = signed()
    public = key.public_key()
    expect("sync_corrupt", {k: v for k, v in doc.items() if k != "signature"}, public)
    expect("sync_corrupt", ["not", "a", "dict"], public)
    # Properly signed but not a valid charter: notes may never leave, unknown table, bad types.
    bad_bodies: list[dict[str, object]] = [
        {**ch.to_document(ch.default_charter(COORDINATOR)), "tables": {"employer": ["notes"]}},
        {**ch.to_document(ch.default_charter(COORDINATOR)), "tables": {"journal": []}},
        {**ch.to_document(ch.default_charter(COORDINATOR)), "version": "3"},
        {**ch.to_document(ch.default_charter(COORDINATOR)), "tables": {"employer": "name"}},
        {**ch.to_document(ch.default_charter(COORDINATOR)), "tables": {"employer": ["a", "a"]}},
        {"version": 1, "issuer": COORDINATOR, "tables": {}},
    ]
    for body in bad_bodies:
        expect("sync_corrupt", crypto.sign_document(ch.CHARTER_TYPE, body, key), public)


def test_sign_refuses_a_charter_without_issuer() -> None:
    with pytest.raises(ValueError):
        ch.sign_charter(ch.DEFAULT_CHARTER, crypto.generate_signing_key())


# --- charter changes -----------------------------------------------------------------------


def test_removed_and_added_fields() -> None:
    old = ch.default_charter(COORDINATOR, "t1")
    new = ch.Charter(
        2,
        "t2",
        COORDINATOR,
        {
            **old.fields,
            "employer": old.allowed("employer") - {"phone", "email"} | {"legal_form"},
            "contact_person": {"name", "role"},
        },
    )
    assert ch.removed_fields(old, new) == {"employer": {"phone", "email"}}
    assert ch.added_fields(old, new) == {
        "employer": {"legal_form"},
        "contact_person": {"name", "role"},
    }
    assert ch.removed_fields(new, old) == ch.added_fields(old, new)
    assert ch.removed_fields(old, old) == {} == ch.added_fields(old, old)


# --- employer knowledge --------------------------------------------------------------------


def test_employer_knowledge_shape() -> None:
    assert ch.employer_knowledge("e1", dt.date(2026, 4, 2)) == {
        "employer_id": "e1",
        "latest_contact": "2026-04-02",
    }
    assert ch.employer_knowledge("e1", "2026-04-02")["latest_contact"] == "2026-04-02"
    with pytest.raises(ValueError):
        ch.employer_knowledge("e1", "yesterday")
    with pytest.raises(ValueError):
        ch.employer_knowledge("", dt.date(2026, 4, 2))


def test_knowledge_from_interactions_keeps_latest_and_skips_private_employers() -> None:
    interactions: list[dict[str, object]] = [
        {"employer_id": "e1", "date": "2026-01-05", "summary": f"{MARK}1"},
        {"employer_id": "e1", "date": "2026-03-09", "summary": f"{MARK}2"},
        {"employer_id": "e1", "date": "2026-12-01", "archived_at": "t"},
        {"employer_id": "e2", "date": "2026-02-01", "summary": f"{MARK}3"},
        {"employer_id": "e3", "date": "2026-02-01"},
        {"employer_id": "e4", "date": "2026-02-01"},
    ]
    employers = {"e1": {"do_not_share": 0}, "e2": {"do_not_share": 1}, "e4": {}}
    out = ch.knowledge_from_interactions(interactions, employers)
    assert out == [{"employer_id": "e1", "latest_contact": "2026-03-09"}]
    assert MARK not in json.dumps(out)


# --- the aggregate public profile ----------------------------------------------------------


def test_public_profile_suppresses_small_counts() -> None:
    candidates = [
        {
            "code": "C-001",
            "id": "id-1",
            "skills": ["cuisine", "vente"],
            "languages": ["fr"],
            "qualification_level": "cess",
        },
        *[
            {
                "code": f"C-1{i}",
                "skills": ["cuisine"],
                "languages": ["fr", "nl"],
                "qualification_level": "ceb",
            }
            for i in range(5)
        ],
    ]
    profile = ch.public_profile(candidates)
    assert profile == {
        "skills": {"cuisine": 6},
        "languages": {"fr": 6, "nl": 5},
        "qualifications": {"ceb": 5},
        "residence": {},
        "availability": {},
        "total": "5-9",
    }
    small = ch.public_profile(candidates[:4])
    assert small == {**{part: {} for part in ch.PROFILE_PARTS}, "total": "<5"}
    assert ch.public_profile([], threshold=3)["total"] == "<3"
    with pytest.raises(ValueError):
        ch.public_profile([], threshold=0)


def test_public_profile_counts_a_skill_once_per_candidate() -> None:
    one = {"skills": ["vente", "vente"], "languages": ["fr", "fr"], "qualification_level": None}
    profile = ch.public_profile([one] * 5)
    assert profile["skills"] == {"vente": 5} and profile["languages"] == {"fr": 5}
    assert profile["qualifications"] == {}


candidate_strategy = st.fixed_dictionaries(
    {
        "id": st.uuids().map(lambda u: f"ID{u.hex}"),
        "code": st.integers(0, 10**6).map(lambda n: f"CODE{n:07d}"),
        "skills": st.lists(
            st.sampled_from(["cuisine", "vente", "nettoyage", "caisse"]), max_size=3
        ),
        "languages": st.lists(st.sampled_from(list(entities.LANGUAGE_CODES)), max_size=3),
        "qualification_level": st.one_of(st.none(), st.sampled_from(entities.QUALIFICATIONS)),
        "commune": st.sampled_from(["Saint-Gilles", "Forest"]),
    }
)


@settings(max_examples=200)
@given(candidates=st.lists(candidate_strategy, max_size=40), threshold=st.integers(1, 8))
def test_public_profile_never_shows_small_counts_nor_identifiers(
    candidates: list[dict[str, object]], threshold: int
) -> None:
    profile = ch.public_profile(candidates, threshold=threshold)
    counts = [
        count
        for key in ch.PROFILE_PARTS
        for count in profile[key].values()  # type: ignore[attr-defined]
    ]
    assert all(count >= threshold for count in counts)
    assert profile["total"] == ch.total_band(len(candidates), threshold)
    if len(candidates) < threshold:
        assert profile["total"] == f"<{threshold}"
    text = json.dumps(profile)
    assert "CODE" not in text and "ID" not in text
    assert "Saint-Gilles" not in text and "Forest" not in text
    for candidate in candidates:
        assert str(candidate["id"]) not in text and str(candidate["code"]) not in text


# --- what we share -------------------------------------------------------------------------


def test_describe_lists_every_field_with_its_label() -> None:
    rows = ch.describe(ch.DEFAULT_CHARTER, "fr")
    by_key = {(table, label): allowed for table, label, allowed in rows}
    assert by_key[("employer", "numéro BCE")] is True
    assert by_key[("employer", "notes")] is False
    assert by_key[("employer", "ne pas partager")] is False
    assert by_key[("employer", "responsable")] is False
    assert by_key[("interaction", "résumé")] is False
    assert by_key[("interaction", "dernier contact")] is True
    assert by_key[("candidate", "code")] is False
    assert by_key[("opportunity", "partagée avec le réseau")] is False
    allowed = {(t, label) for t, label, ok in ch.describe(ch.DEFAULT_CHARTER, "en") if ok}
    assert ("employer", "enterprise no. (CBE)") in allowed
    expected = sum(len(names) for names in ch.DEFAULT_CHARTER.fields.values()) + 1
    assert len([r for r in rows if r[2]]) == expected
