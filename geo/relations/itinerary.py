"""Trips: the stops of one traveller, chained across sentences into ordered legs.

A trip event (a go, visit, arrive, enter, leave or return word with its places) adds stops to the
open trip, or opens a new one when its origin does not follow from the last stop or its traveller's
country differs. A sentence that opens with "In X," soon after a trip event adds X as a stop. A
region named for the whole trip ("a visit to Latin America") gives way to the first city in it (a
sentence opening "In X," soon after names it); a city inside the country just named refines that
stop ("From Cuba" after "In Havana" stays Havana). A step continues the open trip only when it is
told of the same traveller: no subject of its own, a pronoun, the same country, or "then".

When a trip closes its stops become legs: one leg is named by what gave its origin
(``route.origin-destination``, ``route.setting-destination``, or ``route.home-destination`` for a lone
destination and the traveller's country); two or more are the ordered legs of ``route.itinerary``,
sharing a group and numbered from 1. A trip that starts at a destination, of a traveller whose
country the text gives ("the Russian foreign minister set off on a tour ... In Bogota ..."), starts
from that country.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping
from dataclasses import dataclass, field

from geo.core.lexicon import words
from geo.core.places import broad
from geo.core.places import contains as strictly_contains
from geo.core.records import Place
from geo.gazetteer.lookup import normalize_name

__all__ = ["Leg", "TripStep", "chain_trips", "contains", "related"]

TRIP_WINDOW = 12  # sentences a trip stays open for a further stop without a new start
FRONTED_WINDOW = 4  # a fronted "In X," continues a trip only soon after its last event


def contains(outer: Place, inner: Place) -> bool:
    """Whether ``outer`` contains ``inner`` by the gazetteer's codes (a country its cities, a state its
    towns), for relations: a breakaway or contested territory (``data/lexicons/contested_territories.txt``)
    is not contained by the country it is filed under ("Georgia" and "South Ossetia" can be linked)."""
    if outer.id == inner.id:
        return True
    return strictly_contains(outer, inner) and normalize_name(inner.name) not in words("contested_territories")


def related(a: str, b: str, places: Mapping[str, Place]) -> bool:
    """Same place, or one contains the other: never a relation ("Caracas, Venezuela")."""
    return a == b or contains(places[a], places[b]) or contains(places[b], places[a])


@dataclass(frozen=True, slots=True)
class TripStep:
    """What one trip word of a sentence says: where from (and how that is known), where to, whose trip."""

    sentence: int  # index of the sentence
    source: str | None
    source_rule: str  # the rule naming the source: route.origin-destination or route.setting-destination
    targets: tuple[str, ...]
    home: str | None
    negated: bool
    hedged: bool
    target_rule: str = "route.origin-destination"  # or origin-setting, home-setting, origin-home
    may_continue: bool = True  # told of the same traveller: no subject, a pronoun, or "then"


@dataclass(frozen=True, slots=True)
class Leg:
    """One leg of a trip, ready to become a Relation."""

    source: str
    target: str
    sentence: int  # the sentence whose event reached the target
    rule: str
    group: int | None
    order: int | None
    negated: bool
    hedged: bool


@dataclass(slots=True)
class _Stop:
    place_id: str
    sentence: int
    rule: str
    negated: bool
    hedged: bool
    umbrella: bool = False  # a region named for the whole trip


@dataclass(slots=True)
class _Trip:
    stops: list[_Stop] = field(default_factory=list)
    last_sentence: int = 0
    home: str | None = None
    starts_at_origin: bool = False
    left_only: bool = False  # the last step only left a place ("fled Ukraine"), going nowhere told


def chain_trips(
    steps_by_sentence: list[list[TripStep]], settings: list[str | None], places: Mapping[str, Place]
) -> list[Leg]:
    """Chain the trip steps of an article's sentences into legs.

    Parameters
    ----------
    steps_by_sentence : list of list of TripStep
        For each sentence (by index), its trip steps in text order.
    settings : list of str or None
        For each sentence, the place of its fronted "In X," if any.
    places : Mapping[str, Place]
        Place id to place, for containment and regions.

    Returns
    -------
    list of Leg
        In the order the trips close.
    """
    trips: list[_Trip] = []
    open_trip: _Trip | None = None

    def add(
        trip: _Trip, pid: str, step_sentence: int, rule: str, negated: bool, hedged: bool, origin: bool = False
    ) -> None:
        if trip.stops:
            last = trip.stops[-1]
            if last.place_id == pid or contains(places[pid], places[last.place_id]):
                return  # "From Cuba" after "In Havana": still Havana
            if not origin and not last.umbrella and places[pid].type == "water":
                return  # "arrived in Nuku'alofa, the last stop of a Pacific tour": the tour's sea, no stop
            if contains(places[last.place_id], places[pid]) or last.umbrella:
                # A city inside the place just named (or the first stop of a regional tour) refines it.
                trip.stops[-1] = _Stop(
                    pid, last.sentence if not last.umbrella else step_sentence, rule, negated or last.negated, hedged
                )
                return
        # A region one leaves is where the trip starts ("withdrew from Nagorno-Karabakh"); only a region
        # one goes to can stand for the tour of it that the next stop refines.
        trip.stops.append(_Stop(pid, step_sentence, rule, negated, hedged, umbrella=not origin and broad(places[pid])))

    for index, steps in enumerate(steps_by_sentence):
        if open_trip is not None and index - open_trip.last_sentence > TRIP_WINDOW:
            trips.append(open_trip)
            open_trip = None
        for step in steps:
            continues = (
                open_trip is not None
                and (step.may_continue or (step.home is not None and step.home == open_trip.home))
                and (
                    not open_trip.stops
                    or open_trip.stops[-1].umbrella
                    or step.source is None
                    or related(step.source, open_trip.stops[-1].place_id, places)
                    # "fled Ukraine, lived for a year in Poland and then moved to Chattanooga": a place
                    # the traveller went on from, after leaving one, is where the leaving led
                    or (open_trip.left_only and step.source_rule == "route.setting-destination")
                )
                and (step.home is None or open_trip.home is None or step.home == open_trip.home)
            )
            if not continues:
                if open_trip is not None:
                    trips.append(open_trip)
                open_trip = _Trip(last_sentence=index, home=step.home, starts_at_origin=step.source is not None)
            assert open_trip is not None
            if step.source is not None:
                add(open_trip, step.source, index, step.source_rule, step.negated, step.hedged, origin=True)
            for target in step.targets:
                add(open_trip, target, index, step.target_rule, step.negated, step.hedged)
            open_trip.last_sentence = index
            open_trip.home = open_trip.home or step.home
            open_trip.left_only = step.source is not None and not step.targets
        setting = settings[index]
        if (
            not steps
            and setting is not None
            and open_trip is not None
            and open_trip.stops
            and open_trip.stops[-1].umbrella
            and index - open_trip.last_sentence <= FRONTED_WINDOW
        ):
            # "... set off on a Latin American tour. In Bogota, he met the president.": the first stop
            last = open_trip.stops[-1] if open_trip.stops else None
            add(
                open_trip,
                setting,
                index,
                "route.origin-destination",
                last.negated if last else False,
                last.hedged if last else False,
            )
            open_trip.last_sentence = index
    if open_trip is not None:
        trips.append(open_trip)

    legs: list[Leg] = []
    for n, trip in enumerate(trips, start=1):
        stops = [s for s in trip.stops if not s.umbrella] or trip.stops
        if (
            trip.home is not None
            and stops
            and not trip.starts_at_origin
            and not related(trip.home, stops[0].place_id, places)
        ):
            # The trip starts at a destination: the traveller came from their own country.
            first = stops[0]
            stops = [_Stop(trip.home, first.sentence, "route.home-destination", first.negated, first.hedged), *stops]
        pairs = list(itertools.pairwise(stops))
        # A stop not reached is no place to go on from: "prevented the helicopter from flying the hiker
        # from Fort William to Glasgow, and she was taken by road to Inverness instead" leaves from
        # Fort William (a trip called off whole keeps its legs in order)
        reached = stops[0] if stops else None
        for k, (a, b) in enumerate(pairs):
            if a.negated and not b.negated and reached is not None:
                pairs[k] = (reached, b)
            if not b.negated:
                reached = b
        grouped = len(pairs) > 1
        for k, (a, b) in enumerate(pairs, start=1):
            # A lone leg is named by what gave its destination when that was inferred, else by its origin.
            rule = "route.itinerary" if grouped else b.rule if b.rule != "route.origin-destination" else a.rule
            legs.append(
                Leg(
                    a.place_id,
                    b.place_id,
                    b.sentence,
                    rule,
                    n if grouped else None,
                    k if grouped else None,
                    b.negated,
                    b.hedged,
                )
            )
    return legs
