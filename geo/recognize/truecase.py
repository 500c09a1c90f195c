"""Restoring capitals to text written in one letter case (telex, cables, headlines, transcripts).

The recognizer finds names by their capitals and the small NER model reads them too, so a text in
all capitals or all lower case first gets the capitals an editor would give it. The true-caser
decides word by word, from what the project already has:

1. a run of words that names a notable place in the gazetteer (a country, first-level region,
   continent, region, sea, a town of some size, or a demonym) is written as a name ("new york" ->
   "New York"); a one-word name that is also an English word ("turkey", "central", "nice") only
   when it is a country's or continent's own name or a big city's that is no adjective;
2. a dotted abbreviation that the gazetteer lists ("u.s." -> "U.S.", "calif." -> "Calif." after a
   comma, as AP style writes states);
3. a word in no English dictionary (the model's WordNet tables, inflections included) and no stop
   word is a proper name: capitalised ("maduro" -> "Maduro"); a short all-consonant word in
   capitals stays an acronym ("FBI");
4. the first word of a sentence is capitalised; everything else is lower case.

Every change is letter for letter, so the result has the same length and offsets as the input:
the mentions found in it index the original text.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence

from spacy.lang.en.stop_words import STOP_WORDS

from geo.core import lexicon
from geo.core.places import BIG_CITY
from geo.recognize.facts import BIG_TYPES, GazetteerLike

UPPER_SHARE = 0.9
"""A text or line whose cased letters are at least this share capitals is written in capitals."""
LOWER_SHARE = 0.99
"""A text whose cased letters are at least this share lower case is written in lower case."""
MIN_LETTERS = 12
"""Fewer cased letters than this say nothing about how a line is written."""
NOTABLE_TOWN = 5_000
"""A town this big makes a run of several words a name ("red bank"); one word needs no dictionary
word to stand for it, or a city of ``BIG_CITY`` people (``geo.core.places``)."""

_CONNECTORS = lexicon.words("name_connectors")
_WORD = re.compile(r"(?:[^\W\d_]\.){2,}|[^\W\d_]+(?:['’][^\W\d_]+)*\.?")
_SENTENCE_END = re.compile(r"[.!?…:]['\"”’)\]]*\s*$|^\s*$|[\n\r]\s*$|[\"“(\[—–-]\s*$")


_CAPITALS_RUN = re.compile(r"[^\W\d_a-z]{2,}[^\S\n]+[^\W\d_a-z]{2,}[^\S\n]+[^\W\d_a-z]{2,}")
_UPPER = re.compile(r"[A-Z]")
_LOWER = re.compile(r"[a-z]")


def _cased_share(text: str) -> tuple[int, int]:
    """Capital and lower-case letters in ``text`` (counted in C for ASCII text, the usual case)."""
    if text.isascii():
        return len(_UPPER.findall(text)), len(_LOWER.findall(text))
    upper = lower = 0
    for ch in text:
        if ch.isupper():
            upper += 1
        elif ch.islower():
            lower += 1
    return upper, lower


def case_style(text: str) -> str | None:
    """ "upper" or "lower" when ``text`` is written in one letter case, else None (mixed, normal)."""
    upper, lower = _cased_share(text)
    total = upper + lower
    if total < MIN_LETTERS:
        return None
    if upper / total >= UPPER_SHARE:
        return "upper"
    if lower / total >= LOWER_SHARE:
        return "lower"
    return None


def one_case_regions(text: str) -> list[tuple[int, int]]:
    """The stretches of ``text`` written in one letter case: the whole text, or its lines in
    capitals (headlines, telex paragraphs) when the rest is mixed."""
    if case_style(text) is not None:
        return [(0, len(text))] if text else []
    if not _CAPITALS_RUN.search(text):
        return []  # no three capitalised words in a row: no line in capitals
    regions = []
    pos = 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        if len(body.split()) >= 3 and case_style(body) == "upper":
            regions.append((pos, pos + len(body)))
        pos += len(line)
    return regions


class TrueCaser:
    """Gives text in one letter case the capitals of ordinary prose; see the module docstring.

    Parameters
    ----------
    gazetteer : GazetteerLike
        Names and places (``lookup``, ``place``).
    english_words : frozenset of str
        Lower-case dictionary lemmas (nouns, verbs, adjectives, adverbs).
    english_modifiers : frozenset of str
        The dictionary's adjectives, adverbs and verbs.
    irregular : callable, optional
        Returns irregular inflections ("flew", "said"); called on first use, since most texts never
        need a true-caser and reading them costs start-up time.
    """

    def __init__(
        self,
        gazetteer: GazetteerLike,
        english_words: frozenset[str],
        english_modifiers: frozenset[str],
        irregular: Callable[[], frozenset[str]] | None = None,
    ) -> None:
        self.gazetteer = gazetteer
        self.lemmas = english_words
        self.modifiers = english_modifiers
        self._irregular = irregular
        # Answers remembered per instance (words recur across articles); bounded by the vocabulary.
        self._english: dict[str, bool] = {}
        self._places: dict[tuple[str, int], bool] = {}
        self.max_tokens = min(int(getattr(gazetteer, "max_name_tokens", 4)), 4)

    @functools.cached_property
    def words(self) -> frozenset[str]:
        """Dictionary lemmas and the irregular forms of the model's lemmatizer."""
        return self.lemmas | (self._irregular() if self._irregular is not None else frozenset())

    # -- word knowledge -----------------------------------------------------------------------
    def is_english(self, lower: str) -> bool:
        """True for a dictionary word or an inflection of one ("cities", "walked")."""
        known = self._english.get(lower)
        if known is None:
            known = (
                lower in self.words
                or lower in STOP_WORDS
                or any(lemma in self.words for lemma in regular_lemmas(lower))
            )
            self._english[lower] = known
        return known

    def names_place(self, name: str, n_words: int) -> bool:
        """True when ``name`` is worth writing as a name: see the module docstring, rule 1."""
        key = (name.lower(), n_words)
        known = self._places.get(key)
        if known is None:
            known = self._places[key] = self._names_place(name, n_words)
        return known

    def _names_place(self, name: str, n_words: int) -> bool:
        entries = self.gazetteer.lookup(name)
        if not entries:
            return False
        lower = name.lower()
        common = n_words == 1 and (self.is_english(lower) or lower in STOP_WORDS)
        for e in entries:
            if e.kind == "abbrev":
                continue
            place = self.gazetteer.place(e.place_id)
            if e.kind == "demonym":
                if not common or lower not in STOP_WORDS:
                    return True
                continue
            if common:
                # Only a place's own name as spelled ("Dallas", not "sale" for Salé).
                if e.kind != "name" or place.name.lower() != lower:
                    continue
                if place.type in ("country", "continent"):
                    return True
                if place.type == "city" and place.population >= BIG_CITY and lower not in self.modifiers:
                    return True
                continue
            if place.type in BIG_TYPES or place.population >= (NOTABLE_TOWN if n_words > 1 else 0):
                return True
        return False

    def is_abbreviation(self, word: str) -> bool:
        return any(e.kind == "abbrev" for e in self.gazetteer.lookup(word))

    # -- the text -----------------------------------------------------------------------------
    def restore(self, text: str, regions: Sequence[tuple[int, int]] | None = None) -> str:
        """``text`` with capitals restored inside ``regions`` (default: the one-case regions)."""
        if regions is None:
            regions = one_case_regions(text)
        if not regions:
            return text
        chars = list(text)
        for start, end in regions:
            self._restore_region(text, start, end, chars)
        out = "".join(chars)
        assert len(out) == len(text)
        return out

    def _restore_region(self, text: str, start: int, end: int, chars: list[str]) -> None:
        tokens = [(m.start() + start, m.end() + start) for m in _WORD.finditer(text[start:end])]
        style = case_style(text[start:end]) or "upper"
        forms: list[str | None] = [None] * len(tokens)
        i = 0
        while i < len(tokens):
            if text[tokens[i][0] : tokens[i][1]].lower() == "the":
                i += 1  # "the" opens a sentence, not a name ("the Hague" is looked up as "Hague")
                continue
            # Rule 1: the longest run of words from here that names a notable place.
            for j in range(min(len(tokens), i + self.max_tokens), i, -1):
                s, e = tokens[i][0], tokens[j - 1][1]
                if j - i > 1 and not re.fullmatch(r"[\w.'’]+(?:[ -][\w.'’]+)*", text[s:e].rstrip(".")):
                    continue  # a name runs over single spaces or hyphens, never over punctuation
                name = text[s:e]
                if "." in name.rstrip("."):
                    continue  # dotted abbreviations ("U.S.") are rule 2's
                if self.names_place(name.rstrip(".") if not _dotted(name) else name, j - i):
                    for k in range(i, j):
                        word = text[tokens[k][0] : tokens[k][1]]
                        lower = word.lower()
                        forms[k] = lower if (k > i and lower in _CONNECTORS) else _title(word)
                    i = j
                    break
            else:
                i += 1
        for k, (s, e) in enumerate(tokens):
            word = text[s:e]
            form = forms[k]
            if form is None:
                form = self._word_form(text, s, word, style)
            if _sentence_start(text, s, start):
                form = form[:1].upper() + form[1:]
            if len(form) != e - s:
                form = word  # a case mapping that changes length ("ß" -> "SS") would shift every offset
            forms[k] = form
            for offset, ch in enumerate(form):
                chars[s + offset] = ch

    def _word_form(self, text: str, start: int, word: str, style: str) -> str:
        lower = word.lower()
        if _dotted(word):
            # Rule 2: "U.S.", "D.C."; a state after "Town, " ("Springfield, Ill.").
            if self.is_abbreviation(word):
                return word.upper() if re.fullmatch(r"(?:[^\W\d_]\.)+", word) else _title(word)
            return lower
        if (
            lower.endswith(".")
            and self.is_abbreviation(word)
            and re.search(r"[^\W\d_],\s*$", text[max(0, start - 3) : start])
        ):
            return _title(word)
        bare = lower.rstrip(".")
        if self.is_english(bare) or bare in STOP_WORDS or len(bare) < 2:
            if style == "upper" and 2 <= len(bare) <= 4 and not re.search(r"[aeiouy]", bare):
                return word  # an acronym: NBC, CNN
            return lower
        if style == "upper" and 2 <= len(bare) <= 4:
            return word  # a short word in no dictionary: an acronym (NATO, ACLU)
        return _title(word)


def _dotted(word: str) -> bool:
    return bool(re.fullmatch(r"(?:[^\W\d_]\.){2,}", word))


def _title(word: str) -> str:
    """The word with a capital first letter (and after a hyphen), letter for letter."""
    out = []
    start = True
    for ch in word:
        changed = ch.upper() if start else ch.lower()
        out.append(changed if len(changed) == 1 else ch)
        start = ch in "-."
    return "".join(out)


_ABBREVIATION_BEFORE = re.compile(
    r"(?:\b(?:[^\W\d_]\.){2,}|\b(?:mr|mrs|ms|dr|st|mt|ft|gov|sen|rep|gen|lt|col|sgt|capt|jr|sr|inc|co|corp|no|vs)\.)\s+$",
    re.IGNORECASE,
)


def _sentence_start(text: str, pos: int, region_start: int) -> bool:
    if pos == region_start:
        return True
    before = text[max(region_start, pos - 4) : pos]
    if not _SENTENCE_END.search(before):
        return False
    # "U.S. officials", "Gov. Smith": the dot closes an abbreviation, not a sentence.
    return not _ABBREVIATION_BEFORE.search(text[max(region_start, pos - 12) : pos])


def regular_lemmas(word: str) -> tuple[str, ...]:
    """Candidate lemmas of ``word`` by regular English suffixes ("cities" -> "city")."""
    out = []
    for suffix, repl in (
        ("ies", "y"),
        ("es", ""),
        ("es", "e"),
        ("s", ""),
        ("ied", "y"),
        ("ed", ""),
        ("ed", "e"),
        ("ing", ""),
        ("ing", "e"),
        ("er", ""),
        ("er", "e"),
        ("est", ""),
        ("ly", ""),
        ("'s", ""),
        ("’s", ""),
    ):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            stem = word[: len(word) - len(suffix)] + repl
            out.append(stem)
            if len(stem) > 2 and stem[-1] == stem[-2] and not repl:
                out.append(stem[:-1])  # "running" -> "runn" -> "run"
    return tuple(out)
