"""General capabilities of the matcher, each in at least two wordings written for this test.

Every sentence here is written for the test (none is a benchmark sentence: ``test_lexicon.py``
checks). A case gives a sentence and the relations it must yield exactly, as (type, source, target)
with undirected pairs sorted.
"""

from __future__ import annotations

import pytest
from relations.toy import named, relations_of

CASES = {
    # An apposition renames the noun it follows: "X, a partner of Y" is X's tie to Y; a region the
    # partner has ties "in" gives way to the partner itself.
    "apposition": [
        ("Ghana, a longtime partner of Morocco, backed the plan.", {("tie", "Ghana", "Morocco")}),
        ("Belarus, Russia's closest ally in Europe, stayed silent.", {("tie", "Belarus", "Russia")}),
        ("Russia's oldest ally, Belarus, hosted the summit.", {("tie", "Belarus", "Russia")}),
    ],
    # A noun of movement with its traveller after "of": "the visit of the X minister to Y".
    "of-traveller": [
        ("The visit of the Kenyan president to Accra ended on Friday.", {("route", "Kenya", "Accra")}),
        ("The deployment of Ugandan soldiers to Somalia began in March.", {("route", "Uganda", "Somalia")}),
        ("The arrival of Afghan families in Germany was slow.", {("route", "Afghanistan", "Germany")}),
    ],
    # A participle on what another cue of its kind moves says where it came from.
    "participle-origin": [
        ("Grain sold by Ukraine reached Egypt last week.", {("transfer", "Ukraine", "Egypt")}),
        ("Rice bought from India reached Kenya in May.", {("transfer", "India", "Kenya")}),
        ("Families fleeing Syria have reached Greece.", {("route", "Syria", "Greece")}),
    ],
    # A by-agent of a passive sending verb is the sender.
    "by-agent": [
        ("Medicine was sent to Malawi by Norway.", {("transfer", "Norway", "Malawi")}),
        ("Engineers dispatched by Egypt to Sudan repaired the dam.", {("route", "Egypt", "Sudan")}),
    ],
    # By-agents of passives stand for the subject of the active verb, for every frame that has one.
    "by-agent-frames": [
        ("Four Russian diplomats were expelled by Poland.", {("conflict", "Poland", "Russia")}),
        ("The Syrian president was hosted by Russia.", {("route", "Syria", "Russia")}),
        ("Ghanaian cocoa is imported by Japan.", {("transfer", "Ghana", "Japan")}),
        ("Portugal was accused by Spain of spying.", {("conflict", "Spain", "Portugal")}),
    ],
    # "its" and "their" stand for the place their clause is told of (the nearest subject above them
    # that agrees in number and does not hold them).
    "possessive-pronoun": [
        (
            "A year later, the United States accused Russia of meddling in its elections.",
            {("conflict", "United States", "Russia"), ("conflict", "Russia", "United States")},
        ),
        ("Egypt complained that Sudanese troops had entered its territory.", {("route", "Sudan", "Egypt")}),
        (
            "Norway and Peru said their trade with Chile had doubled.",
            {("tie", "Chile", "Norway"), ("tie", "Chile", "Peru")},
        ),
        ("Peru said its exports to Chile doubled.", {("transfer", "Peru", "Chile")}),
    ],
    # A place's territory, airspace or waters entered is the destination.
    "entered-territory": [
        ("Turkish jets entered Greek airspace on Monday.", {("route", "Turkey", "Greece")}),
        ("Somali fishing boats entered Kenyan waters.", {("route", "Somalia", "Kenya")}),
    ],
    # A carrier that is sold or bought is goods; people stay a route.
    "carrier-goods": [
        ("Portugal sold three patrol boats to Ghana.", {("transfer", "Portugal", "Ghana")}),
        ("Egypt bought fighter jets from France.", {("transfer", "France", "Egypt")}),
    ],
    # Money is goods: giving or providing sums and grants is a transfer.
    "money": [
        ("Japan will provide Kenya with $20 million for roads.", {("transfer", "Japan", "Kenya")}),
        ("Norway gave Malawi $5 million last year.", {("transfer", "Norway", "Malawi")}),
        ("A grant from Japan to Ghana will fund clinics.", {("transfer", "Japan", "Ghana")}),
    ],
    # Flows take the type of what flows; a via inside an end adds no leg.
    "flows": [
        ("The flow of weapons from Sudan to Mali worries Paris.", {("transfer", "Sudan", "Mali")}),
        ("Refugees flowed into Greece from Turkey.", {("route", "Turkey", "Greece")}),
        # (the town it passes inside where it goes is the more specific end, as the guidelines ask)
        ("Peruvian gas flows to Japan through a terminal in Tokyo.", {("transfer", "Peru", "Tokyo")}),
    ],
    # A tie noun a worsening verb acts on is a conflict (CAMEO 16, reduce relations).
    "worsened-tie": [
        ("Peru downgraded its relations with Chile.", {("conflict", "Chile", "Peru")}),
        ("The scandal damaged ties between Kenya and Uganda.", {("conflict", "Kenya", "Uganda")}),
    ],
    # People named as migrants, with their country and where they are.
    "migrants": [
        ("Somali refugees in Kenya wait years for papers.", {("route", "Somalia", "Kenya")}),
        ("Thousands of Malian migrants in Morocco hope to cross.", {("route", "Mali", "Morocco")}),
        ("In Chile, Peruvian immigrants opened shops.", {("route", "Peru", "Chile")}),
    ],
    # "The two countries", "both governments": the two places named before in the sentence.
    "pair-reference": [
        (
            "Although Ghana and Togo disagree on fishing, trade between the two countries grew.",
            {("tie", "Ghana", "Togo")},
        ),
        (
            "Kenya's president met Uganda's leader, and the two nations agreed to expand cooperation.",
            {("tie", "Kenya", "Uganda")},
        ),
        ("After elections in Peru and Chile, both governments signed a fishing pact.", {("tie", "Chile", "Peru")}),
    ],
    # A direction the parse hangs on the other end's noun: "to X from Y" as well as "from Y to X".
    "hung-direction": [
        ("The strike will hit commuters travelling to London from Paris.", {("route", "Paris", "London")}),
        ("Rail fares for people going to Madrid from Lisbon will rise.", {("route", "Lisbon", "Madrid")}),
    ],
    # Several origins of one move, not told in order, are each linked to the destination.
    "parallel-origins": [
        (
            "The strike will hit commuters travelling to London from Paris and Berlin.",
            {("route", "Paris", "London"), ("route", "Berlin", "London")},
        ),
        (
            "Pilgrims journeyed to Jerusalem from Cairo and Beirut.",
            {("route", "Cairo", "Jerusalem"), ("route", "Beirut", "Jerusalem")},
        ),
    ],
    # Where someone lived before, told inside the main clause's noun phrase, starts the later move.
    "earlier-setting": [
        ("She spent her childhood in Lima before the family moved to Quito.", {("route", "Lima", "Quito")}),
        ("He spent the first years of his career in Oslo before he moved to Berlin.", {("route", "Oslo", "Berlin")}),
    ],
    # Cue words from CAMEO's classes beyond the first lexicon.
    "cameo-words": [
        ("Japan lodged a formal protest with Korea.", {("conflict", "Japan", "Korea")}),
        ("Greece complained to Turkey about the flights.", {("conflict", "Greece", "Turkey")}),
        ("Egypt and Ethiopia remain at odds over the river.", {("conflict", "Egypt", "Ethiopia")}),
        ("Poland sided with Ukraine at the summit.", {("tie", "Poland", "Ukraine")}),
        ("Serbia normalised relations with Kosovo.", {("tie", "Kosovo", "Serbia")}),
        ("The Greek navy intercepted a Turkish trawler.", {("conflict", "Greece", "Turkey")}),
        ("Russia's intervention in Syria began in 2015.", {("conflict", "Russia", "Syria")}),
        ("Germany resettled thousands of Syrian refugees.", {("route", "Syria", "Germany")}),
        ("Pakistani fighters infiltrated Afghanistan.", {("route", "Pakistan", "Afghanistan")}),
    ],
    # Travellers of several homes move in parallel: each home is linked to where they went.
    "several-homes": [
        ("Officials from Ghana and Mali flew to Paris.", {("route", "Ghana", "Paris"), ("route", "Mali", "Paris")}),
        (
            "Kenyan and Ugandan troops arrived in Somalia.",
            {("route", "Kenya", "Somalia"), ("route", "Uganda", "Somalia")},
        ),
    ],
    # What was sent, sold or shipped is goods, whatever the noun: its arrival is the transfer.
    "sent-goods": [
        ("Cigars sent from Cuba reached Spain.", {("transfer", "Cuba", "Spain")}),
        ("Cars exported from Japan reached Kenya in May.", {("transfer", "Japan", "Kenya")}),
    ],
    # A carrier loaded with goods carries a transfer.
    "loaded-carrier": [
        ("Trucks loaded with wheat reached Sudan from Egypt.", {("transfer", "Egypt", "Sudan")}),
        ("Lorries loaded with maize reached Kenya from Uganda.", {("transfer", "Uganda", "Kenya")}),
    ],
    # A veto stops the link it acts on.
    "veto": [
        ("Greece vetoed the trade deal with Turkey.", {("tie", "Greece", "Turkey")}),
        ("Egypt vetoed the pact with Sudan.", {("tie", "Egypt", "Sudan")}),
    ],
}


@pytest.mark.parametrize(
    "text, expected",
    [c for cases in CASES.values() for c in cases],
    ids=[f"{k}: {t[:40]}" for k, cases in CASES.items() for t, _ in cases],
)
def test_capability(text, expected):
    assert named(relations_of(text)) == expected


def test_every_capability_has_two_wordings():
    assert all(len(cases) >= 2 for cases in CASES.values())


@pytest.mark.parametrize("text", ["Greece vetoed the trade deal with Turkey.", "Egypt vetoed the pact with Sudan."])
def test_veto_negates(text):
    assert all(r.negated for r in relations_of(text))
