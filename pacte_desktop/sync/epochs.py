"""Key epochs: a scope's content key rotated, without a full sync (issue 10, 2.6).

The rules:

1. **Epoch 1 is the root's own seal** (``ORG.json``, ``NETWORK.json``). Each later epoch ``n``
   is one file ``epochs/<n:06d>-<16 hex digits of its digest>.json`` in the scope's root,
   written once by the workstation that revoked a device or changed the passphrase, and signed
   by the scope's authority key (the organisation key; for the network, the coordinator key).
2. **What an epoch says**: ``root_id``, ``scope``, ``epoch``; ``previous``, the SHA-256 of the
   canonical JSON of epoch ``n-1``'s document (the root document for ``n = 2``); ``reason``
   (``revoke`` or ``passphrase``); ``created_at`` and ``created_by`` (device, worker, host);
   ``revoked`` (organisation only: ``{device: last sequence number accepted}``); ``boxes``
   (``{device: the new content key sealed to that device's X25519 key}``, for every
   certified device that is not revoked and has published its X25519 key); ``sealed`` (under
   a passphrase key: the organisation key (organisation only), the content keys of epochs
   1 to ``n``, and the passphrase keys of the seals of epochs 1 to ``n-1``); and ``proof``,
   an HMAC-SHA256 of all the rest under the content key of epoch ``n-1``.
3. **Accepted in order, once proven.** A reader adopts epoch ``n`` after ``n-1``, when the
   signature, the ``previous`` link and the proof check out. The proof means that the writer
   held the previous epoch's key: someone who knows only an old passphrase (and so the
   organisation key, and the keys up to the change) cannot make an epoch after a passphrase
   change — cannot hand a new key to himself, nor revoke anyone; his document is refused and
   reported, and the organisation goes on. Two valid documents for one number (two
   workstations renewing the keys at the same moment): the smaller name is adopted everywhere;
   its writer checks right after writing and takes its own back if it lost. On replicated
   folders the two may only meet later: a workstation that adopted the losing one stops
   (``sync_forged``, naming both) until it is set up again with the passphrase, which puts it
   on the adopted chain; what it wrote meanwhile with the losing key is refused elsewhere and
   reported, never applied silently.
4. **Getting the new key.** A device opens its box with its X25519 key; a device without a box
   (a new joiner, a device that had not published its X25519 key, a revoked one) needs the
   passphrase, which opens the seal and every epoch's key. A device that knows epoch ``n``
   exists but has no key for it publishes nothing (``sync_new_keys``): writing with an older
   key would let a revoked device read it. A device that finds itself revoked stops
   (``sync_revoked``).
5. **Files name their epoch** in their header; files without the field are epoch 1. A reader
   accepts a file of any epoch it holds the key of: a device offline during a rotation keeps
   writing with the previous key until it sees the new epoch.
6. **Revocation.** The revoked device's change files after ``last_seq`` are refused by every
   reader that adopted the epoch, its snapshots are not loaded, and its acknowledgements no
   longer hold back pruning. The new content key reaches only the remaining devices' X25519
   keys and the passphrase, so nothing written after can be read with the revoked device's
   keys.
7. **X25519 keys** are published by each device as ``boxes/<device>.json`` (network:
   ``feeds/<org>/boxes/<device>.json``), signed by its certified device key.

Limits (the threat model): a passphrase change does not rotate the organisation key, whose
public half every workstation and every partner has pinned. Whoever knew the old passphrase can
still open it from ``ORG.json`` and certify a device whose files would be accepted (written with
the keys up to the change, which that person could read anyway); reading anything written after
the change needs the new passphrase or a remaining device's keys. To exclude such a person
completely, create the organisation's root anew at a new location (new keys). A copy of a
workstation's data folder together with the passphrase its keys were sealed with is that
workstation: revoke it.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from pacte_desktop.domain.errors import PacteError
from pacte_desktop.sync import crypto
from pacte_desktop.sync.roots import now_iso, read_json, write_json
from pacte_desktop.sync.state import SCOPE_FIELD, PassphraseSource
from pacte_desktop.sync.transport import (
    JSON_PATTERN,
    MissingFileError,
    RootError,
    Transport,
)
from pacte_desktop.sync.vault import Vault

EPOCH_TYPE = "pacte-key-epoch"
BOX_KEY_TYPE = "pacte-device-box-key"
EPOCH_DIR = "epochs"
EPOCH_NAME = re.compile(r"^(\d{6})-[0-9a-f]{16}\.json$")
MAX_EPOCH = 999_999
REASONS = ("revoke", "passphrase")
#: Names inside a root's own seal (epoch 1), as they were before epochs existed.
ROOT_CONTENT_KEY = {"org": "content_key", "network": "network_key"}
AUTHORITY_KEY = "org_private_key"


def epoch_filename(number: int, document: Mapping[str, Any]) -> str:
    """``epochs/<n:06d>-<first 16 hex digits of the document's digest>.json``: a name no
    other document can take (two workstations renewing the keys at once both write theirs)."""
    return f"{EPOCH_DIR}/{number:06d}-{digest(document)[:16]}.json"


def digest(document: Mapping[str, Any]) -> str:
    """The SHA-256 (hex) that the next epoch's ``previous`` names."""
    return hashlib.sha256(crypto.canonical_json(dict(document))).hexdigest()


def content_key_name(scope: str, epoch: int) -> str:
    """The vault's name for a scope's content key of one epoch."""
    return f"{scope}.content_key.{epoch}"


def box_ad(root_id: str, epoch: int, device: str) -> bytes:
    return crypto.canonical_json({"root_id": root_id, "epoch": epoch, "device_id": device})


@dataclass(frozen=True)
class Epoch:
    """An epoch document whose signature and shape checked out."""

    number: int
    document: dict[str, Any]
    body: dict[str, Any]

    @property
    def digest(self) -> str:
        return digest(self.document)

    @property
    def path(self) -> str:
        return epoch_filename(self.number, self.document)

    @property
    def revoked(self) -> dict[str, int]:
        return dict(self.body.get("revoked") or {})

    @property
    def boxes(self) -> dict[str, str]:
        return dict(self.body.get("boxes") or {})

    @property
    def sealed(self) -> dict[str, Any]:
        return dict(self.body["sealed"])

    @property
    def reason(self) -> str:
        return str(self.body["reason"])


def check_epoch(
    document: Mapping[str, Any],
    authority: Ed25519PublicKey,
    *,
    scope: str,
    root_id: str,
    number: int,
    previous: str,
    what: str,
) -> Epoch:
    """Epoch ``number``'s document, checked: signature, root, number, link to the previous
    document and shape (the proof is checked by :func:`check_proof`, with the previous key)."""
    body = crypto.verify_document(document, authority, kind=EPOCH_TYPE, what=what)

    def forged(reason: str, **details: object) -> PacteError:
        return PacteError("sync", "sync_forged", value=what, reason=reason, **details)

    if body.get("root_id") != root_id or body.get("scope") != scope:
        raise forged("another_root")
    if body.get("epoch") != number:
        raise forged("epoch_bad", epoch=repr(body.get("epoch"))[:40])
    if body.get("previous") != previous:
        raise forged("epoch_not_following")
    if body.get("reason") not in REASONS:
        raise forged("epoch_cause", cause=repr(body.get("reason"))[:40])
    revoked = body.get("revoked") or {}
    if not isinstance(revoked, dict) or not all(
        isinstance(k, str) and isinstance(v, int) and not isinstance(v, bool) and v >= 0
        for k, v in revoked.items()
    ):
        raise forged("epoch_revoked_malformed")
    boxes = body.get("boxes") or {}
    if not isinstance(boxes, dict) or not all(isinstance(v, str) for v in boxes.values()):
        raise forged("epoch_boxes_malformed")
    if not isinstance(body.get("sealed"), dict) or not isinstance(body.get("proof"), str):
        raise forged("epoch_seal_missing")
    return Epoch(number, dict(document), body)


def check_proof(epoch: Epoch, previous_key: bytes, *, what: str) -> None:
    """``sync_forged`` unless the epoch was written by someone holding the previous key."""
    unproven = {k: v for k, v in epoch.body.items() if k != "proof"}
    crypto.check_mac(previous_key, crypto.canonical_json(unproven), epoch.body["proof"], what=what)


@dataclass
class Chain:
    """The epochs that follow the ones adopted here, and the documents refused on the way."""

    epochs: list[Epoch]
    refused: list[tuple[str, PacteError]] = field(default_factory=list)


def read_chain(
    transport: Transport,
    *,
    scope: str,
    root_id: str,
    authority: Ed25519PublicKey,
    root_document: Mapping[str, Any] | Callable[[], Mapping[str, Any]],
    known: list[Epoch] | None = None,
    keys: Mapping[int, bytes] | None = None,
    levels: int | None = None,
) -> Chain:
    """The epochs of the root, in order: ``known`` (adopted here) and what follows, at most
    ``levels`` more.

    At each number, the candidates are the documents whose signature, root and link to the
    previous epoch check out; when the previous epoch's key is in ``keys``, only those whose
    proof checks out too (a document signed by someone who had only an old passphrase is
    refused, and the organisation goes on). Of several, the smallest name (rule 3's fork:
    the same choice everywhere; the others are refused). ``root_document`` may be a function
    that reads it: it is read only when epoch 2 is new here.
    """
    chain = list(known or [])
    refused: list[tuple[str, PacteError]] = []
    try:
        names = transport.list(EPOCH_DIR, JSON_PATTERN).names
    except (RootError, MissingFileError):
        return Chain(chain)
    by_number: dict[int, list[str]] = {}
    for name in names:
        match = EPOCH_NAME.fullmatch(name)
        if match:
            by_number.setdefault(int(match.group(1)), []).append(name)
    _check_adopted(transport, chain, by_number, authority, scope, root_id, keys or {})
    last = chain[-1].number if chain else 1
    if not any(n > last for n in by_number):
        return Chain(chain)
    if chain:
        previous = chain[-1].digest
    else:
        previous = digest(root_document() if callable(root_document) else root_document)
    held = dict(keys or {})
    number = last + 1
    while number in by_number and (levels is None or number <= last + levels):
        chosen: Epoch | None = None
        for name in sorted(by_number[number]):
            path = f"{EPOCH_DIR}/{name}"
            try:
                document = read_json(transport, path)
                epoch = check_epoch(
                    document,
                    authority,
                    scope=scope,
                    root_id=root_id,
                    number=number,
                    previous=previous,
                    what=path,
                )
                if name != epoch_filename(number, document).rsplit("/", 1)[1]:
                    raise PacteError("sync", "sync_forged", value=path, reason="hash_mismatch")
                if number - 1 in held:
                    check_proof(epoch, held[number - 1], what=path)
                if chosen is not None:
                    raise PacteError("sync", "sync_forged", value=path, reason="epoch_fork")
            except MissingFileError:
                continue
            except PacteError as exc:
                refused.append((path, exc))
                continue
            chosen = epoch
        if chosen is None:
            break  # none valid (yet): a copy may still be on its way
        chain.append(chosen)
        previous = chosen.digest
        number += 1
    return Chain(chain, refused)


def _check_adopted(
    transport: Transport,
    chain: list[Epoch],
    by_number: Mapping[int, list[str]],
    authority: Ed25519PublicKey,
    scope: str,
    root_id: str,
    keys: Mapping[int, bytes],
) -> None:
    """``sync_forged`` when an epoch adopted here lost a fork: another valid document for its
    number, with a smaller name, has appeared (two workstations renewed the keys at the same
    time on replicated folders). Costs nothing while each number has one document."""
    for index, adopted in enumerate(chain):
        others = [
            n for n in by_number.get(adopted.number, []) if f"{EPOCH_DIR}/{n}" != adopted.path
        ]
        previous = chain[index - 1].digest if index else None
        for name in sorted(others):
            path = f"{EPOCH_DIR}/{name}"
            if path > adopted.path or previous is None:
                continue
            try:
                rival = check_epoch(
                    read_json(transport, path),
                    authority,
                    scope=scope,
                    root_id=root_id,
                    number=adopted.number,
                    previous=previous,
                    what=path,
                )
                if adopted.number - 1 in keys:
                    check_proof(rival, keys[adopted.number - 1], what=path)
            except (PacteError, MissingFileError):
                continue
            raise PacteError(
                "sync",
                "sync_forged",
                value=adopted.path,
                reason="epoch_concurrent",
                epoch=adopted.number,
                other=path,
            )


# --- what a seal holds -------------------------------------------------------------------------


@dataclass
class Opened:
    """What a passphrase opened: every epoch's content key, the passphrase keys of the seals
    up to the newest (this one included), and the authority key if the seal holds it."""

    newest: int
    content_keys: dict[int, bytes]
    passphrase_keys: dict[int, bytes]
    passphrase_key: crypto.PassphraseKey
    authority: bytes | None


def contents(
    secrets: Mapping[str, bytes], scope: str, number: int
) -> tuple[dict[int, bytes], dict[int, bytes], bytes | None]:
    """Content keys, passphrase keys and authority key named in an epoch's (or a root's) seal."""
    content: dict[int, bytes] = {}
    phrases: dict[int, bytes] = {}
    if number == 1 and ROOT_CONTENT_KEY[scope] in secrets:
        content[1] = secrets[ROOT_CONTENT_KEY[scope]]
    for name, value in secrets.items():
        kind, _, index = name.rpartition(".")
        if index.isdigit() and kind == "content_key":
            content[int(index)] = value
        elif index.isdigit() and kind == "passphrase_key":
            phrases[int(index)] = value
    return content, phrases, secrets.get(AUTHORITY_KEY)


def open_newest(
    root_sealed: Mapping[str, Any],
    chain: list[Epoch],
    passphrase: str,
    *,
    scope: str,
    what: str,
) -> Opened:
    """Open the newest seal (the last epoch's, else the root's) with ``passphrase`` and check
    every epoch's proof with the keys it gives.

    ``sync_passphrase`` when it does not open; ``sync_passphrase_old`` when it is a passphrase
    the scope had before a change (it opens an older seal, not the newest)."""
    newest = chain[-1] if chain else None
    sealed = newest.sealed if newest else dict(root_sealed)
    number = newest.number if newest else 1
    key = crypto.passphrase_key(sealed, passphrase, what=what)
    try:
        secrets = crypto.open_with_key(sealed, key, what=what)
    except PacteError as exc:
        if exc.code == "sync_passphrase" and _opens_an_older_seal(
            root_sealed, chain, passphrase, sealed, what=what
        ):
            raise PacteError("sync", "sync_passphrase_old", value=what) from None
        raise
    content, phrases, authority = contents(secrets, scope, number)
    phrases[number] = key.key
    missing = [n for n in range(1, number + 1) if n not in content]
    if missing:
        raise PacteError(
            "sync", "sync_corrupt", value=what, reason="epochs_missing", epochs=str(missing)[1:-1]
        )
    for epoch in chain:
        check_proof(epoch, content[epoch.number - 1], what=epoch.path)
    return Opened(number, content, phrases, key, authority)


def _opens_an_older_seal(
    root_sealed: Mapping[str, Any],
    chain: list[Epoch],
    passphrase: str,
    tried: Mapping[str, Any],
    *,
    what: str,
) -> bool:
    """Whether ``passphrase`` is one the scope had before a passphrase change."""
    # One seal per passphrase the scope has had: the root's, and each change's.
    seals = [dict(root_sealed)] + [e.sealed for e in chain if e.reason == "passphrase"]
    for sealed in reversed(seals):
        if sealed == tried:
            continue
        try:
            crypto.open_with_passphrase(sealed, passphrase, what=what)
        except PacteError:
            continue
        return True
    return False


def authority_key(opened: Opened, public: object, *, what: str) -> Ed25519PrivateKey:
    """The organisation key a seal holds, checked against the root's public key (base64)."""
    if opened.authority is None:
        raise PacteError("sync", "sync_corrupt", value=what, reason="no_org_key")
    key = crypto.private_key_from_bytes(opened.authority)
    if crypto.b64encode(crypto.public_key_bytes(key)) != public:
        raise PacteError("sync", "sync_forged", value=what, reason="sealed_key_mismatch")
    return key


# --- making an epoch ---------------------------------------------------------------------------


def make_epoch(
    *,
    scope: str,
    root_id: str,
    number: int,
    previous: str,
    cause: str,
    authority: Ed25519PrivateKey,
    created_by: Mapping[str, str],
    opened: Opened,
    passphrase_key: crypto.PassphraseKey,
    recipients: Mapping[str, bytes],
    revoked: Mapping[str, int] | None = None,
    seal_authority: bool,
) -> tuple[dict[str, object], bytes]:
    """A new epoch's signed document and its new content key.

    ``opened`` holds every earlier content key and passphrase key; ``passphrase_key`` seals the
    new epoch (the same passphrase with a fresh salt for a revocation, the new one for a
    passphrase change); ``recipients`` maps the devices that get a box to their X25519 public
    keys. Raises ``ValueError`` for a number that does not follow ``opened``.
    """
    if number != opened.newest + 1:
        raise ValueError(f"epoch {number} does not follow {opened.newest}")
    if cause not in REASONS:
        raise ValueError(f"cause {cause!r}")
    new_key = crypto.generate_content_key()
    secrets: dict[str, bytes] = {
        **{f"content_key.{n}": k for n, k in opened.content_keys.items()},
        f"content_key.{number}": new_key,
        **{f"passphrase_key.{n}": k for n, k in opened.passphrase_keys.items()},
    }
    if seal_authority:
        secrets[AUTHORITY_KEY] = crypto.private_key_bytes(authority)
    body: dict[str, object] = {
        "root_id": root_id,
        "scope": scope,
        "epoch": number,
        "previous": previous,
        "reason": cause,
        "created_at": now_iso(),
        "created_by": dict(created_by),
        "revoked": dict(revoked or {}),
        "boxes": {
            device: crypto.box_seal(public, new_key, box_ad(root_id, number, device))
            for device, public in sorted(recipients.items())
        },
        "sealed": crypto.seal_with_key(secrets, passphrase_key),
    }
    body["proof"] = crypto.mac(opened.content_keys[opened.newest], crypto.canonical_json(body))
    return crypto.sign_document(EPOCH_TYPE, body, authority), new_key


# --- X25519 public keys of devices ---------------------------------------------------------------


def box_key_path(boxes_dir: str, device: str) -> str:
    return f"{boxes_dir}/{device}.json"


def publish_box_key(
    transport: Transport,
    boxes_dir: str,
    *,
    root_id: str,
    device: str,
    device_key: Ed25519PrivateKey,
    box_public: bytes,
) -> None:
    """Write this device's X25519 public key, signed by its device key, unless it is there."""
    path = box_key_path(boxes_dir, device)
    if transport.exists(path):
        return
    transport.ensure_dir(boxes_dir)
    body = {
        "root_id": root_id,
        "device_id": device,
        "box_public_key": crypto.b64encode(box_public),
        "published_at": now_iso(),
    }
    write_json(transport, path, crypto.sign_document(BOX_KEY_TYPE, body, device_key))


def read_box_key(
    transport: Transport,
    boxes_dir: str,
    *,
    root_id: str,
    device: str,
    device_public: Ed25519PublicKey,
) -> bytes | None:
    """A device's X25519 public key, signature checked; None if it published none (or a bad
    one: that device then needs the passphrase to get a new epoch's key)."""
    path = box_key_path(boxes_dir, device)
    try:
        body = crypto.verify_document(
            read_json(transport, path), device_public, kind=BOX_KEY_TYPE, what=path
        )
        if body.get("root_id") != root_id or body.get("device_id") != device:
            return None
        return crypto.b64decode(body.get("box_public_key"), what=path, size=crypto.PUBLIC_KEY_SIZE)
    except (MissingFileError, RootError):
        return None
    except PacteError:
        return None


# --- the keys of a scope on this workstation ----------------------------------------------------


class ScopeKeys:
    """The content keys of one scope held here, and the epochs adopted, for one pass.

    Adopted epoch documents are kept in ``local_state`` (``sync.<scope>.epochs``: they are
    public, and let a locked workstation find the passphrase keys it needs); the keys are in
    the vault.
    """

    def __init__(self, vault: Vault, scope: str) -> None:
        self.vault = vault
        self.scope = scope
        self.store = vault.store
        prefix = f"{scope}.content_key."
        self.keys = {
            int(name[len(prefix) :]): value
            for name, value in vault.read().items()
            if name.startswith(prefix) and name[len(prefix) :].isdigit()
        }
        self.chain = load_chain(self.store, scope)

    @property
    def newest(self) -> int:
        return max(self.keys, default=0)

    def writing(self) -> tuple[int, bytes]:
        """The epoch and key new files are written with (the newest adopted)."""
        if not self.keys:
            raise PacteError("sync", "sync_not_setup", value=self.scope)
        return self.newest, self.keys[self.newest]

    def revoked(self) -> dict[str, int]:
        """Revoked devices and the last sequence number of theirs that is accepted."""
        out: dict[str, int] = {}
        for epoch in self.chain:
            for device, last in epoch.revoked.items():
                out[device] = min(last, out.get(device, last))
        return out

    def adopt(
        self,
        conn: sa.Connection,
        chain: list[Epoch],
        keys: Mapping[int, bytes],
    ) -> None:
        """Record adopted epochs and their keys (in the caller's transaction)."""
        self.vault.update(conn, put={content_key_name(self.scope, n): k for n, k in keys.items()})
        self.keys.update(keys)
        self.chain = list(chain)
        save_chain(self.store, self.scope, chain, conn)

    def refresh(
        self,
        transport: Transport,
        *,
        root_id: str,
        authority: Ed25519PublicKey,
        root_document: Callable[[], Mapping[str, Any]],
        device: str,
        passphrase: PassphraseSource | None,
    ) -> list[tuple[str, PacteError]]:
        """Adopt the epochs written since the last pass (rule 4), one at a time through this
        device's box (each proof checked with the key before), the rest with the scope's
        passphrase from ``passphrase``. ``sync_new_keys`` when neither gives a key (what was
        adopted before stays), ``sync_revoked`` when this device was revoked. Returns the
        epoch documents refused (forged, or the losing side of a fork), to report."""
        chain, keys = list(self.chain), dict(self.keys)
        adopted: dict[int, bytes] = {}
        refused: list[tuple[str, PacteError]] = []
        box_raw = self.vault.read().get("device_box_key")
        box = crypto.box_key_from_bytes(box_raw) if box_raw else None

        def following(levels: int | None) -> list[Epoch]:
            found = read_chain(
                transport,
                scope=self.scope,
                root_id=root_id,
                authority=authority,
                root_document=root_document,
                known=chain,
                keys=keys,
                levels=levels,
            )
            refused.extend(r for r in found.refused if r[0] not in {p for p, _ in refused})
            return found.epochs[len(chain) :]

        try:
            while step := following(1):
                epoch = step[0]
                if device in epoch.revoked:
                    raise PacteError(SCOPE_FIELD[self.scope], "sync_revoked", value=device)
                sealed = epoch.boxes.get(device)
                if sealed is None or box is None:
                    break
                try:
                    key = crypto.box_open(
                        box, sealed, box_ad(root_id, epoch.number, device), what=epoch.path
                    )
                except PacteError:
                    break
                chain.append(epoch)
                keys[epoch.number] = adopted[epoch.number] = key
            rest = following(None)
            if rest:
                if any(device in e.revoked for e in rest):
                    raise PacteError(SCOPE_FIELD[self.scope], "sync_revoked", value=device)
                text = passphrase(self.scope) if passphrase else None
                if text is None:
                    raise PacteError(SCOPE_FIELD[self.scope], "sync_new_keys", value=self.scope)
                opened = open_newest(
                    root_document()["sealed"],
                    [*chain, *rest],
                    text,
                    scope=self.scope,
                    what=self.scope,
                )
                chain.extend(rest)
                adopted.update({n: k for n, k in opened.content_keys.items() if n not in keys})
        finally:
            if len(chain) > len(self.chain):
                with self.store.engine.begin() as conn:
                    self.adopt(conn, chain, adopted)
        return refused


def load_chain(store: Any, scope: str) -> list[Epoch]:
    """The epochs adopted here (public documents, kept in ``local_state``)."""
    return [
        Epoch(int(d["body"]["epoch"]), d["document"], d["body"])
        for d in json.loads(store.local(f"sync.{scope}.epochs") or "[]")
    ]


def save_chain(store: Any, scope: str, chain: list[Epoch], conn: sa.Connection) -> None:
    store.set_local(
        f"sync.{scope}.epochs",
        json.dumps([{"document": e.document, "body": e.body} for e in chain], sort_keys=True),
        conn=conn,
    )
