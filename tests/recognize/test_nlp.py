"""Model loading by configurable name and the NER-only pipeline."""

from __future__ import annotations

import pytest

from geo.core.errors import GeoError, ModelError
from geo.recognize import nlp


def test_model_name_is_configurable(monkeypatch):
    monkeypatch.delenv(nlp.MODEL_ENV, raising=False)
    assert nlp.model_name() == nlp.DEFAULT_MODEL
    monkeypatch.setenv(nlp.MODEL_ENV, "en_core_web_md")
    assert nlp.model_name() == "en_core_web_md"
    assert nlp.model_name("en_core_web_trf") == "en_core_web_trf"


def test_missing_model_is_a_clear_error():
    with pytest.raises(ModelError, match="not installed") as info:
        nlp.load_ner("no_such_model_xyz")
    assert isinstance(info.value, GeoError) and "GEO_SPACY_MODEL" in str(info.value)


def test_ner_pipeline_runs_only_the_ner():
    ner = nlp.load_ner()
    assert ner.pipe_names == ["ner"]
    labels = {(e.text, e.label_) for e in ner("Conviasa flies from Caracas to Tehran.").ents}
    assert ("Caracas", "GPE") in labels and ("Tehran", "GPE") in labels


def test_english_words_come_from_the_model():
    words = nlp.english_words()
    assert {"mobile", "reading", "police"} <= words
    assert all(w.islower() or not w.isalpha() or w == w.lower() for w in list(words)[:100])


def test_the_splitters_abbreviations_are_one_token_for_the_model():
    parser = nlp.load_parser()
    for text, word in (
        ("A team from Sault Ste. Marie will travel.", "Ste."),
        ("They drove to Ft. Worth on Monday.", "Ft."),
    ):
        doc = parser(text)
        assert word in [t.text for t in doc], [t.text for t in doc]
        assert len(list(doc.sents)) == 1  # (the parser no longer ends a sentence at the abbreviation)
