"""Resolution: priors, document context, "X, Y" parents, one sense per name, abstention."""

from __future__ import annotations

from fakes import P, FakeGazetteer
from geo.recognize.mentions import find_mentions
from geo.recognize.resolve import prior, resolve_mentions

GAZ = FakeGazetteer()


def resolve(text: str):
    mentions, places = resolve_mentions(text, find_mentions(text, [], GAZ), GAZ)
    return {m.text: m.place_id for m in mentions}, places


def test_prior_orders_country_region_capital_admin1_town():
    # A national capital outranks a first-level region of the same name ("Washington", "Tehran").
    assert prior(P["IR"]) > prior(P["latam"]) > prior(P["tehran"]) > prior(P["US-TX"]) > prior(P["paris-tx"])


def test_paris_alone_is_the_capital_of_france():
    resolved, _ = resolve("Talks resumed in Paris.")
    assert resolved["Paris"] == P["paris-fr"].id


def test_paris_comma_texas_is_the_town_in_texas():
    resolved, _ = resolve("A storm hit Paris, Texas, on Monday.")
    assert resolved == {"Paris": P["paris-tx"].id, "Texas": P["US-TX"].id}


def test_article_context_picks_the_us_state_georgia():
    text = "Georgia lawmakers met in Atlanta. Texas and the U.S. Congress watched; Georgia voted."
    resolved, _ = resolve(text)
    assert resolved["Georgia"] == P["US-GA"].id


def test_georgia_alone_is_the_country():
    resolved, _ = resolve("Georgia and Iran signed a deal.")
    assert resolved["Georgia"] == P["GE"].id


def test_demonyms_resolve_to_their_place():
    resolved, places = resolve("The Iranian official praised Latin American unity.")
    assert resolved == {"Iranian": P["IR"].id, "Latin American": P["latam"].id}
    assert set(places) == {P["IR"].id, P["latam"].id}


def test_tiny_unsupported_place_abstains():
    text = "Officials from Tinyville said."
    mentions, places = resolve_mentions(text, find_mentions(text, [], GAZ), GAZ)
    # the gazetteer alone does not propose a 120-person town; with the NER's vote it is a mention
    from geo.recognize.mentions import Entity

    start = text.index("Tinyville")
    cands = find_mentions(text, [Entity(start, start + 9, "GPE")], GAZ)
    mentions, places = resolve_mentions(text, cands, GAZ)
    assert [(m.text, m.place_id) for m in mentions] == [("Tinyville", None)]
    assert places == {}


def test_one_sense_per_name_per_article():
    text = "Paris, Texas is small. Later, Paris celebrated."
    resolved_ids = {m.place_id for m in resolve_mentions(text, find_mentions(text, [], GAZ), GAZ)[0]
                    if m.text == "Paris"}
    assert resolved_ids == {P["paris-tx"].id}
