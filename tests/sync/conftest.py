"""A real WebDAV server (WsgiDAV under cheroot) on 127.0.0.1, serving a temporary folder.

The WSGI app is wrapped in a small middleware that records every request (method, path,
headers) and can answer chosen requests itself (423, 503, 405, a forged 207...) before they
reach WsgiDAV, to play the failure cases of docs/sync.md.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from cheroot import wsgi
from wsgidav.wsgidav_app import WsgiDAVApp

StartResponse = Callable[..., Any]
#: (status line, headers, body) or None to let WsgiDAV answer.
Canned = tuple[str, list[tuple[str, str]], bytes]
Rule = Callable[[dict[str, Any]], Canned | None]


@dataclass
class Recorded:
    method: str
    path: str
    headers: dict[str, str]


@dataclass
class Recorder:
    """WSGI middleware: records requests and lets tests inject answers."""

    app: Callable[[dict[str, Any], StartResponse], Iterable[bytes]]
    requests: list[Recorded] = field(default_factory=list)
    rules: list[Rule] = field(default_factory=list)

    def __call__(self, environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        headers = {
            key[5:].replace("_", "-").title(): str(value)
            for key, value in environ.items()
            if key.startswith("HTTP_")
        }
        self.requests.append(Recorded(environ["REQUEST_METHOD"], environ["PATH_INFO"], headers))
        for rule in list(self.rules):
            canned = rule(environ)
            if canned is not None:
                status, response_headers, body = canned
                if not any(k.lower() == "content-length" for k, _ in response_headers):
                    response_headers = [*response_headers, ("Content-Length", str(len(body)))]
                start_response(status, response_headers)
                return [body]
        return self.app(environ, start_response)

    def answer(
        self,
        method: str,
        status: str,
        times: int,
        body: bytes = b"",
        headers: list[tuple[str, str]] | None = None,
    ) -> None:
        """Answer ``status`` to the next ``times`` requests of ``method`` instead of WsgiDAV."""
        self.rules.append(answer_n_times(method, status, times, body, headers))

    def methods(self) -> list[str]:
        return [r.method for r in self.requests]


@dataclass
class DavServer:
    url: str
    root: Path
    recorder: Recorder
    user: str | None = None
    password: str | None = None


def answer_n_times(
    method: str,
    status: str,
    times: int,
    body: bytes = b"",
    headers: list[tuple[str, str]] | None = None,
) -> Rule:
    """A rule answering ``status`` to the first ``times`` requests of ``method``."""
    left = [times]
    extra = headers or []

    def rule(environ: dict[str, Any]) -> Canned | None:
        if environ["REQUEST_METHOD"] == method and left[0] > 0:
            left[0] -= 1
            return status, [("Content-Type", "text/plain"), *extra], body
        return None

    return rule


@pytest.fixture
def start_dav(tmp_path: Path) -> Iterator[Callable[..., DavServer]]:
    """A factory: ``start_dav(user=..., password=...)`` starts a server; all stop at teardown."""
    servers: list[tuple[wsgi.Server, threading.Thread]] = []

    def start(user: str | None = None, password: str | None = None) -> DavServer:
        root = tmp_path / f"dav{len(servers)}"
        root.mkdir()
        if user is None:
            user_mapping: dict[str, Any] = {"*": True}
        else:
            user_mapping = {"*": {user: {"password": password or ""}}}
        config = {
            "host": "127.0.0.1",
            "port": 0,
            "provider_mapping": {"/": str(root)},
            "simple_dc": {"user_mapping": user_mapping},
            "http_authenticator": {
                "domain_controller": None,
                "accept_basic": True,
                "accept_digest": False,
                "default_to_digest": False,
            },
            "verbose": 0,
            "logging": {"enable": False},
            "dir_browser": {"enable": False},
            "lock_storage": True,
        }
        recorder = Recorder(WsgiDAVApp(config))
        server = wsgi.Server(("127.0.0.1", 0), recorder, numthreads=4)
        server.expiration_interval = 0.02  # the serve loop notices stop() quickly
        server.prepare()
        thread = threading.Thread(target=server.serve, daemon=True)
        thread.start()
        servers.append((server, thread))
        port = server.bind_addr[1]
        return DavServer(f"http://127.0.0.1:{port}/", root, recorder, user, password)

    yield start
    for server, thread in servers:
        server.stop()
        thread.join(timeout=5)


@pytest.fixture
def dav(start_dav: Callable[..., DavServer]) -> DavServer:
    """A WebDAV server without authentication."""
    return start_dav()
