"""Draw the candidate sentences of the real-news relation benchmark from the development corpora.

The benchmark (``data/bench/relations_real.jsonl``) stores references to sentences of the GPL corpora
in ``../shared/bench`` (corpus file, article index, character offsets), never their text. This module
drew the candidates that two people then labelled: a seeded, stratified sample of sentences, most
naming two or more places (by the corpora's own toponym annotations), and among those mostly ones
with a word of movement, trade, cooperation or hostility, so that the set holds enough relations to
measure recall while the rest measure precision. A second, supplementary draw (``draw_supplement``)
took 160 more sentences naming two or more places with a strong word of movement, trade, cooperation
or hostility, mostly from the international corpora, because the first draw held few relations.
A third draw (``draw_dev_extra``) took 200 sentences from articles of the ``dev`` half only (so
the held-out half keeps all its text unseen), none already drawn, to give a second real-news set
whose misses may be read while developing (``data/bench/relations_real_dev2.jsonl``).
A fourth draw (``draw_dev_parsed``) took the 81 sentences left in ``dev``-half articles that hold a
strong cue word and name two or more places by the geoparser's own mentions (so demonyms count,
which the corpora do not annotate), overlapping no sentence drawn or labelled before; it depends on
the geoparser of its day (2026-11-26), and is recorded in ``data/bench/relations_real_dev2.jsonl``.
A fifth draw (``draw_dev_broad``) took the 67 such sentences with only a broad cue word, overlapping
none drawn before (the third and fourth draws included).
A sixth draw (``draw_dev_uncued``) took 150 of the ``dev``-half sentences that name two or more places
by the geoparser's mentions and hold no cue word at all, broad or strong: the links real news states
in words no draw looked for, and many sentences with none (the extractor's precision off its cues).
Run ``python -m bench.sample_sentences OUT.jsonl [SUPPLEMENT.jsonl [DEV_EXTRA.jsonl [DEV_PARSED.jsonl
[DEV_BROAD.jsonl [DEV_UNCUED.jsonl]]]]]``.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections.abc import Callable
from pathlib import Path

from bench.accuracy import BENCH_DIR, read_corpus
from geo.core.sentences import sentence_spans

CORPORA = ("lgl.xml", "TR-News.xml", "GWN-dev.xml")
SEED = 20261125
# Broad cue stems of movement, trade, cooperation and hostility (CAMEO-style); deliberately wider
# than the extractor's lexicons so the sample does not favour what the extractor already finds.
CUES = re.compile(
    r"\b(fl[eoy]\w*|flight\w*|travel\w*|trip\w*|visit\w*|tour\w*|arriv\w*|return\w*|depart\w*|left|leav\w*|"
    r"head\w*|moved?|moving|migra\w*|refugee\w*|deport\w*|evacuat\w*|march\w*|sail\w*|drove|driv\w*|rout\w*|"
    r"ship\w*|export\w*|import\w*|sen[dt]\w*|deliver\w*|transport\w*|smuggl\w*|traffick\w*|suppl\w*|aid|"
    r"sold|sell\w*|bought|buy\w*|trade\w*|agree\w*|deal\w*|treaty|partner\w*|ally|allie[sd]|alliance|"
    r"cooperat\w*|support\w*|sign\w*|talks|summit|embass\w*|ambassador\w*|relations|ties|"
    r"attack\w*|strike\w*|struck|bomb\w*|shell\w*|invad\w*|invasion|sanction\w*|expel\w*|war|"
    r"clash\w*|dispute\w*|border\w*|troops|deploy\w*|tariff\w*|ban\w*|blockad\w*|accus\w*|threat\w*)\b",
    re.IGNORECASE,
)
QUOTAS = {"two_places_cue": 210, "two_places_no_cue": 70, "fewer_places": 60}
STRONG_CUES = re.compile(
    r"\b(fl[eoy]\w*|flight\w*|travel\w*|trip\w*|visit\w*|arriv\w*|return\w*|depart\w*|deport\w*|evacuat\w*|"
    r"refugee\w*|fled|ship\w*|export\w*|import\w*|sen[dt]|deliver\w*|smuggl\w*|sold|bought|agreement|deal|"
    r"treaty|partner\w*|alliance|allies|cooperat\w*|sign\w*|summit|talks|attack\w*|strike\w*|struck|bomb\w*|"
    r"shell\w*|invad\w*|invasion|sanction\w*|expel\w*|clash\w*|dispute\w*|troops|deploy\w*|tariff\w*|"
    r"ban(?:s|ned)?|accus\w*)\b",
    re.IGNORECASE,
)
SUPPLEMENT = {"international": 110, "lgl.xml": 50}
DEV_EXTRA = {"strong": 150, "cue": 50}


def candidates() -> dict[str, list[dict]]:
    """Every sentence of the corpora, bucketed by how many distinct annotated places it names."""
    buckets: dict[str, list[dict]] = {k: [] for k in QUOTAS}
    for corpus in CORPORA:
        for index, article in enumerate(read_corpus(BENCH_DIR / corpus)):
            for start, end in sentence_spans(article.text):
                sentence = article.text[start:end]
                if not 40 <= len(sentence) <= 400 or "\n" in sentence.strip():
                    continue
                names = {t.phrase.casefold() for t in article.toponyms if start <= t.start and t.end <= end}
                ref = {"corpus": corpus, "article": index, "start": start, "end": end}
                if len(names) >= 2:
                    buckets["two_places_cue" if CUES.search(sentence) else "two_places_no_cue"].append(ref)
                else:
                    buckets["fewer_places"].append(ref)
    return buckets


def draw() -> list[dict]:
    """The seeded sample, in corpus order, each with an id ``real-NNN``."""
    rng = random.Random(SEED)
    picked = []
    for bucket, refs in candidates().items():
        picked.extend(rng.sample(refs, min(QUOTAS[bucket], len(refs))))
    picked.sort(key=lambda r: (CORPORA.index(r["corpus"]), r["article"], r["start"]))
    return [{"id": f"real-{i:03d}", **r} for i, r in enumerate(picked, start=1)]


def draw_supplement(first: list[dict]) -> list[dict]:
    """The second draw: sentences not in ``first`` that name two or more places and hold a strong
    cue word, ``SUPPLEMENT`` of them per stratum, ids continuing after the first draw's."""
    rng = random.Random(SEED + 1)
    taken = {(r["corpus"], r["article"], r["start"]) for r in first}
    texts = {c: read_corpus(BENCH_DIR / c) for c in CORPORA}
    pool = [
        r
        for r in candidates()["two_places_cue"]
        if (r["corpus"], r["article"], r["start"]) not in taken
        and STRONG_CUES.search(texts[r["corpus"]][r["article"]].text[r["start"] : r["end"]])
    ]
    international = [r for r in pool if r["corpus"] != "lgl.xml"]
    local = [r for r in pool if r["corpus"] == "lgl.xml"]
    picked = rng.sample(international, min(SUPPLEMENT["international"], len(international)))
    picked += rng.sample(local, min(SUPPLEMENT["lgl.xml"], len(local)))
    picked.sort(key=lambda r: (CORPORA.index(r["corpus"]), r["article"], r["start"]))
    return [{"id": f"real-{i:03d}", **r} for i, r in enumerate(picked, start=len(first) + 1)]


def draw_dev_extra(drawn: list[dict]) -> list[dict]:
    """The third draw: sentences of ``dev``-half articles overlapping none of ``drawn`` that name two or more
    places, ``DEV_EXTRA["strong"]`` with a strong cue word and ``DEV_EXTRA["cue"]`` with a broad one
    only, ids ``rd2-NNN``."""
    from bench.relations import split_of

    rng = random.Random(SEED + 2)
    spans: dict[tuple[str, int], list[tuple[int, int]]] = {}
    for r in drawn:
        spans.setdefault((r["corpus"], r["article"]), []).append((r["start"], r["end"]))

    def taken(r: dict) -> bool:  # (the sentence splitter has changed since: compare spans, not starts)
        return any(a < r["end"] and r["start"] < b for a, b in spans.get((r["corpus"], r["article"]), ()))

    texts = {c: read_corpus(BENCH_DIR / c) for c in CORPORA}
    pool = [r for r in candidates()["two_places_cue"] if not taken(r) and split_of(r) == "dev"]
    strong = [r for r in pool if STRONG_CUES.search(texts[r["corpus"]][r["article"]].text[r["start"] : r["end"]])]
    broad = [r for r in pool if r not in strong]
    picked = rng.sample(strong, min(DEV_EXTRA["strong"], len(strong)))
    picked += rng.sample(broad, min(DEV_EXTRA["cue"], len(broad)))
    picked.sort(key=lambda r: (CORPORA.index(r["corpus"]), r["article"], r["start"]))
    return [{"id": f"rd2-{i:03d}", **r} for i, r in enumerate(picked, start=1)]


def draw_dev_broad(excluded: list[dict], limit: int = 120) -> list[dict]:
    """The fifth draw: ``dev``-half sentences with a broad cue word and no strong one, naming two or
    more places by the geoparser's mentions, overlapping none of ``excluded``, ids ``rd4-NNN``."""
    return _draw_dev_by_parser(excluded, limit, SEED + 4, "rd4", _broad_only)


def draw_dev_uncued(excluded: list[dict], limit: int = 150) -> list[dict]:
    """The sixth draw: ``dev``-half sentences with no cue word at all, naming two or more places by
    the geoparser's mentions, overlapping none of ``excluded``, ids ``rd5-NNN``."""
    return _draw_dev_by_parser(excluded, limit, SEED + 5, "rd5", _uncued)


def _strong(sentence: str) -> bool:
    return STRONG_CUES.search(sentence) is not None


def _broad_only(sentence: str) -> bool:
    return STRONG_CUES.search(sentence) is None and CUES.search(sentence) is not None


def _uncued(sentence: str) -> bool:
    return CUES.search(sentence) is None


def draw_dev_parsed(labelled: list[dict], limit: int = 150) -> list[dict]:
    """The fourth draw: ``dev``-half sentences with a strong cue word naming two or more places by
    the geoparser's mentions, overlapping none of ``labelled``, ids ``rd3-NNN``."""
    return _draw_dev_by_parser(labelled, limit, SEED + 3, "rd3", _strong)


def _draw_dev_by_parser(
    labelled: list[dict], limit: int, seed: int, prefix: str, wanted: Callable[[str], bool]
) -> list[dict]:
    from bench.relations import split_of
    from geo.pipeline import Geoparser

    spans: dict[tuple[str, int], list[tuple[int, int]]] = {}
    for r in labelled:
        spans.setdefault((r["corpus"], r["article"]), []).append((r["start"], r["end"]))
    parser = Geoparser(relations=False)
    pool = []
    for corpus in CORPORA:
        articles = read_corpus(BENCH_DIR / corpus)
        keep = [i for i in range(len(articles)) if split_of({"corpus": corpus, "article": i}) == "dev"]
        for i, parsed in zip(keep, parser.parse_texts([(str(i), articles[i].text) for i in keep]), strict=True):
            for start, end in sentence_spans(articles[i].text):
                sentence = articles[i].text[start:end]
                if not 40 <= len(sentence) <= 400 or "\n" in sentence.strip():
                    continue
                if not wanted(sentence):
                    continue  # (a strong cue for the fourth draw, a broad one alone for the fifth, none for the sixth)
                if any(a < end and start < b for a, b in spans.get((corpus, i), ())):
                    continue
                ids = {m.place_id for m in parsed.mentions if start <= m.start and m.end <= end and m.place_id}
                if len(ids) >= 2:
                    pool.append({"corpus": corpus, "article": i, "start": start, "end": end})
    picked = random.Random(seed).sample(pool, min(limit, len(pool)))
    picked.sort(key=lambda r: (CORPORA.index(r["corpus"]), r["article"], r["start"]))
    return [{"id": f"{prefix}-{i:03d}", **r} for i, r in enumerate(picked, start=1)]


def _write(rows: list[dict], out: Path) -> None:
    texts = {c: read_corpus(BENCH_DIR / c) for c in CORPORA}
    with out.open("w", encoding="utf-8") as f:
        for r in rows:
            text = texts[r["corpus"]][r["article"]].text[r["start"] : r["end"]]
            f.write(json.dumps({**r, "text": text}, ensure_ascii=False) + "\n")
    print(f"{len(rows)} sentences written to {out}")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench.sample_sentences",
        description="Draw the candidate sentences of the real-news relation benchmark (seeded, reproducible).",
    )
    parser.add_argument(
        "out",
        nargs="*",
        type=Path,
        metavar="OUT.jsonl",
        help="where to write the draws, in order: first, supplement, dev extra, dev parsed, dev broad, dev uncued "
        "(default: sample.jsonl for the first alone)",
    )
    argv = [str(p) for p in parser.parse_args(argv).out]  # (so "--help" is help, never a file name)
    first = draw()
    _write(first, Path(argv[0]) if argv else Path("sample.jsonl"))
    if len(argv) > 1:
        second = draw_supplement(first)
        _write(second, Path(argv[1]))
        if len(argv) > 2:
            from bench.relations import REAL_PATH

            labelled = [json.loads(line) for line in REAL_PATH.read_text(encoding="utf-8").splitlines() if line.strip()]
            third = draw_dev_extra(first + second + labelled)
            _write(third, Path(argv[2]))
            if len(argv) > 3:
                # (the third draw's labelled sentences, as the fourth draw saw them: rd2 cases kept)
                kept = [c for c in _dev2_cases() if c["id"].startswith("rd2-")]
                fourth = draw_dev_parsed(labelled + kept)
                _write(fourth, Path(argv[3]))
                if len(argv) > 4:
                    kept += [c for c in _dev2_cases() if c["id"].startswith("rd3-")]
                    fifth = draw_dev_broad(labelled + kept + third + fourth)
                    _write(fifth, Path(argv[4]))
                    if len(argv) > 5:
                        _write(draw_dev_uncued(labelled + _dev2_cases() + third + fourth + fifth), Path(argv[5]))
    return 0


def _dev2_cases() -> list[dict]:
    from bench.relations import DEV2_PATH

    return [json.loads(line) for line in DEV2_PATH.read_text(encoding="utf-8").splitlines() if line.strip()]


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
