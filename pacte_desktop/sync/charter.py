"""The sharing charter of the network scope (docs/sync.md "Two scopes", docs/domain.md).

A charter is a versioned document, signed by the coordinating organisation, that lists per
table the fields that may leave an organisation. Publishers filter outgoing operations by the
charter in force (and may publish less, never more, through a local policy); receivers filter
again on arrival. When a charter changes, receivers purge the fields it removed and publishers
backfill the fields it added.

Some things never leave individually, whatever a charter says (the *ceilings* below): notes,
owners, the "do not share" flag itself, candidates, placements, follow-ups, workers and
interactions. Of interactions only "this organisation knows that employer, latest contact on
that date" is published (:func:`employer_knowledge`); of candidates only an aggregate public
profile with small counts suppressed (:func:`public_profile`).

Failures raise :class:`PacteError` on the field ``"sync"``: ``sync_forged`` when a charter's
signature does not check out, ``sync_corrupt`` when a document or operation is malformed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Final

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from pacte_desktop.domain import entities, messages
from pacte_desktop.domain.errors import PacteError
from pacte_desktop.sync import crypto

FIELD: Final = "sync"
CHARTER_TYPE: Final = "pacte-charter"

#: Fields of a record's life cycle, not of its content: an archive or restore of a record the
#: charter lets out at all travels with it, so that partners stop (or start again) showing it.
LIFECYCLE_FIELDS: Final = frozenset({"archived_at"})

#: The fields that one charter or another may ever let out, per table. A charter listing a field
#: outside these is refused (``sync_corrupt``), even when properly signed.
_NEVER: Final = frozenset({"id", "archived_at", "notes", "owner_id"})


def _all_but(cls: type[entities.Entity], *excluded: str) -> frozenset[str]:
    return frozenset(entities.specs(cls)) - _NEVER - frozenset(excluded)


CONTACT_PERSON_ALLOWANCE: Final = frozenset({"name", "role", "phone", "email"})

CEILINGS: Final[Mapping[str, frozenset[str]]] = MappingProxyType(
    {
        "organisation": frozenset({"name", "name_nl", "org_type"}),
        "worker": frozenset(),
        "employer": _all_but(entities.Employer, "do_not_share"),
        "contact_person": CONTACT_PERSON_ALLOWANCE,
        "interaction": frozenset(),
        "follow_up": frozenset(),
        "opportunity": _all_but(entities.Opportunity, "shared"),
        "candidate": frozenset(),
        "placement": frozenset(),
        # An organisation's own decisions about its duplicates (services/dedupe.py).
        "employer_merge": frozenset(),
        "employer_distinct": frozenset(),
        "employer_link": frozenset(),
    }
)
TABLES: Final = tuple(CEILINGS)

DEFAULT_FIELDS: Final[Mapping[str, frozenset[str]]] = MappingProxyType(
    {
        "organisation": frozenset({"name", "name_nl", "org_type"}),
        "employer": frozenset(
            {
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
        ),
        "opportunity": frozenset(
            {
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
        ),
    }
)

_OP_KEYS: Final = ("table", "row_id", "hlc", "op")


def _corrupt(what: str, reason: str, **details: object) -> PacteError:
    return PacteError(FIELD, "sync_corrupt", value=what, reason=reason, **details)


@dataclass(frozen=True)
class Charter:
    """One version of the sharing charter.

    ``fields`` maps every known table to the frozen set of fields that may leave an
    organisation; tables not given are empty. Building a charter that lets out a field beyond
    :data:`CEILINGS` raises ``ValueError``.
    """

    version: int
    issued_at: str
    issuer: str
    fields: Mapping[str, Collection[str]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if isinstance(self.version, bool) or not isinstance(self.version, int):
            raise ValueError(f"charter version must be an integer, not {self.version!r}")
        if self.version < 1:
            raise ValueError(f"charter version must be at least 1, not {self.version}")
        if not isinstance(self.issued_at, str) or not isinstance(self.issuer, str):
            raise ValueError("issued_at and issuer must be text")
        unknown = set(self.fields) - set(CEILINGS)
        if unknown:
            raise ValueError(f"unknown tables in charter: {', '.join(sorted(unknown))}")
        normalised: dict[str, frozenset[str]] = {}
        for table, ceiling in CEILINGS.items():
            names = self.fields.get(table, frozenset())
            if isinstance(names, str) or not all(isinstance(n, str) for n in names):
                raise ValueError(f"the fields of {table} must be a collection of names")
            allowed = frozenset(names)
            beyond = allowed - ceiling
            if beyond:
                raise ValueError(
                    f"{table}: {', '.join(sorted(beyond))} may never leave an organisation"
                )
            normalised[table] = allowed
        object.__setattr__(self, "fields", MappingProxyType(normalised))

    def allowed(self, table: str) -> frozenset[str]:
        """The fields of ``table`` that may leave; empty for unknown tables."""
        return frozenset(self.fields.get(table, ()))

    def with_fields(
        self, table: str, names: Collection[str], *, version: int, issued_at: str
    ) -> Charter:
        """A new charter version differing in one table (e.g. allowing contact persons)."""
        return Charter(
            version=version,
            issued_at=issued_at,
            issuer=self.issuer,
            fields={**self.fields, table: names},
        )


DEFAULT_CHARTER: Final = Charter(
    version=1, issued_at="2026-01-01T00:00:00+00:00", issuer="", fields=DEFAULT_FIELDS
)


def default_charter(issuer: str, issued_at: str | None = None) -> Charter:
    """The default charter of docs/domain.md, issued by the coordinating organisation ``issuer``."""
    return Charter(
        version=1,
        issued_at=issued_at or dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        issuer=issuer,
        fields=DEFAULT_FIELDS,
    )


def charter_filename(version: int) -> str:
    """Where a charter version lives in the network root (``charter/v0003.json``)."""
    return f"charter/v{version:04d}.json"


# --- documents and signatures --------------------------------------------------------------


def to_document(charter: Charter) -> dict[str, object]:
    """The JSON-able body of a charter (sorted field lists, every table present)."""
    return {
        "version": charter.version,
        "issued_at": charter.issued_at,
        "issuer": charter.issuer,
        "tables": {table: sorted(charter.allowed(table)) for table in TABLES},
    }


def from_document(doc: Mapping[str, object], *, what: str = "charter") -> Charter:
    """The charter of a body made by :func:`to_document`; ``sync_corrupt`` if malformed."""
    if not isinstance(doc, Mapping):
        raise _corrupt(what, "json_object_expected")
    version = doc.get("version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise _corrupt(what, "version_missing")
    issued_at, issuer, tables = doc.get("issued_at"), doc.get("issuer"), doc.get("tables")
    if not isinstance(issued_at, str) or not isinstance(issuer, str):
        raise _corrupt(what, "issuer_missing")
    if not isinstance(tables, Mapping):
        raise _corrupt(what, "tables_missing")
    fields: dict[str, frozenset[str]] = {}
    for table, names in tables.items():
        if not isinstance(table, str) or not isinstance(names, list):
            raise _corrupt(what, "fields_not_list", table=repr(table)[:80])
        if not all(isinstance(name, str) for name in names) or len(set(names)) != len(names):
            raise _corrupt(what, "fields_not_distinct", table=table)
        fields[table] = frozenset(names)
    try:
        return Charter(version=version, issued_at=issued_at, issuer=issuer, fields=fields)
    except ValueError as error:
        raise _corrupt(what, "charter_invalid", detail=str(error)) from None


def sign_charter(charter: Charter, coordinator_private_key: Ed25519PrivateKey) -> dict[str, object]:
    """The signed charter document, for ``charter/vNNNN.json``."""
    if not charter.issuer:
        raise ValueError("a charter is signed on behalf of an issuer: set charter.issuer")
    return crypto.sign_document(CHARTER_TYPE, to_document(charter), coordinator_private_key)


def verify_charter(
    doc: Mapping[str, object],
    coordinator_public_key: Ed25519PublicKey,
    *,
    expected_issuer: str | None = None,
    what: str = "charter",
) -> Charter:
    """The charter of a signed document, once the coordinator's signature checks out.

    ``sync_forged`` if the signature fails (altered document, another key) or the issuer is not
    the one expected; ``sync_corrupt`` if the document is malformed.
    """
    body = crypto.verify_document(doc, coordinator_public_key, kind=CHARTER_TYPE, what=what)
    charter = from_document(body, what=what)
    if expected_issuer is not None and charter.issuer != expected_issuer:
        raise PacteError(FIELD, "sync_forged", value=what, reason="another_issuer")
    return charter


# --- filtering operations ------------------------------------------------------------------


def _check_op(op: Mapping[str, object]) -> tuple[str, Mapping[str, object]]:
    if not isinstance(op, Mapping):
        raise _corrupt("operation", "json_object_expected")
    table, fields = op.get("table"), op.get("fields")
    if not isinstance(table, str):
        raise _corrupt("operation", "table_missing")
    if not isinstance(fields, Mapping):
        raise _corrupt(f"{table}/{op.get('row_id')}", "fields_missing")
    return table, fields


def _narrow(
    op: Mapping[str, object],
    table: str,
    fields: Mapping[str, object],
    allowed: frozenset[str],
) -> dict[str, object] | None:
    if not allowed:
        return None
    passing = allowed | LIFECYCLE_FIELDS
    kept = {name: value for name, value in fields.items() if name in passing}
    if not kept:
        return None
    out: dict[str, object] = {key: op.get(key) for key in _OP_KEYS}
    out["table"] = table
    out["fields"] = kept
    return out


def filter_operation(
    op: Mapping[str, object],
    charter: Charter,
    *,
    local_policy: Mapping[str, Collection[str]] | None = None,
    record: Mapping[str, object] | None = None,
) -> dict[str, object] | None:
    """The operation as it may leave the organisation, or ``None`` when nothing may.

    ``op`` is ``{"table", "row_id", "hlc", "op", "fields"}``; the result carries those keys
    only, with the fields the charter (narrowed by ``local_policy``) allows, plus the life-cycle
    field ``archived_at`` for tables the charter lets out. ``None`` for tables the charter
    does not let out, for employers marked "do not share", for opportunities not shared with
    the network, and for operations left with no field.

    ``record`` is the current row (stored form) of the record, used with the operation's own
    fields to decide "do not share" and "shared". The decision fails closed: an employer whose
    "do not share" flag is not known (neither in ``record`` nor in the operation) does not
    leave; an opportunity leaves only when ``shared`` is known to be true.

    ``local_policy`` maps tables to the fields this organisation chooses to publish; it only
    narrows (names outside the charter are ignored); tables it does not name keep the
    charter's allowance.
    """
    table, fields = _check_op(op)
    allowed = charter.allowed(table)
    if local_policy is not None and table in local_policy:
        narrowing = local_policy[table]
        if isinstance(narrowing, str):
            raise ValueError(f"local policy of {table} must be a collection of field names")
        allowed = allowed & frozenset(narrowing)
    state = {**(record or {}), **fields}
    if table == "employer" and ("do_not_share" not in state or state["do_not_share"]):
        return None
    if table == "opportunity" and not (state.get("shared") is True or state.get("shared") == 1):
        return None
    return _narrow(op, table, fields, allowed)


def receive_filter(op: Mapping[str, object], charter: Charter) -> dict[str, object] | None:
    """The operation as a receiver may store it: the charter's fields only, or ``None``.

    Receivers filter again, so a publisher that sends more than the charter allows (an old
    version, a bug, a forgery) does not get it stored.
    """
    table, fields = _check_op(op)
    return _narrow(op, table, fields, charter.allowed(table))


# --- charter changes -----------------------------------------------------------------------


def removed_fields(old: Charter, new: Charter) -> dict[str, frozenset[str]]:
    """Per table, the fields ``old`` let out and ``new`` does not (receivers purge them)."""
    diff = {table: old.allowed(table) - new.allowed(table) for table in TABLES}
    return {table: names for table, names in diff.items() if names}


def added_fields(old: Charter, new: Charter) -> dict[str, frozenset[str]]:
    """Per table, the fields ``new`` lets out and ``old`` did not (publishers backfill them)."""
    diff = {table: new.allowed(table) - old.allowed(table) for table in TABLES}
    return {table: names for table, names in diff.items() if names}


# --- what is published instead of records --------------------------------------------------


def _iso_date(value: object) -> str:
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value[:10]).isoformat()
        except ValueError:
            pass
    raise ValueError(f"not a date: {value!r}")


def employer_knowledge(employer_id: str, latest_contact_date: object) -> dict[str, str]:
    """What an organisation publishes instead of its interactions with an employer."""
    if not isinstance(employer_id, str) or not employer_id:
        raise ValueError("an employer id is required")
    return {"employer_id": employer_id, "latest_contact": _iso_date(latest_contact_date)}


def knowledge_from_interactions(
    interactions: Iterable[Mapping[str, object]],
    employers: Mapping[str, Mapping[str, object]],
) -> list[dict[str, str]]:
    """:func:`employer_knowledge` for every employer with a live interaction.

    ``employers`` maps employer ids to their rows; an employer that is missing from it, marked
    "do not share" or archived is left out (fail closed), as are archived interactions.
    """
    latest: dict[str, str] = {}
    for interaction in interactions:
        if interaction.get("archived_at"):
            continue
        employer_id = interaction.get("employer_id")
        if not isinstance(employer_id, str):
            continue
        employer = employers.get(employer_id)
        if employer is None or employer.get("do_not_share", True) or employer.get("archived_at"):
            continue
        day = _iso_date(interaction.get("date"))
        if day > latest.get(employer_id, ""):
            latest[employer_id] = day
    return [employer_knowledge(eid, latest[eid]) for eid in sorted(latest)]


def public_profile(
    candidates: Iterable[Mapping[str, object]], *, threshold: int = 5
) -> dict[str, object]:
    """The aggregate public profile of an organisation's candidates.

    Counts of candidates by skill, language and qualification level; every count under
    ``threshold`` is left out, and the total is shown as the band ``"<threshold"`` when under
    it. Only those three fields of each candidate are read: no code, id or other field can
    reach the result.
    """
    if isinstance(threshold, bool) or not isinstance(threshold, int) or threshold < 1:
        raise ValueError(f"threshold must be a positive integer, not {threshold!r}")
    skills: dict[str, int] = {}
    languages: dict[str, int] = {}
    qualifications: dict[str, int] = {}
    total = 0

    def names(value: object) -> set[str]:
        if isinstance(value, str):
            return {value} if value else set()
        if isinstance(value, Iterable):
            return {item for item in value if isinstance(item, str) and item}
        return set()

    for candidate in candidates:
        total += 1
        for skill in names(candidate.get("skills")):
            skills[skill] = skills.get(skill, 0) + 1
        for language in names(candidate.get("languages")):
            languages[language] = languages.get(language, 0) + 1
        level = candidate.get("qualification_level")
        if isinstance(level, str) and level:
            qualifications[level] = qualifications.get(level, 0) + 1

    def kept(counts: Mapping[str, int]) -> dict[str, int]:
        return {name: counts[name] for name in sorted(counts) if counts[name] >= threshold}

    return {
        "skills": kept(skills),
        "languages": kept(languages),
        "qualifications": kept(qualifications),
        "total": total if total >= threshold else f"<{threshold}",
    }


# --- "what we share" -----------------------------------------------------------------------


def describe(charter: Charter, lang: str | None = None) -> list[tuple[str, str, bool]]:
    """Rows ``(table, field label, allowed)`` for the "what we share" screen.

    Every field of every table, in declaration order, with whether it may leave; interactions
    end with the one thing published about them, the date of the latest contact.
    """
    rows: list[tuple[str, str, bool]] = []
    for table in TABLES:
        allowed = charter.allowed(table)
        for name in entities.editable_fields(entities.BY_TABLE[table]):
            rows.append((table, messages.field_label(name, lang), name in allowed))
        if table == "interaction":
            rows.append((table, messages.field_label("last_contact", lang), True))
    return rows
