"""One sync pass over the configured scopes, and the status of each scope."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from typing import Any

import sqlalchemy as sa

from pacte_desktop.domain.errors import PacteError
from pacte_desktop.store.database import Store
from pacte_desktop.sync.feeds import PassSummary, Progress, ScopeSummary
from pacte_desktop.sync.location import close_transport
from pacte_desktop.sync.network_scope import NetworkSync
from pacte_desktop.sync.org_scope import OrgSync
from pacte_desktop.sync.roots import SCOPES, now_iso
from pacte_desktop.sync.state import LocalState, PassphraseSource
from pacte_desktop.sync.unlock import ensure_open


def sync_pass(
    store: Store,
    *,
    scopes: tuple[str, ...] = SCOPES,
    progress: Progress | None = None,
    lang: str | None = None,
    wait: float = 60.0,
    passphrases: PassphraseSource | None = None,
) -> PassSummary:
    """One pass over each configured scope: publish, then receive. Errors are reported in the
    summary (``error``, ``error_code``) scope by scope; nothing local is deleted whatever the
    location holds.

    Keys (``unlock.py``): a locked vault, or a key epoch without a box for this device, needs
    the scope's passphrase; ``passphrases`` gives it (the command line: environment or
    terminal). Without it the scope reports ``sync_locked`` / ``sync_new_keys`` and nothing is
    sent or received: the interface shows "locked" and asks only when the user acts.

    One pass at a time per store (a lock file beside it): the application's background pass
    and a ``pacte sync`` in a terminal wait ``wait`` seconds for each other, then give up with
    a message (``wait=0``: give up at once, as the background timer does)."""
    from filelock import FileLock, Timeout

    lock = FileLock(store.data_dir / "sync.lock")
    try:
        lock.acquire(timeout=wait)
    except Timeout:
        busy = PacteError("sync", "sync_busy", value=str(store.data_dir / "sync.lock"))
        return PassSummary(
            [
                ScopeSummary(s, error=busy.message(lang))
                for s in scopes
                if LocalState(store).configured(s)
            ]
        )
    try:
        return _sync_pass(store, scopes, progress, lang, passphrases)
    finally:
        lock.release()


def _sync_pass(
    store: Store,
    scopes: tuple[str, ...],
    progress: Progress | None,
    lang: str | None,
    passphrases: PassphraseSource | None,
) -> PassSummary:
    state = LocalState(store)
    summary = PassSummary()
    try:
        ensure_open(store, passphrases)
    except PacteError as exc:  # locked (or a wrong passphrase): every scope waits for it
        for scope in scopes:
            location = state.location(scope)
            if location is not None:
                result = ScopeSummary(scope, location.where, error=exc.message(lang))
                result.error_code = exc.code
                result.finished_at = now_iso()
                _remember(state, result)
                summary.scopes.append(result)
        return summary
    for scope in scopes:
        location = state.location(scope)
        if location is None:
            continue
        result = ScopeSummary(scope, location.where)
        try:
            transport = location.open()
        except PacteError as exc:
            result.error = exc.message(lang)
            result.error_code = exc.code
            summary.scopes.append(result)
            continue
        try:
            if scope == "org":
                OrgSync(store, transport, result, progress, passphrases).run()
            else:
                NetworkSync(store, transport, result, progress, passphrases).run()
        except PacteError as exc:
            result.error = exc.message(lang)
            result.error_code = exc.code
        finally:
            close_transport(transport)
        result.finished_at = now_iso()
        _remember(state, result)
        summary.scopes.append(result)
    return summary


def _remember(state: LocalState, result: ScopeSummary) -> None:
    state.set(f"{result.scope}.last_pass", json.dumps(asdict(result), ensure_ascii=False))


@dataclass
class Status:
    scope: str
    configured: bool
    location: str | None
    root_id: str | None
    pending_ops: int
    rejected: list[dict[str, str]]
    parked: int
    open_conflicts: int
    last_pass: dict[str, Any] | None


def status(store: Store) -> list[Status]:
    state = LocalState(store)
    out = []
    with store.reading() as conn:
        parked = int(conn.execute(sa.text("SELECT count(*) FROM sync_parked")).scalar_one())
        conflicts_open = int(
            conn.execute(
                sa.text("SELECT count(*) FROM sync_conflict WHERE status = 'open'")
            ).scalar_one()
        )
        for scope in SCOPES:
            location = state.location(scope)
            cursor_key = "org.published_seq" if scope == "org" else "network.published_seq"
            cursor = int(store.local(f"sync.{cursor_key}", conn=conn) or 0)
            pending = int(
                conn.execute(
                    sa.text("SELECT count(*) FROM journal WHERE device_id = :d AND seq > :c"),
                    {"d": store.device_id, "c": cursor},
                ).scalar_one()
            )
            rejected = [
                {"path": r[0], "code": r[1], "reason": r[2], "last_seen": r[3]}
                for r in conn.execute(
                    sa.text(
                        "SELECT path, code, reason, last_seen FROM sync_rejected WHERE scope = :s "
                        "ORDER BY last_seen DESC"
                    ),
                    {"s": scope},
                )
            ]
            last = store.local(f"sync.{scope}.last_pass", conn=conn)
            out.append(
                Status(
                    scope=scope,
                    configured=location is not None,
                    location=location.where if location else None,
                    root_id=store.local(f"sync.{scope}.root_id", conn=conn),
                    pending_ops=pending if location else 0,
                    rejected=rejected,
                    parked=parked if scope == "org" else 0,
                    open_conflicts=conflicts_open if scope == "org" else 0,
                    last_pass=json.loads(last) if last else None,
                )
            )
    return out
