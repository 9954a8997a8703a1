"""Change files: round trips, and every way a file on a shared folder can be wrong."""

from __future__ import annotations

import hashlib
import json
import re
import struct
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import given, settings
from hypothesis import strategies as st

from pacte_desktop.domain.errors import PacteError
from pacte_desktop.sync import changefile, crypto
from pacte_desktop.sync.changefile import ChangeFile, check_chain, read_change_file

ORG = "org-cpas"
SCHEMA = "0004"


@dataclass
class Device:
    device_id: str
    key: Ed25519PrivateKey
    content_key: bytes

    def write(
        self,
        ops: Sequence[Mapping[str, object]],
        *,
        seq: int = 1,
        prev: str | None = None,
        scope: str = "org",
        charter: int | None = None,
        org_id: str = ORG,
    ) -> tuple[str, bytes]:
        return changefile.write_change_file(
            ops,
            scope=scope,
            org_id=org_id,
            device_id=self.device_id,
            seq=seq,
            prev=prev,
            schema=SCHEMA,
            charter=charter,
            content_key=self.content_key,
            device_private_key=self.key,
        )

    def read(self, name: str, data: bytes) -> ChangeFile:
        return read_change_file(
            name,
            data,
            expected_device_id=self.device_id,
            device_public_key=self.key.public_key(),
            content_key=self.content_key,
        )


@pytest.fixture(scope="module")
def content_key() -> bytes:
    return crypto.generate_content_key()


@pytest.fixture(scope="module")
def device(content_key: bytes) -> Device:
    return Device("dev-farida", crypto.generate_signing_key(), content_key)


@pytest.fixture(scope="module")
def other_device(content_key: bytes) -> Device:
    return Device("dev-karim", crypto.generate_signing_key(), content_key)


def op(n: int, **fields: object) -> dict[str, object]:
    return {
        "table": "employer",
        "row_id": f"row-{n}",
        "hlc": f"{1_767_000_000_000 + n:013d}-0000-dev-farida",
        "fields": fields or {"name": f"Boulangerie {n}"},
    }


OPS = [op(1, name="Boulangerie Wittamer"), op(2, vat="BE0403170701"), op(3, deleted=True)]


def refused(reader: Device, name: str, data: bytes) -> PacteError:
    with pytest.raises(PacteError) as info:
        reader.read(name, data)
    assert info.value.field == "sync"
    return info.value


# --- round trips ---------------------------------------------------------------------------


def test_round_trip(device: Device) -> None:
    name, data = device.write(OPS, charter=3)
    assert re.fullmatch(changefile.NAME_PATTERN, name)
    assert name == f"{1:012d}-{hashlib.sha256(data).hexdigest()[:16]}.chg"
    assert data.startswith(b"PACTECHG")
    read = device.read(name, data)
    assert read.ops == tuple(OPS)
    assert (read.org_id, read.device_id, read.seq, read.prev) == (ORG, "dev-farida", 1, None)
    assert (read.scope, read.schema, read.charter, read.version) == ("org", SCHEMA, 3, 1)
    assert read.hlc_min == OPS[0]["hlc"] and read.hlc_max == OPS[2]["hlc"]
    assert read.sha256 == hashlib.sha256(data).hexdigest()
    assert read.name == name


def test_two_writes_of_the_same_ops_have_different_names(device: Device) -> None:
    # A device restored from a backup repeats a seq; the random nonce keeps names unique.
    first, _ = device.write(OPS)
    second, _ = device.write(OPS)
    assert first != second and first[:12] == second[:12]


def test_empty_ops_and_ops_without_stamps(device: Device) -> None:
    name, data = device.write([], scope="network")
    read = device.read(name, data)
    assert read.ops == () and read.hlc_min is None and read.hlc_max is None
    assert read.scope == "network"


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(), inner, max_size=3),
    max_leaves=10,
)
operations = st.lists(
    st.fixed_dictionaries(
        {
            "table": st.sampled_from(["employer", "contact", "followup"]),
            "row_id": st.uuids().map(str),
            "hlc": st.integers(0, 10**13 - 1).map(lambda w: f"{w:013d}-0000-dev-farida"),
            "fields": st.dictionaries(st.text(min_size=1), json_values, max_size=5),
        }
    ),
    max_size=8,
)


@settings(max_examples=50, deadline=None)
@given(ops=operations, seq=st.integers(1, 10**12 - 1), charter=st.none() | st.integers(0, 99))
def test_round_trip_of_random_operations(
    device: Device, ops: list[dict[str, Any]], seq: int, charter: int | None
) -> None:
    prev = None if seq == 1 else hashlib.sha256(b"previous").hexdigest()
    name, data = device.write(ops, seq=seq, prev=prev, charter=charter)
    read = device.read(name, data)
    assert list(read.ops) == ops
    assert (read.seq, read.prev, read.charter) == (seq, prev, charter)
    stamps = [o["hlc"] for o in ops]
    assert (read.hlc_min, read.hlc_max) == ((min(stamps), max(stamps)) if ops else (None, None))


def test_no_plaintext_in_the_bytes(device: Device) -> None:
    markers = ["MARKER-Wittamer-7f3a", "marker.email@example.be", "BE0403170701", "Boulangerie"]
    ops = [
        {
            "table": "employer",
            "row_id": "row-1",
            "hlc": "1767000000000-0000-dev-farida",
            "fields": {"name": markers[0], "email": markers[1], "vat": markers[2]},
        },
        {"table": "contact", "row_id": "row-2", "fields": {"note": markers[3] * 3}},
    ]
    _, data = device.write(ops)
    for marker in [*markers, "employer", "contact", "row-1", "email"]:
        assert marker.encode() not in data
        assert marker.encode("utf-16-le") not in data


# --- incomplete files: corrupt, to be read again later -------------------------------------


def test_zero_bytes_is_corrupt_and_names_the_file(device: Device) -> None:
    name, _ = device.write(OPS)
    error = refused(device, name, b"")
    assert error.code == "sync_corrupt"
    assert name in str(error) and "dev-farida" in str(error)


def test_truncated_at_every_37th_byte_is_corrupt(device: Device) -> None:
    name, data = device.write(OPS)
    cuts = range(1, len(data), 37)
    assert len(cuts) > 5
    for cut in [*cuts, len(data) - 1]:
        error = refused(device, name, data[:cut])
        assert error.code == "sync_corrupt", cut
        assert name in str(error)


def test_trailing_bytes_and_garbage_are_corrupt(device: Device) -> None:
    name, data = device.write(OPS)
    assert refused(device, name, data + b"\0").code == "sync_corrupt"
    assert refused(device, name, b"<html>502 Bad Gateway</html>").code == "sync_corrupt"
    huge_header = b"PACTECHG" + struct.pack(">I", 2**31) + b"{}"
    assert refused(device, name, huge_header).code == "sync_corrupt"
    not_json = b"PACTECHG" + struct.pack(">I", 3) + b"{x}"
    assert refused(device, name, not_json).code == "sync_corrupt"


# --- complete but wrong: forged ------------------------------------------------------------


def test_every_flipped_byte_is_refused(device: Device) -> None:
    name, data = device.write(OPS)
    (header_length,) = struct.unpack_from(">I", data, 8)
    header_end = 12 + header_length
    regions = {
        "header": range(12, header_end),
        "ciphertext": range(header_end, len(data) - 64),
        "signature": range(len(data) - 64, len(data)),
    }
    codes: dict[str, set[str]] = {}
    for region, indexes in regions.items():
        for index in indexes:
            flipped = data[:index] + bytes([data[index] ^ 0x20]) + data[index + 1 :]
            # Re-name so the hash check passes: what is left to catch it is the signature,
            # the framing or the AEAD.
            renamed = changefile.file_name(1, flipped)
            codes.setdefault(region, set()).add(refused(device, renamed, flipped).code)
            # Under its original name, the hash no longer matches it.
            assert refused(device, name, flipped).code in {"sync_forged", "sync_corrupt"}
    assert codes["ciphertext"] == {"sync_forged"}
    assert codes["signature"] == {"sync_forged"}
    assert codes["header"] <= {"sync_forged", "sync_corrupt"}


def test_renamed_file_is_forged(device: Device) -> None:
    name, data = device.write(OPS)
    other_hash = name[:13] + "0123456789abcdef.chg"
    error = refused(device, other_hash, data)
    assert error.code == "sync_forged"
    assert other_hash in str(error)
    other_seq = changefile.file_name(2, data)
    assert refused(device, other_seq, data).code == "sync_forged"


def test_name_outside_the_pattern_is_refused(device: Device) -> None:
    name, data = device.write(OPS)
    for bad in (name + ".part", name.replace(".chg", " (conflicted copy).chg"), "x.chg"):
        assert refused(device, bad, data).code == "sync_forged"


def test_copied_into_another_devices_directory_is_forged(
    device: Device, other_device: Device
) -> None:
    name, data = device.write(OPS)
    error = refused(other_device, name, data)
    assert error.code == "sync_forged"
    assert "dev-karim" in str(error) and name in str(error)
    # Even when read with the right key, the directory does not match the header.
    with pytest.raises(PacteError) as info:
        read_change_file(
            name,
            data,
            expected_device_id="dev-karim",
            device_public_key=device.key.public_key(),
            content_key=device.content_key,
        )
    assert info.value.code == "sync_forged"


def test_signed_by_a_device_of_another_organisation_is_forged(
    device: Device, content_key: bytes
) -> None:
    # An intruder knows the device id and even the content key, but not the device's key:
    # its own device key (certified by another organisation) does not verify.
    intruder = Device(device.device_id, crypto.generate_signing_key(), content_key)
    name, data = intruder.write(OPS)
    error = refused(device, name, data)
    assert error.code == "sync_forged"


def test_certified_key_chain_rejects_a_foreign_device(content_key: bytes) -> None:
    org, foreign_org = crypto.generate_signing_key(), crypto.generate_signing_key()
    device_key = crypto.generate_signing_key()
    cert = crypto.issue_certificate(
        org_private_key=foreign_org,
        org_id=ORG,
        device_id="dev-x",
        device_public_key=device_key.public_key(),
    )
    with pytest.raises(PacteError) as info:
        crypto.verify_certificate(cert, org.public_key(), expected_device_id="dev-x")
    assert info.value.code == "sync_forged"


def test_wrong_organisation_is_forged(device: Device) -> None:
    name, data = device.write(OPS, org_id="org-other")
    with pytest.raises(PacteError) as info:
        read_change_file(
            name,
            data,
            expected_device_id=device.device_id,
            device_public_key=device.key.public_key(),
            content_key=device.content_key,
            expected_org_id=ORG,
        )
    assert info.value.code == "sync_forged"


def test_wrong_content_key_is_refused(device: Device) -> None:
    name, data = device.write(OPS)
    with pytest.raises(PacteError) as info:
        read_change_file(
            name,
            data,
            expected_device_id=device.device_id,
            device_public_key=device.key.public_key(),
            content_key=crypto.generate_content_key(),
        )
    assert info.value.code == "sync_forged"
    assert name in str(info.value)


def _resign(device: Device, header: dict[str, object], ciphertext: bytes) -> tuple[str, bytes]:
    """A file built by hand by the legitimate device, to test the reader's header checks."""
    header_bytes = crypto.canonical_json(header)
    body = b"PACTECHG" + struct.pack(">I", len(header_bytes)) + header_bytes + ciphertext
    data = body + crypto.sign(device.key, body)
    seq = header["seq"]
    assert isinstance(seq, int)
    return changefile.file_name(seq, data), data


def _parts(data: bytes) -> tuple[dict[str, Any], bytes]:
    (length,) = struct.unpack_from(">I", data, 8)
    return json.loads(data[12 : 12 + length]), data[12 + length : -64]


def test_ciphertext_swapped_under_another_header_does_not_decrypt(device: Device) -> None:
    # Even the device's own key cannot move ciphertext under a new header: it is the AAD.
    _, data = device.write(OPS, charter=3)
    header, ciphertext = _parts(data)
    name, forged = _resign(device, {**header, "charter": 4}, ciphertext)
    assert refused(device, name, forged).code == "sync_forged"


def test_newer_format_and_malformed_signed_headers_are_corrupt(device: Device) -> None:
    _, data = device.write(OPS)
    header, ciphertext = _parts(data)
    for altered in (
        {**header, "version": 2},
        {**header, "scope": "world"},
        {**header, "prev": "abc"},
        {**header, "nonce": "zz"},
        {**header, "extra": 1},
    ):
        name, forged = _resign(device, altered, ciphertext)
        assert refused(device, name, forged).code == "sync_corrupt"


def test_write_refuses_inconsistent_arguments(device: Device) -> None:
    with pytest.raises(ValueError):
        device.write(OPS, seq=0)
    with pytest.raises(ValueError):
        device.write(OPS, seq=1, prev=hashlib.sha256(b"x").hexdigest())
    with pytest.raises(ValueError):
        device.write(OPS, seq=2, prev=None)
    with pytest.raises(ValueError):
        device.write(OPS, scope="world")


# --- chains --------------------------------------------------------------------------------


def _chain(device: Device, count: int) -> list[ChangeFile]:
    files: list[ChangeFile] = []
    prev: str | None = None
    for seq in range(1, count + 1):
        name, data = device.write([op(seq)], seq=seq, prev=prev)
        files.append(device.read(name, data))
        prev = files[-1].sha256
    return files


def test_intact_chain(device: Device) -> None:
    files = _chain(device, 5)
    report = check_chain(files)
    assert report.ok and report.gaps == () and report.broken == ()
    assert check_chain(list(reversed(files))).ok
    assert check_chain(files[2:], start=3).ok
    assert check_chain([]).ok


def test_chain_gaps_are_reported(device: Device) -> None:
    files = _chain(device, 6)
    report = check_chain([files[0], files[1], files[4], files[5]])
    assert report.gaps == (3, 4)
    assert not report.ok
    assert check_chain(files[2:]).gaps == (1, 2)


def test_broken_prev_is_reported(device: Device) -> None:
    files = _chain(device, 3)
    name, data = device.write([op(9)], seq=3, prev=hashlib.sha256(b"elsewhere").hexdigest())
    stray = device.read(name, data)
    report = check_chain([files[0], files[1], stray])
    assert report.broken == (stray.name,)
    assert report.gaps == ()


def test_repeated_sequence_numbers_are_reported(device: Device) -> None:
    files = _chain(device, 2)
    name, data = device.write([op(7)], seq=2, prev=files[0].sha256)
    restored = device.read(name, data)
    report = check_chain([*files, restored])
    assert report.duplicates == (2,)
    assert report.broken == ()


def test_chain_of_several_devices_is_refused(device: Device, other_device: Device) -> None:
    mine = _chain(device, 1)
    theirs = _chain(other_device, 1)
    with pytest.raises(ValueError):
        check_chain([*mine, *theirs])
