"""The `pacte sync …` and `pacte network employers` commands, as scripts call them."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

PASS = "correct horse battery staple"


@pytest.fixture(autouse=True)
def _passphrases(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PACTE_ORG_PASSPHRASE", PASS)
    monkeypatch.setenv("PACTE_NETWORK_PASSPHRASE", PASS)


def _init(pacte, data_dir: Path, org: str = "CPAS de Saint-Gilles", org_type: str = "cpas"):  # type: ignore[no-untyped-def]
    assert (
        pacte(
            "init", "--org", org, "--org-type", org_type, "--worker", "Farida", data_dir=data_dir
        ).code
        == 0
    )


def test_sync_before_setup_says_what_to_do(pacte, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _init(pacte, tmp_path / "a")
    result = pacte("sync", data_dir=tmp_path / "a")
    assert result.code == 1
    assert "pacte sync setup" in result.err


def test_setup_join_edit_status_and_conflicts(pacte, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    a, b, root = tmp_path / "a", tmp_path / "b", tmp_path / "root"
    root.mkdir()
    _init(pacte, a)
    eid = pacte("employer", "add", "--name", "Garage Moderne", data_dir=a).out.strip()
    created = pacte("sync", "setup", "--org-folder", str(root), data_dir=a)
    assert created.code == 0, created.err
    assert "créé" in created.out
    assert (root / "ORG.json").exists()
    joined = pacte("sync", "setup", "--org-folder", str(root), "--worker", "Julie", data_dir=b)
    assert joined.code == 0, joined.err
    assert "rejoint" in joined.out
    shown = json.loads(pacte("employer", "show", eid, "--json", data_dir=b).out)
    assert shown["name"] == "Garage Moderne"

    assert pacte("employer", "edit", eid, "--name", "Garage Moderne SPRL", data_dir=b).code == 0
    assert pacte("employer", "edit", eid, "--name", "Garage Moderne SRL", data_dir=a).code == 0
    for where in (b, a, b):
        assert pacte("sync", data_dir=where).code == 0
    names = {
        json.loads(pacte("employer", "show", eid, "--json", data_dir=d).out)["name"] for d in (a, b)
    }
    assert names == {"Garage Moderne SRL"}

    status = json.loads(pacte("sync", "status", "--json", data_dir=b).out)
    org = next(s for s in status if s["scope"] == "org")
    assert org["configured"] and org["pending_ops"] == 0
    assert org["last_pass"]["error"] is None
    assert org["open_conflicts"] == 1

    human = pacte("sync", "status", data_dir=b).out
    assert "opérations en attente d'envoi: 0" in human and "conflits ouverts: 1" in human
    assert "netwerk: niet ingesteld" in pacte("--lang", "nl", "sync", "status", data_dir=b).out
    listed = pacte("sync", "conflicts", data_dir=b).out
    assert "modifications simultanées" in listed and "Garage Moderne SPRL" in listed
    conflicts = json.loads(pacte("sync", "conflicts", "--json", data_dir=b).out)
    assert [c["lost_value"] for c in conflicts] == ["Garage Moderne SPRL"]
    assert pacte("sync", "reinstate", str(conflicts[0]["id"]), data_dir=b).code == 0
    assert pacte("sync", data_dir=b).code == 0
    assert pacte("sync", data_dir=a).code == 0
    assert json.loads(pacte("employer", "show", eid, "--json", data_dir=a).out)["name"] == (
        "Garage Moderne SPRL"
    )
    again = pacte("sync", "reinstate", str(conflicts[0]["id"]), data_dir=b)
    assert again.code == 1 and "conflit" in again.err


def test_wrong_passphrase_joins_nothing(pacte, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    root = tmp_path / "root"
    root.mkdir()
    _init(pacte, tmp_path / "a")
    assert pacte("sync", "setup", "--org-folder", str(root), data_dir=tmp_path / "a").code == 0
    monkeypatch.setenv("PACTE_ORG_PASSPHRASE", "not the right one")
    result = pacte(
        "sync", "setup", "--org-folder", str(root), "--worker", "J", data_dir=tmp_path / "b"
    )
    assert result.code == 1
    assert "phrase secrète" in result.err
    status = json.loads(pacte("sync", "status", "--json", data_dir=tmp_path / "b").out)
    assert not any(s["configured"] for s in status)
    assert sorted(p.name for p in (root / "keys").iterdir()) == sorted(
        p.name for p in (root / "keys").iterdir() if p.stat().st_size
    )
    assert len(list((root / "keys").iterdir())) == 1  # no certificate for the refused device


def test_a_moved_root_stops_sync_with_a_message_and_deletes_nothing(  # type: ignore[no-untyped-def]
    pacte, tmp_path: Path
) -> None:
    a, root = tmp_path / "a", tmp_path / "root"
    root.mkdir()
    _init(pacte, a)
    pacte("employer", "add", "--name", "Friterie", data_dir=a)
    assert pacte("sync", "setup", "--org-folder", str(root), data_dir=a).code == 0
    shutil.move(root, tmp_path / "moved")
    root.mkdir()  # an empty folder where the root was (an unmounted share)
    result = pacte("sync", data_dir=a)
    assert result.code == 1
    assert "ORG.json" in result.err
    assert list(root.iterdir()) == []
    listed = json.loads(pacte("employer", "list", "--json", data_dir=a).out)
    assert [e["name"] for e in listed] == ["Friterie"]


def test_network_employers_lists_partner_records_with_their_organisation(  # type: ignore[no-untyped-def]
    pacte, tmp_path: Path
) -> None:
    a, b, network = tmp_path / "a", tmp_path / "b", tmp_path / "network"
    network.mkdir()
    _init(pacte, a)
    _init(pacte, b, "Mission locale de Saint-Gilles", "mission-locale")
    pacte("employer", "add", "--name", "Boulangerie du Parvis", "--notes", "secret", data_dir=a)
    pacte("employer", "add", "--name", "Cabinet privé", "--do-not-share", "oui", data_dir=a)
    setup = pacte("sync", "setup", "--network-folder", str(network), "--coordinator", data_dir=a)
    assert setup.code == 0, setup.err
    joined = pacte("sync", "setup", "--network-folder", str(network), data_dir=b)
    assert joined.code == 0, joined.err
    assert pacte("sync", "--scope", "network", data_dir=a).code == 0
    assert pacte("sync", "--scope", "network", data_dir=b).code == 0
    rows = json.loads(pacte("network", "employers", "--json", data_dir=b).out)
    assert [(r["name"], r["organisation"]) for r in rows] == [
        ("Boulangerie du Parvis", "CPAS de Saint-Gilles")
    ]
    assert "notes" not in rows[0] and "owner_id" not in rows[0]
    table = pacte("network", "employers", data_dir=b).out
    assert "Boulangerie du Parvis" in table and "Cabinet" not in table
    assert json.loads(pacte("employer", "list", "--json", data_dir=b).out) == []


def test_an_organisation_may_publish_less_than_the_charter(  # type: ignore[no-untyped-def]
    pacte, tmp_path: Path
) -> None:
    a, b, network = tmp_path / "a", tmp_path / "b", tmp_path / "network"
    network.mkdir()
    _init(pacte, a)
    _init(pacte, b, "Mission locale de Saint-Gilles", "mission-locale")
    pacte("employer", "add", "--name", "Boulangerie", "--phone", "02 537 12 34", data_dir=a)
    assert (
        pacte("sync", "setup", "--network-folder", str(network), "--coordinator", data_dir=a).code
        == 0
    )
    assert pacte("sync", "setup", "--network-folder", str(network), data_dir=b).code == 0
    [row] = json.loads(pacte("network", "employers", "--json", data_dir=b).out)
    assert row["phone"] == "+3225371234"

    assert pacte("settings", "set", "sharing.withhold", "employer.phone", data_dir=a).code == 0
    shown = json.loads(pacte("charter", "show", "--json", data_dir=a).out)
    employer = next(t for t in shown if t["table"] == "employer")
    assert not next(f for f in employer["fields"] if f["name"] == "phone")["shared"]
    assert pacte("sync", "--scope", "network", data_dir=a).code == 0
    assert pacte("sync", "--scope", "network", data_dir=b).code == 0
    [row] = json.loads(pacte("network", "employers", "--json", data_dir=b).out)
    assert row["name"] == "Boulangerie" and row.get("phone") is None
    bad = pacte("settings", "set", "sharing.withhold", "employer.nope", data_dir=a)
    assert bad.code == 1 and "employer.nope" in bad.err


def test_a_folder_given_relative_is_kept_absolute_and_syncs_from_anywhere(  # type: ignore[no-untyped-def]
    pacte, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    a = tmp_path / "a"
    (tmp_path / "share" / "pacte").mkdir(parents=True)
    _init(pacte, a)
    monkeypatch.chdir(tmp_path / "share")
    assert pacte("sync", "setup", "--org-folder", "pacte", data_dir=a).code == 0
    status = json.loads(pacte("sync", "status", "--json", data_dir=a).out)
    [org] = [s for s in status if s["scope"] == "org"]
    assert org["location"] == str(tmp_path / "share" / "pacte")
    monkeypatch.chdir(tmp_path)  # elsewhere: the same root, not "holds no ORG.json"
    pacte("employer", "add", "--name", "Garage Moderne", data_dir=a)
    result = pacte("sync", data_dir=a)
    assert result.code == 0, result.err
    assert "ORG.json" not in result.err


@pytest.mark.parametrize(
    ("url", "refused"),
    [
        ("http://cloud.example.be/remote.php/dav/files/cpas/pacte", True),
        ("http://192.168.1.20/dav/pacte", True),
        ("HTTP://Cloud.Example.be/dav", True),
        ("https://cloud.example.be/remote.php/dav/files/cpas/pacte", False),
        ("http://127.0.0.1:9/dav/pacte", False),
        ("http://localhost:9/dav/pacte", False),
        ("http://[::1]:9/dav/pacte", False),
    ],
)
def test_a_password_is_never_sent_over_plain_http_except_to_this_computer(  # type: ignore[no-untyped-def]
    pacte, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, url: str, refused: bool
) -> None:
    a = tmp_path / "a"
    _init(pacte, a)
    monkeypatch.setenv("PACTE_WEBDAV_PASSWORD", "s3cret-webdav")
    result = pacte(
        "sync", "setup", "--org-webdav", url, "--user", "cpas",
        "--password-env", "PACTE_WEBDAV_PASSWORD", data_dir=a,
    )  # fmt: skip
    assert result.code == 1
    assert "Traceback" not in result.err
    if refused:
        assert "https://" in result.err and "chiffré" in result.err, result.err
    else:  # allowed: it went on to connect (nothing listens there, or the name is unknown)
        assert "chiffré" not in result.err, result.err


def test_network_members_admit_and_remove(pacte, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    a, b, network = tmp_path / "a", tmp_path / "b", tmp_path / "network"
    network.mkdir()
    _init(pacte, a)
    _init(pacte, b, "Mission locale de Saint-Gilles", "mission-locale")
    pacte("employer", "add", "--name", "Atelier Vélo", data_dir=b)
    assert (
        pacte("sync", "setup", "--network-folder", str(network), "--coordinator", data_dir=a).code
        == 0
    )
    joined = pacte("sync", "setup", "--network-folder", str(network), data_dir=b)
    assert joined.code == 0, joined.err
    assert "en attente" in joined.out  # the joiner is told it waits for the coordinator
    assert pacte("sync", "--scope", "network", data_dir=a).code == 0
    members = json.loads(pacte("network", "members", "--json", data_dir=a).out)
    by_name = {m["name"]: m for m in members}
    ml = by_name["Mission locale de Saint-Gilles"]
    assert ml["status"] == "pending" and not ml["read"]
    assert by_name["CPAS de Saint-Gilles"]["status"] == "admitted"
    assert by_name["CPAS de Saint-Gilles"]["coordinator"]
    assert by_name["CPAS de Saint-Gilles"]["this_organisation"]
    assert pacte("network", "employers", "--json", data_dir=a).out.strip() == "[]"

    # A member cannot admit; the coordinator does, by name.
    refused = pacte("network", "admit", "CPAS de Saint-Gilles", data_dir=b)
    assert refused.code == 1 and "coordinatrice" in refused.err
    unknown = pacte("network", "admit", "Nulle part", data_dir=a)
    assert unknown.code == 1 and "Nulle part" in unknown.err
    admitted = pacte("network", "admit", "mission locale de saint-gilles", data_dir=a)
    assert admitted.code == 0, admitted.err
    assert "admise" in admitted.out and ml["org_id"] in admitted.out
    assert pacte("sync", "--scope", "network", data_dir=a).code == 0
    [row] = json.loads(pacte("network", "employers", "--json", data_dir=a).out)
    assert row["name"] == "Atelier Vélo"
    table = pacte("network", "members", data_dir=b).out
    assert "admise" in table and "coordination" in table and "nous" in table

    # UUIDv7 ids of one day share their first digits: a short prefix names both.
    ambiguous = pacte("network", "remove", ml["org_id"][:8], data_dir=a)
    assert ambiguous.code == 1 and "plusieurs organisations" in ambiguous.err
    removed = pacte("network", "remove", ml["org_id"], data_dir=a)
    assert removed.code == 0, removed.err
    assert "retirée" in removed.out
    assert pacte("network", "employers", "--json", data_dir=a).out.strip() == "[]"
    after = pacte("sync", "--scope", "network", data_dir=b)
    assert after.code == 1 and "retirée du réseau" in after.err
