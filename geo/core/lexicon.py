"""Word lists kept as data: ``data/lexicons/<name>.txt``, one lower-case entry a line, ``#`` comments.

Rules name the lexicons they read; the lists themselves live in files a reviewer can read and edit
without touching code.
"""

from __future__ import annotations

import functools

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
    path = LEXICON_DIR / f"{name}.txt"
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise GeoError(f"Expected the lexicon file {path}, instead got: {exc}.") from None
    return frozenset(line.strip().lower() for line in lines if line.strip() and not line.lstrip().startswith("#"))
