"""One sync pass over the configured scopes, and the status of each scope."""

from __future__ import annotations

import gc
import json
import posixpath
from dataclasses import asdict, dataclass
from typing import Any

import sqlalchemy as sa

from pacte_desktop.domain import messages
from pacte_desktop.domain.errors import PacteError
from pacte_desktop.domain.progress import StageProgress
from pacte_desktop.store.database import Store
from pacte_desktop.sync.feeds import PassSummary, ScopeSummary, detail, render_detail
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
    progress: StageProgress | None = None,
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
    # The objects alive before the pass (the application, its caches) are set aside from the
    # garbage collector's scans for its duration: a pass allocates tens of thousands of small
    # objects, and a full collection walking everything else cost ~50 ms of each pass.
    gc.freeze()
    try:
        return _sync_pass(store, scopes, progress, lang, passphrases)
    finally:
        gc.unfreeze()
        lock.release()


def _sync_pass(
    store: Store,
    scopes: tuple[str, ...],
    progress: StageProgress | None,
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
            result.error_detail = detail(exc)
            result.error_code = exc.code
            summary.scopes.append(result)
            continue
        try:
            kind = OrgSync if scope == "org" else NetworkSync
            syncer = kind(store, transport, result, progress, passphrases, lang=lang)
            syncer.run()
            syncer.forget_gone()
        except PacteError as exc:
            result.error = exc.message(lang)
            result.error_detail = detail(exc)
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
    """One scope's state. ``rejected`` entries: ``path``, ``code``, ``reason`` (the short
    reason) and ``message`` (the whole sentence), both in the language asked for, ``params``
    (the error's parameters), ``first_seen``, ``last_seen``; forks are among them (code
    ``sync_fork``, with ``params["other"]`` and ``params["device"]``). ``last_pass`` is the
    last pass's summary, its ``error`` and ``publish_error`` said again in that language."""

    scope: str
    configured: bool
    location: str | None
    root_id: str | None
    pending_ops: int
    rejected: list[dict[str, Any]]
    parked: int
    open_conflicts: int
    last_pass: dict[str, Any] | None


def _rejected_entry(
    path: str, code: str, reason: str, params: str | None, seen: tuple[str, str], lang: str | None
) -> dict[str, Any]:
    """A ``sync_rejected`` row as ``status`` shows it, rendered in ``lang`` (the stored
    English sentence for a row written before its parameters were kept)."""
    try:
        values = json.loads(params) if params else None
    except ValueError:
        values = None
    if not isinstance(values, dict):
        return {
            "path": path,
            "code": code,
            "reason": reason,
            "message": reason,
            "params": {},
            "first_seen": seen[0],
            "last_seen": seen[1],
        }
    message = render_detail({"code": code, "field": "sync", "params": values}, reason, lang)
    try:
        short = messages.reason_text(values.get("reason"), values, lang)
    except (KeyError, IndexError, ValueError):
        short = str(values.get("reason", ""))
    return {
        "path": path,
        "code": code,
        "reason": short or message,
        "message": message,
        "params": values,
        "first_seen": seen[0],
        "last_seen": seen[1],
    }


def status(store: Store, *, lang: str | None = None) -> list[Status]:
    """Each scope's state, its texts in ``lang`` (the current language by default)."""
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
                _rejected_entry(r[0], r[1], r[2], r[3], (r[4], r[5]), lang)
                for r in conn.execute(
                    sa.text(
                        "SELECT path, code, reason, params, first_seen, last_seen "
                        "FROM sync_rejected WHERE scope = :s ORDER BY last_seen DESC, path"
                    ),
                    {"s": scope},
                )
            ]
            text = store.local(f"sync.{scope}.last_pass", conn=conn)
            last = json.loads(text) if text else None
            if last is not None:
                for key in ("error", "publish_error"):
                    last[key] = render_detail(last.get(f"{key}_detail"), last.get(key), lang)
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
                    last_pass=last,
                )
            )
    return out


def accept_fork(store: Store, device: str, *, scopes: tuple[str, ...] = SCOPES) -> list[str]:
    """The user's decision that the forked files of ``device`` (its id, or the start of it)
    are all genuine — a laptop restored from a backup that wrote some sequence numbers again.

    Recorded in ``local_state`` per scope: from the fork's sequence number on, that device's
    files apply on both branches, and later files may follow either (feeds.py). Returns the
    full device ids; ``sync_no_fork`` when no fork of such a device waits for a decision.
    The other answer to a fork is revoking the device."""
    wanted = device.strip().lower()
    forks: dict[tuple[str, str], list[tuple[str, dict[str, Any]]]] = {}
    with store.reading() as conn:
        for scope, path, params in conn.execute(
            sa.text("SELECT scope, path, params FROM sync_rejected WHERE code = 'sync_fork'")
        ):
            try:
                values = json.loads(params or "{}")
            except ValueError:
                continue
            found = str(values.get("device", "")) if isinstance(values, dict) else ""
            if scope in scopes and found and wanted and found.startswith(wanted):
                forks.setdefault((scope, found), []).append((path, values))
    if not forks:
        raise PacteError("sync", "sync_no_fork", value=device)
    if len({d for _, d in forks}) > 1:
        raise PacteError("sync", "ambiguous", value=device)
    state = LocalState(store)
    with store.engine.begin() as conn:
        for (scope, found), entries in forks.items():
            key = f"{scope}.fork_accepted.{found}"
            before = json.loads(state.get(key) or "{}")
            seqs = [int(v.get("seq", 1)) for _, v in entries]
            files = set(before.get("files", []))
            for path, values in entries:
                files.add(posixpath.basename(path))
                files.update(
                    posixpath.basename(o.strip()) for o in str(values.get("other", "")).split(",")
                )
            start = min([*seqs, int(before.get("from", seqs[0]))])
            state.set(key, json.dumps({"from": start, "files": sorted(files)}), conn)
            for path, _ in entries:
                conn.execute(
                    sa.text("DELETE FROM sync_rejected WHERE scope = :s AND path = :p"),
                    {"s": scope, "p": path},
                )
    return sorted({d for _, d in forks})
