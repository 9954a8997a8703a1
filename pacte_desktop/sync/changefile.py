"""The immutable change file of docs/sync.md: one device's operations, encrypted and signed.

Bytes on disk::

    b"PACTECHG"  u32 big-endian header length  header  ciphertext  signature (64 bytes)

- The header is canonical JSON: format version, scope, organisation and device ids, sequence
  number, SHA-256 of the device's previous file, HLC range, schema revision, charter version,
  ciphertext length and nonce, and the key epoch (``epoch``, see ``epochs.py``) from the
  second one on. A file without it was encrypted with epoch 1's key: files written before key
  epochs existed read as before, and until a first rotation, applications that predate epochs
  read the new ones. It holds no operation content.
- The ciphertext is the JSON list of operations, encrypted with the scope's content key
  (ChaCha20-Poly1305) with the header bytes as associated data: the header cannot be swapped.
- The signature is the device's Ed25519 signature over everything before it.

The file name is ``<seq:012d>-<first 16 hex digits of the SHA-256 of the bytes>.chg``: never
reused (a restored device that repeats a sequence number writes different bytes) and checkable.

Reading refuses with ``sync_corrupt`` what may be an incomplete copy (zero bytes, truncated,
unparseable: read it again later) and with ``sync_forged`` what is complete but does not check
out (hash and name differ, bad signature, wrong directory, altered ciphertext).
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import re
import struct
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from pacte_desktop.domain.errors import PacteError
from pacte_desktop.sync import crypto

MAGIC = b"PACTECHG"
FORMAT_VERSION = 1
SCOPES = ("org", "network")
NAME_PATTERN = r"^\d{12}-[0-9a-f]{16}\.chg$"
_NAME = re.compile(NAME_PATTERN)
_LENGTH = struct.Struct(">I")
_PREFIX = len(MAGIC) + _LENGTH.size
_SHA256_HEX = re.compile(r"[0-9a-f]{64}")
_NONCE_HEX = re.compile(f"[0-9a-f]{{{2 * crypto.NONCE_SIZE}}}")
# A header is a few hundred bytes; a larger length field means garbage, not a long wait.
MAX_HEADER = 64 * 1024
MAX_SEQ = 10**12 - 1
MAX_EPOCH = 999_999

_HEADER_KEYS = frozenset(
    {
        "version",
        "scope",
        "org_id",
        "device_id",
        "seq",
        "prev",
        "hlc_min",
        "hlc_max",
        "schema",
        "charter",
        "ciphertext_length",
        "nonce",
    }
)
#: Header fields a file may carry or not.
_OPTIONAL_KEYS = frozenset({"epoch"})


@dataclass(frozen=True)
class _Header:
    """The checked header of a change file."""

    version: int
    scope: str
    org_id: str
    device_id: str
    seq: int
    prev: str | None
    hlc_min: str | None
    hlc_max: str | None
    schema: str
    charter: int | None
    epoch: int


@dataclass(frozen=True)
class ChangeFile(_Header):
    """A change file that was read and checked: its header, its operations and its hash."""

    name: str
    ops: tuple[Any, ...]  # dicts (network scope) or 7-item lists (organisation scope)
    sha256: str


@dataclass(frozen=True)
class ChainReport:
    """What :func:`check_chain` found in one device's files.

    ``gaps``: sequence numbers missing between ``start`` and the last file; ``broken``: names
    of files whose ``prev`` is not the hash of the file just before them; ``duplicates``:
    sequence numbers carried by more than one file (a device restored from a backup).
    """

    gaps: tuple[int, ...]
    broken: tuple[str, ...]
    duplicates: tuple[int, ...]

    @property
    def ok(self) -> bool:
        return not (self.gaps or self.broken or self.duplicates)


def _shown(value: object) -> str:
    """A value read from a file, as an error shows it: its repr, cut short (the file may be
    hostile and the error is stored and displayed)."""
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


def file_name(seq: int, data: bytes) -> str:
    """The name a change file of these bytes must carry."""
    return f"{seq:012d}-{hashlib.sha256(data).hexdigest()[:16]}.chg"


def _stamp_of(op: Mapping[str, object] | Sequence[object]) -> object:
    """An operation's stamp: the ``hlc`` of a dict, the first item of a list."""
    if isinstance(op, Mapping):
        return op.get("hlc")
    return op[0] if op else None


def _hlc_range(
    ops: Sequence[Mapping[str, object] | Sequence[object]],
) -> tuple[str | None, str | None]:
    stamps: list[str]
    if all(type(op) is list and op and type(op[0]) is str for op in ops):
        stamps = [op[0] for op in ops]  # type: ignore[index,misc]  # the organisation scope
    else:
        stamps = [stamp for op in ops if isinstance(stamp := _stamp_of(op), str)]
    if not stamps:
        return None, None
    return min(stamps), max(stamps)


def write_change_file(
    ops: Sequence[Mapping[str, object] | list[Any]],
    *,
    scope: str,
    org_id: str,
    device_id: str,
    seq: int,
    prev: str | None,
    schema: str,
    charter: int | None,
    content_key: bytes,
    device_private_key: Ed25519PrivateKey,
    epoch: int = 1,
) -> tuple[str, bytes]:
    """The name and bytes of a new change file holding ``ops`` (JSON-able dicts).

    ``prev`` is the full hex SHA-256 of this device's file ``seq - 1`` (``None`` for seq 1);
    ``content_key`` is the key of epoch ``epoch``. Raises ``ValueError`` for arguments that
    would make a file no reader accepts.
    """
    if isinstance(epoch, bool) or not 1 <= epoch <= MAX_EPOCH:
        raise ValueError(f"epoch must be between 1 and {MAX_EPOCH}, not {epoch!r}")
    if scope not in SCOPES:
        raise ValueError(f"scope must be one of {SCOPES}, not {scope!r}")
    if isinstance(seq, bool) or not 1 <= seq <= MAX_SEQ:
        raise ValueError(f"seq must be between 1 and {MAX_SEQ}, not {seq!r}")
    if seq == 1 and prev is not None:
        raise ValueError("the first file of a device has no previous file")
    if seq > 1 and (prev is None or not _SHA256_HEX.fullmatch(prev)):
        raise ValueError(f"prev must be the hex SHA-256 of file {seq - 1}, not {prev!r}")
    if not all(isinstance(op, Mapping | list) for op in ops):
        raise ValueError("each operation must be a dict or a list")
    plaintext = crypto.canonical_json([dict(op) if isinstance(op, Mapping) else op for op in ops])
    hlc_min, hlc_max = _hlc_range(ops)
    nonce = crypto.new_nonce()
    fields: dict[str, object] = {
        "version": FORMAT_VERSION,
        "scope": scope,
        "org_id": org_id,
        "device_id": device_id,
        "seq": seq,
        "prev": prev,
        "hlc_min": hlc_min,
        "hlc_max": hlc_max,
        "schema": schema,
        "charter": charter,
        "ciphertext_length": len(plaintext) + crypto.TAG_SIZE,
        "nonce": nonce.hex(),
    }
    if epoch > 1:
        fields["epoch"] = epoch
    header = crypto.canonical_json(fields)
    ciphertext = crypto.aead_encrypt(content_key, nonce, plaintext, header)
    body = MAGIC + _LENGTH.pack(len(header)) + header + ciphertext
    data = body + crypto.sign(device_private_key, body)
    return file_name(seq, data), data


def read_change_file(
    name: str,
    data: bytes,
    *,
    expected_device_id: str,
    device_public_key: Ed25519PublicKey,
    content_key: bytes | Mapping[int, bytes],
    expected_org_id: str | None = None,
) -> ChangeFile:
    """Check and decrypt a change file found as ``log/<expected_device_id>/<name>``.

    ``device_public_key`` is the key certified for that directory's device; ``content_key``
    is the key to decrypt with, or the keys held per epoch (a file of an epoch not held here
    yet is ``sync_corrupt``: read again once its key arrives). Raises
    ``sync_corrupt`` for an incomplete or unparseable file (to be read again later) and
    ``sync_forged`` for one that does not check out; nothing is returned half-checked.
    """
    what = f"{expected_device_id}/{name}"

    def corrupt(reason: str, **details: object) -> PacteError:
        return PacteError(crypto.FIELD, "sync_corrupt", value=what, reason=reason, **details)

    def forged(reason: str, **details: object) -> PacteError:
        return PacteError(crypto.FIELD, "sync_forged", value=what, reason=reason, **details)

    if not _NAME.fullmatch(name):
        raise forged("bad_name")

    # 1. Framing: an incomplete copy must come out as "corrupt", never as "forged".
    if not data:
        raise corrupt("empty")
    if not data.startswith(MAGIC[: len(data)]):
        raise corrupt("not_a_change_file")
    if len(data) < _PREFIX:
        raise corrupt("truncated", size=len(data))
    (header_length,) = _LENGTH.unpack_from(data, len(MAGIC))
    if header_length > MAX_HEADER:
        raise corrupt("header_length", size=header_length)
    if len(data) < _PREFIX + header_length:
        raise corrupt("truncated_header", size=len(data))
    header_bytes = data[_PREFIX : _PREFIX + header_length]
    try:
        header: Any = json.loads(header_bytes.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise corrupt("header_not_json") from None
    if not isinstance(header, dict):
        raise corrupt("header_not_object")
    length = header.get("ciphertext_length")
    if isinstance(length, bool) or not isinstance(length, int) or length < crypto.TAG_SIZE:
        raise corrupt("ciphertext_length_missing")
    expected = _PREFIX + header_length + length + crypto.SIGNATURE_SIZE
    if len(data) < expected:
        raise corrupt("truncated_of", size=len(data), expected=expected)
    if len(data) > expected:
        raise corrupt("trailing_bytes", size=len(data) - expected)

    # 2. Complete: from here on, anything wrong is a forgery or an alteration.
    sha256 = hashlib.sha256(data).hexdigest()
    if name[13:29] != sha256[:16]:
        raise forged("hash_mismatch")
    # Checked before the signature only so that the reason says what is wrong: a file copied
    # from another device's directory would fail the signature check anyway.
    if header.get("device_id") != expected_device_id:
        raise forged("misplaced", device=_shown(header.get("device_id")))
    if expected_org_id is not None and header.get("org_id") != expected_org_id:
        raise forged("other_org", org=_shown(header.get("org_id")))
    if header.get("seq") != int(name[:12]):
        raise forged("seq_mismatch")
    signature = data[-crypto.SIGNATURE_SIZE :]
    crypto.verify(device_public_key, signature, data[: -crypto.SIGNATURE_SIZE], what=what)

    # 3. Signed by the device: check the header's shape, then decrypt.
    checked = _check_header(header, corrupt)
    ciphertext = data[_PREFIX + header_length : -crypto.SIGNATURE_SIZE]
    nonce = bytes.fromhex(header["nonce"])
    if isinstance(content_key, Mapping):
        key = content_key.get(checked.epoch)
        if key is None:
            raise corrupt("epoch_not_held", epoch=checked.epoch)
    else:
        key = content_key
    plaintext = crypto.aead_decrypt(key, nonce, ciphertext, header_bytes, what=what)
    try:
        ops: Any = json.loads(plaintext.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise corrupt("ops_not_json") from None
    if not isinstance(ops, list) or not all(isinstance(op, dict | list) for op in ops):
        raise corrupt("ops_not_list")
    if _hlc_range(ops) != (checked.hlc_min, checked.hlc_max):
        raise corrupt("hlc_range")
    header_fields = {f.name: getattr(checked, f.name) for f in dataclasses.fields(_Header)}
    return ChangeFile(**header_fields, name=name, ops=tuple(ops), sha256=sha256)


def _check_header(header: dict[str, Any], fail: Callable[..., PacteError]) -> _Header:
    """The typed header, once every field has the expected shape (it is signed, so a bad
    shape is a writer's bug or a newer format, not an attack)."""
    if not _HEADER_KEYS <= set(header) <= _HEADER_KEYS | _OPTIONAL_KEYS:
        raise fail(
            "header_fields", fields=_shown(sorted((set(header) - _OPTIONAL_KEYS) ^ _HEADER_KEYS))
        )
    epoch = header.get("epoch", 1)
    if isinstance(epoch, bool) or not isinstance(epoch, int) or not 1 <= epoch <= MAX_EPOCH:
        raise fail("epoch_bad", epoch=repr(epoch)[:40])
    version = header["version"]
    if version != FORMAT_VERSION or isinstance(version, bool):
        # A newer format: the file will be read after an upgrade.
        raise fail("format_version", format=_shown(version))
    if header["scope"] not in SCOPES:
        raise fail("bad_scope", scope=_shown(header["scope"]))
    for key in ("org_id", "device_id", "schema"):
        if not isinstance(header[key], str):
            raise fail("not_text", item=key)
    seq = header["seq"]
    if isinstance(seq, bool) or not isinstance(seq, int) or not 1 <= seq <= MAX_SEQ:
        raise fail("bad_seq", seq=_shown(seq))
    prev = header["prev"]
    if seq == 1 and prev is not None:
        raise fail("first_with_prev")
    if seq > 1 and not (isinstance(prev, str) and _SHA256_HEX.fullmatch(prev)):
        raise fail("bad_prev", prev=_shown(prev))
    for key in ("hlc_min", "hlc_max"):
        if header[key] is not None and not isinstance(header[key], str):
            raise fail("not_text", item=key)
    charter = header["charter"]
    if charter is not None and (isinstance(charter, bool) or not isinstance(charter, int)):
        raise fail("bad_charter", charter=_shown(charter))
    if not (isinstance(header["nonce"], str) and _NONCE_HEX.fullmatch(header["nonce"])):
        raise fail("bad_nonce")
    return _Header(
        version=version,
        scope=header["scope"],
        org_id=header["org_id"],
        device_id=header["device_id"],
        seq=seq,
        prev=prev,
        hlc_min=header["hlc_min"],
        hlc_max=header["hlc_max"],
        schema=header["schema"],
        charter=charter,
        epoch=epoch,
    )


def check_chain(files: Sequence[ChangeFile], *, start: int = 1) -> ChainReport:
    """Gaps, broken ``prev`` links and repeated sequence numbers in one device's files.

    ``start`` is the first sequence number expected (1, or the one after the last file a
    snapshot covers, since covered files may have been deleted). Raises ``ValueError`` if the
    files are not all from one device.
    """
    if len({(f.org_id, f.device_id) for f in files}) > 1:
        raise ValueError("check_chain takes the files of one device")
    ordered = sorted(files, key=lambda f: (f.seq, f.name))
    by_seq: dict[int, list[ChangeFile]] = {}
    for f in ordered:
        by_seq.setdefault(f.seq, []).append(f)
    duplicates = tuple(seq for seq, group in by_seq.items() if len(group) > 1)
    last = max(by_seq, default=start - 1)
    gaps = tuple(seq for seq in range(start, last + 1) if seq not in by_seq)
    broken: list[str] = []
    for seq, group in by_seq.items():
        before = by_seq.get(seq - 1)
        if before is None:
            continue  # a gap or the start: nothing to link to
        hashes = {f.sha256 for f in before}
        broken.extend(f.name for f in group if f.prev not in hashes)
    return ChainReport(gaps=gaps, broken=tuple(broken), duplicates=duplicates)
