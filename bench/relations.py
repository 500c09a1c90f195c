"""Relation benchmark: precision and recall of routes, transfers, ties and conflicts on a gold set.

A gold file has one JSON object a line, in either of two forms (``../shared/bench/relations-guidelines.md``
says how they are labelled):

- a sentence of its own: ``{"id", "text", "relations": [...]}`` (the team-written set,
  ``data/bench/relations.jsonl``);
- a reference to a sentence of a benchmark corpus: ``{"id", "corpus", "article", "start", "end",
  "sha1", "relations": [...]}`` (the real-news set, ``data/bench/relations_real.jsonl``). The
  corpora are GPL data kept outside the project; the text is read from ``../shared/bench`` when the
  benchmark runs, and ``sha1`` (the first 12 hex digits of the sentence's SHA-1) checks that the
  reference still points at the sentence that was labelled.

The full geoparser runs on each sentence. Relation place ids map back to names through the mentions,
so a gold "Caracas" matches whatever id Caracas resolved to, and "United States" matches a mention
"U.S." resolved to the United States; a gold name also matches a place the gazetteer knows by that
name or alias ("Netherlands" for the place a mention "Dutch" resolved to, named "The Netherlands"). A relation matches on type, source and target names, in order
for directed relations and in either order for undirected ones. The negated and hedged flags are
scored separately, over matched relations; ties and conflicts confused for each other are counted
over gold relations.

Every case falls in one of two fixed halves, ``dev`` and ``heldout``, by a hash of its article
(``corpus#article`` for a reference, the case id for a sentence of its own): sentences of one
article stay together, so the halves share no text. Rules are developed on ``dev``; the misses and
false positives of ``heldout`` cases are never printed, only its totals, so nobody tunes on them.
"""

from __future__ import annotations

import functools
import hashlib
import json
import re
import sys
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from geo.core.errors import BenchError
from geo.core.paths import BENCH_DATA_DIR, PROJECT_ROOT
from geo.core.records import RELATION_TYPES, ParsedArticle, Relation

if TYPE_CHECKING:
    from geo.gazetteer.lookup import Gazetteer
    from geo.pipeline import Geoparser

__all__ = [
    "DEFAULT_PATH",
    "REAL_PATH",
    "SPLITS",
    "load_relations_corpus",
    "relation_key",
    "run_relations_bench",
    "split_of",
]

DEFAULT_PATH = BENCH_DATA_DIR / "relations.jsonl"
REAL_PATH = BENCH_DATA_DIR / "relations_real.jsonl"
DEV2_PATH = BENCH_DATA_DIR / "relations_real_dev2.jsonl"
CORPUS_DIR = PROJECT_ROOT.parent / "shared" / "bench"
SPLITS = ("dev", "heldout", "all")


def split_of(case: dict[str, Any]) -> str:
    """The fixed half a case belongs to: ``dev`` or ``heldout``, by the SHA-1 of its article key."""
    key = f"{case['corpus']}#{case['article']}" if "corpus" in case else str(case["id"])
    return "dev" if int(hashlib.sha1(key.encode("utf-8")).hexdigest(), 16) % 2 == 0 else "heldout"


def sentence_hash(text: str) -> str:
    """The reference check of the real-news set: the first 12 hex digits of the text's SHA-1."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


@functools.lru_cache(maxsize=8)
def _corpus_texts(path: str) -> tuple[str, ...]:
    from bench.accuracy import read_corpus

    return tuple(a.text for a in read_corpus(path))


def _resolve_text(case: dict[str, Any], where: str, corpus_dir: Path) -> str:
    path = corpus_dir / case["corpus"]
    if not path.exists():
        raise BenchError(f"Expected the corpus {case['corpus']} in {corpus_dir} for {where}, instead it is missing.")
    texts = _corpus_texts(str(path))
    index, start, end = case["article"], case["start"], case["end"]
    if not (isinstance(index, int) and 0 <= index < len(texts)):
        raise BenchError(f"Expected an article index below {len(texts)} for {where}, instead got: {index!r}.")
    text = texts[index][start:end]
    if case.get("sha1") and sentence_hash(text) != case["sha1"]:
        raise BenchError(
            f"Expected {where} to point at the sentence that was labelled (sha1 {case['sha1']}), "
            f"instead it reads: {text[:60]!r}."
        )
    return text


def load_relations_corpus(path: str | Path = DEFAULT_PATH, corpus_dir: str | Path = CORPUS_DIR) -> list[dict[str, Any]]:
    """Read a gold file of either form; every case comes back with its ``text``.

    Parameters
    ----------
    path : str or Path
        JSON-lines file.
    corpus_dir : str or Path
        Where the benchmark corpora are, for cases that reference them.

    Returns
    -------
    list of dict
        The cases in file order.

    Raises
    ------
    BenchError
        When the file or a referenced corpus cannot be read, or a line is not a case.
    """
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise BenchError(f"Expected a readable relations corpus at {str(path)!r}, instead got: {exc}.") from exc
    cases = []
    for n, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"line {n} of {path}"
        try:
            case = json.loads(line)
        except json.JSONDecodeError:
            raise BenchError(f"Expected JSON on {where}, instead got: {line[:60]!r}.") from None
        if not isinstance(case, dict) or "id" not in case or "relations" not in case:
            raise BenchError(f"Expected id and relations on {where}, instead got: {str(case)[:60]}.")
        if "text" not in case:
            if not {"corpus", "article", "start", "end"} <= case.keys():
                raise BenchError(f"Expected text, or corpus, article, start and end, on {where}.")
            case = {**case, "text": _resolve_text(case, where, Path(corpus_dir))}
        for rel in case["relations"]:
            if rel.get("type") not in RELATION_TYPES:
                raise BenchError(
                    f"Expected relation types from {RELATION_TYPES} on {where}, instead got: {rel.get('type')!r}."
                )
        cases.append(case)
    return cases


# A division's generic word, which a gold name or a mention may leave off: "Khost province" is "Khost".
_DIVISION_WORDS = re.compile(r"\s+(?:province|region|state|oblast|governorate|district|prefecture|county)$", re.I)


def relation_key(rel_type: str, source: str, target: str, directed: bool) -> tuple[str, str, str]:
    """Matching key: names compared case-insensitively and without a division's generic word
    ("Krasnodar region" is "Krasnodar"), undirected pairs in a canonical order."""
    a, b = _DIVISION_WORDS.sub("", source).casefold(), _DIVISION_WORDS.sub("", target).casefold()
    if not directed:
        a, b = sorted((a, b))
    return rel_type, a, b


def _names_by_id(parsed: ParsedArticle) -> dict[str, set[str]]:
    """Every surface name each place id was mentioned by (a place can be named several ways)."""
    names: dict[str, set[str]] = defaultdict(set)
    for m in parsed.mentions:
        if m.place_id is not None:
            names[m.place_id].add(m.text)
    for p in parsed.places:
        names[p.id].add(p.name)
    return names


def _predicted_keys(
    relations: Iterable[Relation],
    names: dict[str, set[str]],
    gold_names: set[str],
    known_as: Callable[[str], Collection[str]] | None = None,
    gold_keys: Collection[tuple[str, str, str]] = (),
) -> list[tuple[tuple[str, str, str], Relation]]:
    """Predicted relations as keys, choosing for each id the name the gold uses when there is one:
    a name it was mentioned by, else (with ``known_as``, a name's place ids in the gazetteer) a gold
    name the gazetteer gives that place ("Netherlands" for the place named "The Netherlands"). A
    place the gold names two ways ("the United States" in one relation, "the U.S." in another) is
    keyed by the names that make a gold key, relation by relation."""

    def options(pid: str) -> list[str]:
        candidates = sorted(names.get(pid, {pid}))
        out = [c for c in candidates if relation_key("", c, "", True)[1] in gold_names]
        if known_as is not None:
            out += [g for g in sorted(gold_names) if pid in known_as(g) and g not in out]
        return out or candidates[:1]

    keyed = []
    for r in relations:
        keys = [relation_key(r.type, s, t, r.directed) for s in options(r.source) for t in options(r.target)]
        keyed.append((next((k for k in keys if k in gold_keys), keys[0]), r))
    return keyed


@functools.cache
def _default_geoparser() -> Geoparser:
    from geo.pipeline import Geoparser  # imported late: loading the model takes a second

    return Geoparser()


def gazetteer_names(gazetteer: Gazetteer) -> Callable[[str], frozenset[str]]:
    """A gold name's place ids by the gazetteer's names, aliases and abbreviations (not demonyms):
    the labellers name a place by its common English name, which may be the gazetteer's alias."""

    @functools.cache
    def known_as(name: str) -> frozenset[str]:
        ids: set[str] = set()
        for n in {name, _DIVISION_WORDS.sub("", name)}:
            ids.update(e.place_id for e in gazetteer.lookup(n) if e.kind in ("name", "alias", "abbrev"))
        return frozenset(ids)

    return known_as


def score_cases(
    cases: list[dict[str, Any]],
    parse_text: Callable[[str], ParsedArticle],
    known_as: Callable[[str], Collection[str]] | None = None,
) -> dict[str, Any]:
    """Score the parser's relations on gold cases; see :func:`run_relations_bench` for the result.
    ``known_as`` (see :func:`gazetteer_names`) lets a gold name match a place by the gazetteer's
    names for it as well as by the words that mentioned it."""
    counts: dict[str, dict[str, int]] = {t: {"tp": 0, "fp": 0, "fn": 0} for t in RELATION_TYPES}
    misses: list[str] = []
    false_positives: list[str] = []
    flags = {"negated": [0, 0], "hedged": [0, 0]}
    confused = 0
    gold_total = 0
    for case in cases:
        parsed = parse_text(case["text"])
        gold: dict[tuple[str, str, str], dict] = {}
        for g in case["relations"]:
            directed = g.get("directed", g["type"] in ("route", "transfer"))
            gold[relation_key(g["type"], g["source"], g["target"], directed)] = g
        gold_total += len(gold)
        gold_names = {n for _, s, t in gold for n in (s, t)}
        predicted: dict[tuple[str, str, str], Relation] = {}
        for key, rel in _predicted_keys(parsed.relations, _names_by_id(parsed), gold_names, known_as, gold.keys()):
            predicted.setdefault(key, rel)
        pairs_by_type = {(k[0], frozenset(k[1:])) for k in predicted}
        for key, g in gold.items():
            if key in predicted:
                counts[key[0]]["tp"] += 1
                for flag in flags:
                    flags[flag][1] += 1
                    if bool(getattr(predicted[key], flag)) == bool(g.get(flag, False)):
                        flags[flag][0] += 1
                    else:
                        misses.append(f"{case['id']}: {flag} flag wrong on {key}")
            else:
                counts[key[0]]["fn"] += 1
                misses.append(f"{case['id']}: missed {key}  | {case['text'][:90]}")
                other = {"tie": "conflict", "conflict": "tie"}.get(key[0])
                if other and (other, frozenset(key[1:])) in pairs_by_type:
                    confused += 1
        for key, rel in predicted.items():
            if key not in gold:
                counts[key[0]]["fp"] += 1
                false_positives.append(f"{case['id']}: {key} rule={rel.rule or '-'}  | {rel.evidence[:90]}")
    total = {"tp": 0, "fp": 0, "fn": 0}
    per_type = {}
    for rel_type in RELATION_TYPES:
        for k in total:
            total[k] += counts[rel_type][k]
        per_type[rel_type] = _scores(counts[rel_type])
    return {
        "cases": len(cases),
        "gold": gold_total,
        "per_type": per_type,
        "overall": _scores(total),
        "negation": {"agree": flags["negated"][0], "matched": flags["negated"][1]},
        "hedging": {"agree": flags["hedged"][0], "matched": flags["hedged"][1]},
        "tie_conflict_confused": confused,
        "tie_conflict_confusion_rate": round(confused / gold_total, 3) if gold_total else 0.0,
        "misses": misses,
        "false_positives": false_positives,
    }


def run_relations_bench(
    path: str | Path = DEFAULT_PATH,
    out: TextIO = sys.stdout,
    parser: Callable[[str], ParsedArticle] | None = None,
    corpus_dir: str | Path = CORPUS_DIR,
    details: bool = True,
    split: str = "all",
) -> dict[str, Any]:
    """Run the geoparser on every gold sentence and print precision and recall per relation type.

    Parameters
    ----------
    path : str or Path
        The gold corpus (JSON lines, either form).
    out : file-like
        Where the report goes.
    parser : callable, optional
        ``text -> ParsedArticle``; defaults to ``geo.pipeline.Geoparser().parse_text``.
    corpus_dir : str or Path
        Where referenced corpora are read from (``../shared/bench``).
    details : bool
        Also print every miss and false positive of the ``dev`` cases (never those of ``heldout``).
    split : str
        ``dev``, ``heldout`` or ``all``: which half of the cases to score (see :func:`split_of`).

    Returns
    -------
    dict
        ``per_type`` and ``overall`` with tp, fp, fn, precision, recall, f1; ``negation`` and
        ``hedging`` with the matched relations whose flag agrees; ``tie_conflict_confused`` and its
        rate over gold relations; ``misses`` and ``false_positives`` lists.
    """
    if split not in SPLITS:
        raise BenchError(f"Expected a split from {SPLITS}, instead got: {split!r}.")
    cases = [c for c in load_relations_corpus(path, corpus_dir) if split == "all" or split_of(c) == split]
    if parser is None:
        geoparser = _default_geoparser()
        result = score_cases(cases, geoparser.parse_text, gazetteer_names(geoparser.gazetteer))
    else:
        result = score_cases(cases, parser)
    heldout_ids = {c["id"] for c in cases if split_of(c) == "heldout"}
    for name in ("misses", "false_positives"):
        result[name] = [row for row in result[name] if row.split(":", 1)[0] not in heldout_ids]
    result["split"] = split
    print(f"relations bench ({split}): {result['cases']} cases, {result['gold']} gold relations, from {path}", file=out)
    for rel_type in RELATION_TYPES:
        _print_row(rel_type, result["per_type"][rel_type], out)
    _print_row("overall", result["overall"], out)
    for flag, label in (("negation", "negated"), ("hedging", "hedged")):
        print(f"{label} flag agrees on {result[flag]['agree']}/{result[flag]['matched']} matched relations", file=out)
    print(
        f"ties and conflicts confused: {result['tie_conflict_confused']} of {result['gold']} gold relations "
        f"({result['tie_conflict_confusion_rate']:.1%})",
        file=out,
    )
    if details:
        for title, rows in (("misses", result["misses"]), ("false positives", result["false_positives"])):
            print(f"\n{title} of dev cases ({len(rows)}):", file=out)
            for row in rows:
                print(f"  {row}", file=out)
    return result


def _scores(c: dict[str, int]) -> dict[str, float | int]:
    p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 1.0
    r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 1.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {**c, "precision": round(p, 3), "recall": round(r, 3), "f1": round(f1, 3)}


def _print_row(name: str, s: dict[str, float | int], out: TextIO) -> None:
    print(
        f"  {name:<9} P={s['precision']:.3f} R={s['recall']:.3f} F1={s['f1']:.3f}  "
        f"(tp={s['tp']} fp={s['fp']} fn={s['fn']})",
        file=out,
    )
