"""Finding the spans of text that name places (toponyms) or are derived from them (demonyms).

Two sources of spans meet here, as in spaCy's EntityRuler (find matches, then apply them):

1. ``gazetteer_matches``: capitalised word runs looked up in the gazetteer, leftmost-longest;
2. the NER's entities (``Entity`` records made by the pipeline from a spaCy ``Doc``).

``find_mentions`` combines them: the NER keeps person and organisation names out ("Isaias Medina
III", "Fars News"), the gazetteer finds places the model misses and gives every span a lookup key.
Everything here is pure: text, entities and a gazetteer in, ``Candidate`` records out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable, Protocol, Sequence

from spacy.lang.en.stop_words import STOP_WORDS

from geo.core.records import Place

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
DEMONYM_LABELS = frozenset({"NORP"})
NON_PLACE_LABELS = frozenset({"PERSON", "ORG", "WORK_OF_ART", "EVENT", "PRODUCT", "LAW", "LANGUAGE"})

# Words that may join the capitalised parts of one name ("Gulf of Mexico", "Rio de Janeiro").
CONNECTORS = frozenset(
    {"of", "the", "and", "de", "del", "da", "do", "dos", "das", "la", "le", "les", "el", "al", "du", "des",
     "y", "upon", "on", "am", "an", "der", "di", "van", "von", "sur", "en", "i"}
)
# Words that turn a place into a larger named place when they stand next to it ("South Texas",
# "Orange County"): a span made of a gazetteer name and these is still a place.
GEO_MODIFIERS = frozenset(
    {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
     "northeast", "northwest", "southeast", "southwest", "northeastern", "northwestern",
     "southeastern", "southwestern", "upper", "lower", "greater", "metro", "downtown", "inner",
     "outer", "mid", "new", "old", "coastal", "rural", "urban", "suburban"}
)
GEO_HEADS = frozenset(
    {"county", "city", "province", "state", "region", "district", "territory", "river", "valley",
     "island", "islands", "coast", "bay", "lake", "mountains", "mountain", "mount", "peninsula",
     "strait", "sea", "ocean", "gulf", "basin", "desert", "plateau", "parish", "borough",
     "township", "village", "town", "oblast", "governorate", "prefecture", "canal", "harbor",
     "harbour", "port", "airport", "border", "delta", "highlands", "plains", "hills", "creek",
     "canyon", "forest", "park", "beach", "heights", "springs", "falls", "point", "cape",
     "republic", "kingdom", "emirate", "emirates", "area", "zone", "corridor", "strip", "bank"}
)
# Short all-caps tokens that are far more often acronyms than places when nothing else says so.
_TOKEN = re.compile(
    r"(?:[^\W\d_]\.){2,}"                  # dotted abbreviations: U.S., D.C., U.A.E.
    r"|(?:St|Ste|Mt|Ft|Pt)\.(?=\s)"          # Saint, Mount, Fort, Port before a name
    r"|[^\W\d_](?:\w|['’](?=[^\W\d_]))*"   # words, with inner apostrophes (O'Hare)
)
_POSSESSIVE = re.compile(r"['’]s?$")


class GazetteerLike(Protocol):
    """What the mention finder and resolver need of a gazetteer (see ``geo.gazetteer.Gazetteer``)."""

    max_name_tokens: int

    def lookup(self, name: str) -> tuple: ...

    def place(self, place_id: str) -> Place: ...


@dataclass(frozen=True, slots=True)
class Entity:
    """A named entity from the NER: character offsets into the article text and a label."""

    start: int
    end: int
    label: str


@dataclass(frozen=True, slots=True)
class Candidate:
    """A span proposed as a place mention, before resolution.

    ``key`` is the gazetteer lookup text (``"Texas"`` for the span ``"South Texas"``), or ``None``
    when only the NER vouches for the span and the gazetteer has no such name.
    """

    start: int
    end: int
    text: str
    kind: str
    key: str | None
    source: str  # "ner", "gazetteer" or "ner+gazetteer"


@dataclass(frozen=True, slots=True)
class _Token:
    start: int
    end: int
    text: str


def _tokens(text: str) -> list[_Token]:
    tokens = []
    for m in _TOKEN.finditer(text):
        word = m.group()
        end = m.end()
        # "Iran's" -> "Iran": the possessive is not part of the name.
        poss = _POSSESSIVE.search(word)
        if poss and poss.start() > 0 and not word.endswith("'s'"):
            end -= len(poss.group())
            word = word[: len(word) - len(poss.group())]
        tokens.append(_Token(m.start(), end, word))
    return tokens


def _is_capitalised(word: str) -> bool:
    return word[:1].isupper()


def _capitalised_runs(text: str, tokens: list[_Token]) -> list[list[_Token]]:
    """Runs of capitalised tokens, joined by single spaces or connector words."""
    runs: list[list[_Token]] = []
    current: list[_Token] = []
    for tok in tokens:
        if current:
            gap = text[current[-1].end : tok.start]
            joined = gap in (" ", "-")  # "Winston-Salem" is one name; "Caracas–Tehran" is two
            if not joined or not (_is_capitalised(tok.text) or tok.text.lower() in CONNECTORS):
                runs.append(current)
                current = []
        if not current and not _is_capitalised(tok.text):
            continue
        current.append(tok)
    if current:
        runs.append(current)
    # A run never ends on a connector ("Bank of the" -> "Bank").
    trimmed = []
    for run in runs:
        while run and run[-1].text.lower() in CONNECTORS and not _is_capitalised(run[-1].text):
            run = run[:-1]
        if run:
            trimmed.append(run)
    return trimmed


def gazetteer_matches(text: str, gazetteer: GazetteerLike) -> list[tuple[int, int, str]]:
    """Leftmost-longest gazetteer names among the capitalised runs of ``text``.

    Returns ``(start, end, span_text)`` for every match; windows never start or end on a
    lower-case connector. The one overlap rule: at each position the longest name wins, and
    matching resumes after it (as spaCy's EntityRuler does).
    """
    matches = []
    limit = max(1, min(int(getattr(gazetteer, "max_name_tokens", 6)), 8))
    for run in _capitalised_runs(text, _tokens(text)):
        i = 0
        while i < len(run):
            # "The" opens sentences, not names: the lookup key drops it anyway ("The Hague" -> "Hague").
            if not _is_capitalised(run[i].text) or run[i].text.lower() == "the":
                i += 1
                continue
            found = None
            for j in range(min(len(run), i + limit), i, -1):
                last = run[j - 1]
                if not _is_capitalised(last.text) and not last.text.isupper():
                    continue
                span = text[run[i].start : last.end]
                if gazetteer.lookup(span):
                    found = (run[i].start, last.end, span)
                    break
            if found:
                matches.append(found)
                # resume after the match
                while i < len(run) and run[i].start < found[1]:
                    i += 1
            else:
                i += 1
    return matches


def surface_entries(span: str, entries: Sequence) -> tuple:
    """The gazetteer entries a span can stand for as written: an abbreviation only when it is
    written as one, dotted or in capitals ("Mass." or "MA", not the word "Mass"; "Ill." not "Ill")."""
    if "." in span or span.replace(" ", "").isupper():
        return tuple(entries)
    return tuple(e for e in entries if e.kind != "abbrev")


def _entries_kind(entries: Sequence) -> str:
    """Mention kind for a name's gazetteer entries: a demonym whenever the name is one ("Canadian"
    is Canada's adjective long before it is a town in Texas)."""
    return "demonym" if any(e.kind == "demonym" for e in entries) else "toponym"


def _best_type(entries: Sequence, gazetteer: GazetteerLike) -> tuple[set[str], int]:
    """The place types a name can stand for, and the largest population among its places."""
    types: set[str] = set()
    population = 0
    for e in entries:
        place = gazetteer.place(e.place_id)
        types.add(place.type)
        population = max(population, place.population)
    return types, population


_BIG_TYPES = frozenset({"country", "admin1", "continent", "region", "water"})


def _strip_article(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop a leading "the " and a trailing possessive from an NER span."""
    span = text[start:end]
    if span[:4].lower() == "the ":
        start += 4
    span = text[start:end]
    poss = _POSSESSIVE.search(span)
    if poss and poss.start() > 0:
        end -= len(poss.group())
    while end > start and not text[end - 1].isalnum() and text[end - 1] != ".":
        end -= 1
    return start, end


def find_mentions(
    text: str,
    entities: Iterable[Entity],
    gazetteer: GazetteerLike,
    junk: Sequence[tuple[int, int]] = (),
    english_words: frozenset[str] = frozenset(),
    matches: list[tuple[int, int, str]] | None = None,
    english_modifiers: frozenset[str] = frozenset(),
) -> tuple[Candidate, ...]:
    """Place and demonym spans of ``text``, from the NER's entities and the gazetteer together.

    Parameters
    ----------
    text : str
        Article text; every candidate satisfies ``text[c.start:c.end] == c.text``.
    entities : iterable of Entity
        The NER's entities over ``text``.
    gazetteer : GazetteerLike
        Name index (``lookup``) and places (``place``).
    junk : sequence of (int, int)
        Regions where nothing is looked for.
    english_words : frozenset of str
        Lower-case dictionary words; a small town spelled like one ("Mobile") needs the NER's vote.
    matches : list of (int, int, str), optional
        ``gazetteer_matches(text, gazetteer)`` when the caller already has them.
    english_modifiers : frozenset of str
        The dictionary's adjectives, adverbs and verbs ("mobile", "nice", "split"): a city of
        100,000 people spelled like one still needs the NER's vote; one spelled like a noun of the
        dictionary (which lists "columbus", "dallas" too) does not.

    Returns
    -------
    tuple of Candidate
        Sorted by offset, non-overlapping (leftmost-longest).
    """
    ents = sorted(entities, key=lambda e: (e.start, -e.end))
    in_junk = lambda s, e: any(s < je and js < e for js, je in junk)  # noqa: E731
    proposals: list[Candidate] = []

    def covering(start: int, end: int) -> list[Entity]:
        return [e for e in ents if e.start < end and start < e.end]

    # 1. Gazetteer matches, checked against the NER.
    ner_place_texts = {text[e.start : e.end] for e in ents if e.label in PLACE_LABELS}
    if matches is None:
        matches = gazetteer_matches(text, gazetteer)
    surnames = {span for start, _, span in matches if _after_given_name(text, start, english_words, gazetteer)}
    name_parts = _name_parts(text, ents, gazetteer) | _outlet_names(text) | surnames
    given_names = _given_names(text, ents)
    for start, end, span in matches:
        if in_junk(start, end) or span in given_names or len(span.replace(".", "")) < 2:
            continue  # "Georgia Stevens ... Georgia said": the person, whatever else the name means
        entries = surface_entries(span, gazetteer.lookup(span))
        if not entries:
            continue
        kind = _entries_kind(entries)
        types, population = _best_type(entries, gazetteer)
        if span in name_parts and kind != "demonym" and not types & _COUNTRY_LIKE:
            continue  # "Rodriguez said" after "Bruno Rodriguez Parilla": the person, again
        overlapping = covering(start, end)
        exact = [e for e in overlapping if e.start == start and e.end == end]
        larger = [e for e in overlapping if (e.start < start or e.end > end) and e.start <= start and e.end >= end]
        # In a list or parent position after a place already found ("Gloucester and Cheltenham",
        # "Oulton Park, Cheshire"), a name reads as a place too.
        listed = bool(proposals) and _LIST_GAP.match(text[proposals[-1].end : start]) is not None
        vouched = span in ner_place_texts or listed or bool(_LOCATIVE.search(text[max(0, start - 12) : start]))
        if exact:
            label = exact[0].label
            well_known = bool(types & _BIG_TYPES) or (
                _primary_city(entries, gazetteer) >= 100_000 and span.lower() not in english_modifiers
            )
            if label in _NUMERIC_LABELS and not well_known:
                continue  # "through Thursday", "in March": a date, whatever village shares its name
            if label == "FAC" and not (types & _BIG_TYPES or population >= 100_000):
                continue  # a building or road named after a small town ("White House")
            if label in PLACE_LABELS or (label in DEMONYM_LABELS and kind == "demonym"):
                proposals.append(Candidate(start, end, span, kind, span, "ner+gazetteer"))
            elif label in DEMONYM_LABELS and not well_known:
                continue  # "Christian", "Arab": a group of people, even if a town has that name
            elif (
                types & _BIG_TYPES  # the small model calls countries ORGs: "Iran said..."
                or kind == "demonym"
                or vouched  # called a place elsewhere in the article, or after "in", or in a list
                or (label in ("ORG", "NORP") or label in _NUMERIC_LABELS) and well_known  # "Edmonton ranked"
                or (  # a lone town name no person in the article carries: "Gainesville residents"
                    label in ("PERSON", "ORG") and " " not in span and span.lower() not in english_modifiers
                    and _primary_city(entries, gazetteer) >= 50_000
                )
            ):
                proposals.append(Candidate(start, end, span, kind, span, "ner+gazetteer"))
            continue
        if larger:
            ent = larger[0]
            if ent.label in PLACE_LABELS:
                continue  # the larger place name decides (step 2)
            jurisdiction = bool(types & {"country", "admin1"})
            if ent.label in _NAME_LABELS and span not in name_parts and _embedded_ok(
                text, ent, start, end, jurisdiction
            ) and (
                types & (_BIG_TYPES | {"admin2"}) or kind == "demonym" or population >= 100_000
                or span in ner_place_texts  # "at the University of X" vouches for X, not "University"
            ):
                # A place inside a larger name: "the Texas Department of Health", "Ohio Supreme
                # Court", "US dollars", "the Syrian civil war". Outlets ("Fars News", "Press TV")
                # are brands and people's names are people, not places.
                proposals.append(Candidate(start, end, span, kind, span, "gazetteer"))
            continue
        if overlapping and overlapping[0].label in NON_PLACE_LABELS:
            continue  # crosses an entity's boundary: the NER saw a different name here
        # Found by the gazetteer alone.
        lower = span.lower()
        common_word = " " not in lower and (
            lower in english_modifiers or (lower in english_words and population < 100_000)
        )
        line_start = text.rfind("\n", 0, start) + 1
        dateline = not text[line_start:start].strip() and _DATELINE.match(text, line_start) is not None
        vouched = vouched or dateline
        if kind == "demonym" or types & _BIG_TYPES:
            if span.isupper() and len(span) <= 3 and not entries_are_abbrev(entries):
                continue
            if common_word and not vouched and not _primary_big_name(entries, gazetteer):
                continue  # "Central", "Southern", "States": words first, places only when named so
            proposals.append(Candidate(start, end, span, kind, span, "gazetteer"))
            continue
        if vouched and not common_word or (population >= 100_000 and not common_word) or (
            population >= 15_000 and not common_word and _followed_by_parent(text, end, gazetteer)
        ):
            proposals.append(Candidate(start, end, span, kind, span, "gazetteer"))

    # 2. NER entities the gazetteer matching did not settle.
    for ent in ents:
        if ent.label not in PLACE_LABELS | DEMONYM_LABELS:
            continue
        start, end = _strip_article(text, ent.start, ent.end)
        if end <= start or in_junk(start, end):
            continue
        span = text[start:end]
        if any(p.start == start and p.end == end for p in proposals):
            continue
        entries = gazetteer.lookup(span)
        if span in name_parts and not (_entries_kind(entries) == "demonym" or _best_type(entries, gazetteer)[0] & _COUNTRY_LIKE):
            continue
        if span in given_names:
            continue
        if entries:
            kind = _entries_kind(entries)
            if ent.label in DEMONYM_LABELS:
                if not any(e.kind == "demonym" for e in entries):
                    continue  # a group of people that shares its name with a town ("Christian")
                kind = "demonym"
            proposals.append(Candidate(start, end, span, kind, span, "ner+gazetteer"))
            continue
        if ent.label in DEMONYM_LABELS:
            continue  # "Shiite", "Republicans": not derived from a place in the gazetteer
        key = _inner_place(text, start, end, gazetteer)
        if key is not None:
            proposals.append(Candidate(start, end, span, "toponym", key, "ner+gazetteer"))
            continue
        words = span.split()
        if any(ch.isdigit() for ch in span) or not _is_capitalised(span):
            continue
        if words and words[-1].lower().strip(".") in GEO_HEADS:
            proposals.append(Candidate(start, end, span, "toponym", None, "ner"))
        elif ent.label == "GPE" and len(words) <= 3 and _LOCATIVE.search(text[max(0, start - 12) : start]):
            # A name the gazetteer lacks is a place only where the sentence puts it as one:
            # "flew to X", "in X" (not "the airline, X, runs").
            proposals.append(Candidate(start, end, span, "toponym", None, "ner"))

    return _leftmost_longest(proposals)


_COUNTRY_LIKE = frozenset({"country", "continent", "region", "water"})
_NUMERIC_LABELS = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL"})
# A dateline: a place in capitals opening a line, then a state, an agency or a dash:
# "COLUMBUS, Ohio (AP) —", "HOUSTON (AP) -", "Muscat:".
_DATELINE = re.compile(r"\s*[A-Z][A-Z'’. -]*[A-Z.](?=,\s+[A-Z]|\s+\(|\s+[-—–]|:)|\s*[A-Z][a-z]+(?=:\s)")
_LIST_GAP = re.compile(r"^(\s*,\s*|\s+(and|or)\s+|\s*,\s*(and|or)\s+)$")
# Larger names a place can be part of; dates ("March 2018") and numbers are not among them.
_NAME_LABELS = frozenset({"ORG", "FAC", "NORP", "MONEY", "EVENT", "LAW", "PRODUCT", "WORK_OF_ART", "LANGUAGE"})
_LOCATIVE = re.compile(r"\b(in|at|to|from|near|into|across|outside|inside|toward|towards|via|through)\s+(the\s+)?$",
                       re.IGNORECASE)
# Words that, following a name, make it a news outlet: "Fars News", "Press TV", "Gulf Times".
_ORG_TAILS = frozenset(
    {"news", "tv", "agency", "times", "post", "daily", "radio", "press", "journal", "herald", "tribune",
     "gazette", "network", "media", "today", "telegraph", "chronicle", "observer", "courier", "examiner"}
)


def _well_known(name: str, gazetteer: GazetteerLike) -> bool:
    """True for a name of a country, first-level region or city of 100,000 people or more."""
    types, population = _best_type(gazetteer.lookup(name), gazetteer)
    return bool(types & _BIG_TYPES) or population >= 100_000


def _primary_city(entries: Sequence, gazetteer: GazetteerLike) -> int:
    """Population of the largest place whose primary name this is (aliases do not count)."""
    return max((gazetteer.place(e.place_id).population for e in entries if e.kind == "name"), default=0)


def _embedded_ok(text: str, ent: Entity, start: int, end: int, jurisdiction: bool = False) -> bool:
    """Whether the place ``text[start:end]`` inside the larger name ``ent`` reads as that place.

    It does at the head of the name ("Texas Department of Health", "the U.S. House"), after
    "of"/"in" ("University of Texas"), in a sum of money ("US dollars"), and, for a country or
    first-level region (``jurisdiction``), closing a two-word name ("Air Zimbabwe", "Environment
    Canada"); not in the middle of a brand ("American Enterprise Institute") nor in an outlet's
    name ("Fars News").
    """
    if _is_outlet(text[ent.start : ent.end]):
        return False
    if ent.label == "MONEY":
        return True  # "11 billion US dollars": the currency's country
    if jurisdiction and end == ent.end and len(text[ent.start : start].split()) == 1:
        return True
    head = text[ent.start : start]
    return not head.strip() or head.strip().lower() == "the" or bool(re.search(r"\b(of|in)(\s+the)?\s+$", head))


def _is_outlet(name: str) -> bool:
    """True for an organisation name that ends like a news outlet's ("Fars News Agency")."""
    return any(w.lower().strip(".,") in _ORG_TAILS for w in name.split()[1:])


def _given_names(text: str, ents: Sequence[Entity]) -> frozenset[str]:
    """First words of multi-word PERSON entities ("Georgia" of "Georgia Stevens")."""
    out = set()
    for e in ents:
        words = text[e.start : e.end].split()
        if e.label == "PERSON" and len(words) >= 2 and words[0][:1].isupper():
            out.add(words[0])
    return frozenset(out)


def _primary_big_name(entries: Sequence, gazetteer: GazetteerLike) -> bool:
    """True when a name is the primary name or listed abbreviation of a country, continent or
    first-level region ("Turkey", "Chad", "Georgia"), not an alias that happens to be a word."""
    return any(
        e.kind in ("name", "abbrev") and gazetteer.place(e.place_id).type in ("country", "continent", "admin1")
        for e in entries
    )


def _name_parts(text: str, ents: Sequence[Entity], gazetteer: GazetteerLike) -> frozenset[str]:
    """Words that this article uses as parts of people's or outlets' names.

    Every word of a multi-word PERSON entity (and of a multi-word entity of another label that is
    no place in the gazetteer, as when the model calls "Isaias Medina III" a LOC), and the lead
    word of an outlet-like ORG ("Fars News"). A later bare "Medina" or "Fars" is that name again:
    one sense per name per article.
    """
    parts: set[str] = set()
    for e in ents:
        words = text[e.start : e.end].split()
        if len(words) < 2:
            continue
        if e.label == "PERSON":
            parts.update(w.strip(".,") for w in words)
        elif e.label in PLACE_LABELS and not gazetteer.lookup(text[e.start : e.end]) and _inner_place(
            text, e.start, e.end, gazetteer
        ) is None and words[-1].lower() not in GEO_HEADS:
            # "Isaias Medina III" called a LOC: its words are a name's. A well-known place inside
            # ("the Honolulu Star-Advertiser") stays a place.
            parts.update(w.strip(".,") for w in words if not _well_known(w.strip(".,"), gazetteer))
    return frozenset(p for p in parts if p[:1].isupper())


_OUTLET = re.compile(r"\b([A-Z][\w'’-]+) (?:" + "|".join(sorted(t.title() for t in _ORG_TAILS)) + r"|TV)\b")


def _outlet_names(text: str) -> frozenset[str]:
    """Names used in this article as the lead word of an outlet or organisation ("Fars News") and
    never in a locative phrase ("in Fars"): a bare "Fars" is then the outlet too."""
    outlets = {m.group(1) for m in _OUTLET.finditer(text)}
    return frozenset(
        name for name in outlets if not re.search(r"\b(in|to|from|near|at)\s+" + re.escape(name) + r"\b", text)
    )


_GIVEN_NAME = re.compile(r"(?<![\w.])([A-Z][a-z]+)\s+$")
_TITLES = frozenset({"mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "president", "minister", "mayor", "judge"})


def _after_given_name(text: str, start: int, english_words: frozenset[str], gazetteer: GazetteerLike) -> bool:
    """True when the word right before ``start`` looks like a given name: capitalised, in no
    dictionary, no place and no geographic modifier ("Bruno Rodriguez", "Isaias Medina")."""
    m = _GIVEN_NAME.search(text[max(0, start - 25) : start])
    if not m:
        return False
    word = m.group(1)
    lower = word.lower()
    if lower in GEO_MODIFIERS or lower in GEO_HEADS or lower in CONNECTORS or lower in english_words or (
        lower in STOP_WORDS
    ):
        return False  # "Although Edmonton", "North Dakota": no given name
    return not gazetteer.lookup(word) or lower in _TITLES


def entries_are_abbrev(entries: Sequence) -> bool:
    """True when a name is a listed abbreviation of its place ("UK", "UAE"), not a stray acronym."""
    return any(e.kind == "abbrev" for e in entries)


def _followed_by_parent(text: str, end: int, gazetteer: GazetteerLike) -> bool:
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


def _inner_place(text: str, start: int, end: int, gazetteer: GazetteerLike) -> str | None:
    """Lookup key of an NER span that is a gazetteer name plus geographic modifiers or heads.

    "South Texas" -> "Texas"; "Orange County" stays whole when the county is listed; "Isaias
    Medina III" -> None (the extra words are not geographic, so it is a person, not Medina).
    """
    words = [(m.start() + start, m.end() + start) for m in re.finditer(r"\S+", text[start:end])]
    n = len(words)
    for size in range(n - 1, 0, -1):
        for i in range(0, n - size + 1):
            s, e = words[i][0], words[i + size - 1][1]
            inner = text[s:e].rstrip(",.")
            if not gazetteer.lookup(inner):
                continue
            rest = [text[a:b].lower().strip(".,") for a, b in words[:i] + words[i + size :]]
            if all(w in GEO_MODIFIERS or w in GEO_HEADS or w in CONNECTORS for w in rest):
                return inner
    return None


def _leftmost_longest(cands: list[Candidate]) -> tuple[Candidate, ...]:
    """Resolve overlaps: the leftmost span wins, and among those starting together the longest."""
    out: list[Candidate] = []
    for c in sorted(cands, key=lambda c: (c.start, -(c.end - c.start))):
        if out and c.start < out[-1].end:
            continue
        out.append(c)
    return tuple(out)
