"""The JSON contract of ``geo parse``, made of the pipeline's own records.

``Mention``, ``Place`` and ``Relation`` are encoded as they are; an article of the contract is an
``ArticleResult`` (the article's provenance with its mentions, places and relations) and a place
of the contract is a ``PlaceCount`` (the gazetteer entry with its number of mentions). The JSON
Schema in ``contract.schema.json`` beside this file is generated from these types
(``python -m geo schema``) and a test keeps the committed file equal to what the code generates.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import msgspec

from geo.core.records import Mention, ParsedArticle, Place, Relation

SCHEMA_PATH = Path(__file__).with_name("contract.schema.json")
CONTRACT_VERSION = "2"


class PlaceCount(Place, frozen=True):
    """A place of the contract: the gazetteer entry and how many mentions of the article resolve to it."""

    mentions: int = 0


class ArticleResult(msgspec.Struct, frozen=True):
    """One article of the contract: who published it and when (when known), and what it says of places."""

    id: str
    title: str
    path: str | None
    url: str | None
    source: str | None
    date: dt.date | None
    language: str | None
    mentions: tuple[Mention, ...]
    places: tuple[PlaceCount, ...]
    relations: tuple[Relation, ...]


class ParseResult(msgspec.Struct, frozen=True):
    """The whole ``geo parse --format json`` document."""

    articles: tuple[ArticleResult, ...]
    version: str = CONTRACT_VERSION


def place_count(place: Place, mentions: int) -> PlaceCount:
    """The contract's place: every field of ``place`` and its mention count."""
    return PlaceCount(**msgspec.structs.asdict(place), mentions=mentions)


def article_result(parsed: ParsedArticle) -> ArticleResult:
    """One article of the contract from the pipeline's result."""
    a = parsed.article
    counts = parsed.mention_counts()
    return ArticleResult(
        id=a.id,
        title=a.title,
        path=a.path,
        url=a.url,
        source=a.source,
        date=a.date,
        language=a.language,
        mentions=parsed.mentions,
        places=tuple(place_count(p, counts.get(p.id, 0)) for p in parsed.places),
        relations=parsed.relations,
    )


def to_builtins(record: Any) -> Any:
    """Any record (or container of records) as the plain values JSON would give back (lists, dicts,
    strings, numbers), with the contract's field names."""
    return msgspec.json.decode(msgspec.json.encode(record))


def to_contract(parsed: Sequence[ParsedArticle]) -> dict:
    """The whole ``geo parse --format json`` document as plain Python values."""
    return to_builtins(ParseResult(tuple(article_result(p) for p in parsed)))


def decode_contract(data: bytes | str) -> ParseResult:
    """Read a contract document back into records, validating every field.

    Raises
    ------
    msgspec.ValidationError
        When the document does not follow the contract.
    """
    return msgspec.json.decode(data, type=ParseResult)


def json_schema() -> dict:
    """The JSON Schema of the contract, generated from the record types."""
    schema = msgspec.json.schema(ParseResult)
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", "title": "geo parse output", **schema}


def schema_text() -> str:
    """The schema as the committed file holds it: sorted keys, two-space indent, final newline."""
    return json.dumps(json_schema(), indent=2, sort_keys=True, ensure_ascii=False) + "\n"
