"""Relation-extraction benchmark: precision and recall of routes, transfers and ties on a gold set.

Each line of the corpus (``data/bench/relations.jsonl``) is a short text with its gold relations,
naming places by the words the text uses. The full geoparser runs on the text; relation place ids
map back to names through the mentions, so a gold "Caracas" matches whatever id Caracas resolved to.
A relation matches on type, source and target names, in order for directed relations and in either
order for undirected ones; the negated flag is scored separately, over matched relations.
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any, Callable, TextIO

from geo.core.errors import BenchError
from geo.core.paths import BENCH_DATA_DIR
from geo.core.records import ParsedArticle, Relation

__all__ = ["run_relations_bench", "load_relations_corpus", "relation_key"]

DEFAULT_PATH = BENCH_DATA_DIR / "relations.jsonl"


def load_relations_corpus(path: str | Path = DEFAULT_PATH) -> list[dict[str, Any]]:
    """Read the gold corpus, one JSON object a line.

    Parameters
    ----------
    path : str or Path
        JSON-lines file with ``id``, ``text`` and ``relations`` on every line.

    Returns
    -------
    list of dict
        The cases in file order.
    """
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise BenchError(f"Expected a readable relations corpus at {str(path)!r}, instead got: {exc}.") from exc
    cases = []
    for n, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            case = json.loads(line)
        except json.JSONDecodeError as exc:
            raise BenchError(f"Expected JSON on line {n} of {path}, instead got: {line[:60]!r}.") from exc
        if not {"id", "text", "relations"} <= case.keys():
            raise BenchError(f"Expected id, text and relations on line {n} of {path}, instead got: {sorted(case)}.")
        cases.append(case)
    return cases


def relation_key(rel_type: str, source: str, target: str, directed: bool) -> tuple[str, str, str]:
    """Matching key: names compared case-insensitively, undirected pairs in a canonical order."""
    a, b = source.casefold(), target.casefold()
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


def _predicted_keys(relations: tuple[Relation, ...], names: dict[str, set[str]],
                    gold_names: set[str]) -> list[tuple[tuple[str, str, str], Relation]]:
    """Predicted relations as keys, choosing for each id the name the gold uses when there is one."""

    def name(pid: str) -> str:
        candidates = sorted(names.get(pid, {pid}))
        for c in candidates:
            if c.casefold() in gold_names:
                return c
        return candidates[0]

    out = []
    for r in relations:
        out.append((relation_key(r.type, name(r.source), name(r.target), r.directed), r))
    return out


def _default_parser() -> Callable[[str], ParsedArticle]:
    from geo.pipeline import Geoparser  # imported late: loading the model takes a second

    return Geoparser().parse_text


def run_relations_bench(path: str | Path = DEFAULT_PATH, out: TextIO = sys.stdout,
                        parser: Callable[[str], ParsedArticle] | None = None) -> dict[str, Any]:
    """Run the geoparser on every gold text and print precision and recall per relation type.

    Parameters
    ----------
    path : str or Path
        The gold corpus (JSON lines).
    out : file-like
        Where the report goes.
    parser : callable, optional
        ``text -> ParsedArticle``; defaults to ``geo.pipeline.Geoparser().parse_text``.

    Returns
    -------
    dict
        ``per_type`` and ``overall`` with tp, fp, fn, precision, recall; ``negation`` with the number
        of matched relations whose negated flag agrees; ``misses`` and ``false_positives`` lists.
    """
    cases = load_relations_corpus(path)
    parse_text = parser or _default_parser()
    counts: dict[str, dict[str, int]] = defaultdict(lambda: {"tp": 0, "fp": 0, "fn": 0})
    misses: list[str] = []
    false_positives: list[str] = []
    negation_ok = negation_total = 0
    for case in cases:
        parsed = parse_text(case["text"])
        gold: dict[tuple[str, str, str], dict] = {}
        for g in case["relations"]:
            directed = g.get("directed", g["type"] != "tie")
            gold[relation_key(g["type"], g["source"], g["target"], directed)] = g
        gold_names = {n for _, s, t in gold for n in (s, t)}
        predicted: dict[tuple[str, str, str], Relation] = {}
        for key, rel in _predicted_keys(parsed.relations, _names_by_id(parsed), gold_names):
            predicted.setdefault(key, rel)
            # A directed gold relation also matches an undirected prediction of the same pair
            # only when the gold says it is undirected; direction is part of the claim.
        for key, g in gold.items():
            if key in predicted:
                counts[key[0]]["tp"] += 1
                negation_total += 1
                negation_ok += predicted[key].negated == bool(g.get("negated", False))
                if predicted[key].negated != bool(g.get("negated", False)):
                    misses.append(f"{case['id']}: negated flag wrong on {key}")
            else:
                counts[key[0]]["fn"] += 1
                misses.append(f"{case['id']}: missed {key}  | {case['text'][:90]}")
        for key, rel in predicted.items():
            if key not in gold:
                counts[key[0]]["fp"] += 1
                false_positives.append(f"{case['id']}: {key} conf={rel.confidence}  | {rel.evidence[:90]}")
    result: dict[str, Any] = {"per_type": {}, "misses": misses, "false_positives": false_positives}
    total = {"tp": 0, "fp": 0, "fn": 0}
    print(f"relations bench: {len(cases)} cases from {path}", file=out)
    for rel_type in ("route", "transfer", "tie"):
        c = counts[rel_type]
        for k in total:
            total[k] += c[k]
        result["per_type"][rel_type] = _scores(c)
        _print_row(rel_type, result["per_type"][rel_type], out)
    result["overall"] = _scores(total)
    _print_row("overall", result["overall"], out)
    result["negation"] = {"agree": negation_ok, "matched": negation_total}
    print(f"negated flag agrees on {negation_ok}/{negation_total} matched relations", file=out)
    for title, rows in (("misses", misses), ("false positives", false_positives)):
        print(f"\n{title} ({len(rows)}):", file=out)
        for row in rows:
            print(f"  {row}", file=out)
    return result


def _scores(c: dict[str, int]) -> dict[str, float | int]:
    p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 1.0
    r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 1.0
    return {**c, "precision": round(p, 3), "recall": round(r, 3)}


def _print_row(name: str, s: dict[str, float | int], out: TextIO) -> None:
    print(f"  {name:<9} P={s['precision']:.3f} R={s['recall']:.3f}  (tp={s['tp']} fp={s['fp']} fn={s['fn']})", file=out)


if __name__ == "__main__":
    run_relations_bench(*sys.argv[1:2])
