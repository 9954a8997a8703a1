"""Where a sync scope lives: a folder path or a WebDAV URL, and opening its transport.

A folder is kept as an absolute path, so that a pass run from another directory (the CLI in a
terminal, the application from a shortcut) finds the same root. A WebDAV URL with a password
must use ``https://``: over plain ``http://`` the password and every request travel readable by
anyone on the network, so it is refused, except to a server on this computer (loopback), where
nothing leaves the machine.
"""

from __future__ import annotations

import ipaddress
import json
import os
from dataclasses import asdict, dataclass
from urllib.parse import urlsplit

from pacte_desktop.domain.errors import PacteError
from pacte_desktop.sync.folder import FolderTransport
from pacte_desktop.sync.transport import Transport

# --- where a scope lives ---------------------------------------------------------------------


@dataclass(frozen=True)
class Location:
    """A sync location: a folder path or a WebDAV URL (with a user and the name of the
    environment variable holding the password, never the password itself)."""

    kind: str  # "folder" | "webdav"
    where: str
    user: str | None = None
    password_env: str | None = None

    def __post_init__(self) -> None:
        if self.kind == "folder" and self.where:
            absolute = os.path.abspath(os.path.expanduser(self.where))
            object.__setattr__(self, "where", absolute)

    def open(self) -> Transport:
        if self.kind == "folder":
            return FolderTransport(self.where)
        from pacte_desktop.sync.webdav import WebDAVTransport

        if self.user is not None and not _secure(self.where):
            raise PacteError("sync", "webdav_insecure", value=self.where)

        password = os.environ.get(self.password_env) if self.password_env else None
        if self.user is not None and self.password_env and password is None:
            raise PacteError("sync", "passphrase_required", value=self.password_env)
        return WebDAVTransport(self.where, self.user, password)

    def to_json(self) -> str:
        return json.dumps(asdict(self), sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> Location:
        data = json.loads(text)
        return cls(**data)


def _secure(url: str) -> bool:
    """Whether a password may be sent to ``url``: over https, or to this computer only."""
    parts = urlsplit(url)
    if parts.scheme.lower() == "https":
        return True
    host = (parts.hostname or "").lower()
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def close_transport(transport: Transport) -> None:
    close = getattr(transport, "close", None)
    if close is not None:
        close()
