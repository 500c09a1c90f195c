"""Word lists kept as data, and the patterns built from them."""

from __future__ import annotations

import pytest

from geo.core import lexicon
from geo.core.errors import GeoError


def test_words_are_lower_case_entries_without_comments():
    prepositions = lexicon.words("locative_prepositions")
    assert {"in", "to", "from"} <= prepositions
    assert all(w == w.lower() and not w.startswith("#") for w in prepositions)


def test_a_missing_lexicon_is_reported():
    with pytest.raises(GeoError, match="lexicon file"):
        lexicon.words("no_such_lexicon")


def test_ending_before_matches_a_word_of_its_lexicons_right_before_the_end():
    locative = lexicon.ending_before("locative_prepositions")
    assert locative.search("They flew to the ") and locative.search("born IN ")
    assert not locative.search("They flew to Lima ")  # the word must end the text searched
    assert not locative.search("a photo ")  # a whole word, not the tail of one ("to")
    place_noun = lexicon.ending_before("place_nouns", "settlement_words", then=r"\s+of\s+")
    assert place_noun.search("the island of ") and place_noun.search("the border town of ")
    assert not place_noun.search("the president of ")


def test_mapping_reads_word_equals_value_lines(tmp_path, monkeypatch):
    forms = lexicon.mapping("combining_forms")
    assert forms["sino"] == "China" and forms["franco"] == "France"  # keys lower-cased, values as written
    monkeypatch.setattr(lexicon, "LEXICON_DIR", tmp_path)
    (tmp_path / "broken.txt").write_text("# a comment\nsino China\n", encoding="utf-8")
    with pytest.raises(GeoError, match="'word = value'"):
        lexicon.mapping("broken")
