"""The duplicates scan at the size of a region: time, and precision and recall on known pairs.

Run: ``.venv/bin/python bench/dedupe.py [--employers 100000] [--sample 2000] [--seed 1060]``
(``--small``: 10,000 employers and a 1,000 sample, under a minute).

A generated set of employers with known duplicates is written to a real store (bulk insert,
journalled like an import), then ``services.dedupe.scan`` runs on it end to end (keys computed
from the store, blocks, scores, the pairs' fields read back). Each duplicate copies one base
employer with one or two of the changes people make when they enter an employer twice: a
spelling slip in a word, the legal form added, removed, written in the other language, under
its former name or in full (SPRL, SRL, BVBA, BV, ASBL, VZW, SA, NV…), the words in another
order, capitals and accents, the Dutch name instead of the French one; it keeps the postcode,
or only the street (no postcode), or only the BCE number (another name). Hard negatives are
added too: the same family name with another trade at the same postcode (Boulangerie Dupont,
Boucherie Dupont), and a chain's two shops with two BCE numbers.

Baseline (same run): the exhaustive comparison of every pair of a sample with the same rule
(:func:`pacte_desktop.services.dedupe._judge`), timed and extrapolated to the full set
(pairs grow as n²); and the blocks' recall on that sample (pairs the exhaustive comparison
finds that the blocks miss). Target (issue 15): the scan of 100,000 employers under 30 s,
precision and recall both above 0.95.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TRADES = (
    ("Boulangerie", "Bakkerij"),
    ("Boucherie", "Slagerij"),
    ("Garage", "Garage"),
    ("Pharmacie", "Apotheek"),
    ("Librairie", "Boekhandel"),
    ("Brasserie", "Brouwerij"),
    ("Crèche", "Kinderdagverblijf"),
    ("Restaurant", "Restaurant"),
    ("Coiffure", "Kapsalon"),
    ("Imprimerie", "Drukkerij"),
    ("Menuiserie", "Schrijnwerkerij"),
    ("Fleuriste", "Bloemist"),
    ("Épicerie", "Kruidenier"),
    ("Nettoyage", "Schoonmaak"),
    ("Transports", "Transport"),
    ("Informatique", "Informatica"),
    ("Cabinet", "Kantoor"),
    ("Atelier", "Werkplaats"),
    ("Hôtel", "Hotel"),
    ("Traiteur", "Traiteur"),
    ("Bureau d'études", "Studiebureau"),
    ("Agence immobilière", "Immokantoor"),
    ("Auto-école", "Rijschool"),
    ("Laverie", "Wasserette"),
)
SYLLABLES = (
    "van", "der", "mo", "ka", "li", "ber", "ghe", "ro", "du", "pon", "mar", "tin",
    "jan", "sen", "pee", "ter", "wou", "la", "croix", "ma", "es", "sa", "di", "ba",
    "lo", "ré", "mi", "fa", "zo", "ku", "né", "tra", "vel", "bro", "ek", "hout",
    "bos", "vel", "de", "mee", "ren", "gil", "bert", "hey", "man", "claes", "wil", "lem",
    "sche", "pers", "ni", "co", "be", "nou", "ri", "ha", "chi", "ya", "zid", "our",
    "ah", "med", "kha", "lid", "mou", "ssa", "ben", "ali", "ai", "ssa",
)  # fmt: skip
STREETS = tuple(
    f"{kind} {name}"
    for kind in ("Rue", "Avenue", "Place", "Chaussée", "Boulevard")
    for name in (
        "de la Victoire",
        "Jourdan",
        "de Mérode",
        "du Fort",
        "Defacqz",
        "Louise",
        "de Waterloo",
        "de Forest",
        "Théodore Verhaegen",
        "de l'Hôtel des Monnaies",
        "Vanderschrick",
        "de Parme",
        "Berckmans",
        "Moris",
        "de la Source",
        "Fonsny",
        "du Midi",
        "d'Ecosse",
        "Émile Feron",
        "Maurice Wilmotte",
        "Dethy",
        "Van Meenen",
        "de Russie",
        "Antoine Bréart",
        "Saint-Bernard",
        "de Belgrade",
        "de Hollande",
        "du Danemark",
        "de Suède",
        "Henri Wafelaerts",
        "Franz Merjay",
        "Ducpétiaux",
        "Garibaldi",
        "Bosquet",
        "de l'Église",
        "Coenraets",
        "de Lausanne",
        "de Prusse",
        "Crickx",
        "de la Glacière",
    )
)
POSTCODES = tuple(
    str(p)
    for p in (
        *(1000, 1020, 1030, 1040, 1050, 1060, 1070, 1080, 1081, 1082, 1083, 1090),
        *(1120, 1130, 1140, 1150, 1160, 1170, 1180, 1190, 1200, 1210),
    )
)
FORMS_WRITTEN = (
    ("SRL", "SPRL", "BV", "BVBA", "S.P.R.L.", "s.r.l.", "société à responsabilité limitée"),
    ("SA", "NV", "S.A.", "N.V.", "société anonyme", "naamloze vennootschap"),
    ("ASBL", "VZW", "A.S.B.L.", "v.z.w.", "association sans but lucratif"),
    ("SC", "CV", "SCRL", "CVBA", "société coopérative"),
    ("SNC", "VOF", "S.N.C."),
)


def bce_number(first_eight: int) -> str:
    return f"{first_eight:08d}{97 - first_eight % 97:02d}"


@dataclass
class Generated:
    """Employers as stored rows (without ids) and the true duplicate pairs (row indexes)."""

    rows: list[dict[str, Any]] = field(default_factory=list)
    pairs: set[frozenset[int]] = field(default_factory=set)


def _family(rng: random.Random) -> str:
    word = "".join(rng.choice(SYLLABLES) for _ in range(rng.choice((3, 3, 4))))
    return word.capitalize()


def _typo(rng: random.Random, word: str) -> str:
    if len(word) < 5:
        return word + word[-1]
    i = rng.randrange(1, len(word) - 1)
    kind = rng.choice(("swap", "drop", "double", "replace"))
    if kind == "swap":
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    if kind == "drop":
        return word[:i] + word[i + 1 :]
    if kind == "double":
        return word[:i] + word[i] + word[i:]
    return word[:i] + rng.choice("aeioulnrst") + word[i + 1 :]


def _strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _variant(rng: random.Random, base: dict[str, Any], words: list[str], form: str | None) -> str:
    """The base's name as someone else typed it: one or two changes."""
    changes = rng.sample(("typo", "form", "order", "case", "nl"), k=rng.choice((1, 2)))
    if "nl" in changes and base.get("name_nl"):
        return str(base["name_nl"])
    words = list(words)
    if "typo" in changes:
        i = max(range(len(words)), key=lambda n: len(words[n]))  # a telling word
        words[i] = _typo(rng, words[i])
    if "order" in changes and len(words) > 1:
        words = words[-1:] + words[:-1]
    name = " ".join(words)
    if "form" in changes or form:
        group = next((g for g in FORMS_WRITTEN if form in g), rng.choice(FORMS_WRITTEN))
        choice = rng.choice([*group, ""]) if "form" in changes else form
        name = f"{name} {choice}".strip()
    if "case" in changes:
        name = rng.choice((name.upper(), _strip_accents(name), name.lower()))
    return name


def generate(count: int, seed: int, duplicate_share: float = 0.05) -> Generated:
    """``count`` employers of which about ``duplicate_share`` are duplicates of another."""
    rng = random.Random(seed)
    out = Generated()
    families: set[str] = set()
    keys: set[tuple[str, str]] = set()
    next_bce = 4_000_000
    from pacte_desktop.domain.matching import name_key

    duplicates = int(count * duplicate_share)
    negatives = int(count * 0.02)
    bases = count - duplicates - negatives
    made: list[tuple[dict[str, Any], list[str], str | None]] = []
    while len(out.rows) < bases:
        family = _family(rng)
        if family in families:
            continue
        trade_fr, trade_nl = rng.choice(TRADES)
        words = [trade_fr, family]
        if rng.random() < 0.2:
            words.append(rng.choice(("& Fils", "du Midi", "Saint-Gilles", "Express", "Frères")))
        form = rng.choice(rng.choice(FORMS_WRITTEN)) if rng.random() < 0.5 else None
        name = " ".join(words) + (f" {form}" if form else "")
        postcode = rng.choice(POSTCODES)
        key = (name_key(name), postcode)
        if key in keys:
            continue
        families.add(family)
        keys.add(key)
        row: dict[str, Any] = {
            "name": name,
            "postcode": postcode,
            "street": rng.choice(STREETS),
            "number": str(rng.randint(1, 250)),
        }
        if rng.random() < 0.3:
            row["name_nl"] = " ".join([trade_nl, *words[1:]])
        if rng.random() < 0.3:
            next_bce += rng.randint(1, 50)
            row["bce_number"] = bce_number(next_bce)
        out.rows.append(row)
        made.append((row, words, form))
    # Hard negatives: the same family name, another trade, the same postcode; and a chain's
    # second shop with its own BCE number.
    for _ in range(negatives):
        row, words, _ = rng.choice(made)
        trade = rng.choice([t for t, _ in TRADES if t != words[0]])
        name = " ".join([trade, *words[1:]])
        key = (name_key(name), row["postcode"])
        if key in keys:
            continue
        keys.add(key)
        other = {"name": name, "postcode": row["postcode"], "street": rng.choice(STREETS)}
        if row.get("bce_number"):
            next_bce += rng.randint(1, 50)
            other["bce_number"] = bce_number(next_bce)
        out.rows.append(other)
    # Duplicates of distinct bases.
    for index in rng.sample(range(len(made)), duplicates):
        row, words, form = made[index]
        dup: dict[str, Any] = {"name": _variant(rng, row, words, form)}
        roll = rng.random()
        if row.get("bce_number") and roll < 0.15:
            dup["bce_number"] = row["bce_number"]  # the KBO number decides, whatever the name
            dup["name"] = f"{rng.choice(TRADES)[0]} {_family(rng)}"
        elif roll < 0.85:
            dup["postcode"] = row["postcode"]
            if rng.random() < 0.5:
                dup["street"] = row["street"]
        else:
            dup["street"] = rng.choice((row["street"], row["street"].upper()))
        out.pairs.add(frozenset((index, len(out.rows))))
        out.rows.append(dup)
    return out


def build_store(folder: Path, generated: Generated) -> tuple[Any, list[str]]:
    """A store holding the generated employers; returns it and the rows' ids."""
    from pacte_desktop.domain.entities import Employer
    from pacte_desktop.services import workers
    from pacte_desktop.store.database import Store
    from pacte_desktop.store.ids import new_id
    from pacte_desktop.store.schema import stored_defaults
    from pacte_desktop.store.unit_of_work import UnitOfWork

    store = Store.open(folder, daily_backup=False)
    with UnitOfWork(store, worker_id="") as uow:
        _, worker = workers.init_organisation(uow, name="Bench", org_type="cpas", worker="W")
        uow.commit()
    defaults = stored_defaults(Employer)
    ids = [new_id() for _ in generated.rows]
    with UnitOfWork(store, worker_id=worker.id) as uow:
        uow.bulk_insert(
            Employer,
            ({**defaults, **row, "id": i} for i, row in zip(ids, generated.rows, strict=True)),
        )
        uow.commit()
    return store, ids


def exhaustive(keys: list[Any]) -> tuple[float, set[frozenset[int]]]:
    """Every pair of ``keys`` judged by the scan's own rule: seconds, and the pairs found."""
    from pacte_desktop.services.dedupe import _judge

    found: set[frozenset[int]] = set()
    started = time.perf_counter()
    for i in range(len(keys)):
        a = keys[i]
        for j in range(i + 1, len(keys)):
            if _judge(a, keys[j]) is not None:
                found.add(frozenset((i, j)))
    return time.perf_counter() - started, found


@dataclass
class Figures:
    employers: int
    true_pairs: int
    found: int
    precision: float
    recall: float
    scan_seconds: float
    scan_cpu_seconds: float
    sample: int
    exhaustive_seconds: float
    extrapolated_seconds: float
    blocks_recall: float
    insert_seconds: float


def measure(employers: int, sample: int, seed: int) -> Figures:
    from pacte_desktop.services import dedupe
    from pacte_desktop.services.dedupe import candidate_pairs
    from pacte_desktop.services.employer_keys import keys_of

    generated = generate(employers, seed)
    with tempfile.TemporaryDirectory() as scratch:
        started = time.perf_counter()
        store, ids = build_store(Path(scratch) / "store", generated)
        inserted = time.perf_counter() - started
        try:
            started, cpu = time.perf_counter(), time.process_time()
            pairs = dedupe.scan(store, partners=False)
            scanned = time.perf_counter() - started
            scanned_cpu = time.process_time() - cpu
        finally:
            store.close()
    index = {row_id: n for n, row_id in enumerate(ids)}
    found = {frozenset((index[p.first.id], index[p.second.id])) for p in pairs}
    hits = len(found & generated.pairs)
    precision = hits / len(found) if found else 1.0
    recall = hits / len(generated.pairs) if generated.pairs else 1.0

    # The baseline: a sample (with its duplicates' partners) compared pair by pair.
    rng = random.Random(seed + 1)
    chosen = sorted(rng.sample(range(len(generated.rows)), min(sample, len(generated.rows))))
    keys = [keys_of(str(n), generated.rows[n], True) for n in chosen]
    exhaustive_seconds, every = exhaustive(keys)
    blocked = {
        frozenset((a, b))
        for a, b, _, _ in candidate_pairs(keys, is_own=lambda k: True, node=lambda k: k.id)
    }
    blocks_recall = len(blocked & every) / len(every) if every else 1.0
    scale = (len(generated.rows) / len(keys)) ** 2
    return Figures(
        employers=len(generated.rows),
        true_pairs=len(generated.pairs),
        found=len(found),
        precision=precision,
        recall=recall,
        scan_seconds=scanned,
        scan_cpu_seconds=scanned_cpu,
        sample=len(keys),
        exhaustive_seconds=exhaustive_seconds,
        extrapolated_seconds=exhaustive_seconds * scale,
        blocks_recall=blocks_recall,
        insert_seconds=inserted,
    )


@dataclass
class CountFigures:
    own: int
    partner_records: int
    known: int
    cold_ms: float
    warm_ms: float
    after_edit_ms: float
    baseline_ms: float
    #: CPU time of this process, ms: cold, warm, after one edit, baseline (a shared machine).
    cpu_ms: tuple[float, ...] = ()


def _add_partners(store: Any, generated: Generated, partners: int, per_partner: int) -> None:
    """``partners`` organisations pinned as readable, each publishing ``per_partner`` employer
    records (a third of them copies of ours: the same BCE number or name and postcode), written
    straight into ``network_record`` as a network pass leaves them."""
    import json

    import sqlalchemy as sa

    rng = random.Random(partners)
    with store.engine.begin() as conn:
        for p in range(partners):
            org = f"01900000-0000-7000-8000-{p:012d}"
            for key, value in (
                (f"sync.network.member.{org}", "k"),
                (f"sync.network.member_name.{org}", f"Partenaire {p}"),
            ):
                conn.execute(
                    sa.text("INSERT INTO local_state (key, value) VALUES (:k, :v)"),
                    {"k": key, "v": value},
                )
            rows = []
            for n in range(per_partner):
                if n % 3 == 0:
                    values = dict(rng.choice(generated.rows))
                else:
                    values = {
                        "name": f"{rng.choice(TRADES)[0]} {_family(rng)}",
                        "postcode": rng.choice(POSTCODES),
                    }
                stamp = f"{1_790_000_000_000 + n:013d}-0000-{p:016x}"
                rows.append(
                    {
                        "o": org,
                        "r": f"01900000-0000-7000-9000-{p * per_partner + n:012d}",
                        "d": json.dumps(values, ensure_ascii=False),
                        "s": json.dumps({k: stamp for k in values}),
                    }
                )
            conn.execute(
                sa.text(
                    "INSERT INTO network_record (table_name, org_id, row_id, data, stamps) "
                    "VALUES ('employer', :o, :r, :d, :s)"
                ),
                rows,
            )


def measure_counts(
    employers: int, seed: int, partners: int = 30, per_partner: int = 1_000
) -> CountFigures:
    """The directory's "also known by N partners": :func:`partner_counts` over our employers
    and the partners' records, cold (keys computed), warm (nothing changed) and after one edit;
    baseline: reading the ids and names of every live employer (what the directory reads)."""
    import sqlalchemy as sa

    from pacte_desktop.domain.entities import Employer
    from pacte_desktop.services import records
    from pacte_desktop.services.network_groups import partner_counts
    from pacte_desktop.store.unit_of_work import UnitOfWork

    generated = generate(employers, seed)
    with tempfile.TemporaryDirectory() as scratch:
        store, ids = build_store(Path(scratch) / "store", generated)
        try:
            _add_partners(store, generated, partners, per_partner)
            timings: list[float] = []
            cpu_timings: list[float] = []
            for edit in (False, False, True):
                if edit:
                    with UnitOfWork(store) as uow:
                        records.edit(uow, Employer, ids[0], {"name": "Boulangerie Renommée"})
                        uow.commit()
                started, cpu = time.perf_counter(), time.process_time()
                counts = partner_counts(store)
                timings.append((time.perf_counter() - started) * 1000)
                cpu_timings.append((time.process_time() - cpu) * 1000)
            started, cpu = time.perf_counter(), time.process_time()
            with store.reading() as conn:
                conn.execute(
                    sa.text("SELECT id, name FROM employer WHERE archived_at IS NULL")
                ).all()
            baseline = (time.perf_counter() - started) * 1000
            baseline_cpu = (time.process_time() - cpu) * 1000
        finally:
            store.close()
    return CountFigures(
        own=len(ids),
        partner_records=partners * per_partner,
        known=len(counts),
        cold_ms=timings[0],
        warm_ms=timings[1],
        after_edit_ms=timings[2],
        baseline_ms=baseline,
        cpu_ms=(*cpu_timings, baseline_cpu),
    )


def _ms(wall: float, cpu: float) -> str:
    return f"{wall:,.0f} / {cpu:,.0f} ms"


def _table(rows: list[tuple[str, str]]) -> None:
    width = max(len(r[0]) for r in rows)
    print(f"| {'measure':<{width}} | value |")
    print(f"|{'-' * (width + 2)}|-------|")
    for name, value in rows:
        print(f"| {name:<{width}} | {value} |")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--employers", type=int, default=100_000)
    parser.add_argument("--sample", type=int, default=2_000)
    parser.add_argument("--seed", type=int, default=1060)
    parser.add_argument("--small", action="store_true", help="10,000 employers, 1,000 sample")
    args = parser.parse_args(argv)
    if args.small:
        args.employers, args.sample = 10_000, 1_000
    f = measure(args.employers, args.sample, args.seed)
    rows = [
        ("employers (generated, in the store)", f"{f.employers:,}"),
        ("known duplicate pairs", f"{f.true_pairs:,}"),
        ("pairs the scan lists", f"{f.found:,}"),
        ("precision", f"{f.precision:.3f}"),
        ("recall", f"{f.recall:.3f}"),
        ("store written (bulk insert, journalled)", f"{f.insert_seconds:.1f} s"),
        ("scan (services.dedupe.scan, end to end)", f"{f.scan_seconds:.1f} s"),
        ("scan, CPU time of this process", f"{f.scan_cpu_seconds:.1f} s"),
        (f"exhaustive pairs of a {f.sample:,} sample", f"{f.exhaustive_seconds:.1f} s"),
        (f"exhaustive, extrapolated to {f.employers:,}", f"{f.extrapolated_seconds:,.0f} s"),
        (
            "ratio scan / exhaustive (extrapolated)",
            f"1 : {f.extrapolated_seconds / f.scan_seconds:,.0f}",
        ),
        ("blocks' recall on the sample vs exhaustive", f"{f.blocks_recall:.3f}"),
    ]
    _table(rows)
    c = measure_counts(args.employers, args.seed)
    print()
    _table(
        [
            ("our employers / partners' records", f"{c.own:,} / {c.partner_records:,}"),
            ("our employers known by a partner", f"{c.known:,}"),
            ("partner_counts, cold (keys computed): wall / CPU", _ms(c.cold_ms, c.cpu_ms[0])),
            ("partner_counts, warm (nothing changed)", _ms(c.warm_ms, c.cpu_ms[1])),
            ("partner_counts, after one edit", _ms(c.after_edit_ms, c.cpu_ms[2])),
            ("baseline: ids and names of every employer", _ms(c.baseline_ms, c.cpu_ms[3])),
            (
                "ratio warm / baseline (wall, CPU)",
                f"{c.warm_ms / c.baseline_ms:.1f}, {c.cpu_ms[1] / c.cpu_ms[3]:.1f}",
            ),
        ]
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
