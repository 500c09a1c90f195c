"""What the mention rules can ask of a span: named facts, each computed once and only when asked.

A rule in ``geo.recognize.mention_rules`` is a list of fact names that must hold and a list that
must not. The facts live here, one small property each, over three objects:

- ``Document``: what the whole article says (its NER entities, the names it uses for people and
  outlets, the places the NER found), built once per article;
- ``MatchFacts``: a gazetteer match (a capitalised run that names a place);
- ``EntityFacts``: an NER entity the gazetteer matching did not settle.

Everything here is pure: text, entities and a gazetteer in, booleans out.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Protocol

from spacy.lang.en.stop_words import STOP_WORDS

from geo.core import lexicon
from geo.core.places import BIG_CITY
from geo.core.records import MentionKind, Place
from geo.core.regions import Regions

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
DEMONYM_LABELS = frozenset({"NORP"})
NON_PLACE_LABELS = frozenset({"PERSON", "ORG", "WORK_OF_ART", "EVENT", "PRODUCT", "LAW", "LANGUAGE"})
NUMERIC_LABELS = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL"})
# Larger names a place can be part of; dates ("March 2018") and numbers are not among them.
NAME_LABELS = frozenset({"ORG", "FAC", "NORP", "MONEY", "EVENT", "LAW", "PRODUCT", "WORK_OF_ART", "LANGUAGE"})
BIG_TYPES = frozenset({"country", "admin1", "continent", "region", "water"})
COUNTRY_LIKE = frozenset({"country", "continent", "region", "water"})

CONNECTORS = lexicon.words("name_connectors")
COMBINING_FORMS = lexicon.mapping("combining_forms")
HERITAGE_NOUNS = lexicon.words("heritage_nouns") | lexicon.words("resident_nouns")
GEO_MODIFIERS = lexicon.words("geo_modifiers")
GEO_HEADS = lexicon.words("geo_heads")
ROUTE_NOUNS = lexicon.words("route_nouns")
OPENING_PARTICIPLES = lexicon.words("opening_participles")
_VESSEL_PREFIXES = frozenset(w.upper() for w in lexicon.words("vessel_prefixes"))
_VESSEL_PREFIX = "|".join(sorted(_VESSEL_PREFIXES, key=len, reverse=True))
# a ship's prefix, then up to four capitalised words or connectors of its name, ending where the span starts
_VESSEL_BEFORE = re.compile(rf"(?<![\w.])(?:{_VESSEL_PREFIX})\s+(?:(?:[A-Z][\w'’.-]*|of|the|de|del|la|du)\s+){{0,4}}$")
_NAME_AFTER = re.compile(r"\s+[A-Z]")


def vessel_name(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a ship's prefix before a name or a word of the name after one:
    "HMS Prince of Wales", "the frigate HMS Richmond" (lexicon ``vessel_prefixes``)."""
    if text[start:end] in _VESSEL_PREFIXES and _NAME_AFTER.match(text, end) is not None:
        return True
    return _VESSEL_BEFORE.search(text, max(0, start - 60), start) is not None


OUTLET_TAILS = lexicon.words("outlet_tails")
PERSON_TITLES = lexicon.words("person_titles")
INSTITUTION_WORDS = lexicon.words("institution_words")
OFFICE_WORDS = lexicon.words("office_words")
TOWN_BODY_WORDS = lexicon.words("town_body_words")
COMMUNITY_NOUNS = lexicon.words("community_nouns")
FESTIVAL_NAMES = lexicon.words("festival_names")

LOCATIVE = lexicon.ending_before("locative_prepositions")
# "the island of X", "the border town of X", "the outskirts of X": a name only a place can be.
PLACE_NOUN_OF = lexicon.ending_before(
    "place_nouns", "settlement_words", "inhabitant_nouns", "place_act_nouns", "place_part_nouns", then=r"\s+of\s+"
)
# "the town of Jasper", "the island of Man": a place noun names what follows, even a dictionary word
SETTLEMENT_OF = lexicon.ending_before("place_nouns", "settlement_words", then=r"\s+of\s+")
_PLACE_NOUN_REACH = 24


def _plural(noun: str) -> str:
    if noun.endswith("y") and noun[-2:-1] not in ("a", "e", "i", "o", "u"):
        return noun[:-1] + "ies"
    return noun + ("es" if noun.endswith(("s", "sh", "ch", "x")) else "s")


ROUTE_NOUN_FORMS = ROUTE_NOUNS | {_plural(w) for w in ROUTE_NOUNS}

# "Germany's Brunsbüttel": a name's possessor right before it
_POSSESSOR_BEFORE = re.compile(r"\b([A-Z][\w.-]*(?: [A-Z][\w.-]*){0,2})['’]s\s+$")


def _plurals_before(then: str, *names: str) -> re.Pattern[str]:
    """A pattern for the plural of a word of lexicons ``names`` and ``then`` at the end of the text
    searched (``geo.core.lexicon.ending_before`` for plurals)."""
    plurals = sorted({_plural(w) for n in names for w in lexicon.words(n)}, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(plurals) + r")" + then + "$", re.IGNORECASE)


# "small towns like Paoli", "cities such as Tulsa": a plural place noun introducing examples
PLACES_LIKE = _plurals_before(r"\s+(?:like|such\s+as|including)\s+", "settlement_words")
# "the towns of Haris and Varzaqan": a plural place noun before "of" names places that follow
PLACES_OF = _plurals_before(r"\s+of\s+", "place_nouns", "settlement_words")
PROPER_TOWN = 20_000
_LONGER_NAME_NEXT = re.compile(r"\s*(?:['’]s\b|[A-Z])")
_PARTY_BEFORE = re.compile(r"(?<![\w-])(?:R|D|I|DFL)-$")
_OF_BEFORE = re.compile(r",?\s+of\s+$")
_ACCORDING_TO = re.compile(r"\baccording\s+to\s+$", re.IGNORECASE)
# what follows a person, not a place: a possessive of a name ending in s ("Flores' honor"), "who"
_PERSON_NEXT = re.compile(r"(?:['’](?!\w)|,?\s+who\b)")
# Nouns that head the names of buildings, institutions and sites: "to University", "at Airport" are
# no towns, whatever the gazetteer lists
SITE_NOUNS = lexicon.words("institution_words") | lexicon.words("geo_heads") | lexicon.words("site_nouns")
RESIDENT_NOUNS = lexicon.words("resident_nouns")
DEMONYM_WORDS = lexicon.words("demonym_words")
# "reached Tskhinvali", "shelled the town of ...": a verb whose object is a place
PLACE_VERB_BEFORE = lexicon.ending_before("place_verbs")
# "A Tulsa man", "the Innisfail skater", "two Gatineau women": an article or a number before the name
_RESIDENT_BEFORE = re.compile(r"(?:^|\b(?:[Aa]n?|[Tt]he|[Tt]wo|[Tt]hree|[Ff]our|\d+))\s+$")
_RESIDENT_AFTER = re.compile(r"\s+([a-z]+)\b")
# a capitalised word right before: the name goes on to the left ("North Vicksburg", "Mary Jackson")
_CAPITALISED_BEFORE = re.compile(r"\b[A-Z][\w'’.-]*\s+$")
# A dateline: a place in capitals opening a line, then a state, an agency or a dash:
# "COLUMBUS, Ohio (AP) —", "HOUSTON (AP) -", "Muscat:".
DATELINE = re.compile(r"\s*[A-Z][A-Z'’. -]*[A-Z.](?=,\s+[A-Z]|\s+\(|\s+[-—–]|:)|\s*[A-Z][a-z]+(?=:\s)")
# A dateline after a headline on the same line: "Suspect held . ROSWELL - A man ...".
CAPS_DATELINE = re.compile(r"[A-Z][A-Z'’. -]*[A-Z.](?=,\s+[A-Z]|\s+\(|\s+[-—–])")
# News conventions that put a town's name where only a place can stand: a legislator's party and
# home town ("R-Elbow Lake", "DFL-Cook"), a person's age and home town ("Rebecca Sears, 41, of
# Grovetown"), a company's seat ("Northbrook-based").
HOMETOWN_BEFORE = re.compile(r"(?:\b(?:R|D|I|DFL)-|,\s*\d{1,3},\s+of\s+)$")
BASED_AFTER = re.compile(r"^-based\b")
# "linking Lagos with Accra", "connecting Shimla to Manali": the second of two places a way joins
_LINKED_GAP = re.compile(r"[ \t]+(?:with|to|and)[ \t]+$")
_LINK_VERB_BEFORE = re.compile(
    r"\b(?:link|linking|links|linked|connect|connecting|connects|connected|joining)[ \t]+$", re.I
)
_ADJOINING_BEFORE = re.compile(r"\b(?:between|neighbou?ring|nearby|adjacent|adjoining)\s+(?:the\s+)?$", re.I)
_INSTITUTION_AFTER = re.compile(r"\s+([A-Za-z][\w'’]*)")
# "Dubbo's council", "the Burnie and Devonport councils": a possessive, or "and" and a second name
# (one or two capitalised words), before a word of a town's own body or officials.
_TOWN_BODY_AFTER = re.compile(r"(?:['’]s|\s+and\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s+([a-z]+)\b")
LIST_GAP = re.compile(r"^(\s*,\s*|\s+(and|or)\s+|\s*,\s*(and|or)\s+)$")
_LIST_NEXT = re.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")
POSSESSIVE = re.compile(r"['’]s?$")
_GIVEN_NAME = re.compile(r"(?<![\w.])([A-Z][a-z]+)\s+$")
_AFTER_LOCATIVE = re.compile(r"\b(?:in|(?<!according )to|from|near|at)\s+([\w'’-]+)")
_OUTLET = re.compile(
    r"\b([A-Z][\w'’-]+) (?:" + "|".join(sorted(t.title() for t in OUTLET_TAILS)) + r"|TV|news agency)\b"
)


# How far a dateline's place and what follows it ("WASHINGTON, D.C. (AP) —") can reach: matching
# stops there, so a page of capitals is not read to its end for every name on it.
_DATELINE_REACH = 120


def _before_blank(text: str, pos: int) -> int:
    """The index of the last character before ``pos`` that is not blank within its line (a line
    break counts as not blank), or -1: a backward scan over the blanks alone, never the line."""
    i = pos - 1
    while i >= 0 and text[i] != "\n" and text[i].isspace():
        i -= 1
    return i


class GazetteerLike(Protocol):
    """What the mention finder and resolver need of a gazetteer (see ``geo.gazetteer.lookup.Gazetteer``)."""

    max_name_tokens: int

    def lookup(self, name: str) -> tuple: ...

    def place(self, place_id: str) -> Place: ...


@dataclass(frozen=True, slots=True)
class Entity:
    """A named entity from the NER: character offsets into the article text and a label."""

    start: int
    end: int
    label: str


_DASHES = frozenset({"-", "\u2013", "\u2014", "--"})
_NAME_NEXT = re.compile(r"[ \t]+[A-Z][a-z]")
_INITIALS = re.compile(r"(?:[A-Z]\.){2,}")
_MINOR_WORDS = frozenset({"of", "and", "the", "de", "du", "des", "la", "le", "el"})


def surface_entries(span: str, entries: Sequence, gazetteer: GazetteerLike | None = None) -> tuple:
    """The gazetteer entries a span can stand for as written: an abbreviation only when it is
    written as one, dotted or in capitals ("Mass." or "MA", not the word "Mass"; "Ill." not "Ill").
    Dotted initials ("N.Y.", "D.C.", "L.A.") stand only for a name of as many words with those
    initials: "M.D." after a doctor's name is no Maryland, "L.A." is Los Angeles, not Louisiana,
    "U.S." is no village called Us (needs ``gazetteer`` to read the names; without it the initials
    are not checked)."""
    if "." in span or span.replace(" ", "").isupper():
        if gazetteer is not None and _INITIALS.fullmatch(span.replace(" ", "")):
            letters = span.replace(" ", "").replace(".", "")
            return tuple(
                e
                for e in entries
                if (
                    _initials(gazetteer.place(e.place_id).name)
                    if e.kind == "abbrev"
                    else gazetteer.place(e.place_id).name
                )
                == letters
            )
        return tuple(entries)
    return tuple(e for e in entries if e.kind != "abbrev")


def _initials(name: str) -> str:
    """The initials of a name's words, minor words left out: "District of Columbia" -> "DC"."""
    return "".join(w[0].upper() for w in name.replace("-", " ").split() if w.lower() not in _MINOR_WORDS)


def entries_kind(entries: Sequence) -> MentionKind:
    """Mention kind for a name's gazetteer entries: a demonym whenever the name is one ("Canadian"
    is Canada's adjective long before it is a town in Texas)."""
    return "demonym" if any(e.kind == "demonym" for e in entries) else "toponym"


def best_type(entries: Sequence, gazetteer: GazetteerLike) -> tuple[set[str], int]:
    """The place types a name can stand for, and the largest population among its places."""
    types: set[str] = set()
    population = 0
    for e in entries:
        place = gazetteer.place(e.place_id)
        types.add(place.type)
        population = max(population, place.population)
    return types, population


def primary_city(entries: Sequence, gazetteer: GazetteerLike) -> int:
    """Population of the largest place whose primary name this is (aliases do not count)."""
    return max((gazetteer.place(e.place_id).population for e in entries if e.kind == "name"), default=0)


def primary_big_name(entries: Sequence, gazetteer: GazetteerLike) -> bool:
    """True when a name is the primary name or listed abbreviation of a country, continent or
    first-level region ("Turkey", "Chad", "Georgia"), not an alias that happens to be a word."""
    return any(
        e.kind in ("name", "abbrev") and gazetteer.place(e.place_id).type in ("country", "continent", "admin1")
        for e in entries
    )


def entries_are_abbrev(entries: Sequence) -> bool:
    """True when a name is a listed abbreviation of its place ("UK", "UAE"), not a stray acronym."""
    return any(e.kind == "abbrev" for e in entries)


def well_known_name(name: str, gazetteer: GazetteerLike) -> bool:
    """True for a name of a country, first-level region or city of 100,000 people or more."""
    types, population = best_type(gazetteer.lookup(name), gazetteer)
    return bool(types & BIG_TYPES) or population >= BIG_CITY


def inner_place(text: str, start: int, end: int, gazetteer: GazetteerLike) -> str | None:
    """Lookup key of an NER span that is a gazetteer name plus geographic modifiers or heads.

    "South Texas" -> "Texas"; "Orange County" stays whole when the county is listed; "Isaias
    Medina III" -> None (the extra words are not geographic, so it is a person, not Medina).
    """
    words = [(m.start() + start, m.end() + start) for m in re.finditer(r"\S+", text[start:end])]
    n = len(words)
    # The inner name is a gazetteer name, so no longer than its longest, and it holds every word that
    # is no geographic word: a long run of other words (an NER span over a pasted list) has none.
    limit = max(1, int(getattr(gazetteer, "max_name_tokens", 12)))
    other = [k for k, (a, b) in enumerate(words) if not _geo_word(text[a:b].lower().strip(".,"))]
    if other and other[-1] - other[0] + 1 > limit:
        return None
    for size in range(min(n - 1, limit), 0, -1):
        for i in range(n - size + 1):
            s, e = words[i][0], words[i + size - 1][1]
            inner = text[s:e].rstrip(",.")
            if not gazetteer.lookup(inner):
                continue
            rest = [text[a:b].lower().strip(".,") for a, b in words[:i] + words[i + size :]]
            if all(_geo_word(w) for w in rest):
                return _region_of_demonym(text[start : words[i][0]], inner, gazetteer) or inner
    return None


def _geo_word(word: str) -> bool:
    """A geographic modifier, head or connector ("south", "county", "of"), lower case."""
    return word in GEO_MODIFIERS or word in GEO_HEADS or word in CONNECTORS


def _region_of_demonym(lead: str, inner: str, gazetteer: GazetteerLike) -> str | None:
    """The region a direction word and a demonym name together, when the gazetteer lists it:
    "Western Australian" -> "Western Australia", "Eastern European" -> "Eastern Europe" (not
    "Southern Californian": no such entry, so California)."""
    lead = lead.strip()
    if not lead or " " in lead:
        return None
    for e in gazetteer.lookup(inner):
        if e.kind != "demonym":
            continue
        region = f"{lead} {gazetteer.place(e.place_id).name}"
        if any(f.kind == "name" for f in gazetteer.lookup(region)):
            return region
    return None


def strip_article(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop a leading "the " and a trailing possessive from an NER span."""
    span = text[start:end]
    if span[:4].lower() == "the ":
        start += 4
    span = text[start:end]
    poss = POSSESSIVE.search(span)
    if poss and poss.start() > 0:
        end -= len(poss.group())
    while end > start and not text[end - 1].isalnum() and text[end - 1] != ".":
        end -= 1
    return start, end


def embedded_reads_as_place(text: str, ent: Entity, start: int, end: int, jurisdiction: bool = False) -> bool:
    """Whether the place ``text[start:end]`` inside the larger name ``ent`` reads as that place.

    It does after "and" or a comma in a place entity (a list the NER read as one place: "Thunder
    Bay and Winnipeg"), at the head of the name, after "the" or direction words ("Texas Department of Health",
    "Northeast Texas Community College", "the U.S. House", "The New
    York Times", as annotators read an outlet's city), after "of"/"in" ("University of Texas"), in
    a sum of money ("US dollars"), and, for a country or first-level region (``jurisdiction``),
    closing a two-word name ("Air Zimbabwe", "Environment Canada"); not in the middle of a brand
    ("American Enterprise Institute"). A one-word lead used only for an outlet and never in a
    locative phrase ("Fars" of "Fars News", "Tehran Times") is a name part, decided before this.
    """
    if ent.label == "MONEY":
        return True  # "11 billion US dollars": the currency's country
    if jurisdiction and end == ent.end and len(text[ent.start : start].split()) == 1:
        return True
    head = text[ent.start : start]
    words = [w.lower() for w in head.split()]
    if words[:1] in (["the"], ["a"], ["an"]):
        words = words[1:]  # ("an Idaho National Guard unit")
    if ent.label in ("GPE", "LOC") and re.search(r"(?:\band|,)\s+$", head):
        return True  # a list of places read as one: "between Thunder Bay and Winnipeg"
    # At the head, after "the" or direction words ("Northeast Texas Community College"), or after "of"/"in".
    return all(w in GEO_MODIFIERS for w in words) or bool(re.search(r"\b(of|in)(\s+the)?\s+$", head))


# A hyphen between two names of a pair, spaced or not: "Egyptian-Israeli", "Egyptian- Israeli".
_PAIR_GAP = re.compile(r"[ \t]?[-\u2010-\u2013][ \t]?")
_ROUTE_GAP = re.compile(r"[-\u2010-\u2014]to[-\u2010-\u2014]|[ \t]?[-\u2010-\u2014][ \t]?", re.I)
_ROUTE_GAP_BEFORE = re.compile(r"(?:[ \t]?[-\u2010-\u2014][ \t]?|[-\u2010-\u2014]to[-\u2010-\u2014])$", re.I)
_WORDS_NEXT = re.compile(r"(?:[ \t]+[a-z][a-z-]*){1,3}")
# The lower-case word after a name, and those that carry a list on ("Harper and Kingman counties").
_NEXT_WORD = re.compile(r"[ \t]+([a-z]+)\b")
_AND_AFTER = re.compile(r"[ \t]+(?:and|&)[ \t]+")
_LIST_WORDS = frozenset({"and", "or", "counties", "county", "parishes", "townships", "provinces", "states"})
# "Wainwright, Alta." as one name: a town (one to three capitalised words) and its state.
_TOWN_AND_PARENT = re.compile(
    r"([A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}),\s+([A-Z][\w'’-]*(?:\.|(?: [A-Z][\w'’-]*){0,2}\.?))"
)


# A name the NER read as one of several places in a list: "Bangor and Houlton", "Split, Hvar or Vis".
_PLACE_LIST = re.compile(
    r"([A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2})((?:, [A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2})*),? (?:and|or|&) "
    r"([A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2})"
)


def _names_country(span: str, gazetteer: GazetteerLike) -> bool:
    """The span is a country's name, abbreviation or demonym ("Russian", "US", "Pakistan")."""
    return any(gazetteer.place(e.place_id).type == "country" for e in gazetteer.lookup(span))


def followed_by_parent(text: str, end: int, gazetteer: GazetteerLike) -> bool:
    """True for "X, Y" where Y names a country or first-level region: "Paris, Texas"."""
    m = re.match(r",\s+((?:[A-Z][\w.'’-]*)(?:\s+[A-Z][\w.'’-]*){0,2})", text[end : end + 40])
    if not m:
        return False
    words = m.group(1).split()
    for n in range(len(words), 0, -1):
        entries = gazetteer.lookup(" ".join(words[:n]))
        if any(gazetteer.place(e.place_id).type in ("country", "admin1") for e in entries):
            return True
    return False


def after_given_name(text: str, start: int, english_words: frozenset[str], gazetteer: GazetteerLike) -> bool:
    """True when the word right before ``start`` looks like a given name: capitalised, in no
    dictionary, no place and no geographic modifier ("Bruno Rodriguez", "Isaias Medina")."""
    m = _GIVEN_NAME.search(text[max(0, start - 25) : start])
    if not m:
        return False
    word = m.group(1)
    lower = word.lower()
    if (
        lower in GEO_MODIFIERS
        or lower in GEO_HEADS
        or lower in CONNECTORS
        or lower in english_words
        or (lower in STOP_WORDS)
    ):
        return False  # "Although Edmonton", "North Dakota": no given name
    return not gazetteer.lookup(word) or lower in PERSON_TITLES


def followed_by_institution(text: str, end: int) -> bool:
    """True when the word after ``end`` names a local body, office or site (lexicon
    ``institution_words``): "Roselle police", "DeKalb City Council"."""
    m = _INSTITUTION_AFTER.match(text, end)
    return m is not None and m.group(1).lower().replace("’", "'") in INSTITUTION_WORDS


def larger_place_stands(doc: Document, ent: Entity) -> bool:
    """Whether an entity the NER calls a place is a place name in its own right: the gazetteer
    knows it, or it is a known place with geographic words around it, or it ends in a head noun."""
    start, end = strip_article(doc.text, ent.start, ent.end)
    span = doc.text[start:end]
    if not span:
        return False
    words = span.split()
    return (
        bool(doc.gazetteer.lookup(span))
        or inner_place(doc.text, start, end, doc.gazetteer) is not None
        or (words[-1].lower().strip(".") in GEO_HEADS)
    )


def person_words(words: list[str]) -> list[str]:
    """The words of a PERSON entity that name the person: after an office that the small model
    folds into the name ("Alexandria Police Spokeswoman Ashley Hildebrandt" -> "Ashley
    Hildebrandt"), all of them otherwise. A name holds no dash standing alone: "Trump - Wisconsin"
    (from "won by Mr Trump - Wisconsin and Pennsylvania") is the person before it."""
    dash = next((i for i, w in enumerate(words) if w in _DASHES), None)
    if dash is not None:
        words = words[:dash]
    for i, w in enumerate(words[1:], start=1):
        if w.lower().strip(".,").replace("’", "'") in INSTITUTION_WORDS:
            return words[i + 1 :]
    return words


_RUN_ON = re.compile(r"\s(?:for|to|from|into|via|toward|towards)\s")


def without_opening_participles(text: str, ents: Sequence[Entity]) -> list[Entity]:
    """The entities but those the small model made of a participle opening a sentence and the name
    after it ("Leaving Berlin" as a PERSON, from "Leaving Berlin on Monday, the orchestra ..."):
    the gazetteer alone then judges the name (lexicon ``opening_participles``)."""
    return [e for e in ents if text[e.start : e.end].split(" ", 1)[0].lower() not in OPENING_PARTICIPLES]


_LOWER_TAIL = re.compile(r"(?:\s+[^\sA-Z][^\s]*)+$")


def without_lower_case_tails(text: str, ents: Sequence[Entity]) -> list[Entity]:
    """PERSON entities cut after their last capitalised word: a surname is written with a capital,
    so "Jermuk overnight" (from "the border town of Jermuk overnight") is "Jermuk" alone."""
    out: list[Entity] = []
    for e in ents:
        m = _LOWER_TAIL.search(text, e.start, e.end) if e.label == "PERSON" else None
        out.append(e if m is None or m.start() == e.start else Entity(e.start, m.start(), e.label))
    return out


def split_run_ons(text: str, ents: Sequence[Entity]) -> list[Entity]:
    """Place entities the small model ran on across a preposition of movement, cut there: "the
    Soviet Union for America" is two places ("left Russia or the Soviet Union for America"); no
    place name holds a lone lower-case "for", "to", "from", "into", "via" or "toward"."""
    out: list[Entity] = []
    for e in ents:
        if e.label not in PLACE_LABELS or not _RUN_ON.search(text, e.start, e.end):
            out.append(e)
            continue
        start = e.start
        for m in _RUN_ON.finditer(text, e.start, e.end):
            out.append(Entity(start, m.start(), e.label))
            start = m.end()
        out.append(Entity(start, e.end, e.label))
    return out


_ALTERNATIVE = re.compile(r" (?:[a-z]+ ){1,3}|(?<=[a-z])[-\u2013\u2014](?=[A-Z])")
# The words (and hyphens) that join two places in any entity the NER runs on ("Kano for Jeddah",
# "the Lisbon-Accra route"); other lower-case words (a verb: "Abuja praised Nigeria") only in an
# entity the NER calls a place ("Chelsea beat Arsenal" is two clubs).
_LINK_WORD = re.compile(r" (?:or|for|to|from|via) |[-\u2013\u2014]")
_SPACED_DASH = re.compile(r"\s+(?:-|--|\u2013|\u2014)\s+")


def _split_at_dashes(text: str, ents: Sequence[Entity]) -> list[Entity]:
    """No name holds a dash with spaces around it: "won by Mr Trump - Wisconsin and" is a person
    and a state, whatever one entity the model read there."""
    out: list[Entity] = []
    for e in ents:
        start = e.start
        for m in _SPACED_DASH.finditer(text, e.start, e.end):
            if m.start() > start:
                out.append(Entity(start, m.start(), e.label))
            start = m.end()
        if start < e.end:
            out.append(Entity(start, e.end, e.label))
    return out


def _site_then_place(text: str, start: int, m: re.Match[str], end: int, names: set[tuple[int, int]]) -> bool:
    """An entity run on from a site's name over "to" or "from" into a town the gazetteer names: the
    words before end in a word of a site or body ("Facility", "Hospital", "Jail")."""
    if m.group() not in (" to ", " from ") or (m.end(), end) not in names:
        return False
    words = text[start : m.start()].split()
    return len(words) >= 2 and words[-1].lower() in SITE_NOUNS


def split_alternatives(text: str, ents: Sequence[Entity], matches: Sequence[tuple[int, int, str]]) -> list[Entity]:
    """Entities the small model ran on across one to three lower-case words ("or", "for", "to", a
    verb) or a hyphen between two gazetteer names, cut there: "south to Ingham or Townsville" is two
    towns, "the Lisbon-Accra route" two cities, "departed Kano for Jeddah" two cities, "in Abuja
    praised Nigeria" two places,
    not one organisation. Only when each side is exactly a name the gazetteer matched (and the
    joined name is none: matching is leftmost-longest), so "Truth or Consequences" and
    "Winston-Salem" stay whole. Entities are cut at spaced dashes first (``_split_at_dashes``)."""
    names = {(start, end) for start, end, _ in matches}
    out: list[Entity] = []
    for e in _split_at_dashes(text, ents):
        start = e.start + 4 if text[e.start : e.start + 4].lower() == "the " else e.start
        m = _ALTERNATIVE.search(text, start, e.end)
        if m is not None and _site_then_place(text, start, m, e.end, names):
            # "the Hutchinson Correctional Facility to Lansing": a site's name, then a town
            out += [Entity(e.start, m.start(), e.label), Entity(m.end(), e.end, e.label)]
            continue
        if (
            m is None
            or (start, m.start()) not in names
            or (m.end(), e.end) not in names
            or not CONNECTORS.isdisjoint(m.group().split())  # "Port of Los Angeles", "Tour de France"
            or (e.label not in PLACE_LABELS and not _LINK_WORD.fullmatch(m.group()))  # "Chelsea beat Arsenal"
        ):
            out.append(e)
            continue
        out += [Entity(start, m.start(), e.label), Entity(m.end(), e.end, e.label)]
    return out


def given_names(text: str, ents: Sequence[Entity], gazetteer: GazetteerLike | None = None) -> frozenset[str]:
    """First words of multi-word PERSON entities ("Georgia" of "Georgia Stevens"), and a lone
    capitalised word joined by "and" or "&" to a given name and surname: a couple sharing the
    surname ("Brent and Lynnette Hain", "Bill & Hillary Clinton"). Not when the joined words are
    no given name and surname ("Decatur and Avondale Estates", "of rural Paris and Guy C. Smith")
    or follow a preposition; needs ``gazetteer`` to tell a given name from a place."""
    out = set()
    for e in ents:
        words = person_words(text[e.start : e.end].split()) if e.label == "PERSON" else []
        if len(words) >= 2 and words[0][:1].isupper():
            out.add(words[0])
            if gazetteer is None or len(words) != 2 or gazetteer.lookup(words[0]):
                continue
            couple = _COUPLE.search(text, max(0, e.start - 40), e.start)
            if (
                couple is not None
                and couple.end() == e.start
                and not LOCATIVE.search(text, 0, couple.start(1))
                and not primary_big_name(gazetteer.lookup(couple.group(1)), gazetteer)
            ):
                out.add(couple.group(1))  # (not a state's or country's own name: "Karnataka and Tamil Nadu")
    return frozenset(out)


# "Brent and " right before a person's name: the first of a couple.
_COUPLE = re.compile(r"(?<![\w.])([A-Z][a-z]+)\s+(?:and|&)\s+")


def name_parts(text: str, ents: Sequence[Entity], gazetteer: GazetteerLike) -> frozenset[str]:
    """Words that this article uses as parts of people's or outlets' names.

    Every word of a multi-word PERSON entity (and of a multi-word entity of another label that is
    no place in the gazetteer, as when the model calls "Isaias Medina III" a LOC). A later bare
    "Medina" is that name again: one sense per name per article.
    """
    parts: set[str] = set()
    for e in ents:
        words = text[e.start : e.end].split()
        if len(words) < 2:
            continue
        if e.label == "PERSON":
            if primary_city(gazetteer.lookup(text[e.start : e.end]), gazetteer) >= 100_000:
                continue  # "Laredo and Nuevo Laredo": a city of several words the NER took for a person
            parts.update(w.strip(".,") for w in person_words(words))
        elif (
            e.label in PLACE_LABELS
            and not gazetteer.lookup(text[e.start : e.end])
            and inner_place(text, e.start, e.end, gazetteer) is None
            and words[-1].lower() not in GEO_HEADS
        ):
            # "Isaias Medina III" called a LOC: its words are a name's. A well-known place inside
            # ("the Honolulu Star-Advertiser") stays a place.
            parts.update(w.strip(".,") for w in words if not well_known_name(w.strip(".,"), gazetteer))
    return frozenset(p for p in parts if p[:1].isupper())


def outlet_names(text: str) -> frozenset[str]:
    """Names used in this article as the lead word of an outlet ("Fars News") and never in a
    locative phrase ("in Fars"): a bare "Fars" is then the outlet too."""
    outlets = {m.group(1) for m in _OUTLET.finditer(text)}
    if not outlets:
        return frozenset()
    # One pass over the locative phrases (not one search of the whole text per outlet): the word
    # after "in"/"to"/..., and each of its prefixes that ends where a word boundary would ("in
    # Fars-based" is a locative use of "Fars").
    located: set[str] = set()
    for m in _AFTER_LOCATIVE.finditer(text):
        word = m.group(1)
        located.add(word)
        located.update(word[:i] for i, ch in enumerate(word) if ch in "-'’" and i)
    return frozenset(outlets - located)


@dataclass
class Document:
    """What the whole article says, for the facts of each span: built once per article."""

    text: str
    entities: Sequence[Entity]
    gazetteer: GazetteerLike
    junk: Sequence[tuple[int, int]] = ()
    english_words: frozenset[str] = frozenset()
    english_modifiers: frozenset[str] = frozenset()
    matches: Sequence[tuple[int, int, str]] = ()
    # the end of the last accepted span, for "in a list after a place", and every accepted
    # (start, end): both kept up to date by the engine as it accepts spans
    last_end: int | None = field(default=None)
    accepted: set[tuple[int, int]] = field(default_factory=set)

    def __post_init__(self) -> None:
        ents = without_lower_case_tails(self.text, without_opening_participles(self.text, self.entities))
        ents = split_alternatives(self.text, split_run_ons(self.text, ents), self.matches)
        self.entities = sorted(ents, key=lambda e: (e.start, -e.end))

    @cached_property
    def _junk(self) -> Regions:
        return Regions(self.junk)

    @cached_property
    def _entity_starts(self) -> tuple[list[int], int]:
        return [e.start for e in self.entities], max((e.end - e.start for e in self.entities), default=0)

    def in_junk(self, start: int, end: int) -> bool:
        return self._junk.overlaps(start, end)

    @cached_property
    def _match_bounds(self) -> tuple[dict[int, str], dict[int, str]]:
        return {s: t for s, _, t in self.matches}, {e: t for _, e, t in self.matches}

    def match_starting(self, start: int) -> str | None:
        """The text of the gazetteer match that starts at ``start``, if any."""
        return self._match_bounds[0].get(start)

    def match_ending(self, end: int) -> str | None:
        """The text of the gazetteer match that ends at ``end``, if any."""
        return self._match_bounds[1].get(end)

    def covering(self, start: int, end: int) -> list[Entity]:
        """The entities that share a character with ``[start, end)``, in their sorted order: by
        binary search over their starts (no entity starts more than the longest one's length
        before a span it covers), not a scan of every entity for every span."""
        starts, longest = self._entity_starts
        lo, hi = bisect_left(starts, start - longest), bisect_left(starts, end)
        return [e for e in self.entities[lo:hi] if e.start < end and start < e.end]

    @cached_property
    def ner_place_texts(self) -> frozenset[str]:
        return frozenset(self.text[e.start : e.end] for e in self.entities if e.label in PLACE_LABELS)

    @cached_property
    def surnames(self) -> frozenset[str]:
        """Names right after a given name ("Bruno Rodriguez"), but not a country or state the NER
        reads at the end of a name that is no person's ("Costco Canada": a brand and its country)."""
        return frozenset(
            span
            for start, end, span in self.matches
            if after_given_name(self.text, start, self.english_words, self.gazetteer)
            and not (
                primary_big_name(self.gazetteer.lookup(span), self.gazetteer)
                and any(e.label != "PERSON" and e.start < start and e.end >= end for e in self.covering(start, end))
            )
        )

    @cached_property
    def parented(self) -> frozenset[str]:
        """Names the article gives a place's parent ("Greer, South Carolina"), not after a given name
        ("Bob Greer, Texas Tech's coach"): a place, whatever person the NER reads in "Greer Station"."""
        return frozenset(
            span
            for start, end, span in self.matches
            if followed_by_parent(self.text, end, self.gazetteer)
            and not after_given_name(self.text, start, self.english_words, self.gazetteer)
        )

    @cached_property
    def name_parts(self) -> frozenset[str]:
        parts = name_parts(self.text, self.entities, self.gazetteer) | outlet_names(self.text) | self.surnames
        return parts - self.parented

    @cached_property
    def given_names(self) -> frozenset[str]:
        return given_names(self.text, self.entities, self.gazetteer) - self.parented

    def locative_before(self, start: int) -> bool:
        return bool(LOCATIVE.search(self.text[max(0, start - 12) : start]))


def _route_noun_at(text: str, pos: int) -> bool:
    """A way or a service (lexicon ``route_nouns``, or its plural) follows ``pos``, perhaps after two
    lower-case words ("rail", "high-speed")."""
    m = _WORDS_NEXT.match(text, pos)
    return m is not None and any(w in ROUTE_NOUN_FORMS for w in m.group().split())


class MatchFacts:
    """Facts about one gazetteer match ``text[start:end]`` in its document."""

    def __init__(self, doc: Document, start: int, end: int, span: str) -> None:
        self.doc, self.start, self.end, self.span = doc, start, end, span

    # -- the name and its gazetteer entries ---------------------------------------------------
    @cached_property
    def entries(self) -> tuple:
        return surface_entries(self.span, self.doc.gazetteer.lookup(self.span), self.doc.gazetteer)

    @cached_property
    def kind(self) -> MentionKind:
        return "demonym" if self.combining_form else entries_kind(self.entries)

    @cached_property
    def combining_country(self) -> str | None:
        """The country a combining form stands for when it is hyphened to a country's name or
        demonym, or to another form: "Sino-Russian", "Indo-Pak", "the Franco-German alliance" (not
        "Indo-Pacific", "Anglo-Saxon")."""
        country = COMBINING_FORMS.get(self.span.lower())
        if country is None:
            return None
        doc = self.doc
        after, before = doc.match_starting(self.end + 1), doc.match_ending(self.start - 1)
        sides = (
            (doc.text[self.end : self.end + 1], after, self.end + 1 + len(after or "")),
            (doc.text[self.start - 1 : self.start], before, self.end),
        )
        for gap, other, pair_end in sides:
            if (
                other
                and _PAIR_GAP.fullmatch(gap)
                and (other.lower() in COMBINING_FORMS or _names_country(other, doc.gazetteer))
            ):
                return None if self._heritage(other, pair_end) else country
        return None

    def _heritage(self, other: str, pair_end: int) -> bool:
        """The pair names people of a heritage, not two countries: a plural demonym ("the
        Anglo-Americans who came to Texas") or a word for people after it ("Indo-Canadian families")."""
        doc = self.doc
        if other.endswith("s") and any(e.kind == "demonym" for e in doc.gazetteer.lookup(other[:-1])):
            return True
        m = _NEXT_WORD.match(doc.text, pair_end)
        return m is not None and m.group(1) in HERITAGE_NOUNS

    @property
    def combining_form(self) -> bool:
        return self.combining_country is not None

    @property
    def key(self) -> str:
        """What the gazetteer looks up for the span: the span, or the country its combining form stands for."""
        return self.combining_country or self.span

    @cached_property
    def _types_population(self) -> tuple[set[str], int]:
        return best_type(self.entries, self.doc.gazetteer)

    @property
    def in_junk(self) -> bool:
        return self.doc.in_junk(self.start, self.end)

    @property
    def given_name(self) -> bool:
        return self.span in self.doc.given_names

    @property
    def too_short(self) -> bool:
        return len(self.span.replace(".", "")) < 2

    @property
    def vessel_name(self) -> bool:
        return vessel_name(self.doc.text, self.start, self.end)

    @property
    def no_entries(self) -> bool:
        return not self.entries

    @property
    def demonym(self) -> bool:
        return self.kind == "demonym"

    @property
    def big(self) -> bool:
        return bool(self._types_population[0] & BIG_TYPES)

    @property
    def big_or_demonym(self) -> bool:
        return self.big or self.demonym

    @property
    def facility(self) -> bool:
        """The name is a facility's the gazetteer lists ('Heathrow', 'Schiphol Airport')."""
        return "facility" in self._types_population[0]

    @property
    def named_site(self) -> bool:
        """A site's whole name of several words the gazetteer lists: 'Macdonald-Cartier
        International Airport' (the NER reads such names as organisations)."""
        return " " in self.span and self.facility

    @property
    def country_like(self) -> bool:
        return bool(self._types_population[0] & COUNTRY_LIKE)

    @property
    def city_100k(self) -> bool:
        return self._types_population[1] >= BIG_CITY

    @property
    def proper_noun_town(self) -> bool:
        """A town of 20,000 or more right after "in", "to", "from"... whose one word the dictionary
        knows only as a noun ("to Tupelo", "from Timbuktu": the noun list holds proper names), and
        no noun that heads a building or an institution ("to University", "at Airport")."""
        lower = self.span.lower()
        return (
            " " not in lower
            and self._types_population[1] >= PROPER_TOWN
            and lower in self.doc.english_words
            and lower not in self.doc.english_modifiers
            and lower not in SITE_NOUNS
            and self.doc.locative_before(self.start)
            # (no first word of a longer name, nor someone's: "at Graham Middle School", "in Noma's case")
            and _LONGER_NAME_NEXT.match(self.doc.text, self.end) is None
        )

    @property
    def name_part(self) -> bool:
        return self.span in self.doc.name_parts

    @cached_property
    def well_known(self) -> bool:
        return self.big or (
            primary_city(self.entries, self.doc.gazetteer) >= BIG_CITY
            and self.span.lower() not in self.doc.english_modifiers
        )

    @property
    def lone_city_name(self) -> bool:
        """A one-word city of 50,000 or more, or a name of several words of a city of 10,000 or more
        (a given name and a surname are rarely a town's whole name: "Broken Arrow", "Bowling Green")."""
        return self.span.lower() not in self.doc.english_modifiers and primary_city(
            self.entries, self.doc.gazetteer
        ) >= (50_000 if " " not in self.span else 10_000)

    @cached_property
    def common_word(self) -> bool:
        """A dictionary word ("Mobile", "Reading"). The noun list of the dictionary also holds
        proper names ("essex", "churchill"): a county's own name after its town is no common word,
        nor a name after a place noun and "of" ("the town of Jasper")."""
        lower = self.span.lower()
        if self.span.isupper() and any(
            e.kind == "abbrev" and self.doc.gazetteer.place(e.place_id).type == "region" for e in self.entries
        ):
            return False  # "EU": a union's abbreviation in capitals, whatever the dictionary lists
        if SETTLEMENT_OF.search(self.doc.text[max(0, self.start - _PLACE_NOUN_REACH) : self.start]):
            return False  # "the town of Jasper": named a place, whatever the dictionary lists
        if self.demonym and lower not in DEMONYM_WORDS:
            return False  # "Ugandan troops ...": a place's adjective, not a word ("Polish the silver")
        return " " not in lower and (
            lower in FESTIVAL_NAMES  # "at Eid": a holy day, though no dictionary lists it
            or lower in self.doc.english_modifiers
            or (lower in self.doc.english_words and not self.city_100k and not self.county_after_town)
        )

    @property
    def second_of_pair(self) -> bool:
        """A country or its demonym joined by a hyphen to the country or demonym just accepted: "the
        Egyptian-Israeli peace treaty", "the Iran-Iraq War", "Russia-Ukraine talks"."""
        doc = self.doc
        if doc.last_end is None or not _PAIR_GAP.fullmatch(doc.text, doc.last_end, self.start):
            return False
        if not (self.demonym or "country" in self._types_population[0]):
            return False
        first = next((doc.text[a:b] for a, b in doc.accepted if b == doc.last_end), None)
        if first and first.lower() in COMBINING_FORMS:
            return True  # accepted as a form only beside a country: "Franco-German"
        entries = doc.gazetteer.lookup(first) if first else ()
        return any(e.kind == "demonym" for e in entries) or "country" in best_type(entries, doc.gazetteer)[0]

    @property
    def route_compound(self) -> bool:
        """One of two names joined by a dash or "-to-" before a way or service between them (lexicon
        ``route_nouns``): "the Dover-Calais ferry", "the Devonport-to-Melbourne ferry"."""
        # (the text around the name first: nearly every match is judged by this rule, few are joined)
        doc = self.doc
        gap = _ROUTE_GAP.match(doc.text, self.end)
        partner = doc.match_starting(gap.end()) if gap else None
        if gap and partner is not None:
            noun_at = gap.end() + len(partner)
        else:
            gap = _ROUTE_GAP_BEFORE.search(doc.text, max(0, self.start - 4), self.start)
            partner, noun_at = (doc.match_ending(gap.start()) if gap else None), self.end
        if partner is None or not _route_noun_at(doc.text, noun_at):
            return False
        # both towns of 10,000 or more, or bigger: no brand's half ("Mercedes-Benz buses": Benz is a village)
        return all(
            bool(types & BIG_TYPES) or population >= 10_000
            for types, population in (self._types_population, best_type(doc.gazetteer.lookup(partner), doc.gazetteer))
        )

    @property
    def county_after_town(self) -> bool:
        """The own name of a second-level division right after a town and a comma ("Clacton, Essex",
        "Canterbury, Kent"): the town's county."""
        doc = self.doc
        return (
            doc.last_end is not None
            and doc.text[doc.last_end : self.start] == ", "
            and any(e.kind == "name" and doc.gazetteer.place(e.place_id).type == "admin2" for e in self.entries)
        )

    @property
    def primary_big_name(self) -> bool:
        return primary_big_name(self.entries, self.doc.gazetteer)

    @property
    def direction_word(self) -> bool:
        """'Central', 'Western', 'North' alone: a direction, whatever province a country names so;
        and direction words before another name ('Far North Queensland', 'South East Asian'): they
        place that name, they are no region of their own (Cameroon's Far North, Botswana's South East)."""
        words = self.span.lower().split()
        if len(words) == 1:
            return words[0] in GEO_MODIFIERS
        return all(w in GEO_MODIFIERS for w in words) and _NAME_NEXT.match(self.doc.text, self.end) is not None

    @property
    def before_institution(self) -> bool:
        """Followed by a word of a local body or office: 'Roselle police', 'Godfrey funeral home';
        by a possessive and the town's own body or officials ('Dubbo's council', 'Burnie's mayor');
        or one of two towns before their bodies ('the Burnie and Devonport councils')."""
        return followed_by_institution(self.doc.text, self.end) or self.before_own_body

    @property
    def before_office(self) -> bool:
        """Followed by a word of its officials: 'Beaconsfield Mayor', 'Hermiston police'; not a road
        or a school ('Felixstowe Road', 'Buckland Elementary'), which may be named after anything;
        or by a possessive and its own body ('Dubbo's council')."""
        m = _INSTITUTION_AFTER.match(self.doc.text, self.end)
        return (m is not None and m.group(1).lower().replace("’", "'") in OFFICE_WORDS) or self.before_own_body

    @property
    def before_own_body(self) -> bool:
        """A possessive, or "and" and a second town, before a word of the town's own body or officials:
        "Dubbo's council", "Burnie's mayor", "the Burnie and Devonport councils"."""
        m = _TOWN_BODY_AFTER.match(self.doc.text, self.end)
        return m is not None and m.group(1).lower() in TOWN_BODY_WORDS

    @property
    def heads_institution(self) -> bool:
        """At the head of a larger name that is that place's body, office or site ('DeKalb City
        Council', 'Anderson County Sheriff', 'Henderson County Jail')."""
        ent = self.larger_entity
        if ent is None or ent.label not in NAME_LABELS | PLACE_LABELS | {"PERSON"} or self.end >= ent.end:
            return False
        head = self.doc.text[ent.start : self.start].strip().lower()
        return head in ("", "the") and followed_by_institution(self.doc.text, self.end)

    @property
    def caps_dateline(self) -> bool:
        """A place in capitals opening a story, at a line start or after its headline ('ROSWELL -')."""
        if not self.span.isupper() or len(self.span) < 3:
            return False
        text = self.doc.text
        i = _before_blank(text, self.start)
        if not (i < 0 or text[i] == "\n" or (text[i] in ".!?" and i < self.start - 1)):
            return False
        return CAPS_DATELINE.match(text, self.start, self.start + _DATELINE_REACH) is not None

    @property
    def stray_acronym(self) -> bool:
        return self.span.isupper() and len(self.span) <= 3 and not entries_are_abbrev(self.entries)

    # -- what the sentence around it says -----------------------------------------------------
    @cached_property
    def vouched(self) -> bool:
        """Called a place elsewhere in the article by the NER, listed after a place just found
        ("Gloucester and Cheltenham", "Oulton Park, Cheshire"), after "in", "to", "from"..., after
        a place noun and "of" ("the island of Lampedusa"), after an act done to a place and "of"
        ("the bombardment of Khan Younis"), or a home town ("A Tulsa man")."""
        doc = self.doc
        gap = doc.text[doc.last_end : self.start] if doc.last_end is not None else None
        # "During her visit to Israel, Clinton spoke": a person the NER sees after a bare comma
        # opens the clause; no list item
        listed = (
            gap is not None
            and LIST_GAP.match(gap) is not None
            and not (gap.strip() == "," and self.exact_label == "PERSON" and self.opens_clause)
        )
        # "to the Pope", "at the Olympic Games": a town seldom takes "the", so the NER's person or
        # organisation after "in the" is not vouched for as a place.
        locative = doc.locative_before(self.start) and not (
            self.ner_person_or_org and re.search(r"\bthe\s+$", doc.text[max(0, self.start - 5) : self.start], re.I)
        )
        return (
            self.span in doc.ner_place_texts
            or listed
            or locative
            or PLACE_NOUN_OF.search(doc.text[max(0, self.start - _PLACE_NOUN_REACH) : self.start]) is not None
            or self.before_resident
            or (  # ("visited NATO headquarters": an acronym after the verb is an organisation)
                not self.span.isupper()
                and PLACE_VERB_BEFORE.search(doc.text[max(0, self.start - 16) : self.start]) is not None
            )
            or (  # "a bus link between Truro and Falmouth" (not "talks between NATO and Russia"),
                # "has accused neighbouring Wentworth Shire"
                not self.span.isupper()
                and _ADJOINING_BEFORE.search(doc.text[max(0, self.start - 16) : self.start]) is not None
            )
            or self.listed_before_place
            or self.linked_to_place
            or HOMETOWN_BEFORE.search(doc.text[max(0, self.start - 12) : self.start]) is not None
            or BASED_AFTER.match(doc.text[self.end : self.end + 8]) is not None
            or PLACES_LIKE.search(doc.text[max(0, self.start - _PLACE_NOUN_REACH) : self.start]) is not None
            or self.after_own_country
            or self.after_person_of
        )

    @property
    def party_hometown(self) -> bool:
        """A legislator's home town after the party letter: "Sen. Tom Bakk, DFL-Cook", "Rep. Marty
        Seifert, R-Marshall" (a place there, even one named like a word)."""
        return (
            _PARTY_BEFORE.search(self.doc.text, max(0, self.start - 5), self.start) is not None
            and self.doc.text[self.end : self.end + 1] != "."  # ("D-Pa.": a state's abbreviation, read as one)
        )

    @property
    def after_person_of(self) -> bool:
        """A person's home town in the news convention "Theresa Pilkington of Jeannette", "said
        Amstutz, of Wooster": "of" right after a name the NER calls a person."""
        m = _OF_BEFORE.search(self.doc.text, max(0, self.start - 6), self.start)
        if m is None or _LONGER_NAME_NEXT.match(self.doc.text, self.end) is not None:
            return False  # (not the head of a longer name: "Robert Snodgrass of Aston Villa")
        return any(e.label == "PERSON" and e.end == m.start() for e in self.doc.covering(m.start() - 1, m.start()))

    @property
    def after_own_country(self) -> bool:
        """After the possessive of a country that holds a place of this name: "Germany's Brunsbüttel
        terminal", "Libya's Derna" (not "Georgia's Paris": no Paris lies in Georgia)."""
        m = _POSSESSOR_BEFORE.search(self.doc.text, max(0, self.start - 40), self.start)
        if m is None:
            return False
        gazetteer = self.doc.gazetteer
        owners = {
            gazetteer.place(e.place_id).country_code
            for e in gazetteer.lookup(m.group(1))
            if e.kind in ("name", "alias", "abbrev") and gazetteer.place(e.place_id).type == "country"
        }
        return bool(owners) and any(gazetteer.place(e.place_id).country_code in owners for e in self.entries)

    @property
    def listed_before_place(self) -> bool:
        """First in a list whose next member the NER calls a place: "Bozeman and Belgrade renewed
        their pact", "Hobbs, Lovington and Eunice" (not an acronym: "NATO and Russia")."""
        doc = self.doc
        m = _LIST_NEXT.match(doc.text, self.end)
        if m is None or self.span.isupper():
            return False
        if m.group().strip() == "," and followed_by_parent(doc.text, self.end, doc.gazetteer):
            return False  # "Chillicothe, Ohio": the town's state, no list
        nxt = doc.match_starting(m.end())
        return nxt is not None and nxt in doc.ner_place_texts

    @property
    def linked_to_place(self) -> bool:
        """The second of two places a way or service joins, the first just found: "the bus connecting
        Shimla with Manali", "a new line linking Nairobi to Kisumu"."""
        doc = self.doc
        if doc.last_end is None or self.span.isupper() or not _LINKED_GAP.fullmatch(doc.text, doc.last_end, self.start):
            return False
        first = next((a for a, b in doc.accepted if b == doc.last_end), None)
        return first is not None and _LINK_VERB_BEFORE.search(doc.text, max(0, first - 12), first) is not None

    @property
    def before_resident(self) -> bool:
        """A home town in the news convention "A Tulsa man", "the Innisfail skater", or the town of
        the people or bodies a plural names: "Vicksburg residents", "for Torrington businesses"."""
        text = self.doc.text
        after = _RESIDENT_AFTER.match(text, self.end)
        if after is not None and after.group(1) in COMMUNITY_NOUNS:
            return _CAPITALISED_BEFORE.search(text, max(0, self.start - 40), self.start) is None
        return (
            after is not None
            and after.group(1) in RESIDENT_NOUNS
            and _RESIDENT_BEFORE.search(text[max(0, self.start - 8) : self.start]) is not None
        )

    @property
    def opens_clause(self) -> bool:
        """Followed by a lower-case word that is no list's ("Clinton spoke", not "Harper and
        Kingman counties"), or by "and" and another person the NER names who is followed so
        ("in Norfolk, Frank and Jean moved to Asheville"): the subject of a clause."""
        text = self.doc.text
        m = _NEXT_WORD.match(text, self.end)
        if m is not None and m.group(1) not in _LIST_WORDS:
            return True
        pair = _AND_AFTER.match(text, self.end)
        other = next((e for e in self.doc.entities if pair is not None and e.start == pair.end()), None)
        if other is None or other.label != "PERSON":
            return False
        m = _NEXT_WORD.match(text, other.end)
        return m is not None and m.group(1) not in _LIST_WORDS

    @cached_property
    def has_parent(self) -> bool:
        """Followed by its state or country: 'Elbow Lake, Minn.', 'Sioux Falls, S.D.'."""
        return followed_by_parent(self.doc.text, self.end, self.doc.gazetteer)

    @property
    def vouched_or_parent(self) -> bool:
        return self.vouched or self.has_parent

    @property
    def dateline(self) -> bool:
        text = self.doc.text
        i = _before_blank(text, self.start)
        if not (i < 0 or text[i] == "\n"):
            return False
        return DATELINE.match(text, i + 1, i + 1 + _DATELINE_REACH) is not None

    @property
    def vouched_or_dateline(self) -> bool:
        return self.vouched or self.dateline

    @property
    def town_with_parent(self) -> bool:
        return self._types_population[1] >= 15_000 and self.has_parent

    # -- what the NER says of the same words --------------------------------------------------
    @cached_property
    def _overlapping(self) -> list[Entity]:
        """The NER's names over these words, but one that only adds punctuation to them ("Egyptian-"
        read as a number in "the Egyptian- Israeli treaty"): no other words, so no other name."""
        text = self.doc.text
        return [
            e
            for e in self.doc.covering(self.start, self.end)
            if not (
                e.start <= self.start
                and self.end <= e.end
                and (e.start, e.end) != (self.start, self.end)
                and not any(c.isalnum() for c in text[e.start : self.start] + text[self.end : e.end])
            )
        ]

    @cached_property
    def exact_label(self) -> str | None:
        """The NER's label for exactly these words; an abbreviation's full stop is no word of its
        own ("Barrie, Ont." where the NER saw "Ont"), nor is a possessive the NER took in ("Sri
        Lanka's president" where it saw a person "Sri Lanka's")."""
        bare_end = self.end - 1 if self.span.endswith(".") else self.end
        possessive_end = self.end + 2 if self.doc.text[self.end : self.end + 2] in ("'s", "’s") else self.end
        for e in self._overlapping:
            if e.start == self.start and e.end in (self.end, bare_end, possessive_end):
                return e.label
        return None

    @cached_property
    def larger_entity(self) -> Entity | None:
        for e in self._overlapping:
            if (e.start < self.start or e.end > self.end) and e.start <= self.start and e.end >= self.end:
                return e
        return None

    @property
    def ner_exact(self) -> bool:
        return self.exact_label is not None

    @property
    def ner_numeric(self) -> bool:
        return self.exact_label in NUMERIC_LABELS

    @property
    def ner_facility(self) -> bool:
        return self.exact_label == "FAC"

    @property
    def ner_place(self) -> bool:
        return self.exact_label in PLACE_LABELS or (self.exact_label in DEMONYM_LABELS and self.demonym)

    @property
    def ner_group(self) -> bool:
        return self.exact_label in DEMONYM_LABELS

    @property
    def after_locative(self) -> bool:
        """Right after "in", "to", "from" ... (the locative prepositions), or "in the" ("in the
        Atlanta area"), and ending there: where a place goes. Not a person's ("according to Taylor",
        "to Henry's arrest", "to Carlow who spoke") nor the head of a longer name ("in Cowley Road")."""
        text = self.doc.text
        return (
            self.doc.locative_before(self.start)
            and _ACCORDING_TO.search(text, max(0, self.start - 16), self.start) is None
            and _LONGER_NAME_NEXT.match(text, self.end) is None
            and _PERSON_NEXT.match(text, self.end) is None
        )

    @property
    def name_after_locative(self) -> bool:
        """One word that is no dictionary word, right after "at", "in", "to"...: "unloaded crude at
        Baniyas" is a port the NER misread as a date, where "through Thursday" stays a day."""
        return " " not in self.span and not self.common_word and self.after_locative

    @property
    def vouched_name(self) -> bool:
        """Named where a place goes ("from Iqaluit") by a word that is no dictionary word nor a
        people's name: the NER's group label on it is a guess ("Christian", "Arab" stay groups)."""
        return self.vouched and not self.common_word and not self.demonym

    @property
    def ner_org_group_or_number(self) -> bool:
        return self.exact_label in ("ORG", "NORP") or self.exact_label in NUMERIC_LABELS

    @property
    def ner_person_or_org(self) -> bool:
        return self.exact_label in ("PERSON", "ORG")

    @property
    def inside_larger(self) -> bool:
        return self.larger_entity is not None

    @cached_property
    def in_town_and_parent(self) -> bool:
        """One NER name that is a town and its state or country ("Wainwright, Alta" read as an
        organisation): the town at its head, or the state closing it (its full stop outside)."""
        for e in self._overlapping:
            if e.label in PLACE_LABELS:
                continue
            m = _TOWN_AND_PARENT.fullmatch(self.doc.text, e.start, max(e.end, self.end))
            if m is None:
                continue
            town, parent = m.span(1), m.span(2)
            if (self.start, self.end) == town or (
                self.start == parent[0] and self.end in (parent[1], e.end, e.end + 1)
            ):
                return bool(self.doc.gazetteer.lookup(m.group(1))) and followed_by_parent(
                    self.doc.text, town[1], self.doc.gazetteer
                )
        return False

    @property
    def closes_name_after_in(self) -> bool:
        """Closing a larger name after "in": where the body named before sits, which the NER ran on
        into its name ("Lutheran School in Lombard", "Baptist Church in Selma")."""
        ent = self.larger_entity
        return (
            ent is not None
            and ent.label not in PLACE_LABELS
            and self.end == ent.end
            and re.search(r"\S\s+in\s+$", self.doc.text[ent.start : self.start]) is not None
        )

    @cached_property
    def in_place_list(self) -> bool:
        """One NER name that is a list of places the gazetteer knows ("Bangor and Houlton", "Split and
        Hvar" read as an organisation or a work): each item is a place of its own. Every item must be
        a gazetteer name, no given name the article uses and no modifier, where the sentence puts
        places ("Marks and Spencer", "cousins Dillon and Connor" stay names)."""
        ent = self.larger_entity
        if ent is None or ent.label in PLACE_LABELS or ent.label == "PERSON":
            return False
        m = _PLACE_LIST.fullmatch(self.doc.text, ent.start, ent.end)
        if m is None:
            return False
        items = [m.group(1), *(i.strip() for i in m.group(2).split(",") if i.strip()), m.group(3)]
        if self.span not in items:
            return False
        doc = self.doc
        # only where the sentence puts places ("between Bangor and Houlton", "to Split and Hvar",
        # "the towns of Haris and Varzaqan"; not "cousins Dillon and Connor"), and never a modifier
        # such as "Reading" or "Mobile"
        placed = (
            doc.locative_before(ent.start)
            or _ADJOINING_BEFORE.search(doc.text[max(0, ent.start - 16) : ent.start]) is not None
            or PLACE_NOUN_OF.search(doc.text[max(0, ent.start - _PLACE_NOUN_REACH) : ent.start]) is not None
            or PLACES_OF.search(doc.text[max(0, ent.start - _PLACE_NOUN_REACH) : ent.start]) is not None
        )
        return placed and all(
            doc.gazetteer.lookup(i) and i.lower() not in doc.english_modifiers and i not in doc.given_names
            for i in items
        )

    @property
    def inside_larger_place(self) -> bool:
        """Inside a larger place name that is a mention of its own ('South Texas', 'Lake Tahoe
        County'); not inside one the NER calls a place that is no place name ('Henderson County Jail')."""
        ent = self.larger_entity
        return ent is not None and ent.label in PLACE_LABELS and larger_place_stands(self.doc, ent)

    @property
    def embedded_reads_as_place(self) -> bool:
        ent = self.larger_entity
        if ent is None or ent.label not in NAME_LABELS | PLACE_LABELS or self.name_part:
            return False
        types, population = self._types_population
        # A country, state or city of 100,000 closing a two-word name: "Air Zimbabwe", "CBC Toronto".
        jurisdiction = bool(types & {"country", "admin1"}) or population >= BIG_CITY
        return embedded_reads_as_place(self.doc.text, ent, self.start, self.end, jurisdiction)

    @property
    def embedded_worth_a_mention(self) -> bool:
        types, population = self._types_population
        return (
            bool(types & (BIG_TYPES | {"admin2"}))
            # "the Town of Coaldale", "the City of Lethbridge" read as one organisation: the town itself
            or SETTLEMENT_OF.search(self.doc.text[max(0, self.start - _PLACE_NOUN_REACH) : self.start]) is not None
            or self.demonym
            or population >= BIG_CITY
            or (
                self.span in self.doc.ner_place_texts  # "at the University of X" vouches for X, not "University"
            )
        )

    @property
    def crosses_entity(self) -> bool:
        """The span crosses the edge of a name the NER saw (not when it holds the NER's pieces whole:
        "Sault Ste. Marie" read as two people, "Sault Ste" and "Marie")."""
        overlapping = self._overlapping
        return (
            bool(overlapping)
            and overlapping[0].label in NON_PLACE_LABELS
            and not (len(overlapping) > 1 and all(self.start <= e.start and e.end <= self.end for e in overlapping))
        )

    @property
    def holds_person_part(self) -> bool:
        """A name of several words whose last words alone the NER calls a person: "left Santo
        Domingo" ("Domingo"), "to Prince Albert" ("Albert"); not one followed by "of", a capitalised
        word, a possessive or "who" ("Prince Albert of Monaco", "San Jose Sharks")."""
        overlapping = self._overlapping
        text = self.doc.text
        return (
            " " in self.span
            and len(overlapping) == 1
            and overlapping[0].label == "PERSON"
            and self.start < overlapping[0].start
            and overlapping[0].end == self.end
            and _LONGER_NAME_NEXT.match(text, self.end) is None
            and _PERSON_NEXT.match(text, self.end) is None
            and re.match(r"\s+of\b", text[self.end : self.end + 4]) is None
        )

    @property
    def holds_name_part(self) -> bool:
        """A name of several words holding whole the one name the NER saw in it, shorter than it:
        "Sierra Leonean police" with "Sierra" read as an organisation."""
        overlapping = self._overlapping
        return (
            " " in self.span
            and len(overlapping) == 1
            and overlapping[0].label in NON_PLACE_LABELS
            and self.start <= overlapping[0].start
            and overlapping[0].end <= self.end
            and (overlapping[0].start, overlapping[0].end) != (self.start, self.end)
        )

    @property
    def city_100k_or_after_locative(self) -> bool:
        return self.city_100k or (self.lone_city_name and self.after_locative)

    @property
    def site_over_name(self) -> bool:
        """A site's whole name holding the name of whom it is named after: "John F. Kennedy
        International Airport" (the NER sees the person inside it)."""
        return self.named_site and all(self.start <= e.start and e.end <= self.end for e in self._overlapping)


class EntityFacts:
    """Facts about one NER entity (stripped of "the" and a possessive) in its document."""

    def __init__(self, doc: Document, entity: Entity, start: int, end: int) -> None:
        self.doc, self.entity, self.start, self.end = doc, entity, start, end
        self.span = doc.text[start:end]
        self.key: str | None = self.span  # the gazetteer lookup text, set by inner_place

    @property
    def not_a_place_label(self) -> bool:
        return self.entity.label not in PLACE_LABELS | DEMONYM_LABELS

    @property
    def empty_or_junk(self) -> bool:
        return self.end <= self.start or self.doc.in_junk(self.start, self.end)

    @property
    def already_found(self) -> bool:
        return (self.start, self.end) in self.doc.accepted

    @cached_property
    def entries(self) -> tuple:
        return surface_entries(self.span, self.doc.gazetteer.lookup(self.span), self.doc.gazetteer)

    @property
    def has_entries(self) -> bool:
        return bool(self.entries)

    @property
    def demonym_entries(self) -> bool:
        return any(e.kind == "demonym" for e in self.entries)

    @property
    def demonym_or_country_like(self) -> bool:
        return entries_kind(self.entries) == "demonym" or bool(
            best_type(self.entries, self.doc.gazetteer)[0] & COUNTRY_LIKE
        )

    @property
    def name_part(self) -> bool:
        return self.span in self.doc.name_parts

    @property
    def given_name(self) -> bool:
        return self.span in self.doc.given_names

    @property
    def vessel_name(self) -> bool:
        return vessel_name(self.doc.text, self.start, self.end)

    @property
    def group_label(self) -> bool:
        return self.entity.label in DEMONYM_LABELS

    @cached_property
    def inner_key(self) -> str | None:
        return inner_place(self.doc.text, self.start, self.end, self.doc.gazetteer)

    @property
    def has_inner_place(self) -> bool:
        return self.inner_key is not None

    @property
    def direction_word(self) -> bool:
        return " " not in self.span and self.span.lower() in GEO_MODIFIERS

    @property
    def not_a_name(self) -> bool:
        return any(ch.isdigit() for ch in self.span) or not self.span[:1].isupper()

    @property
    def ends_in_geo_head(self) -> bool:
        words = self.span.split()
        return bool(words) and words[-1].lower().strip(".") in GEO_HEADS

    @property
    def short_gpe_after_locative(self) -> bool:
        return self.entity.label == "GPE" and len(self.span.split()) <= 3 and self.doc.locative_before(self.start)
