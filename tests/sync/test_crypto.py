"""Signatures, AEAD, passphrase sealing and device certificates, with real keys."""

from __future__ import annotations

import base64
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pacte_desktop.domain.errors import PacteError
from pacte_desktop.sync import crypto

# Tests seal with a cheap key derivation; one test below uses the default parameters.
FAST = {"kdf": crypto.Kdf.scrypt(n=2**4)}
CHEAP_ARGON2 = crypto.Kdf.argon2id(t=1, m=64, p=1)


def flip(data: bytes, index: int) -> bytes:
    return data[:index] + bytes([data[index] ^ 0x01]) + data[index + 1 :]


# --- canonical JSON ------------------------------------------------------------------------


def test_canonical_json_sorts_keys_without_spaces_in_utf8() -> None:
    assert crypto.canonical_json({"b": 1, "a": [1, {"d": "é", "c": None}]}) == (
        '{"a":[1,{"c":null,"d":"é"}],"b":1}'.encode()
    )


def test_canonical_json_refuses_nan() -> None:
    with pytest.raises(ValueError):
        crypto.canonical_json({"x": float("nan")})


@given(st.dictionaries(st.text(), st.one_of(st.integers(), st.text(), st.none(), st.booleans())))
def test_canonical_json_does_not_depend_on_key_order(value: dict[str, object]) -> None:
    reversed_order = dict(reversed(list(value.items())))
    assert crypto.canonical_json(value) == crypto.canonical_json(reversed_order)
    assert json.loads(crypto.canonical_json(value)) == value


# --- signatures ----------------------------------------------------------------------------


def test_sign_and_verify() -> None:
    key = crypto.generate_signing_key()
    signature = crypto.sign(key, b"message")
    assert len(signature) == crypto.SIGNATURE_SIZE
    crypto.verify(key.public_key(), signature, b"message", what="x")


def test_verify_refuses_altered_message_signature_and_other_key() -> None:
    key, other = crypto.generate_signing_key(), crypto.generate_signing_key()
    signature = crypto.sign(key, b"message")
    cases = [
        (key.public_key(), signature, b"messagE"),
        (key.public_key(), flip(signature, 10), b"message"),
        (key.public_key(), signature[:-1], b"message"),
        (other.public_key(), signature, b"message"),
    ]
    for public, sig, message in cases:
        with pytest.raises(PacteError) as info:
            crypto.verify(public, sig, message, what="log/d1/file.chg")
        assert info.value.code == "sync_forged"
        assert info.value.field == "sync"
        assert "log/d1/file.chg" in str(info.value)


def test_keys_round_trip_through_raw_bytes_and_base64() -> None:
    key = crypto.generate_signing_key()
    raw_private = crypto.private_key_bytes(key)
    raw_public = crypto.public_key_bytes(key)
    assert len(raw_private) == 32 and len(raw_public) == 32
    again = crypto.private_key_from_bytes(raw_private)
    assert crypto.public_key_bytes(again) == raw_public
    text = crypto.b64encode(raw_public)
    public = crypto.public_key_from_bytes(crypto.b64decode(text, what="k", size=32))
    crypto.verify(public, crypto.sign(again, b"m"), b"m", what="k")


def test_malformed_public_key_and_base64_are_corrupt() -> None:
    with pytest.raises(PacteError) as info:
        crypto.public_key_from_bytes(b"short", what="keys/d1.json")
    assert info.value.code == "sync_corrupt"
    with pytest.raises(PacteError) as info:
        crypto.b64decode("not base64!", what="keys/d1.json")
    assert info.value.code == "sync_corrupt"
    with pytest.raises(PacteError):
        crypto.b64decode(crypto.b64encode(b"abc"), what="k", size=4)
    with pytest.raises(ValueError):
        crypto.private_key_from_bytes(b"x" * 31)


def test_signed_document_round_trip_and_type_separation() -> None:
    key = crypto.generate_signing_key()
    charter = crypto.sign_document("pacte-charter", {"version": 3, "fields": ["name"]}, key)
    assert crypto.verify_document(
        charter, key.public_key(), kind="pacte-charter", what="charter/v0003.json"
    ) == {"version": 3, "fields": ["name"]}
    # Key order does not matter: canonical JSON is what was signed.
    shuffled = dict(reversed(list(charter.items())))
    crypto.verify_document(shuffled, key.public_key(), kind="pacte-charter", what="c")
    # The same signature does not pass as another kind of document.
    with pytest.raises(PacteError) as info:
        crypto.verify_document(charter, key.public_key(), kind=crypto.CERTIFICATE_TYPE, what="c")
    assert info.value.code == "sync_forged"
    forged = {**charter, "type": crypto.CERTIFICATE_TYPE}
    with pytest.raises(PacteError) as info:
        crypto.verify_document(forged, key.public_key(), kind=crypto.CERTIFICATE_TYPE, what="c")
    assert info.value.code == "sync_forged"
    altered = {**charter, "fields": ["name", "email"]}
    with pytest.raises(PacteError) as info:
        crypto.verify_document(altered, key.public_key(), kind="pacte-charter", what="c")
    assert info.value.code == "sync_forged"
    unsigned = {k: v for k, v in charter.items() if k != "signature"}
    with pytest.raises(PacteError) as info:
        crypto.verify_document(unsigned, key.public_key(), kind="pacte-charter", what="c")
    assert info.value.code == "sync_corrupt"


# --- AEAD ----------------------------------------------------------------------------------


def test_content_keys_are_random_32_bytes() -> None:
    a, b = crypto.generate_content_key(), crypto.generate_content_key()
    assert len(a) == 32 and a != b


@given(st.binary(max_size=2000), st.binary(max_size=200))
def test_encrypt_decrypt_round_trip(plaintext: bytes, aad: bytes) -> None:
    key = crypto.generate_content_key()
    sealed = crypto.encrypt(key, plaintext, aad)
    assert len(sealed) == crypto.NONCE_SIZE + len(plaintext) + crypto.TAG_SIZE
    assert crypto.decrypt(key, sealed, aad, what="x") == plaintext


def test_encrypt_uses_a_fresh_nonce_each_time() -> None:
    key = crypto.generate_content_key()
    assert crypto.encrypt(key, b"same") != crypto.encrypt(key, b"same")


def test_decrypt_refuses_wrong_key_altered_ciphertext_and_altered_aad() -> None:
    key = crypto.generate_content_key()
    sealed = crypto.encrypt(key, b"Rue de la Victoire 12", b"header")
    cases = [
        (crypto.generate_content_key(), sealed, b"header"),
        (key, flip(sealed, crypto.NONCE_SIZE + 3), b"header"),
        (key, flip(sealed, 0), b"header"),  # the nonce
        (key, flip(sealed, len(sealed) - 1), b"header"),  # the tag
        (key, sealed, b"headeR"),
        (key, sealed, b""),
        (key, sealed[:10], b"header"),
    ]
    for k, data, aad in cases:
        with pytest.raises(PacteError) as info:
            crypto.decrypt(k, data, aad, what="log/d1/x.chg")
        assert info.value.code == "sync_forged"
        assert "log/d1/x.chg" in str(info.value)


def test_content_key_of_the_wrong_size_is_a_programming_error() -> None:
    with pytest.raises(ValueError):
        crypto.encrypt(b"k" * 16, b"x")


# --- passphrase sealing --------------------------------------------------------------------


def test_seal_and_open_with_passphrase() -> None:
    org_key = crypto.generate_signing_key()
    secrets = {
        "org_private_key": crypto.private_key_bytes(org_key),
        "content_key": crypto.generate_content_key(),
    }
    sealed = crypto.seal_with_passphrase(secrets, "Parvis de Saint-Gilles 2026", **FAST)
    # JSON-able, and nothing secret in clear.
    text = json.dumps(sealed)
    for value in secrets.values():
        assert crypto.b64encode(value) not in text
    assert {"kdf", "salt", "n", "r", "p", "nonce", "ciphertext"} <= set(sealed)
    assert sealed["kdf"] == "scrypt" and sealed["n"] == 2**4
    assert len(base64.b64decode(str(sealed["salt"]))) == 16
    opened = crypto.open_with_passphrase(
        json.loads(text), "Parvis de Saint-Gilles 2026", what="CPAS"
    )
    assert opened == secrets


def test_wrong_passphrase_is_refused_naming_what() -> None:
    sealed = crypto.seal_with_passphrase({"k": b"secret"}, "correct horse", **FAST)
    with pytest.raises(PacteError) as info:
        crypto.open_with_passphrase(sealed, "correct hors", what="Mission locale")
    assert info.value.code == "sync_passphrase"
    assert info.value.field == "sync"
    assert "Mission locale" in str(info.value)


def test_passphrase_is_unicode_normalised() -> None:
    composed, decomposed = "caf\u00e9", "cafe\u0301"
    sealed = crypto.seal_with_passphrase({"k": b"secret"}, composed, **FAST)
    assert crypto.open_with_passphrase(sealed, decomposed, what="x") == {"k": b"secret"}


def test_altered_parameters_or_ciphertext_do_not_open() -> None:
    sealed = crypto.seal_with_passphrase({"k": b"secret"}, "pass phrase", **FAST)
    ciphertext = base64.b64decode(str(sealed["ciphertext"]))
    salt = base64.b64decode(str(sealed["salt"]))
    for altered in (
        {**sealed, "ciphertext": crypto.b64encode(flip(ciphertext, 0))},
        {**sealed, "salt": crypto.b64encode(flip(salt, 0))},
        {**sealed, "n": 2**5},
    ):
        with pytest.raises(PacteError) as info:
            crypto.open_with_passphrase(altered, "pass phrase", what="x")
        assert info.value.code == "sync_passphrase"


def test_malformed_or_excessive_sealed_bundles_are_corrupt() -> None:
    sealed = crypto.seal_with_passphrase({"k": b"secret"}, "pass phrase", **FAST)
    for altered in (
        {**sealed, "kdf": "pbkdf2"},
        {**sealed, "n": 2**30},  # refused before allocating gigabytes
        {**sealed, "n": 1000},  # not a power of two
        {**sealed, "r": "8"},
        {**sealed, "p": 0},
        {**sealed, "salt": "!!"},
        {k: v for k, v in sealed.items() if k != "nonce"},
    ):
        with pytest.raises(PacteError) as info:
            crypto.open_with_passphrase(altered, "pass phrase", what="x")
        assert info.value.code == "sync_corrupt"


def test_seal_refuses_bad_parameters() -> None:
    with pytest.raises(ValueError):
        crypto.seal_with_passphrase({"k": b"x"}, "", **FAST)
    for bad in (
        lambda: crypto.Kdf.scrypt(n=1000),
        lambda: crypto.Kdf.scrypt(n=2**22),  # 4 GiB
        lambda: crypto.Kdf.argon2id(m=2**20),  # 1 GiB
        lambda: crypto.Kdf.argon2id(t=0),
        lambda: crypto.Kdf.argon2id(m=4, p=1),
    ):
        with pytest.raises(ValueError):
            bad()


def test_default_parameters_are_argon2id_per_rfc_9106() -> None:
    """New seals: Argon2id, 64 MiB, 3 passes, 4 lanes (RFC 9106's second recommendation),
    stored beside the ciphertext."""
    sealed = crypto.seal_with_passphrase({"k": b"secret"}, "pass phrase")
    assert (sealed["kdf"], sealed["t"], sealed["m"], sealed["p"]) == ("argon2id", 3, 65536, 4)
    assert crypto.open_with_passphrase(sealed, "pass phrase", what="x") == {"k": b"secret"}


def test_a_seal_written_before_argon2id_still_opens() -> None:
    """Roots created before the change: scrypt n=2**15, r=8, p=1, the old format exactly."""
    import os

    from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    salt, nonce = os.urandom(16), os.urandom(12)
    params = {"kdf": "scrypt", "salt": crypto.b64encode(salt), "n": 2**15, "r": 8, "p": 1}
    params["aead"] = "chacha20poly1305"
    key = Scrypt(salt=salt, length=32, n=2**15, r=8, p=1).derive(b"ancienne phrase")
    bundle = crypto.canonical_json({"content_key": crypto.b64encode(b"c" * 32)})
    ciphertext = ChaCha20Poly1305(key).encrypt(nonce, bundle, crypto.canonical_json(params))
    old = {**params, "nonce": crypto.b64encode(nonce), "ciphertext": crypto.b64encode(ciphertext)}
    assert crypto.open_with_passphrase(old, "ancienne phrase", what="x") == {
        "content_key": b"c" * 32
    }


def test_argon2id_bounds_refuse_a_tampered_seal_before_deriving() -> None:
    """A seal naming gigabytes or thousands of passes is refused at once (no allocation)."""
    import time

    sealed = crypto.seal_with_passphrase({"k": b"secret"}, "pass phrase", kdf=CHEAP_ARGON2)
    assert crypto.open_with_passphrase(sealed, "pass phrase", what="x") == {"k": b"secret"}
    for altered in (
        {**sealed, "m": 4 * 1024 * 1024},  # 4 GiB
        {**sealed, "t": 100_000},
        {**sealed, "p": 1000},
        {**sealed, "m": True},
        {**sealed, "kdf": "argon2i"},
    ):
        start = time.monotonic()
        with pytest.raises(PacteError) as info:
            crypto.open_with_passphrase(altered, "pass phrase", what="ORG.json")
        assert info.value.code == "sync_corrupt"
        assert time.monotonic() - start < 1.0
    with pytest.raises(PacteError) as info:  # a changed cost is a changed key
        crypto.open_with_passphrase({**sealed, "t": 2}, "pass phrase", what="x")
    assert info.value.code == "sync_passphrase"


def test_a_box_opens_only_with_its_device_key_and_binding() -> None:
    device, other = crypto.generate_box_key(), crypto.generate_box_key()
    sealed = crypto.box_seal(crypto.box_public_bytes(device), b"k" * 32, b"epoch 2")
    assert crypto.box_open(device, sealed, b"epoch 2", what="x") == b"k" * 32
    for key, ad in ((other, b"epoch 2"), (device, b"epoch 3")):
        with pytest.raises(PacteError) as info:
            crypto.box_open(key, sealed, ad, what="x")
        assert info.value.code == "sync_forged"


def test_a_certificate_about_is_sealed_and_old_certificates_verify() -> None:
    org, device = crypto.generate_signing_key(), crypto.generate_signing_key()
    key = crypto.generate_content_key()
    about = crypto.seal_about(
        {"device_name": "PC-ACCUEIL", "issued_by": {"worker": "Farida Aissa"}},
        device_id="dev-1",
        epoch=1,
        content_key=key,
    )
    cert = crypto.issue_certificate(
        org_private_key=org,
        org_id="org-cpas",
        device_id="dev-1",
        device_public_key=device.public_key(),
        about=about,
    )
    assert "Farida" not in json.dumps(cert) and "PC-ACCUEIL" not in json.dumps(cert)
    body = crypto.certificate_body(cert, org.public_key())
    assert crypto.open_about(body, {1: key}) == {
        "device_name": "PC-ACCUEIL",
        "issued_by": {"worker": "Farida Aissa"},
    }
    assert crypto.open_about(body, {1: crypto.generate_content_key()}) is None
    assert crypto.open_about(body, {}) is None
    # An altered about breaks the organisation's signature.
    with pytest.raises(PacteError):
        crypto.verify_certificate({**cert, "about": {**about, "epoch": 2}}, org.public_key())


# --- certificates --------------------------------------------------------------------------


def test_certificate_issue_and_verify() -> None:
    org, device = crypto.generate_signing_key(), crypto.generate_signing_key()
    cert = crypto.issue_certificate(
        org_private_key=org,
        org_id="org-cpas",
        device_id="dev-1",
        device_public_key=device.public_key(),
        issued_at="2026-01-05T09:00:00+00:00",
    )
    cert = json.loads(json.dumps(cert))  # as read back from keys/dev-1.json
    public = crypto.verify_certificate(
        cert, org.public_key(), expected_org_id="org-cpas", expected_device_id="dev-1"
    )
    assert crypto.public_key_bytes(public) == crypto.public_key_bytes(device)
    # Raw bytes are accepted too, and issued_at defaults to now.
    again = crypto.issue_certificate(
        org_private_key=org,
        org_id="org-cpas",
        device_id="dev-2",
        device_public_key=crypto.public_key_bytes(device),
    )
    assert str(again["issued_at"]).startswith("20")
    crypto.verify_certificate(again, org.public_key())


def test_certificate_signed_by_another_organisation_is_forged() -> None:
    org, intruder, device = (crypto.generate_signing_key() for _ in range(3))
    cert = crypto.issue_certificate(
        org_private_key=intruder,
        org_id="org-cpas",
        device_id="dev-1",
        device_public_key=device.public_key(),
    )
    with pytest.raises(PacteError) as info:
        crypto.verify_certificate(cert, org.public_key())
    assert info.value.code == "sync_forged"
    assert "keys/dev-1.json" in str(info.value)


def test_certificate_with_altered_fields_is_forged() -> None:
    org, device, other = (crypto.generate_signing_key() for _ in range(3))
    cert = crypto.issue_certificate(
        org_private_key=org,
        org_id="org-cpas",
        device_id="dev-1",
        device_public_key=device.public_key(),
    )
    for altered in (
        {**cert, "device_public_key": crypto.b64encode(crypto.public_key_bytes(other))},
        {**cert, "device_id": "dev-2"},
        {**cert, "org_id": "org-other"},
        {**cert, "issued_at": "2020-01-01T00:00:00+00:00"},
    ):
        with pytest.raises(PacteError) as info:
            crypto.verify_certificate(altered, org.public_key())
        assert info.value.code == "sync_forged"


def test_certificate_for_another_device_or_organisation_is_forged() -> None:
    org, device = crypto.generate_signing_key(), crypto.generate_signing_key()
    cert = crypto.issue_certificate(
        org_private_key=org,
        org_id="org-cpas",
        device_id="dev-1",
        device_public_key=device.public_key(),
    )
    with pytest.raises(PacteError) as info:
        crypto.verify_certificate(cert, org.public_key(), expected_device_id="dev-2")
    assert info.value.code == "sync_forged"
    with pytest.raises(PacteError) as info:
        crypto.verify_certificate(cert, org.public_key(), expected_org_id="org-other")
    assert info.value.code == "sync_forged"


def test_a_signed_charter_does_not_pass_as_a_certificate() -> None:
    org, device = crypto.generate_signing_key(), crypto.generate_signing_key()
    body = {
        "org_id": "org-cpas",
        "device_id": "dev-1",
        "device_public_key": crypto.b64encode(crypto.public_key_bytes(device)),
        "issued_at": "2026-01-05T09:00:00+00:00",
    }
    not_a_cert = crypto.sign_document("pacte-charter", body, org)
    with pytest.raises(PacteError) as info:
        crypto.verify_certificate(not_a_cert, org.public_key())
    assert info.value.code == "sync_forged"
