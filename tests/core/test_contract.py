"""The JSON contract is the records themselves; its committed schema is what the code generates."""

from __future__ import annotations

import datetime as dt
import json

import jsonschema
import msgspec
import pytest

from geo.core.contract import (
    SCHEMA_PATH,
    article_result,
    decode_contract,
    json_schema,
    schema_text,
    to_builtins,
    to_contract,
)
from geo.core.records import Article, Mention, ParsedArticle, Place, Relation

CARACAS = Place("gn:3646738", "Caracas", "city", "VE", 10.48801, -66.87919, 3646738, 3000000)
TEHRAN = Place("gn:112931", "Tehran", "city", "IR", 35.69439, 51.42151, 112931, 7153309)
TEXT = "Flights from Caracas to Tehran."


def _parsed() -> ParsedArticle:
    article = Article(
        "a1", "Flights", TEXT, url="https://example.org/a1", source="Example", date=dt.date(2024, 3, 5), language="en"
    )
    mentions = (
        Mention("Caracas", 13, 20, "toponym", CARACAS.id, 0.9, rule="ner+gazetteer"),
        Mention("Tehran", 24, 30, "toponym", TEHRAN.id, 0.9),
    )
    rel = Relation("route", CARACAS.id, TEHRAN.id, True, TEXT, 0, len(TEXT), hedged=True, rule="from-to")
    return ParsedArticle(article, mentions, (CARACAS, TEHRAN), (rel,), ((0, len(TEXT)),))


def test_committed_schema_is_what_the_code_generates():
    assert SCHEMA_PATH.read_text(encoding="utf-8") == schema_text(), (
        "Regenerate it: python -m geo schema > geo/core/contract.schema.json"
    )


def test_contract_document_validates_and_reads_back():
    doc = to_contract([_parsed()])
    jsonschema.validate(doc, json_schema())
    art = doc["articles"][0]
    assert art["date"] == "2024-03-05" and art["source"] == "Example" and art["url"].endswith("/a1")
    assert art["mentions"][0]["place"] == CARACAS.id and art["mentions"][0]["rule"] == "ner+gazetteer"
    assert art["places"][0]["mentions"] == 1 and art["places"][0]["name"] == "Caracas"
    assert art["relations"][0]["hedged"] is True and art["relations"][0]["rule"] == "from-to"
    back = decode_contract(json.dumps(doc))
    assert back.articles[0] == article_result(_parsed())


@pytest.mark.parametrize(
    "mutate",
    [
        lambda d: d["articles"][0]["mentions"][0].update(kind="street"),
        lambda d: d["articles"][0]["places"][0].update(lat=123.0),
        lambda d: d["articles"][0]["relations"][0].update(type="friendship"),
        lambda d: d["articles"][0]["mentions"][0].update(start=-1),
        lambda d: d["articles"][0].update(date="last spring"),
    ],
    ids=["kind", "latitude", "relation-type", "offset", "date"],
)
def test_a_document_off_contract_is_refused(mutate):
    doc = to_contract([_parsed()])
    mutate(doc)
    with pytest.raises(msgspec.ValidationError):
        decode_contract(json.dumps(doc))


def test_records_encode_with_contract_names():
    m = Mention("Iran", 0, 4, "toponym", "gn:130758")
    assert to_builtins(m)["place"] == "gn:130758" and "place_id" not in to_builtins(m)
    assert msgspec.json.decode(msgspec.json.encode(m), type=Mention) == m
