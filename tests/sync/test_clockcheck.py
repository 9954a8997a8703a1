"""The clock check against a real folder and a real WsgiDAV server (docs/sync.md rule 9).

The folder and the server's files are stamped by the file system's clock; a "right" local
clock in these tests is that clock (``location_now``), shifted on purpose where a test wants
a wrong one. It is this process's clock, except under faketime (``./dev test --date``), which
fakes the process's clock and not the times the kernel puts on files.
"""

from __future__ import annotations

import re
import tempfile
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from pacte_desktop.domain import messages
from pacte_desktop.sync import clockcheck
from pacte_desktop.sync.clockcheck import ClockReport, check
from pacte_desktop.sync.folder import FolderTransport
from pacte_desktop.sync.transport import (
    CHANGE_PATTERN,
    JSON_PATTERN,
    Listing,
    RootError,
    Transport,
    TransportError,
)
from pacte_desktop.sync.webdav import NO_PROPFIND, WebDAVTransport

if TYPE_CHECKING:
    from tests.sync.conftest import DavServer

LOG = "log/0123456789abcdef"
PROBE = re.compile(r"^\.probe-[0-9a-f]{16}\.tmp$")
SMALL = timedelta(seconds=5)
#: The minutes in each language's sentence.
MINUTES = {"fr": "10 minutes", "nl": "10 minuten", "en": "10 minutes"}


def _file_clock_skew() -> timedelta:
    """How far the file system's clock is from this process's (zero without faketime)."""
    with tempfile.TemporaryDirectory() as scratch:
        path = Path(scratch) / "clock"
        before = datetime.now(UTC)
        path.write_bytes(b"")
        after = datetime.now(UTC)
        stamped = datetime.fromtimestamp(path.stat().st_mtime, UTC)
    return stamped - (before + (after - before) / 2)


SKEW = _file_clock_skew()


def location_now() -> datetime:
    """The time by the clock that stamps the shared location's files."""
    return datetime.now(UTC) + SKEW


def shifted(delta: timedelta) -> Callable[[], datetime]:
    """A local clock ``delta`` away from the location's."""
    return lambda: location_now() + delta


@pytest.fixture
def root(tmp_path: Path) -> Path:
    path = tmp_path / "share"
    path.mkdir()
    return path


@pytest.fixture
def folder(root: Path) -> FolderTransport:
    t = FolderTransport(root)
    t.ensure_dir(LOG)
    return t


@pytest.fixture
def client(dav: DavServer) -> Iterator[WebDAVTransport]:
    with WebDAVTransport(dav.url, timeout=5, sleep=lambda _: None) as t:
        t.ensure_dir(LOG)
        dav.recorder.requests.clear()
        yield t


def assert_no_probe_left(transport: Transport, disk: Path) -> None:
    assert list((disk / LOG).iterdir()) == []
    for pattern in (CHANGE_PATTERN, JSON_PATTERN, r".*"):
        assert transport.list(LOG, pattern) == Listing((), (), {})


# -- folder --------------------------------------------------------------------------------------


def test_folder_real_clock_is_ok(folder: FolderTransport, root: Path) -> None:
    report = check(folder, LOG, now=location_now)
    assert abs(report.offset) < SMALL
    assert timedelta(0) <= report.round_trip < SMALL
    assert report.ok
    assert report.warning("fr") is None and report.warning("en") is None
    assert report.location == str(root)
    assert_no_probe_left(folder, root)


def test_the_local_clock_is_this_process_clock_by_default(folder: FolderTransport) -> None:
    assert abs(check(folder, LOG).offset - SKEW) < SMALL


def test_folder_probe_time_is_aware_utc(folder: FolderTransport, root: Path) -> None:
    stamped = folder.probe_time(f"{LOG}/.probe-00112233aabbccdd.tmp")
    assert stamped.tzinfo is UTC
    assert abs(stamped - location_now()) < SMALL
    assert_no_probe_left(folder, root)


@pytest.mark.parametrize("sign", [1, -1], ids=["local-ahead", "local-behind"])
def test_folder_local_clock_off_by_ten_minutes(
    folder: FolderTransport, root: Path, sign: int, caplog: pytest.LogCaptureFixture
) -> None:
    report = check(folder, LOG, now=shifted(sign * timedelta(minutes=10)))
    assert abs(report.offset + sign * timedelta(minutes=10)) < SMALL
    assert not report.ok
    assert report.minutes == 10
    for lang, text in MINUTES.items():
        warning = report.warning(lang)
        assert warning is not None
        assert text in warning
        assert str(root) in warning
    assert report.warning("nl") != report.warning("fr") != report.warning("en")
    assert "differ by 10 minutes" in caplog.text  # warned loudly in the log too
    assert_no_probe_left(folder, root)


def test_warning_follows_the_current_language(folder: FolderTransport) -> None:
    report = check(folder, LOG, now=shifted(timedelta(minutes=10)))
    before = messages.current_language()
    try:
        messages.set_language("nl")
        assert report.warning() == report.warning("nl")
    finally:
        messages.set_language(before)


def test_tolerance_is_the_limit(folder: FolderTransport) -> None:
    three = shifted(timedelta(minutes=-3))
    assert check(folder, LOG, now=three).ok
    report = check(folder, LOG, now=three, tolerance=timedelta(minutes=1))
    assert not report.ok and report.minutes == 3
    with pytest.raises(ValueError):
        check(folder, LOG, tolerance=timedelta(minutes=-1))


def test_report_is_frozen_and_minutes_never_zero_when_off() -> None:
    report = ClockReport(
        offset=timedelta(seconds=20),
        round_trip=timedelta(0),
        tolerance=timedelta(seconds=10),
        location="x",
    )
    assert not report.ok and report.minutes == 1
    with pytest.raises(AttributeError):
        report.offset = timedelta(0)  # type: ignore[misc]


def test_naive_local_clock_is_refused(folder: FolderTransport) -> None:
    with pytest.raises(ValueError):
        check(folder, LOG, now=datetime.now)


def test_folder_missing_directory_propagates(folder: FolderTransport, root: Path) -> None:
    with pytest.raises(RootError):
        check(folder, "log/ffffffffffffffff")
    assert not (root / "log/ffffffffffffffff").exists()
    gone = FolderTransport(root / "unmounted")
    with pytest.raises(RootError):
        check(gone, LOG)


def test_probe_name_is_ignored_by_listings(folder: FolderTransport, root: Path) -> None:
    name = clockcheck.probe_name()
    assert PROBE.fullmatch(name)
    (root / LOG / name).write_bytes(b"left by a crash")
    listing = folder.list(LOG)
    assert listing.names == () and listing.ignored == {"temp": 1}
    assert folder.list(LOG, JSON_PATTERN).names == ()


# -- WebDAV --------------------------------------------------------------------------------------


def test_webdav_real_server_is_ok(client: WebDAVTransport, dav: DavServer) -> None:
    report = check(client, LOG, now=location_now)
    # getlastmodified has a resolution of one second
    assert abs(report.offset) < SMALL
    assert report.ok and report.warning("nl") is None
    assert report.location == dav.url
    methods = [(r.method, r.path) for r in dav.recorder.requests]
    assert [m for m, _ in methods] == ["PUT", "PROPFIND", "DELETE"]
    paths = {p for _, p in methods}
    assert len(paths) == 1
    directory, _, name = paths.pop().rpartition("/")
    assert directory == f"/{LOG}" and PROBE.fullmatch(name)
    assert dav.recorder.requests[1].headers["Depth"] == "0"
    assert_no_probe_left(client, dav.root)


def _rewrite_times(app: Any, delta: timedelta) -> Any:
    """A WSGI middleware moving ``Date`` and every ``getlastmodified`` by ``delta``."""

    def move(text: str) -> str:
        moved = datetime.strptime(text, "%a, %d %b %Y %H:%M:%S GMT").replace(tzinfo=UTC) + delta
        return format_datetime(moved, usegmt=True)

    def middleware(environ: dict[str, Any], start_response: Any) -> Iterable[bytes]:
        captured: dict[str, Any] = {}

        def capture(status: str, headers: list[tuple[str, str]], exc_info: Any = None) -> Any:
            captured["status"], captured["headers"] = status, headers
            return lambda _data: None

        body = b"".join(app(environ, capture)).decode("utf-8", "surrogateescape")
        body = re.sub(
            r"(<[^>]*getlastmodified[^>]*>)([^<]+)(<)",
            lambda m: m.group(1) + move(m.group(2)) + m.group(3),
            body,
        )
        data = body.encode("utf-8", "surrogateescape")
        now = format_datetime(location_now(), usegmt=True)
        headers = [
            (k, v) for k, v in captured["headers"] if k.lower() not in ("date", "content-length")
        ]
        headers += [("Date", move(now)), ("Content-Length", str(len(data)))]
        start_response(captured["status"], headers)
        return [data]

    return middleware


def test_webdav_location_two_hours_behind(client: WebDAVTransport, dav: DavServer) -> None:
    dav.recorder.app = _rewrite_times(dav.recorder.app, -timedelta(hours=2))
    report = check(client, LOG, now=location_now)
    assert abs(report.offset + timedelta(hours=2)) < SMALL
    assert not report.ok
    assert report.minutes == 120
    for lang in messages.LANGUAGES:
        warning = report.warning(lang)
        assert warning is not None and "120 minut" in warning and dav.url in warning
    assert_no_probe_left(client, dav.root)


def _forged_207(path: str, lastmodified: str | None) -> bytes:
    prop = f"<d:getlastmodified>{lastmodified}</d:getlastmodified>" if lastmodified else ""
    return (
        '<?xml version="1.0" encoding="utf-8"?><d:multistatus xmlns:d="DAV:"><d:response>'
        f"<d:href>{path}</d:href><d:propstat><d:prop>{prop}</d:prop>"
        "<d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response></d:multistatus>"
    ).encode()


@pytest.mark.parametrize("lastmodified", [None, "", "not a date"])
def test_webdav_falls_back_to_the_date_header(
    client: WebDAVTransport, dav: DavServer, lastmodified: str | None
) -> None:
    past = format_datetime(datetime.now(UTC) - timedelta(hours=2), usegmt=True)
    body = _forged_207(f"/{LOG}/.probe.tmp", lastmodified)
    dav.recorder.answer("PROPFIND", "207 Multi-Status", 1, body, [("Date", past)])
    report = check(client, LOG)
    assert abs(report.offset + timedelta(hours=2)) < SMALL
    assert not report.ok
    assert_no_probe_left(client, dav.root)


def test_webdav_getlastmodified_wins_over_date(client: WebDAVTransport, dav: DavServer) -> None:
    past = format_datetime(datetime.now(UTC) - timedelta(hours=2), usegmt=True)
    real = format_datetime(datetime.now(UTC), usegmt=True)
    body = _forged_207(f"/{LOG}/.probe.tmp", past)
    dav.recorder.answer("PROPFIND", "207 Multi-Status", 1, body, [("Date", real)])
    report = check(client, LOG)
    assert abs(report.offset + timedelta(hours=2)) < SMALL


def test_webdav_local_clock_ahead(client: WebDAVTransport, dav: DavServer) -> None:
    report = check(client, LOG, now=shifted(timedelta(minutes=10)))
    assert not report.ok and report.minutes == 10
    for lang, text in MINUTES.items():
        assert text in (report.warning(lang) or "")


def test_webdav_errors_propagate_and_the_probe_is_removed(
    client: WebDAVTransport, dav: DavServer
) -> None:
    dav.recorder.answer("PROPFIND", "403 Forbidden", 1)
    with pytest.raises(TransportError) as caught:
        check(client, LOG)
    assert caught.value.params["reason"] == "forbidden"
    assert "access forbidden" in caught.value.message("en")
    assert dav.recorder.methods()[-1] == "DELETE"
    assert_no_probe_left(client, dav.root)

    dav.recorder.answer("PROPFIND", "405 Method Not Allowed", 1)
    with pytest.raises(TransportError) as caught:
        check(client, LOG)
    assert caught.value.params["reason"] == NO_PROPFIND
    assert_no_probe_left(client, dav.root)

    dav.recorder.answer("PUT", "507 Insufficient Storage", 1)
    with pytest.raises(TransportError) as caught:
        check(client, LOG)
    assert caught.value.params["reason"] == "server_full"
    assert_no_probe_left(client, dav.root)


def test_webdav_missing_directory(client: WebDAVTransport, dav: DavServer) -> None:
    with pytest.raises(RootError):
        check(client, "log/ffffffffffffffff")
    assert not (dav.root / "log/ffffffffffffffff").exists()
