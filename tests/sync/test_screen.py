"""``received.screen`` (a batch at a time, values column by column) gives exactly the verdicts
of ``received.schema_check`` (one operation at a time, the rule as written): the same
operations applied, the same parked, and a refusal for the same batches."""

from __future__ import annotations

import json
import os
from typing import Any

from hypothesis import example, given, settings
from hypothesis import strategies as st

from pacte_desktop.domain.errors import PacteError
from pacte_desktop.sync import received
from pacte_desktop.sync.received import Op

DEVICE = "0123456789abcdef"
TABLES = ["employer", "contact_person", "opportunity", "worker", "mentor", "x; DROP"]
KINDS = ["insert", "update", "archive", "handover", "delete", "merge", "UPDATE"]
NAMES = [
    "name", "phone", "notes", "do_not_share", "tags", "positions", "start_date", "shared",
    "employer_id", "archived_at", "deleted", "carbon_rating", "x = 0 --", "Name",
]  # fmt: skip
VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-3, max_value=3),
    st.sampled_from([2**70, 1.5]),
    st.text(max_size=5),
    st.sampled_from(["2026-12-06", "06/12/2026", '["HORECA"]', "[1]", "[", "x" * 100_001]),
    st.lists(st.text(max_size=3), max_size=2),
    st.dictionaries(st.text(max_size=2), st.integers(), max_size=1),
)


@st.composite
def operations(draw: Any) -> Op:
    table = draw(st.sampled_from(TABLES))
    kind = draw(st.sampled_from(KINDS))
    fields = draw(st.dictionaries(st.sampled_from(NAMES), VALUES, max_size=3))
    if draw(st.booleans()) and kind == "delete":
        fields = {"deleted": True}
    wall = draw(st.sampled_from([1_700_000_000_000, 1_800_000_000_000, 9_999_999_999_999]))
    row_id = draw(st.sampled_from(["01a24c00-18b1-73c8-93da-2a37cfc32944", "b" * 30, "bad id"]))
    return Op(f"{wall:013d}-0000-{DEVICE}", DEVICE, None, table, row_id, kind, json.dumps(fields))


def _one_at_a_time(ops: list[Op], not_after: str | None) -> tuple[list[Op], list[Op]] | None:
    kept, parked = [], []
    try:
        for op in ops:
            (
                kept if received.schema_check(op, json.loads(op.fields), not_after) else parked
            ).append(op)
    except PacteError:
        return None
    return kept, parked


@settings(max_examples=int(os.environ.get("PACTE_PROPERTY_EXAMPLES", "400")), deadline=None)
@given(st.lists(operations(), max_size=8), st.sampled_from([None, "1750000000000-ffff-f"]))
def test_screen_agrees_with_the_rule_one_operation_at_a_time(
    ops: list[Op], not_after: str | None
) -> None:
    expected = _one_at_a_time(ops, not_after)
    try:
        kept, parked = received.screen(ops, not_after)
    except PacteError:
        assert expected is None
        return
    assert expected is not None
    assert [op for op, _ in kept] == expected[0]
    assert sorted(parked) == sorted(expected[1])
    assert all(fields == json.loads(op.fields) for op, fields in kept)


WIRE = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.sampled_from(
        [
            f"1700000000000-0000-{DEVICE}",
            f"1700000000000-0000-{'f' * 16}",
            "1700000000000-0000-",
            DEVICE,
            "f" * 16,
            "employer",
            "update",
            "01a24c00-18b1-73c8-93da-2a37cfc32944",
            "bad id",
            "",
            '{"name": "x"}',
            "{",
            "[]",
        ]
    ),
)


VALID = [
    f"1700000000000-0000-{DEVICE}",
    DEVICE,
    "01a24c00-18b1-73c8-93da-2a37cfc32944",
    "employer",
    "01a24c00-18b1-73c8-93da-2a37cfc32944",
    "update",
    '{"name": "x"}',
    None,
]


@st.composite
def wire_items(draw: Any) -> Any:
    """A valid operation as it travels, with a few of its members (or its length) changed."""
    item: list[Any] = list(VALID)
    for _ in range(draw(st.integers(0, 2))):
        item[draw(st.integers(0, 7))] = draw(WIRE)
    cut = draw(st.sampled_from([8, 8, 8, 7, 6, 9]))
    item = item[:cut] + [None] * max(0, cut - 8)
    if draw(st.integers(0, 9)) == 0:
        return dict(zip("hdwtrofb", item, strict=False))
    return item


def _changed(position: int, value: Any) -> list[Any]:
    item = list(VALID)
    item[position] = value
    return item


@settings(max_examples=int(os.environ.get("PACTE_PROPERTY_EXAMPLES", "400")), deadline=None)
@given(st.lists(wire_items(), max_size=4))
@example([list(VALID)])
@example([_changed(0, f"1700000000000-0000-{'f' * 16}")])  # another device's stamp
@example([_changed(1, "f" * 16)])  # another device
@example([_changed(2, True)])  # a worker that is not an id
@example([_changed(2, "bad id")])
@example([_changed(2, "")])  # the organisation's first records: no worker yet
@example([_changed(3, None)])
@example([_changed(6, "{")])  # fields that are not an object
@example([_changed(6, "[]")])
@example([_changed(7, "not a stamp")])  # a malformed base
@example([_changed(7, f"1700000000000-0000-{DEVICE}")])
def test_check_ops_inline_shape_agrees_with_the_entry_check(items: list[Any]) -> None:
    """check_ops checks the usual shape inline; it must accept and refuse as _check_entry."""
    import re

    own = re.compile(rf"[0-9]{{13}}-[0-9a-f]{{4}}-{DEVICE}")
    try:
        expected: list[Op] | None = [
            received._check_entry(item, "f", DEVICE, own) for item in items
        ]
    except PacteError:
        expected = None
    try:
        got: list[Op] | None = received.check_ops(items, DEVICE, "f")
    except PacteError:
        got = None
    assert got == expected
