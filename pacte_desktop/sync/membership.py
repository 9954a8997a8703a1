"""Who belongs to the network: organisations the coordinator admitted, never self-declared ones.

The rule (issue 10, §2.4):

- An organisation asks to join by writing ``feeds/<org>/member.json``: its name and public key,
  signed by that key. Anyone holding the network passphrase can write such a file, so it proves
  nothing: the organisation is *pending*, its feed is not read.
- The coordinator admits it with ``members/<org>.vNNNN.json``, a document signed by the
  coordinator key that ``NETWORK.json`` names, pinning the organisation's public key and name
  (status ``admitted``); it removes it with a later version of the same document (status
  ``removed``), and may admit it again with a later one still. Versions only move forward: each
  workstation keeps the newest version it has verified (``network.admission.<org>``), so a
  deleted, replayed or forged document changes nothing (absence means nothing, docs/sync.md rule 3).
- A feed is read only while its organisation is admitted, and only with the pinned key: device
  certificates must be signed by it. A record lives in the namespace of the organisation whose
  feed carried it (``network_record`` is keyed by organisation), so no member can write another
  member's records; a device id belongs to the first organisation whose certified file used it.
- When an organisation is removed, receivers stop reading its feed and drop its records and the
  cursor of its files (a re-admission reads its feed again from the start). A removed
  organisation's own workstations drop the partners' records they hold and stop their network
  pass with a message.
- The coordinator's own organisation is admitted when the network is created. Each document
  carries the coordinator's serial number: the order of admissions, in which feeds are read (a
  device id belongs to the organisation that used it first, so a member admitted later cannot
  take the devices of one admitted before, even on a workstation that joins later).

Networks created before admissions existed hold none (*legacy* networks). Until a workstation
has seen one valid admission, it keeps reading the feeds whose keys it had already pinned (so it
trusts them no more than before) and pins no new one; once it has seen one, only admissions
count, for good. The coordinator's first pass with this version admits its own organisation and
every organisation it had pinned (what its users already saw); the members list shows them, so
that a coordinator can remove one it does not recognise.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass
from typing import Any, Final

import sqlalchemy as sa
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)

from pacte_desktop.domain.errors import PacteError
from pacte_desktop.store.database import Store
from pacte_desktop.sync import crypto
from pacte_desktop.sync.roots import MEMBER_TYPE, now_iso, read_json
from pacte_desktop.sync.state import LocalState
from pacte_desktop.sync.transport import JSON_PATTERN, MissingFileError, RootError, Transport

ADMISSION_TYPE: Final = "pacte-network-admission"
MEMBERS_DIR: Final = "members"
ADMISSION_NAME: Final = re.compile(r"^([0-9A-Za-z-]{8,64})\.v(\d{4,6})\.json$")
MAX_VERSION: Final = 999_999
ADMITTED: Final = "admitted"
PENDING: Final = "pending"
REMOVED: Final = "removed"
MAX_NAME: Final = 200

Reject = Callable[[str, PacteError], None]

# Local state keys (under ``sync.``), per organisation id.
_ADMISSION = "network.admission."
_PENDING = "network.pending."
_PINNED = "network.member."  # legacy: the key pinned on first sight, before admissions
_PINNED_NAME = "network.member_name."
_LATEST = "network.latest."
_DEVICE = "network.device_org."
#: The ``local_state`` key of a device's organisation, minus the device id (for SQL).
DEVICE_OWNER_KEY: Final = f"sync.{_DEVICE}"


@dataclass(frozen=True)
class Admission:
    """The coordinator's word on one organisation: its pinned key and name, and its status."""

    org_id: str
    name: str
    public_key: str  # base64 of the organisation's Ed25519 public key
    status: str  # ADMITTED or REMOVED
    version: int  # of this organisation's document: the newest one counts
    serial: int  # the coordinator's count of the documents it wrote: the admission order
    issued_at: str

    def to_json(self) -> str:
        return json.dumps(asdict(self), sort_keys=True, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> Admission:
        return cls(**json.loads(text))


@dataclass(frozen=True)
class Member:
    """One organisation of the network as this workstation knows it."""

    org_id: str
    name: str
    status: str  # ADMITTED, PENDING or REMOVED
    read: bool  # whether this workstation reads its feed (and shows its records)
    coordinator: bool
    this_organisation: bool
    fingerprint: str  # of its public key, to compare out of band before admitting
    latest_file: str | None  # the latest file of its feed applied here (ours: published)
    latest_at: str | None


def admission_path(org_id: str, version: int) -> str:
    return f"{MEMBERS_DIR}/{org_id}.v{version:04d}.json"


def fingerprint(public_key_b64: str) -> str:
    """A short, readable digest of a public key (four groups of four hex digits)."""
    digest = hashlib.sha256(public_key_b64.encode("ascii", "replace")).hexdigest()[:16]
    return " ".join(digest[i : i + 4] for i in range(0, 16, 4))


# --- documents -----------------------------------------------------------------------------


def sign_admission(
    admission: Admission, *, network_id: str, issuer: str, key: Ed25519PrivateKey
) -> dict[str, object]:
    body = {
        "network_id": network_id,
        "issuer": issuer,
        "org_id": admission.org_id,
        "name": admission.name,
        "org_public_key": admission.public_key,
        "status": admission.status,
        "version": admission.version,
        "serial": admission.serial,
        "issued_at": admission.issued_at,
    }
    return crypto.sign_document(ADMISSION_TYPE, body, key)


def verify_admission(
    doc: dict[str, Any],
    coordinator: Ed25519PublicKey,
    *,
    network_id: str,
    org_id: str,
    version: int,
    what: str,
) -> Admission:
    """The admission a document states, once the coordinator's signature checks out and it
    names this network, this organisation and the version its file name carries."""
    body = crypto.verify_document(doc, coordinator, kind=ADMISSION_TYPE, what=what)
    if (
        body.get("network_id") != network_id
        or body.get("org_id") != org_id
        or body.get("version") != version
    ):
        raise PacteError("sync", "sync_forged", value=what, reason="another_network_org_or_version")
    name, key, status, serial, issued = (
        body.get("name"),
        body.get("org_public_key"),
        body.get("status"),
        body.get("serial"),
        body.get("issued_at"),
    )
    if (
        type(serial) is not int
        or not 0 < serial <= 10**9
        or not isinstance(name, str)
        or not 0 < len(name) <= MAX_NAME
        or status not in (ADMITTED, REMOVED)
        or not isinstance(issued, str)
    ):
        raise PacteError("sync", "sync_corrupt", value=what, reason="admission_malformed")
    crypto.public_key_from_bytes(
        crypto.b64decode(key, what=what, size=crypto.PUBLIC_KEY_SIZE), what=what
    )
    assert isinstance(key, str)
    return Admission(org_id, name, key, str(status), version, serial, issued)


def read_member(transport: Transport, org_id: str, network_id: str) -> tuple[str, str]:
    """The name and public key (base64) ``feeds/<org>/member.json`` asserts, once its own
    signature checks out and it names this organisation and network. It proves nothing more."""
    path = f"feeds/{org_id}/member.json"
    member = read_json(transport, path)
    raw_key = member.get("org_public_key")
    public = crypto.public_key_from_bytes(
        crypto.b64decode(raw_key, what=path, size=crypto.PUBLIC_KEY_SIZE), what=path
    )
    body = crypto.verify_document(member, public, kind=MEMBER_TYPE, what=path)
    if body.get("org_id") != org_id or body.get("network_id") != network_id:
        raise PacteError("sync", "sync_forged", value=path, reason="another_org_or_network")
    name = body.get("name")
    if not isinstance(name, str) or not 0 < len(name) <= MAX_NAME:
        raise PacteError("sync", "sync_corrupt", value=path, reason="name_missing")
    assert isinstance(raw_key, str)
    return name, raw_key


# --- what this workstation knows ---------------------------------------------------------


def _prefixed(conn: sa.Connection, prefix: str) -> dict[str, str]:
    full = f"sync.{prefix}"
    return {
        key[len(full) :]: value
        for key, value in conn.execute(
            sa.text("SELECT key, value FROM local_state WHERE substr(key, 1, :n) = :p"),
            {"n": len(full), "p": full},
        )
    }


def admissions(store: Store, conn: sa.Connection | None = None) -> dict[str, Admission]:
    """The newest verified admission of each organisation, by organisation id."""
    if conn is None:
        with store.reading() as reading:
            return admissions(store, reading)
    return {org: Admission.from_json(text) for org, text in _prefixed(conn, _ADMISSION).items()}


def names(conn: sa.Connection) -> dict[str, str]:
    """Every organisation this workstation has heard of by id, with its name: admitted or
    removed ones (a placement proposed by a partner that left still names it), and in a legacy
    network the pinned ones."""
    pinned = _prefixed(conn, _PINNED_NAME)
    return pinned | {
        org: Admission.from_json(text).name for org, text in _prefixed(conn, _ADMISSION).items()
    }


def readable(store: Store, conn: sa.Connection | None = None) -> dict[str, tuple[str, str]]:
    """The organisations whose feeds this workstation reads and whose records it shows:
    ``{org: (name, public key)}``. Admitted ones; in a legacy network, the pinned ones."""
    if conn is None:
        with store.reading() as reading:
            return readable(store, reading)
    found = admissions(store, conn)
    if found:
        ordered = sorted(found.values(), key=lambda a: (a.serial, a.org_id))
        return {a.org_id: (a.name, a.public_key) for a in ordered if a.status == ADMITTED}
    names = _prefixed(conn, _PINNED_NAME)
    return {org: (names.get(org, org), key) for org, key in _prefixed(conn, _PINNED).items()}


def note_pending(store: Store, org_id: str, name: str, public_key: str) -> None:
    """An organisation that asked to join and is not admitted (yet)."""
    state = LocalState(store)
    value = json.dumps({"name": name, "public_key": public_key}, sort_keys=True)
    if state.get(f"{_PENDING}{org_id}") != value:
        state.set(f"{_PENDING}{org_id}", value)


def note_latest(conn: sa.Connection, store: Store, org_id: str, file: str) -> None:
    """The latest file of ``org_id``'s feed this workstation applied (or, ours, published)."""
    value = json.dumps({"file": file, "at": now_iso()}, sort_keys=True)
    store.set_local(f"sync.{_LATEST}{org_id}", value, conn=conn)


def device_owner(store: Store, device: str) -> str | None:
    return LocalState(store).get(f"{_DEVICE}{device}")


def claim_device(conn: sa.Connection, store: Store, device: str, org_id: str) -> None:
    """A device id belongs to the first organisation whose certified file used it."""
    if store.local(f"sync.{_DEVICE}{device}", conn=conn) is None:
        store.set_local(f"sync.{_DEVICE}{device}", org_id, conn=conn)


def record_admission(store: Store, admission: Admission) -> None:
    """Keep ``admission`` as the newest word on its organisation; a removal drops what this
    workstation holds of the organisation (records, cursors), so that it can be read afresh
    should it be admitted again."""
    with store.engine.begin() as conn:
        store.set_local(f"sync.{_ADMISSION}{admission.org_id}", admission.to_json(), conn=conn)
        conn.execute(
            sa.text("DELETE FROM local_state WHERE key = :k"),
            {"k": f"sync.{_PENDING}{admission.org_id}"},
        )
        if admission.status == REMOVED:
            forget(conn, admission.org_id)


def forget(conn: sa.Connection, org_id: str) -> None:
    """Drop an organisation's records and the cursor of its feed from this workstation."""
    devices = [device for device, owner in _prefixed(conn, _DEVICE).items() if owner == org_id]
    conn.execute(sa.text("DELETE FROM network_record WHERE org_id = :o"), {"o": org_id})
    for device in devices:
        conn.execute(
            sa.text("DELETE FROM sync_applied WHERE scope = 'network' AND device_id = :d"),
            {"d": device},
        )
    listed = f"sync.network.listed.feeds/{org_id}/"
    conn.execute(
        sa.text("DELETE FROM local_state WHERE substr(key, 1, :n) = :p OR key IN (:a, :b, :c)"),
        {
            "n": len(listed),
            "p": listed,
            "a": f"sync.{_LATEST}{org_id}",
            "b": f"sync.{_PINNED}{org_id}",
            "c": f"sync.{_PINNED_NAME}{org_id}",
        },
    )


def forget_partners(conn: sa.Connection, own_device: str) -> None:
    """This organisation was removed: drop every partner record and the cursor of every
    partner feed (an admission later reads them again from the start)."""
    conn.execute(sa.text("DELETE FROM network_record"))
    conn.execute(
        sa.text("DELETE FROM sync_applied WHERE scope = 'network' AND device_id != :d"),
        {"d": own_device},
    )
    listed = "sync.network.listed.feeds/"
    conn.execute(
        sa.text("DELETE FROM local_state WHERE substr(key, 1, :n) = :p"),
        {"n": len(listed), "p": listed},
    )


def refresh(
    store: Store,
    transport: Transport,
    coordinator: Ed25519PublicKey,
    network_id: str,
    reject: Reject,
) -> set[str]:
    """Read the admission documents newer than those this workstation knows; keep the newest
    valid one of each organisation. Returns the names of the admission documents the folder
    holds (none: a network from before admissions)."""
    state = LocalState(store)
    try:
        listing = transport.list(MEMBERS_DIR, JSON_PATTERN)
    except RootError:
        return set()  # a network from before admissions: nothing to read
    present = {name for name in listing.names if ADMISSION_NAME.fullmatch(name)}
    digest = hashlib.sha256("\n".join(listing.names).encode()).hexdigest()
    if state.get("network.listed.members") == digest:
        return present
    known = admissions(store)
    versions: dict[str, list[int]] = {}
    for name in listing.names:
        match = ADMISSION_NAME.fullmatch(name)
        if match:
            versions.setdefault(match.group(1), []).append(int(match.group(2)))
    complete = True
    for org, numbers in sorted(versions.items()):
        current = known.get(org)
        floor = current.version if current else 0
        for version in sorted(numbers, reverse=True):
            if version <= floor:
                break
            path = admission_path(org, version)
            try:
                found = verify_admission(
                    read_json(transport, path),
                    coordinator,
                    network_id=network_id,
                    org_id=org,
                    version=version,
                    what=path,
                )
            except (MissingFileError, RootError):
                complete = False
                continue
            except PacteError as exc:
                reject(path, exc)
                complete = False
                continue
            record_admission(store, found)
            break
    if complete:
        state.set("network.listed.members", digest)
    return present


def next_version(store: Store, transport: Transport, org_id: str) -> int:
    """A version number for a new admission document of ``org_id``: after every version this
    workstation knows and every name the folder holds (a forged file only takes its slot)."""
    current = admissions(store).get(org_id)
    taken = {current.version} if current else set()
    try:
        for name in transport.list(MEMBERS_DIR, JSON_PATTERN).names:
            match = ADMISSION_NAME.fullmatch(name)
            if match and match.group(1) == org_id:
                taken.add(int(match.group(2)))
    except RootError:
        pass
    version = max(taken, default=0) + 1
    if version > MAX_VERSION:
        raise PacteError("sync", "sync_corrupt", value=MEMBERS_DIR, reason="no_version_left")
    return version


def next_serial(store: Store) -> int:
    """The coordinator's next serial: after every admission document it knows of."""
    return max((a.serial for a in admissions(store).values()), default=0) + 1


def members(store: Store) -> list[Member]:
    """Every organisation this workstation knows in its network, this one included: admitted,
    pending (asked to join, or, in a legacy network, pinned before admissions) or removed."""
    state = LocalState(store)
    own = store.local("organisation_id") or ""
    coordinator = state.get("network.coordinator") or ""
    with store.reading() as conn:
        admitted = admissions(store, conn)
        shown = readable(store, conn)
        pending = {org: json.loads(v) for org, v in _prefixed(conn, _PENDING).items()}
        pinned = _prefixed(conn, _PINNED)
        pinned_names = _prefixed(conn, _PINNED_NAME)
        latest = {org: json.loads(v) for org, v in _prefixed(conn, _LATEST).items()}
        own_name = conn.execute(
            sa.text("SELECT name FROM organisation WHERE id = :id"), {"id": own}
        ).scalar_one_or_none()
    own_key = state.get("network.own_key") or ""
    entries: dict[str, tuple[str, str, str]] = {}  # org: (name, status, key)
    if not admitted:
        for org, key in pinned.items():
            entries[org] = (pinned_names.get(org, org), PENDING, key)
    for org, info in pending.items():
        entries[org] = (str(info.get("name", org)), PENDING, str(info.get("public_key", "")))
    for org, admission in admitted.items():
        entries[org] = (admission.name, admission.status, admission.public_key)
    if own and own not in entries and state.configured("network"):
        entries[own] = (str(own_name or own), PENDING, own_key)
    out = []
    for org, (name, status, key) in entries.items():
        last = latest.get(org, {})
        out.append(
            Member(
                org_id=org,
                name=name,
                status=status,
                read=org in shown and org != own,
                coordinator=org == coordinator,
                this_organisation=org == own,
                fingerprint=fingerprint(key) if key else "",
                latest_file=last.get("file"),
                latest_at=last.get("at"),
            )
        )
    order = {ADMITTED: 1, PENDING: 0, REMOVED: 2}
    return sorted(out, key=lambda m: (order[m.status], m.name.casefold(), m.org_id))


def resolve(candidates: Iterable[tuple[str, str]], ref: str) -> str:
    """The organisation id that ``ref`` names among ``(org id, name)`` pairs: its id, a prefix
    of at least four characters of it, or its name (any case)."""
    ref = ref.strip()
    pairs = dict(candidates)
    if ref in pairs:
        return ref
    found = {
        org
        for org, name in pairs.items()
        if (len(ref) >= 4 and org.startswith(ref)) or name.casefold() == ref.casefold()
    }
    if not found:
        raise PacteError("network", "network_no_member", value=ref)
    if len(found) > 1:
        choices = ", ".join(f"{pairs[o]} ({o})" for o in sorted(found))
        raise PacteError("network", "network_member_ambiguous", value=ref, choices=choices)
    return found.pop()


def coordinator_key(store: Store) -> Ed25519PrivateKey | None:
    """The coordinator's signing key, held by the workstation that created the network (the
    one place this module reads it)."""
    raw = LocalState(store).secret("network.coordinator_key")
    return crypto.private_key_from_bytes(raw) if raw else None
