"""The matcher: a parsed sentence and its place mentions in, events out.

An *event* is one cue word (a lemma of ``data/relations/cues.tsv`` with the right part of speech) with
the places that fill its roles. The steps, each generic over the dependency parse:

1. **Cues**: tokens whose lemma and POS are in the cue lexicon, leaving out names, compound
   modifiers ("trade" in "trade relations": the head noun speaks) and aspect uses ("continues to"),
   after repairing what the tagger misreads (a plural noun read as a verb: "held air force drills").
2. **Type**: verbs that move people or goods take the type of what they move (``people.txt``,
   ``goods.txt``, ``carriers.txt``: people are never a transfer); a route verb whose subject is goods
   ("Colombian cocaine reaches Europe") is a transfer; a tie noun that worsens ("relations cooled",
   "strained ties") is a conflict.
3. **Slots**: each place mention climbs from its head token through the words that only describe a
   noun (a demonym, a possessive, a compound, "of X", "from X", "in X" on a place noun) to the token
   it attaches to, and that token's relation to the cue is its slot (``subj``, ``obj``, ``from``,
   ``mod``, ``subj.mod``...; see ``data/relations/frames.tsv``). Subjects pass down through
   complements ("plans to send", "is ready to expand", "signed a deal", "the US decision to expel")
   and object control ("accused Russia of meddling").
4. **Roles**: the cue's frame maps slots to roles (origin, destination, home, actor, target...).
5. **Flags**: ``negated`` (a "not" in the cue's clause, a denying verb above it, a stopping verb
   over it) and ``hedged`` (a modal, a plan or proposal word, a reported claim, a purpose clause).

:mod:`geo.relations.rules` then turns events into relations by its ordered, named rules.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left
from collections.abc import Container, Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from geo.core.records import Place
from geo.relations.itinerary import contains, related
from geo.relations.lexicon import MARKED_CUES, Cue, Lexicon, lexicon

if TYPE_CHECKING:  # spaCy is only needed by callers that pass a parse
    from spacy.tokens import Doc, Token

__all__ = ["Arg", "Event", "PlaceRef", "match_sentence", "setting_of"]

# Edges that only describe a noun: a place on one of them modifies that noun.
MODIFIER_EDGES = frozenset({"amod", "compound", "poss", "nmod", "npadvmod"})
SAME_THING_EDGES = frozenset({"appos", "flat"})
# Prepositions whose object names a place the head noun is in ("its base in Chicago").
LOCATIVE_PREPS = frozenset({"in", "at", "inside", "near", "around"})
# The slots by which a noun names its own places ("an EU aid package", "Iran's exports").
OWN_SLOTS = frozenset({"mod", "poss"})
# Prepositions that introduce members standing for the noun before them ("allies, including Cuba").
INCLUDING_PREPS = frozenset({"including", "like", "especially", "notably", "principally", "mainly"})
# Edges along which a noun cue takes the subject of the verb it depends on.
NOUN_HOST_EDGES = frozenset({"dobj", "attr", "oprd", "appos"})
# Edges along which a verb takes the subject of the word it depends on.
VERB_UP_EDGES = frozenset({"xcomp", "conj", "advcl", "acomp", "pcomp", "oprd"})
# Edges of the person a purpose phrase ("in Moscow for talks") describes: who acts in that act.
PERSON_SUBJECT_EDGES = frozenset({"nsubj", "nsubjpass", "appos"})
RELATIVE_PRONOUNS = frozenset({"that", "which", "who", "whom"})
# Edges by which a mention has a role of its own in the clause: it is not a later member of a list.
OWN_ROLE_EDGES = frozenset({"nsubj", "nsubjpass", "csubj", "dobj", "ROOT", "poss"})
SUBJECT_PRONOUNS = frozenset({"it", "they"})
PERSON_PRONOUNS = frozenset({"he", "she"})
OWNER_PRONOUNS = frozenset({"his", "her", "its", "their", "our"})
CLAUSE_EDGES = frozenset({"ccomp", "advcl", "relcl", "parataxis", "csubj"})
# Participles whose "for X" is where what they describe is going: "bound for", "destined for".
BOUND_WORDS = frozenset({"bound", "destined"})
# Prepositions by which a noun cue tells how or why what its verb says happened ("killed in an
# attack", "is expected in Canberra for a visit").
CIRCUMSTANCE_PREPS = frozenset({"in", "during", "by", "amid", "for"})
# Prepositions of direction a route noun takes from the verb it is the subject of ("the tour took him to X").
DIRECTION_PREPS = frozenset({"to", "into", "from", "via", "through", "toward", "towards"})
SEQUENCE_RE = re.compile(r"\b(then|before|later|next|onward|afterwards|after that|followed by|on to|finally)\b", re.I)
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})  # a tensed auxiliary: "was", "has", "are"
# The edges on which "hold" takes its adjective of blame ("held Moscow accountable": the parse makes it a
# small clause, a complement or an adverbial clause)
LIABLE_EDGES = frozenset({"ccomp", "xcomp", "oprd", "acomp", "advcl", "dep"})
# The edges through which a word of planning governs the cue: "plans to visit", "a proposal for
# flights", "is ready to expand", "hopes to start"
GOVERNED_EDGES = frozenset({"xcomp", "acl", "pobj", "prep", "dobj", "acomp", "ccomp", "pcomp"})
HYPHENS = "-\u2010\u2011\u2012\u2013\u2014\u2015"  # the hyphen and the dashes
HYPHEN_RE = re.compile(rf"^\s*[{HYPHENS}/]\s*$")
ONWARD_RE = re.compile(rf"^[{HYPHENS}]to[{HYPHENS}]$", re.I)  # "the Devonport-to-Melbourne ferry"
BOUND_RE = re.compile(rf"^[{HYPHENS}]bound\b", re.I)
LIST_GAP_RE = re.compile(
    r"^\s*(?:,\s*)?(?:(?:and|or|as well as|&|then|and then|before|later|and later|and on|on)\s+(?:(?:to|in)\s+)?)?"
    r"(?:the\s+)?$",
    re.I,
)
# Prepositions whose noun is already there whatever the clause plans: "under the agreement", "despite
# the sanctions", "since the treaty", "following the visit", "amid tensions".
STANDING_PREPS = frozenset({"under", "despite", "since", "following", "amid", "amidst"})
# Prepositions that date a clause by an event: "before the war", "since the invasion".
TIME_PREPS = frozenset({"before", "after", "since", "until", "till", "following", "during", "throughout"})
# "between New York and Moscow, Kiev and Riga", "between Moscow and two U.S. cities, New York and
# Atlanta": the first is the hub, the rest its spokes
HUB_GAP_RE = re.compile(r"^\s*and\s+(?:the\s+)?(?:(?:[\w.'’-]+\s+){0,3}[a-z]+s\s*[,:]\s*)?$")
FRONTED_RE = re.compile(r"\s*(?:In|At|From)\s+(?:the\s+)?")
# The words before a sentence's first place when a participle opens the sentence and the place ends
# its first phrase: "Speaking to reporters in " (the participle's class is read from the lexicon)
REMARK_RE = re.compile(r"\s*([A-Z][a-z]+ing)\b[^,;:.!?\"“”]*?\s(?:in|at)\s+(?:the\s+)?$")
MAX_CLIMB = 8
# Pair nouns for two towns ("the two cities"): the towns named, not the countries around them.
TOWN_PAIRS = frozenset({"capital", "city", "town", "municipality"})
SIGN_AGREEMENT = "057"  # CAMEO's "sign formal agreement": done by states, never by teams
# Frames a cue takes instead of its own when what it acts on is no mission: closing a border or
# airspace "to" someone (``bar``), where closing a mission acts on the mission's country (``shut``).
SWITCHED_FRAMES = {"shut": "bar"}
# Frames of noun cues that only describe the people they name: a place on them climbs on past them.
TRANSPARENT_FRAMES = frozenset({"migrant"})


@dataclass(frozen=True, slots=True)
class PlaceRef:
    """One usable mention inside a sentence: its place, span (absolute offsets) and kind."""

    place_id: str
    start: int
    end: int
    kind: str


@dataclass(slots=True)
class Arg:
    """A place filling a role of an event, with the slot it came from and its list."""

    ref: PlaceRef
    slot: str
    group: int  # members of one coordinated list (or hyphenated pair) share it
    sequential: bool = False  # "then Bolivia", "and later to Caracas": a later stop, not a parallel one


@dataclass(slots=True)
class Event:
    """A cue word with the places that fill its roles."""

    type: str
    cue: Cue
    start: int  # absolute offset of the cue word
    frame: str = ""  # the frame its places were read with
    roles: dict[str, list[Arg]] = field(default_factory=dict)
    negated: bool = False
    hedged: bool = False
    hub: bool = False  # "between A and B, C and D": A is the hub of the "between" list
    line: bool = False  # "a service connecting A, B and C": the stops of one line, in order
    subject: str = "none"  # what the subject is: none, pronoun ("he"), place (a place or its people), noun,
    # or clause (the subject of the clause the cue hangs on: "flew to Nairobi before returning to ...")
    then: bool = False  # told as a later step: "then", "later", "flew on to"
    each: bool = False  # told of each party apart: "Kenya and Uganda each signed a deal", "agreements each"
    reciprocal: bool = False  # told as done by each side to the other: a verb, "traded accusations"
    embargo: bool = False  # goods a state stops coming in: "Beijing halted imports of Australian wine"
    export_ban: bool = False  # goods a state forbids sending to a place: "Japan banned exports to Russia"

    @property
    def sequential(self) -> bool:
        """Whether its destinations are told as a sequence of stops ("to Venezuela then Bolivia")."""
        return any(a.sequential for a in self.roles.get("destination", ()))

    def ids(self, role: str) -> list[str]:
        """Place ids filling ``role``, in text order, each once."""
        out: list[str] = []
        for a in sorted(self.roles.get(role, ()), key=lambda a: a.ref.start):
            if a.ref.place_id not in out:
                out.append(a.ref.place_id)
        return out


def _lemma(tok: Token) -> str:
    return tok.lemma_.lower()


def _phrasal(tok: Token, lex: Lexicon) -> str:
    """A verb with its particle as the lexicons write it ("set_off", "rule_out"), else ""."""
    if tok.pos_ != "VERB" or _lemma(tok) not in lex.phrasal_verbs:
        return ""
    prt = next(
        (
            c.lower_
            for c in tok.children
            if c.dep_ == "prt"
            or (
                c.dep_ == "advmod" and c.pos_ in ("ADV", "ADP") and c.lower_ in ("back", "off", "out", "away")
            )  # "turned back"
            or (c.dep_ == "dobj" and c.lower_ == "it" and _lemma(tok) == "make")  # "never made it to Columbus"
            or (c.dep_ == "prep" and c.lower_ == "out" and any(g.lower_ == "of" for g in c.children))
            # ("decided against imposing duties": a choice not to, as the negation table lists it)
            or (c.dep_ == "prep" and c.lower_ == "against" and f"{_lemma(tok)}_against" in lex.negation)
            # ("the ship called at Piraeus": a port of call, as the cue table lists it)
            or (c.dep_ == "prep" and c.lower_ == "at" and lex.cue(f"{_lemma(tok)}_at", "VERB") is not None)
        ),
        None,
    )  # ("pulled out of Mali" parses "out" as a preposition)
    return f"{_lemma(tok)}_{prt}" if prt else ""


def _phrasal_cue(tok: Token, lex: Lexicon) -> Cue | None:
    """The cue a verb is with its particle: "set off for Ottawa", "pulled out of Mali"."""
    name = _phrasal(tok, lex)
    return lex.cue(name, "VERB") if name else None


# How an adverb of a later stop hangs on the verb ("then on to Beirut" with "on" as a conjunct, an
# adverb, or, after a time phrase, an unlabelled "dep": "flew to Damascus on Sunday, then on to Beirut")
LATER_EDGES = frozenset({"conj", "advmod", "advcl", "dep"})


# Words that carry a trip's next "to" after "then": "then on to Paris", "then west to Wau".
ONWARD_WORDS = frozenset(
    {"on", "onward", "onwards", "north", "south", "east", "west", "northward", "southward", "eastward", "westward"}
)


def _next_stop_word(adv: Token) -> bool:
    """An adverb that tells a later stop: "and later to Paris", "then on to Johannesburg", "and on to
    Prague" ("on" joined to the verb, or with "then" of its own)."""
    if SEQUENCE_RE.fullmatch(adv.text):
        return adv.dep_ == "conj" or any(c.dep_ == "prep" for c in adv.children)
    return adv.lower_ in ONWARD_WORDS and (
        adv.dep_ == "conj"
        or any(c.dep_ == "advmod" and SEQUENCE_RE.fullmatch(c.text) for c in adv.children)
        # ("then" hung on the verb, right before "on")
        or (adv.i > 0 and SEQUENCE_RE.fullmatch(adv.nbor(-1).text) is not None and adv.nbor(-1).head.i == adv.head.i)
    )


def _means(noun: Token, verb: Token) -> bool:
    """A noun of how a trip is made, in a phrase on its verb, that the parse gave the trip's "from" or
    "to": "sailed in ballast from Singapore", "travelled on foot from Aleppo" (no place and no cue)."""
    return (
        noun.dep_ == "pobj"
        and noun.pos_ == "NOUN"
        and noun.head.lower_ in ("in", "on", "under")  # (not "by": "backed by militias from Iraq")
        and noun.head.head.i == verb.i
        and verb.pos_ == "VERB"
    )


def _later_adverb(tok: Token) -> bool:
    """:func:`_next_stop_word` on an adverb, or on an "on" the parse tagged a preposition with no
    object of its own ("and then on to Paris")."""
    adverb = tok.pos_ == "ADV" or (tok.lower_ in ONWARD_WORDS and not any(c.dep_ == "pobj" for c in tok.children))
    return adverb and _next_stop_word(tok)


def setting_of(sentence: str, base: int, refs: list[PlaceRef]) -> PlaceRef | None:
    """A place named by a sentence-initial "In X," or "At X," (where the sentence's events happen),
    or by "in X"/"at X" in a fronted participle of speaking ("Speaking to reporters in Nairobi, ...":
    word class ``remark``)."""
    if not refs or refs[0].kind != "toponym":
        return None
    first = refs[0]
    m = FRONTED_RE.match(sentence)
    if m and m.group(0).strip().startswith(("In", "At")) and first.start - base == m.end():
        return first
    lead = REMARK_RE.match(sentence[: first.start - base])
    if lead and lead.group(1).lower() in lexicon().words["remark"]:
        return first
    return None


# --------------------------------------------------------------------------------------------
# Step 1 and 2: cues and their types


def _in_root_phrase(noun: Token) -> bool:
    """Whether a noun is the sentence's root or inside the "of" phrases of a root noun: "A second
    contingent of 200 Kenyan police officers arrived in Port-au-Prince", parsed as one noun phrase."""
    while noun.dep_ in ("pobj", "prep") and noun.head.i != noun.i:
        noun = noun.head
    return noun.dep_ == "ROOT" and noun.pos_ == "NOUN"


def _is_cue_token(tok: Token, cue: Cue, lex: Lexicon, in_mention: set[int]) -> bool:
    if tok.i in in_mention:
        return False
    if tok.pos_ == "PROPN" and not (
        (cue.pos == "N" and tok.is_sent_start and tok.text[1:].islower()) or _named_pact(tok, cue, lex)
    ):
        return False  # (but a capitalised first word the tagger took for a name: "Deliveries of fuel")
    if (
        cue.pos == "N"
        and cue.frame == "service"
        and tok.dep_ == "pobj"
        and tok.head.lower_ == "by"
        and tok.head.head.pos_ == "VERB"
        and (lex.cue(_lemma(tok.head.head), "VERB") is not None or _lemma(tok.head.head) == "take")
    ):
        return False  # "were then taken by train to Lviv": the means of the verb's move, no service of its own
    if cue.pos == "N" and cue.frame == "service" and _shipped(tok, lex):
        return False  # "the shipment of 40 electric buses from Zhengzhou to Santiago": buses shipped, goods
    if cue.pos == "N" and cue.lemma in lex.words["signed"]:
        # "Egypt and Somalia signed a defence protocol", "a protocol signed in Lima": a pact only when
        # signed or made (not "a new treatment protocol developed in Geneva")
        return (tok.dep_ in ("dobj", "nsubjpass") and _lemma(tok.head) in lex.words["create"]) or any(
            c.dep_ == "acl" and _lemma(c) in lex.words["create"] for c in tok.children
        )
    if tok.dep_ == "compound":
        # "trade relations", "aid workers": the head noun is what the phrase is about (and a verb the
        # parse left as a compound, "Kenya exports flowers to Europe", is read on that head)
        return False
    if cue.pos == "V" and cue.frame == "court":
        # "Guyana took Venezuela to the International Court of Justice": a legal dispute only when
        # one side takes the other to a court (the small model may read "to court" as a verb)
        return any(c.dep_ == "dobj" for c in tok.children) and any(
            (c.dep_ == "prep" and c.lower_ == "to" and any(_lemma(t) in lex.words["court"] for t in c.subtree))
            or (c.dep_ == "xcomp" and _lemma(c) in lex.words["court"])
            for c in tok.children
        )
    if cue.frame == "claim":
        # "Venezuela claims the Essequibo region of Guyana", "China's claim to Taiwan", "claims
        # sovereignty over the islands": a territorial claim only on a place, a piece of land or
        # sea, or rule over one (not "claimed responsibility", "claims Russia was involved"); and a
        # claim "against" a party is a legal one: "Iraq filed an arbitration claim against Turkey"
        if cue.pos == "V":
            claimed = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
        else:
            claimed = _pobjs(tok, ("to", "over", "on", "against"))
        return any(
            c.i in in_mention
            or _lemma(c) in lex.words["place"]
            or (_lemma(c) in lex.words["dominion"] and bool(_pobjs(c, ("over", "of"))))
            for c in claimed
        )
    if cue.pos == "V" and cue.frame == "bound":
        # "cocaine bound for Rotterdam", "oil destined for India": only with the place it is bound
        # for (not "bound by the treaty"), and not the "-bound" of "Moscow-bound flights", which
        # the noun it describes reads
        if tok.i > 0 and HYPHEN_RE.match(tok.nbor(-1).text) is not None:
            # ("Zambia-bound fuel": the goods or people it describes are no cue of their own to read it)
            return tok.dep_ == "amod" and lex.cue(_lemma(tok.head), tok.head.pos_) is None
        return any(
            c.dep_ == "prep" and c.lower_ in ("for", "to") and any(o.dep_ == "pobj" for o in c.children)
            for c in tok.children
        )
    if cue.pos == "V" and lex.flag(cue.lemma, lex.negation) == "stop":
        # "Russian gas deliveries to Austria stopped": goods or a service that stop cease (a ferry or
        # a bus that stopped in Calais made a stop)
        if any(
            c.dep_ == "nsubj"
            and lex.cue(_lemma(c), c.pos_) is not None
            and _lemma(c) not in lex.carriers
            and not _stayed(c, tok, lex)
            for c in tok.children
        ):
            return False
    if cue.frame == "rely":
        # "the Philippines relies on Indonesia for its coal", "Europe's dependence on Russian gas": a
        # supply only when goods are what is relied on (not "relies on the US for its security")
        return _relied_on_goods(tok, lex)
    if cue.frame == "market":
        # "China is the biggest market for Chilean copper": a market only for goods (not "the stock
        # market", "the Asian market is becoming larger")
        return any(_moved_kind([n], lex) == "transfer" for n in _pobjs(tok, ("for",)))
    if cue.pos == "V" and cue.lemma in lex.words["sojourn"]:
        # "students from Peoria spent a week in Washington": a stay only for a span of time somewhere
        return any(c.dep_ == "dobj" and _lemma(c) in lex.words["timespan"] for c in tok.children) and bool(
            _pobjs(tok, LOCATIVE_PREPS)
        )
    if cue.pos == "V" and cue.lemma in lex.words["fetch"]:
        # "Egypt gets much of its wheat from Russia", "Ukraine got tanks from Poland": goods got from a
        # place (not "got a call from Kyiv", "got out of Mariupol")
        return (
            bool(_pobjs(tok, ("from",)))
            and _moved_kind([o for c in tok.children if c.dep_ == "dobj" for o in _head_nouns(c)], lex) == "transfer"
        )
    if cue.pos == "V" and cue.frame == "brand":
        # "Kyiv called Hungary's decision a provocation", "described the US move as a violation of its
        # sovereignty": naming what someone did an affront is criticism (not "called for talks")
        objects = [c for c in tok.children if c.dep_ == "dobj"]
        names = [c for c in tok.children if c.dep_ in ("oprd", "attr")] + objects[1:]
        names += [o for c in objects[:1] for o in _pobjs(c, ("as",))] + _pobjs(tok, ("as",))
        names += [o for c in objects[:1] for o in c.children if o.dep_ in ("dobj", "oprd")]  # (the parse's
        # "launch a provocation": the name hung on the first object)
        return bool(objects) and any(
            _lemma(n) in lex.words["reproach"]
            or any(c.dep_ in ("amod", "compound") and _lemma(c) in lex.words["reproach"] for c in n.children)
            for n in names
        )
    if cue.pos == "V" and cue.frame == "recall":
        # "recalled its ambassador" reduces relations (CAMEO 161); "recalled its troops" or a memory
        # does not
        return any(c.dep_ in ("dobj", "nsubjpass") and _lemma(c) in lex.words["envoy"] for c in tok.children)
    if cue.pos == "V" and cue.frame == "revoke":
        # "Niger revoked French group Orano's licence": a sanction only on a licence or right (not
        # "revoked the ban", which lifts one)
        return any(c.dep_ in ("dobj", "nsubjpass") and _lemma(c) in lex.words["licence"] for c in tok.children)
    if (
        cue.pos == "V"
        and cue.frame == "arrive"
        and any(
            c.dep_ == "prep" and c.lower_ == "at" and any(_amount(o) for o in c.children if o.dep_ == "pobj")
            for c in tok.children
        )
    ):
        return False  # "Brent crude settled at $82 a barrel": a price, no arrival
    if cue.pos == "V" and cue.frame == "share":
        # "are sharing the cost of the dikes": cooperation only in what places pool (not "share a border")
        return any(c.dep_ in ("dobj", "nsubjpass") and _lemma(c) in lex.words["pooled"] for c in tok.children)
    if cue.pos == "V" and cue.frame == "liable":
        # "Israel holds Iran responsible for the attack": an accusation only with an adjective of blame
        return any(_lemma(c) in lex.words["liable"] and c.dep_ in LIABLE_EDGES for c in tok.children)
    if cue.pos == "V" and cue.frame == "open":
        # "the UAE reopened its embassy in Damascus": diplomatic ties (CAMEO 054) only when what is
        # opened is a mission (not "opened a factory in Ohio")
        return _on_mission(tok, lex)
    if cue.pos == "V" and cue.frame == "shut":
        # "Russia will close the US consulate in St Petersburg": reducing relations (CAMEO 161) only
        # when what is shut is another country's mission
        # ("kept its airspace closed to Moroccan aircraft": what the verb the participle completes keeps)
        held = [*tok.children, *(tok.head.children if tok.dep_ == "oprd" else ())]
        closed = [c for c in held if c.dep_ in ("dobj", "nsubjpass") and _lemma(c) in lex.words["closable"]]
        return _on_mission(tok, lex) or (
            bool(closed) and (bool(_pobjs(tok, ("to", "with"))) or any(_pobjs(c, ("with",)) for c in closed))
        )  # ("closed its airspace to Israeli planes", "closed its border with Colombia": shut to someone,
        # CAMEO 16)
    if cue.pos == "V" and cue.frame == "launch":
        # "Japan launched missiles at North Korea": weapons fired (not "launched a campaign")
        # ("launched a barrage of missiles at Kyiv": what the count counts)
        return any(
            _lemma(n) in lex.words["weapon"] | lex.words["military"]
            for c in tok.children
            if c.dep_ in ("dobj", "nsubjpass")
            for n in _counted(c, lex)
        ) and bool(_pobjs(tok, ("at", "on", "into", "toward", "towards")))
    if cue.pos == "V" and cue.frame == "speak":
        # "German Chancellor Olaf Scholz said in Beijing", "the US envoy told reporters in Kabul": an
        # official of one place speaking in another went there (not "residents said in Columbus")
        where = [tok] + [c for c in tok.children if c.dep_ == "dobj"]
        if not any(_pobjs(t, ("in",)) for t in where):
            return False
        subjects, _ = _subjects(tok, lex)
        return any(_lemma(t) in lex.words["official"] for s in subjects for t in s.subtree)
    if cue.pos == "N" and cue.lemma in lex.words["path"]:
        # "made their way to the United States", "on their way to Kyiv"; not "paved the way for"
        return (tok.dep_ == "dobj" and _lemma(tok.head) in lex.words["path-verb"]) or (
            tok.dep_ == "pobj" and tok.head.lower_ == "on"
        )
    if (
        cue.pos == "N"
        and cue.lemma == "service"
        and any(
            c.dep_ == "compound"
            and c.pos_ == "NOUN"
            and not (_lemma(c) in lex.carriers or _lemma(c) in lex.words["means"])
            for c in tok.children
        )
        and not any(
            c.dep_ in ("prep", "acl") and c.lower_ in DIRECTION_PREPS | {"between", "linking", "connecting"}
            for c in tok.children
        )
    ):
        return False  # "merge their library services", "building-control services": no transport service
    if cue.pos == "N" and any(c.dep_ == "compound" and _lemma(c) in lex.words["facility"] for c in tok.children):
        return False  # "emergency room visits", "hospital visits", "site visits": a call at a building, no trip
    if cue.lemma == "crossing" and any(
        c.dep_ == "compound" and _lemma(c) in lex.words["frontier"] for c in tok.children
    ):
        return False  # "the Georgian-Armenian border crossing at Sadakhlo": a checkpoint, no crossing made
    if (
        cue.pos == "V"
        and cue.types[0] == "route"
        and any(c.dep_ == "xcomp" for c in tok.children)
        # (a place left first is a trip: "Ukrainians have left Poland to return home")
        and not (cue.frame == "leave" and any(c.dep_ == "dobj" and c.pos_ == "PROPN" for c in tok.children))
    ):
        # "continues to cultivate", "moved to expand": aspect, not travel (but "is expected in Tokyo to
        # meet executives" comes for a purpose)
        return cue.frame in ("visit", "expected")
    # (an "acl" the tagger calls a past tense is a participle too: "a ship typically docked in X")
    if (
        cue.pos == "V"
        and cue.frame in ("arrive", "enter", "harm")
        and tok.dep_ in ("acl", "amod")
        and tok.tag_ in ("VBN", "VBD")
        # (but a past tense on a noun the parse left as the sentence's root is its verb: "A flight that
        # left Houston with 140 passengers aboard landed in Guatemala City")
        and not (tok.tag_ == "VBD" and _in_root_phrase(tok.head))
        and _verb_after_apposition(tok) is None
    ):
        return False  # "a ship typically docked in Evansville", "migrants detained in Libya": where they are
    if cue.pos == "V" and cue.lemma in lex.words["opine"]:
        # "the mayors all agreed that some lights should stay off": a shared view, no agreement
        # between them (but "agreed that they would build a railway" is one)
        views = [c for c in tok.children if c.dep_ == "ccomp"]
        if (
            views
            and not any(c.dep_ == "prep" and c.lower_ == "with" for c in tok.children)
            and not any(
                s.dep_ in ("nsubj", "nsubjpass") and s.lower_ in ("they", "we", "both")
                for v in views
                for s in v.children
            )
        ):
            return False
    if cue.pos == "V" and cue.frame == "attack" and not any(c.dep_ == "dobj" for c in tok.children):
        # "houses in Reims were hit hardest", "the hardest-hit states": an impact, no attack
        degree = [c for c in tok.children if c.dep_ == "advmod"]
        if tok.i >= 2 and HYPHEN_RE.match(tok.nbor(-1).text) is not None:
            degree.append(tok.nbor(-2))
        if any(c.lower_ in lex.words["impact"] for c in degree):
            return False
    if cue.pos == "V" and cue.frame == "harm" and not any(c.dep_ in ("dobj", "agent") for c in tok.children):
        return False  # "were killed in Damascus during air strikes": the strikes tell who acted (but "were
        # arrested by the Australian coast guard" names who did)
    if cue.pos == "V" and _lemma(tok) in lex.words["aspect"] and any(c.dep_ == "xcomp" for c in tok.children):
        return False
    if cue.pos == "V" and "conflict" not in cue.types:
        objects = [o for o in tok.children if o.dep_ == "dobj"]
        for o in tok.children:
            inner = lex.cue(_lemma(o), o.pos_) if o.dep_ == "dobj" else None
            if inner is not None and len(objects) > 1 and o.left_edge.i > 0 and o.left_edge.nbor(-1).text == ",":
                inner = None  # "left Odesa bound for Alexandria, the first such shipment since ...": a
                # phrase after a comma the parse hung on the verb as a second object describes the act
            if inner is None and o.dep_ == "dobj" and _lemma(o) in lex.words["bundle"]:
                # ("sent a message of support to Uganda": what the message packs tells the event)
                inner = next((c for p in _pobjs(o, ("of",)) if (c := lex.cue(_lemma(p), p.pos_))), None)
            if inner is not None and inner.frame == "against" and not any(c.lower_ == "against" for c in o.children):
                inner = None  # ("coordinate military action with Moscow": an act, hostile only "against" someone)
            if (
                inner is not None
                and not set(inner.types) & set(cue.types)
                and not _transparent(o, lex)  # ("trained Ukrainian soldiers": the soldiers are only people)
                and not _fled(o, lex)  # ("fled the war in Sudan": a trip away from where the war is)
                and _is_cue_token(o, inner, lex, in_mention)
            ):
                return False  # "traded accusations", "received backing": the object noun tells the event
    # (A hostile act on goods is an event of its own beside them: "banned imports", "seized a cargo".)
    return True


def _blamed(tok: Token, lex: Lexicon) -> list[Token]:
    """Whom "hold ... responsible" blames when the parse makes them the subject of the adjective's small
    clause ("Israel holds Iran responsible": "Iran responsible" a clause of its own)."""
    return [
        s
        for c in tok.children
        if c.dep_ in LIABLE_EDGES and _lemma(c) in lex.words["liable"]
        for s in c.children
        if s.dep_ == "nsubj"
    ]


def _on_mission(tok: Token, lex: Lexicon) -> bool:
    """A verb of closing or opening whose object is a mission ("close the US consulate", "reopened its
    embassy in Damascus"): the ``shut`` and ``open`` frames' own case (anything else ``shut`` closes
    is closed "to" someone: ``bar``)."""
    return any(c.dep_ in ("dobj", "nsubjpass") and _lemma(c) in lex.words["legation"] for c in tok.children)


def _relied_on_goods(tok: Token, lex: Lexicon) -> bool:
    """Whether what a word of relying ("rely", "depend", "dependence") relies on, or relies on someone
    for, is goods: "for more than 80% of its coal", "for much of its gas", "on Russian gas"."""
    nouns = _pobjs(tok, ("on", "upon", "for"))
    nouns += [o for n in nouns for o in _pobjs(n, ("of",))]
    return any(_moved_kind([n], lex) == "transfer" for n in nouns)


def _hyphened(tok: Token) -> bool:
    """The token is joined by a hyphen to the word before or after it ("Lebanon-Syria"), a hyphen the
    tokenizer may also leave on a word when a space follows it ("the Egyptian- Israeli Peace Treaty",
    a line break's hyphen in copied text)."""
    doc = tok.doc
    if any(0 <= j < len(doc) and HYPHEN_RE.match(doc[j].text) is not None for j in (tok.i - 1, tok.i + 1)):
        return True
    before = doc[tok.i - 1].text if tok.i > 0 else ""
    return (len(before) > 1 and before[-1] in HYPHENS) or (len(tok.text) > 1 and tok.text[-1] in HYPHENS)


def _named_pact(tok: Token, cue: Cue, lex: Lexicon) -> bool:
    """The head of a named agreement, signed or changed by whom the sentence names: "Canada and the
    United States expanded their Safe Third Country Agreement", "signed the Anglo-Irish Agreement"
    (a ``pact`` word closing a name that is the object of a verb; the places inside the name are
    no parties: "joined the Paris Agreement"), or a later member of such an object's list: "sponsored
    the Camp David Accords and the Egyptian-Israeli Peace Treaty")."""
    if cue.pos != "N" or _lemma(tok) not in lex.words["pact"]:
        return False
    while tok.dep_ == "conj" and tok.head.pos_ in ("NOUN", "PROPN"):
        tok = tok.head
    return tok.dep_ in ("dobj", "nsubjpass") and tok.head.pos_ == "VERB"


def _verb_read_as_noun(tok: Token, lex: Lexicon) -> Cue | None:
    """A verb of movement the tagger read as a plural noun heading a verbless sentence, as in a
    headline: "Venezuela's oil heads to China" (the parse: "oil heads", a compound), "Brazil ships
    first cargo of beef to Indonesia" (a noun with a direct object). Its compound is what moves,
    or its object."""
    if tok.dep_ == "ROOT" and tok.pos_ == "NOUN" and tok.i > 0:
        # "Chile ships copper to China", "Kenya exports flowers to Europe" parsed as one noun phrase
        # ("ships copper", "exports flowers"): the verb left as a compound right before the root, which
        # is what moves
        verb = tok.nbor(-1)
        cue = lex.cue(_lemma(verb), "VERB") or lex.cue(verb.lower_[:-1], "VERB")
        if (
            verb.dep_ == "compound"
            and verb.head.i == tok.i
            and verb.lower_.endswith("s")
            and verb.tag_ in ("VBZ", "NNS")
            and cue is not None
            and "transfer" in cue.types
            and any(c.dep_ == "prep" and c.lower_ in DIRECTION_PREPS for c in tok.children)
        ):
            return cue
    if tok.dep_ != "ROOT" or tok.tag_ != "NNS" or not any(c.dep_ in ("compound", "nmod") for c in tok.children):
        return None
    if not any((c.dep_ == "prep" and c.lower_ in DIRECTION_PREPS) or c.dep_ == "dobj" for c in tok.children):
        return None  # (a noun takes no direct object: "Brazil ships first cargo of beef to Indonesia")
    cue = lex.cue(_lemma(tok), "VERB")
    return cue if cue is not None and cue.types[0] in ("route", "transfer") else None


NOUN_ONLY_CHILDREN = frozenset({"det", "amod", "compound", "poss", "nummod"})


def _nouns_read_as_verbs(doc: Doc) -> None:
    """Retag as nouns the words the tagger read as verbs where only a noun can stand: an object or
    subject with a determiner, adjective or compound of its own ("held air force drills", parsed
    "drills/VBZ" with "air force" its compound), a "-s" form the parse made a verb's subject ("calls
    at Bergen fell"), or a sentence's first word read as a command that
    the parse made the subject ("Aid from Norway reached Sudan"); and as common nouns the lower-case
    words it read as names ("solidarity/NNP"). The parse keeps its arcs; the cue lexicon then reads
    the noun."""
    for tok in doc:
        if tok.tag_ == "VBZ" and (
            (
                tok.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass", "attr")
                and any(c.dep_ in NOUN_ONLY_CHILDREN for c in tok.children)
            )
            # (a finite verb is never a subject: "calls at Tromso rose" is the noun)
            or (tok.dep_ in ("nsubj", "nsubjpass") and tok.head.pos_ in ("VERB", "AUX"))
        ):
            tok.tag_ = "NNS"
            tok.pos_ = "NOUN"
        elif tok.i == 0 and tok.tag_ in ("VB", "VBP") and tok.dep_ in ("nsubj", "nsubjpass", "csubj", "csubjpass"):
            # "Aid from Norway reached Sudan": a sentence's first word the tagger read as a command
            # but the parse made the subject is a noun
            tok.tag_ = "NN"
            tok.pos_ = "NOUN"
        elif tok.pos_ == "PROPN" and tok.is_alpha and tok.text.islower():
            # "Cuba's foreign minister expressed solidarity with Venezuela", "solidarity/NNP": a word in
            # lower case is no name
            tok.tag_ = "NNS" if tok.tag_ == "NNPS" else "NN"
            tok.pos_ = "NOUN"


def _landing_places(cue: Token, refs: list[PlaceRef], heads: list, lex: Lexicon) -> list[PlaceRef]:
    """The places where a participle of arriving on a cue verb puts the mover: "sent a contingent to
    Haiti, landing at Port-au-Prince's airport", "flew to Japan, arriving in Osaka"."""
    out = []
    for c in cue.children:
        found = lex.cue(_lemma(c), c.pos_)
        if c.dep_ != "advcl" or c.tag_ != "VBG" or found is None or found.frame != "arrive":
            continue
        below = {t.i for p in c.children if p.dep_ == "prep" and p.lower_ in ("at", "in", "on") for t in p.subtree}
        out += [r for r, h in zip(refs, heads, strict=True) if h is not None and h.i in below]
    return out


def _sport(doc: Doc, lex: Lexicon) -> bool:
    """A sentence about a game: a noun of the ``sport`` class, or a ``score`` counted ("by 295
    runs")."""
    for t in doc:
        lemma = _lemma(t)
        if t.pos_ in ("NOUN", "PROPN") and lemma in lex.words["sport"]:
            return True
        if t.dep_ == "compound" and lemma in lex.words["sport-mark"]:
            return True  # "won on a penalty shootout"
        if t.pos_ == "NOUN" and lemma in lex.words["score"] and any(c.pos_ == "NUM" for c in t.children):
            return True
    return False


def _marked_cue(tok: Token, lex: Lexicon) -> Cue | None:
    """The cue a word of a ``MARKED_CUES`` class makes of what it marks: a noun by its adjective or
    compound ("a joint research centre", "an anti-dumping investigation into French brandy"), a
    verb by its adverb ("began producing gas jointly")."""
    if tok.pos_ == "VERB" and _lemma(tok) in lex.words["pool"] and _pooled(tok):
        cue = lex.cue("cooperate", "VERB")  # "Jordan and Iraq will link their power grids"
        return None if cue is None else replace(cue, frames=("joint",))
    # (a verb's adverb also where the parse hung it on a phrase of the verb: "patrol the strait
    # jointly under a plan")
    adverbs = [*tok.children, *(a for c in tok.children if c.dep_ == "prep" for a in c.children)]
    # (and a noun's modifiers' own: "a joint glacier observatory" with "joint" hung on "glacier")
    modifiers = [c for c in tok.children if c.dep_ in ("amod", "compound")]
    modifiers += [m for c in modifiers for m in c.children if m.dep_ in ("amod", "compound") and m.i < c.i]
    forms = {c.i: _marker_forms(c) for c in [*adverbs, *modifiers]}
    if not any(f & lex.markers for f in forms.values()):
        return None
    for marker, (noun_cue, verb_cue, verb_frame) in MARKED_CUES.items():
        words = lex.words[marker]
        if tok.pos_ == "NOUN" and any(forms[c.i] & words for c in modifiers):
            return lex.cue(noun_cue, "NOUN")
        if verb_cue and tok.pos_ == "VERB" and any(c.dep_ == "advmod" and c.lower_ in words for c in adverbs):
            cue = lex.cue(verb_cue, "VERB")
            return None if cue is None else replace(cue, frames=(verb_frame,))
    return None


def _pooled(tok: Token) -> bool:
    """A verb of joining done to what its doers own together: "link their power grids", "pool their
    reserves" (not "links Denmark and Sweden", "merged its units")."""
    return any(
        c.dep_ == "dobj" and any(g.dep_ == "poss" and g.lower_ == "their" for g in c.children) for c in tok.children
    )


def _marker_forms(tok: Token) -> set[str]:
    """A possible marker's lemma and form, and the hyphened word the parse split it from ("subsidy"
    of "an anti-subsidy investigation" is "anti-subsidy")."""
    forms = {_lemma(tok), tok.lower_}
    if tok.i >= 2 and tok.nbor(-1).text == "-" and not tok.nbor(-1).whitespace_ and not tok.nbor(-2).whitespace_:
        forms.add(f"{tok.nbor(-2).lower_}-{tok.lower_}")
    return forms


def _made_word(participle: Token, lex: Lexicon) -> bool:
    """A participle that says where goods come from ("mined", "built"), or where an animal does
    ("red pandas born at Edinburgh Zoo"; a person's birthplace is no origin of a move)."""
    lemma = _lemma(participle)
    return lemma in lex.words["made"] or (lemma in lex.words["bred"] and _lemma(participle.head) in lex.words["animal"])


def _made_before(tok: Token, lex: Lexicon) -> bool:
    """A verb coordinated after a participle of making: "the roses are grown in Naivasha and flown to
    Amsterdam" (products; not a past tense: "took off from Tripoli and landed in Rome", "take a bus to
    Mackay and return to Cairns")."""
    head = tok.head
    return tok.dep_ == "conj" and head.pos_ == "VERB" and head.tag_ == "VBN" and _lemma(head) in lex.words["made"]


def _made_subject_origin(
    event: Event, cue: Token, refs: list[PlaceRef], heads: list, list_heads: list[int], lex: Lexicon
) -> None:
    """Where goods were made, when the parse reads the participle that says so as the subject of the
    verb that moves them, the goods as its own subject: "rice grown in Stuttgart may be exported to
    Cuba", "most of the tuna canned in Pago Pago is shipped to the United States" (the participle
    describes the goods it governs)."""
    made = next(
        (
            c
            for c in cue.children
            if c.dep_ in ("nsubj", "nsubjpass")
            and c.pos_ == "VERB"
            and c.tag_ in ("VBN", "VBD")
            and _made_word(c, lex)
            and any(g.dep_ == "nsubj" and g.pos_ in ("NOUN", "ADJ") for g in c.children)
        ),
        None,
    )
    if made is None:
        return
    for n, (ref, head) in enumerate(zip(refs, heads, strict=True)):
        if _made_there(head, made):
            event.roles.setdefault("origin", []).append(Arg(ref, "made", list_heads[n]))


def _made_there(head: Token | None, made: Token) -> bool:
    """Whether a place (its head token) is where ``made`` happened: "grown in Kenya", "loaded at
    Port Hedland", "bought from a dealer"."""
    return (
        head is not None
        and head.dep_ == "pobj"
        and head.head.lower_ in ("at", "in", "from")
        and head.head.head.i == made.i
    )


def _args_at(refs: list[PlaceRef], heads: list, list_heads: list[int], at: Iterable[Token], slot: str) -> list[Arg]:
    """The places whose head token is one of ``at``, as arguments of ``slot``."""
    indices = {t.i for t in at}
    return [
        Arg(ref, slot, list_heads[n])
        for n, (ref, head) in enumerate(zip(refs, heads, strict=True))
        if head is not None and head.i in indices
    ]


# The units a price, a rate or an index level is told in ("settled at 82 dollars", "closed at 3,200 points").
PRICE_UNITS = frozenset({"dollar", "dollars", "cents", "euro", "euros", "yen", "percent", "%", "points"})


def _amount(tok: Token) -> bool:
    """A sum of money, a rate or a level: "$82", "82 dollars", "1.2 percent", "3,200 points" (not a
    time: "at 3 p.m.")."""
    return tok.tag_ == "$" or any(c.tag_ == "$" for c in tok.children) or tok.lower_ in PRICE_UNITS


def _trip_end(tok: Token, lex: Lexicon) -> Cue | None:
    """A verb of finishing, joined with no subject of its own to a traveller's step, is the trip's last
    stop, read as arriving: "opened its tour in Seoul ... and will finish in Tokyo", "travelled on to
    Hamburg and closed in Copenhagen", "will travel on to Vientiane and end the week in Dhaka"."""
    if (
        tok.pos_ != "VERB"
        or tok.dep_ != "conj"
        or _lemma(tok) not in lex.words["finish"]
        or any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
        or not any(
            c.dep_ == "prep" and c.lower_ in ("in", "at")
            for t in [tok, *(o for o in tok.children if o.dep_ == "dobj" and _route_noun(o, lex))]
            for c in t.children
        )  # (or on the trip it ends: "ended the trip in Bangkok")
    ):
        return None
    step = tok.head
    trip = _phrasal_cue(step, lex) or lex.cue(_lemma(step), "VERB")
    if not (
        (trip is not None and trip.types[0] == "route")
        or any(
            c.dep_ == "dobj" and (noun := lex.cue(_lemma(c), "NOUN")) is not None and noun.types[0] == "route"
            for c in step.children
        )  # ("opened its Asian tour in Seoul")
    ):
        return None
    return lex.cue("arrive", "VERB")


def _route_noun(tok: Token, lex: Lexicon) -> bool:
    """A noun of a trip or a tour: "the trip", "his annual Africa tour"."""
    noun = lex.cue(_lemma(tok), "NOUN")
    return noun is not None and noun.types[0] == "route"


def _carrier_or_service(noun: Token, lex: Lexicon) -> bool:
    """A carrier ("a bus", "the ferry") or a service ("a flight", "the shuttle")."""
    return _lemma(noun) in lex.carriers or ((c := lex.cue(_lemma(noun), "NOUN")) is not None and c.frame == "service")


def _means_of_travel(noun: Token, lex: Lexicon) -> bool:
    """A noun of how people or goods travel, after "by": "by boat", "by train", "by road"."""
    return _lemma(noun) in lex.carriers or _lemma(noun) in lex.words["means"]


def _ridden(tok: Token, lex: Lexicon) -> Cue | None:
    """A verb of the ``ride`` class with a carrier or a service as its object travels: "take a bus to
    Mackay", "caught a ferry to Jaffna", "boarded a flight to Doha" (as "travelled to")."""
    if tok.pos_ != "VERB" or _lemma(tok) not in lex.words["ride"]:
        return None
    for o in tok.children:
        if o.dep_ == "dobj" and _carrier_or_service(o, lex):
            return lex.cue("travel", "VERB")
    return None


def _taken(tok: Token, lex: Lexicon) -> Cue | None:
    """Someone or something taken to a place is brought there: "the women were taken across the Sahara
    to Tripoli" (as "brought to"; but "took Guyana to court" is a dispute, frame court)."""
    if tok.pos_ != "VERB" or _lemma(tok) != "take":
        return None
    to = [p for p in tok.children if p.dep_ == "prep" and p.lower_ in ("to", "into")]
    to += [  # ("were then taken by train to Lviv", the "to" hung on the means)
        p
        for b in tok.children
        if b.dep_ in ("prep", "agent") and b.lower_ == "by"
        for o in b.children
        if o.dep_ == "pobj" and _means_of_travel(o, lex)
        for p in o.children
        if p.dep_ == "prep" and p.lower_ in ("to", "into")
    ]
    if not to or any(_lemma(t) in lex.words["court"] for p in to for t in p.subtree):
        return None
    moved = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    if tok.dep_ == "conj" and not moved:
        moved = [c for c in tok.head.children if c.dep_ == "nsubjpass"]  # ("were driven ... and then taken")
    if not moved or _moved_kind([n for m in moved for n in _head_nouns(m)], lex) is None:
        return None
    return lex.cue("bring", "VERB")


def _move_noun(tok: Token, lex: Lexicon) -> Cue | None:
    """A move "from" or "to" a place is a relocation: "his move from Porto to Marseille", "the
    striker's loan move to Turin" (but "a move against Iran" is a hostile act)."""
    if tok.pos_ != "NOUN" or _lemma(tok) != "move":
        return None
    if not any(
        p.dep_ == "prep"
        and p.lower_ in ("from", "to")
        and any(o.dep_ == "pobj" and o.pos_ == "PROPN" for o in p.children)
        for p in tok.children
    ):
        return None
    return lex.cue("relocation", "NOUN")


def _due_in(tok: Token, lex: Lexicon) -> Cue | None:
    """Being due in a place is arriving there, a plan: "is due in Asuncion on Wednesday", "the ship is
    due back in Florida on Friday" (but "is due to arrive" leaves the arriving to its own verb)."""
    if tok.lower_ != "due" or tok.dep_ != "acomp":
        return None
    heads = [tok] + [c for c in tok.children if c.dep_ == "advmod" and c.lower_ in ("back", "home")]
    where = [o for h in heads for o in _pobjs(h, ("in", "at"))]
    if not where or any(_lemma(o) in lex.words["court"] for o in where):
        return None  # ("was due in Bridgeport Superior Court today": an appearance before a judge, no trip)
    return lex.cue("arrive", "VERB")


def _expected_in(tok: Token, lex: Lexicon) -> Cue | None:
    """People expected in a place are to arrive there, a plan: "the Brazilian minister is expected in
    Tokyo next week" (not "rain is expected in Lima", nor "is expected to arrive", which its own verb
    tells)."""
    if tok.lower_ != "expected" or tok.tag_ != "VBN" or not any(c.dep_ == "auxpass" for c in tok.children):
        return None
    if not _pobjs(tok, ("in", "at")):
        return None
    subjects = [c for c in tok.children if c.dep_ == "nsubjpass"]
    if not subjects or _moved_kind(subjects, lex) != "route":
        return None
    cue = lex.cue("arrive", "VERB")
    return None if cue is None else replace(cue, frames=("expected",))


def _blacklisted(tok: Token, lex: Lexicon) -> Cue | None:
    """Putting someone on a blacklist sanctions them (CAMEO 163): "Washington added two Hong Kong firms
    to its export blacklist", "put three Iranian companies on its sanctions list" (not "added Lima to
    its tour", "put Peru on the list of destinations")."""
    if tok.pos_ != "VERB" or _lemma(tok) not in lex.words["enlist"]:
        return None
    lists = _pobjs(tok, ("to", "on", "onto"))
    if not any(
        _lemma(n) in lex.words["blacklist"]
        or (
            _lemma(n) == "list"
            and any(c.dep_ == "compound" and _lemma(c) in lex.words["blacklist"] for c in n.children)
        )
        for n in lists
    ):
        return None
    return lex.cue("sanction", "VERB")


def _carrier_line(tok: Token, lex: Lexicon) -> Cue | None:
    """A noun of the ``line`` class with a service noun compounded on it reads as that service: "a bus
    link between Truro and Falmouth", "the ferry line to Jaffna" (as "a bus service")."""
    if tok.pos_ != "NOUN" or _lemma(tok) not in lex.words["line"]:
        return None
    for c in tok.children:
        if c.dep_ == "compound" and (cue := lex.cue(_lemma(c), "NOUN")) is not None and cue.frame == "service":
            return cue
    return None


def _carrier_moving(tok: Token, lex: Lexicon) -> Cue | None:
    """A carrier noun told with where it comes from and where it goes reads as a shipment when it
    carries goods, as a flight when not: "aid convoys from Chad into Darfur", "trucks from Kenya to
    Uganda" (a carrier told with one end only is no movement of its own: "trucks from Kenya")."""
    if tok.pos_ != "NOUN" or _lemma(tok) not in lex.carriers:
        return None
    if _shipped(tok, lex):
        return None  # "the shipment of 40 electric buses from Zhengzhou to Santiago": the buses are goods shipped
    preps = [p for p in tok.children if p.dep_ == "prep"]
    preps += [c for p in preps if p.lower_ == "from" for c in p.children if c.dep_ == "prep"]  # ("from X to Y")
    ends = {p.lower_ for p in preps if any(o.dep_ == "pobj" for o in p.children)}
    if "from" not in ends or not ends & {"to", "into", "toward", "towards"}:
        return None
    return lex.cue("shipment", "NOUN") if _carries_goods(tok, lex) else lex.cue("flight", "NOUN")


def _shipped(noun: Token, lex: Lexicon) -> bool:
    """A noun that is what a noun of moving goods holds: "the shipment of 40 electric buses", "a
    delivery of ferries" (goods, whatever carries goods or people), or what a verb that moves only
    goods moves: "sold two ferries to Greece", "will lend two metro trains to Porto"."""
    if noun.dep_ == "dobj" and noun.head.pos_ == "VERB":
        moving = lex.cue(_lemma(noun.head), "VERB")
        return moving is not None and "transfer" in moving.types and "route" not in moving.types
    return (
        noun.dep_ == "pobj"
        and noun.head.lower_ == "of"
        and (moving := lex.cue(_lemma(noun.head.head), "NOUN")) is not None
        and moving.types[0] == "transfer"
    )


def _carrier_running(tok: Token, lex: Lexicon) -> Cue | None:
    """A verb of running a service (class ``ply``) whose subject is a carrier or a service, told with
    where it runs: "the luxury train runs from Singapore to Kuala Lumpur and then on to Penang", "the
    ferry runs between Athens and Izmir", "a bus service operates from Lima to Quito" (a route)."""
    if tok.pos_ != "VERB" or _lemma(tok) not in lex.words["ply"] or any(c.dep_ == "dobj" for c in tok.children):
        return None
    # (the parse may hang the subject on the verb as a compound: "The train runs from Lisbon")
    subjects = [n for c in tok.children if c.dep_ in ("nsubj", "compound") and c.i < tok.i for n in _head_nouns(c)]
    if not any(_carrier_or_service(n, lex) for n in subjects):
        return None
    ends = {p.lower_ for p in tok.children if p.dep_ == "prep" and any(o.dep_ == "pobj" for o in p.children)}
    if not ends & {"from", "to", "between"}:
        return None
    return lex.cue("shuttle", "VERB")


def _head_nouns(tok: Token) -> list[Token]:
    """A noun and the nouns coordinated with it ("weapons and drones")."""
    out = [tok]
    for c in tok.children:
        if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN", "PRON"):
            out += _head_nouns(c)
    return out


def _carries_goods(noun: Token, lex: Lexicon) -> bool:
    """A carrier that holds goods: "oil tankers", "a ship carrying grain"."""
    for c in noun.children:
        if c.dep_ in ("compound", "amod", "nmod") and _lemma(c) in lex.goods:
            return True
        if c.dep_ == "acl" and _lemma(c) in ("carry", "transport", "load", "haul"):
            # "a ship carrying grain", "trucks loaded with wheat", "a dhow loaded with charcoal"
            held = [d for d in c.children if d.dep_ == "dobj"]
            held += [o for d in c.children if d.dep_ == "prep" and d.lower_ == "with" for o in d.children]
            if any(_lemma(o) in lex.goods or _load(o, lex) for d in held for o in _head_nouns(d)):
                return True
        if c.dep_ == "prep" and c.lower_ in ("of", "with"):
            # "a cargo of grain", "a convoy of trucks carrying food"; what a carrier is "of" is its
            # load: "three lorries of lighting rigs and costumes"
            if any(
                _lemma(o) in lex.goods
                or (_lemma(o) in lex.carriers and _carries_goods(o, lex))
                or (c.lower_ == "of" and _load(o, lex))
                for p in c.children
                if p.dep_ == "pobj"
                for o in _head_nouns(p)
            ):
                return True
    return False


def _load(noun: Token, lex: Lexicon) -> bool:
    """A common noun a carrier holds that is no person, carrier, force or act: its load, goods
    whatever the goods list says ("lorries of lighting rigs", "a dhow loaded with charcoal")."""
    lemma = _lemma(noun)
    return (
        noun.pos_ == "NOUN"
        and lemma not in lex.carriers
        and lemma not in lex.words["military"]
        and _moved_kind([noun], lex) is None
        and lex.cue(lemma, "NOUN") is None
    )


def _counted(noun: Token, lex: Lexicon) -> list[Token]:
    """A noun, and when it is a count or a volley, what it counts ("a barrage of missiles",
    "hundreds of drones")."""
    if _lemma(noun) not in lex.words["quantity"]:
        return [noun]
    return [noun] + [o for c in _pobjs(noun, ("of",)) for o in _head_nouns(c)]


# Pronouns that can only stand for people ("they" and "them" may be goods)
PERSONAL_PRONOUNS = frozenset({"he", "him", "she", "her", "we", "us", "i", "me"})


def _moved_kind(nouns: list[Token], lex: Lexicon) -> str | None:
    """route for people (and empty carriers), transfer for goods (and loaded carriers), else None."""
    for n in nouns:
        lemma = _lemma(n)
        if lemma in lex.words["quantity"] and n.dep_ != "pobj":
            # "millions of Syrian refugees": what the count counts moves (a bare "$5 million" is money)
            inner = _moved_kind(
                [
                    o
                    for p in n.children
                    if p.dep_ == "prep" and p.lower_ == "of"
                    for c in p.children
                    if c.dep_ == "pobj"
                    for o in _head_nouns(c)
                ],
                lex,
            )
            if inner:
                return inner
        if lemma in lex.carriers:
            return "transfer" if _carries_goods(n, lex) else "route"
        if (
            lemma in lex.people
            or (n.pos_ == "PRON" and n.lower_ in PERSONAL_PRONOUNS)
            or n.i in n.doc.user_data.get(PEOPLE_TOKENS, ())  # "thousands of Venezuelans poured into Colombia"
        ):
            return "route"  # ("He was transferred to a prison in Drumheller": a person, never goods)
        if n.pos_ == "PROPN" and any(c.dep_ == "compound" and _lemma(c) in lex.people for c in n.children):
            return "route"  # "President Lula", "Prime Minister Modi": a person by title
        if any(
            c.dep_ == "relcl"
            and any(
                s.dep_ in ("nsubj", "nsubjpass", "dobj")
                and (s.lower_ in ("who", "whom") or any(g.dep_ == "poss" and g.lower_ == "whose" for g in s.children))
                for s in c.children
            )
            for c in n.children
        ):
            return "route"  # "a walker who broke her ankle was airlifted", "a climber whose rope snapped": a person
        if n.pos_ == "PROPN" and lemma.endswith("s") and lemma[:-1] in lex.words["animal"]:
            return "route"  # "the Super Eagles flew to Abuja": a team named after an animal
        if lemma in lex.goods or (n.pos_ == "PROPN" and lemma.endswith("s") and lemma[:-1] in lex.goods):
            return "transfer"  # (a name's plural keeps its "s" as its lemma: "the Benin Bronzes")
        if (noun_cue := lex.cue(lemma, "NOUN")) is not None and noun_cue.types[0] == "transfer":
            return "transfer"  # "a shipment of drones arrived"
        if noun_cue is not None and noun_cue.types[0] == "route" and noun_cue.frame == "service" and lemma != "service":
            return "route"  # "the flight was diverted to Cairo": a run of a line is a trip (a bare
            # "service" may be any work: "provide building-control services to Carmarthenshire")
        if n.pos_ == "NUM" and any(c.tag_ == "$" for c in n.children):
            return "transfer"  # "sent $250,000": a sum of money
        if any(c.dep_ == "acl" and c.tag_ == "VBN" and _made_word(c, lex) for c in n.children):
            return "transfer"  # "fuselage sections built in Hamburg", "parts made in Mexico": products
        if n.dep_ == "pobj":
            continue
        # "thousands of doctors", "2,000 tonnes of wheat", "$5 million in aid": the noun after "of"
        # (or a sum's "in") is what moves
        for p in n.children:
            if p.dep_ == "prep" and (p.lower_ == "of" or (p.lower_ == "in" and n.pos_ == "NUM")):
                inner = _moved_kind([o for c in p.children if c.dep_ == "pobj" for o in _head_nouns(c)], lex)
                if inner:
                    return inner
    return None


PLACE_TOKENS = "geo.place_tokens"  # Doc.user_data key: the indices of the tokens of place mentions
PEOPLE_TOKENS = "geo.people_tokens"  # ... and of demonyms in the plural, that name people ("Venezuelans")


def _named_person(n: Token, lex: Lexicon) -> bool:
    """A bare capitalised name moved by a verb of the ``custody`` class, no place and no thing: "Kovacs
    was transferred", "deputies transported Jenkins" (not "the Ever Given", "NATO", a place or a
    named good)."""
    return (
        n.pos_ == "PROPN"
        and n.dep_ in ("dobj", "nsubjpass")
        and n.text[:1].isupper()
        and not n.text.isupper()
        and n.i not in n.doc.user_data.get(PLACE_TOKENS, ())
        and not any(c.dep_ in ("det", "amod", "nummod", "poss") for c in n.children)
        and all(c.pos_ == "PROPN" and c.text[:1].isupper() for c in n.children if c.dep_ == "compound")
        and _lemma(n) not in lex.goods
        and _lemma(n) not in lex.carriers
    )


def _moved(tok: Token, cue: Cue) -> list[Token]:
    """The nouns a moving cue moves: its object, the noun a participle describes, a noun's "of"."""
    moved = [o for c in tok.children if c.dep_ in ("dobj", "nsubjpass") for o in _head_nouns(c)]
    moved += [
        o
        for p in tok.children
        if p.dep_ == "prep" and p.lower_ == "with"
        for c in p.children
        if c.dep_ == "pobj"
        for o in _head_nouns(c)
    ]  # "supplied Sudan with grain"
    if (tok.dep_ == "acl" and tok.tag_ == "VBN") or (tok.dep_ == "amod" and tok.lower_ in BOUND_WORDS):
        moved.append(tok.head)  # "cocaine shipped from Colombia", "Zambia-bound fuel"
    if tok.dep_ == "conj" and tok.tag_ in ("VBN", "VBD") and tok.head.pos_ in ("NOUN", "PROPN"):
        moved.append(tok.head)  # ("wheat loaded at Odesa and destined for Egypt", the participle joined to the wheat)
    if tok.dep_ == "relcl" and any(
        c.dep_ in ("dobj", "nsubjpass") and c.lower_ in RELATIVE_PRONOUNS for c in tok.children
    ):
        moved.append(tok.head)  # "migrants who were smuggled from Libya", "the grain that Kenya ships"
    if cue.pos == "V" and tok.pos_ == "NOUN" and tok.dep_ == "ROOT" and _lemma(tok) != cue.lemma:
        moved.append(tok)  # ("Chile ships copper to China" read as one noun phrase: the copper)
    if cue.pos == "N":
        moved += [
            o
            for p in tok.children
            if p.dep_ == "prep" and p.lower_ == "of"
            for c in p.children
            if c.dep_ == "pobj"
            for o in _head_nouns(c)
        ]
        moved += [c for c in tok.children if c.dep_ == "compound"]
    return moved


def _stops_apart(verb: Token, destinations: list[Arg], heads: list, refs: list[PlaceRef], goods: bool = False) -> bool:
    """Whether a travel verb of one traveller (a singular subject) reaches two or more places each by
    a "to" of its own on the verb ("to Lima on Monday and to Quito on Tuesday", "to Lima and from
    there to Quito", "to Almaty on Thursday and from there to Tashkent"; not one "to" with a list,
    "to Lima and Quito", which may be parallel). Goods (``goods``), of any number, go on only "from
    there": "samples were sent to Moscow and from there to London" (but "aid was sent to Gaza and to
    Sudan" is two shipments)."""
    if verb.pos_ != "VERB" or len({a.ref.place_id for a in destinations}) < 2:
        return False
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if goods:
        if not any(_from_there(t) for t in verb.subtree):
            return False
    elif not subjects or subjects[0].tag_ not in ("NN", "NNP", "PRP") or subjects[0].lower_ in ("they", "we"):
        return False
    head_of = {(r.start, r.end): h for r, h in zip(refs, heads, strict=True)}
    preps = []
    for a in destinations:
        h = head_of.get((a.ref.start, a.ref.end))
        if h is not None and a.slot in ("to", "into") and h.dep_ == "pobj" and h.head.lower_ == "in":
            h = h.head.head  # ("to a laboratory in Moscow and from there to London": the laboratory's "to")
        if h is None or a.slot not in ("to", "into") or h.dep_ != "pobj" or h.head.lower_ not in ("to", "into"):
            return False
        prep = h.head
        while prep.dep_ == "conj" and prep.head.pos_ == "ADP":
            prep = prep.head  # ("on Monday and to Quito": the second "to" hangs on the first phrase)
        if prep.head.i != verb.i and prep.head.head.i != verb.i and not _through_preps(prep, verb):
            return False
        preps.append(h.head.i)
    return len(set(preps)) == len(preps)


def _chained_legs(event: Event) -> bool:
    """Whether a later "from" of the event names a place an earlier "to" reached, so its legs follow
    one another whoever travels: "fighters moved from Hama to Homs on Friday and from Homs to Damascus
    on Saturday" (not "from Lima and from Quito to Bogota")."""
    reached = [a for a in event.roles.get("destination", []) if a.slot in ("to", "into", "toward", "towards")]
    left = [a for a in event.roles.get("origin", []) if a.slot == "from"]
    return len(reached) >= 2 and any(
        o.ref.place_id == d.ref.place_id and o.ref.start > d.ref.start for o in left for d in reached
    )


def _from_there(tok: Token) -> bool:
    """A "from there" (or "thence", "from where") told as a later leg's start."""
    if tok.lower_ == "thence":
        return True
    return tok.lower_ == "from" and any(c.lower_ in ("there", "where") for c in tok.children)


def _onward_prep(tok: Token) -> bool:
    """An "on" read as a preposition with no object of its own and a "to" on it: "is due to travel on
    to Amman" (the parse's other reading makes "on" a particle)."""
    return (
        tok.dep_ == "prep"
        and tok.lower_ in ("on", "onward", "onwards")
        and not any(c.dep_ == "pobj" for c in tok.children)
        and any(c.dep_ == "prep" and c.lower_ in ("to", "into") for c in tok.children)
    )


def _legs_on(preps: list[Token]) -> list[Token]:
    """Adverbs inside phrases of direction (or on a verb among them) that may carry a stop of their
    own: "from Prudhoe Bay down to Vancouver" (an adverb in the "from" phrase), "then on to Mexico
    City" and "from there on to Maputo" (an "on" of a later stop hung on the phrase before)."""
    return [
        a
        for p in preps
        if p.lower_ in DIRECTION_PREPS or p.pos_ == "VERB"
        # (or on the place a "from" names: "from camps in Kigoma back to Burundi")
        for a in [*p.children, *(c for o in p.children if o.dep_ == "pobj" and p.lower_ == "from" for c in o.children)]
        if (a.dep_ == "advmod" and a.pos_ == "ADV")
        or ((a.dep_ in LATER_EDGES or a.dep_ in ("pcomp", "prep")) and _later_adverb(a))
        or _onward_prep(a)
    ]


def _planned_on(verb: Token) -> list[Token]:
    """The verb of planning a travel verb completes ("plans to travel ... and then on to Kigali"),
    whose later stops the parse may hang there."""
    return [verb.head] if verb.pos_ == "VERB" and verb.dep_ == "xcomp" and verb.head.pos_ == "VERB" else []


def _through_preps(prep: Token, verb: Token) -> bool:
    """Whether ``prep`` hangs on ``verb`` through other prepositions only ("on Thursday and from there
    to Tashkent": the "to" on "from", joined to "on", on the verb)."""
    node = prep.head
    for _ in range(4):
        if node.i == verb.i:
            return True
        if node.pos_ != "ADP":
            return False
        node = node.head
    return False


def _brought_home(verb: Token, lex: Lexicon) -> bool:
    """A verb that takes its subject's own people home: "repatriated", "brought home", or one whose
    object is "its" or "their" citizens ("airlifted its citizens out of Afghanistan")."""
    if verb.pos_ != "VERB":
        return False
    if _lemma(verb) == "repatriate" or any(c.dep_ == "advmod" and c.lower_ == "home" for c in verb.children):
        return True
    return any(
        c.dep_ == "dobj"
        and _lemma(c) in lex.people
        and any(p.dep_ == "poss" and p.lower_ in ("its", "their") for p in c.children)
        for c in verb.children
    )


def _armed_doer(noun: Token, lex: Lexicon) -> bool:
    """A noun for armed forces, weapons or an armed attack: who or what can attack."""
    return _lemma(noun) in lex.words["military"] | lex.words["weapon"] or _armed_attack(noun, lex)


def _armed_attack(noun: Token, lex: Lexicon) -> bool:
    """A noun for an armed attack: "air strikes", "shelling" ("Russian shelling destroyed a school")."""
    attack = lex.cue(_lemma(noun), noun.pos_)
    return attack is not None and attack.frame == "attack" and attack.cameo_class == "material-conflict"


def _where_they_are(tok: Token, lex: Lexicon) -> bool:
    """A cue of the ``located`` class describing a noun with where it is, no act: "Ukrainians
    sheltering in Poland", "who had sheltered in Poland" (a place on it climbs on to the noun)."""
    return (
        _lemma(tok) in lex.words["located"]
        and tok.dep_ in ("acl", "relcl")
        and any(c.dep_ == "prep" and c.lower_ in LOCATIVE_PREPS for c in tok.children)
        and not any(c.dep_ == "dobj" for c in tok.children)
    )


def _event_type(tok: Token, cue: Cue, lex: Lexicon) -> str:
    """The relation type of a cue here: its lexicon type, or what what it moves makes it ("-": none)."""
    kind = cue.types[0]
    if _where_they_are(tok, lex):
        return "-"
    if cue.frame == "offer":
        # Only an offer taken up or turned down is a link of its own ("Argentina rejected a Chinese offer",
        # "Kenya accepted Uganda's offer"); one merely made, studied or discussed says too little
        if tok.dep_ not in ("dobj", "nsubjpass") or (_phrasal(tok.head, lex) or _lemma(tok.head)) not in (
            lex.words["turn-down"] | lex.words["take-up"]
        ):
            return "-"
        # "Beijing's offer of a $1 billion loan", "a proposal to import eggs from India": an offer of goods
        # or of a trip is that move, offered (its own cue reads it); an offer of anything else is one of
        # cooperation
        content = [o for c in _pobjs(tok, ("of",)) for o in _head_nouns(c)]
        content += [c for c in tok.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"]
        if any((c := lex.cue(_lemma(t), t.pos_)) is not None and c.types[0] != "tie" for t in content) or (
            _moved_kind([t for t in content if t.pos_ != "VERB"], lex) is not None
        ):
            return "-"  # (and "an offer of aid", "of 500 troops": goods or people sent)
    if (
        cue.frame == "meet"
        and tok.pos_ == "NOUN"
        and any(c.dep_ in ("amod", "compound") and _lemma(c) in lex.words["apart"] for c in tok.children)
    ):
        return "-"  # "gave separate press conferences in Nairobi and Kampala": no meeting between them
    if any(
        t.dep_ in ("xcomp", "advcl") and t.tag_ == "VB" and _lemma(t.head) in lex.words["vie"]
        for t in [tok, *list(tok.ancestors)[:2]]
    ):
        return "-"  # "Addis Ababa, Nairobi and Kampala are bidding to host the institute": rivals
    if (
        cue.pos == "V"
        and cue.lemma in lex.words["menace"]
        and any((n := lex.cue(_lemma(o), "NOUN")) is not None and n.types[0] == "conflict" for o in _objects(tok))
    ):
        return "-"  # "China threatened anti-dumping duties on New Zealand honey": the duties (hedged) are the act
    if cue.frame == "attack" and lex.flag(cue.lemma, lex.negation) == "deny" and tok.pos_ == "VERB":
        # "Argentina rejected a Chinese offer to build a plant": an offer of cooperation turned down is
        # no hostile act (the offer's own tie, which the rejection negates, is the link)
        if any(_lemma(o) in lex.words["offer"] for c in _objects(tok) for o in _head_nouns(c)):
            return "-"
    if _helping_move(tok, lex):
        return "-"  # "sent $25 million to help Costa Rica rebuild": the help is the money sent (its destination)
    if cue.lemma in lex.words["admission"]:
        # "suspended work visas for Pakistani nationals" is a ban aimed at them; "issued visas" is none
        return kind if _negated(tok, lex) else "-"
    if cue.lemma in lex.words["object-sense"] and (
        any(c.dep_ == "dobj" for c in tok.children)
        or (tok.dep_ == "relcl" and (_zero_relative(tok) or _relative_object(tok)))
    ):
        return "-"  # "the dispute, which Dutch courts settled in Kyiv's favour": settling it, no trip
    if cue.lemma in lex.words["stopped"] and any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children):
        return "-"  # "a shipment bound for Taipei was stopped at Grangemouth": held there, no stopover
    if cue.pos == "V" and cue.lemma == "strike":
        objects = [o for c in tok.children if c.dep_ == "dobj" for o in _head_nouns(c)]
        if any((pact := lex.cue(_lemma(o), "NOUN")) is not None and "tie" in pact.types for o in objects):
            return "-"  # "Chile and Argentina struck a lithium cooperation pact": the pact is the event
        subjects = [o for c in tok.children if c.dep_ == "nsubj" for o in _head_nouns(c)]
        if not objects and subjects and all(_lemma(n) in lex.words["labour"] for n in subjects):
            return "-"  # "airport workers in Milan and Rome will strike": a stoppage, no attack
    if cue.pos == "V" and kind == "tie" and cue.lemma == "trade":
        subjects = [o for c in tok.children if c.dep_ == "nsubj" for o in _head_nouns(c)]
        if subjects and all(_lemma(n) in lex.goods for n in subjects):
            return "-"  # "Dubai crude traded at a $2 premium to Oman crude": a price, no partners
    if cue.lemma in lex.words["blow"] and tok.pos_ == "VERB":
        # "banned rice exports, hitting buyers in Nepal": a blow to traders is harm to a market, no
        # attack on a place (but "Russian missiles hit traders in Kharkiv" is one)
        hit = [o for c in tok.children if c.dep_ == "dobj" for o in _head_nouns(c)]
        doers = [o for c in tok.children if c.dep_ == "nsubj" for o in _head_nouns(c)]
        if (
            hit
            and all(_lemma(o) in lex.words["trader"] for o in hit)
            and not any(_armed_doer(n, lex) for n in doers)
            # (a hostile measure that hits them is aimed at them: "US tariffs hit exporters in China")
            and not any((m := lex.cue(_lemma(n), "NOUN")) is not None and "conflict" in m.types for n in doers)
        ):
            return "-"
    if cue.lemma in lex.words["armed-act"]:
        # "Russian drones targeted Kharkiv", "Israeli jets pounded Gaza City": an attack when forces
        # or weapons do it ("the campaign targets voters in Ohio" is none)
        subjects = [o for c in tok.children if c.dep_ in ("nsubj", "agent") for o in _head_nouns(c)]
        subjects += [o for c in tok.children if c.dep_ == "agent" for p in c.children for o in _head_nouns(p)]
        # ("Chinese coastguard ships blocked a Philippine boat": forces named by a compound)
        subjects += [c for n in subjects for c in n.children if c.dep_ == "compound"]
        return kind if any(_armed_doer(n, lex) for n in subjects) else "-"
    if (
        cue.pos == "N"
        and cue.lemma in lex.words["campaign"]
        and any(
            c.dep_ == "compound"
            and c.pos_ == "NOUN"
            and _lemma(c) not in lex.words["timespan"]  # ("a two-hour drive from Lima to Quito" is a trip)
            and not any(t.pos_ == "NUM" for t in c.subtree)
            for c in tok.children
        )
    ):
        return "-"  # "Islamabad's polio vaccination drive", "a recruitment drive": a campaign, no trip
    if cue.pos == "V" and cue.lemma in lex.words["strive"] and any(c.dep_ == "xcomp" for c in tok.children):
        return "-"  # "factories in Lebanon and Mexico are struggling to hire workers": hard going, no fight
    if cue.pos == "V" and cue.lemma in lex.words["guide"]:
        # "South Africa's minister will lead a delegation to Beijing": a trip when whom the verb leads
        # are people who travel ("led the league", "led the talks" are none)
        things = [o for c in tok.children if c.dep_ == "dobj" for o in _head_nouns(c)]
        return kind if _moved_kind(things, lex) == "route" else "-"
    if cue.lemma in lex.words["asset-act"]:
        # "Britain froze the assets of Russian oligarchs": a sanction when it holds someone's wealth
        # ("Ohio froze tuition" is none)
        things = [o for c in tok.children if c.dep_ in ("dobj", "nsubjpass") for o in _head_nouns(c)]
        things += [o for t in things for o in _pobjs(t, ("in", "of"))]  # ("froze billions of francs in Russian assets")
        return kind if any(_lemma(n) in lex.words["asset"] for n in things) else "-"
    if "transfer" in cue.types:
        moved = _moved(tok, cue)
        if moved and all(_lemma(n) in lex.words["immovable"] for n in moved):
            return "-"  # "bought the property from a Delaware company": a sale, nothing moved between places
        found = _moved_kind(moved, lex)
        if found is None and cue.lemma in lex.words["custody"] and any(_named_person(n, lex) for n in moved):
            found = "route"  # "Kovacs was transferred to a prison in Drumheller": a person by name
        if found is None and _made_before(tok, lex):
            found = "transfer"  # "the roses are grown in Naivasha and flown to Amsterdam": products
        if (
            found == "route"
            and "route" not in cue.types
            and "bound" not in cue.frames
            and any(_lemma(n) in lex.carriers for n in moved)
        ):
            # a carrier sold, bought or handed over is goods: "bought fighter jets from Denmark", "would
            # hand over 18 F-16 jets to Ukraine" (a coach "bound for" a town still travels)
            return "transfer"
        if found == "route":
            return "route"  # people are never a transfer: "Cuba provides doctors", "Spain extradited suspects"
        if (
            not moved
            and tok.dep_ == "conj"
            and tok.head.pos_ == "VERB"
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
            and _moved_kind(_moved(tok.head, cue), lex) == "route"
        ):
            return "route"  # "was airlifted to Evansville and then transferred to Indianapolis": the
            # first verb's people moved on
        if len(cue.types) == 1:
            return kind
        if found is None and kind == "route" and cue.frame != "return" and any(n.pos_ == "NOUN" for n in moved):
            found = "transfer"  # sending a thing that is not a person: "sends cigars" (but what is
            # returned is goods only when said so: "returned 30 fishermen")
        if found is None and not moved:
            # no object: the subject is what moves ("Remittances sent to the Philippines fell", a
            # passive read as active)
            subjects = [o for c in tok.children if c.dep_ in ("nsubj", "nsubjpass") for o in _head_nouns(c)]
            if tok.dep_ == "advcl" and not subjects:
                # "Airlifted from Lagos, the medicines reached ...": the main clause's subject moved
                subjects = [o for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass") for o in _head_nouns(c)]
            found = _moved_kind(subjects, lex)
            if found == "route":
                # "refugees poured into Poland": people moved make a route (but people who "end up"
                # somewhere are where they are: "most of the team ended up in her room")
                return "-" if cue.lemma in lex.words["fate"] else "route"
        if found is None and "bound" in cue.frames and moved and all(n.pos_ == "NOUN" for n in moved):
            found = "transfer"  # "copper cathodes bound for Shanghai": a thing, not a person, bound somewhere
        return found if found in cue.types else kind
    if cue.types == ("route", "tie"):
        # Hosting or welcoming people is their visit; welcoming a decision is praise.
        return "route" if _moved_kind(_moved(tok, cue), lex) == "route" else "tie"
    if kind == "route" and cue.pos == "V" and tok.pos_ == "NOUN":
        # "Venezuela's oil heads to China" read as "oil heads": the compound is what moves
        moved_kind = _moved_kind([c for c in tok.children if c.dep_ == "compound"], lex)
        return "transfer" if moved_kind == "transfer" else kind
    if kind == "route" and cue.pos == "V":
        things = [o for c in tok.children if c.dep_ == "dobj" for o in _head_nouns(c)]
        if _lemma(tok) in lex.words["relocate"]:
            if (
                things
                and all(o.pos_ in ("NOUN", "ADJ") and _lemma(o) not in lex.words["place"] for o in things)
                and _moved_kind(things, lex) is None
                and not any(_lemma(o) in lex.words["establishment"] for o in things)
            ):
                # "moved the country's clocks forward an hour to Central European Time" (but "moved its
                # headquarters from Seattle to Chicago" moves a firm: a trip)
                return "-"
        if things and _moved_kind(things, lex) == "transfer" and not any(_lemma(o) in lex.people for o in things):
            return "transfer"  # "will return 478 looted artefacts to Indonesia": goods moved
        subjects = [o for c in tok.children if c.dep_ in ("nsubj", "nsubjpass") for o in _head_nouns(c)]
        if tok.dep_ == "acl":
            subjects.append(tok.head)
        if tok.dep_ in ("xcomp", "advcl") and not subjects:
            # "the shipment is expected to reach Kampala": the framing verb's subject moves; so does the
            # main clause's after a fronted participle ("Flown in from Nairobi, the vaccines were ...")
            # and an adjective's ("Fuel trucks were unable to cross into Gaza")
            framing = tok.head.head if tok.head.pos_ == "ADJ" and tok.head.dep_ == "acomp" else tok.head
            subjects = [o for c in framing.children if c.dep_ in ("nsubj", "nsubjpass") for o in _head_nouns(c)]
        if tok.dep_ == "relcl" and all(o.lower_ in RELATIVE_PRONOUNS for o in subjects):
            subjects = [tok.head]  # "the shipment, which left Mombasa": the noun the clause describes
        made_first = _made_before(tok, lex)
        if made_first and not subjects:
            subjects = [o for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass") for o in _head_nouns(c)]
            if tok.head.dep_ == "acl":
                subjects.append(tok.head.head)  # "children raised in Lagos and flown to London"
        moved_kind = _moved_kind(subjects, lex)
        if made_first and moved_kind is None:
            return "transfer"  # "the roses are grown in Naivasha and flown to Amsterdam": products
        if cue.lemma in lex.words["shove"] and not any(
            _moved_kind([o], lex) is not None or o.pos_ == "PRON" or o.tag_ == "NNPS"  # ("pushed 3,000 Afghans")
            for o in _shoved(tok, things, lex)
        ):
            return "-"  # "troops pushed into Kharkiv" is an advance; "pushed Iran to talks" moves no one
        if _lemma(tok) in lex.words["mover"] and not any(
            _moved_kind([o], lex) is not None or o.pos_ == "PRON" for o in subjects + things
        ):
            return "-"  # "focus shifted from Iran to Iraq": no one and nothing moved
        if moved_kind == "transfer":
            return "transfer"  # "Colombian cocaine reaches Europe", "oil tankers reached Venezuela"
        if moved_kind is None and any(
            c.dep_ == "acl"
            and (sent := lex.cue(_lemma(c), "VERB")) is not None
            and "transfer" in sent.types  # (read by the branch above: no recursion)
            and _event_type(c, sent, lex) == "transfer"
            for n in subjects
            for c in n.children
        ):
            return "transfer"  # what was sent, sold or shipped is goods: "cigars sent from Cuba reached Spain"
    if kind == "tie" and cue.pos == "N" and _worsens(tok, lex):
        return "conflict"
    return kind


def _worsens(tok: Token, lex: Lexicon) -> bool:
    """A tie noun described as worsening: "relations cooled", "strained ties", "relations soured"."""
    worsen = lex.words["worsen"]
    if any(c.dep_ == "amod" and (c.lower_ in worsen or _lemma(c) in worsen) for c in tok.children):
        return True
    head = tok.head
    nadir = lex.words["nadir"]
    if tok.dep_ == "nsubj" and any(
        _lemma(o) in nadir or any(c.dep_ == "amod" and _lemma(c) in nadir for c in o.children)
        for o in [*_objects(head), *_pobjs(head, ("to", "at"))]
    ):
        return True  # "relations hit a new low", "ties sank to their lowest point"
    if (
        (found := lex.cue(_lemma(tok), "NOUN")) is not None
        and found.frame == "meet"
        and lex.flag(_lemma(head), lex.negation) == "stop"
    ):
        return False  # "talks between Uganda and Kenya collapsed": no meeting came of them (negated)
    return tok.dep_ in ("nsubj", "nsubjpass", "dobj") and (_lemma(head) in worsen or head.lower_ in worsen)


# --------------------------------------------------------------------------------------------
# Step 3: slots


def _subjects(cue: Token, lex: Lexicon) -> tuple[list[Token], bool]:
    """Tokens standing for the cue's subject, nearest first (nouns whose modifiers may be places),
    and whether they were reached from a noun through a prepositional phrase ("In a visit to Tunis,
    Macron said": Macron is the visitor, unless the noun names its own, "During Iraq's invasion")."""
    out: list[Token] = []
    through_prep = False
    tok = cue
    if (
        cue.pos_ == "NOUN"
        and cue.dep_ == "pobj"
        and cue.head.lower_ in TIME_PREPS
        and (found := lex.cue(_lemma(cue), "NOUN")) is not None
        and found.types[0] == "conflict"
        and not any(c.dep_ in ("prep", "poss") for c in cue.children)
    ):
        # "Before the war, Odesa, Mykolaiv and Kherson handled most of Ukraine's grain exports": a war
        # that only dates the clause is not its subject's (but "laid by Azerbaijani soldiers during the
        # war with Armenia" names the other side, and the soldiers fought it)
        return out, through_prep
    if cue.dep_ == "ROOT" and cue.pos_ == "NOUN" and cue.i > 0 and cue.nbor(-1).dep_ == "compound":
        # "Brazil exports beef to China" read as the noun phrase "exports beef": the verb left as a
        # compound keeps its subject
        doers = [c for c in cue.nbor(-1).children if c.dep_ == "nsubj"]
        if doers:
            return doers, through_prep
    of_noun = (
        cue.head.head
        if cue.pos_ == "NOUN" and cue.dep_ == "pobj" and cue.head.lower_ == "of" and cue.head.head.pos_ == "NOUN"
        else None
    )
    if of_noun is not None and _lemma(of_noun) in lex.words["enactment"]:
        return [of_noun], through_prep  # "India's imposition of a duty on Canadian peas": whose act it is
    if of_noun is not None and _lemma(of_noun) in lex.words["quantity"]:
        return _subjects(of_noun, lex)  # "Iran and the US held a final round of talks": the count's
    if (
        cue.pos_ == "NOUN"
        and cue.dep_ not in ("attr", "oprd", "appos")
        and any(c.dep_ == "poss" and c.pos_ != "PRON" for c in cue.children)
    ):
        return out, through_prep  # "the opposition's siege": the possessor acts, not the verb's subject
    if cue.pos_ == "NOUN" and any(
        c.dep_ == "prep"
        and c.lower_ == "by"
        and any(o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN") for o in c.children)
        for c in cue.children
    ):
        return out, through_prep  # "Vietnam upgraded ties during a visit by the US president": the visitor is his
    if (
        cue.pos_ == "NOUN"
        and cue.dep_ in ("dobj", "nsubjpass")
        and _lemma(cue.head) in lex.words["spoil"]
        and not any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in cue.children)
    ):
        # "Iran and Syria scuttled the peace deal": the spoilers are no party to it (but "the two councils
        # ended their arrangement", "Kenya scrapped its pact with Uganda" end their own)
        return out, through_prep
    if cue.tag_ == "VBN" and cue.dep_ in ("acl", "advcl") and any(c.dep_ == "agent" for c in cue.children):
        return out, through_prep  # "..., backed by Russia": the agent acts, not the clause it hangs on
    if (
        cue.tag_ == "VBD"
        and cue.dep_ == "acl"
        and cue.head.pos_ in ("NOUN", "PROPN")
        and cue.head.dep_ == "pobj"
        and _in_root_phrase(cue.head)
        and _verb_after_apposition(cue) is None
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children)
    ):
        # "A second contingent of 200 Kenyan police officers arrived in Port-au-Prince", parsed as a
        # noun phrase with the finite verb hung on its last noun: that noun is the verb's subject
        return [cue.head], through_prep
    if cue.pos_ == "NOUN" and cue.dep_ == "appos" and cue.head.pos_ in ("NOUN", "PROPN"):
        out.append(cue.head)  # "Ecuador, a longtime partner of China": the noun the apposition renames
        return out, through_prep
    trade = cue.pos_ == "NOUN" and (found := lex.cue(_lemma(cue), "NOUN")) is not None and found.types[0] == "transfer"
    acted_on = _acted_on(cue, lex) if trade else []
    if acted_on:
        # "Beijing sanctioned two US defence firms over arms sales to Taiwan": the trade given as the
        # reason is that of those acted on, not the subject's (a hostile deed given as the reason,
        # "expelled Russian diplomats over the poisoning", stays unattributed: an accusation)
        return acted_on[:1], through_prep
    one = cue.head.head if cue.dep_ == "pobj" and cue.head.lower_ == "of" else None
    if (
        one is not None
        and one.dep_ == "appos"
        and one.pos_ in ("NUM", "PRON", "ADJ", "NOUN")
        and one.head.pos_ in ("NOUN", "PROPN")
        and _lemma(one) not in lex.words["waypoint"]  # ("Luanda, the last stop of a tour": a stop, no traveller)
    ):
        out.append(one.head)  # "Eswatini, one of its few remaining allies": the noun the apposition renames
        return out, through_prep
    if cue.pos_ == "NOUN":
        clauses = list(cue.children)
        for p in cue.children:
            if p.dep_ == "prep":
                # "tariffs on 1,400 Chinese products, which Mexico approved": the parse hangs the clause
                # on the last noun of the cue's phrase; a verb of enacting says it is the cue's
                clauses += [
                    c
                    for o in p.children
                    if o.dep_ == "pobj"
                    for c in o.children
                    if c.dep_ == "relcl" and _lemma(c) in lex.words["enact"]
                ]
        for clause in clauses:
            if clause.dep_ in ("relcl", "acl") and (
                any(c.dep_ in ("dobj", "nsubjpass") and c.lower_ in RELATIVE_PRONOUNS for c in clause.children)
                or _zero_relative(clause)
            ):
                # "The deal, which Turkish and Russian officials signed in Sochi": the clause's subject;
                # "the attack that Britain blamed on Russia": whom the clause says did it
                signers = _attributed(clause, lex) or [c for c in clause.children if c.dep_ == "nsubj"]
                if signers:
                    return signers[:1], through_prep
    for _ in range(8):
        subj = [
            c for c in tok.children if c.dep_ in ("nsubj", "csubj") or (c.dep_ == "nsubjpass" and tok.i != cue.i)
        ]  # "the government was involved in the attack"
        if tok.i != cue.i and any(c.dep_ == "nsubjpass" for c in tok.children):
            # "the mines were laid by Azerbaijani soldiers during the war": the passive's agent acts
            agents = [o for c in tok.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
            subj = agents or subj
        if subj:
            s = subj[0]
            if s.lower_ in RELATIVE_PRONOUNS and tok.dep_ == "relcl":
                s = tok.head
                compared = s
                while compared.dep_ == "conj":
                    compared = compared.head
                if compared.dep_ == "pobj" and compared.head.lower_ == "than":
                    break  # ("higher than Nairobi, Kigali or Harare, which helps explain ...": the comparison
                    # is what helps, no place of it)
            elif (
                s.lower_ in RELATIVE_PRONOUNS and tok.dep_ == "ccomp" and tok.head.dep_ == "relcl" and s.i < tok.head.i
            ):
                s = tok.head.head  # "four companies that it said had supplied drone parts": the companies
            elif _lemma(s) in lex.words["weapon"] and (shooters := _fired_by(s, tok)):
                # "Shells fired by Azerbaijani forces hit Jermuk": the forces (and so when the parse
                # makes "fired" the verb and "hit" its conjunct)
                s = shooters[0]
            out.append(s)
            # ("China denied reports that it had deployed marines": a "that" clause on the object of a
            # verb of saying or denying is that verb's, as a complement is)
            content = (
                tok.dep_ == "acl"
                and any(c.dep_ == "mark" and c.lower_ == "that" for c in tok.children)
                and tok.head.dep_ == "dobj"
            )
            if (tok.dep_ == "ccomp" or content) and (
                s.lower_ in SUBJECT_PRONOUNS
                or (
                    _lemma(s) in lex.words["own-country"]
                    and any(c.dep_ == "poss" and c.lower_ in OWNER_PRONOUNS for c in s.children)
                )
                or (
                    s.lower_ in PERSON_PRONOUNS | {"we"}
                    and any(c.dep_ == "nsubj" and _titled(c, lex) for c in tok.head.children)
                )
            ):
                # "Egypt said it would send", "the Ethiopian prime minister said his country would
                # work with Kenya", "Mexico's president said he would not travel", "'We will deploy
                # troops to Estonia,' the British defence secretary said": the pronoun, or the
                # speaker's own country, is the speaker's
                tok = tok.head.head if content else tok.head
                continue
            return out, through_prep
        dep, head = tok.dep_, tok.head
        if head.i == tok.i:
            break
        if (
            tok.i == cue.i
            and dep in ("advcl", "conj")
            and any(c.dep_ == "nsubjpass" and c.lower_ not in RELATIVE_PRONOUNS for c in tok.children)
            and not any(c.dep_ == "agent" for c in tok.children)
        ):
            break  # "pledged to help each other if either is attacked": a clause of its own, its doer unsaid
        if (
            tok.i == cue.i
            and dep == "advcl"
            and tok.tag_ == "VBN"
            and any(c.dep_ == "mark" for c in tok.children)
            and not any(c.dep_ in ("nsubj", "nsubjpass", "agent") for c in tok.children)
        ):
            break  # "pledging to help each other if attacked": a passive cut short, its doer unsaid
        # ("a deal to supply gas to China" parsed as a relative clause: the infinitive of a deal or a
        # plan, as an "acl" below; but "the first carrier to return to Kabul" is the carrier's return)
        infinitive = (
            dep == "relcl"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
            and lex.flag(_lemma(head), lex.hedges) in ("govern", "govern-to")
        )
        if dep == "relcl" and not infinitive:
            if any(c.dep_ == "nsubjpass" and c.lower_ in RELATIVE_PRONOUNS for c in tok.children) and (
                (found := lex.cue(_lemma(cue), cue.pos_)) is not None and found.types[0] == "conflict"
            ):
                # "a former Russian officer who was poisoned in Britain": the noun a passive clause of
                # hostility describes underwent the act; only its agent did it (but people "who were
                # evacuated to Turkey" are who moved)
                return out, through_prep
            out.append(head)  # "countries that expelled": the noun the clause describes
            return out, through_prep
        if dep == "amod" and tok.tag_ == "VBG" and (verb := _gerund_read_as_modifier(tok)) is not None:
            tok = verb  # "Tehran denied supplying drones": the verb whose object the gerund is
            continue
        if dep == "amod" and tok.tag_ == "VBG":
            out.append(head)  # "the visiting minister"
            return out, through_prep
        if dep in ("acl", "relcl") and head.pos_ in ("NOUN", "PROPN", "PRON"):
            if _verb_read_as_participle(tok):
                out.append(head)  # "The Saudi-led coalition bombed Hodeidah": the root noun is the subject
                return out, through_prep
            if (subject := _verb_after_apposition(tok)) is not None:
                out.append(subject)  # "Kenyan officers, the first of a contingent, landed in Haiti"
                return out, through_prep
            if tok.tag_ == "VBG":
                out.append(head)  # "reports of Iran transferring drones"
                return out, through_prep
            if any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
                out.append(head)  # "the US decision to expel", then the one who decided
                if head.dep_ in ("dobj", "nsubjpass") and _lemma(head.head) in lex.words["spoil"]:
                    # "Colombian troops thwarted an attempt to smuggle arms": not the troops' attempt
                    return out, through_prep
                if any(
                    c.dep_ == "poss" or (c.dep_ in ("compound", "amod", "nmod") and c.text[:1].isupper())
                    for c in head.children
                ):
                    # "condemned Washington's decision to sell", "the US plan to expel": theirs
                    return out, through_prep
                tok = head
                continue
            break
        if dep == "xcomp" and _lemma(head) in lex.words["control"]:
            objs = [c for c in head.children if c.dep_ == "dobj"]
            if objs:
                out.append(objs[0])  # "urged Cuba to expand ties"
                return out, through_prep
        if dep in ("pobj", "pcomp") and head.dep_ == "prep":
            owner = head.head
            if (
                owner.dep_ == "pobj"
                and _lemma(owner) in lex.words["timespan"]
                and owner.head.dep_ == "prep"
                and owner.head.head.pos_ in ("VERB", "AUX")
            ):
                owner = owner.head.head  # "have been embroiled for decades in a dispute": the verb's
            if _lemma(owner) in lex.words["control"]:
                objs = [c for c in owner.children if c.dep_ == "dobj"]
                if objs:
                    out.append(objs[0])  # "accused Russia of meddling"
                    return out, through_prep
                passive = [c for c in owner.children if c.dep_ == "nsubjpass"]
                if passive:
                    out.append(passive[0])  # "troops were accused by Amnesty of killing": the troops, not
                    return out, through_prep  # the accuser
            if owner.pos_ in ("NOUN", "PROPN") and owner.dep_ == "dobj" and _lemma(owner.head) in lex.words["control"]:
                out.append(owner)  # "accused Somali militias of raiding", with "of" hung on the militias
                return out, through_prep
            if owner.pos_ == "NOUN" and _lemma(owner) in lex.words["involve"]:
                tok = owner  # "involvement in the poisoning"
                continue
            if (
                head.lower_ == "for"
                and owner.dep_ == "pobj"
                and owner.head.dep_ == "prep"
                and owner.head.lower_ in LOCATIVE_PREPS
            ):
                # "Kouchner, in town for meetings with Saudi officials, said", "the Turkish president, in
                # Moscow for talks": whoever is there for the act is its subject
                where = owner.head.head
                if where.pos_ in ("NOUN", "PROPN") and where.dep_ in PERSON_SUBJECT_EDGES:
                    out.append(where)
                    return out, through_prep
                if where.pos_ in ("VERB", "AUX"):
                    tok = where
                    through_prep = True
                    continue
            if (
                head.lower_ == "for"
                and owner.dep_ in PERSON_SUBJECT_EDGES
                and (owner.pos_ == "PROPN" or _lemma(owner) in lex.people)
            ):
                out.append(owner)  # "The Turkish president, in Moscow for talks with Russian leaders, said"
                return out, through_prep
            if (
                head.lower_ == "of"
                and owner.pos_ == "ADP"
                and owner.dep_ in ("prep", "prt", "advmod")
                and owner.head.pos_ == "VERB"
            ):
                owner = owner.head  # "Fiji pulled out of a policing agreement with China": the verb's "out of"
            if owner.pos_ in ("VERB", "AUX") or (owner.pos_ == "ADJ" and owner.dep_ == "acomp"):
                tok = owner  # "in a visit to Tunis, Macron said", "remain locked in a dispute"
                through_prep = True
                continue
            if (
                head.lower_ == "as"
                and owner.pos_ == "NOUN"
                and owner.dep_ in NOUN_HOST_EDGES
                and owner.head.pos_ in ("VERB", "AUX")
            ):
                tok = owner.head  # "Dunedin and Edinburgh will mark 50 years as sister cities"
                through_prep = True
                continue
            break
        if tok.pos_ == "NOUN" and dep == "dobj" and (doers := _attributed(head, lex)):
            out += doers  # "Britain blamed the attack on Russia": Russia did it
            return out, through_prep
        if tok.pos_ in ("NOUN", "PROPN") and dep in NOUN_HOST_EDGES and head.pos_ in ("VERB", "AUX"):
            # "Cuba signed an agreement", "China has become an ally", "... the Safe Third Country Agreement"
            tok = head
            continue
        if dep in VERB_UP_EDGES:
            tok = head
            continue
        break
    return out, through_prep


def _shoved(verb: Token, things: list[Token], lex: Lexicon) -> list[Token]:
    """Who or what a verb of pushing moves: its object, or its passive's subject, and what a count of
    them counts ("hundreds of migrants were pushed back"); not forces ("Russian troops were pushed
    back" is a retreat)."""
    passive = [
        o
        for c in verb.children
        if c.dep_ == "nsubjpass"
        for o in _head_nouns(c)
        if _lemma(o) not in lex.words["military"]
    ]
    return [n for o in things + passive for n in _counted(o, lex)]


def _titled(person: Token, lex: Lexicon) -> bool:
    """A person noun, or a name with one in apposition: "the minister", "Ana Lopez, Cuba's defence
    minister"."""
    return _lemma(person) in lex.people or (
        person.pos_ == "PROPN" and any(c.dep_ == "appos" and _lemma(c) in lex.people for c in person.children)
    )


def _fired_by(weapon: Token, verb: Token) -> list[Token]:
    """Who fired, launched or dropped ``weapon`` (the subject of ``verb``), by the agent of a
    participle hung on it, or of ``verb`` itself when that is the participle."""
    participles = [c for c in weapon.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    if verb.tag_ == "VBN" and weapon.dep_ == "nsubj":
        participles.append(verb)
    return [o for c in participles for a in c.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]


def _natural_mover(
    subjects: list[Token], refs: list[PlaceRef], heads: list, places: Mapping[str, Place], lex: Lexicon
) -> bool:
    """Whether what moves (the cue's ``subjects``) is a river, a storm or the like (a water body by
    name, or a noun of the ``nature`` class): "the Mekong River flows into Cambodia", "the typhoon
    moved on to Vietnam"."""
    for noun in [o for s in subjects for o in _head_nouns(s)]:
        if _lemma(noun) in lex.words["nature"] or (
            # "Cyclone Freddy moved into Malawi": a storm by its name
            noun.pos_ == "PROPN"
            and any(c.dep_ == "compound" and _lemma(c) in lex.words["tempest"] for c in noun.children)
        ):
            return True
        for ref, head in zip(refs, heads, strict=True):
            if (
                head is not None
                and (head.i == noun.i or head.head.i == noun.i)
                and places[ref.place_id].type == "water"
            ):
                return True
    return False


def _cue_verb(verb: Token, cues: Container[int]) -> Token | None:
    """The cue a verb is, or the cue of its complement when the verb only frames it: "the shipment
    is expected to reach Kampala", "refugees began to arrive in Chad"."""
    if verb.i in cues:
        return verb
    if verb.pos_ in ("VERB", "AUX"):
        for c in verb.children:
            if c.dep_ == "xcomp" and c.i in cues:
                return c
    return None


def _attributed(verb: Token, lex: Lexicon) -> list[Token]:
    """Whom a verb of the ``attribute`` class says did its object: "blamed the attack on Russia",
    "attributed the strike to Iran"."""
    if _lemma(verb) not in lex.words["attribute"]:
        return []
    preps = [p for p in verb.children if p.dep_ == "prep" and p.lower_ in ("on", "to")]
    if not preps:
        # "blamed the attack on Russia" with the "on" hung on the attack: the last one is the verb's
        preps = [p for o in verb.children if o.dep_ == "dobj" for p in o.children if p.dep_ == "prep"][-1:]
        preps = [p for p in preps if p.lower_ in ("on", "to")]
    return [o for p in preps for o in p.children if o.dep_ == "pobj"]


def _objects(cue: Token) -> list[Token]:
    out = [c for c in cue.children if c.dep_ in ("dobj", "nsubjpass", "oprd")]
    if not out:
        # "India bought discounted Russian oil", the adjective "discounted" read as the verb of a clause
        # with no subject of its own: its object is the cue's
        out = [
            g
            for c in cue.children
            if c.dep_ in ("ccomp", "xcomp")
            and c.tag_ == "VBN"
            and c.i == cue.i + 1
            and not any(g.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for g in c.children)
            for g in c.children
            if g.dep_ == "dobj"
        ]
    if cue.dep_ == "amod" and (cue.lower_ in BOUND_WORDS or _gerund_read_as_modifier(cue) is not None):
        out.append(cue.head)  # "Zambia-bound fuel from Dar es Salaam", "denied supplying drones"
    elif cue.dep_ == "acl" and cue.tag_ == "VBN" and not _verb_read_as_participle(cue):
        out.append(_described(cue))  # "Syrian forces, backed by Russia"
    elif cue.dep_ == "advcl" and cue.tag_ == "VBN" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children):
        described = _described(cue)  # "... the advance by Syrian forces, backed by Russia", read as a clause
        if described.i != cue.head.i:
            out.append(described)
    return out


def _gerund_read_as_modifier(cue: Token) -> Token | None:
    """The verb whose gerund object the parse read as an adjective on that object's noun, or None:
    "Tehran has again denied supplying drones to Moscow" ("supplying" an ``amod`` of "drones", straight
    after "denied", its "to" hung on "denied"); not "the visiting minister", "shipping companies"."""
    noun, verb = cue.head, cue.head.head
    if (
        cue.tag_ == "VBG"
        and cue.dep_ == "amod"
        and noun.dep_ == "dobj"
        and verb.pos_ == "VERB"
        and cue.i == verb.i + 1
        and noun.i > cue.i
    ):
        return verb
    return None


def _verb_read_as_participle(verb: Token) -> bool:
    """A sentence's main verb the parse hung on its subject as a participle: "The Saudi-led coalition
    bombed Hodeidah" (the root is "coalition"). A participle takes no direct object of its own, and
    the noun it hangs on heads a sentence with no verb (not "villages shelled by Russia")."""
    return (
        verb.dep_ == "acl"
        and verb.tag_ in ("VBN", "VBD")
        and verb.head.dep_ == "ROOT"
        and verb.head.pos_ in ("NOUN", "PROPN")
        and not any(t.is_punct for t in verb.doc[verb.head.i + 1 : verb.i])
        and any(c.dep_ == "dobj" for c in verb.children)
    )


def _verb_after_apposition(verb: Token) -> Token | None:
    """The subject of a sentence's main verb the parse hung, after a comma, on the last noun of an
    apposition to that subject: "Kenyan police officers, the first of a planned contingent, landed
    in Port-au-Prince" (the root is "officers", "landed" a past tense on "contingent")."""
    root = verb.sent.root
    if (
        verb.dep_ == "acl"
        and verb.tag_ == "VBD"
        and root.pos_ in ("NOUN", "PROPN")
        and verb.i > 0
        and verb.nbor(-1).text == ","
        and any(c.dep_ == "appos" and c.i < verb.i for c in root.children)
        and verb.head.i != root.i
        and root in verb.head.ancestors
    ):
        return root
    return None


def _described(participle: Token) -> Token:
    """The noun a participle after a comma describes: the nearest one before the comma, inside the
    phrase the parse hung it on ("an advance by Syrian forces, backed by Russia": the forces)."""
    head = participle.head
    doc = participle.doc
    if participle.i >= 2 and doc[participle.i - 1].text == ",":
        near = doc[participle.i - 2]
        if near.pos_ in ("NOUN", "PROPN") and near.i != head.i and head.left_edge.i <= near.i <= head.right_edge.i:
            return near
    return head


def _host_verb(cue: Token) -> Token | None:
    """The verb a cue noun is the object of ("runs flights", "imposed sanctions", "banned imports")."""
    if cue.pos_ == "NOUN" and cue.dep_ in ("dobj", "nsubjpass", "attr") and cue.head.pos_ in ("VERB", "AUX"):
        return cue.head
    if cue.pos_ == "NOUN":
        # "the meetings the Syrian official had with his hosts": the noun is the object of a relative
        # clause with no relative pronoun and no object of its own
        for clause in cue.children:
            # (the parse may call the clause an "acl": "the agreement Jakarta and Canberra signed")
            if clause.dep_ in ("relcl", "acl") and (_zero_relative(clause) or _relative_object(clause)):
                return clause  # (and "a deal that Rome signed with Tirana": the clause's "with" is the deal's)
    return None


def _relative_object(clause: Token) -> bool:
    """A relative clause whose object is its pronoun: "the dispute, which the courts settled"."""
    return any(c.dep_ == "dobj" and c.lower_ in RELATIVE_PRONOUNS for c in clause.children)


def _zero_relative(clause: Token) -> bool:
    """A relative clause whose object is the noun it describes, with no pronoun: "the deal Russia signed"
    (not one that opens with a preposition and a relative word: "relations, by which time the
    children spoke ...")."""
    return any(c.dep_ == "nsubj" for c in clause.children) and not any(
        c.dep_ in ("dobj", "nsubjpass", "ccomp", "xcomp", "mark")
        or c.lower_ in RELATIVE_PRONOUNS
        or c.tag_ == "WRB"
        or (c.dep_ == "prep" and c.i == clause.left_edge.i and any(t.tag_ in ("WDT", "WP", "WP$") for t in c.subtree))
        for c in clause.children
    )


def _pobjs(tok: Token, preps: Container[str]) -> list[Token]:
    """The objects of ``tok``'s prepositions of ``preps``: "in Nairobi" of "spent a decade in Nairobi"."""
    return [o for p in tok.children if p.dep_ == "prep" and p.lower_ in preps for o in p.children if o.dep_ == "pobj"]


def _after_phrases(verb: Token) -> list[Token]:
    """The "after" phrases on a verb, and on the verb it is joined to when the phrase stands between
    the "and" and this verb ("left Ghana in 1958 and, after twenty years in Brixton, moved to Leeds":
    the parse hangs the phrase on "left")."""

    def joined(head: Token, conj: Token) -> list[Token]:
        joins = [c.i for c in head.children if c.dep_ == "cc" and c.i < conj.i]
        return [
            c for c in head.children if c.dep_ == "prep" and c.lower_ == "after" and joins and joins[-1] < c.i < conj.i
        ]

    # (the parse may make the second verb a clause of the first: "... and, after six years in Quito,
    # returned to Madrid")
    joins = ("conj", "advcl")
    theirs = {c.i for v in verb.children if v.dep_ in joins and v.pos_ == "VERB" for c in joined(verb, v)}
    own = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "after" and c.i not in theirs]
    return own + (joined(verb.head, verb) if verb.dep_ in joins else [])


def _way_of(prep: Token) -> list[Token]:
    """The places of "by way of X": the objects of the "of" on the "way" of a "by"."""
    return [
        o
        for way in prep.children
        if way.dep_ == "pobj" and way.lower_ == "way"
        for of in way.children
        if of.dep_ == "prep" and of.lower_ == "of"
        for o in of.children
        if o.dep_ == "pobj"
    ]


def _prep_name(prep: Token) -> str:
    word = prep.lower_
    if word == "out" and any(c.lower_ == "of" for c in prep.children):
        return "out_of"
    if word == "of" and any(c.dep_ == "prt" and c.lower_ == "out" for c in prep.head.children):
        return "out_of"  # "pulled out of Mali" (the particle on the verb)
    if word == "as" and any(c.lower_ == "such" for c in prep.children):
        return "including"  # "partners such as Germany"
    if word == "by" and _way_of(prep):
        return "via"  # "flew from Delhi to Kyiv by way of Rzeszow"
    return "by" if prep.dep_ == "agent" else word


def _slot_tokens(cue: Token, cues: set[int], lex: Lexicon) -> dict[int, str]:
    """Token index -> slot name, for the tokens that are the cue's arguments."""
    slots: dict[int, str] = {}

    def put(tok: Token, slot: str) -> None:
        for t in _head_nouns(tok) + [c for c in tok.children if c.dep_ in SAME_THING_EDGES]:
            slots.setdefault(t.i, slot)

    found = lex.cue(_lemma(cue), cue.pos_)  # (the cue word's own row: a phrasal or marked cue has none)
    subjects, through_prep = _subjects(cue, lex)
    # "Indonesia's ban has drawn a complaint from the EU", "Russia faced condemnation from Kyiv": the
    # subject of a verb that incurs the act is its object, and "from" whoever acts
    incurred = (
        cue.pos_ == "NOUN"
        and cue.dep_ == "dobj"
        and _lemma(cue.head) in lex.words["incur"]
        and not any(c.dep_ == "prt" for c in cue.head.children)  # ("drew up a joint strategy": wrote it)
    )
    if (
        cue.pos_ == "NOUN"
        and cue.dep_ == "pobj"
        and cue.head.head.pos_ in ("VERB", "AUX")
        and (cue.head.lower_ == "under" or (cue.head.lower_ == "from" and _lemma(cue.head.head) in lex.words["incur"]))
        and (found_here := lex.cue(_lemma(cue), "NOUN")) is not None
        and found_here.types[0] == "conflict"
    ):
        # "Venezuela has been under US sanctions", "Kyiv came under Russian attack", "Cuba suffers
        # from the American embargo": the subject is what the act is aimed at
        incurred = True
    if found is not None and found.frame == "offer" and cue.dep_ == "dobj" and not subjects:
        # "Guyana rejected Venezuela's proposal": whoever takes up or turns down an offer is party to
        # it, whoever made it (the possessive) the partner
        subjects = _subjects(cue.head, lex)[0]
    # "Germany will resume deportation flights to Afghanistan": who runs a service runs it from home
    served = found if cue.pos_ == "NOUN" else None
    operated = (
        served is not None
        and served.frame == "service"
        and cue.dep_ in ("dobj", "nsubjpass")
        and _lemma(cue.head) in lex.words["operate"]
    )
    # "China, which takes more than half of Chile's copper exports": who takes in goods receives them
    taker_verb = None
    if served is not None and "transfer" in served.types:
        if cue.dep_ == "dobj":
            taker_verb = cue.head
        elif cue.dep_ == "pobj" and cue.head.lower_ == "of" and cue.head.head.dep_ == "dobj":
            taker_verb = cue.head.head.head  # ("takes most of Australia's coal exports")
    if taker_verb is not None and _lemma(taker_verb) in lex.words["take-in"]:
        for s in _subjects(taker_verb, lex)[0]:
            put(s, "taker")
    # "Thailand expects 8 million Chinese tourists", "Germany admitted a million Syrian refugees": who
    # takes in people a noun names is where they go
    if (
        served is not None
        and served.frame == "migrant"
        and cue.dep_ == "dobj"
        and _lemma(cue.head) in lex.words["admit"]
    ):
        for s in _subjects(cue.head, lex)[0]:
            put(s, "taker")
    for s in subjects:
        put(s, "obj" if incurred else "subj.pp" if through_prep else "operator" if operated else "subj")
        if (
            s.dep_ in ("nsubj", "nsubjpass")
            and s.head.dep_ == "relcl"
            and any(c.dep_ == "poss" and c.lower_ == "whose" for c in s.children)
            and not incurred
        ):
            # "Hungary, whose prime minister has cultivated warm relations with Beijing": the noun the
            # clause describes owns its subject, as "Hungary's prime minister"
            slots.setdefault(s.head.head.i, "subj.mod")
    if (
        cue.pos_ == "VERB"
        and cue.dep_ == "relcl"
        and _lemma(cue.head) in lex.words["act-noun"]
        and cue.head.dep_ in ("npadvmod", "appos")
        and not any(c.dep_ in ("dobj", "ccomp") for c in cue.children)
    ):
        # "Russia expelled 20 British diplomats, a move London condemned", "Japan lifted its ban, a
        # decision Beijing welcomed": the reaction is to whoever made the move
        clause = cue.head.head
        while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
            clause = clause.head
        acts = [clause]
    elif cue.pos_ == "VERB" and any(
        c.dep_ == "dobj" and _lemma(c) in lex.words["act-noun"] and c.i < cue.i for c in cue.children
    ):
        # (the same parsed with the reaction as the main verb and the act as its fronted clause: "Japan
        # eased its visa rules, a decision Beijing welcomed")
        acts = [c for c in cue.children if c.dep_ == "ccomp" and c.i < cue.i]
    else:
        acts = []
    for act in acts:
        for c in act.children:
            if c.dep_ == "nsubj":
                put(c, "obj")
    if cue.pos_ == "NOUN":
        for c in cue.children:
            if c.dep_ == "appos":
                put(c, "subj")  # "Russia's closest ally, Kazakhstan, ...": the apposition names the cue
    for o in _attributed(cue, lex):
        put(o, "on")  # "blamed the attack on Russia": Russia is blamed
    if found is not None and found.frame == "liable":
        for s in _blamed(cue, lex):
            put(s, "obj")  # "Israel holds Iran responsible for the attack"
    if cue.pos_ == "VERB" and _lemma(cue) in lex.words["press"] and not any(c.dep_ == "dobj" for c in cue.children):
        # "Israel demanded that Lebanon disarm the militia": whom the demand is made of
        for clause in cue.children:
            if clause.dep_ == "ccomp":
                for s in clause.children:
                    if s.dep_ in ("nsubj", "nsubjpass"):
                        put(s, "obj")
    for c in cue.children if cue.pos_ == "VERB" else ():
        if (
            c.dep_ in ("advcl", "npadvmod", "appos")
            and _lemma(c) in lex.words["origin-word"]
            and (c.pos_ != "VERB" or c.tag_ == "VBN")  # (not "Raising funds in London, he flew to Paris")
            and c.i < cue.i
        ):
            # "Born in Haiti, he immigrated to New York", "Born and raised in Lagos, the singer moved to
            # London", "A native of Kerala, he travelled to Dubai": the traveller's home
            for word in (c, *c.conjuncts):
                for o in _pobjs(word, ("in", "of")):
                    put(o, "subj.of")
        if c.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ == "having" for a in c.children):
            # "Having spent a decade in Nairobi, she moved to Johannesburg": where the traveller was before
            for o in _pobjs(c, ("in",)):
                put(o, "after.in")
    for c in _after_phrases(cue) if cue.pos_ == "VERB" else ():
        # "returns to Newark after practicing in New Zealand", "flew to Paris after a week in
        # London": where the traveller was before
        for inner in c.children:
            if inner.dep_ in ("pcomp", "pobj"):
                # (and "to X" or "from X" of a trip noun: "will travel to Lebanon after his visit to
                # Turkey", "arrived in Marseille after an overnight flight from Johannesburg")
                trip_noun = inner.pos_ == "NOUN" and inner.i in cues
                for o in _pobjs(inner, ("in", "to", "from") if trip_noun else ("in",)):
                    put(o, "after.in")
    if cue.pos_ == "VERB" and _lemma(cue) in lex.words["used"] and any(c.dep_ == "nsubjpass" for c in cue.children):
        # "Kenyan tea is sold in Pakistan": goods sold "in" a place end up there, as "the tea sold in
        # Pakistan" does
        for o in _pobjs(cue, ("in",)):
            put(o, "obj.used")
    counted = cue.head.head if cue.dep_ == "pobj" and cue.head.lower_ == "of" else cue  # ("millions of migrants")
    if counted is not cue and _lemma(counted) not in lex.words["quantity"] | lex.words["portion"]:
        counted = cue
    if (
        found is not None
        and found.frame == "migrant"
        and counted.dep_ == "nsubj"
        and _lemma(counted.head) in lex.words["located"]
        and not any(c.dep_ == "dobj" for c in counted.head.children)  # (not "troops detained aid workers")
    ):
        # "Syrian refugees live in camps in Jordan", "millions of Venezuelan migrants now live in
        # Colombia": where they live is where they went, as "migrants living in Colombia"
        for o in _pobjs(counted.head, LOCATIVE_PREPS):
            put(o, "in")
    if found is not None and found.pos == "N" and found.types[0] == "route" and cue.dep_ == "nsubj":
        # "the tour begins in Lima and ends in Quito", "the route originates in Tavistock": where a trip
        # or a line starts and where it ends (a verb joined to the first shares its subject)
        verbs = [cue.head] + [c for c in cue.head.conjuncts if not any(d.dep_ == "nsubj" for d in c.children)]
        for verb in verbs:
            if _lemma(verb) in lex.words["begin"]:
                for o in _pobjs(verb, ("in", "at", "from")):
                    put(o, "from")
            elif _lemma(verb) in lex.words["finish"]:
                for o in _pobjs(verb, ("in", "at", "to")):
                    put(o, "to")
    linking = [c for c in cue.children if c.dep_ == "acl"] if cue.pos_ == "NOUN" else []
    if cue.pos_ == "NOUN" and cue.dep_ == "nsubj":
        linking.append(cue.head)  # "new services will link Darwin with Dili": the noun links as its verb
    for c in linking:
        if _lemma(c) in lex.words["connect"]:
            # "flights linking Lagos and Accra", "a ferry service connecting Chennai with Jaffna": its stops
            for o in [d for d in c.children if d.dep_ == "dobj"]:
                put(o, "line")
            for o in _pobjs(c, ("with", "to", "and")):
                put(o, "line.with")  # ("link Darwin with Dili, Denpasar and Singapore": Darwin the hub)
    for c in cue.children if cue.pos_ == "NOUN" else ():
        if c.dep_ == "acl" and _lemma(c) in lex.words["aim"]:
            # "sanctions targeting Iran's drone industry", "tariffs aimed at Chinese steel": what they hit
            for o in [d for d in c.children if d.dep_ in ("dobj", "nsubjpass")] + _pobjs(c, ("at", "against")):
                put(o, "on")
    if cue.lower_ in BOUND_WORDS and cue.dep_ in ("acl", "amod") and cue.head.pos_ in ("NOUN", "PROPN"):
        # "seized heroin bound for Antwerp at the port of Karachi", "ivory destined for Vietnam was
        # found in Mombasa": where goods on their way somewhere were found is where they came from
        # ("2.1 tonnes of cocaine bound for Rotterdam, hidden in a container at the port of Turbo": the
        # quantity that has the goods, the participles on them, and a place inside a place)
        nouns = [cue.head]
        if cue.head.dep_ == "pobj" and cue.head.head.lower_ == "of" and cue.head.head.head.pos_ == "NOUN":
            nouns.append(cue.head.head.head)
        holders = [cue] + nouns + [c for n in nouns for c in n.children if c.dep_ == "acl" and c.tag_ == "VBN"]
        holders += [n.head for n in nouns if n.dep_ in ("dobj", "nsubjpass")]
        for holder in holders:
            for o in _pobjs(holder, ("at", "in")):
                put(o, "at")
                for inner in _pobjs(o, ("at", "in")):
                    put(inner, "at")
    fired = found is not None and found.frame == "fire"
    if (
        fired
        and cue.dep_ == "acl"
        and cue.tag_ == "VBN"
        and cue.head.dep_ == "dobj"
        and _lemma(cue.head.head) in lex.words["intercept"]
    ):
        # "Saudi Arabia intercepted missiles fired from Yemen": who stops what was fired was its target
        for s in cue.head.head.children:
            if s.dep_ == "nsubj":
                put(s, "on")
    if cue.pos_ == "NOUN" and cue.dep_ == "nsubj" and _lemma(cue.head) in lex.words["aim"]:
        # "US sanctions have crippled Iran's economy", "Russia's blockade cut off Ukrainian ports":
        # what a hostile act, as the subject of a verb of hitting, hits
        for o in cue.head.children:
            if o.dep_ == "dobj":
                put(o, "on")
    if cue.pos_ == "NOUN" and found is not None and "conflict" in found.types:
        # "the attack that knocked Albania's websites offline", "the strike which hit Ukrainian
        # ports": what a hostile act told in a relative clause hits
        for clause in cue.children:
            if (
                clause.dep_ == "relcl"
                and _lemma(clause) in lex.words["aim"]
                and any(c.dep_ == "nsubj" and c.lower_ in RELATIVE_PRONOUNS for c in clause.children)
            ):
                for o in clause.children:
                    if o.dep_ == "dobj":
                        put(o, "on")
    for o in _objects(cue):
        put(o, "obj")
    sending = cue.pos_ == "VERB" and found is not None and "transfer" in found.types
    if sending and not any(c.dep_ == "prep" and c.lower_ in ("to", "into") for c in cue.children):
        # "airlifted 60 tonnes of supplies and a field hospital to Turkey": the parse hangs the verb's
        # "to" on the last thing sent
        for o in [c for c in cue.children if c.dep_ == "dobj"]:
            for thing in [o, *o.conjuncts]:
                for p in thing.children:
                    if p.dep_ == "prep" and p.lower_ in ("to", "into"):
                        for x in p.children:
                            if x.dep_ == "pobj":
                                put(x, p.lower_)
    for c in cue.children:
        if c.dep_ in ("xcomp", "advcl", "ccomp") and c.lower_ in lex.words["adjoining"]:
            # "sued neighbouring Fairfield" parsed as a participle and its object
            for d in c.children:
                if d.dep_ == "dobj":
                    put(d, "obj")
    for p in cue.children if cue.pos_ == "NOUN" else ():
        if p.dep_ == "prep" and p.lower_ == "of":
            # "tariffs of up to 25 percent on Canadian canola": the "on" hung on the rate is the cue's
            for rate in p.children:
                for q in rate.children if rate.dep_ == "pobj" else ():
                    if q.dep_ == "prep" and q.lower_ in ("on", "against"):
                        for o in q.children:
                            if o.dep_ == "pobj":
                                put(o, q.lower_)
    for c in cue.children:
        if c.dep_ == "dative" and c.pos_ != "ADP" and c.tag_ != "TO":
            put(c, "dative")
    hosts = [cue]
    if (gerund_host := _gerund_read_as_modifier(cue)) is not None:
        hosts.append(gerund_host)  # "denied supplying drones to Moscow", "to Moscow" hung on "denied"
    # "plans to travel from Addis Ababa to Goma and then on to Kigali": a later stop the parse hung
    # on the verb of planning
    # (or as an adverb: "plans to fly from Havana to Caracas on Tuesday, then on to La Paz")
    hosts += [
        a
        for v in _planned_on(cue)
        for a in v.children
        if (a.dep_ == "conj" or (a.dep_ in ("advmod", "advcl", "dep") and a.lower_ in ("on", "onward", "onwards")))
        and a.i > cue.i
        and _later_adverb(a)
    ]
    host = _host_verb(cue)
    if host is not None and host.i not in cues:
        hosts.append(host)
    elif host is not None:
        # A cue verb over a cue noun ("banned imports from Brazil"): the noun shares the verb's
        # prepositions of direction.
        for p in host.children:
            if p.dep_ == "prep" and p.lower_ in DIRECTION_PREPS:
                for o in p.children:
                    if o.dep_ == "pobj":
                        put(o, _prep_name(p))
    elif (
        cue.pos_ == "NOUN"
        and cue.dep_ == "nsubj"
        and cue.head.pos_ == "VERB"
        and cue.head.i not in cues
        # (what spreads happens where its "from" and "to" say, no party's act: "Protests spread from
        # Khartoum to Atbara")
        and _lemma(cue.head) not in lex.words["spread"]
    ):
        # "The tour took him to Venezuela", "tensions flared between Serbia and Kosovo" (and "took them
        # from Dublin to Belfast, then on to Glasgow", the later "to" hung on "on")
        later = [
            p
            for a in cue.head.children
            if a.dep_ in LATER_EDGES and _later_adverb(a)
            for p in a.children
            if p.dep_ == "prep" and p.lower_ in DIRECTION_PREPS
        ]
        for p in list(cue.head.children) + later:
            if p.dep_ == "prep" and (p.lower_ in DIRECTION_PREPS or p.lower_ in ("between", "among", "with")):
                for o in p.children:
                    if o.dep_ == "pobj":
                        put(o, p.lower_)
    elif (
        cue.pos_ == "NOUN"
        and cue.dep_ == "pobj"
        and cue.head.lower_ == "in"
        and cue.head.head.pos_ in ("VERB", "AUX")
        and cue.head.head.i not in cues
    ):
        # "Pakistan stands in solidarity with Turkey", "remain in talks with Cairo": the "with" the parse
        # hangs on the verb is the state's
        for p in cue.head.head.children:
            if p.dep_ == "prep" and p.lower_ == "with" and p.i > cue.i:
                for o in p.children:
                    if o.dep_ == "pobj":
                        put(o, "with")
    # "Tensions flared between Serbia and Kosovo", parsed with the verb as the noun's modifier
    hosts += [c for c in cue.children if cue.pos_ == "NOUN" and c.dep_ == "acl" and c.i not in cues]
    # "left Odesa on Monday bound for Lebanon": the participle's "for" is the verb's
    hosts += [
        c for c in cue.children if c.lower_ in BOUND_WORDS and c.dep_ in ("advcl", "acomp", "xcomp", "oprd", "conj")
    ]
    # "its first cargo of petrol bound for Cameroon": the goods' "bound for" is the cargo's
    hosts += [
        b
        for p in (cue.children if cue.pos_ == "NOUN" else ())
        if p.dep_ == "prep" and p.lower_ == "of"
        for o in p.children
        if o.dep_ == "pobj"
        for b in o.children
        if b.lower_ in BOUND_WORDS and b.dep_ in ("acl", "amod")
    ]
    # "Thousands of Afghan refugees in Pakistan": the counting noun's places are the cue's
    if (
        cue.pos_ == "NOUN"
        and cue.dep_ == "pobj"
        and cue.head.lower_ == "of"
        and (_lemma(cue.head.head) in lex.words["quantity"] and cue.head.head.i not in cues)
    ):
        count = cue.head.head
        hosts.append(count)
        if count.dep_ == "dobj" and count.head.pos_ == "VERB" and count.head.i not in cues and host is None:
            hosts.append(count.head)  # "carried out dozens of strikes on Lebanon": the count's verb's
    for h in hosts:
        preps = [
            p
            for p in h.children
            if p.dep_ in ("prep", "agent")
            # ("send two giant pandas to Adelaide" with "to" tagged as an infinitive's: a preposition)
            or (p.dep_ == "dative" and (p.pos_ == "ADP" or p.tag_ == "TO"))
            or (p.dep_ == "prt" and p.lower_ == "out")
            # "travelled by train to Siliguri and then by bus to Kolkata": a later means of travel
            # joined to the verb, whose "to" the means carries
            or (p.dep_ == "conj" and p.pos_ == "ADP" and p.lower_ == "by")
        ]
        preps += [c for p in preps for c in p.children if c.dep_ == "conj" and c.pos_ == "ADP"]  # "to X and then to Y"
        # "sanctions imposed by Canberra on Myanmar's leaders": the parse hangs the verb's next phrase on
        # the name its "by" gives
        preps += [
            q
            for p in preps
            if p.dep_ == "agent"
            for o in p.children
            if o.dep_ == "pobj" and o.pos_ == "PROPN"
            for q in o.children
            if q.dep_ == "prep" and q.lower_ in ("on", "against", "to", "into")
        ]
        preps += [  # ("and then by car to Quito", with the "to" hung on the "by")
            c
            for p in preps
            if p.dep_ == "conj" and p.lower_ == "by"
            for c in p.children
            if c.dep_ == "prep" and c.lower_ in DIRECTION_PREPS
        ]
        # ... with the second "to" hung on the verb or on the date before it ("flew to Lisbon on Monday
        # and then to Paris", "moved to Lisbon in 1990, and then to Paris")
        # (or on a "later" joined so: "... on Monday and later to Paris"; or on a clause of time between:
        # "moved to Lagos when she was six, and then to London")
        clauses = [c for c in h.children if c.dep_ == "advcl" and c.i not in cues]
        objects_of = [o for p in preps for o in p.children if o.dep_ == "pobj"]
        objects_of += [  # ("out of Montenegro": the object of the "of" on "out")
            o
            for p in preps
            if p.lower_ == "out"
            for q in p.children
            if q.lower_ == "of"
            for o in q.children
            if o.dep_ == "pobj"
        ]
        joined = [c for n in [h, *preps, *clauses, *objects_of] for c in n.children]
        joined += [p for c in joined if c.dep_ in LATER_EDGES and _later_adverb(c) for p in c.children]
        preps += [
            c
            for c in joined
            if c.dep_ in ("conj", "prep")
            and c.pos_ == "ADP"
            and c.lower_ in DIRECTION_PREPS
            and c not in preps
            and (
                c.dep_ == "conj"
                or c.head.pos_ == "ADV"
                or _later_adverb(c.head)
                or _means(c.head, h)
                # ("slipped out of Montenegro into Serbia": the "into" hung on the place left)
                or (c.lower_ in ("to", "into") and c.head.dep_ == "pobj" and c.head.head.lower_ in ("from", "of"))
            )
        ]
        # ... and their own coordinated prepositions ("then on to Kotor and finally to Corfu")
        preps += [
            c
            for p in preps
            for c in p.children
            if c.dep_ == "conj" and c.pos_ == "ADP" and c.lower_ in DIRECTION_PREPS and c not in preps
        ]
        # ... and the "to" of an adverb inside a phrase of direction: "from Prudhoe Bay down to
        # Vancouver, then on to Mexico City", "to Luanda on Monday and from there on to Maputo"
        preps += [
            q
            for a in _legs_on(preps)
            for q in a.children
            if q.dep_ == "prep" and q.lower_ in ("to", "into") and q not in preps
        ]
        # "came back from X", "arrived home from Y", "sends its exports south to China": the adverb's
        # prepositions are the verb's
        preps += [
            p
            for a in h.children
            if a.dep_ in ("advmod", "npadvmod") and a.lower_ in lex.words["heading"]
            for p in a.children
            if p.dep_ == "prep"
        ]
        # A direction the parse hung on the object ("sent troops to Belarus" as troops' "to", "the
        # expulsion of diplomats from Germany" as the diplomats' "from").
        objects = _objects(h) if h.pos_ == "VERB" else []
        objects += [
            o
            for n in objects + ([h] if h.pos_ == "NOUN" else [])
            for p in n.children
            if p.dep_ == "prep" and p.lower_ == "of"
            for o in p.children
            if o.dep_ == "pobj"
        ]
        # ... and on what the object's "including" lists ("returned 72 objects, including a dozen bronzes,
        # to Nigeria")
        objects += [
            o
            for n in list(objects)
            for p in n.children
            if p.dep_ == "prep" and p.lower_ in INCLUDING_PREPS
            for o in p.children
            if o.dep_ == "pobj"
        ]
        # ... and on the object of a path ("smuggled across the border from Venezuela into Colombia").
        objects += [
            o
            for p in preps
            if p.lower_ in ("across", "through", "over", "along", "via")
            for o in p.children
            if o.dep_ == "pobj"
        ]
        # ... and on the means of travel ("repatriated by boat from Sittwe to Cox's Bazar")
        objects += [
            o for p in preps if p.lower_ == "by" for o in p.children if o.dep_ == "pobj" and _means_of_travel(o, lex)
        ]
        # ... and on a participle that only says where the thing moved is kept ("will return 21
        # bronzes held in its museums to Nigeria", "sent paintings stored in Kyiv to Vienna")
        preps += [
            p
            for o in objects
            for c in o.children
            if c.dep_ == "acl" and c.tag_ == "VBN" and c.i not in cues and _lemma(c) in lex.words["located"]
            for p in c.children
            if p.dep_ == "prep" and p.lower_ in ("to", "into")
        ]
        # (and "left Nagorno-Karabakh for Yerevan" with the "for" hung on the place left; "return 30
        # antiquities worth $3 million to Cambodia" with the "to" hung on the value)
        leaving = (found := lex.cue(_lemma(cue), cue.pos_)) is not None and found.frame == "leave"
        valued = [a for o in objects for a in o.children if a.dep_ == "amod" and a.lower_ == "worth"]
        preps += [
            p
            for o in objects + valued
            for p in o.children
            if p.dep_ == "prep"
            and (
                p.lower_ in ("to", "into", "toward", "towards", "from", "at", "over", "between")
                or (leaving and p.lower_ == "for")
            )
        ]
        # "moved his family from Ohio to Texas" with the "to" hung on the "from", "pushed the
        # migrants across into Poland" with the "into" hung on the "across", "imported more from the
        # United States than from Qatar" with the second "from" hung on the "than", "by boat from
        # Sittwe to Cox's Bazar" with the "to" hung on the boat's "from"
        preps += [
            c
            for p in preps
            if p.lower_ in ("from", "to", "into", "across", "over", "through", "than") or _onward_prep(p)
            for c in p.children
            if c.dep_ == "prep" and c.lower_ in ("from", "to", "into") and c.lower_ != p.lower_
        ]
        for p in preps:
            if _seat_of_goal(p) is not None:
                continue  # ("sent to the national laboratory in Kinshasa": where the laboratory is)
            name = _prep_name(p)
            if p.head.i != cue.i and p.head.lower_ in BOUND_WORDS and name in ("for", "to"):
                name = "bound"  # ("flew out of Auckland on Sunday bound for Buenos Aires": where it is bound)
            for o in p.children:
                if o.dep_ in ("pobj", "pcomp"):
                    put(o, name)
                    if o.dep_ == "pcomp" and o.lower_ in lex.words["adjoining"]:
                        # "fled Myanmar to neighbouring Bangladesh" parsed as a participle and its object
                        for d in o.children:
                            if d.dep_ == "dobj":
                                put(d, name)
                    if name in ("from", "to", "into", "bound", "for"):
                        # "from London to Amsterdam" with the "to" hung on London, "to Leeds from York"
                        # with the "from" hung on Leeds, "bound for Thunder Bay from Winnipeg" (only
                        # its "from")
                        wanted = ("from",) if name in ("bound", "for") else ("to", "into", "from")
                        for q in o.children:
                            if q.dep_ == "prep" and q.lower_ in wanted and q.lower_ != name:
                                for oo in q.children:
                                    if oo.dep_ == "pobj":
                                        put(oo, q.lower_)
                            elif q.dep_ == "prep" and q.lower_ == "of" and cue.pos_ == "NOUN":
                                # "the first visit to Egypt of the Kenyan minister", the "of" hung on
                                # the place: the traveller is the noun's
                                for oo in q.children:
                                    if oo.dep_ == "pobj" and _lemma(oo) in lex.people:
                                        put(oo, "of")
                elif o.dep_ == "prep" and name == "out_of":
                    for oo in o.children:
                        if oo.dep_ == "pobj":
                            put(oo, "out_of")
            for oo in _way_of(p) if name == "via" else ():
                put(oo, "via")
    # A noun cue telling how or why something happened ("were found in Salisbury in a nerve agent
    # attack", "were killed in Aleppo during Russian air strikes", "is expected in Canberra for a
    # visit") happened where the verb says it did.
    if (
        cue.pos_ == "NOUN"
        and cue.dep_ == "pobj"
        and cue.head.lower_ in CIRCUMSTANCE_PREPS
        and cue.head.head.pos_ in ("VERB", "AUX")
        and cue.head.head.i not in cues
    ):
        for p in cue.head.head.children:
            if p.dep_ == "prep" and p.lower_ in ("in", "at") and p.i != cue.head.i:
                for o in p.children:
                    if o.dep_ == "pobj":
                        slots.setdefault(o.i, "in")
    # The setting of another clause: "spent ten years in Wintersville before the family moved to
    # Arlington" (the main verb), "lived in Moscow and was visiting her father" (a coordinated verb).
    settings = [cue.sent.root] + ([cue.head] if cue.dep_ == "conj" and cue.head.pos_ in ("VERB", "AUX") else [])
    if cue.dep_ == "relcl" and cue.head.dep_ in ("nsubj", "nsubjpass") and cue.head.head not in settings:
        settings.append(cue.head.head)  # (the verb whose subject the relative clause describes)
    for verb in settings:
        other = lex.cue(_lemma(verb), verb.pos_) if verb.i in cues else None
        if (
            verb.i == cue.i
            # ("The fugitive, wanted in Italy for fraud, left Santo Domingo", parsed with "wanted" the
            # main verb: where someone is wanted is no place the story happens)
            or _lemma(verb) in lex.words["wanted"]
            # (a coordinated verb of trade keeps its own "in": "sold her home in Gatineau and moved to
            # Ottawa" left Gatineau; a coordinated trip is a stop of its own)
            or (verb.i in cues and (other is None or "route" in other.types))
            or verb.i in [h.i for h in hosts]
            or (host is not None and verb.i == host.i)
        ):
            continue
        # (a relative clause on the verb's subject tells what that subject did before: "A Chilean woman
        # who had just arrived from Madrid was placed in isolation at Santiago airport")
        told_of = cue.dep_ == "relcl" and cue.head.dep_ in ("nsubj", "nsubjpass") and cue.head.head.i == verb.i
        for p in _phrase_preps(verb):
            if (p.lower_ == "in" and p.i < cue.i) or (told_of and p.lower_ in ("in", "at")):
                for o in p.children:
                    if o.dep_ == "pobj":
                        slots.setdefault(o.i, "setting.in")
    # "struck what officials described as militant hideouts in Khost", "fired missiles at what they
    # called a headquarters in Erbil": what the clause names is the object the cue acts on
    for clause, slot in [(c, "obj") for c in cue.children if c.dep_ == "ccomp"] + [
        (c, p.lower_) for p in cue.children if p.dep_ == "prep" for c in p.children if c.dep_ == "pcomp"
    ]:
        if _lemma(clause) in lex.words["name-as"] and any(
            w.dep_ == "dobj" and w.lower_ == "what" for w in clause.children
        ):
            for named in [c for c in clause.children if c.dep_ == "oprd"] + _pobjs(clause, ("as",)):
                put(named, slot)
    return slots


def _phrase_preps(verb: Token) -> list[Token]:
    """The prepositions on a verb and inside its noun phrases, not inside other clauses: "spent ten
    years of her life in X", "sold her home in X"."""
    out, todo = [], [verb]
    while todo:
        tok = todo.pop()
        for c in tok.children:
            if c.dep_ == "prep":
                out.append(c)
                todo += [o for o in c.children if o.dep_ == "pobj"]
            elif c.dep_ in ("dobj", "npadvmod") and c.pos_ in ("NOUN", "PROPN"):
                todo.append(c)
    return out


def _transparent(tok: Token, lex: Lexicon) -> bool:
    """A noun cue naming people who moved ("Syrian refugees"): an event of its own that also only
    describes its people, so a place on it climbs on past it ("Germany resettled Syrian refugees")."""
    cue = lex.cue(_lemma(tok), tok.pos_)
    return cue is not None and cue.frame in TRANSPARENT_FRAMES


def _ended_trip(tok: Token, lex: Lexicon) -> bool:
    """A trip or tour a verb of finishing ends ("ended the trip in Bangkok"): where it is, is where
    the finishing verb's traveller ends up."""
    return tok.dep_ == "dobj" and _lemma(tok.head) in lex.words["finish"] and _route_noun(tok, lex)


def _fled(tok: Token, lex: Lexicon) -> bool:
    """A war or hardship fled from, which stands for the place it is in: "fled the war in Ukraine",
    "fleeing the fighting in Sudan" (its place is where the trip starts)."""
    return tok.dep_ == "dobj" and _lemma(tok.head) in lex.words["escape"]


def _climb(tok: Token, cues: Container[int], lex: Lexicon) -> list[tuple[Token, str, bool]]:
    """The path from a mention's head to the token it attaches to, each step as (token, how, bound):
    ``how`` is "" while the tokens stand for the place itself, "mod" once they are a noun it
    describes ("the Iranian minister", "the president of Iran"), "from" for "officials from Cuba",
    "in" for people somewhere ("fighters in Lebanon")."""
    how = ""
    bound = False
    path = [(tok, how, bound)]

    def stops(t: Token) -> bool:
        return t.i in cues and not _transparent(t, lex) and not _fled(t, lex) and not _ended_trip(t, lex)

    for _ in range(MAX_CLIMB):
        if stops(tok):
            break
        head = tok.head
        if head.i == tok.i:
            break
        dep = tok.dep_
        if dep == "conj" and head.pos_ in ("NOUN", "PROPN", "ADJ") and not stops(head):
            tok = head  # a later member of a list takes the first member's place
        elif dep in SAME_THING_EDGES and not stops(head):
            tok = head
        elif dep in MODIFIER_EDGES and head.lower_ in lex.words["describe"]:
            break  # "an Asian-themed casino", "a Greek-majority island": a description, not who acts
        elif (
            dep == "compound"
            and tok.pos_ == "PROPN"
            and head.pos_ == "PROPN"
            and _lemma(head) in lex.words["pact"]
            and not _hyphened(tok)
        ):
            break  # "joined the Paris Agreement", "the Oslo Accords": where it was made, no party (but
            # "the Lebanon-Syria Treaty" names its parties)
        elif (
            dep in MODIFIER_EDGES
            and _lemma(head) in lex.words["place"]
            and head.tag_ == "NN"
            and not any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children)
        ):
            tok = head  # "from Sudan's Darfur region": the place noun is the place (not "U.S. cities", nor
            # "the Turkish capital of Ankara", which names the place itself)
        elif dep in MODIFIER_EDGES:
            bound = bound or head.lower_ == "bound"
            tok = head
            how = how or "mod"
        elif (
            dep == "pobj"
            and head.lower_ == "for"
            and head.head.dep_ == "acl"
            and _lemma(head.head) in lex.words["serve"]  # (a cue of its own in other senses: "work with")
            and head.head.head.pos_ in ("NOUN", "PROPN")
        ):
            tok = head.head.head  # "hackers working for Iran's intelligence ministry": Iran's hackers
            how = how or "mod"
        elif (
            dep == "pobj"
            and head.lower_ in ("to", "with")
            and head.head.dep_ == "acl"
            and head.head.tag_ in ("VBN", "VBG")
            and _lemma(head.head) in lex.words["affiliate"]
            and head.head.head.pos_ in ("NOUN", "PROPN")
        ):
            # "militants affiliated with Iran", "hackers linked to Russia", "accounts belonging to Iran's
            # embassy": Iran's, Russia's
            tok = head.head.head
            how = how or "mod"
        elif (
            dep == "pobj"
            and head.lower_ == "from"
            and _lemma(head.head) == "be"
            and head.head.dep_ == "relcl"
            and head.head.head.pos_ in ("NOUN", "PROPN")
            and any(c.dep_ == "nsubj" and c.lower_ in ("who", "that") for c in head.head.children)
        ):
            tok = head.head.head  # "The governor, who is from Chicago, visited Miami": as "the governor
            how = how or "from"  # from Chicago"
        elif (
            dep == "pobj"
            and head.lower_ == "by"
            and _lemma(head.head) in lex.words["lead"]
            and head.head.tag_ == "VBN"
            and _describing(head.head)
            and head.head.head.pos_ in ("NOUN", "PROPN")
        ):
            tok = head.head.head  # "a coalition led by Saudi Arabia bombed Sanaa", "a delegation headed by
            how = how or "mod"  # Kenya's trade minister": who leads them makes them theirs, as "Saudi-led"
        elif dep == "pobj" and (noun := _seat_of_goal(head)) is not None:
            tok = noun  # "sent to the national laboratory in Kinshasa" ("in Kinshasa" parsed on the verb):
            how = how or "in"  # where the institution gone to is
        elif (
            dep == "pobj"
            and head.lower_ == "by"
            and _describing(head.head)
            and head.head.tag_ == "VBN"
            and head.head.head.pos_ in ("NOUN", "PROPN")
            and not stops(head.head)
            and (
                _moved_kind([head.head.head], lex) == "transfer"
                or _lemma(head.head) in lex.words["located"]
                or _made_word(head.head, lex)
            )
        ):
            # "aid donated by Norway", "books collected by pupils in Truro": who gave the thing a noun
            # names is its own place, as "Norwegian aid" (wherever the givers are from or in); who
            # held or made it is where it comes from ("Bronzes held by the Smithsonian in Washington",
            # "a statue which had been held by a museum in Aberdeen")
            where = _lemma(head.head) in lex.words["located"] or _made_word(head.head, lex)
            tok = head.head.head
            how = "made" if where else "mod"
        elif (
            dep == "pobj"
            and head.dep_ == "prep"
            # (a participle of selling is a cue of its own, but "the heroin sold in Europe" only says
            # where the goods end up)
            and (not stops(head.head) or (_lemma(head.head) in lex.words["used"] and _located(head, lex)))
            and (
                head.head.pos_ in ("NOUN", "PROPN", "PRON")
                or head.head.lower_ in ("one", "ones")  # "from a prison in Edmonton to one in Drumheller"
                or _located(head, lex)
                or (head.lower_ == "of" and _lemma(head.head) in lex.words["portion"])
            )
        ):
            prep, noun = head.lower_, head.head
            if prep == "of" and noun.dep_ == "pobj" and noun.head.lower_ == "per" and noun.head.head.pos_ == "NOUN":
                noun = noun.head.head  # "2.1 million barrels per day of Russian crude": the barrels are of it
            if _located(head, lex):
                if stops(noun.head):
                    break  # (the participle describes a cue noun: the place is that cue's own)
                on_object = tok.dep_ == "pobj"  # (the place, or a noun it describes, is what "in" takes)
                tok = noun.head  # "migrants stranded in Saudi Arabia": where the people are; "iron ore
                # mined in Western Australia": where the goods come from
                # ... or where they end up ("the heroin sold in Europe")
                used = _lemma(noun) in lex.words["used"]
                located = "made" if _made_word(noun, lex) else "used" if used else "in"
                # (a place on the object of "in" is where goods are made or used too: "avocados sold in
                # U.S. supermarkets"; but "bronzes held in Berlin's museum" are the museum's)
                how = located if not how or (how == "mod" and on_object and located != "in") else how
            elif prep == "in" and _lemma(noun) in lex.words["dweller"]:
                tok = noun  # "residents in Sharon": where they live, as "John Smith of Cahir"
                how = how or "of"
            elif prep in LOCATIVE_PREPS and (_lemma(noun) in lex.people or noun.pos_ == "PROPN"):
                tok = noun  # "fighters in Lebanon", "the visiting minister of Kenya in Kampala", "Mayor Hasan
                how = how or "in"  # in Paris": where they are, not who they are
            elif (
                prep in LOCATIVE_PREPS
                or prep in INCLUDING_PREPS
                or prep == "outside"  # "a truck stop outside Oklahoma City"
                or (prep == "on" and _lemma(tok) in lex.words["edge"])  # "camps on the outskirts of Goma"
                or (prep == "as" and any(c.lower_ == "such" for c in head.children))  # "war zones such as Iraq"
                or (prep == "of" and _lemma(noun) in lex.words["place"] | lex.words["polity"])
            ):
                tok = noun  # "its home base in Chicago", "the city of Salisbury": the place noun's slot
                # (and "solidarity with the people of Turkey", "support for the sovereignty of Somalia":
                # the place itself)
            elif prep == "of" and how and _lemma(tok) in lex.words["occasion"]:
                break  # "organizers of a London rally": the rally's place, not the organizers' home
            elif prep == "of" and _lemma(noun) in lex.words["portion"] and how:
                # "much of the lithium mined in Western Australia": the part is of the whole; a share of
                # a place's own goods is a share of what it uses ("supplied 40 percent of Europe's gas")
                if (
                    how == "mod"
                    and len(path) == 2
                    and path[0][0].dep_ == "poss"
                    and _lemma(tok) in lex.goods
                    and noun.dep_ == "dobj"
                    and (giving := lex.cue(_lemma(noun.head), noun.head.pos_)) is not None
                    and giving.frame == "export"
                ):
                    how = "used"
                tok = noun
            elif prep in ("of", "from"):
                # "the president of Iran", "officials from Cuba", "expulsions of Russian diplomats";
                # "John Smith of Cahir" is where a person lives ("of"): a home for a trip, no more.
                tok = noun
                # (a body's name is no person's: "the Council of the Isles of Scilly" is the place's own)
                person = noun.pos_ == "PROPN" and _lemma(noun) not in lex.words["authority"] | lex.words["body"]
                if prep == "from" and how == "in":
                    how = ""  # "members from a church in Hattiesburg": where they are from, as "from Hattiesburg"
                how = how or ("from" if prep == "from" else "of" if person else "mod")
            else:
                break
        else:
            break
        path.append((tok, how, bound))
    return path


def _seat_of_goal(prep: Token) -> Token | None:
    """The common noun (in lower case, whatever its tag) a verb's "to" names when an "in X" right
    after it hangs on the verb: "were sent to the national laboratory in Kinshasa", "was flown to a
    hospital in Nairobi" (the parse puts "in Kinshasa" on "sent"; it says where the laboratory is)."""
    verb = prep.head
    if prep.lower_ not in ("in", "at") or prep.dep_ != "prep" or verb.pos_ != "VERB":
        return None
    for p in verb.children:
        if p.dep_ in ("prep", "dative") and p.lower_ in ("to", "into") and p.i < prep.i:
            for goal in p.children:
                if goal.dep_ == "pobj" and goal.text.islower() and goal.right_edge.i + 1 == prep.i:
                    return goal
    return None


def _describing(verb: Token) -> bool:
    """A participle or a relative clause describing the noun it hangs on: "aid donated by Norway",
    "the statue, which had been held by a museum"."""
    return verb.dep_ == "acl" or (
        verb.dep_ == "relcl"
        and any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in RELATIVE_PRONOUNS for c in verb.children)
    )


def _located(prep: Token, lex: Lexicon) -> bool:
    """A locative preposition on a participle of the ``located``, ``made`` or ``used`` class, which only
    says where people are, goods come from or goods end up: "migrants stranded in Saudi Arabia", "citizens trapped in
    Wuhan", "iron ore mined in Western Australia", "samples collected from patients in Conakry"
    (not "killed in Aleppo")."""
    verb = prep.head
    return (
        (prep.lower_ in LOCATIVE_PREPS or (prep.lower_ == "from" and _made_word(verb, lex)))
        and _describing(verb)  # (a relative clause too: "Ukrainians who had sheltered in Poland")
        and verb.tag_ in ("VBN", "VBG", "VBD")
        and verb.head.pos_ in ("NOUN", "PROPN")
        and (
            _lemma(verb) in lex.words["located"]
            or _made_word(verb, lex)
            or (_lemma(verb) in lex.words["used"] and prep.lower_ != "from")
        )
    )


def _after_from(place: Token, verb: Token) -> bool:
    """Whether ``place`` is the object of an "in" on ``verb`` written straight after the verb's
    "from" phrase: "moved from a camp in Chad" parsed with "in Chad" on "moved"."""
    prep = place.head
    return prep.dep_ == "prep" and any(
        c.dep_ == "prep" and c.lower_ == "from" and c.right_edge.i + 1 == prep.i for c in verb.children
    )


def _slot_of(
    ref_head: Token, cue: Token, arg_slots: dict[int, str], cues: dict[int, str], kind: str, lex: Lexicon
) -> str | None:
    """The slot a mention fills for ``cue``: the nearest token on its path that is one of the cue's
    arguments (or the cue itself), and how the mention relates to it."""
    path = _climb(ref_head, cues, lex)
    # "the Nairobi-based company": where a firm sits; no party to a tie, no actor of a conflict
    seated = kind in ("tie", "conflict") and any(t.lower_ in lex.words["seat"] for t, _, _ in path)
    if (
        kind in ("tie", "conflict")
        and ref_head.dep_ in MODIFIER_EDGES
        and _lemma(ref_head.head) in lex.words["culture"]
    ):
        return None  # "the ties between Russian and American art": a style, no party
    for tok, how, bound in path:
        if seated and (kind == "tie" or arg_slots.get(tok.i) == "subj"):
            return None
        if tok.i == cue.i:
            if bound:
                return "bound"
            if not how:
                return None
            # What the mention hangs on directly: a possessive ("Iran's exports") or another modifier.
            t = ref_head
            while t.head.i != cue.i and t.head.i != t.i:
                t = t.head
            return "poss" if t.dep_ == "poss" else "mod"
        if _ended_trip(tok, lex) and tok.head.i == cue.i:
            return "in"  # "ended the trip in Bangkok": where the trip ends is where its traveller ends up
        if tok.i in cues and cues[tok.i] != kind and not _transparent(tok, lex) and not _fled(tok, lex):
            if tok.i != ref_head.i and (
                arg_slots.get(tok.i) == "obj" or (arg_slots.get(tok.i) == "on" and cues[tok.i] == "transfer")
            ):
                # "banned imports of Nigerian rice", "restrictions on Pakistani imports": what the act is aimed at
                return f"{arg_slots[tok.i]}.{how or 'mod'}"
            if (
                tok.i != ref_head.i
                and kind == "conflict"
                and arg_slots.get(tok.i) == "subj"
                and _lemma(tok) in lex.words["grouping"]
            ):
                return "subj.mod"  # "the Saudi-led coalition bombed Hodeidah": a grouping's members act
            return None  # "Iranian alliances ... threatening": the place belongs to the other cue's event
        if tok.i in arg_slots:
            if bound:
                return "bound"
            slot = arg_slots[tok.i]
            return f"{slot}.{how}" if how else slot
    last = tok
    if last.dep_ == "pobj" and last.head.dep_ == "prep":
        owner = last.head.head
        if owner.i in cues and cues[owner.i] != kind and arg_slots.get(owner.i) == "obj":
            return "obj.mod"  # "banned imports of Nigerian rice": the goods' place is what the act is aimed at
    return None


# --------------------------------------------------------------------------------------------
# Step 5: flags


def _clause_chain(cue: Token) -> list[tuple[Token, str]]:
    """The words above the cue, each with the edge that led to it, up to the root."""
    chain = []
    tok = cue
    for _ in range(12):
        if tok.head.i == tok.i:
            break
        chain.append((tok.head, tok.dep_))
        tok = tok.head
    return chain


def _crosses_clause(edge: str, below: Token) -> bool:
    """Whether the edge from ``below`` up to its head leaves its clause ("Russians travelling to the UK
    could face": the participle is a clause of its own; "plans to supply" is not)."""
    if edge == "acl":
        return not any(c.dep_ == "aux" and c.lower_ == "to" for c in below.children)
    return edge in CLAUSE_EDGES


def _bare_participle(edge: str, below: Token) -> bool:
    """A participle of no subject or auxiliary of its own hung on its verb as a clause, which tells
    the same traveller's next step in the verb's mood: "will fly to Hong Kong, spending three days
    there, before heading on to Tokyo" (the later leg is as planned as the first)."""
    return (
        edge == "advcl"
        and below.tag_ == "VBG"
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in below.children)
    )


def _has_neg(tok: Token, lex: Lexicon) -> bool:
    if any(c.tag_ in ("JJR", "RBR") for c in tok.children):
        return False  # "relations have never been closer" affirms the tie
    return any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no") for c in tok.children)


def _embargo(cue: Token, lex: Lexicon, place_heads: set[int]) -> bool:
    """A state stops the goods coming in: "Beijing halted imports of Australian wine", "the
    authorities suspended imports from Brazil", "imports were suspended by Chile", "China decided to
    ban imports" (a measure against the goods' origin). Buyers or firms halting imports are no state."""
    verb = cue.head
    if (
        _lemma(cue) not in lex.words["embargo"]
        or cue.dep_ not in ("dobj", "nsubjpass")
        or verb.pos_ != "VERB"
        or lex.flag(_lemma(verb), lex.negation) != "stop"
        or _reduced(verb, lex)
    ):
        return False
    return _state_acts(verb, lex, place_heads, ("xcomp",))


def _state_acts(verb: Token, lex: Lexicon, place_heads: set[int], borrowed: tuple[str, ...]) -> bool:
    """Whether a verb's doer is a state: a place named as its subject or agent, or its authorities
    ("the authorities suspended imports"); the subject of the verb it completes or is joined to
    (``borrowed`` edges) when it has none of its own ("China decided to ban imports")."""
    actors = [c for c in verb.children if c.dep_ == "nsubj"]
    actors += [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    if not actors and verb.dep_ in borrowed:
        actors = [c for c in verb.head.children if c.dep_ == "nsubj"]
    return any(a.i in place_heads or _lemma(a) in lex.words["authority"] for a in actors)


def _intrusion(tok: Token, lex: Lexicon) -> Cue | None:
    """Armed forces entering a place's airspace or waters violate it: "A Russian military aircraft
    entered Estonian airspace", "Russian warships entered Japanese waters" (not "a Lufthansa jet":
    a jet may be an airliner)."""
    if tok.pos_ != "VERB" or _lemma(tok) not in lex.words["penetrate"]:
        return None
    if not any(c.dep_ == "dobj" and _lemma(c) in lex.words["sovereign"] for c in tok.children):
        return None
    movers = [o for c in tok.children if c.dep_ == "nsubj" for o in _head_nouns(c)]
    armed = (lex.words["military"] | lex.words["weapon"] | lex.words["armed"]) - lex.words["unarmed"]
    if not any(
        _lemma(m) in armed or any(_lemma(d) in lex.words["armed"] for d in m.children if d.dep_ in ("amod", "compound"))
        for m in movers
    ):
        return None
    return lex.cue("violate", "VERB")


def _twin_noun(tok: Token, lex: Lexicon) -> bool:
    """A noun marked as a twin: "sister city", "twin town"."""
    return tok.pos_ == "NOUN" and any(
        c.dep_ in ("compound", "amod") and _lemma(c) in lex.words["twin"] for c in tok.children
    )


def _twin_partner(tok: Token, event: Event, refs: list[PlaceRef], heads: list, list_heads: list[int]) -> None:
    """Whose twin a place is named: its possessor ("Lima is Quito's sister city"), or the subject of
    the clause an "its" names ("hosted a delegation from Mainz, its sister city": Louisville's)."""
    owners = [c for c in tok.children if c.dep_ == "poss"]
    if owners and owners[0].pos_ == "PRON":
        if tok.dep_ != "appos":
            return
        verb = tok.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        # (a place noun stands for the place it names: "the city of Louisville")
        owners = subjects + [
            o for s in subjects for p in s.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
        ]
        twins = [tok.head]
    else:
        twins = [c for c in tok.head.children if c.dep_ == "nsubj"] if tok.dep_ == "attr" else []
    owned = _args_at(refs, heads, list_heads, owners, "owner")
    if not owned or not twins:
        return
    for args in event.roles.values():
        args[:] = [a for a in args if all(a.ref is not o.ref for o in owned)]
    event.roles.setdefault("partner", []).extend(owned)
    if not event.roles.get("party"):
        event.roles["party"] = _args_at(refs, heads, list_heads, twins, "twin")


def _helping_move(tok: Token, lex: Lexicon) -> bool:
    """A verb of helping that is the purpose of a move of people or goods: "Washington sent $25
    million to help Costa Rica rebuild", "the EU sent firefighters to assist Greece"."""
    if not (
        tok.pos_ == "VERB"
        and _lemma(tok) in lex.words["assist"]
        and tok.dep_ in ("advcl", "xcomp")
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
        and tok.head.pos_ == "VERB"
    ):
        return False
    mover = lex.cue(_lemma(tok.head), "VERB")
    return mover is not None and not {"route", "transfer"}.isdisjoint(mover.types)


def _helped(verb: Token, lex: Lexicon) -> list[Token]:
    """Whom a move's purpose of helping helps: "sent $25 million to help Costa Rica rebuild" (the
    subject of what they are helped to do), "sent firefighters to assist Greece" (the object)."""
    out: list[Token] = []
    for h in verb.children:
        if not _helping_move(h, lex):
            continue
        for c in h.children:
            if c.dep_ == "dobj":
                out.append(c)
            elif c.dep_ in ("ccomp", "xcomp"):
                out += [g for g in c.children if g.dep_ == "nsubj"]
    return [t for o in out for t in (o, *o.conjuncts)]


def _export_ban(cue: Token, event: Event, lex: Lexicon, place_heads: set[int]) -> bool:
    """A state forbids its goods going to a place it names: "Japan banned exports of machinery to
    Russia", "Beijing has barred shipments of rare earths to Tokyo" (a measure aimed at where they go).
    Halting or suspending them is no ban ("Argentina suspended beef exports to China to curb prices"),
    and neither is a ban on exports to no place named."""
    verb = cue.head
    if (
        _lemma(cue) not in lex.words["outflow"]
        or cue.dep_ not in ("dobj", "nsubjpass")
        or verb.pos_ != "VERB"
        or _lemma(verb) not in lex.words["prohibit"]
        or _reduced(verb, lex)
        or not any(a.slot in ("to", "into") for a in event.roles.get("destination", []))
    ):
        return False
    return _state_acts(verb, lex, place_heads, ("xcomp", "conj"))


def _crossing_point(tok: Token, event: Event, refs: list[PlaceRef], heads: list, places: Mapping[str, Place]) -> None:
    """Where a move into a place crossed into it, named by "at" on the verb, is the more specific end:
    "crossed into Guatemala at Agua Caliente" (Agua Caliente, in Guatemala)."""
    for ref, head in zip(refs, heads, strict=True):
        if head is None or head.dep_ != "pobj" or head.head.lower_ != "at" or head.head.head.i != tok.i:
            continue
        args = event.roles["destination"]
        for n, a in enumerate(args):
            if a.ref.place_id != ref.place_id and contains(places[a.ref.place_id], places[ref.place_id]):
                args[n] = Arg(ref, "at", a.group, a.sequential)
                break


def _closed_with(
    tok: Token, event: Event, refs: list[PlaceRef], heads: list, list_heads: list[int], lex: Lexicon
) -> None:
    """The neighbour a border was closed "with", hung by the parse on what was closed, is whom it was
    shut to: "Venezuela closed its border crossings with Colombia"."""
    closed = {c.i for c in tok.children if c.dep_ in ("dobj", "nsubjpass") and _lemma(c) in lex.words["closable"]}
    for n, (ref, head) in enumerate(zip(refs, heads, strict=True)):
        if head is not None and head.dep_ == "pobj" and head.head.lower_ == "with" and head.head.head.i in closed:
            event.roles.setdefault("target", []).append(Arg(ref, "obj.with", list_heads[n]))


def _by_on_object(
    event: Event, role: str, cue: Token, refs: list[PlaceRef], heads: list, list_heads: list[int]
) -> None:
    """The "by" the parse hangs on a cue noun's "of" object is the cue's: "the expulsion of two
    Estonian diplomats by Moscow", "the seizure of the tankers by Iran" (who did it)."""
    objects = {o.i for o in _pobjs(cue, ("of",))}
    for n, (ref, head) in enumerate(zip(refs, heads, strict=True)):
        if (
            head is not None
            and head.dep_ == "pobj"
            and head.head.lower_ == "by"
            and head.head.dep_ == "prep"
            and head.head.head.i in objects
        ):
            event.roles.setdefault(role, []).append(Arg(ref, "by", list_heads[n]))


def _faced(event: Event, cue: Token, refs: list[PlaceRef], heads: list, list_heads: list[int], lex: Lexicon) -> None:
    """Who faces a hostile measure is its target: "Kyrgyzstan could face Kazakh trade restrictions",
    "Russian banks face new EU sanctions" (the measure's own modifier, if a place, is who imposes it)."""
    verb = cue.head
    if not (cue.dep_ == "dobj" and verb.pos_ == "VERB" and _lemma(verb) in lex.words["undergo"]):
        return
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    below = {t.i for s in subjects for t in s.subtree}
    taken = {a.ref.start for args in event.roles.values() for a in args}
    for n, (ref, head) in enumerate(zip(refs, heads, strict=True)):
        if head is not None and head.i in below and ref.start not in taken:
            event.roles.setdefault("target", []).append(Arg(ref, "subj", list_heads[n]))


def _support_for_whose(event: Event, cue: Token, refs: list[PlaceRef], heads: list, list_heads: list[int]) -> None:
    """Whose bid, plan or effort a place's support is "for" is its partner: "Kenya has voiced strong
    support for Somalia's bid to join the EAC", "Qatar voiced support for Lebanon's efforts" (the
    owner, by a possessive; not an adjective: "support for Russian speakers")."""
    owned = {o.i for o in _pobjs(cue, ("for",)) if o.pos_ == "NOUN"}
    for n, (ref, head) in enumerate(zip(refs, heads, strict=True)):
        if head is not None and head.dep_ == "poss" and head.head.i in owned:
            event.roles.setdefault("partner", []).append(Arg(ref, "for.poss", list_heads[n]))


def _won_backing(
    event: Event, cue: Token, refs: list[PlaceRef], heads: list, list_heads: list[int], lex: Lexicon
) -> None:
    """Who wins, secures or receives a place's backing is its partner: "Armenia has won France's
    backing", "Kenya secured Ethiopia's support for its bid" (the possessor gives it, the verb's
    subject gets it)."""
    verb = cue.head
    if not (
        cue.dep_ == "dobj"
        and verb.pos_ == "VERB"
        and _lemma(verb) in lex.words["gain"]
        and any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in cue.children)
    ):
        return
    subjects = {t.i for c in verb.children if c.dep_ == "nsubj" for t in (c, *c.conjuncts)}
    for n, (ref, head) in enumerate(zip(refs, heads, strict=True)):
        if head is not None and head.i in subjects:
            event.roles.setdefault("partner", []).append(Arg(ref, "subj", list_heads[n]))


def _buyers_among(
    tok: Token, event: Event, refs: list[PlaceRef], heads: list, list_heads: list[int], lex: Lexicon
) -> None:
    """The places a sale's "with" names among its buyers are where the goods went: "Turkey exported
    drones to 30 countries, with Poland and Ukraine among the largest buyers" (the buyers, customers
    or markets the goods were sold to)."""
    if not any(_lemma(g) in lex.words["buyer"] for g in _pobjs(tok, ("among",))):
        return
    for n, (ref, head) in enumerate(zip(refs, heads, strict=True)):
        while head is not None and head.dep_ == "conj":
            head = head.head
        if head is not None and head.dep_ == "pobj" and head.head.lower_ == "with" and head.head.head.i == tok.i:
            event.roles.setdefault("destination", []).append(Arg(ref, "among", list_heads[n]))


def _asked_to_hand_over(
    tok: Token, event: Event, refs: list[PlaceRef], heads: list, list_heads: list[int], lex: Lexicon
) -> None:
    """What a place asks another to hand over goes to the asker: "Argentina asked Spain to extradite the
    officer", "Greece urged Britain to return the marbles" (not "urged Uganda to return to talks":
    something must be handed over)."""
    if not (
        tok.dep_ == "xcomp"
        and _lemma(tok.head) in lex.words["petition"]
        and _lemma(tok) in lex.words["handback"]
        and any(c.dep_ == "dobj" for c in tok.children)
    ):
        return
    askers = [c for c in tok.head.children if c.dep_ == "nsubj"][:1]
    for n, (ref, head) in enumerate(zip(refs, heads, strict=True)):
        if head is not None and any(
            head.i == a.i or (head.head.i == a.i and head.dep_ in ("poss", "amod", "compound", "nmod")) for a in askers
        ):
            event.roles.setdefault("destination", []).append(Arg(ref, "asker", list_heads[n]))


def _banned_imports(
    tok: Token, event: Event, refs: list[PlaceRef], heads: list, list_heads: list[int], lex: Lexicon
) -> None:
    """Imports under a place's ban are stopped from where they come to the place that bans them:
    "Poland kept its ban on Ukrainian grain imports", "the Chinese ban on imports from Japan" (the
    place adjective on the imports is then their origin, not their buyer)."""
    ban = tok.head.head
    if not (
        _lemma(tok) in lex.words["embargo"]
        and tok.dep_ == "pobj"
        and tok.head.lower_ == "on"
        and ban.pos_ == "NOUN"
        and lex.flag(_lemma(ban), lex.negation) == "stop"
        # (a ban lifted or ended stops nothing: "Russia lifted its ban on Georgian wine imports")
        and not (ban.dep_ in ("dobj", "nsubjpass") and lex.flag(_lemma(ban.head), lex.negation) == "stop")
    ):
        return
    owners = [c for c in ban.children if c.dep_ == "poss"]
    if owners and owners[0].pos_ == "PRON" and ban.dep_ == "dobj":
        owners = [c for c in ban.head.children if c.dep_ == "nsubj"]  # "Poland kept its ban": Poland's
    place_heads = {h.i for h in heads if h is not None}
    # (a modifier that names no place, "unilateral bans", says nothing of whose ban it is)
    owners += [c for c in ban.children if c.dep_ in ("amod", "compound") and c.i < ban.i and c.i in place_heads]
    if not owners and ban.dep_ == "dobj":
        owners = [c for c in ban.head.children if c.dep_ == "nsubj"]  # "Japan imposed a ban": Japan's
    owners += [c for o in owners for c in o.conjuncts]  # ("Poland, Hungary and Slovakia kept their bans")
    buyers = _args_at(refs, heads, list_heads, owners, "ban")
    if not buyers:
        return
    own = [a for a in event.roles.get("destination", []) if a.slot in ("mod", "poss")]
    if not event.roles.get("origin"):
        # "a ban on beef imports from Brazil" with "from" hung on the ban: where the imports come from
        own += [
            Arg(ref, "from", list_heads[n])
            for n, (ref, head) in enumerate(zip(refs, heads, strict=True))
            if head is not None and head.dep_ == "pobj" and head.head.lower_ == "from" and head.head.head.i == ban.i
        ]
    event.roles["origin"] = event.roles.get("origin", []) + own
    event.roles["destination"] = buyers
    event.negated = True
    event.embargo = True  # (the ban is the buyer's act against where the goods come from)


def _no_mover(cue: Token) -> bool:
    """The subject is nobody: "Not a single asylum seeker was flown", "No aid reached Gaza", "none of
    the delegates could travel", "no relief trucks had been able to reach Derna" (the subject of the
    verb or adjective the cue completes)."""
    holders = [cue]
    if cue.dep_ == "xcomp":
        holders.append(cue.head)
        if cue.head.dep_ == "acomp":
            holders.append(cue.head.head)  # ("had been able to reach": the subject of "been")
    for holder in holders:
        for c in holder.children:
            if c.dep_ in ("nsubj", "nsubjpass"):
                first = c.left_edge
                after = first.nbor() if first.i + 1 < len(first.doc) else first
                if first.lower_ in ("no", "none") or (
                    first.lower_ == "not" and after.lower_ in ("a", "an", "one", "single")
                ):
                    return True
    return False


def _stopped_on_the_way(cue: Token, lex: Lexicon) -> bool:
    """A trip under way whose travellers were stopped did not end where it was going: "clients who
    were travelling from Seattle to Vancouver were turned back at the border", "migrants heading for
    Italy were intercepted" (a trip told as done, "refugees who fled Syria were stopped", is not)."""
    under_way = cue.tag_ == "VBG" or (
        cue.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.lower_ == "being" for c in cue.children)
    )  # ("cigarettes that were being smuggled from Ukraine into Hungary")
    trip = cue if under_way else None
    if trip is not None and trip.dep_ == "conj" and trip.head.dep_ in ("relcl", "acl"):
        trip = trip.head  # "a boat that left Tobruk and was heading for Italy"
    if trip is None or trip.dep_ not in ("relcl", "acl"):
        return False
    traveller = trip.head
    verb = traveller.head
    if traveller.dep_ == "pobj" and traveller.head.lower_ == "of":
        verb = traveller.head.head.head  # "14 of her clients, who were travelling ..., were turned back"
        traveller = traveller.head.head
    if traveller.dep_ == "dobj" and verb.dep_ == "acl" and _lemma(verb) in ("carry", "transport"):
        traveller = verb.head  # "intercepted a boat carrying migrants that was heading for Italy"
        verb = traveller.head
    if traveller.dep_ not in ("nsubjpass", "dobj") or verb.pos_ != "VERB":
        return False
    kind = lex.flag(_phrasal(verb, lex), lex.negation) or lex.flag(_lemma(verb), lex.negation)
    # ("bad weather forced a plane carrying pilgrims from Lagos to Jeddah to turn back": made to stop)
    # (the parse may hang "to turn back" on the participle)
    made_to = traveller.dep_ == "dobj" and any(
        c.dep_ in ("xcomp", "advcl")
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        and (lex.flag(_phrasal(c, lex), lex.negation) or lex.flag(_lemma(c), lex.negation)) == "stop"
        for c in [*verb.children, *trip.children]
    )
    # ("a tanker carrying diesel to Funafuti was forced back by heavy seas": driven back, stopped)
    driven_back = _lemma(verb) in lex.words["repel"] and any(
        c.dep_ in ("advmod", "prt") and c.lower_ == "back" for c in verb.children
    )
    return kind == "stop" or made_to or driven_back or _lemma(verb) in lex.words["seize"]


def _called_off_after(cue: Token, lex: Lexicon) -> bool:
    """A plan told, then called off in a clause joined by "but": "The company was due to fly from
    Vienna to Shanghai, but the trip was called off", "was to have sailed to Cape Town, but the voyage
    was scrapped" (the trip, or "it", is what the later clause stops)."""
    for above in [cue, *list(cue.ancestors)[:4]]:
        for later in above.children:
            if (
                later.dep_ == "conj"
                and later.i > cue.i
                and any(x.dep_ == "cc" and x.lower_ == "but" for x in [*later.children, *above.children])
                and (lex.flag(_phrasal(later, lex), lex.negation) or lex.flag(_lemma(later), lex.negation)) == "stop"
                and (
                    any(
                        s.dep_ in ("nsubj", "nsubjpass") and (_lemma(s) in lex.words["errand"] or s.lower_ == "it")
                        for s in later.children
                    )
                    # ("The aid convoy had been due to travel to Bukavu but was called off": its subject's)
                    or not any(s.dep_ in ("nsubj", "nsubjpass") for s in later.children)
                )
            ):
                return True
    return False


def _negated(cue: Token, lex: Lexicon, rel_type: str = "") -> bool:
    """The link did not happen, was stopped, suspended or denied (``rel_type``: the relation's type)."""
    if _has_neg(cue, lex) or (cue.pos_ == "VERB" and _no_mover(cue)):
        return True
    if rel_type != "conflict" and any(
        c.dep_ == "prep" and lex.flag(c.lower_, lex.negation) == "stop-pp" for c in cue.children
    ):
        # "exported electricity until the war" (but a hostile act done until a time was done: "closed
        # its airspace to Indian airlines until the end of the month")
        return True
    if _stopped_on_the_way(cue, lex):
        return True
    if (
        cue.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ == "before" for c in cue.children)
        and any(c.dep_ == "aux" and c.lower_ == "could" for c in cue.children)
    ):
        return True  # "was intercepted before it could reach Lampedusa": stopped first, so it never did
    if _called_off_after(cue, lex) and _hedged(cue, lex):
        return True  # (a plan: "the minister flew to Quito, but the summit was cancelled" still flew)
    if (
        cue.pos_ == "NOUN"
        # ("the suspended flights to Havana resumed": no longer stopped)
        and not (cue.dep_ in ("nsubj", "nsubjpass", "dobj") and _lemma(cue.head) in lex.words["restart"])
        and any(
            c.dep_ in ("acl", "amod")
            and c.tag_ == "VBN"
            and (lex.flag(_phrasal(c, lex), lex.negation) or lex.flag(_lemma(c), lex.negation)) == "stop"
            and not _reduced(c, lex)
            for c in cue.children
        )
    ):
        return True  # "a weekly flight between Anchorage and Magadan, suspended since 2022": stopped
    in_clause = True
    below = cue
    described = False  # the cue's clause only describes a noun ("officials who flew to Kampala")
    for head, edge in _clause_chain(cue):
        kind = (
            lex.flag(_phrasal(head, lex), lex.negation)
            or lex.flag(_lemma(head), lex.negation)
            or lex.flag(head.lower_, lex.negation)
        )
        if (
            in_clause
            and rel_type == "tie"
            and head.pos_ == "VERB"
            and _lemma(head) in lex.words["secede"]
            and (
                # ("pulled out of", "backed out of": these leave only with "out")
                (edge == "dobj" and _lemma(head) not in lex.words["secede-out"])
                or (edge == "prep" and below.lower_ == ("out" if _lemma(head) in lex.words["secede-out"] else "from"))
            )
        ):
            return True  # "withdrew from the nuclear deal with Iran", "quit its pact", "pulled out of its venture"
        if described and edge == "nsubj":
            return False  # "Kenyan officials who flew to Kampala denied the claims": what the
            # described people deny or do not do is another act than the one told of them
        described = edge == "relcl"
        if kind == "deny":
            return True  # "Iran denied sending drones", "China denied that it had sold drones"
        if in_clause and kind == "stop-to" and edge == "xcomp" and head.pos_ == "VERB":
            return True  # "Brazil declined to join sanctions against Russia"
        if (
            in_clause
            and kind == "stop-to"
            and edge == "dobj"
            and _lemma(below) in lex.words["request"]
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in cue.children)
        ):
            return True  # "the museum declined a request to return the statue to Shanxi"
        if edge == "nsubj" and _lemma(head) in lex.words["complete"] and _lemma(cue) in lex.words["errand"]:
            return False  # "the president's visit to Kenya ended": it happened (unlike "flights ended")
        if (
            in_clause
            and kind == "stop"
            and (head.pos_ == "VERB" or (head.pos_ == "ADJ" and edge == "xcomp"))
            and edge in ("dobj", "nsubjpass", "nsubj")
            and (
                _has_neg(head, lex)
                # ("Missouri's lawsuit against China ended in a $24 billion judgment": it came to its end;
                # not "the service ended in June", nor "ended a feud with a settlement", which ends it)
                or (
                    edge == "nsubj"
                    and _lemma(head) in lex.words["conclude"]
                    and any(
                        o.pos_ == "NOUN" and _lemma(o) not in lex.words["timespan"]
                        for o in _pobjs(head, ("in", "with"))
                    )
                )
            )
        ):
            return False  # "Kenya did not suspend flights to Somalia": they went on
        if (
            in_clause
            and kind == "stop"
            and (head.pos_ == "VERB" or (head.pos_ == "ADJ" and edge == "xcomp"))
            and not _reduced(head, lex)
            # ("relations between Peru and Chile collapsed": a crisis, the worsening is the conflict)
            and not (rel_type == "conflict" and _lemma(head) in lex.words["worsen"])
            and (
                edge in ("dobj", "nsubjpass", "xcomp")
                or (
                    edge == "nsubj" and not any(c.dep_ == "dobj" for c in head.children) and not _stayed(cue, head, lex)
                )
                or (edge == "prep" and below.lower_ == "from")
                or (edge == "prep" and below.lower_ == "against" and _phrasal(head, lex))
            )
        ):
            # "suspended flights", "severed relations", "refused to send", "the ferry stopped running",
            # "forbidden from entering", "decided against sending"; not what stops something else ("the blockade cut off Ukraine's ports")
            return True
        if (
            in_clause
            and edge in ("nsubjpass", "dobj", "xcomp")
            and _lemma(head) in lex.words["defer"]
            and any(c.dep_ == "advmod" and c.lower_ == "indefinitely" for c in head.children)
        ):
            return True  # "the minister's visit to Beijing has been postponed indefinitely": called off
        if (
            in_clause
            and head.pos_ == "NOUN"
            and edge == "prep"
            and below.lower_ in ("of", "to")
            and _lemma(head) in lex.stop_nouns
        ):
            return True  # "forced the cancellation of all flights to Canberra", "a halt to oil exports"
        if edge == "nsubjpass" and _lemma(head) in lex.words["disclose"]:
            in_clause = False  # "the agreement with China has never been published": the text is unpublished
        letting = edge in ("ccomp", "xcomp") and _lemma(head) in lex.words["permit"]
        if (_crosses_clause(edge, below) and not letting) or (edge in ("nsubj", "csubj") and _lemma(head) == "be"):
            # ("refused to let aid cross": letting is the act itself, so a denial above it counts)
            in_clause = False  # "resolving the conflict is not helpful" does not deny the conflict
        if (
            edge == "prep"
            and head.pos_ in ("VERB", "AUX")
            and below.lower_ in CIRCUMSTANCE_PREPS | {"at"}
            and below.i != cue.i
            and _lemma(head) not in lex.words["partake"]
            and not any(c.dep_ == "dobj" and c.lower_ == "part" for c in head.children)
        ):
            # "the subject was not broached in meetings with his hosts": the meetings were held (but
            # "did not take part in talks", "did not attend the talks in" deny them)
            in_clause = False
        if in_clause and _has_neg(head, lex):
            return True
        below = head
    return False


def _stayed(noun: Token, verb: Token, lex: Lexicon) -> bool:
    """People (a noun cue that only names them, "refugees", "migrants") who stop or settle somewhere
    made a stop: "Ukrainian refugees settled in Poland" (not "talks stopped", "deliveries ceased")."""
    return _transparent(noun, lex) and any(c.dep_ == "prep" and c.lower_ in LOCATIVE_PREPS for c in verb.children)


def _reduced(verb: Token, lex: Lexicon) -> bool:
    """A verb of stopping told with an amount it came down to or by: "the route was cut to two weekly
    flights", "exports were cut by 40 percent", "by half" (fewer, not none)."""
    return any(
        o.pos_ == "NUM" or _lemma(o) in lex.words["portion"] or any(c.dep_ == "nummod" for c in o.children)
        for o in _pobjs(verb, ("to", "by"))
    )


def _unconfirmed(verb: Token, lex: Lexicon) -> bool:
    """A verb of confirming that is not done: "could not be verified", "would not confirm", "neither
    confirmed nor denied", "Neither side would confirm"."""
    if _lemma(verb) not in lex.words["verify"]:
        return False
    return any(
        c.dep_ in ("neg", "preconj") or c.lower_ in ("neither", "never")
        for t in [verb, *(s for s in verb.children if s.dep_ in ("nsubj", "nsubjpass"))]
        for c in t.children
    )


def _unverified(cue: Token, lex: Lexicon) -> bool:
    """A claim no one confirms: the cue told in the clause of a report, claim or rumour that could not
    be verified ("Reports that mercenaries had been flown from Benghazi to Bamako could not be
    verified", "neither side would confirm reports that Kabul had sent a delegation"), or a clause a
    claim of that kind sums up (", a claim that could not be independently verified")."""
    below = cue
    for head, edge in [(cue, ""), *_clause_chain(cue)]:
        if head.pos_ == "NOUN" and _lemma(head) in lex.words["rumour"] and edge in ("acl", "ccomp", "relcl"):
            if _unconfirmed(head.head, lex) and head.dep_ in ("nsubj", "nsubjpass", "dobj"):
                return True
        if head.pos_ in ("VERB", "AUX"):
            for noun in head.children:
                if (
                    noun.dep_ in ("dobj", "appos", "npadvmod", "attr")
                    and noun.i > below.i
                    and any(t.is_punct for t in noun.doc[below.i : noun.i])  # (set off: ", a claim that")
                    and _lemma(noun) in lex.words["rumour"]
                    and any(c.dep_ == "relcl" and _unconfirmed(c, lex) for c in noun.children)
                ):
                    return True
        below = head
    return False


def _hedged(cue: Token, lex: Lexicon) -> bool:
    """A plan, promise, proposal, possibility or reported claim rather than a stated fact."""

    def modal_or_modifier(tok: Token) -> bool:
        for c in tok.children:
            kind = lex.flag(c.lower_, lex.hedges) or lex.flag(_lemma(c), lex.hedges)
            if c.dep_ == "aux" and kind == "modal":
                return True
            if c.dep_ in ("amod", "advmod") and kind == "modifier":
                return True
        return False

    def future_time(tok: Token) -> bool:
        # "arrives in Bendigo next week", "flights resume tomorrow", "in the coming weeks": a time ahead
        # on a verb not in the past, or on a noun ("a visit next month")
        if tok.tag_ in ("VBD", "VBN"):
            return False
        for c in tok.children:
            if c.dep_ in ("npadvmod", "advmod", "prep"):
                words = list(c.subtree)
                if len(words) <= 4 and any(lex.flag(t.lower_, lex.hedges) == "future-time" for t in words):
                    return True
        return False

    if future_time(cue):
        return True
    if _lemma(cue) in lex.words["promise"]:
        return True  # (a cue that only promises its act: "pledged 500 million dollars to Yemen")
    if any(c.dep_ == "acl" and c.tag_ == "VBN" and lex.flag(_lemma(c), lex.hedges) == "govern" for c in cue.children):
        return True  # "return flights from Medina to Dakar scheduled after the hajj" (not "scheduled flights")
    stopped_plan = (
        cue.pos_ == "NOUN"
        and cue.dep_ in ("dobj", "nsubjpass")
        and "stop" in (lex.flag(_lemma(cue.head), lex.negation), lex.flag(_phrasal(cue.head, lex), lex.negation))
    )  # (and "was called off")
    if modal_or_modifier(cue) and not stopped_plan:
        # "will not deliver", "won't send": a refusal is said outright, negated, not a plan ("cancelled
        # its planned route" is a plan stopped: negated, not hedged)
        return not any(c.dep_ == "neg" for c in cue.children)
    if (
        cue.pos_ == "VERB"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in cue.children)
        and (
            cue.dep_ == "ROOT"
            or any(c.dep_ == "nsubj" for c in cue.children)
            or (
                cue.dep_ in ("relcl", "acl")
                and cue.head.dep_ == "ROOT"
                and not any(c.lower_ in ("first", "last", "only") for c in cue.head.children)
            )
        )
    ):
        # a headline's "Indian PM to visit Moscow next month" (not "The first US president to visit
        # Cuba in 88 years"), "for Kenya to send": a plan
        return True
    if cue.pos_ == "NOUN" and _lemma(cue) in lex.words["standing"]:
        # "to mark the anniversary of the two cities' relationship", "should value their bilateral
        # relations": a tie that stands is no plan, unless what is planned is to make it ("plan to
        # establish relations")
        maker = cue.head if cue.dep_ in ("dobj", "nsubjpass") else None
        if maker is None or _lemma(maker) not in lex.words["create"] | lex.words["worsen"]:
            return False  # (but "an attempt to damage ties" is a conflict attempted)
    if _unverified(cue, lex):
        return True
    below = cue
    in_clause = True
    described = False  # inside a relative clause or participle: a description, not the claim itself
    for head, edge in _clause_chain(cue):
        # ("called off" stops what "called for" would only ask for)
        phrasal = _phrasal(head, lex)
        # (nor does a verb with a particle that makes it a cue of its own: "called at Piraeus before
        # crossing to Tunis" is a port of call, not a call for something)
        phrasal_stop = lex.flag(phrasal, lex.negation) is not None or (
            bool(phrasal) and lex.cue(phrasal, "VERB") is not None
        )
        kind = None if phrasal_stop else lex.flag(_lemma(head), lex.hedges) or lex.flag(head.lower_, lex.hedges)
        if kind == "report" and not described and edge in ("ccomp", "xcomp", "pobj", "pcomp", "prep", "dobj", "conj"):
            return True  # "Britain claims Russia was involved", "accused Russia of meddling"
        described = described or edge == "relcl" or (edge == "acl" and _crosses_clause(edge, below))
        if in_clause:
            if kind in ("govern", "wish") and edge in GOVERNED_EDGES:
                # (a wish is no plan of a clause with its own tensed auxiliary: "A man wanted for robbery
                # was returned to Columbus", parsed with "was returned" under "wanted")
                if (
                    _lemma(head) in lex.words["request"]
                    and head.dep_ == "dobj"
                    and lex.flag(_lemma(head.head), lex.negation) in ("stop", "stop-to", "deny")
                ):
                    return False  # "declined an invitation to send troops": turned down, negated, no plan
                if not (
                    kind == "wish"
                    and edge == "ccomp"
                    and any(c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE_TAGS for c in below.children)
                ):
                    return True  # "plans to visit", "a proposal for flights", "is ready to expand", "hopes to start"
            if (
                kind == "govern"
                and head.pos_ == "VERB"
                and (edge == "nsubjpass" or (edge == "nsubj" and head.tag_ == "VBN"))
            ):
                # "the visit is planned for May", "has been rescheduled for next week" (and a participle
                # the parse gave the subject: "A visit to Kampala, postponed twice this year, ...")
                return True
            if kind == "govern-to" and edge == "xcomp":
                return True  # "is set to visit", "is due to arrive"
            if (
                kind == "govern-to"
                and edge in ("acl", "relcl")
                and head.pos_ == "NOUN"
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in below.children)
            ):
                return True  # "won a contract to supply desks to Francistown": what a deal is to do
            if (
                kind in ("govern", "govern-to")
                and edge == "conj"
                and below.tag_ in ("VB", "VBP")
                and not any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in below.children)
            ):
                return True  # "is expected to fly to Beijing and then travel on to Abu Dhabi", the bare
                # verb parsed as joined to "expected": the plan's second step
            if edge == "nsubj" and any(
                c.dep_ == "acomp"
                and lex.flag(_lemma(c), lex.hedges) in ("govern", "govern-to")
                and any(x.dep_ == "xcomp" for x in c.children)
                for c in head.children
            ):
                return True  # "the first coach from Zagreb to Sarajevo is due to leave on Monday"
            if edge == "xcomp" and head.pos_ == "AUX" and _lemma(head) == "be":
                return True  # "are to agree"
            if edge == "xcomp" and _lemma(head) == "go" and head.tag_ == "VBG":
                return True  # "is going to send"
            if edge == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in below.children):
                return True  # "flew to Pyongyang to sign a deal": a purpose, not yet done
        if (_crosses_clause(edge, below) and not _bare_participle(edge, below)) or (
            edge == "prep" and below.lower_ in STANDING_PREPS
        ):
            in_clause = False  # "Under an agreement between X and Y, the bridge would get lanes": it stands
        if in_clause and modal_or_modifier(head):
            # (but "sanctions imposed on Myanmar will remain in place": they stand now)
            return not (edge in ("nsubj", "nsubjpass") and _lemma(head) in lex.words["persist"])
        below = head
    return False


# --------------------------------------------------------------------------------------------
# The whole sentence


def _own_slots(
    cue: Token, refs: list[PlaceRef], heads: list, slots: dict[int, str], kinds: dict[int, str], kind: str, lex: Lexicon
) -> list[str]:
    """The slots the sentence's places fill on a cue of their own, not through its subject: "Iraq's
    invasion", and on a noun any other slot, "the expulsion of diplomats from Germany"."""
    out = []
    for head in heads:
        if head is not None:
            slot = _slot_of(head, cue, slots, kinds, kind, lex)
            if slot in ("mod", "poss") or (cue.pos_ == "NOUN" and slot is not None and not slot.startswith("subj")):
                out.append(slot)  # (a verb's, "retaliated by expelling a consul from Wuhan", are its subject's)
    return out


def _coordination_key(tok: Token, cues: set[int], lex: Lexicon) -> int:
    """The first conjunct of the noun a mention names or describes: mentions with the same key are
    coordinated ("Iranian and Venezuelan officials", "the US envoy and the Russian minister"), and
    the place a place noun's "of" names is the noun ("Kenya and the Japanese prefecture of Shizuoka")."""
    for _ in range(MAX_CLIMB):
        if tok.i in cues or tok.head.i == tok.i:
            break
        if tok.dep_ == "conj" or tok.dep_ in MODIFIER_EDGES or tok.dep_ in SAME_THING_EDGES:
            tok = tok.head
            continue
        if (
            tok.dep_ == "pobj"
            and tok.head.lower_ == "of"
            and tok.head.head.i not in cues
            and (_lemma(tok.head.head) in lex.words["place"] or _lemma(tok.head.head) in lex.words["authority"])
        ):
            tok = tok.head.head  # (and a body's: "Cornwall Council and the Council of the Isles of Scilly")
            continue
        if (
            tok.dep_ == "pobj"
            and tok.head.lower_ in ("of", "in")
            and tok.head.head.i not in cues
            and _lemma(tok.head.head) in lex.words["body"]
            and (tok.head.head.dep_ == "conj" or any(c.dep_ == "conj" for c in tok.head.head.children))
        ):
            tok = tok.head.head  # "the University of Lagos and the University of Ghana", "the museum in
            continue  # Amsterdam and the museum in Jakarta": bodies of places, coordinated
        break
    return tok.i


def _mention_tokens(doc: Doc, start: int, end: int) -> list[Token]:
    """The tokens that start inside ``[start, end)``, found by binary search over token offsets."""
    starts = doc.user_data.get("geo_token_starts")
    if starts is None:
        starts = doc.user_data["geo_token_starts"] = [t.idx for t in doc]
    return [doc[i] for i in range(bisect_left(starts, start), bisect_left(starts, end))]


def _mention_head(doc: Doc, start: int, end: int) -> Token | None:
    toks = _mention_tokens(doc, start, end)
    if not toks:
        return None
    ids = {t.i for t in toks}
    for t in toks:
        if t.head.i not in ids or t.head.i == t.i:
            return t
    return toks[0]


# The words that count the places a plural noun names again: "the two countries", "the three capitals".
GROUP_COUNTS = {"two": 2, "both": 2, "three": 3, "four": 4, "five": 5}


def _joined_to(tok: Token | None, first: Token | None) -> bool:
    """Whether ``tok`` is a later member of the list ``first`` opens ("Spain, Ireland and Norway")."""
    for _ in range(MAX_CLIMB):
        if tok is None or first is None or tok.dep_ != "conj":
            return False
        tok = tok.head
        if tok.i == first.i:
            return True
    return False


def _pair_references(
    doc: Doc, base: int, refs: list[PlaceRef], heads: list, places: Mapping[str, Place], lex: Lexicon
) -> list[tuple[Token, list[PlaceRef]]]:
    """Nouns that name two places told before them ("the two countries", "both governments"), each
    with those two places: the last two the sentence names before it that are neither the same
    place nor one inside the other (a place inside another named is that one's, but for "the two
    cities" or "capitals", whose places are the towns)."""
    out = []
    for tok in doc:
        if tok.pos_ != "NOUN" or _lemma(tok) not in lex.words["pair"] or tok.tag_ not in ("NNS", "NNPS"):
            continue
        counts = [
            GROUP_COUNTS[c.lower_]
            for c in tok.children
            if c.lower_ in GROUP_COUNTS and c.dep_ in ("nummod", "det", "predet", "amod")
        ]
        if not counts:
            continue
        if any(c.dep_ == "appos" for c in tok.children) or any(h is not None and h.head.i == tok.i for h in heads):
            continue  # "two U.S. cities, New York and Atlanta": the noun names its own places
        before: list[PlaceRef] = []
        for ref, head in zip(refs, heads, strict=True):
            if ref.start - base >= tok.idx or head is None:
                continue
            before = [r for r in before if r.place_id != ref.place_id] + [ref]
        if _lemma(tok) in TOWN_PAIRS:
            # "Paris, France, and Lyon ... the two cities": the towns, not the country around one
            before = [
                r
                for r in before
                if not any(o is not r and contains(places[r.place_id], places[o.place_id]) for o in before)
            ]
        else:
            # "Fiji welcomed a New Zealand vessel to Suva ..., the two governments said": a town inside
            # a place named too is that place's, not a second party; and a town that is no capital
            # has no government ("Officials in Dhaka say refugees in Cox's Bazar ..., the two
            # governments signed a deal": Dhaka's)
            before = [
                r for r in before if places[r.place_id].type != "city" or places[r.place_id].feature_code == "PPLC"
            ]
            before = [
                r
                for r in before
                if not any(o is not r and contains(places[o.place_id], places[r.place_id]) for o in before)
            ]
        # "Saudi Arabia and Iran restored relations in a deal brokered by Beijing, with both sides
        # agreeing ...": the last two places the parse coordinates, when a third came after them
        head_of = {id(r): h for r, h in zip(refs, heads, strict=True)}
        joined = [
            (a, b)
            for a, b in itertools.pairwise(before)
            if (hb := head_of.get(id(b))) is not None
            and (ha := head_of.get(id(a))) is not None
            and hb.dep_ == "conj"
            and hb.head.i == ha.i
            and not related(a.place_id, b.place_id, places)
        ]
        if counts[0] > 2:
            # "Spain, Ireland and Norway recognised Palestine, prompting Israel to summon the three
            # countries' ambassadors": the last list of as many places as the noun counts, joined
            lists = [
                group
                for i in range(len(before) - counts[0] + 1)
                if (group := before[i : i + counts[0]])
                and all(_joined_to(head_of.get(id(r)), head_of.get(id(group[0]))) for r in group[1:])
                and not any(related(a.place_id, b.place_id, places) for a, b in itertools.combinations(group, 2))
            ]
            if lists:
                out.append((tok, lists[-1]))
        elif joined and joined[-1][1] is not before[-1]:
            out.append((tok, list(joined[-1])))
        elif len(before) >= 2 and not related(before[-2].place_id, before[-1].place_id, places):
            out.append((tok, before[-2:]))
    return out


# The classes of anaphor nouns and the place type each stands for ("the country", "the city").
ANAPHOR_TYPES = {"anaphor": "country", "town-anaphor": "city", "county-anaphor": "admin2", "state-anaphor": "admin1"}


def _country_references(
    doc: Doc, base: int, refs: list[PlaceRef], heads: list, places: Mapping[str, Place], lex: Lexicon
) -> list[tuple[Token, list[PlaceRef]]]:
    """ "The country" (a bare singular noun of the ``anaphor`` class) standing for the one country the
    sentence named before it: "helped China as the country struggled against Japan"; "the city",
    "the county", "the state" for the one town, county or state ("Carmel officials said the city
    could take Hamilton County to court"). Not when two such places come before it (which one is meant is a guess), nor when a place names it ("the
    Baltic country", "the country of Georgia")."""
    out = []
    for tok in doc:
        if tok.pos_ != "NOUN" or tok.tag_ != "NN":
            continue
        kind = next((k for cls, k in ANAPHOR_TYPES.items() if _lemma(tok) in lex.words[cls]), None)
        if kind is None:
            continue
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            continue
        if kind != "country" and any(c.dep_ in ("amod", "compound", "nummod", "nmod", "poss") for c in tok.children):
            continue  # (a bare "the city": "the only city to receive a D" names a city among others)
        if any(h is not None and h.head.i == tok.i for h in heads) or any(
            c.dep_ == "prep" and c.lower_ == "of" for c in tok.children
        ):
            continue  # "the Baltic country", "the country of Georgia": a place names it
        before = list(
            dict.fromkeys(
                ref.place_id
                for ref, head in zip(refs, heads, strict=True)
                if head is not None and ref.start - base < tok.idx and places[ref.place_id].type == kind
            )
        )
        if len(before) == 1:
            out.append((tok, [next(r for r in refs if r.place_id == before[0])]))
    return out


def _capital_references(
    doc: Doc, refs: list[PlaceRef], heads: list, places: Mapping[str, Place]
) -> list[tuple[Token, list[PlaceRef]]]:
    """ "The Afghan capital", "the capital of Afghanistan", "Afghanistan's capital" standing for the
    country's capital when the article names it (a place of GeoNames' ``PPLC`` in that country):
    "return to Kabul, restarting flights from Istanbul to the Afghan capital" (Kabul)."""
    out: list[tuple[Token, list[PlaceRef]]] = []
    if "capital" not in doc.text.lower():
        return out  # (most sentences: no token to look at)
    for tok in doc:
        if tok.pos_ != "NOUN" or tok.lower_ != "capital":
            continue
        owners = [
            ref
            for ref, head in zip(refs, heads, strict=True)
            if head is not None
            and places[ref.place_id].type == "country"
            and (
                (head.head.i == tok.i and head.dep_ in ("amod", "compound", "poss", "nmod"))
                or (head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.i == tok.i)
            )
        ]
        if len(owners) != 1:
            continue
        code = places[owners[0].place_id].country_code
        capitals = [p for p in places.values() if p.feature_code == "PPLC" and p.country_code == code]
        if len(capitals) == 1:
            out.append((tok, [PlaceRef(capitals[0].id, owners[0].start, owners[0].end, "capital")]))
    return out


def _possessive_references(
    doc: Doc, base: int, refs: list[PlaceRef], heads: list, lex: Lexicon
) -> list[tuple[Token, list[PlaceRef]]]:
    """Possessive pronouns ("its", "their") that stand for the place their clause is told of: the
    subject of the nearest verb above them that has one, when that subject is a place or a noun a
    place describes ("the US accused Russia of meddling in its elections": the US; "the Russian
    government said its forces ..."): "its" for one place, "their" for one or more."""
    by_head: dict[int, list[PlaceRef]] = {}
    for ref, head in zip(refs, heads, strict=True):
        if head is not None:
            by_head.setdefault(head.i, []).append(ref)
    out = []
    own_country = lex.words["own-country"]
    for tok in doc:
        # "his country's partnership with South Korea", said by Mongolia's president: the speaker's
        own = (
            tok.dep_ in ("poss", "nsubj", "dobj", "pobj")
            and _lemma(tok) in own_country
            and any(c.dep_ == "poss" and c.lower_ in OWNER_PRONOUNS for c in tok.children)
            and not any(h is not None and h.head.i == tok.i for h in heads)
        )
        if not own and (tok.dep_ != "poss" or tok.lower_ not in ("its", "their")):
            continue
        targets = [] if own else _reason_targets(tok, by_head, lex)
        if targets:
            out.append((tok, targets))
            continue
        up = tok.head
        subject = None
        for _ in range(MAX_CLIMB):
            subj = [c for c in up.children if c.dep_ in ("nsubj", "nsubjpass")]
            if subj and up.pos_ in ("VERB", "AUX") and subj[0].i < tok.i and tok not in subj[0].subtree:
                many = subj[0].tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in subj[0].children)
                if own or many == (tok.lower_ == "their"):  # "its" for one, "their" for several
                    subject = subj[0]
                    break
            if up.head.i == up.i:
                break
            up = up.head
        if subject is None:
            continue
        found: list[PlaceRef] = []
        for noun in _head_nouns(subject):
            found += by_head.get(noun.i, [])
            found += [  # (every member of a list on the noun: "the Burnie and Devonport councils ... their")
                r
                for c in noun.children
                if c.dep_ in ("amod", "compound", "poss", "nmod")
                for m in (c, *c.conjuncts)
                for r in by_head.get(m.i, [])
            ]
        ids = list(dict.fromkeys(r.place_id for r in found))
        if ids and (len(ids) == 1 or (tok.lower_ == "their" and not own)):
            out.append((tok, [next(r for r in found if r.place_id == pid) for pid in ids]))
    return out


def _acted_on(noun: Token, lex: Lexicon) -> list[Token]:
    """When ``noun`` is the reason given for a hostile or friendly act ("over", "for"), what the act
    was done to: the verb's object or the noun act's "on"/"against" ("sanctioned two US firms over
    arms sales to Taiwan": the firms)."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in ("over", "for"):
        return []
    act = noun.head.head
    acts = [act] + [c for c in act.children if c.dep_ == "dobj"] if act.pos_ in ("VERB", "AUX") else [act]
    targets: list[Token] = []
    for a in acts:
        cue = lex.cue(_lemma(a), a.pos_)
        if cue is None or not {"tie", "conflict"} & set(cue.types):
            continue
        if a.pos_ == "VERB":
            targets += [c for c in a.children if c.dep_ == "dobj"]
        targets += _pobjs(a, ("on", "against"))
    return targets


def _reason_targets(tok: Token, by_head: dict[int, list[PlaceRef]], lex: Lexicon) -> list[PlaceRef]:
    """The place a possessive pronoun stands for in the reason given for a hostile or friendly act:
    the place acted on, whose deed the reason is ("sanctions on Iran over its supply of drones",
    "sanctioned Moscow over its invasion", "praised Uganda for its exports"), not the subject."""
    targets = _acted_on(tok.head, lex)
    found = [r for t in targets for n in _head_nouns(t) for r in by_head.get(n.i, [])]
    ids = list(dict.fromkeys(r.place_id for r in found))
    if len(ids) == 1 or (ids and tok.lower_ == "their"):
        return [next(r for r in found if r.place_id == pid) for pid in ids]
    return []


def _lists(sentence: str, base: int, refs: list[PlaceRef]) -> tuple[list[int], list[bool], list[bool]]:
    """For each mention: the index of the first member of its written list, a hyphen join to the
    previous one, and a sequence word before it ("then", "later")."""
    heads: list[int] = []
    hyphen: list[bool] = []
    sequence: list[bool] = []
    for i, ref in enumerate(refs):
        gap = sentence[refs[i - 1].end - base : ref.start - base] if i else ""
        if i and (HYPHEN_RE.match(gap) or ONWARD_RE.match(gap)):
            heads.append(heads[i - 1])
            hyphen.append(True)
            sequence.append(False)
        elif i and LIST_GAP_RE.match(gap) and ref.kind == refs[i - 1].kind:
            heads.append(heads[i - 1])
            hyphen.append(False)
            sequence.append(bool(SEQUENCE_RE.search(gap)))
        else:
            heads.append(i)
            hyphen.append(False)
            sequence.append(False)
    return heads, hyphen, sequence


def _locating_refs(
    sentence: str,
    base: int,
    refs: list[PlaceRef],
    heads: list,
    ref_at: dict[int, int],
    places: Mapping[str, Place],
    lex: Lexicon,
) -> set[int]:
    """Indices into ``refs`` of the mentions that only say where another place is, name the kin of
    another place's people or an organisation's reach: no party, end or traveller of their own."""
    # "the Japanese prefecture of Shizuoka": the country on a place noun whose "of" names a place in
    # it only says where that place is (no party of its own)
    locating = {
        n
        for n, head in enumerate(heads)
        if head is not None
        and head.dep_ in MODIFIER_EDGES
        and _lemma(head.head) in lex.words["place"]
        and any(
            o.i in ref_at and contains(places[refs[n].place_id], places[refs[ref_at[o.i]].place_id])
            for o in _pobjs(head.head, ("of",))
        )
    }
    # "Nagasaki and St. Paul, Minn., which became sister cities": a town's state or country in
    # apposition only says where the town is
    locating |= {
        n
        for n in range(1, len(refs))
        if refs[n - 1].place_id != refs[n].place_id
        and re.fullmatch(r"\s*,\s*", sentence[refs[n - 1].end - base : refs[n].start - base])
        and contains(places[refs[n].place_id], places[refs[n - 1].place_id])
        # (a name of its own, not a word of a longer one: "Freeland, U.S. Trade Representative ...")
        and (standing := heads[n]) is not None
        and standing.dep_ not in ("compound", "amod", "nmod", "poss")
    }
    # "African Union officials", "the Asian Development Bank": a continent's adjective in an
    # organisation's name names the organisation's reach; the continent is no party
    locating |= {
        n
        for n, head in enumerate(heads)
        if head is not None
        and places[refs[n].place_id].type == "continent"
        and head.dep_ in ("amod", "compound")
        and head.head.pos_ == "PROPN"
    }
    # "Nagorno-Karabakh's Armenians", "Kosovo's Serbs": a people a place has names their kin, not
    # their home
    locating |= {
        n
        for n, head in enumerate(heads)
        if head is not None
        and refs[n].kind == "demonym"
        and any(c.dep_ == "poss" and c.i in ref_at and refs[ref_at[c.i]].kind != "demonym" for c in head.children)
    }
    return locating


def match_sentence(
    sentence: str,
    base: int,
    refs: list[PlaceRef],
    doc: Doc,
    places: Mapping[str, Place],
    setting: PlaceRef | None = None,
) -> list[Event]:
    """The events of one parsed sentence.

    Parameters
    ----------
    sentence : str
        The sentence text (``doc`` is its parse).
    base : int
        Offset of the sentence in the article, to make the mentions' offsets relative.
    refs : list of PlaceRef
        The sentence's usable mentions, in text order, not overlapping.
    doc : spacy.tokens.Doc
        The dependency parse of ``sentence``.
    places : Mapping[str, Place]
        Place id to place (unused by the matcher itself; kept for callers' symmetry).
    setting : PlaceRef, optional
        The sentence's fronted "In X," place, offered to the frames that read a setting.

    Returns
    -------
    list of Event
        One per cue word that has at least one place in a role, in text order.
    """
    lex = lexicon()
    _nouns_read_as_verbs(doc)
    heads = [_mention_head(doc, r.start - base, r.end - base) for r in refs]
    # "from camps in Cox's Bazar, Bangladesh" parsed with the town a modifier of its country: the town
    # stands where the country does (and, the more specific, is the end the rules keep)
    by_head = {h.i: m for m, h in enumerate(heads) if h is not None}
    for n, h in enumerate(heads):
        m = by_head.get(h.head.i) if h is not None and h.dep_ in ("poss", "nmod", "compound") else None
        if (
            m is not None
            and refs[m].place_id != refs[n].place_id
            and contains(places[refs[m].place_id], places[refs[n].place_id])
        ):
            heads[n] = heads[m]
    ref_tokens = [_mention_tokens(doc, r.start - base, r.end - base) for r in refs]
    in_mention = {t.i for tokens in ref_tokens for t in tokens}
    doc.user_data[PLACE_TOKENS] = frozenset(in_mention)  # (read by _named_person)
    doc.user_data[PEOPLE_TOKENS] = frozenset(  # (read by _moved_kind)
        t.i
        for r, tokens in zip(refs, ref_tokens, strict=True)
        if r.kind == "demonym"
        for t in tokens
        if t.tag_ == "NNPS" or (t.text.endswith("s") and t.pos_ == "PROPN")
    )
    each_heads = {t.head.i for t in doc if t.lower_ == "each"}
    pairs = (
        _pair_references(doc, base, refs, heads, places, lex)
        + _possessive_references(doc, base, refs, heads, lex)
        + _country_references(doc, base, refs, heads, places, lex)
        + _capital_references(doc, refs, heads, places)
    )
    cue_tokens: list[tuple[Token, Cue]] = []
    for tok in doc:
        if _phrasal(tok, lex) in lex.words["idiom"]:
            continue  # "carried out strikes": the phrase only does its object, moves nothing
        cue = (
            _phrasal_cue(tok, lex)
            or _trip_end(tok, lex)  # (before "close" as in "closed the border")
            or _ridden(tok, lex)  # (before "take" as in "took Guyana to court")
            or _taken(tok, lex)
            or _move_noun(tok, lex)  # (before "move" as in "a move against Iran")
            or _due_in(tok, lex)
            or _expected_in(tok, lex)
            or _blacklisted(tok, lex)
            or _intrusion(tok, lex)
            or lex.cue(_lemma(tok), tok.pos_)
            or _verb_read_as_noun(tok, lex)
            or _carrier_line(tok, lex)
            or _carrier_moving(tok, lex)
            or _carrier_running(tok, lex)
        )
        if cue is None and (cue := _marked_cue(tok, lex)) is not None:
            while tok.dep_ == "compound" and tok.head.i != tok.i:
                tok = tok.head  # "joint air force drills": the drills are joint
            if any(t.i == tok.i for t, _ in cue_tokens):
                continue
        packed = tok.dep_ == "compound" or (
            tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ == "NOUN"
        )
        bundle = tok.head if tok.dep_ == "compound" else tok.head.head
        if (
            cue is not None
            and cue.pos == "N"
            and packed
            and _lemma(bundle) in lex.words["bundle"]
            and lex.cue(_lemma(bundle), bundle.pos_) is None
        ):
            # "an EU aid package for Ukraine", "a tranche of loans", "the issuing of visas": the
            # package is the aid
            tok = bundle
            if any(t.i == tok.i for t, _ in cue_tokens):
                continue  # ("an arms and aid package": one package)
        if cue is not None and _is_cue_token(tok, cue, lex, in_mention):
            cue_tokens.append((tok, cue))
    if not cue_tokens:
        return []
    kinds = {tok.i: _event_type(tok, cue, lex) for tok, cue in cue_tokens}
    if _sport(doc, lex):
        # "Australia beat India by 295 runs in Perth, and the two sides meet again in Adelaide": teams
        # named by their countries play; no cooperation or hostility between the places
        # (but teams sign no agreements: "Morocco, Spain and Portugal signed a cooperation agreement on
        # security for the tournament" is one between the countries, CAMEO's 057)
        cameo = {tok.i: cue.cameo for tok, cue in cue_tokens}
        kinds = {i: "-" if k in ("tie", "conflict") and cameo[i] != SIGN_AGREEMENT else k for i, k in kinds.items()}
    # (a place's path does not stop at a cue that is none here because of where people are, nor at a
    # "led" that leads no travellers, "the Saudi-led coalition bombed Yemen" (the coalition's act), nor at
    # a campaign, "support for Uganda's polio vaccination drive")
    cue_ids = {
        i
        for i, k in kinds.items()
        if not (
            k == "-" and (_where_they_are(doc[i], lex) or _lemma(doc[i]) in lex.words["guide"] | lex.words["campaign"])
        )
    }
    climbing = {i: k for i, k in kinds.items() if i in cue_ids}  # (the cues a place's path stops at)
    list_heads, hyphen, sequence = _lists(sentence, base, refs)
    for tok, antecedents in pairs:
        # "the two countries" stands for the two places named before it, as one coordinated list;
        # "its" and "their" for the place that is their clause's subject
        first = len(refs)
        for ref in antecedents:
            refs = [*refs, PlaceRef(ref.place_id, base + tok.idx, base + tok.idx + len(tok), "pair")]
            heads = [*heads, tok]
            list_heads, hyphen, sequence = [*list_heads, first], [*hyphen, False], [*sequence, False]
    for n, head in enumerate(heads):
        if head is not None and list_heads[n] != n and head.dep_ in OWN_ROLE_EDGES:
            # "During Iraq's invasion of Kuwait, Egypt joined": a comma, but Egypt has a role of its own
            later = [k for k in range(n + 1, len(refs)) if list_heads[k] == list_heads[n]]
            for k in [n, *later]:
                list_heads[k] = n
    # The parse's coordination joins lists the text alone does not: "the Japanese and UK governments",
    # "the US official and the Russian minister agreed" (places on coordinated nouns).
    first_conjunct: dict[int, int] = {}
    for n, head in enumerate(heads):
        key = _coordination_key(head, cue_ids, lex) if head is not None else None
        if key is None:
            continue
        if key in first_conjunct and list_heads[n] == n:
            list_heads[n] = first_conjunct[key]
        first_conjunct.setdefault(key, list_heads[n])
    ref_at = {h.i: m for m, h in enumerate(heads) if h is not None}
    locating = _locating_refs(sentence, base, refs, heads, ref_at, places, lex)
    events: list[Event] = []
    absorbed: dict[int, int] = {}  # cue token -> the cue token whose event takes its places
    earlier_trips: dict[int, int] = {}  # a trip noun -> the verb cue whose trip was made "after" it
    participles: dict[int, int] = {}  # a participle cue -> the verb cue whose mover it describes
    fired_by: dict[int, int] = {}  # a hostile participle cue -> the hostile verb cue whose subject it describes
    cue_of = {t.i: c for t, c in cue_tokens}
    for tok, cue in cue_tokens:
        # A noun cue that is the object of a preposition on a cue noun of the same kind joins its
        # event: "ties among its allies", "expansion of cooperation".
        if (
            cue.pos == "N"
            and tok.dep_ == "pobj"
            and tok.head.dep_ == "prep"
            and tok.head.head.i in cue_ids
            # "flew to Paris after a visit to Berlin": two trips; "sanctioned Moscow over its invasion
            # of Ukraine", "for its annexation": the reason is an act of its own ("support for talks"
            # is one)
            and tok.head.lower_ not in ("after", "before", "over")
            and not (tok.head.lower_ == "for" and any(c.dep_ == "poss" for c in tok.children))
            # ("returned from a visit to Abidjan": back from where the visit went)
            and not (
                tok.head.lower_ == "from" and cue_of[tok.head.head.i].frame_for(kinds[tok.head.head.i]) == "return"
            )
        ):
            if kinds[tok.head.head.i] == kinds[tok.i]:
                absorbed[tok.i] = tok.head.head.i
        if (
            cue.pos == "N"
            and tok.dep_ == "pobj"
            and tok.head.lower_ == "after"
            and tok.head.head.i in cue_ids
            and kinds[tok.head.head.i] == kinds[tok.i] == "route"
            and tok.head.head.pos_ == "VERB"
        ):
            earlier_trips[tok.i] = tok.head.head.i
        # A noun cue inside the sum a verb cue of the same kind moves tells that event: "pledged $35
        # billion in investment in Egypt", "sent 2,000 tonnes of aid to Sudan", "will station a brigade of
        # 4,800 troops in Lithuania".
        amount = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ in ("in", "of") else None
        if (
            cue.pos == "N"
            and amount is not None
            and amount.pos_ in ("NUM", "NOUN")
            and amount.dep_ == "dobj"
            and amount.head.i in cue_ids
            and amount.head.pos_ == "VERB"
            and kinds[amount.head.i] == kinds[tok.i] in ("transfer", "route")
        ):
            absorbed[tok.i] = amount.head.i
        # A noun cue that is the subject or object of a verb cue of the same kind tells one event: "the
        # maiden trip from London arrived in Amsterdam", "a shipment of Iranian drones arrived in
        # Venezuela", "Brazil ships first cargo of beef to Indonesia".
        whole = tok
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and _lemma(tok.head.head) in lex.words["portion"]:
            whole = tok.head.head  # "most of Chile's exports go to China": the part stands for the whole
        verb = _cue_verb(whole.head, cue_ids)  # (through "is expected to reach", "began to arrive")
        if cue.pos == "N" and whole.dep_ in ("nsubj", "nsubjpass", "dobj") and verb is not None:
            if kinds[verb.i] == kinds[tok.i] in ("route", "transfer") or (
                # "Ukraine's grain corridor carried 33 million tonnes of food to Africa": the line
                # the goods went by is where they left from
                cue.frame_for(kinds[tok.i]) == "service" and kinds[verb.i] == "transfer" and tok.dep_ == "nsubj"
            ):
                absorbed[tok.i] = verb.i
        if (
            cue.pos == "N"
            and kinds[tok.i] == "transfer"
            and cue.frame_for("transfer") in ("buyer", "import", "supplier")
            and tok.dep_ == "nsubj"
        ):
            # "Japanese buyers halted beef imports from Brazil": the traders' act is the one their verb
            # does to the goods' flow (halted, negated), not a second flow of their own
            acts = [c for c in tok.head.children if c.dep_ == "dobj" and c.i in cue_ids and kinds[c.i] == "transfer"]
            if acts:
                absorbed[tok.i] = acts[0].i
        # A participle describing what a verb cue of the same kind moves tells where it came from:
        # "grain exported from Ukraine reached Egypt", "refugees fleeing Syria reached Greece".
        clause = tok
        if cue.pos == "N" and cue.lemma in lex.words["path"] and tok.dep_ == "dobj":
            clause = tok.head  # "refugees who set sail from Bangladesh landed in Aceh": the path verb's clause
        described = clause.head
        if (
            described.dep_ == "pobj"
            and described.head.lower_ == "of"
            and (described.head.head.pos_ == "NOUN" or _lemma(described.head.head) in lex.words["portion"])
        ):
            # "the first batch of vaccines donated by Japan arrived", "many of the families who fled
            # Vietnam resettled in Houston"
            described = described.head.head
        if (
            (cue.pos == "V" or clause is not tok)
            and clause.dep_ in ("acl", "relcl")
            and described.dep_ in ("nsubj", "nsubjpass", "dobj")
        ):
            # (and a relative clause: "The delegation, which arrived from Canberra, was received in Hanoi")
            outer = _cue_verb(described.head, cue_ids)
            if outer is not None and outer.i != tok.i and kinds[outer.i] == kinds[tok.i] in ("route", "transfer"):
                participles[tok.i] = outer.i
            if (
                outer is not None
                and outer.i != tok.i
                and kinds[outer.i] == kinds[tok.i] == "conflict"
                and described.dep_ == "nsubj"
            ):
                # "A missile fired from Yemen struck near Eilat": who fired it struck
                fired_by[tok.i] = outer.i
    by_token: dict[int, Event] = {}
    for tok, cue in cue_tokens:
        kind = kinds[tok.i]
        if kind == "-":
            continue
        frame_name = cue.frame_for(kind)
        if frame_name in SWITCHED_FRAMES and not _on_mission(tok, lex):
            frame_name = SWITCHED_FRAMES[frame_name]  # ("closed their airspace to his plane": whom it is
            # closed to, not whose it is)
        frame = lex.frames[frame_name]
        slots = _slot_tokens(tok, cue_ids, lex)
        event = Event(kind, cue, base + tok.idx, frame=frame_name)
        # (stopping an admission is the act itself: "Kuwait suspended visas for ..." is no denial)
        event.negated = _negated(tok, lex, kind) and cue.lemma not in lex.words["admission"]
        event.hedged = _hedged(tok, lex)
        if frame_name == "offer" and (_phrasal(tok.head, lex) or _lemma(tok.head)) in lex.words["turn-down"]:
            event.negated = True  # an offer turned down did not come about
        subjects, _ = _subjects(tok, lex)
        if subjects:
            subject0 = subjects[0]
            anaphoric = (
                subject0.pos_ == "PRON"
                or (
                    _lemma(subject0) in lex.people
                    and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in subject0.children)
                )
                # "many of them", "most": part of those told of before
                or _partitive(subject0, lex)
                or (_lemma(subject0) in lex.words["portion"] and subject0.pos_ in ("ADJ", "DET"))
            )
            # (a subject borrowed from the clause the cue hangs on, "flew to Nairobi before returning to
            # Belgium", "fled Geneina and crossed into Chad", is the traveller of that clause's trip)
            borrowed = tok.dep_ in ("conj", "pcomp", "advcl", "xcomp") and subject0 not in tok.subtree
            # "he", "the minister": told of before
            event.subject = "pronoun" if anaphoric else "clause" if borrowed else "noun"
        # "Australia and New Zealand have a dozen trade agreements each": each party's own, not joint
        near = {tok.i, tok.head.i} | {c.i for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")}
        event.each = not each_heads.isdisjoint(near)
        # "traded accusations", "exchanged fire", "shelled each other's positions", "clashed": both sides act
        host = _host_verb(tok)
        event.reciprocal = (
            (cue.pos == "V" and frame_name != "bar")  # (closing airspace is done to someone, not each other)
            or (host is not None and _lemma(host) in lex.words["reciprocal"])
            or bool(re.search(r"\b(?:each other|one another)\b", sentence, re.I))
        )
        event.then = any(
            c.dep_ in ("advmod", "prt") and c.lower_ in ("then", "later", "next", "afterwards", "subsequently", "on")
            # (or on a later means joined to the verb: "by train to Siliguri and then by bus to Kolkata")
            for t in [tok, *(c for c in tok.children if c.dep_ == "conj" and c.pos_ == "ADP")]
            for c in t.children
        ) or any(_onward_prep(c) for c in tok.children)
        # a later stop inside a phrase of direction ("from Prudhoe Bay down to Vancouver, then on to
        # Mexico City"), on an "on" joined to the verb ("travelled from Agadez to Sabha, then on to
        # Zuwara") or to the verb of planning ("plans to travel to Goma and then on to Kigali")
        later_stop = any(
            _onward_prep(a) or (_later_adverb(a) and a.lower_ in ("on", "onward", "onwards"))
            for a in _legs_on([c for c in tok.children if c.dep_ == "prep"] + [tok] + _planned_on(tok))
        )
        placed: dict[int, str] = {}
        loose_in: list[PlaceRef] = []  # "in X" on the cue verb, which its frame does not read
        place_heads = {h.i for h in heads if h is not None}
        if (
            cue.pos == "V"
            and cue.lemma in lex.words["acclaim"]
            and not event.each
            and not re.search(r"\b(?:each other|one another)\b", sentence, re.I)
        ):
            # "Seafarers' unions in Manila and Mumbai welcomed the new rules": each praises what is named,
            # no tie between them (but "Kenya welcomed Uganda's decision" ties the two)
            praised = [c for c in tok.children if c.dep_ == "dobj"]
            event.each = bool(praised) and all(
                o.i not in place_heads
                # (a pact or talks welcomed may be their own: "welcomed the deal they signed")
                and not ((praised_cue := lex.cue(_lemma(o), "NOUN")) is not None and "tie" in praised_cue.types)
                for o in praised
            )
        if frame_name == "join" and not event.each:
            # "Bulgaria and Romania joined the Schengen area's border regime": each joins what is named,
            # no tie between them (but "joined forces", "joined hands" is theirs together)
            joined = [c for c in tok.children if c.dep_ == "dobj"]
            event.each = bool(joined) and all(
                o.i not in place_heads and _lemma(o) not in lex.words["together"] for o in joined
            )
        if frame_name == "cooperate" and _twin_noun(tok, lex):
            _twin_partner(tok, event, refs, heads, list_heads)
            if tok.dep_ == "appos" or (tok.dep_ == "pobj" and tok.head.lower_ == "as"):
                # a twinning named in passing holds whatever the clause plans: "will host Mainz, its sister
                # city", "will mark 25 years as sister cities"
                event.negated = event.hedged = False
        if (
            not event.each
            and kind == "tie"
            and tok.pos_ in ("NOUN", "PROPN")
            and tok.dep_ == "dobj"
            and (joining := lex.cue(_lemma(tok.head), "VERB")) is not None
            and joining.frame == "join"
        ):
            # "Israel, India and Pakistan have never joined the Non-Proliferation Treaty": the pact
            # joined is no pact among its joiners (as the joining is no tie among them)
            event.each = True
        event.embargo = kind == "transfer" and _embargo(tok, lex, place_heads)
        for n, (ref, head) in enumerate(zip(refs, heads, strict=True)):
            kin = head is not None and head.head.i in ref_at and ref_at[head.head.i] in locating
            if head is None or (head.dep_ == "poss" and head.head.i in place_heads and not kin) or n in locating:
                continue  # "treaties with Georgia's breakaway Abkhazia": where Abkhazia is, no party
            if head.dep_ in MODIFIER_EDGES and (
                _lemma(head.head) in lex.words["language"]
                or (kind in ("route", "transfer") and _lemma(head.head) in lex.words["flag"])
            ):
                continue  # "a fluent Russian speaker", "Arabic interpreters": a language, nobody's country
                # (and "flying a Cayman Islands flag": where a ship is registered, no home of its voyage;
                # but "seized a tanker flying the Greek flag" is done to Greece)
            slot = _slot_of(head, tok, slots, climbing, kind, lex)
            if slot is None and list_heads[n] != n and list_heads[n] in placed and not hyphen[n]:
                slot = placed[list_heads[n]]  # a written list the parse split up
            if slot is None:
                continue
            if (
                kind in ("transfer", "route")
                and ref.kind == "pair"
                and head.lower_ in OWNER_PRONOUNS
                and not slot.startswith("subj")
                and slot != "taker"
                and any(
                    refs[k].place_id == ref.place_id and (s.startswith("subj") or s == "taker")
                    for k, s in placed.items()
                )
            ):
                continue  # "Egypt received its first cargo of Ukrainian wheat": "its" is the subject again,
                # no other end of the move ("its" cargo does not come from Egypt; but "Greece protested
                # Turkish incursions into its airspace" is aimed at Greece)
            placed[n] = slot
            if slot.startswith("subj.pp"):
                # A subject reached through a prepositional phrase counts only when the noun names no
                # actor of its own ("During Iraq's invasion of Kuwait, Egypt was ..." is Iraq's).
                subj_role = frame.get("subj")
                own = any(
                    frame.get(own_slot) == subj_role
                    for own_slot in _own_slots(tok, refs, heads, slots, kinds, kind, lex)
                )
                if own:
                    continue
                slot = "subj" + slot[len("subj.pp") :]
            role = frame.get(slot)
            if role is None and slot == "in" and _after_from(head, tok) and frame.get("from.in"):
                # "transferred from Mercy Hospital in Springfield to ...", with "in Springfield" hung on the
                # verb: where the place the trip left from is
                slot, role = "from.in", frame["from.in"]
            if role is None and slot == "in":
                loose_in.append(ref)
            if role is None or role == "none":
                continue
            group = list_heads[n]
            # "... and then to Paris": the sequence word on a preposition the parse joined to the verb
            prep = head.head
            next_stop = head.dep_ == "pobj" and (
                (
                    prep.dep_ == "conj"
                    and any(c.dep_ == "advmod" and SEQUENCE_RE.fullmatch(c.text) for c in prep.children)
                )
                or (prep.head.dep_ in LATER_EDGES and _later_adverb(prep.head))
                # ("crossed from Ethiopia into Sudan, then into Libya", both "into" hung on the verb)
                or (
                    prep.dep_ == "prep"
                    and any(c.dep_ == "advmod" and SEQUENCE_RE.fullmatch(c.text) for c in prep.children)
                    and any(
                        c.dep_ == "prep" and c.lower_ in DIRECTION_PREPS and c.i < prep.i for c in prep.head.children
                    )
                )
            )
            event.roles.setdefault(role, []).append(Arg(ref, slot, group, sequence[n] or next_stop))
        if event.roles.get("party") and kind == "tie":
            _coordinated_parties(event, tok, refs, heads)
        if kind == "tie" and tok.pos_ == "NOUN" and event.roles.get("party"):
            _won_backing(event, tok, refs, heads, list_heads, lex)
        if kind == "tie" and tok.pos_ == "NOUN" and frame_name == "cooperate" and not event.roles.get("partner"):
            _support_for_whose(event, tok, refs, heads, list_heads)
        if kind == "conflict" and tok.pos_ == "NOUN" and not event.roles.get("target"):
            _faced(event, tok, refs, heads, list_heads, lex)
        if tok.pos_ == "NOUN" and (by_role := frame.get("by")) is not None and not event.roles.get(by_role):
            _by_on_object(event, by_role, tok, refs, heads, list_heads)
        if kind == "transfer" and not event.roles.get("origin") and tok.dep_ == "conj":
            # "cargoes were loaded at Port Hedland and shipped to Qingdao", "grown in Kenya and flown
            # to London", "bought in Florida and shipped to Haiti": where the goods were made, loaded
            # or got is where they left from
            made = tok.head
            if made.pos_ in ("NOUN", "PROPN"):
                # ("wheat loaded at Odesa and destined for Egypt" with "destined" joined to the wheat)
                made = next((c for c in made.children if c.dep_ == "acl" and c.i < tok.i), made)
            for n, (ref, head) in enumerate(zip(refs, heads, strict=True)):
                if head is not None and head.dep_ in ("amod", "compound") and head.head.dep_ == "pobj":
                    head = head.head  # "loaded at Western Australian ports"
                if _lemma(made) in lex.words["made"] | lex.words["obtained"] and _made_there(head, made):
                    event.roles.setdefault("origin", []).append(Arg(ref, "made", list_heads[n]))
                elif (
                    head is not None
                    and head.dep_ == "pobj"
                    and head.head.lower_ in ("to", "into")
                    and head.head.head.i == made.i
                    and any(_from_there(c) for c in tok.children)
                ):
                    # "carried by rail to Takoradi and shipped from there to Amsterdam": where the first
                    # verb took the goods is where the second one's "from there" starts
                    event.roles.setdefault("origin", []).append(Arg(ref, "there", list_heads[n]))
        if kind == "transfer" and not event.roles.get("origin"):
            _made_subject_origin(event, tok, refs, heads, list_heads, lex)
        if frame_name in lex.words["national"]:
            # "Iran detained a British national": only across a border ("Ohio police arrested a Texas
            # man" is local news); a country's troops may kill in a town ("Eritrean troops killed
            # civilians in Axum")
            armed = any(
                # (and so are its weapons: "a Russian missile killed six people in Kyiv")
                _lemma(n) in lex.words["military"] | lex.words["weapon"]
                # ("Israeli strikes killed 20 people in Gaza": an armed attack is armed force)
                or ((attack := lex.cue(_lemma(n), n.pos_)) is not None and attack.cameo_class == "material-conflict")
                for s in subjects
                for n in _head_nouns(s)
            )
            for role, args in event.roles.items():
                if not (armed and role == "target"):
                    args[:] = [a for a in args if places[a.ref.place_id].type == "country"]
        if tok.pos_ == "NOUN":
            for role, args in event.roles.items():
                # "Hungary blocked an EU aid package for Ukraine": the noun's own modifier or possessor
                # fills the role, not the subject of the verb it hangs on; so does its own "from X" for
                # where a move starts ("a court in Lagos halted the transfer of the prisoner from Abuja")
                slots_own = OWN_SLOTS | ({"from"} if role == "origin" else set())
                if any(a.slot in slots_own for a in args) and any(a.slot.startswith("subj") for a in args):
                    args[:] = [a for a in args if not a.slot.startswith("subj")]
        if (
            kind in ("route", "transfer")
            and frame_name not in ("arrive", "return", "withdraw")  # (their own rule: route.origin-home)
            and not event.roles.get("destination")
            and event.roles.get("home")
            and any(c.dep_ == "advmod" and c.lower_ == "home" for c in tok.children)
        ):
            # "flights carried 180 Nepali workers home from Kuwait": home is where they went
            event.roles["destination"] = event.roles.pop("home")
        if kind == "route" and not event.roles.get("destination") and _brought_home(tok, lex):
            # "India repatriated 300 citizens from Kuwait", "Japan brought home its citizens from Sudan",
            # "Britain airlifted its citizens out of Afghanistan": a state moving its own people out of
            # a place takes them home, to itself
            origins = event.roles.get("origin", [])
            movers = [a for a in origins if a.slot == "subj"]
            if movers and any(a.slot in ("from", "out_of") for a in origins):
                event.roles["destination"] = movers
                event.roles["origin"] = [a for a in origins if a.slot != "subj"]
        if (
            kind == "transfer"
            and not event.roles.get("destination")
            and any(c.dep_ == "advmod" and c.lower_ == "home" for c in tok.children)
        ):
            # "money sent home by Nepali workers in Qatar", "Filipino workers in Saudi Arabia sent home
            # $3 billion": the senders' own country is where it goes, where they are is where it leaves
            origins = event.roles.get("origin", [])
            senders = [a for a in origins if a.slot in ("by", "by.mod", "subj", "subj.mod", "mod", "poss")]
            away = [a for a in origins if a.slot in ("by.in", "subj.in")]
            away += [Arg(r, "in", 0) for r in loose_in]  # (the parse may hang "in Qatar" on the verb)
            if senders and away:
                event.roles["destination"] = senders
                event.roles["origin"] = away
        if kind == "transfer" and tok.pos_ == "NOUN":
            _banned_imports(tok, event, refs, heads, list_heads, lex)
        if kind == "transfer" and event.roles.get("origin") and tok.pos_ == "VERB":
            _buyers_among(tok, event, refs, heads, list_heads, lex)
        if frame_name == "bar" and not event.roles.get("target"):
            _closed_with(tok, event, refs, heads, list_heads, lex)
        if kind in ("route", "transfer") and event.roles.get("destination") and tok.pos_ == "VERB":
            _crossing_point(tok, event, refs, heads, places)
        if cue.lemma == "arrive" and tok.lower_ in ("due", "expected"):
            event.hedged = True  # ("is due in Asuncion on Wednesday", "is expected in Tokyo": not yet there)
        if cue.lemma == "arrive" and _lemma(tok) in lex.words["finish"]:
            event.roles.pop("setting", None)  # (a trip's last stop goes on from its step before, not
            # from where the sentence began: "opened its tour in Paris, ... and closed in Copenhagen")
        if kind in ("route", "transfer") and not event.roles.get("destination"):
            _asked_to_hand_over(tok, event, refs, heads, list_heads, lex)
        if (
            (event.then or later_stop or (cue.lemma in lex.words["port-call"] and tok.dep_ not in ("acl", "amod")))
            and kind == "route"
            and len({a.ref.place_id for a in event.roles.get("destination", [])}) > 1
            and not any(a.slot.endswith(".mod") for a in event.roles["destination"])  # ("the Greek and Italian grill")
        ):
            # "will fly to Jakarta and then continue to Port Moresby, Dili and Singapore": a list told as
            # what comes next is the order of the stops; so are ports of call ("called at Singapore and
            # Colombo before reaching Rotterdam"; not ships described, "vessels calling at Haifa")
            for a in event.roles["destination"]:
                a.sequential = True
        elif kind in ("route", "transfer") and (
            _stops_apart(tok, event.roles.get("destination", []), heads, refs, goods=kind == "transfer")
            or _chained_legs(event)
        ):
            # "flew to Lima on Monday and to Quito on Tuesday", "flew to Lima and from there to Quito":
            # one traveller's "to"s, each a phrase of its own, are stops one after the other
            for a in event.roles["destination"]:
                a.sequential = True
        actors = event.roles.get("actor", [])
        if (
            event.reciprocal
            and len(actors) > 1
            and all(a.slot in ("subj.mod", "subj.in", "subj.from") for a in actors)
            and not re.search(r"\b(?:each other|one another)\b", sentence, re.I)
            and not (host is not None and _lemma(host) in lex.words["reciprocal"])
        ):
            # "American and British warplanes struck targets around Sanaa": the places of one subject
            # strike together, not each other (but "Armenia and Azerbaijan shelled ...")
            event.reciprocal = False
        dest = event.roles.get("destination", [])
        if any(a.slot in ("to", "into") for a in dest):
            # "will send its envoy for Sudan to Jeddah": beside a "to", "for" is whose errand it is
            dest[:] = [a for a in dest if a.slot != "for"]
        if dest:
            # "sent aid to Sudanese refugees in Chad", "shipped maize to Somali traders in Lisbon": goods
            # or people go where the text says, not to where the recipients are from (but "summoned
            # Japan's ambassador in Seoul" acts on Japan: a target keeps its demonym)
            named = {a.slot.split(".")[0] for a in dest if "." not in a.slot or a.slot.endswith(".in")}
            dest[:] = [a for a in dest if not (a.slot.endswith(".mod") and a.slot.split(".")[0] in named)]
            landed = _landing_places(tok, refs, heads, lex)
            for n, a in enumerate(dest):
                inside = [r for r in loose_in if contains(places[a.ref.place_id], places[r.place_id])]
                if a.slot.endswith(".mod") and len(inside) == 1:
                    # "smuggled explosives to Palestinian militants in Gaza", with "in Gaza" hung on the
                    # verb: the recipients' town, inside their country, is where the goods went
                    dest[n] = Arg(inside[0], a.slot.split(".")[0] + ".in", a.group)
                    continue
                inside = [r for r in landed if contains(places[a.ref.place_id], places[r.place_id])]
                if len(inside) == 1:
                    # "sent police officers to Haiti, landing at Port-au-Prince's airport": where they
                    # landed, inside where they were sent, is the more specific end
                    dest[n] = Arg(inside[0], a.slot, a.group)
        if kind in ("route", "transfer") and not event.roles.get("destination") and tok.pos_ == "VERB":
            helped = _args_at(refs, heads, list_heads, _helped(tok, lex), "help")
            if helped:
                event.roles["destination"] = helped
        event.export_ban = kind == "transfer" and _export_ban(tok, event, lex, place_heads)
        # Two places joined by a hyphen on the cue: "Caracas-Tehran flights", "Venezuela-Iran relations"
        # (one of them is enough: the parse often hangs the first elsewhere); joined by "-to-", the
        # first is where the trip or the goods start: "the Devonport-to-Melbourne ferry"
        for n in range(1, len(refs)):
            if hyphen[n] and (placed.get(n) in ("mod", "poss") or placed.get(n - 1) in ("mod", "poss")):
                onward = ONWARD_RE.match(sentence[refs[n - 1].end - base : refs[n].start - base])
                for k, role, end_slot in ((n - 1, "origin", "from"), (n, "destination", "to")):
                    for role_args in event.roles.values():
                        role_args[:] = [a for a in role_args if a.ref is not refs[k]]
                    if onward and role in frame.values():
                        event.roles.setdefault(role, []).append(Arg(refs[k], end_slot, list_heads[n]))
                    else:
                        event.roles.setdefault("pair", []).append(Arg(refs[k], "mod", list_heads[n]))
        for arg in event.roles.get("partner", []) if frame_name == "meet" else []:
            head = heads[refs.index(arg.ref)]
            if head is not None and head.dep_ in MODIFIER_EDGES and _lemma(head.head) in lex.words["host"]:
                # "met his Cypriot hosts": the guests came to the hosts' country
                event.roles.setdefault("venue", []).append(Arg(arg.ref, arg.slot, arg.group))
        if (
            setting is not None
            and "setting" in frame
            and not any(a.ref is setting for args in event.roles.values() for a in args)
        ):
            event.roles.setdefault(frame["setting"], []).append(Arg(setting, "setting", -1))
        homes, settings_here = event.roles.get("home", []), event.roles.get("setting", [])
        if (
            homes
            and settings_here
            and all(any(contains(places[s.ref.place_id], places[h.ref.place_id]) for s in settings_here) for h in homes)
        ):
            # "In Sweden, ... a Gothenburg woman who returned from Thailand": her town, inside the
            # setting, is the more specific end
            del event.roles["setting"]
        if "between" in event.roles:
            members = sorted(event.roles["between"], key=lambda a: a.ref.start)
            # "rail service connecting Cleveland, Columbus, Dayton and Cincinnati": stops of one line
            linked_with = any(a.slot == "line.with" for a in members) and any(a.slot == "line" for a in members)
            event.line = any(a.slot.startswith("line") for a in members) and not linked_with
            if len(members) >= 3 and linked_with:
                event.hub = True  # "services linking Darwin with Dili, Denpasar and Singapore"
            elif len(members) >= 3 and not event.line:
                gap = sentence[members[0].ref.end - base : members[1].ref.start - base]
                event.hub = HUB_GAP_RE.match(gap) is not None
        actors = event.roles.get("actor", [])
        if any(a.slot.startswith(("subj", "by")) for a in actors):
            # "Beijing retaliated by expelling a Canadian consul from Shanghai": with its subject
            # named, "from X" is where the expelled served, not a second actor; another country's
            # "from X" is where they come from, the target ("Venezuela ordered the expulsion of
            # diplomats from seven countries, including Argentina")
            actor_countries = {places[a.ref.place_id].country_code for a in actors if a.slot.startswith(("subj", "by"))}
            event.roles["actor"] = [a for a in actors if not a.slot.startswith("from")]
            if frame_name == "expel":
                event.roles.setdefault("target", []).extend(
                    a
                    for a in actors
                    if a.slot.startswith("from") and places[a.ref.place_id].country_code not in actor_countries
                )
        targets = event.roles.get("target", [])
        if any(a.slot != "near" for a in targets):
            # "shelled Ukrainian positions near Donetsk": "near X" only locates what was hit; alone
            # ("strikes near Baalbek") it is the target
            event.roles["target"] = [a for a in targets if a.slot != "near"]
        if kind in ("route", "transfer") and _natural_mover(subjects, refs, heads, places, lex):
            event.roles = {}  # "the Mekong flows into Cambodia", "the typhoon moved on to Vietnam": no trip
        event.roles = {r: v for r, v in event.roles.items() if v}
        if any(a.slot.startswith("subj") for args in event.roles.values() for a in args):
            event.subject = "place"
        by_token[tok.i] = event
    for inner_i, outer_i in absorbed.items():
        src, dst = by_token.pop(inner_i, None), by_token.get(outer_i)
        if src is None or dst is None:
            continue
        for role, args in src.roles.items():
            # The inner noun's own places only: its subject is the outer cue's too.
            extra = [a for a in args if not a.slot.startswith("subj") and a not in dst.roles.get(role, [])]
            if extra:
                dst.roles.setdefault(role, []).extend(extra)
    _left_and_headed(cue_tokens, by_token)
    for inner_i, outer_i in participles.items():
        src, dst = by_token.get(inner_i), by_token.get(outer_i)
        if src is None or dst is None:
            continue
        if src.frame == "station" and src.roles.get("destination") and not dst.roles.get("origin"):
            # "troops stationed in Djibouti were flown to Kenya": where they were posted is where they left
            dst.roles["origin"] = list(src.roles["destination"])
        if (
            src.frame == "arrive"
            and src.roles.get("destination")
            and dst.roles.get("origin")
            and not dst.roles.get("destination")
        ):
            # "most of the migrants arriving in Italy came from Tunisia": where they came from, to
            # where they arrived
            dst.roles["destination"] = src.roles.pop("destination")
        for role in ("origin", "home"):
            # Only where the mover came from: where the participle took it may differ. (A participle
            # that tells a whole leg keeps it: "refugees travelled from Dadaab to Nairobi, flew on to
            # Doha" is one trip of two steps; "grain shipped from Odesa to Istanbul was sent on to Egypt".)
            if role == "origin" and src.roles.get("destination"):
                if dst.roles.get("destination") and not dst.roles.get("origin"):
                    # "Refugees who fled from Syria to Turkey reached Greece": on from where the leg ended
                    last = max(src.roles["destination"], key=lambda a: a.ref.start)
                    dst.roles["origin"] = [Arg(last.ref, "leg", last.group)]
                continue
            extra = [a for a in src.roles.get(role, []) if a not in dst.roles.get(role, [])]
            have = [places[a.ref.place_id] for a in dst.roles.get(role, [])]
            # (a more specific one too: "The Australian delegation, which arrived from Canberra")
            if extra and all(any(contains(h, places[a.ref.place_id]) for a in extra) for h in have):
                dst.roles.setdefault(role, []).extend(extra)
                if not src.roles.get("destination"):
                    # (a leg of its own keeps whose it is: "Syrians who fled to Lebanon are being sent back")
                    src.roles.pop(role)
    for inner_i, outer_i in fired_by.items():
        src, dst = by_token.get(inner_i), by_token.get(outer_i)
        if src is not None and dst is not None and src.roles.get("actor") and not dst.roles.get("actor"):
            dst.roles["actor"] = src.roles.pop("actor")
    _trip_purposes(cue_tokens, by_token, lex)
    _elided_origins(cue_tokens, by_token)
    _back_from_trips(cue_tokens, by_token)
    _partitive_origins(cue_tokens, by_token, lex)
    _bound_onward(cue_tokens, by_token)
    _deal_terms(cue_tokens, by_token)
    _reported_trade(refs, heads, cue_tokens, by_token, lex)
    _goods_onward(cue_tokens, by_token)
    _stops_on_the_way(cue_tokens, by_token, lex)
    _moved_on(cue_tokens, by_token)
    _carried_from(cue_tokens, by_token)
    _seized_on_arrival(cue_tokens, by_token, lex)
    _goods_noun_moved(cue_tokens, by_token)
    _seized_then_sent(cue_tokens, by_token, lex)
    _found_on_arrival(doc, refs, heads, cue_tokens, by_token, lex)
    _disputed(doc, refs, heads, cue_tokens, by_token, places, lex)
    _left_then_reached(cue_tokens, by_token)
    _onward_boarding(cue_tokens, by_token)
    _fronted_from(doc, refs, heads, list_heads, cue_tokens, by_token)
    _arrival_of_shipment(cue_tokens, by_token)
    _loaded_bound(refs, heads, list_heads, cue_tokens, by_token, lex)
    switched = _switched_from(cue_tokens, by_token, lex)
    # "will travel to Lebanon after his visit to Turkey": the earlier trip is told first, so the
    # verb's trip goes on from it (whose place is the verb's after.in)
    order = [tok.i for tok, _ in cue_tokens if tok.i not in earlier_trips]
    for inner_i, verb_i in earlier_trips.items():
        order.insert(order.index(verb_i) if verb_i in order else len(order), inner_i)
    for i in order:
        found = by_token.get(i)
        if found is not None and found.roles:
            events.append(found)
    return events + switched + _joint_acts(cue_tokens, by_token, lex) + _envoys_home(events)


def _coordinated_parties(event: Event, cue: Token, refs: list[PlaceRef], heads: list) -> None:
    """Parties named in coordinated subjects act together, as one list: "officials from Kansas and
    officials from Sonora agreed to cooperate", "the Isle of Wight council and officials from Cherbourg
    signed an accord" (each place hangs on its own conjunct, so no written list joins them; the small
    model hangs the second conjunct on the first one's place)."""
    verb = cue
    for _ in range(3):
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) or verb.dep_ not in ("dobj", "compound"):
            break
        verb = verb.head  # "signed an accord": the accord's parties are the signers
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) != 1:
        return
    head_of = {id(r): h for r, h in zip(refs, heads, strict=True)}
    branch: dict[int, frozenset[int]] = {}
    for a in event.roles["party"]:
        h = head_of.get(id(a.ref))
        if not a.slot.startswith("subj") or h is None:
            continue
        conjuncts = set()
        t = h
        while t.i != subjects[0].i and t.head.i != t.i and t.i != verb.i:
            if t.dep_ == "conj" and t.i != h.i and t.pos_ in ("NOUN", "PROPN"):
                conjuncts.add(t.i)  # a conjunct of the subject that holds the place
            t = t.head
        if t.i == subjects[0].i:
            branch[id(a)] = frozenset(conjuncts)
    if len(set(branch.values())) < 2:
        return
    joined = [a for a in event.roles["party"] if id(a) in branch]
    group = min(a.group for a in joined)
    for a in joined:
        a.group = group


def _joint_acts(cue_tokens: list[tuple[Token, Cue]], by_token: dict[int, Event], lex: Lexicon) -> list[Event]:
    """An attack made jointly is also cooperation between those who make it: "Nigerian and Cameroonian
    troops launched a joint offensive against Boko Haram", "joint air strikes by US and British jets"
    (a tie between the actors, beside the conflict with whom it hits)."""
    out: list[Event] = []
    cooperation = lex.cue("cooperation", "NOUN")
    for tok, _ in cue_tokens:
        event = by_token.get(tok.i)
        if cooperation is None or event is None or event.type != "conflict" or tok.pos_ != "NOUN":
            continue
        joint = [c for c in tok.children if c.dep_ == "amod" and c.lower_ in lex.words["joint"]]
        actors = event.roles.get("actor", [])
        if not joint or len({a.ref.place_id for a in actors}) < 2:
            continue
        out.append(
            Event(
                "tie",
                cooperation,
                event.start + joint[0].idx - tok.idx,  # (where the word "joint" is)
                "cooperate",
                {"party": [Arg(a.ref, a.slot, actors[0].group) for a in actors]},
                event.negated,
                event.hedged,
            )
        )
    return out


def _envoys_home(events: list[Event]) -> list[Event]:
    """An envoy recalled "from" a place travels home: "Algeria recalled its ambassador from Paris" is
    a route Paris -> Algeria beside the conflict (the probes label both)."""
    out = []
    for e in events:
        if e.type != "conflict" or e.frame != "recall":
            continue
        away = [a for a in e.roles.get("target", []) if a.slot in ("from", "obj.from")]
        home = [a for a in e.roles.get("actor", []) if a.slot in ("subj", "subj.mod", "obj.mod", "poss")]
        if away and home:
            roles = {"origin": list(away), "destination": list(home)}
            out.append(Event("route", e.cue, e.start, "go", roles, e.negated, e.hedged, subject=e.subject))
    return out


def _disputed(
    doc: Doc,
    refs: list[PlaceRef],
    heads: list,
    cue_tokens: list[tuple[Token, Cue]],
    by_token: dict[int, Event],
    places: Mapping[str, Place],
    lex: Lexicon,
) -> None:
    """A hostile act its actor denies in the same sentence is a claim, not a fact: "Britain says the
    Russian government was involved in the poisoning, a charge that Russia denies", "an attack that
    London has blamed on Russia, although Moscow denies any involvement" (hedged; a denial above the
    act itself negates it instead)."""
    deniers: list[tuple[Token, str]] = []
    cue_ids = {t.i for t, _ in cue_tokens}
    for tok in doc:
        if tok.pos_ != "VERB" or tok.i in cue_ids or lex.flag(_lemma(tok), lex.negation) != "deny":
            continue  # (a denial that is itself the act is no dispute of it: "Ecuador rejected Colombian claims")
        for subj in (c for c in tok.children if c.dep_ == "nsubj"):
            for ref, head in zip(refs, heads, strict=True):
                if head is not None and (
                    head.i == subj.i or (head.head.i == subj.i and head.dep_ in ("amod", "compound", "poss"))
                ):
                    deniers.append((tok, ref.place_id))
    if not deniers:
        return
    for cue_tok, _ in cue_tokens:
        event = by_token.get(cue_tok.i)
        if event is None or event.type != "conflict" or event.hedged:
            continue
        above = {t.i for t in cue_tok.ancestors}
        actors = [a.ref.place_id for a in event.roles.get("actor", ())]
        if any(deny.i not in above and related(actor, denier, places) for deny, denier in deniers for actor in actors):
            event.hedged = True


def _clause_of(verb: Token) -> Token:
    """The verb that stands for ``verb``'s clause: the one a complement hangs on ("arrived in Cairo and
    is due to travel on to Amman": "is", joined to "arrived")."""
    clause = verb
    while clause.dep_ in ("xcomp", "acomp") and clause.head.pos_ in ("VERB", "AUX", "ADJ"):
        clause = clause.head
    return clause


def _left_and_headed(cue_tokens: list[tuple[Token, Cue]], by_token: dict[int, Event]) -> None:
    """A departure and a heading joined as one clause's two verbs are one trip: "a boat that left
    Tobruk and was heading for Italy" (the second verb goes from where the first left); so are a
    fronted participle of leaving and its verb: "Leaving Berlin on 3 November, the Philharmonic will
    fly to Tokyo"."""
    for tok, _ in cue_tokens:
        later = by_token.get(tok.i)
        clause = _clause_of(tok)
        first = by_token.get(clause.head.i) if clause.dep_ == "conj" else None
        fronted = [c for c in tok.children if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i < tok.i]
        if first is None and fronted:
            first = by_token.get(fronted[0].i)
        if (
            later is not None
            and first is not None
            and later.type == first.type == "route"
            and later.roles.get("destination")
            and not later.roles.get("origin")
            and first.roles.get("origin")
            and not first.roles.get("destination")
        ):
            later.roles["origin"] = [Arg(a.ref, "conj", a.group) for a in first.roles["origin"]]


def _back_from_trips(cue_tokens: list[tuple[Token, Cue]], by_token: dict[int, Event]) -> None:
    """Coming back from a trip is leaving where it went: "Ghana's president returned from a state
    visit to Abidjan" goes from Abidjan (and home, the return's own end)."""
    for tok, _ in cue_tokens:
        back = by_token.get(tok.i)
        if back is None or back.type != "route" or back.frame != "return" or back.roles.get("origin"):
            continue
        for p in tok.children:
            if p.dep_ != "prep" or p.lower_ != "from":
                continue
            for o in p.children:
                trip = by_token.get(o.i) if o.dep_ == "pobj" else None
                if trip is not None and trip.type == "route" and trip.roles.get("destination"):
                    back.roles["origin"] = [Arg(a.ref, "trip", a.group) for a in trip.roles["destination"]]


def _elided_origins(cue_tokens: list[tuple[Token, Cue]], by_token: dict[int, Event]) -> None:
    """An export noun naming only where goods go continues the origin of the export noun before it in
    the sentence: "Kenya's tea exports to Egypt rose, while shipments to Sudan fell" (Kenya's too)."""
    origin: list[Arg] = []
    for tok, _ in cue_tokens:
        event = by_token.get(tok.i)
        if event is None or event.type != "transfer" or event.frame != "export" or tok.pos_ != "NOUN":
            continue
        own = event.roles.get("origin", []) + event.roles.get("home", [])
        if own:
            origin = own
        elif origin and event.roles.get("destination"):
            event.roles["origin"] = [Arg(a.ref, "elided", a.group) for a in origin]


def _partitive_origins(cue_tokens: list[tuple[Token, Cue]], by_token: dict[int, Event], lex: Lexicon) -> None:
    """Part of goods told before, sent on: a cue verb whose subject is "much of it", "most of which"
    (a ``portion`` word of a pronoun) moves the goods of the transfer before it in the sentence, from
    where they went or else from their origin: "Ukraine exported grain, much of it shipped to Egypt",
    "Brazil sold soy, most of which went to China"."""
    before: Event | None = None
    for tok, _ in cue_tokens:
        event = by_token.get(tok.i)
        if event is None:
            continue
        if event.type == "transfer" and (event.roles.get("origin") or event.roles.get("home")):
            before = event
            continue
        if (
            before is not None
            and event.type in ("route", "transfer")
            and event.roles.get("destination")
            and not (event.roles.get("origin") or event.roles.get("home"))
            and any(_partitive(s, lex) for s in tok.children if s.dep_ in ("nsubj", "nsubjpass"))
        ):
            event.type = "transfer"  # (what went is the goods)
            # from where the goods went, when the transfer before says ("Armenia's imports from the
            # Emirates tripled, and most of them were re-exported to Russia"), else from their origin
            came = before.roles.get("destination") or before.roles.get("origin") or before.roles["home"]
            event.roles["origin"] = [Arg(a.ref, "partitive", a.group) for a in came]


def _goods_onward(cue_tokens: list[tuple[Token, Cue]], by_token: dict[int, Event]) -> None:
    """Goods sent "on to" a place go on from where the transfer before them in the sentence took them:
    "wheat shipped from Odesa to Djibouti is to be trucked on to Ethiopia" (Djibouti to Ethiopia)."""
    before: Event | None = None
    for tok, _ in cue_tokens:
        event = by_token.get(tok.i)
        if event is None or event.type != "transfer":
            continue
        onward = any(c.dep_ in ("prt", "advmod") and c.lower_ in ("on", "onward", "onwards") for c in tok.children)
        if onward and before is not None and event.roles.get("destination") and not event.roles.get("origin"):
            event.roles["origin"] = [Arg(a.ref, "onward", a.group) for a in before.roles["destination"]]
            event.roles.pop("home", None)
        if event.roles.get("destination"):
            before = event


def _switched_from(cue_tokens: list[tuple[Token, Cue]], by_token: dict[int, Event], lex: Lexicon) -> list[Event]:
    """A tie switched from one place to another ends with the first: "Honduras switched diplomatic
    recognition from Taiwan to China" (a tie with China, and a negated one with Taiwan), as Event
    copies of the tie for each "from" partner."""
    out: list[Event] = []
    for tok, _ in cue_tokens:
        event = by_token.get(tok.i)
        if (
            event is None
            or event.type != "tie"
            or not (tok.dep_ == "dobj" and _lemma(tok.head) in lex.words["switch"])
            or not any(a.slot == "from" for a in event.roles.get("partner", ()))
        ):
            continue
        left = [a for a in event.roles["partner"] if a.slot == "from"]
        event.roles["partner"] = [a for a in event.roles["partner"] if a.slot != "from"]
        roles = {r: list(args) for r, args in event.roles.items() if r != "partner"}
        out.append(replace(event, roles={**roles, "partner": left}, negated=True, hedged=False))
    return out


def _left_then_reached(cue_tokens: list[tuple[Token, Cue]], by_token: dict[int, Event]) -> None:
    """A trip that only sets off somewhere and a reaching that only names where, told of the same
    movers by a pronoun, are one trip: "a boat that set off from Sfax was intercepted before it could
    reach Lampedusa", "stopped two boats from reaching Crete after they set off from Tobruk" (verbs
    joined in turn are an itinerary's legs instead)."""
    left_at = [
        (tok, e)
        for tok, _ in cue_tokens
        if (e := by_token.get(tok.i)) is not None
        and e.type == "route"
        and e.roles.get("origin")
        and not e.roles.get("destination")
    ]
    left = [e for _, e in left_at]
    reaching = [
        e
        for tok, _ in cue_tokens
        if (e := by_token.get(tok.i)) is not None and e.type == "route" and e.roles.get("destination")
    ]
    if len(left) != 1 or len(reaching) != 1:
        return  # (with a stop between, "left Ankara, stopped in Baghdad before arriving in Amman", legs)
    for tok, _ in cue_tokens:
        event = by_token.get(tok.i)
        if (
            event is not None
            and event is not left[0]
            and event.type == "route"
            and event.frame in ("enter", "arrive")
            and event.roles.get("destination")
            and not event.roles.get("origin")
            and (
                ("pronoun" in (event.subject, left[0].subject) and event.subject in ("pronoun", "clause"))
                or _after_leaving(left_at[0][0], tok)
            )
        ):
            event.roles.pop("home", None)
            event.roles["origin"] = [Arg(a.ref, "left", a.group) for a in left[0].roles["origin"]]


def _fronted_from(
    doc: Doc,
    refs: list[PlaceRef],
    heads: list,
    list_heads: list[int],
    cue_tokens: list[tuple[Token, Cue]],
    by_token: dict[int, Event],
) -> None:
    """A fronted "From X," the parse makes the sentence's root is where its first trip starts: "From
    Lagos, the delegation travelled by road to Cotonou and then on to Lomé" (read as "From" governing
    the whole clause)."""
    first = doc[0]
    # (the root itself, or hung on a root noun the parse made of the clause's subject)
    if first.lower_ != "from" or not (
        first.dep_ == "ROOT" or (first.head.dep_ == "ROOT" and first.head.pos_ in ("NOUN", "PROPN"))
    ):
        return
    objects = [c for c in first.children if c.dep_ == "pobj"]
    comma = objects[0].right_edge.i + 1 if objects else len(doc)
    if comma >= len(doc) or doc[comma].text != ",":
        return
    starts = [
        (ref, list_heads[n])
        for n, (ref, head) in enumerate(zip(refs, heads, strict=True))
        if head is not None and head.i < comma and head.dep_ == "pobj" and head.head.i == first.i
    ]
    if len(starts) != 1:
        return
    trips = [
        by_token[tok.i]
        for tok, _ in sorted(cue_tokens, key=lambda tc: tc[0].i)
        if tok.i > comma and tok.i in by_token and by_token[tok.i].type in ("route", "transfer")
    ]
    if trips and not trips[0].roles.get("origin") and trips[0].roles.get("destination"):
        ref, group = starts[0]
        trips[0].roles.pop("home", None)
        trips[0].roles["origin"] = [Arg(ref, "from", group)]


def _arrival_of_shipment(cue_tokens: list[tuple[Token, Cue]], by_token: dict[int, Event]) -> None:
    """Goods from a place met "on arrival" somewhere got there: "shark fins exported from Ecuador were
    seized on arrival in Hong Kong" (the sentence's one shipment with an origin and no end)."""
    shipments = _open_shipments(cue_tokens, by_token)
    if len(shipments) != 1:
        return
    for tok, _ in cue_tokens:
        arrival = by_token.get(tok.i)
        if (
            arrival is not None
            and arrival.type == "route"
            and arrival.frame == "arrive"
            and tok.pos_ == "NOUN"
            and tok.dep_ == "pobj"
            and tok.head.lower_ == "on"
            and arrival.roles.get("destination")
            and not arrival.roles.get("origin")
        ):
            shipments[0].roles["destination"] = [Arg(a.ref, "arrival", a.group) for a in arrival.roles["destination"]]
            arrival.roles.clear()
            return


def _loaded_bound(
    refs: list[PlaceRef],
    heads: list,
    list_heads: list[int],
    cue_tokens: list[tuple[Token, Cue]],
    by_token: dict[int, Event],
    lex: Lexicon,
) -> None:
    """Goods bound somewhere that a place loads or ships leave from it: "The Chilean port of
    Antofagasta loaded 45,000 tonnes of copper cathodes bound for Shanghai" (the subject of the verb
    of making whose object the goods are, or a place noun's "of")."""
    for tok, cue in cue_tokens:
        event = by_token.get(tok.i)
        if event is None or event.type != "transfer" or "bound" not in cue.frames or event.roles.get("origin"):
            continue
        goods = tok.head if tok.dep_ == "acl" else None
        while goods is not None and goods.dep_ == "pobj" and goods.head.lower_ == "of":
            goods = goods.head.head  # ("45,000 tonnes of copper cathodes": the count is what is loaded)
        if goods is None or goods.dep_ != "dobj" or not _made_word(goods.head, lex):
            continue
        subjects = [c for c in goods.head.children if c.dep_ == "nsubj"]
        subjects += [o for s in subjects if _lemma(s) in lex.words["place"] for o in _pobjs(s, ("of",))]
        found = _args_at(refs, heads, list_heads, subjects, "made")
        if found:
            event.roles.pop("home", None)
            event.roles["origin"] = found


def _onward_boarding(cue_tokens: list[tuple[Token, Cue]], by_token: dict[int, Event]) -> None:
    """A service boarded "before" it, after a trip to a place, leaves from there: "were flown from
    Cox's Bazar to Dhaka before boarding charter flights to Canada" (Dhaka -> Canada)."""
    for tok, _ in cue_tokens:
        onward = by_token.get(tok.i)
        if (
            onward is None
            or onward.type != "route"
            or not onward.roles.get("destination")
            or onward.roles.get("origin")
        ):
            continue
        before = tok.head if tok.dep_ == "pobj" else tok.head.head if tok.head.dep_ == "pcomp" else None
        if (
            before is None
            or before.lower_ != "before"
            or not (tok.dep_ == "pobj" or (tok.dep_ == "dobj" and tok.head.tag_ == "VBG"))
        ):
            continue
        trip = by_token.get(before.head.i)
        if trip is None or trip.type != "route" or not trip.roles.get("destination"):
            continue
        last = max(trip.roles["destination"], key=lambda a: a.ref.start)
        onward.roles.pop("home", None)
        onward.roles["origin"] = [Arg(last.ref, "left", last.group)]


def _after_leaving(left: Token, reached: Token) -> bool:
    """A setting off told as when a reaching happened: "reached Antarctica five weeks after leaving
    Shanghai", "Two days after leaving Lisbon, the ship reached Rabat" (the same movers, one trip)."""
    return (
        left.tag_ == "VBG"
        and left.dep_ == "pcomp"
        and left.head.lower_ in ("after", "since")
        and left.head.head.i == reached.i
    )


def _stops_on_the_way(cue_tokens: list[tuple[Token, Cue]], by_token: dict[int, Event], lex: Lexicon) -> None:
    """A stop told by a participle of a trip from one place to another lies on its way: "flew from
    Lima to Bangkok, stopping over in Los Angeles", "sailed from Hobart to Auckland, calling at Lord
    Howe Island" (Lima -> Los Angeles -> Bangkok; the stop is a via of the trip, not a later leg)."""
    for tok, _ in cue_tokens:
        stop = by_token.get(tok.i)
        trip = by_token.get(tok.head.i)
        if (
            stop is None
            or trip is None
            or (_phrasal(tok, lex) or _lemma(tok)) not in lex.words["stopover"]
            or tok.tag_ != "VBG"
            or tok.dep_ not in ("advcl", "xcomp")
            or trip.type != "route"
            or not trip.roles.get("destination")
            or not (trip.roles.get("origin") or trip.roles.get("setting"))
            or set(stop.roles) - {"destination", "home"}
            or not stop.roles.get("destination")
        ):
            continue
        trip.roles.setdefault("via", []).extend(Arg(a.ref, "via", a.group) for a in stop.roles["destination"])
        del by_token[tok.i]


def _moved_on(cue_tokens: list[tuple[Token, Cue]], by_token: dict[int, Event]) -> None:
    """People or goods moved to one place and "then" moved on, by a second verb joined to the first with
    no subject of its own, go on from where the first took them: "was airlifted to Evansville and then
    transferred to a burn unit in Indianapolis", "were shipped to Rotterdam and later trucked to Basel"."""
    for tok, _ in cue_tokens:
        later = by_token.get(tok.i)
        clause = _clause_of(tok)
        first = by_token.get(clause.head.i) if clause.dep_ == "conj" else None
        if (
            later is None
            or first is None
            or later.type != first.type
            or later.type not in ("route", "transfer")
            or not later.then
            or later.roles.get("origin")
            or not later.roles.get("destination")
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in (tok, clause) for c in c.children)
        ):
            continue
        went = [a for a in first.roles.get("destination", []) if a.ref.place_id not in later.ids("destination")]
        if went:
            later.roles["origin"] = [Arg(a.ref, "onward", a.group) for a in went[-1:]]
            later.roles.pop("home", None)


def _carried_from(cue_tokens: list[tuple[Token, Cue]], by_token: dict[int, Event]) -> None:
    """A carrier's own place yields to the place it left, or else to the goods' own: in "A Turkish
    cargo ship carrying wheat left Odesa bound for Alexandria" the cargo goes from Odesa, in "a Greek
    tanker carrying Iraqi crude to Rotterdam" from Iraq (the ship's flag is no origin of the goods)."""
    for tok, _ in cue_tokens:
        carried = by_token.get(tok.i)
        flag = carried.roles.get("origin", []) if carried is not None else []
        if carried is None or tok.dep_ != "acl" or not flag or any(a.slot != "subj.mod" for a in flag):
            continue
        trip = by_token.get(tok.head.head.i) if tok.head.dep_ in ("nsubj", "nsubjpass") else None
        left = [a for a in trip.roles.get("origin", []) if a.slot in ("obj", "from")] if trip is not None else []
        if left:
            carried.roles["origin"] = list(left)
        elif carried.type == "transfer" and any(a.slot == "obj.mod" for a in carried.roles.get("home", [])):
            del carried.roles["origin"]  # (the goods' own place, by the home rule)


def _open_shipments(cue_tokens: list[tuple[Token, Cue]], by_token: dict[int, Event]) -> list[Event]:
    """The sentence's transfers with an origin (or the goods' own place) and no destination yet."""
    return [
        e
        for t, _ in cue_tokens
        if (e := by_token.get(t.i)) is not None
        and e.type == "transfer"
        and (e.roles.get("origin") or e.roles.get("home"))
        and not e.roles.get("destination")
    ]


def _unsourced_shipments(cue_tokens: list[tuple[Token, Cue]], by_token: dict[int, Event]) -> list[tuple[Token, Event]]:
    """The sentence's transfers with a destination and no origin (nor the goods' own place) yet, with
    their cue tokens: the mirror of :func:`_open_shipments`."""
    return [
        (t, e)
        for t, _ in cue_tokens
        if (e := by_token.get(t.i)) is not None
        and e.type == "transfer"
        and e.roles.get("destination")
        and not e.roles.get("origin")
        and not e.roles.get("home")
    ]


def _seized_on_arrival(cue_tokens: list[tuple[Token, Cue]], by_token: dict[int, Event], lex: Lexicon) -> None:
    """Goods from a place seized at another ended their trip there: "cocaine shipped from Ecuador was
    seized at the port of Algeciras" (Ecuador to Algeciras). Only goods are seized so (the verb's
    object or passive subject), only when the sentence tells one shipment with an origin and no
    destination, and the seizure's place is then no target of a conflict."""
    shipments = _open_shipments(cue_tokens, by_token)
    if len(shipments) != 1:
        return
    for tok, _ in cue_tokens:
        seizure = by_token.get(tok.i)
        if seizure is None or _lemma(tok) not in lex.words["seize"]:
            continue
        # ... or by a place's own customs or police, with no place seized from: "Nigerian customs
        # officers seized brake pads shipped from Guangzhou" (Guangzhou to Nigeria), "customs officers
        # in Mersin seized pills trucked in from Syria" (not a navy's or a coastguard's seizure at sea)
        at_home = (
            not seizure.roles.get("target")
            and bool(seizure.roles.get("actor"))
            and all(a.slot in ("subj.mod", "subj.in", "subj.at") for a in seizure.roles["actor"])
            and not any(
                _lemma(n) in lex.words["military"] or _lemma(c) in lex.words["military"]
                for n in _subjects(tok, lex)[0]
                for c in [n, *n.children]
            )
        )
        if not at_home and (
            seizure.roles.get("actor")
            or not seizure.roles.get("target")
            or not any(a.slot in ("at", "in", "at.of", "in.of") for a in seizure.roles["target"])
        ):
            continue
        seized = [o for c in tok.children if c.dep_ in ("dobj", "nsubjpass") for o in _head_nouns(c)]
        if tok.dep_ == "conj":
            seized += [o for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass") for o in _head_nouns(c)]
        if tok.dep_ == "acl" and tok.tag_ == "VBN":
            seized.append(tok.head)  # "heroin seized at a jetty in Lamu had been shipped from Gwadar"
        seized += [o for n in seized for c in _pobjs(n, ("of",)) for o in _head_nouns(c)]  # ("a container of pills")
        # (what the shipment's participle describes is goods: "brake pads shipped from Guangzhou")
        shipped = {t.head.i for t, _ in cue_tokens if by_token.get(t.i) is shipments[0] and t.dep_ == "acl"}
        if not (
            any(o.i in shipped for o in seized)
            or _moved_kind(seized, lex) == "transfer"
            or any(_lemma(o) in lex.words["haul"] for o in seized)
        ):
            continue
        ends = seizure.roles["actor"] if at_home else seizure.roles["target"]
        shipments[0].roles["destination"] = [Arg(a.ref, "seized", a.group) for a in ends]
        del by_token[tok.i]
        return


def _goods_noun_moved(cue_tokens: list[tuple[Token, Cue]], by_token: dict[int, Event]) -> None:
    """Goods named by a transfer noun of their own, moved by a verb, take their own place to the move:
    "Thirty tonnes of Japanese relief supplies were flown to Cagayan" (Japan to Cagayan), when the
    verb tells no origin and the noun no destination."""
    for tok, move in _unsourced_shipments(cue_tokens, by_token):
        if tok.pos_ != "VERB":
            continue
        moved = [c for c in tok.children if c.dep_ in ("nsubjpass", "dobj")]
        nouns = [n for m in moved for n in [m] + [o for p in m.children if p.lower_ == "of" for o in p.children]]
        for noun in nouns:
            goods = by_token.get(noun.i)
            if goods is None or goods.type != "transfer" or goods.roles.get("destination"):
                continue
            own = [a for a in goods.roles.get("origin", []) + goods.roles.get("home", []) if a.slot in ("mod", "poss")]
            if own:
                move.roles["home"] = [Arg(a.ref, "obj.mod", a.group) for a in own]
                del by_token[noun.i]
                break


def _seized_then_sent(cue_tokens: list[tuple[Token, Cue]], by_token: dict[int, Event], lex: Lexicon) -> None:
    """Goods seized somewhere, then sent on, leave from there: "tortoises seized in Mumbai were flown
    back to Antananarivo" (Mumbai to Antananarivo). Only a participle of seizing on the goods that a
    shipment with a destination and no origin moves; its place is then no target of a conflict."""
    for tok, _ in cue_tokens:
        seizure = by_token.get(tok.i)
        if (
            seizure is None
            or tok.dep_ != "acl"
            or tok.tag_ != "VBN"
            or _lemma(tok) not in lex.words["seize"]
            or seizure.roles.get("actor")
            or not any(a.slot in ("at", "in", "at.of", "in.of") for a in seizure.roles.get("target", ()))
        ):
            continue
        for moved, shipment in _unsourced_shipments(cue_tokens, by_token):
            subjects = [c for c in moved.children if c.dep_ in ("nsubj", "nsubjpass")]
            if subjects and tok.head in subjects[0].subtree:
                shipment.roles["origin"] = [Arg(a.ref, "seized", a.group) for a in seizure.roles["target"]]
                del by_token[tok.i]
                return


def _found_on_arrival(
    doc: Doc,
    refs: list[PlaceRef],
    heads: list,
    cue_tokens: list[tuple[Token, Cue]],
    by_token: dict[int, Event],
    lex: Lexicon,
) -> None:
    """Goods from a place found where they were landed ended their trip there: "customs officers at
    Felixstowe found cocaine hidden in a banana shipment from Ecuador", "police found heroin shipped
    from Karachi at the port of Antwerp". As for a seizure: one shipment with an origin and no
    destination, goods found (the verb's object), and the place on the verb or on its finders."""
    shipments = _open_shipments(cue_tokens, by_token)
    if len(shipments) != 1:
        return
    for tok in doc:
        if tok.pos_ != "VERB" or _lemma(tok) not in lex.words["find"] or tok.i in by_token:
            continue
        found = [o for c in tok.children if c.dep_ == "dobj" for o in _head_nouns(c)]
        if _moved_kind(found, lex) != "transfer" and not any(_lemma(o) in lex.words["haul"] for o in found):
            continue
        finders = {c.i for c in tok.children if c.dep_ == "nsubj"}
        where = []
        for ref, head in zip(refs, heads, strict=True):
            h = head
            if (
                h is not None
                and h.dep_ == "pobj"
                and h.head.lower_ == "of"
                and _lemma(h.head.head) in lex.words["place"]
            ):
                h = h.head.head  # "at the port of Antwerp"
            if (
                h is not None
                and h.dep_ == "pobj"
                and h.head.lower_ in ("at", "in")
                and (h.head.head.i == tok.i or h.head.head.i in finders)
            ):
                where.append(ref)
        if where and all(r.place_id not in shipments[0].ids("origin") + shipments[0].ids("home") for r in where):
            shipments[0].roles["destination"] = [Arg(r, "found", 0) for r in where]
            return


def _reported_trade(
    refs: list[PlaceRef],
    heads: list,
    cue_tokens: list[tuple[Token, Cue]],
    by_token: dict[int, Event],
    lex: Lexicon,
) -> None:
    """Trade figures a place's own body reports are that place's trade: an import that names only
    where goods came from went to the reporting place, an export that names only where they went
    left it. "Chinese customs data showed soybean imports from Brazil jumped" (Brazil to China),
    "according to Indian trade figures, exports to Nepal fell" (India to Nepal). The reporter is a
    ``figures`` noun, the subject of a verb above the cue or the object of "according to"; its place
    is a word before it (a demonym, a possessive or a compound)."""
    for ref, head in zip(refs, heads, strict=True):
        if head is None or head.dep_ not in ("amod", "compound", "poss", "nmod"):
            continue
        noun = head.head
        while noun.dep_ == "compound" and _lemma(noun) in lex.words["figures"]:
            noun = noun.head  # "Chinese customs data"
        if _lemma(noun) not in lex.words["figures"] or head.i > noun.i:
            continue
        if noun.dep_ in ("nsubj", "nsubjpass"):
            scope = noun.head
        elif noun.dep_ == "pobj" and noun.head.head.lower_ in ("according", "accord"):
            scope = noun.head.head.head
        else:
            continue
        for tok, _ in cue_tokens:
            event = by_token.get(tok.i)
            if (
                event is None
                or event.type != "transfer"
                or event.frame not in ("import", "export")
                or not any(a.i == scope.i for a in [tok, *tok.ancestors])
                or any(a.i == noun.i for a in [tok, *tok.ancestors])
            ):
                continue
            start, end = ("origin", "destination") if event.frame == "import" else ("destination", "origin")
            if event.roles.get(end) or (end == "origin" and event.roles.get("home")):
                continue
            if not event.roles.get(start) or ref.place_id in event.ids(start):
                continue
            event.roles[end] = [Arg(ref, "reported", 0)]


def _deal_terms(cue_tokens: list[tuple[Token, Cue]], by_token: dict[int, Event]) -> None:
    """A deal under which goods or people go from one place to another ties the two: "India will export
    rice to Indonesia under a government-to-government deal", "troops deployed to Mali under a defence
    pact"; so does a deal to move them, with its signer ("Qatar signed a deal to supply gas to China").
    Only a deal that names no partner of its own."""
    for tok, _ in cue_tokens:
        deal = by_token.get(tok.i)
        if deal is None or deal.type != "tie":
            continue
        if any(deal.roles.get(role) for role in ("partner", "between", "pair")) or len(deal.ids("party")) > 1:
            continue  # ("under an agreement signed by the two governments": its own parties)
        # (the infinitive on the deal, or on the verb of signing it: "to sign a deal to buy", parsed
        # as a purpose of "sign")
        clauses = [c for c in tok.children if c.dep_ in ("acl", "relcl")]
        clauses += [c for c in tok.head.children if c.dep_ == "advcl"] if tok.dep_ == "dobj" else []
        terms = [
            by_token[c.i]
            for c in clauses
            if c.i in by_token and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        ]
        if terms and terms[0].type in ("route", "transfer"):
            # "Qatar signed a deal to supply gas to China", "Poland will sign a deal to buy helicopters
            # from the United States": the signer's deal is with the other end of what it is to move
            ends = {"origin": terms[0].roles.get("origin", []), "destination": terms[0].roles.get("destination", [])}
            signers = set(deal.ids("party"))
            for mine, other in (("origin", "destination"), ("destination", "origin")):
                if signers and signers <= {a.ref.place_id for a in ends[mine]} and ends[other]:
                    deal.roles["partner"] = list(ends[other])
                    break
            continue
        if tok.dep_ != "pobj" or tok.head.lower_ != "under":
            continue
        moved = by_token.get(tok.head.head.i)
        if moved is None or moved.type not in ("route", "transfer"):
            continue
        origins = moved.roles.get("origin") or moved.roles.get("home")
        if origins and moved.roles.get("destination"):
            deal.roles = {"party": list(origins), "partner": list(moved.roles["destination"])}
            deal.negated = deal.hedged = False  # (the deal stands, whatever is still to go under it)


def _bound_onward(cue_tokens: list[tuple[Token, Cue]], by_token: dict[int, Event]) -> None:
    """Goods "bound for" a place, carried on a trip that left from another: one transfer ("The ship
    left Odesa carrying 30,000 tonnes of corn bound for Spain": Odesa to Spain). Only when the
    sentence tells one departure with no destination of its own."""
    bound = [t.i for t, _ in cue_tokens if t.i in by_token and by_token[t.i].frame == "bound"]
    for i in bound:
        goods = by_token[i]
        if goods.roles.get("origin") or not goods.roles.get("destination"):
            continue  # (a home is no departure: "Ukrainian wheat bound for Ethiopia was shipped from Odesa")
        trips = [
            e
            for t, _ in cue_tokens
            if t.i != i
            and (e := by_token.get(t.i)) is not None
            and e.frame in ("leave", "go", "head", "send", "export")
            and e.roles.get("origin")
            and not set(e.ids("origin")) & set(goods.ids("destination"))  # (no departure from where they go)
            and (
                not e.roles.get("destination")
                or {a.ref.place_id for a in e.roles["destination"]} == set(goods.ids("destination"))
            )
        ]
        if len(trips) == 1:
            trips[0].roles["destination"] = list(goods.roles["destination"])
            # (goods that left aboard a carrier bound somewhere are still goods: "heifers left Waterford
            # aboard a carrier bound for Algeria")
            trips[0].type = "transfer" if "transfer" in (trips[0].type, goods.type) else goods.type
            del by_token[i]


def _partitive(subject: Token, lex: Lexicon) -> bool:
    """ "much of it", "most of which", "half of them": a part of something told before."""
    return _lemma(subject) in lex.words["portion"] and any(
        p.dep_ == "prep" and p.lower_ == "of" and any(o.dep_ == "pobj" and o.pos_ == "PRON" for o in p.children)
        for p in subject.children
    )


PURPOSE_EDGES = frozenset({"xcomp", "advcl"})


def _purposes(verb: Token) -> list[Token]:
    """The cue candidates of what a trip was for: an infinitive of purpose ("flew to Pyongyang to
    sign a trade deal", and its object) or "for" and a noun ("travelled to Moscow for talks")."""
    out: list[Token] = []
    for c in verb.children:
        if (
            c.dep_ in PURPOSE_EDGES
            and c.pos_ == "VERB"
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        ):
            out.append(c)
            out += [o for o in c.children if o.dep_ == "dobj"]
        elif c.dep_ == "prep" and c.lower_ == "for":
            out += [o for o in c.children if o.dep_ == "pobj"]
    return out


def _trip_purposes(cue_tokens: list[tuple[Token, Cue]], by_token: dict[int, Event], lex: Lexicon) -> None:
    """A trip made to cooperate links the travellers' home and the trip's destination by that
    cooperation: "Officials from Cuba traveled to Pyongyang to sign a trade deal" (the deal's
    frame reads them in the slots ``trip.home`` and ``trip.to``). Only a cooperative act that names
    no place of its own but its subject's (passed down from the trip) takes them."""
    for tok, _ in cue_tokens:
        trip = by_token.get(tok.i)
        if trip is None or trip.type != "route" or tok.pos_ != "VERB":
            continue
        found = {"trip.home": trip.roles.get("home", []), "trip.to": trip.roles.get("destination", [])}
        if not all(found.values()):
            continue
        for purpose in _purposes(tok):
            act = by_token.get(purpose.i)
            if act is None or act.type != "tie" or set(act.roles) - {"party"}:
                continue
            if _lemma(purpose) in lex.words["helping"]:
                # "firefighters from Oregon and Idaho arrived in British Columbia to help": the help is
                # the trip, no tie (nor one among the travellers)
                del by_token[purpose.i]
                continue
            frame = lex.frames[act.frame]
            if (
                act.frame == "meet"
                and trip.frame == "host"
                and {a.ref.place_id for a in act.roles.get("party", [])} & {a.ref.place_id for a in found["trip.to"]}
            ):
                # "Kazakhstan's president welcomed his Kyrgyz counterpart to Astana for talks": the hosts
                # talk with where their guests came from (a trip "for talks" alone is no tie)
                act.roles["partner"] = [Arg(a.ref, "trip.home", a.group) for a in found["trip.home"]]
            for slot, args in found.items():
                role = frame.get(slot)
                if role and not act.roles.get(role):
                    act.roles.setdefault(role, []).extend(Arg(a.ref, slot, a.group) for a in args)
            act.negated, act.hedged = act.negated or trip.negated, act.hedged or trip.hedged
