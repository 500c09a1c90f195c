"""The relation lexicons, read from ``data/relations``: cue words with their CAMEO class and frame,
the frames' slot-to-role tables, and the word classes the rules and flags read.

Everything here is data a reviewer can read and edit without touching code; this module only parses
it (once, cached) into lookup tables.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field

from geo.core.errors import GeoError
from geo.core.paths import DATA_DIR
from geo.core.records import RELATION_TYPES
from geo.relations.rules import TRIP_FRAMES

__all__ = ["RELATIONS_DIR", "Cue", "Lexicon", "lexicon"]

RELATIONS_DIR = DATA_DIR / "relations"
CAMEO_CLASSES = ("verbal-coop", "material-coop", "verbal-conflict", "material-conflict", "movement", "goods")
ROLES = (
    "origin",
    "destination",
    "home",
    "setting",
    "via",
    "between",
    "pair",
    "actor",
    "target",
    "party",
    "partner",
    "owner",
    "venue",
    "found",
    "none",
)


@dataclass(frozen=True, slots=True)
class Cue:
    """One cue word: ``types`` in order of preference (two for verbs that move people or goods)."""

    lemma: str
    pos: str  # "V" or "N"
    types: tuple[str, ...]
    cameo_class: str
    cameo: str
    frames: tuple[str, ...]  # one frame, or one per type ("welcome": a host to people, praise for acts)

    @property
    def frame(self) -> str:
        """The frame of the cue's first type."""
        return self.frames[0]

    def frame_for(self, kind: str) -> str:
        """The frame the cue reads its places with when it is of type ``kind``."""
        if len(self.frames) > 1 and kind in self.types:
            return self.frames[self.types.index(kind)]
        return self.frames[0]


@dataclass(frozen=True, slots=True)
class Lexicon:
    """All relation word data, as lookup tables."""

    cues: dict[tuple[str, str], Cue]  # (lemma, "V"|"N") -> cue
    frames: dict[str, dict[str, str]]  # frame -> slot -> role
    forms: frozenset[str]  # every inflected form of every cue lemma (the lexical pre-filter)
    route_forms: frozenset[str]  # the same for route cues of trips only (a lone place may be a trip's stop)
    people: frozenset[str]
    goods: frozenset[str]
    carriers: frozenset[str]
    negation: dict[str, str]  # word -> neg|deny|stop|stop-pp|stop-to
    hedges: dict[str, str]  # word -> modal|govern|report|modifier
    words: dict[str, frozenset[str]]  # class -> words (worsen, control, place, aspect)
    irregular: dict[tuple[str, str], str] = field(default_factory=dict)  # (form, "V"|"N") -> its cue lemma
    # (cue forms, partner words) of the cues a sentence must hold with a partner word: a phrasal
    # cue's verb forms and particle ("set_off"), a PAIRED_FRAMES cue's forms and its class ("said" and
    # "minister"); the sentence needs a word of each
    paired: tuple[tuple[frozenset[str], frozenset[str]], ...] = ()
    route_paired: tuple[tuple[frozenset[str], frozenset[str]], ...] = ()  # those of trip cues
    phrasal_verbs: frozenset[str] = frozenset()  # the verbs of the phrasal cues and flags ("set", "rule")
    markers: frozenset[str] = frozenset()  # the words of the MARKED_CUES classes ("joint", "sister")
    stop_nouns: frozenset[str] = frozenset()  # negation.tsv's "stop-of" nouns ("the cancellation of flights")

    def cued(self, words: Collection[str], trips_only: bool = False) -> bool:
        """Whether lower-case ``words`` hold a cue form (of a trip cue only, with ``trips_only``): the
        lexical pre-filter. A phrasal cue needs its verb and its particle ("set ... off"), a paired one
        a word of its class too ("said" and "minister")."""
        forms, paired = (self.route_forms, self.route_paired) if trips_only else (self.forms, self.paired)
        return any(w in forms for w in words) or any(
            not cue.isdisjoint(words) and not partner.isdisjoint(words) for cue, partner in paired
        )

    @staticmethod
    def flag(word: str, table: dict[str, str]) -> str | None:
        """The kind ``word`` has in a flag table (negation or hedges), inflected forms included."""
        return table.get(word)

    def cue(self, lemma: str, pos: str) -> Cue | None:
        """The cue for a lemma and a spaCy coarse POS, or None."""
        key = "V" if pos in ("VERB", "AUX") else "N" if pos in ("NOUN", "PROPN") else None
        if key is None:
            return None
        # (an irregular form the tagger left as its own lemma: "swam", not "swim")
        return self.cues.get((lemma, key)) or self.cues.get((self.irregular.get((lemma, key), ""), key))


def _inflected(words: Iterable[str]) -> frozenset[str]:
    """Every regular inflection of ``words`` (for the pre-filter's paired cues)."""
    return frozenset(f for word in words for f in inflections(word))


def _rows(name: str, width: int) -> list[list[str]]:
    path = RELATIONS_DIR / name
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise GeoError(f"Expected the relation lexicon {path}, instead got: {exc}.") from None
    rows = []
    for n, line in enumerate(lines, start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = line.split()
        if not width <= len(cells) <= width + 1:
            raise GeoError(f"Expected {width} columns on line {n} of {path}, instead got: {line!r}.")
        rows.append(cells)
    return rows


def _list(name: str) -> frozenset[str]:
    return frozenset(row[0].lower() for row in _rows(name, 1))


def inflections(lemma: str) -> set[str]:
    """Regular English inflections of a lemma (enough for a pre-filter, not a lemmatiser)."""
    out = {lemma, lemma + "s", lemma + "es", lemma + "ed", lemma + "d", lemma + "ing"}
    if lemma.endswith("y") and len(lemma) > 2 and lemma[-2] not in "aeiou":
        out |= {lemma[:-1] + "ies", lemma[:-1] + "ied"}
    if lemma.endswith("e"):
        out.add(lemma[:-1] + "ing")
    if re.search(r"[^aeiou][aeiou][bdgklmnprt]$", lemma):  # ship -> shipped, expel -> expelled
        out |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    return out


# Frames of common verbs that are cues only with a word of a class near them (geo.relations.match
# checks where): the word class the sentence filter keys on instead of the verb.
GATED_FRAMES = {
    "court": "court",
    "shut": ("legation", "closable"),
    "open": "legation",
    "liable": "liable",
    "revoke": "licence",
    "share": "pooled",
    "brand": "reproach",
    "launch": ("weapon", "military"),
}
# Frames whose cues are common words that are cues only beside a word of a class: "said" only with an
# official ("the Italian minister said in Rabat"), so the sentence filter needs a word of each.
PAIRED_FRAMES = {"speak": "official"}
# Words read as a trip by geo.relations.match beside a preposition, though no cue row holds them in that
# sense: "is due in Asuncion" (match._due_in), "were taken across the Sahara to Tripoli" (match._taken;
# the filter keys on "taken" only: every form of "take" beside a "to" let 27 more of LGL's sentences
# through to the parser, "taken" 11, with the same links on every relation set).
DERIVED_TRIPS = ((("due", "expected"), ("in", "at")), (("taken",), ("to", "into")))
# Frames only such derived trips take, not any cue row: "expected" (match._expected_in), where the
# passive's subject is who comes ("the Brazilian minister is expected in Tokyo").
DERIVED_FRAMES = frozenset({"expected"})
# Word classes that make whatever they mark a cue of their own: the class, the cue lemmas a noun and
# a verb so marked read as, and the verb's frame ("a joint venture", "began producing gas jointly":
# cooperation, its doers the parties and no place they act on a partner: frame ``joint``; "an
# anti-dumping investigation": a tariff, a trade dispute). The sentence filter keys on the markers.
MARKED_CUES = {"joint": ("cooperation", "cooperate", "joint"), "remedy": ("tariff", "", "")}


@functools.cache
def lexicon() -> Lexicon:
    """The relation lexicons, read once.

    Raises
    ------
    GeoError
        When a file is missing or a row names an unknown type, class, frame or role.
    """
    frames: dict[str, dict[str, str]] = {}
    for frame, slot, role in _rows("frames.tsv", 3):
        if role not in ROLES:
            raise GeoError(f"Expected a role from {ROLES} in frames.tsv, instead got: {role!r}.")
        frames.setdefault(frame, {})[slot] = role
    classes: dict[str, set[str]] = {}
    for word, cls in _rows("words.tsv", 2):
        classes.setdefault(cls, set()).add(word)
    cues: dict[tuple[str, str], Cue] = {}
    irregular_lemmas: dict[tuple[str, str], str] = {}
    forms: set[str] = set()
    route_forms: set[str] = set()
    paired: list[tuple[frozenset[str], frozenset[str]]] = []
    route_paired: list[tuple[frozenset[str], frozenset[str]]] = []
    spoken: dict[str, set[str]] = {}  # PAIRED_FRAMES frame -> its cues' forms
    for row in _rows("cues.tsv", 6):
        lemma, pos, types, cameo_class, cameo, frame = row[:6]
        irregular = row[6].split(",") if len(row) > 6 else []
        kinds = tuple(types.split("/"))
        if pos not in ("V", "N") or not set(kinds) <= set(RELATION_TYPES) | {"-"} or cameo_class not in CAMEO_CLASSES:
            raise GeoError(f"Expected pos V|N, relation types and a CAMEO class in cues.tsv, instead got: {row!r}.")
        cue_frames = tuple(frame.split("|"))
        if any(f not in frames for f in cue_frames) or len(cue_frames) not in (1, len(kinds)):
            raise GeoError(
                f"Expected a frame of frames.tsv (or one per type) for {lemma!r} in cues.tsv, instead got: {frame!r}."
            )
        if (lemma, pos) in cues:
            raise GeoError(f"Expected one row per lemma and part of speech in cues.tsv, instead got a second: {row!r}.")
        cues[(lemma, pos)] = Cue(lemma, pos, kinds, cameo_class, cameo, cue_frames)
        irregular_lemmas.update({(form, pos): lemma for form in irregular})
        frame = cue_frames[0]
        words = inflections(lemma.split("_")[0]) | set(irregular)
        if "_" in lemma:
            # A phrasal verb, "set_off", is filtered on its verb's forms with its particle: "set", "sets",
            # "setting" beside "off" (the verb's forms alone would let half the news through). A port of
            # call, "call_at", is read only where another cue lets the sentence through (a ship's other
            # steps: "sailed from Hobart, called at ..."): "called" beside "at" let 19 more of LGL's
            # sentences through to the parser, and no relation set gained by it.
            if lemma.endswith("_at"):
                continue
            pair = (frozenset(words), frozenset({lemma.split("_", 1)[1]}))
            paired.append(pair)
            if "route" in kinds and any(f in TRIP_FRAMES for f in cue_frames):
                route_paired.append(pair)
            continue
        if lemma in classes.get("fetch", ()):
            paired.append((frozenset(words), frozenset({"from"})))  # "gets its wheat from Russia"
            continue
        if frame == "against":
            # General words ("action", "measures") are cues only with "against": filter on that word.
            forms.add("against")
            continue
        if frame in PAIRED_FRAMES:
            spoken.setdefault(frame, set()).update(words)
            continue
        if frame in GATED_FRAMES:
            # "took Venezuela to court", "closed the US consulate": "take" and "close" are cues only with
            # a court or a mission, so the sentence filter keys on that word.
            gates = GATED_FRAMES[frame]
            for gate in (gates,) if isinstance(gates, str) else gates:
                forms |= {f for word in classes.get(gate, ()) for f in inflections(word)}
            continue
        forms |= words
        if "route" in kinds and any(f in TRIP_FRAMES for f in cue_frames):
            route_forms |= words  # a lone place can only be a further stop of a trip
    for trip_words, preps in DERIVED_TRIPS:
        pair = (frozenset(trip_words), frozenset(preps))
        paired.append(pair)
        route_paired.append(pair)
    for marker in MARKED_CUES:
        forms |= classes.get(marker, set())  # "a joint venture", "an anti-dumping probe" (match._marked_cue)
    # "added two firms to its blacklist": a verb of listing is a cue only with a list; "link their
    # grids": a verb of joining only with what its doers own together
    paired.append((_inflected(classes.get("enlist", ())), frozenset({"blacklist", "list"})))
    paired.append((_inflected(classes.get("pool", ())), frozenset({"their"})))
    # A carrier told with where it comes from moves ("aid convoys from Chad into Darfur", match._carrier_moving),
    # and one that runs "between" two places is a service ("the ferry runs between Athens and Izmir",
    # match._carrier_running)
    paired.append((_inflected(_list("carriers.txt")), frozenset({"from", "between"})))
    # Flag words are looked up by lemma and by form: the tagger's lemma is not always right ("hopes").
    negation = {
        form: kind
        for word, kind in _rows("negation.tsv", 2)
        if kind != "stop-of"
        for form in (inflections(word) if kind in ("deny", "stop", "stop-to") else {word})
    }
    stop_nouns = frozenset(word for word, kind in _rows("negation.tsv", 2) if kind == "stop-of")
    hedges = {
        form: kind
        for word, kind in _rows("hedges.tsv", 2)
        for form in (inflections(word) if kind in ("govern", "govern-to", "wish", "report") else {word})
    }
    return Lexicon(
        cues=cues,
        frames=frames,
        forms=frozenset(forms),
        route_forms=frozenset(route_forms),
        people=_list("people.txt"),
        goods=_list("goods.txt"),
        carriers=_list("carriers.txt"),
        negation=negation,
        stop_nouns=stop_nouns,
        hedges=hedges,
        words={k: frozenset(v) for k, v in classes.items()},
        irregular=irregular_lemmas,
        markers=frozenset(w for marker in MARKED_CUES for w in classes.get(marker, ())),
        paired=(
            *paired,
            *(
                (
                    frozenset(cue_forms),
                    frozenset(f for w in classes.get(PAIRED_FRAMES[frame], ()) for f in inflections(w)),
                )
                for frame, cue_forms in spoken.items()
            ),
        ),
        route_paired=tuple(route_paired),
        phrasal_verbs=frozenset(
            w.split("_", 1)[0]
            for w in [lemma for lemma, _ in cues] + list(negation) + list(hedges) + list(classes.get("idiom", ()))
            if "_" in w
        ),
    )
