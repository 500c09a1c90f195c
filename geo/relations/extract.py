"""Routes, transfers, ties and itineraries that an article draws between the places it names.

Two named steps, as in spaCy's EntityRuler: ``_frames`` finds, sentence by sentence, each cue word
(a movement, transfer or tie word) with the place mentions that are its arguments and the role each
plays (``from``, ``to``, ``with``, subject...); ``_relations_from_frames`` turns those frames into
:class:`geo.core.records.Relation` records, chaining the stops of one trip into ordered legs across sentences.

Roles come from the words around a mention (the preposition before it, the list it belongs to, a
possessive after it), which is cheap and reliable. The dependency parse, when a ``parse`` callable is
given, is only asked for sentences that can hold a relation (two places, or a place and a movement
or transfer word); it decides which cue each mention belongs to, who the subject is and whether the
claim is negated. Without it the same frames are built from word order alone, with lower confidence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Callable, Mapping

from geo.core.records import Mention, Place, Relation

if TYPE_CHECKING:  # spaCy is only needed by callers that pass a parse function
    from spacy.tokens import Doc, Token

__all__ = ["extract_relations", "needs_parse"]

# --------------------------------------------------------------------------------------------
# Lexicons. Keys are lemmas; the lexical path matches the inflected forms built by _forms().

# Movement of people, aircraft, ships or vehicles.
ROUTE_VERBS = frozenset(
    "travel fly visit arrive depart head sail voyage journey tour return go land cross deploy redeploy "
    "relocate flee migrate continue proceed stop embark commute shuttle cruise dock drive leave "
    "airlift evacuate reach enter operate extradite deport repatriate carry".split()
)
ROUTE_NOUNS = frozenset(
    "flight trip visit tour journey voyage route crossing stopover itinerary airlift corridor ferry "
    "shuttle cruise passage migration deployment convoy caravan pilgrimage exodus service connection "
    "evacuation airway lane".split()
)
# Goods, weapons, money or oil sent from one place to another.
TRANSFER_VERBS = frozenset(
    "send transfer ship export supply deliver provide sell donate lend fund finance remit pipe "
    "transport smuggle funnel channel divert dispatch move traffic pump wire arm equip furnish give "
    "import receive buy purchase acquire obtain".split()
)
TRANSFER_NOUNS = frozenset(
    "shipment transfer export delivery supply sale cargo consignment aid loan remittance funding "
    "donation pipeline shipping trafficking smuggling import purchase".split()
)
# Political, economic or military links. Hostile acts (sanctions, strikes) are deliberately absent:
# a tie line on the map reads as closeness, and an article about US sanctions on Iran does not say that.
TIE_VERBS = frozenset("support back ally partner cooperate collaborate align trade befriend".split())
TIE_NOUNS = frozenset(
    "tie relation relationship alliance ally partner partnership cooperation collaboration friendship "
    "agreement pact treaty accord axis bond solidarity support backing integration coalition "
    "memorandum rapprochement trade link exercise drill".split()
)

# Verbs whose subject receives: "Venezuela imported fuel from Iran".
REVERSE_TRANSFER = frozenset("import receive buy purchase acquire obtain".split())
# Verbs whose direct object is the recipient: "Iran supplied Venezuela with drones".
RECIPIENT_OBJECT = frozenset("supply provide arm fund finance equip furnish".split())
# Route verbs whose direct object is the destination, or the origin.
DESTINATION_OBJECT = frozenset("visit tour reach enter".split())
ORIGIN_OBJECT = frozenset("leave depart flee evacuate".split())
# Route words after which "in"/"at" names the destination, and "for" too.
ARRIVE_WORDS = frozenset("arrive land stop dock stopover visit tour".split())
DEPART_WORDS = frozenset("leave depart head sail".split())
# Route words told of one traveller's trip; their stops chain into itineraries. Others are services
# ("flights from Caracas to Damascus and Tehran" are two parallel routes, not a trip).
TRIP_WORDS = frozenset(
    "travel fly visit arrive depart head sail journey tour return go land continue proceed stop "
    "trip voyage stopover itinerary drive leave reach dock".split()
)
# Verbs that move either people (a route) or goods (a transfer), decided by what they move.
AMBIGUOUS_MOVERS = frozenset("send dispatch deploy redeploy transport move smuggle ship airlift traffic carry".split())
# Route verbs whose subject is the place people are moved from ("Spain extradited two suspects").
SENDER_SUBJECT = frozenset(
    "send dispatch deploy redeploy airlift evacuate transport move smuggle extradite deport repatriate".split()
)
PEOPLE = frozenset(
    "troop soldier personnel adviser advisor official minister delegation diplomat force fighter "
    "militant migrant refugee passenger tourist pilgrim envoy president leader team crew aircraft "
    "plane jet warship ship vessel navy fleet tanker bomber helicopter people worker student "
    "militia marine sailor agent spy doctor nurse teacher engineer suspect prisoner detainee "
    "negotiator volunteer mercenary".split()
)
GOODS = frozenset(
    "oil fuel gasoline petrol crude gas weapon arm drone missile rocket money cash gold fund aid "
    "grain wheat food medicine cocaine drug narcotic uranium ammunition equipment technology "
    "component part good cargo contraband materiel shipment vaccine coal steel dollar".split()
)
# Verbs that deny what their complement says; a claim under them is kept, marked negated.
DENY = frozenset("deny reject refute dismiss rebuff disprove debunk disavow".split())
# Verbs that end a tie or stop a route: the link is reported, but as not (any longer) holding.
SEVER = frozenset("sever cut break suspend halt cancel ban end freeze".split())
NEGATORS = frozenset("not n't never no neither nor".split())
# Markers that make a list of destinations a sequence of stops rather than parallel destinations.
SEQUENCE_RE = re.compile(r"\b(then|before|later|next|onward|afterwards|after that|followed by|on to)\b", re.I)
# What may stand between two members of one list of places.
LIST_GAP_RE = re.compile(
    r"^\s*(?:,\s*)?(?:(?:and|or|as well as|then|and then|before|later|&|/)\s+)?(?:the\s+)?$", re.I
)
# "Anti-American countries" names the US as what they oppose: never a party to a link.
ANTI_RE = re.compile(r"\banti[-\u2010\u2011]$", re.I)
HYPHEN_GAP_RE = re.compile(r"^\s*[-\u2010-\u2015/]\s*$")

PREP_ROLES = {
    "from": "from", "to": "to", "into": "to", "toward": "to", "towards": "to", "onto": "to",
    "for": "for", "via": "via", "through": "via", "with": "with", "between": "between",
    "among": "between", "amongst": "between", "of": "of", "in": "in", "at": "in", "inside": "in",
    "by": "by", "including": "including", "like": "including", "against": "against",
}
# Prepositions that belong to a fixed phrase rather than to a cue ("according to Iran").
FIXED_BEFORE_PREP = frozenset(
    "according due thanks close closer next similar prior owing relative compared linked related connected "
    "attributed response addition".split()
)
SKIPPABLE = frozenset("the a an its their his her our this that these those both neighbouring neighboring".split())

# Dependency labels that open a new clause: an argument on the far side belongs to another statement.
CLAUSE_BOUNDARY = frozenset({"relcl", "advcl", "ccomp", "parataxis", "csubj"})
# Edges inside one noun phrase cost nothing; prepositions half a step.
FREE_EDGES = frozenset({"amod", "compound", "poss", "nmod", "flat", "appos", "det", "case", "nummod"})
HALF_EDGES = frozenset({"prep", "pobj", "pcomp", "agent"})
MODIFIER_EDGES = frozenset({"amod", "compound", "poss", "nmod", "flat", "appos"})
MAX_DISTANCE = 4.0
# Subjects reach further: "Cuba is ready to take steps to expand relations with Iran" chains verbs.
MAX_SUBJECT_DISTANCE = 6.0
CUE_MERGE_DISTANCE = 2.0

WORD_RE = re.compile(r"[A-Za-z\u00C0-\u024F]+(?:['\u2019][A-Za-z]+)?|n't")
CHUNK_BREAK_RE = re.compile(r"[;:()\[\]\u201c\u201d\"]|\s(?:which|who|whereas|while|but)\s", re.I)

IRREGULAR = {
    "flew": "fly", "flown": "fly", "flies": "fly", "sent": "send", "sold": "sell", "left": "leave",
    "gave": "give", "given": "give", "went": "go", "gone": "go", "goes": "go", "bought": "buy",
    "ties": "tie", "allies": "ally", "supplies": "supply", "supplied": "supply", "relations": "relation",
    "journeys": "journey", "ferries": "ferry", "lent": "lend", "drove": "drive", "driven": "drive",
    "made": "make", "broke": "break", "broken": "break", "allied": "ally", "funded": "fund",
    "travelled": "travel", "travelling": "travel", "shipped": "ship", "shipping": "shipping",
    "smuggled": "smuggle", "smuggling": "smuggling", "trafficking": "trafficking",
    "stopped": "stop", "stopping": "stop", "planned": "plan", "transferred": "transfer",
    "transferring": "transfer", "funnelled": "funnel", "funneled": "funnel", "channelled": "channel",
    "deliveries": "delivery", "embargoes": "embargo", "sailing": "sail", "arrived": "arrive",
    "arriving": "arrive", "receiving": "receive", "received": "receive", "relationships": "relationship",
    "partnerships": "partnership", "armed": "arm", "denied": "deny", "denies": "deny",
    "banned": "ban", "cutting": "cut", "severed": "sever",
}


def _lexical_lemma(word: str) -> str:
    """Best-effort lemma of a lowercased word form, for the lexical path (no tagger)."""
    w = word.lower().replace("\u2019", "'")
    if w in IRREGULAR:
        return IRREGULAR[w]
    known = ROUTE_VERBS | ROUTE_NOUNS | TRANSFER_VERBS | TRANSFER_NOUNS | TIE_VERBS | TIE_NOUNS | DENY | SEVER
    if w in known:
        return w
    for suffix, repl in (("ies", "y"), ("ied", "y"), ("ing", ""), ("ing", "e"), ("ed", ""), ("ed", "e"),
                         ("es", ""), ("s", ""), ("d", "")):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            stem = w[: -len(suffix)] + repl
            if stem in known:
                return stem
    return w


# --------------------------------------------------------------------------------------------
# Working records (internal; the public output is geo.core.records.Relation).


@dataclass(frozen=True, slots=True)
class _PlaceRef:
    """One usable mention inside a sentence: its place, span (absolute offsets) and kind."""

    place_id: str
    start: int
    end: int
    kind: str


@dataclass(slots=True)
class _Arg:
    """A place mention as the argument of a cue, with the role the words around it give it."""

    ref: _PlaceRef
    role: str  # from to for via with between of in by including against subj subjmod obj mod fronted none
    list_head: int  # index (in the sentence's refs) of the first member of the list it belongs to
    sequential: bool = False  # preceded by "then"/"before"...: a later stop, not a parallel destination
    hyphen_prev: bool = False  # joined to the previous mention by a hyphen ("Caracas-Tehran")


@dataclass(slots=True)
class _Frame:
    """A cue word with the place arguments attached to it."""

    kind: str  # route, transfer, tie
    lemma: str
    cue_start: int
    lemmas: frozenset = frozenset()  # every cue word merged into this frame
    args: list[_Arg] = field(default_factory=list)
    negated: bool = False
    parsed: bool = False
    origin_stated: bool = False  # "from X"/"left X" present, whether or not X resolved to a place


@dataclass(slots=True)
class _Sentence:
    index: int
    start: int
    end: int
    text: str
    refs: list[_PlaceRef]
    frames: list[_Frame]
    fronted: _PlaceRef | None  # "In Havana, ..." at the start of the sentence


# --------------------------------------------------------------------------------------------
# Public API


def needs_parse(sentence: str, n_places: int) -> bool:
    """Whether a sentence is worth a dependency parse.

    Parameters
    ----------
    sentence : str
        The sentence text.
    n_places : int
        Number of distinct resolved places mentioned in it (outside junk).

    Returns
    -------
    bool
        True for two or more places and a relation cue word, or one place and a movement or
        transfer word.
    """
    if n_places == 0:
        return False
    # Without a cue word no relation is stated, so the parse could only be wasted (it costs more
    # than the whole rest of the geoparser on a news sentence).
    wanted = ("route", "transfer", "tie") if n_places >= 2 else ("route", "transfer")
    return any(_cue_kind(_lexical_lemma(w), None) in wanted for w in WORD_RE.findall(sentence))


def extract_relations(
    text: str,
    sentences: tuple[tuple[int, int], ...],
    mentions: tuple[Mention, ...],
    places: Mapping[str, Place],
    parse: Callable[[str], "Doc"] | None,
    junk: tuple[tuple[int, int], ...] = (),
    parse_batch: Callable[[list[str]], list["Doc"]] | None = None,
) -> tuple[Relation, ...]:
    """Find the routes, transfers and ties an article states between the places it mentions.

    Parameters
    ----------
    text : str
        The article text the offsets index.
    sentences : tuple of (int, int)
        Sentence offsets into ``text``, in order.
    mentions : tuple of Mention
        Resolved mentions; those without a ``place_id`` or whose place is not in ``places`` are ignored.
    places : Mapping[str, Place]
        Place id to place, used for containment (Caracas lies in Venezuela) and specificity.
    parse : callable or None
        Parses one sentence's text into a spaCy ``Doc`` with a dependency parse. Called only for
        sentences that need it (see :func:`needs_parse`). None uses the lexical rules only.
    junk : tuple of (int, int)
        Page-junk regions; mentions and sentences inside them are ignored.
    parse_batch : callable, optional
        Parses a list of sentences at once (spaCy's ``nlp.pipe``: faster than one call each);
        used instead of ``parse`` when given.

    Returns
    -------
    tuple of Relation
        In text order of their evidence. Routes and transfers are directed; ties are not. Legs of one
        trip share a ``group`` and carry their ``order``. No self-loops, and no relation between a
        place and one that contains it.
    """
    usable = sorted(
        (m for m in mentions if m.place_id is not None and m.place_id in places and not _in(junk, m.start, m.end)
         and not ANTI_RE.search(text, max(0, m.start - 5), m.start)),
        key=lambda m: (m.start, -m.end),
    )
    staged: list[tuple[int, int, int, list[_PlaceRef]]] = []
    cursor = 0
    for index, span in enumerate(sentences):
        s_start, s_end = _trim(text, span, junk)
        if s_end <= s_start:
            continue
        refs = []
        while cursor < len(usable) and usable[cursor].start < s_start:
            cursor += 1
        j = cursor
        while j < len(usable) and usable[j].start < s_end:
            m = usable[j]
            if m.end <= s_end and not (refs and m.start < refs[-1].end):  # leftmost-longest wins
                refs.append(_PlaceRef(m.place_id, m.start, m.end, m.kind))
            j += 1
        staged.append((index, s_start, s_end, refs))
    # Parse, in one batch, the sentences that state two unrelated places (or one and a movement).
    wanted = [
        text[s_start:s_end] for _, s_start, s_end, refs in staged
        if (parse is not None or parse_batch is not None)
        and needs_parse(text[s_start:s_end], _independent_places({r.place_id for r in refs}, places))
    ]
    if parse_batch is not None and wanted:
        docs = dict(zip(wanted, parse_batch(wanted)))
    else:
        docs = {sentence: parse(sentence) for sentence in wanted} if parse is not None else {}
    analysed: list[_Sentence] = []
    for index, s_start, s_end, refs in staged:
        sentence_text = text[s_start:s_end]
        doc = docs.get(sentence_text)
        frames = _frames(sentence_text, s_start, refs, doc, places) if refs else []
        fronted = _fronted(sentence_text, s_start, refs)
        analysed.append(_Sentence(index, s_start, s_end, sentence_text, refs, frames, fronted))
    return _relations_from_frames(analysed, places)


def _independent_places(ids: set[str], places: Mapping[str, Place]) -> int:
    """Places of a sentence that none of the others contains: "Springfield, Illinois" is one."""
    return sum(1 for a in ids if not any(b != a and _contains(places[b], places[a]) for b in ids))


# --------------------------------------------------------------------------------------------
# Step 1: frames


def _trim(text: str, span: tuple[int, int], junk: tuple[tuple[int, int], ...]) -> tuple[int, int]:
    """A sentence span without surrounding whitespace and junk ("(Image source: ...) In Havana, ...")."""
    start, end = span
    changed = True
    while changed and start < end:
        changed = False
        while start < end and text[start].isspace():
            start += 1
        while start < end and text[end - 1].isspace():
            end -= 1
        for j_start, j_end in junk:
            if j_start <= start < j_end:
                start, changed = min(j_end, end), True
            if j_start < end <= j_end:
                end, changed = max(j_start, start), True
    return start, end


def _in(spans: tuple[tuple[int, int], ...], start: int, end: int) -> bool:
    return any(start < j_end and j_start < end for j_start, j_end in spans)


def _cue_kind(lemma: str, pos: str | None) -> str | None:
    """The relation kind a word signals, given its lemma and (when parsed) its coarse POS."""
    is_verb = pos in (None, "VERB", "AUX")
    is_noun = pos in (None, "NOUN", "PROPN")
    if lemma in ("head", "land", "leave", "return", "stop", "go", "drive", "move", "arm", "back", "fund", "operate",
                 "cross", "continue", "enter", "reach", "give", "ship") and not is_verb:
        return None  # "head of state", "their land", "arms", "a ship": not movement words as nouns
    if is_noun and lemma in TIE_NOUNS or is_verb and lemma in TIE_VERBS:
        return "tie"
    if is_noun and lemma in TRANSFER_NOUNS or is_verb and lemma in TRANSFER_VERBS:
        return "transfer"
    if is_noun and lemma in ROUTE_NOUNS or is_verb and lemma in ROUTE_VERBS:
        return "route"
    return None


def _lemma_of(token: "Token") -> str:
    lemma = token.lemma_.lower()
    return IRREGULAR.get(token.lower_, lemma) if lemma == token.lower_ else lemma


def _list_structure(sentence: str, base: int, refs: list[_PlaceRef],
                    places: Mapping[str, Place]) -> list[tuple[int, bool, bool]]:
    """For each mention: index of its list head (-1 for a qualifier), a preceding sequence word, hyphen join."""
    out: list[tuple[int, bool, bool]] = []
    for i, ref in enumerate(refs):
        if i == 0:
            out.append((0, False, False))
            continue
        prev = refs[i - 1]
        gap = sentence[prev.end - base: ref.start - base]
        if gap.strip() == "," and _contains(places[ref.place_id], places[prev.place_id]):
            out.append((-1, False, False))  # "Caracas, Venezuela": the country only qualifies the city
        elif HYPHEN_GAP_RE.match(gap):
            out.append((i, False, True))
        elif LIST_GAP_RE.match(gap) and ref.kind == prev.kind:
            # Only like with like: "From Cuba, the Iranian official" is not a list.
            out.append((out[i - 1][0], bool(SEQUENCE_RE.search(gap)), False))
        else:
            out.append((i, False, False))
    return out


def _lexical_role(sentence: str, base: int, ref: _PlaceRef) -> str:
    """Role of a mention from the words right before and after it."""
    after = sentence[ref.end - base: ref.end - base + 3].replace("\u2019", "'")
    words = [(w.group(0).lower(), w.start()) for w in WORD_RE.finditer(sentence[: ref.start - base])]
    role = "none"
    k = len(words) - 1
    skipped = 0
    while k >= 0 and words[k][0] in SKIPPABLE and skipped < 2:
        k -= 1
        skipped += 1
    if k >= 0:
        w = words[k][0]
        if w in PREP_ROLES and not (k > 0 and words[k - 1][0] in FIXED_BEFORE_PREP):
            role = PREP_ROLES[w]
            if w == "of" and k > 0 and words[k - 1][0] == "out":
                role = "from"
    following = WORD_RE.match(sentence[ref.end - base:].lstrip())
    if role in ("none", "of") and following and following.group(0).islower():
        lemma = _lexical_lemma(following.group(0))
        if lemma in TRANSFER_VERBS | ROUTE_VERBS | TIE_VERBS:
            return "subj"  # "of Iran transferring drones", "Iran sent"
    if after.startswith("'s") or (after.startswith("'") and sentence[ref.end - base - 1: ref.end - base] == "s"):
        return "poss" if role == "none" else role
    return role


def _frames(sentence: str, base: int, refs: list[_PlaceRef], doc: "Doc | None",
            places: Mapping[str, Place]) -> list[_Frame]:
    structure = _list_structure(sentence, base, refs, places)
    lexical_roles = [_lexical_role(sentence, base, r) for r in refs]
    args = [
        _Arg(ref, lexical_roles[head], head, seq, hyphen)
        for ref, (head, seq, hyphen) in zip(refs, structure)
        if head >= 0
    ]
    # Indices shift when qualifiers drop out; list heads must point into ``args``.
    position = {id(r): n for n, r in enumerate(a.ref for a in args)}
    for a in args:
        a.list_head = position.get(id(refs[a.list_head]), position[id(a.ref)])
    if doc is not None:
        return _frames_parsed(sentence, base, args, doc)
    return _frames_lexical(sentence, base, args)


# ---- lexical path


def _frames_lexical(sentence: str, base: int, args: list[_Arg]) -> list[_Frame]:
    words = [(m.group(0), m.start()) for m in WORD_RE.finditer(sentence)]
    chunk_of = _chunk_ids(sentence)
    cues: list[tuple[int, str, str, int]] = []  # (position, kind, lemma, word index)
    for wi, (w, pos) in enumerate(words):
        lemma = _lexical_lemma(w)
        kind = _cue_kind(lemma, None)
        if kind is None or w[0].isupper() and wi > 0:  # capitalised mid-sentence: a name, not a cue
            continue
        if lemma in AMBIGUOUS_MOVERS:
            kind = _mover_kind([_lexical_lemma(x) for x, _ in words[wi + 1: wi + 5]], kind)
        nxt = [x for x, _ in words[wi + 1: wi + 4] if x.lower() not in ("actively", "quickly", "further")]
        if kind == "route" and len(nxt) >= 2 and nxt[0].lower() == "to" and nxt[1].islower() and nxt[1] not in SKIPPABLE:
            continue  # "continues to cultivate": an aspect verb, not a move
        cues.append((pos, kind, lemma, wi))
    frames = [
        _Frame(kind, lemma, base + pos, frozenset({lemma}), origin_stated=_origin_stated_lexical(words, wi, lemma))
        for pos, kind, lemma, wi in cues
    ]
    if not frames:
        return []
    for i, arg in enumerate(args):
        rel = arg.ref.start - base
        head_rel = args[arg.list_head].ref.start - base
        same_chunk = [f for f, (pos, *_rest) in zip(frames, cues) if chunk_of(pos) == chunk_of(head_rel)]
        if not same_chunk:
            continue
        if arg.role == "none" and arg.ref.kind == "demonym":
            # Before the cue it describes the actor ("Iranian officials sent"), after it the goods
            # ("bought Russian oil").
            arg.role = "subjmod" if any(c.cue_start - base > rel for c in same_chunk) else "objmod"
        elif arg.role == "none":
            before = [f for f in same_chunk if f.cue_start - base > rel]
            after = [f for f in same_chunk if f.cue_start - base < rel]
            arg.role = "subj" if before and not after else "obj" if after else "none"
        elif arg.role == "poss":
            arg.role = "subjmod"
        if arg.role in ("subj", "subjmod"):
            # Subjects are shared by every cue that follows them in the clause.
            for f in same_chunk:
                if f.cue_start - base > rel:
                    f.args.append(arg)
            continue
        nearest = min(same_chunk, key=lambda f: (abs(f.cue_start - base - head_rel), f.cue_start))
        if abs(nearest.cue_start - base - head_rel) <= 80:
            nearest.args.append(arg)
    for f, (pos, *_rest) in zip(frames, cues):
        prefix = sentence[: pos]
        chunk_start = max([m.end() for m in CHUNK_BREAK_RE.finditer(prefix)] + [0])
        nearby = [_lexical_lemma(w) for w in WORD_RE.findall(prefix[chunk_start:])][-7:]
        f.negated = any(w in NEGATORS or w in DENY or (w in SEVER and f.kind != "transfer") for w in nearby)
    return frames


def _origin_stated_lexical(words: list[tuple[str, int]], wi: int, lemma: str) -> bool:
    following = [w for w, _ in words[wi + 1: wi + 4]]
    if "from" in [w.lower() for w in following]:
        return True
    return lemma in ORIGIN_OBJECT and bool(following) and following[0][0].isupper()


def _chunk_ids(sentence: str) -> Callable[[int], int]:
    breaks = [m.start() for m in CHUNK_BREAK_RE.finditer(sentence)]

    def chunk(pos: int) -> int:
        return sum(1 for b in breaks if b < pos)

    return chunk


def _mover_kind(following_lemmas: list[str], default: str) -> str:
    """Route when the verb moves people or vehicles, transfer when it moves goods."""
    for lemma in following_lemmas:
        singular = lemma[:-1] if lemma.endswith("s") and lemma[:-1] in PEOPLE | GOODS else lemma
        if singular in PEOPLE:
            return "route"
        if singular in GOODS:
            return "transfer"
    return default


# ---- parsed path


def _frames_parsed(sentence: str, base: int, args: list[_Arg], doc: "Doc") -> list[_Frame]:
    cue_tokens: list[tuple["Token", str, str]] = []
    for tok in doc:
        lemma = _lemma_of(tok)
        kind = _cue_kind(lemma, tok.pos_)
        if kind is None or tok.pos_ == "PROPN" and tok.i > 0:
            continue
        if lemma in AMBIGUOUS_MOVERS:
            objects = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
            if not objects and tok.dep_ == "acl":
                objects = [tok.head]  # "cocaine shipped from Colombia"
            moved = [t for o in objects for t in o.subtree][:6] or list(doc[tok.i + 1: tok.i + 5])
            kind = _mover_kind([_lemma_of(c) for c in moved], kind)
        if kind == "route" and any(c.dep_ == "xcomp" for c in tok.children) and lemma not in ("visit", "tour"):
            continue  # "Iran continues to cultivate ties", "is set to travel": an aspect verb, not a move
        if kind == "route" and tok.pos_ == "VERB" and any(
                c.dep_ == "nsubj" and _lemma_of(c) in GOODS for c in tok.children):
            kind = "transfer"  # "Colombian cocaine reaches Europe": goods moving
        if kind == "tie" and lemma in ("trade", "exercise", "drill", "link") and tok.dep_ == "compound":
            continue  # "trade relations": the head noun is the cue
        cue_tokens.append((tok, kind, lemma))
    if not cue_tokens:
        return []
    frames = [
        _Frame(kind, lemma, base + tok.idx, frozenset({lemma}), parsed=True, origin_stated=_origin_stated(tok))
        for tok, kind, lemma in cue_tokens
    ]
    # Cues of one kind close together ("ties among its allies") form one frame; two verbs do not
    # ("buys gold and sells food" are two statements).
    group = list(range(len(frames)))
    for a in range(len(frames)):
        for b in range(a + 1, len(frames)):
            ta, tb = cue_tokens[a][0], cue_tokens[b][0]
            if (frames[a].kind == frames[b].kind and not (ta.pos_ == "VERB" and tb.pos_ == "VERB")
                    and _distance(ta, tb) <= CUE_MERGE_DISTANCE):
                group[b] = group[a]
                frames[group[a]].lemmas |= frames[b].lemmas
    heads = [_mention_head(doc, arg.ref.start - base, arg.ref.end - base) for arg in args]
    cue_index = {tok.i: n for n, (tok, _, _) in enumerate(cue_tokens)}
    for i, arg in enumerate(args):
        head_tok = heads[arg.list_head]
        if head_tok is None:
            continue
        anchor, modified = _anchor(head_tok)
        if arg.list_head == i:
            arg.role = _parsed_role(arg, anchor, modified, cue_index)
        else:
            arg.role = args[arg.list_head].role
        if arg.role in ("none",):
            continue
        is_subject = arg.role in ("subj", "subjmod")
        scored = sorted(
            (_distance(anchor, tok, subject=is_subject), n) for n, (tok, _, _) in enumerate(cue_tokens)
            if not (arg.role in ("obj", "objmod") and _in_subject_of(tok, anchor.head))
        )
        scored = [(d, n) for d, n in scored if d <= (MAX_SUBJECT_DISTANCE if is_subject else MAX_DISTANCE)]
        members = [a for a in args if a.list_head == arg.list_head]
        if not scored and is_subject and len({a.ref.place_id for a in members}) >= 2:
            # "Iranian and Venezuelan officials reiterated that ... ties": coordinated parties speaking
            # of ties jointly, even from the main clause.
            scored = [(MAX_DISTANCE, n) for n, (_, kind, _) in enumerate(cue_tokens) if kind == "tie"]
        if not scored:
            continue
        if arg.role in ("subj", "subjmod"):
            targets = sorted({group[n] for _, n in scored})
        else:
            best = scored[0][0]
            targets = sorted({group[n] for d, n in scored if d == best})[:1]
        for g in targets:
            frames[g].args.append(arg)
    merged = []
    for n, f in enumerate(frames):
        if group[n] != n:
            continue
        members = [cue_tokens[k][0] for k in range(len(frames)) if group[k] == n]
        f.negated = any(_negated(tok) for tok in members)
        merged.append(f)
    # "A shipment of drones arrived in Venezuela": the goods' arrival is the transfer's destination.
    for n, (tok, kind, _) in enumerate(cue_tokens):
        if kind != "transfer" or group[n] != n or tok.dep_ not in ("nsubj", "nsubjpass"):
            continue
        for m, (verb, vkind, _) in enumerate(cue_tokens):
            if vkind == "route" and verb.i == tok.head.i and frames[group[m]] in merged:
                route = frames[group[m]]
                for a in route.args:
                    if a.role in ("in", "to"):
                        frames[n].args.append(_Arg(a.ref, "to", a.list_head, a.sequential, a.hyphen_prev))
                    elif a.role == "from":
                        frames[n].args.append(a)
                merged.remove(route)
    return merged


def _origin_stated(cue: "Token") -> bool:
    """Whether the cue has an origin phrase ("from Maracaibo", "left Maracaibo") of its own."""
    for c in cue.children:
        if c.dep_ == "prep" and c.lower_ in ("from", "out"):
            return True
        if c.dep_ == "dobj" and c.pos_ == "PROPN" and _lemma_of(cue) in ORIGIN_OBJECT:
            return True
    return False


def _mention_head(doc: "Doc", start: int, end: int) -> "Token | None":
    toks = [t for t in doc if start <= t.idx < end]
    if not toks:
        return None
    ids = {t.i for t in toks}
    for t in toks:
        if t.head.i not in ids or t.head.i == t.i:
            return t
    return toks[0]


def _anchor(tok: "Token") -> tuple["Token", bool]:
    """The head of the noun phrase a mention sits in, and whether the mention only modifies it."""
    modified = False
    seen = 0
    while tok.dep_ in MODIFIER_EDGES and tok.head.i != tok.i and seen < 6:
        # A place after "of" inside a name ("the Islamic Republic of Iran") is still the place.
        tok = tok.head
        modified = True
        seen += 1
    while tok.dep_ == "conj" and tok.head.i != tok.i and tok.head.pos_ in ("PROPN", "NOUN", "ADJ"):
        tok = tok.head
    return tok, modified


def _parsed_role(arg: _Arg, anchor: "Token", modified: bool, cue_index: dict) -> str:
    if anchor.i in cue_index:
        return "mod"  # "Iranian support", "Iran's exports", "Caracas-Tehran flights"
    dep = anchor.dep_
    if any(c.dep_ == "acl" and c.tag_ == "VBG" and c.i in cue_index for c in anchor.children):
        return "subj"  # "reports of Iran transferring drones": Iran does the transferring
    if dep == "pobj":
        prep = anchor.head
        if prep.head.lower_ in FIXED_BEFORE_PREP:
            return "none"
        role = PREP_ROLES.get(prep.lower_, "none")
        if role == "in" and prep.head.dep_ == "pobj" and PREP_ROLES.get(prep.head.head.lower_) == "to":
            return "to"  # "to Hezbollah fighters in Lebanon": the recipients are in Lebanon
        if prep.lower_ == "of" and prep.head.lower_ == "out":
            role = "from"
        if role == "of" and prep.head.i not in cue_index and prep.head.dep_ in ("pobj",) and not modified:
            role = PREP_ROLES.get(prep.head.head.lower_, "of")  # "to the Republic of Cuba"
        return role
    if dep == "agent" or dep == "pobj" and anchor.head.lower_ == "by":
        return "by"
    if dep in ("nsubj", "nsubjpass", "csubj", "expl"):
        return "subjmod" if modified else "subj"
    if dep in ("dobj", "dative", "oprd", "attr"):
        return "obj" if not modified else "objmod"
    if dep == "npadvmod" or dep == "dep":
        return arg.role if arg.role != "none" else "none"
    return arg.role if arg.role not in ("poss",) else "subjmod"


def _in_subject_of(cue: "Token", verb: "Token") -> bool:
    """Whether a cue sits in the subject of ``verb`` ("Nicaragua's alliance ... alarmed Washington")."""
    tok = cue
    while tok.head.i != tok.i:
        if tok.head.i == verb.i:
            return tok.dep_ in ("nsubj", "nsubjpass", "csubj")
        tok = tok.head
    return False


def _distance(a: "Token", b: "Token", subject: bool = False) -> float:
    """Weighted tree distance between two tokens; infinite across a clause boundary.

    For a subject, a participle or infinitive modifying a noun ("cocaine shipped from...") is a
    boundary too: that clause's subject is the noun, not the sentence's subject.
    """
    if a.i == b.i:
        return 0.0
    a_path = [a] + list(a.ancestors)
    b_path = [b] + list(b.ancestors)
    b_ids = {t.i: n for n, t in enumerate(b_path)}
    lca_n = next((n for n, t in enumerate(a_path) if t.i in b_ids), None)
    if lca_n is None:
        return float("inf")
    total = 0.0
    preps = 0
    for path, upto in ((a_path, lca_n), (b_path, b_ids[a_path[lca_n].i])):
        for tok in path[:upto]:
            preps += tok.dep_ == "prep"
            if subject and preps > 1:
                return float("inf")  # "U.S. actions escalated in response to trafficking": too deep
            if tok.dep_ in CLAUSE_BOUNDARY or subject and tok.dep_ == "acl" and tok.head.i != a.i:
                return float("inf")
            if tok.dep_ in FREE_EDGES or tok.dep_ == "conj" and tok.pos_ in ("PROPN", "NOUN"):
                continue
            total += 0.5 if tok.dep_ in HALF_EDGES else 1.0
    return total


def _negated(cue: "Token") -> bool:
    """A cue is negated by "not"/"no" in its clause or by a denying verb above it."""
    def has_neg(tok: "Token") -> bool:
        if any(c.tag_ in ("JJR", "RBR") for c in tok.children):
            return False  # "relations have never been closer" affirms the tie
        return any(c.dep_ == "neg" or c.dep_ == "det" and c.lower_ == "no" for c in tok.children)

    if has_neg(cue):
        return True
    if cue.lemma_.lower() in SEVER:
        return False
    in_clause = True
    tok = cue
    while tok.head.i != tok.i:
        crossed = tok.dep_ in CLAUSE_BOUNDARY
        tok = tok.head
        in_clause = in_clause and not crossed
        lemma = tok.lemma_.lower()
        if lemma in DENY:
            return True
        if in_clause and (has_neg(tok) or (lemma in SEVER and tok.pos_ == "VERB")):
            return True
    return False


def _fronted(sentence: str, base: int, refs: list[_PlaceRef]) -> _PlaceRef | None:
    """A place named by a sentence-initial "In X," or "At X," (where the sentence's events happen)."""
    m = re.match(r"\s*(?:In|At)\s+(?:the\s+)?", sentence)
    if not m or not refs:
        return None
    first = refs[0]
    if first.start - base == m.end() and first.kind == "toponym":
        return first
    return None


# --------------------------------------------------------------------------------------------
# Step 2: relations


@dataclass(slots=True)
class _Stop:
    place_id: str
    sentence: _Sentence
    umbrella: bool = False  # a region named for the whole trip ("a visit to Latin America")


@dataclass(slots=True)
class _Trip:
    stops: list[_Stop]
    last_sentence: int
    home: str | None
    negated: bool
    parsed: bool


TRIP_WINDOW = 12  # sentences a trip stays open for a further stop without a new start
FRONTED_WINDOW = 4  # a fronted "In X," continues a trip only soon after its last event


def _contains(outer: Place, inner: Place) -> bool:
    if outer.id == inner.id:
        return True
    if outer.type == "country" and inner.type != "country" and inner.country_code == outer.country_code:
        return outer.country_code is not None
    if outer.type == "admin1" and inner.type in ("city", "admin2") and inner.country_code == outer.country_code:
        return outer.admin1 is not None and inner.admin1 == outer.admin1
    return False


def _related(a: str, b: str, places: Mapping[str, Place]) -> bool:
    """Same place, or one contains the other: never a relation ("Caracas, Venezuela")."""
    return a == b or _contains(places[a], places[b]) or _contains(places[b], places[a])


def _is_region(pid: str, places: Mapping[str, Place]) -> bool:
    return places[pid].type in ("region", "continent")


def _relations_from_frames(sentences: list[_Sentence], places: Mapping[str, Place]) -> tuple[Relation, ...]:
    out: list[tuple[tuple[int, int], Relation]] = []
    trips: list[_Trip] = []
    open_trip: _Trip | None = None
    seen: set[tuple] = set()

    def emit(kind, src, tgt, directed, sent, negated, conf, group=None, order=None, rank=0):
        if _related(src, tgt, places):
            return
        key = (kind, src, tgt, sent.index, group) if directed else (kind, frozenset((src, tgt)), sent.index)
        if key in seen:
            return
        seen.add(key)
        out.append(((sent.start, rank), Relation(
            type=kind, source=src, target=tgt, directed=directed, evidence=sent.text, start=sent.start,
            end=sent.end, group=group, order=order, negated=negated, confidence=round(conf, 2),
        )))

    for sent in sentences:
        trip_stops_here: list[tuple[str, list[str], bool, str | None]] = []
        for frame in sent.frames:
            conf = 0.9 if frame.parsed else 0.75
            if frame.kind == "tie":
                for a, b in _tie_pairs(frame, places):
                    emit("tie", a, b, False, sent, frame.negated, conf)
            elif frame.kind == "transfer":
                for a, b, c in _transfer_pairs(frame):
                    emit("transfer", a, b, True, sent, frame.negated, conf * c)
            else:
                sources, targets, sequential, home, between = _route_parts(frame)
                if frame.origin_stated and not sources:
                    home = None  # the origin was named but not resolved: do not guess it
                for a, b in between:
                    emit("route", a, b, False, sent, frame.negated, conf)
                if frame.lemmas & {"continue", "proceed"}:
                    home = None  # "then continued to La Paz": the trip began somewhere untold
                if frame.lemmas & TRIP_WORDS and (targets or sources or home):
                    trip_stops_here.append((sources[0] if sources else None, targets, frame.negated, home))
                elif sources and targets:
                    stops = [sources[0]] + targets if sequential else None
                    if stops:
                        trip_stops_here.append((sources[0], targets, frame.negated, home))
                    else:
                        for s in sources:
                            for t in targets:
                                emit("route", s, t, True, sent, frame.negated, conf)
        # Chain this sentence's trip events into the open trip, or start one.
        if open_trip is not None and sent.index - open_trip.last_sentence > TRIP_WINDOW:
            trips.append(open_trip)
            open_trip = None
        for source, targets, negated, home in trip_stops_here:
            continues = (
                open_trip is not None
                and (not open_trip.stops or open_trip.stops[-1].umbrella or source is None
                     or any(_related(source, s.place_id, places) for s in open_trip.stops[-1:]))
                and (home is None or open_trip.home is None or home == open_trip.home)  # same traveller
            )
            if not continues:
                if open_trip is not None:
                    trips.append(open_trip)
                open_trip = _Trip([], sent.index, home, negated, True)
                if source is not None:
                    _add_stop(open_trip, source, sent, places)
            elif source is not None:
                _add_stop(open_trip, source, sent, places)
            for t in targets:
                _add_stop(open_trip, t, sent, places)
            open_trip.last_sentence = sent.index
            open_trip.negated = open_trip.negated or negated
            open_trip.home = open_trip.home or home
        if (not trip_stops_here and sent.fronted is not None and open_trip is not None
                and sent.index - open_trip.last_sentence <= FRONTED_WINDOW):
            _add_stop(open_trip, sent.fronted.place_id, sent, places)
            open_trip.last_sentence = sent.index
    if open_trip is not None:
        trips.append(open_trip)

    for n, trip in enumerate(trips, start=1):
        stops = [s for s in trip.stops if not s.umbrella] or trip.stops
        if len(stops) == 1 and trip.home is not None:
            # A lone destination with a known traveller's country: the trip started there.
            emit("route", trip.home, stops[0].place_id, True, stops[0].sentence, trip.negated, 0.6, rank=1)
            continue
        legs = list(zip(stops, stops[1:]))
        grouped = len(legs) > 1
        for k, (a, b) in enumerate(legs, start=1):
            emit("route", a.place_id, b.place_id, True, b.sentence, trip.negated, 0.85 if grouped else 0.9,
                 group=f"trip{n}" if grouped else None, order=k if grouped else None, rank=1)
    out.sort(key=lambda item: item[0])
    return tuple(r for _, r in out)


def _add_stop(trip: _Trip, pid: str, sent: _Sentence, places: Mapping[str, Place]) -> None:
    """Append a stop, keeping the most specific place the article names for it."""
    if trip.stops:
        last = trip.stops[-1]
        if last.place_id == pid or _contains(places[pid], places[last.place_id]):
            return  # "From Cuba" after "In Havana": still Havana
        if _contains(places[last.place_id], places[pid]) or last.umbrella:
            # A city inside the country just named (or the first stop of a regional tour) refines it.
            trip.stops[-1] = _Stop(pid, last.sentence if not last.umbrella else sent)
            return
    trip.stops.append(_Stop(pid, sent, umbrella=_is_region(pid, places)))


def _ids(args: list[_Arg], *roles: str) -> list[str]:
    out: list[str] = []
    for a in args:
        if a.role in roles and a.ref.place_id not in out:
            out.append(a.ref.place_id)
    return out


def _hyphen_pairs(args: list[_Arg]) -> list[tuple[str, str]]:
    pairs = []
    for prev, cur in zip(args, args[1:]):
        if cur.hyphen_prev and prev.role in ("mod", "subjmod", "none", "subj", "obj") and cur.ref.place_id != prev.ref.place_id:
            pairs.append((prev.ref.place_id, cur.ref.place_id))
    return pairs


def _between_pairs(args: list[_Arg]) -> list[tuple[str, str]]:
    members: dict[int, list[str]] = {}
    for a in args:
        if a.role == "between":
            ids = members.setdefault(a.list_head, [])
            if a.ref.place_id not in ids:
                ids.append(a.ref.place_id)
    pairs = []
    for ids in members.values():
        pairs += [(x, y) for n, x in enumerate(ids) for y in ids[n + 1:]]
    return pairs


def _tie_pairs(frame: _Frame, places: Mapping[str, Place]) -> list[tuple[str, str]]:
    args = sorted(frame.args, key=lambda a: a.ref.start)
    pairs = _between_pairs(args) + _hyphen_pairs(args)
    side_a = _ids(args, "subj", "subjmod", "mod", "poss", "by")
    side_b = _ids(args, "with", "to", "of", "for", "obj", "objmod", "including")
    if side_a or not side_b:
        side_b += [p for p in _ids(args, "from") if p not in side_b]  # "Caracas finds support from Iran"
    else:
        side_a = _ids(args, "from")  # "support from Iran for Venezuela"
    if frame.lemma in ("ally", "partner", "allies"):
        side_b += [p for p in _ids(args, "in") if p not in side_b]  # "Iran's allies in Latin America"
    hyphenated = {p for pair in _hyphen_pairs(args) for p in pair}
    side_a = [p for p in side_a if p not in hyphenated]
    if side_a and side_b:
        pairs += [(a, b) for a in side_a for b in side_b]
    elif len(side_a) >= 2 and not side_b:
        # "Iranian and Venezuelan officials reiterated ties": a mutual link among coordinated parties.
        coordinated = [a for a in args if a.ref.place_id in side_a]
        if len({a.list_head for a in coordinated}) == 1:
            pairs += [(x, y) for n, x in enumerate(side_a) for y in side_a[n + 1:]]
    # Prefer the most specific partner: drop a region when the same party is tied to a place in it.
    specific = {(a, b) for a, b in pairs if not _is_region(a, places) and not _is_region(b, places)}
    kept = []
    for a, b in pairs:
        if _is_region(b, places) and any(x == a for x, _ in specific) or _is_region(a, places) and any(y == b for _, y in specific):
            continue
        if (a, b) not in kept and (b, a) not in kept:
            kept.append((a, b))
    return kept


def _transfer_pairs(frame: _Frame) -> list[tuple[str, str, float]]:
    args = sorted(frame.args, key=lambda a: a.ref.start)
    reverse = frame.lemma in REVERSE_TRANSFER
    sources = _ids(args, "from", "by")
    targets = _ids(args, "to", "for")
    subjects = _ids(args, "subj", "mod", "subjmod")
    if reverse:
        targets += [p for p in subjects if p not in targets]
    elif not sources:
        # The subject sends only when no "from" names the origin ("Panama is a transit point for
        # cocaine shipped from Colombia").
        sources += [p for p in subjects if p not in targets]
    if frame.lemmas & DESTINATION_OBJECT:
        targets += [p for p in _ids(args, "obj") if p not in targets]
    if frame.lemmas & ARRIVE_WORDS:
        targets += [p for p in _ids(args, "in") if p not in targets]
    if frame.lemmas & (RECIPIENT_OBJECT | {"sell", "give", "lend", "send"}):
        targets += [p for p in _ids(args, "obj") if p not in targets]
    if not sources:
        # "Russian oil", "a shipment of Iranian drones": a demonym on the goods gives their origin.
        sources = [a.ref.place_id for a in args
                   if a.ref.kind == "demonym" and a.role in ("objmod", "of") and a.ref.place_id not in targets]
    out = [(s, t, 1.0) for s in sources for t in targets if s not in targets or s != t]
    out += [(a, b, 0.9) for a, b in _hyphen_pairs(args)]
    return out


def _route_parts(frame: _Frame):
    """Sources, targets (in order), whether they are sequential, the traveller's home, 'between' pairs."""
    args = sorted(frame.args, key=lambda a: a.ref.start)
    lemmas = frame.lemmas or frozenset({frame.lemma})
    sources = _ids(args, "from")
    target_roles = ["to"]
    if lemmas & ARRIVE_WORDS:
        target_roles.append("in")
    if lemmas & DEPART_WORDS:
        target_roles.append("for")
    if lemmas & DESTINATION_OBJECT:
        target_roles.append("obj")
    if lemmas & ORIGIN_OBJECT:
        sources += [p for p in _ids(args, "obj") if p not in sources]
    vias = _ids(args, "via")
    targets = [p for p in _ids(args, *target_roles) if p not in sources]
    subj = _ids(args, "subj")
    if lemmas & SENDER_SUBJECT:
        if not sources:
            sources += [p for p in subj if p not in targets]  # "Venezuela deployed troops to the border"
        home = None
    else:
        home = (_ids(args, "subjmod", "subj", "mod", "by") or [None])[0]
    sequential = bool(vias) or any(a.sequential for a in args if a.ref.place_id in targets)
    hyphen = _hyphen_pairs(args)
    if hyphen and not sources and not targets:
        sources, targets = [hyphen[0][0]], [hyphen[0][1]]
    if vias:
        targets = vias + targets
    return sources, targets, sequential, home, _between_pairs(args)
