"""The WebDAV transport against a real WsgiDAV server on 127.0.0.1 (docs/sync.md matrix 2, 6,
13, 14)."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

import httpx
import pytest

from pacte_desktop.domain.errors import PacteError
from pacte_desktop.sync.transport import (
    SNAPSHOT_PATTERN,
    CorruptError,
    ExistsError,
    MissingFileError,
    RootError,
    Transport,
    TransportError,
)
from pacte_desktop.sync.webdav import AUTH_REFUSED, NO_PROPFIND, WebDAVTransport

if TYPE_CHECKING:
    from tests.sync.conftest import Canned, DavServer

NAME = "000000000001-0123456789abcdef.chg"
NAME2 = "000000000002-fedcba9876543210.chg"
LOG = "log/0123456789abcdef"


class Sleeps(list[float]):
    def __call__(self, seconds: float) -> None:
        self.append(seconds)


@pytest.fixture
def sleeps() -> Sleeps:
    return Sleeps()


@pytest.fixture
def client(dav: DavServer, sleeps: Sleeps) -> Iterator[WebDAVTransport]:
    with WebDAVTransport(dav.url, timeout=5, sleep=sleeps) as t:
        t.ensure_dir(LOG)
        dav.recorder.requests.clear()
        yield t


def test_is_a_transport(client: WebDAVTransport) -> None:
    t: Transport = client
    assert t.exists(LOG)
    assert not t.exists(f"{LOG}/{NAME}")


def test_round_trip(client: WebDAVTransport, dav: DavServer) -> None:
    client.create(f"{LOG}/{NAME2}", b"second")
    client.create(f"{LOG}/{NAME}", b"\x00first\xff" * 1000)
    listing = client.list(LOG)
    assert listing.names == (NAME, NAME2)
    assert listing.ignored_count == 0
    assert client.read(f"{LOG}/{NAME}") == b"\x00first\xff" * 1000
    assert (dav.root / LOG / NAME2).read_bytes() == b"second"
    assert not any(p.name.endswith(".part") for p in (dav.root / LOG).iterdir())
    assert client.list("log").dirs == ("0123456789abcdef",)
    puts = [r for r in dav.recorder.requests if r.method == "PUT"]
    moves = [r for r in dav.recorder.requests if r.method == "MOVE"]
    assert all(r.path.endswith(".part") for r in puts)
    assert all(r.headers["Overwrite"] == "F" for r in moves)
    assert moves[0].headers["Destination"].endswith(f"/{LOG}/{NAME2}")


def test_create_never_overwrites(client: WebDAVTransport, dav: DavServer) -> None:
    client.create(f"{LOG}/{NAME}", b"original")
    with pytest.raises(ExistsError) as caught:
        client.create(f"{LOG}/{NAME}", b"impostor")
    assert caught.value.code == "sync_exists"
    assert NAME in str(caught.value)
    assert client.read(f"{LOG}/{NAME}") == b"original"
    assert sorted(p.name for p in (dav.root / LOG).iterdir()) == [NAME]


def test_move_412_is_the_refusal(client: WebDAVTransport, dav: DavServer) -> None:
    """The name appears after the PUT: the MOVE with ``Overwrite: F`` answers 412."""
    (dav.root / LOG / NAME).write_bytes(b"the other writer")
    with pytest.raises(ExistsError):
        client.create(f"{LOG}/{NAME}", b"mine")
    statuses = [r.method for r in dav.recorder.requests]
    assert statuses[:2] == ["PUT", "MOVE"]
    assert (dav.root / LOG / NAME).read_bytes() == b"the other writer"
    assert sorted(p.name for p in (dav.root / LOG).iterdir()) == [NAME]


def test_list_is_propfind_depth_1_and_ignores_debris(
    client: WebDAVTransport, dav: DavServer
) -> None:
    client.create(f"{LOG}/{NAME}", b"good")
    for name in (
        f"{NAME2}.1a2b3c.part",
        "x.sync-conflict-20240101-123456-ABCDEFG.chg",
        "000000000001-0123456789abcdef (conflicted copy 2024-01-01).chg",
        "~$lock",
        "000000000003-0123456789abcdef.chg.tmp",
    ):
        (dav.root / LOG / name).write_bytes(b"junk")
    os.utime(dav.root / LOG / NAME, (631152000.0, 631152000.0))  # 1990: still listed
    dav.recorder.requests.clear()
    listing = client.list(LOG)
    assert listing.names == (NAME,)
    assert listing.ignored == {"part": 1, "conflict": 2, "lock": 1, "temp": 1}
    propfinds = [r for r in dav.recorder.requests if r.method == "PROPFIND"]
    assert len(propfinds) == 1
    assert propfinds[0].headers["Depth"] == "1"
    assert propfinds[0].path == f"/{LOG}/"


def test_snapshot_pattern_and_quoted_names(client: WebDAVTransport) -> None:
    client.ensure_dir("snap")
    snap = "0123456789abcdef-1700000000000-0001-0123456789abcdef.snap"
    client.create(f"snap/{snap}", b"s")
    client.create("snap/with space é.json", b"{}")
    listing = client.list("snap", SNAPSHOT_PATTERN)
    assert listing.names == (snap,)
    assert listing.ignored_count == 1
    assert client.read("snap/with space é.json") == b"{}"


def test_423_is_retried(client: WebDAVTransport, dav: DavServer, sleeps: Sleeps) -> None:
    dav.recorder.answer("MOVE", "423 Locked", 2)
    client.create(f"{LOG}/{NAME}", b"after the lock")
    assert client.read(f"{LOG}/{NAME}") == b"after the lock"
    assert [r.method for r in dav.recorder.requests].count("MOVE") == 3
    assert sleeps == [0.2, 0.4]


def test_503_is_retried_then_reported(
    client: WebDAVTransport, dav: DavServer, sleeps: Sleeps
) -> None:
    dav.recorder.answer("PROPFIND", "503 Service Unavailable", 100)
    with pytest.raises(TransportError) as caught:
        client.list(LOG)
    assert caught.value.code == "sync_transport"
    assert "503" in str(caught.value)
    assert dav.recorder.methods().count("PROPFIND") == 4
    assert sleeps == [0.2, 0.4, 0.8]


def test_503_then_success(client: WebDAVTransport, dav: DavServer, sleeps: Sleeps) -> None:
    client.create(f"{LOG}/{NAME}", b"x")
    dav.recorder.answer("GET", "503 Service Unavailable", 1)
    assert client.read(f"{LOG}/{NAME}") == b"x"
    assert sleeps == [0.2]


def _multistatus_404(environ: dict[str, Any]) -> Canned | None:
    if environ["REQUEST_METHOD"] != "PROPFIND":
        return None
    body = (
        '<?xml version="1.0" encoding="utf-8"?><d:multistatus xmlns:d="DAV:"><d:response>'
        f"<d:href>{environ['PATH_INFO']}</d:href><d:status>HTTP/1.1 404 Not Found</d:status>"
        "</d:response></d:multistatus>"
    ).encode()
    return "207 Multi-Status", [("Content-Type", "application/xml")], body


def test_207_with_404_inside_is_a_missing_folder(client: WebDAVTransport, dav: DavServer) -> None:
    dav.recorder.rules.append(_multistatus_404)
    with pytest.raises(RootError) as caught:
        client.list(LOG)
    assert caught.value.code == "sync_root"
    assert not client.exists(LOG)


def test_missing_folder_plain_404(client: WebDAVTransport, dav: DavServer) -> None:
    with pytest.raises(RootError):
        client.list("log/ffffffffffffffff")
    with pytest.raises(RootError):
        client.create(f"log/ffffffffffffffff/{NAME}", b"x")
    assert not (dav.root / "log" / "ffffffffffffffff").exists()


def test_missing_root_collection(dav: DavServer, sleeps: Sleeps) -> None:
    with WebDAVTransport(dav.url + "moved-away", sleep=sleeps) as gone:
        with pytest.raises(RootError):
            gone.list("")
        with pytest.raises(RootError):
            gone.ensure_dir(LOG)
    assert not (dav.root / "moved-away").exists()


@pytest.mark.parametrize("status", ["405 Method Not Allowed", "501 Not Implemented"])
def test_server_without_propfind(
    client: WebDAVTransport, dav: DavServer, status: str, sleeps: Sleeps
) -> None:
    dav.recorder.answer("PROPFIND", status, 100)
    with pytest.raises(TransportError) as caught:
        client.list(LOG)
    assert caught.value.params["reason"] == NO_PROPFIND
    assert sleeps == []


def test_plain_web_server_answering_200(client: WebDAVTransport, dav: DavServer) -> None:
    dav.recorder.answer("PROPFIND", "200 OK", 1, b"<html></html>")
    with pytest.raises(TransportError) as caught:
        client.list(LOG)
    assert caught.value.params["reason"] == NO_PROPFIND


def test_short_read_from_the_server(
    client: WebDAVTransport, dav: DavServer, sleeps: Sleeps
) -> None:
    """The connection ends before Content-Length bytes: an error, never a short file."""
    client.create(f"{LOG}/{NAME}", b"0123456789")
    dav.recorder.answer("GET", "200 OK", 100, b"01234", [("Content-Length", "10")])
    impatient = WebDAVTransport(dav.url, timeout=0.3, tries=2, sleep=sleeps)
    with impatient, pytest.raises(PacteError) as caught:
        impatient.read(f"{LOG}/{NAME}")
    assert caught.value.code in ("sync_transport", "sync_corrupt")
    assert NAME in str(caught.value)


def test_length_mismatch_is_corrupt() -> None:
    """A body shorter than the announced length (a proxy cut it) is rejected as corrupt."""

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"Content-Length": "10"}, content=b"01234")

    t = WebDAVTransport("http://dav.invalid/", transport=httpx.MockTransport(handler))
    with t, pytest.raises(CorruptError) as caught:
        t.read(NAME)
    assert caught.value.code == "sync_corrupt"
    assert caught.value.params["reason"] == "short_read"
    assert "5 bytes of 10" in caught.value.message("en")
    assert "5 octets reçus sur 10" in caught.value.message("fr")


def test_full_server_leaves_no_part(client: WebDAVTransport, dav: DavServer) -> None:
    dav.recorder.answer("PUT", "507 Insufficient Storage", 1)
    with pytest.raises(TransportError) as caught:
        client.create(f"{LOG}/{NAME}", b"x")
    assert caught.value.params["reason"] == "server_full"
    assert "no space" in caught.value.message("en")
    assert list((dav.root / LOG).iterdir()) == []
    assert dav.recorder.methods() == ["PUT", "DELETE"]


def test_retried_move_that_succeeded_is_not_a_conflict(
    client: WebDAVTransport, dav: DavServer
) -> None:
    """The server carried out the MOVE but the answer was lost: the retry sees 404/412."""
    inner = dav.recorder.app
    calls = [0]

    def lost_answer(environ: dict[str, Any], start_response: Any) -> Any:
        if environ["REQUEST_METHOD"] == "MOVE" and calls[0] == 0:
            calls[0] += 1
            list(inner(environ, lambda *a, **k: None))  # done on the server...
            start_response("502 Bad Gateway", [("Content-Length", "0")])
            return [b""]  # ...but the client hears a gateway error
        return inner(environ, start_response)

    dav.recorder.app = lost_answer
    client.create(f"{LOG}/{NAME}", b"mine")
    assert client.read(f"{LOG}/{NAME}") == b"mine"
    assert sorted(p.name for p in (dav.root / LOG).iterdir()) == [NAME]


def test_read_missing_and_delete_own(client: WebDAVTransport, dav: DavServer) -> None:
    with pytest.raises(MissingFileError):
        client.read(f"{LOG}/{NAME}")
    client.create(f"{LOG}/{NAME}", b"x")
    client.create(f"{LOG}/{NAME2}", b"y")
    client.delete_own(f"{LOG}/{NAME}")
    assert client.list(LOG).names == (NAME2,)
    client.delete_own(f"{LOG}/{NAME}")  # already gone
    assert dav.recorder.methods()[-1] == "DELETE"


def test_network_error_names_the_url(sleeps: Sleeps) -> None:
    nowhere = WebDAVTransport("http://127.0.0.1:9/dav", timeout=1, sleep=sleeps)
    with nowhere, pytest.raises(TransportError) as caught:
        nowhere.read(NAME)
    assert "http://127.0.0.1:9/dav/" + NAME in str(caught.value)
    assert len(sleeps) == 3


def test_basic_auth_right_and_wrong(start_dav: Callable[..., DavServer], sleeps: Sleeps) -> None:
    server = start_dav(user="farida", password="s3cret-é")
    with WebDAVTransport(server.url, "farida", "s3cret-é", sleep=sleeps) as good:
        good.ensure_dir(LOG)
        good.create(f"{LOG}/{NAME}", b"x")
        assert good.list(LOG).names == (NAME,)
    for user, password in (("farida", "wrong"), (None, None)):
        with WebDAVTransport(server.url, user, password, sleep=sleeps) as bad:
            with pytest.raises(TransportError) as caught:
                bad.list(LOG)
            assert caught.value.params["reason"] == AUTH_REFUSED
    assert sleeps == []
