"""Where a sync scope lives: a folder path or a WebDAV URL, and opening its transport."""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass

from pacte_desktop.domain.errors import PacteError
from pacte_desktop.sync.folder import FolderTransport
from pacte_desktop.sync.transport import (
    Transport,
)

# --- where a scope lives ---------------------------------------------------------------------


@dataclass(frozen=True)
class Location:
    """A sync location: a folder path or a WebDAV URL (with a user and the name of the
    environment variable holding the password, never the password itself)."""

    kind: str  # "folder" | "webdav"
    where: str
    user: str | None = None
    password_env: str | None = None

    def open(self) -> Transport:
        if self.kind == "folder":
            return FolderTransport(self.where)
        from pacte_desktop.sync.webdav import WebDAVTransport

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


def close_transport(transport: Transport) -> None:
    close = getattr(transport, "close", None)
    if close is not None:
        close()
