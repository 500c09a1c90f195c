"""Finding the spans of text that name places (toponyms) or are derived from them (demonyms).

Two sources of spans meet here, as in spaCy's EntityRuler (find matches, then apply them):

1. ``gazetteer_matches``: capitalised word runs looked up in the gazetteer, leftmost-longest;
2. the NER's entities (``Entity`` records made by the pipeline from a spaCy ``Doc``).

``find_mentions`` judges both with the ordered rule tables of ``geo.recognize.mention_rules``
(facts in ``geo.recognize.facts``): the NER keeps person and organisation names out ("Isaias Medina
III", "Fars News"), the gazetteer finds places the model misses and gives every span a lookup key.
Everything here is pure: text, entities and a gazetteer in, ``Candidate`` records out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from geo.core.records import MentionKind
from geo.recognize import mention_rules
from geo.recognize.facts import (
    COMBINING_FORMS,
    CONNECTORS,
    Document,
    Entity,
    EntityFacts,
    GazetteerLike,
    MatchFacts,
    entries_are_abbrev,
    entries_kind,
    strip_article,
    surface_entries,
)
from geo.recognize.mention_rules import Rule, check_rules, decide

__all__ = [
    "Candidate",
    "Decision",
    "Entity",
    "GazetteerLike",
    "decide_spans",
    "find_mentions",
    "gazetteer_matches",
    "leftmost_longest",
    "surface_entries",
]

# Short all-caps tokens that are far more often acronyms than places when nothing else says so.
_TOKEN = re.compile(
    r"(?:[^\W\d_]\.){2,}"  # dotted abbreviations: U.S., D.C., U.A.E.
    r"|(?:St|Ste|Mt|Ft|Pt)\.(?=\s)"  # Saint, Mount, Fort, Port before a name
    r"|[A-Z]\.(?=\s[A-Z][a-z])"  # a middle initial inside a name: "John F. Kennedy International Airport"
    r"|[^\W\d_](?:\w|['’](?=[^\W\d_]))*"  # words, with inner apostrophes (O'Hare)
)
_POSSESSIVE = re.compile(r"['’]s?$")
# A hyphen (or dash) right after a word, before a capitalised one: "Sino-Russian", "Indo–Pak".
_HYPHEN_NAME = re.compile(r"[-\u2010-\u2013][A-Z]")
_NAME_AFTER = re.compile(r" [A-Z]")


@dataclass(frozen=True, slots=True)
class Candidate:
    """A span proposed as a place mention, before resolution.

    ``key`` is the gazetteer lookup text (``"Texas"`` for the span ``"South Texas"``), or ``None``
    when only the NER vouches for the span and the gazetteer has no such name.
    """

    start: int
    end: int
    text: str
    kind: MentionKind
    key: str | None
    source: str  # "ner", "gazetteer" or "ner+gazetteer"
    rule: str = ""


@dataclass(frozen=True, slots=True)
class _Token:
    start: int
    end: int
    text: str


def _tokens(text: str) -> list[_Token]:
    """The words a capitalised run may hold: capitalised ones and connectors (another word between
    two of them leaves a gap that ends the run, as the word itself would)."""
    tokens = []
    for m in _TOKEN.finditer(text):
        word = m.group()
        if not word[:1].isupper() and word.lower() not in CONNECTORS and word[-1:] not in "'’s":
            continue
        end = m.end()
        # "Iran's" -> "Iran": the possessive is not part of the name.
        poss = _POSSESSIVE.search(word)
        if poss and poss.start() > 0 and not word.endswith("'s'"):
            end -= len(poss.group())
            word = word[: len(word) - len(poss.group())]
        if word[:1].isupper() or word.lower() in CONNECTORS:
            tokens.append(_Token(m.start(), end, word))
    return tokens


def _is_capitalised(word: str) -> bool:
    return word[:1].isupper()


def _capitalised_runs(text: str, tokens: list[_Token]) -> list[list[_Token]]:
    """Runs of capitalised tokens, joined by single spaces or connector words."""
    runs: list[list[_Token]] = []
    current: list[_Token] = []
    for tok in tokens:
        if current:
            gap = text[current[-1].end : tok.start]
            # "Winston-Salem" is one name, "Caracas–Tehran" two; a possessive may sit inside a name
            # ("Cox's Bazar", "Martha's Vineyard": the lookup decides, "Iran's Bandar Abbas" is two)
            joined = gap in (" ", "-", "'s ", "’s ")
            if not joined or not (_is_capitalised(tok.text) or tok.text.lower() in CONNECTORS):
                runs.append(current)
                current = []
        if not current and not _is_capitalised(tok.text):
            continue
        current.append(tok)
    if current:
        runs.append(current)
    # A run never ends on a connector ("Bank of the" -> "Bank").
    trimmed = []
    for run in runs:
        while run and run[-1].text.lower() in CONNECTORS and not _is_capitalised(run[-1].text):
            run = run[:-1]
        if run:
            trimmed.append(run)
    return trimmed


def with_possessive_name(text: str, start: int, end: int, gazetteer: GazetteerLike) -> int:
    """The end of a name of two words or more whose closing possessive is part of it, as the gazetteer
    spells it ("flew to St. John's"); else ``end`` ("Iran's", "New York's": the possessive is not the
    name's)."""
    tail = text[end : end + 2]
    if tail not in ("'s", "’s") or (end + 2 < len(text) and text[end + 2].isalnum()):
        return end
    if " " not in text[start:end] or _NAME_AFTER.match(text, end + 2) or not gazetteer.lookup(text[start : end + 2]):
        return end  # (nor a saint's name opening another: "St. Paul's Hospital", "St. Mary's High School")
    return end + 2


def gazetteer_matches(text: str, gazetteer: GazetteerLike) -> list[tuple[int, int, str]]:
    """Leftmost-longest gazetteer names among the capitalised runs of ``text``.

    Returns ``(start, end, span_text)`` for every match; windows never start or end on a
    lower-case connector. The one overlap rule: at each position the longest name wins, and
    matching resumes after it (as spaCy's EntityRuler does).
    """
    matches = []
    limit = max(1, min(int(getattr(gazetteer, "max_name_tokens", 6)), 8))
    for run in _capitalised_runs(text, _tokens(text)):
        i = 0
        while i < len(run):
            # "The" opens sentences, not names: the lookup key drops it anyway ("The Hague" -> "Hague").
            if not _is_capitalised(run[i].text) or run[i].text.lower() == "the":
                i += 1
                continue
            found = None
            for j in range(min(len(run), i + limit), i, -1):
                last = run[j - 1]
                if not _is_capitalised(last.text) and not last.text.isupper():
                    continue
                # (the whole name when the gazetteer spells it with its closing possessive: "St. John's")
                end = with_possessive_name(text, run[i].start, last.end, gazetteer)
                span = text[run[i].start : end]
                if end != last.end or gazetteer.lookup(span):
                    found = (run[i].start, end, span)
                    break
            tok = run[i]
            if (found is None or found[1] == tok.end) and _combining_form(text, tok):
                # "Sino-Russian": a country's combining form hyphened to a name ("Franco" is also a town)
                found = (tok.start, tok.end, tok.text)
            if found:
                start, end, span = found
                if (
                    text[end : end + 1] == "."
                    and text[max(0, start - 2) : start] == ", "
                    and " " not in span
                    and entries_are_abbrev(gazetteer.lookup(span))
                ):
                    # "Fresno, Calif., spread": an abbreviation after a town's name is written with
                    # its full stop (not "Rev." or "Del." before a name, nor "EST." after a time).
                    found = (start, end + 1, span + ".")
                matches.append(found)
                # resume after the match
                while i < len(run) and run[i].start < found[1]:
                    i += 1
            else:
                i += 1
    return matches


def _combining_form(text: str, tok: _Token) -> bool:
    """A country's combining form ("Sino", "Franco", "Indo") written before a hyphen and a name; the
    mention rules judge whether that name is a country's ("Sino-Russian", not "Indo-Pacific")."""
    return tok.text[:1].isupper() and tok.text.lower() in COMBINING_FORMS and bool(_HYPHEN_NAME.match(text, tok.end))


@dataclass(frozen=True, slots=True)
class Decision:
    """What a rule decided about a span: ``accept`` (a ``Candidate`` follows) or ``reject``."""

    start: int
    end: int
    text: str
    action: str
    rule: str
    stage: str  # "match" or "entity"


check_rules(mention_rules.MATCH_RULES, MatchFacts)
check_rules(mention_rules.ENTITY_RULES, EntityFacts)

_NO_RULE = Rule("no-rule", "reject", (), why="no rule vouches for the span")


def decide_spans(
    text: str,
    entities: Iterable[Entity],
    gazetteer: GazetteerLike,
    junk: Sequence[tuple[int, int]] = (),
    english_words: frozenset[str] = frozenset(),
    matches: list[tuple[int, int, str]] | None = None,
    english_modifiers: frozenset[str] = frozenset(),
    match_rules: tuple[Rule, ...] | None = None,
    entity_rules: tuple[Rule, ...] | None = None,
) -> tuple[list[Candidate], list[Decision]]:
    """Every span the gazetteer or the NER proposes, judged by the rule tables.

    Returns the accepted candidates (before overlaps are resolved) and one ``Decision`` per span
    judged, accepted or not, with the rule that decided (``geo parse --explain`` prints them).
    ``match_rules`` and ``entity_rules`` default to the project's tables, read when called (so the
    table-mutation check can swap them); tests pass altered ones.
    """
    match_rules = mention_rules.MATCH_RULES if match_rules is None else match_rules
    entity_rules = mention_rules.ENTITY_RULES if entity_rules is None else entity_rules
    if matches is None:
        matches = gazetteer_matches(text, gazetteer)
    doc = Document(text, list(entities), gazetteer, junk, english_words, english_modifiers, matches)
    proposals: list[Candidate] = []
    decisions: list[Decision] = []

    def accept(start: int, end: int, span: str, kind: MentionKind, key: str | None, source: str, rule: Rule) -> None:
        proposals.append(Candidate(start, end, span, kind, key, source, rule.name))
        doc.last_end = end
        doc.accepted.add((start, end))

    for start, end, span in matches:
        facts = MatchFacts(doc, start, end, span)
        rule = decide(match_rules, facts) or _NO_RULE
        decisions.append(Decision(start, end, span, rule.action, rule.name, "match"))
        if rule.action == "accept":
            source = "ner+gazetteer" if facts.ner_exact else "gazetteer"
            accept(start, end, span, facts.kind, facts.key, source, rule)

    for ent in doc.entities:
        start, end = strip_article(text, ent.start, ent.end)
        end = with_possessive_name(text, start, end, gazetteer)
        efacts = EntityFacts(doc, ent, start, end)
        rule = decide(entity_rules, efacts) or _NO_RULE
        if rule.name != "not-a-place-entity":
            decisions.append(Decision(start, end, efacts.span, rule.action, rule.name, "entity"))
        if rule.action != "accept":
            continue
        if efacts.has_entries:
            kind: MentionKind = "demonym" if efacts.group_label else entries_kind(efacts.entries)
            accept(start, end, efacts.span, kind, efacts.span, "ner+gazetteer", rule)
        elif efacts.has_inner_place:
            accept(start, end, efacts.span, "toponym", efacts.inner_key, "ner+gazetteer", rule)
        else:
            accept(start, end, efacts.span, "toponym", None, "ner", rule)
    return proposals, decisions


def find_mentions(
    text: str,
    entities: Iterable[Entity],
    gazetteer: GazetteerLike,
    junk: Sequence[tuple[int, int]] = (),
    english_words: frozenset[str] = frozenset(),
    matches: list[tuple[int, int, str]] | None = None,
    english_modifiers: frozenset[str] = frozenset(),
) -> tuple[Candidate, ...]:
    """Place and demonym spans of ``text``, from the NER's entities and the gazetteer together.

    Parameters
    ----------
    text : str
        Article text; every candidate satisfies ``text[c.start:c.end] == c.text``.
    entities : iterable of Entity
        The NER's entities over ``text``.
    gazetteer : GazetteerLike
        Name index (``lookup``) and places (``place``).
    junk : sequence of (int, int)
        Regions where nothing is looked for.
    english_words : frozenset of str
        Lower-case dictionary words; a small town spelled like one ("Mobile") needs the NER's vote.
    matches : list of (int, int, str), optional
        ``gazetteer_matches(text, gazetteer)`` when the caller already has them.
    english_modifiers : frozenset of str
        The dictionary's adjectives, adverbs and verbs ("mobile", "nice", "split"): a city of
        100,000 people spelled like one still needs the NER's vote; one spelled like a noun of the
        dictionary (which lists "columbus", "dallas" too) does not.

    Returns
    -------
    tuple of Candidate
        Sorted by offset, non-overlapping (leftmost-longest), each with the rule that accepted it.
    """
    proposals, _ = decide_spans(text, entities, gazetteer, junk, english_words, matches, english_modifiers)
    return leftmost_longest(proposals)


def leftmost_longest(cands: list[Candidate]) -> tuple[Candidate, ...]:
    """Resolve overlaps: the leftmost span wins, and among those starting together the longest."""
    out: list[Candidate] = []
    for c in sorted(cands, key=lambda c: (c.start, -(c.end - c.start))):
        if out and c.start < out[-1].end:
            continue
        out.append(c)
    return tuple(out)
