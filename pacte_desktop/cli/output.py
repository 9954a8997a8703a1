"""How ``pacte`` prints: records and tables in the user's language, JSON with every control
character escaped, a progress bar on a terminal, and the words of its output (from the
message catalogue's ``CLI_TEXTS``).
"""

from __future__ import annotations

import sys

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable, Sequence
    from typing import Any

    from pacte_desktop.domain.entities import Entity


def say(key: str, **params: object) -> str:
    """The words of ``key`` in ``CLI_TEXTS``, in the current language, ``{names}`` filled in."""
    from pacte_desktop.domain import messages

    text = messages.pick(messages.CLI_TEXTS, key)
    return text.format(**params) if params else text


def _json_default(value: object) -> object:
    import datetime as dt

    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, tuple | set):
        return list(value)
    raise TypeError(type(value))


def print_json(data: object) -> None:
    """JSON with every control character escaped: json escapes C0 itself; C1 and the line
    separators, which it may leave raw, are escaped here (they only occur inside strings)."""
    import json
    import re

    text = json.dumps(data, default=_json_default, ensure_ascii=False, indent=2)
    text = re.sub("[\x7f-\x9f\u2028\u2029]", lambda m: f"\\u{ord(m.group()):04x}", text)
    sys.stdout.write(text + "\n")


def record_dict(entity: Entity, name_of: Callable[[str, str | None], str | None]) -> dict[str, Any]:
    """A record as JSON-ready snake_case keys; each ``x_id`` reference gains an ``x`` name
    (``name_of``: ``services.lookups.namer``)."""
    from pacte_desktop.domain.entities import specs

    out: dict[str, Any] = {}
    for name, spec in specs(type(entity)).items():
        value = getattr(entity, name)
        out[name] = list(value) if isinstance(value, tuple) else value
        if spec.kind == "ref" and spec.ref and name.endswith("_id"):
            out[name[:-3]] = name_of(spec.ref, value)
    out["archived"] = entity.archived
    return out


def _displayer() -> Callable[[str, object], str]:
    """The function showing stored values as people write them, in the current language."""
    import datetime as dt

    from pacte_desktop.domain import bce, contact_rules
    from pacte_desktop.domain.text import for_terminal

    yes, no = say("yes"), say("no")
    formats: dict[str, Callable[[str], str]] = {
        "bce_number": bce.format_number,
        "phone": contact_rules.format_phone,
        "nace_code": contact_rules.format_nace,
    }

    def display(name: str, value: object) -> str:
        if value is None or value in ((), [], ""):
            return "—"
        if name in formats:
            return formats[name](str(value))
        if isinstance(value, bool):
            return yes if value else no
        if isinstance(value, list | tuple):
            return for_terminal(", ".join(str(v) for v in value))
        if isinstance(value, dt.date):
            return value.isoformat()
        return for_terminal(str(value))

    return display


def print_record(data: dict[str, Any]) -> None:
    from pacte_desktop.domain.messages import field_label

    keys = [k for k in data if not k.endswith("_id") or k == "id"]
    labels = {k: field_label(k) for k in keys}
    width = max(len(label) for label in labels.values())
    display = _displayer()
    for key in keys:
        print(f"{labels[key]:<{width}}  {display(key, data[key])}")


def print_table(rows: list[dict[str, Any]], columns: Sequence[str]) -> None:
    from pacte_desktop.domain.messages import field_label

    display = _displayer()
    cells = [[display(c, row.get(c)) for c in columns] for row in rows]
    headers = [field_label(c) for c in columns]
    widths = [max([len(h)] + [len(r[i]) for r in cells]) for i, h in enumerate(headers)]
    widths[-1] = 0  # the last column is not padded
    print("  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip())
    for r in cells:
        print("  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip())


class Progress:
    """A progress bar on standard error when it is a terminal; quiet when piped or redirected."""

    def __init__(self, label: str) -> None:
        self.label = label
        self.tty = sys.stderr.isatty()
        self.last_tenth = -1

    def __call__(self, done: int, total: int) -> None:
        fraction = done / total if total else 1.0
        if self.tty:
            bar = "#" * int(fraction * 30)
            sys.stderr.write(f"\r{self.label} [{bar:<30}] {fraction:4.0%} {done}/{total}")
            sys.stderr.flush()

    def finish(self) -> None:
        if self.tty:
            sys.stderr.write("\n")


def print_rows(headers: Sequence[str], rows: list[list[str]]) -> None:
    """Rows of ready-made cells under ``headers``, columns aligned, the last one not padded."""
    widths = [max([len(h)] + [len(r[i]) for r in rows]) for i, h in enumerate(headers)]
    widths[-1] = 0
    for line in [list(headers), *rows]:
        print("  ".join(c.ljust(w) for c, w in zip(line, widths, strict=True)).rstrip())
