"""Routes, transfers, ties and conflicts an article draws between the places it names.

The steps, as in spaCy's EntityRuler (find matches, then apply them):

1. **Gate** (:func:`needs_parse`): only a sentence with two unrelated places (a demonym counts) and a
   cue word, or one place and a movement word (a later stop of a trip), is parsed; the dependency
   parse costs more than the rest of the geoparser on a news sentence.
2. **Match** (:mod:`geo.relations.match`): each cue word of a parsed sentence becomes an event whose
   roles the frame table fills with the sentence's places.
3. **Apply** (:mod:`geo.relations.apply`, :mod:`geo.relations.rules`): the ordered, named rules turn
   each event into relations; trips of one traveller are chained across sentences into ordered legs
   (:mod:`geo.relations.itinerary`).

The words are data: ``data/relations/cues.tsv`` (cue lemmas with their CAMEO class and frame),
``frames.tsv``, and the word lists beside them (:mod:`geo.relations.lexicon`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from geo.core.records import Mention, Place, Relation
from geo.core.regions import Regions
from geo.relations.apply import Candidate, apply_rules, confidence
from geo.relations.itinerary import TRIP_WINDOW, TripStep, chain_trips, contains
from geo.relations.lexicon import lexicon
from geo.relations.match import Event, PlaceRef, match_sentence, setting_of
from geo.relations.reparse import hinted, unhinted, verb_hint
from geo.relations.rules import TRIP_FRAMES

if TYPE_CHECKING:  # spaCy is only needed by callers that pass a parse function
    from spacy.tokens import Doc

__all__ = ["extract_relations", "needs_parse", "sentences_to_parse"]

WORD_RE = re.compile(r"[A-Za-z\u00C0-\u024F]+(?:['\u2019][A-Za-z]+)?")
HYPHENED_RE = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)+")
# A dateline opening a sentence: a place in capitals, its state or country, an agency in brackets,
# then a dash ("NEWARK, N.J. (AP) -", "BEIRUT —", "OTTAWA –").
_UPPER = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper())  # ("BOGOTÁ", "ŁÓDŹ")
DATELINE_RE = re.compile(
    rf"\s*[{_UPPER}][{_UPPER}'’. -]*[{_UPPER}.](?:,\s+[{_UPPER}][\w.'’]*(?:\s+[{_UPPER}][\w.'’]*){{0,2}})?"
    r"\s*(?:\([^)]{1,40}\)\s*)?(?:--|[-—–])\s+"
)
# "Anti-American countries" names the US as what they oppose: never an end of a link.
ANTI_RE = re.compile(r"\banti[-\u2010\u2011]$", re.I)


def needs_parse(sentence: str, n_places: int) -> bool:
    """Whether a sentence is worth a dependency parse.

    Parameters
    ----------
    sentence : str
        The sentence text.
    n_places : int
        Number of distinct places mentioned in it (outside junk) that none of the others contains.

    Returns
    -------
    bool
        True for two or more places and a cue word of any type, or one place and a movement word
        (which may add a stop to a trip an earlier sentence began).
    """
    return _cued(_words(sentence), n_places)


def _words(sentence: str) -> set[str]:
    """The sentence's words, lower-cased, and its hyphened words whole ("anti-subsidy")."""
    words = {w.lower() for w in WORD_RE.findall(sentence)}
    if "-" in sentence:
        words |= {w.lower() for w in HYPHENED_RE.findall(sentence)}
    return words


def _cued(words: set[str], n_places: int) -> bool:
    """``needs_parse`` on a sentence's lower-case words."""
    return n_places > 0 and lexicon().cued(words, trips_only=n_places < 2)


def extract_relations(
    text: str,
    sentences: tuple[tuple[int, int], ...],
    mentions: tuple[Mention, ...],
    places: Mapping[str, Place],
    parse: Callable[[str], Doc] | None,
    junk: tuple[tuple[int, int], ...] = (),
    parse_batch: Callable[[list[str]], list[Doc]] | None = None,
) -> tuple[Relation, ...]:
    """Find the routes, transfers, ties and conflicts an article states between the places it mentions.

    Parameters
    ----------
    text : str
        The article text the offsets index.
    sentences : tuple of (int, int)
        Sentence offsets into ``text``, in order.
    mentions : tuple of Mention
        Resolved mentions; those without a ``place_id`` or whose place is not in ``places`` are ignored.
    places : Mapping[str, Place]
        Place id to place, used for containment (Caracas lies in Venezuela) and regions.
    parse : callable or None
        Parses one sentence's text into a spaCy ``Doc`` with a dependency parse. Called only for
        sentences that need it (see :func:`needs_parse`). Relations are read from parses: with neither
        ``parse`` nor ``parse_batch`` there are none.
    junk : tuple of (int, int)
        Page-junk regions; mentions and sentences inside them are ignored.
    parse_batch : callable, optional
        Parses a list of sentences at once (spaCy's ``nlp.pipe``: faster than one call each);
        used instead of ``parse`` when given.

    Returns
    -------
    tuple of Relation
        In text order of their evidence, each naming its rule (:mod:`geo.relations.rules`). Routes and
        transfers are directed unless stated "between" two places; ties are not; conflicts are
        directed when the text says who acts on whom. Legs of one trip share a ``group`` and carry
        their ``order``. No self-loops, and no relation between a place and one that contains it.
    """
    if parse is None and parse_batch is None:
        return ()
    staged = _stage(text, sentences, mentions, places, junk)
    wanted = _wanted(text, staged, places)
    if parse_batch is not None and wanted:
        docs = dict(zip(wanted, parse_batch(wanted), strict=True))
    else:
        docs = {sentence: parse(sentence) for sentence in wanted} if parse is not None else {}
    _read_again(docs, parse, parse_batch)

    found: list[tuple[tuple[int, int], Relation]] = []
    seen: set[tuple] = set()
    steps_by_sentence: list[list[TripStep]] = []
    settings: list[str | None] = []
    spans: list[tuple[int, int]] = []
    attacked: set[tuple[int, str, str]] = set()  # (sentence start, actor, target) of attacks

    def emit(
        c: Candidate, s_start: int, s_end: int, rank: int, group: str | None = None, order: int | None = None
    ) -> None:
        key = (
            (c.type, c.source, c.target, s_start, group)
            if c.directed
            else (c.type, frozenset((c.source, c.target)), s_start)
        )
        if key in seen:
            return
        seen.add(key)
        found.append(
            (
                (s_start, rank),
                Relation(
                    type=c.type,
                    source=c.source,
                    target=c.target,
                    directed=c.directed,
                    evidence=text[s_start:s_end],
                    start=s_start,
                    end=s_end,
                    group=group,
                    order=order,
                    negated=c.negated,
                    hedged=c.hedged and not c.negated,
                    confidence=confidence(c.rule),
                    rule=c.rule,
                ),
            )
        )

    for index, (s_start, s_end, refs) in enumerate(staged):
        sentence = text[s_start:s_end]
        setting = setting_of(sentence, s_start, refs)
        doc = docs.get(sentence)
        events = match_sentence(sentence, s_start, refs, doc, places, setting) if doc is not None and refs else []
        steps: list[TripStep] = []
        gone_on_from: TripStep | None = None
        for n, event in enumerate(events):
            fan = (
                _independent_places(set(event.ids("destination")), places) > 1  # ("to Allen, Texas": one)
                or len(event.ids("origin")) > 1
                or sum(a.slot.startswith("subj") for a in event.roles.get("home", ())) > 1
            ) and not event.sequential
            # (a move of another frame is a trip's first step when the sentence then tells a later one:
            # "Evacuated from Khartoum to Port Sudan, they then sailed to Jeddah")
            followed = any(e.then and e.type == "route" and e.frame in TRIP_FRAMES for e in events[n + 1 :])
            if event.type == "route" and (event.frame in TRIP_FRAMES or event.sequential or followed) and not fan:
                # (Several destinations not told in order, "a tour of Venezuela, Nicaragua and Cuba",
                # several origins, "people travelling to Leeds from York and Hull", or travellers of
                # several homes, "Iranian and Syrian officials flew to Moscow" (homes of the subject
                # only: not "after a long Atlantic crossing"), are parallel: each pair is linked by
                # the rules below. Stops told in order, "deported him to Damascus, and later to
                # Aleppo", are a trip whatever the verb.)
                step = _trip_step(index, event, after_step=bool(steps))
                if step is not None:
                    steps.append(step)
                # (Undirected links are no trip: "between X and Y", "the Dover-Calais crossing".)
                undirected = [c for c in apply_rules(event, places) if c.rule in ("route.between", "route.pair")]
                for c in undirected:
                    emit(c, s_start, s_end, 0)
                continue
            for c in apply_rules(event, places):
                group = f"s{index}e{n}c{c.leg[0]}" if c.leg else None
                emit(c, s_start, s_end, 0, group, c.leg[1] if c.leg else None)
                if c.type == "conflict" and event.frame == "attack" and c.directed:
                    attacked.add((s_start, c.source, c.target))
            destinations = event.ids("destination")
            if event.type == "route" and event.frame in TRIP_FRAMES and len(destinations) == 1:
                # Travellers of several places who reach one: where a later step of theirs goes on
                # from ("Migrants from Venezuela and Haiti crossed into Panama, many of them hoping
                # to continue to the United States"; only a step after it in the sentence goes on)
                gone_on_from = TripStep(
                    index, None, "route.origin-destination", (destinations[0],), None, event.negated, event.hedged
                )
                steps.append(gone_on_from)
        while steps and steps[-1] is gone_on_from:
            steps.pop()  # (a stop told only to be gone on from, with nothing after it)
        steps_by_sentence.append(steps)
        settings.append(setting.place_id if setting is not None else None)
        spans.append((s_start, s_end))

    for leg in chain_trips(steps_by_sentence, settings, places):
        s_start, s_end = spans[leg.sentence]
        c = Candidate("route", leg.source, leg.target, True, leg.rule, leg.negated, leg.hedged)
        emit(c, s_start, s_end, 1, f"trip{leg.group}" if leg.group is not None else None, leg.order)
    found.sort(key=lambda item: item[0])
    # "Chinese troops staged an incursion into Ladakh", "soldiers crossed into South Korea, the third
    # such incursion": forces that go where they attack make the attack, no trip of their own
    kept = [r for _, r in found if not (r.type == "route" and (r.start, r.source, r.target) in attacked)]
    # a leg of a trip told in order stands for the same move told alone in its sentence ("Evacuated by bus
    # from Kharkiv to Dnipro, the orphans were then taken by train to Lviv": one move to Dnipro, the trip's first leg)
    legs = {(r.type, r.source, r.target, r.start) for r in kept if r.group is not None}
    kept = [r for r in kept if r.group is not None or (r.type, r.source, r.target, r.start) not in legs]
    return tuple(_without_capital_doubles(kept, places))


def _without_capital_doubles(relations: list[Relation], places: Mapping[str, Place]) -> list[Relation]:
    """A tie or conflict with a capital that doubles one the same sentence draws with the capital's
    country, the other end the same (and in the same place, when directed), drops: "imposed a blockade
    on Qatar, accusing Doha of supporting terrorism" is one conflict with Qatar (the capital stands for
    the government), not a second one with Doha."""
    political = [r for r in relations if r.type in ("tie", "conflict")]
    ends = {(r.start, r.type, r.source, r.target) for r in political}
    ends |= {(r.start, r.type, r.target, r.source) for r in political if not r.directed}
    countries: dict[str | None, list[str]] = {}
    for pid, place in places.items():
        if place.type == "country":
            countries.setdefault(place.country_code, []).append(pid)

    def doubled(r: Relation) -> bool:
        source, target = places[r.source], places[r.target]
        return (
            source.feature_code == "PPLC"
            and any((r.start, r.type, c, r.target) in ends for c in countries.get(source.country_code, ()))
        ) or (
            target.feature_code == "PPLC"
            and any((r.start, r.type, r.source, c) in ends for c in countries.get(target.country_code, ()))
        )

    return [r for r in relations if r.type not in ("tie", "conflict") or not doubled(r)]


def _stage(
    text: str,
    sentences: tuple[tuple[int, int], ...],
    mentions: tuple[Mention, ...],
    places: Mapping[str, Place],
    junk: tuple[tuple[int, int], ...],
) -> list[tuple[int, int, list[PlaceRef]]]:
    """Each sentence trimmed of white space and junk, with the places it names (leftmost-longest)."""
    regions = Regions(junk)
    usable = sorted(
        (
            m
            for m in mentions
            if m.place_id is not None
            and m.place_id in places
            and not regions.overlaps(m.start, m.end)
            and not ANTI_RE.search(text, max(0, m.start - 5), m.start)
        ),
        key=lambda m: (m.start, -m.end),
    )
    staged: list[tuple[int, int, list[PlaceRef]]] = []
    cursor = 0
    for span in sentences:
        s_start, s_end = _trim(text, span, regions)
        if s_end <= s_start:
            continue
        dateline = DATELINE_RE.match(text, s_start, s_end)
        if dateline is not None and dateline.end() < s_end:
            # "NEWARK, N.J. (AP) -": where the story was filed, no party to it (and no subject)
            s_start = dateline.end()
        refs: list[PlaceRef] = []
        while cursor < len(usable) and usable[cursor].start < s_start:
            cursor += 1
        j = cursor
        while j < len(usable) and usable[j].start < s_end:
            m = usable[j]
            if m.end <= s_end and not (refs and m.start < refs[-1].end):  # leftmost-longest wins
                refs.append(PlaceRef(m.place_id or "", m.start, m.end, m.kind))  # usable ones have a place
            j += 1
        staged.append((s_start, s_end, refs))
    return staged


def _wanted(text: str, staged: list[tuple[int, int, list[PlaceRef]]], places: Mapping[str, Place]) -> list[str]:
    """The sentences worth a parse (``needs_parse``). A sentence of one place is parsed only as a
    possible stop of a trip: when another sentence within ``TRIP_WINDOW`` names a place with a
    movement word, or opens on a fronted "In X," (a trip needs two stops, so a lone one is no leg)."""
    lex = lexicon()
    counts = [_independent_places({r.place_id for r in refs}, places) if refs else 0 for _, _, refs in staged]
    words = [_words(text[s:e]) if n > 0 else set() for (s, e, _), n in zip(staged, counts, strict=True)]
    stops = [
        n > 0 and (lex.cued(ws, trips_only=True) or setting_of(text[s:e], s, refs) is not None)
        for (s, e, refs), n, ws in zip(staged, counts, words, strict=True)
    ]
    out = []
    for k, ((s, e, _), n) in enumerate(zip(staged, counts, strict=True)):
        if not _cued(words[k], n):
            continue
        if n == 1 and not any(stops[max(0, k - TRIP_WINDOW) : k]) and not any(stops[k + 1 : k + 1 + TRIP_WINDOW]):
            continue
        out.append(text[s:e])
    return out


def _read_again(
    docs: dict[str, Doc], parse: Callable[[str], Doc] | None, parse_batch: Callable[[list[str]], list[Doc]] | None
) -> None:
    """Parse again, with a hint, the sentences whose cue verb the model read as a noun ("A factory in
    Ohio ships parts to Mexico"), keeping the second reading where it makes the word a verb:
    :mod:`geo.relations.reparse`."""
    lex = lexicon()
    hints = {s: i for s, doc in docs.items() if (i := verb_hint(doc, lex)) is not None}
    if not hints:
        return
    texts = [hinted(docs[s], i) for s, i in hints.items()]
    if parse_batch is not None:
        seconds = parse_batch(texts)
    else:
        assert parse is not None  # (a doc came from one of the two)
        seconds = [parse(t) for t in texts]
    for (sentence, i), second in zip(hints.items(), seconds, strict=True):
        again = unhinted(docs[sentence], second, i)
        if again is not None:
            docs[sentence] = again


def sentences_to_parse(
    text: str,
    sentences: tuple[tuple[int, int], ...],
    mentions: tuple[Mention, ...],
    places: Mapping[str, Place],
    junk: tuple[tuple[int, int], ...] = (),
) -> list[str]:
    """The sentences :func:`extract_relations` will ask to have parsed, with the same arguments: a
    caller that parses many articles can parse all their sentences in one batch (spaCy's
    ``nlp.pipe`` is faster on a few hundred sentences at once than on two or three)."""
    return _wanted(text, _stage(text, sentences, mentions, places, junk), places)


def _trip_step(index: int, event: Event, after_step: bool = False) -> TripStep | None:
    """A trip event as the stops it adds: its origin (or setting), its destinations, its traveller.

    Arriving, visiting, returning and withdrawing without a stated destination end in the sentence's
    setting, or (but a visit) at home (the rules ``route.origin-setting``, ``route.home-setting``
    and ``route.origin-home``).
    """
    origins = event.ids("origin")
    # (a stop told in order may be the next leg's "from": "cycled from Lisbon to Istanbul, then from
    # Istanbul to Tbilisi" stops at Istanbul on the way)
    told_in_order = any(a.sequential for a in event.roles.get("destination", ()))
    destinations = [t for t in event.ids("destination") if t not in origins or (told_in_order and t in origins[1:])]
    targets = event.ids("via") + destinations
    homes = event.ids("home")
    settings = event.ids("setting")
    home = homes[0] if homes else None
    target_rule = "route.origin-destination"
    if not destinations and event.frame in ("arrive", "return", "withdraw", "visit"):
        if settings and origins:
            targets, target_rule = targets + settings[:1], "route.origin-setting"
        elif settings and home and event.frame in ("arrive", "visit"):
            # "In Lima, the visiting Chilean president said ...": the visitor is where the sentence is
            targets, target_rule = settings[:1], "route.home-setting"
        elif origins and home and event.frame != "visit":
            targets, target_rule, home = [home], "route.origin-home", None
        settings = []
    if origins:
        source, rule = origins[0], "route.origin-destination"
    elif settings and targets:
        source, rule = settings[0], "route.setting-destination"
    else:
        source, rule = None, "route.origin-destination"
    if not (targets or source or home):
        return None
    # (a subject borrowed from the clause the cue hangs on is the traveller of that clause's trip, when
    # the sentence told one before: "fled Geneina and crossed into Chad")
    may_continue = (
        event.subject in ("none", "pronoun")
        or (event.subject == "clause" and after_step)
        or event.then
        or event.sequential
    )
    return TripStep(index, source, rule, tuple(targets), home, event.negated, event.hedged, target_rule, may_continue)


def _independent_places(ids: set[str], places: Mapping[str, Place]) -> int:
    """The most specific places of a sentence, those that contain none of the others:
    "Springfield, Illinois" is one, "Wintersville, Ohio ... moved to Arlington" two."""
    return sum(1 for a in ids if not any(b != a and contains(places[a], places[b]) for b in ids))


def _trim(text: str, span: tuple[int, int], junk: Regions) -> tuple[int, int]:
    """A sentence span without surrounding whitespace and junk ("(Image source: ...) In Havana, ...")."""
    start, end = span
    changed = True
    while changed and start < end:
        changed = False
        while start < end and text[start].isspace():
            start += 1
        while start < end and text[end - 1].isspace():
            end -= 1
        head = junk.containing(start) if start < end else None
        if head is not None:
            start, changed = min(head[1], end), True
        tail = junk.containing(end - 1) if start < end else None
        if tail is not None:
            end, changed = max(tail[0], start), True
    return start, end
