"""A second reading, with a hint, of sentences the small model parses with no verb."""

from __future__ import annotations

import pytest
from relations.toy import named, nlp, relations_of

from geo.relations.lexicon import lexicon
from geo.relations.reparse import HINT, hinted, unhinted, verb_hint

pytestmark = pytest.mark.model

VERBLESS = (
    "The ferry sails daily from Dover to Calais.",
    "A factory in Ohio ships parts to Mexico.",
    "The firm in Lagos exports cocoa to Ghana.",
    "The mine near Kalgoorlie ships ore to China.",
    "Residents of Moline commute to Davenport for work.",  # a plain form, with no verb anywhere
    "Workers from Kano travel to Lagos by bus.",
)
MISREAD = (*VERBLESS, "A factory in Ohio ships parts to Mexico, and officials worry about tariffs.")


@pytest.mark.parametrize("text", MISREAD)
def test_a_cue_verb_read_as_a_noun_is_hinted(text):
    doc = nlp()(text)
    i = verb_hint(doc, lexicon())
    assert doc[i].pos_ != "VERB"  # (the model's reading the hint is for)
    assert i is not None and doc[i].lower_ in ("ships", "exports", "sails", "commute", "travel")
    assert hinted(doc, i) == text.replace(f" {doc[i].text} ", f" {HINT} {doc[i].text} ")


@pytest.mark.parametrize(
    "text",
    [
        "Kenya shipped roses to the Netherlands.",  # a verb already
        "Exports to China.",  # no noun before it
        "More flower stems.",  # no cue verb
        "Oil exports to China fell.",  # a noun before a preposition, in a sentence with its verb
    ],
)
def test_no_hint_where_the_parse_has_a_verb_or_no_cue_verb_stands_after_a_noun(text):
    assert verb_hint(nlp()(text), lexicon()) is None


@pytest.mark.parametrize("text", MISREAD)
def test_the_second_reading_is_moved_back_onto_the_sentence_as_written(text):
    doc = nlp()(text)
    i = verb_hint(doc, lexicon())
    again = unhinted(doc, nlp()(hinted(doc, i)), i)
    assert again is not None
    assert again.text == doc.text and [t.idx for t in again] == [t.idx for t in doc]
    assert again[i].pos_ == "VERB"
    assert all(t.head.i < len(again) for t in again)


def test_a_second_reading_that_makes_no_verb_or_other_words_is_refused():
    doc = nlp()("A factory in Ohio ships parts to Mexico.")
    i = verb_hint(doc, lexicon())
    assert unhinted(doc, nlp()("A factory in Ohio ships parts to Mexico."), i) is None  # no hint in it
    assert unhinted(doc, nlp()("A factory in Iowa also ships parts to Mexico."), i) is None  # other words


@pytest.mark.parametrize(
    "text, expected",
    [
        ("A factory in Kenya ships parts to Uganda.", {("transfer", "Kenya", "Uganda")}),
        ("The firm in Lagos exports cocoa to Ghana.", {("transfer", "Lagos", "Ghana")}),
        ("The ferry sails daily from Lagos to Accra.", {("route", "Lagos", "Accra")}),
        ("Workers from Lagos travel to Accra by bus.", {("route", "Lagos", "Accra")}),
        (
            "A factory in Lagos ships parts to Ghana, and officials worry about tariffs.",
            {("transfer", "Lagos", "Ghana")},
        ),
        # a verb of planning read as a noun after the names, its infinitive hung on it
        ("Chile and Bolivia plan to sign an agreement in Arica next month.", {("tie", "Bolivia", "Chile")}),
        ("Chile and Bolivia plan to sign a treaty in Lima in June.", {("tie", "Bolivia", "Chile")}),
    ],
)
def test_relations_are_read_from_the_second_reading(text, expected):
    assert named(relations_of(text)) == expected
