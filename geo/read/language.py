"""Which language an article is written in, detected offline (py3langid bundles its model)."""

from __future__ import annotations

import functools

ENGLISH = "en"

MIN_LETTERS = 40
"""Below this many letters a text is too short to tell its language; it is assumed to be English."""

MIN_CONFIDENCE = 0.9
"""A text counts as non-English only when the detector is at least this sure: news in English full of
foreign names must not be thrown out of the map on a guess."""


@functools.lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str, limit: int = 4000) -> tuple[str | None, float]:
    """The ISO 639-1 code of the language of ``text`` and the detector's probability.

    Only the first ``limit`` characters are read (enough for a confident answer, and bounded cost).
    A text with fewer than ``MIN_LETTERS`` letters gives ``(None, 0.0)``: unknown.
    """
    head = text[:limit]
    if sum(ch.isalpha() for ch in head) < MIN_LETTERS:
        return None, 0.0
    code, prob = _identifier().classify(head)
    return str(code), float(prob)


def is_foreign(language: str | None, confidence: float) -> bool:
    """True when an article is confidently not English: it is kept but not geoparsed."""
    return language is not None and language != ENGLISH and confidence >= MIN_CONFIDENCE
