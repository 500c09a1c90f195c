"""Word lists kept as data: ``data/lexicons/<name>.txt``, one lower-case entry a line, ``#`` comments.

Rules name the lexicons they read; the lists themselves live in files a reviewer can read and edit
without touching code.
"""

from __future__ import annotations

import functools
import re

from geo.core.errors import GeoError
from geo.core.paths import DATA_DIR

LEXICON_DIR = DATA_DIR / "lexicons"


@functools.cache
def words(name: str) -> frozenset[str]:
    """The entries of lexicon ``name`` (lower-cased, comments and blank lines left out).

    Raises
    ------
    GeoError
        When ``data/lexicons/<name>.txt`` is missing.
    """
    return frozenset(line.lower() for line in _lines(name))


@functools.cache
def mapping(name: str) -> dict[str, str]:
    """The entries of ``data/lexicons/<name>.txt`` written ``word = value`` a line: the lower-cased
    word to its value as written (comments and blank lines left out).

    Raises
    ------
    GeoError
        When the file is missing or a line holds no ``=``.
    """
    out: dict[str, str] = {}
    for entry in _lines(name):
        key, sep, value = entry.partition("=")
        if not sep or not key.strip() or not value.strip():
            raise GeoError(f"Expected 'word = value' lines in lexicon {name!r}, instead got: {entry!r}.")
        out[key.strip().lower()] = value.strip()
    return out


def _lines(name: str) -> list[str]:
    """The entries of ``data/lexicons/<name>.txt`` as written, comments and blank lines left out."""
    path = LEXICON_DIR / f"{name}.txt"
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise GeoError(f"Expected the lexicon file {path}, instead got: {exc}.") from None
    return [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]


def ending_before(*names: str, then: str = r"\s+(?:the\s+)?") -> re.Pattern[str]:
    """A pattern for a word of lexicons ``names`` (any case, longest first) and ``then`` at the end
    of the text searched: the words right before a name ("flew to X", "the island of X")."""
    entries = sorted(set().union(*(words(n) for n in names)), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(map(re.escape, entries)) + r")" + then + "$", re.IGNORECASE)
