"""Loading the spaCy model, by a configurable name.

Two pipelines come from one model package: a light one (the model's NER alone) that the
sentences naming candidate places go through, and the full one (tagger and dependency parser)
that relation extraction runs only on the few sentences that need it. Sentence boundaries come
from the rule splitter in ``geo.core.sentences``. The model name comes from the argument, else the ``GEO_SPACY_MODEL`` environment variable, else ``DEFAULT_MODEL``; any installed spaCy
English pipeline with an NER works (``en_core_web_md``, ``en_core_web_trf``...).
"""

from __future__ import annotations

import functools

from geo.core.errors import ModelError
from geo.core.words import DEFAULT_MODEL, MODEL_ENV, english_words, model_name

__all__ = ["DEFAULT_MODEL", "MODEL_ENV", "english_words", "load_ner", "load_parser", "model_name"]


_NER_ONLY_EXCLUDE = ("tagger", "parser", "attribute_ruler", "lemmatizer", "morphologizer", "senter")


def _load(name: str, exclude: tuple[str, ...]):
    import spacy

    try:
        return spacy.load(name, exclude=list(exclude))
    except OSError as exc:
        raise ModelError(
            f"spaCy model {name!r} is not installed ({exc}). Install it (pip install -r requirements.txt "
            f"installs {DEFAULT_MODEL}) or set {MODEL_ENV} to an installed model."
        ) from None


@functools.lru_cache(maxsize=4)
def load_ner(name: str | None = None):
    """The light pipeline: the model's NER (with whatever tok2vec it listens to).

    Components the NER does not need are excluded, so this is as fast as the model's NER alone.
    """
    name = model_name(name)
    nlp = _load(name, _NER_ONLY_EXCLUDE)
    if "ner" not in nlp.pipe_names:
        raise ModelError(f"spaCy model {name!r} has no 'ner' component; the geoparser needs one.")
    # The small model's NER carries its own embedding: its shared tok2vec would be wasted work.
    # Larger models' NER listens to the shared tok2vec (or transformer), which then stays.
    for shared in ("tok2vec", "transformer"):
        if shared in nlp.pipe_names and "ner" not in getattr(nlp.get_pipe(shared), "listening_components", ["ner"]):
            nlp.remove_pipe(shared)
    return nlp


@functools.lru_cache(maxsize=4)
def load_parser(name: str | None = None):
    """The full pipeline without NER, for dependency parses of single sentences."""
    name = model_name(name)
    nlp = _load(name, ("ner",))
    if "parser" not in nlp.pipe_names:
        raise ModelError(f"spaCy model {name!r} has no dependency parser; relation extraction needs one.")
    return nlp
