"""The relation benchmark's fixed dev / held-out halves and its scoring of hand-made cases."""

from __future__ import annotations

import io
import json

import msgspec

from bench.relations import run_relations_bench, split_of
from geo.core.records import Article, ParsedArticle


def test_split_is_fixed_and_keeps_an_article_together():
    ref = {"id": "x-1", "corpus": "lgl.xml", "article": 7}
    assert split_of(ref) == split_of({**ref, "id": "x-2", "start": 99})  # same article, same half
    assert {split_of({"id": f"s{n}"}) for n in range(40)} == {"dev", "heldout"}
    assert split_of({"id": "s1"}) == split_of({"id": "s1", "text": "anything"})


def _empty_parser(text: str) -> ParsedArticle:
    return ParsedArticle(Article("t", "", text))


def test_heldout_misses_are_never_printed(tmp_path):
    cases = [
        {
            "id": f"s{n}",
            "text": f"Sentence {n}.",
            "relations": [{"type": "conflict", "source": "A", "target": "B", "directed": False}],
        }
        for n in range(12)
    ]
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(json.dumps(c) for c in cases), encoding="utf-8")
    out = io.StringIO()
    result = run_relations_bench(path, out=out, parser=_empty_parser, split="all")
    dev = {c["id"] for c in cases if split_of(c) == "dev"}
    assert result["gold"] == 12 and result["per_type"]["conflict"]["fn"] == 12
    assert {row.split(":")[0] for row in result["misses"]} == dev
    held = run_relations_bench(path, out=io.StringIO(), parser=_empty_parser, split="heldout")
    assert held["cases"] == 12 - len(dev) and held["misses"] == []


def test_a_gold_name_may_leave_off_a_divisions_generic_word(tmp_path):
    from geo.core.records import Mention, Place, Relation

    text = "Pakistani troops shelled villages in Afghanistan's Khost province."
    pk = Place("gn:1168579", "Pakistan", "country", "PK", 30.0, 70.0)
    khost = Place("gn:1444362", "Khowst", "admin1", "AF", 33.3, 69.9)
    parsed = ParsedArticle(
        Article("t", "", text),
        mentions=(Mention("Pakistani", 0, 9, "demonym", pk.id), Mention("Khost province", 51, 65, "toponym", khost.id)),
        places=(pk, khost),
        relations=(Relation("conflict", pk.id, khost.id, True, text, 0, len(text)),),
    )
    gold = {"type": "conflict", "source": "Pakistan", "target": "Khost", "directed": True}
    case = {"id": "s1", "text": text, "relations": [gold]}
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(case), encoding="utf-8")
    result = run_relations_bench(path, out=io.StringIO(), parser=lambda _: parsed)
    assert result["per_type"]["conflict"]["tp"] == 1 and result["false_positives"] == []
    # ... and the other way round: a gold "Khost province" matches a mention "Khost"
    bare = msgspec.structs.replace(parsed, mentions=(parsed.mentions[0], Mention("Khost", 51, 56, "toponym", khost.id)))
    path.write_text(json.dumps({**case, "relations": [{**gold, "target": "Khost province"}]}), encoding="utf-8")
    result = run_relations_bench(path, out=io.StringIO(), parser=lambda _: bare)
    assert result["per_type"]["conflict"]["tp"] == 1 and result["false_positives"] == []


def test_a_gold_name_matches_a_place_by_the_gazetteers_name_or_alias_for_it():
    from bench.relations import gazetteer_names, score_cases
    from geo.core.records import Mention, Place, Relation
    from geo.gazetteer.lookup import load_gazetteer

    known_as = gazetteer_names(load_gazetteer())
    nl = next(e.place_id for e in load_gazetteer().lookup("Netherlands") if e.kind == "name")
    assert nl in known_as("Netherlands") and nl in known_as("the Netherlands")
    assert nl not in known_as("Dutch")  # a demonym names people, not the place: it is no gold name
    text = "The Dutch government halted parts bound for Israel."
    netherlands = Place(nl, "The Netherlands", "country", "NL", 52.2, 5.5)
    israel = Place("gn:294640", "Israel", "country", "IL", 31.5, 34.8)
    parsed = ParsedArticle(
        Article("t", "", text),
        mentions=(Mention("Dutch", 4, 9, "demonym", nl), Mention("Israel", 44, 50, "toponym", israel.id)),
        places=(netherlands, israel),
        relations=(Relation("transfer", nl, israel.id, True, text, 0, len(text), negated=True),),
    )
    gold = {"type": "transfer", "source": "Netherlands", "target": "Israel", "directed": True, "negated": True}
    cases = [{"id": "s1", "text": text, "relations": [gold]}]
    assert score_cases(cases, lambda _: parsed, known_as)["per_type"]["transfer"]["tp"] == 1
    # by the mention's words alone, "Dutch" and "The Netherlands" never meet "Netherlands"
    surface_only = score_cases(cases, lambda _: parsed)["per_type"]["transfer"]
    assert (surface_only["tp"], surface_only["fp"], surface_only["fn"]) == (0, 1, 1)


def test_a_place_the_gold_names_two_ways_matches_each_relation_by_its_own_name():
    """ "Angola and the United States will sign a deal when the U.S. secretary visits Luanda": the
    gold names the place once in full and once by its abbreviation; each relation keeps its own."""
    from bench.relations import score_cases
    from geo.core.records import Mention, Place, Relation

    text = "Angola and the United States will sign a deal when the U.S. secretary visits Luanda."
    us = Place("gn:6252001", "United States", "country", "US", 39.8, -98.5)
    angola = Place("gn:3351879", "Angola", "country", "AO", -12.5, 18.5)
    luanda = Place("gn:2240449", "Luanda", "city", "AO", -8.8, 13.2)
    parsed = ParsedArticle(
        Article("t", "", text),
        mentions=(
            Mention("Angola", 0, 6, "toponym", angola.id),
            Mention("United States", 15, 28, "toponym", us.id),
            Mention("U.S.", 55, 59, "toponym", us.id),
            Mention("Luanda", 77, 83, "toponym", luanda.id),
        ),
        places=(angola, us, luanda),
        relations=(
            Relation("tie", angola.id, us.id, False, text, 0, len(text), hedged=True),
            Relation("route", us.id, luanda.id, True, text, 0, len(text), hedged=True),
        ),
    )
    gold = [
        {"type": "tie", "source": "Angola", "target": "United States", "directed": False, "hedged": True},
        {"type": "route", "source": "U.S.", "target": "Luanda", "directed": True, "hedged": True},
    ]
    result = score_cases([{"id": "s1", "text": text, "relations": gold}], lambda _: parsed)
    assert result["overall"]["tp"] == 2 and result["overall"]["fp"] == 0, result["misses"]
