"""The merge rule (docs/sync.md rules 3, 4, 5, 8; failure-matrix cases 3, 5, 11, 12)."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pacte_desktop.domain.hlc import Stamp
from pacte_desktop.sync.merge import (
    CONCURRENT,
    EDIT_AFTER_DELETE,
    WINDOW_MS,
    Conflict,
    ReplicaState,
    winner,
)

KNOWN: dict[str, set[str]] = {"people": {"name", "phone", "archived_at"}}
UPGRADED: dict[str, set[str]] = {
    "people": {"name", "phone", "archived_at", "email"},
    "places": {"label"},
}
DEVICES = ("dev-a", "dev-b", "dev-c")
BASE = 1_800_000_000_000
MINUTE = 60_000
HOUR = 60 * MINUTE

PROPS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def stamp(wall: int, device: str, counter: int = 0) -> str:
    return str(Stamp(wall, counter, device))


def op(
    kind: str, hlc: str, row: str = "r1", table: str = "people", **fields: Any
) -> dict[str, Any]:
    return {"table": table, "row_id": row, "hlc": hlc, "op": kind, "fields": fields}


def replay(ops: list[dict[str, Any]], known: dict[str, set[str]] = KNOWN) -> ReplicaState:
    state = ReplicaState()
    for one in ops:
        state.apply(one, known_tables=known)
    return state


# -- random operations from three devices with skewed clocks ---------------------------------

# Offsets chosen to produce exact ties, near ties, in-window and out-of-window pairs.
WALLS = st.sampled_from([0, 0, 1, 5 * MINUTE, WINDOW_MS, WINDOW_MS + 1, 30 * MINUTE])
SKEW = {"dev-a": 0, "dev-b": -3 * HOUR, "dev-c": 2 * HOUR}


@st.composite
def operations(draw: st.DrawFn, fields: tuple[str, ...] = ("name", "phone")) -> dict[str, Any]:
    device = draw(st.sampled_from(DEVICES))
    skewed = draw(st.booleans())
    wall = BASE + draw(WALLS) + (SKEW[device] if skewed else 0)
    hlc = stamp(wall, device, draw(st.integers(0, 2)))
    row = draw(st.sampled_from(["r1", "r2"]))
    kind = draw(st.sampled_from(["insert", "update", "update", "archive", "restore", "delete"]))
    values = st.one_of(st.none(), st.integers(0, 3), st.sampled_from(["x", "y"]))
    if kind == "delete":
        return op("delete", hlc, row)
    if kind == "archive":
        return op("archive", hlc, row, archived_at=draw(st.sampled_from(["2026-01", "2026-02"])))
    if kind == "restore":
        return op("restore", hlc, row, archived_at=None)
    chosen = draw(st.lists(st.sampled_from(fields), min_size=1, max_size=len(fields), unique=True))
    written = {name: draw(values) for name in chosen}
    return {"table": "people", "row_id": row, "hlc": hlc, "op": kind, "fields": written}


@st.composite
def deliveries(draw: st.DrawFn) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """All operations, and one delivery of them: a permutation plus random repeats."""
    ops = draw(st.lists(operations(), min_size=1, max_size=14))
    order = draw(st.permutations(ops))
    repeats = draw(st.lists(st.sampled_from(ops), max_size=6))
    delivered = list(order)
    for extra in repeats:
        delivered.insert(draw(st.integers(0, len(delivered))), extra)
    return ops, delivered


@PROPS
@given(deliveries(), st.data())
def test_any_order_with_repeats_gives_the_same_snapshot(
    case: tuple[list[dict[str, Any]], list[dict[str, Any]]], data: st.DataObject
) -> None:
    ops, delivered = case
    reference = replay(ops).snapshot()
    assert replay(delivered).snapshot() == reference
    assert replay(list(reversed(delivered))).snapshot() == reference
    assert replay(data.draw(st.permutations(delivered))).snapshot() == reference


@PROPS
@given(st.lists(operations(), min_size=1, max_size=14))
def test_applying_twice_is_applying_once(ops: list[dict[str, Any]]) -> None:
    once = replay(ops)
    twice = replay(ops + ops)
    assert twice.snapshot() == once.snapshot()
    assert twice.applied == once.applied
    assert all(once.apply(one, known_tables=KNOWN) == "duplicate" for one in ops)
    assert once.snapshot() == twice.snapshot()


@PROPS
@given(st.lists(operations(), min_size=1, max_size=14))
def test_invariants_of_the_merged_state(ops: list[dict[str, Any]]) -> None:
    state = replay(ops)
    for table, row_id, values in state.snapshot()["rows"]:
        row_ops = [o for o in ops if (o["table"], o["row_id"]) == (table, row_id)]
        deletes = [o["hlc"] for o in row_ops if o["op"] == "delete"]
        assert state.is_deleted(table, row_id) == bool(deletes)
        cut = max(deletes) if deletes else None
        for name, _value, won in values:
            if name == "deleted":
                assert won == cut
                continue
            stamps = [o["hlc"] for o in row_ops if name in o["fields"]]
            # The winner is the greatest write not after the delete.
            assert won == max(s for s in stamps if cut is None or s <= cut)
    for conflict in state.conflicts:
        if conflict.kind == EDIT_AFTER_DELETE:
            assert conflict.lost_stamp > conflict.won_stamp
            assert state.is_deleted(conflict.table, conflict.row_id)
        else:
            assert conflict.lost_stamp < conflict.won_stamp
            assert conflict.lost_value != conflict.won_value
            lost, won = Stamp.parse(conflict.lost_stamp), Stamp.parse(conflict.won_stamp)
            assert won.wall_ms - lost.wall_ms <= WINDOW_MS
            assert lost.device != won.device


# -- winner and clock skew (case 5) -----------------------------------------------------------


def test_winner_is_the_greater_stamp_and_ties_go_to_the_device_id() -> None:
    early, late = stamp(BASE, "dev-z"), stamp(BASE + 1, "dev-a")
    assert winner(early, late) == late == winner(late, early)
    a, b = stamp(BASE, "dev-a", 3), stamp(BASE, "dev-b", 3)
    assert winner(a, b) == b == winner(b, a)
    assert winner(stamp(BASE, "dev-b", 2), stamp(BASE, "dev-a", 3)) == stamp(BASE, "dev-a", 3)
    with pytest.raises(ValueError):
        winner("yesterday", a)


@pytest.mark.parametrize("reverse", [False, True])
def test_clock_skew_of_hours_gives_the_same_winner_everywhere(reverse: bool) -> None:
    # dev-b's clock is 3 hours behind: its edit, made later in real time, has the lower stamp.
    ahead = op("update", stamp(BASE, "dev-a"), name="from a")
    behind = op("update", stamp(BASE - 3 * HOUR + MINUTE, "dev-b"), name="from b")
    ops = [behind, ahead] if reverse else [ahead, behind]
    state = replay(ops)
    assert state.row("people", "r1") == {"name": ("from a", ahead["hlc"])}
    assert state.conflicts == []  # hours apart on the stamps: outside the window


@pytest.mark.parametrize("reverse", [False, True])
def test_an_exact_tie_on_wall_and_counter_is_broken_by_the_device_id(reverse: bool) -> None:
    one = op("update", stamp(BASE, "dev-a", 7), name="a")
    two = op("update", stamp(BASE, "dev-b", 7), name="b")
    state = replay([two, one] if reverse else [one, two])
    assert state.row("people", "r1") == {"name": ("b", two["hlc"])}
    assert state.conflicts == [
        Conflict("people", "r1", "name", "a", one["hlc"], "b", two["hlc"], CONCURRENT)
    ]


# -- conflict window (rule 5) -----------------------------------------------------------------


@pytest.mark.parametrize("reverse", [False, True])
@pytest.mark.parametrize(
    ("gap", "expected"), [(5 * MINUTE, 1), (WINDOW_MS, 1), (WINDOW_MS + 1, 0), (HOUR, 0)]
)
def test_concurrent_edits_within_the_window_give_exactly_one_conflict(
    reverse: bool, gap: int, expected: int
) -> None:
    first = op("update", stamp(BASE, "dev-a"), phone="111")
    second = op("update", stamp(BASE + gap, "dev-b"), phone="222")
    state = replay([second, first] if reverse else [first, second])
    assert state.row("people", "r1") == {"phone": ("222", second["hlc"])}
    assert len(state.conflicts) == expected
    if expected:
        assert state.conflicts[0] == Conflict(
            "people", "r1", "phone", "111", first["hlc"], "222", second["hlc"]
        )


def test_a_late_winner_moves_the_conflict_the_same_way_in_every_order() -> None:
    a = op("update", stamp(BASE, "dev-a"), name="a")
    b = op("update", stamp(BASE + MINUTE, "dev-b"), name="b")
    c = op("update", stamp(BASE + 2 * MINUTE, "dev-c"), name="c")
    expected = [
        Conflict("people", "r1", "name", "a", a["hlc"], "c", c["hlc"]),
        Conflict("people", "r1", "name", "b", b["hlc"], "c", c["hlc"]),
    ]
    for order in ([a, b, c], [c, b, a], [b, a, c], [a, c, b]):
        assert replay(order).conflicts == expected


def test_equal_values_and_one_device_s_own_successive_edits_are_not_conflicts() -> None:
    same = [
        op("update", stamp(BASE, "dev-a"), name="same"),
        op("update", stamp(BASE + MINUTE, "dev-b"), name="same"),
    ]
    assert replay(same).conflicts == []
    own = [
        op("update", stamp(BASE, "dev-a"), name="draft"),
        op("update", stamp(BASE + MINUTE, "dev-a"), name="final"),
    ]
    state = replay(own)
    assert state.conflicts == []
    assert state.row("people", "r1") == {"name": ("final", own[1]["hlc"])}


def test_archive_and_restore_are_field_updates_of_archived_at() -> None:
    archive = op("archive", stamp(BASE, "dev-a"), archived_at="2026-11-27")
    restore = op("restore", stamp(BASE + MINUTE, "dev-b"), archived_at=None)
    state = replay([restore, archive])
    assert state.row("people", "r1") == {"archived_at": (None, restore["hlc"])}
    (conflict,) = state.conflicts
    assert conflict.lost_value == "2026-11-27"
    again = state.reinstate(conflict, stamp(BASE + 2 * MINUTE, "dev-c"))
    assert again["op"] == "archive"
    assert again["fields"] == {"archived_at": "2026-11-27"}


def test_reinstate_makes_the_lost_value_win_again() -> None:
    first = op("update", stamp(BASE, "dev-a"), name="mine")
    second = op("update", stamp(BASE + MINUTE, "dev-b"), name="theirs")
    state = replay([first, second])
    (conflict,) = state.conflicts
    fresh = stamp(BASE + 20 * MINUTE, "dev-a")
    new_op = state.reinstate(conflict, fresh)
    assert new_op == {
        "table": "people", "row_id": "r1", "hlc": fresh, "op": "update",
        "fields": {"name": "mine"},
    }  # fmt: skip
    assert state.apply(new_op, known_tables=KNOWN) == "applied"
    assert state.row("people", "r1") == {"name": ("mine", fresh)}
    assert state.conflicts == []  # the loser now is 19 minutes older: outside the window
    with pytest.raises(ValueError):
        state.reinstate(conflict, "not a stamp")


# -- delete (rule 3, case 12) -----------------------------------------------------------------


@pytest.mark.parametrize("reverse", [False, True])
def test_delete_then_later_edit_elsewhere_stays_deleted_and_keeps_the_edit(
    reverse: bool,
) -> None:
    created = op("insert", stamp(BASE - HOUR, "dev-a"), name="Dupont", phone="1")
    deleted = op("delete", stamp(BASE, "dev-a"))
    edit = op("update", stamp(BASE + 2 * HOUR, "dev-b"), phone="2")
    ops = [created, edit, deleted] if reverse else [created, deleted, edit]
    state = replay(ops)
    assert state.is_deleted("people", "r1")
    assert state.row("people", "r1") == {
        "name": ("Dupont", created["hlc"]),
        "phone": ("1", created["hlc"]),
        "deleted": (True, deleted["hlc"]),
    }
    assert state.conflicts == [
        Conflict("people", "r1", "phone", "2", edit["hlc"], "1", deleted["hlc"], EDIT_AFTER_DELETE)
    ]
    with pytest.raises(ValueError):
        state.reinstate(state.conflicts[0], stamp(BASE + 3 * HOUR, "dev-b"))


def test_edits_older_than_the_delete_are_history_not_conflicts() -> None:
    older = op("update", stamp(BASE - HOUR, "dev-b"), name="old")
    deleted = op("delete", stamp(BASE, "dev-a"))
    for order in ([older, deleted], [deleted, older]):
        state = replay(order)
        assert state.conflicts == []
        assert state.row("people", "r1") == {
            "name": ("old", older["hlc"]),
            "deleted": (True, deleted["hlc"]),
        }


def test_two_deletes_take_the_latest_stamp_in_every_order() -> None:
    d1 = op("delete", stamp(BASE, "dev-a"))
    between = op("update", stamp(BASE + MINUTE, "dev-c"), name="between")
    d2 = op("delete", stamp(BASE + 2 * MINUTE, "dev-b"), deleted=True)
    after = op("update", stamp(BASE + 3 * MINUTE, "dev-c"), name="after")
    ops = [d1, between, d2, after]
    reference = replay(ops).snapshot()
    for order in ([after, d2, between, d1], [between, after, d1, d2], [d2, d1, after, between]):
        assert replay(order).snapshot() == reference
    state = replay(ops)
    assert state.row("people", "r1") == {
        "name": ("between", between["hlc"]),
        "deleted": (True, d2["hlc"]),
    }
    assert [c.kind for c in state.conflicts] == [EDIT_AFTER_DELETE]


def test_malformed_operations_are_refused() -> None:
    state = ReplicaState()
    hlc = stamp(BASE, "dev-a")
    bad = [
        op("update", hlc, deleted=True),
        op("delete", hlc, name="x"),
        op("delete", hlc, deleted=False),
        op("merge", hlc, name="x"),
        op("update", "12:00", name="x"),
        {"table": "people", "row_id": 1, "hlc": hlc, "op": "update", "fields": {}},
    ]
    for one in bad:
        with pytest.raises(ValueError):
            state.apply(one, known_tables=KNOWN)
    assert state.snapshot() == {"rows": [], "conflicts": [], "parked": []}
    assert state.applied == set()


# -- parking (rule 8, case 11) ----------------------------------------------------------------


def test_unknown_field_and_table_are_parked_then_applied_after_upgrade() -> None:
    known = op("update", stamp(BASE, "dev-a"), name="Dupont")
    newer = op("update", stamp(BASE + MINUTE, "dev-b"), name="Durand", email="d@example.org")
    other = op("insert", stamp(BASE, "dev-b"), row="p1", table="places", label="Lyon")
    old_app = ReplicaState()
    assert old_app.apply(known, known_tables=KNOWN) == "applied"
    assert old_app.apply(newer, known_tables=KNOWN) == "parked"
    assert old_app.apply(newer, known_tables=KNOWN) == "parked"
    assert old_app.apply(other, known_tables=KNOWN) == "parked"
    assert old_app.row("people", "r1") == {"name": ("Dupont", known["hlc"])}
    assert old_app.parked == sorted([newer, other], key=lambda o: (o["table"], o["row_id"]))
    assert old_app.unpark(KNOWN) == 0
    assert old_app.unpark(UPGRADED) == 2
    assert old_app.parked == []
    new_app = replay([other, newer, known], UPGRADED)
    assert old_app.snapshot() == new_app.snapshot()
    assert old_app.applied == new_app.applied


@st.composite
def upgrade_case(draw: st.DrawFn) -> tuple[list[dict[str, Any]], int]:
    ops = draw(st.lists(operations(("name", "phone", "email")), min_size=1, max_size=14))
    return draw(st.permutations(ops)), draw(st.integers(0, len(ops)))


@PROPS
@given(upgrade_case())
def test_parked_then_unparked_equals_known_from_the_start(
    case: tuple[list[dict[str, Any]], int],
) -> None:
    ops, upgrade_at = case
    replica = ReplicaState()
    for one in ops[:upgrade_at]:
        replica.apply(one, known_tables=KNOWN)
    for parked in replica.parked:
        assert "email" in parked["fields"]
    replica.unpark(UPGRADED)
    assert replica.parked == []
    for one in ops[upgrade_at:]:
        replica.apply(one, known_tables=UPGRADED)
    assert replica.snapshot() == replay(ops, UPGRADED).snapshot()
