"""The cryptography of sync: signatures, encryption and passphrase-sealed keys (docs/sync.md 6, 7).

Everything comes from the ``cryptography`` package; nothing here is home-made.

- **Ed25519** signs (organisation key, device keys, the coordinator's charter key): small
  deterministic signatures with no nonce to get wrong, fast to verify on every file read.
- **ChaCha20-Poly1305** encrypts with associated data: an AEAD, so any altered byte of the
  ciphertext or of the data it is bound to fails to open; it is fast without AES hardware and
  has no timing pitfalls. The 12-byte nonce is random, which is safe for far more messages
  than one content key will ever see (the birthday bound is about 2**32 messages).
- **Argon2id** (RFC 9106's second recommended setting: 64 MiB, 3 passes, 4 lanes, a 16-byte
  salt) turns a passphrase into a key: memory-hard, so guessing passphrases on GPUs is costly.
  Its parameters are stored beside the ciphertext (so they can be raised later) and bounded
  on read (at most 256 MiB). Seals written before it used **scrypt** (n=2**15, r=8, p=1):
  they still open, within the same bounds.
- **X25519** with HKDF-SHA256 and ChaCha20-Poly1305 seals a new content key to one device
  (an ephemeral key agreement: only the holder of the device's X25519 private key opens it).
- **HMAC-SHA256** proves that the writer of a key epoch knew the previous epoch's key.
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
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes, hmac, serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from pacte_desktop.domain.errors import PacteError

FIELD = "sync"

KEY_SIZE = 32
NONCE_SIZE = 12
TAG_SIZE = 16
SIGNATURE_SIZE = 64
PUBLIC_KEY_SIZE = 32
PRIVATE_KEY_SIZE = 32

SALT_SIZE = 16
ARGON2ID = "argon2id"
SCRYPT = "scrypt"
ARGON2_T = 3
ARGON2_M = 64 * 1024  # KiB
ARGON2_P = 4
# Bounds on parameters read back from a seal: a tampered file must not make the application
# allocate gigabytes or spin for minutes before the passphrase is even checked.
KDF_MAX_MEMORY = 256 * 1024 * 1024
ARGON2_MAX_T = 10
ARGON2_MAX_P = 16
SCRYPT_MAX_R = 32
SCRYPT_MAX_P = 4

AEAD_NAME = "chacha20poly1305"
CERTIFICATE_TYPE = "pacte-device-certificate"
BOX_INFO = b"pacte-device-box-v1"


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
    about: Mapping[str, object] | None = None,
) -> dict[str, object]:
    """The organisation's signed statement that ``device_public_key`` belongs to its device.

    ``issued_at`` defaults to now (UTC, ISO 8601). ``about`` is what :func:`seal_about` made
    of the device's host name and who certified it (encrypted: a worker's name is personal
    data, and the certificate lies in the shared folder); certificates written before it
    existed still verify. The result is JSON-able, for ``keys/<device>.json``.
    """
    raw = (
        device_public_key
        if isinstance(device_public_key, bytes)
        else public_key_bytes(device_public_key)
    )
    public_key_from_bytes(raw)  # refuse a malformed key before signing it
    body: dict[str, object] = {
        "org_id": org_id,
        "device_id": device_id,
        "device_public_key": b64encode(raw),
        "issued_at": issued_at or datetime.now(UTC).isoformat(timespec="seconds"),
    }
    if about is not None:
        body["about"] = dict(about)
    return sign_document(CERTIFICATE_TYPE, body, org_private_key)


def _about_ad(device_id: str) -> bytes:
    return f"pacte-certificate-about:{device_id}".encode()


def seal_about(
    about: Mapping[str, object], *, device_id: str, epoch: int, content_key: bytes
) -> dict[str, object]:
    """A certificate's ``about`` (the device's host name, and who certified it: device,
    worker, host name), encrypted with the organisation's content key of ``epoch``."""
    data = encrypt(content_key, canonical_json(dict(about)), _about_ad(device_id))
    return {"epoch": epoch, "data": b64encode(data)}


def open_about(
    body: Mapping[str, object], content_keys: Mapping[int, bytes]
) -> dict[str, object] | None:
    """What a checked certificate's ``about`` says; None without one, without its key, or
    when it does not open (it is signed, so that would be a writer's bug)."""
    about = body.get("about")
    if not isinstance(about, Mapping):
        return None
    key = content_keys.get(about.get("epoch"))  # type: ignore[arg-type]
    if key is None:
        return None
    device_id = str(body.get("device_id"))
    try:
        raw = b64decode(about.get("data"), what="about")
        value = json.loads(decrypt(key, raw, _about_ad(device_id), what="about"))
    except (PacteError, UnicodeDecodeError, json.JSONDecodeError):
        return None
    return value if isinstance(value, dict) else None


def certificate_body(
    cert: Mapping[str, object],
    org_public_key: Ed25519PublicKey,
    *,
    expected_org_id: str | None = None,
    expected_device_id: str | None = None,
    what: str | None = None,
) -> dict[str, object]:
    """The checked body of a certificate (see :func:`verify_certificate`)."""
    label = what or f"keys/{cert.get('device_id', '?')}.json"
    body = verify_document(cert, org_public_key, kind=CERTIFICATE_TYPE, what=label)
    for key in ("org_id", "device_id", "device_public_key", "issued_at"):
        if not isinstance(body.get(key), str):
            raise PacteError(FIELD, "sync_corrupt", value=label, reason="item_missing", item=key)
    if expected_org_id is not None and body["org_id"] != expected_org_id:
        raise PacteError(FIELD, "sync_forged", value=label, reason="another_organisation")
    if expected_device_id is not None and body["device_id"] != expected_device_id:
        raise PacteError(FIELD, "sync_forged", value=label, reason="another_device")
    return body


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
    body = certificate_body(
        cert,
        org_public_key,
        expected_org_id=expected_org_id,
        expected_device_id=expected_device_id,
        what=label,
    )
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


# --- passphrase keys ------------------------------------------------------------------------


@dataclass(frozen=True)
class Kdf:
    """A passphrase KDF and its cost, stored beside every seal so that it can be raised later.

    ``argon2id`` (the default for new seals) takes ``t`` passes over ``m`` KiB with ``p``
    lanes; ``scrypt`` (seals written before Argon2id) takes ``n``, ``r`` and ``p``. Parameters
    read back from a seal are bounded (:data:`KDF_MAX_MEMORY`): a tampered root must not make
    the application allocate gigabytes or spin for minutes before the passphrase is checked.
    """

    name: str
    params: tuple[tuple[str, int], ...]

    @classmethod
    def argon2id(cls, *, t: int = ARGON2_T, m: int = ARGON2_M, p: int = ARGON2_P) -> Kdf:
        return cls.checked({"kdf": ARGON2ID, "t": t, "m": m, "p": p})

    @classmethod
    def scrypt(cls, *, n: int = 2**17, r: int = 8, p: int = 1) -> Kdf:
        return cls.checked({"kdf": SCRYPT, "n": n, "r": r, "p": p})

    @classmethod
    def checked(cls, fields: Mapping[str, object]) -> Kdf:
        """The KDF a seal names; ``ValueError`` for an unknown one or parameters out of bounds."""
        name = fields.get("kdf")
        if name == ARGON2ID:
            keys: tuple[str, ...] = ("t", "m", "p")
        elif name == SCRYPT:
            keys = ("n", "r", "p")
        else:
            raise ValueError(f"unsupported kdf {name!r}")
        values: dict[str, int] = {}
        for key in keys:
            value = fields.get(key)
            if isinstance(value, bool) or not isinstance(value, int):
                raise ValueError(f"{name} parameter {key} missing")
            values[key] = value
        if name == ARGON2ID:
            t, m, p = values["t"], values["m"], values["p"]
            if not 1 <= t <= ARGON2_MAX_T or not 1 <= p <= ARGON2_MAX_P:
                raise ValueError(f"argon2id t={t}, p={p}")
            if not 8 * p <= m <= KDF_MAX_MEMORY // 1024:
                raise ValueError(f"argon2id m={m} KiB")
        else:
            n, r, p = values["n"], values["r"], values["p"]
            if n < 2 or n & (n - 1) or not 1 <= r <= SCRYPT_MAX_R or not 1 <= p <= SCRYPT_MAX_P:
                raise ValueError(f"scrypt n={n}, r={r}, p={p}")
            if 128 * r * n > KDF_MAX_MEMORY:
                raise ValueError(f"scrypt n={n}, r={r}: more than {KDF_MAX_MEMORY >> 20} MiB")
        return cls(name, tuple(values.items()))

    def as_dict(self) -> dict[str, object]:
        return {"kdf": self.name, **dict(self.params)}

    def derive(self, passphrase: str, salt: bytes) -> bytes:
        """The 32-byte key of ``passphrase`` (NFC-normalised: the same passphrase typed on
        macOS and on Windows gives the same bytes)."""
        secret = unicodedata.normalize("NFC", passphrase).encode("utf-8")
        values = dict(self.params)
        if self.name == ARGON2ID:
            return Argon2id(
                salt=salt,
                length=KEY_SIZE,
                iterations=values["t"],
                lanes=values["p"],
                memory_cost=values["m"],
            ).derive(secret)
        return Scrypt(
            salt=salt, length=KEY_SIZE, n=values["n"], r=values["r"], p=values["p"]
        ).derive(secret)


#: New seals: Argon2id with RFC 9106's second recommended setting (64 MiB, 3 passes, 4 lanes).
DEFAULT_KDF = Kdf.argon2id()


@dataclass(frozen=True)
class PassphraseKey:
    """A key derived from a passphrase with the KDF and salt of one seal, and those settings.

    ``settings`` (``kdf``, its parameters, ``salt``, ``aead``) is what the seal stores in
    clear and binds to its ciphertext; the same settings and passphrase give the same key, so
    a key derived once opens (and seals) everything that names these settings.
    """

    key: bytes
    settings: dict[str, object]


def _settings(kdf: Kdf, salt: bytes) -> dict[str, object]:
    return {**kdf.as_dict(), "salt": b64encode(salt), "aead": AEAD_NAME}


def new_passphrase_key(passphrase: str, kdf: Kdf = DEFAULT_KDF) -> PassphraseKey:
    """A fresh salt and the key ``passphrase`` gives with it."""
    if not passphrase:
        raise ValueError("an empty passphrase seals nothing")
    salt = os.urandom(SALT_SIZE)
    return PassphraseKey(kdf.derive(passphrase, salt), _settings(kdf, salt))


def seal_settings(sealed: object, *, what: str) -> tuple[Kdf, bytes, dict[str, object]]:
    """The KDF, salt and clear settings of a seal, checked and bounded; ``sync_corrupt``
    naming ``what`` if they are malformed or beyond the bounds."""
    if not isinstance(sealed, Mapping):
        raise PacteError(FIELD, "sync_corrupt", value=what, reason="json_object_expected")
    if sealed.get("aead") != AEAD_NAME:
        raise PacteError(
            FIELD,
            "sync_corrupt",
            value=what,
            reason="unsupported_kdf",
            kdf=repr(sealed.get("kdf"))[:40],
            aead=repr(sealed.get("aead"))[:40],
        )
    try:
        kdf = Kdf.checked(sealed)
    except ValueError as exc:
        raise PacteError(FIELD, "sync_corrupt", value=what, reason=str(exc)) from None
    salt = b64decode(sealed.get("salt"), what=what, size=SALT_SIZE)
    return kdf, salt, _settings(kdf, salt)


def passphrase_key(sealed: Mapping[str, object], passphrase: str, *, what: str) -> PassphraseKey:
    """The key ``passphrase`` gives with the settings of ``sealed`` (not checked yet: that is
    :func:`open_with_key`'s job)."""
    kdf, salt, settings = seal_settings(sealed, what=what)
    return PassphraseKey(kdf.derive(passphrase, salt), settings)


# --- sealing with a passphrase key ----------------------------------------------------------


def seal_with_key(
    secrets: Mapping[str, bytes], key: PassphraseKey, *, purpose: bytes = b""
) -> dict[str, object]:
    """Encrypt named secrets under a passphrase key; the settings and ``purpose`` are bound to
    the ciphertext as associated data (so a seal made for one purpose opens for no other).

    Returns a JSON-able dict ``{kdf, <parameters>, salt, aead, nonce, ciphertext}``.
    """
    bundle = canonical_json({name: b64encode(value) for name, value in secrets.items()})
    nonce = new_nonce()
    ciphertext = aead_encrypt(key.key, nonce, bundle, canonical_json(key.settings) + purpose)
    return {**key.settings, "nonce": b64encode(nonce), "ciphertext": b64encode(ciphertext)}


def open_with_key(
    sealed: Mapping[str, object], key: PassphraseKey, *, what: str, purpose: bytes = b""
) -> dict[str, bytes]:
    """The secrets of :func:`seal_with_key`.

    ``sync_passphrase`` naming ``what`` when the key does not open it (a wrong passphrase and
    an altered ciphertext cannot be told apart); ``sync_corrupt`` for a malformed seal.
    """

    def corrupt(reason: str, **details: object) -> PacteError:
        return PacteError(FIELD, "sync_corrupt", value=what, reason=reason, **details)

    _kdf, _salt, settings = seal_settings(sealed, what=what)
    nonce = b64decode(sealed.get("nonce"), what=what, size=NONCE_SIZE)
    ciphertext = b64decode(sealed.get("ciphertext"), what=what)
    if len(ciphertext) < TAG_SIZE:
        raise corrupt("ciphertext_short")
    if settings != key.settings:
        raise PacteError(FIELD, "sync_passphrase", value=what)
    try:
        plaintext = _cipher(key.key).decrypt(nonce, ciphertext, canonical_json(settings) + purpose)
    except InvalidTag:
        raise PacteError(FIELD, "sync_passphrase", value=what) from None
    try:
        bundle: Any = json.loads(plaintext.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise corrupt("sealed_not_json") from None
    if not isinstance(bundle, dict):
        raise corrupt("sealed_not_object")
    return {str(name): b64decode(value, what=what) for name, value in bundle.items()}


def seal_with_passphrase(
    secrets: Mapping[str, bytes], passphrase: str, *, kdf: Kdf = DEFAULT_KDF
) -> dict[str, object]:
    """Encrypt named secrets (e.g. the organisation private key and content key) under a key
    derived from ``passphrase`` with ``kdf`` and a fresh salt. Cheaper KDFs only in tests."""
    return seal_with_key(secrets, new_passphrase_key(passphrase, kdf))


def open_with_passphrase(
    sealed: Mapping[str, object], passphrase: str, *, what: str
) -> dict[str, bytes]:
    """The secrets sealed by :func:`seal_with_passphrase` (Argon2id, or scrypt for seals
    written before it). ``sync_passphrase`` naming ``what`` (e.g. the organisation) for a
    wrong passphrase; ``sync_corrupt`` for a malformed or out-of-bounds seal, refused before
    any key is derived."""
    return open_with_key(sealed, passphrase_key(sealed, passphrase, what=what), what=what)


# --- sealing to a device (X25519) ------------------------------------------------------------


def generate_box_key() -> X25519PrivateKey:
    """A device's X25519 key pair: what a new key epoch's content key is sealed to."""
    return X25519PrivateKey.generate()


def box_private_bytes(key: X25519PrivateKey) -> bytes:
    return key.private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )


def box_key_from_bytes(raw: bytes) -> X25519PrivateKey:
    if len(raw) != PRIVATE_KEY_SIZE:
        raise ValueError(f"an X25519 private key has {PRIVATE_KEY_SIZE} bytes, not {len(raw)}")
    return X25519PrivateKey.from_private_bytes(raw)


def box_public_bytes(key: X25519PrivateKey | X25519PublicKey) -> bytes:
    public = key.public_key() if isinstance(key, X25519PrivateKey) else key
    return public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def _box_key(shared: bytes, ephemeral: bytes, recipient: bytes) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(), length=KEY_SIZE, salt=ephemeral + recipient, info=BOX_INFO
    ).derive(shared)


def box_seal(recipient: bytes, plaintext: bytes, associated_data: bytes) -> str:
    """``plaintext`` sealed to the X25519 public key ``recipient`` (32 raw bytes): an
    ephemeral key agreement, HKDF-SHA256, then ChaCha20-Poly1305 bound to ``associated_data``.
    Base64 of ``ephemeral public key || nonce || ciphertext``."""
    if len(recipient) != PUBLIC_KEY_SIZE:
        raise ValueError("an X25519 public key has 32 bytes")
    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = box_public_bytes(ephemeral)
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient))
    key = _box_key(shared, ephemeral_public, recipient)
    return b64encode(ephemeral_public + encrypt(key, plaintext, associated_data))


def box_open(
    private: X25519PrivateKey, sealed: object, associated_data: bytes, *, what: str
) -> bytes:
    """The plaintext of :func:`box_seal`; ``sync_forged`` if it was not sealed to this key,
    or was altered."""
    raw = b64decode(sealed, what=what)
    if len(raw) < PUBLIC_KEY_SIZE + NONCE_SIZE + TAG_SIZE:
        raise PacteError(FIELD, "sync_forged", value=what, reason="box_short")
    ephemeral_public = raw[:PUBLIC_KEY_SIZE]
    shared = private.exchange(X25519PublicKey.from_public_bytes(ephemeral_public))
    key = _box_key(shared, ephemeral_public, box_public_bytes(private))
    return decrypt(key, raw[PUBLIC_KEY_SIZE:], associated_data, what=what)


# --- proof of knowing a key ------------------------------------------------------------------


def mac(key: bytes, message: bytes) -> str:
    """HMAC-SHA256 of ``message`` under ``key``, in base64."""
    h = hmac.HMAC(key, hashes.SHA256())
    h.update(message)
    return b64encode(h.finalize())


def check_mac(key: bytes, message: bytes, tag: object, *, what: str) -> None:
    """``sync_forged`` naming ``what`` unless ``tag`` is :func:`mac` of ``message``."""
    raw = b64decode(tag, what=what)
    h = hmac.HMAC(key, hashes.SHA256())
    h.update(message)
    try:
        h.verify(raw)
    except InvalidSignature:
        raise PacteError(FIELD, "sync_forged", value=what, reason="bad_proof") from None
