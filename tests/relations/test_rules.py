"""Each named rule of geo/relations/rules.py, in at least two wordings of its own.

A case gives a sentence (written for this test, never a benchmark sentence), the relations it must
yield exactly, and the rule that must have made the ones listed. ``test_every_rule_has_two_wordings``
keeps the table and these cases in step.
"""

from __future__ import annotations

from collections import Counter

import pytest
from relations.toy import name_of, named, relations_of

from geo.relations.rules import RULES

# (rule, text, expected relations as (type, source, target) with undirected pairs sorted)
CASES = [
    # -- routes
    ("route.between", "Kenya Airways runs direct flights between Nairobi and Lisbon.",
     {("route", "Lisbon", "Nairobi")}),
    ("route.between", "A new ferry service between Athens and Istanbul began in May.",
     {("route", "Athens", "Istanbul")}),
    ("route.between", "The carrier flies between Oslo and Lima, Quito and Bogota.",
     {("route", "Lima", "Oslo"), ("route", "Oslo", "Quito"), ("route", "Bogota", "Oslo")}),
    ("route.pair", "The Lisbon-Accra route reopened last month.", {("route", "Accra", "Lisbon")}),
    ("route.pair", "Demand for Oslo–Berlin flights has doubled.", {("route", "Berlin", "Oslo")}),
    ("route.origin-destination", "Flights from Athens to Cairo resumed on Monday.", {("route", "Athens", "Cairo")}),
    ("route.origin-destination", "Ghana deployed two hundred soldiers to Mali.", {("route", "Ghana", "Mali")}),
    ("route.origin-destination", "Norway received a delegation from Japan.", {("route", "Japan", "Norway")}),
    ("route.origin-destination", "The pilgrims left Athens for Jerusalem at dawn.", {("route", "Athens", "Jerusalem")}),
    ("route.setting-destination", "In Ghana, several tourists fell sick after a journey to Morocco.",
     {("route", "Ghana", "Morocco")}),
    ("route.setting-destination", "In Athens, the pilgrims began their voyage to Jerusalem.",
     {("route", "Athens", "Jerusalem")}),
    ("route.home-destination", "The Kenyan foreign minister flew to Accra on Sunday.", {("route", "Kenya", "Accra")}),
    ("route.home-destination", "Egypt's president arrived in Khartoum for two days of meetings.",
     {("route", "Egypt", "Khartoum")}),
    ("route.home-destination", "Morocco hosted the Ghanaian president last week.", {("route", "Ghana", "Morocco")}),
    ("route.home-destination", "Portugal welcomed a Japanese trade delegation on Tuesday.",
     {("route", "Japan", "Portugal")}),
    ("route.home-destination", "The Egyptian minister's Asian tour took him to Japan, Korea and India.",
     {("route", "Egypt", "Japan"), ("route", "Egypt", "Korea"), ("route", "Egypt", "India")}),
    ("route.origin-setting", "In Chile, a woman who had returned from Spain tested positive.",
     {("route", "Spain", "Chile")}),
    ("route.origin-setting", "In Kenya, the students who arrived from Germany were quarantined.",
     {("route", "Germany", "Kenya")}),
    ("route.home-setting", "In Portugal, the number of Brazilian arrivals doubled.", {("route", "Brazil", "Portugal")}),
    ("route.home-setting", "Officials stepped up checks in Greece as Turkish arrivals grew.",
     {("route", "Turkey", "Greece")}),
    ("route.origin-home", "Two Ghanaian nurses who returned from Britain were honoured.",
     {("route", "United Kingdom", "Ghana")}),
    ("route.origin-home", "A Norwegian climber arrived home from Peru on Friday.", {("route", "Peru", "Norway")}),
    ("route.origin-home", "Japan evacuated two hundred citizens from Wuhan.", {("route", "Wuhan", "Japan")}),
    ("route.party-venue", "Kenyan and Somali envoys held talks in Addis Ababa.",
     {("tie", "Kenya", "Somalia"), ("route", "Kenya", "Addis Ababa"), ("route", "Somalia", "Addis Ababa")}),
    ("route.party-venue", "The Ghanaian president met his Togolese counterpart in Lome.",
     {("tie", "Ghana", "Togo"), ("route", "Ghana", "Lome")}),
    ("route.partner-venue", "The Kenyan minister met his Ethiopian counterpart in Nairobi.",
     {("tie", "Ethiopia", "Kenya"), ("route", "Ethiopia", "Nairobi")}),
    ("route.partner-venue", "Japan held talks with Chinese officials in Tokyo.",
     {("tie", "China", "Japan"), ("route", "China", "Tokyo")}),
    ("route.itinerary", "The minister flew from Oslo to Berlin and then to Paris.",
     {("route", "Oslo", "Berlin"), ("route", "Berlin", "Paris")}),
    ("route.itinerary", "The Egyptian envoy began a tour in Khartoum. He then traveled to Nairobi and later to Accra.",
     {("route", "Egypt", "Khartoum"), ("route", "Khartoum", "Nairobi"), ("route", "Nairobi", "Accra")}),
    # -- transfers
    ("transfer.between", "Shipments between Ghana and Kenya grew last year.", {("transfer", "Ghana", "Kenya")}),
    ("transfer.between", "Grain deliveries between Egypt and Sudan were delayed.", {("transfer", "Egypt", "Sudan")}),
    ("transfer.pair", "The Iraq-Turkey pipeline carries crude to the coast.", {("transfer", "Iraq", "Turkey")}),
    ("transfer.pair", "Japan-Germany shipments rose by a third.", {("transfer", "Germany", "Japan")}),
    ("transfer.origin-destination", "Ghana exported cocoa to Japan last year.", {("transfer", "Ghana", "Japan")}),
    ("transfer.origin-destination", "Kenya imported wheat from Ukraine in March.", {("transfer", "Ukraine", "Kenya")}),
    ("transfer.origin-destination", "Egypt supplied Sudan with grain.", {("transfer", "Egypt", "Sudan")}),
    ("transfer.origin-destination", "Germany is Greece's largest arms supplier.", {("transfer", "Germany", "Greece")}),
    ("transfer.origin-destination", "Japan purchased Norwegian salmon worth $2 billion.",
     {("transfer", "Norway", "Japan")}),
    ("transfer.origin-destination", "Egypt sent 300 tonnes of rice to Sudan.", {("transfer", "Egypt", "Sudan")}),
    ("transfer.home-destination", "Russian gas reaches Germany through a pipeline under the sea.",
     {("transfer", "Russia", "Germany")}),
    ("transfer.home-destination", "A shipment of Kenyan tea arrived in Egypt on Friday.", {("transfer", "Kenya", "Egypt")}),
    ("transfer.home-destination", "Colombian coffee reaches Japan through ports in Panama.",
     {("transfer", "Colombia", "Panama"), ("transfer", "Panama", "Japan")}),
    # -- ties
    ("tie.between", "Relations between Ghana and Morocco have improved.", {("tie", "Ghana", "Morocco")}),
    ("tie.between", "Cooperation between Egypt, Sudan and Kenya is growing.",
     {("tie", "Egypt", "Sudan"), ("tie", "Egypt", "Kenya"), ("tie", "Kenya", "Sudan")}),
    ("tie.pair", "Japan-Portugal relations are at a high point.", {("tie", "Japan", "Portugal")}),
    ("tie.pair", "The Egyptian-Kenyan partnership deepened this year.", {("tie", "Egypt", "Kenya")}),
    ("tie.party-partner", "Kenya signed a fisheries agreement with Morocco.", {("tie", "Kenya", "Morocco")}),
    ("tie.party-partner", "Greece is a close ally of France.", {("tie", "France", "Greece")}),
    ("tie.party-partner", "Norway backs Ghana at the United Nations.", {("tie", "Ghana", "Norway")}),
    ("tie.party-partner", "The Peruvian president praised Chile for its help.", {("tie", "Chile", "Peru")}),
    ("tie.party-owner", "Greece is France's oldest ally in the region.", {("tie", "France", "Greece")}),
    ("tie.party-owner", "Japan has become Kenya's main trading partner.", {("tie", "Japan", "Kenya")}),
    ("tie.owner-partner", "Egypt's allies in Africa, including Sudan and Kenya, backed the plan.",
     {("tie", "Egypt", "Sudan"), ("tie", "Egypt", "Kenya")}),
    ("tie.owner-partner", "Norway's partners in Europe, such as Germany, were consulted.", {("tie", "Germany", "Norway")}),
    ("tie.joint", "Egypt and Sudan signed a water treaty.", {("tie", "Egypt", "Sudan")}),
    ("tie.joint", "Japanese and Portuguese diplomats held talks on fishing quotas.", {("tie", "Japan", "Portugal")}),
    ("tie.joint", "The ceasefire was mediated by Qatar and Egypt.", {("tie", "Egypt", "Qatar")}),
    # -- conflicts
    ("conflict.between", "Tensions between Ghana and Togo rose after the vote.", {("conflict", "Ghana", "Togo")}),
    ("conflict.between", "Fighting between Armenia and Azerbaijan resumed in the hills.",
     {("conflict", "Armenia", "Azerbaijan")}),
    ("conflict.pair", "The Iran-Iraq war lasted eight years.", {("conflict", "Iran", "Iraq")}),
    ("conflict.pair", "India-Pakistan tensions flared again in spring.", {("conflict", "India", "Pakistan")}),
    ("conflict.actor-target", "Germany expelled four Russian diplomats.", {("conflict", "Germany", "Russia")}),
    ("conflict.actor-target", "The United States imposed fresh sanctions on Cuba.",
     {("conflict", "United States", "Cuba")}),
    ("conflict.actor-target", "Turkish jets struck targets in Syria overnight.", {("conflict", "Turkey", "Syria")}),
    ("conflict.actor-target", "Portugal accused Morocco of meddling in the vote.", {("conflict", "Portugal", "Morocco")}),
    ("conflict.actor-target", "The expulsion of Polish diplomats from Germany angered Warsaw.",
     {("conflict", "Germany", "Poland")}),
    ("conflict.party-partner", "Kenya's dispute with Somalia over the sea border dragged on.",
     {("conflict", "Kenya", "Somalia")}),
    ("conflict.party-partner", "Ethiopia fought against Italy in 1896.", {("conflict", "Ethiopia", "Italy")}),
    ("conflict.party-partner", "Japan's relations with Korea soured over the summer.", {("conflict", "Japan", "Korea")}),
    ("conflict.mutual", "Kenya and Somalia traded accusations over the border.", {("conflict", "Kenya", "Somalia")}),
    ("conflict.mutual", "Armenia and Azerbaijan shelled each other's positions overnight.",
     {("conflict", "Armenia", "Azerbaijan")}),
    ("conflict.joint", "Armenia and Azerbaijan clashed along the border.", {("conflict", "Armenia", "Azerbaijan")}),
    ("conflict.joint", "Peru and Ecuador fought a brief war in 1995.", {("conflict", "Ecuador", "Peru")}),
]


@pytest.mark.parametrize("rule, text, expected", CASES, ids=[f"{r}: {t[:40]}" for r, t, _ in CASES])
def test_rule(rule, text, expected):
    rels = relations_of(text)
    assert named(rels) == expected
    kind = rule.split(".")[0]
    for r in rels:
        if r.type == kind:  # a case may show a relation of another type beside it (a meeting's tie)
            assert r.rule == rule, (name_of(r.source), name_of(r.target), r.rule)


def test_every_rule_has_two_wordings():
    counts = Counter(rule for rule, _, _ in CASES)
    assert {r.name for r in RULES} == set(counts)
    assert all(n >= 2 for n in counts.values()), counts
