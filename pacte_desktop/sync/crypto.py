"""The cryptography of sync: signatures, encryption and passphrase-sealed keys (SYNC.md 6, 7).

Everything comes from the ``cryptography`` package; nothing here is home-made.

- **Ed25519** signs (organisation key, device keys, the coordinator's charter key): small
  deterministic signatures with no nonce to get wrong, fast to verify on every file read.
- **ChaCha20-Poly1305** encrypts with associated data: an AEAD, so any altered byte of the
  ciphertext or of the data it is bound to fails to open; it is fast without AES hardware and
  has no timing pitfalls. The 12-byte nonce is random, which is safe for far more messages
  than one content key will ever see (the birthday bound is about 2**32 messages).
- **scrypt** (n=2**15, r=8, p=1, a 16-byte salt) turns the organisation's passphrase into a
  key: it is memory-hard (32 MiB per guess), so guessing passphrases on GPUs is costly; its
  parameters are stored beside the ciphertext so they can be raised later.
- **SHA-256** names and chains change files (see ``changefile.py``).
- **Canonical JSON** (sorted keys, no spaces, UTF-8) is what gets signed, so that a signature
  checks out whatever the order in which a document's keys were written.

Failures raise :class:`PacteError` on the field ``"sync"``: ``sync_forged`` for a signature or
ciphertext that does not check out, ``sync_passphrase`` for a wrong passphrase and
``sync_corrupt`` for a sealed bundle that cannot even be parsed. ``value`` names the file or
document; ``reason`` is a code of ``messages.REASONS`` saying briefly what failed (its
other parameters fill the reason's blanks), so that it reads in the user's language.
"""

from __future__ import annotations

import base64
import binascii
import json
import os
import unicodedata
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from pacte_desktop.domain.errors import PacteError

FIELD = "sync"

KEY_SIZE = 32
NONCE_SIZE = 12
TAG_SIZE = 16
SIGNATURE_SIZE = 64
PUBLIC_KEY_SIZE = 32
PRIVATE_KEY_SIZE = 32

SCRYPT_N = 2**15
SCRYPT_R = 8
SCRYPT_P = 1
SALT_SIZE = 16
# Bounds on parameters read back from a sealed bundle: a tampered file must not make the
# application allocate gigabytes or spin for minutes before the passphrase is even checked.
_SCRYPT_MAX_N = 2**20
_SCRYPT_MAX_R = 32
_SCRYPT_MAX_P = 16

AEAD_NAME = "chacha20poly1305"
KDF_NAME = "scrypt"
CERTIFICATE_TYPE = "pacte-device-certificate"


# --- canonical JSON -----------------------------------------------------------------------


def canonical_json(value: object) -> bytes:
    """The one byte form of a JSON value that gets signed: sorted keys, no spaces, UTF-8.

    Raises ``ValueError`` for values JSON cannot represent exactly (NaN, infinities) and
    ``TypeError`` for non-JSON types.
    """
    return json.dumps(
        value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    ).encode("utf-8")


def b64encode(raw: bytes) -> str:
    """Standard base64 text, as bytes are stored in JSON documents."""
    return base64.b64encode(raw).decode("ascii")


def b64decode(text: object, *, what: str, size: int | None = None) -> bytes:
    """Bytes from base64 text read from a document; ``sync_corrupt`` if it is not that."""
    if not isinstance(text, str):
        raise PacteError(FIELD, "sync_corrupt", value=what, reason="base64_expected")
    try:
        raw = base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError):
        raise PacteError(FIELD, "sync_corrupt", value=what, reason="base64_invalid") from None
    if size is not None and len(raw) != size:
        raise PacteError(
            FIELD, "sync_corrupt", value=what, reason="wrong_size", size=len(raw), expected=size
        )
    return raw


# --- Ed25519 signatures --------------------------------------------------------------------


def generate_signing_key() -> Ed25519PrivateKey:
    """A new Ed25519 key pair (organisation, device or coordinator key)."""
    return Ed25519PrivateKey.generate()


def private_key_bytes(key: Ed25519PrivateKey) -> bytes:
    """The 32 raw bytes of a private key, to seal with a passphrase or keep on the device."""
    return key.private_bytes(
        serialization.Encoding.Raw,
        serialization.PrivateFormat.Raw,
        serialization.NoEncryption(),
    )


def private_key_from_bytes(raw: bytes) -> Ed25519PrivateKey:
    """The private key of :func:`private_key_bytes`; ``ValueError`` for a wrong length."""
    if len(raw) != PRIVATE_KEY_SIZE:
        raise ValueError(f"an Ed25519 private key has {PRIVATE_KEY_SIZE} bytes, not {len(raw)}")
    return Ed25519PrivateKey.from_private_bytes(raw)


def public_key_bytes(key: Ed25519PrivateKey | Ed25519PublicKey) -> bytes:
    """The 32 raw bytes of the public half of a key (base64 them for JSON)."""
    public = key.public_key() if isinstance(key, Ed25519PrivateKey) else key
    return public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def public_key_from_bytes(raw: bytes, *, what: str = "public key") -> Ed25519PublicKey:
    """A public key from its raw bytes; ``sync_corrupt`` naming ``what`` if they are not one."""
    if len(raw) != PUBLIC_KEY_SIZE:
        raise PacteError(
            FIELD,
            "sync_corrupt",
            value=what,
            reason="public_key_size",
            size=len(raw),
            expected=PUBLIC_KEY_SIZE,
        )
    return Ed25519PublicKey.from_public_bytes(raw)


def sign(key: Ed25519PrivateKey, message: bytes) -> bytes:
    """The 64-byte Ed25519 signature of ``message``."""
    return key.sign(message)


def verify(public_key: Ed25519PublicKey, signature: bytes, message: bytes, *, what: str) -> None:
    """Check a signature; ``sync_forged`` naming ``what`` if it does not check out."""
    if len(signature) != SIGNATURE_SIZE:
        raise PacteError(
            FIELD, "sync_forged", value=what, reason="signature_size", size=len(signature)
        )
    try:
        public_key.verify(signature, message)
    except InvalidSignature:
        raise PacteError(FIELD, "sync_forged", value=what, reason="bad_signature") from None


def sign_document(
    kind: str, body: Mapping[str, object], key: Ed25519PrivateKey
) -> dict[str, object]:
    """A JSON document of type ``kind`` with a ``signature`` over its canonical JSON.

    The type is part of what is signed, so a signature made for one kind of document (a
    certificate, a charter) can never be passed off as another.
    """
    if "signature" in body or "type" in body:
        raise ValueError("'signature' and 'type' are set by sign_document")
    document: dict[str, object] = {**body, "type": kind}
    document["signature"] = b64encode(sign(key, canonical_json(document)))
    return document


def verify_document(
    document: Mapping[str, object], public_key: Ed25519PublicKey, *, kind: str, what: str
) -> dict[str, object]:
    """The body of a document made by :func:`sign_document`, once its signature checks out.

    ``sync_forged`` if the type is not ``kind`` or the signature fails, ``sync_corrupt`` if
    the signature is missing or not base64.
    """
    if not isinstance(document, Mapping):
        raise PacteError(FIELD, "sync_corrupt", value=what, reason="json_object_expected")
    signature = b64decode(document.get("signature"), what=what)
    if document.get("type") != kind:
        raise PacteError(FIELD, "sync_forged", value=what, reason="not_a_document", kind=kind)
    signed = {k: v for k, v in document.items() if k != "signature"}
    try:
        message = canonical_json(signed)
    except (TypeError, ValueError):
        raise PacteError(FIELD, "sync_corrupt", value=what, reason="not_json") from None
    verify(public_key, signature, message, what=what)
    return {k: v for k, v in signed.items() if k != "type"}


# --- device certificates -------------------------------------------------------------------


def issue_certificate(
    *,
    org_private_key: Ed25519PrivateKey,
    org_id: str,
    device_id: str,
    device_public_key: Ed25519PublicKey | bytes,
    issued_at: str | None = None,
) -> dict[str, object]:
    """The organisation's signed statement that ``device_public_key`` belongs to its device.

    ``issued_at`` defaults to now (UTC, ISO 8601). The result is JSON-able, for
    ``keys/<device>.json``.
    """
    raw = (
        device_public_key
        if isinstance(device_public_key, bytes)
        else public_key_bytes(device_public_key)
    )
    public_key_from_bytes(raw)  # refuse a malformed key before signing it
    body = {
        "org_id": org_id,
        "device_id": device_id,
        "device_public_key": b64encode(raw),
        "issued_at": issued_at or datetime.now(UTC).isoformat(timespec="seconds"),
    }
    return sign_document(CERTIFICATE_TYPE, body, org_private_key)


def verify_certificate(
    cert: Mapping[str, object],
    org_public_key: Ed25519PublicKey,
    *,
    expected_org_id: str | None = None,
    expected_device_id: str | None = None,
    what: str | None = None,
) -> Ed25519PublicKey:
    """The device public key that ``cert`` certifies, once the organisation's signature checks.

    ``sync_forged`` if the signature fails (another organisation's key, an altered device key
    or id) or the certificate names another organisation or device than expected.
    """
    label = what or f"keys/{cert.get('device_id', '?')}.json"
    body = verify_document(cert, org_public_key, kind=CERTIFICATE_TYPE, what=label)
    for key in ("org_id", "device_id", "device_public_key", "issued_at"):
        if not isinstance(body.get(key), str):
            raise PacteError(FIELD, "sync_corrupt", value=label, reason="item_missing", item=key)
    if expected_org_id is not None and body["org_id"] != expected_org_id:
        raise PacteError(FIELD, "sync_forged", value=label, reason="another_organisation")
    if expected_device_id is not None and body["device_id"] != expected_device_id:
        raise PacteError(FIELD, "sync_forged", value=label, reason="another_device")
    raw = b64decode(body["device_public_key"], what=label, size=PUBLIC_KEY_SIZE)
    return public_key_from_bytes(raw, what=label)


# --- content keys and AEAD -----------------------------------------------------------------


def generate_content_key() -> bytes:
    """A new 32-byte content key (an organisation's, or a network's)."""
    return os.urandom(KEY_SIZE)


def new_nonce() -> bytes:
    """A fresh random 12-byte nonce; never reuse one with the same key."""
    return os.urandom(NONCE_SIZE)


def _cipher(key: bytes) -> ChaCha20Poly1305:
    if len(key) != KEY_SIZE:
        raise ValueError(f"a content key has {KEY_SIZE} bytes, not {len(key)}")
    return ChaCha20Poly1305(key)


def aead_encrypt(key: bytes, nonce: bytes, plaintext: bytes, associated_data: bytes) -> bytes:
    """Ciphertext and tag of ``plaintext``, bound to ``associated_data``, with a given nonce."""
    return _cipher(key).encrypt(nonce, plaintext, associated_data)


def aead_decrypt(
    key: bytes, nonce: bytes, ciphertext: bytes, associated_data: bytes, *, what: str
) -> bytes:
    """The plaintext; ``sync_forged`` naming ``what`` if the key, nonce, ciphertext or
    associated data is not the one it was sealed with."""
    if len(nonce) != NONCE_SIZE or len(ciphertext) < TAG_SIZE:
        raise PacteError(FIELD, "sync_forged", value=what, reason="ciphertext_short")
    try:
        return _cipher(key).decrypt(nonce, ciphertext, associated_data)
    except InvalidTag:
        raise PacteError(FIELD, "sync_forged", value=what, reason="decryption_failed") from None


def encrypt(key: bytes, plaintext: bytes, associated_data: bytes = b"") -> bytes:
    """A random nonce followed by the ciphertext and tag."""
    nonce = new_nonce()
    return nonce + aead_encrypt(key, nonce, plaintext, associated_data)


def decrypt(key: bytes, data: bytes, associated_data: bytes = b"", *, what: str) -> bytes:
    """The plaintext of :func:`encrypt`'s output; ``sync_forged`` if anything was altered."""
    return aead_decrypt(key, data[:NONCE_SIZE], data[NONCE_SIZE:], associated_data, what=what)


# --- passphrase sealing --------------------------------------------------------------------


def _derive(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    # NFC: the same passphrase typed on macOS and on Windows gives the same bytes.
    secret = unicodedata.normalize("NFC", passphrase).encode("utf-8")
    return Scrypt(salt=salt, length=KEY_SIZE, n=n, r=r, p=p).derive(secret)


def _kdf_params(salt: bytes, n: int, r: int, p: int) -> dict[str, object]:
    return {"kdf": KDF_NAME, "salt": b64encode(salt), "n": n, "r": r, "p": p, "aead": AEAD_NAME}


def seal_with_passphrase(
    secrets: Mapping[str, bytes],
    passphrase: str,
    *,
    n: int = SCRYPT_N,
    r: int = SCRYPT_R,
    p: int = SCRYPT_P,
) -> dict[str, object]:
    """Encrypt named secrets (e.g. the organisation private key and content key) under a key
    derived from ``passphrase`` with scrypt.

    Returns a JSON-able dict ``{kdf, salt, n, r, p, aead, nonce, ciphertext}``; the KDF
    parameters are bound to the ciphertext as associated data. Lower ``n`` only in tests.
    """
    if not passphrase:
        raise ValueError("an empty passphrase seals nothing")
    if n < 2 or n & (n - 1) or n > _SCRYPT_MAX_N or not 1 <= r <= _SCRYPT_MAX_R:
        raise ValueError(f"unsupported scrypt parameters n={n}, r={r}")
    if not 1 <= p <= _SCRYPT_MAX_P:
        raise ValueError(f"unsupported scrypt parameter p={p}")
    salt = os.urandom(SALT_SIZE)
    params = _kdf_params(salt, n, r, p)
    bundle = canonical_json({name: b64encode(value) for name, value in secrets.items()})
    nonce = new_nonce()
    ciphertext = aead_encrypt(
        _derive(passphrase, salt, n, r, p), nonce, bundle, canonical_json(params)
    )
    return {**params, "nonce": b64encode(nonce), "ciphertext": b64encode(ciphertext)}


def open_with_passphrase(
    sealed: Mapping[str, object], passphrase: str, *, what: str
) -> dict[str, bytes]:
    """The secrets sealed by :func:`seal_with_passphrase`.

    ``sync_passphrase`` naming ``what`` (e.g. the organisation) for a wrong passphrase (or
    altered ciphertext: the two cannot be told apart); ``sync_corrupt`` for a malformed dict.
    """

    def corrupt(reason: str, **details: object) -> PacteError:
        return PacteError(FIELD, "sync_corrupt", value=what, reason=reason, **details)

    if not isinstance(sealed, Mapping):
        raise corrupt("json_object_expected")
    if sealed.get("kdf") != KDF_NAME or sealed.get("aead") != AEAD_NAME:
        raise corrupt(
            "unsupported_kdf", kdf=repr(sealed.get("kdf"))[:40], aead=repr(sealed.get("aead"))[:40]
        )
    n, r, p = sealed.get("n"), sealed.get("r"), sealed.get("p")
    if not (isinstance(n, int) and isinstance(r, int) and isinstance(p, int)):
        raise corrupt("scrypt_missing")
    if n < 2 or n & (n - 1) or n > _SCRYPT_MAX_N:
        raise corrupt("scrypt_n", n=n)
    if not (1 <= r <= _SCRYPT_MAX_R and 1 <= p <= _SCRYPT_MAX_P):
        raise corrupt("scrypt_rp", r=r, p=p)
    salt = b64decode(sealed.get("salt"), what=what, size=SALT_SIZE)
    nonce = b64decode(sealed.get("nonce"), what=what, size=NONCE_SIZE)
    ciphertext = b64decode(sealed.get("ciphertext"), what=what)
    if len(ciphertext) < TAG_SIZE:
        raise corrupt("ciphertext_short")
    key = _derive(passphrase, salt, n, r, p)
    try:
        plaintext = _cipher(key).decrypt(
            nonce, ciphertext, canonical_json(_kdf_params(salt, n, r, p))
        )
    except InvalidTag:
        raise PacteError(FIELD, "sync_passphrase", value=what) from None
    try:
        bundle: Any = json.loads(plaintext.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise corrupt("sealed_not_json") from None
    if not isinstance(bundle, dict):
        raise corrupt("sealed_not_object")
    return {str(name): b64decode(value, what=what) for name, value in bundle.items()}
