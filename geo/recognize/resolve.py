"""Choosing one gazetteer entry per mention, using the article as context.

Each candidate place gets a score: a prior (country > macro-region > first-level region > capital
> larger town, by population), plus what the article says around it: the countries and regions
it already names, "X, Y" and "X in Y" parents, and one sense per name per article. A mention
whose best reading is a tiny place with no support from the article abstains (``place_id=None``)
rather than pin a village on the other side of the world, unless no other place has its name.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Container, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from geo.core import lexicon
from geo.core.places import BIG_CITY, contains
from geo.core.records import Mention, Place
from geo.gazetteer.lookup import normalize_name
from geo.recognize.facts import GEO_HEADS, GEO_MODIFIERS
from geo.recognize.mentions import Candidate, GazetteerLike, surface_entries

TYPE_PRIOR = {
    "country": 10.0,
    "continent": 9.5,
    "region": 9.0,
    "water": 9.0,
    "admin1": 8.0,
    "admin2": 5.0,
    "facility": 4.8,
}
"""A facility (an airport) counts as a town of about 25,000 people: it beats a hamlet of its name
("Heathrow", Florida), never a real town ("Logan", Utah, over Boston's airport)."""
CAPITAL_BONUS = {"PPLC": 1.0, "PPLA": 0.5, "PPLG": 0.3}
CAPITAL_FLOOR = 8.5
"""A national capital outranks a first-level region of the same name ("Washington", "Tehran")."""
LANDMARK_CODES = frozenset({"BLDG", "PAL", "CSTL", "ST"})
"""The gazetteer's buildings, palaces and streets are the curated seats of government ("White
House", "Kremlin", "Downing Street"): named as often as a capital, they rank like one (above
"White House", Tennessee)."""
ABSTAIN_BELOW = 4.6
"""Scores under this (a town of a few hundred people nothing in the article supports) abstain."""
UNIQUE_FLOOR = 1_000
"""The population from which a place that alone in the gazetteer bears its name is read with no
support (LGL 3,471 -> 3,479 correct, GWN-dev 1,054 -> 1,055; with no floor the same, with 5,000 fewer)."""
REGION_CITY_SHARE = 0.02
"""The share of a first-level region's people a city of the region's own name must hold to be what
the name means when the region bears it only as an alias (Kherson, 66,000 of the oblast's 594,000, is;
a Xinjiang of no recorded people is not)."""
REGION_ALIAS_CITY_SHARE = 0.2
"""The same share for a city that, like the region, bears the name only as an alias."""
LESSER_REGION = "lesser-region"
"""The kind a candidate region takes when a city of its name is bigger than it: scored as a town of
its size (LGL 3,530 -> 3,538 correct; GWN-dev and TR-News unchanged; with a city three times the
region's size required instead, no corpus moves)."""
WORLD_CITY = 1_000_000
"""A city of a million people that bears a name only as another of its names is read rather than
abstaining on an unsupported namesake: "Mecca" is Makkah, not the Californian town of 8,000 (with
the 100,000 of ``BIG_CITY``, "Media" became Médéa and "Dave" Dawei)."""


class Counts(Protocol):
    """A count table as the context reads it: ``get`` only."""

    def get(self, key: Any, default: Any = 0) -> Any: ...


@dataclass(frozen=True, slots=True)
class Context:
    """What the article says about where it is: countries and first-level regions it names."""

    countries: Counts  # country_code -> places named inside it (cities, regions, counties)
    admin1s: Counts  # (country_code, admin1_code) -> count
    total: int
    nearby: Counts  # (country_code, admin1_code) -> other names with a candidate there
    named: Container  # country codes the article names as countries
    close: Counts = field(default_factory=dict)  # grid cell -> weight of the other names with a candidate near it

    def closeness(self, place: Place) -> float:
        """How many other names of the article could lie within about a hundred kilometres of
        ``place`` (spatial minimality: "Athens" beside "Clarke County" is Athens, Georgia), those
        within about thirty counting twice, each weighed by how likely it means that reading."""
        if place.type not in _LOCAL_TYPES:
            return 0.0
        return self.close.get(_cell(place), 0.0) + self.close.get(_fine_cell(place), 0.0)

    def country_share(self, code: str | None) -> float:
        return self.countries.get(code, 0) / self.total if self.total and code else 0.0

    def country_support(self, code: str | None) -> float:
        """How strongly the article is set in country ``code``: the places it names inside it.

        Naming a country is weak evidence on its own: a story about U.S. policy towards Syria
        is not set in Damascus, Oregon; a story naming Ohio towns is set in the U.S.
        """
        if not code:
            return 0.0
        inside = self.countries.get(code, 0)
        support = 3.0 * min(1.0, inside / 2) + 3.0 * self.country_share(code)
        return support + (1.0 if code in self.named else 0.0)


def prior(place: Place) -> float:
    """Score of a place before context: its type, then its population and rank."""
    if place.feature_code in LANDMARK_CODES:
        return CAPITAL_FLOOR
    if place.type in TYPE_PRIOR:
        return TYPE_PRIOR[place.type]
    score = _size_prior(place)
    if place.feature_code == "PPLC" and place.population >= BIG_CITY:
        score = max(score, CAPITAL_FLOOR)
    return score


def _size_prior(place: Place) -> float:
    """A town's or city's prior from its size and rank alone."""
    return 1.5 + math.log10(place.population + 1) * 0.75 + CAPITAL_BONUS.get(place.feature_code, 0.0)


def _candidates(c: Candidate, gazetteer: GazetteerLike) -> list[tuple[Place, str]]:
    if c.key is None:
        return []
    entries = surface_entries(c.key, gazetteer.lookup(c.key), gazetteer)
    want_demonym = c.kind == "demonym"
    chosen = [e for e in entries if (e.kind == "demonym") == want_demonym] or list(entries)
    seen: dict[str, tuple[Place, str]] = {}
    for e in chosen:
        if e.place_id not in seen:
            seen[e.place_id] = (gazetteer.place(e.place_id), e.kind)
    options = list(seen.values())
    # A region known by its capital's name only as an alias ("Odesa" for Odeska oblast, "Kharkiv"
    # for Kharkivska oblast): the name is the city's own, and the city is what news means by it.
    # Not a hamlet of the region's name ("Xinjiang", a town of no recorded people in Xinjiang): the
    # city must hold a share of the region's people (``REGION_CITY_SHARE``).
    regions = {(p.country_code, p.admin1): p.population for p, k in options if p.type == "admin1"}
    towns = {
        (p.country_code, p.admin1)
        for p, k in options
        if p.type == "city"
        and k == "name"
        and p.population >= REGION_CITY_SHARE * regions.get((p.country_code, p.admin1), 0)
    }
    # A city that bears the name only as an alias too ("Zaporizhzhia" for Zaporizhzhya, "Grodno" for
    # Hrodna) is what the name means when it holds a large share of the region's people
    # (``REGION_ALIAS_CITY_SHARE``; not Quebec City, 6 % of Quebec): the region's alias is the city's
    # own name then.
    alias_towns = {
        (p.country_code, p.admin1): p.id
        for p, k in options
        if p.type == "city"
        and k == "alias"
        and (p.country_code, p.admin1) not in towns
        and p.population >= REGION_ALIAS_CITY_SHARE * regions.get((p.country_code, p.admin1), float("inf"))
    }
    towns |= alias_towns.keys()
    named_towns = set(alias_towns.values())
    # ... and an airport known by a town's name only as an alias ("Innisfail" for Innisfail Airport)
    # gives way to the town of its country: the airport is named after it.
    town_countries = {cc for cc, _ in towns}
    # A first-level region smaller than a city of its name anywhere ranks as a town of its size, not
    # as a region ("Manchester", a Jamaican parish of 62,000, beside the English city of 569,000),
    # so only the article's own support for its country makes it the reading ("Portland" beside
    # Kingston)
    biggest_city = max((p.population for p, k in options if p.type == "city" and k == "name"), default=0)
    lesser = {p.id for p, _ in options if p.type == "admin1" and 0 < p.population < biggest_city}
    return [
        (p, "name" if p.id in named_towns else LESSER_REGION if p.id in lesser else k)
        for p, k in options
        if not (p.type == "admin1" and k == "alias" and (p.country_code, p.admin1) in towns)
        and not (p.type == "facility" and k == "alias" and p.country_code in town_countries)
    ]


_STATE_OFFICE = re.compile(
    r"[ \t]+(?:"
    + "|".join(
        re.escape(w).replace(r"\ ", r"\s+") for w in sorted(lexicon.words("state_offices"), key=len, reverse=True)
    )
    + r")(?!\w)",
    re.IGNORECASE,
)
"""A state's office or body right after a name (lexicon ``state_offices``)."""
_PARENT_LINK = re.compile(r"^(,\s*|\s+in\s+(the\s+)?|\s+near\s+)$")
_OWNER_LINK = re.compile(r"^['’]s\s+$")
_OWNED_SETTLEMENT = re.compile(
    r"^(?:['’]s)?\s+(?:[\w-]+\s+){0,3}?(?:"
    + "|".join(map(re.escape, sorted(lexicon.words("settlement_words"), key=len, reverse=True)))
    + r")\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)
"""A country or state told as the owner of a town named after it: "Libya's flood-hit city of Derna",
"the Libyan port city of Derna" (lexicon ``settlement_words``)."""
_SETTLEMENT_BEFORE = lexicon.ending_before("settlement_words", then=r"\s+of\s+(?:the\s+)?")
"""A noun for a town right before a name: "the city of Kherson", "the port town of Sotk" (lexicon
``settlement_words``)."""


LOCAL_BONUS = 3.0
"""Added beyond the cap when the article names two or more other places in a town's own
first-level region: local news ("Palestine" in a story about Anderson County, Texas)."""
LOCAL_MIN = 2
FOREIGN_REGION_PENALTY = 1.5
CONTEXT_CAP = 4.5
"""Most the article's context can add to a place whose name is also a country's or a region's:
enough for a state to beat a namesake country ("Georgia" in a U.S. story), never enough for a
hamlet to beat a country ("Russia, Ohio" needs its "Ohio")."""
_BIG = frozenset({"country", "admin1", "continent", "region", "water"})


WORLD_CAP = 3.0
"""Most that the article's country alone can add to a town that shares its name with a world city (a
national capital of 100,000 or more, or a city as large) of another country: a story that names
Newark and the United States is not thereby about Paris, Texas. Evidence from the town's own state,
from names beside it and from a parent ("Paris, Texas") still counts in full."""

ALIAS_PENALTY = 2.5
"""Taken from a reading reached through another of its names (an old, foreign or variant name that
its own name does not contain) when the same words are some other place's own name: "Philadelphia"
is the city in Pennsylvania, not Amman (once Philadelphia); "Cancun" is Cancún, not the Chinese city
one transliteration spells so. Only towns and sites are docked: a country or region keeps its
conventional name ("Palestine", "Burma"); so do a short form of a town's own name ("New York" for
New York City) and an alias that is no place's own name ("Bombay", "Peking")."""


def _score(
    place: Place,
    kind: str,
    ctx: Context,
    parents: list[Place],
    capped: bool,
    other_name: bool = False,
    world_rival: bool = False,
) -> float:
    score = prior(place)
    if kind == LESSER_REGION:
        score = min(score, _size_prior(place))
    if kind == "abbrev":
        score -= 0.3
    if other_name:
        # (a capital reached through an old name has no capital's floor: "Salisbury" was Harare's)
        score = min(score, _size_prior(place)) - ALIAS_PENALTY
    if place.type != "country":
        support = ctx.country_support(place.country_code)
        if world_rival:
            support = min(support, WORLD_CAP)
        local = False
        if place.type in ("city", "admin2") and place.admin1:
            key = (place.country_code, place.admin1)
            if ctx.admin1s.get(key):
                support += 2.5
            local = ctx.admin1s.get(key, 0) >= LOCAL_MIN
            # Spatial minimality: other names of the article that could lie in the same region,
            # and those that could lie right beside it.
            support += 1.0 * min(3, ctx.nearby.get(key, 0))
        support += NEAR_WEIGHT * min(3.0, ctx.closeness(place))
        score += min(CONTEXT_CAP, support) if capped else support
        if place.type == "admin1" and support == 0 and (ctx.total or ctx.named):
            # A first-level region of a country the article never touches ("Gaza" the Mozambican
            # province in a story about Israel and Egypt) loses its edge over a supported namesake.
            score -= FOREIGN_REGION_PENALTY
        if capped and local:
            score += LOCAL_BONUS
    if any(contains(parent, place) for parent in parents):
        score += 8.0
    return score


def _descriptive(text: str) -> bool:
    """A name made of direction words and a geographic noun ("West Coast", "Central Coast", "North
    Shore"): every country has one, so the one reading the gazetteer knows is weak evidence of
    where the story is (a Canadian story's "Central Coast" is not the one in New South Wales)."""
    words = text.lower().split()
    return len(words) >= 2 and all(w in GEO_MODIFIERS for w in words[:-1]) and words[-1] in GEO_HEADS


def _prefer_country_or_capital(best: Place, places: dict[str, Place]) -> Place:
    """Same-name choices that scores alone get wrong.

    A place inside a same-named country is that country ("Mexico" is not the State of Mexico); a
    first-level region named like its own country's capital is the capital ("Washington",
    "Tehran"). A state named like a big city inside it stays the state ("New York"), as the
    first-level-region-over-town rule says (annotators differ there).
    """
    for other in places.values():
        if other.type == "country" and contains(other, best):
            return other
    if best.type == "admin1":
        cities = [
            p
            for p in places.values()
            if p.type == "city"
            and p.country_code == best.country_code
            and p.feature_code == "PPLC"
            and p.population >= BIG_CITY
        ]
        if cities:
            return max(cities, key=lambda p: (p.population, p.id))
    return best


NEAR_WEIGHT = 0.75
"""Support per other name of the article that could lie beside a candidate (grid cells of one
degree and their neighbours)."""
_LOCAL_TYPES = frozenset({"city", "admin2", "facility"})


def _readings(options: list[list[tuple[Place, str]]], indices: Sequence[int]) -> list[tuple[list, int]]:
    """The distinct lists of readings of a name's mentions, each with how many mentions share it."""
    counts: dict[int, list] = {}
    for i in indices:
        counts.setdefault(id(options[i]), [options[i], 0])[1] += 1
    return [(opts, n) for opts, n in counts.values()]


def _cell(place: Place) -> tuple[int, int]:
    return (math.floor(place.lat), math.floor(place.lon))


def _likelihoods(options: list[tuple[Place, str]]) -> list[float]:
    """How likely a name means each of its readings, by their priors (a softmax), times three and
    capped at 1: one to three like readings get 1 each, thirty like villages a tenth each, a village
    that shares its name with a capital ("Brussels, Ontario") next to nothing."""
    priors = [prior(p) for p, _ in options]
    if not priors:
        return []
    top = max(priors)
    total = sum(math.exp(x - top) for x in priors)
    return [min(1.0, 3.0 * math.exp(x - top) / total) for x in priors]


def _witness(groups: list[tuple[list[tuple[Place, str]], int]], key, weigh: bool = True) -> dict:
    """Where a name could lie, by ``key`` (a grid cell, a first-level region...), with the weight of
    the name as a witness there: the likelihood (``_likelihoods``) of its likeliest reading there.
    Other names of the article count these witnesses as support (spatial minimality), so two names
    whose likely readings lie elsewhere do not pull each other to their namesakes abroad ("London"
    and "Brussels" in a story about Eurostar are not in Ontario). ``key`` gives a reading's keys.
    With ``weigh`` false every reading weighs 1: a first-level region holding a reading of each of
    several names of a local story is evidence however common the names are ("Athens" and "Palestine"
    beside "Tyler": weighing them cost LGL eight correct toponyms).

    ``groups`` holds each distinct list of readings of the name with how many mentions have it."""
    weights: dict = {}
    for options, _ in groups:
        likelihoods = _likelihoods(options) if weigh else [1.0] * len(options)
        for (p, _), weight in zip(options, likelihoods, strict=True):
            for k in key(p):
                weights[k] = max(weights.get(k, 0.0), weight)
    return weights


FINE = 4
"""Cells per degree of the fine grid: a quarter degree, so a cell and its neighbours span 30-80 km,
about a county and its seat ("Walker County" beside "Huntsville" is Texas, not Alabama, where the
larger Huntsville lies 100 km from Walker County). Eighth degrees did as well on LGL."""


def _near_cells(place: Place) -> tuple[tuple, ...]:
    """The grid cell of a town or site and its neighbours, in degrees and in quarter degrees (a name
    that could lie within about 30 km counts twice: a county and its seat); nothing for larger places."""
    if place.type not in _LOCAL_TYPES:
        return ()
    lat, lon = _cell(place)
    _, flat, flon = _fine_cell(place)
    return tuple((lat + dy, lon + dx) for dy in (-1, 0, 1) for dx in (-1, 0, 1)) + tuple(
        ("q", flat + dy, flon + dx) for dy in (-1, 0, 1) for dx in (-1, 0, 1)
    )


def _fine_cell(place: Place) -> tuple[str, int, int]:
    return ("q", math.floor(place.lat * FINE), math.floor(place.lon * FINE))


def _region_of(place: Place) -> tuple[tuple[str | None, str], ...]:
    """The first-level region a place lies in (or is), as ``(country_code, admin1)``."""
    return ((place.country_code, place.admin1),) if place.admin1 and place.type != "country" else ()


class _Without:
    """A table of counts (or weights) over the whole article with one name's own share taken out,
    computed at each look-up: building a fresh table per name made articles of many names
    quadratic. Weights are rounded so a sum taken in another order compares equal."""

    __slots__ = ("own", "total")

    def __init__(self, total: Mapping, own: Mapping) -> None:
        self.total, self.own = total, own

    def get(self, key, default=0):
        value = self.total.get(key, 0) - self.own.get(key, 0)
        if isinstance(value, float):
            value = round(value, 9)
        return value or default

    def __contains__(self, key) -> bool:
        return self.get(key, 0) > 0


def _contributions(places: Iterable[Place]) -> tuple[Counter, Counter, Counter]:
    """Countries with places named inside them, first-level regions, countries named as such."""
    countries: Counter = Counter()
    admin1s: Counter = Counter()
    named: Counter = Counter()
    for place in places:
        if not place.country_code:
            continue
        if place.type == "country":
            named[place.country_code] += 1
            continue
        countries[place.country_code] += 1
        if place.type in ("admin1", "admin2", "city") and place.admin1:
            admin1s[(place.country_code, place.admin1)] += 1
    return countries, admin1s, named


class _ArticleContext:
    """What the whole article says (the places ``resolved`` already, the regions and map cells where
    each name could lie), counted once; ``without`` gives the context of one name, which must not
    vouch for itself."""

    def __init__(self, resolved: dict[int, Place], regions_by_name: dict, cells_by_name: dict | None) -> None:
        self.resolved = resolved
        self.regions_by_name = regions_by_name
        self.cells_by_name = cells_by_name or {}
        self.countries, self.admin1s, self.named = _contributions(resolved.values())
        self.nearby: dict = defaultdict(float)
        for regions in regions_by_name.values():
            for region, weight in regions.items():
                self.nearby[region] += weight
        self.close: dict = defaultdict(float)
        for cells in self.cells_by_name.values():
            for cell, weight in cells.items():
                self.close[cell] += weight

    def without(self, leave_out: Sequence[int], name: tuple) -> Context:
        own = [self.resolved[i] for i in set(leave_out) if i in self.resolved]
        countries, admin1s, named = _contributions(own)
        own_close = self.cells_by_name.get(name, {})
        total = sum(self.countries.values()) - sum(countries.values())
        return Context(
            _Without(self.countries, countries),
            _Without(self.admin1s, admin1s),
            total,
            _Without(self.nearby, self.regions_by_name.get(name, {})),
            _Without(self.named, named),
            _Without(self.close, own_close),
        )


def _choose(
    by_name: dict, options: list, known: dict[int, Place], parents: dict, regions_by_name: dict, cells_by_name: dict
) -> dict[int, Place | None]:
    """One place (or None: abstain) per mention, every name scored against the context that
    ``known`` places and the other names make."""
    chosen: dict[int, Place | None] = {}
    article = _ArticleContext(known, regions_by_name, cells_by_name)
    for name, indices in by_name.items():
        ctx = article.without(indices, name)
        totals: dict[str, float] = defaultdict(float)
        places: dict[str, Place] = {}
        # Mentions of one name with the same candidates and parents score alike: score each such
        # group once and count it (a page that repeats "Paris" ten thousand times scores it once).
        groups: dict[tuple, list[int]] = {}
        for i in indices:
            key = (tuple((p.id, k) for p, k in options[i]), tuple(p.id for p in parents.get(i, ())))
            groups.setdefault(key, [i, 0])[1] += 1
        for i, count in groups.values():
            capped = any(p.type in _BIG for p, _ in options[i])
            named = any(k == "name" for _, k in options[i])
            other_names = {
                place.id
                for place, kind in options[i]
                if named
                and kind == "alias"
                and place.type in _LOCAL_TYPES
                and name[1] not in normalize_name(place.name)
            }
            # (a world city reached through another of its names is no rival that caps the support of
            # the towns whose own name it is: "Salisbury" in a story about Britain is not Harare)
            world = [
                p for p, _ in options[i] if p.type == "city" and prior(p) >= CAPITAL_FLOOR and p.id not in other_names
            ]
            world_countries = {p.country_code for p in world}
            for place, kind in options[i]:
                other_name = place.id in other_names
                rival = bool(world) and place not in world and place.country_code not in world_countries
                score = _score(
                    place, kind, ctx, parents.get(i, []), capped and place.type not in _BIG, other_name, rival
                )
                totals[place.id] += score * count
                places[place.id] = place
        if not totals:
            for i in indices:
                chosen[i] = None
            continue
        # Scores equal to 9 decimals are a tie (float sums taken in another order differ in the
        # last bits): the larger place, then the id, decides.
        best_id = max(totals, key=lambda pid: (round(totals[pid], 9), places[pid].population, pid))
        mean = totals[best_id] / len(indices)
        best = _prefer_country_or_capital(places[best_id], places)
        # A tiny place with no support abstains, unless it is the only place of that name the
        # gazetteer has and no hamlet ("will leave Decorah"): no other reading to mistake it for.
        abstain = mean < ABSTAIN_BELOW and (len(places) > 1 or places[best_id].population < UNIQUE_FLOOR)
        if abstain:
            # Rather than abstain, a well-known city that bears the name as another of its names
            # ("Mecca" is Makkah; the unsupported town named Mecca is not the likelier reading).
            known_cities = [p for p in places.values() if p.type == "city" and p.population >= WORLD_CITY]
            if known_cities:
                best = max(known_cities, key=lambda p: (round(totals[p.id], 9), p.population, p.id))
                abstain = False
        for i in indices:
            chosen[i] = None if abstain else best

    return chosen


def resolve_mentions(
    text: str, candidates: Sequence[Candidate], gazetteer: GazetteerLike
) -> tuple[tuple[Mention, ...], dict[str, Place]]:
    """Resolve every candidate to one place, or abstain.

    Parameters
    ----------
    text : str
        The article text (for "X, Y" and "X in Y" patterns).
    candidates : sequence of Candidate
        From ``geo.recognize.mentions.find_mentions``, sorted and non-overlapping.
    gazetteer : GazetteerLike
        The gazetteer the candidates were found in.

    Returns
    -------
    mentions : tuple of Mention
        One per candidate, ``place_id`` None where resolution abstained.
    places : dict of str to Place
        The places the mentions resolved to, by id.
    """
    # One list of readings per distinct (text, key, kind): a name repeated a thousand times is
    # looked up once, and its mentions share the list (``_readings`` groups them by it).
    memo: dict[tuple, list[tuple[Place, str]]] = {}
    options = []
    for c in candidates:
        key = (c.text, c.key, c.kind)
        if key not in memo:
            memo[key] = _candidates(c, gazetteer)
        options.append(memo[key])
    offices = set()
    for i, c in enumerate(candidates):
        if _STATE_OFFICE.match(text, c.end) and any(p.type == "admin1" for p, _ in options[i]):
            # "New York Gov. Andrew Cuomo", "Washington state lawmakers": a town has a mayor, not a
            # governor. The towns of the name go; a country of the name stays ("Georgia lawmakers").
            # Such a mention is a sense of its own: the article's other "New York"s may be the city.
            options[i] = [(p, k) for p, k in options[i] if p.type not in _LOCAL_TYPES]
            offices.add(i)
        elif _SETTLEMENT_BEFORE.search(text, max(0, c.start - 30), c.start) and any(
            p.type == "city" for p, _ in options[i]
        ):
            # "the Ukrainian city of Kherson", "the city of Donetsk": a town, not its region (and
            # the name keeps one sense in the article: its other mentions lean to the town too)
            options[i] = [(p, k) for p, k in options[i] if p.type == "city"]
    # Pass 1: priors alone; the unambiguous and the large (countries, states) make the context.
    first: dict[int, Place] = {}
    for i, opts in enumerate(options):
        if not opts:
            continue
        best = max(opts, key=lambda pk: (prior(pk[0]), pk[0].population, pk[0].id))[0]
        if (len(opts) == 1 and not _descriptive(candidates[i].text)) or best.type in _BIG:
            first[i] = best

    # Parents named right after a mention: "Paris, Texas", "Springfield in Illinois".
    parents: dict[int, list[Place]] = defaultdict(list)
    for i in range(len(candidates) - 1):
        gap = text[candidates[i].end : candidates[i + 1].start]
        if _PARENT_LINK.match(gap):
            # A country after a country's name is the next item of a list or a modifier ("in
            # Russia, U.S. officials said"), never its parent: "Russia, Ohio" needs the state.
            listed = any(p.type == "country" for p, _ in options[i])
            parents[i] = [p for p, _ in options[i + 1] if p.type == "admin1" or (p.type == "country" and not listed)]
        elif _OWNER_LINK.match(gap) or _OWNED_SETTLEMENT.match(gap):
            # ... or a country or state's possessive right before: "Libya's Derna", "Germany's
            # Brunsbüttel", or its town named after it: "the Libyan city of Derna"
            parents[i + 1] = [p for p, _ in options[i] if p.type in ("country", "admin1")]

    # Pass 2: score with context; one sense per name per article (scores summed over its mentions).
    by_name: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, c in enumerate(candidates):
        if c.key is not None:
            by_name[(f"{c.kind} office" if i in offices else c.kind, normalize_name(c.key))].append(i)
    # Descriptive names ("West Coast") vouch for no region or spot: every country has one.
    readings = {name: _readings(options, indices) for name, indices in by_name.items() if not _descriptive(name[1])}
    regions_by_name = {name: _witness(groups, _region_of, weigh=False) for name, groups in readings.items()}
    cells_by_name = {name: _witness(groups, _near_cells) for name, groups in readings.items()}
    chosen = _choose(by_name, options, first, parents, regions_by_name, cells_by_name)
    if any(p is not None and p.type == "admin2" for p in chosen.values()):
        # Local news (it names a county or a second-level division): a second pass in which the
        # towns the first chose vouch for each other ("Paris" beside Henry County and Huntingdon is
        # Paris, Tennessee). Elsewhere a cluster of small namesakes would pull a capital away.
        known = {**first, **{i: p for i, p in chosen.items() if p is not None}}
        chosen = _choose(by_name, options, known, parents, regions_by_name, cells_by_name)
    elif any(p is None for p in chosen.values()):
        # A name that abstained gets a second look in which the big cities the first pass chose
        # vouch for their country ("from Lampedusa to reception centres in Turin and Milan"); only
        # abstentions change, so a cluster of small namesakes cannot pull a capital away.
        big = {i: p for i, p in chosen.items() if p is not None and p.population >= BIG_CITY}
        if big:
            again = _choose(by_name, options, {**first, **big}, parents, regions_by_name, cells_by_name)
            chosen = {i: p if p is not None else again.get(i) for i, p in chosen.items()}

    mentions = []
    resolved: dict[str, Place] = {}
    for i, c in enumerate(candidates):
        place = chosen.get(i)
        if place is not None:
            resolved[place.id] = place
        mentions.append(
            Mention(
                text=c.text,
                start=c.start,
                end=c.end,
                kind=c.kind,
                place_id=place.id if place else None,
                score=0.0,
                rule=c.rule,
            )
        )
    return tuple(mentions), resolved
