"""Applying the rules to one event: legs through the places a route passes."""

from __future__ import annotations

from relations.toy import name_of, relations_of


def test_legs_through_via_places_are_numbered_from_one_in_path_order():
    rels = relations_of("Heroin from Afghanistan reaches Europe through ports in Pakistan and Kenya.")
    legs = sorted((r.order, name_of(r.source), name_of(r.target)) for r in rels)
    assert legs == [(1, "Afghanistan", "Pakistan"), (2, "Pakistan", "Kenya"), (3, "Kenya", "Europe")]
    assert len({r.group for r in rels}) == 1


def test_both_parties_met_abroad_travelled_to_the_venue():
    rels = relations_of("Kenya's foreign minister met his Ghanaian counterpart in Lisbon.")
    trips = {(name_of(r.source), name_of(r.target), r.directed) for r in rels if r.type == "route"}
    assert trips == {("Kenya", "Lisbon", True), ("Ghana", "Lisbon", True)}
