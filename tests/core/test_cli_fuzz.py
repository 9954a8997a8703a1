"""Random input to every ``pacte`` command that writes (issue 11): hostile text, numbers and dates
in every option, and the store stays whole.

Which commands write comes from the classification of tests/sync/test_every_write_syncs.py,
which walks the real parser and fails on a command nobody classified; this test adds the local
writes of ``settings set`` and ``worker use``. ``sync setup`` is left out: a random folder path
would make it create a sync root anywhere on the disk, and its own tests cover its refusals.

For each command, Hypothesis builds command lines from the command's own parser: every option
and positional argument gets, at random, nothing, a plausible value (an existing record's id,
name or code, a choice, a date) or a hostile one (control characters, lone surrogates as a
non-UTF-8 terminal produces them, a string of 100,000 characters, a number of 25 digits, a
negative one, 0001-01-01, 2026-02-30). Each line runs in-process against a small real store
(one copy per command). After each:

- the exit code is 0, 1 or 2 and no exception escapes ``main`` (so no traceback is printed);
- ``PRAGMA integrity_check`` says ``ok``;
- a refused command (exit code other than 0) changed nothing: every table, journal included,
  reads the same as before (the search index is checked by the integrity check instead).
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import importlib.util
import io
import os
import shutil
import sqlite3
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pacte_desktop.cli import main
from pacte_desktop.cli.parser import DEMO_MAX, build_parser
from pacte_desktop.store.database import STORE_FILE


def _classification() -> Any:
    path = Path(__file__).resolve().parents[1] / "sync" / "test_every_write_syncs.py"
    spec = importlib.util.spec_from_file_location("_every_write_syncs", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


_CLASSIFIED = _classification()
LEFT_OUT = {("sync", "setup")}
COMMANDS = sorted(
    {c for c, kind in _CLASSIFIED.CLASSES.items() if kind == _CLASSIFIED.WRITE} - LEFT_OUT
    | {("settings", "set"), ("worker", "use")}
)
#: Eight lines per command keep the run under a minute for CI (some 350 in all);
#: PACTE_FUZZ_EXAMPLES=200 digs deeper on a developer's machine.
EXAMPLES_PER_COMMAND = int(os.environ.get("PACTE_FUZZ_EXAMPLES", "8"))
DERANDOMIZE = "PACTE_FUZZ_EXAMPLES" not in os.environ


def test_the_fuzzed_commands_are_the_parsers_writes() -> None:
    commands = set(_CLASSIFIED.leaves(build_parser()))
    assert set(COMMANDS) <= commands
    assert len(COMMANDS) > 30


# --- the parser's arguments of one command ----------------------------------------------------
def _parser_of(words: tuple[str, ...]) -> argparse.ArgumentParser:
    node = build_parser()
    for word in words:
        sub = next(a for a in node._actions if isinstance(a, argparse._SubParsersAction))
        node = sub.choices[word]
    return node


#: The global options every command also takes after it: ``--data-dir`` is given to each line
#: (a random one would create stores anywhere, the working directory first).
GLOBAL = {"data_dir"}


def _arguments(words: tuple[str, ...]) -> list[argparse.Action]:
    return [
        a
        for a in _parser_of(words)._actions
        if not isinstance(a, argparse._HelpAction | argparse._SubParsersAction)
        and a.dest not in GLOBAL
    ]


# --- values -----------------------------------------------------------------------------------
class Huge(str):
    """A long argument that a failing example shows by its length, not its 100,000 letters."""

    def __repr__(self) -> str:
        return f"Huge({self[:1]!r} * {len(self)})"


SURROGATE_BYTES = st.sampled_from(["\udce9", "\udcff", "\udc80abc", "caf\udce9"])
hostile_text = st.one_of(
    st.text(min_size=0, max_size=40),
    st.text(
        alphabet=st.sampled_from(
            "\x00\x01\x07\x08\t\n\r\x1b\x7f\x85\x9b\u2028\u200b\ufeffé e\u0301;,\"'%_*-–ß∂日本"
        ),
        max_size=20,
    ),
    SURROGATE_BYTES,
    st.just(Huge("x" * 100_000)),
    st.just("\x1b[2J\x1b]0;pwned\x07"),
    st.just(""),
    st.just("   "),
)
numbers = st.one_of(
    st.integers(-3, 12),
    st.integers(-(10**25), 10**25),
    st.sampled_from([2**31, 2**63, -(2**63) - 1, 10**4, 10**4 + 1, DEMO_MAX + 1]),
).map(str)
dates = st.one_of(
    st.dates().map(lambda d: d.isoformat()),
    st.sampled_from(
        [
            "0001-01-01",
            "9999-12-31",
            "1900-01-01",
            "2100-12-31",
            "2101-01-01",
            "2026-02-30",
            "2026-13-01",
            "26-11-2026",
            "2026-11-02T10:00",
            "today",
            "-1",
            "20261102",
        ]
    ),
)


def _known(station: dict[str, list[str]]) -> st.SearchStrategy[str]:
    return st.sampled_from([v for values in station.values() for v in values])


def _value(action: argparse.Action, known: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    """A value for one argument: plausible for its kind or hostile of any kind."""
    metavar = str(action.metavar or action.dest).upper()
    kinds: list[st.SearchStrategy[str]] = [hostile_text, numbers, dates, known]
    if action.choices:
        kinds.append(st.sampled_from([str(c) for c in action.choices]))
    if "DATE" in metavar or "YYYY" in metavar:
        kinds.append(dates)
    return st.one_of(kinds)


@st.composite
def command_lines(
    draw: st.DrawFn, words: tuple[str, ...], known: st.SearchStrategy[str]
) -> list[str]:
    line = list(words)
    for action in _arguments(words):
        if action.option_strings:
            if not action.required and not draw(st.booleans()):
                continue
            flag = draw(st.sampled_from(action.option_strings))
            if action.nargs == 0:
                line.append(flag)
                continue
            value = draw(_value(action, known))
            if words == ("demo",) and flag == "--employers":
                value = draw(st.one_of(st.integers(-3, 3).map(str), numbers.filter(_not_slow)))
            line += [flag, value]
        else:
            value = draw(_value(action, known))
            if value.startswith("-"):  # a positional that looks like an option: argparse's
                line.append("--")  # own refusal; pass it as a value instead
            line.append(value)
    return line


def _not_slow(text: str) -> bool:
    """No demo of thousands of employers inside a fuzz test."""
    try:
        return not 4 <= int(text) <= DEMO_MAX
    except ValueError:
        return True


# --- the store --------------------------------------------------------------------------------
def run(data_dir: Path, *args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(["--data-dir", str(data_dir), *args])
        except SystemExit as exc:  # argparse's usage errors
            code = exc.code if isinstance(exc.code, int) else 2
    return code, out.getvalue(), err.getvalue()


def digest(data_dir: Path) -> str:
    conn = sqlite3.connect(data_dir / STORE_FILE)
    try:
        h = hashlib.sha256()
        tables = conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE '%VIRTUAL%' "
            "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'employer_search%' ORDER BY name"
        ).fetchall()
        for (table,) in tables:
            for row in conn.execute(f'SELECT * FROM "{table}" ORDER BY 1'):
                h.update(repr((table, row)).encode())
        return h.hexdigest()
    finally:
        conn.close()


def integrity(data_dir: Path) -> str:
    conn = sqlite3.connect(data_dir / STORE_FILE)
    try:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        conn.close()


_TEMPLATE: dict[str, Any] = {}


def _template(factory: pytest.TempPathFactory) -> tuple[Path, dict[str, list[str]]]:
    """A small store with one record of each kind, and the handles that name them: built once,
    copied for each command (its ids are the same in every copy)."""
    if not _TEMPLATE:
        folder = factory.mktemp("fuzz-template")
        data = folder / "fuzz"

        def ok(*args: str) -> str:
            code, out, err = run(data, *args)
            assert code == 0, err
            return out.strip()

        ok("init", "--org", "CPAS", "--org-type", "cpas", "--worker", "Farida")
        ok("worker", "add", "Igo")
        employer = ok("employer", "add", "--name", "Parvis", "--bce", "0403019261")
        ok("employer", "add", "--name", "Archivé")
        opportunity = ok(
            "opportunity", "add", "--employer", employer, "--kind", "fpi", "--title", "Commis"
        )
        candidate = ok("candidate", "add", "--code", "C1")
        contact = ok("contact", "add", employer, "--name", "Jean")
        interaction = ok(
            "interaction", "add", employer, "--channel", "visit", "--summary", "Visite",
            "--next-action", "2026-12-01",
        )  # fmt: skip
        placement = ok(
            "placement", "add", "--candidate", "C1", "--opportunity", opportunity, "--type", "fpi",
            "--start", "2026-11-02",
        )  # fmt: skip
        (folder / "employers.csv").write_text("nom;code postal\nNul\x00Firm;1060\n", "utf-8")
        _TEMPLATE["data"] = data
        _TEMPLATE["known"] = {
            "ids": [employer, opportunity, candidate, contact, interaction, placement],
            "names": ["Parvis", "Farida", "Igo", "C1", "Commis", "parvis", "Archivé"],
            "files": [str(folder / "employers.csv"), str(folder / "missing.csv")],
            "settings": ["language", "backups_kept", "nl", "en"],
        }
    return _TEMPLATE["data"], _TEMPLATE["known"]


@pytest.fixture
def station(
    tmp_path: Path, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Path, dict[str, list[str]]]:
    """A copy of the template store for one command."""
    template, known = _template(tmp_path_factory)
    data = tmp_path / "fuzz"
    shutil.copytree(template, data)
    return data, known


@pytest.mark.parametrize("words", COMMANDS, ids=[" ".join(c) for c in COMMANDS])
def test_random_input_to_a_writing_command(station, words: tuple[str, ...]) -> None:  # type: ignore[no-untyped-def]
    data, known = station

    @settings(
        max_examples=EXAMPLES_PER_COMMAND,
        deadline=None,
        derandomize=DERANDOMIZE,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(command_lines(words, _known(known)))
    def check(line: list[str]) -> None:
        before = digest(data)
        try:
            code, _out, err = run(data, *line)
        except Exception as exc:  # a traceback for the user
            raise AssertionError(f"pacte {line!r} raised {exc!r}") from exc
        assert code in (0, 1, 2), (line, code, err)
        assert "Traceback" not in err, (line, err)
        assert integrity(data) == "ok", line
        if code != 0:
            assert digest(data) == before, (line, err)

    check()
