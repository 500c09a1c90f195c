"""Applying the rule table to one event: the relations its filled roles make, each with its rule's name."""

from __future__ import annotations

import itertools
from collections.abc import Mapping
from dataclasses import dataclass

from geo.core.places import broad
from geo.core.records import Place, RelationType
from geo.relations.itinerary import contains, related
from geo.relations.match import Arg, Event
from geo.relations.rules import RULES, Rule

__all__ = ["Candidate", "apply_rules", "confidence"]

# Rules whose ends the text states outright; the others infer one end (a traveller's country, a setting).
_IMPLICIT = ("home", "setting")


@dataclass(frozen=True, slots=True)
class Candidate:
    """A relation an event yields, before it becomes a record."""

    type: RelationType
    source: str
    target: str
    directed: bool
    rule: str
    negated: bool
    hedged: bool
    leg: tuple[int, int] | None = None  # (chain number within the event, order) for legs through a "via"


def _handed_down(rule: Rule, source: str, target: str, places: Mapping[str, Place]) -> bool:
    """Goods a state or country sends to a town inside it: "Ohio's Department of Development sent
    $1.2 million in grants to Chillicothe" is a transfer, though Ohio contains Chillicothe (a route
    or a tie between a place and what it contains is containment, never a link)."""
    return (
        rule.type == "transfer"
        and rule.directed
        and places[source].type in ("country", "admin1")
        and places[target].type == "city"
        and contains(places[source], places[target])
    )


def confidence(rule: Rule | str) -> float:
    """How sure a rule's relations are: stated ends 0.9, ordered legs 0.85, an inferred end 0.7."""
    name = rule if isinstance(rule, str) else rule.name
    if name.endswith(".itinerary"):
        return 0.85
    return 0.7 if any(part in name.split(".")[1].split("-") for part in _IMPLICIT) else 0.9


def _specific(ids: list[str], places: Mapping[str, Place]) -> list[str]:
    """The members of one role that contain no other member ("the English city of Salisbury": Salisbury),
    and no region when the role holds a place that is not one ("a Latin American tour took him to Cuba")."""
    ids = [a for a in ids if not any(b != a and contains(places[a], places[b]) for b in ids)]
    if any(not broad(places[a]) for a in ids):
        ids = [a for a in ids if not broad(places[a])]
    return ids


def _pairs(rule: Rule, event: Event, places: Mapping[str, Place]) -> list[tuple[str, str]]:
    sources, targets = _specific(event.ids(rule.source), places), _specific(event.ids(rule.target), places)
    if rule.pairs == "cross":
        if rule.type == "transfer" and rule.target == "destination" and event.sequential:
            return _onward(sources, targets, event)
        return [(s, t) for s in sources for t in targets]
    args: list[Arg] = sorted(
        (a for a in event.roles.get(rule.source, ()) if not rule.slots or a.slot.startswith(rule.slots)),
        key=lambda a: a.ref.start,
    )
    if rule.pairs == "between":
        ids = list(dict.fromkeys(a.ref.place_id for a in args))
        if event.type in ("tie", "conflict"):
            # "an agreement between the two governments in Tashkent": a party's own town is that party
            ids = [a for a in ids if not any(b != a and contains(places[b], places[a]) for b in ids)]
        if event.hub and len(ids) >= 3:
            return [(ids[0], other) for other in ids[1:]]
        if event.line:
            return list(itertools.pairwise(ids))
        return [(x, y) for n, x in enumerate(ids) for y in ids[n + 1 :]]
    groups: dict[int, list[str]] = {}
    for a in args:
        members = groups.setdefault(a.group, [])
        if a.ref.place_id not in members:
            members.append(a.ref.place_id)
    return [(x, y) for members in groups.values() for n, x in enumerate(members) for y in members[n + 1 :]]


def _onward(sources: list[str], targets: list[str], event: Event) -> list[tuple[str, str]]:
    """Goods sent on from where they first went, each stop the next one's origin: "shipped from Odessa
    to Istanbul and then on to Marseille" is Odessa -> Istanbul -> Marseille, "sent to Moscow and from
    there to London" Moscow -> London. (Unlike a trip's, a transfer's legs are no group: the
    guidelines give groups to trips only.)"""
    later = {a.ref.place_id for a in event.roles.get("destination", ()) if a.sequential}
    firsts = [t for t in targets if t not in later]
    laters = [t for t in targets if t in later]
    pairs = [(s, t) for s in sources for t in (firsts or laters[:1])]
    stops = firsts[-1:] + laters if firsts else laters
    return pairs + [p for p in itertools.pairwise(stops) if p not in pairs]


def apply_rules(event: Event, places: Mapping[str, Place]) -> list[Candidate]:
    """The relations one event makes, by the first rule (in table order) that yields each pair of places.

    Parameters
    ----------
    event : Event
        A cue with its filled roles (from :func:`geo.relations.match.match_sentence`).
    places : Mapping[str, Place]
        Place id to place: no relation links a place to itself or to a place that contains it, and a
        region gives way to a partner inside the same event that is not a region ("its allies in
        Latin America, including Cuba").

    Returns
    -------
    list of Candidate
    """
    out: list[Candidate] = []
    done: set[tuple[str, frozenset[str]]] = set()
    vias = event.ids("via")
    for rule in RULES:
        if rule.reads != event.type or rule.name.endswith(".itinerary"):
            continue
        if rule.frames and event.frame not in rule.frames:
            continue
        if rule.needs and not getattr(event, rule.needs):
            continue
        if any(event.roles.get(role) for role in rule.unless):
            continue
        if rule.pairs == "within" and event.each:
            continue  # "Kenya and Uganda each signed a deal": no deal between them
        made = []
        for source, target in _pairs(rule, event, places):
            if source == target or (rule.type, frozenset((source, target))) in done:
                continue
            if related(source, target, places) and not _handed_down(rule, source, target, places):
                continue
            if rule.type in ("tie", "conflict") and "water" in (places[source].type, places[target].type):
                # a sea is no party: "joined the Mediterranean Dialogue", "Black Sea cooperation"; nor
                # whom an attack is on: "Iran seized a Greek-flagged tanker in the Gulf of Oman" (Greece
                # is whom), "if its forces are attacked in the Pacific" (where)
                continue
            made.append((source, target))
        if rule.type in ("tie", "conflict") and rule.pairs == "cross":
            # The most specific partner: "Iran's allies in Latin America, including Cuba" ties Iran to Cuba.
            specific = {(s, t) for s, t in made if not broad(places[s]) and not broad(places[t])}
            made = [
                (s, t)
                for s, t in made
                if not (broad(places[t]) and any(a == s for a, _ in specific))
                and not (broad(places[s]) and any(b == t for _, b in specific))
            ]
        negated = event.negated and not rule.stopping
        for n, (source, target) in enumerate(made, start=1):
            done.add((rule.type, frozenset((source, target))))
            inner = [v for v in vias if v != target and contains(places[target], places[v])]
            if rule.directed and len(inner) == 1 and not related(source, inner[0], places):
                # "weapons crossing into Afghanistan through Herat": the town the goods pass, inside
                # where they go, is the more specific end
                target = inner[0]
            # (A via inside either end adds no leg: "gas flows to Britain through a terminal in Wales".)
            stops = (
                [source]
                + [v for v in vias if not related(v, source, places) and not related(v, target, places)]
                + [target]
                if rule.directed
                else []
            )
            if len(stops) > 2 and rule.type != "transfer":
                # "flew from Lima to Bogota via Quito": ordered legs through the via places. (Goods go from
                # their origin to their destination: "cocaine reaches Europe through ports in Ecuador" is
                # Colombia -> Europe; the guidelines give legs to trips only.)
                for k, (a, b) in enumerate(itertools.pairwise(stops), start=1):
                    if not related(a, b, places):
                        out.append(Candidate(rule.type, a, b, True, rule.name, negated, event.hedged, (n, k)))
                continue
            out.append(Candidate(rule.type, source, target, rule.directed, rule.name, negated, event.hedged))
    # A region a party has ties "in" gives way to a partner the same event names that is not a region
    # ("Kazakhstan, Russia's closest ally in Central Asia": Kazakhstan's tie is to Russia).
    partners = {
        (c.type, x)
        for c in out
        if c.type in ("tie", "conflict")
        for x, y in ((c.source, c.target), (c.target, c.source))
        if not broad(places[y])
    }
    return [
        c
        for c in out
        if not any(
            broad(places[y]) and (c.type, x) in partners for x, y in ((c.source, c.target), (c.target, c.source))
        )
    ]
