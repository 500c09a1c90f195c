"""Loading the spaCy model, by a configurable name.

Two pipelines come from one model package: a light one (the model's NER alone) that the
sentences naming candidate places go through, and the full one (tagger and dependency parser)
that relation extraction runs only on the few sentences that need it (its attribute ruler and
lemmatizer answered from memos, :mod:`geo.recognize.memo`). Sentence boundaries come
from the rule splitter in ``geo.core.sentences``. The model name comes from the argument, else the ``GEO_SPACY_MODEL`` environment variable, else ``DEFAULT_MODEL``; any installed spaCy
English pipeline with an NER works (``en_core_web_md``, ``en_core_web_trf``...).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from geo.core import lexicon
from geo.core.errors import ModelError
from geo.core.words import DEFAULT_MODEL, MODEL_ENV, english_words, model_name

__all__ = [
    "DEFAULT_MODEL",
    "MODEL_ENV",
    "Parser",
    "english_words",
    "irregular_forms",
    "load_ner",
    "load_parser",
    "model_name",
]


_NEVER_RUN = ("senter",)  # sentence boundaries come from geo.core.sentences


@functools.lru_cache(maxsize=4)
def _load_model(name: str):
    """The model, loaded once: both pipelines below are views that share its components."""
    import spacy

    try:
        nlp = spacy.load(name, exclude=list(_NEVER_RUN))
    except OSError as exc:
        raise ModelError(
            f"spaCy model {name!r} is not installed ({exc}). Install it (pip install -r requirements.txt "
            f"installs {DEFAULT_MODEL}) or set {MODEL_ENV} to an installed model."
        ) from None
    _keep_abbreviations(nlp)
    return nlp


def _keep_abbreviations(nlp) -> None:
    """The abbreviations the sentence splitter knows (``data/lexicons/abbreviations.txt``) are one
    token for the model too: "Sault Ste. Marie", "Ft. Worth" (the model's own exceptions know
    "St." and "Mt." but split "Ste." and "Ft.", and its parser then ends a sentence there)."""
    from spacy.attrs import ORTH

    for word in sorted(lexicon.words("abbreviations")):
        form = word[:1].upper() + word[1:] + "."
        if len(nlp.tokenizer(form)) > 1:
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])


def _view(full, names: list[str]):
    """A pipeline of some of ``full``'s components: the same objects, vocabulary and tokenizer
    (spaCy's ``add_pipe(source=...)`` reuses a component of a pipeline that shares the vocabulary),
    so the model's weights are read from disk once however many views there are."""
    view = type(full)(vocab=full.vocab, create_tokenizer=lambda _nlp: full.tokenizer)
    for name in names:
        view.add_pipe(name, source=full)
    return view


@functools.lru_cache(maxsize=4)
def load_ner(name: str | None = None):
    """The light pipeline: the model's NER (with whatever tok2vec it listens to).

    Components the NER does not need are left out, so this is as fast as the model's NER alone.
    """
    name = model_name(name)
    full = _load_model(name)
    if "ner" not in full.pipe_names:
        raise ModelError(f"spaCy model {name!r} has no 'ner' component; the geoparser needs one.")
    # The small model's NER carries its own embedding: its shared tok2vec would be wasted work.
    # Larger models' NER listens to the shared tok2vec (or transformer), which then stays.
    shared = [
        s
        for s in ("tok2vec", "transformer")
        if s in full.pipe_names and "ner" in getattr(full.get_pipe(s), "listening_components", [])
    ]
    return _view(full, [*shared, "ner"])


class Parser:
    """The full pipeline without NER: the model's components up to the last one with weights run
    as a spaCy pipeline, the rule components after them (attribute ruler, lemmatizer) from memos
    that write the same annotations (:mod:`geo.recognize.memo`)."""

    def __init__(self, full, names: list[str]) -> None:
        from geo.recognize.memo import memo_component

        self.pipe_names = list(names)
        rules: list[Callable[[Any], Any]] = []
        while names and (memo := memo_component(full.get_pipe(names[-1]))) is not None:
            rules.insert(0, memo)
            names = names[:-1]
        self.nlp = _view(full, names)
        self.rules = rules

    def pipe(self, texts, batch_size: int = 64):
        for doc in self.nlp.pipe(texts, batch_size=batch_size):
            for rule in self.rules:
                doc = rule(doc)
            yield doc

    def __call__(self, text: str):
        return next(self.pipe([text]))


@functools.lru_cache(maxsize=4)
def load_parser(name: str | None = None) -> Parser:
    """The full pipeline without NER, for dependency parses of single sentences."""
    name = model_name(name)
    full = _load_model(name)
    if "parser" not in full.pipe_names:
        raise ModelError(f"spaCy model {name!r} has no dependency parser; relation extraction needs one.")
    return Parser(full, [n for n in full.pipe_names if n != "ner"])


@functools.lru_cache(maxsize=4)
def irregular_forms(name: str | None = None) -> frozenset[str]:
    """Irregular inflections the model's lemmatizer lists ("flew", "said", "children"), lower case.

    The true-caser counts them as English words; they are no lemma of the dictionary tables.
    Empty when the model ships no exception table.
    """
    from spacy.lookups import Lookups
    from spacy.util import get_package_path, is_package

    name = model_name(name)
    if not is_package(name):
        return frozenset()
    found = sorted(get_package_path(name).glob("**/lemmatizer/lookups/lookups.bin"))
    if not found:
        return frozenset()
    lookups = Lookups().from_disk(found[0].parent)
    if not lookups.has_table("lemma_exc"):
        return frozenset()
    table = lookups.get_table("lemma_exc")
    forms: set[str] = set()
    for key in table:
        forms.update(w for w in table[key] if w.isalpha())
    return frozenset(forms)
