"""The core entities of docs/domain.md as frozen dataclasses, each field described once.

A field's metadata (its :class:`FieldSpec`) says its kind, whether it is required, its choices and
its checker. The store builds its tables from these specs, the command line builds its options
from them, and :func:`normalise` turns raw user input (strings from a form or a command line)
into typed, validated values. Nothing here knows about SQL or Qt.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, ClassVar, Final, Literal

from pacte_desktop.domain import bce, contact_rules, messages, text
from pacte_desktop.domain.dates import parse_day
from pacte_desktop.domain.errors import ValidationError

Kind = Literal["text", "longtext", "date", "bool", "int", "list", "choice", "ref", "timestamp"]

ORG_TYPES = ("cpas", "ale", "mission-locale", "isp", "commune", "maison-emploi", "other")
WORKER_STATUSES = ("active", "left")
EMPLOYER_STATUSES = ("prospect", "active", "dormant")
SIZE_BANDS = ("1-9", "10-49", "50-249", "250+")
ACCEPTS = ("internships", "article60", "activa", "hires")
LANGUAGE_CODES = ("fr", "nl", "en", "de", "ar", "es", "it", "pt", "tr", "pl", "ro", "other")
NACE_VERSIONS = ("2003", "2008", "2025")
CHANNELS = ("visit", "phone", "email", "event", "other")
FOLLOWUP_STATUSES = ("open", "done", "cancelled")
OPPORTUNITY_STATUSES = ("open", "filled", "closed")
QUALIFICATIONS = ("none", "ceb", "cesi", "cess", "bachelor", "master")
PLACEMENT_TYPES = (
    "internship",
    "fpi",
    "article60",
    "article61",
    "activa",
    "fixed-term",
    "open-ended",
    "training",
)
# An opportunity is one of the placement types, or an employer's request for profiles.
OPPORTUNITY_KINDS = (*PLACEMENT_TYPES, "profile-request")
PLACEMENT_OUTCOMES = ("ongoing", "completed", "hired", "ended-early")
CHECK_RESULTS = ("pending", "employed", "not-employed", "unknown")


@dataclass(frozen=True)
class FieldSpec:
    """How one field is typed, checked and shown."""

    kind: Kind
    required: bool = False
    max_len: int = 200
    choices: tuple[str, ...] = ()
    check: Callable[[str, str], str] | None = None  # (value, field) -> stored form
    ref: str | None = None  # the entity a ``ref`` field points to
    searchable: bool = False


def _spec(kind: Kind, default: Any = None, **kwargs: Any) -> Any:
    spec = FieldSpec(kind, **kwargs)
    if isinstance(default, tuple | bool | int | str) or default is None:
        return field(default=default, metadata={"spec": spec})
    raise TypeError(default)


def text_field(
    *, required: bool = False, max_len: int = 200, check: Callable[[str, str], str] | None = None
) -> Any:
    return _spec("text", None, required=required, max_len=max_len, check=check)


def longtext_field() -> Any:
    return _spec("longtext", None, max_len=20_000)


def choice_field(
    choices: tuple[str, ...], default: str | None = None, *, required: bool = False
) -> Any:
    return _spec("choice", default, choices=choices, required=required or default is not None)


def ref_field(entity: str, *, required: bool = False) -> Any:
    return _spec("ref", None, ref=entity, required=required)


def date_field(*, required: bool = False) -> Any:
    return _spec("date", None, required=required)


def flag_field(default: bool = False) -> Any:
    return _spec("bool", default)


def int_field(default: int | None = None) -> Any:
    return _spec("int", default)


def list_field(choices: tuple[str, ...] = ()) -> Any:
    return _spec("list", (), choices=choices, max_len=100)


@dataclass(frozen=True)
class Entity:
    """Fields every replicated record has: a UUIDv7 ``id`` and an archive mark."""

    TABLE: ClassVar[str] = ""
    id: str = field(default="", metadata={"spec": FieldSpec("text")})
    archived_at: str | None = field(default=None, metadata={"spec": FieldSpec("timestamp")})

    def check(self) -> None:
        """Rules across fields; subclasses extend it."""

    @classmethod
    def derive(cls, values: dict[str, object]) -> dict[str, object]:
        """Fill fields that follow from others, before the entity is built."""
        return values

    @property
    def archived(self) -> bool:
        return self.archived_at is not None


@dataclass(frozen=True)
class Organisation(Entity):
    TABLE: ClassVar[str] = "organisation"
    name: str = text_field(required=True)
    name_nl: str | None = text_field()
    org_type: str = choice_field(ORG_TYPES, "other")


@dataclass(frozen=True)
class Worker(Entity):
    TABLE: ClassVar[str] = "worker"
    organisation_id: str = ref_field("organisation", required=True)
    name: str = text_field(required=True, max_len=120)
    email: str | None = text_field(check=contact_rules.email)
    status: str = choice_field(WORKER_STATUSES, "active")
    left_on: dt.date | None = date_field()
    successor_id: str | None = ref_field("worker")


@dataclass(frozen=True)
class Employer(Entity):
    TABLE: ClassVar[str] = "employer"
    name: str = text_field(required=True)
    name_nl: str | None = text_field()
    legal_form: str | None = text_field(max_len=40)
    bce_number: str | None = text_field(check=bce.normalise)
    nace_code: str | None = text_field(check=contact_rules.nace)
    nace_version: str | None = choice_field(NACE_VERSIONS)
    street: str | None = text_field()
    street_nl: str | None = text_field()
    number: str | None = text_field(max_len=20)
    box: str | None = text_field(max_len=20)
    postcode: str | None = text_field(check=contact_rules.postcode)
    commune: str | None = text_field(max_len=80)
    commune_nl: str | None = text_field(max_len=80)
    phone: str | None = text_field(check=contact_rules.phone)
    email: str | None = text_field(check=contact_rules.email)
    website: str | None = text_field(check=contact_rules.website)
    languages: tuple[str, ...] = list_field(LANGUAGE_CODES)
    size_band: str | None = choice_field(SIZE_BANDS)
    tags: tuple[str, ...] = list_field()
    accepts: tuple[str, ...] = list_field(ACCEPTS)
    status: str = choice_field(EMPLOYER_STATUSES, "prospect")
    owner_id: str | None = ref_field("worker")
    do_not_share: bool = flag_field()
    notes: str | None = longtext_field()

    @classmethod
    def derive(cls, values: dict[str, object]) -> dict[str, object]:
        # A five-digit code is a NACE-BEL 2025 sub-class unless the user said otherwise.
        code = values.get("nace_code")
        if code and not values.get("nace_version"):
            values["nace_version"] = "2025" if len(str(code)) == 5 else "2008"
        return values


@dataclass(frozen=True)
class ContactPerson(Entity):
    TABLE: ClassVar[str] = "contact_person"
    employer_id: str = ref_field("employer", required=True)
    name: str = text_field(required=True, max_len=120)
    role: str | None = text_field(max_len=120)
    phone: str | None = text_field(check=contact_rules.phone)
    email: str | None = text_field(check=contact_rules.email)
    preferred_language: str | None = choice_field(LANGUAGE_CODES)
    notes: str | None = longtext_field()


@dataclass(frozen=True)
class Interaction(Entity):
    TABLE: ClassVar[str] = "interaction"
    employer_id: str = ref_field("employer", required=True)
    worker_id: str = ref_field("worker", required=True)
    date: dt.date = date_field(required=True)
    channel: str = choice_field(CHANNELS, required=True)
    summary: str = text_field(required=True, max_len=4000)
    outcome: str | None = text_field(max_len=4000)
    next_action_date: dt.date | None = date_field()


@dataclass(frozen=True)
class FollowUp(Entity):
    TABLE: ClassVar[str] = "follow_up"
    employer_id: str = ref_field("employer", required=True)
    worker_id: str = ref_field("worker", required=True)
    interaction_id: str | None = ref_field("interaction")
    due_date: dt.date = date_field(required=True)
    action: str | None = text_field(max_len=4000)
    status: str = choice_field(FOLLOWUP_STATUSES, "open")
    done_on: dt.date | None = date_field()


@dataclass(frozen=True)
class Opportunity(Entity):
    TABLE: ClassVar[str] = "opportunity"
    employer_id: str = ref_field("employer", required=True)
    kind: str = choice_field(OPPORTUNITY_KINDS, required=True)
    title: str = text_field(required=True)
    positions: int = int_field(1)
    required_skills: tuple[str, ...] = list_field()
    languages: tuple[str, ...] = list_field(LANGUAGE_CODES)
    qualification: str | None = choice_field(QUALIFICATIONS)
    start_date: dt.date | None = date_field()
    end_date: dt.date | None = date_field()
    status: str = choice_field(OPPORTUNITY_STATUSES, "open")
    shared: bool = flag_field()
    owner_id: str | None = ref_field("worker")
    notes: str | None = longtext_field()

    def check(self) -> None:
        _check_period(self.start_date, self.end_date)


@dataclass(frozen=True)
class Candidate(Entity):
    TABLE: ClassVar[str] = "candidate"
    code: str = text_field(required=True, max_len=40)
    skills: tuple[str, ...] = list_field()
    languages: tuple[str, ...] = list_field(LANGUAGE_CODES)
    qualification_level: str | None = choice_field(QUALIFICATIONS)
    commune: str | None = text_field(max_len=80)
    saint_gilles_resident: bool = flag_field()
    worker_id: str = ref_field("worker", required=True)
    consent_date: dt.date | None = date_field()
    retention_date: dt.date | None = date_field()
    notes: str | None = longtext_field()

    def check(self) -> None:
        _check_period(self.consent_date, self.retention_date, "retention_date")


@dataclass(frozen=True)
class Placement(Entity):
    TABLE: ClassVar[str] = "placement"
    candidate_id: str = ref_field("candidate", required=True)
    employer_id: str = ref_field("employer", required=True)
    opportunity_id: str | None = ref_field("opportunity")
    placement_type: str = choice_field(PLACEMENT_TYPES, required=True)
    start_date: dt.date = date_field(required=True)
    end_date: dt.date | None = date_field()
    outcome: str = choice_field(PLACEMENT_OUTCOMES, "ongoing")
    check_3m: str = choice_field(CHECK_RESULTS, "pending")
    check_6m: str = choice_field(CHECK_RESULTS, "pending")
    notes: str | None = longtext_field()

    def check(self) -> None:
        _check_period(self.start_date, self.end_date)


#: The length of a record id (a UUID in its text form): what a field naming another record holds.
_ID_LEN: Final = 36


def _json_field() -> Any:
    """A JSON document the domain writes (never typed by a person): long enough for the ids of
    every record a merge moved."""
    return _spec("longtext", None, max_len=4_000_000)


@dataclass(frozen=True)
class EmployerMerge(Entity):
    """Two of our employers found to be one (services/dedupe.py): ``merged_id`` was archived
    into ``kept_id``. ``before`` holds the kept record's fields the merge changed, as they were
    (stored form, JSON object); ``moved`` the records moved from the merged employer to the kept
    one (JSON object: table -> ids). ``undone_at`` is set when the merge is undone."""

    TABLE: ClassVar[str] = "employer_merge"
    kept_id: str = text_field(required=True, max_len=_ID_LEN)
    merged_id: str = text_field(required=True, max_len=_ID_LEN)
    merged_at: str = _spec("timestamp", None, required=True)
    before: str | None = _json_field()
    moved: str | None = _json_field()
    undone_at: str | None = _spec("timestamp", None)


@dataclass(frozen=True)
class EmployerDistinct(Entity):
    """Two of our employers someone said are not the same: the scan no longer pairs them
    (ids in text order). Archiving it pairs them again."""

    TABLE: ClassVar[str] = "employer_distinct"
    first_id: str = text_field(required=True, max_len=_ID_LEN)
    second_id: str = text_field(required=True, max_len=_ID_LEN)


@dataclass(frozen=True)
class EmployerLink(Entity):
    """One of our employers is the same employer as a partner's record (the partner
    organisation's id and the record's id there): a partner's record is never merged. With
    ``not_same`` set, the pair was judged not the same instead. Archiving it undoes it."""

    TABLE: ClassVar[str] = "employer_link"
    employer_id: str = text_field(required=True, max_len=_ID_LEN)
    partner_org_id: str = text_field(required=True, max_len=_ID_LEN)
    partner_row_id: str = text_field(required=True, max_len=_ID_LEN)
    not_same: bool = flag_field()


def _check_period(start: dt.date | None, end: dt.date | None, field_name: str = "end_date") -> None:
    if start is not None and end is not None and end < start:
        raise ValidationError(
            field_name, "end_before_start", start=start.isoformat(), end=end.isoformat()
        )


#: The records people keep (what a sharing screen or a demo speaks of).
RECORDS: tuple[type[Entity], ...] = (
    Organisation,
    Worker,
    Employer,
    ContactPerson,
    Interaction,
    FollowUp,
    Opportunity,
    Candidate,
    Placement,
)
#: A person's decisions about records (duplicates merged, "not the same", links to a partner's
#: record): replicated within the organisation like records, never shared with partners.
DECISIONS: tuple[type[Entity], ...] = (EmployerMerge, EmployerDistinct, EmployerLink)
#: Every replicated entity: the store builds a table of each, sync carries each.
ENTITIES: tuple[type[Entity], ...] = (*RECORDS, *DECISIONS)
BY_TABLE: dict[str, type[Entity]] = {cls.TABLE: cls for cls in ENTITIES}


_SPECS: dict[type[Entity], Mapping[str, FieldSpec]] = {}


def specs(cls: type[Entity]) -> Mapping[str, FieldSpec]:
    """The fields of an entity with their specs, in declaration order (read-only, cached)."""
    found = _SPECS.get(cls)
    if found is None:
        found = MappingProxyType({f.name: f.metadata["spec"] for f in dataclasses.fields(cls)})
        _SPECS[cls] = found
    return found


def editable_fields(cls: type[Entity]) -> list[str]:
    """Fields a user may set directly (not ``id`` nor ``archived_at``)."""
    return [name for name in specs(cls) if name not in ("id", "archived_at")]


#: The dates a record may carry: a date outside is a typing slip (0001-01-01, 9999-12-31), not
#: a real first contact, placement or deadline, and other software reading an export chokes
#: on it.
MIN_DATE: Final = dt.date(1900, 1, 1)
MAX_DATE: Final = dt.date(2100, 12, 31)
#: The largest count a record holds (positions of an opportunity): what a form's spin box offers.
MAX_COUNT: Final = 10_000


def check_date(name: str, day: dt.date) -> dt.date:
    """``day`` if it lies between :data:`MIN_DATE` and :data:`MAX_DATE`, else a refusal."""
    if not MIN_DATE <= day <= MAX_DATE:
        raise ValidationError(
            name,
            "date_range",
            value=day.isoformat(),
            min=MIN_DATE.isoformat(),
            max=MAX_DATE.isoformat(),
        )
    return day


def _visible_text(name: str, spec: FieldSpec, raw: str) -> str:
    """A typed text in NFC without refused control characters (see :mod:`.text`); "" when it
    shows nothing, which a required field refuses by name."""
    value = (
        text.clean_multiline(raw, name) if spec.kind == "longtext" else text.clean_line(raw, name)
    )
    if value.isascii() or text.has_visible(value):
        return value
    if spec.required:
        raise ValidationError(name, "no_visible_text")
    return ""


def parse_value(name: str, spec: FieldSpec, raw: object) -> object:
    """Turn one raw value (a string from a form, or an already typed value) into its stored form.

    Empty strings mean "no value". Raises :class:`ValidationError` naming ``name``.
    """
    if isinstance(raw, str):
        raw = raw.strip()
        if spec.kind in ("text", "longtext") and raw:
            raw = _visible_text(name, spec, raw)
        if raw == "" and spec.kind not in ("list",):
            raw = None
    if raw is None:
        if spec.kind == "list":
            return ()
        if spec.kind == "bool":
            return False
        return None
    if spec.kind in ("text", "longtext", "ref", "timestamp"):
        value = str(raw)
        if len(value) > spec.max_len:
            raise ValidationError(name, "too_long", length=len(value), max=spec.max_len)
        return spec.check(value, name) if spec.check else value
    if spec.kind == "choice":
        value = str(raw).lower()
        if value not in spec.choices:
            raise ValidationError(name, "choice", value=raw, choices=", ".join(spec.choices))
        return value
    if spec.kind == "date":
        if isinstance(raw, dt.datetime):
            return check_date(name, raw.date())
        if isinstance(raw, dt.date):
            return check_date(name, raw)
        try:
            day = parse_day(str(raw))
        except ValueError:
            raise ValidationError(name, "date", value=raw) from None
        return check_date(name, day)
    if spec.kind == "bool":
        if isinstance(raw, bool):
            return raw
        text_value = str(raw).lower()
        if text_value in ("1", "true", "yes", "oui", "ja", "y", "o", "j"):
            return True
        if text_value in ("0", "false", "no", "non", "nee", "n"):
            return False
        raise ValidationError(
            name, "choice", value=raw, choices=messages.pick(messages.WORDS, "yes_no")
        )
    if spec.kind == "int":
        digits = str(raw).strip()
        unsigned = digits.lstrip("+-")
        if not (digits.isascii() and unsigned.isdigit() and len(digits) - len(unsigned) <= 1):
            raise ValidationError(name, "positive", value=raw)
        if digits.startswith("-") and unsigned.strip("0"):
            raise ValidationError(name, "positive", value=raw)
        # No int() of a thousand digits: a length beyond any allowed count is out of range.
        value_int = int(digits) if len(unsigned) <= 12 else MAX_COUNT + 1
        if value_int < 1:
            raise ValidationError(name, "positive", value=raw)
        if value_int > MAX_COUNT:
            raise ValidationError(name, "int_range", value=raw, min=1, max=MAX_COUNT)
        return value_int
    if spec.kind == "list":
        items: Iterable[object]
        if isinstance(raw, str):
            items = raw.split(",")
        elif isinstance(raw, Iterable):
            items = raw
        else:
            items = [raw]
        out: list[str] = []
        for item in items:
            value = str(item).strip()
            if value:
                value = text.clean_line(value, name)
            if not value or not (value.isascii() or text.has_visible(value)):
                continue
            if spec.choices:
                value = value.lower()
                if value not in spec.choices:
                    raise ValidationError(
                        name, "choice", value=item, choices=", ".join(spec.choices)
                    )
            if len(value) > spec.max_len:
                raise ValidationError(name, "too_long", length=len(value), max=spec.max_len)
            if value not in out:
                out.append(value)
        return tuple(out)
    raise AssertionError(spec.kind)


def normalise(cls: type[Entity], raw: Mapping[str, object]) -> dict[str, object]:
    """Parse and check the given fields of ``cls``; unknown names are refused."""
    field_specs = specs(cls)
    values: dict[str, object] = {}
    for name, value in raw.items():
        spec = field_specs.get(name)
        if spec is None:
            raise ValidationError(name, "unknown_field", value=name)
        values[name] = parse_value(name, spec, value)
    return values


def build(cls: type[Entity], values: Mapping[str, object]) -> Entity:
    """Create an entity from already-normalised values and check required and cross-field rules."""
    derived: dict[str, Any] = cls.derive(dict(values))
    entity = cls(**derived)
    validate(entity)
    return entity


_PLAIN: dict[type[Entity], tuple[dict[str, object], tuple[str, ...]] | None] = {}


def _plain(cls: type[Entity]) -> tuple[dict[str, object], tuple[str, ...]] | None:
    """The defaults and required fields of a class whose entities need no instance to be
    checked (no ``check`` of its own, no ``__post_init__``), else None (cached)."""
    if cls not in _PLAIN:
        plain = cls.check is Entity.check and not hasattr(cls, "__post_init__")
        fields = dataclasses.fields(cls)
        _PLAIN[cls] = (
            (
                {f.name: f.default for f in fields},
                tuple(name for name, spec in specs(cls).items() if spec.required),
            )
            if plain and all(f.default is not dataclasses.MISSING for f in fields)
            else None
        )
    return _PLAIN[cls]


def build_values(cls: type[Entity], values: Mapping[str, object]) -> dict[str, object]:
    """Every field of the entity :func:`build` would make of ``values``, as a dict (defaults
    filled, derived fields set, the same checks and errors), without building it when the class
    has no cross-field rule: the fast path of imports."""
    plain = _plain(cls)
    derived: dict[str, Any] = cls.derive(dict(values))
    if plain is None or not derived.keys() <= plain[0].keys():
        entity = build(cls, derived)
        return {name: getattr(entity, name) for name in specs(cls)}
    defaults, required = plain
    full = {**defaults, **derived}
    for name in required:
        if full[name] in (None, "", ()):
            raise ValidationError(name, "required")
    return full


def validate(entity: Entity) -> None:
    """Required fields present, then the entity's own cross-field rules."""
    for name, spec in specs(type(entity)).items():
        if spec.required and getattr(entity, name) in (None, "", ()):
            raise ValidationError(name, "required")
    entity.check()
