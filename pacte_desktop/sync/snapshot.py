"""Snapshots (docs/sync.md layout ``snap/<device>-<hlc>.snap``): the whole journal for a new device.

A snapshot holds every journal entry a device had applied, plus the vector of change files it
covers (per device: last sequence number and that file's hash), so that a new workstation loads
it and then only the files it does not cover, and devices may prune covered files.

Bytes::

    b"PACTESNP"  u32 header length  header (canonical JSON)  ciphertext  signature (64 bytes)

The ciphertext is the zlib-compressed body, encrypted with the organisation's content key of the
key epoch the header names (``epoch``, from the second one on: see ``epochs.py``) with the
header as associated data; the signature is the writing device's over everything before it.
Reading checks the framing, the name, the signature, then decrypts.

The body is JSON lines: first ``{"vector", "parked", "journal"}`` (the counts), then one line per
parked operation, then one per journal entry. It is compressed as it is produced and read back
line by line, so a store of hundreds of thousands of entries never sits in memory as JSON: only
its compressed form does (about a tenth of it).
"""

from __future__ import annotations

import json
import re
import struct
import zlib
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from pacte_desktop.domain.errors import PacteError
from pacte_desktop.domain.hlc import Stamp
from pacte_desktop.sync import crypto

MAGIC = b"PACTESNP"
FORMAT_VERSION = 1
_LENGTH = struct.Struct(">I")
_PREFIX = len(MAGIC) + _LENGTH.size
_NAME = re.compile(r"^([0-9a-f]{16})-(\d{13}-[0-9a-f]{4}-[0-9a-f]{16})\.snap$")


@dataclass(frozen=True)
class Snapshot:
    name: str
    device_id: str
    org_id: str
    hlc: str
    schema: str
    vector: dict[str, tuple[int, str]]  # device -> (last seq covered, its sha256)
    parked: list[list[Any]]
    journal_count: int
    compressed: bytes

    def journal(self, batch: int = 20_000) -> Iterator[list[list[Any]]]:
        """The journal entries, ``batch`` at a time, decompressed as they are read. A body that
        turns out malformed past its first lines (read when the snapshot was) raises
        ``sync_corrupt``, never a decompression or JSON error."""
        lines = _lines(self.compressed)
        chunk: list[list[Any]] = []
        try:
            for _ in range(1 + len(self.parked)):
                next(lines)
            for line in lines:
                chunk.append(json.loads(line))
                if len(chunk) >= batch:
                    yield chunk
                    chunk = []
        except (zlib.error, ValueError, StopIteration):
            raise PacteError(
                crypto.FIELD, "sync_corrupt", value=f"snap/{self.name}", reason="body_malformed"
            ) from None
        if chunk:
            yield chunk


#: Decompressed at a time: a snapshot's body never sits in memory uncompressed.
_CHUNK = 1 << 20
#: The longest line a honest snapshot holds (one journal entry: a merge's record of what moved
#: is the largest, a few megabytes). A longer one is refused before it is held whole.
MAX_LINE = 32 << 20


def _lines(compressed: bytes) -> Iterator[bytes]:
    """The body's lines, decompressed :data:`_CHUNK` bytes of output at a time, whatever the
    ratio of the input: a crafted body (a few kilobytes inflating to gigabytes, or one endless
    line) raises ``zlib.error`` instead of exhausting memory."""
    inflater = zlib.decompressobj()
    pending = b""
    position = 0
    while True:
        if inflater.unconsumed_tail:
            source = inflater.unconsumed_tail
        elif position < len(compressed):
            source = compressed[position : position + _CHUNK]
            position += _CHUNK
        else:
            break
        pending += inflater.decompress(source, _CHUNK)
        *complete, pending = pending.split(b"\n")
        yield from complete
        if len(pending) > MAX_LINE:
            raise zlib.error(f"a line longer than {MAX_LINE} bytes")
    pending += inflater.flush()
    if len(pending) > MAX_LINE:
        raise zlib.error(f"a line longer than {MAX_LINE} bytes")
    yield from (line for line in pending.split(b"\n") if line)


def snapshot_name(device_id: str, hlc: str) -> str:
    return f"{device_id}-{hlc}.snap"


def parse_name(name: str) -> tuple[str, str] | None:
    """``(device, hlc)`` of a snapshot name, or None."""
    match = _NAME.fullmatch(name)
    return (match.group(1), match.group(2)) if match else None


def write_snapshot(
    *,
    org_id: str,
    device_id: str,
    hlc: str,
    schema: str,
    vector: Mapping[str, tuple[int, str]],
    journal: Iterable[Sequence[Any]],
    journal_count: int,
    parked: Sequence[Sequence[Any]],
    content_key: bytes,
    device_private_key: Ed25519PrivateKey,
    epoch: int = 1,
) -> tuple[str, bytes]:
    Stamp.parse(hlc)
    deflater = zlib.compressobj(6)
    parts: list[bytes] = []

    def put(value: object) -> None:
        line = json.dumps(value, ensure_ascii=False, separators=(",", ":")) + "\n"
        parts.append(deflater.compress(line.encode("utf-8")))

    put(
        {
            "vector": {d: [s, h] for d, (s, h) in sorted(vector.items())},
            "parked": len(parked),
            "journal": journal_count,
        }
    )
    for entry in parked:
        put(list(entry))
    written = 0
    for entry in journal:
        put(list(entry))
        written += 1
    if written != journal_count:
        raise ValueError(f"{written} journal entries written, {journal_count} announced")
    parts.append(deflater.flush())
    plaintext = b"".join(parts)
    nonce = crypto.new_nonce()
    fields: dict[str, object] = {
        "version": FORMAT_VERSION,
        "org_id": org_id,
        "device_id": device_id,
        "hlc": hlc,
        "schema": schema,
        "nonce": nonce.hex(),
        "ciphertext_length": len(plaintext) + crypto.TAG_SIZE,
    }
    if epoch > 1:
        fields["epoch"] = epoch
    header = crypto.canonical_json(fields)
    ciphertext = crypto.aead_encrypt(content_key, nonce, plaintext, header)
    data = MAGIC + _LENGTH.pack(len(header)) + header + ciphertext
    return snapshot_name(device_id, hlc), data + crypto.sign(device_private_key, data)


def read_snapshot(
    name: str,
    data: bytes,
    *,
    org_id: str,
    device_public_key: Ed25519PublicKey,
    content_key: bytes | Mapping[int, bytes],
) -> Snapshot:
    """Check and decrypt a snapshot; ``content_key`` is the key, or the keys held per epoch."""
    what = f"snap/{name}"

    def corrupt(reason: str, **details: object) -> PacteError:
        return PacteError(crypto.FIELD, "sync_corrupt", value=what, reason=reason, **details)

    def forged(reason: str, **details: object) -> PacteError:
        return PacteError(crypto.FIELD, "sync_forged", value=what, reason=reason, **details)

    parsed = parse_name(name)
    if parsed is None:
        raise forged("bad_snapshot_name")
    if len(data) < _PREFIX + crypto.SIGNATURE_SIZE or not data.startswith(MAGIC):
        raise corrupt("not_a_snapshot", size=len(data))
    (length,) = _LENGTH.unpack_from(data, len(MAGIC))
    if _PREFIX + length + crypto.SIGNATURE_SIZE > len(data):
        raise corrupt("truncated_header", size=len(data))
    header_bytes = data[_PREFIX : _PREFIX + length]
    try:
        header = json.loads(header_bytes)
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise corrupt("header_not_json") from None
    if not isinstance(header, dict) or not isinstance(header.get("ciphertext_length"), int):
        raise corrupt("header_malformed")
    expected = _PREFIX + length + header["ciphertext_length"] + crypto.SIGNATURE_SIZE
    if len(data) != expected:
        raise corrupt("truncated_of", size=len(data), expected=expected)
    if header.get("device_id") != parsed[0] or header.get("hlc") != parsed[1]:
        raise forged("header_name_mismatch")
    if header.get("org_id") != org_id:
        raise forged("other_org", org=repr(header.get("org_id"))[:80])
    crypto.verify(
        device_public_key, data[-crypto.SIGNATURE_SIZE :], data[: -crypto.SIGNATURE_SIZE], what=what
    )
    try:
        nonce = bytes.fromhex(str(header["nonce"]))
    except (KeyError, ValueError):
        raise corrupt("nonce_missing") from None
    epoch = header.get("epoch", 1)
    if isinstance(content_key, Mapping):
        if isinstance(epoch, bool) or not isinstance(epoch, int) or epoch not in content_key:
            raise corrupt("epoch_not_held", epoch=repr(epoch)[:40])
        key = content_key[epoch]
    else:
        key = content_key
    plaintext = crypto.aead_decrypt(
        key, nonce, data[_PREFIX + length : -crypto.SIGNATURE_SIZE], header_bytes, what=what
    )
    try:
        lines = _lines(plaintext)
        head = json.loads(next(lines))
        vector = {str(d): (int(v[0]), str(v[1])) for d, v in head["vector"].items()}
        parked = [json.loads(next(lines)) for _ in range(int(head["parked"]))]
        count = int(head["journal"])
    except (zlib.error, ValueError, KeyError, TypeError, IndexError, StopIteration):
        raise corrupt("body_malformed") from None
    return Snapshot(
        name=name,
        device_id=parsed[0],
        org_id=org_id,
        hlc=parsed[1],
        schema=str(header.get("schema")),
        vector=vector,
        parked=parked,
        journal_count=count,
        compressed=plaintext,
    )
