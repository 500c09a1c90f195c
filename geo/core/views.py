"""What a map of a corpus shows: places with their counts, and links aggregated across articles.

A view is built from the query layer's rows (``geo.store``) or, with no store, from parsed articles
(``place_stats`` and ``link_stats`` below). Relations between the same two places, of one type, in
the same direction and with the same certainty become one ``LinkStat``: its weight is the number of
stories (near-duplicate copies of one wire story counted once) and it keeps a few evidence sentences
with their article, date, source and rule.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence

import msgspec

from geo.core.records import ParsedArticle, Place, RelationType

EVIDENCE_PER_LINK = 5


class Evidence(msgspec.Struct, frozen=True):
    """A sentence that states a link, and where it comes from."""

    article: str
    title: str
    sentence: str
    date: dt.date | None = None
    source: str | None = None
    rule: str = ""


class PlaceStat(msgspec.Struct, frozen=True):
    """A place as a view shows it: resolved mentions, and the articles and stories naming it
    (``corrected``: how many of those mentions an analyst moved here)."""

    place: Place
    mentions: int
    articles: int
    stories: int
    corrected: int = 0


class LinkStat(msgspec.Struct, frozen=True):
    """The relations of one type between two places in one direction, aggregated.

    ``source``/``target`` are in text order for a directed link and sorted for an undirected one.
    ``order``/``group`` are kept only when the link stands for a single itinerary leg.
    ``corrected`` counts its relations an analyst retyped or whose endpoint a correction moved.
    """

    type: RelationType
    source: str
    target: str
    directed: bool
    hedged: bool = False
    negated: bool = False
    stories: int = 1
    articles: int = 1
    evidence: tuple[Evidence, ...] = ()
    group: str | None = None
    order: int | None = None
    corrected: int = 0

    @property
    def key(self) -> tuple[str, str, str, bool, bool, bool]:
        """What links are aggregated by: type, endpoints, direction and certainty."""
        return (self.type, self.source, self.target, self.directed, self.hedged, self.negated)


def link_key(
    type_: str, source: str, target: str, directed: bool, hedged: bool, negated: bool
) -> tuple[str, str, str, bool, bool, bool]:
    """The aggregation key of one relation (undirected endpoints sorted)."""
    if not directed and target < source:
        source, target = target, source
    return (type_, source, target, directed, hedged, negated)


def _story(story_of: Mapping[str, str] | Callable[[str], str] | None, article_id: str) -> str:
    if story_of is None:
        return article_id
    if callable(story_of):
        return story_of(article_id)
    return story_of.get(article_id, article_id)


def place_stats(
    parsed: Sequence[ParsedArticle], story_of: Mapping[str, str] | Callable[[str], str] | None = None
) -> list[PlaceStat]:
    """One ``PlaceStat`` per place named in ``parsed``, most mentioned first (ties by name).

    ``story_of`` maps an article id to its story (near-duplicate group); by default each article is
    its own story. Places that appear only as relation endpoints are listed with zero mentions.
    """
    places: dict[str, Place] = {}
    mentions: dict[str, int] = {}
    articles: dict[str, set[str]] = {}
    stories: dict[str, set[str]] = {}
    for pa in parsed:
        aid = pa.article.id
        for place in pa.places:
            places.setdefault(place.id, place)
            articles.setdefault(place.id, set()).add(aid)
            stories.setdefault(place.id, set()).add(_story(story_of, aid))
        for pid, n in pa.mention_counts().items():
            if pid in places:
                mentions[pid] = mentions.get(pid, 0) + n
    out = [PlaceStat(p, mentions.get(pid, 0), len(articles[pid]), len(stories[pid])) for pid, p in places.items()]
    out.sort(key=lambda s: (-s.mentions, s.place.name, s.place.id))
    return out


def link_stats(
    parsed: Sequence[ParsedArticle],
    story_of: Mapping[str, str] | Callable[[str], str] | None = None,
    evidence_per_link: int = EVIDENCE_PER_LINK,
) -> list[LinkStat]:
    """The relations of ``parsed`` whose two places are known and distinct, aggregated into links,
    most stories first."""
    groups: dict[tuple, dict] = {}
    for pa in parsed:
        a = pa.article
        for rel, source, target in pa.relation_endpoints():
            key = link_key(rel.type, source.id, target.id, rel.directed, rel.hedged, rel.negated)
            g = groups.setdefault(key, {"articles": set(), "stories": set(), "evidence": [], "legs": set()})
            g["articles"].add(a.id)
            g["stories"].add(_story(story_of, a.id))
            g["legs"].add((rel.group, rel.order, a.id))
            if len(g["evidence"]) < evidence_per_link:
                g["evidence"].append(
                    Evidence(a.id, a.title or a.id, " ".join(rel.evidence.split()), a.date, a.source, rel.rule)
                )
    out = []
    for (type_, source, target, directed, hedged, negated), g in groups.items():
        single = len(g["legs"]) == 1
        group, order, _ = next(iter(g["legs"])) if single else (None, None, None)
        out.append(
            LinkStat(
                type_,
                source,
                target,
                directed,
                hedged,
                negated,
                len(g["stories"]),
                len(g["articles"]),
                tuple(g["evidence"]),
                group,
                order,
            )
        )
    out.sort(key=lambda link: (-link.stories, link.type, link.source, link.target))
    return out
