"""The mention rules: two ordered tables of named rules, in the spirit of CLIFF-CLAVIN's passes.

Each rule says which facts (``geo.recognize.facts``) must hold (``when``) and which must not
(``unless``), and what follows: ``accept`` the span as a mention or ``reject`` it. The first rule
that applies decides, and its name goes on the mention (``Mention.rule``) or, for a rejected span,
into ``geo parse --explain``. A span no rule accepts is not a mention.

``MATCH_RULES`` judge the gazetteer's matches (capitalised runs that name a place) against what
the NER says of the same words; ``ENTITY_RULES`` then judge the NER's place and group entities
that no match settled. Every rule has tests of its own in ``tests/recognize/test_mention_rules.py``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal


@dataclass(frozen=True, slots=True)
class Rule:
    """One named rule: ``action`` when every fact of ``when`` holds and none of ``unless`` does."""

    name: str
    action: Literal["accept", "reject"]
    when: tuple[str, ...]
    unless: tuple[str, ...] = ()
    why: str = ""


def _r(name: str, action: Literal["accept", "reject"], when: str, unless: str = "", why: str = "") -> Rule:
    return Rule(name, action, tuple(when.split()), tuple(unless.split()), why)


MATCH_RULES: tuple[Rule, ...] = (
    _r("page-junk", "reject", "in_junk", why="polls, credits and copyright lines name no place of the story"),
    _r(
        "given-name",
        "reject",
        "given_name",
        why="the first name of a person the article names ('Georgia Stevens ... Georgia said')",
    ),
    _r("one-letter", "reject", "too_short", why="a single letter is an initial, not a place"),
    _r("vessel-name", "reject", "vessel_name", why="a ship's name: 'HMS Prince of Wales', 'USS Richmond'"),
    _r(
        "combining-form",
        "accept",
        "combining_form",
        why="a country's combining form hyphened to a country: 'Sino-Russian trade', 'the Franco-German "
        "alliance', 'Indo-Pak talks'",
    ),
    _r(
        "not-as-written",
        "reject",
        "no_entries",
        why="an abbreviation counts only written as one ('Mass.' or 'MA', not the word 'Mass')",
    ),
    _r(
        "person-name-part",
        "reject",
        "name_part",
        "demonym country_like after_locative",
        why="a word of a person's or outlet's name used again alone ('Rodriguez said')",
    ),
    _r(
        "direction-word",
        "reject",
        "direction_word",
        why="'Central', 'Western', 'North' alone: a direction, whatever province a country names so",
    ),
    _r(
        "dateline",
        "accept",
        "caps_dateline",
        why="a place in capitals opening the story: 'CORSICANA — A woman', 'ROSWELL, N.M. (AP) -'",
    ),
    _r(
        "second-of-pair",
        "accept",
        "second_of_pair",
        why="a country or demonym hyphened to the one just found: 'the Egyptian-Israeli peace treaty', "
        "'the Iran-Iraq War'",
    ),
    _r(
        "route-compound",
        "accept",
        "route_compound",
        why="two places joined by a dash or '-to-' before a way or service between them: 'the Dover-Calais "
        "ferry', 'the Devonport-to-Melbourne ferry' (whatever the NER reads)",
    ),
    # -- the NER has an entity on exactly these words
    _r(
        "ner-date",
        "reject",
        "ner_exact ner_numeric",
        "well_known name_after_locative",
        why="'through Thursday', 'in March': a date or number, whatever village shares its name (a "
        "word no dictionary lists, after 'at' or 'in', is a place the NER misread: 'at Baniyas')",
    ),
    _r(
        "ner-small-facility",
        "reject",
        "ner_exact ner_facility",
        "big city_100k facility",
        why="a building or road named after a small town ('White House'), not a site the gazetteer lists",
    ),
    _r("ner-place", "accept", "ner_exact ner_place", why="the NER and the gazetteer agree"),
    _r(
        "ner-group",
        "reject",
        "ner_exact ner_group",
        "well_known vouched_name",
        why="'Christian', 'Arab': a group of people, even if a town has that name",
    ),
    _r(
        "ner-mislabelled-big-place",
        "accept",
        "ner_exact big",
        "stray_acronym",
        why="the small model calls countries and states organisations ('Iran said ...')",
    ),
    _r("ner-mislabelled-demonym", "accept", "ner_exact demonym", why="an adjective of a country the NER mislabels"),
    _r(
        "ner-mislabelled-vouched",
        "accept",
        "ner_exact vouched_or_parent",
        "stray_acronym",
        why="called a place elsewhere in the article, listed after a place, after 'in'/'to'/'from' or "
        "'between', a home town ('R-Elbow Lake', 'Jo Smith, 41, of Grovetown'), or followed by its state (not an "
        "acronym the NER calls an organisation: 'backed by Rwanda, UN experts say')",
    ),
    _r(
        "ner-mislabelled-known",
        "accept",
        "ner_exact ner_org_group_or_number well_known",
        "stray_acronym",
        why="a big city the NER calls an organisation ('Edmonton ranked ...')",
    ),
    _r(
        "ner-lone-city-name",
        "accept",
        "ner_exact ner_person_or_org lone_city_name",
        "stray_acronym",
        why="a one-word city of 50,000+, or a longer name of a city of 10,000+, that no person in the article "
        "carries ('Gainesville officials', 'Broken Arrow sued Tulsa')",
    ),
    _r(
        "ner-town-before-institution",
        "accept",
        "ner_exact ner_person_or_org before_institution",
        "common_word",
        why="a town the NER calls an organisation, followed by its police, council or school",
    ),
    _r(
        "ner-mislabelled-site",
        "accept",
        "ner_exact named_site",
        why="an airport's whole name the NER calls an organisation ('Macdonald-Cartier International Airport')",
    ),
    _r("ner-other-entity", "reject", "ner_exact", why="the NER reads a person, organisation or work here"),
    # -- the words sit inside a longer entity
    _r("inside-larger-place", "reject", "inside_larger_place", why="the larger place name decides"),
    _r(
        "town-and-parent-as-one-name",
        "accept",
        "in_town_and_parent",
        "",
        why="a town and its state the NER reads as one organisation or person: 'Wainwright, Alta.'",
    ),
    _r(
        "place-closing-name-after-in",
        "accept",
        "closes_name_after_in",
        "common_word",
        why="where a body sits, which the NER ran on into its name: 'Lutheran School in Lombard'",
    ),
    _r(
        "place-list-as-one-name",
        "accept",
        "in_place_list",
        why="a list of towns the NER reads as one organisation or work: 'Bangor and Houlton', 'Split and Hvar'",
    ),
    _r(
        "place-inside-name",
        "accept",
        "inside_larger embedded_reads_as_place embedded_worth_a_mention",
        why="'the Texas Department of Health', 'Ohio Supreme Court', 'US dollars', 'the Syrian civil war'",
    ),
    _r(
        "town-heads-institution",
        "accept",
        "inside_larger heads_institution",
        "common_word",
        why="a town or county heading its own body, office or site: 'DeKalb City Council', 'Anderson "
        "County Sheriff', 'Henderson County Jail'",
    ),
    _r(
        "inside-other-name",
        "reject",
        "inside_larger",
        why="inside a brand, an outlet or a person's name ('American Enterprise Institute', 'Fars News')",
    ),
    _r(
        "site-named-after-someone",
        "accept",
        "site_over_name",
        why="an airport's or site's whole name with a person's name inside ('John F. Kennedy International Airport')",
    ),
    _r(
        "city-over-person-part",
        "accept",
        "holds_person_part city_100k_or_after_locative",
        why="a city of several words whose last word alone the NER calls a person: 'left Santo Domingo', "
        "'in San Jose' (a city of 100,000+, or one of 10,000+ where a place goes: not 'Prince Albert said')",
    ),
    _r(
        "big-place-over-name-part",
        "accept",
        "holds_name_part big_or_demonym",
        why="a country or its adjective of several words holding a piece the NER read as a name: 'Sierra "
        "Leonean police' ('Sierra' an organisation)",
    ),
    _r("crosses-entity", "reject", "crosses_entity", why="the span crosses the edge of a name the NER saw"),
    # -- the gazetteer alone
    _r(
        "stray-acronym",
        "reject",
        "big_or_demonym stray_acronym",
        why="a short all-capital word that is no listed abbreviation",
    ),
    _r(
        "party-hometown",
        "accept",
        "party_hometown",
        why="a legislator's home town after the party letter, even one named like a word: 'DFL-Cook', 'R-Marshall'",
    ),
    _r(
        "common-word",
        "reject",
        "big_or_demonym common_word",
        "vouched_or_dateline primary_big_name",
        why="'Central', 'Southern', 'States': words first, places only when named so",
    ),
    _r("big-place", "accept", "big_or_demonym", why="a country, first-level region, continent, sea or its adjective"),
    _r(
        "vouched-town",
        "accept",
        "vouched_or_dateline",
        "common_word",
        why="a town after 'in'/'to'/'from', in a list after a place, named as a place elsewhere, or a dateline",
    ),
    _r("big-city", "accept", "city_100k", "common_word", why="a city of 100,000 or more"),
    _r(
        "proper-noun-town",
        "accept",
        "proper_noun_town",
        why="a town of 20,000+ after 'in'/'to'/'from' that the dictionary knows only as a noun, as it "
        "lists proper names ('to Tupelo', 'from Timbuktu'), and no building's or institution's head",
    ),
    _r(
        "town-before-office",
        "accept",
        "before_office",
        "common_word",
        why="a town followed by its mayor, police or council that the NER left alone: 'Beaconsfield "
        "Mayor Georges Bourelle'",
    ),
    _r(
        "town-with-parent",
        "accept",
        "town_with_parent",
        why="a town of 15,000+ followed by its state or country ('Paris, Texas'), even one named like "
        "a word ('Mobile, Alabama')",
    ),
)

ENTITY_RULES: tuple[Rule, ...] = (
    _r("not-a-place-entity", "reject", "not_a_place_label", why="only place and group entities are looked at"),
    _r("entity-page-junk", "reject", "empty_or_junk", why="nothing left, or inside page junk"),
    _r("entity-already-found", "reject", "already_found", why="a gazetteer match already settled these words"),
    _r(
        "entity-person-name-part",
        "reject",
        "name_part",
        "demonym_or_country_like",
        why="a word of a person's name the NER calls a place ('Isaias Medina III' ... 'Medina')",
    ),
    _r("entity-given-name", "reject", "given_name", why="the first name of a person the article names"),
    _r("entity-vessel-name", "reject", "vessel_name", why="a ship's name: 'INS Vikrant', 'HMS Richmond'"),
    _r("entity-direction-word", "reject", "direction_word", why="'Southern', 'West' alone: a direction"),
    _r(
        "entity-group-not-demonym",
        "reject",
        "has_entries group_label",
        "demonym_entries",
        why="a group of people that shares its name with a town ('Christian')",
    ),
    _r("ner-gazetteer-name", "accept", "has_entries", why="a place entity whose whole name the gazetteer knows"),
    _r(
        "entity-unknown-group",
        "reject",
        "group_label",
        "has_inner_place",
        why="'Shiite', 'Republicans': a group not derived from a place in the gazetteer",
    ),
    _r(
        "ner-modified-place",
        "accept",
        "has_inner_place",
        why="a known place with geographic words around it ('South Texas', 'northern Iraq')",
    ),
    _r("entity-not-a-name", "reject", "not_a_name", why="digits or a lower-case start: no proper name"),
    _r(
        "ner-geo-head",
        "accept",
        "ends_in_geo_head",
        why="a name ending in a geographic head noun ('Kings Canyon', 'Lake Tahoe County')",
    ),
    _r(
        "ner-place-after-locative",
        "accept",
        "short_gpe_after_locative",
        why="a short GPE where the sentence puts a place: 'flew to X', 'in X' (not 'the airline, X, runs')",
    ),
)


def decide(rules: tuple[Rule, ...], facts: object) -> Rule | None:
    """The first rule of ``rules`` whose facts hold for ``facts``, or None when none applies."""
    for rule in rules:
        if all(getattr(facts, f) for f in rule.when) and not any(getattr(facts, f) for f in rule.unless):
            return rule
    return None


def check_rules(rules: tuple[Rule, ...], facts_type: type) -> None:
    """Raise ``ValueError`` when a rule names a fact ``facts_type`` lacks or two rules share a name."""
    names = [r.name for r in rules]
    if len(set(names)) != len(names):
        raise ValueError(f"Expected unique rule names, instead got duplicates in: {names}.")
    for rule in rules:
        missing = [f for f in rule.when + rule.unless if not hasattr(facts_type, f)]
        if missing:
            raise ValueError(f"Rule {rule.name!r} names unknown facts: {missing}.")
