"""The attribute ruler and lemmatizer answered from memos write what the model's own components write."""

from __future__ import annotations

import pytest
import spacy
from spacy.pipeline import Lemmatizer

from geo.recognize import nlp
from geo.recognize.memo import MemoAttributeRuler, MemoLemmatizer, memo_component

SENTENCES = (
    "Conviasa runs regular flights from Caracas to Damascus and Tehran.",
    "From Cuba, the Iranian official traveled to Venezuela then Bolivia.",
    "I ain't gonna wait, y'all, so let's go: we gotta c'mon home to Ft. Worth.",
    "There is a ferry, and there were buses, between Dover and Calais.",
    "The ships were loaded with wheat  and   sent on\tto Alexandria.\n\nNew paragraph here.",
    "WASHINGTON (AP) - Shipments of crude from Angola rose 12% in 2023, officials said.",
    "She'd been living in Leeds since '98 and wasn't planning to move.",
    "Better, best, worse; geese, mice and children ran faster than the oxen.",
)


def annotations(doc) -> list[tuple]:
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i) for t in doc]


def test_the_parser_writes_what_the_models_own_components_write():
    parser = nlp.load_parser()
    assert [type(r) for r in parser.rules] == [MemoAttributeRuler, MemoLemmatizer]
    full = nlp._load_model(nlp.model_name())
    own = nlp._view(full, [n for n in full.pipe_names if n != "ner"])
    for _ in range(2):  # the second round answers from the memos
        for text in SENTENCES:
            assert annotations(parser(text)) == annotations(own(text)), text
    assert parser.pipe_names == own.pipe_names


def _ruler(patterns):
    blank = spacy.blank("en")
    ruler = blank.add_pipe("attribute_ruler")
    ruler.add_patterns(patterns)
    return blank, ruler


def test_a_later_pattern_overrides_an_earlier_one_on_the_same_token_as_in_spacy():
    patterns = [
        {"patterns": [[{"LOWER": {"IN": ["ferry", "bus"]}}]], "attrs": {"POS": "NOUN", "LEMMA": "boat"}},
        {"patterns": [[{"LOWER": "ferry"}]], "attrs": {"LEMMA": "ferry"}},
        {"patterns": [[{"LOWER": "the"}, {"LOWER": "bus"}]], "attrs": {"LEMMA": "coach"}, "index": -1},
        {"patterns": [[{"LOWER": {"REGEX": "^ca"}}]], "attrs": {"POS": "PROPN"}},
        {"patterns": [[{"LOWER": {"NOT_IN": ["the", "a"]}, "IS_SPACE": False}]], "attrs": {"MORPH": "Number=Sing"}},
    ]
    blank, ruler = _ruler(patterns)
    memo = memo_component(ruler)
    assert isinstance(memo, MemoAttributeRuler)
    for text in ("The ferry and the bus to Calais", "a bus, a ferry, the bus and Caen", "the  bus"):
        for _ in range(2):
            assert annotations(memo(blank.make_doc(text))) == annotations(ruler(blank.make_doc(text))), text
    doc = memo(blank.make_doc("the bus and a bus"))
    assert [t.lemma_ for t in doc][1::3] == ["coach", "boat"]  # (the pair's pattern comes later)


@pytest.mark.parametrize(
    "pattern",
    [
        [{"SHAPE": "Xxxx"}],  # an attribute the memo does not read
        [{"LOWER": {"FUZZY": "ferry"}}],  # an operator it does not know
    ],
)
def test_a_ruler_the_memo_cannot_answer_for_runs_as_it_is(pattern):
    _, ruler = _ruler([{"patterns": [pattern], "attrs": {"POS": "NOUN"}}])
    assert memo_component(ruler) is None


def test_a_lemmatizer_with_its_own_rules_runs_as_it_is():
    class Custom(Lemmatizer):
        def rule_lemmatize(self, token):
            return [token.text.upper()]

    blank = spacy.blank("en")
    custom = Custom(blank.vocab, None, "lemmatizer", mode="rule")
    assert memo_component(custom) is None
    assert memo_component(blank.add_pipe("sentencizer")) is None
