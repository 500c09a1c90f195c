"""Applying the rules to one event: legs through the places a route passes (and none for goods)."""

from __future__ import annotations

from relations.toy import name_of, relations_of


def test_legs_through_via_places_are_numbered_from_one_in_path_order():
    rels = relations_of("Refugees travelled from Syria to Germany via Turkey and Greece.")
    legs = sorted((r.order, name_of(r.source), name_of(r.target)) for r in rels if r.order is not None)
    assert legs == [(1, "Syria", "Turkey"), (2, "Turkey", "Greece"), (3, "Greece", "Germany")]
    assert len({r.group for r in rels if r.order is not None}) == 1


def test_goods_through_transit_places_go_from_their_origin_to_their_destination():
    # The guidelines give ordered legs to trips; a transit place is no end of a transfer.
    for text in (
        "Heroin from Afghanistan reaches Europe through ports in Pakistan and Kenya.",
        "Kenyan tea is shipped to Egypt through Djibouti.",
    ):
        rels = relations_of(text)
        assert {(r.type, name_of(r.source), name_of(r.target), r.order) for r in rels} <= {
            ("transfer", "Afghanistan", "Europe", None),
            ("transfer", "Kenya", "Egypt", None),
        }
        assert len(rels) == 1


def test_both_parties_met_abroad_travelled_to_the_venue():
    rels = relations_of("Kenya's foreign minister met his Ghanaian counterpart in Lisbon.")
    trips = {(name_of(r.source), name_of(r.target), r.directed) for r in rels if r.type == "route"}
    assert trips == {("Kenya", "Lisbon", True), ("Ghana", "Lisbon", True)}
