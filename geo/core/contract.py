"""The JSON contract of ``geo parse``: ``ParsedArticle`` records to plain dictionaries.

One place defines the shape every consumer reads (the CLI, the dashboard's exports, golden tests).
"""

from __future__ import annotations

from typing import Sequence

from geo.core.records import ParsedArticle, Place, Relation


def place_to_dict(place: Place, mentions: int) -> dict:
    """A place as in the contract's ``places`` list."""
    return {
        "id": place.id,
        "name": place.name,
        "type": place.type,
        "country_code": place.country_code,
        "lat": place.lat,
        "lon": place.lon,
        "geonameid": place.geonameid,
        "mentions": mentions,
    }


def relation_to_dict(rel: Relation) -> dict:
    """A relation as in the contract's ``relations`` list."""
    return {
        "type": rel.type,
        "source": rel.source,
        "target": rel.target,
        "directed": rel.directed,
        "evidence": rel.evidence,
        "start": rel.start,
        "end": rel.end,
        "group": rel.group,
        "order": rel.order,
        "negated": rel.negated,
        "confidence": rel.confidence,
    }


def article_to_dict(parsed: ParsedArticle) -> dict:
    """One article of the contract: id, title, path, mentions, places (with counts), relations."""
    counts = parsed.mention_counts()
    return {
        "id": parsed.article.id,
        "title": parsed.article.title,
        "path": parsed.article.path,
        "mentions": [
            {"text": m.text, "start": m.start, "end": m.end, "kind": m.kind, "place": m.place_id}
            for m in parsed.mentions
        ],
        "places": [place_to_dict(p, counts.get(p.id, 0)) for p in parsed.places],
        "relations": [relation_to_dict(r) for r in parsed.relations],
    }


def to_contract(parsed: Sequence[ParsedArticle]) -> dict:
    """The whole ``geo parse --format json`` document."""
    return {"articles": [article_to_dict(p) for p in parsed]}
