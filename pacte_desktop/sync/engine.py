"""Sync passes for the two scopes of SYNC.md: setting up, publishing, receiving, snapshots.

Organisation scope (``ORG.json`` root)::

    ORG.json                      id, name, protocol, minimum app, organisation public key,
                                  the organisation's keys sealed by its passphrase (signed)
    keys/<device>.json            device certificates, signed by the organisation key
    log/<device>/<seq>-<h>.chg    change files (every field, encrypted with the content key)
    snap/<device>-<hlc>.snap      snapshots for new workstations
    acks/<device>.json            what each device has applied (its only rewritten file)

Network scope (``NETWORK.json`` root)::

    NETWORK.json                  id, name, protocol, coordinator public key, network key sealed
                                  by the network passphrase (signed by the coordinator)
    charter/vNNNN.json            the sharing charter, signed by the coordinator
    feeds/<org>/member.json       the member organisation's name and public key (self-signed)
    feeds/<org>/keys/<dev>.json   its device certificates
    feeds/<org>/log/<dev>/…chg    charter fields of shareable records, encrypted with the
                                  network key

Everything written is signed by the device; everything read is checked before it is used.
Nothing here imports Qt: the CLI and the UI both call :func:`sync_pass`.
"""

from __future__ import annotations

import datetime as dt
import getpass
import hashlib
import json
import logging
import os
import re
import sys
import uuid
from collections.abc import Callable, Iterator, Mapping
from dataclasses import asdict, dataclass, field
from typing import Any

import sqlalchemy as sa
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from pacte_desktop import __version__
from pacte_desktop.domain.entities import specs
from pacte_desktop.domain.errors import PacteError
from pacte_desktop.store import replication
from pacte_desktop.store.database import HEAD_REVISION, Store, known_revisions
from pacte_desktop.store.replication import Op
from pacte_desktop.store.schema import from_db
from pacte_desktop.sync import changefile, clockcheck, crypto, snapshot
from pacte_desktop.sync import charter as charters
from pacte_desktop.sync.folder import FolderTransport
from pacte_desktop.sync.hlc import Clock, Stamp
from pacte_desktop.sync.transport import (
    JSON_PATTERN,
    SNAPSHOT_PATTERN,
    CorruptError,
    MissingFileError,
    RootError,
    Transport,
)

log = logging.getLogger(__name__)

PROTOCOL = 1
MIN_APP = "0.1.0"
ORG_FILE = "ORG.json"
NETWORK_FILE = "NETWORK.json"
ORG_ROOT_TYPE = "pacte-org-root"
NETWORK_ROOT_TYPE = "pacte-network-root"
MEMBER_TYPE = "pacte-network-member"
ACK_TYPE = "pacte-ack"
SCOPES = ("org", "network")
#: Operations per change file: bounds the memory of writing and of applying one file.
OPS_PER_FILE = 2000
#: A device writes a snapshot once this many files were applied since its last one.
SNAPSHOT_EVERY = 200
#: A device whose acknowledgement is older than this no longer holds back pruning.
ACK_STALE_DAYS = 30
MIN_PASSPHRASE = 8
_DEVICE = re.compile(r"^[0-9a-f]{16}$")
_ORG_DIR = re.compile(r"^[0-9A-Za-z-]{8,64}$")
_CHARTER_NAME = re.compile(r"^v(\d{4})\.json$")
#: The network tables that are not records but what an organisation publishes instead.
KNOWLEDGE = "employer_knowledge"
PROFILE = "public_profile"
WITHDRAWN = "withdrawn"
#: Records shared through the network: the table, and the reference to its employer.
_SHARED_CHILDREN = {"contact_person": "employer_id", "opportunity": "employer_id"}

Progress = Callable[[str, int, int], None]


def _now_iso() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _now_iso_minus(*, hours: int) -> str:
    return (dt.datetime.now(dt.UTC) - dt.timedelta(hours=hours)).isoformat(timespec="seconds")


# --- where a scope lives ---------------------------------------------------------------------


@dataclass(frozen=True)
class Location:
    """A sync location: a folder path or a WebDAV URL (with a user and the name of the
    environment variable holding the password, never the password itself)."""

    kind: str  # "folder" | "webdav"
    where: str
    user: str | None = None
    password_env: str | None = None

    def open(self) -> Transport:
        if self.kind == "folder":
            return FolderTransport(self.where)
        from pacte_desktop.sync.webdav import WebDAVTransport

        password = os.environ.get(self.password_env) if self.password_env else None
        if self.user is not None and self.password_env and password is None:
            raise PacteError("sync", "passphrase_required", value=self.password_env)
        return WebDAVTransport(self.where, self.user, password)

    def to_json(self) -> str:
        return json.dumps(asdict(self), sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> Location:
        data = json.loads(text)
        return cls(**data)


def _close(transport: Transport) -> None:
    close = getattr(transport, "close", None)
    if close is not None:
        close()


# --- local keys and state ----------------------------------------------------------------------


class LocalState:
    """The sync keys and cursors kept in the store's ``local_state`` (never replicated)."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def get(self, key: str) -> str | None:
        return self.store.local(f"sync.{key}")

    def set(self, key: str, value: str, conn: sa.Connection | None = None) -> None:
        self.store.set_local(f"sync.{key}", value, conn=conn)

    def secret(self, key: str) -> bytes | None:
        text = self.get(key)
        return crypto.b64decode(text, what=key) if text else None

    def set_secret(self, key: str, value: bytes, conn: sa.Connection | None = None) -> None:
        self.set(key, crypto.b64encode(value), conn)

    def location(self, scope: str) -> Location | None:
        text = self.get(f"{scope}.location")
        return Location.from_json(text) if text else None

    def configured(self, scope: str) -> bool:
        return self.location(scope) is not None

    def device_key(self) -> Ed25519PrivateKey:
        raw = self.secret("device_key")
        if raw is None:
            key = crypto.generate_signing_key()
            self.set_secret("device_key", crypto.private_key_bytes(key))
            return key
        return crypto.private_key_from_bytes(raw)

    def org_key(self) -> Ed25519PrivateKey | None:
        raw = self.secret("org.private_key")
        return crypto.private_key_from_bytes(raw) if raw else None


def passphrase(env: str, what: str, *, confirm: bool = False) -> str:
    """The passphrase from ``env``, else typed in on a terminal; a clear error otherwise."""
    value = os.environ.get(env)
    if value is None:
        if not sys.stdin.isatty():
            raise PacteError("passphrase", "passphrase_required", value=env)
        value = getpass.getpass(f"{what}: ")
        if confirm and getpass.getpass(f"{what} (again): ") != value:
            raise PacteError("passphrase", "passphrase_mismatch")
    if len(value) < MIN_PASSPHRASE:
        raise PacteError("passphrase", "passphrase_short", min=MIN_PASSPHRASE)
    return value


def _given_or_asked(secret: str | None, env: str, what: str, *, confirm: bool = False) -> str:
    """The passphrase the caller typed in (the UI confirms it itself), else :func:`passphrase`."""
    if secret is None:
        return passphrase(env, what, confirm=confirm)
    if len(secret) < MIN_PASSPHRASE:
        raise PacteError("passphrase", "passphrase_short", min=MIN_PASSPHRASE)
    return secret


def _read_json(transport: Transport, path: str) -> dict[str, Any]:
    data = transport.read(path)
    try:
        value = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise CorruptError(path, "not JSON") from None
    if not isinstance(value, dict):
        raise CorruptError(path, "not a JSON object")
    return value


def _write_json(transport: Transport, path: str, value: Mapping[str, object]) -> None:
    transport.create(path, json.dumps(value, indent=1, sort_keys=True).encode("utf-8"))


def _replace_own_json(transport: Transport, path: str, value: Mapping[str, object]) -> None:
    """Rewrite one of this device's own small files (its acknowledgement)."""
    transport.delete_own(path)
    _write_json(transport, path, value)


def _root_check(
    transport: Transport, scope: str, expected_id: str | None, pinned_key: str | None
) -> dict[str, Any]:
    """The root document, checked: right type, right id, signed by the pinned key.

    An empty, moved or unmounted root raises RootError and nothing is written or deleted.
    """
    name = ORG_FILE if scope == "org" else NETWORK_FILE
    kind = ORG_ROOT_TYPE if scope == "org" else NETWORK_ROOT_TYPE
    key_field = "org_public_key" if scope == "org" else "coordinator_public_key"
    where = clockcheck.describe(transport)
    try:
        doc = _read_json(transport, name)
    except (MissingFileError, RootError):
        raise PacteError("sync", "sync_no_root", value=where, file=name) from None
    raw_key = doc.get(key_field)
    if pinned_key is not None and raw_key != pinned_key:
        raise PacteError("sync", "sync_forged", value=f"{where}/{name}", reason="another key")
    public = crypto.public_key_from_bytes(
        crypto.b64decode(raw_key, what=name, size=crypto.PUBLIC_KEY_SIZE), what=name
    )
    body = crypto.verify_document(doc, public, kind=kind, what=f"{where}/{name}")
    if expected_id is not None and body.get("id") != expected_id:
        raise PacteError(
            "sync", "sync_other_org", value=where, reason=f"{name} id {body.get('id')}"
        )
    protocol = body.get("protocol")
    if isinstance(protocol, list) and len(protocol) == 2 and not protocol[0] <= PROTOCOL:
        raise RootError(where, f"protocol {protocol} is newer than this application's")
    minimum = body.get("min_app")
    if isinstance(minimum, str) and _version(minimum) > _version(__version__):
        raise PacteError(
            "sync", "sync_app_too_old", value=where, minimum=minimum, version=__version__
        )
    return body


def _version(text: str) -> tuple[int, ...]:
    parts = []
    for part in text.split("."):
        digits = "".join(ch for ch in part if ch.isdigit())
        parts.append(int(digits or 0))
    return tuple(parts)


# --- setup -----------------------------------------------------------------------------------


@dataclass
class SetupResult:
    scope: str
    created: bool
    root_id: str
    name: str
    device_id: str
    worker: str | None = None
    pass_summary: PassSummary | None = None


def setup_org(
    store: Store,
    location: Location,
    *,
    worker: str | None = None,
    passphrase_env: str = "PACTE_ORG_PASSPHRASE",
    secret: str | None = None,
    scrypt_n: int = crypto.SCRYPT_N,
) -> SetupResult:
    """Create the organisation's root at ``location``, or join the one found there.

    On an initialised store with an empty location, the root is created (new organisation
    keys, sealed by the passphrase). With a root already there, this workstation joins it:
    the passphrase unlocks the keys, a device certificate is written, and a first pass
    receives everything. On an empty data folder, the store becomes a workstation of the
    organisation found there, acting as ``worker``.
    """
    state = LocalState(store)
    transport = location.open()
    try:
        where = clockcheck.describe(transport)
        has_root = transport.exists(ORG_FILE)
        org_id = store.local("organisation_id")
        device_key = state.device_key()
        if not has_root:
            if org_id is None:
                raise PacteError("sync", "sync_nothing_to_join", value=where, file=ORG_FILE)
            secret = _given_or_asked(
                secret, passphrase_env, "organisation passphrase", confirm=True
            )
            with store.reading() as conn:
                name = conn.execute(
                    sa.text("SELECT name FROM organisation WHERE id = :id"), {"id": org_id}
                ).scalar_one()
            org_key = state.org_key() or crypto.generate_signing_key()
            content_key = state.secret("org.content_key") or crypto.generate_content_key()
            sealed = crypto.seal_with_passphrase(
                {"org_private_key": crypto.private_key_bytes(org_key), "content_key": content_key},
                secret,
                n=scrypt_n,
            )
            body = {
                "id": org_id,
                "name": name,
                "protocol": [1, PROTOCOL],
                "min_app": MIN_APP,
                "org_public_key": crypto.b64encode(crypto.public_key_bytes(org_key)),
                "sealed": sealed,
                "created_at": _now_iso(),
            }
            for directory in ("keys", "log", "snap", "acks", f"log/{store.device_id}"):
                transport.ensure_dir(directory)
            _write_json(transport, ORG_FILE, crypto.sign_document(ORG_ROOT_TYPE, body, org_key))
            created = True
        else:
            root = _root_check(transport, "org", None, None)
            if org_id is not None and root["id"] != org_id:
                raise PacteError(
                    "sync",
                    "sync_other_org",
                    value=where,
                    reason=f"{root.get('name')} ({root['id']}), this store: {org_id}",
                )
            secret = _given_or_asked(secret, passphrase_env, "organisation passphrase")
            opened = crypto.open_with_passphrase(root["sealed"], secret, what=str(root["name"]))
            org_key = crypto.private_key_from_bytes(opened["org_private_key"])
            content_key = opened["content_key"]
            org_id, name = str(root["id"]), str(root["name"])
            transport.ensure_dir(f"log/{store.device_id}")
            created = False
        _certify(transport, "keys", store.device_id, org_id, org_key, device_key)
        with store.engine.begin() as conn:
            if store.local("organisation_id", conn=conn) is None:
                store.set_local("organisation_id", org_id, conn=conn)
            state.set("org.location", location.to_json(), conn)
            state.set("org.root_id", org_id, conn)
            state.set("org.root_key", crypto.b64encode(crypto.public_key_bytes(org_key)), conn)
            state.set_secret("org.private_key", crypto.private_key_bytes(org_key), conn)
            state.set_secret("org.content_key", content_key, conn)
    finally:
        _close(transport)
    result = SetupResult("org", created, org_id, name, store.device_id)
    result.pass_summary = sync_pass(store, scopes=("org",))
    if worker:
        result.worker = _use_worker(store, worker)
        if _has_unpublished(store):
            sync_pass(store, scopes=("org",))  # publish the new worker at once
    return result


def _has_unpublished(store: Store) -> bool:
    """Whether this device journalled anything the organisation scope has not published.

    Reads only the journal after the publishing cursor (a range of the primary key), so it
    costs what is new, not the size of the journal."""
    cursor = int(store.local("sync.org.published_seq") or 0)
    with store.reading() as conn:
        return (
            conn.execute(
                sa.text("SELECT 1 FROM journal WHERE seq > :c AND device_id = :d LIMIT 1"),
                {"c": cursor, "d": store.device_id},
            ).first()
            is not None
        )


def _certify(
    transport: Transport,
    keys_dir: str,
    device_id: str,
    org_id: str,
    org_key: Ed25519PrivateKey,
    device_key: Ed25519PrivateKey,
) -> None:
    """Write this device's certificate, signed by the organisation key, unless it is there."""
    path = f"{keys_dir}/{device_id}.json"
    if not transport.exists(path):
        cert = crypto.issue_certificate(
            org_private_key=org_key,
            org_id=org_id,
            device_id=device_id,
            device_public_key=device_key.public_key(),
        )
        _write_json(transport, path, cert)


def _use_worker(store: Store, name: str) -> str:
    """Make ``name`` this workstation's worker, creating it when the organisation lacks it."""
    from pacte_desktop.services import workers

    with store.reading() as conn:
        found = conn.execute(
            sa.text("SELECT id FROM worker WHERE lower(name) = lower(:n) AND status = 'active'"),
            {"n": name.strip()},
        ).scalar_one_or_none()
    if found is not None:
        store.set_local("worker_id", found)
        return str(found)
    with store.unit_of_work() as uow:
        created = workers.add_worker(uow, name=name)
        store.set_local("worker_id", created.id, conn=uow.connection)
        uow.commit()
    return created.id


def setup_network(
    store: Store,
    location: Location,
    *,
    coordinator: bool = False,
    network_name: str | None = None,
    passphrase_env: str = "PACTE_NETWORK_PASSPHRASE",
    secret: str | None = None,
    scrypt_n: int = crypto.SCRYPT_N,
) -> SetupResult:
    """Create the network's root (the coordinating organisation) or join it as a member."""
    state = LocalState(store)
    org_id = store.local("organisation_id")
    if org_id is None:
        raise PacteError("organisation", "not_initialised")
    transport = location.open()
    try:
        where = clockcheck.describe(transport)
        has_root = transport.exists(NETWORK_FILE)
        device_key = state.device_key()
        org_key = state.org_key()
        if org_key is None:  # a workstation with no organisation root yet: keys of its own
            org_key = crypto.generate_signing_key()
            state.set_secret("org.private_key", crypto.private_key_bytes(org_key))
            state.set("org.root_key", crypto.b64encode(crypto.public_key_bytes(org_key)))
        with store.reading() as conn:
            org_name = str(
                conn.execute(
                    sa.text("SELECT name FROM organisation WHERE id = :id"), {"id": org_id}
                ).scalar_one()
            )
        if not has_root:
            if not coordinator:
                raise PacteError("sync", "sync_nothing_to_join", value=where, file=NETWORK_FILE)
            secret = _given_or_asked(secret, passphrase_env, "network passphrase", confirm=True)
            coordinator_key = crypto.generate_signing_key()
            network_key = crypto.generate_content_key()
            network_id = str(uuid.uuid4())
            name = network_name or "Pacte"
            body = {
                "id": network_id,
                "name": name,
                "protocol": [1, PROTOCOL],
                "min_app": MIN_APP,
                "coordinator": org_id,
                "coordinator_public_key": crypto.b64encode(
                    crypto.public_key_bytes(coordinator_key)
                ),
                "sealed": crypto.seal_with_passphrase(
                    {"network_key": network_key}, secret, n=scrypt_n
                ),
                "created_at": _now_iso(),
            }
            for directory in ("charter", "feeds"):
                transport.ensure_dir(directory)
            _write_json(
                transport,
                NETWORK_FILE,
                crypto.sign_document(NETWORK_ROOT_TYPE, body, coordinator_key),
            )
            first = charters.default_charter(org_id)
            _write_json(
                transport,
                charters.charter_filename(first.version),
                charters.sign_charter(first, coordinator_key),
            )
            state.set_secret("network.coordinator_key", crypto.private_key_bytes(coordinator_key))
            root_key = body["coordinator_public_key"]
            created = True
        else:
            root = _root_check(transport, "network", None, None)
            secret = _given_or_asked(secret, passphrase_env, "network passphrase")
            opened = crypto.open_with_passphrase(root["sealed"], secret, what=str(root["name"]))
            network_key = opened["network_key"]
            network_id, name = str(root["id"]), str(root["name"])
            root_key = root["coordinator_public_key"]
            created = False
        feed = f"feeds/{org_id}"
        transport.ensure_dir(f"{feed}/keys")
        transport.ensure_dir(f"{feed}/log/{store.device_id}")
        if not transport.exists(f"{feed}/member.json"):
            member = {
                "org_id": org_id,
                "name": org_name,
                "network_id": network_id,
                "org_public_key": crypto.b64encode(crypto.public_key_bytes(org_key)),
            }
            _write_json(
                transport, f"{feed}/member.json", crypto.sign_document(MEMBER_TYPE, member, org_key)
            )
        _certify(transport, f"{feed}/keys", store.device_id, org_id, org_key, device_key)
        with store.engine.begin() as conn:
            state.set("network.location", location.to_json(), conn)
            state.set("network.root_id", network_id, conn)
            state.set("network.root_key", str(root_key), conn)
            state.set_secret("network.content_key", network_key, conn)
    finally:
        _close(transport)
    result = SetupResult("network", created, network_id, name, store.device_id)
    result.pass_summary = sync_pass(store, scopes=("network",))
    return result


# --- a pass ----------------------------------------------------------------------------------


@dataclass
class ScopeSummary:
    scope: str
    location: str = ""
    published_files: int = 0
    published_ops: int = 0
    received_files: int = 0
    received_ops: int = 0
    duplicates: int = 0
    parked: int = 0
    conflicts: int = 0
    rejected: list[str] = field(default_factory=list)
    waiting: list[str] = field(default_factory=list)
    ignored: int = 0
    pruned: int = 0
    snapshot: str | None = None
    clock_offset_s: float | None = None
    clock_warning: str | None = None
    purged_fields: int = 0
    error: str | None = None
    finished_at: str = ""


@dataclass
class PassSummary:
    scopes: list[ScopeSummary] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return all(s.error is None for s in self.scopes)

    @property
    def received_ops(self) -> int:
        return sum(s.received_ops for s in self.scopes)


def sync_pass(
    store: Store,
    *,
    scopes: tuple[str, ...] = SCOPES,
    progress: Progress | None = None,
    lang: str | None = None,
    wait: float = 60.0,
) -> PassSummary:
    """One pass over each configured scope: publish, then receive. Errors are reported in the
    summary (``error``) scope by scope; nothing local is deleted whatever the location holds.

    One pass at a time per store (a lock file beside it): the application's background pass
    and a ``pacte sync`` in a terminal wait ``wait`` seconds for each other, then give up with
    a message (``wait=0``: give up at once, as the background timer does)."""
    from filelock import FileLock, Timeout

    lock = FileLock(store.data_dir / "sync.lock")
    try:
        lock.acquire(timeout=wait)
    except Timeout:
        busy = PacteError("sync", "sync_busy", value=str(store.data_dir / "sync.lock"))
        return PassSummary(
            [
                ScopeSummary(s, error=busy.message(lang))
                for s in scopes
                if LocalState(store).configured(s)
            ]
        )
    try:
        return _sync_pass(store, scopes, progress, lang)
    finally:
        lock.release()


def _sync_pass(
    store: Store, scopes: tuple[str, ...], progress: Progress | None, lang: str | None
) -> PassSummary:
    state = LocalState(store)
    summary = PassSummary()
    for scope in scopes:
        location = state.location(scope)
        if location is None:
            continue
        result = ScopeSummary(scope, location.where)
        try:
            transport = location.open()
        except PacteError as exc:
            result.error = exc.message(lang)
            summary.scopes.append(result)
            continue
        try:
            if scope == "org":
                OrgSync(store, transport, result, progress).run()
            else:
                NetworkSync(store, transport, result, progress).run()
        except PacteError as exc:
            result.error = exc.message(lang)
        finally:
            _close(transport)
        result.finished_at = _now_iso()
        state.set(f"{scope}.last_pass", json.dumps(asdict(result), ensure_ascii=False))
        summary.scopes.append(result)
    return summary


class _ScopeSync:
    """What both scopes share: the device key, the clock check, the file loop."""

    scope = ""

    def __init__(
        self,
        store: Store,
        transport: Transport,
        summary: ScopeSummary,
        progress: Progress | None,
    ) -> None:
        self.store = store
        self.transport = transport
        self.summary = summary
        self.progress = progress
        self.state = LocalState(store)
        self.device = store.device_id
        self.device_key = self.state.device_key()
        root_id = self.state.get(f"{self.scope}.root_id")
        content_key = self.state.secret(f"{self.scope}.content_key")
        if root_id is None or content_key is None:
            raise PacteError("sync", "sync_not_setup", value=self.scope)
        self.root_id = root_id
        self.content_key = content_key
        self.pinned = self.state.get(f"{self.scope}.root_key")

    # -- clock ----------------------------------------------------------------------------
    def check_clock(self, directory: str) -> None:
        try:
            report = clockcheck.check(self.transport, directory)
        except PacteError as exc:
            log.info("clock check skipped: %s", exc)
            return
        self.summary.clock_offset_s = report.offset.total_seconds()
        self.summary.clock_warning = report.warning()

    # -- rejected files -------------------------------------------------------------------
    def reject(self, path: str, exc: PacteError) -> None:
        self.summary.rejected.append(f"{path}: {exc.message()}")
        now = _now_iso()
        with self.store.engine.begin() as conn:
            conn.execute(
                sa.text(
                    "INSERT INTO sync_rejected (scope, path, code, reason, first_seen, last_seen) "
                    "VALUES (:s, :p, :c, :r, :n, :n) ON CONFLICT(scope, path) DO UPDATE SET "
                    "code = excluded.code, reason = excluded.reason, last_seen = excluded.last_seen"
                ),
                {"s": self.scope, "p": path, "c": exc.code, "r": exc.message("en"), "n": now},
            )

    def clear_rejected(self, path: str) -> None:
        with self.store.engine.begin() as conn:
            conn.execute(
                sa.text("DELETE FROM sync_rejected WHERE scope = :s AND path = :p"),
                {"s": self.scope, "p": path},
            )

    # -- the applied-files cursor ---------------------------------------------------------
    def applied(self, device: str) -> tuple[set[str], int, str | None]:
        """Names applied for ``device``, the last sequence number and its hash."""
        with self.store.reading() as conn:
            rows = conn.execute(
                sa.text(
                    "SELECT name, seq, sha256 FROM sync_applied WHERE scope = :s AND device_id = :d"
                ),
                {"s": self.scope, "d": device},
            ).all()
        names = {r[0] for r in rows}
        if not rows:
            return names, 0, None
        last = max(rows, key=lambda r: (r[1], r[0]))
        return names, int(last[1]), str(last[2])

    def _snapshot_covers(self, device: str) -> tuple[int, str] | None:
        """The last sequence number (and its hash) of ``device`` that a loaded snapshot
        covers."""
        with self.store.reading() as conn:
            row = conn.execute(
                sa.text(
                    "SELECT seq, sha256 FROM sync_applied WHERE scope = :s AND device_id = :d "
                    "AND name LIKE 'snapshot:%' ORDER BY seq DESC LIMIT 1"
                ),
                {"s": self.scope, "d": device},
            ).first()
        return (int(row[0]), str(row[1])) if row else None

    def device_files(
        self, log_dir: str, device: str, public_key: Callable[[], Ed25519PublicKey | None]
    ) -> Iterator[changefile.ChangeFile]:
        """The new, checked change files of one device, in sequence, stopping at a gap, an
        incomplete file (read again next pass) or a forgery (reported)."""
        listing = self.transport.list(f"{log_dir}/{device}")
        self.summary.ignored += listing.ignored_count
        # Nothing new since this directory was last gone through completely: say so from a
        # digest of its names, without reading the cursor of every file applied.
        digest = hashlib.sha256("\n".join(listing.names).encode()).hexdigest()
        seen_key = f"{self.scope}.listed.{log_dir}/{device}"
        if self.state.get(seen_key) == digest:
            return
        names, last_seq, _ = self.applied(device)
        new = sorted((n for n in listing.names if n not in names), key=lambda n: (n[:12], n))
        if new and any(n.startswith("snapshot:") for n in names):
            # Files a loaded snapshot covers are not read again (SYNC.md: "then the change
            # files it does not cover"); a file repeating a covered sequence number under
            # another name (a restored device) is not covered, and is read.
            covered = self._snapshot_covers(device)
            new = [
                n
                for n in new
                if covered is None
                or int(n[:12]) > covered[0]
                or (int(n[:12]) == covered[0] and n[13:29] != covered[1][:16])
            ]
        if not new:
            self.state.set(seen_key, digest)
            return
        # A device restored from an old backup may have written a sequence number twice:
        # every file applied at a sequence number is a valid predecessor of the next one.
        hashes: dict[int, set[str]] = {}
        with self.store.reading() as conn:
            for q, h in conn.execute(
                sa.text("SELECT seq, sha256 FROM sync_applied WHERE scope = :s AND device_id = :d"),
                {"s": self.scope, "d": device},
            ):
                hashes.setdefault(int(q), set()).add(str(h))
        key = public_key()
        if key is None:
            self.reject(
                f"{log_dir}/{device}",
                PacteError("sync", "sync_forged", value=device, reason="no certificate"),
            )
            return
        for name in new:
            seq = int(name[:12])
            path = f"{log_dir}/{device}/{name}"
            if seq > last_seq + 1:
                self.summary.waiting.append(f"{path} (waiting for {last_seq + 1})")
                return
            try:
                data = self.transport.read(path)
                cf = changefile.read_change_file(
                    name,
                    data,
                    expected_device_id=device,
                    device_public_key=key,
                    content_key=self.content_key,
                    expected_org_id=self.expected_org(log_dir),
                )
                if cf.scope != self.scope:
                    raise PacteError("sync", "sync_forged", value=path, reason="another scope")
                before = hashes.get(seq - 1)
                if seq == last_seq + 1 and seq > 1 and before and cf.prev not in before:
                    raise PacteError("sync", "sync_forged", value=path, reason="broken chain")
            except (CorruptError, MissingFileError) as exc:
                self.reject(path, exc)
                return
            except PacteError as exc:
                if exc.code == "sync_corrupt":
                    self.reject(path, exc)  # an incomplete copy: read again next pass
                    return
                self.reject(path, exc)
                return
            self.clear_rejected(path)
            yield cf
            hashes.setdefault(seq, set()).add(cf.sha256)
            if seq == last_seq + 1:
                last_seq = seq
        self.state.set(seen_key, digest)  # every file listed is applied now

    def expected_org(self, log_dir: str) -> str | None:
        return self.root_id

    def mark_applied(self, conn: sa.Connection, cf: changefile.ChangeFile) -> None:
        self.record_applied(conn, cf.device_id, cf.name, cf.seq, cf.sha256)

    def record_applied(
        self, conn: sa.Connection, device: str, name: str, seq: int, sha: str
    ) -> None:
        """Add a file (or what a snapshot covers) to the applied-files cursor."""
        conn.execute(
            sa.text(
                "INSERT OR IGNORE INTO sync_applied (scope, device_id, name, seq, sha256, "
                "applied_at) VALUES (:s, :d, :n, :q, :h, :a)"
            ),
            {"s": self.scope, "d": device, "n": name, "q": seq, "h": sha, "a": _now_iso()},
        )

    def next_file(self) -> tuple[int, str | None]:
        """The sequence number and ``prev`` of this device's next file."""
        with self.store.reading() as conn:
            row = conn.execute(
                sa.text(
                    "SELECT seq, sha256 FROM sync_applied WHERE scope = :s AND device_id = :d "
                    "ORDER BY seq DESC, name DESC LIMIT 1"
                ),
                {"s": self.scope, "d": self.device},
            ).first()
        return (int(row[0]) + 1, str(row[1])) if row else (1, None)

    def publish_file(
        self, log_dir: str, ops: list[Any], charter: int | None
    ) -> tuple[int, str, str]:
        """Write one change file of this device; returns its sequence number, name and hash.

        The caller records it as applied (it is ours) together with its cursor, in one
        transaction. Should that transaction be lost (a crash), the next pass finds the file
        in the location and adopts it instead of writing the same sequence number again.
        """
        seq, prev = self.next_file()
        name, data = changefile.write_change_file(
            ops,
            scope=self.scope,
            org_id=self.publisher_org(),
            device_id=self.device,
            seq=seq,
            prev=prev,
            schema=HEAD_REVISION,
            charter=charter,
            content_key=self.content_key,
            device_private_key=self.device_key,
        )
        self.transport.create(f"{log_dir}/{self.device}/{name}", data)
        self.summary.published_files += 1
        self.summary.published_ops += len(ops)
        return seq, name, hashlib.sha256(data).hexdigest()

    def mark_own(self, conn: sa.Connection, seq: int, name: str, sha: str) -> None:
        self.record_applied(conn, self.device, name, seq, sha)

    def publisher_org(self) -> str:
        return self.root_id

    def certificates(
        self, keys_dir: str, org_id: str, org_public: Ed25519PublicKey
    ) -> Callable[[str], Callable[[], Ed25519PublicKey | None]]:
        cache: dict[str, Ed25519PublicKey | None] = {}

        def for_device(device: str) -> Callable[[], Ed25519PublicKey | None]:
            def load() -> Ed25519PublicKey | None:
                if device not in cache:
                    path = f"{keys_dir}/{device}.json"
                    try:
                        cert = _read_json(self.transport, path)
                        cache[device] = crypto.verify_certificate(
                            cert,
                            org_public,
                            expected_org_id=org_id,
                            expected_device_id=device,
                            what=path,
                        )
                    except MissingFileError:
                        cache[device] = None
                    except PacteError as exc:
                        self.reject(path, exc)
                        cache[device] = None
                return cache[device]

            return load

        return for_device


class OrgSync(_ScopeSync):
    scope = "org"

    def run(self) -> None:
        root = _root_check(self.transport, "org", self.root_id, self.pinned)
        org_public = crypto.public_key_from_bytes(
            crypto.b64decode(root["org_public_key"], what=ORG_FILE, size=crypto.PUBLIC_KEY_SIZE)
        )
        self.transport.ensure_dir(f"log/{self.device}")
        # The clock is checked before writing (SYNC.md rule 9), and hourly for the status.
        checked = self.state.get("org.clock_checked") or ""
        pending = _has_unpublished(self.store)
        if pending or checked < _now_iso_minus(hours=1):
            self.check_clock(f"log/{self.device}")
            self.state.set("org.clock_checked", _now_iso())
        else:
            last = json.loads(self.state.get("org.last_pass") or "{}")
            self.summary.clock_offset_s = last.get("clock_offset_s")
            self.summary.clock_warning = last.get("clock_warning")
        keys = self.certificates("keys", self.root_id, org_public)
        with replication.sync_transaction(self.store) as conn:
            unparked = replication.unpark(conn)
            self._observe(conn, unparked.max_hlc)
        self.summary.received_ops += unparked.applied
        self.load_snapshot_if_new(keys)
        # Own files first: a store restored from an old backup learns what it had published.
        self.receive_device(self.device, keys(self.device))
        if self._own_files_seen_elsewhere(keys) > self.next_file()[0] - 1:
            # Other devices have applied files of ours this store does not have: it was
            # restored from a backup and the location has not given its newer files back yet.
            # Publishing now would write a sequence number a second time; wait for them.
            self.summary.waiting.append(f"log/{self.device} (own files newer than this store)")
        else:
            self.publish()
        for device in self.transport.list("log").dirs:
            if device != self.device and _DEVICE.fullmatch(device):
                self.receive_device(device, keys(device))
        self.write_ack()
        self.maybe_snapshot()
        self.prune(keys)

    # -- receiving --------------------------------------------------------------------------
    def receive_device(self, device: str, key: Callable[[], Ed25519PublicKey | None]) -> None:
        for cf in self.device_files("log", device, key):
            path = f"log/{device}/{cf.name}"
            try:
                ops = replication.check_ops(cf.ops, device, path)
                with replication.sync_transaction(self.store) as conn:
                    result = replication.apply_ops(conn, ops, schema=cf.schema)
                    self.mark_applied(conn, cf)
                    self._observe(conn, result.max_hlc)
                    if device == self.device and cf.hlc_max:
                        self._adopt_published(conn, cf.hlc_max)
            except PacteError as exc:
                # A signed file whose operations do not check out: nothing of it was applied
                # (one transaction); reported, and this device's later files wait behind it.
                self.reject(path, exc)
                break
            self.summary.received_files += 1
            self.summary.received_ops += result.applied
            self.summary.duplicates += result.duplicates
            self.summary.parked += result.parked
            self.summary.conflicts += result.conflicts
            if self.progress:
                self.progress("receive", self.summary.received_files, 0)

    def _observe(self, conn: sa.Connection, stamp: str | None) -> None:
        if not stamp:
            return
        clock = Clock(self.device, self.store.local("hlc", conn=conn))
        clock.observe(stamp)
        self.store.set_local("hlc", clock.last, conn=conn)

    def _adopt_published(self, conn: sa.Connection, hlc_max: str) -> None:
        """A file of this device found in the location: its operations count as published.

        The cursor moves only up to the first own entry the file does not cover: a store
        restored from a backup journals its re-applied operations after the edits made since
        the restore, and those edits must still be published.
        """
        current = int(self.store.local("sync.org.published_seq", conn=conn) or 0)
        covered = conn.execute(
            sa.text(
                "SELECT coalesce(max(seq), 0) FROM journal WHERE seq > :c AND device_id = :d "
                "AND hlc <= :h AND seq < coalesce((SELECT min(seq) FROM journal "
                "WHERE device_id = :d AND seq > :c AND hlc > :h), 9223372036854775807)"
            ),
            {"d": self.device, "h": hlc_max, "c": current},
        ).scalar_one()
        if int(covered) > current:
            self.store.set_local("sync.org.published_seq", str(covered), conn=conn)

    def _ack(self, device: str, key: Ed25519PublicKey) -> dict[str, object] | None:
        """Another device's acknowledgement, signature checked; None if it does not check."""
        path = f"acks/{device}.json"
        try:
            return crypto.verify_document(
                _read_json(self.transport, path), key, kind=ACK_TYPE, what=path
            )
        except PacteError:
            return None

    def _own_files_seen_elsewhere(self, keys: Callable[[str], Callable[[], Any]]) -> int:
        """The greatest sequence number of this device's files that another device's
        acknowledgement says it applied (0 when none says so, or nothing is pending)."""
        if not _has_unpublished(self.store):
            return 0  # nothing to publish: nothing to collide with
        seen = 0
        for name in self.transport.list("acks", JSON_PATTERN).names:
            device = name[:-5]
            if device == self.device or not _DEVICE.fullmatch(device):
                continue
            key = keys(device)()
            body = self._ack(device, key) if key is not None else None
            if body is None:
                continue
            applied = body.get("applied")
            if isinstance(applied, dict) and isinstance(applied.get(self.device), int):
                seen = max(seen, int(applied[self.device]))
        return seen

    # -- publishing -------------------------------------------------------------------------
    def publish(self) -> None:
        while True:
            cursor = int(self.state.get("org.published_seq") or 0)
            with self.store.reading() as conn:
                rows = conn.execute(
                    sa.text(
                        "SELECT seq, hlc, device_id, worker_id, table_name, row_id, op, fields, "
                        "base FROM journal WHERE device_id = :d AND seq > :c ORDER BY seq "
                        "LIMIT :n"
                    ),
                    {"d": self.device, "c": cursor, "n": OPS_PER_FILE},
                ).all()
                top = int(
                    conn.execute(sa.text("SELECT coalesce(max(seq), 0) FROM journal")).scalar_one()
                )
            if not rows:
                if top > cursor:  # what follows the cursor is other devices': skip it next time
                    self.state.set("org.published_seq", str(top))
                return
            # [hlc, device, worker, table, row id, operation, fields JSON, base] (check_ops)
            ops: list[Any] = [list(r[1:]) for r in rows]
            seq, name, sha = self.publish_file("log", ops, None)
            with replication.sync_transaction(self.store) as conn:
                self.mark_own(conn, seq, name, sha)
                self.state.set("org.published_seq", str(rows[-1][0]), conn)
            if self.progress:
                self.progress("publish", self.summary.published_files, 0)

    # -- acknowledgements, snapshots, pruning ------------------------------------------------
    def vector(self) -> dict[str, tuple[int, str]]:
        with self.store.reading() as conn:
            return self._vector(conn)

    @staticmethod
    def _vector(conn: sa.Connection) -> dict[str, tuple[int, str]]:
        """Per device, the last file applied (sequence number and hash)."""
        rows = conn.execute(
            # SQLite takes the bare sha256 from the row holding max(seq).
            sa.text(
                "SELECT device_id, max(seq), sha256 FROM sync_applied WHERE scope = 'org' "
                "GROUP BY device_id"
            )
        ).all()
        return {str(r[0]): (int(r[1]), str(r[2])) for r in rows}

    def write_ack(self) -> None:
        """Rewrite this device's acknowledgement when it applied something new, or daily."""
        applied = {d: s for d, (s, _) in self.vector().items()}
        last = json.loads(self.state.get("org.ack") or "{}")
        today = _now_iso()[:10]
        path = f"acks/{self.device}.json"
        if last.get("applied") == applied and last.get("day") == today:
            try:  # still there as written? A syncer may have put back an older copy.
                if _read_json(self.transport, path).get("applied") == applied:
                    return
            except PacteError:
                pass
        body = {
            "org_id": self.root_id,
            "device_id": self.device,
            "applied": applied,
            "at": _now_iso(),
        }
        self.transport.ensure_dir("acks")
        _replace_own_json(
            self.transport,
            path,
            crypto.sign_document(ACK_TYPE, body, self.device_key),
        )
        self.state.set("org.ack", json.dumps({"applied": applied, "day": today}))

    def maybe_snapshot(self, *, force: bool = False) -> str | None:
        with self.store.reading() as conn:
            files = int(
                conn.execute(
                    sa.text("SELECT count(*) FROM sync_applied WHERE scope = 'org'")
                ).scalar_one()
            )
        last = int(self.state.get("org.snapshot_files") or 0)
        if not force and files - last < SNAPSHOT_EVERY:
            return None
        entries = "hlc, device_id, worker_id, table_name, row_id, op, fields, base"
        with self.store.reading() as conn:  # one read transaction: vector and journal agree
            vector = self._vector(conn)
            count = int(conn.execute(sa.text("SELECT count(*) FROM journal")).scalar_one())
            parked = [
                list(r)
                for r in conn.execute(sa.text(f"SELECT {entries} FROM sync_parked ORDER BY hlc"))
            ]
            hlc = self.store.local("hlc", conn=conn) or str(Stamp(0, 0, self.device))
            stamp = Stamp.parse(hlc)
            journal = conn.execution_options(yield_per=5000).execute(
                sa.text(f"SELECT {entries} FROM journal ORDER BY seq")
            )
            name, data = snapshot.write_snapshot(
                org_id=self.root_id,
                device_id=self.device,
                hlc=str(Stamp(stamp.wall_ms, stamp.counter, self.device)),
                schema=HEAD_REVISION,
                vector=vector,
                journal=journal,
                journal_count=count,
                parked=parked,
                content_key=self.content_key,
                device_private_key=self.device_key,
            )
        self.transport.ensure_dir("snap")
        if not self.transport.exists(f"snap/{name}"):
            self.transport.create(f"snap/{name}", data)
        self.state.set("org.snapshot_files", str(files))
        self.summary.snapshot = name
        # Keep this device's two newest snapshots.
        mine = [
            n
            for n in self.transport.list("snap", SNAPSHOT_PATTERN).names
            if n.startswith(self.device)
        ]
        for old in sorted(mine)[:-2]:
            self.transport.delete_own(f"snap/{old}")
        return name

    def _snapshots(self) -> list[str]:
        try:
            names = self.transport.list("snap", SNAPSHOT_PATTERN).names
        except RootError:
            return []
        return sorted(names, key=lambda n: n[17:], reverse=True)

    def load_snapshot_if_new(self, keys: Callable[[str], Callable[[], Any]]) -> None:
        """A workstation that has applied nothing yet starts from the newest valid snapshot."""
        with self.store.reading() as conn:
            any_applied = conn.execute(
                sa.text("SELECT 1 FROM sync_applied WHERE scope = 'org' LIMIT 1")
            ).first()
        if any_applied:
            return
        for name in self._snapshots():
            device = name[:16]
            key = keys(device)()
            if key is None:
                continue
            try:
                snap = snapshot.read_snapshot(
                    name,
                    self.transport.read(f"snap/{name}"),
                    org_id=self.root_id,
                    device_public_key=key,
                    content_key=self.content_key,
                )
            except PacteError as exc:
                self.reject(f"snap/{name}", exc)
                continue
            if snap.schema not in known_revisions():
                continue  # a newer application's snapshot: the change files will do
            self._load(snap)
            return

    def _load(self, snap: snapshot.Snapshot) -> None:
        """Apply a snapshot's journal in batches (one transaction each), then record what it
        covers. Interrupted, it starts again at the next pass: applying is idempotent."""
        done = 0
        for chunk in snap.journal():
            with replication.sync_transaction(self.store) as conn:
                result = replication.apply_ops(conn, [Op(*e) for e in chunk], schema=snap.schema)
                self._observe(conn, result.max_hlc)
            done += len(chunk)
            self.summary.received_ops += result.applied
            if self.progress:
                self.progress("snapshot", done, snap.journal_count)
        with replication.sync_transaction(self.store) as conn:
            parked = [Op(*p) for p in snap.parked]
            if parked:
                replication.apply_ops(conn, parked, schema=None)
            for device, (seq, sha) in snap.vector.items():
                self.record_applied(conn, device, f"snapshot:{snap.name}", seq, sha)
            if self.device in snap.vector:
                self._adopt_published(conn, snap.hlc)
        self.summary.snapshot = snap.name

    def prune(self, keys: Callable[[str], Callable[[], Any]]) -> None:
        """Delete this device's own change files that a snapshot covers and every active
        device has acknowledged (SYNC.md layout).

        Costs a listing when there is nothing to prune: what the newest snapshot covers is
        remembered by its name, so a snapshot is read once, not at every pass.
        """
        own = self.transport.list(f"log/{self.device}").names
        if not own:
            return
        covered = 0
        remembered = json.loads(self.state.get("org.snapshot_covers") or "{}")
        for name in self._snapshots():
            if remembered.get("name") == name:
                covered = int(remembered.get("seq", 0))
                break
            key = keys(name[:16])()
            if key is None:
                continue
            try:
                snap = snapshot.read_snapshot(
                    name,
                    self.transport.read(f"snap/{name}"),
                    org_id=self.root_id,
                    device_public_key=key,
                    content_key=self.content_key,
                )
            except PacteError:
                continue
            covered = snap.vector.get(self.device, (0, ""))[0]
            self.state.set("org.snapshot_covers", json.dumps({"name": name, "seq": covered}))
            break  # the newest valid one
        if covered == 0 or int(own[0][:12]) > covered:
            return
        acked = covered
        now = dt.datetime.now(dt.UTC)
        certified = {
            n[:-5] for n in self.transport.list("keys", JSON_PATTERN).names if _DEVICE.match(n[:-5])
        }
        acks = {n[:-5] for n in self.transport.list("acks", JSON_PATTERN).names}
        for device in certified:
            if device == self.device:
                continue
            if device not in acks:
                return  # a device that never acknowledged anything holds everything back
            key = keys(device)()
            if key is None:
                continue
            body = self._ack(device, key)
            if body is None:
                return  # unreadable: it holds everything back
            at = dt.datetime.fromisoformat(str(body.get("at")))
            if (now - at).days > ACK_STALE_DAYS:
                continue
            applied = body.get("applied")
            seq = int(applied.get(self.device, 0)) if isinstance(applied, dict) else 0
            acked = min(acked, seq)
        for name in own:
            if int(name[:12]) <= acked:
                self.transport.delete_own(f"log/{self.device}/{name}")
                self.summary.pruned += 1


# --- network scope ----------------------------------------------------------------------------


class NetworkSync(_ScopeSync):
    scope = "network"

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        org_id = self.store.local("organisation_id")
        if org_id is None:
            raise PacteError("organisation", "not_initialised")
        self.org_id = org_id
        self.feed = f"feeds/{org_id}"
        self.charter: charters.Charter | None = None
        self._pending_state: dict[str, str] = {}
        self.clock = Clock(self.device, self.store.local("hlc"))

    def publisher_org(self) -> str:
        return self.org_id

    def expected_org(self, log_dir: str) -> str | None:
        return log_dir.split("/")[1]

    def run(self) -> None:
        root = _root_check(self.transport, "network", self.root_id, self.pinned)
        coordinator = crypto.public_key_from_bytes(
            crypto.b64decode(
                root["coordinator_public_key"], what=NETWORK_FILE, size=crypto.PUBLIC_KEY_SIZE
            )
        )
        self.transport.ensure_dir(f"{self.feed}/log/{self.device}")
        self.check_clock(f"{self.feed}/log/{self.device}")
        self.update_charter(coordinator, str(root.get("coordinator", "")))
        self.publish()
        for org in self.transport.list("feeds").dirs:
            if org != self.org_id and _ORG_DIR.fullmatch(org):
                self.receive_org(org)

    # -- the charter in force ------------------------------------------------------------------
    def update_charter(self, coordinator: Ed25519PublicKey, issuer: str) -> None:
        current_doc = self.state.get("network.charter")
        current = charters.from_document(json.loads(current_doc)) if current_doc else None
        names = self.transport.list("charter", JSON_PATTERN).names
        versions = sorted((int(m.group(1)), n) for n in names if (m := _CHARTER_NAME.fullmatch(n)))
        for version, name in reversed(versions):
            if current is not None and version <= current.version:
                break
            try:
                found = charters.verify_charter(
                    _read_json(self.transport, f"charter/{name}"),
                    coordinator,
                    expected_issuer=issuer or None,
                    what=f"charter/{name}",
                )
            except PacteError as exc:
                self.reject(f"charter/{name}", exc)
                continue
            if found.version != version:
                continue
            if current is not None:
                self.purge(charters.removed_fields(current, found))
            self.state.set(
                "network.charter", json.dumps(charters.to_document(found), sort_keys=True)
            )
            current = found
            break
        if current is None:
            raise RootError(clockcheck.describe(self.transport), "no valid sharing charter")
        self.charter = current

    def purge(self, removed: Mapping[str, frozenset[str]]) -> None:
        """Remove from partner records the fields the new charter no longer lets out."""
        if not removed:
            return
        with self.store.engine.begin() as conn:
            for table, names in removed.items():
                rows = conn.execute(
                    sa.text(
                        "SELECT row_id, data, stamps FROM network_record WHERE table_name = :t"
                    ),
                    {"t": table},
                ).all()
                for row_id, data, stamps in rows:
                    values, clocks = json.loads(data), json.loads(stamps)
                    gone = [n for n in names if n in values]
                    if not gone:
                        continue
                    for n in gone:
                        values.pop(n, None)
                        clocks.pop(n, None)
                    self.summary.purged_fields += len(gone)
                    conn.execute(
                        sa.text(
                            "UPDATE network_record SET data = :d, stamps = :s "
                            "WHERE table_name = :t AND row_id = :r"
                        ),
                        {"d": json.dumps(values), "s": json.dumps(clocks), "t": table, "r": row_id},
                    )

    # -- publishing ---------------------------------------------------------------------------
    def publish(self) -> None:
        assert self.charter is not None
        withheld = self.store.setting("sharing.withhold")
        charter = narrowed(self.charter, withheld)
        backfilled = int(self.state.get("network.backfilled") or 0)
        policy_changed = (self.state.get("network.withheld") or "") != withheld
        ops: list[dict[str, Any]] = []
        with self.store.reading() as conn:
            top = int(
                conn.execute(sa.text("SELECT coalesce(max(seq), 0) FROM journal")).scalar_one()
            )
            if backfilled < charter.version or policy_changed:
                # First publication, a charter that lets out more, or this organisation's own
                # policy changed: every shareable record's fields, now; withheld ones cleared.
                ops.extend(self.full_state(conn, charter, cleared=self.charter))
                cursor = top
            else:
                cursor = int(self.state.get("network.published_seq") or 0)
                ops.extend(self.changes_since(conn, charter, cursor))
            ops.extend(self.derived(conn))
        self.adopt_own_files()
        for start in range(0, len(ops), OPS_PER_FILE):
            chunk = ops[start : start + OPS_PER_FILE]
            seq, name, sha = self.publish_file(f"{self.feed}/log", chunk, charter.version)
            with self.store.engine.begin() as conn:
                self.mark_own(conn, seq, name, sha)
        with self.store.engine.begin() as conn:
            self.state.set("network.published_seq", str(top), conn)
            self.state.set("network.backfilled", str(charter.version), conn)
            self.state.set("network.withheld", withheld, conn)
            for key, value in self._pending_state.items():
                self.state.set(f"network.{key}", value, conn)
            last = self.store.local("hlc", conn=conn) or ""
            self.store.set_local("hlc", max(self.clock.last, last), conn=conn)

    def adopt_own_files(self) -> None:
        """Files of this device in its feed that the store does not know it wrote (a crash
        after writing, a restored backup): recorded, so that the chain continues after them."""
        listing = self.transport.list(f"{self.feed}/log/{self.device}")
        names, _, _ = self.applied(self.device)
        missing = [n for n in listing.names if n not in names]
        if not missing:
            return
        with self.store.engine.begin() as conn:
            for name in missing:
                data = self.transport.read(f"{self.feed}/log/{self.device}/{name}")
                self.mark_own(conn, int(name[:12]), name, hashlib.sha256(data).hexdigest())

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
        if table in _SHARED_CHILDREN:
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
        for table in ("organisation", "employer", *_SHARED_CHILDREN):
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
        if table in _SHARED_CHILDREN:
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
                        for child, ref in _SHARED_CHILDREN.items():
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
                        for child, ref in _SHARED_CHILDREN.items():
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
        candidates = (
            conn.execute(
                sa.text(
                    "SELECT skills, languages, qualification_level FROM candidate "
                    "WHERE archived_at IS NULL"
                )
            )
            .mappings()
            .all()
        )
        profile = charters.public_profile(
            [
                {
                    "skills": json.loads(c["skills"] or "[]"),
                    "languages": json.loads(c["languages"] or "[]"),
                    "qualification_level": c["qualification_level"],
                }
                for c in candidates
            ]
        )
        previous = self.state.get("network.profile")
        text = json.dumps(profile, sort_keys=True)
        if text != previous:
            ops.append(
                {
                    "table": PROFILE,
                    "row_id": self.org_id,
                    "hlc": self.clock.now(),
                    "op": "update",
                    "fields": {"profile": profile},
                }
            )
        self._pending_state = {"knowledge": json.dumps(known, sort_keys=True), "profile": text}
        return ops

    # -- receiving ----------------------------------------------------------------------------
    def receive_org(self, org: str) -> None:
        feed = f"feeds/{org}"
        try:
            member = _read_json(self.transport, f"{feed}/member.json")
        except (MissingFileError, RootError):
            return
        except PacteError as exc:
            self.reject(f"{feed}/member.json", exc)
            return
        raw_key = member.get("org_public_key")
        pinned = self.state.get(f"network.member.{org}")
        if pinned is not None and raw_key != pinned:
            self.reject(
                f"{feed}/member.json",
                PacteError(
                    "sync", "sync_forged", value=f"{feed}/member.json", reason="key changed"
                ),
            )
            return
        try:
            public = crypto.public_key_from_bytes(
                crypto.b64decode(raw_key, what="member.json", size=crypto.PUBLIC_KEY_SIZE)
            )
            body = crypto.verify_document(
                member, public, kind=MEMBER_TYPE, what=f"{feed}/member.json"
            )
            if body.get("org_id") != org or body.get("network_id") != self.root_id:
                raise PacteError(
                    "sync",
                    "sync_forged",
                    value=f"{feed}/member.json",
                    reason="another organisation or network",
                )
        except PacteError as exc:
            self.reject(f"{feed}/member.json", exc)
            return
        if pinned is None:
            self.state.set(f"network.member.{org}", str(raw_key))
        self.state.set(f"network.member_name.{org}", str(body.get("name", org)))
        keys = self.certificates(f"{feed}/keys", org, public)
        try:
            devices = self.transport.list(f"{feed}/log").dirs
        except RootError:
            return
        for device in devices:
            if not _DEVICE.fullmatch(device):
                continue
            for cf in self.device_files(f"{feed}/log", device, keys(device)):
                self.apply_network_file(org, device, cf)

    def apply_network_file(self, org: str, device: str, cf: changefile.ChangeFile) -> None:
        assert self.charter is not None
        kept: list[dict[str, Any]] = []
        for op in cf.ops:
            try:
                stamp = Stamp.parse(str(op.get("hlc")))
            except ValueError:
                continue
            if stamp.device != device or not isinstance(op.get("fields"), dict):
                continue
            table = op.get("table")
            fields = dict(op["fields"])
            withdrawn = fields.pop(WITHDRAWN, None)
            if table in (KNOWLEDGE, PROFILE):
                allowed = {"latest_contact"} if table == KNOWLEDGE else {"profile"}
                fields = {k: v for k, v in fields.items() if k in allowed}
            else:
                narrowed = charters.receive_filter({**op, "fields": fields}, self.charter)
                fields = dict(narrowed["fields"]) if narrowed else {}  # type: ignore[call-overload]
            if withdrawn is not None:
                fields[WITHDRAWN] = bool(withdrawn)
            if fields:
                kept.append(
                    {
                        "table": table,
                        "row_id": str(op.get("row_id")),
                        "hlc": str(op["hlc"]),
                        "fields": fields,
                    }
                )
        with self.store.engine.begin() as conn:
            for op in kept:
                existing = conn.execute(
                    sa.text(
                        "SELECT org_id, data, stamps FROM network_record WHERE table_name = :t "
                        "AND row_id = :r"
                    ),
                    {"t": op["table"], "r": op["row_id"]},
                ).first()
                if existing is not None and existing[0] != org:
                    continue  # one owner per record: another organisation cannot overwrite it
                data = json.loads(existing[1]) if existing else {}
                stamps = json.loads(existing[2]) if existing else {}
                for name, value in op["fields"].items():
                    if stamps.get(name, "") < op["hlc"]:
                        data[name] = value
                        stamps[name] = op["hlc"]
                conn.execute(
                    sa.text(
                        "INSERT INTO network_record (table_name, row_id, org_id, data, stamps) "
                        "VALUES (:t, :r, :o, :d, :s) ON CONFLICT(table_name, row_id) DO UPDATE "
                        "SET data = excluded.data, stamps = excluded.stamps"
                    ),
                    {
                        "t": op["table"],
                        "r": op["row_id"],
                        "o": org,
                        "d": json.dumps(data, ensure_ascii=False, sort_keys=True),
                        "s": json.dumps(stamps, sort_keys=True),
                    },
                )
            self.mark_applied(conn, cf)
        self.summary.received_files += 1
        self.summary.received_ops += len(kept)


# --- reading what sync keeps -------------------------------------------------------------------


def network_records(
    store: Store, table: str = "employer", *, include_withdrawn: bool = False
) -> list[dict[str, Any]]:
    """Partner records of ``table``, read-only, each with its organisation's id and name."""
    out = []
    with store.reading() as conn:
        names = {
            key[len("sync.network.member_name.") :]: value
            for key, value in conn.execute(
                sa.text(
                    "SELECT key, value FROM local_state WHERE key LIKE 'sync.network.member_name.%'"
                )
            )
        }
        knowledge = {
            row_id: json.loads(data)
            for row_id, data in conn.execute(
                sa.text(f"SELECT row_id, data FROM network_record WHERE table_name = '{KNOWLEDGE}'")
            )
        }
        for row_id, org_id, data in conn.execute(
            sa.text(
                "SELECT row_id, org_id, data FROM network_record WHERE table_name = :t "
                "ORDER BY org_id, row_id"
            ),
            {"t": table},
        ):
            values = json.loads(data)
            if values.get(WITHDRAWN) and not include_withdrawn:
                continue
            if values.get("archived_at") and not include_withdrawn:
                continue
            record = {"id": row_id, **{k: v for k, v in values.items() if k != WITHDRAWN}}
            record["organisation_id"] = org_id
            record["organisation"] = names.get(org_id, org_id)
            known = knowledge.get(row_id)
            if known and not known.get(WITHDRAWN):
                record["latest_contact"] = known.get("latest_contact")
            out.append(record)
    return sorted(out, key=lambda r: (str(r.get("name", "")).casefold(), r["id"]))


def partners_knowing(store: Store, employer_id: str) -> list[dict[str, Any]]:
    """Which partner organisations know this employer: same BCE number, else same name and
    postcode, among their shared records; with their latest contact date when published."""
    with store.reading() as conn:
        row = conn.execute(
            sa.text("SELECT name, bce_number, postcode FROM employer WHERE id = :id"),
            {"id": employer_id},
        ).first()
    if row is None:
        return []
    name, bce_number, postcode = row
    found = []
    for record in network_records(store):
        same_bce = bce_number and record.get("bce_number") == bce_number
        same_name = (
            str(record.get("name", "")).casefold() == str(name).casefold()
            and record.get("postcode") == postcode
        )
        if same_bce or same_name:
            found.append(
                {
                    "organisation": record["organisation"],
                    "organisation_id": record["organisation_id"],
                    "employer_id": record["id"],
                    "latest_contact": record.get("latest_contact"),
                }
            )
    return found


@dataclass
class Status:
    scope: str
    configured: bool
    location: str | None
    root_id: str | None
    pending_ops: int
    rejected: list[dict[str, str]]
    parked: int
    open_conflicts: int
    last_pass: dict[str, Any] | None


def status(store: Store) -> list[Status]:
    state = LocalState(store)
    out = []
    with store.reading() as conn:
        parked = int(conn.execute(sa.text("SELECT count(*) FROM sync_parked")).scalar_one())
        conflicts_open = int(
            conn.execute(
                sa.text("SELECT count(*) FROM sync_conflict WHERE status = 'open'")
            ).scalar_one()
        )
        for scope in SCOPES:
            location = state.location(scope)
            cursor_key = "org.published_seq" if scope == "org" else "network.published_seq"
            cursor = int(store.local(f"sync.{cursor_key}", conn=conn) or 0)
            pending = int(
                conn.execute(
                    sa.text("SELECT count(*) FROM journal WHERE device_id = :d AND seq > :c"),
                    {"d": store.device_id, "c": cursor},
                ).scalar_one()
            )
            rejected = [
                {"path": r[0], "code": r[1], "reason": r[2], "last_seen": r[3]}
                for r in conn.execute(
                    sa.text(
                        "SELECT path, code, reason, last_seen FROM sync_rejected WHERE scope = :s "
                        "ORDER BY last_seen DESC"
                    ),
                    {"s": scope},
                )
            ]
            last = store.local(f"sync.{scope}.last_pass", conn=conn)
            out.append(
                Status(
                    scope=scope,
                    configured=location is not None,
                    location=location.where if location else None,
                    root_id=store.local(f"sync.{scope}.root_id", conn=conn),
                    pending_ops=pending if location else 0,
                    rejected=rejected,
                    parked=parked if scope == "org" else 0,
                    open_conflicts=conflicts_open if scope == "org" else 0,
                    last_pass=json.loads(last) if last else None,
                )
            )
    return out


def reinstate(
    store: Store, conflict_id: int, worker_id: str | None = None
) -> replication.ConflictRow:
    """Put a lost value back as a new local edit (which then syncs like any other)."""
    from pacte_desktop.domain.entities import BY_TABLE

    with store.unit_of_work(worker_id) as uow:
        row = replication.conflict(uow.connection, conflict_id)
        if row is None or row.status != "open":
            raise PacteError("conflict", "no_such_conflict", value=str(conflict_id))
        kind, changes = replication.reinstate_changes(row)
        cls = BY_TABLE[row.table]
        spec = specs(cls)[row.field]
        value = from_db(spec, changes[row.field])
        try:
            uow.update(cls, row.row_id, {row.field: value}, op=kind)
        except KeyError:
            raise PacteError("conflict", "conflict_deleted", value=str(conflict_id)) from None
        replication.set_conflict_status(uow.connection, conflict_id, "reinstated")
        uow.commit()
    return row


def dismiss(store: Store, conflict_id: int) -> None:
    """Close a conflict without changing anything (the value that won stays)."""
    with store.engine.begin() as conn:
        row = replication.conflict(conn, conflict_id)
        if row is None or row.status != "open":
            raise PacteError("conflict", "no_such_conflict", value=str(conflict_id))
        replication.set_conflict_status(conn, conflict_id, "dismissed")


def publish_charter(store: Store, new: charters.Charter) -> str:
    """The coordinator publishes a new charter version (receivers purge what it removes,
    publishers backfill what it adds on their next pass)."""
    state = LocalState(store)
    raw = state.secret("network.coordinator_key")
    location = state.location("network")
    if raw is None or location is None:
        raise PacteError("network", "network_coordinator")
    key = crypto.private_key_from_bytes(raw)
    transport = location.open()
    try:
        name = charters.charter_filename(new.version)
        _write_json(transport, name, charters.sign_charter(new, key))
    finally:
        _close(transport)
    return name


def narrowed(charter: charters.Charter, withheld: str) -> charters.Charter:
    """``charter`` less the fields this organisation withholds (``table.field,…``): an
    organisation may publish less than the charter, never more."""
    if not withheld:
        return charter
    fields = {t: set(charter.allowed(t)) for t in charters.TABLES}
    for name in withheld.split(","):
        table, _, field_name = name.partition(".")
        fields.get(table, set()).discard(field_name)
    return charters.Charter(
        version=charter.version, issued_at=charter.issued_at, issuer=charter.issuer, fields=fields
    )


def effective_charter(store: Store) -> charters.Charter:
    """What this organisation publishes: the charter in force (the default one before a
    network is set up), less the fields it withholds."""
    return narrowed(
        charter_in_force(store) or charters.DEFAULT_CHARTER, store.setting("sharing.withhold")
    )


def charter_in_force(store: Store) -> charters.Charter | None:
    text = LocalState(store).get("network.charter")
    return charters.from_document(json.loads(text)) if text else None
