"""Which language an article is written in, detected offline (py3langid bundles its model)."""

from __future__ import annotations

import functools
import re

from geo.core.lexicon import words

ENGLISH = "en"

MIN_LETTERS = 40
"""Below this many letters a text is too short to tell its language; it is assumed to be English."""

MIN_CONFIDENCE = 0.9
"""A text counts as non-English only when the detector is at least this sure: news in English full of
foreign names must not be thrown out of the map on a guess."""


ENGLISH_SHARE = 0.10
"""A text whose words are at least this share English function words (``data/lexicons/
english_markers.txt``: "the", "and", "of", "which"...) is English without asking the detector. English
news runs 15-25 %; the example sentences spaCy ships for 22 other languages run 0-2 % (German's
"was"/"will" are left out of the list for that reason)."""

MIN_WORDS = 40
"""The share is trusted only over at least this many words."""

_WORD = re.compile(r"[^\W\d_]+")


@functools.lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str, limit: int = 4000) -> tuple[str | None, float]:
    """The ISO 639-1 code of the language of ``text`` and the detector's probability.

    Only the first ``limit`` characters are read (enough for a confident answer, and bounded cost).
    A text with fewer than ``MIN_LETTERS`` letters gives ``(None, 0.0)``: unknown. A text full of
    English function words (``ENGLISH_SHARE``) is English with confidence 1.0 at once: the detector
    (half a second to load, a millisecond an article) is asked only about the others.
    """
    head = text[:limit]
    found = _WORD.findall(head)
    if sum(map(len, found)) < MIN_LETTERS:
        return None, 0.0
    markers = words("english_markers")
    if len(found) >= MIN_WORDS and sum(1 for w in found if w.lower() in markers) >= ENGLISH_SHARE * len(found):
        return ENGLISH, 1.0
    code, prob = _identifier().classify(head)
    return str(code), float(prob)


def is_foreign(language: str | None, confidence: float) -> bool:
    """True when an article is confidently not English: it is kept but not geoparsed."""
    return language is not None and language != ENGLISH and confidence >= MIN_CONFIDENCE
