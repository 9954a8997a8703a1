"""The typed settings registry of the core: each setting declared once, with its default.

Values live in the store's ``setting`` table (local to the workstation, never synced). The UI
reads and writes them through the same registry; QSettings is only its storage for window state.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from pacte_desktop.domain.errors import ValidationError


@dataclass(frozen=True)
class Setting:
    key: str
    default: Any
    parse: Callable[[str], Any]
    description: str

    def convert(self, raw: str) -> Any:
        try:
            return self.parse(raw)
        except ValueError:
            raise ValidationError(
                "setting", "choice", value=raw, choices=self.description
            ) from None


def _positive_int(raw: str) -> int:
    value = int(raw)
    if value < 1:
        raise ValueError(raw)
    return value


def _language(raw: str) -> str:
    if raw not in ("fr", "nl", "en"):
        raise ValueError(raw)
    return raw


def _fields_list(raw: str) -> str:
    from pacte_desktop.domain.entities import BY_TABLE, specs

    names = [part.strip() for part in raw.split(",") if part.strip()]
    for name in names:
        table, _, field = name.partition(".")
        if table not in BY_TABLE or field not in specs(BY_TABLE[table]):
            raise ValueError(name)
    return ",".join(sorted(set(names)))


class Registry:
    def __init__(self, *settings: Setting) -> None:
        self._settings = {s.key: s for s in settings}

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(self._settings.values())

    def spec(self, key: str) -> Setting:
        if key not in self._settings:
            raise ValidationError(
                "setting", "unknown_setting", value=key, choices=", ".join(self._settings)
            )
        return self._settings[key]

    def get(self, conn: sa.Connection, key: str) -> Any:
        spec = self.spec(key)
        raw = conn.execute(
            sa.text("SELECT value FROM setting WHERE key = :k"), {"k": key}
        ).scalar_one_or_none()
        return spec.default if raw is None else spec.convert(raw)

    def set(self, conn: sa.Connection, key: str, raw: str) -> Any:
        value = self.spec(key).convert(raw)
        conn.execute(
            sa.text(
                "INSERT INTO setting(key, value) VALUES (:k, :v) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value"
            ),
            {"k": key, "v": str(value)},
        )
        return value


SETTINGS = Registry(
    Setting(
        "backups.keep",
        10,
        _positive_int,
        "number of automatic backups kept (a whole number, at least 1)",
    ),
    Setting("language", "fr", _language, "interface language: fr, nl or en"),
    Setting(
        "retention.months",
        24,
        _positive_int,
        "months a candidate's data is kept after its last activity when it has no retention "
        "date of its own (a whole number, at least 1); set it alike on every workstation",
    ),
    Setting(
        "sharing.withhold",
        "",
        _fields_list,
        "charter fields this organisation does not publish, as table.field separated by commas "
        "(e.g. employer.phone,employer.email); set it alike on every workstation",
    ),
)
