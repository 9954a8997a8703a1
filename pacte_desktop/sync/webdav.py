"""The WebDAV transport: Nextcloud, Apache mod_dav, WsgiDAV or any RFC 4918 server.

``create`` PUTs ``NAME.<random>.part`` then MOVEs it to the final name with ``Overwrite: F``
(412 means the name exists: never replaced). ``list`` is one PROPFIND with ``Depth: 1`` on the
directory, never the infinite default that walks the whole tree. 423 Locked and transient 5xx
answers are retried with a bounded exponential backoff. ``probe_time`` PUTs a throw-away probe
and reads the server's ``getlastmodified`` for it (or its ``Date`` header), to estimate the
clock offset of the location (docs/sync.md rule 9). Built on httpx directly: the verbs are
sent as they are so that every status (412, 423, a 404 inside a 207) keeps its meaning here.
"""

from __future__ import annotations

import builtins
import contextlib
import re
import secrets
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from http import HTTPStatus
from types import TracebackType
from urllib.parse import quote, unquote, urlsplit

import httpx

from pacte_desktop.sync.transport import (
    CHANGE_PATTERN,
    CorruptError,
    ExistsError,
    Listing,
    MissingFileError,
    RootError,
    TransportError,
    check_path,
    compile_pattern,
)

_DAV = "{DAV:}"
_PROPFIND_BODY = (
    b'<?xml version="1.0" encoding="utf-8"?>'
    b'<d:propfind xmlns:d="DAV:"><d:prop><d:resourcetype/><d:getcontentlength/></d:prop>'
    b"</d:propfind>"
)
_PROBE_PROPFIND_BODY = (
    b'<?xml version="1.0" encoding="utf-8"?>'
    b'<d:propfind xmlns:d="DAV:"><d:prop><d:getlastmodified/></d:prop></d:propfind>'
)
#: Answers that say "try again later"; 501, 505 and 507 are not transient.
_RETRY = {423, 429, 500, 502, 503, 504, 509}
#: Reason codes of ``messages.REASONS`` that tests compare with.
NO_PROPFIND = "no_propfind"
AUTH_REFUSED = "auth_refused"


def _status_of(text: str | None) -> int | None:
    """The code of a ``HTTP/1.1 404 Not Found`` status line."""
    if not text:
        return None
    parts = text.split()
    if len(parts) >= 2 and parts[1].isdigit():
        return int(parts[1])
    return None


def _http_date(text: str | None) -> datetime | None:
    """An RFC 1123 date (``getlastmodified``, ``Date``) as an aware UTC datetime, or None."""
    if not text or not text.strip():
        return None
    try:
        parsed = parsedate_to_datetime(text.strip())
    except (TypeError, ValueError, IndexError):
        return None
    if parsed.tzinfo is None:  # "-0000": UTC by RFC 5322
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC)


def _norm(path: str) -> str:
    """A URL path, unquoted, without its trailing slash, for comparing hrefs."""
    return unquote(path).rstrip("/")


class WebDAVTransport:
    """A sync location on a WebDAV collection."""

    def __init__(
        self,
        base_url: str,
        user: str | None = None,
        password: str | None = None,
        timeout: float = 30.0,
        *,
        tries: int = 4,
        backoff: float = 0.2,
        sleep: Callable[[float], None] = time.sleep,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        if tries < 1:
            raise ValueError("tries must be at least 1")
        self.base_url = base_url if base_url.endswith("/") else base_url + "/"
        self.tries = tries
        self.backoff = backoff
        self._sleep = sleep
        self._attempts = 0  # how many tries the last answered request took
        auth = httpx.BasicAuth(user, password or "") if user is not None else None
        self._http = httpx.Client(
            auth=auth, timeout=timeout, follow_redirects=False, transport=transport
        )

    def __repr__(self) -> str:
        return f"WebDAVTransport({self.base_url!r})"

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> WebDAVTransport:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # -- helpers -------------------------------------------------------------------------------

    def _url(self, path: str, *, collection: bool = False, allow_root: bool = False) -> str:
        parts = check_path(path, allow_root=allow_root)
        url = self.base_url + "/".join(quote(p, safe="") for p in parts)
        if collection and parts:
            url += "/"
        return url

    def _request(
        self,
        method: str,
        url: str,
        *,
        headers: Mapping[str, str] | None = None,
        content: bytes | None = None,
    ) -> httpx.Response:
        """Send once, retrying 423 and transient 5xx and network errors with backoff."""
        delay = self.backoff
        for attempt in range(1, self.tries + 1):
            last = attempt == self.tries
            try:
                response = self._http.request(method, url, headers=headers, content=content)
            except httpx.HTTPError as exc:
                if last:
                    raise TransportError(
                        url, "network_error", detail=f"{type(exc).__name__}: {exc}"
                    ) from exc
            else:
                if response.status_code == HTTPStatus.UNAUTHORIZED:
                    raise TransportError(url, AUTH_REFUSED)
                if response.status_code not in _RETRY:
                    self._attempts = attempt
                    return response
                if last:
                    raise TransportError(
                        url, "http_retries", status=response.status_code, tries=self.tries
                    )
            self._sleep(delay)
            delay *= 2
        raise AssertionError("unreachable")  # pragma: no cover

    @staticmethod
    def _unexpected(url: str, response: httpx.Response) -> TransportError:
        code = response.status_code
        if code == HTTPStatus.FORBIDDEN:
            return TransportError(url, "forbidden")
        if code == HTTPStatus.INSUFFICIENT_STORAGE:
            return TransportError(url, "server_full")
        return TransportError(url, "http_unexpected", status=code, phrase=response.reason_phrase)

    def _delete_quietly(self, url: str) -> None:
        with contextlib.suppress(httpx.HTTPError):  # a stray .part is ignored by listings
            self._http.request("DELETE", url)

    # -- the interface -------------------------------------------------------------------------

    def list(self, dir: str, pattern: re.Pattern[str] | str = CHANGE_PATTERN) -> Listing:
        url = self._url(dir, collection=True, allow_root=True)
        response = self._request(
            "PROPFIND",
            url,
            headers={"Depth": "1", "Content-Type": "application/xml; charset=utf-8"},
            content=_PROPFIND_BODY,
        )
        code = response.status_code
        if code == HTTPStatus.NOT_FOUND or code == HTTPStatus.CONFLICT:
            raise RootError(url, "folder_missing")
        if code in (HTTPStatus.METHOD_NOT_ALLOWED, HTTPStatus.NOT_IMPLEMENTED):
            raise TransportError(url, NO_PROPFIND)
        if code != HTTPStatus.MULTI_STATUS:
            if 200 <= code < 300:  # a plain web server answered with a page
                raise TransportError(url, NO_PROPFIND)
            raise self._unexpected(url, response)
        files, dirs = self._parse_listing(url, response.content)
        return Listing.build(files, dirs, compile_pattern(pattern))

    def _parse_listing(
        self, url: str, body: bytes
    ) -> tuple[builtins.list[str], builtins.list[str]]:
        try:
            root = ET.fromstring(body)
        except ET.ParseError as exc:
            raise TransportError(url, "propfind_unreadable", detail=str(exc)) from exc
        wanted = _norm(urlsplit(url).path)
        files: list[str] = []
        dirs: list[str] = []
        seen_self = False
        for response in root.iter(f"{_DAV}response"):
            href = response.findtext(f"{_DAV}href")
            if not href:
                continue
            path = _norm(urlsplit(href.strip()).path)
            status = _status_of(response.findtext(f"{_DAV}status"))
            found = status is None or 200 <= status < 300
            is_collection = response.find(f".//{_DAV}resourcetype/{_DAV}collection") is not None
            if path == wanted:
                seen_self = True
                if not found:
                    raise RootError(url, "folder_missing_207", status=status)
                if response.find(f".//{_DAV}resourcetype") is not None and not is_collection:
                    raise RootError(url, "not_a_folder")
                continue
            parent, _, name = path.rpartition("/")
            if parent != wanted or not name or not found:
                continue
            (dirs if is_collection else files).append(name)
        if not seen_self and not files and not dirs:
            raise RootError(url, "folder_missing_empty")
        return files, dirs

    def read(self, path: str) -> bytes:
        url = self._url(path)
        response = self._request("GET", url)
        if response.status_code == HTTPStatus.NOT_FOUND:
            raise MissingFileError(url)
        if response.status_code != HTTPStatus.OK:
            raise self._unexpected(url, response)
        data = response.content
        expected = response.headers.get("Content-Length")
        if expected is None:
            return data
        # Content-Length counts the bytes on the wire, before any Content-Encoding is undone.
        received = len(data) if "Content-Encoding" not in response.headers else None
        if received is None:
            received = response.num_bytes_downloaded
        if not expected.isdigit() or int(expected) != received:
            raise CorruptError(url, "short_read", size=received, expected=expected)
        return data

    def exists(self, path: str) -> bool:
        url = self._url(path, allow_root=True)
        response = self._request("PROPFIND", url, headers={"Depth": "0"}, content=_PROPFIND_BODY)
        code = response.status_code
        if code == HTTPStatus.NOT_FOUND:
            return False
        if code in (HTTPStatus.METHOD_NOT_ALLOWED, HTTPStatus.NOT_IMPLEMENTED):
            raise TransportError(url, NO_PROPFIND)
        if code != HTTPStatus.MULTI_STATUS:
            raise self._unexpected(url, response)
        try:
            root = ET.fromstring(response.content)
        except ET.ParseError as exc:
            raise TransportError(url, "propfind_unreadable", detail=str(exc)) from exc
        statuses = [_status_of(r.findtext(f"{_DAV}status")) for r in root.iter(f"{_DAV}response")]
        return bool(statuses) and not all(s == HTTPStatus.NOT_FOUND for s in statuses)

    def ensure_dir(self, dir: str) -> None:
        parts = check_path(dir, allow_root=True)
        for depth in range(1, len(parts) + 1):
            url = self._url("/".join(parts[:depth]), collection=True)
            response = self._request("MKCOL", url)
            code = response.status_code
            if code in (HTTPStatus.CREATED, HTTPStatus.OK, HTTPStatus.NO_CONTENT):
                continue
            if code == HTTPStatus.METHOD_NOT_ALLOWED:  # it exists already
                continue
            if code == HTTPStatus.CONFLICT:
                raise RootError(url, "parent_missing")
            raise self._unexpected(url, response)

    def delete_own(self, path: str) -> None:
        url = self._url(path)
        response = self._request("DELETE", url)
        if response.status_code in (HTTPStatus.OK, HTTPStatus.NO_CONTENT, HTTPStatus.NOT_FOUND):
            return
        if response.status_code == HTTPStatus.MULTI_STATUS:
            raise TransportError(url, "delete_failed")
        raise self._unexpected(url, response)

    def create(self, path: str, data: bytes) -> None:
        url = self._url(path)
        parts = check_path(path)
        part_name = f"{parts[-1]}.{secrets.token_hex(6)}.part"
        part_url = self._url("/".join((*parts[:-1], part_name)))
        try:
            put = self._request("PUT", part_url, content=data)
        except TransportError:
            self._delete_quietly(part_url)
            raise
        if put.status_code == HTTPStatus.CONFLICT:
            raise RootError(url, "folder_missing")
        if put.status_code not in (HTTPStatus.CREATED, HTTPStatus.NO_CONTENT, HTTPStatus.OK):
            self._delete_quietly(part_url)
            raise self._unexpected(part_url, put)
        try:
            self._move(part_url, url, data)
        except BaseException:
            self._delete_quietly(part_url)
            raise

    def _move(self, part_url: str, url: str, data: bytes) -> None:
        headers = {"Destination": url, "Overwrite": "F"}
        moved = self._request("MOVE", part_url, headers=headers)
        code = moved.status_code
        if code in (HTTPStatus.CREATED, HTTPStatus.NO_CONTENT, HTTPStatus.OK):
            return
        if code in (HTTPStatus.PRECONDITION_FAILED, HTTPStatus.NOT_FOUND):
            # 412: the name exists. After a retried MOVE that the server did carry out, the
            # name exists with our own bytes (and the part is gone): that is a success.
            retried = self._attempts > 1
            if (retried or code == HTTPStatus.NOT_FOUND) and self._holds(url, data):
                return
            if code == HTTPStatus.PRECONDITION_FAILED:
                raise ExistsError(url)
        raise self._unexpected(part_url, moved)

    def _holds(self, url: str, data: bytes) -> bool:
        """Whether the file at ``url`` is exactly ``data`` (after an ambiguous MOVE)."""
        try:
            response = self._http.request("GET", url)
        except httpx.HTTPError:
            return False
        return response.status_code == HTTPStatus.OK and response.content == data

    def probe_time(self, path: str) -> datetime:
        url = self._url(path)
        try:
            put = self._request("PUT", url, content=b"pacte clock probe\n")
            if put.status_code == HTTPStatus.CONFLICT:
                raise RootError(url, "folder_missing")
            if put.status_code not in (HTTPStatus.CREATED, HTTPStatus.NO_CONTENT, HTTPStatus.OK):
                raise self._unexpected(url, put)
            found = self._probe_stamp(url)
            if found is None:
                found = _http_date(put.headers.get("Date"))
            if found is None:
                raise TransportError(url, "no_probe_time")
            return found
        finally:
            self._delete_quietly(url)

    def _probe_stamp(self, url: str) -> datetime | None:
        """``getlastmodified`` of the probe, else the ``Date`` of the PROPFIND answer."""
        response = self._request(
            "PROPFIND",
            url,
            headers={"Depth": "0", "Content-Type": "application/xml; charset=utf-8"},
            content=_PROBE_PROPFIND_BODY,
        )
        code = response.status_code
        if code in (HTTPStatus.METHOD_NOT_ALLOWED, HTTPStatus.NOT_IMPLEMENTED):
            raise TransportError(url, NO_PROPFIND)
        if code != HTTPStatus.MULTI_STATUS:
            raise self._unexpected(url, response)
        stamped: datetime | None = None
        with contextlib.suppress(ET.ParseError):
            root = ET.fromstring(response.content)
            for element in root.iter(f"{_DAV}getlastmodified"):
                stamped = _http_date(element.text)
                if stamped is not None:
                    break
        return stamped or _http_date(response.headers.get("Date"))
