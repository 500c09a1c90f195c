"""Generated corpora for benchmarks and tests of the map, the filters and the store."""

from __future__ import annotations

import random

from geo.core.records import RELATION_TYPES, Article, Mention, ParsedArticle, Place, Relation


def generate_corpus(n_places: int = 1000, n_articles: int = 20, seed: int = 7) -> list[ParsedArticle]:
    """A synthetic corpus with ``n_places`` distinct places, for benchmarks of the map and filters.

    Each article names its share of the places, once or more, and links consecutive ones with
    routes, transfers and ties.
    """
    rng = random.Random(seed)
    types = ("city", "country", "admin1", "region")
    all_places = [
        Place(
            f"x:bench-{i}",
            f"Place {i}",
            types[i % len(types)],
            None,
            round(rng.uniform(-60, 70), 4),
            round(rng.uniform(-179, 179), 4),
        )
        for i in range(n_places)
    ]
    out: list[ParsedArticle] = []
    per = max(1, n_places // n_articles)
    for a in range(n_articles):
        chunk = all_places[a * per : (a + 1) * per] if a < n_articles - 1 else all_places[a * per :]
        pieces: list[str] = []
        mentions: list[Mention] = []
        spans: list[tuple[int, int]] = []
        relations: list[Relation] = []
        pos = 0
        for i, place in enumerate(chunk):
            for _ in range(1 + (i % 3)):
                sentence = f"Officials met in {place.name} again."
                start = pos + len("Officials met in ")
                mentions.append(Mention(place.name, start, start + len(place.name), "toponym", place.id, 0.9))
                spans.append((pos, pos + len(sentence)))
                pieces.append(sentence)
                pos += len(sentence) + 1
            if i > 0:
                rtype = RELATION_TYPES[i % 3]
                relations.append(
                    Relation(rtype, chunk[i - 1].id, place.id, rtype != "tie", pieces[-1], spans[-1][0], spans[-1][1])
                )
        text = " ".join(pieces)
        out.append(
            ParsedArticle(
                Article(f"bench-{a}", f"Benchmark article {a}", text),
                tuple(mentions),
                tuple(chunk),
                tuple(relations),
                tuple(spans),
            )
        )
    return out
