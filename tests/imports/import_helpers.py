"""Shared helpers of the import tests: valid BCE numbers and whole-store snapshots."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from pacte_desktop.domain import bce
from pacte_desktop.store.schema import REPLICATED_TABLES


def bce_number(first_eight: str) -> str:
    """A valid BCE number written with dots, from its first eight digits."""
    return bce.format_number(first_eight + bce.check_digits(first_eight))


def bad_checksum(first_eight: str) -> str:
    good = bce.check_digits(first_eight)
    wrong = f"{(int(good) + 1) % 97:02d}"
    return bce.format_number(first_eight + wrong)


def snapshot(
    path: Path, tables: tuple[str, ...] | None = None
) -> dict[str, list[tuple[object, ...]]]:
    """Every row of the given tables (all tables when None), in a stable order."""
    conn = sqlite3.connect(path)
    try:
        if tables is None:
            tables = tuple(
                r[0]
                for r in conn.execute(
                    "SELECT name FROM sqlite_master WHERE type = 'table' "
                    "AND name NOT LIKE 'sqlite_%' ORDER BY name"
                )
            )
        return {t: sorted(conn.execute(f"SELECT * FROM {t}").fetchall(), key=repr) for t in tables}
    finally:
        conn.close()


def replicated(path: Path) -> dict[str, list[tuple[object, ...]]]:
    return snapshot(path, REPLICATED_TABLES)


def journal_ops(path: Path, row_ids: set[str]) -> list[tuple[str, str]]:
    conn = sqlite3.connect(path)
    try:
        return [
            (row_id, op)
            for row_id, op in conn.execute("SELECT row_id, op FROM journal ORDER BY seq")
            if row_id in row_ids
        ]
    finally:
        conn.close()
