"""The relation rule table: which filled roles of a cue make which relation, in order, by name.

The matcher (:mod:`geo.relations.match`) turns each cue word of a parsed sentence into an *event*: its
relation type (from the cue lexicon, ``data/relations/cues.tsv``), and the places that fill each of
its roles (from the frame table, ``data/relations/frames.tsv``): ``origin``, ``destination``, ``home``
(the traveller's or the goods' own place, given by a demonym, a possessive or a title), ``setting``
(the sentence's "In X,"), ``via``, ``between``, ``pair`` (a hyphenated "X-Y"), ``actor``, ``target``,
``party``, ``partner``, ``found`` (where goods bound elsewhere were found). The rules below are tried
in order for each event; a rule fires when its source and target roles are filled and none of its
``unless`` roles is, and the first rule to produce a given pair of places wins. Each relation carries
the name of the rule that made it.

Trips told of one traveller (``trip`` events: the go, head, visit, arrive, enter, leave, return,
withdraw and bring frames; whoever brings someone travels too, so "bring" continues a trip but gives
no traveller's country)
go through :mod:`geo.relations.itinerary` instead, which chains their stops across sentences and
names its legs with the same route rules (and ``route.itinerary`` for the ordered legs of one trip).
"""

from __future__ import annotations

from dataclasses import dataclass

from geo.core.records import RelationType

__all__ = ["RULES", "RULES_BY_NAME", "TRIP_FRAMES", "Rule"]

# Frames told of one traveller's journey: their stops chain into itineraries across sentences.
TRIP_FRAMES = frozenset({"go", "head", "visit", "arrive", "enter", "leave", "return", "withdraw", "bring"})


@dataclass(frozen=True, slots=True)
class Rule:
    """One named pattern: an event of ``type`` whose ``source`` and ``target`` roles are filled.

    ``pairs`` says how the members are paired: ``cross`` (each source with each target), ``within``
    (members of one coordinated list or hyphenated pair among themselves: "Iran and Iraq fought"),
    ``between`` (the members of a "between" phrase: all pairs, or one hub and its spokes for
    "between New York and Moscow, Kiev and Riga"). ``frames`` limits the rule to events of those
    frames; ``unless`` names roles that must be empty; ``slots``, when set, keeps only the members
    that came from slots starting with one of them; ``needs`` names a flag of the event that must
    hold; ``stopping`` says the relation is the act that stopped the event ("China halted imports
    from Japan": the halt happened, though the imports did not).
    """

    name: str
    type: RelationType
    source: str
    target: str
    directed: bool
    description: str
    pairs: str = "cross"
    unless: tuple[str, ...] = ()
    frames: tuple[str, ...] = ()
    event: str = ""  # the event type it reads, when not its own type (a meeting's venue makes a route)
    slots: tuple[str, ...] = ()  # when set, only members from slots starting so count ("subj")
    needs: str = ""  # an event flag that must hold ("reciprocal")
    stopping: bool = False  # the relation is the act that stopped the event: never negated itself

    @property
    def reads(self) -> str:
        """The event type this rule applies to."""
        return self.event or self.type


RULES: tuple[Rule, ...] = (
    # -- routes: people and carriers travelling ----------------------------------------------------
    Rule(
        "route.between",
        "route",
        "between",
        "between",
        False,
        "A service or route between two places: 'flights between Moscow and Havana'.",
        pairs="between",
    ),
    Rule(
        "route.pair",
        "route",
        "pair",
        "pair",
        False,
        "A hyphenated pair on a route word: 'the Caracas-Havana route', 'London-Paris trains'.",
        pairs="within",
    ),
    Rule(
        "route.origin-destination",
        "route",
        "origin",
        "destination",
        True,
        "A stated origin and destination: 'flew from Lima to Quito', 'left Maracaibo for Havana', "
        "'Russia deployed troops to Belarus', 'received delegates from Iraq' (the host is the destination).",
    ),
    Rule(
        "route.setting-destination",
        "route",
        "setting",
        "destination",
        True,
        "The sentence's setting is where a trip starts: 'In Norway, students fell ill after their trip to Peru'.",
        unless=("origin",),
        frames=("go", "head", "visit", "leave"),
    ),
    Rule(
        "route.home-destination",
        "route",
        "home",
        "destination",
        True,
        "The traveller's own country, by demonym, possessive or title, is the origin: 'the Iranian minister "
        "flew to Caracas', 'Iran's president visited Managua', 'Bolivia welcomed Iran's envoy'.",
        unless=("origin", "setting"),
    ),
    Rule(
        "route.origin-setting",
        "route",
        "origin",
        "setting",
        True,
        "Arriving or returning from a place into the sentence's setting: 'In Chile, a woman who had "
        "returned from Spain fell ill'.",
        unless=("destination",),
        frames=("arrive", "return"),
    ),
    Rule(
        "route.home-setting",
        "route",
        "home",
        "setting",
        True,
        "Travellers of one country arriving or living as migrants in the sentence's setting: 'In Brazil, "
        "Venezuelan arrivals grow', 'In Chile, Haitian migrants queued for papers'.",
        unless=("origin", "destination"),
        frames=("arrive", "migrant"),
    ),
    Rule(
        "route.origin-home",
        "route",
        "origin",
        "home",
        True,
        "Arriving, returning or being sent home from a place: 'a Chilean woman who had just returned "
        "from Spain', 'Japan evacuated its citizens from Wuhan', 'Germany deported 30 Afghans'.",
        unless=("destination", "setting"),
        frames=("arrive", "return", "evacuate", "deport"),
    ),
    Rule(
        "route.party-venue",
        "route",
        "party",
        "venue",
        True,
        "Parties meeting in a place of another country travelled there: 'Brazil's foreign minister met "
        "his Argentine counterpart in Buenos Aires', 'Kenyan and Somali envoys held talks in Addis Ababa'.",
        event="tie",
        frames=("meet",),
    ),
    Rule(
        "route.partner-venue",
        "route",
        "partner",
        "venue",
        True,
        "The partner met in a place of a third country travelled there too: 'the Kenyan minister met his "
        "Ethiopian counterpart in Geneva', 'Japan held talks with Chinese officials in Singapore'.",
        event="tie",
        frames=("meet",),
    ),
    Rule(
        "route.itinerary",
        "route",
        "origin",
        "destination",
        True,
        "The ordered legs of one trip, across sentences: 'flew from Lima to Quito and then on to Bogota', "
        "'A plane flew from Tehran to Caracas via Damascus' (applied by geo.relations.itinerary).",
    ),
    # -- transfers: goods, money, weapons --------------------------------------------------------
    Rule(
        "transfer.between",
        "transfer",
        "between",
        "between",
        False,
        "Goods moving both ways between two places: 'trade flows between X and Y'.",
        pairs="between",
    ),
    Rule(
        "transfer.pair",
        "transfer",
        "pair",
        "pair",
        False,
        "A hyphenated pair on a transfer word: 'the Iraq-Turkey pipeline'.",
        pairs="within",
    ),
    Rule(
        "transfer.origin-destination",
        "transfer",
        "origin",
        "destination",
        True,
        "A sender or origin and a recipient: 'Iran shipped wheat to Venezuela', 'Venezuela imports "
        "gasoline from Iran', 'Russia supplied Nicaragua with vehicles', 'Russia is Nicaragua's supplier'.",
    ),
    Rule(
        "transfer.home-destination",
        "transfer",
        "home",
        "destination",
        True,
        "The goods' own place, by demonym or possessive, is the origin: 'Venezuela's oil heads to China', "
        "'a shipment of Iranian drones arrived in Venezuela'.",
        unless=("origin",),
    ),
    Rule(
        "transfer.found-destination",
        "transfer",
        "found",
        "destination",
        True,
        "Where goods bound for a place were found or seized, when the sentence gives no other origin: "
        "'seized heroin bound for Antwerp at the port of Karachi'.",
        unless=("origin", "home"),
    ),
    # -- ties: CAMEO verbal and material cooperation -------------------------------------------------
    Rule(
        "tie.between",
        "tie",
        "between",
        "between",
        False,
        "Cooperation between places: 'the relationship between Venezuela and Iran', 'cooperation "
        "between Russia, China and Iran'.",
        pairs="between",
    ),
    Rule(
        "tie.pair",
        "tie",
        "pair",
        "pair",
        False,
        "A hyphenated pair on a tie word: 'Venezuela-Iran relations', 'the Egyptian-US partnership'.",
        pairs="within",
    ),
    Rule(
        "tie.party-partner",
        "tie",
        "party",
        "partner",
        False,
        "A party and the partner the cue names: 'Cuba expanded ties with Iran', 'China is an ally of "
        "Venezuela', 'Moscow backs Caracas', 'Syria's ties to Iran', 'Bolivia's president thanked China'.",
    ),
    Rule(
        "tie.party-owner",
        "tie",
        "party",
        "owner",
        False,
        "A party named as another's ally or partner: 'Venezuela is Iran's closest ally', 'Russia is "
        "China's main partner'.",
    ),
    Rule(
        "tie.owner-partner",
        "tie",
        "owner",
        "partner",
        False,
        "The allies a place has: 'Iran's allies in Latin America, including Cuba'.",
        unless=("party",),
    ),
    Rule(
        "tie.mediator",
        "tie",
        "party",
        "between",
        False,
        "A mediator is tied to each side it mediates between: 'Turkey mediated between Russia and Ukraine', "
        "'Oslo was ready to mediate between Khartoum and the rebels'.",
        frames=("mediate",),
    ),
    Rule(
        "tie.joint",
        "tie",
        "party",
        "party",
        False,
        "Coordinated parties doing a cooperative act together: 'Cuba and Nicaragua signed an agreement', "
        "'Iranian and Syrian officials discussed', 'mediated by Turkey and Russia'.",
        pairs="within",
        unless=("partner",),
    ),
    # -- conflicts: CAMEO verbal and material conflict -----------------------------------------------
    Rule(
        "conflict.between",
        "conflict",
        "between",
        "between",
        False,
        "Hostility between places: 'tensions between Chile and Peru', 'the war between Iran and Iraq'.",
        pairs="between",
    ),
    Rule(
        "conflict.pair",
        "conflict",
        "pair",
        "pair",
        False,
        "A hyphenated pair on a conflict word: 'the Iran-Iraq war', 'India-Pakistan tensions'.",
        pairs="within",
    ),
    Rule(
        "conflict.actor-target",
        "conflict",
        "actor",
        "target",
        True,
        "Who acts on whom: 'Ruritania shelled villages in Freedonia', 'the US imposed sanctions on "
        "Venezuela', 'Germany expelled Russian diplomats', 'the US accused Russia of meddling'.",
    ),
    Rule(
        "conflict.embargo",
        "conflict",
        "destination",
        "origin",
        True,
        "A state stopping imports acts against the place they come from: 'Beijing halted imports of wine "
        "from Australia', 'imports from Brazil were suspended by Chile', 'China suspended imports of Japanese seafood' "
        "(not 'buyers halted imports': a state, its government or its authorities must stop them).",
        event="transfer",
        needs="embargo",
        stopping=True,
    ),
    Rule(
        "conflict.export-ban",
        "conflict",
        "origin",
        "destination",
        True,
        "A state forbidding its goods to go to a place acts against that place: 'Japan banned exports "
        "of machinery to Russia', 'Beijing barred shipments of rare earths to Japan' (not halting or "
        "suspending them: 'Argentina suspended beef exports to China to curb prices').",
        event="transfer",
        needs="export_ban",
        stopping=True,
    ),
    Rule(
        "conflict.party-partner",
        "conflict",
        "party",
        "partner",
        False,
        "A party and its opponent, with no direction: 'Venezuela's dispute with Guyana', 'China "
        "struggled against Japan', 'Argentina's relations with Venezuela cooled'.",
    ),
    Rule(
        "conflict.joint",
        "conflict",
        "party",
        "party",
        False,
        "Coordinated parties in a mutual conflict: 'Iran and Iraq fought a war', 'Venezuela and Guyana "
        "remain locked in a dispute'.",
        pairs="within",
        unless=("partner",),
    ),
    Rule(
        "conflict.mutual",
        "conflict",
        "actor",
        "actor",
        False,
        "Coordinated actors of a hostile act with no other target act on each other: 'Kenya and Somalia "
        "traded accusations', 'Armenia and Azerbaijan shelled each other's positions' (subjects only: "
        "'hit by a truck near Rivers and Stokes avenues' names no two sides; and told as done to each "
        "other, by a verb, a trading verb or 'each other': not 'Brazil and Paraguay agreed to revise "
        "the tariff').",
        pairs="within",
        unless=("target",),
        slots=("subj",),
        needs="reciprocal",
    ),
)

RULES_BY_NAME = {rule.name: rule for rule in RULES}
