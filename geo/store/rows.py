"""Parsed articles to rows: one Arrow table per batch, the same for a local ingest and a Dask shard.

``build_partition`` is the unit of work of an ingest wherever it runs: read a list of ``Ref``s, hash
each text, parse the ones the store does not hold yet (English only), and return one Arrow table
with a row per article (mentions, places and relations nested in it) plus the failures. A local
ingest hands the table to the writer directly; a Dask worker writes it as a Parquet shard that the
writer reads back. Either way the same rows reach the same writer, so both ingests store the same.
"""

from __future__ import annotations

import functools
import hashlib
import re
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import cast

import numpy as np
import pyarrow as pa

from geo.core.records import Article, ParsedArticle
from geo.read.sources import Failure, Item, Ref, load

NUM_PERM = 64
"""MinHash permutations per article (256 bytes of signature)."""

NEAR_DUPLICATE = 0.7
"""Estimated Jaccard similarity of word 3-gram sets from which two articles are one story."""

SHINGLE = 3
_WORD = re.compile(r"\w+", re.UNICODE)

MENTION = pa.struct(
    [
        ("seq", pa.int32()),
        ("text", pa.string()),
        ("start", pa.int32()),
        ("end", pa.int32()),
        ("kind", pa.string()),
        ("place_id", pa.string()),
        ("score", pa.float64()),
        ("rule", pa.string()),
    ]
)
PLACE = pa.struct(
    [
        ("id", pa.string()),
        ("name", pa.string()),
        ("type", pa.string()),
        ("country_code", pa.string()),
        ("lat", pa.float64()),
        ("lon", pa.float64()),
        ("geonameid", pa.int64()),
        ("population", pa.int64()),
        ("admin1", pa.string()),
        ("feature_code", pa.string()),
    ]
)
RELATION = pa.struct(
    [
        ("seq", pa.int32()),
        ("type", pa.string()),
        ("source", pa.string()),
        ("target", pa.string()),
        ("directed", pa.bool_()),
        ("evidence", pa.string()),
        ("start", pa.int32()),
        ("end", pa.int32()),
        ("group", pa.string()),
        ("order", pa.int32()),
        ("negated", pa.bool_()),
        ("hedged", pa.bool_()),
        ("confidence", pa.float64()),
        ("rule", pa.string()),
    ]
)
BATCH_SCHEMA = pa.schema(
    [
        ("seq", pa.int32()),
        ("id", pa.string()),
        ("hash", pa.string()),
        ("known", pa.bool_()),
        ("origin", pa.string()),
        ("title", pa.string()),
        ("text", pa.string()),
        ("source", pa.string()),
        ("url", pa.string()),
        ("date", pa.date32()),
        ("language", pa.string()),
        ("fingerprint", pa.string()),
        ("geoparsed", pa.bool_()),
        ("summary", pa.bool_()),
        ("warnings", pa.list_(pa.string())),
        ("path", pa.string()),
        ("signature", pa.binary()),
        ("bands", pa.list_(pa.int64())),
        ("words", pa.list_(pa.int32())),
        ("mentions", pa.list_(MENTION)),
        ("places", pa.list_(PLACE)),
        ("relations", pa.list_(RELATION)),
    ]
)
"""One row per article of a batch, in input order (``seq``). ``known`` rows carry no text or
results: the store already holds that text, and only the origin is new."""

Parse = Callable[[Sequence[Article]], list[ParsedArticle]]


# ------------------------------------------------------------------------------- near-duplicates


@functools.lru_cache(maxsize=1)
def _minhash_setup():
    from datasketch import MinHash
    from datasketch.lsh import _optimal_param

    template = MinHash(num_perm=NUM_PERM, seed=1)
    bands, rows = _optimal_param(NEAR_DUPLICATE, NUM_PERM, 0.5, 0.5)
    return template.permutations, template.scheme, bands, rows


def signature(text: str) -> tuple[bytes | None, list[int]]:
    """MinHash signature of the text's lower-cased word 3-grams and its LSH band keys.

    Returns ``(None, [])`` for a text too short to have a 3-gram.
    """
    from datasketch import MinHash

    words = _WORD.findall(text.lower())
    shingles = {
        " ".join(words[i : i + SHINGLE]).encode("utf-8", "surrogatepass") for i in range(len(words) - SHINGLE + 1)
    }
    if not shingles:
        return None, []
    permutations, scheme, bands, rows = _minhash_setup()
    mh = MinHash(num_perm=NUM_PERM, seed=1, permutations=permutations, scheme=scheme)
    mh.update_batch(sorted(shingles))
    values = mh.hashvalues.astype("<u4")
    keys = [
        int.from_bytes(
            hashlib.blake2b(values[b * rows : (b + 1) * rows].tobytes(), digest_size=8).digest(), "little", signed=True
        )
        for b in range(bands)
    ]
    return values.tobytes(), keys


def similarity(a: bytes, b: bytes) -> float:
    """Estimated Jaccard similarity of two signatures (share of equal MinHash values)."""
    return float(np.mean(np.frombuffer(a, "<u4") == np.frombuffer(b, "<u4")))


def word_key(word: str) -> int:
    """A word of the text index as a 32-bit number: the index scans numbers several times faster
    than strings, and two words share a number about once in four billion pairs."""
    return int.from_bytes(
        hashlib.blake2b(word[:64].encode("utf-8", "surrogatepass"), digest_size=4).digest(), "little", signed=True
    )


def words_of(title: str, text: str) -> list[int]:
    """The text index of an article: the keys of its distinct lower-cased words (two letters or
    more) of title and text, sorted."""
    return sorted({word_key(w) for w in _WORD.findall(f"{title}\n{text}".lower()) if len(w) > 1})


def hash_key(content_hash: str) -> int:
    """The first 64 bits of a content hash, as a number (for the compact set of known hashes)."""
    return int(content_hash[:16], 16)


def is_known(known: np.ndarray | None, content_hash: str) -> bool:
    """True when a sorted array of ``hash_key`` values holds this hash."""
    if known is None or not len(known):
        return False
    key = np.uint64(hash_key(content_hash))
    i = int(np.searchsorted(known, key))
    return i < len(known) and known[i] == key


# --------------------------------------------------------------------------------------------- rows


def article_row(seq: int, item: Item, parsed: ParsedArticle | None, fingerprint: str) -> dict:
    """The batch row of one article (``parsed`` is None for an article that is not geoparsed)."""
    a = item.article
    sig, bands = signature(a.text)
    mentions: list[dict] = []
    places: list[dict] = []
    relations: list[dict] = []
    if parsed is not None:
        mentions = [
            {
                "seq": i,
                "text": m.text,
                "start": m.start,
                "end": m.end,
                "kind": m.kind,
                "place_id": m.place_id,
                "score": m.score,
                "rule": m.rule,
            }
            for i, m in enumerate(parsed.mentions)
        ]
        places = [
            {
                "id": p.id,
                "name": p.name,
                "type": p.type,
                "country_code": p.country_code,
                "lat": p.lat,
                "lon": p.lon,
                "geonameid": p.geonameid,
                "population": p.population,
                "admin1": p.admin1,
                "feature_code": p.feature_code,
            }
            for p in parsed.places
        ]
        relations = [
            {
                "seq": i,
                "type": r.type,
                "source": r.source,
                "target": r.target,
                "directed": r.directed,
                "evidence": r.evidence,
                "start": r.start,
                "end": r.end,
                "group": r.group,
                "order": r.order,
                "negated": r.negated,
                "hedged": r.hedged,
                "confidence": r.confidence,
                "rule": r.rule,
            }
            for i, r in enumerate(parsed.relations)
        ]
    return {
        "seq": seq,
        "id": a.id,
        "hash": item.hash,
        "known": False,
        "origin": item.origin,
        "title": a.title,
        "text": a.text,
        "source": a.source,
        "url": a.url,
        "date": a.date,
        "language": a.language,
        "fingerprint": fingerprint,
        "geoparsed": parsed is not None,
        "summary": item.summary,
        "warnings": list(a.warnings),
        "path": a.path,
        "signature": sig,
        "bands": bands,
        "words": words_of(a.title, a.text),
        "mentions": list(mentions),
        "places": list(places),
        "relations": list(relations),
    }


def known_row(seq: int, item: Item) -> dict:
    """The batch row of an article whose text the store already holds: only its origin is new."""
    a = item.article
    return {
        "seq": seq,
        "id": a.id,
        "hash": item.hash,
        "known": True,
        "origin": item.origin,
        "title": a.title,
        "source": a.source,
        "url": a.url,
        "date": a.date,
        "language": a.language,
        "summary": item.summary,
        "geoparsed": False,
        "path": a.path,
    }


def batch_table(rows: list[dict]) -> pa.Table:
    """The Arrow table of a batch (``BATCH_SCHEMA``)."""
    return pa.Table.from_pylist(rows, schema=BATCH_SCHEMA)


@dataclass
class Partition:
    """What one unit of work gives back: its rows, its failures and its articles' warnings."""

    table: pa.Table
    failures: list[Failure] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


_PARSERS: dict = {}
_PARSER_LOCK = threading.Lock()


def worker_parser(model: str | None) -> Parse:
    """The geoparser of this process, loaded on first use and kept (once per worker, as spaCy
    advises for multiprocessing). Parsing is serialised per process: spaCy pipelines are not
    thread-safe, and a Dask worker may run several threads."""
    with _PARSER_LOCK:
        if model not in _PARSERS:
            from geo.pipeline import Geoparser

            _PARSERS[model] = Geoparser(model=model, n_process=1)
    parser = _PARSERS[model]

    def parse(articles: Sequence[Article]) -> list[ParsedArticle]:
        with _PARSER_LOCK:
            return parser.parse_articles(articles)

    return parse


def _parse_isolated(parse: Parse, articles: list[Article]) -> tuple[list[ParsedArticle | None], list[str]]:
    """Parse a list; when the parser raises, parse one by one so one bad article fails alone."""
    try:
        return list(parse(articles)), [""] * len(articles)
    except Exception:
        results: list[ParsedArticle | None] = []
        errors: list[str] = []
        for article in articles:
            try:
                results.append(parse([article])[0])
                errors.append("")
            except Exception as exc:
                results.append(None)
                errors.append(f"the parser failed ({type(exc).__name__}: {str(exc)[:200]})")
        return results, errors


def rows_for_items(
    items: Sequence[Item], parse: Parse | None, fingerprint: str, known: np.ndarray | None = None
) -> Partition:
    """Parse the items that need it and build their rows, in order.

    Parameters
    ----------
    items : sequence of Item
    parse : callable, optional
        Articles to parsed articles (``Geoparser.parse_articles``); called only when some item needs
        parsing (not known to the store, and in English).
    fingerprint : str
        The parser fingerprint stored with each parsed article.
    known : numpy array, optional
        Sorted ``hash_key`` values of texts the store holds: those items are not parsed again.
    """
    out = Partition(batch_table([]))
    todo = [i for i, item in enumerate(items) if not item.foreign and not is_known(known, item.hash)]
    parsed: dict[int, ParsedArticle | None] = {}
    errors: dict[int, str] = {}
    if todo:
        assert parse is not None, "items to parse but no parser"
        results, errs = _parse_isolated(parse, [items[i].article for i in todo])
        parsed = dict(zip(todo, results, strict=True))
        errors = {i: e for i, e in zip(todo, errs, strict=True) if e}
    rows = []
    for seq, item in enumerate(items):
        if seq in errors:
            out.failures.append(Failure(item.origin, errors[seq]))
            continue
        if is_known(known, item.hash):
            rows.append(known_row(seq, item))
            continue
        out.warnings.extend(item.article.warnings)
        rows.append(article_row(seq, item, parsed.get(seq), fingerprint))
    out.table = batch_table(rows)
    return out


def build_partition(
    refs: Sequence[Ref | Item | Failure],
    parse: Parse | Callable[[], Parse] | None,
    fingerprint: str,
    known: np.ndarray | None = None,
    lazy: bool = False,
) -> Partition:
    """Read, parse and build the rows of one unit of work (local pool task or Dask task).

    ``parse`` is the parser, or with ``lazy=True`` a function that returns it (so a worker loads the
    model only when something needs parsing).
    """
    items: list[Item] = []
    failures: list[Failure] = []
    for ref in refs:
        got = load(ref) if isinstance(ref, Ref) else ref  # Items and Failures come already read
        if isinstance(got, Failure):
            failures.append(got)
        else:
            items.append(got)
    needs = any(not i.foreign and not is_known(known, i.hash) for i in items)
    parser: Parse | None = None
    if needs:  # lazy: ``parse`` is a function that returns the parser
        parser = cast("Callable[[], Parse]", parse)() if lazy else cast("Parse | None", parse)
    part = rows_for_items(items, parser, fingerprint, known)
    part.failures[:0] = failures
    return part
