"""Choosing one gazetteer entry per mention, using the article as context.

Each candidate place gets a score: a prior (country > macro-region > first-level region > capital
> larger town, by population), plus what the article says around it: the countries and regions
it already names, "X, Y" and "X in Y" parents, and one sense per name per article. A mention
whose best reading is a tiny place with no support from the article abstains (``place_id=None``)
rather than pin a village on the other side of the world.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Sequence

from geo.gazetteer import normalize_name
from geo.mentions import Candidate, GazetteerLike
from geo.types import Mention, Place

TYPE_PRIOR = {"country": 10.0, "continent": 9.5, "region": 9.0, "water": 9.0, "admin1": 8.0, "admin2": 5.0}
CAPITAL_BONUS = {"PPLC": 1.0, "PPLA": 0.5, "PPLG": 0.3}
BIG_CITY = 500_000
"""A city this large beats the first-level region it lies in and shares a name with ("New York")."""
ABSTAIN_BELOW = 4.6
"""Scores under this (a town of a few hundred people nothing in the article supports) abstain."""


@dataclass(frozen=True, slots=True)
class Context:
    """What the article says about where it is: countries and first-level regions it names."""

    countries: Counter
    admin1s: Counter  # (country_code, admin1_code) -> count
    total: int

    def country_share(self, code: str | None) -> float:
        return self.countries.get(code, 0) / self.total if self.total and code else 0.0


def prior(place: Place) -> float:
    """Score of a place before context: its type, then its population and rank."""
    if place.type in TYPE_PRIOR:
        return TYPE_PRIOR[place.type]
    return 1.5 + math.log10(place.population + 1) * 0.75 + CAPITAL_BONUS.get(place.feature_code, 0.0)


def _candidates(c: Candidate, gazetteer: GazetteerLike) -> list[tuple[Place, str]]:
    if c.key is None:
        return []
    entries = gazetteer.lookup(c.key)
    want_demonym = c.kind == "demonym"
    chosen = [e for e in entries if (e.kind == "demonym") == want_demonym] or list(entries)
    seen: dict[str, tuple[Place, str]] = {}
    for e in chosen:
        if e.place_id not in seen:
            seen[e.place_id] = (gazetteer.place(e.place_id), e.kind)
    return list(seen.values())


def _containing(place: Place, parent: Place) -> bool:
    """True when ``parent`` (a country or first-level region) contains ``place``."""
    if place.id == parent.id or place.country_code is None:
        return False
    if parent.type == "country":
        return place.country_code == parent.country_code and place.type != "country"
    if parent.type == "admin1":
        return place.country_code == parent.country_code and place.admin1 == parent.admin1 and place.type in (
            "city", "admin2")
    return False


_PARENT_LINK = re.compile(r"^(,\s*|\s+in\s+(the\s+)?|\s+near\s+)$")


def _score(place: Place, kind: str, ctx: Context, parents: list[Place], rivals: list[tuple[Place, str]]) -> float:
    score = prior(place)
    if place.type == "city" and place.population >= BIG_CITY and any(
        r.type == "admin1" and r.country_code == place.country_code and r.admin1 == place.admin1 for r, _ in rivals
    ):
        score = max(score, TYPE_PRIOR["admin1"] + 0.5)
    if kind == "abbrev":
        score -= 0.3
    share = ctx.country_share(place.country_code)
    if place.type != "country":
        score += 4.0 * share
        if place.admin1 and ctx.admin1s.get((place.country_code, place.admin1)):
            score += 2.0
    if any(_containing(place, parent) for parent in parents):
        score += 8.0
    return score


def _context(resolved: dict[int, Place], leave_out: Sequence[int] = ()) -> Context:
    """Countries and regions named by the confidently resolved mentions, except ``leave_out``:
    a name must not vouch for itself."""
    countries: Counter = Counter()
    admin1s: Counter = Counter()
    skip = set(leave_out)
    for i, place in resolved.items():
        if i in skip:
            continue
        if place.country_code:
            countries[place.country_code] += 1
        if place.type in ("admin1", "admin2", "city") and place.admin1:
            admin1s[(place.country_code, place.admin1)] += 1
    return Context(countries, admin1s, sum(countries.values()))


def resolve_mentions(
    text: str, candidates: Sequence[Candidate], gazetteer: GazetteerLike
) -> tuple[tuple[Mention, ...], dict[str, Place]]:
    """Resolve every candidate to one place, or abstain.

    Parameters
    ----------
    text : str
        The article text (for "X, Y" and "X in Y" patterns).
    candidates : sequence of Candidate
        From ``geo.mentions.find_mentions``, sorted and non-overlapping.
    gazetteer : GazetteerLike
        The gazetteer the candidates were found in.

    Returns
    -------
    mentions : tuple of Mention
        One per candidate, ``place_id`` None where resolution abstained.
    places : dict of str to Place
        The places the mentions resolved to, by id.
    """
    options = [_candidates(c, gazetteer) for c in candidates]
    # Pass 1: priors alone; the unambiguous and the large (countries, states) make the context.
    first: dict[int, Place] = {}
    for i, opts in enumerate(options):
        if not opts:
            continue
        best = max(opts, key=lambda pk: (prior(pk[0]), pk[0].population, pk[0].id))[0]
        if len(opts) == 1 or best.type in ("country", "admin1", "continent", "region", "water"):
            first[i] = best

    # Parents named right after a mention: "Paris, Texas", "Springfield in Illinois".
    parents: dict[int, list[Place]] = defaultdict(list)
    for i in range(len(candidates) - 1):
        gap = text[candidates[i].end : candidates[i + 1].start]
        if _PARENT_LINK.match(gap):
            parents[i] = [p for p, _ in options[i + 1] if p.type in ("country", "admin1")]

    # Pass 2: score with context; one sense per name per article (scores summed over its mentions).
    by_name: dict[str, list[int]] = defaultdict(list)
    for i, c in enumerate(candidates):
        if c.key is not None:
            by_name[(c.kind, normalize_name(c.key))].append(i)
    chosen: dict[int, Place | None] = {}
    for indices in by_name.values():
        ctx = _context(first, leave_out=indices)
        totals: dict[str, float] = defaultdict(float)
        places: dict[str, Place] = {}
        for i in indices:
            for place, kind in options[i]:
                totals[place.id] += _score(place, kind, ctx, parents.get(i, []), options[i])
                places[place.id] = place
        if not totals:
            for i in indices:
                chosen[i] = None
            continue
        best_id = max(totals, key=lambda pid: (totals[pid], places[pid].population, pid))
        best = places[best_id]
        mean = totals[best_id] / len(indices)
        abstain = mean < ABSTAIN_BELOW
        for i in indices:
            chosen[i] = None if abstain else best

    mentions = []
    resolved: dict[str, Place] = {}
    for i, c in enumerate(candidates):
        place = chosen.get(i)
        if place is not None:
            resolved[place.id] = place
        mentions.append(
            Mention(text=c.text, start=c.start, end=c.end, kind=c.kind,
                    place_id=place.id if place else None, score=0.0)
        )
    return tuple(mentions), resolved
